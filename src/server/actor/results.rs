//! Saving a finished game's results to the relational store, and what
//! happens when it cannot: the results are kept in the game's live files,
//! which stay until they are stored; the save is retried with backoff while
//! the game is up (host and screen are told why, `/readyz` answers 503), and
//! a game restarted before they were stored stores them. Saving twice
//! replaces the first save, so no answer is counted twice. Once they are
//! stored, the host's report mail is handed to `notify::mail` by game id
//! (it queues in a task of its own; the game never waits for mail).

use super::storage::next_backoff;
use super::*;

impl GameActor {
    /// Saves the results if they are due and their retry is. The game goes
    /// on meanwhile: nothing is acknowledged by this save.
    pub(super) async fn save_results_if_due(&mut self) {
        if !self.storage.results_due {
            return;
        }
        let retry_due = self
            .storage
            .results
            .as_ref()
            .is_none_or(|f| Instant::now() >= f.retry_at);
        if !retry_due {
            return;
        }
        // Only the node holding the game's lease saves it: one that lost it
        // (stalled past its lease) stops here, and the new owner saves.
        if let Err(crate::live::LiveError::Stale(e)) = self.live.check_fence(&self.game.id).await {
            tracing::warn!(game = %self.game.id, "results not saved, another node owns the game now: {e}");
            self.lease_lost = true;
            return;
        }
        match self.save_results().await {
            Ok(()) => {
                self.storage.results_due = false;
                if self.storage.results.take().is_some() {
                    tracing::info!(game = %self.game.id, "results saved after all");
                    self.storage_changed();
                }
            }
            Err(e) => {
                let backoff = next_backoff(self.storage.results.as_ref().map(|f| f.backoff));
                tracing::error!(
                    game = %self.game.id,
                    retry_ms = backoff.as_millis() as u64,
                    "saving results failed; they are kept in the live store until saved: {e}"
                );
                self.storage.results = Some(storage::Failure {
                    retry_at: Instant::now() + backoff,
                    backoff,
                });
                self.storage_changed();
            }
        }
    }

    /// Saves the finished game. Its answers are lent to the report rather
    /// than copied (with 10,000 players there are 100,000 of them) and put
    /// back afterwards for the results API.
    async fn save_results(&mut self) -> Result<(), crate::store::StoreError> {
        let answers = self.game.take_answers();
        let mut report = FinishedGame::from_game(&self.game, now_ms());
        report.answers = answers;
        let report = Arc::new(report);
        let saved = self.store.save_finished_game(Arc::clone(&report)).await;
        let mut report = Arc::try_unwrap(report).unwrap_or_else(|shared| (*shared).clone());
        self.game.put_answers(std::mem::take(&mut report.answers));
        if saved.is_ok() {
            tracing::info!(
                game = %report.id,
                players = report.players.len(),
                winner = report.players.first().map_or("-", |p| p.nickname.as_str()),
                "game finished and saved"
            );
            // Only the id crosses over: the mail task reads the stored
            // results itself, so the actor neither waits nor copies.
            if let Some(outbox) = &self.report_mail {
                crate::notify::mail::report::game_saved(outbox, &report.id);
            }
            // Only once they can be read: a receiver may ask for them.
            self.raise_finished(&report);
        }
        saved
    }
}
