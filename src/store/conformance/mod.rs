//! The `Store` conformance suite: what every relational backend must do,
//! written once as stories and run against each backend by one line.
//! It owns the stories, their quizzes and games, and the `StoreBackend`
//! seam they open a backend through; it must not know any backend's
//! insides (a story sees only `dyn Store`).
//!
//! Adding a backend: implement `StoreBackend` for a type that can give
//! each story a place of its own (a database nobody else uses), open the
//! backend there (again, for a restart) and make its writes fail, then add
//! one line to `tests/store_conformance.rs`:
//!
//! ```text
//! quizbox::store_suite!(postgres, PostgresBackend);
//! ```
//!
//! Each story becomes its own test, `postgres::<story>`, so a failure
//! names the story. A backend whose service is not configured on this
//! machine returns `None` from `place` after printing why (and fails under
//! `CI=true`, where it must run).

mod accounts;
mod assignments;
mod durability;
mod mail;
mod media;
mod privacy;
mod reports;
mod revisions;
mod stories;
mod webhooks;

use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use async_trait::async_trait;

pub use accounts::*;
pub use assignments::*;
pub use durability::*;
pub use mail::*;
pub use media::*;
pub use privacy::*;
pub use reports::*;
pub use revisions::*;
pub use stories::*;
pub use webhooks::*;

use super::{FinishedGame, PlayedQuestion, PlayerOutcome, Store};
use crate::game::AnswerRecord;
use crate::quiz::{AnswerValue, Question, QuestionKind, Quiz};

/// Where a story keeps a backend's data, and how it opens and breaks it.
#[async_trait]
pub trait StoreBackend: Sized + Send + Sync + 'static {
    /// A new, empty place for one story, or `None` (after printing why)
    /// when this machine cannot give one. `breakable`: the story will call
    /// `break_writes`.
    async fn place(breakable: bool) -> Option<Self>;
    /// Opens the backend at this place, as `store::open` does (no
    /// migration). Opened again once every handle of the previous opening
    /// is dropped, it is a restart: only what was committed is there.
    async fn open(&self) -> Arc<dyn Store>;
    /// Makes writes fail the way they fail in production (a full disk, a
    /// database refusing writes) until `mend_writes`.
    async fn break_writes(&self);
    async fn mend_writes(&self);
    /// Whether `Store::write_problem` reports a failed save of results
    /// until a later save of that game succeeds.
    fn reports_write_problems(&self) -> bool {
        true
    }
}

/// Declares one test per `Store` story for a backend:
/// `store_suite!(module_name, BackendType)`.
#[doc(hidden)]
#[macro_export]
macro_rules! store_suite {
    ($name:ident, $backend:ty) => {
        $crate::__conformance_tests!(
            store,
            $name,
            $backend,
            [
                migrations_apply_once_and_the_schema_is_checked,
                quizzes_are_read_back_with_every_field,
                accounts_and_tokens_are_read_back_with_every_field,
                quizzes_belong_to_accounts_and_pass_on,
                finished_games_are_read_back_with_every_answer,
                concurrent_writers_lose_nothing,
                quiz_revisions_guard_replace_and_delete,
                writers_with_the_same_revision_one_wins,
                a_restart_between_write_and_read_keeps_everything,
                a_failing_write_leaves_the_state_before_it,
                media_is_stored_once_and_read_back_byte_for_byte,
                a_failing_media_write_leaves_nothing_behind,
                addresses_invitations_and_links_work_once,
                mail_is_queued_claimed_retried_and_kept_across_a_restart,
                finished_games_are_listed_read_by_quiz_and_deleted,
                webhooks_queue_events_once_and_log_every_attempt,
                old_games_lose_their_players_then_go_whole,
                a_game_saved_again_keeps_what_retention_left,
                an_account_is_exported_and_erased_with_everything_it_owns,
                assignments_keep_players_progress_and_answers,
                racing_steps_of_one_player_write_once,
            ]
        );
    };
}

/// The backend opened and migrated.
async fn migrated<B: StoreBackend>(place: &B) -> Arc<dyn Store> {
    let store = place.open().await;
    store.migrate().await.unwrap();
    store
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

/// The sample quiz with one question of every kind.
pub fn every_kind_quiz() -> Quiz {
    let text = include_str!("../../../quizzes/every-kind.toml");
    crate::quiz::formats::native_toml::parse(text, "every-kind.toml", "every-kind")
        .expect("the every-kind sample parses")
}

/// A small quiz of single-choice questions.
fn quiz(id: &str, title: &str, questions: usize) -> Quiz {
    Quiz {
        rounds: Vec::new(),
        id: id.to_string(),
        title: title.to_string(),
        description: (questions % 2 == 0).then(|| format!("{questions} questions")),
        questions: (0..questions)
            .map(|n| Question {
                text: format!("{title}: question {n}?"),
                kind: QuestionKind::Single {
                    answers: vec!["yes".into(), "no".into(), format!("maybe {n}")],
                    correct: n % 3,
                },
                time_limit: 10 + n as u32,
                points: 1000,
                explanation: Some(format!("because {n}")),
                media: None,
            })
            .collect(),
    }
}

/// One player's answer to one question.
fn answer(player: u32, question: usize, answer: AnswerValue, correct: bool) -> AnswerRecord {
    AnswerRecord {
        player,
        question,
        answer,
        client_id: (player % 2 == 0).then(|| format!("p{player}-q{question}")),
        elapsed_ms: 700 + u64::from(player) * 113 + question as u64,
        time_limit_ms: 20_000 + question as u64 * 1_000,
        correct,
        points: if correct { 950 - player * 10 } else { 0 },
        streak_bonus: if correct && question > 1 { 100 } else { 0 },
    }
}

/// A finished game of `quiz` with three players (a tie at rank 2) and an
/// answer of every shape, ordered as it is read back: players by rank then
/// player, answers by question then player.
pub fn finished_game(id: &str, quiz: &Quiz, ended_at: u64) -> FinishedGame {
    let shapes = [
        AnswerValue::Choice(1),
        AnswerValue::Choices(vec![2, 0]),
        AnswerValue::Number(-12.75),
        AnswerValue::Text("Jüpiter, \"big\"\n".into()),
    ];
    let mut answers = Vec::new();
    for (question, shape) in shapes.iter().enumerate() {
        for player in 1..=3 {
            answers.push(answer(player, question, shape.clone(), player != 2));
        }
    }
    FinishedGame {
        id: id.to_string(),
        pin: "048213".into(),
        quiz_id: quiz.id.clone(),
        quiz_title: quiz.title.clone(),
        question_count: quiz.questions.len() as u32,
        created_at: ended_at - 600_000,
        started_at: Some(ended_at - 540_000),
        ended_at,
        questions: quiz.questions.iter().map(PlayedQuestion::of).collect(),
        players: vec![
            PlayerOutcome {
                player: 3,
                nickname: "Zoë 🚀".into(),
                rank: 1,
                score: 2_870,
                correct: 4,
                team: None,
            },
            PlayerOutcome {
                player: 1,
                nickname: "Ann".into(),
                rank: 2,
                score: 1_900,
                correct: 2,
                team: None,
            },
            PlayerOutcome {
                player: 2,
                nickname: "Bob".into(),
                rank: 2,
                score: 1_900,
                correct: 2,
                team: None,
            },
        ],
        answers,
        players_removed: None,
        totals: Vec::new(),
    }
}
