//! The terminal dashboard's catalogs (locales/terminal/*.ftl): one per
//! language of the server's list, each with exactly the English keys and
//! variables (through the same check as every other catalog set), every key
//! the dashboard's Rust code looks up (`t("…")`, `tr("…"`) is in English,
//! and every English key is looked up somewhere.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use quizbox::i18n::{self, LANGUAGES, SOURCE_LANGUAGE};
use quizbox::tui::text::CATALOG_SET;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn every_terminal_catalog_has_exactly_the_english_keys_and_variables() {
    assert!(i18n::catalog_sets().iter().any(|s| s == CATALOG_SET));
    let english = i18n::load_in(CATALOG_SET, SOURCE_LANGUAGE).expect("English parses");
    assert!(english.len() >= 200, "{} keys", english.len());
    let problems = i18n::check_set(CATALOG_SET);
    assert!(
        problems.is_empty(),
        "{}",
        problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
    let files: BTreeSet<String> = std::fs::read_dir(root().join("locales").join(CATALOG_SET))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let listed: BTreeSet<String> = LANGUAGES.iter().map(|l| format!("{}.ftl", l.tag)).collect();
    assert_eq!(files, listed);
}

#[test]
fn the_check_sees_a_terminal_catalog_that_lost_a_key_or_a_variable() {
    let english = i18n::load_in(CATALOG_SET, SOURCE_LANGUAGE).unwrap();
    let mut japanese = i18n::load_in(CATALOG_SET, "ja").unwrap();
    japanese.remove("lobby-pin");
    japanese.insert(
        "lobby-players".into(),
        i18n::Message::Text("プレイヤー".into()),
    );
    let problems = i18n::compare("terminal/ja", &english, &japanese);
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(text.iter().any(|p| p.contains("lobby-pin")), "{text:?}");
    assert!(
        text.iter()
            .any(|p| p.contains("lobby-players") && p.contains("count")),
        "{text:?}"
    );
}

/// The quoted key each `t(` or `tr(` call in `text` starts with (rustfmt
/// may put it on the next line).
fn lookups(text: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for call in ["t(", "tr("] {
        let mut rest = text;
        while let Some(at) = rest.find(call) {
            let before = rest[..at].chars().next_back();
            rest = &rest[at + call.len()..];
            // Our own call, not the end of another name (`split(`, `format(`).
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let Some(quoted) = rest.trim_start().strip_prefix('"') else {
                continue;
            };
            if let Some(end) = quoted.find('"') {
                keys.push(quoted[..end].to_string());
            }
        }
    }
    keys
}

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn every_key_the_dashboard_looks_up_is_in_english_and_every_english_key_is_used() {
    let english = i18n::load_in(CATALOG_SET, SOURCE_LANGUAGE).unwrap();
    let mut files = Vec::new();
    rust_files(&root().join("src/tui"), &mut files);
    let mut used = BTreeSet::new();
    for file in &files {
        let name = file.file_name().unwrap().to_string_lossy();
        // Tests look keys up too, sometimes ones that do not exist on purpose.
        if name.contains("tests") {
            continue;
        }
        let text = std::fs::read_to_string(file).unwrap();
        for key in lookups(&text) {
            assert!(
                english.contains_key(&key),
                "{} looks up {key:?}, which locales/terminal/en.ftl lacks",
                file.display()
            );
            used.insert(key);
        }
    }
    assert!(used.len() >= 200, "{} keys found", used.len());
    let unused: Vec<&String> = english.keys().filter(|k| !used.contains(*k)).collect();
    assert!(
        unused.is_empty(),
        "English keys no code looks up: {unused:?}"
    );
}
