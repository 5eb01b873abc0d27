//! The message catalogs: one Fluent file per language and catalog set,
//! embedded in the binary (read from disk in debug builds), checked against
//! the English one, and turned into the compact JSON the pages read
//! (`/assets/i18n/LANG.json`, formatted in the browser by `assets/i18n.js`).
//!
//! A catalog set is what one part of quizbox says: the player page and the
//! big screen in `locales/LANG.ftl` (the set `""`, kept small because every
//! phone loads it), and each other part in a directory of its own,
//! `locales/SET/LANG.ftl`, served as `/assets/i18n/SET/LANG.json`. Every set
//! has a catalog for every language, with the keys of its English one.
//!
//! Only the part of Fluent the pages' formatter understands is accepted:
//! text, variables (`{ $count }`) and one select on a variable per message
//! (plural categories or exact numbers). Anything else is refused when the
//! catalog is checked, so a catalog never says more than a page can show.
//! This module does no IO besides the embedded files and serves nothing.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::OnceLock;

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};

/// Debug builds read the catalogs from disk, so a reload shows an edit.
#[cfg(debug_assertions)]
#[derive(rust_embed::RustEmbed)]
#[folder = "locales/"]
struct Catalogs;

/// Every file of `locales/`, deflated by build.rs: (path, bytes), by path.
#[cfg_attr(debug_assertions, allow(dead_code))]
static DEFLATED: &[(&str, &[u8])] = include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));

/// The paths of the catalog files under `locales/` (`fr.ftl`, `host/fr.ftl`).
fn catalog_paths() -> Vec<String> {
    #[cfg(debug_assertions)]
    return Catalogs::iter().map(|p| p.into_owned()).collect();
    #[cfg(not(debug_assertions))]
    return DEFLATED.iter().map(|(p, _)| p.to_string()).collect();
}

/// One catalog file's bytes, by its path under `locales/`.
fn catalog_file(path: &str) -> Option<Vec<u8>> {
    #[cfg(debug_assertions)]
    return Catalogs::get(path).map(|f| f.data.into_owned());
    #[cfg(not(debug_assertions))]
    return embedded_file(path);
}

/// A file of `locales/` as the binary embeds it, inflated.
#[cfg_attr(debug_assertions, allow(dead_code))]
fn embedded_file(path: &str) -> Option<Vec<u8>> {
    let (_, deflated) = DEFLATED.iter().find(|(p, _)| *p == path)?;
    let mut data = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::DeflateDecoder::new(*deflated), &mut data)
        .ok()?;
    Some(data)
}

/// A language the pages can be shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    /// The BCP 47 tag, also the catalog's file name (`locales/TAG.ftl`).
    pub tag: &'static str,
    /// The language's name in itself, for the pages' picker.
    pub name: &'static str,
    /// Written right to left.
    pub rtl: bool,
}

/// The catalog every other one is checked against.
pub const SOURCE_LANGUAGE: &str = "en";

/// Every language with a catalog. `assets/i18n.js` holds the same list (a
/// test keeps them equal), so a page picks a language without asking.
pub const LANGUAGES: &[Language] = &[
    lang("en", "English", false),
    lang("es", "Español", false),
    lang("fr", "Français", false),
    lang("de", "Deutsch", false),
    lang("pt", "Português", false),
    lang("it", "Italiano", false),
    lang("nl", "Nederlands", false),
    lang("pl", "Polski", false),
    lang("tr", "Türkçe", false),
    lang("ar", "العربية", true),
    lang("he", "עברית", true),
    lang("ja", "日本語", false),
    lang("zh-CN", "简体中文", false),
];

const fn lang(tag: &'static str, name: &'static str, rtl: bool) -> Language {
    Language { tag, name, rtl }
}

/// One message as the pages use it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// Text with `{name}` where a variable goes.
    Text(String),
    /// A choice on one variable: exact numbers (`"0"`) or plural categories
    /// (`one`, `few`, `other`…), each text with `{name}` placeholders.
    Select {
        variable: String,
        variants: Vec<(String, String)>,
        default: String,
    },
}

