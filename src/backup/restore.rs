//! Restoring a backup into an empty data directory: the manifest is read
//! first and the archive refused if a newer quizbox wrote it; each file is
//! unpacked into a staging folder inside the data directory and checked
//! against the manifest's size and SHA-256; only when every file listed is
//! there and matches are they moved into place. A refused or damaged
//! archive leaves the directory as empty as it was.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{self, Read};
use std::path::{Component, Path, PathBuf};

use flate2::read::GzDecoder;

use super::{
    is_disk_full, sync_dir, CountingRead, Hashing, Manifest, Progress, RestoreError,
    ARCHIVE_FORMAT, DATA, DATABASE, LIVE, MANIFEST,
};
use crate::store::sqlite::known_schema;

/// Where a restore writes.
pub struct Targets {
    /// Must be empty or missing.
    pub data_dir: PathBuf,
    /// The SQLite file: must not exist.
    pub database: PathBuf,
    /// The live directory: must be empty or missing.
    pub live: PathBuf,
}

/// The manifest is small; a larger first entry is not one.
const MANIFEST_LIMIT: u64 = 16 << 20;

fn io_error<'a>(what: &'static str, path: &'a Path) -> impl FnOnce(io::Error) -> RestoreError + 'a {
    move |source| {
        if is_disk_full(&source) {
            RestoreError::DiskFull(path.to_path_buf())
        } else {
            RestoreError::Io {
                what,
                path: path.to_path_buf(),
                source,
            }
        }
    }
}

