//! The live games on this node, by PIN and by id, how they are created
//! (within the limits on live games per account and in all), and how they
//! come back on start: intact games resume, games abandoned long ago do
//! not, and games whose live files are damaged are set aside in quarantine.
//! Each game is an actor task; the registry hands out its mailbox.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rand::Rng;
use tokio::sync::{mpsc, oneshot};

use crate::game::{AnswerRecord, Game, GameOptions, Phase};
use crate::live::{Live, LiveError, LogEntry};
use crate::notify::mail::Outbox;
use crate::quiz::Quiz;
use crate::store::Store;

use super::actor::{ActorMsg, FirstSnapshot, GameActor, Snapshot};
use super::metrics::Metrics;
use super::now_ms;

mod ownership;

pub use ownership::lease_length;

/// Messages waiting for a game actor before senders wait.
const MAILBOX: usize = 4096;

#[derive(Clone)]
pub struct GameHandle {
    pub id: String,
    pub pin: String,
    pub tx: mpsc::Sender<ActorMsg>,
}

#[derive(Default)]
struct Games {
    by_pin: HashMap<String, GameHandle>,
    pin_of: HashMap<String, String>,
    /// The account that created each game, by game id.
    owner_of: HashMap<String, i64>,
}

/// How long a game may sit without activity, by phase (None: for ever).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Expiry {
    pub lobby: Option<Duration>,
    pub podium: Option<Duration>,
    /// Any phase between the lobby and the podium.
    pub play: Option<Duration>,
}

impl Expiry {
    pub fn after(&self, phase: &Phase) -> Option<Duration> {
        match phase {
            Phase::Lobby => self.lobby,
            Phase::Podium | Phase::Ended => self.podium,
            Phase::Intro { .. }
            | Phase::Answering { .. }
            | Phase::Reveal
            | Phase::Leaderboard
            | Phase::RoundSummary
            | Phase::Break
            | Phase::Slide => self.play,
        }
    }
}

/// How many games may run, and for how long they may sit idle: from the
/// `[limits]` settings, where 0 turns a limit off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GameLimits {
    pub per_account: usize,
    pub total: usize,
    pub expiry: Expiry,
}

impl From<&crate::config::LimitSettings> for GameLimits {
    fn from(s: &crate::config::LimitSettings) -> Self {
        let secs = |n: u64| (n > 0).then(|| Duration::from_secs(n));
        GameLimits {
            per_account: s.games_per_account,
            total: s.live_games,
            expiry: Expiry {
                lobby: secs(s.lobby_idle_secs),
                podium: secs(s.podium_secs),
                play: secs(s.idle_game_secs),
            },
        }
    }
}

/// A game refused because too many are running.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TooManyGames {
    #[error(
        "this account already runs {0} live games, its limit (games_per_account); \
         end one of them first"
    )]
    Account(usize),
    #[error(
        "this server already runs {0} live games, its limit (live_games); \
         try again when one has ended"
    )]
    Server(usize),
}