/// What is wrong with a catalog.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
///
/// `lang` names the catalog: the language's tag (`fr`), after its set's
/// name when it is not the pages' (`host/fr`).
pub enum CatalogError {
    #[error("{lang}: no catalog file locales/{lang}.ftl")]
    Absent { lang: String },
    #[error("{lang}: not UTF-8")]
    NotUtf8 { lang: String },
    #[error("{lang}: Fluent syntax errors: {detail}")]
    Syntax { lang: String, detail: String },
    #[error("{lang}: message {key}: {what}")]
    Unsupported {
        lang: String,
        key: String,
        what: String,
    },
    #[error("{lang}: message {key} defined twice")]
    Duplicate { lang: String, key: String },
    #[error("{lang}: lacks keys of the English catalog: {keys:?}")]
    MissingKeys { lang: String, keys: Vec<String> },
    #[error("{lang}: has keys the English catalog does not: {keys:?}")]
    UnknownKeys { lang: String, keys: Vec<String> },
    #[error("{lang}: message {key} uses variables {found:?}, English uses {expected:?}")]
    Variables {
        lang: String,
        key: String,
        found: Vec<String>,
        expected: Vec<String>,
    },
}

/// The language with this tag, compared without regard to case.
pub fn language(tag: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.tag.eq_ignore_ascii_case(tag))
}

/// The catalog set of the player page and the big screen (`locales/*.ftl`).
pub const PAGES: &str = "";

/// Every catalog set: the pages' (`""`) and each directory of `locales/`
/// holding catalogs, by name, sorted.
pub fn catalog_sets() -> Vec<String> {
    let mut sets: BTreeSet<String> = catalog_paths()
        .into_iter()
        .filter(|path| path.ends_with(".ftl"))
        .map(|path| match path.rsplit_once('/') {
            Some((set, _)) => set.to_string(),
            None => PAGES.to_string(),
        })
        .collect();
    sets.insert(PAGES.to_string());
    sets.into_iter().collect()
}

/// The name errors and files give one catalog: `fr`, or `host/fr`.
pub fn catalog_name(set: &str, tag: &str) -> String {
    if set.is_empty() {
        tag.to_string()
    } else {
        format!("{set}/{tag}")
    }
}

/// The Fluent source of one language's catalog of the pages.
pub fn catalog_source(tag: &str) -> Option<Vec<u8>> {
    catalog_source_in(PAGES, tag)
}

/// The Fluent source of one language's catalog in `set`.
pub fn catalog_source_in(set: &str, tag: &str) -> Option<Vec<u8>> {
    let language = language(tag)?;
    catalog_file(&format!("{}.ftl", catalog_name(set, language.tag)))
}

/// Parses one catalog's Fluent text into its messages. Attributes become
/// keys of their own: `join.aria-label`.
pub fn parse_catalog(lang: &str, source: &str) -> Result<BTreeMap<String, Message>, CatalogError> {
    let resource =
        fluent_syntax::parser::parse(source).map_err(|(_, errors)| CatalogError::Syntax {
            lang: lang.to_string(),
            detail: errors
                .iter()
                .map(|e| format!("{:?} at {:?}", e.kind, e.pos))
                .collect::<Vec<_>>()
                .join("; "),
        })?;
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        let Entry::Message(message) = entry else {
            if let Entry::Term(term) = entry {
                return Err(unsupported(lang, term.id.name, "terms are not supported"));
            }
            continue;
        };
        let id = message.id.name;
        let mut parts = Vec::new();
        if let Some(value) = &message.value {
            parts.push((id.to_string(), value));
        }
        for attribute in &message.attributes {
            parts.push((format!("{id}.{}", attribute.id.name), &attribute.value));
        }
        for (key, pattern) in parts {
            let converted = convert(pattern).map_err(|what| unsupported(lang, &key, &what))?;
            if messages.insert(key.clone(), converted).is_some() {
                return Err(CatalogError::Duplicate {
                    lang: lang.to_string(),
                    key,
                });
            }
        }
    }
    Ok(messages)
}

fn unsupported(lang: &str, key: &str, what: &str) -> CatalogError {
    CatalogError::Unsupported {
        lang: lang.to_string(),
        key: key.to_string(),
        what: what.to_string(),
    }
}

