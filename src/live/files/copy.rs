//! A copy of the games directory that a server may be writing at the same
//! time, for `quizbox backup`. Per game the files are read in the order
//! that makes the copy one the next start resumes from: the snapshot
//! first, then the stored answers, then the log. Whatever a batch did
//! after the snapshot was read is either in the log that is read later or
//! not yet acknowledged; answers stored for a question the snapshot has not
//! closed are left to the replay, as after a crash; and the log holds at
//! least the entry the snapshot reflects, since it only grows.
//!
//! The log is read while records may be written into it. Only its last
//! record can be caught half-written (records are written one after
//! another), and the copy is cut after its last whole record, like the
//! start does; a read that saw anything else (a record overwritten while
//! read, a rare race) is read again. It never writes to the live directory.

use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::{check_id, io_error, ANSWERS, GAMES_DIR, JSON, LOG, SNAPSHOT, TEMPORARY};
use crate::live::{format, LiveError, Result};

/// How often a log read that does not scan whole is tried again before it
/// is copied as it is (a damaged log, which the start sets aside).
const LOG_READS: usize = 5;

/// One file of the copy: its path under the live directory
/// (`games/<id>/<name>`) and its bytes.
pub struct CopiedFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Reads `path`, or None when it is not there (any more).
fn read_if_there(path: &Path) -> Result<Option<Vec<u8>>> {
    match fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(None),
        Err(e) => Err(io_error("read", path, e)),
    }
}

/// Every game's files under `<live dir>/games/`, in the order `hand` gets
/// them (a game's snapshot before its answers before its log). A game
/// whose files go away meanwhile ended with its results stored in the
/// database, and is left out. Games set aside in quarantine are left out.
pub fn copy_games(live_dir: &Path, mut hand: impl FnMut(CopiedFile) -> Result<()>) -> Result<()> {
    let root = live_dir.join(GAMES_DIR);
    let entries = match fs::read_dir(&root) {
        Ok(entries) => entries,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(io_error("list", &root, e)),
    };
    let mut games: Vec<String> = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| io_error("list", &root, e))?;
        if let Ok(name) = entry.file_name().into_string() {
            if check_id(&name).is_ok() {
                games.push(name);
            }
        }
    }
    games.sort();
    for game in games {
        for file in copy_game(&root.join(&game))? {
            hand(CopiedFile {
                path: format!("{GAMES_DIR}/{game}/{}", file.0),
                bytes: file.1,
            })?;
        }
    }
    Ok(())
}

/// One game's files as (name, bytes), or none if it has no snapshot.
fn copy_game(dir: &Path) -> Result<Vec<(String, Vec<u8>)>> {
    let Some(snapshot) = read_if_there(&dir.join(SNAPSHOT))? else {
        return Ok(Vec::new());
    };
    let mut files = vec![(SNAPSHOT.to_string(), snapshot)];
    let mut answers: Vec<(usize, PathBuf)> = Vec::new();
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io_error("list", dir, e)),
    };
    for entry in entries {
        let entry = entry.map_err(|e| io_error("list", dir, e))?;
        let name = entry.file_name();
        let question = name
            .to_str()
            .filter(|n| !n.ends_with(TEMPORARY))
            .and_then(|n| n.strip_prefix(ANSWERS))
            .and_then(|n| n.strip_suffix(JSON))
            .and_then(|n| n.parse::<usize>().ok());
        if let Some(question) = question {
            answers.push((question, entry.path()));
        }
    }
    answers.sort();
    for (question, path) in answers {
        match read_if_there(&path)? {
            Some(bytes) => files.push((super::answers_name(question), bytes)),
            None if !dir.join(SNAPSHOT).is_file() => return Ok(Vec::new()),
            // Replaced between the listing and the read: read it again.
            None => match read_if_there(&path)? {
                Some(bytes) => files.push((super::answers_name(question), bytes)),
                None => return Ok(Vec::new()),
            },
        }
    }
    match read_log(&dir.join(LOG))? {
        Some(log) => files.push((LOG.to_string(), log)),
        // A game that has taken no input yet has no log.
        None if dir.join(SNAPSHOT).is_file() => {}
        None => return Ok(Vec::new()),
    }
    if !dir.join(SNAPSHOT).is_file() {
        // Removed while it was read: its results are in the database.
        return Ok(Vec::new());
    }
    Ok(files)
}

