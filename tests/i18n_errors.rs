//! The server's error codes in the pages' languages: every code an `error`
//! message can carry (`ErrorCode::ALL`, drawn from the enum's own
//! declaration) has a message in the English catalog of the pages that
//! can show it (the player page and the presenter, the pages' set), a
//! line in assets/errors.js, which words it, a translation of its own in
//! every other language, and only the values the pages hand it.

use std::collections::BTreeSet;
use std::path::PathBuf;

use quizbox::i18n::{self, LANGUAGES, PAGES, SOURCE_LANGUAGE};
use quizbox::protocol::ErrorCode;

fn asset(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("assets")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn every_error_code_has_a_message_in_the_pages_english_catalog() {
    let english = i18n::load_in(PAGES, SOURCE_LANGUAGE).unwrap();
    let missing: Vec<String> = ErrorCode::ALL
        .iter()
        .map(|code| code.catalog_key())
        .filter(|key| !english.contains_key(key))
        .collect();
    assert!(
        missing.is_empty(),
        "the pages' English catalog (locales/en.ftl) lacks {missing:?}"
    );
    // The pages name only these values; a message that wants another
    // would show a blank.
    let given: BTreeSet<String> = ["pin", "name"].map(String::from).into();
    for code in ErrorCode::ALL {
        let key = code.catalog_key();
        let wanted = i18n::variables(&english[&key]);
        assert!(wanted.is_subset(&given), "{key} wants {wanted:?}");
    }
}

#[test]
fn the_pages_word_every_error_code_from_the_catalog() {
    let table = asset("errors.js");
    for code in ErrorCode::ALL {
        let line = format!(
            "  {}: (args) => t('{}', args),",
            code.as_str(),
            code.catalog_key()
        );
        assert!(
            table.lines().any(|l| l == line),
            "assets/errors.js does not word {code:?}: no line {line:?}"
        );
    }
    // The pages that show the server's errors go through it.
    for page in ["player.js", "screen.js"] {
        let text = asset(page);
        assert!(
            text.contains("from '/assets/errors.js'") && text.contains("errorText(msg"),
            "{page} shows errors without errors.js"
        );
    }
}

#[test]
fn every_language_words_the_errors_in_its_own_words() {
    let english = i18n::load_in(PAGES, SOURCE_LANGUAGE).unwrap();
    for language in LANGUAGES.iter().filter(|l| l.tag != SOURCE_LANGUAGE) {
        let catalog = i18n::load_in(PAGES, language.tag).unwrap();
        for code in ErrorCode::ALL {
            let key = code.catalog_key();
            let text = catalog
                .get(&key)
                .unwrap_or_else(|| panic!("{}: no {key}", language.tag));
            assert_ne!(text, &english[&key], "{}: {key} is English", language.tag);
        }
    }
}
