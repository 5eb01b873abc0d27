//! Live game state behind one trait: snapshots of running games, their
//! answer logs and the scored answers of their closed questions. The
//! embedded default is a directory of plain files (`files`); several nodes
//! share Redis (`redis`). The URL's scheme picks the backend.
//! Nothing here interprets a game; it stores bytes and records.

#[doc(hidden)]
pub mod conformance;
mod fault;
pub mod files;
mod format;
pub mod redis;
#[cfg(feature = "sled-migrate")]
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
    #[error("unsupported live-state URL {0:?} (expected files://PATH or redis://HOST:PORT/DB)")]
    UnsupportedUrl(String),
    #[error("live store error: {0}")]
    Backend(String),
    #[error("live data is corrupt: {0}")]
    Corrupt(String),
    /// A write of a game another node has taken over since this one
    /// claimed it (its fencing token is stale).
    #[error("this node no longer owns the game: {0}")]
    Stale(String),
    /// Live state in sled, which this build cannot read.
    #[error("{0}")]
    Sled(String),
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
    /// Whether other nodes share this live state, so that each game is run
    /// by the node holding its lease (`claim_game`). False for files,
    /// whose games are trivially this process's own.
    fn shared(&self) -> bool {
        false
    }
    /// Takes ownership of a game for `ttl`: false while another node's
    /// lease on it runs. From then on this node's writes of the game carry
    /// its fencing token, and are refused (`LiveError::Stale`) once another
    /// node has claimed it since.
    async fn claim_game(&self, _game_id: &str, _ttl: std::time::Duration) -> Result<bool> {
        Ok(true)
    }
    /// Extends this node's lease on a game by `ttl` from now; false if it
    /// expired or another node holds the game: this node must stop running it.
    async fn renew_game(&self, _game_id: &str, _ttl: std::time::Duration) -> Result<bool> {
        Ok(true)
    }
    /// Gives this node's lease on a game up, so another node may claim it
    /// at once. Writes of the game stay fenced with the old token.
    async fn release_game(&self, _game_id: &str) -> Result<()> {
        Ok(())
    }
    /// Fails with `LiveError::Stale` when another node has claimed the game
    /// since this one did: checked before a finished game's results are
    /// saved, so a node that lost its game saves nothing.
    async fn check_fence(&self, _game_id: &str) -> Result<()> {
        Ok(())
    }
    /// Reserves a new game's PIN across every node sharing this live state:
    /// false if a running game holds it already. Files: always true (the
    /// registry keeps this node's PINs apart).
    async fn reserve_pin(&self, _pin: &str, _game_id: &str) -> Result<bool> {
        Ok(true)
    }
    /// The game another node holds a PIN for, if any.
    async fn game_of_pin(&self, _pin: &str) -> Result<Option<String>> {
        Ok(None)
    }
    /// Gives a game's PIN back once the game is over.
    async fn release_pin(&self, _pin: &str, _game_id: &str) -> Result<()> {
        Ok(())
    }
    /// Messages between the nodes sharing this live state (Redis pub/sub),
    /// so clients of a game may connect to any node; None when there is
    /// only this one (files).
    fn bus(&self) -> Option<Arc<redis::Bus>> {
        None
    }
}

/// Opens the backend a URL names: `files://PATH` (or a bare path), or
/// `redis://HOST:PORT/DB` (connecting to it).
///
/// Earlier versions kept live state in sled, under `sled://PATH`. A build
/// with the `sled-migrate` feature takes that URL for the same directory
/// and moves the games it finds in sled to files; other builds refuse both
/// the URL and a directory holding sled's data, saying how to move it, so
/// that no game is silently left behind.
pub async fn open(url: &str) -> Result<Arc<dyn Live>> {
    if url.starts_with("redis://") {
        return Ok(Arc::new(redis::RedisLive::open(url).await?));
    }
    open_embedded(url)
}

/// Opens the embedded backend a `files://PATH` URL or bare path names.
fn open_embedded(url: &str) -> Result<Arc<dyn Live>> {
    let (path, sled_url) = match url.strip_prefix("files://") {
        Some(path) => (path, false),
        None => match url.strip_prefix(SLED_SCHEME) {
            Some(path) => (path, true),
            None if !url.contains("://") => (url, false),
            None => return Err(LiveError::UnsupportedUrl(url.to_string())),
        },
    };
    let path = std::path::Path::new(path);
    #[cfg(not(feature = "sled-migrate"))]
    refuse_sled(path, sled_url)?;
    #[cfg(feature = "sled-migrate")]
    let _ = sled_url;
    let live = files::FileLive::open(path)?;
    #[cfg(feature = "sled-migrate")]
    self::sled::migrate(path, &live)?;
    Ok(Arc::new(live))
}

