//! One task per live game. It owns the `Game`, turns socket input into engine
//! input, persists what must survive, and fans the engine's outputs out:
//! each message is serialized once and the same bytes go to every recipient.
//!
//! Work is done in batches: the actor takes every message waiting in its
//! mailbox, runs them through the engine, commits the batch's log entries
//! with one flush (group commit; under load it gathers a little longer),
//! and only then delivers the outputs; a
//! phase change is followed by a snapshot, written after delivery. So
//! nothing is acknowledged before it is on disk, and a burst of answers
//! costs one flush, not one each.
//!
//! A game left without activity longer than its phase allows (see
//! `registry::Expiry`) is closed: one in play is ended first, so its results
//! are saved.
//!
//! It never waits on a slow client: queues are bounded; a client whose queue
//! is full misses messages and is sent the whole current state once it has
//! room again; one that stays stuck is closed.
//!
//! The parts: `conns` (the connection table and the policy for clients
//! that fall behind), `routing` (what a client's message asks of the
//! engine), `delivery` (the batch's outbox and the order it goes out in),
//! `attach` and `welcome` (letting a connection in), `storage`, `snapshot`
//! and `results` (what is written, and what happens when it cannot be),
//! `events` (the lifecycle events raised for webhooks and mail).
//! This file is the run loop and the glue between them.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;
use tokio_tungstenite::tungstenite::Utf8Bytes;

use crate::game::{
    AnswerRecord, Audience, Game, GameError, HostCommand, Input, Output, Phase, PlayerId,
};
use crate::live::{Live, LogEntry};
use crate::protocol::{close, ClientMsg, ErrorCode, Role, ServerMsg};
use crate::store::{FinishedGame, Store};

use super::metrics::Metrics;
use super::registry::Expiry;
use super::{now_ms, outq};

mod attach;
mod builder;
mod conns;
mod delivery;
mod events;
mod mailbox;
mod pace;
mod results;
mod routing;
mod snapshot;
mod storage;
#[cfg(test)]
mod testing;
mod welcome;

use conns::ConnTable;
use delivery::Outbox;
use routing::Route;

pub use mailbox::{ActorMsg, Attach, Conn, Outbound, Refusal, Remote};
pub use snapshot::Snapshot;

/// Most mailbox messages handled in one batch.
const BATCH: usize = 512;
/// How long a batch with inputs to persist keeps gathering more before its
/// flush, under load. This turns thousands of flushes per question into a
/// few hundred.
const GATHER: Duration = Duration::from_millis(20);
/// Messages in one batch that mean load: several arrived during one flush
/// (a flush takes 1 to 4 ms here). Below it a batch is flushed at once, and
/// what arrives meanwhile forms the next batch. A class of 100 answering
/// brings one answer per flush at most; 10,000 players bring 5 to 15, and
/// flushing each such batch at once cost a fifth more CPU per answer
/// (140 → 166 µs per player-question) than gathering them. A steady
/// stream of smaller batches (`pace::STREAM`, joins or the tail of a
/// question's answers at a few hundred a second) gathers too.
const BUSY: usize = 4;

/// Where a new game's actor reports whether its first snapshot is on disk
/// (`Err`: why it cannot be written).
pub type FirstSnapshot = oneshot::Sender<Result<(), String>>;

