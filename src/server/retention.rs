//! The retention job: inside the server, at start and then every
//! `retention.every_minutes`, it removes whole finished games older than
//! `retention.games_days`, then the players' nicknames and answers of
//! finished games older than `retention.answers_days` (keeping the games'
//! per-question totals), each in batches of one transaction, and then
//! checkpoints the database so the removed rows leave its files. Nothing
//! runs when both are 0. What to remove is the store's (`store::Privacy`);
//! this module only decides when, and tells the log and `/metrics`.

use std::sync::Arc;
use std::time::Duration;

use crate::config::RetentionSettings;
use crate::store::{Store, StoreError};

use super::metrics::Metrics;

/// Games per transaction at most; the store takes fewer when they hold
/// many answers, so a save of results waits at most a moment behind one.
pub const BATCH: usize = 100;

const DAY_MS: u64 = 86_400_000;

/// What one run removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Removed {
    /// Games removed whole.
    pub games: usize,
    /// Games whose players' nicknames and answers were removed.
    pub players_of: usize,
    /// Whether the database's write-ahead log was emptied afterwards
    /// (`true` when nothing was removed).
    pub checkpointed: bool,
}

/// One run at `now` (Unix ms).
pub async fn run_once(
    store: &dyn Store,
    settings: &RetentionSettings,
    now: u64,
) -> Result<Removed, StoreError> {
    let mut removed = Removed {
        checkpointed: true,
        ..Removed::default()
    };
    // Games first: a game removed whole needs no answers removed.
    if settings.games_days > 0 {
        let before = now.saturating_sub(u64::from(settings.games_days) * DAY_MS);
        loop {
            let n = store.remove_games(before, BATCH).await?;
            removed.games += n;
            if n == 0 {
                break;
            }
            tokio::task::yield_now().await;
        }
    }
    if settings.answers_days > 0 {
        let before = now.saturating_sub(u64::from(settings.answers_days) * DAY_MS);
        loop {
            let n = store.remove_player_data(before, now, BATCH).await?;
            removed.players_of += n;
            if n == 0 {
                break;
            }
            tokio::task::yield_now().await;
        }
    }
    if removed.games + removed.players_of > 0 {
        removed.checkpointed = store.checkpoint().await?;
    }
    Ok(removed)
}

/// Starts the job when retention is on; it runs until aborted.
pub fn spawn(
    store: Arc<dyn Store>,
    settings: RetentionSettings,
    metrics: Arc<Metrics>,
) -> Option<tokio::task::JoinHandle<()>> {
    if !settings.enabled() {
        return None;
    }
    let every = Duration::from_secs(u64::from(settings.every_minutes) * 60);
    Some(tokio::spawn(async move {
        loop {
            match run_once(store.as_ref(), &settings, super::now_ms()).await {
                Ok(removed) => {
                    metrics.retention_games.add(removed.games as u64);
                    metrics.retention_players.add(removed.players_of as u64);
                    if removed.games + removed.players_of > 0 {
                        tracing::info!(
                            games_removed = removed.games,
                            games_without_players = removed.players_of,
                            checkpointed = removed.checkpointed,
                            "retention: old games and answers removed"
                        );
                    } else {
                        tracing::debug!("retention: nothing old enough to remove");
                    }
                }
                Err(e) => {
                    tracing::warn!("retention: removing old games failed, tried again later: {e}")
                }
            }
            tokio::time::sleep(every).await;
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::conformance::{every_kind_quiz, finished_game};

    /// More old games than one batch holds: every batch is taken, recent
    /// games are left, and a second run finds nothing.
    #[tokio::test]
    async fn a_run_takes_every_batch_and_leaves_recent_games() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("quizbox.db");
        let store = crate::store::open(path.to_str().unwrap()).await.unwrap();
        store.migrate().await.unwrap();
        let now = 1_800_000_000_000;
        let quiz = every_kind_quiz();
        let (whole, answers) = (BATCH + 3, BATCH + 1);
        for i in 0..whole + answers + 2 {
            let age = match i {
                i if i < whole => 400,
                i if i < whole + answers => 40,
                _ => 1,
            };
            let game = finished_game(&format!("g{i}"), &quiz, now - age * DAY_MS);
            store.save_finished_game(Arc::new(game)).await.unwrap();
        }
        let settings = RetentionSettings {
            answers_days: 30,
            games_days: 365,
            every_minutes: 60,
        };
        let removed = run_once(store.as_ref(), &settings, now).await.unwrap();
        assert_eq!(
            removed,
            Removed {
                games: whole,
                players_of: answers,
                checkpointed: true
            }
        );
        assert!(store.finished_game("g0").await.unwrap().is_none());
        let last = whole + answers + 1;
        let recent = store.finished_game(&format!("g{last}")).await.unwrap();
        assert_eq!(recent.unwrap().players.len(), 3);
        let again = run_once(store.as_ref(), &settings, now).await.unwrap();
        assert_eq!(
            (again.games, again.players_of, again.checkpointed),
            (0, 0, true)
        );
        // Off: nothing is removed whatever the age.
        let off = RetentionSettings {
            answers_days: 0,
            games_days: 0,
            every_minutes: 60,
        };
        assert!(!off.enabled());
        assert_eq!(
            run_once(store.as_ref(), &off, now + 1000 * DAY_MS)
                .await
                .unwrap()
                .games,
            0
        );
    }
}
