//! The native TOML quiz format (see docs/formats.md "Question kinds").
//! Parsing keeps source spans so every problem names its line and field;
//! what a question's fields mean is shared with the JSON format in `native`.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::line_at;
use super::native::{self, Field, Place, RawQuestion};
use crate::quiz::{InvalidQuiz, Problem, Quiz};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuiz {
    id: Option<String>,
    title: String,
    description: Option<String>,
    time_limit: Option<u32>,
    /// A number or "standard", "double", "none"; read by `native::points`.
    points: Option<Spanned<serde_json::Value>>,
    #[serde(default)]
    questions: Vec<Spanned<BTreeMap<String, Spanned<serde_json::Value>>>>,
}

/// Parses and validates a quiz. `source_name` (usually the file path) is used
/// in error messages; `fallback_id` is used when the file has no `id`.
pub fn parse(text: &str, source_name: &str, fallback_id: &str) -> Result<Quiz, InvalidQuiz> {
    let invalid = |problems| InvalidQuiz {
        source_name: source_name.to_string(),
        problems,
    };
    let raw: RawQuiz = toml::from_str(text).map_err(|e| {
        invalid(vec![Problem {
            line: e.span().map(|s| line_at(text, s.start)),
            field: field_at(text, e.span().map(|s| s.start)),
            message: e.message().trim().to_string(),
        }])
    })?;
    let lines = super::Lines::new(text);
    let place = |start: usize| Place {
        line: Some(lines.line(start)),
        column: None,
    };
    let field = |v: Spanned<serde_json::Value>| Field {
        place: place(v.span().start),
        value: v.into_inner(),
    };
    let questions = raw
        .questions
        .into_iter()
        .map(|q| RawQuestion {
            place: place(q.span().start),
            fields: q
                .into_inner()
                .into_iter()
                .map(|(k, v)| (k, field(v)))
                .collect(),
        })
        .collect();
    let (quiz, found) = native::finish(
        native::RawQuiz {
            id: raw.id,
            title: raw.title,
            description: raw.description,
            place: place(0),
            time_limit: raw.time_limit,
            points: raw.points.map(field),
            questions,
        },
        fallback_id,
    );
    if found.is_empty() {
        return Ok(quiz);
    }
    let mut problems: Vec<Problem> = found
        .into_iter()
        .map(|d| Problem {
            line: d.line,
            field: d.field,
            message: d.message,
        })
        .collect();
    problems.sort_by_key(|p| p.line);
    Err(invalid(problems))
}

