//! One fixture per format, imported by the real binary into a fresh data
//! directory and read back from SQLite with every field compared: text,
//! kind with its answers and correct answers (or accepted answers, slider
//! range, items), time limit, points, media and explanation, plus the
//! located warnings for what the format holds but quizbox cannot play.

mod import_support;

use import_support::expect::*;
use import_support::{fixture, quizbox, stored};
use quizbox::quiz::QuestionKind;
use serde_json::Value;

#[test]
fn native_toml() {
    let (data, summary) = import("import/solar.toml");
    assert_eq!(summary["files"][0]["format"], "toml");
    assert_eq!(
        stored(data.path(), "solar-toml"),
        quiz(
            "solar-toml",
            "Solar System (TOML)",
            Some("Planets and moons."),
            vec![
                q(
                    "Which planet is closest to the Sun?",
                    &["Venus", "Mercury", "Mars"],
                    1,
                    25,
                    500,
                    Some("About 0.39 AU.")
                ),
                q(
                    "How many planets are there?",
                    &["7", "8", "9", "10"],
                    1,
                    10,
                    0,
                    None
                ),
            ]
        )
    );
}

#[test]
fn native_json() {
    let (data, summary) = import("import/solar.json");
    assert_eq!(summary["files"][0]["format"], "json");
    assert_eq!(
        stored(data.path(), "solar-json"),
        quiz(
            "solar-json",
            "Solar System (JSON)",
            Some("Planets and moons."),
            vec![
                q(
                    "Which planet is closest to the Sun?",
                    &["Venus", "Mercury", "Mars"],
                    1,
                    25,
                    500,
                    Some("About 0.39 AU.")
                ),
                q(
                    "How many planets are there?",
                    &["7", "8", "9", "10"],
                    1,
                    10,
                    0,
                    None
                ),
            ]
        )
    );
}

#[test]
fn csv_rows_group_into_quizzes() {
    let (data, summary) = import("import/capitals.csv");
    assert_eq!(summary["files"][0]["quizzes"].as_array().unwrap().len(), 2);
    assert_eq!(
        stored(data.path(), "europe"),
        quiz(
            "europe",
            "European capitals",
            Some("Six quick ones"),
            vec![
                q(
                    "Capital of France?",
                    &["Paris", "Lyon", "Marseille", "Nice"],
                    0,
                    15,
                    1000,
                    Some("Paris, on the Seine.")
                ),
                q(
                    "Capital of \"Switzerland\"?",
                    &["Zurich", "Geneva", "Bern"],
                    2,
                    30,
                    2000,
                    None
                ),
            ]
        )
    );
    assert_eq!(
        stored(data.path(), "asia"),
        quiz(
            "asia",
            "Asian capitals",
            None,
            vec![q(
                "Capital of Japan?",
                &["Osaka", "Tokyo"],
                1,
                20,
                1000,
                None
            )]
        )
    );
}

#[test]
fn kahoot_spreadsheet() {
    let (data, summary) = import("import/kahoot.xlsx");
    assert_eq!(summary["files"][0]["format"], "xlsx");
    assert_eq!(
        stored(data.path(), "kahoot"),
        quiz(
            "kahoot",
            "Kahoot",
            None,
            vec![
                q(
                    "Which planet is known as the Red Planet?",
                    &["Venus", "Mars", "Jupiter", "Saturn"],
                    1,
                    20,
                    1000,
                    None
                ),
                q(
                    "How many moons does Mars have?",
                    &["0", "1", "2"],
                    2,
                    30,
                    1000,
                    None
                ),
                q("Is the Sun a star?", &["Yes", "No"], 0, 5, 1000, None),
                // Row 12 marks answers 1 and 3 correct.
                k(
                    "Which are gas giants?",
                    QuestionKind::Multi {
                        answers: strings(&["Jupiter", "Mars", "Saturn", "Venus"]),
                        correct: vec![0, 2]
                    },
                    60,
                    1000,
                    None
                ),
                // Answers "True" and "False" make a true/false question.
                k(
                    "The Moon is a planet.",
                    QuestionKind::TrueFalse { correct: false },
                    10,
                    1000,
                    None
                ),
                q(
                    "Café question: the hottest planet?",
                    &["Mercury", "Venus & co"],
                    1,
                    240,
                    1000,
                    None
                ),
            ]
        )
    );
    assert_eq!(warnings(&summary), vec![]);
}

