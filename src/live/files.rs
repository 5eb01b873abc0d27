//! The embedded `Live`: plain files, one directory per game under
//! `<live dir>/games/`:
//!
//! - `snapshot.json`: the latest snapshot;
//! - `answers-<question>.json`: the scored answers of one closed question;
//! - `log`: the answer log, one record per appended batch, in a file grown
//!   ahead of its records with zeros (the `log` module opens, grows,
//!   appends to and reads it). A record is a
//!   16-byte header (body length, u32 little-endian; FNV-1a hash, u32;
//!   sequence number of the batch's last entry, u64) and a JSON array of
//!   entries.
//!
//! Each file says which format it is in; `format` holds the byte layouts
//! and tells damage from a record a crash left unfinished. A game whose
//! files are damaged is moved whole to `<live dir>/quarantine/` (see
//! `Live::quarantine`), never repaired in place.
//!
//! Snapshots and answers are replaced whole: written to a temporary name,
//! synced, renamed over the old file and the directory synced, so a restart
//! (after SIGKILL or power loss) sees the previous value or the new one,
//! never a mix. A log append is one write and an `fdatasync` before it
//! returns. A record cut short by a crash was never acknowledged; reading
//! stops before it, and opening the log for the next append zeroes it.
//! Damage anywhere else is reported as `LiveError::Corrupt`, not skipped.
//!
//! Nothing is cached but each open log's length and last number: a snapshot
//! of a big game is written once per phase change and read only on start.
//! (This replaced sled, which kept much of what was written to it in
//! memory; data an earlier version left in sled is moved here on open by a
//! build with the `sled-migrate` feature, see `live::open`.) It stores bytes
//! and inputs; it never interprets a game.

use std::collections::HashMap;
use std::fs::{self, File};
use std::io::{self, ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use async_trait::async_trait;

mod copy;
mod log;

pub use copy::{copy_games, CopiedFile};
pub(super) use log::encode_record;
use log::OpenLog;

use super::fault::{self, Action, Point};
use super::format;
use super::{Live, LiveError, LogEntry, Quarantined, Result};

/// The directory of game directories inside the live directory.
pub const GAMES_DIR: &str = "games";
pub(super) const SNAPSHOT: &str = "snapshot.json";
const ANSWERS: &str = "answers-";
const JSON: &str = ".json";
const LOG: &str = "log";
const TEMPORARY: &str = ".tmp";
/// Games set aside as damaged, beside `GAMES_DIR`.
pub const QUARANTINE_DIR: &str = "quarantine";
/// Why a game was set aside, written into its quarantine folder.
const REASON: &str = "reason.txt";

fn io_error(what: &str, path: &Path, e: io::Error) -> LiveError {
    LiveError::Backend(format!("cannot {what} {}: {e}", path.display()))
}

/// Game ids become directory names: only ASCII letters, digits, `-` and `_`.
pub(super) fn check_id(game_id: &str) -> Result<()> {
    let ok = !game_id.is_empty()
        && game_id.len() <= 128
        && game_id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if ok {
        Ok(())
    } else {
        Err(LiveError::Backend(format!(
            "game id {game_id:?} cannot name a directory"
        )))
    }
}

/// Makes a rename, creation or removal inside `dir` durable.
fn sync_dir(dir: &Path) -> Result<()> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| io_error("sync directory", dir, e))
}

/// The file holding one question's scored answers.
pub(super) fn answers_name(question: usize) -> String {
    format!("{ANSWERS}{question}{JSON}")
}

/// Names the file a read error is about.
fn in_file(e: LiveError, what: &str) -> LiveError {
    match e {
        LiveError::Corrupt(m) => LiveError::Corrupt(format!("{what}: {m}")),
        LiveError::Backend(m) => LiveError::Backend(format!("{what}: {m}")),
        other => other,
    }
}

/// The games directory and the logs open in it.
pub struct Dir {
    root: PathBuf,
    logs: Mutex<HashMap<String, Arc<Mutex<OpenLog>>>>,
    /// Files (`game/name`) whose latest write failed, and why.
    failing: Mutex<HashMap<String, String>>,
}

