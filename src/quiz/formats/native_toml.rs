//! The native TOML quiz format (see docs/formats.md). Parsing keeps source
//! spans so every problem names its line and field.

use serde::Deserialize;
use toml::Spanned;

use super::line_at;
use crate::quiz::{
    slugify, InvalidQuiz, Problem, Question, QuestionKind, Quiz, DEFAULT_POINTS, DEFAULT_TIME_LIMIT,
};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuiz {
    id: Option<String>,
    title: String,
    description: Option<String>,
    time_limit: Option<u32>,
    points: Option<u32>,
    #[serde(default)]
    questions: Vec<Spanned<RawQuestion>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    text: String,
    kind: Option<Spanned<String>>,
    #[serde(default)]
    answers: Vec<String>,
    correct: Option<Spanned<RawCorrect>>,
    time_limit: Option<u32>,
    points: Option<u32>,
    explanation: Option<String>,
}

/// `correct` names the answer by its text, or by its 1-based position.
#[derive(Deserialize)]
#[serde(untagged)]
enum RawCorrect {
    Text(String),
    Position(i64),
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

    let question_lines: Vec<usize> = raw
        .questions
        .iter()
        .map(|q| line_at(text, q.span().start))
        .collect();
    let mut problems = Vec::new();
    let default_time = raw.time_limit.unwrap_or(DEFAULT_TIME_LIMIT);
    let default_points = raw.points.unwrap_or(DEFAULT_POINTS);
    let mut questions = Vec::with_capacity(raw.questions.len());
    for (i, spanned) in raw.questions.into_iter().enumerate() {
        let line = question_lines[i];
        let q = spanned.into_inner();
        let mut problem = |field: &str, message: String, line: usize| {
            problems.push(Problem {
                line: Some(line),
                field: format!("questions[{}].{field}", i + 1),
                message,
            })
        };
        if let Some(kind) = &q.kind {
            if kind.get_ref() != "single" {
                problem(
                    "kind",
                    format!(
                        "unknown question kind {:?} (supported: \"single\")",
                        kind.get_ref()
                    ),
                    line_at(text, kind.span().start),
                );
                // Still validated as a choice question below, so later
                // problems keep their question numbers.
            }
        }
        let correct = match &q.correct {
            None => {
                problem("correct", "missing: name the correct answer".into(), line);
                usize::MAX
            }
            Some(c) => {
                let c_line = line_at(text, c.span().start);
                match c.get_ref() {
                    RawCorrect::Text(t) => match q.answers.iter().position(|a| a == t) {
                        Some(i) => i,
                        None => {
                            problem(
                                "correct",
                                format!("{t:?} is not one of the answers"),
                                c_line,
                            );
                            usize::MAX
                        }
                    },
                    RawCorrect::Position(p) if *p >= 1 && (*p as usize) <= q.answers.len() => {
                        *p as usize - 1
                    }
                    RawCorrect::Position(p) => {
                        problem(
                            "correct",
                            format!("position {p} is out of range (1-{})", q.answers.len()),
                            c_line,
                        );
                        usize::MAX
                    }
                }
            }
        };
        questions.push(Question {
            text: q.text,
            kind: QuestionKind::Single {
                answers: q.answers,
                correct,
            },
            time_limit: q.time_limit.unwrap_or(default_time),
            points: q.points.unwrap_or(default_points),
            explanation: q.explanation.filter(|e| !e.trim().is_empty()),
            media: None,
        });
    }
    let quiz = Quiz {
        id: raw.id.unwrap_or_else(|| slugify(fallback_id)),
        title: raw.title,
        description: raw.description.filter(|d| !d.trim().is_empty()),
        questions,
    };
    // Problems already reported for `correct` would be reported again by the
    // shared validation; keep the more precise ones.
    let reported: std::collections::HashSet<String> =
        problems.iter().map(|p| p.field.clone()).collect();
    let line_of = |q: Option<usize>| q.map(|i| question_lines[i]).or(Some(1));
    problems.extend(
        quiz.validate(&line_of)
            .into_iter()
            .filter(|p| !reported.contains(&p.field)),
    );
    if problems.is_empty() {
        Ok(quiz)
    } else {
        problems.sort_by_key(|p| p.line);
        Err(invalid(problems))
    }
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
    for q in &quiz.questions {
        out.push_str(&format!("\n[[questions]]\ntext = {}\n", s(&q.text)));
        if let QuestionKind::Single { answers, correct } = &q.kind {
            let list: Vec<String> = answers.iter().map(|a| s(a)).collect();
            out.push_str(&format!("answers = [{}]\n", list.join(", ")));
            out.push_str(&format!("correct = {}\n", correct + 1));
        }
        out.push_str(&format!(
            "time_limit = {}\npoints = {}\n",
            q.time_limit, q.points
        ));
        if let Some(e) = &q.explanation {
            out.push_str(&format!("explanation = {}\n", s(e)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(text.contains("bad.toml:3: questions[1].answers: a single-choice question needs 2-6 answers (found 1)"), "{text}");
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
        assert_eq!(err.problems[0].line, Some(4), "{err}");
        assert!(err.problems[0].message.contains("colour"), "{err}");
        let err = parse("title = \"T\n", "y.toml", "y").unwrap_err();
        assert_eq!(err.problems[0].line, Some(1), "{err}");
    }

    #[test]
    fn an_unknown_kind_does_not_shift_later_question_numbers() {
        let text = "title = \"T\"\n\n[[questions]]\ntext = \"A\"\nkind = \"slider\"\nanswers = [\"x\", \"y\"]\ncorrect = 1\n\n[[questions]]\ntext = \" \"\nanswers = [\"x\", \"y\"]\ncorrect = 1\n";
        let err = parse(text, "k.toml", "k").unwrap_err();
        let shown = err.to_string();
        assert!(
            shown.contains("k.toml:5: questions[1].kind: unknown question kind \"slider\""),
            "{shown}"
        );
        assert!(
            shown.contains("k.toml:9: questions[2].text: must not be empty"),
            "{shown}"
        );
    }
}