/// The directory a `files://PATH` URL (or a bare path) names, for reading
/// the files from outside a server (`quizbox backup`).
pub fn files_path(url: &str) -> Result<&std::path::Path> {
    if url.starts_with("redis://") {
        return Err(LiveError::Backend(
            "live state is kept in Redis (--live redis://…), which quizbox does not copy: back \
             Redis up with its own means (see docs/scale-out.md)"
                .into(),
        ));
    }
    match url.strip_prefix("files://") {
        Some(path) => Ok(std::path::Path::new(path)),
        None if !url.contains("://") => Ok(std::path::Path::new(url)),
        None => Err(LiveError::UnsupportedUrl(url.to_string())),
    }
}

const SLED_SCHEME: &str = "sled://";
/// sled's configuration file: its presence marks a directory holding sled's
/// data that has not been moved to files yet.
const SLED_MARKER: &str = "conf";

/// What to do with live state in sled, for a build that cannot read it.
#[cfg(not(feature = "sled-migrate"))]
const HOW_TO_MOVE_SLED: &str = "to move its games to files, start once (`quizbox serve` or \
`quizbox doctor`) a quizbox built with `cargo install quizbox --features sled-migrate`, or a \
release from before sled was dropped; to leave them, move the directory away";

#[cfg(not(feature = "sled-migrate"))]
fn refuse_sled(path: &std::path::Path, sled_url: bool) -> Result<()> {
    if path.join(SLED_MARKER).is_file() {
        return Err(LiveError::Sled(format!(
            "{} holds live state in sled, kept by an earlier version, which this build does not \
             read; {HOW_TO_MOVE_SLED}",
            path.display()
        )));
    }
    if sled_url {
        return Err(LiveError::Sled(format!(
            "live-state URL {SLED_SCHEME}{} names sled, which this build does not read; name the \
             directory files://{} (live state still in sled there: {HOW_TO_MOVE_SLED})",
            path.display(),
            path.display()
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A directory as sled leaves it: its configuration file and its data.
    fn sled_directory(path: &std::path::Path) {
        std::fs::create_dir_all(path).unwrap();
        std::fs::write(path.join(SLED_MARKER), "segment_size: 524288\n").unwrap();
        std::fs::write(path.join("db"), [0u8; 64]).unwrap();
    }

    #[cfg(not(feature = "sled-migrate"))]
    #[test]
    fn without_sled_migrate_sled_data_and_urls_are_refused_with_the_way_out() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("live");
        sled_directory(&path);
        for url in [
            format!("files://{}", path.display()),
            path.display().to_string(),
            format!("sled://{}", path.display()),
        ] {
            let error = open_embedded(&url).err().expect("refused").to_string();
            assert!(error.contains("holds live state in sled"), "{error}");
            assert!(error.contains("--features sled-migrate"), "{error}");
            // Refused before anything was written beside sled's files.
            assert!(!path.join(files::GAMES_DIR).exists());
        }
        let fresh = dir.path().join("fresh");
        let error = open_embedded(&format!("sled://{}", fresh.display()))
            .err()
            .expect("refused")
            .to_string();
        assert!(
            error.contains(&format!("files://{}", fresh.display())),
            "{error}"
        );
        assert!(error.contains("--features sled-migrate"), "{error}");
        assert!(open_embedded(&format!("files://{}", fresh.display())).is_ok());
    }

    #[cfg(feature = "sled-migrate")]
    #[test]
    fn with_sled_migrate_a_sled_url_names_the_same_directory() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("live");
        assert!(open_embedded(&format!("sled://{}", path.display())).is_ok());
        assert!(path.join(files::GAMES_DIR).is_dir());
        assert!(open_embedded(&format!("files://{}", path.display())).is_ok());
    }

    #[test]
    fn other_schemes_are_unsupported() {
        let error = open_embedded("memcached://localhost")
            .err()
            .expect("refused");
        assert!(matches!(error, LiveError::UnsupportedUrl(_)), "{error}");
        let dir = tempfile::tempdir().unwrap();
        sled_directory(&dir.path().join("elsewhere"));
        assert!(open_embedded(&format!("files://{}", dir.path().join("live").display())).is_ok());
    }
}
