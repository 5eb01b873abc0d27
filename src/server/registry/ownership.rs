//! Which node runs each game when several share their live state (Redis):
//! the node holding the game's lease. This keeps each lease this node holds
//! renewed while its game runs, stops the game at once when the lease is
//! lost, and takes over games whose owner's lease has expired. It must not
//! touch a game's state; the actor and `Registry::restore_all` do.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::mpsc;

use rand::Rng;

use super::{CreateError, GameHandle, Registry};
use crate::live::Live;
use crate::server::actor::ActorMsg;

/// The shortest lease honoured: a renewal every third of it must fit in
/// the round trips to Redis.
const SHORTEST: Duration = Duration::from_millis(300);

/// How a lease's length is turned into the renewal period: every third
/// of it, so two renewals may fail before it expires.
pub fn renew_every(lease: Duration) -> Duration {
    lease / 3
}

/// The lease length a `live_lease_ms` setting gives.
pub fn lease_length(ms: u64) -> Duration {
    Duration::from_millis(ms).max(SHORTEST)
}

/// Games another node runs now, by PIN: a client asking for one is told
/// to connect again rather than that the game does not exist.
#[derive(Default)]
pub struct Elsewhere {
    /// Game id → PIN.
    pins: Mutex<HashMap<String, String>>,
}

impl Elsewhere {
    pub fn holds_pin(&self, pin: &str) -> bool {
        let pins = self.pins.lock().expect("elsewhere lock");
        pins.values().any(|p| p == pin)
    }

    pub fn knows(&self, id: &str) -> bool {
        self.pins.lock().expect("elsewhere lock").contains_key(id)
    }

    pub fn insert(&self, id: &str, pin: &str) {
        let mut pins = self.pins.lock().expect("elsewhere lock");
        pins.insert(id.to_string(), pin.to_string());
    }

    pub fn remove(&self, id: &str) {
        self.pins.lock().expect("elsewhere lock").remove(id);
    }

    /// Forgets games no longer in the live store.
    pub fn keep_only(&self, ids: &[String]) {
        let mut pins = self.pins.lock().expect("elsewhere lock");
        pins.retain(|id, _| ids.contains(id));
    }
}

/// Renews this node's lease on one game while its actor runs (`tx` open).
/// When a renewal says the lease is gone, or renewals fail for as long as
/// the lease lasts, the actor is told to stop at once (`LeaseLost`). When
/// the actor ends by itself (game over, server stopping), the lease is
/// released so another node may take the game at once.
pub fn keep(
    live: Arc<dyn Live>,
    elsewhere: Arc<Elsewhere>,
    id: String,
    pin: String,
    lease: Duration,
    tx: mpsc::Sender<ActorMsg>,
) {
    tokio::spawn(async move {
        let mut renewed_at = tokio::time::Instant::now();
        loop {
            tokio::select! {
                _ = tx.closed() => {
                    if let Err(e) = live.release_game(&id).await {
                        tracing::warn!(game = %id, "could not release the game's lease: {e}");
                    }
                    return;
                }
                _ = tokio::time::sleep(renew_every(lease)) => {}
            }
            let asked_at = tokio::time::Instant::now();
            let lost = match live.renew_game(&id, lease).await {
                Ok(true) => {
                    renewed_at = asked_at;
                    false
                }
                Ok(false) => {
                    tracing::warn!(game = %id, %pin, "lease on the game lost to another node: stopping it here");
                    true
                }
                Err(e) => {
                    // Unanswered renewals for a whole lease: another node
                    // may have claimed the game by now.
                    let expired = renewed_at.elapsed() >= lease;
                    tracing::warn!(game = %id, "could not renew the game's lease: {e}");
                    expired
                }
            };
            if lost {
                elsewhere.insert(&id, &pin);
                let _ = tx.send(ActorMsg::LeaseLost).await;
                return;
            }
        }
    });
}

impl Registry {
    /// With shared live state, looks for games whose owner's lease has
    /// expired every third of a lease, and takes them over.
    pub fn watch_for_orphans(self: &Arc<Self>) {
        if !self.live.shared() {
            return;
        }
        let registry = Arc::clone(self);
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(renew_every(registry.lease)).await;
                if registry.stopping.load(std::sync::atomic::Ordering::SeqCst) {
                    return;
                }
                match registry.restore_all().await {
                    Ok(0) => {}
                    Ok(taken) => {
                        tracing::info!(taken, "games taken over from a node whose lease expired")
                    }
                    Err(e) => tracing::warn!("cannot look for games to take over: {e}"),
                }
            }
        });
    }

    /// Takes the lease on a game this node is about to run; false (logged)
    /// while another node holds it or the lease cannot be asked for.
    /// With files it is always this node's.
    pub(super) async fn claim(&self, id: &str) -> bool {
        match self.live.claim_game(id, self.lease).await {
            Ok(claimed) => claimed,
            Err(e) => {
                tracing::warn!(game = %id, "cannot claim the game's lease: {e}");
                false
            }
        }
    }

    /// Notes a game another node runs, by its PIN (read from its snapshot
    /// the first time it is seen).
    pub(super) async fn note_elsewhere(&self, id: &str) {
        if self.elsewhere.knows(id) {
            return;
        }
        let snapshot = match self.live.load_snapshot(id).await {
            Ok(Some(bytes)) => bytes,
            Ok(None) => return,
            Err(e) => {
                tracing::warn!(game = %id, "cannot read the snapshot of a game run elsewhere: {e}");
                return;
            }
        };
        match serde_json::from_slice::<super::Snapshot>(&snapshot) {
            Ok(snapshot) => self.elsewhere.insert(id, &snapshot.game.pin),
            Err(e) => {
                tracing::warn!(game = %id, "unreadable snapshot of a game run elsewhere: {e}")
            }
        }
    }

    /// Whether another node runs the game with this PIN now.
    pub fn runs_elsewhere(&self, pin: &str) -> bool {
        self.elsewhere.holds_pin(pin)
    }

    /// The game with this PIN that another node runs, as this node's
    /// sockets reach it: a stand-in relaying them to its owner (see
    /// `relay`). None with files, or when no running game has the PIN.
    pub async fn relayed(&self, pin: &str) -> Option<GameHandle> {
        let proxies = self.proxies.as_ref()?;
        match self.live.game_of_pin(pin).await {
            Ok(Some(id)) => Some(proxies.get(&id, pin)),
            Ok(None) => None,
            Err(e) => {
                tracing::warn!(%pin, "cannot look the PIN up: {e}");
                None
            }
        }
    }

    /// A fresh PIN reserved for game `id` across the nodes, when live
    /// state is shared (None with files: the registry's lock keeps this
    /// node's PINs apart).
    pub(super) async fn reserve_pin(&self, id: &str) -> Result<Option<String>, CreateError> {
        if !self.live.shared() {
            return Ok(None);
        }
        for _ in 0..PIN_TRIES {
            let pin = format!("{:06}", rand::rng().random_range(100_000..1_000_000));
            match self.live.reserve_pin(&pin, id).await {
                Ok(true) => return Ok(Some(pin)),
                Ok(false) => continue,
                Err(e) => {
                    tracing::error!(game = %id, "cannot reserve a PIN for a new game: {e}");
                    return Err(CreateError::NotSaved);
                }
            }
        }
        tracing::error!(game = %id, "no free PIN found for a new game");
        Err(CreateError::NotSaved)
    }
}

/// PINs tried for a new game before giving up (900,000 exist).
const PIN_TRIES: usize = 64;
