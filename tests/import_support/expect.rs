//! Expected quizzes and import summaries for the import tests: builders for
//! questions of every kind, and a reader for the located warnings.

use quizbox::quiz::{Question, QuestionKind, Quiz};
use serde_json::Value;

use super::{fixture, quizbox};

pub fn q(
    text: &str,
    answers: &[&str],
    correct: usize,
    time_limit: u32,
    points: u32,
    explanation: Option<&str>,
) -> Question {
    Question {
        text: text.into(),
        kind: QuestionKind::Single {
            answers: answers.iter().map(|a| a.to_string()).collect(),
            correct,
        },
        time_limit,
        points,
        explanation: explanation.map(String::from),
        media: None,
    }
}

/// A question of any kind.
pub fn k(
    text: &str,
    kind: QuestionKind,
    time_limit: u32,
    points: u32,
    explanation: Option<&str>,
) -> Question {
    Question {
        text: text.into(),
        kind,
        time_limit,
        points,
        explanation: explanation.map(String::from),
        media: None,
    }
}

pub fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

pub fn slider(min: f64, max: f64, step: f64, correct: f64, tolerance: f64) -> QuestionKind {
    QuestionKind::Slider {
        min,
        max,
        step,
        correct,
        tolerance,
        unit: None,
    }
}

pub fn quiz(id: &str, title: &str, description: Option<&str>, questions: Vec<Question>) -> Quiz {
    Quiz {
        rounds: Vec::new(),
        id: id.into(),
        title: title.into(),
        description: description.map(String::from),
        questions,
    }
}

/// Imports one fixture with `--json`; returns the data dir and the summary.
pub fn import(path: &str) -> (tempfile::TempDir, Value) {
    let data = tempfile::tempdir().unwrap();
    let file = fixture(path);
    let run = quizbox(data.path(), &["import", "--json", file.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let summary: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(summary["ok"], true);
    assert_eq!(summary["written"], true);
    (data, summary)
}

/// (line, column, field, message) of each warning of the only file.
pub fn warnings(summary: &Value) -> Vec<(u64, u64, String, String)> {
    summary["files"][0]["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| {
            (
                w["line"].as_u64().unwrap_or(0),
                w["column"].as_u64().unwrap_or(0),
                w["field"].as_str().unwrap().to_string(),
                w["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

pub fn skipped(line: u64, column: u64, number: usize, kind: &str) -> (u64, u64, String, String) {
    (
        line,
        column,
        format!("questions[{number}]"),
        format!("question kind {kind} is not supported yet; the question is skipped"),
    )
}