/// A pattern as `{name}` text, or a select distributed over its variants
/// (text before and after the select is copied into each).
fn convert(pattern: &Pattern<&str>) -> Result<Message, String> {
    let mut before = String::new();
    let mut select = None;
    let mut after = String::new();
    for element in &pattern.elements {
        let text = match element {
            PatternElement::TextElement { value } => {
                if value.contains(['{', '}']) {
                    return Err("a literal brace".into());
                }
                value.to_string()
            }
            PatternElement::Placeable {
                expression: Expression::Inline(inline),
            } => inline_text(inline)?,
            PatternElement::Placeable {
                expression: Expression::Select { selector, variants },
            } => {
                if select.is_some() {
                    return Err("more than one select".into());
                }
                let variable = selector_variable(selector)?;
                let mut converted = Vec::new();
                let mut default = None;
                for variant in variants {
                    let key = match &variant.key {
                        VariantKey::Identifier { name } => name.to_string(),
                        VariantKey::NumberLiteral { value } => value.to_string(),
                    };
                    let Message::Text(text) = convert(&variant.value)? else {
                        return Err("a select inside a select".into());
                    };
                    if variant.default {
                        default = Some(key.clone());
                    }
                    converted.push((key, text));
                }
                select = Some((variable, converted, default.unwrap_or_default()));
                continue;
            }
        };
        if select.is_some() {
            after.push_str(&text);
        } else {
            before.push_str(&text);
        }
    }
    Ok(match select {
        None => Message::Text(before),
        Some((variable, variants, default)) => Message::Select {
            variable,
            variants: variants
                .into_iter()
                .map(|(k, v)| (k, format!("{before}{v}{after}")))
                .collect(),
            default,
        },
    })
}

/// What a select chooses on: a variable (`{ $count -> …}`, by its cardinal
/// plural category), or `NUMBER($rank, type: "ordinal")`, by its ordinal
/// one ("1st", "2nd"), written `rank:ordinal` for the pages.
fn selector_variable(selector: &InlineExpression<&str>) -> Result<String, String> {
    match selector {
        InlineExpression::VariableReference { id } => Ok(id.name.to_string()),
        InlineExpression::FunctionReference { id, arguments } if id.name == "NUMBER" => {
            let [InlineExpression::VariableReference { id: variable }] =
                arguments.positional.as_slice()
            else {
                return Err("NUMBER takes one variable".into());
            };
            let ordinal = match arguments.named.as_slice() {
                [] => false,
                [named] => {
                    named.name.name == "type"
                        && matches!(
                            named.value,
                            InlineExpression::StringLiteral { value: "ordinal" }
                        )
                }
                _ => false,
            };
            if !ordinal {
                return Err("NUMBER takes only type: \"ordinal\"".into());
            }
            Ok(format!("{}:ordinal", variable.name))
        }
        _ => Err("a select on something other than a variable".into()),
    }
}

fn inline_text(inline: &InlineExpression<&str>) -> Result<String, String> {
    match inline {
        InlineExpression::VariableReference { id } => Ok(format!("{{{}}}", id.name)),
        InlineExpression::StringLiteral { value } if !value.contains(['{', '}', '\\']) => {
            Ok(value.to_string())
        }
        InlineExpression::NumberLiteral { value } => Ok(value.to_string()),
        InlineExpression::Placeable { expression } => match expression.as_ref() {
            Expression::Inline(inner) => inline_text(inner),
            Expression::Select { .. } => Err("a select inside a placeable".into()),
        },
        _ => Err("only variables, plain strings and numbers can be placed".into()),
    }
}

/// The variables a message uses, whichever variant.
pub fn variables(message: &Message) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut scan = |text: &str| {
        let mut rest = text;
        while let Some(start) = rest.find('{') {
            let Some(end) = rest[start..].find('}') else {
                break;
            };
            found.insert(rest[start + 1..start + end].to_string());
            rest = &rest[start + end + 1..];
        }
    };
    match message {
        Message::Text(text) => scan(text),
        Message::Select {
            variable, variants, ..
        } => {
            for (_, text) in variants {
                scan(text);
            }
            let name = variable.split(':').next().unwrap_or(variable);
            found.insert(name.to_string());
        }
    }
    found
}

/// Parses one language's catalog of the pages.
pub fn load(tag: &str) -> Result<BTreeMap<String, Message>, CatalogError> {
    load_in(PAGES, tag)
}

/// Parses one language's catalog in `set`.
pub fn load_in(set: &str, tag: &str) -> Result<BTreeMap<String, Message>, CatalogError> {
    let name = catalog_name(set, tag);
    let bytes =
        catalog_source_in(set, tag).ok_or_else(|| CatalogError::Absent { lang: name.clone() })?;
    let text =
        std::str::from_utf8(&bytes).map_err(|_| CatalogError::NotUtf8 { lang: name.clone() })?;
    parse_catalog(&name, text)
}