#[test]
fn gift_every_construct() {
    let (data, summary) = import("import/science.gift");
    assert_eq!(
        stored(data.path(), "science"),
        quiz(
            "science",
            "Science",
            None,
            vec![
                q(
                    "Which planet is closest to the Sun?",
                    &["Mercury", "Venus", "Mars"],
                    0,
                    20,
                    1000,
                    Some("Right: about 0.39 AU.")
                ),
                k(
                    "Mars is known as the Red Planet.",
                    QuestionKind::TrueFalse { correct: true },
                    20,
                    1000,
                    Some("Iron oxide makes it red.")
                ),
                q(
                    "The Moon orbits the _____ once a month.",
                    &["Earth", "Sun", "Mars"],
                    0,
                    20,
                    1000,
                    None
                ),
                q(
                    "Escapes: 2 { braces } and = ~ # stay.",
                    &["a=b", "c#d"],
                    0,
                    20,
                    1000,
                    Some("General feedback wins.")
                ),
                q(
                    "Which gas do plants absorb?",
                    &["Carbon dioxide", "Oxygen", "Nitrogen"],
                    0,
                    20,
                    1000,
                    None
                ),
            ]
        )
    );
    assert_eq!(
        stored(data.path(), "physics"),
        quiz(
            "physics",
            "Physics",
            None,
            vec![
                k(
                    "Water boils at 100 °C at sea level.",
                    QuestionKind::TrueFalse { correct: false },
                    20,
                    1000,
                    None
                ),
                // {#299792:100}: a slider from 0 to a round number above twice the answer.
                k(
                    "Speed of light in km/s?",
                    slider(0.0, 1_000_000.0, 200.0, 299_792.0, 100.0),
                    20,
                    1000,
                    None
                ),
                k(
                    "Name the force that keeps us on the ground.",
                    QuestionKind::TypeAnswer {
                        accepted: strings(&["gravity", "gravitation"]),
                        typo_tolerance: false
                    },
                    20,
                    1000,
                    None
                ),
                k(
                    "Pick the best.",
                    QuestionKind::Multi {
                        answers: strings(&["half", "other half", "wrong"]),
                        correct: vec![0, 1]
                    },
                    20,
                    1000,
                    None
                ),
                q(
                    "Which is heaviest?",
                    &["Lead", "Iron", "Aluminium"],
                    0,
                    20,
                    1000,
                    None
                ),
                k(
                    "Put these planets in order of size, smallest first.",
                    QuestionKind::Ordering {
                        items: strings(&["Mercury", "Mars", "Venus", "Earth"])
                    },
                    20,
                    1000,
                    None
                ),
                k(
                    "Describe a black hole in one word.",
                    QuestionKind::WordCloud { max_length: 20 },
                    20,
                    1000,
                    Some("Gravity wins.")
                ),
                k(
                    "Part two is about the Moon.",
                    QuestionKind::Slide { body: None },
                    20,
                    1000,
                    None
                ),
                k(
                    "How far away is the Moon, in thousands of km?",
                    slider(0.0, 1000.0, 1.0, 384.0, 10.0),
                    20,
                    1000,
                    Some("Close enough.")
                ),
                k(
                    "Speed of light in km/s, exactly?",
                    slider(0.0, 1_000_000.0, 200.0, 299_792.458, 0.0),
                    20,
                    1000,
                    None
                ),
            ]
        )
    );
    let lost = "feedback on 1 answer is not kept (a question has one explanation: the general feedback, else the right answer's)";
    assert_eq!(
        warnings(&summary),
        vec![
            (4, 1, "questions[1].feedback".into(), lost.into()),
            (10, 1, "questions[2].feedback".into(), lost.into()),
            (
                28,
                27,
                "questions[5].answers".into(),
                "partial credit (50%) is not supported; \"Iron\" counts as wrong".into()
            ),
            skipped(
                32,
                1,
                7,
                "matching (only pairs whose right-hand sides are 1, 2, 3 … are read, as an ordering)"
            ),
            (
                38,
                49,
                "questions[10].correct".into(),
                "1 other numerical answer is not kept: the slider gives credit for closeness to 384 instead".into()
            ),
            (
                40,
                36,
                "questions[11].step".into(),
                "the answer is finer than a slider can show: it runs from 0 to 1000000 in steps of 200, so no position is within 0 of 299792.458 (the nearest earns nearly full credit)".into()
            ),
        ]
    );
}

