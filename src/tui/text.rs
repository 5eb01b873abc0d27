//! The dashboard's words: the `terminal` catalog set
//! (`locales/terminal/LANG.ftl`, loaded and checked by `crate::i18n`),
//! formatted here for the terminal: `{name}` placeholders, one select on a
//! plural category (cardinal or ordinal) or an exact number, and numbers in
//! the language's digits without grouping (as the pages and the big screen
//! show scores).
//!
//! The language is chosen once for the process (`set_language`, from the
//! terminal's locale or `--lang`); a thread may speak another one for a
//! while (`speak`), which the tests use to draw in several languages at
//! once. This module draws nothing and reads no files besides the catalogs.

use std::cell::Cell;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use crate::i18n::{self, Language, Message, LANGUAGES, SOURCE_LANGUAGE};

/// The catalog set of the dashboard: `locales/terminal/`.
pub const CATALOG_SET: &str = "terminal";

/// The process's language, as an index into `LANGUAGES`.
static PROCESS: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    /// This thread's language when it speaks another one than the process.
    static THREAD: Cell<Option<usize>> = const { Cell::new(None) };
}

fn index(language: &Language) -> usize {
    LANGUAGES
        .iter()
        .position(|l| l.tag == language.tag)
        .unwrap_or(0)
}

/// Sets the language of every text the dashboard makes from now on.
pub fn set_language(language: &'static Language) {
    PROCESS.store(index(language), Ordering::Relaxed);
}

/// While the returned guard lives, this thread speaks `language`.
pub fn speak(language: &'static Language) -> Speaking {
    let previous = THREAD.with(|t| t.replace(Some(index(language))));
    Speaking { previous }
}

/// Restores the thread's language when dropped (see `speak`).
#[must_use = "the language applies only while the guard lives"]
pub struct Speaking {
    previous: Option<usize>,
}

impl Drop for Speaking {
    fn drop(&mut self) {
        THREAD.with(|t| t.set(self.previous));
    }
}

/// The language texts are made in on this thread now.
pub fn current() -> &'static Language {
    let at = THREAD
        .with(Cell::get)
        .unwrap_or_else(|| PROCESS.load(Ordering::Relaxed));
    &LANGUAGES[at.min(LANGUAGES.len() - 1)]
}

/// The language a POSIX locale names (`ja_JP.UTF-8`, `zh_CN`, `pt_BR`,
/// `C`): the first of LC_ALL, LC_MESSAGES and LANG that is set and not
/// empty decides, as for any program. `C`, `POSIX` and a language without a
/// catalog give English.
pub fn language_from_locale(
    lc_all: Option<&str>,
    lc_messages: Option<&str>,
    lang: Option<&str>,
) -> &'static Language {
    let english = i18n::language(SOURCE_LANGUAGE).expect("English is listed");
    let Some(locale) = [lc_all, lc_messages, lang]
        .into_iter()
        .flatten()
        .find(|v| !v.is_empty())
    else {
        return english;
    };
    // ll_CC.codeset@modifier
    let name = locale.split(['.', '@']).next().unwrap_or("");
    if name == "C" || name == "POSIX" {
        return english;
    }
    let mut parts = name.split(['_', '-']);
    let language = parts.next().unwrap_or("");
    let region = parts.next().unwrap_or("");
    if language.eq_ignore_ascii_case("zh") {
        // Only Simplified Chinese has a catalog; Taiwan and Hong Kong write
        // Traditional, for which English is the safer fallback.
        return if ["TW", "HK", "MO"]
            .iter()
            .any(|r| r.eq_ignore_ascii_case(region))
        {
            english
        } else {
            i18n::language("zh-CN").unwrap_or(english)
        };
    }
    i18n::language(language).unwrap_or(english)
}

/// The language of this process's environment (see `language_from_locale`).
pub fn language_from_env() -> &'static Language {
    let var = |name: &str| std::env::var(name).ok();
    language_from_locale(
        var("LC_ALL").as_deref(),
        var("LC_MESSAGES").as_deref(),
        var("LANG").as_deref(),
    )
}

/// What goes into a placeholder.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    /// A count, score, second or rank: written in the language's digits and
    /// chosen on by plural selects.
    Num(i64),
    /// Text as it is (names, titles, a PIN, a URL).
    Text(&'a str),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Arg<'a> {
        Arg::Text(text)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Arg<'a> {
        Arg::Text(text)
    }
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
numbers!(u32, u64, usize, i64, i32);

/// Every language's terminal catalog, parsed once. A catalog that does not
/// parse is empty (the catalog test reports it), so its texts fall back to
/// English.
fn catalogs() -> &'static [BTreeMap<String, Message>] {
    static CATALOGS: OnceLock<Vec<BTreeMap<String, Message>>> = OnceLock::new();
    CATALOGS.get_or_init(|| {
        LANGUAGES
            .iter()
            .map(|l| match i18n::load_in(CATALOG_SET, l.tag) {
                Ok(messages) => messages,
                Err(e) => {
                    tracing::error!("terminal catalog: {e}");
                    BTreeMap::new()
                }
            })
            .collect()
    })
}

