//! The pages' message catalogs (locales/*.ftl): every language has exactly
//! the English catalog's keys with the same variables, every key a page uses
//! (data-i18n attributes and t()/tNodes() calls in assets/) is in English and
//! every English key is used, the pages' list of languages is the server's,
//! each catalog says whether a fluent speaker reviewed it, and the server
//! hands a language's catalog to the pages as JSON with an ETag.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use common::*;
use quizbox::i18n::{self, CatalogError, Message, LANGUAGES, SOURCE_LANGUAGE};
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn english() -> BTreeMap<String, Message> {
    i18n::load(SOURCE_LANGUAGE).expect("the English catalog parses")
}

#[test]
fn every_catalog_has_exactly_the_english_keys_and_variables() {
    let english = english();
    assert!(english.len() >= 90, "{} keys", english.len());
    let problems = i18n::check_all();
    assert!(
        problems.is_empty(),
        "{}",
        problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
    // In every set, one file per language, and no file for a language the
    // server does not list; every directory of locales/ is a set.
    let listed: BTreeSet<String> = LANGUAGES.iter().map(|l| format!("{}.ftl", l.tag)).collect();
    let sets = i18n::catalog_sets();
    for set in &sets {
        let files: BTreeSet<String> = std::fs::read_dir(root().join("locales").join(set))
            .unwrap()
            .map(|e| e.unwrap())
            .filter(|e| e.file_type().unwrap().is_file())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(files, listed, "locales/{set}");
    }
    for entry in std::fs::read_dir(root().join("locales")).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_dir() {
            let name = entry.file_name().to_string_lossy().into_owned();
            assert!(sets.contains(&name), "locales/{name} holds no catalog");
        }
    }
    for required in [
        "en", "es", "fr", "de", "pt", "it", "nl", "pl", "tr", "ar", "ja", "zh-CN",
    ] {
        assert!(i18n::language(required).is_some(), "{required}");
    }
}

#[test]
fn the_check_catches_a_missing_an_unknown_key_and_a_lost_variable() {
    // The real French catalog, spoiled three ways.
    let english = english();
    let mut french = i18n::load("fr").unwrap();
    french.remove("join-title");
    french.insert("join-titel".into(), Message::Text("Rejoindre".into()));
    french.insert(
        "gone-text".into(),
        Message::Text("La partie est finie.".into()),
    );
    let problems = i18n::compare("fr", &english, &french);
    assert!(
        problems.iter().any(
            |p| matches!(p, CatalogError::MissingKeys { keys, .. } if keys == &["join-title"])
        ),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(
            |p| matches!(p, CatalogError::UnknownKeys { keys, .. } if keys == &["join-titel"])
        ),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| matches!(p, CatalogError::Variables { key, .. } if key == "gone-text")),
        "{problems:?}"
    );
    // And a catalog with a syntax error is refused, naming its language.
    let broken = i18n::parse_catalog("de", "join = Beitreten\nleave = { $\n");
    assert!(
        matches!(broken, Err(CatalogError::Syntax { ref lang, .. }) if lang == "de"),
        "{broken:?}"
    );
}

/// The quoted word `text` starts with, if it starts with a quote.
fn leading_quoted(text: &str) -> Option<String> {
    let quote = text.chars().next().filter(|c| matches!(c, '"' | '\''))?;
    let body = &text[1..];
    body.find(quote).map(|end| body[..end].to_string())
}

/// Every key a file of assets/ names: data-i18n="key", data-i18n-ATTR="key",
/// t('key' and tNodes('key'.
fn keys_in_pages() -> BTreeMap<String, BTreeSet<String>> {
    let mut by_file = BTreeMap::new();
    for (name, text) in asset_texts() {
        // i18n.js is the formatter: its comments name the attributes, not keys.
        if name == "i18n.js" {
            continue;
        }
        let mut keys = BTreeSet::new();
        // data-i18n="key" and data-i18n-ATTR="key"
        let mut rest = text.as_str();
        while let Some(at) = rest.find("data-i18n") {
            rest = &rest[at + "data-i18n".len()..];
            let Some(eq) = rest.find('=') else { break };
            let attr = &rest[..eq];
            if attr.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                keys.extend(leading_quoted(&rest[eq + 1..]));
            }
        }
        // t('key' and tNodes('key'
        for call in ["t(", "tNodes("] {
            let mut rest = text.as_str();
            while let Some(at) = rest.find(call) {
                let before = rest[..at].chars().next_back();
                rest = &rest[at + call.len()..];
                // A call of our own, not the end of another name (`split(`).
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                    continue;
                }
                keys.extend(leading_quoted(rest));
            }
        }
        if !keys.is_empty() {
            by_file.insert(name, keys);
        }
    }
    by_file
}