#[test]
fn aiken() {
    let (data, _) = import("import/geography.aiken");
    assert_eq!(
        stored(data.path(), "geography"),
        quiz(
            "geography",
            "Geography",
            None,
            vec![
                q(
                    "What is the longest river in the world?",
                    &["Amazon", "Nile", "Yangtze", "Mississippi"],
                    1,
                    20,
                    1000,
                    None
                ),
                q(
                    "Which ocean is the largest?",
                    &["Atlantic", "Indian", "Pacific"],
                    2,
                    20,
                    1000,
                    None
                ),
            ]
        )
    );
}

#[test]
fn moodle_xml() {
    let (data, summary) = import("import/moodle.xml");
    assert_eq!(summary["files"][0]["format"], "moodle");
    assert_eq!(
        stored(data.path(), "chemistry"),
        quiz(
            "chemistry",
            "Chemistry",
            None,
            vec![
                q(
                    "What is the formula of water?",
                    &["H2O", "CO2", "NaCl"],
                    0,
                    20,
                    2000,
                    Some("Two hydrogens & one oxygen.")
                ),
                k(
                    "Helium is a noble gas.",
                    QuestionKind::TrueFalse { correct: true },
                    20,
                    1000,
                    Some("It is.")
                ),
                q("Symbol of gold?", &["Ag", "Au"], 1, 20, 0, None),
                k(
                    "Name the lightest element.",
                    QuestionKind::TypeAnswer {
                        accepted: strings(&["hydrogen", "H"]),
                        typo_tolerance: false
                    },
                    20,
                    1000,
                    Some("Atomic number 1.")
                ),
                k(
                    "Atomic number of carbon?",
                    slider(0.0, 20.0, 1.0, 6.0, 0.0),
                    20,
                    1000,
                    None
                ),
                k(
                    "Explain covalent bonds.",
                    QuestionKind::WordCloud { max_length: 20 },
                    20,
                    1000,
                    None
                ),
                k(
                    "Which are metals?",
                    QuestionKind::Multi {
                        answers: strings(&["Iron", "Neon", "Copper"]),
                        correct: vec![0, 2]
                    },
                    20,
                    1000,
                    None
                ),
                k(
                    "Order by atomic number, lowest first.",
                    QuestionKind::Ordering {
                        items: strings(&["Hydrogen", "Helium", "Lithium"])
                    },
                    20,
                    1000,
                    Some("H, He, Li.")
                ),
                k(
                    "Molar mass of water?",
                    QuestionKind::Slider {
                        min: 0.0,
                        max: 50.0,
                        step: 0.01,
                        correct: 18.015,
                        tolerance: 0.5,
                        unit: Some("g/mol".into())
                    },
                    20,
                    1000,
                    None
                ),
                k(
                    "Part two: reactions.",
                    QuestionKind::Slide { body: None },
                    20,
                    1000,
                    None
                ),
            ]
        )
    );
    assert_eq!(
        warnings(&summary),
        vec![
            (
                6,
                3,
                "questions[1].feedback".into(),
                "feedback on 2 answers is not kept (a question has one explanation: the general feedback, else the right answer's)".into()
            ),
            (
                34,
                3,
                "questions[4].accepted".into(),
                "partial credit (50%) is not supported; \"H2\" is not accepted".into()
            ),
            skipped(73, 3, 11, "matching"),
        ]
    );
}

