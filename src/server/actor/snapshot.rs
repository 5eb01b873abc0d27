//! Snapshots of a running game: what the live store keeps, how an actor
//! rebuilds a game from it, and how the actor encodes one and has it written
//! in the background; a new game whose first snapshot cannot be written is
//! dropped.

use super::*;

/// What the live store keeps of a running game.
#[derive(Serialize, Deserialize)]
pub struct Snapshot {
    pub game: Game,
    pub host_key: String,
    /// Log entries up to this sequence number are reflected in `game`.
    pub log_seq: u64,
    pub saved_at: u64,
}

/// A `Snapshot` made of borrows, encoded the same way.
#[derive(Serialize)]
pub(super) struct SnapshotRef<'a> {
    game: &'a Game,
    host_key: &'a str,
    log_seq: u64,
    saved_at: u64,
}

/// An encoded snapshot and the answers of questions closed since the last
/// one, ready to be written.
pub(super) struct SnapshotJob {
    pub(super) game_id: String,
    answers: Vec<(usize, Vec<u8>)>,
    snapshot: Vec<u8>,
}

impl SnapshotJob {
    /// Stores the answers, then the snapshot that counts them as stored.
    /// If any answers file fails the snapshot is not written: it would
    /// count them as stored, and a restart would not replay them.
    pub(super) async fn write(&self, live: &dyn Live) -> Result<(), crate::live::LiveError> {
        let started = Instant::now();
        for (question, bytes) in &self.answers {
            live.save_answers(&self.game_id, *question, bytes).await?;
        }
        live.save_snapshot(&self.game_id, &self.snapshot).await?;
        tracing::debug!(
            game = %self.game_id,
            bytes = self.snapshot.len(),
            ms = started.elapsed().as_secs_f64() * 1000.0,
            "snapshot saved"
        );
        Ok(())
    }
}

impl GameActor {
    /// Rebuilds a game from its snapshot, the stored answers of its closed
    /// questions and the log entries after the snapshot. Returns the game,
    /// its host key, the last log position and how many answers were stored.
    pub fn restore(
        snapshot: Snapshot,
        stored: Vec<(usize, Vec<AnswerRecord>)>,
        entries: Vec<(u64, LogEntry)>,
    ) -> (Game, String, u64, usize) {
        let Snapshot {
            mut game,
            host_key,
            mut log_seq,
            saved_at,
        } = snapshot;
        // Answers stored for a question the snapshot has not closed yet were
        // written just before a snapshot that never landed; the log replay
        // below scores that question again, so they are left out.
        let mut answers = game.take_answers();
        for (question, records) in stored {
            if game.is_closed(question) {
                answers.extend(records);
            }
        }
        let stored_count = answers.len();
        game.put_answers(answers);
        // Nobody counts as connected during the replay, so no question
        // closes by itself: the log says where one closed (`Closed`).
        let ids: Vec<PlayerId> = game.players().map(|p| p.id).collect();
        for player in ids {
            let _ = game.handle(Input::Disconnected { player }, saved_at);
        }
        let mut last_seen = saved_at;
        for (seq, entry) in entries {
            if seq <= log_seq {
                continue;
            }
            log_seq = seq;
            match entry {
                LogEntry::Join {
                    at,
                    nickname,
                    token,
                } => {
                    last_seen = last_seen.max(at);
                    if let Ok(player) = game.rejoin_logged(&nickname, token, at) {
                        let _ = game.handle(Input::Disconnected { player }, at);
                    }
                }
                LogEntry::Closed { at } => {
                    last_seen = last_seen.max(at);
                    let _ = game.handle(Input::Host(HostCommand::Skip), at);
                }
                LogEntry::Input { at, input } => {
                    last_seen = last_seen.max(at);
                    // As when it was accepted (see `open_if_due`).
                    if matches!(input, Input::Answer { .. })
                        && matches!(game.phase(), Phase::Intro { opens_at } if at >= *opens_at)
                    {
                        let _ = game.handle(Input::Tick, at);
                    }
                    let _ = game.handle(input, at);
                }
            }
        }
        game.suspend(last_seen);
        (game, host_key, log_seq, stored_count)
    }

    /// Continues numbering the log after `log_seq`, with the first
    /// `answers_saved` answers already stored (for a restored game).
    pub fn with_log_seq(mut self, log_seq: u64, answers_saved: usize) -> Self {
        self.log_seq = log_seq;
        self.answers_saved = answers_saved;
        self
    }

