//! Export then import. A proptest over generated quizzes shows the native
//! TOML and JSON formats lose nothing; the real binary then exports stored
//! quizzes in every export format and imports them back, checking what
//! each format keeps.

mod import_support;

use import_support::{fixture, quizbox, stored};
use proptest::prelude::*;
use quizbox::quiz::formats::{self, ExportFormat, Format};
use quizbox::quiz::{Question, QuestionKind, Quiz};

/// Text with the characters formats escape: quotes, backslashes, braces,
/// GIFT's markers, new lines, non-ASCII; never blank.
fn text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 \"'\\\\{}#=~:\n\té€😀]{0,12}[a-zA-Z0-9é😀?]{1,3}"
}

fn question() -> impl Strategy<Value = Question> {
    (
        text(),
        prop::collection::btree_set(text(), 2..=6),
        any::<prop::sample::Index>(),
        5u32..=240,
        prop_oneof![Just(0u32), Just(1000), Just(2000), 0u32..1_000_000],
        prop::option::of(text()),
    )
        .prop_map(
            |(text, answers, correct, time_limit, points, explanation)| {
                let answers: Vec<String> = answers.into_iter().collect();
                Question {
                    text,
                    kind: QuestionKind::Single {
                        correct: correct.index(answers.len()),
                        answers,
                    },
                    time_limit,
                    points,
                    explanation,
                    media: None,
                }
            },
        )
}

fn quiz() -> impl Strategy<Value = Quiz> {
    (
        "[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?",
        text(),
        prop::option::of(text()),
        prop::collection::vec(question(), 1..8),
    )
        .prop_map(|(id, title, description, questions)| Quiz {
            id,
            title,
            description,
            questions,
        })
}

fn round_trip(export: ExportFormat, import: Format, quizzes: &[Quiz]) -> Vec<Quiz> {
    let (bytes, warnings) = formats::write(export, quizzes).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    let out = formats::parse(import, &bytes, "ignored-stem");
    assert!(
        out.errors.is_empty(),
        "{:?}\n{}",
        out.errors,
        String::from_utf8_lossy(&bytes)
    );
    assert!(out.warnings.is_empty(), "{:?}", out.warnings);
    out.quizzes
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn native_toml_is_lossless(quiz in quiz()) {
        let back = round_trip(ExportFormat::Toml, Format::Toml, std::slice::from_ref(&quiz));
        prop_assert_eq!(back, vec![quiz]);
    }

    #[test]
    fn native_json_is_lossless(quizzes in prop::collection::vec(quiz(), 1..4)) {
        // Ids must differ for several quizzes in one file to mean anything.
        let mut quizzes = quizzes;
        for (i, q) in quizzes.iter_mut().enumerate() {
            q.id = format!("{}-{i}", q.id);
        }
        let back = round_trip(ExportFormat::Json, Format::Json, &quizzes);
        prop_assert_eq!(back, quizzes);
    }
}

/// Imports the fixtures, exports `world` in `format` with the binary, and
/// imports the file into a fresh data directory.
fn export_and_reimport(format: &str) -> (Quiz, Quiz, String) {
    let data = tempfile::tempdir().unwrap();
    let file = fixture("import/solar.toml");
    assert_eq!(
        quizbox(data.path(), &["import", file.to_str().unwrap()]).code,
        0
    );
    let out = data.path().join(format!("solar-toml.{format}"));
    let run = quizbox(
        data.path(),
        &[
            "export",
            "solar-toml",
            "--format",
            format,
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let fresh = tempfile::tempdir().unwrap();
    let run = quizbox(fresh.path(), &["import", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let original = stored(data.path(), "solar-toml");
    let back = import_support::rows(fresh.path())
        .into_iter()
        .map(|r| serde_json::from_str::<Quiz>(&r.3).unwrap())
        .next()
        .unwrap();
    (original, back, run.stderr)
}

#[test]
fn binary_export_formats_read_back() {
    for format in ["toml", "json", "csv"] {
        let (original, back, _) = export_and_reimport(format);
        assert_eq!(back, original, "{format}");
    }
    // GIFT keeps text, answers and explanations; time limits and points fall back to defaults.
    let (original, back, _) = export_and_reimport("gift");
    assert_eq!(back.title, original.title);
    for (a, b) in original.questions.iter().zip(&back.questions) {
        assert_eq!(
            (&a.text, &a.kind, &a.explanation),
            (&b.text, &b.kind, &b.explanation)
        );
        assert_eq!((b.time_limit, b.points), (20, 1000));
    }
    // Kahoot's template keeps text, answers and time limits; the id comes from the file name.
    let (original, back, _) = export_and_reimport("xlsx");
    assert_eq!(back.id, "solar-toml");
    for (a, b) in original.questions.iter().zip(&back.questions) {
        assert_eq!(
            (&a.text, &a.kind, a.time_limit),
            (&b.text, &b.kind, b.time_limit)
        );
        assert_eq!((b.points, &b.explanation), (1000, &None));
    }
}

#[test]
fn export_all_to_a_directory_and_to_stdout() {
    let data = tempfile::tempdir().unwrap();
    let dir = fixture("import");
    let run = quizbox(data.path(), &["import", dir.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let count = import_support::rows(data.path()).len();
    let out = data.path().join("exported/");
    let run = quizbox(
        data.path(),
        &[
            "export",
            "--all",
            "-o",
            out.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), count);
    // Several quizzes in one CSV on stdout; TOML refuses without a directory.
    let run = quizbox(
        data.path(),
        &["export", "europe", "asia", "--format", "csv"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let parsed = formats::parse(Format::Csv, run.stdout.as_bytes(), "x");
    assert_eq!(parsed.quizzes.len(), 2, "{:?}", parsed.errors);
    let run = quizbox(data.path(), &["export", "europe", "asia"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("give -o a directory"), "{}", run.stderr);
    let run = quizbox(data.path(), &["export", "nope"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("no quiz with id \"nope\""),
        "{}",
        run.stderr
    );
}
