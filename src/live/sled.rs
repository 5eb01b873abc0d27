//! Data left by earlier versions, which kept live state in a sled
//! directory (read only by a build with the `sled-migrate` feature): each running game's latest snapshot (tree `snapshots`, keyed
//! by game id), its answer log (tree `log`: one record per appended batch,
//! or per entry in older versions, keyed by game id, a 0x00 separator and
//! the big-endian sequence number of the record's last entry) and the
//! scored answers of its closed questions (tree `answers`, keyed the same
//! way by question index).
//!
//! `migrate` moves every game in it to the file store, then moves sled's
//! own files aside (into `sled-migrated/`), so sled is opened once, on the
//! first start after an upgrade, and never again.

use std::fs;
use std::path::Path;

use super::files::{encode_record, FileLive};
use super::{LiveError, LogEntry, Result, SLED_MARKER as MARKER};
/// Where sled's files go once their games have moved.
const MIGRATED: &str = "sled-migrated";
/// Separates a game id from the number in log and answer keys.
const SEPARATOR: u8 = 0x00;

impl From<sled::Error> for LiveError {
    fn from(e: sled::Error) -> Self {
        match e {
            sled::Error::Corruption { .. } => LiveError::Corrupt(e.to_string()),
            other => LiveError::Backend(other.to_string()),
        }
    }
}

fn log_prefix(game_id: &str) -> Vec<u8> {
    let mut key = game_id.as_bytes().to_vec();
    key.push(SEPARATOR);
    key
}

fn number_of(game_id: &str, key: &[u8]) -> Result<u64> {
    key.get(game_id.len() + 1..)
        .and_then(|tail| <[u8; 8]>::try_from(tail).ok())
        .map(u64::from_be_bytes)
        .ok_or_else(|| LiveError::Corrupt(format!("malformed sled key for game {game_id:?}")))
}

/// A log record: a batch of entries, or a single entry as written by
/// versions before batches.
#[derive(serde::Deserialize)]
#[serde(untagged)]
enum Record {
    Batch(Vec<LogEntry>),
    Entry(LogEntry),
}