pub struct GameActor {
    game: Game,
    host_key: String,
    store: Arc<dyn Store>,
    live: Arc<dyn Live>,
    conns: ConnTable,
    /// Where resume tokens come from.
    tokens: Box<dyn FnMut() -> String + Send + Sync>,
    on_end: Option<Box<dyn FnOnce() + Send + Sync>>,
    log_seq: u64,
    log: Vec<LogEntry>,
    outbox: Outbox,
    phase_changed: bool,
    /// The question whose intro the latest snapshot was taken at
    /// (`snapshot_needed`).
    snapshot_at_intro: Option<usize>,
    /// How fast messages arrive: a steady stream gathers before flushing.
    arrivals: pace::Arrivals,
    shutdown: Option<oneshot::Sender<()>>,
    /// Messages the last batch took: whether the game is under load.
    last_taken: usize,
    /// How many of the game's scored answers are stored already (see
    /// `save_snapshot`).
    answers_saved: usize,
    /// The snapshot being written in the background, if any: snapshots are
    /// written one at a time, in order, while the game goes on.
    snapshot_writer: Option<tokio::task::JoinHandle<()>>,
    /// Players joined from each address since this actor started: a kicked
    /// bot still counts, so a flood cannot come back after a bulk kick.
    joins_from: HashMap<IpAddr, u32>,
    /// How long the game may sit without activity, and since when it has
    /// (plus `idle_before`: time it sat idle before a restart). A podium's
    /// time counts from when it was first shown, whatever happens on it.
    expiry: Expiry,
    active_at: Instant,
    podium_since: Option<Instant>,
    idle_before: Duration,
    /// Closing because it sat idle too long.
    expired: bool,
    /// Why the snapshot writer cannot write, while it cannot.
    snapshot_problem: Arc<tokio::sync::watch::Sender<Option<String>>>,
    /// Failed writes and the pause they caused.
    storage: storage::StorageState,
    /// A new game's creator, waiting for its first snapshot to be on disk.
    first_snapshot: Option<FirstSnapshot>,
    metrics: Arc<Metrics>,
    /// Where the report mail is queued once the results are stored.
    report_mail: Option<crate::notify::mail::Outbox>,
    /// When each answer acknowledged in the outbox arrived, for the
    /// acknowledgement's latency once the batch is on disk and delivered.
    acks_waiting: Vec<std::time::Instant>,
    /// Where the game's lifecycle events go (see `events`).
    events: crate::notify::Events,
    /// Another node owns the game now (see `leave_to_new_owner`).
    lease_lost: bool,
}

impl GameActor {
    pub fn new(
        game: Game,
        host_key: String,
        store: Arc<dyn Store>,
        live: Arc<dyn Live>,
        tokens: Box<dyn FnMut() -> String + Send + Sync>,
        on_end: Box<dyn FnOnce() + Send + Sync>,
    ) -> Self {
        GameActor {
            game,
            host_key,
            store,
            live,
            conns: ConnTable::new(),
            tokens,
            on_end: Some(on_end),
            log_seq: 0,
            log: Vec::new(),
            outbox: Outbox::new(),
            phase_changed: true,
            snapshot_at_intro: None,
            arrivals: pace::Arrivals::new(Instant::now()),
            shutdown: None,
            last_taken: 0,
            answers_saved: 0,
            snapshot_writer: None,
            joins_from: HashMap::new(),
            expiry: Expiry::default(),
            active_at: Instant::now(),
            podium_since: None,
            idle_before: Duration::ZERO,
            expired: false,
            snapshot_problem: Arc::new(tokio::sync::watch::channel(None).0),
            storage: storage::StorageState::default(),
            first_snapshot: None,
            metrics: Arc::default(),
            report_mail: None,
            acks_waiting: Vec::new(),
            events: crate::notify::Events::default(),
            lease_lost: false,
        }
    }

