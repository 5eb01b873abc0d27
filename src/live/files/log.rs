//! A game's answer log file: opening it (and clearing a record a crash
//! left unfinished), growing it ahead of its records, appending a batch
//! with one write and an `fdatasync`, and reading entries back in order.
//! The byte layout of records is `format`'s; this module only places them.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::os::unix::fs::FileExt;
use std::path::Path;
use std::sync::{Arc, Mutex};

use super::super::fault::{self, Action, Point};
use super::super::format::{self, HEADER};
use super::{in_file, io_error, Dir, LOG};
use crate::live::{LiveError, LogEntry, Result};

/// A log record for `entries`, its header left for `seal`.
pub(in crate::live) fn encode_record(entries: &[LogEntry]) -> Result<Vec<u8>> {
    let mut record = vec![0; HEADER];
    serde_json::to_writer(&mut record, entries)
        .map_err(|e| LiveError::Backend(format!("cannot encode log entries: {e}")))?;
    Ok(record)
}

/// Writes zeros over `from..to` of a file.
fn write_zeros(file: &File, from: u64, to: u64) -> io::Result<()> {
    static ZEROS: [u8; 64 * 1024] = [0; 64 * 1024];
    let mut at = from;
    while at < to {
        let n = (to - at).min(ZEROS.len() as u64);
        file.write_all_at(&ZEROS[..n as usize], at)?;
        at += n;
    }
    Ok(())
}

/// An open log: its file, how long its whole records are, and the last
/// sequence number in it.
pub(super) struct OpenLog {
    file: File,
    len: u64,
    last: u64,
    /// The file's size: zeros from `len` on (see `PREALLOCATE`).
    allocated: u64,
    /// The log's format: a log begun by an earlier version stays in its own.
    format: u32,
}

/// The log file grows by this much at a time, filled with zeros and synced
/// once. A record then overwrites zeros inside the file, so its
/// `fdatasync` changes no metadata and costs no journal commit, which on a
/// disk busy with other writes can take hundreds of milliseconds. (Zeros
/// never read as a record: their hash does not match.)
const PREALLOCATE: u64 = 4 << 20;

impl Dir {
    /// The game's open log, opening it (and cutting off a record left
    /// half-written by a crash) the first time.
    fn open_log(&self, game_id: &str) -> Result<Arc<Mutex<OpenLog>>> {
        if let Some(log) = self.logs.lock().expect("logs lock").get(game_id) {
            return Ok(Arc::clone(log));
        }
        let dir = self.make_game_dir(game_id)?;
        let path = dir.join(LOG);
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|e| io_error("open", &path, e))?;
        let bytes = fs::read(&path).map_err(|e| io_error("read", &path, e))?;
        let scan =
            format::scan(&bytes).map_err(|e| in_file(e, &format!("log of game {game_id:?}")))?;
        let (len, end) = (scan.len, scan.len + scan.unfinished);
        if scan.unfinished > 0 {
            // A record cut short by a crash (never acknowledged): zero it,
            // so no later record can be followed by its remains.
            tracing::warn!(
                game = game_id,
                bytes = scan.unfinished,
                "clearing an unfinished log record"
            );
            write_zeros(&file, len as u64, end as u64)
                .and_then(|()| file.sync_data())
                .map_err(|e| io_error("clear the end of", &path, e))?;
        }
        let mut allocated = bytes.len() as u64;
        let mut len = len as u64;
        if scan.blank {
            let header = format::log_header();
            file.write_all_at(&header, 0)
                .and_then(|()| file.sync_data())
                .map_err(|e| io_error("write the header of", &path, e))?;
            len = header.len() as u64;
            allocated = allocated.max(len);
        }
        let log = Arc::new(Mutex::new(OpenLog {
            file,
            len,
            last: scan.records.last().map_or(0, |(last, _)| *last),
            allocated,
            format: scan.format,
        }));
        let mut logs = self.logs.lock().expect("logs lock");
        Ok(Arc::clone(logs.entry(game_id.to_string()).or_insert(log)))
    }

    /// Appends a record of `count` entries made by `encode_record` (or
    /// nothing when `count` is 0); returns the last sequence number.
    pub(in crate::live) fn append_blocking(
        &self,
        game_id: &str,
        count: usize,
        record: Vec<u8>,
    ) -> Result<u64> {
        let result = self.append_unnoted(game_id, count, record);
        self.note(game_id, LOG, result)
    }

    fn append_unnoted(&self, game_id: &str, count: usize, mut record: Vec<u8>) -> Result<u64> {
        let log = self.open_log(game_id)?;
        let mut log = log.lock().expect("log lock");
        if count == 0 {
            return Ok(log.last);
        }
        let last = log.last + count as u64;
        format::seal(&mut record, last, log.format);
        let needed = log.len + record.len() as u64;
        let written = (|| -> io::Result<()> {
            if needed > log.allocated {
                let grow_to = needed.max(log.allocated + PREALLOCATE);
                write_zeros(&log.file, log.allocated, grow_to)?;
                log.file.sync_data()?;
                log.allocated = grow_to;
            }
            // After the growth: a crash can only tear a record inside space
            // the file already has (see `format`).
            match fault::at(Point::Log) {
                Action::Fail => return Err(fault::injected()),
                Action::Abort => {
                    let half = &record[..record.len() / 2];
                    log.file.write_all_at(half, log.len)?;
                    log.file.sync_data()?;
                    fault::abort(Point::Log)
                }
                Action::Write | Action::Skip => {}
            }
            log.file.write_all_at(&record, log.len)?;
            log.file.sync_data()
        })();
        if let Err(e) = written {
            // Opened afresh next time, which clears a partial record.
            self.logs.lock().expect("logs lock").remove(game_id);
            return Err(io_error("append to the log of game", Path::new(game_id), e));
        }
        log.len += record.len() as u64;
        log.last = last;
        Ok(last)
    }

    pub(super) fn log_since_blocking(
        &self,
        game_id: &str,
        after: u64,
    ) -> Result<Vec<(u64, LogEntry)>> {
        let Some(first) = after.checked_add(1) else {
            return Ok(Vec::new());
        };
        let path = self.game_dir(game_id)?.join(LOG);
        let Some(bytes) = Self::read(&path)? else {
            return Ok(Vec::new());
        };
        let scan =
            format::scan(&bytes).map_err(|e| in_file(e, &format!("log of game {game_id:?}")))?;
        let mut entries = Vec::new();
        let mut previous = 0;
        for (last, body) in scan.records {
            let follows = std::mem::replace(&mut previous, last);
            if last < first {
                continue;
            }
            let batch: Vec<LogEntry> = serde_json::from_slice(body).map_err(|e| {
                LiveError::Corrupt(format!("log record {last} of game {game_id:?}: {e}"))
            })?;
            let start = (last + 1).checked_sub(batch.len() as u64).ok_or_else(|| {
                LiveError::Corrupt(format!("log record {last} of game {game_id:?} is too long"))
            })?;
            if start != follows + 1 {
                return Err(LiveError::Corrupt(format!(
                    "log of game {game_id:?}: entries {start}-{last} follow entry {follows}"
                )));
            }
            entries.extend((start..).zip(batch).filter(|(seq, _)| *seq >= first));
        }
        Ok(entries)
    }
}
