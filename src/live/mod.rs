//! Live game state behind one trait: snapshots of running games, their
//! answer logs and the scored answers of their closed questions. The
//! embedded default is a directory of plain files (`files`); the trait keeps
//! it swappable.
//! Nothing here interprets a game; it stores bytes and records.

#[doc(hidden)]
pub mod conformance;
mod fault;
pub mod files;
mod format;
mod sled;

use std::sync::Arc;

use async_trait::async_trait;

use serde::{Deserialize, Serialize};

use crate::game::Input;

/// One accepted change to a game, with the server time it was accepted at.
/// Replaying a snapshot's later entries through the engine, with these
/// times, rebuilds the game exactly.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "entry", rename_all = "snake_case")]
pub enum LogEntry {
    Join {
        at: u64,
        nickname: String,
        token: String,
    },
    Input {
        at: u64,
        input: Input,
    },
    /// The open question closed because every player connected had
    /// answered. Who was connected is not logged, so a replay closes the
    /// question here instead of working it out.
    Closed {
        at: u64,
    },
}

#[derive(Debug, thiserror::Error)]
pub enum LiveError {
    #[error("unsupported live-state URL {0:?} (expected files://PATH)")]
    UnsupportedUrl(String),
    #[error("live store error: {0}")]
    Backend(String),
    #[error("live data is corrupt: {0}")]
    Corrupt(String),
}

pub type Result<T, E = LiveError> = std::result::Result<T, E>;

/// A game whose live files were found damaged and set aside.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quarantined {
    pub game: String,
    /// Where its files are now.
    pub path: String,
    /// What was found wrong.
    pub reason: String,
}

#[async_trait]
pub trait Live: Send + Sync {
    /// Replaces the snapshot of a game (serialized `Game`).
    async fn save_snapshot(&self, game_id: &str, snapshot: &[u8]) -> Result<()>;
    async fn load_snapshot(&self, game_id: &str) -> Result<Option<Vec<u8>>>;
    /// Ids of every game with a snapshot.
    async fn games(&self) -> Result<Vec<String>>;
    /// Appends entries to the game's log in order; returns the sequence
    /// number of the last one (numbers start at 1 and have no gaps). Durable
    /// (flushed to disk) before it returns, so one call commits a whole batch.
    async fn append(&self, game_id: &str, entries: &[LogEntry]) -> Result<u64>;
    /// Every entry logged after sequence `after` (exclusive; 0 = all), in order.
    async fn log_since(&self, game_id: &str, after: u64) -> Result<Vec<(u64, LogEntry)>>;
    /// Stores the scored answers of one closed question, replacing any
    /// stored for it before; durable before it returns. Kept apart from
    /// the snapshot so snapshots stay the size of the player list instead
    /// of growing with every question.
    async fn save_answers(&self, game_id: &str, question: usize, answers: &[u8]) -> Result<()>;
    /// Every question's stored answers, by question index, in order.
    async fn load_answers(&self, game_id: &str) -> Result<Vec<(usize, Vec<u8>)>>;
    /// Drops a game's snapshot, log and stored answers.
    async fn remove(&self, game_id: &str) -> Result<()>;
    /// Sets a damaged game's files aside, whole and unchanged, with the
    /// reason: the game is no longer listed, and an operator can still
    /// read what was left of it.
    async fn quarantine(&self, game_id: &str, reason: &str) -> Result<Quarantined>;
    /// Every game set aside so far.
    async fn quarantined(&self) -> Result<Vec<Quarantined>>;
    /// When a game's files last changed (ms since the Unix epoch), or None
    /// if it has none.
    async fn changed_at(&self, game_id: &str) -> Result<Option<u64>>;
    /// Why the latest write of some game failed, while no later write of
    /// that game has succeeded (`/readyz` answers 503 meanwhile).
    fn write_problem(&self) -> Option<String> {
        None
    }
}

/// Opens the backend a URL names: `files://PATH` (or a bare path). Earlier
/// versions kept live state in sled under `sled://PATH`: that URL names the
/// same directory, and games found there in sled are moved to files.
pub fn open(url: &str) -> Result<Arc<dyn Live>> {
    let path = match url
        .strip_prefix("files://")
        .or_else(|| url.strip_prefix("sled://"))
    {
        Some(path) => path,
        None if !url.contains("://") => url,
        None => return Err(LiveError::UnsupportedUrl(url.to_string())),
    };
    let path = std::path::Path::new(path);
    let live = files::FileLive::open(path)?;
    self::sled::migrate(path, &live)?;
    Ok(Arc::new(live))
}