/// The log's whole records (its zeros and a record being written cut off).
fn read_log(path: &Path) -> Result<Option<Vec<u8>>> {
    let mut last = None;
    for attempt in 0..LOG_READS {
        let Some(mut bytes) = read_if_there(path)? else {
            return Ok(None);
        };
        match format::scan(&bytes) {
            Ok(scan) if scan.blank => return Ok(Some(Vec::new())),
            Ok(scan) => {
                let whole = scan.len;
                bytes.truncate(whole);
                return Ok(Some(bytes));
            }
            Err(LiveError::Corrupt(problem)) => {
                tracing::debug!(log = %path.display(), attempt, %problem, "reading the log again");
                last = Some(bytes);
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(e) => return Err(e),
        }
    }
    tracing::warn!(
        log = %path.display(),
        "the log does not read whole; copied as it is (the next start sets the game aside)"
    );
    Ok(last)
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::FileExt;

    use super::super::{encode_record, FileLive};
    use super::*;
    use crate::game::{HostCommand, Input};
    use crate::live::{Live, LogEntry};
    use crate::quiz::AnswerValue;

    fn answer(player: u32, question: usize) -> LogEntry {
        LogEntry::Input {
            at: 1_000,
            input: Input::Answer {
                player,
                question,
                answer: AnswerValue::Choice(1),
                id: Some(format!("a-{player}-{question}")),
            },
        }
    }

    /// Writes the copy into `live_dir` as `quizbox restore` does.
    fn copy_into(from: &Path, live_dir: &Path) -> Vec<String> {
        let mut paths = Vec::new();
        copy_games(from, |file| {
            let path = live_dir.join(&file.path);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(&path, &file.bytes).unwrap();
            paths.push(file.path);
            Ok(())
        })
        .unwrap();
        paths
    }

    #[tokio::test]
    async fn a_log_caught_mid_write_is_copied_up_to_its_last_whole_record_and_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        let source = dir.path().join("live");
        let live = FileLive::open(&source).unwrap();
        live.save_snapshot("g1", b"{\"phase\":\"lobby\"}")
            .await
            .unwrap();
        let start = [LogEntry::Input {
            at: 900,
            input: Input::Host(HostCommand::Start),
        }];
        assert_eq!(live.append("g1", &start).await.unwrap(), 1);
        live.save_answers("g1", 0, b"[]").await.unwrap();
        assert_eq!(live.append("g1", &[answer(1, 0)]).await.unwrap(), 2);
        // A game the server has made but not snapshotted yet is left out.
        fs::create_dir_all(source.join(GAMES_DIR).join("g2")).unwrap();
        // The next batch caught half-written, as a read during its write
        // sees it: half a record after the whole ones.
        let log = source.join(GAMES_DIR).join("g1").join(LOG);
        let whole = format::scan(&fs::read(&log).unwrap()).unwrap().len as u64;
        let mut record = encode_record(&[answer(2, 0), answer(3, 0)]).unwrap();
        format::seal(&mut record, 4, format::FORMAT);
        let file = fs::OpenOptions::new().write(true).open(&log).unwrap();
        file.write_all_at(&record[..record.len() / 2], whole)
            .unwrap();
        drop(file);

        let restored = dir.path().join("restored");
        let paths = copy_into(&source, &restored);
        assert_eq!(
            paths,
            [
                "games/g1/snapshot.json",
                "games/g1/answers-0.json",
                "games/g1/log"
            ]
        );
        let copied_log = fs::read(restored.join("games/g1/log")).unwrap();
        assert_eq!(
            copied_log.len() as u64,
            whole,
            "cut after the last whole record"
        );

        let copy = FileLive::open(&restored).unwrap();
        assert_eq!(copy.games().await.unwrap(), ["g1"]);
        assert_eq!(
            copy.load_snapshot("g1").await.unwrap().as_deref(),
            Some(&b"{\"phase\":\"lobby\"}"[..])
        );
        assert_eq!(
            copy.load_answers("g1").await.unwrap(),
            [(0, b"[]".to_vec())]
        );
        let entries = copy.log_since("g1", 0).await.unwrap();
        assert_eq!(entries, [(1, start[0].clone()), (2, answer(1, 0))]);
        // The restored log takes the next batch after its last whole one.
        assert_eq!(copy.append("g1", &[answer(2, 0)]).await.unwrap(), 3);
        assert_eq!(copy.log_since("g1", 2).await.unwrap(), [(3, answer(2, 0))]);
    }

    #[tokio::test]
    async fn a_game_that_ends_is_left_out_and_an_empty_directory_copies_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let source = dir.path().join("live");
        assert!(copy_into(&source, &dir.path().join("a")).is_empty());
        let live = FileLive::open(&source).unwrap();
        live.save_snapshot("g1", b"{}").await.unwrap();
        live.append("g1", &[answer(1, 0)]).await.unwrap();
        live.remove("g1").await.unwrap();
        assert!(copy_into(&source, &dir.path().join("b")).is_empty());
    }
}