impl FileLive {
    /// Opens (creating if needed) the live directory at `path`.
    pub fn open(path: &Path) -> Result<FileLive> {
        Ok(FileLive(Arc::new(Dir::open(path)?)))
    }

    /// The directory, for moving data in from elsewhere.
    #[cfg(feature = "sled-migrate")]
    pub(super) fn dir(&self) -> &Dir {
        &self.0
    }
}

impl Dir {
    fn open(path: &Path) -> Result<Dir> {
        let root = path.join(GAMES_DIR);
        fs::create_dir_all(&root).map_err(|e| io_error("create", &root, e))?;
        Ok(Dir {
            root,
            logs: Mutex::new(HashMap::new()),
            failing: Mutex::new(HashMap::new()),
        })
    }

    /// Remembers whether the latest write of one of a game's files failed.
    fn note<T>(&self, game_id: &str, name: &str, result: Result<T>) -> Result<T> {
        let key = format!("{game_id}/{name}");
        let mut failing = self.failing.lock().expect("failing lock");
        match &result {
            Ok(_) => {
                failing.remove(&key);
            }
            Err(e) => {
                failing.insert(key, e.to_string());
            }
        }
        result
    }

    fn game_dir(&self, game_id: &str) -> Result<PathBuf> {
        check_id(game_id)?;
        Ok(self.root.join(game_id))
    }

    /// The game's directory, created (durably) if missing.
    fn make_game_dir(&self, game_id: &str) -> Result<PathBuf> {
        let dir = self.game_dir(game_id)?;
        if !dir.is_dir() {
            fs::create_dir_all(&dir).map_err(|e| io_error("create", &dir, e))?;
            sync_dir(&self.root)?;
        }
        Ok(dir)
    }

    /// Replaces one file of a game atomically and durably.
    pub(super) fn replace(&self, game_id: &str, name: &str, bytes: &[u8]) -> Result<()> {
        let result = self.replace_unnoted(game_id, name, bytes);
        self.note(game_id, name, result)
    }

    fn replace_unnoted(&self, game_id: &str, name: &str, bytes: &[u8]) -> Result<()> {
        let dir = self.make_game_dir(game_id)?;
        let target = dir.join(name);
        let temporary = dir.join(format!("{name}{TEMPORARY}"));
        let point = if name == SNAPSHOT {
            Point::Snapshot
        } else {
            Point::Answers
        };
        let action = fault::at(point);
        if action == Action::Skip {
            return Ok(());
        }
        let framed = format::frame(bytes);
        let write = || -> io::Result<()> {
            let mut file = File::create(&temporary)?;
            match action {
                Action::Fail => return Err(fault::injected()),
                Action::Abort => {
                    file.write_all(&framed[..framed.len() / 2])?;
                    file.sync_data()?;
                    fault::abort(point)
                }
                Action::Write | Action::Skip => {}
            }
            file.write_all(&framed)?;
            file.sync_data()
        };
        if let Err(e) = write() {
            // A part written to a full disk would hold on to its space.
            let _ = fs::remove_file(&temporary);
            return Err(io_error("write", &temporary, e));
        }
        fs::rename(&temporary, &target).map_err(|e| io_error("rename", &temporary, e))?;
        sync_dir(&dir)
    }

