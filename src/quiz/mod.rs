//! The quiz model: a `Quiz` is a titled list of `Question`s, each of one
//! `QuestionKind`. This module owns validation of the model; parsing of file
//! formats lives in `formats/`, and nothing here knows about games or storage.

pub mod document;
pub mod formats;
mod kind;
pub mod text_match;
mod validate;

pub use kind::*;

use serde::{Deserialize, Serialize};

/// Shortest and longest time a question may run, in seconds.
pub const TIME_LIMIT_RANGE: std::ops::RangeInclusive<u32> = 5..=240;
/// How many answers a single-choice question may offer.
pub const SINGLE_CHOICE_ANSWERS: std::ops::RangeInclusive<usize> = CHOICES;
/// Longest quiz title, in characters. Every text below goes to every
/// phone in a game, so each has a ceiling (docs/formats.md "Limits").
pub const TITLE_MAX: usize = 200;
/// Longest quiz description, question text, explanation and slide body.
pub const LONG_TEXT_MAX: usize = 2_000;
/// Longest answer, ordering item and slider unit.
pub const ANSWER_MAX: usize = 500;
/// Longest media path or address.
pub const MEDIA_MAX: usize = 2_000;
/// Most questions in one quiz.
pub const QUESTIONS_MAX: usize = 500;
/// Most accepted answers of one type-answer question.
pub const ACCEPTED_MAX: usize = 50;
/// The longest text any field of a quiz may hold, in characters.
pub const LONGEST_TEXT: usize = LONG_TEXT_MAX;
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
    /// Named rounds, in order; each runs from its `start` question to the
    /// question before the next round's. Empty: the quiz has no rounds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rounds: Vec<Round>,
}

/// A named part of a quiz, pub-quiz style: a round summary and a break
/// follow its last question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Round {
    /// The round's first question (0-based).
    pub start: usize,
    pub name: String,
}

/// Longest round name, in characters.
pub const ROUND_NAME_MAX: usize = TITLE_MAX;

impl Quiz {
    /// The round question `index` belongs to (questions before the first
    /// round belong to none).
    pub fn round_of(&self, index: usize) -> Option<usize> {
        self.rounds.iter().rposition(|r| r.start <= index)
    }

    /// The round whose first question is `index`.
    pub fn round_starting(&self, index: usize) -> Option<&Round> {
        self.rounds.iter().find(|r| r.start == index)
    }

    /// The questions of round `round`.
    pub fn round_questions(&self, round: usize) -> std::ops::Range<usize> {
        let start = self.rounds.get(round).map_or(0, |r| r.start);
        let end = self
            .rounds
            .get(round + 1)
            .map_or(self.questions.len(), |r| r.start);
        start..end.max(start)
    }

    /// Whether question `index` is the last of a round.
    pub fn ends_round(&self, index: usize) -> bool {
        self.round_of(index)
            .is_some_and(|r| self.round_questions(r).end == index + 1)
    }
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
    /// An image or video shown with the question: a path under `/media/`
    /// (`/media/<sha256>.<ext>` for uploaded media, or a file in the data
    /// directory's `media` folder) or an address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media: Option<String>,
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