    pub async fn run(mut self, mut inbox: mpsc::Receiver<ActorMsg>) {
        let mut snapshot_problem = self.snapshot_problem.subscribe();
        if let Some(bus) = self.live.bus() {
            let out = bus.game_out(&self.game.id);
            self.conns.relay_through(bus, out);
        }
        // Ended before its results were stored (the server stopped first).
        self.storage.results_due = *self.game.phase() == Phase::Ended;
        // The first snapshot lands before any input is taken: a restored
        // game's disconnections and paused countdown are in no log entry,
        // so later entries must never be replayed without them. If it
        // cannot be written, the game waits paused until it is.
        self.commit().await;
        if !self.snapshot_written().await {
            if let Some(saved) = self.first_snapshot.take() {
                return self.drop_unsaved(saved).await;
            }
            self.storage_changed();
            self.commit().await;
        }
        if let Some(saved) = self.first_snapshot.take() {
            let _ = saved.send(Ok(()));
            self.raise_created();
        }
        loop {
            // A game waiting for the disk has no countdown running, but an
            // intro ends on time: its answers open, then pause at once.
            let intro = matches!(self.game.phase(), Phase::Intro { .. });
            let deadline = self
                .game
                .next_deadline()
                .filter(|_| intro || !self.stalled())
                .map(|d| Instant::now() + Duration::from_millis(d.saturating_sub(now_ms())));
            let log_retry = self.storage.log.as_ref().map(|f| f.retry_at);
            let results_retry = self.storage.results.as_ref().map(|f| f.retry_at);
            let count_due = self.outbox.count_due();
            let since = match self.game.phase() {
                Phase::Podium => *self.podium_since.get_or_insert_with(Instant::now),
                _ => self.active_at,
            };
            let expires = self
                .expiry
                .after(self.game.phase())
                .filter(|_| !self.expired)
                .map(|limit| since + limit.saturating_sub(self.idle_before));
            tokio::select! {
                _ = sleep_until(count_due) => {
                    self.outbox.flush_answer_count(&mut self.conns, &mut self.game, Instant::now());
                }
                _ = sleep_until(self.conns.lag_check_at()) => {
                    self.conns.catch_up(&mut self.game, Instant::now());
                }
                msg = inbox.recv() => {
                    let Some(msg) = msg else { break };
                    self.handle(msg);
                    let mut taken = 1 + self.drain(&mut inbox, BATCH - 1);
                    let first_taken = taken;
                    // Group commit. A quiet game flushes at once: what
                    // arrives during the flush forms the next batch, so an
                    // acknowledgement waits for at most two flushes. Under
                    // load, when there is something to make durable, keep
                    // gathering for a moment so one flush covers hundreds
                    // of answers or joins. A phase change goes out at once.
                    let now = Instant::now();
                    self.arrivals.record(taken, now);
                    let busy = taken >= BUSY
                        || self.last_taken >= BUSY
                        || self.arrivals.streaming(now);
                    let gather_until = now + GATHER;
                    while busy
                        && !self.log.is_empty()
                        && !self.phase_changed
                        && !self.stalled()
                        && taken < BATCH
                    {
                        tokio::select! {
                            biased;
                            msg = inbox.recv() => match msg {
                                Some(msg) => {
                                    self.handle(msg);
                                    taken += 1 + self.drain(&mut inbox, BATCH - taken - 1);
                                }
                                None => break,
                            },
                            _ = tokio::time::sleep_until(gather_until) => break,
                        }
                    }
                    self.arrivals.record(taken - first_taken, Instant::now());
                    self.last_taken = taken;
                }
                _ = sleep_until(deadline) => {
                    self.apply(Input::Tick, None);
                    self.pause_while_stalled();
                }
                _ = sleep_until(expires) => self.expire(),
                _ = sleep_until(log_retry) => {}
                _ = sleep_until(results_retry) => {}
                Ok(()) = snapshot_problem.changed() => {
                    self.storage.snapshot = snapshot_problem.borrow_and_update().clone();
                    self.storage_changed();
                }
            }
            if !self.lease_lost {
                self.commit().await;
            }
            if self.lease_lost {
                return self.leave_to_new_owner();
            }
            if let Some(done) = self.shutdown.take() {
                self.finish_snapshots().await;
                self.conns.close_all(close::GOING_AWAY, "server restarting");
                let _ = done.send(());
                return;
            }
            // A game over stays until its results are stored: its live
            // files are all that holds its answers until then.
            if (*self.game.phase() == Phase::Ended || self.expired) && !self.storage.results_due {
                break;
            }
        }
        let reason = if self.expired {
            "game expired"
        } else {
            "game over"
        };
        self.conns.close_all(close::GAME_OVER, reason);
        self.finish_snapshots().await;
        if let Err(e) = self.live.remove(&self.game.id).await {
            tracing::warn!(game = %self.game.id, "could not remove live state: {e}");
        }
        if let Err(e) = self.live.release_pin(&self.game.pin, &self.game.id).await {
            tracing::warn!(game = %self.game.id, "could not give the PIN back: {e}");
        }
        if let Some(on_end) = self.on_end.take() {
            on_end();
        }
        tracing::info!(game = %self.game.id, pin = %self.game.pin, "game closed");
    }

    /// Handles up to `most` messages already waiting; returns how many.
    fn drain(&mut self, inbox: &mut mpsc::Receiver<ActorMsg>, most: usize) -> usize {
        let mut taken = 0;
        while taken < most {
            match inbox.try_recv() {
                Ok(msg) => self.handle(msg),
                Err(_) => break,
            }
            taken += 1;
        }
        taken
    }