/// Moves the games of a sled directory at `path` (if it is one) into
/// `files`. Safe to run again after a crash half-way: a game is rewritten
/// from scratch, and sled's files are moved aside only once every game is
/// durable in its new place.
pub fn migrate(path: &Path, files: &FileLive) -> Result<()> {
    if !path.join(MARKER).is_file() {
        return Ok(());
    }
    let db = sled::Config::new()
        .path(path)
        .cache_capacity(1024 * 1024)
        .open()?;
    let (snapshots, log, answers) = (
        db.open_tree("snapshots")?,
        db.open_tree("log")?,
        db.open_tree("answers")?,
    );
    let dir = files.dir();
    let mut moved = 0;
    for item in snapshots.iter() {
        let (key, snapshot) = item?;
        let game_id = String::from_utf8(key.to_vec())
            .map_err(|_| LiveError::Corrupt("a snapshot key is not UTF-8".into()))?;
        dir.remove_blocking(&game_id)?;
        for record in log.scan_prefix(log_prefix(&game_id)) {
            let (key, value) = record?;
            let last = number_of(&game_id, &key)?;
            let batch = match serde_json::from_slice(&value) {
                Ok(Record::Batch(batch)) => batch,
                Ok(Record::Entry(entry)) => vec![entry],
                Err(e) => {
                    return Err(LiveError::Corrupt(format!(
                        "log record {last} of game {game_id:?}: {e}"
                    )))
                }
            };
            let numbered = dir.append_blocking(&game_id, batch.len(), encode_record(&batch)?)?;
            if numbered != last {
                return Err(LiveError::Corrupt(format!(
                    "log of game {game_id:?} has a gap before {last}"
                )));
            }
        }
        for item in answers.scan_prefix(log_prefix(&game_id)) {
            let (key, value) = item?;
            let question = number_of(&game_id, &key)? as usize;
            dir.replace(&game_id, &super::files::answers_name(question), &value)?;
        }
        // The snapshot last: a game is listed once it is complete.
        dir.replace(&game_id, super::files::SNAPSHOT, &snapshot)?;
        moved += 1;
    }
    drop((snapshots, log, answers));
    drop(db);
    let aside = path.join(MIGRATED);
    fs::create_dir_all(&aside)
        .map_err(|e| LiveError::Backend(format!("cannot create {}: {e}", aside.display())))?;
    // The marker first: once it has moved, this is no longer a sled
    // directory, whatever else of sled's is left in it.
    fs::rename(path.join(MARKER), aside.join(MARKER))
        .map_err(|e| LiveError::Backend(format!("cannot move sled's {MARKER} aside: {e}")))?;
    let entries = fs::read_dir(path)
        .map_err(|e| LiveError::Backend(format!("cannot list {}: {e}", path.display())))?;
    for entry in entries {
        let entry = entry
            .map_err(|e| LiveError::Backend(format!("cannot list {}: {e}", path.display())))?;
        let name = entry.file_name();
        let name_str = name.to_string_lossy();
        let sled_file = matches!(&*name_str, "db" | "blobs") || name_str.starts_with("snap.");
        if sled_file {
            fs::rename(entry.path(), aside.join(&name)).map_err(|e| {
                LiveError::Backend(format!("cannot move {} aside: {e}", entry.path().display()))
            })?;
        }
    }
    tracing::info!(games = moved, "live state moved from sled to files");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::game::Input;
    use crate::live::Live;

    fn key(game_id: &str, n: u64) -> Vec<u8> {
        let mut key = log_prefix(game_id);
        key.extend_from_slice(&n.to_be_bytes());
        key
    }

    #[tokio::test]
    async fn games_left_in_sled_move_to_files_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("live");
        let tick = |at| LogEntry::Input {
            at,
            input: Input::Tick,
        };
        {
            let db = sled::Config::new().path(&path).open().unwrap();
            let (snapshots, log, answers) = (
                db.open_tree("snapshots").unwrap(),
                db.open_tree("log").unwrap(),
                db.open_tree("answers").unwrap(),
            );
            snapshots.insert("g1", &b"snapshot one"[..]).unwrap();
            // One entry per record (oldest versions), then a batch.
            log.insert(key("g1", 1), serde_json::to_vec(&tick(1)).unwrap())
                .unwrap();
            log.insert(
                key("g1", 3),
                serde_json::to_vec(&[tick(2), tick(3)]).unwrap(),
            )
            .unwrap();
            log.insert(key("g10", 1), serde_json::to_vec(&[tick(9)]).unwrap())
                .unwrap();
            answers.insert(key("g1", 0), &b"[0]"[..]).unwrap();
            snapshots.insert("g10", &b"snapshot ten"[..]).unwrap();
            db.flush().unwrap();
        }
        let live = FileLive::open(&path).unwrap();
        migrate(&path, &live).unwrap();
        assert!(!path.join(MARKER).exists());
        assert!(path.join(MIGRATED).join(MARKER).exists());
        assert_eq!(live.games().await.unwrap(), ["g1", "g10"]);
        assert_eq!(
            live.load_snapshot("g1").await.unwrap(),
            Some(b"snapshot one".to_vec())
        );
        assert_eq!(
            live.log_since("g1", 0).await.unwrap(),
            vec![(1, tick(1)), (2, tick(2)), (3, tick(3))]
        );
        assert_eq!(live.log_since("g10", 0).await.unwrap(), vec![(1, tick(9))]);
        assert_eq!(
            live.load_answers("g1").await.unwrap(),
            vec![(0, b"[0]".to_vec())]
        );
        assert_eq!(live.append("g1", &[tick(4)]).await.unwrap(), 4);
        // Opening again finds nothing more to move.
        drop(live);
        let live = FileLive::open(&path).unwrap();
        migrate(&path, &live).unwrap();
        assert_eq!(live.log_since("g1", 0).await.unwrap().len(), 4);
    }
}