/// The text of `key` in the current language, without placeholders.
pub fn t(key: &str) -> String {
    tr(key, &[])
}

/// The text of `key` in the current language with `args` in its
/// placeholders. A key the language lacks is taken from English; one
/// English lacks too is shown as the key itself, so a slip is visible but
/// never fatal.
pub fn tr(key: &str, args: &[(&str, Arg)]) -> String {
    tr_in(current(), key, args)
}

/// `tr` in a given language.
pub fn tr_in(language: &Language, key: &str, args: &[(&str, Arg)]) -> String {
    let all = catalogs();
    let own = &all[index(language)];
    let message = own.get(key).or_else(|| all[0].get(key));
    match message {
        Some(message) => format(language.tag, message, args),
        None => key.to_string(),
    }
}

/// A message with its select resolved and its placeholders filled.
pub fn format(tag: &str, message: &Message, args: &[(&str, Arg)]) -> String {
    let pattern = match message {
        Message::Text(text) => text.as_str(),
        Message::Select {
            variable,
            variants,
            default,
        } => {
            let (name, ordinal) = match variable.split_once(':') {
                Some((name, kind)) => (name, kind == "ordinal"),
                None => (variable.as_str(), false),
            };
            let value = args.iter().find(|(n, _)| *n == name).map(|(_, a)| a);
            let pick = |key: &str| variants.iter().find(|(k, _)| k == key).map(|(_, v)| v);
            let chosen = match value {
                Some(Arg::Num(n)) => pick(&n.to_string()).or_else(|| {
                    pick(if ordinal {
                        ordinal_category(tag, *n)
                    } else {
                        plural_category(tag, *n)
                    })
                }),
                _ => None,
            };
            chosen
                .or_else(|| pick(default))
                .map(String::as_str)
                .unwrap_or("")
        }
    };
    fill(tag, pattern, args)
}

/// `{name}` replaced by its argument; an unknown name is left as it is.
fn fill(tag: &str, pattern: &str, args: &[(&str, Arg)]) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        let name = &rest[start + 1..start + len];
        match args.iter().find(|(n, _)| *n == name) {
            Some((_, Arg::Num(n))) => out.push_str(&number_in(tag, *n)),
            Some((_, Arg::Text(text))) => out.push_str(text),
            None => out.push_str(&rest[start..=start + len]),
        }
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

/// `n` in the current language's digits.
pub fn number(n: impl TryInto<i64>) -> String {
    number_in(current().tag, n.try_into().unwrap_or(i64::MAX))
}

/// `n` as the language writes it: Arabic with Arabic-Indic digits (as the
/// browsers' `Intl.NumberFormat("ar")` the pages use), every other with
/// ASCII digits; no grouping, as scores are shown everywhere else.
pub fn number_in(tag: &str, n: i64) -> String {
    let plain = n.to_string();
    if tag != "ar" {
        return plain;
    }
    plain
        .chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(0x0660 + d).unwrap_or(c),
            None => c,
        })
        .collect()
}

/// The CLDR cardinal plural category of the integer `n` in `tag`, for the
/// integers the dashboard counts (the decimal rules are not needed).
pub fn plural_category(tag: &str, n: i64) -> &'static str {
    let n = n.unsigned_abs();
    match tag {
        "ja" | "zh-CN" => "other",
        "fr" | "pt" => {
            if n <= 1 {
                "one"
            } else {
                "other"
            }
        }
        "pl" => {
            if n == 1 {
                "one"
            } else if (2..=4).contains(&(n % 10)) && !(12..=14).contains(&(n % 100)) {
                "few"
            } else {
                "many"
            }
        }
        "ar" => match (n, n % 100) {
            (0, _) => "zero",
            (1, _) => "one",
            (2, _) => "two",
            (_, 3..=10) => "few",
            (_, 11..=99) => "many",
            _ => "other",
        },
        "he" => match n {
            1 => "one",
            2 => "two",
            _ => "other",
        },
        // en es de it nl tr
        _ => {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        }
    }
}

/// The CLDR ordinal category of `n` in `tag` ("1st", "2nd", "1er").
pub fn ordinal_category(tag: &str, n: i64) -> &'static str {
    let n = n.unsigned_abs();
    match tag {
        "en" => match (n % 10, n % 100) {
            (_, 11..=13) => "other",
            (1, _) => "one",
            (2, _) => "two",
            (3, _) => "few",
            _ => "other",
        },
        "fr" if n == 1 => "one",
        _ => "other",
    }
}

#[cfg(test)]
mod tests;