    fn handle(&mut self, msg: ActorMsg) {
        if matches!(msg, ActorMsg::Attach { .. } | ActorMsg::Client { .. }) {
            self.active_at = Instant::now();
            self.idle_before = Duration::ZERO;
        }
        match msg {
            ActorMsg::Attach { how, conn, reply } => {
                let result = self.attach(how, conn);
                let _ = reply.send(result);
            }
            ActorMsg::Client { conn, msg, at } => self.client(conn, msg, at),
            ActorMsg::Detach { conn } => self.detach(conn),
            ActorMsg::Results { reply } => {
                let _ = reply.send(FinishedGame::from_game(&self.game, now_ms()));
            }
            ActorMsg::Shutdown { done } => {
                self.phase_changed = true;
                self.shutdown = Some(done);
            }
            ActorMsg::LeaseLost => self.lease_lost = true,
            ActorMsg::Resync { conn } => {
                self.conns
                    .resend_state(&mut self.game, conn, Instant::now());
            }
        }
    }

    /// A message from a client, read from its socket `at`.
    fn client(&mut self, conn: u64, msg: ClientMsg, at: std::time::Instant) {
        let Some((role, player)) = self.conns.get(conn) else {
            return;
        };
        if self.refuse_while_stalled(conn, &msg) {
            return;
        }
        let input = match routing::route(msg, role, player) {
            Route::Play(input) => input,
            Route::Refused(code, message) => return self.reply_error(conn, code, message),
            Route::NotGame => {
                return self.reply_error(
                    conn,
                    ErrorCode::BadMessage,
                    "already attached to this game; send game messages only",
                );
            }
        };
        if !matches!(input, Input::Answer { .. }) {
            return self.apply(input, Some(conn));
        }
        self.open_if_due();
        let acks = self.outbox.acks();
        self.apply(input, Some(conn));
        for _ in acks..self.outbox.acks() {
            self.acks_waiting.push(at);
        }
    }

    /// Closes a game that sat idle too long. One in play is ended first, so
    /// the commit saves its results as at a podium.
    fn expire(&mut self) {
        let idle = self.active_at.elapsed() + self.idle_before;
        tracing::info!(game = %self.game.id, pin = %self.game.pin, idle_secs = idle.as_secs(), "closing the game: its time without activity, or at the podium, is up");
        if !matches!(
            self.game.phase(),
            Phase::Lobby | Phase::Podium | Phase::Ended
        ) {
            self.apply(Input::Host(HostCommand::End), None);
        }
        self.expired = true;
    }

    /// Opens answers if the intro is over. Players' pages open them by
    /// themselves at `opens_at`, so an answer can arrive just before this
    /// actor's own timer fires.
    fn open_if_due(&mut self) {
        if matches!(self.game.phase(), Phase::Intro { opens_at } if now_ms() >= *opens_at) {
            self.apply(Input::Tick, None);
        }
    }

    /// Feeds one input to the engine and queues its log entry and outputs
    /// for the batch commit.
    ///
    /// The log must let a replay take the same path: answers and host
    /// commands (and team picks) are logged, and so is every phase change they do not cause
    /// by themselves (a tick that opens or closes answers, a question closed
    /// because everyone connected had answered), because a replay knows
    /// neither the clock nor who was connected.
    fn apply(&mut self, input: Input, from: Option<u64>) {
        let before = std::mem::discriminant(self.game.phase());
        let now = now_ms();
        let logged = matches!(
            input,
            Input::Answer { .. } | Input::Host(_) | Input::Tick | Input::Team { .. }
        )
        .then(|| input.clone());
        match self.game.handle(input, now) {
            Ok(outputs) => {
                let changed = std::mem::discriminant(self.game.phase()) != before;
                if let Some(input) = logged {
                    let closed_by_everyone = changed
                        && *self.game.phase() == Phase::Reveal
                        && matches!(
                            input,
                            Input::Answer { .. } | Input::Host(HostCommand::Kick { .. })
                        );
                    if changed || !matches!(input, Input::Tick) {
                        self.log.push(LogEntry::Input { at: now, input });
                    }
                    if closed_by_everyone {
                        self.log.push(LogEntry::Closed { at: now });
                    }
                }
                if changed {
                    self.phase_changed = true;
                    self.raise_phase_events(before);
                }
                self.outbox.queue(outputs);
            }
            Err(e) => {
                if let Some(conn) = from {
                    self.reply_error(conn, e.code(), &e.to_string());
                }
            }
        }
    }

