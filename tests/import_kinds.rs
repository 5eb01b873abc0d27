//! Every question kind through the native formats and the docs: a JSON
//! fixture with every kind imported by the real binary and read back from
//! SQLite, the every-kind sample importing cleanly, and the examples and
//! error output in docs/formats.md checked against the real parsers.

mod import_support;

use import_support::expect::*;
use import_support::{quizbox, stored};
use quizbox::quiz::{Question, QuestionKind};

#[test]
fn native_json_every_kind() {
    let (data, summary) = import("import/every-kind.json");
    assert_eq!(summary["files"][0]["format"], "json");
    assert_eq!(warnings(&summary), vec![]);
    let with_media = |mut q: Question, media: &str| {
        q.media = Some(media.into());
        q
    };
    assert_eq!(
        stored(data.path(), "every-kind-json"),
        quiz(
            "every-kind-json",
            "Every kind (JSON)",
            None,
            vec![
                with_media(
                    k(
                        "Welcome",
                        QuestionKind::Slide {
                            body: Some("One question of each kind.".into())
                        },
                        30,
                        2000,
                        None
                    ),
                    "/media/welcome.png"
                ),
                q(
                    "Closest planet to the Sun?",
                    &["Venus", "Mercury"],
                    1,
                    30,
                    1000,
                    Some("About 0.39 AU.")
                ),
                k(
                    "Which have rings?",
                    QuestionKind::Multi {
                        answers: strings(&["Saturn", "Mars", "Uranus"]),
                        correct: vec![0, 2]
                    },
                    30,
                    2000,
                    None
                ),
                k(
                    "Venus has a day longer than its year.",
                    QuestionKind::TrueFalse { correct: true },
                    30,
                    0,
                    None
                ),
                k(
                    "Largest planet?",
                    QuestionKind::TypeAnswer {
                        accepted: strings(&["Jupiter", "Jove"]),
                        typo_tolerance: true
                    },
                    45,
                    2000,
                    None
                ),
                k(
                    "Surface temperature of Venus?",
                    QuestionKind::Slider {
                        min: -100.0,
                        max: 600.0,
                        step: 10.0,
                        correct: 460.0,
                        tolerance: 20.0,
                        unit: Some("°C".into())
                    },
                    30,
                    1500,
                    None
                ),
                k(
                    "Order from the Sun.",
                    QuestionKind::Ordering {
                        items: strings(&["Mercury", "Venus", "Earth"])
                    },
                    30,
                    2000,
                    None
                ),
                k(
                    "Favourite?",
                    QuestionKind::Poll {
                        answers: strings(&["Mars", "Saturn"])
                    },
                    30,
                    2000,
                    None
                ),
                with_media(
                    k(
                        "One word for space?",
                        QuestionKind::WordCloud { max_length: 12 },
                        30,
                        2000,
                        None
                    ),
                    "https://example.org/space.jpg"
                ),
            ]
        )
    );
}

#[test]
fn the_sample_quiz_with_every_kind_imports_cleanly() {
    let data = tempfile::tempdir().unwrap();
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("quizzes/every-kind.toml");
    let run = quizbox(data.path(), &["import", "--strict", file.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let quiz = stored(data.path(), "every-kind");
    let kinds: Vec<&str> = quiz.questions.iter().map(|q| q.kind.name()).collect();
    let mut every: Vec<&str> = kinds.clone();
    every.sort_unstable();
    let mut expected = quizbox::quiz::KIND_NAMES.to_vec();
    expected.sort_unstable();
    assert_eq!(every, expected, "{kinds:?}");
}

/// The fenced blocks of `lang` in docs/formats.md between `start` and the
/// next heading of the same level.
fn doc_blocks(start: &str, lang: &str) -> Vec<String> {
    let docs = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/formats.md"),
    )
    .unwrap();
    let from = docs
        .find(start)
        .unwrap_or_else(|| panic!("{start} in docs"));
    let level = start.split(' ').next().unwrap();
    let section = &docs[from + start.len()..];
    let end = section
        .find(&format!("\n{level} "))
        .unwrap_or(section.len());
    let fence = format!("```{lang}\n");
    section[..end]
        .split(&fence)
        .skip(1)
        .map(|b| b.split("```").next().unwrap().to_string())
        .collect()
}

#[test]
fn the_documented_kinds_parse_and_the_documented_errors_are_the_real_ones() {
    use quizbox::quiz::formats::{self, native_toml, Format};
    let toml = &doc_blocks("## Question kinds", "toml")[0];
    let quiz = native_toml::parse(&format!("title = \"Kinds\"\n{toml}"), "k.toml", "k").unwrap();
    let json = &doc_blocks("## Question kinds", "json")[0];
    let out = formats::parse(Format::Json, json.as_bytes(), "k");
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    // The TOML and JSON examples are the same questions.
    assert_eq!(out.quizzes[0].questions, quiz.questions);
    let names: Vec<&str> = quiz.questions.iter().map(|q| q.kind.name()).collect();
    assert_eq!(names, quizbox::quiz::KIND_NAMES);

    // "Errors": the capitals.toml example reports exactly what the docs show.
    let blocks = doc_blocks("### Errors", "toml");
    let documented: Vec<String> = doc_blocks("### Errors", "")
        .into_iter()
        .find(|b| b.starts_with("capitals.toml:"))
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    let reported = native_toml::parse(&blocks[0], "capitals.toml", "capitals")
        .unwrap_err()
        .to_string();
    assert_eq!(reported.lines().collect::<Vec<_>>(), documented);
}
