//! A small tmpfs the test mounts (as root) and fills, for tests of a disk
//! that runs out of space. Elsewhere such tests are skipped with a notice,
//! but under CI=true a tmpfs that cannot be mounted is a failure.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A tmpfs mounted for the test, unmounted however the test ends.
pub struct Tmpfs(PathBuf);

impl Tmpfs {
    /// Mounts a tmpfs of `size` (as `mount -o size=` takes it) at `path`,
    /// or says why it cannot.
    pub fn mount(path: &Path, size: &str) -> Result<Tmpfs, String> {
        let uid = Command::new("id")
            .arg("-u")
            .output()
            .map_err(|e| e.to_string())?;
        if String::from_utf8_lossy(&uid.stdout).trim() != "0" {
            return Err("not running as root".into());
        }
        std::fs::create_dir_all(path).map_err(|e| e.to_string())?;
        let out = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size},mode=0700"),
                "tmpfs",
            ])
            .arg(path)
            .output()
            .map_err(|e| e.to_string())?;
        if !out.status.success() {
            return Err(format!(
                "mount failed: {}",
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        Ok(Tmpfs(path.to_path_buf()))
    }

    /// `mount`, or None after printing why the test is skipped; panics
    /// under CI=true, where the test must run.
    pub fn mount_or_skip(path: &Path, size: &str) -> Option<Tmpfs> {
        match Tmpfs::mount(path, size) {
            Ok(tmpfs) => Some(tmpfs),
            Err(why) if std::env::var("CI").as_deref() == Ok("true") => {
                panic!("CI must run the full-disk tests, but: {why}")
            }
            Err(why) => {
                eprintln!("NOTICE: full-disk test skipped ({why}); run it as root");
                None
            }
        }
    }

    /// Writes to a file until the filesystem is full (again); returns its path.
    pub fn fill(&self) -> PathBuf {
        let path = self.0.join("filler");
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .unwrap();
        let chunk = vec![0x5a_u8; 4096];
        let mut written = 0usize;
        while file.write_all(&chunk).and_then(|()| file.flush()).is_ok() {
            written += chunk.len();
            assert!(written < 1 << 30, "the tmpfs never filled");
        }
        let _ = file.sync_all();
        path
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}
