//! Reports over finished games: what each question and each player did in
//! one game (`Report::from_finished`), how each question of a quiz fared
//! across its games (`QuizReport`), and the downloads (`write`: CSV, JSON,
//! xlsx). Pure: it reads a `FinishedGame` and returns values and bytes; it
//! never touches storage, the network or the clock.
//!
//! The rules, also stated in docs/reports.md:
//! - accuracy is correct answers over answers given; `None` for unscored
//!   kinds (poll, word cloud, slide) and for a question nobody answered;
//! - a question is difficult when its accuracy is below 0.5;
//! - average times are rounded to the nearest millisecond, and the median
//!   of an even number of times is the mean of the middle two, rounded down;
//! - participation is answers given over players × answerable questions
//!   (all but slides), completion the share of players who answered every
//!   answerable question;
//! - a streak counts correct answers in a row over scored questions worth
//!   points, as the game counted them.

mod build;
mod csv;
mod quiz;
mod xlsx;

use serde::{Deserialize, Serialize};

pub use quiz::{QuizQuestion, QuizReport};

/// One finished game, question by question and player by player.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub game: GameInfo,
    pub questions: Vec<QuestionReport>,
    /// Best first, as ranked at the end.
    pub players: Vec<PlayerReport>,
    /// Team mode: the teams best first (each player's team is in `players`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub teams: Vec<crate::store::TeamOutcome>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GameInfo {
    pub id: String,
    pub pin: String,
    pub quiz_id: String,
    pub quiz_title: String,
    /// Unix ms.
    pub created_at: u64,
    pub started_at: Option<u64>,
    pub ended_at: u64,
    pub players: u32,
    pub questions: u32,
    /// Answers given over players × answerable questions, 0 to 1.
    pub participation: f64,
    /// Share of players who answered every answerable question, 0 to 1.
    pub completion: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionReport {
    /// Position in the game, from 0 (`answers[].question` names it).
    pub index: usize,
    pub text: String,
    pub kind: String,
    pub choices: Vec<String>,
    pub correct_text: Vec<String>,
    pub answered: u32,
    pub correct: u32,
    /// `correct / answered`; `None` when unscored or nobody answered.
    pub accuracy: Option<f64>,
    /// Each choice with how many picked it (choice kinds, in their order),
    /// or each different answer given, most given first.
    pub distribution: Vec<AnswerCount>,
    pub avg_ms: Option<u64>,
    pub median_ms: Option<u64>,
    /// Accuracy below 0.5.
    pub difficult: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerCount {
    pub answer: String,
    pub count: u32,
    pub correct: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlayerReport {
    pub player: u32,
    pub nickname: String,
    pub rank: u32,
    pub score: u64,
    pub correct: u32,
    pub answered: u32,
    pub avg_ms: Option<u64>,
    pub best_streak: u32,
    /// The player's total after each question.
    pub scores: Vec<u64>,
    /// One per question: what the player answered, or `None`.
    pub answers: Vec<Option<PlayerAnswer>>,
    /// Team mode: the team the player played for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlayerAnswer {
    pub question: usize,
    /// As players read it: the choice's text, ticked choices joined by
    /// ", ", an ordering's items joined by " > ", the typed text, the number.
    pub answer: String,
    pub correct: bool,
    /// Points earned, streak bonus included.
    pub points: u32,
    pub elapsed_ms: u64,
}

/// What a report can be downloaded as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// One row per player and question, with a header; a team game adds
    /// each player's team and the team standings.
    Csv,
    /// The report as the API gives it.
    Json,
    /// A workbook: Summary, Questions, Players and Answers sheets, and
    /// Teams in a team game.
    Xlsx,
}

impl ReportFormat {
    pub const ALL: [ReportFormat; 3] = [ReportFormat::Csv, ReportFormat::Json, ReportFormat::Xlsx];

    pub fn extension(self) -> &'static str {
        match self {
            ReportFormat::Csv => "csv",
            ReportFormat::Json => "json",
            ReportFormat::Xlsx => "xlsx",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            ReportFormat::Csv => "text/csv; charset=utf-8",
            ReportFormat::Json => "application/json",
            ReportFormat::Xlsx => {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
        }
    }

    /// The format a file extension names.
    pub fn from_extension(ext: &str) -> Option<ReportFormat> {
        ReportFormat::ALL
            .into_iter()
            .find(|f| f.extension().eq_ignore_ascii_case(ext))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("cannot write the report as {format}: {message}")]
    Write {
        format: &'static str,
        message: String,
    },
}

/// The report as a file of `format`.
pub fn write(report: &Report, format: ReportFormat) -> Result<Vec<u8>, ReportError> {
    let failed = |message: String| ReportError::Write {
        format: format.extension(),
        message,
    };
    match format {
        ReportFormat::Csv => csv::write(report).map_err(|e| failed(e.to_string())),
        ReportFormat::Json => {
            let mut bytes = serde_json::to_vec_pretty(report).map_err(|e| failed(e.to_string()))?;
            bytes.push(b'\n');
            Ok(bytes)
        }
        ReportFormat::Xlsx => xlsx::write(report).map_err(|e| failed(e.to_string())),
    }
}

impl Report {
    /// Whether the game was played in teams: its downloads then carry each
    /// player's team and the team standings.
    pub fn has_teams(&self) -> bool {
        !self.teams.is_empty() || self.players.iter().any(|p| p.team.is_some())
    }

    /// The download's file name: `<quiz-id>-<YYYY-MM-DD>-<game>.<ext>`,
    /// dated by the game's end (UTC), with anything but letters, digits,
    /// `.`, `_` and `-` replaced so it is safe in a header and a path.
    pub fn file_name(&self, format: ReportFormat) -> String {
        let (year, month, day, ..) = crate::clock::utc_parts((self.game.ended_at / 1000) as i64);
        let safe = |s: &str| -> String {
            s.chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
                        c
                    } else {
                        '_'
                    }
                })
                .collect()
        };
        format!(
            "{}-{year:04}-{month:02}-{day:02}-{}.{}",
            safe(&self.game.quiz_id),
            safe(&self.game.id),
            format.extension()
        )
    }
}

/// A text cell of a download: one apostrophe before a text a spreadsheet
/// would take for a formula, the rule quiz CSV exports follow too.
pub(crate) fn cell_text(text: &str) -> String {
    crate::quiz::formats::csv_formula::guarded(text)
}

/// A Unix-ms time as `YYYY-MM-DD HH:MM:SS` (UTC).
pub(crate) fn utc_text(ms: u64) -> String {
    let (y, mo, d, h, mi, s) = crate::clock::utc_parts((ms / 1000) as i64);
    format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02}")
}

#[cfg(test)]
mod tests;
