//! Rahoot quiz JSON: `{subject, questions: [{question, answers, solution |
//! solutions, time, cooldown, image, …}]}`. `subject` is the title, `time`
//! the time limit; `solution` (or a one-element `solutions`) is the 0-based
//! right answer; several `solutions` make a multi-select question. An
//! `image` or `video` address becomes the question's media; other media and
//! unknown keys are reported. `cooldown` has no per-question equivalent
//! (games choose their intro time) and is dropped as documented.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;

use super::draft::{DraftKind, DraftQuestion, DraftQuiz, REPORTED};
use super::json_locate::Locations;
use super::native_json::json_error;
use super::{Diagnostic, Outcome};

#[derive(Deserialize)]
struct RawQuiz {
    subject: String,
    questions: Vec<RawQuestion>,
    #[serde(flatten)]
    other: BTreeMap<String, Value>,
}

#[derive(Deserialize)]
struct RawQuestion {
    question: String,
    answers: Vec<String>,
    solution: Option<i64>,
    solutions: Option<Vec<i64>>,
    time: Option<u32>,
    #[allow(dead_code)]
    cooldown: Option<u32>,
    #[serde(flatten)]
    other: BTreeMap<String, Value>,
}

pub fn parse(text: &str, stem: &str) -> Outcome {
    let raw: RawQuiz = match serde_json::from_str(text) {
        Ok(r) => r,
        Err(e) => return Outcome::failed(json_error(text, &e)),
    };
    let found = Locations::scan(text);
    let mut out = Outcome::default();
    for key in raw.other.keys() {
        out.warn(Diagnostic::new(
            Some(1),
            key.clone(),
            "unknown key; ignored",
        ));
    }
    let mut questions = Vec::with_capacity(raw.questions.len());
    let lines = super::Lines::new(text);
    for (i, q) in raw.questions.into_iter().enumerate() {
        let number = i + 1;
        let (line, column) = found
            .offset(&format!("questions[{i}]"))
            .map(|o| lines.line_col(o))
            .unzip();
        let at = |field: &str, message: String| Diagnostic {
            line,
            column,
            field: format!("questions[{number}].{field}"),
            message,
        };
        let mut media = None;
        for (key, value) in q.other.iter() {
            match (key.as_str(), value) {
                ("image" | "video", Value::String(address))
                    if media.is_none() && is_media_address(address) =>
                {
                    media = Some(address.trim().to_string());
                }
                ("image" | "video" | "audio", _) => out.warn(at(
                    key,
                    format!("{key} is not imported; the question keeps its text only"),
                )),
                _ => out.warn(at(key, "unknown key; ignored".into())),
            }
        }
        let solutions = match (q.solution, q.solutions) {
            (Some(one), None) => vec![one],
            (None, Some(list)) if list.is_empty() => {
                out.error(at(
                    "solutions",
                    "is empty: give the 0-based index of the right answer".into(),
                ));
                vec![]
            }
            (None, Some(list)) => list,
            (Some(_), Some(_)) => {
                out.error(at(
                    "solutions",
                    "give `solution` or `solutions`, not both".into(),
                ));
                vec![]
            }
            (None, None) => {
                out.error(at(
                    "solution",
                    "missing: give the 0-based index of the right answer".into(),
                ));
                vec![]
            }
        };
        let mut correct = Vec::with_capacity(solutions.len());
        for &s in &solutions {
            if s >= 0 && (s as usize) < q.answers.len() {
                correct.push(s as usize);
            } else {
                out.error(at(
                    "solution",
                    format!(
                        "{s} is not an answer index (0-{})",
                        q.answers.len().saturating_sub(1)
                    ),
                ));
                correct = vec![REPORTED];
                break;
            }
        }
        if correct.is_empty() {
            correct.push(REPORTED);
        }
        questions.push(DraftQuestion {
            number,
            line,
            column,
            text: q.question,
            kind: if solutions.len() > 1 {
                DraftKind::Multi
            } else {
                DraftKind::Single
            },
            answers: q.answers,
            correct,
            time_limit: q.time,
            media,
            ..DraftQuestion::default()
        });
    }
    DraftQuiz {
        title: raw.subject,
        line: Some(1),
        questions,
        ..DraftQuiz::default()
    }
    .finish(stem, &mut out);
    out
}

/// An address a page can show: a web address or a file under `/media/`.
fn is_media_address(address: &str) -> bool {
    let a = address.trim();
    a.starts_with("https://") || a.starts_with("http://") || a.starts_with("/media/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_subject_time_and_solution() {
        let text = r#"{"subject": "Example", "questions": [
  {"question": "Good answer?", "answers": ["No", "Yes"], "solution": 1, "cooldown": 5, "time": 15},
  {"question": "Two?", "answers": ["a", "b", "c"], "solutions": [0, 2], "time": 20},
  {"question": "Picture?", "answers": ["a", "b"], "solutions": [0], "image": "x.png", "time": 20},
  {"question": "Online?", "answers": ["a", "b"], "solution": 1, "image": "https://example.org/a.png"}
]}"#;
        let out = parse(text, "ex");
        assert!(out.errors.is_empty(), "{:?}", out.errors);
        let quiz = &out.quizzes[0];
        assert_eq!((quiz.id.as_str(), quiz.title.as_str()), ("ex", "Example"));
        assert_eq!(quiz.questions.len(), 4);
        assert_eq!(quiz.questions[0].time_limit, 15);
        assert_eq!(quiz.questions[0].kind.correct_choices(), vec![1]);
        assert_eq!(quiz.questions[1].kind.name(), "multi");
        assert_eq!(quiz.questions[1].kind.correct_choices(), vec![0, 2]);
        assert_eq!(quiz.questions[2].media, None);
        assert_eq!(
            quiz.questions[3].media.as_deref(),
            Some("https://example.org/a.png")
        );
        let lines: Vec<_> = out
            .warnings
            .iter()
            .map(|w| (w.line, w.field.clone()))
            .collect();
        assert_eq!(lines, vec![(Some(4), "questions[3].image".to_string())]);
    }

    #[test]
    fn an_empty_solutions_list_is_an_error() {
        let text = r#"{"subject": "S", "questions": [
  {"question": "None?", "answers": ["a", "b"], "solutions": []}
]}"#;
        let out = super::super::parse(super::super::Format::Rahoot, text.as_bytes(), "s");
        assert!(out.quizzes.is_empty());
        let shown: Vec<String> = out.errors.iter().map(|d| d.render("s.json")).collect();
        assert_eq!(
            shown,
            vec!["s.json:2:3: questions[1].solutions: is empty: give the 0-based index of the right answer"]
        );
    }
}
