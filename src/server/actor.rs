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

use std::collections::{HashMap, HashSet};
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::ws::Utf8Bytes;
use serde::{Deserialize, Serialize};
use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;

use crate::game::{
    AnswerRecord, Audience, Game, GameError, HostCommand, Input, Output, Phase, PlayerId,
};
use crate::live::{Live, LogEntry};
use crate::protocol::{close, ClientMsg, ErrorCode, PlayerInfo, Role, ServerMsg, PROTOCOL_VERSION};
use crate::store::{FinishedGame, Store};

use super::registry::Expiry;
use super::{now_ms, outq};

mod lag;
mod results;
mod snapshot;
mod storage;

pub use snapshot::Snapshot;

/// Most mailbox messages handled in one batch.
const BATCH: usize = 512;
/// How long a batch with inputs to persist keeps gathering more before its
/// flush, under load. This turns thousands of flushes per question into a
/// few hundred.
const GATHER: Duration = Duration::from_millis(20);
/// Messages in one batch that mean load: more arrived during the last
/// flush than a flush is worth waiting for. Below it a batch is flushed at
/// once, and what arrives meanwhile forms the next batch.
const BUSY: usize = 16;
/// Hosts and screens get the "answered N of M" count at most this often.
const ANSWER_COUNT_EVERY: Duration = Duration::from_millis(100);

/// Where a new game's actor reports whether its first snapshot is on disk
/// (`Err`: why it cannot be written).
pub type FirstSnapshot = oneshot::Sender<Result<(), String>>;

