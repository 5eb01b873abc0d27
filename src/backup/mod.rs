//! `quizbox backup` and `quizbox restore`: one archive (a gzip-compressed
//! tar file) holding a consistent copy of the database, the live games'
//! files and the data directory's own files (the local admin token, the
//! automatic TLS certificate, quizbox.toml, the questions' pictures), with a manifest that says
//! which quizbox wrote it, the database's schema version and each file's
//! size and SHA-256. It reads the data directory and never changes it; a
//! restore writes only into an empty one.
//!
//! Archive layout, in this order: `manifest.json`, `live/games/<id>/...`,
//! `database/quizbox.db`, `data/...`.

mod restore;
mod write;

use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub use restore::{restore, Targets};
pub use write::{write_backup, Sources, Written};

/// The layout of the archive; a restore refuses a later one.
pub const ARCHIVE_FORMAT: u32 = 1;
/// The manifest's name, the archive's first entry.
pub const MANIFEST: &str = "manifest.json";
/// Where the database copy sits in the archive.
const DATABASE: &str = "database/quizbox.db";
/// The prefix of the live directory's files in the archive.
const LIVE: &str = "live/";
/// The prefix of the data directory's own files in the archive.
const DATA: &str = "data/";
/// The data directory's own files that a backup carries (the files in the
/// folders `tls` and `media`); the database and live state are copied
/// apart. Left out: `host.log` and games set aside in quarantine.
const DATA_FILES: &[&str] = &["admin.token", "quizbox.toml", "tls", "media"];

/// What the archive holds, written first in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// The archive layout (`ARCHIVE_FORMAT`).
    pub format: u32,
    /// The version of the quizbox that wrote it.
    pub quizbox_version: String,
    /// The database copy's schema version (its latest migration).
    pub schema_version: i64,
    /// When the backup was taken (UTC, RFC 3339).
    pub created_at: String,
    /// Live games in the copy.
    pub live_games: usize,
    pub files: Vec<ManifestFile>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManifestFile {
    /// The path in the archive.
    pub path: String,
    pub size: u64,
    /// SHA-256 of the file's bytes, lower-case hex.
    pub sha256: String,
}

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0} already exists; pass --force to replace it, or name another file")]
    Exists(PathBuf),
    #[error("the disk holding {0} is full; free some space, or write the backup to another disk")]
    DiskFull(PathBuf),
    #[error("cannot {what} {}: {source}", path.display())]
    Io {
        what: &'static str,
        path: PathBuf,
        source: io::Error,
    },
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    #[error(transparent)]
    Live(#[from] crate::live::LiveError),
}

#[derive(Debug, thiserror::Error)]
pub enum RestoreError {
    #[error(
        "{} is not empty; restore into an empty or new data directory (--data DIR), \
         or move what is in it elsewhere first",
        .0.display()
    )]
    NotEmpty(PathBuf),
    /// Not a backup, or one whose files do not match its manifest.
    #[error("{} is not a usable quizbox backup: {problem}", archive.display())]
    Invalid { archive: PathBuf, problem: String },
    #[error(
        "{} was written by quizbox {version} (archive format {format}, database schema version \
         {found}), newer than this quizbox ({this}) understands (archive format {ARCHIVE_FORMAT}, \
         schema up to {known}); restore it with quizbox {version} or newer",
        archive.display(),
        this = env!("CARGO_PKG_VERSION")
    )]
    TooNew {
        archive: PathBuf,
        version: String,
        format: u32,
        found: i64,
        known: i64,
    },
    #[error("the disk holding {0} is full; free some space, or restore onto another disk")]
    DiskFull(PathBuf),
    #[error("cannot {what} {}: {source}", path.display())]
    Io {
        what: &'static str,
        path: PathBuf,
        source: io::Error,
    },
}

impl RestoreError {
    /// The archive itself cannot be used (exit code 3, invalid input).
    pub fn is_invalid_input(&self) -> bool {
        matches!(
            self,
            RestoreError::Invalid { .. } | RestoreError::TooNew { .. }
        )
    }
}

/// A full disk (or quota), told apart so its message says what to do.
fn is_disk_full(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::StorageFull
        || matches!(e.raw_os_error(), Some(libc::ENOSPC) | Some(libc::EDQUOT))
}

/// Lower-case hex of a SHA-256 digest.
fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// A writer that hashes and counts what passes through it.
struct Hashing<W> {
    inner: W,
    hash: Sha256,
    size: u64,
}

impl<W: io::Write> Hashing<W> {
    fn new(inner: W) -> Self {
        Hashing {
            inner,
            hash: Sha256::new(),
            size: 0,
        }
    }

    fn finish(self) -> (W, u64, String) {
        (self.inner, self.size, hex(&self.hash.finalize()))
    }
}

impl<W: io::Write> io::Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hash.update(&buf[..n]);
        self.size += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Makes a rename or creation inside `dir` durable.
fn sync_dir(dir: &Path) -> io::Result<()> {
    std::fs::File::open(dir)?.sync_all()
}

/// Now as RFC 3339 UTC.
fn now_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let (year, month, day, hour, minute, second) = crate::clock::utc_parts(secs);
    format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}Z")
}

/// What a long copy reports as it goes, for a progress bar.
pub enum Progress {
    /// A step begins.
    Step(&'static str),
    /// Bytes written into (or read out of) the archive so far, of `total`.
    Bytes { done: u64, total: u64 },
}

/// A reader that reports how many of the archive's bytes have gone through
/// it, for the progress bar of a backup or a restore.
struct CountingRead<'a, R> {
    inner: R,
    done: &'a mut u64,
    total: u64,
    progress: &'a mut dyn FnMut(Progress),
}

impl<R: io::Read> io::Read for CountingRead<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        *self.done += n as u64;
        (self.progress)(Progress::Bytes {
            done: *self.done,
            total: self.total,
        });
        Ok(n)
    }
}