/// Checks every catalog of every set: it parses, it has exactly the English
/// catalog's keys, and each message uses the variables its English one does
/// (a select counts its variable as used). Empty when all is well.
pub fn check_all() -> Vec<CatalogError> {
    catalog_sets()
        .iter()
        .flat_map(|set| check_set(set))
        .collect()
}

/// Checks every language's catalog in `set` against its English one.
pub fn check_set(set: &str) -> Vec<CatalogError> {
    let mut problems = Vec::new();
    let english = match load_in(set, SOURCE_LANGUAGE) {
        Ok(english) => english,
        Err(e) => return vec![e],
    };
    for language in LANGUAGES.iter().filter(|l| l.tag != SOURCE_LANGUAGE) {
        match load_in(set, language.tag) {
            Err(e) => problems.push(e),
            Ok(catalog) => problems.extend(compare(
                &catalog_name(set, language.tag),
                &english,
                &catalog,
            )),
        }
    }
    problems
}

/// How one catalog differs from the English one.
pub fn compare(
    lang: &str,
    english: &BTreeMap<String, Message>,
    catalog: &BTreeMap<String, Message>,
) -> Vec<CatalogError> {
    let mut problems = Vec::new();
    let missing: Vec<String> = english
        .keys()
        .filter(|k| !catalog.contains_key(*k))
        .cloned()
        .collect();
    let unknown: Vec<String> = catalog
        .keys()
        .filter(|k| !english.contains_key(*k))
        .cloned()
        .collect();
    if !missing.is_empty() {
        problems.push(CatalogError::MissingKeys {
            lang: lang.to_string(),
            keys: missing,
        });
    }
    if !unknown.is_empty() {
        problems.push(CatalogError::UnknownKeys {
            lang: lang.to_string(),
            keys: unknown,
        });
    }
    for (key, message) in catalog {
        let Some(source) = english.get(key) else {
            continue;
        };
        let expected = variables(source);
        let found = variables(message);
        if found != expected {
            problems.push(CatalogError::Variables {
                lang: lang.to_string(),
                key: key.clone(),
                found: found.into_iter().collect(),
                expected: expected.into_iter().collect(),
            });
        }
    }
    problems
}

/// A catalog as the pages read it: `{"lang", "dir", "messages": {key: text
/// or {"$": variable, "*": default, variant: text…}}}`.
pub fn to_json(language: &Language, messages: &BTreeMap<String, Message>) -> serde_json::Value {
    let messages: serde_json::Map<String, serde_json::Value> = messages
        .iter()
        .map(|(key, message)| {
            let value = match message {
                Message::Text(text) => serde_json::Value::String(text.clone()),
                Message::Select {
                    variable,
                    variants,
                    default,
                } => {
                    let mut object = serde_json::Map::new();
                    object.insert("$".into(), variable.clone().into());
                    object.insert("*".into(), default.clone().into());
                    for (k, v) in variants {
                        object.insert(k.clone(), v.clone().into());
                    }
                    serde_json::Value::Object(object)
                }
            };
            (key.clone(), value)
        })
        .collect();
    serde_json::json!({
        "lang": language.tag,
        "dir": if language.rtl { "rtl" } else { "ltr" },
        "messages": messages,
    })
}

/// One language's catalog in `set` as JSON bytes, made once per process (in
/// debug builds, where the files are read from disk, every time so edits
/// show). None for a language or a set without catalogs.
pub fn catalog_json(set: &str, tag: &str) -> Option<Vec<u8>> {
    let language = language(tag)?;
    if cfg!(debug_assertions) {
        return build_json(set, language);
    }
    type Built = HashMap<(String, &'static str), Option<Vec<u8>>>;
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT
        .get_or_init(|| {
            catalog_sets()
                .into_iter()
                .flat_map(|set| {
                    LANGUAGES
                        .iter()
                        .map(move |l| ((set.clone(), l.tag), build_json(&set, l)))
                })
                .collect()
        })
        .get(&(set.to_string(), language.tag))
        .cloned()
        .flatten()
}

fn build_json(set: &str, language: &Language) -> Option<Vec<u8>> {
    if !catalog_sets().iter().any(|s| s == set) {
        return None;
    }
    match load_in(set, language.tag) {
        Ok(messages) => serde_json::to_vec(&to_json(language, &messages)).ok(),
        Err(e) => {
            tracing::error!("catalog {}: {e}", catalog_name(set, language.tag));
            None
        }
    }
}

#[cfg(test)]
mod tests;