/// The pages' HTML and JavaScript files, by name.
fn asset_texts() -> BTreeMap<String, String> {
    std::fs::read_dir(root().join("assets"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "js" || e == "html"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            (p.file_name().unwrap().to_string_lossy().into_owned(), text)
        })
        .collect()
}

/// The files of assets/ a file loads: its module scripts and imports.
fn loads(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for marker in ["src=\"/assets/", "from '/assets/"] {
        let mut rest = text;
        while let Some(at) = rest.find(marker) {
            rest = &rest[at + marker.len()..];
            if let Some(end) = rest.find(['"', '\'']) {
                found.push(rest[..end].to_string());
            }
        }
    }
    found
}

/// For each file of assets/, the catalog sets of the translated pages that
/// load it (an HTML page's own set comes from its `data-translated`): the
/// catalogs its keys are looked up in, besides the pages' one (`""`), which
/// every translated page loads. Files no translated page loads are left out.
fn sets_of_files() -> BTreeMap<String, BTreeSet<String>> {
    let texts = asset_texts();
    let mut sets: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (page, text) in texts.iter().filter(|(name, _)| name.ends_with(".html")) {
        let Some(at) = text.find("data-translated") else {
            continue;
        };
        let set = match text[at + "data-translated".len()..].strip_prefix('=') {
            Some(value) => leading_quoted(value).unwrap_or_default(),
            None => String::new(),
        };
        let mut todo = vec![page.clone()];
        let mut seen = BTreeSet::new();
        while let Some(file) = todo.pop() {
            if !seen.insert(file.clone()) {
                continue;
            }
            sets.entry(file.clone()).or_default().insert(set.clone());
            if let Some(text) = texts.get(&file) {
                todo.extend(loads(text));
            }
        }
    }
    sets
}

#[test]
fn every_key_the_pages_use_is_in_english_and_every_english_key_is_used() {
    // The terminal dashboard's set is used by src/tui, not by a page:
    // tests/i18n_terminal.rs checks its keys against the Rust code.
    let english: BTreeMap<String, BTreeMap<String, Message>> = i18n::catalog_sets()
        .into_iter()
        .filter(|set| set != quizbox::tui::text::CATALOG_SET)
        .map(|set| {
            let catalog = i18n::load_in(&set, SOURCE_LANGUAGE).expect("English parses");
            (set, catalog)
        })
        .collect();
    let used = keys_in_pages();
    let sets = sets_of_files();
    for page in [
        "index.html",
        "player.js",
        "player-game.js",
        "player-kinds.js",
        "announce.js",
    ] {
        assert!(
            used.contains_key(page),
            "{page} uses no catalog key: {used:?}"
        );
    }
    let mut all_used: BTreeSet<(String, String)> = BTreeSet::new();
    for (file, keys) in &used {
        let file_sets = sets.get(file).cloned().unwrap_or_default();
        assert!(
            !file_sets.is_empty(),
            "{file} uses catalog keys but no translated page loads it"
        );
        for set in &file_sets {
            let catalog = english.get(set).unwrap_or_else(|| {
                panic!("{file} is loaded by a page of set {set:?}, which has no catalogs")
            });
            for key in keys {
                // A page of another set has the pages' catalog too.
                let found = if catalog.contains_key(key) {
                    Some(set.clone())
                } else if english[i18n::PAGES].contains_key(key) {
                    Some(i18n::PAGES.to_string())
                } else {
                    None
                };
                let found = found.unwrap_or_else(|| {
                    panic!("{file} uses {key:?}, which the English catalog of set {set:?} does not have")
                });
                all_used.insert((found, key.clone()));
            }
        }
    }
    for (set, catalog) in &english {
        let unused: Vec<&String> = catalog
            .keys()
            .filter(|key| !all_used.contains(&(set.clone(), key.to_string())))
            .collect();
        assert!(
            unused.is_empty(),
            "English keys of set {set:?} no page uses: {unused:?}"
        );
    }
}