/// The key on the line an error points at, for messages like `questions[2].points`.
fn field_at(text: &str, offset: Option<usize>) -> String {
    let Some(offset) = offset else {
        return "document".into();
    };
    let start = text[..offset.min(text.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let line = text[start..].lines().next().unwrap_or("");
    match line.split_once('=') {
        Some((key, _)) if !key.trim().is_empty() => key.trim().to_string(),
        _ => "document".into(),
    }
}

/// Writes a quiz in the native TOML format; `parse` reads it back unchanged.
pub fn write(quiz: &Quiz) -> String {
    let mut out = String::new();
    let s = |v: &str| toml::Value::String(v.to_string()).to_string();
    out.push_str(&format!(
        "id = {}\ntitle = {}\n",
        s(&quiz.id),
        s(&quiz.title)
    ));
    if let Some(d) = &quiz.description {
        out.push_str(&format!("description = {}\n", s(d)));
    }
    for (i, q) in quiz.questions.iter().enumerate() {
        out.push_str("\n[[questions]]\n");
        if let Some(round) = quiz.round_starting(i) {
            out.push_str(&format!("round = {}\n", s(&round.name)));
        }
        for (key, value) in native::fields(q) {
            out.push_str(&format!("{key} = {}\n", toml_value(&value)));
        }
    }
    out
}

/// A field value in TOML syntax; fields hold only texts, numbers, booleans
/// and lists of them.
fn toml_value(value: &serde_json::Value) -> String {
    use serde_json::Value;
    match value {
        Value::String(t) => toml::Value::String(t.clone()).to_string(),
        Value::Number(n) => match n.as_i64() {
            Some(i) => i.to_string(),
            None => toml::Value::Float(n.as_f64().unwrap_or(0.0)).to_string(),
        },
        Value::Bool(b) => b.to_string(),
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(toml_value).collect();
            format!("[{}]", items.join(", "))
        }
        Value::Null | Value::Object(_) => unreachable!("question fields are never tables"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::QuestionKind;

    const GOOD: &str = r#"
id = "capitals"
title = "Capitals"
time_limit = 15

[[questions]]
text = "Capital of Australia?"
answers = ["Sydney", "Canberra", "Perth"]
correct = "Canberra"
explanation = "Purpose-built."

[[questions]]
text = "Capital of Japan?"
answers = ["Osaka", "Tokyo"]
correct = 2
points = 2000
time_limit = 30
"#;

    #[test]
    fn parses_every_field() {
        let quiz = parse(GOOD, "capitals.toml", "capitals").unwrap();
        assert_eq!(quiz.id, "capitals");
        assert_eq!(quiz.title, "Capitals");
        assert_eq!(quiz.questions.len(), 2);
        let q0 = &quiz.questions[0];
        assert_eq!(q0.text, "Capital of Australia?");
        assert_eq!(
            q0.kind,
            QuestionKind::Single {
                answers: vec!["Sydney".into(), "Canberra".into(), "Perth".into()],
                correct: 1
            }
        );
        assert_eq!((q0.time_limit, q0.points), (15, 1000));
        assert_eq!(q0.explanation.as_deref(), Some("Purpose-built."));
        let q1 = &quiz.questions[1];
        assert_eq!(q1.kind.correct_choices(), vec![1]);
        assert_eq!((q1.time_limit, q1.points), (30, 2000));
        assert_eq!(q1.explanation, None);
    }

    #[test]
    fn write_then_parse_is_lossless() {
        let quiz = parse(GOOD, "capitals.toml", "capitals").unwrap();
        let again = parse(&write(&quiz), "again.toml", "x").unwrap();
        assert_eq!(quiz, again);
    }

    #[test]
    fn problems_name_file_line_and_field() {
        let bad = "title = \"T\"\n\n[[questions]]\ntext = \"Q\"\nanswers = [\"only one\"]\ncorrect = \"nope\"\ntime_limit = 500\n";
        let err = parse(bad, "bad.toml", "bad").unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains("bad.toml:6: questions[1].correct: \"nope\" is not one of the answers"),
            "{text}"
        );
        assert!(text.contains("bad.toml:5: questions[1].answers: a single-choice question needs 2-6 answers (found 1)"), "{text}");
        assert!(
            text.contains("questions[1].time_limit: 500 s is out of range"),
            "{text}"
        );
    }

    #[test]
    fn syntax_and_unknown_fields_report_their_line() {
        let err = parse(
            "title = \"T\"\n[[questions]]\ntext = \"Q\"\ncolour = 3\n",
            "x.toml",
            "x",
        )
        .unwrap_err();
        let colour = err
            .problems
            .iter()
            .find(|p| p.field == "questions[1].colour");
        assert_eq!(colour.and_then(|p| p.line), Some(4), "{err}");
        let err = parse("title = \"T\n", "y.toml", "y").unwrap_err();
        assert_eq!(err.problems[0].line, Some(1), "{err}");
    }

    #[test]
    fn an_unknown_kind_does_not_shift_later_question_numbers() {
        let text = "title = \"T\"\n\n[[questions]]\ntext = \"A\"\nkind = \"matching\"\nanswers = [\"x\", \"y\"]\ncorrect = 1\n\n[[questions]]\ntext = \" \"\nanswers = [\"x\", \"y\"]\ncorrect = 1\n";
        let err = parse(text, "k.toml", "k").unwrap_err();
        let shown = err.to_string();
        assert!(
            shown.contains("k.toml:5: questions[1].kind: unknown question kind \"matching\" (supported: \"single\", \"multi\", \"true_false\""),
            "{shown}"
        );
        assert!(
            shown.contains("k.toml:10: questions[2].text: must not be empty"),
            "{shown}"
        );
    }

    #[test]
    fn reads_every_kind_with_points_media_and_explanation() {
        let text = include_str!("../../../quizzes/every-kind.toml");
        let quiz = parse(text, "every-kind.toml", "x").unwrap();
        let kinds: Vec<&str> = quiz.questions.iter().map(|q| q.kind.name()).collect();
        assert_eq!(
            kinds,
            [
                "slide",
                "single",
                "multi",
                "true_false",
                "type_answer",
                "slider",
                "ordering",
                "poll",
                "word_cloud"
            ]
        );
        let q = &quiz.questions;
        assert_eq!(
            q[0].kind,
            QuestionKind::Slide {
                body: Some(
                    "Nine questions, one of each kind. Answer fast: speed earns points.".into()
                )
            }
        );
        assert_eq!(
            q[2].kind,
            QuestionKind::Multi {
                answers: vec![
                    "Saturn".into(),
                    "Mars".into(),
                    "Uranus".into(),
                    "Venus".into()
                ],
                correct: vec![0, 2]
            }
        );
        assert_eq!(q[3].kind, QuestionKind::TrueFalse { correct: true });
        assert_eq!(
            q[4].kind,
            QuestionKind::TypeAnswer {
                accepted: vec!["Jupiter".into()],
                typo_tolerance: true
            }
        );
        assert_eq!((q[4].points, q[3].points), (2000, 1000));
        assert_eq!(
            q[5].kind,
            QuestionKind::Slider {
                min: 0.0,
                max: 10.0,
                step: 1.0,
                correct: 2.0,
                tolerance: 0.0,
                unit: None
            }
        );
        assert_eq!(q[5].explanation.as_deref(), Some("Phobos and Deimos."));
        assert_eq!(
            q[6].kind,
            QuestionKind::Ordering {
                items: vec![
                    "Mercury".into(),
                    "Venus".into(),
                    "Earth".into(),
                    "Mars".into()
                ]
            }
        );
        assert_eq!(q[6].time_limit, 30);
        assert_eq!(q[7].kind.answers().len(), 4);
        assert_eq!(q[8].kind, QuestionKind::WordCloud { max_length: 20 });
        let again = parse(&write(&quiz), "again.toml", "x").unwrap();
        assert_eq!(again, quiz);
    }

    #[test]
    fn points_names_media_unit_and_slider_defaults() {
        let text = "title = \"T\"\npoints = \"none\"\n\n[[questions]]\nkind = \"slider\"\ntext = \"How hot?\"\nmin = -10.5\nmax = 40\ncorrect = 21.5\nunit = \"°C\"\nmedia = \"/media/thermometer.png\"\n\n[[questions]]\nkind = \"poll\"\ntext = \"Tea?\"\nanswers = [\"Yes\", \"No\"]\npoints = \"double\"\n";
        let quiz = parse(text, "t.toml", "t").unwrap();
        let q = &quiz.questions[0];
        assert_eq!(
            q.kind,
            QuestionKind::Slider {
                min: -10.5,
                max: 40.0,
                step: 1.0,
                correct: 21.5,
                tolerance: 0.0,
                unit: Some("°C".into())
            }
        );
        assert_eq!(q.points, 0);
        assert_eq!(q.media.as_deref(), Some("/media/thermometer.png"));
        assert_eq!(quiz.questions[1].points, 2000);
        assert_eq!(parse(&write(&quiz), "w.toml", "t").unwrap(), quiz);
    }

    #[test]
    fn wrong_kind_fields_are_located() {
        let text = "title = \"T\"\n\n[[questions]]\ntext = \"A\"\nanswers = [\"x\", \"y\"]\ncorrect = 1\nitems = [\"p\", \"q\"]\n\n[[questions]]\nkind = \"multi\"\ntext = \"B\"\nanswers = [\"x\", \"y\", \"z\"]\ncorrect = [1, 9]\n\n[[questions]]\nkind = \"type_answer\"\ntext = \"C\"\naccepted = \"Paris\"\n\n[[questions]]\nkind = \"single\"\ntext = \"D\"\nanswers = [\"x\", \"y\"]\ncorrect = [1, 2]\n";
        let shown = parse(text, "w.toml", "w").unwrap_err().to_string();
        let lines: Vec<&str> = shown.lines().collect();
        assert_eq!(
            lines,
            [
                "w.toml:7: questions[1].items: `items` does not belong to a single question (it is for ordering; a single question takes answers, correct)",
                "w.toml:13: questions[2].correct: position 9 is out of range (1-3)",
                "w.toml:18: questions[3].accepted: must be a list of texts, not \"Paris\"",
                "w.toml:24: questions[4].correct: a single question has one correct answer; use kind = \"multi\" for several",
            ]
        );
    }
}
