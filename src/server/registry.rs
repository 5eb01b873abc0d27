//! The live games on this node, by PIN and by id, and how they are created.
//! Each game is an actor task; the registry hands out its mailbox.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use rand::Rng;
use tokio::sync::{mpsc, oneshot};

use crate::game::{Game, GameOptions};
use crate::live::Live;
use crate::quiz::Quiz;
use crate::store::Store;

use super::actor::{ActorMsg, GameActor};
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
        let mut games = self.games.lock().expect("registry lock");
        let pin = loop {
            let pin = format!("{:06}", rand::rng().random_range(100_000..1_000_000));
            if !games.by_pin.contains_key(&pin) {
                break pin;
            }
        };
        let game = Game::new(id.clone(), pin.clone(), quiz, options, now_ms());
        let (tx, rx) = mpsc::channel(MAILBOX);
        let registry = Arc::clone(&self.games);
        let (end_id, end_pin) = (id.clone(), pin.clone());
        let actor = GameActor::new(
            game,
            host_key.clone(),
            Arc::clone(&self.store),
            Arc::clone(&self.live),
            Box::new(|| secret(16)),
            Box::new(move || {
                let mut games = registry.lock().expect("registry lock");
                games.by_pin.remove(&end_pin);
                games.pin_of.remove(&end_id);
            }),
        );
        tokio::spawn(actor.run(rx));
        games.pin_of.insert(id.clone(), pin.clone());
        games.by_pin.insert(
            pin.clone(),
            GameHandle {
                id: id.clone(),
                pin: pin.clone(),
                tx,
            },
        );
        tracing::info!(game = %id, %pin, "game created");
        CreatedGame { id, pin, host_key }
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