    fn read(path: &Path) -> Result<Option<Vec<u8>>> {
        match fs::read(path) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io_error("read", path, e)),
        }
    }

    fn load_answers_blocking(&self, game_id: &str) -> Result<Vec<(usize, Vec<u8>)>> {
        let dir = self.game_dir(game_id)?;
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(io_error("list", &dir, e)),
        };
        let mut answers = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| io_error("list", &dir, e))?;
            let name = entry.file_name();
            let question = name
                .to_str()
                .and_then(|n| n.strip_prefix(ANSWERS))
                .and_then(|n| n.strip_suffix(JSON))
                .and_then(|n| n.parse::<usize>().ok());
            if let Some(question) = question {
                if let Some(bytes) = Self::read(&entry.path())? {
                    let what = format!("answers to question {question} of game {game_id:?}");
                    let body = format::unframe(&bytes).map_err(|e| in_file(e, &what))?;
                    answers.push((question, body.to_vec()));
                }
            }
        }
        answers.sort_by_key(|(question, _)| *question);
        Ok(answers)
    }

    fn games_blocking(&self) -> Result<Vec<String>> {
        let entries = fs::read_dir(&self.root).map_err(|e| io_error("list", &self.root, e))?;
        let mut games = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| io_error("list", &self.root, e))?;
            let Ok(name) = entry.file_name().into_string() else {
                continue;
            };
            if check_id(&name).is_ok() && entry.path().join(SNAPSHOT).is_file() {
                games.push(name);
            }
        }
        games.sort();
        Ok(games)
    }

    /// Drops a game's files: the snapshot first, so a stop half-way never
    /// leaves a snapshot without the log and answers it relies on.
    pub(super) fn remove_blocking(&self, game_id: &str) -> Result<()> {
        let dir = self.game_dir(game_id)?;
        self.logs.lock().expect("logs lock").remove(game_id);
        let prefix = format!("{game_id}/");
        self.failing
            .lock()
            .expect("failing lock")
            .retain(|key, _| !key.starts_with(&prefix));
        let snapshot = dir.join(SNAPSHOT);
        match fs::remove_file(&snapshot) {
            Ok(()) => sync_dir(&dir)?,
            Err(e) if e.kind() == ErrorKind::NotFound => {}
            Err(e) => return Err(io_error("remove", &snapshot, e)),
        }
        match fs::remove_dir_all(&dir) {
            Ok(()) => sync_dir(&self.root),
            Err(e) if e.kind() == ErrorKind::NotFound => Ok(()),
            Err(e) => Err(io_error("remove", &dir, e)),
        }
    }

    /// `<live dir>/quarantine`.
    fn quarantine_root(&self) -> PathBuf {
        self.root.with_file_name(QUARANTINE_DIR)
    }

    /// Moves a game's directory to `quarantine/<game>-<UTC time>/` with a
    /// `reason.txt`: one rename, so the game is either listed as before or
    /// set aside whole.
    fn quarantine_blocking(&self, game_id: &str, reason: &str) -> Result<Quarantined> {
        let dir = self.game_dir(game_id)?;
        self.logs.lock().expect("logs lock").remove(game_id);
        let aside = self.quarantine_root();
        fs::create_dir_all(&aside).map_err(|e| io_error("create", &aside, e))?;
        let stamp = format::utc_stamp(std::time::SystemTime::now());
        let mut target = aside.join(format!("{game_id}-{stamp}"));
        for n in 2.. {
            if !target.exists() {
                break;
            }
            target = aside.join(format!("{game_id}-{stamp}-{n}"));
        }
        fs::rename(&dir, &target).map_err(|e| io_error("move aside", &dir, e))?;
        sync_dir(&self.root)?;
        sync_dir(&aside)?;
        let note = target.join(REASON);
        fs::write(&note, format!("{reason}\n")).map_err(|e| io_error("write", &note, e))?;
        Ok(Quarantined {
            game: game_id.to_string(),
            path: target.display().to_string(),
            reason: reason.to_string(),
        })
    }

    fn quarantined_blocking(&self) -> Result<Vec<Quarantined>> {
        let aside = self.quarantine_root();
        let entries = match fs::read_dir(&aside) {
            Ok(entries) => entries,
            Err(e) if e.kind() == ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(io_error("list", &aside, e)),
        };
        let mut found = Vec::new();
        for entry in entries {
            let path = entry.map_err(|e| io_error("list", &aside, e))?.path();
            let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            let Some(game) = format::game_of_stamped(name) else {
                continue;
            };
            let reason = fs::read_to_string(path.join(REASON)).unwrap_or_default();
            found.push(Quarantined {
                game: game.to_string(),
                path: path.display().to_string(),
                reason: reason.trim().to_string(),
            });
        }
        found.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(found)
    }

    fn changed_at_blocking(&self, game_id: &str) -> Result<Option<u64>> {
        let dir = self.game_dir(game_id)?;
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(io_error("list", &dir, e)),
        };
        let mut latest = None;
        for entry in entries {
            let modified = entry
                .and_then(|e| e.metadata())
                .and_then(|m| m.modified())
                .map_err(|e| io_error("read the times of files in", &dir, e))?;
            let ms = modified
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_millis() as u64);
            latest = latest.max(Some(ms));
        }
        Ok(latest)
    }
}

