//! Live game state behind one trait: snapshots of running games and their
//! answer logs. Embedded default is sled; the trait keeps it swappable.
//! Nothing here interprets a game; it stores bytes and records.

pub mod sled;

use std::sync::Arc;

use async_trait::async_trait;

use crate::game::Input;

#[derive(Debug, thiserror::Error)]
pub enum LiveError {
    #[error("unsupported live-state URL {0:?} (expected sled://PATH)")]
    UnsupportedUrl(String),
    #[error("live store error: {0}")]
    Backend(String),
    #[error("live data is corrupt: {0}")]
    Corrupt(String),
}

pub type Result<T, E = LiveError> = std::result::Result<T, E>;

#[async_trait]
pub trait Live: Send + Sync {
    /// Replaces the snapshot of a game (serialized `Game`).
    async fn save_snapshot(&self, game_id: &str, snapshot: &[u8]) -> Result<()>;
    async fn load_snapshot(&self, game_id: &str) -> Result<Option<Vec<u8>>>;
    /// Ids of every game with a snapshot.
    async fn games(&self) -> Result<Vec<String>>;
    /// Appends an accepted input to the game's log; returns its sequence number.
    /// Durable (flushed) before it returns.
    async fn append(&self, game_id: &str, input: &Input) -> Result<u64>;
    /// Every input logged after sequence `after` (exclusive; 0 = all), in order.
    async fn log_since(&self, game_id: &str, after: u64) -> Result<Vec<(u64, Input)>>;
    /// Drops a game's snapshot and log.
    async fn remove(&self, game_id: &str) -> Result<()>;
}

/// Opens the backend a URL names: `sled://PATH` (or a bare path).
pub fn open(url: &str) -> Result<Arc<dyn Live>> {
    let path = match url.strip_prefix("sled://") {
        Some(path) => path,
        None if !url.contains("://") => url,
        None => return Err(LiveError::UnsupportedUrl(url.to_string())),
    };
    Ok(Arc::new(self::sled::SledLive::open(path)?))
}