    fn detach(&mut self, conn: u64) {
        if let Some(player) = self.conns.detach(conn) {
            self.apply(Input::Disconnected { player }, None);
        }
    }

    fn reply_error(&mut self, conn: u64, code: ErrorCode, message: &str) {
        self.outbox.for_conn(conn, ServerMsg::error(code, message));
    }

    /// Queues one message for one connection at once, ahead of the batch.
    fn send(&mut self, conn: u64, text: Utf8Bytes) {
        self.conns.send(&mut self.game, conn, text, Instant::now());
    }

    /// Sends one output at once, ahead of the batch (`position`: see
    /// `delivery::dispatch`).
    fn dispatch(&mut self, output: Output, position: usize) {
        delivery::dispatch(
            &mut self.conns,
            &mut self.game,
            output,
            position,
            Instant::now(),
        );
    }

    /// Makes the batch durable, then delivers its messages. A batch the
    /// log cannot take is kept, messages and all, for a later retry.
    async fn commit(&mut self) {
        loop {
            if !self.log.is_empty() {
                if !self.log_retry_due() {
                    return;
                }
                let writing = std::time::Instant::now();
                let appended = self.live.append(&self.game.id, &self.log).await;
                self.metrics.log_append.observe(writing.elapsed());
                match appended {
                    Ok(seq) => {
                        self.log_seq = seq;
                        self.log.clear();
                        self.storage.log = None;
                        self.storage.told = 0;
                    }
                    Err(crate::live::LiveError::Stale(e)) => {
                        tracing::warn!(game = %self.game.id, "write refused, another node owns the game now: {e}");
                        self.lease_lost = true;
                        return;
                    }
                    Err(e) => {
                        self.log_append_failed(&e);
                        self.storage_changed();
                        return;
                    }
                }
            }
            // Recovery queues a `continue` for the log.
            self.storage_changed();
            if self.log.is_empty() {
                break;
            }
        }
        // The log append above is what makes the batch durable: a snapshot
        // only shortens the replay after a restart. So a phase change goes
        // out before its snapshot is written, except the podium, whose
        // results are saved first so they can be read as soon as it shows.
        let snapshot_due = std::mem::take(&mut self.phase_changed) && self.snapshot_needed();
        let podium = *self.game.phase() == Phase::Podium;
        if snapshot_due && podium {
            if self.start_snapshot(false).await {
                self.snapshot_written().await;
            }
            self.storage.results_due = true;
        }
        self.save_results_if_due().await;
        // Counted before they go out, so a player who has its
        // acknowledgement finds it counted in `/metrics`.
        self.count_acks();
        self.outbox
            .deliver(&mut self.conns, &mut self.game, Instant::now());
        // Freed memory goes back to the system while nobody waits on the
        // server: at the leaderboard (players were sent nothing) and once
        // the podium is out, not while a question or reveal fans out.
        let quiet = matches!(self.game.phase(), Phase::Leaderboard);
        if snapshot_due && podium {
            super::memory::give_back();
        }
        if snapshot_due && !podium {
            // Encoded here, written by a task of its own, so answers to the
            // question just opened are not held up by the disk.
            self.start_snapshot(quiet).await;
        }
    }
}

impl GameActor {
    /// Counts the acknowledgements just queued, each with the time from its
    /// answer's arrival.
    fn count_acks(&mut self) {
        if self.acks_waiting.is_empty() {
            return;
        }
        let now = std::time::Instant::now();
        let acked = self.acks_waiting.len() as u64;
        for at in self.acks_waiting.drain(..) {
            self.metrics
                .ack_latency
                .observe(now.saturating_duration_since(at));
        }
        self.metrics.answers_acked.add(acked);
    }
}

async fn sleep_until(deadline: Option<Instant>) {
    match deadline {
        Some(d) => tokio::time::sleep_until(d).await,
        None => std::future::pending().await,
    }
}
