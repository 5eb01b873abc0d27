//! Which question kinds each format brings in and keeps, held to the table
//! of formats: the every-kind sample quiz holds every kind the enum has,
//! an export of it in each writable format reads back with exactly the
//! kinds its entry keeps, and each format's fixtures plus that round trip
//! bring in exactly the kinds its entry reads.

use std::collections::BTreeSet;
use std::path::Path;

use quizbox::quiz::formats::{self, Format, FORMATS};
use quizbox::quiz::{Kind, Quiz};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The sample quiz the kind tests play (game_kinds.rs, browser_kinds.rs).
fn every_kind() -> Quiz {
    let bytes = std::fs::read(root().join("quizzes/every-kind.toml")).unwrap();
    let out = formats::parse(Format::Toml, &bytes, "every-kind");
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    out.quizzes.into_iter().next().unwrap()
}

fn kinds_of(quizzes: &[Quiz]) -> BTreeSet<Kind> {
    quizzes
        .iter()
        .flat_map(|q| &q.questions)
        .map(|q| q.kind.kind())
        .collect()
}

#[test]
fn the_every_kind_sample_holds_every_kind_there_is() {
    let quiz = every_kind();
    let held: Vec<Kind> = quiz.questions.iter().map(|q| q.kind.kind()).collect();
    let expected: BTreeSet<Kind> = Kind::ALL.iter().copied().collect();
    assert_eq!(kinds_of(&[quiz]), expected, "the sample holds {held:?}");
}

#[test]
fn an_export_reads_back_with_exactly_the_kinds_its_format_keeps() {
    let quiz = every_kind();
    let mut writers = 0;
    for f in FORMATS {
        let Some(export) = &f.export else { continue };
        writers += 1;
        let (bytes, _warnings) = formats::write(export.format, std::slice::from_ref(&quiz))
            .unwrap_or_else(|e| panic!("{}: {e}", f.name));
        let out = formats::parse(f.format, &bytes, "every-kind");
        assert!(out.errors.is_empty(), "{}: {:?}", f.name, out.errors);
        let keeps: BTreeSet<Kind> = export.keeps.iter().copied().collect();
        assert_eq!(kinds_of(&out.quizzes), keeps, "{} keeps", f.name);
    }
    assert_eq!(writers, 6);
}

#[test]
fn each_format_brings_in_exactly_the_kinds_its_entry_reads() {
    let mut found: Vec<BTreeSet<Kind>> = vec![BTreeSet::new(); FORMATS.len()];
    // Every import fixture, in the format detection gives it.
    let dir = root().join("tests/fixtures/import");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.to_string_lossy().to_string();
        if !Format::is_quiz_file(&name) {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        let format = Format::detect(&name, &bytes).unwrap_or_else(|| panic!("{name}"));
        let out = formats::parse(format, &bytes, "fixture");
        assert!(out.errors.is_empty(), "{name}: {:?}", out.errors);
        found[format as usize].extend(kinds_of(&out.quizzes));
    }
    // And the every-kind sample through each writable format.
    let quiz = every_kind();
    for f in FORMATS.iter().filter(|f| f.export.is_some()) {
        let export = f.export.as_ref().unwrap();
        let (bytes, _) = formats::write(export.format, std::slice::from_ref(&quiz)).unwrap();
        found[f.format as usize].extend(kinds_of(&formats::parse(f.format, &bytes, "k").quizzes));
    }
    for (f, found) in FORMATS.iter().zip(&found) {
        let reads: BTreeSet<Kind> = f.reads.iter().copied().collect();
        assert_eq!(found, &reads, "{} reads", f.name);
    }
}
