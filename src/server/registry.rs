//! The live games on this node, by PIN and by id, how they are created,
//! and how they come back on start: intact games resume, and games whose
//! live files are damaged are set aside in quarantine.
//! Each game is an actor task; the registry hands out its mailbox.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use rand::Rng;
use tokio::sync::{mpsc, oneshot};

use crate::game::{AnswerRecord, Game, GameOptions, Phase};
use crate::live::{Live, LiveError, LogEntry};
use crate::quiz::Quiz;
use crate::store::Store;

use super::actor::{ActorMsg, GameActor, Snapshot};
use super::now_ms;

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
    pub fn new(store: Arc<dyn Store>, live: Arc<dyn Live>) -> Self {
        Registry {
            games: Arc::default(),
            store,
            live,
        }
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

    /// Starts a game actor for `quiz` with a fresh PIN and host key.
    pub fn create(&self, quiz: Quiz, options: GameOptions) -> CreatedGame {
        let id = secret(8);
        let host_key = secret(16);
        let mut games = self.games.lock().expect("registry lock");
        let pin = loop {
            let pin = format!("{:06}", rand::rng().random_range(100_000..1_000_000));
            if !games.by_pin.contains_key(&pin) {
                break pin;
            }
        };
        let game = Game::new(id.clone(), pin.clone(), quiz, options, now_ms());
        let start = self.add(&mut games, game, host_key.clone());
        drop(games);
        start(0, 0);
        tracing::info!(game = %id, %pin, "game created");
        CreatedGame { id, pin, host_key }
    }

    /// Brings back the games the live store holds, as they were when the
    /// server stopped (see `GameActor::restore`). A game whose files are
    /// damaged is set aside in quarantine. Returns how many resumed.
    pub async fn restore_all(&self) -> Result<usize, LiveError> {
        let mut resumed = 0;
        for id in self.live.games().await? {
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
            let (game, host_key, log_seq, answers_saved) =
                GameActor::restore(stored.snapshot, stored.answers, stored.entries);
            if *game.phase() == Phase::Ended || self.by_pin(&game.pin).is_some() {
                self.live.remove(&id).await?;
                continue;
            }
            tracing::info!(game = %id, pin = %game.pin, players = game.player_count(), "game resumed");
            let mut games = self.games.lock().expect("registry lock");
            let start = self.add(&mut games, game, host_key);
            drop(games);
            start(log_seq, answers_saved);
            resumed += 1;
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
    /// stored.
    fn add(&self, games: &mut Games, game: Game, host_key: String) -> impl FnOnce(u64, usize) {
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
            }),
        );
        games.pin_of.insert(id.clone(), pin.clone());
        games.by_pin.insert(pin.clone(), GameHandle { id, pin, tx });
        move |log_seq, answers_saved| {
            tokio::spawn(actor.with_log_seq(log_seq, answers_saved).run(rx));
        }
    }

    /// Asks every game to persist and tell its clients the server is going away.
    pub async fn shutdown(&self) {
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
    }
}
