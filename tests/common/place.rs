//! A place for one conformance story's data: a temporary directory, or,
//! for a story that breaks writes, a small tmpfs mounted there that is
//! filled up (a full disk) and emptied again. Mounting needs root: as
//! another user such a story is skipped with a notice, but under CI=true
//! it fails.

#[path = "tmpfs.rs"]
mod tmpfs;

use std::path::{Path, PathBuf};

use tmpfs::Tmpfs;

/// Room for a few live logs (each grows 4 MiB at a time) and a database.
const SIZE: &str = "16m";

pub struct Place {
    /// Unmounted before the directory under it is removed.
    tmpfs: Option<Tmpfs>,
    root: PathBuf,
    _dir: tempfile::TempDir,
}

impl Place {
    /// A fresh place; `breakable` mounts the tmpfs. None: skipped.
    pub fn new(breakable: bool) -> Option<Place> {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("data");
        let tmpfs = if breakable {
            Some(Tmpfs::mount_or_skip(&root, SIZE)?)
        } else {
            std::fs::create_dir_all(&root).unwrap();
            None
        };
        Some(Place {
            tmpfs,
            root,
            _dir: dir,
        })
    }

    pub fn path(&self) -> &Path {
        &self.root
    }

    /// Fills the tmpfs: writes that need room fail from now on.
    pub fn fill(&self) {
        self.tmpfs
            .as_ref()
            .expect("writes are broken only on a breakable place")
            .fill();
    }

    /// Empties the tmpfs of what `fill` wrote.
    pub fn empty(&self) {
        std::fs::remove_file(self.root.join("filler")).unwrap();
    }
}