/// What the actor sends down one connection's queue.
#[derive(Debug)]
pub enum Outbound {
    Text(Utf8Bytes),
    Close(u16, &'static str),
}

/// The actor's side of one WebSocket connection.
pub struct Conn {
    /// The connection's queue; its `kill` closes the socket at once,
    /// skipping what is queued (used when it is stuck).
    pub tx: outq::Sender,
}

/// How a connection asks to attach to the game.
#[derive(Debug)]
pub enum Attach {
    /// `from` is the client's address (as `limits::client_key` counts
    /// them); at most `per_address` joins from one address, 0 for no limit.
    Join {
        nickname: String,
        from: IpAddr,
        per_address: u32,
    },
    Resume {
        token: String,
    },
    Host {
        key: String,
    },
    Watch,
}

/// A refusal, sent to the client as an `error` and then a close.
#[derive(Debug, Clone)]
pub struct Refusal {
    pub code: ErrorCode,
    pub message: String,
    pub close: u16,
}

pub enum ActorMsg {
    Attach {
        how: Attach,
        conn: Conn,
        reply: oneshot::Sender<Result<u64, Refusal>>,
    },
    Client {
        conn: u64,
        msg: ClientMsg,
    },
    Detach {
        conn: u64,
    },
    /// Current standings and answers, for the results API.
    Results {
        reply: oneshot::Sender<FinishedGame>,
    },
    /// The server is stopping: persist and tell everyone.
    Shutdown {
        done: oneshot::Sender<()>,
    },
}

struct ConnEntry {
    role: Role,
    player: Option<PlayerId>,
    tx: outq::Sender,
    /// Since when this client's queue has been full.
    lagging_since: Option<Instant>,
    /// The batch this connection attached in, and its welcome's place in
    /// that batch's outbox: broadcasts queued before it are already part of
    /// the welcome's state, so they are not sent again.
    attached: (u64, usize),
}

/// A message waiting for the batch to commit (a reveal queues one per
/// player, so `ServerMsg` is kept small; see protocol.rs).
enum Delivery {
    Out(Output),
    Conn(u64, ServerMsg),
    /// A message for one player, encoded as soon as it was produced.
    Player(PlayerId, Utf8Bytes),
}

pub struct GameActor {
    game: Game,
    host_key: String,
    store: Arc<dyn Store>,
    live: Arc<dyn Live>,
    conns: HashMap<u64, ConnEntry>,
    by_player: HashMap<PlayerId, u64>,
    next_conn: u64,
    /// Where resume tokens come from.
    tokens: Box<dyn FnMut() -> String + Send + Sync>,
    on_end: Option<Box<dyn FnOnce() + Send + Sync>>,
    log_seq: u64,
    log: Vec<LogEntry>,
    outbox: Vec<Delivery>,
    phase_changed: bool,
    shutdown: Option<oneshot::Sender<()>>,
    batch: u64,
    /// Messages the last batch took: whether the game is under load.
    last_taken: usize,
    /// The latest answer count not yet sent, and when one was last sent:
    /// a burst of answers becomes a few updates, not one per answer.
    answer_count: Option<ServerMsg>,
    answer_count_sent: Option<Instant>,
    /// How many of the game's scored answers are stored already (see
    /// `save_snapshot`).
    answers_saved: usize,
    /// The snapshot being written in the background, if any: snapshots are
    /// written one at a time, in order, while the game goes on.
    snapshot_writer: Option<tokio::task::JoinHandle<()>>,
    /// Connections that missed messages (some may have gone since), and
    /// when they are next looked at: see `lag.rs`.
    lagging: HashSet<u64>,
    lag_check_at: Option<Instant>,
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
            conns: HashMap::new(),
            by_player: HashMap::new(),
            next_conn: 1,
            tokens,
            on_end: Some(on_end),
            log_seq: 0,
            log: Vec::new(),
            outbox: Vec::new(),
            phase_changed: true,
            shutdown: None,
            batch: 0,
            last_taken: 0,
            answer_count: None,
            answer_count_sent: None,
            answers_saved: 0,
            snapshot_writer: None,
            lagging: HashSet::new(),
            lag_check_at: None,
            joins_from: HashMap::new(),
            expiry: Expiry::default(),
            active_at: Instant::now(),
            podium_since: None,
            idle_before: Duration::ZERO,
            expired: false,
            snapshot_problem: Arc::new(tokio::sync::watch::channel(None).0),
            storage: storage::StorageState::default(),
            first_snapshot: None,
        }
    }

    /// Reports through `saved` once the first snapshot is on disk, or why it
    /// cannot be written; in that case the game ends at once, leaving
    /// nothing behind (for a game being created: see `Registry::create`).
    pub fn with_first_snapshot_report(mut self, saved: Option<FirstSnapshot>) -> Self {
        self.first_snapshot = saved;
        self
    }

    /// Closes the game after it sat idle as long as `expiry` allows for its
    /// phase, counting `idle` it already sat before this start.
    pub fn with_expiry(mut self, expiry: Expiry, idle: Duration) -> Self {
        self.expiry = expiry;
        self.idle_before = idle;
        self
    }

    pub async fn run(mut self, mut inbox: mpsc::Receiver<ActorMsg>) {
        let mut snapshot_problem = self.snapshot_problem.subscribe();
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
        }
        loop {
            // A game waiting for the disk has no countdown running.
            let deadline = self
                .game
                .next_deadline()
                .filter(|_| !self.stalled())
                .map(|d| Instant::now() + Duration::from_millis(d.saturating_sub(now_ms())));
            let log_retry = self.storage.log.as_ref().map(|f| f.retry_at);
            let results_retry = self.storage.results.as_ref().map(|f| f.retry_at);
            let count_due = self
                .answer_count
                .as_ref()
                .and(self.answer_count_sent)
                .map(|sent| sent + ANSWER_COUNT_EVERY);
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
                _ = sleep_until(count_due) => self.flush_answer_count(),
                _ = sleep_until(self.lag_check_at) => self.catch_up(),
                msg = inbox.recv() => {
                    let Some(msg) = msg else { break };
                    self.handle(msg);
                    let mut taken = 1 + self.drain(&mut inbox, BATCH - 1);
                    // Group commit. A quiet game flushes at once: what
                    // arrives during the flush forms the next batch, so an
                    // acknowledgement waits for at most two flushes. Under
                    // load, when there is something to make durable, keep
                    // gathering for a moment so one flush covers hundreds
                    // of answers or joins. A phase change goes out at once.
                    let busy = taken >= BUSY || self.last_taken >= BUSY;
                    let gather_until = Instant::now() + GATHER;
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
                    self.last_taken = taken;
                }
                _ = sleep_until(deadline) => self.apply(Input::Tick, None),
                _ = sleep_until(expires) => self.expire(),
                _ = sleep_until(log_retry) => {}
                _ = sleep_until(results_retry) => {}
                Ok(()) = snapshot_problem.changed() => {
                    self.storage.snapshot = snapshot_problem.borrow_and_update().clone();
                    self.storage_changed();
                }
            }
            self.commit().await;
            if let Some(done) = self.shutdown.take() {
                self.finish_snapshots().await;
                for (_, entry) in self.conns.drain() {
                    let _ = entry
                        .tx
                        .try_send(Outbound::Close(close::GOING_AWAY, "server restarting"));
                }
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
        for (_, entry) in self.conns.drain() {
            let _ = entry.tx.try_send(Outbound::Close(close::GAME_OVER, reason));
        }
        self.finish_snapshots().await;
        if let Err(e) = self.live.remove(&self.game.id).await {
            tracing::warn!(game = %self.game.id, "could not remove live state: {e}");
        }
        if let Some(on_end) = self.on_end.take() {
            on_end();
        }
        tracing::info!(game = %self.game.id, pin = %self.game.pin, "game closed");
    }

    /// Ends a new game whose first snapshot cannot be written: nobody was
    /// told of it yet, so it is dropped, files and all, and its creator
    /// told why. The writer is stopped between its retries, so no write of
    /// it lands after the files are removed.
    async fn drop_unsaved(mut self, saved: FirstSnapshot) {
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
            ActorMsg::Client { conn, msg } => self.client(conn, msg),
            ActorMsg::Detach { conn } => self.detach(conn),
            ActorMsg::Results { reply } => {
                let _ = reply.send(FinishedGame::from_game(&self.game, now_ms()));
            }
            ActorMsg::Shutdown { done } => {
                self.phase_changed = true;
                self.shutdown = Some(done);
            }
        }
    }

    fn attach(&mut self, how: Attach, conn: Conn) -> Result<u64, Refusal> {
        let refuse = |e: GameError, close: u16| Refusal {
            code: e.code(),
            message: e.to_string(),
            close,
        };
        if self.stalled() && matches!(how, Attach::Join { .. }) {
            return Err(Refusal {
                code: ErrorCode::StorageUnavailable,
                message: "the server cannot save new players now; try again soon".into(),
                close: close::JOIN_REFUSED,
            });
        }
        let (role, player, token) = match how {
            Attach::Join {
                nickname,
                from,
                per_address,
            } => {
                let joined = self.joins_from.get(&from).copied().unwrap_or(0);
                if per_address > 0 && joined >= per_address {
                    return Err(Refusal {
                        code: ErrorCode::TooManyJoins,
                        message: format!(
                            "{joined} players have joined this game from your network, \
                             the most it allows; ask the host"
                        ),
                        close: close::JOIN_REFUSED,
                    });
                }
                let token = (self.tokens)();
                let at = now_ms();
                let (id, outputs) = self
                    .game
                    .join(&nickname, token.clone(), at)
                    .map_err(|e| refuse(e, close::JOIN_REFUSED))?;
                *self.joins_from.entry(from).or_default() += 1;
                self.log.push(LogEntry::Join {
                    at,
                    nickname,
                    token: token.clone(),
                });
                self.queue(outputs);
                (Role::Player, Some(id), Some(token))
            }
            Attach::Resume { token } => {
                let id = self
                    .game
                    .player_by_token(&token)
                    .map_err(|e| refuse(e, close::FORBIDDEN))?;
                if let Some(old) = self.by_player.remove(&id) {
                    if let Some(entry) = self.conns.remove(&old) {
                        let _ = entry
                            .tx
                            .try_send(Outbound::Close(close::REPLACED, "connected elsewhere"));
                    }
                }
                let _ = self.game.handle(Input::Connected { player: id }, now_ms());
                (Role::Player, Some(id), Some(token))
            }
            Attach::Host { key } => {
                if !constant_time_eq(key.as_bytes(), self.host_key.as_bytes()) {
                    return Err(Refusal {
                        code: ErrorCode::Forbidden,
                        message: "that host key does not control this game".into(),
                        close: close::FORBIDDEN,
                    });
                }
                (Role::Host, None, None)
            }
            Attach::Watch => (Role::Screen, None, None),
        };
        let id = self.next_conn;
        self.next_conn += 1;
        self.conns.insert(
            id,
            ConnEntry {
                role,
                player,
                tx: conn.tx,
                lagging_since: None,
                attached: (self.batch, self.outbox.len()),
            },
        );
        if let Some(p) = player {
            self.by_player.insert(p, id);
        }
        let welcome = self.welcome(role, player, token);
        match self.storage_notice() {
            // The batch's messages wait for the disk; this client is told now.
            Some(notice) => {
                self.send(id, welcome.to_json().into());
                self.send(id, notice.to_json().into());
            }
            None => self.outbox.push(Delivery::Conn(id, welcome)),
        }
        Ok(id)
    }

    fn welcome(&self, role: Role, player: Option<PlayerId>, token: Option<String>) -> ServerMsg {
        let me = player.and_then(|id| self.game.player(id));
        ServerMsg::Welcome(Box::new(crate::protocol::Welcome {
            v: PROTOCOL_VERSION,
            role,
            pin: self.game.pin.clone(),
            game_id: self.game.id.clone(),
            quiz_title: self.game.quiz.title.clone(),
            server_time: now_ms(),
            player: me.map(|p| PlayerInfo {
                id: p.id,
                nickname: p.nickname.clone(),
            }),
            token,
            score: me.map(|p| p.score),
            players: (role != Role::Player).then(|| {
                self.game
                    .players()
                    .map(|p| PlayerInfo {
                        id: p.id,
                        nickname: p.nickname.clone(),
                    })
                    .collect()
            }),
            answered: player.is_some_and(|p| self.game.has_answered(p)),
            locked: role != Role::Player && self.game.is_locked(),
            state: if role == Role::Player {
                self.game.player_view()
            } else {
                self.game.view()
            },
        }))
    }

    fn client(&mut self, conn: u64, msg: ClientMsg) {
        let Some(entry) = self.conns.get(&conn) else {
            return;
        };
        let (role, player) = (entry.role, entry.player);
        if self.refuse_while_stalled(conn, &msg) {
            return;
        }
        let input = match msg {
            ClientMsg::Answer {
                question,
                answer,
                id,
            } => match player {
                Some(player) => Input::Answer {
                    player,
                    question,
                    answer,
                    id,
                },
                None => {
                    return self.reply_error(conn, ErrorCode::WrongPhase, "only players answer");
                }
            },
            msg => match host_command(msg) {
                Some(_) if role != Role::Host => {
                    return self.reply_error(conn, ErrorCode::NotHost, "only the host can do that");
                }
                Some(cmd) => Input::Host(cmd),
                None => {
                    return self.reply_error(
                        conn,
                        ErrorCode::BadMessage,
                        "already attached to this game; send game messages only",
                    );
                }
            },
        };
        if matches!(input, Input::Answer { .. }) {
            self.open_if_due();
        }
        self.apply(input, Some(conn));
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
    /// commands are logged, and so is every phase change they do not cause
    /// by themselves (a tick that opens or closes answers, a question closed
    /// because everyone connected had answered), because a replay knows
    /// neither the clock nor who was connected.
    fn apply(&mut self, input: Input, from: Option<u64>) {
        let before = std::mem::discriminant(self.game.phase());
        let now = now_ms();
        let logged = matches!(input, Input::Answer { .. } | Input::Host(_) | Input::Tick)
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
                }
                self.queue(outputs);
            }
            Err(e) => {
                if let Some(conn) = from {
                    self.reply_error(conn, e.code(), &e.to_string());
                }
            }
        }
    }

    fn detach(&mut self, conn: u64) {
        let Some(entry) = self.conns.remove(&conn) else {
            return;
        };
        if let Some(player) = entry.player {
            if self.by_player.get(&player) == Some(&conn) {
                self.by_player.remove(&player);
                self.apply(Input::Disconnected { player }, None);
            }
        }
    }

    fn reply_error(&mut self, conn: u64, code: ErrorCode, message: &str) {
        self.outbox
            .push(Delivery::Conn(conn, ServerMsg::error(code, message)));
    }

    /// Makes the batch durable, then delivers its messages. A batch the
    /// log cannot take is kept, messages and all, for a later retry.
    async fn commit(&mut self) {
        loop {
            if !self.log.is_empty() {
                if !self.log_retry_due() {
                    return;
                }
                match self.live.append(&self.game.id, &self.log).await {
                    Ok(seq) => {
                        self.log_seq = seq;
                        self.log.clear();
                        self.storage.log = None;
                        self.storage.told = 0;
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
        let snapshot_due = std::mem::take(&mut self.phase_changed);
        let podium = *self.game.phase() == Phase::Podium;
        if snapshot_due && podium {
            if self.start_snapshot(false).await {
                self.snapshot_written().await;
            }
            self.storage.results_due = true;
        }
        self.save_results_if_due().await;
        self.deliver();
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

    /// Queues the engine's outputs for the batch commit. Messages for one
    /// player are encoded right away (a kick excepted: it also closes).
    fn queue(&mut self, outputs: Vec<Output>) {
        self.outbox.reserve(outputs.len());
        for output in outputs {
            let delivery = match output {
                Output {
                    to: Audience::Player(player),
                    msg,
                } if !matches!(msg, ServerMsg::Kicked) => {
                    Delivery::Player(player, msg.to_json().into())
                }
                output => Delivery::Out(output),
            };
            self.outbox.push(delivery);
        }
    }

    /// Sends the batch's messages, in the order the engine produced them.
    fn deliver(&mut self) {
        let outbox = std::mem::take(&mut self.outbox);
        // Messages for a player whose new connection's welcome comes later
        // in this batch (an acknowledgement for the connection it replaced):
        // they follow the welcome, which must be a connection's first message.
        let mut held: Vec<(u64, Utf8Bytes)> = Vec::new();
        for (position, delivery) in outbox.into_iter().enumerate() {
            match delivery {
                Delivery::Conn(conn, msg) => {
                    let text: Utf8Bytes = msg.to_json().into();
                    self.send(conn, text);
                    if held.iter().any(|(to, _)| *to == conn) {
                        let (mine, others) = held.into_iter().partition(|(to, _)| *to == conn);
                        held = others;
                        for (_, text) in mine {
                            self.send(conn, text);
                        }
                    }
                }
                Delivery::Player(player, text) => {
                    if let Some(&conn) = self.by_player.get(&player) {
                        if self.welcome_due(conn, position) {
                            held.push((conn, text));
                        } else {
                            self.send(conn, text);
                        }
                    }
                }
                Delivery::Out(output) if matches!(output.msg, ServerMsg::AnswerCount { .. }) => {
                    self.answer_count = Some(output.msg)
                }
                Delivery::Out(output) => {
                    // A count still waiting goes out before the phase moves
                    // on, so hosts see the final tally ahead of the reveal.
                    if matches!(output.msg, ServerMsg::Phase { .. }) {
                        self.flush_answer_count_at(position);
                    }
                    self.dispatch(output, position)
                }
            }
        }
        self.batch += 1;
        if !matches!(self.game.phase(), Phase::Answering { .. }) {
            self.answer_count = None;
        }
        let due = self
            .answer_count_sent
            .is_none_or(|sent| sent.elapsed() >= ANSWER_COUNT_EVERY);
        if due {
            self.flush_answer_count();
        }
    }

    fn flush_answer_count(&mut self) {
        self.flush_answer_count_at(usize::MAX);
    }

    /// Sends the waiting answer count as if it stood at `position` of the
    /// batch being delivered: hosts whose welcome comes later skip it.
    fn flush_answer_count_at(&mut self, position: usize) {
        if let Some(msg) = self.answer_count.take() {
            self.answer_count_sent = Some(Instant::now());
            self.dispatch(
                Output {
                    to: Audience::Hosts,
                    msg,
                },
                position,
            );
        }
    }

    /// Whether `conn` attached in the batch being delivered and its welcome
    /// stands after `position`.
    fn welcome_due(&self, conn: u64, position: usize) -> bool {
        self.conns
            .get(&conn)
            .is_some_and(|c| c.attached.0 == self.batch && c.attached.1 > position)
    }

    fn dispatch(&mut self, Output { to, msg }: Output, position: usize) {
        let kicked = matches!(msg, ServerMsg::Kicked);
        let text: Utf8Bytes = msg.to_json().into();
        match to {
            Audience::Player(p) => {
                let Some(&conn) = self.by_player.get(&p) else {
                    return;
                };
                self.send(conn, text);
                if kicked {
                    if let Some(entry) = self.conns.remove(&conn) {
                        let _ = entry
                            .tx
                            .try_send(Outbound::Close(close::KICKED, "removed by the host"));
                    }
                    self.by_player.remove(&p);
                }
            }
            Audience::Everyone | Audience::Hosts | Audience::Players => {
                let batch = self.batch;
                let targets: Vec<u64> = self
                    .conns
                    .iter()
                    .filter(|(_, c)| match to {
                        Audience::Hosts => c.role != Role::Player,
                        Audience::Players => c.role == Role::Player,
                        _ => true,
                    })
                    .filter(|(_, c)| c.attached.0 != batch || c.attached.1 < position)
                    .map(|(&id, _)| id)
                    .collect();
                for conn in targets {
                    self.send(conn, text.clone());
                }
            }
        }
    }
}

/// The engine command a host message asks for; `None` for messages that
/// are not host commands.
fn host_command(msg: ClientMsg) -> Option<HostCommand> {
    Some(match msg {
        ClientMsg::Start => HostCommand::Start,
        ClientMsg::Next => HostCommand::Next,
        ClientMsg::Skip => HostCommand::Skip,
        ClientMsg::Pause => HostCommand::Pause,
        ClientMsg::Continue => HostCommand::Continue,
        ClientMsg::Extend { seconds } => HostCommand::Extend { seconds },
        ClientMsg::Kick { player } => HostCommand::Kick { player },
        ClientMsg::End => HostCommand::End,
        ClientMsg::Hide { entry } => HostCommand::Hide { entry },
        ClientMsg::Lock => HostCommand::Lock,
        ClientMsg::Unlock => HostCommand::Unlock,
        ClientMsg::KickRecent { seconds } => HostCommand::KickRecent { seconds },
        ClientMsg::KickMatching { pattern } => HostCommand::KickMatching { pattern },
        ClientMsg::Join { .. }
        | ClientMsg::Resume { .. }
        | ClientMsg::Host { .. }
        | ClientMsg::Watch { .. }
        | ClientMsg::Ping { .. }
        | ClientMsg::Answer { .. } => return None,
    })
}

async fn sleep_until(deadline: Option<Instant>) {
    match deadline {
        Some(d) => tokio::time::sleep_until(d).await,
        None => std::future::pending().await,
    }
}

/// Compares secrets without revealing where they differ through timing.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