#[test]
fn open_trivia_db_in_every_encoding() {
    let mut quizzes = Vec::new();
    for (file, id) in [
        ("import/opentdb_default.json", "opentdb-default"),
        ("import/opentdb_url3986.json", "opentdb-url3986"),
        ("import/opentdb_base64.json", "opentdb-base64"),
    ] {
        let (data, summary) = import(file);
        assert_eq!(summary["files"][0]["format"], "opentdb");
        let quiz = stored(data.path(), id);
        assert_eq!(
            quiz.description.as_deref(),
            Some("Open Trivia DB: Science & Nature")
        );
        let first = &quiz.questions[0];
        assert_eq!(first.text, "What's the chemical symbol for \"iron\"?");
        let mut answers = first.kind.answers().to_vec();
        assert_eq!(answers[first.kind.correct_choices()[0]], "Fe");
        answers.sort();
        assert_eq!(answers, ["Fe", "I", "In", "Ir"]);
        assert_eq!(
            (first.time_limit, first.points, first.explanation.as_deref()),
            (20, 1000, None)
        );
        assert_eq!(
            quiz.questions[1],
            k(
                "The speed of sound is faster than light.",
                QuestionKind::TrueFalse { correct: false },
                20,
                1000,
                None
            )
        );
        quizzes.push(quiz.questions);
    }
    // The right answer's place depends only on the question, so every
    // encoding (and every re-import) gives the same quiz.
    assert_eq!(quizzes[0], quizzes[1]);
    assert_eq!(quizzes[0], quizzes[2]);
}

#[test]
fn rahoot() {
    let (data, summary) = import("import/rahoot.json");
    assert_eq!(summary["files"][0]["format"], "rahoot");
    let mut pictured = q(
        "What is good answer with image ?",
        &["No", "Good answer"],
        1,
        20,
        1000,
        None,
    );
    pictured.media = Some("https://example.org/600x400.png".into());
    assert_eq!(
        stored(data.path(), "rahoot"),
        quiz(
            "rahoot",
            "Rahoot example",
            None,
            vec![
                q(
                    "What is good answer ?",
                    &["No", "Good answer", "No way", "Nope"],
                    1,
                    15,
                    1000,
                    None
                ),
                k(
                    "Which are even?",
                    QuestionKind::Multi {
                        answers: strings(&["2", "3", "4"]),
                        correct: vec![0, 2]
                    },
                    20,
                    1000,
                    None
                ),
                pictured,
            ]
        )
    );
    assert_eq!(warnings(&summary), vec![]);
}

#[test]
fn reimporting_updates_instead_of_duplicating() {
    let data = tempfile::tempdir().unwrap();
    let file = fixture("import/solar.toml");
    let first = quizbox(data.path(), &["import", "--json", file.to_str().unwrap()]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let second = quizbox(data.path(), &["import", "--json", file.to_str().unwrap()]);
    assert_eq!(second.code, 0, "{}", second.stderr);
    let first: Value = serde_json::from_str(&first.stdout).unwrap();
    let second: Value = serde_json::from_str(&second.stdout).unwrap();
    assert_eq!(first["files"][0]["quizzes"][0]["status"], "created");
    assert_eq!(second["files"][0]["quizzes"][0]["status"], "updated");
    assert_eq!(
        (
            second["totals"]["created"].as_u64(),
            second["totals"]["updated"].as_u64()
        ),
        (Some(0), Some(1))
    );
    assert_eq!(import_support::ids(data.path()), vec!["solar-toml"]);
}

#[test]
fn standard_input_with_a_name() {
    let data = tempfile::tempdir().unwrap();
    let run = import_support::quizbox_with_stdin(
        data.path(),
        &["import", "-", "--name", "piped.gift"],
        Some(b"Piped? {=yes ~no}\n"),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("piped.gift: 1 quiz, 1 question (gift)"),
        "{}",
        run.stderr
    );
    assert_eq!(
        stored(data.path(), "piped").questions[0].kind.answers(),
        ["yes", "no"]
    );
}
