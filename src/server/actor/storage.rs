//! What a game does while the live store cannot write: nothing is
//! acknowledged that is not on disk. A failed log append keeps the batch's
//! entries and messages (acknowledgements included) and retries with
//! backoff; a failed snapshot or answers file is retried by its writer. In
//! the meantime the game is paused (its countdown stopped, answers and host
//! commands refused with `storage_unavailable`, every client told why) and
//! it goes on by itself once writes succeed again. Results the database
//! cannot take are retried too (see `results`); the game is not paused for
//! them, but every client is told.

use super::snapshot::SnapshotJob;
use super::*;

/// The first retry of a failed write comes after this long...
const FIRST_RETRY: Duration = Duration::from_millis(250);
/// ...and the wait doubles up to this.
const LAST_RETRY: Duration = Duration::from_secs(5);

/// What clients are told: the detail (paths, errors) stays in the server log.
const PROBLEM: &str = "The server cannot save to its disk (full or failing). \
                       The game is paused until it can.";

/// What clients are told while a finished game's results cannot be saved.
const RESULTS_PROBLEM: &str = "The server cannot save the results to its database \
                               (disk full or failing). They are kept and saved as soon as it can.";

/// What a player whose answer was not saved is told.
const NOT_SAVED: &str = "not saved: the server cannot write to its disk; send it again once it can";

/// A failed write (a log append, a save of results), kept until a retry
/// succeeds.
pub(super) struct Failure {
    pub(super) retry_at: Instant,
    pub(super) backoff: Duration,
}

/// Where the storage side of a game stands.
#[derive(Default)]
pub(super) struct StorageState {
    pub(super) log: Option<Failure>,
    /// The results are to be saved (the podium was reached, or the game
    /// ended before they were stored)...
    pub(super) results_due: bool,
    /// ...and their latest save failed.
    pub(super) results: Option<Failure>,
    /// Set by the snapshot writer while its writes fail.
    pub(super) snapshot: Option<String>,
    /// The problem clients were last told about.
    shown: Option<String>,
    /// The stall stopped a running countdown, so recovery restarts it.
    paused_countdown: bool,
    /// A phase change's snapshot waits for the failing writer.
    pub(super) snapshot_waiting: bool,
    /// How many of the unwritten log entries' players were told.
    pub(super) told: usize,
}

pub(super) fn next_backoff(previous: Option<Duration>) -> Duration {
    previous.map_or(FIRST_RETRY, |b| (b * 2).min(LAST_RETRY))
}

impl GameActor {
    /// Why the game cannot go on now, if it cannot.
    pub(super) fn stalled(&self) -> bool {
        self.storage.log.is_some() || self.storage.snapshot.is_some()
    }

    /// Notes a failed log append: the batch stays unacknowledged and is
    /// retried with backoff.
    pub(super) fn log_append_failed(&mut self, e: &crate::live::LiveError) {
        let backoff = next_backoff(self.storage.log.as_ref().map(|f| f.backoff));
        tracing::error!(
            game = %self.game.id,
            entries = self.log.len(),
            retry_ms = backoff.as_millis() as u64,
            "answer log append failed; nothing of the batch is acknowledged: {e}"
        );
        self.storage.log = Some(Failure {
            retry_at: Instant::now() + backoff,
            backoff,
        });
        // Their acknowledgements wait with the batch; the players are told
        // now that their answers are not saved yet.
        let fresh = self.log.get(self.storage.told..).unwrap_or_default();
        let players: Vec<PlayerId> = fresh
            .iter()
            .filter_map(|entry| match entry {
                LogEntry::Input {
                    input: Input::Answer { player, .. },
                    ..
                } => Some(*player),
                _ => None,
            })
            .collect();
        self.storage.told = self.log.len();
        let refusal: Utf8Bytes = ServerMsg::error(ErrorCode::StorageUnavailable, NOT_SAVED)
            .to_json()
            .into();
        for player in players {
            if let Some(conn) = self.conns.of_player(player) {
                self.send(conn, refusal.clone());
            }
        }
    }

    /// Whether a log append may be tried now (none failed, or its retry is due).
    pub(super) fn log_retry_due(&self) -> bool {
        self.storage
            .log
            .as_ref()
            .is_none_or(|f| Instant::now() >= f.retry_at)
    }

