//! The quiz model: a `Quiz` is a titled list of `Question`s, each of one
//! `QuestionKind`. This module owns validation of the model; parsing of file
//! formats lives in `formats/`, and nothing here knows about games or storage.

pub mod formats;

use serde::{Deserialize, Serialize};

/// Shortest and longest time a question may run, in seconds.
pub const TIME_LIMIT_RANGE: std::ops::RangeInclusive<u32> = 5..=240;
/// How many answers a single-choice question may offer.
pub const SINGLE_CHOICE_ANSWERS: std::ops::RangeInclusive<usize> = 2..=6;
/// Default seconds per question when a quiz says nothing.
pub const DEFAULT_TIME_LIMIT: u32 = 20;
/// Default points per question when a quiz says nothing (Kahoot's "standard").
pub const DEFAULT_POINTS: u32 = 1000;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quiz {
    /// Stable slug; re-importing a quiz with the same id replaces it.
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub text: String,
    #[serde(flatten)]
    pub kind: QuestionKind,
    /// Seconds players have to answer.
    pub time_limit: u32,
    /// Points for a correct answer given instantly (0 makes the question unscored).
    pub points: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
}

/// Every kind of question, with its own answer check. Adding a kind means
/// adding a variant here and its arms in `judge`, `choice_count` and
/// `correct_choices`; the engine and the wire protocol go through these.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum QuestionKind {
    /// Pick exactly one of 2–6 answers.
    Single {
        answers: Vec<String>,
        correct: usize,
    },
}

/// What a player sent as their answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum AnswerValue {
    /// Index of the chosen answer (single choice).
    Choice(usize),
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    #[error("answer {0} does not exist for this question")]
    NoSuchChoice(usize),
}

impl QuestionKind {
    /// Answer texts the players choose between (empty for kinds without choices).
    pub fn answers(&self) -> &[String] {
        match self {
            QuestionKind::Single { answers, .. } => answers,
        }
    }

    /// Indices of the correct choices, revealed only after answering closes.
    pub fn correct_choices(&self) -> Vec<usize> {
        match self {
            QuestionKind::Single { correct, .. } => vec![*correct],
        }
    }

    /// Checks an answer: `Ok(fraction)` of the question's credit it earns
    /// (1.0 correct, 0.0 wrong), or why it is not a valid answer at all.
    pub fn judge(&self, answer: &AnswerValue) -> Result<f64, AnswerError> {
        match (self, answer) {
            (QuestionKind::Single { answers, correct }, AnswerValue::Choice(i)) => {
                if *i >= answers.len() {
                    return Err(AnswerError::NoSuchChoice(*i));
                }
                Ok(if i == correct { 1.0 } else { 0.0 })
            }
        }
    }

    /// Which bucket an answer counts in for the reveal's distribution.
    pub fn bucket(&self, answer: &AnswerValue) -> Option<usize> {
        match answer {
            AnswerValue::Choice(i) => Some(*i),
        }
    }

    pub fn name(&self) -> &'static str {
        match self {
            QuestionKind::Single { .. } => "single",
        }
    }
}

/// One problem found while validating a quiz, located as precisely as the
/// source allows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// 1-based line in the source file, when known.
    pub line: Option<usize>,
    /// Dotted path of the field, e.g. `questions[3].answers`.
    pub field: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}: {}: {}", self.field, self.message),
            None => write!(f, "{}: {}", self.field, self.message),
        }
    }
}

/// A quiz that failed to load, with every problem found (not just the first).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", render_problems(.source_name, .problems))]
pub struct InvalidQuiz {
    pub source_name: String,
    pub problems: Vec<Problem>,
}

fn render_problems(source: &str, problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| match p.line {
            Some(line) => format!("{source}:{line}: {}: {}", p.field, p.message),
            None => format!("{source}: {}: {}", p.field, p.message),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// True when `id` is a usable slug: 1–64 of `a-z`, `0-9` and inner `-`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

/// Turns a title or file name into a slug usable as a quiz id.
pub fn slugify(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug.truncate(64);
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.is_empty() {
        slug.push_str("quiz");
    }
    slug
}

impl Quiz {
    /// Checks the rules every quiz must satisfy whatever format it came from.
    /// `line_of(question_index)` lets a format attach source lines.
    pub fn validate(&self, line_of: &dyn Fn(Option<usize>) -> Option<usize>) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut push = |q: Option<usize>, field: String, message: String| {
            problems.push(Problem {
                line: line_of(q),
                field,
                message,
            })
        };
        if !is_valid_id(&self.id) {
            push(
                None,
                "id".into(),
                format!(
                    "{:?} is not a valid id (use 1-64 lowercase letters, digits and '-')",
                    self.id
                ),
            );
        }
        if self.title.trim().is_empty() {
            push(None, "title".into(), "must not be empty".into());
        }
        if self.questions.is_empty() {
            push(
                None,
                "questions".into(),
                "a quiz needs at least one question".into(),
            );
        }
        for (i, q) in self.questions.iter().enumerate() {
            let at = |f: &str| format!("questions[{}].{f}", i + 1);
            if q.text.trim().is_empty() {
                push(Some(i), at("text"), "must not be empty".into());
            }
            if !TIME_LIMIT_RANGE.contains(&q.time_limit) {
                push(
                    Some(i),
                    at("time_limit"),
                    format!(
                        "{} s is out of range ({}-{} s)",
                        q.time_limit,
                        TIME_LIMIT_RANGE.start(),
                        TIME_LIMIT_RANGE.end()
                    ),
                );
            }
            match &q.kind {
                QuestionKind::Single { answers, correct } => {
                    if !SINGLE_CHOICE_ANSWERS.contains(&answers.len()) {
                        push(
                            Some(i),
                            at("answers"),
                            format!(
                                "a single-choice question needs {}-{} answers (found {})",
                                SINGLE_CHOICE_ANSWERS.start(),
                                SINGLE_CHOICE_ANSWERS.end(),
                                answers.len()
                            ),
                        );
                    }
                    for (j, a) in answers.iter().enumerate() {
                        if a.trim().is_empty() {
                            push(
                                Some(i),
                                at(&format!("answers[{}]", j + 1)),
                                "must not be empty".into(),
                            );
                        } else if answers[..j].contains(a) {
                            push(
                                Some(i),
                                at("answers"),
                                format!("answer {a:?} appears twice"),
                            );
                        }
                    }
                    if *correct >= answers.len() {
                        push(
                            Some(i),
                            at("correct"),
                            "must name one of the answers".into(),
                        );
                    }
                }
            }
        }
        problems
    }
}