#[test]
fn the_pages_list_the_same_languages_as_the_server() {
    let js = std::fs::read_to_string(root().join("assets/i18n.js")).unwrap();
    let start = js.find("export const LANGUAGES = [").unwrap();
    let end = start + js[start..].find("];").unwrap();
    let listed: Vec<(String, String, bool)> = js[start..end]
        .lines()
        .filter_map(|line| {
            let line = line.trim().strip_prefix('[')?.strip_suffix("],")?;
            let parts: Vec<&str> = line.split(", ").collect();
            Some((
                parts[0].trim_matches('\'').to_string(),
                parts[1].trim_matches('\'').to_string(),
                parts[2] == "true",
            ))
        })
        .collect();
    let expected: Vec<(String, String, bool)> = LANGUAGES
        .iter()
        .map(|l| (l.tag.to_string(), l.name.to_string(), l.rtl))
        .collect();
    assert_eq!(listed, expected);
}

#[test]
fn every_translation_says_whether_a_fluent_speaker_reviewed_it() {
    for (set, language) in i18n::catalog_sets().iter().flat_map(|set| {
        LANGUAGES
            .iter()
            .filter(|l| l.tag != SOURCE_LANGUAGE)
            .map(move |l| (set, l))
    }) {
        let source =
            String::from_utf8(i18n::catalog_source_in(set, language.tag).unwrap()).unwrap();
        let header: Vec<&str> = source.lines().take_while(|l| l.starts_with('#')).collect();
        assert!(
            header
                .iter()
                .any(|l| l.contains("UNREVIEWED") || l.contains("Reviewed by")),
            "{}: the file's opening comment must say UNREVIEWED or Reviewed by",
            i18n::catalog_name(set, language.tag)
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_hands_out_one_language_as_json_with_an_etag() {
    let server = TestServer::start().await;
    let (status, headers, body) = http_raw(server.addr, "GET", "/assets/i18n/fr.json", None, &[])
        .await
        .unwrap();
    assert_eq!(status, 200);
    assert_eq!(headers["content-type"], "application/json");
    let catalog: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(catalog["lang"], "fr");
    assert_eq!(catalog["dir"], "ltr");
    assert_eq!(catalog["messages"]["join-title"], "Rejoindre un quiz");
    assert_eq!(catalog["messages"]["seconds-left"]["$"], "secs");
    assert_eq!(
        catalog["messages"]["seconds-left"]["other"],
        "{secs} secondes restantes"
    );
    assert_eq!(catalog["messages"]["final"]["$"], "rank:ordinal");
    assert_eq!(
        catalog["messages"]["sound.title"],
        "Signaux sonores sur ce téléphone"
    );
    let etag = headers["etag"].to_str().unwrap().to_string();
    let (status, _, body) = http_raw(
        server.addr,
        "GET",
        "/assets/i18n/fr.json",
        None,
        &[("If-None-Match", &etag)],
    )
    .await
    .unwrap();
    assert_eq!(status, 304);
    assert!(body.is_empty());

    let arabic: Value = serde_json::from_str(&server.get("/assets/i18n/ar.json").await.1).unwrap();
    assert_eq!(arabic["dir"], "rtl");
    assert_eq!(arabic["lang"], "ar");
    // Any case of the tag; the answer names it as the server spells it.
    let chinese: Value =
        serde_json::from_str(&server.get("/assets/i18n/zh-cn.json").await.1).unwrap();
    assert_eq!(chinese["lang"], "zh-CN");
    // Each other set's catalogs are served under its name, apart from the pages'.
    for set in i18n::catalog_sets().iter().filter(|s| !s.is_empty()) {
        let (status, body) = server.get(&format!("/assets/i18n/{set}/ar.json")).await;
        assert_eq!(status, 200, "{set}: {body}");
        let catalog: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(catalog["lang"], "ar");
        assert_eq!(catalog["dir"], "rtl");
        let own = i18n::load_in(set, "ar").unwrap();
        let served = catalog["messages"].as_object().unwrap();
        assert_eq!(served.len(), own.len(), "{set}");
        assert!(own.keys().all(|k| served.contains_key(k)), "{set}");
    }
    for missing in [
        "/assets/i18n/xx.json",
        "/assets/i18n/../Cargo.toml.json",
        "/assets/i18n/en.ftl",
        "/assets/i18n/nowhere/en.json",
        "/assets/i18n/../en.json",
        "/assets/i18n/host/../en.json",
    ] {
        assert_eq!(server.get(missing).await.0, 404, "{missing}");
    }
    server.stop().await;
}