/// Runs file work off the async threads.
async fn blocking<T, F>(live: &Arc<Dir>, f: F) -> Result<T>
where
    T: Send + 'static,
    F: FnOnce(&Dir) -> Result<T> + Send + 'static,
{
    let live = Arc::clone(live);
    tokio::task::spawn_blocking(move || f(&live))
        .await
        .map_err(|e| LiveError::Backend(format!("live store task failed: {e}")))?
}

/// The live store: a `Dir` behind an `Arc`, so its file work can move to
/// blocking threads.
pub struct FileLive(Arc<Dir>);

#[async_trait]
impl Live for FileLive {
    async fn save_snapshot(&self, game_id: &str, snapshot: &[u8]) -> Result<()> {
        let (id, bytes) = (game_id.to_string(), snapshot.to_vec());
        blocking(&self.0, move |live| live.replace(&id, SNAPSHOT, &bytes)).await
    }

    async fn load_snapshot(&self, game_id: &str) -> Result<Option<Vec<u8>>> {
        let Some(bytes) = Dir::read(&self.0.game_dir(game_id)?.join(SNAPSHOT))? else {
            return Ok(None);
        };
        let what = format!("snapshot of game {game_id:?}");
        let header = bytes.len()
            - format::unframe(&bytes)
                .map_err(|e| in_file(e, &what))?
                .len();
        let mut bytes = bytes;
        bytes.drain(..header);
        Ok(Some(bytes))
    }

    async fn games(&self) -> Result<Vec<String>> {
        self.0.games_blocking()
    }

    async fn append(&self, game_id: &str, entries: &[LogEntry]) -> Result<u64> {
        check_id(game_id)?;
        let id = game_id.to_string();
        let count = entries.len();
        let record = if count == 0 {
            Vec::new()
        } else {
            encode_record(entries)?
        };
        blocking(&self.0, move |live| {
            live.append_blocking(&id, count, record)
        })
        .await
    }

    async fn log_since(&self, game_id: &str, after: u64) -> Result<Vec<(u64, LogEntry)>> {
        let id = game_id.to_string();
        blocking(&self.0, move |live| live.log_since_blocking(&id, after)).await
    }

    async fn save_answers(&self, game_id: &str, question: usize, answers: &[u8]) -> Result<()> {
        let (id, bytes) = (game_id.to_string(), answers.to_vec());
        blocking(&self.0, move |live| {
            live.replace(&id, &answers_name(question), &bytes)
        })
        .await
    }

    async fn load_answers(&self, game_id: &str) -> Result<Vec<(usize, Vec<u8>)>> {
        let id = game_id.to_string();
        blocking(&self.0, move |live| live.load_answers_blocking(&id)).await
    }

    async fn remove(&self, game_id: &str) -> Result<()> {
        let id = game_id.to_string();
        blocking(&self.0, move |live| live.remove_blocking(&id)).await
    }

    async fn quarantine(&self, game_id: &str, reason: &str) -> Result<Quarantined> {
        let (id, reason) = (game_id.to_string(), reason.to_string());
        blocking(&self.0, move |live| live.quarantine_blocking(&id, &reason)).await
    }

    async fn quarantined(&self) -> Result<Vec<Quarantined>> {
        blocking(&self.0, |live| live.quarantined_blocking()).await
    }

    async fn changed_at(&self, game_id: &str) -> Result<Option<u64>> {
        let id = game_id.to_string();
        blocking(&self.0, move |live| live.changed_at_blocking(&id)).await
    }

    fn write_problem(&self) -> Option<String> {
        let failing = self.0.failing.lock().expect("failing lock");
        failing
            .iter()
            .next()
            .map(|(file, e)| format!("{file}: {e}"))
    }
}

#[cfg(test)]
mod tests;