/// Why a game was not created.
#[derive(Debug, thiserror::Error)]
pub enum CreateError {
    #[error(transparent)]
    TooMany(#[from] TooManyGames),
    /// Its first snapshot could not be written; nothing of it is kept. The
    /// detail (paths, errors) is in the server log.
    #[error("the server cannot save a new game to its disk (full or failing); try again soon")]
    NotSaved,
}

/// Why a game in the live store cannot be brought back.
#[derive(Debug, thiserror::Error)]
pub enum Unrestorable {
    /// Its files are damaged: it is to be set aside.
    #[error("{0}")]
    Damaged(String),
    /// They cannot be read now (an I/O error, a newer format): they are
    /// left where they are for a later start.
    #[error(transparent)]
    Unreadable(LiveError),
}

impl From<LiveError> for Unrestorable {
    fn from(e: LiveError) -> Self {
        match e {
            LiveError::Corrupt(reason) => Unrestorable::Damaged(reason),
            other => Unrestorable::Unreadable(other),
        }
    }
}

/// What the live store holds of one game, read and checked.
pub struct StoredGame {
    pub snapshot: Snapshot,
    pub answers: Vec<(usize, Vec<AnswerRecord>)>,
    /// The log entries after the snapshot.
    pub entries: Vec<(u64, LogEntry)>,
}

/// Reads one game from the live store and checks that its parts agree;
/// changes nothing. `Ok(None)` when it has no snapshot.
pub async fn read_game(live: &dyn Live, id: &str) -> Result<Option<StoredGame>, Unrestorable> {
    let Some(bytes) = live.load_snapshot(id).await? else {
        return Ok(None);
    };
    let snapshot: Snapshot = serde_json::from_slice(&bytes)
        .map_err(|e| Unrestorable::Damaged(format!("snapshot of game {id:?} unreadable: {e}")))?;
    let mut answers = Vec::new();
    for (question, bytes) in live.load_answers(id).await? {
        let records = serde_json::from_slice(&bytes).map_err(|e| {
            Unrestorable::Damaged(format!(
                "stored answers to question {question} of game {id:?} unreadable: {e}"
            ))
        })?;
        answers.push((question, records));
    }
    // The entry the snapshot reflects last is read too: a log that no
    // longer has it lost entries, and would number new ones again.
    let seen = snapshot.log_seq;
    let mut entries = live.log_since(id, seen.saturating_sub(1)).await?;
    if seen > 0 {
        if entries.first().map(|(seq, _)| *seq) != Some(seen) {
            return Err(Unrestorable::Damaged(format!(
                "the log of game {id:?} ends before entry {seen}, which its snapshot reflects"
            )));
        }
        entries.remove(0);
    }
    Ok(Some(StoredGame {
        snapshot,
        answers,
        entries,
    }))
}

pub struct Registry {
    games: Arc<Mutex<Games>>,
    store: Arc<dyn Store>,
    live: Arc<dyn Live>,
    limits: GameLimits,
    metrics: Arc<Metrics>,
    /// Where finished games' report mail is queued, when mail is set up.
    report_mail: Option<Outbox>,
    events: crate::notify::Events,
    /// How long this node's leases on its games last (shared live state).
    lease: Duration,
    /// Games another node runs now (shared live state).
    elsewhere: Arc<ownership::Elsewhere>,
    /// The server is stopping: take over no more games.
    stopping: std::sync::atomic::AtomicBool,
    /// Stand-ins for games other nodes run, with clients on this node
    /// (shared live state only).
    proxies: Option<super::relay::Proxies>,
}

pub struct CreatedGame {
    pub id: String,
    pub pin: String,
    pub host_key: String,
}

/// A random secret of `bytes` bytes, hex-encoded.
pub fn secret(bytes: usize) -> String {
    let mut rng = rand::rng();
    (0..bytes)
        .map(|_| format!("{:02x}", rng.random::<u8>()))
        .collect()
}

impl Registry {
    pub fn new(store: Arc<dyn Store>, live: Arc<dyn Live>, limits: GameLimits) -> Self {
        Registry {
            games: Arc::default(),
            store,
            limits,
            metrics: Arc::default(),
            report_mail: None,
            events: crate::notify::Events::default(),
            lease: lease_length(10_000),
            elsewhere: Arc::default(),
            stopping: Default::default(),
            proxies: live
                .bus()
                .map(|bus| super::relay::Proxies::new(bus, lease_length(10_000))),
            live,
        }
    }

    /// How long this node's leases on the games it runs last, when the
    /// live state is shared with other nodes.
    pub fn with_lease(mut self, lease: Duration) -> Self {
        self.lease = lease;
        self.proxies = self
            .live
            .bus()
            .map(|bus| super::relay::Proxies::new(bus, lease));
        self
    }

    /// Where the games queue their report mail once their results are stored.
    pub fn with_report_mail(mut self, outbox: Option<Outbox>) -> Self {
        self.report_mail = outbox;
        self
    }

    /// Where the games raise their lifecycle events.
    pub fn with_events(mut self, events: crate::notify::Events) -> Self {
        self.events = events;
        self
    }

    /// Where the games' actors count what they do.
    pub fn with_metrics(mut self, metrics: Arc<Metrics>) -> Self {
        self.metrics = metrics;
        self
    }

    pub fn by_pin(&self, pin: &str) -> Option<GameHandle> {
        self.games
            .lock()
            .expect("registry lock")
            .by_pin
            .get(pin)
            .cloned()
    }

    pub fn by_id(&self, id: &str) -> Option<GameHandle> {
        let games = self.games.lock().expect("registry lock");
        games
            .pin_of
            .get(id)
            .and_then(|pin| games.by_pin.get(pin))
            .cloned()
    }

