//! Writing a backup: the live games' files first, then the database (so a
//! game that ends in between is in the copy at least once: its live files,
//! its stored results or both), then the data directory's own files, into
//! a staging folder beside the archive; then the manifest and the archive,
//! written under a temporary name, synced and renamed into place.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use flate2::write::GzEncoder;
use flate2::Compression;

use super::{
    is_disk_full, now_utc, sync_dir, BackupError, CountingRead, Hashing, Manifest, ManifestFile,
    Progress, ARCHIVE_FORMAT, DATA, DATABASE, DATA_FILES, LIVE, MANIFEST,
};
use crate::live::files::copy_games;
use crate::store::sqlite::copy_database;

/// Where the data to back up is.
pub struct Sources {
    pub data_dir: PathBuf,
    /// The SQLite file.
    pub database: PathBuf,
    /// The live directory (holding `games/`).
    pub live: PathBuf,
}

/// A backup written.
pub struct Written {
    pub manifest: Manifest,
    /// The archive's size.
    pub bytes: u64,
}

fn io_error<'a>(what: &'static str, path: &'a Path) -> impl FnOnce(io::Error) -> BackupError + 'a {
    move |source| {
        if is_disk_full(&source) {
            BackupError::DiskFull(path.to_path_buf())
        } else {
            BackupError::Io {
                what,
                path: path.to_path_buf(),
                source,
            }
        }
    }
}

/// The staging folder: each file as it lands, with its size and hash.
struct Staging {
    dir: tempfile::TempDir,
    files: Vec<ManifestFile>,
}

impl Staging {
    fn path_of(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes `bytes` as archive entry `name`.
    fn put(&mut self, name: String, bytes: &[u8]) -> Result<(), BackupError> {
        let path = self.path_of(&name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(io_error("create", parent))?;
        }
        let file = File::create(&path).map_err(io_error("create", &path))?;
        let mut out = Hashing::new(file);
        out.write_all(bytes).map_err(io_error("write", &path))?;
        let (_, size, sha256) = out.finish();
        self.files.push(ManifestFile {
            path: name,
            size,
            sha256,
        });
        Ok(())
    }

    /// Records a file already written at entry `name`.
    fn add(&mut self, name: &str) -> Result<(), BackupError> {
        let path = self.path_of(name);
        let mut file = File::open(&path).map_err(io_error("read", &path))?;
        let mut out = Hashing::new(io::sink());
        io::copy(&mut file, &mut out).map_err(io_error("read", &path))?;
        let (_, size, sha256) = out.finish();
        self.files.push(ManifestFile {
            path: name.to_string(),
            size,
            sha256,
        });
        Ok(())
    }
}

/// The data directory's own files that exist, as paths relative to it.
fn data_files(data_dir: &Path) -> Result<Vec<String>, BackupError> {
    let mut found = Vec::new();
    for name in DATA_FILES {
        let path = data_dir.join(name);
        if path.is_file() {
            found.push(name.to_string());
        } else if path.is_dir() {
            let mut inner: Vec<String> = fs::read_dir(&path)
                .map_err(io_error("list", &path))?
                .filter_map(|e| e.ok())
                .filter(|e| e.path().is_file())
                .filter_map(|e| e.file_name().into_string().ok())
                .map(|file| format!("{name}/{file}"))
                .collect();
            inner.sort();
            found.extend(inner);
        }
    }
    Ok(found)
}

/// Writes a backup of `sources` to `out`; refuses to replace a file there
/// unless `force`.
pub fn write_backup(
    sources: &Sources,
    out: &Path,
    force: bool,
    progress: &mut dyn FnMut(Progress),
) -> Result<Written, BackupError> {
    if out.is_dir() {
        return Err(BackupError::Io {
            what: "write the backup to",
            path: out.to_path_buf(),
            source: io::Error::new(io::ErrorKind::IsADirectory, "it is a directory"),
        });
    }
    if !force && out.exists() {
        return Err(BackupError::Exists(out.to_path_buf()));
    }
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let dir = tempfile::Builder::new()
        .prefix(".quizbox-backup-")
        .tempdir_in(&parent)
        .map_err(io_error("create a folder in", &parent))?;
    let mut staging = Staging {
        dir,
        files: Vec::new(),
    };

    progress(Progress::Step("copying live games"));
    let mut games = std::collections::BTreeSet::new();
    let mut failed = None;
    copy_games(&sources.live, |file| {
        if let Some(game) = file.path.split('/').nth(1) {
            games.insert(game.to_string());
        }
        if let Err(e) = staging.put(format!("{LIVE}{}", file.path), &file.bytes) {
            failed = Some(e);
            return Err(crate::live::LiveError::Backend("staging failed".into()));
        }
        Ok(())
    })
    .map_err(|e| failed.take().unwrap_or(BackupError::Live(e)))?;

    progress(Progress::Step("copying the database"));
    let db_copy = staging.path_of(DATABASE);
    let db_dir = db_copy.parent().expect("in a folder");
    fs::create_dir_all(db_dir).map_err(io_error("create", db_dir))?;
    let schema_version = copy_database(&sources.database, &db_copy).map_err(|e| {
        if e.to_string().contains("database or disk is full") {
            BackupError::DiskFull(parent.clone())
        } else {
            BackupError::Store(e)
        }
    })?;
    staging.add(DATABASE)?;

    for name in data_files(&sources.data_dir)? {
        let path = sources.data_dir.join(&name);
        let bytes = fs::read(&path).map_err(io_error("read", &path))?;
        staging.put(format!("{DATA}{name}"), &bytes)?;
    }

    let manifest = Manifest {
        format: ARCHIVE_FORMAT,
        quizbox_version: env!("CARGO_PKG_VERSION").to_string(),
        schema_version,
        created_at: now_utc(),
        live_games: games.len(),
        files: std::mem::take(&mut staging.files),
    };
    let bytes = write_archive(&staging, &manifest, &parent, out, force, progress)?;
    Ok(Written { manifest, bytes })
}

fn header(size: u64) -> tar::Header {
    let mut header = tar::Header::new_gnu();
    header.set_size(size);
    // It holds password hashes, tokens and the TLS key: owner only.
    header.set_mode(0o600);
    header.set_entry_type(tar::EntryType::Regular);
    header.set_mtime(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs()),
    );
    header
}