    /// Pauses the game when storage starts failing and lets it go on when
    /// it works again; tells every client either way. Queues log entries
    /// (the pause and continue), so a commit follows.
    pub(super) fn storage_changed(&mut self) {
        let stalled = self.stalled();
        let problem = if stalled {
            Some(PROBLEM.to_string())
        } else {
            self.storage
                .results
                .as_ref()
                .map(|_| RESULTS_PROBLEM.to_string())
        };
        if problem == self.storage.shown {
            return;
        }
        let was_stalled = self.storage.shown.as_deref() == Some(PROBLEM);
        if stalled && !was_stalled {
            self.pause_while_stalled();
            tracing::warn!(game = %self.game.id, "game paused: the live store cannot write");
        }
        if was_stalled && !stalled {
            if std::mem::take(&mut self.storage.paused_countdown) {
                self.apply(Input::Host(HostCommand::Continue), None);
            }
            if std::mem::take(&mut self.storage.snapshot_waiting) {
                self.phase_changed = true;
            }
            tracing::info!(game = %self.game.id, "the live store writes again; game goes on");
        }
        self.storage.shown = problem.clone();
        // Sent at once, ahead of whatever waits for the disk.
        self.dispatch(
            Output {
                to: Audience::Everyone,
                msg: ServerMsg::Storage { problem },
            },
            usize::MAX,
        );
    }

    /// Stops a running answer countdown while storage fails: the stall may
    /// begin in the intro, whose end still opens the answers (players'
    /// pages open them on time by themselves), and this pauses them then.
    pub(super) fn pause_while_stalled(&mut self) {
        let running = matches!(
            self.game.phase(),
            Phase::Answering {
                deadline: Some(_),
                ..
            }
        );
        if running && self.stalled() && !self.storage.paused_countdown {
            self.apply(Input::Host(HostCommand::Pause), None);
            self.storage.paused_countdown = true;
        }
    }

    /// Refuses what would need a write while storage fails, at once (the
    /// batch's messages wait for the disk). Returns whether it refused.
    pub(super) fn refuse_while_stalled(&mut self, conn: u64, msg: &ClientMsg) -> bool {
        let needs_write = super::routing::needs_write(msg);
        if !needs_write || !self.stalled() {
            return false;
        }
        let refusal = ServerMsg::error(ErrorCode::StorageUnavailable, NOT_SAVED);
        self.send(conn, refusal.to_json().into());
        true
    }

    /// The current storage problem for a client that just attached.
    pub(super) fn storage_notice(&self) -> Option<ServerMsg> {
        self.storage
            .shown
            .as_ref()
            .map(|problem| ServerMsg::Storage {
                problem: Some(problem.clone()),
            })
    }
}

/// Writes a snapshot job until it lands, with backoff, reporting through
/// `problem` while it fails (the actor pauses the game meanwhile).
pub(super) async fn write_until_landed(
    job: SnapshotJob,
    live: Arc<dyn Live>,
    problem: Arc<tokio::sync::watch::Sender<Option<String>>>,
    metrics: &crate::server::metrics::Metrics,
) {
    let mut backoff = None;
    loop {
        let writing = std::time::Instant::now();
        let written = job.write(live.as_ref()).await;
        metrics.snapshot_write.observe(writing.elapsed());
        match written {
            Ok(()) => {
                if backoff.is_some() {
                    problem.send_replace(None);
                }
                return;
            }
            Err(e) => {
                let wait = next_backoff(backoff);
                tracing::error!(
                    game = %job.game_id,
                    retry_ms = wait.as_millis() as u64,
                    "snapshot not saved: {e}"
                );
                problem.send_replace(Some(e.to_string()));
                tokio::time::sleep(wait).await;
                backoff = Some(wait);
            }
        }
    }
}

impl GameActor {
    /// Stops running a game another node has taken over: its clients are
    /// closed with "going away" so they connect again (and reach the new
    /// owner), nothing more is written, and its live state is left to the
    /// new owner. What was not yet in the log was never acknowledged.
    pub(super) fn leave_to_new_owner(mut self) {
        if let Some(writer) = self.snapshot_writer.take() {
            writer.abort();
        }
        self.conns.close_all(
            close::GOING_AWAY,
            "the game moved to another server; connect again",
        );
        if let Some(on_end) = self.on_end.take() {
            on_end();
        }
        tracing::warn!(game = %self.game.id, pin = %self.game.pin, "game left to the node that took it over");
    }
}