    pub fn len(&self) -> usize {
        self.games.lock().expect("registry lock").by_pin.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Starts a game actor for `quiz`, created by account `owner`, with a
    /// fresh PIN and host key; refused when too many games run already.
    /// Counting and adding happen under one lock, so a burst of requests
    /// cannot slip past the limit together. Returns once the game's first
    /// snapshot is on disk, so a restart brings it back; if that cannot be
    /// written the game is dropped, files and all, and `NotSaved` returned.
    pub async fn create(
        &self,
        quiz: Quiz,
        options: GameOptions,
        owner: i64,
    ) -> Result<CreatedGame, CreateError> {
        let id = secret(8);
        let host_key = secret(16);
        // A new id: no other node can hold it, but its writes must carry
        // this node's token from the first one.
        if !self.claim(&id).await {
            return Err(CreateError::NotSaved);
        }
        // With other nodes, the PIN is reserved in the shared live state.
        let reserved = self.reserve_pin(&id).await?;
        let refuse = |refusal: CreateError| async {
            if let Some(pin) = &reserved {
                let _ = self.live.release_pin(pin, &id).await;
            }
            Err(refusal)
        };
        let added = (|| {
            let mut games = self.games.lock().expect("registry lock");
            let total = games.by_pin.len();
            if self.limits.total > 0 && total >= self.limits.total {
                return Err(TooManyGames::Server(self.limits.total));
            }
            let own = games.owner_of.values().filter(|&&o| o == owner).count();
            if self.limits.per_account > 0 && own >= self.limits.per_account {
                return Err(TooManyGames::Account(self.limits.per_account));
            }
            let pin = loop {
                if let Some(pin) = &reserved {
                    break pin.clone();
                }
                let pin = format!("{:06}", rand::rng().random_range(100_000..1_000_000));
                if !games.by_pin.contains_key(&pin) {
                    break pin;
                }
            };
            let game = Game::new(id.clone(), pin.clone(), quiz, options, now_ms());
            let start = self.add(&mut games, game, host_key.clone(), Some(owner));
            Ok((pin, start))
        })();
        let (pin, start) = match added {
            Ok(added) => added,
            Err(too_many) => return refuse(too_many.into()).await,
        };
        let (saved, on_disk) = oneshot::channel();
        start(0, 0, Duration::ZERO, Some(saved));
        match on_disk.await {
            Ok(Ok(())) => {}
            Ok(Err(problem)) => {
                tracing::error!(game = %id, %pin, "game not created: its first snapshot cannot be written: {problem}");
                return refuse(CreateError::NotSaved).await;
            }
            Err(_) => return refuse(CreateError::NotSaved).await,
        }
        tracing::info!(game = %id, %pin, "game created");
        Ok(CreatedGame { id, pin, host_key })
    }

    /// Brings back the games the live store holds, as they were when the
    /// server stopped (see `GameActor::restore`). A game whose files are
    /// damaged is set aside in quarantine; one untouched for longer than
    /// its phase allows is not brought back (a lobby is removed, a game in
    /// play is ended and a podium closed, their results saved first), nor
    /// is a game over (its results are saved, then it closes). Returns how
    /// many resumed.
    pub async fn restore_all(&self) -> Result<usize, LiveError> {
        let mut resumed = 0;
        let ids = self.live.games().await?;
        self.elsewhere.keep_only(&ids);
        for id in ids {
            if self.by_id(&id).is_some() {
                continue;
            }
            // Claimed before it is read: once claimed, the node that ran it
            // can write no more, so what is read is all there is.
            if !self.claim(&id).await {
                self.note_elsewhere(&id).await;
                continue;
            }
            self.elsewhere.remove(&id);
            let stored = match read_game(self.live.as_ref(), &id).await {
                Ok(Some(stored)) => stored,
                Ok(None) => continue,
                Err(Unrestorable::Damaged(reason)) => {
                    self.set_aside(&id, &reason).await;
                    continue;
                }
                Err(Unrestorable::Unreadable(e)) => {
                    tracing::error!(game = %id, "live files unreadable, game not resumed (left in place): {e}");
                    continue;
                }
            };
            // How long nothing has been written for it: a game abandoned
            // before the server stopped has files older than its limit.
            let idle = match self.live.changed_at(&id).await {
                Ok(Some(at)) => Duration::from_millis(now_ms().saturating_sub(at)),
                Ok(None) => Duration::ZERO,
                Err(e) => {
                    tracing::warn!(game = %id, "cannot tell when the game last changed: {e}");
                    Duration::ZERO
                }
            };
            let (game, host_key, log_seq, answers_saved) =
                GameActor::restore(stored.snapshot, stored.answers, stored.entries);
            if self.by_pin(&game.pin).is_some() {
                if self.live.shared() {
                    // Another node's game with the PIN of one this node
                    // runs: left to a node without that PIN.
                    tracing::error!(game = %id, pin = %game.pin, "cannot take the game over: this node runs another game with its PIN");
                    let _ = self.live.release_game(&id).await;
                    continue;
                }
                self.live.remove(&id).await?;
                continue;
            }
            let abandoned = self
                .limits
                .expiry
                .after(game.phase())
                .is_some_and(|limit| idle > limit);
            // A podium or an ended game may have stopped before its results
            // were stored: its actor stores them (again, which replaces the
            // first save) and only then closes it and removes its files.
            if abandoned && *game.phase() == Phase::Lobby {
                tracing::info!(game = %id, pin = %game.pin, idle_secs = idle.as_secs(), "game untouched for too long, not resumed; live files removed");
                self.live.remove(&id).await?;
                continue;
            }
            let owner = match self.store.game_host(&id).await {
                Ok(owner) => owner,
                Err(e) => {
                    tracing::warn!(game = %id, "the game's creator is unknown: {e}");
                    None
                }
            };
            if *game.phase() == Phase::Ended {
                tracing::info!(game = %id, pin = %game.pin, "game over: saving its results, then closing it");
            } else if abandoned {
                tracing::info!(game = %id, pin = %game.pin, idle_secs = idle.as_secs(), "game untouched for too long: ending it, its results saved");
            } else {
                tracing::info!(game = %id, pin = %game.pin, players = game.player_count(), "game resumed");
                resumed += 1;
            }
            let mut games = self.games.lock().expect("registry lock");
            let start = self.add(&mut games, game, host_key, owner);
            drop(games);
            start(log_seq, answers_saved, idle, None);
        }
        Ok(resumed)
    }

    /// Moves a damaged game's files to the quarantine folder, and says so.
    async fn set_aside(&self, id: &str, reason: &str) {
        match self.live.quarantine(id, reason).await {
            Ok(aside) => tracing::error!(
                game = %id,
                path = %aside.path,
                "live files damaged, game set aside in quarantine: {reason}"
            ),
            Err(e) => tracing::error!(
                game = %id,
                "live files damaged ({reason}), and could not be moved to quarantine: {e}"
            ),
        }
    }

    /// Adds a game to the maps; the returned function starts its actor,
    /// continuing its log after `log_seq` with `answers_saved` answers
    /// stored, and counting `idle` as time it already sat without activity.
    /// A new game's actor reports through `saved` once its first snapshot
    /// is written (or why it cannot be; see `GameActor::run`).
    fn add(
        &self,
        games: &mut Games,
        game: Game,
        host_key: String,
        owner: Option<i64>,
    ) -> impl FnOnce(u64, usize, Duration, Option<FirstSnapshot>) {
        let (id, pin) = (game.id.clone(), game.pin.clone());
        let (tx, rx) = mpsc::channel(MAILBOX);
        let registry = Arc::clone(&self.games);
        let (end_id, end_pin) = (id.clone(), pin.clone());
        let actor = GameActor::new(
            game,
            host_key,
            Arc::clone(&self.store),
            Arc::clone(&self.live),
            Box::new(|| secret(16)),
            Box::new(move || {
                let mut games = registry.lock().expect("registry lock");
                games.by_pin.remove(&end_pin);
                games.pin_of.remove(&end_id);
                games.owner_of.remove(&end_id);
            }),
        );
        games.pin_of.insert(id.clone(), pin.clone());
        if let Some(owner) = owner {
            games.owner_of.insert(id.clone(), owner);
        }
        let (game_id_for_lease, pin_for_lease, tx_for_lease) =
            (id.clone(), pin.clone(), tx.clone());
        games.by_pin.insert(pin.clone(), GameHandle { id, pin, tx });
        let expiry = self.limits.expiry;
        let metrics = Arc::clone(&self.metrics);
        let report_mail = self.report_mail.clone();
        let events = self.events.clone();
        if let Some(bus) = self.live.bus() {
            super::relay::serve(
                bus,
                game_id_for_lease.clone(),
                tx_for_lease.clone(),
                self.lease,
            );
        }
        if self.live.shared() {
            ownership::keep(
                Arc::clone(&self.live),
                Arc::clone(&self.elsewhere),
                game_id_for_lease,
                pin_for_lease,
                self.lease,
                tx_for_lease,
            );
        }
        move |log_seq, answers_saved, idle, saved| {
            let actor = actor
                .with_events(events)
                .with_log_seq(log_seq, answers_saved)
                .with_expiry(expiry, idle)
                .with_first_snapshot_report(saved)
                .with_metrics(metrics)
                .with_report_mail(report_mail);
            tokio::spawn(actor.run(rx));
        }
    }

    /// Asks every game to persist and tell its clients the server is going away.
    pub async fn shutdown(&self) {
        self.stopping
            .store(true, std::sync::atomic::Ordering::SeqCst);
        let handles: Vec<GameHandle> = self
            .games
            .lock()
            .expect("registry lock")
            .by_pin
            .values()
            .cloned()
            .collect();
        for handle in handles {
            let (done, wait) = oneshot::channel();
            if handle.tx.send(ActorMsg::Shutdown { done }).await.is_ok() {
                let _ = wait.await;
            }
        }
        if let Some(proxies) = &self.proxies {
            proxies.shutdown().await;
        }
    }
}
