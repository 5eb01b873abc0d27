//! The `Live` conformance suite: what every live-state backend must do,
//! written once as stories and run against each backend by one line.
//! It owns the stories and the `LiveBackend` seam they open a backend
//! through; it must not know any backend's insides (a story sees only
//! `dyn Live`).
//!
//! Adding a backend: implement `LiveBackend` for a type that can give each
//! story a place of its own, open the backend there (again, for a restart)
//! and make its writes fail, then add one line to
//! `tests/live_conformance.rs`:
//!
//! ```text
//! quizbox::live_suite!(redis, RedisBackend);
//! ```
//!
//! Each story becomes its own test, `redis::<story>`, so a failure names
//! the story. A backend whose service is not configured on this machine
//! returns `None` from `place` after printing why (and fails under
//! `CI=true`, where it must run).

mod stories;

use std::sync::Arc;

use async_trait::async_trait;

pub use stories::*;

use super::{Live, LogEntry};
use crate::game::{HostCommand, Input};
use crate::quiz::AnswerValue;

/// Where a story keeps a backend's data, and how it opens and breaks it.
#[async_trait]
pub trait LiveBackend: Sized + Send + Sync + 'static {
    /// A new, empty place for one story, or `None` (after printing why)
    /// when this machine cannot give one. `breakable`: the story will call
    /// `break_writes`.
    async fn place(breakable: bool) -> Option<Self>;
    /// Opens the backend at this place. Opened again once every handle of
    /// the previous opening is dropped, it is a restart: only what the
    /// backend made durable is there.
    async fn open(&self) -> Arc<dyn Live>;
    /// Makes writes fail the way they fail in production (a full disk, a
    /// service refusing writes) until `mend_writes`. Writes that need no
    /// new room may still succeed; the stories allow for it.
    async fn break_writes(&self);
    async fn mend_writes(&self);
    /// Whether `Live::write_problem` reports a failed write until a later
    /// write succeeds.
    fn reports_write_problems(&self) -> bool {
        true
    }
}

/// Declares one test per `Live` story for a backend:
/// `live_suite!(module_name, BackendType)`.
#[doc(hidden)]
#[macro_export]
macro_rules! live_suite {
    ($name:ident, $backend:ty) => {
        $crate::__conformance_tests!(
            live,
            $name,
            $backend,
            [
                snapshots_are_read_back_replaced_and_removed,
                log_entries_of_every_kind_are_read_back_in_order,
                answers_are_kept_per_question_and_replaced,
                damaged_games_are_set_aside_with_their_reason,
                changed_at_follows_the_latest_write,
                concurrent_writers_lose_nothing_and_numbers_never_repeat,
                a_restart_between_write_and_read_keeps_everything,
                a_failing_write_leaves_the_state_before_it,
            ]
        );
    };
}

/// One `#[tokio::test]` per story of `$crate::$suite::conformance`, in a
/// module named after the backend.
#[doc(hidden)]
#[macro_export]
macro_rules! __conformance_tests {
    ($suite:ident, $name:ident, $backend:ty, [$($story:ident),* $(,)?]) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $story() {
                    $crate::$suite::conformance::$story::<$backend>().await
                }
            )*
        }
    };
}

/// A join, as the actor logs it.
fn join(at: u64, nickname: &str) -> LogEntry {
    LogEntry::Join {
        at,
        nickname: nickname.to_string(),
        token: format!("token-of-{nickname}"),
    }
}

fn input(at: u64, input: Input) -> LogEntry {
    LogEntry::Input { at, input }
}

/// One entry of every kind the actor logs, with every shape of answer and
/// every host command that carries a value.
fn every_kind_of_entry() -> Vec<LogEntry> {
    let answer = |player, question, answer, id: Option<&str>| Input::Answer {
        player,
        question,
        answer,
        id: id.map(str::to_string),
    };
    vec![
        join(1_764_000_000_000, "Zoë 🚀"),
        join(1_764_000_000_050, "Ann"),
        input(1_764_000_000_100, Input::Host(HostCommand::Start)),
        input(1_764_000_000_200, Input::Connected { player: 2 }),
        input(
            1_764_000_001_000,
            answer(1, 0, AnswerValue::Choice(1), Some("p1-q0")),
        ),
        input(
            1_764_000_001_001,
            answer(2, 1, AnswerValue::Choices(vec![2, 0]), None),
        ),
        input(
            1_764_000_001_002,
            answer(1, 4, AnswerValue::Number(-12.75), Some("p1-q4")),
        ),
        input(
            1_764_000_001_003,
            answer(2, 3, AnswerValue::Text("Jüpiter, \"big\"\n".into()), None),
        ),
        input(1_764_000_002_000, Input::Disconnected { player: 2 }),
        input(
            1_764_000_002_001,
            Input::Host(HostCommand::Extend { seconds: 15 }),
        ),
        input(
            1_764_000_002_002,
            Input::Host(HostCommand::KickMatching {
                pattern: "bad word".into(),
            }),
        ),
        input(
            1_764_000_002_003,
            Input::Host(HostCommand::Hide {
                entry: "rude".into(),
            }),
        ),
        input(1_764_000_003_000, Input::Tick),
        LogEntry::Closed {
            at: 1_764_000_003_001,
        },
        input(1_764_000_004_000, Input::Host(HostCommand::End)),
    ]
}

/// `n` distinct joins, numbered from `from`.
fn joins(prefix: &str, from: u64, n: u64) -> Vec<LogEntry> {
    (from..from + n)
        .map(|i| join(i, &format!("{prefix}-{i}")))
        .collect()
}

/// The whole log of a game, numbers and entries.
async fn whole_log(live: &dyn Live, game: &str) -> Vec<(u64, LogEntry)> {
    live.log_since(game, 0).await.unwrap()
}

/// Asserts the log holds exactly `expected`, numbered from 1 without gaps.
async fn assert_log(live: &dyn Live, game: &str, expected: &[LogEntry]) {
    let log = whole_log(live, game).await;
    let numbers: Vec<u64> = log.iter().map(|(n, _)| *n).collect();
    let wanted: Vec<u64> = (1..=expected.len() as u64).collect();
    assert_eq!(numbers, wanted, "sequence numbers of game {game}");
    let entries: Vec<LogEntry> = log.into_iter().map(|(_, e)| e).collect();
    assert_eq!(entries, expected, "entries of game {game}");
}