fn write_archive(
    staging: &Staging,
    manifest: &Manifest,
    parent: &Path,
    out: &Path,
    force: bool,
    progress: &mut dyn FnMut(Progress),
) -> Result<u64, BackupError> {
    progress(Progress::Step("writing the archive"));
    // A named temporary file is created with mode 0600.
    let temporary = tempfile::Builder::new()
        .prefix(".quizbox-backup-")
        .suffix(".part")
        .tempfile_in(parent)
        .map_err(io_error("create a file in", parent))?;
    let at = temporary.path().to_path_buf();
    let writing = io_error("write", &at);
    let result = (|| -> io::Result<File> {
        let file = temporary.as_file().try_clone()?;
        let gzip = GzEncoder::new(BufWriter::new(file), Compression::default());
        let mut tar = tar::Builder::new(gzip);
        let text = serde_json::to_vec_pretty(manifest).map_err(io::Error::other)?;
        tar.append_data(&mut header(text.len() as u64), MANIFEST, &text[..])?;
        let total: u64 = manifest.files.iter().map(|f| f.size).sum();
        let mut done = 0;
        for entry in &manifest.files {
            let file = File::open(staging.path_of(&entry.path))?;
            let reader = CountingRead {
                inner: file,
                done: &mut done,
                total,
                progress: &mut *progress,
            };
            tar.append_data(&mut header(entry.size), &entry.path, reader)?;
        }
        let gzip = tar.into_inner()?;
        let file = gzip.finish()?.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        Ok(file)
    })();
    let file = result.map_err(writing)?;
    let bytes = file.metadata().map(|m| m.len()).unwrap_or(0);
    drop(file);
    if force {
        temporary
            .persist(out)
            .map_err(|e| io_error("rename the finished backup to", out)(e.error))?;
    } else {
        temporary.persist_noclobber(out).map_err(|e| {
            if e.error.kind() == io::ErrorKind::AlreadyExists {
                BackupError::Exists(out.to_path_buf())
            } else {
                io_error("rename the finished backup to", out)(e.error)
            }
        })?;
    }
    sync_dir(parent).map_err(io_error("sync", parent))?;
    Ok(bytes)
}
