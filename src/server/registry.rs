//! The live games on this node, by PIN and by id, and how they are created.
//! Each game is an actor task; the registry hands out its mailbox.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use rand::Rng;
use tokio::sync::{mpsc, oneshot};

use crate::game::{Game, GameOptions, Phase};
use crate::live::{Live, LiveError};
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
        let pin = {
            let games = self.games.lock().expect("registry lock");
            loop {
                let pin = format!("{:06}", rand::rng().random_range(100_000..1_000_000));
                if !games.by_pin.contains_key(&pin) {
                    break pin;
                }
            }
        };
        let game = Game::new(id.clone(), pin.clone(), quiz, options, now_ms());
        self.spawn(game, host_key.clone(), 0, 0);
        tracing::info!(game = %id, %pin, "game created");
        CreatedGame { id, pin, host_key }
    }

    /// Brings back every game the live store holds, as it was when the
    /// server stopped (see `GameActor::restore`). Returns how many resumed.
    pub async fn restore_all(&self) -> Result<usize, LiveError> {
        let mut resumed = 0;
        for id in self.live.games().await? {
            let Some(bytes) = self.live.load_snapshot(&id).await? else {
                continue;
            };
            let snapshot: Snapshot = match serde_json::from_slice(&bytes) {
                Ok(s) => s,
                Err(e) => {
                    tracing::error!(game = %id, "snapshot unreadable, game not resumed: {e}");
                    continue;
                }
            };
            let mut stored = Vec::new();
            for (question, bytes) in self.live.load_answers(&id).await? {
                match serde_json::from_slice(&bytes) {
                    Ok(records) => stored.push((question, records)),
                    Err(e) => {
                        tracing::error!(game = %id, question, "stored answers unreadable: {e}")
                    }
                }
            }
            let entries = self.live.log_since(&id, snapshot.log_seq).await?;
            let (game, host_key, log_seq, answers_saved) =
                GameActor::restore(snapshot, stored, entries);
            if *game.phase() == Phase::Ended || self.by_pin(&game.pin).is_some() {
                self.live.remove(&id).await?;
                continue;
            }
            tracing::info!(game = %id, pin = %game.pin, players = game.player_count(), "game resumed");
            self.spawn(game, host_key, log_seq, answers_saved);
            resumed += 1;
        }
        Ok(resumed)
    }

    fn spawn(&self, game: Game, host_key: String, log_seq: u64, answers_saved: usize) {
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
        )
        .with_log_seq(log_seq, answers_saved);
        let mut games = self.games.lock().expect("registry lock");
        games.pin_of.insert(id.clone(), pin.clone());
        games.by_pin.insert(pin.clone(), GameHandle { id, pin, tx });
        drop(games);
        tokio::spawn(actor.run(rx));
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