    /// Waits for the snapshot being written in the background, if any.
    /// Returns false, leaving it to retry, once its writes fail: the game
    /// is then paused until it lands (see `storage`).
    pub(super) async fn snapshot_written(&mut self) -> bool {
        let Some(mut writer) = self.snapshot_writer.take() else {
            return true;
        };
        let mut problem = self.snapshot_problem.subscribe();
        let landed = tokio::select! {
            result = &mut writer => Some(result),
            _ = problem.wait_for(|p| p.is_some()) => None,
        };
        match landed {
            Some(result) => {
                if let Err(e) = result {
                    tracing::error!(game = %self.game.id, "snapshot writer failed: {e}");
                }
                true
            }
            None => {
                self.snapshot_writer = Some(writer);
                self.storage.snapshot = self.snapshot_problem.borrow().clone();
                false
            }
        }
    }

    /// Encodes a snapshot and has it written in the background, after the
    /// one before it. If that one cannot be written yet, the new one waits
    /// until it has landed; returns whether it started.
    pub(super) async fn start_snapshot(&mut self, quiet: bool) -> bool {
        if !self.snapshot_written().await {
            self.storage.snapshot_waiting = true;
            return false;
        }
        let job = self.prepare_snapshot();
        let live = self.live.clone();
        let problem = Arc::clone(&self.snapshot_problem);
        let metrics = Arc::clone(&self.metrics);
        self.snapshot_writer = Some(tokio::spawn(async move {
            super::storage::write_until_landed(job, live, problem, &metrics).await;
            if quiet {
                super::super::memory::give_back();
            }
        }));
        true
    }

    /// Ends a new game whose first snapshot cannot be written: nobody was
    /// told of it yet, so it is dropped, files and all, and its creator
    /// told why. The writer is stopped between its retries, so no write of
    /// it lands after the files are removed.
    pub(super) async fn drop_unsaved(mut self, saved: FirstSnapshot) {
        let problem = self.snapshot_problem.borrow().clone().unwrap_or_default();
        self.finish_snapshots().await;
        if let Err(e) = self.live.remove(&self.game.id).await {
            tracing::warn!(game = %self.game.id, "could not remove the unsaved game's files: {e}");
        }
        if let Some(on_end) = self.on_end.take() {
            on_end();
        }
        let _ = saved.send(Err(problem));
    }

    /// Stops a writer still retrying (the game is over or the server
    /// stops; the log holds everything it would have saved).
    pub(super) async fn finish_snapshots(&mut self) {
        if !self.snapshot_written().await {
            if let Some(writer) = self.snapshot_writer.take() {
                writer.abort();
            }
        }
    }

    /// Whether the phase change just made takes a snapshot. A snapshot
    /// only shortens the replay after a restart (the log holds every
    /// input), and encoding one holds the game for about 3 ms per 1,000
    /// players. Answers opening after an intro whose snapshot was taken
    /// take none: that is when a question's first answers arrive, and the
    /// intro's snapshot differs from it by one logged tick, so a restart
    /// replays at most one question's answers. Shutting down always takes
    /// one.
    pub(super) fn snapshot_needed(&self) -> bool {
        let after_intro = self.snapshot_at_intro == Some(self.game.question_index());
        self.shutdown.is_some()
            || !(after_intro && matches!(self.game.phase(), Phase::Answering { .. }))
    }

    /// Encodes a snapshot, and the scored answers not stored yet, for
    /// `SnapshotJob::write`.
    pub(super) fn prepare_snapshot(&mut self) -> SnapshotJob {
        let answers = self.game.take_answers();
        let mut fresh = &answers[self.answers_saved.min(answers.len())..];
        let mut closed = Vec::new();
        while let Some(first) = fresh.first() {
            let question = first.question;
            let end = fresh
                .iter()
                .position(|a| a.question != question)
                .unwrap_or(fresh.len());
            let bytes = serde_json::to_vec(&fresh[..end]).expect("answers serialize");
            closed.push((question, bytes));
            fresh = &fresh[end..];
        }
        self.answers_saved = answers.len();
        self.snapshot_at_intro =
            matches!(self.game.phase(), Phase::Intro { .. }).then(|| self.game.question_index());
        // Serialized from borrows: cloning a big game just to encode it
        // would copy every player once more per phase change.
        let snapshot = SnapshotRef {
            game: &self.game,
            host_key: &self.host_key,
            log_seq: self.log_seq,
            saved_at: now_ms(),
        };
        let bytes = serde_json::to_vec(&snapshot).expect("snapshot serializes");
        self.game.put_answers(answers);
        SnapshotJob {
            game_id: self.game.id.clone(),
            answers: closed,
            snapshot: bytes,
        }
    }
}
