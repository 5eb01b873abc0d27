//! Self-paced assignments in the relational store: the assignment with its
//! own copy of the quiz, each player with their progress, and every answer.
//! The rules (window, timers, scoring) are `game::assignment`'s; this trait
//! stores what they decided, a player's step (new progress and its answer)
//! in one durable write that happens only if the progress is still the one
//! it was computed from.

use async_trait::async_trait;
use serde::Serialize;

use super::Result;
use crate::game::assignment::{Progress, Scored, Window};
use crate::quiz::Quiz;

/// An assignment to publish.
#[derive(Debug, Clone, PartialEq)]
pub struct NewAssignment {
    /// The link's code (`/a/CODE`), unique.
    pub code: String,
    pub quiz: Quiz,
    pub owner: Option<i64>,
    pub opens_at: i64,
    pub closes_at: i64,
    /// What players are asked for instead of a nickname.
    pub identifier: Option<String>,
    pub seed: u64,
    pub streak_bonus: bool,
}

/// A stored assignment.
#[derive(Debug, Clone, PartialEq)]
pub struct Assignment {
    pub code: String,
    /// The quiz as published.
    pub quiz: Quiz,
    pub owner: Option<i64>,
    pub window: Window,
    pub identifier: Option<String>,
    pub seed: u64,
    pub streak_bonus: bool,
    pub created_at: i64,
}

/// An assignment as listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AssignmentSummary {
    pub code: String,
    pub quiz_id: String,
    pub quiz_title: String,
    pub question_count: u32,
    /// The account that published it.
    pub owner: Option<String>,
    pub opens_at: i64,
    pub closes_at: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closed_at: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    pub created_at: i64,
    /// Players who started it.
    #[serde(rename = "player_count")]
    pub players: u32,
    /// Players who answered (or ran out of time on) the last question.
    #[serde(rename = "finished_count")]
    pub finished: u32,
}

/// A player of an assignment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AssignmentPlayer {
    pub id: i64,
    /// Their nickname or the identifier asked for.
    pub name: String,
    pub started_at: i64,
    pub progress: Progress,
}

/// An answer as stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AssignmentAnswer {
    pub player: i64,
    #[serde(flatten)]
    pub scored: Scored,
    pub answered_at: i64,
}

#[async_trait]
pub trait AssignmentStore: Send + Sync {
    /// Stores a new assignment; `Conflict` if its code is taken.
    async fn create_assignment(&self, new: &NewAssignment) -> Result<Assignment>;
    async fn assignment(&self, code: &str) -> Result<Option<Assignment>>;
    /// Assignments newest first: those `owner` published, or all with `None`.
    async fn list_assignments(&self, owner: Option<i64>) -> Result<Vec<AssignmentSummary>>;
    /// Closes it at `at` unless it is closed already; false if there is none.
    async fn close_assignment(&self, code: &str, at: i64) -> Result<bool>;
    /// A new player with fresh progress; `Conflict` if the name is taken
    /// in this assignment, `NotFound` if there is no such assignment.
    async fn join_assignment(
        &self,
        code: &str,
        name: &str,
        token_hash: &str,
        at: i64,
    ) -> Result<AssignmentPlayer>;
    /// The player holding the token (by its hash) in this assignment.
    async fn assignment_player(
        &self,
        code: &str,
        token_hash: &str,
    ) -> Result<Option<AssignmentPlayer>>;
    /// Replaces the player's progress with `new`, and stores `answer` with
    /// it, in one transaction made durable before returning, if their
    /// progress is still `expected`; false (nothing written) otherwise.
    async fn save_progress(
        &self,
        player: i64,
        expected: &Progress,
        new: &Progress,
        answer: Option<&AssignmentAnswer>,
    ) -> Result<bool>;
    /// Every player, in the order they started.
    async fn assignment_players(&self, code: &str) -> Result<Vec<AssignmentPlayer>>;
    /// Every answer, by player and question.
    async fn assignment_answers(&self, code: &str) -> Result<Vec<AssignmentAnswer>>;
}