/// Whether `dir` holds anything (a missing one does not).
fn has_entries(dir: &Path) -> Result<bool, RestoreError> {
    match fs::read_dir(dir) {
        Ok(mut entries) => Ok(entries.next().is_some()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(io_error("list", dir)(e)),
    }
}

/// A path inside the archive that names a file below the staging folder.
fn is_plain_relative(path: &str) -> bool {
    !path.is_empty()
        && Path::new(path)
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
}

/// Restores `archive` into `targets`; returns its manifest.
pub fn restore(
    archive: &Path,
    targets: &Targets,
    progress: &mut dyn FnMut(Progress),
) -> Result<Manifest, RestoreError> {
    if has_entries(&targets.data_dir)? {
        return Err(RestoreError::NotEmpty(targets.data_dir.clone()));
    }
    if targets.database.exists() {
        return Err(RestoreError::NotEmpty(targets.database.clone()));
    }
    if has_entries(&targets.live)? {
        return Err(RestoreError::NotEmpty(targets.live.clone()));
    }
    let invalid = |problem: String| RestoreError::Invalid {
        archive: archive.to_path_buf(),
        problem,
    };
    let file = File::open(archive).map_err(io_error("open", archive))?;
    let total = file.metadata().map(|m| m.len()).unwrap_or(0);
    let mut done = 0u64;
    let counting = CountingRead {
        inner: file,
        done: &mut done,
        total,
        progress,
    };
    let mut tar = tar::Archive::new(GzDecoder::new(counting));
    let unreadable = |e: io::Error| invalid(format!("it does not read as a .tar.gz file ({e})"));
    let mut entries = tar.entries().map_err(unreadable)?;

    let manifest: Manifest = {
        let first = entries
            .next()
            .ok_or_else(|| invalid("it is empty".into()))?
            .map_err(unreadable)?;
        let name = first.path().map_err(unreadable)?.display().to_string();
        if name != MANIFEST || first.size() > MANIFEST_LIMIT {
            return Err(invalid(format!(
                "its first entry is {name:?}, not {MANIFEST} (was it written by `quizbox backup`?)"
            )));
        }
        let mut text = Vec::new();
        first
            .take(MANIFEST_LIMIT)
            .read_to_end(&mut text)
            .map_err(unreadable)?;
        serde_json::from_slice(&text).map_err(|e| invalid(format!("its {MANIFEST}: {e}")))?
    };
    if manifest.schema_version > known_schema() || manifest.format > ARCHIVE_FORMAT {
        return Err(RestoreError::TooNew {
            archive: archive.to_path_buf(),
            version: manifest.quizbox_version.clone(),
            format: manifest.format,
            found: manifest.schema_version,
            known: known_schema(),
        });
    }
    let mut expected: BTreeMap<&str, &super::ManifestFile> = BTreeMap::new();
    for file in &manifest.files {
        let known_place =
            file.path == DATABASE || file.path.starts_with(LIVE) || file.path.starts_with(DATA);
        if !known_place || !is_plain_relative(&file.path) {
            return Err(invalid(format!(
                "its manifest lists {:?}, which has no place in a data directory",
                file.path
            )));
        }
        if expected.insert(&file.path, file).is_some() {
            return Err(invalid(format!("its manifest lists {:?} twice", file.path)));
        }
    }

    let created = !targets.data_dir.exists();
    fs::create_dir_all(&targets.data_dir).map_err(io_error("create", &targets.data_dir))?;
    if created {
        use std::os::unix::fs::PermissionsExt;
        let _ = fs::set_permissions(&targets.data_dir, fs::Permissions::from_mode(0o700));
    }
    let staging = tempfile::Builder::new()
        .prefix(".restoring-")
        .tempdir_in(&targets.data_dir)
        .map_err(io_error("create a folder in", &targets.data_dir))?;

    for entry in entries {
        let mut entry = entry.map_err(unreadable)?;
        let name = entry.path().map_err(unreadable)?.display().to_string();
        let Some(listed) = expected.remove(name.as_str()) else {
            return Err(invalid(format!(
                "it holds {name:?}, which its manifest does not list (or lists once)"
            )));
        };
        if entry.header().entry_type() != tar::EntryType::Regular {
            return Err(invalid(format!("{name:?} is not a plain file")));
        }
        let path = staging.path().join(&name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(io_error("create", parent))?;
        }
        let file = private_file(&path).map_err(io_error("create", &path))?;
        let mut out = Hashing::new(file);
        io::copy(&mut entry, &mut out).map_err(|e| {
            if is_disk_full(&e) {
                RestoreError::DiskFull(targets.data_dir.clone())
            } else {
                unreadable(e)
            }
        })?;
        let (file, size, sha256) = out.finish();
        file.sync_all().map_err(io_error("write", &path))?;
        if size != listed.size || sha256 != listed.sha256 {
            return Err(invalid(format!(
                "{name} does not match the size and SHA-256 its manifest gives: the archive is \
                 damaged; restore from another copy"
            )));
        }
    }
    if let Some(missing) = expected.keys().next() {
        return Err(invalid(format!(
            "{missing}, listed in its manifest, is missing: the archive is cut short or \
             damaged; restore from another copy"
        )));
    }

    place(staging.path(), targets)?;
    Ok(manifest)
}

/// Creates a file only its owner may read (it may hold hashes or a key).
fn private_file(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
}

/// Moves the checked files from the staging folder to their places.
fn place(staging: &Path, targets: &Targets) -> Result<(), RestoreError> {
    let database = staging.join(DATABASE);
    if database.is_file() {
        move_to(&database, &targets.database)?;
    }
    let live = staging.join(LIVE.trim_end_matches('/'));
    if live.is_dir() {
        fs::create_dir_all(&targets.live).map_err(io_error("create", &targets.live))?;
        for entry in fs::read_dir(&live).map_err(io_error("list", &live))? {
            let entry = entry.map_err(io_error("list", &live))?;
            move_to(&entry.path(), &targets.live.join(entry.file_name()))?;
        }
        sync_dir(&targets.live).map_err(io_error("sync", &targets.live))?;
    }
    let data = staging.join(DATA.trim_end_matches('/'));
    if data.is_dir() {
        for entry in fs::read_dir(&data).map_err(io_error("list", &data))? {
            let entry = entry.map_err(io_error("list", &data))?;
            move_to(&entry.path(), &targets.data_dir.join(entry.file_name()))?;
        }
    }
    sync_dir(&targets.data_dir).map_err(io_error("sync", &targets.data_dir))
}

/// Renames `from` to `to`, copying when they are on different disks.
fn move_to(from: &Path, to: &Path) -> Result<(), RestoreError> {
    if let Some(parent) = to.parent() {
        fs::create_dir_all(parent).map_err(io_error("create", parent))?;
    }
    match fs::rename(from, to) {
        Ok(()) => Ok(()),
        Err(e) if e.raw_os_error() == Some(libc::EXDEV) => copy_tree(from, to),
        Err(e) => Err(io_error("move into place", to)(e)),
    }
}

fn copy_tree(from: &Path, to: &Path) -> Result<(), RestoreError> {
    if from.is_dir() {
        fs::create_dir_all(to).map_err(io_error("create", to))?;
        for entry in fs::read_dir(from).map_err(io_error("list", from))? {
            let entry = entry.map_err(io_error("list", from))?;
            copy_tree(&entry.path(), &to.join(entry.file_name()))?;
        }
        Ok(())
    } else {
        let mut source = File::open(from).map_err(io_error("read", from))?;
        let mut target = private_file(to).map_err(io_error("create", to))?;
        io::copy(&mut source, &mut target).map_err(io_error("write", to))?;
        target.sync_all().map_err(io_error("write", to))
    }
}
