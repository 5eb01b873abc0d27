//! Shared by the import and export tests: run the real `quizbox` binary on a
//! data directory and read the SQLite database back.
#![allow(dead_code)]

pub mod expect;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use quizbox::quiz::Quiz;

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

/// Runs `quizbox --data DATA ARGS…` with a quiet, predictable environment.
pub fn quizbox(data: &Path, args: &[&str]) -> Run {
    quizbox_with_stdin(data, args, None)
}

pub fn quizbox_with_stdin(data: &Path, args: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_quizbox"));
    cmd.arg("--data")
        .arg(data)
        .args(args)
        .env_remove("QUIZBOX_DATABASE")
        .env_remove("QUIZBOX_CONFIG")
        .env("QUIZBOX_LOG", "warn")
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("quizbox starts");
    if let Some(bytes) = stdin {
        use std::io::Write;
        child.stdin.take().unwrap().write_all(bytes).unwrap();
    }
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

pub fn db_file(data: &Path) -> PathBuf {
    data.join("quizbox.db")
}

/// Every stored quiz row as (id, title, source, document, updated_at), by
/// id; empty when the database does not exist yet.
pub fn rows(data: &Path) -> Vec<(String, String, String, String, i64)> {
    if !db_file(data).exists() {
        return Vec::new();
    }
    let conn = rusqlite::Connection::open(db_file(data)).unwrap();
    let mut stmt = conn
        .prepare("SELECT id, title, source, document, updated_at FROM quizzes ORDER BY id")
        .unwrap();
    let rows = stmt
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .unwrap();
    rows.collect::<Result<_, _>>().unwrap()
}

/// The stored quiz with this id, read from the database file.
pub fn stored(data: &Path, id: &str) -> Quiz {
    let row = rows(data)
        .into_iter()
        .find(|r| r.0 == id)
        .unwrap_or_else(|| panic!("quiz {id:?} is not stored; have {:?}", ids(data)));
    serde_json::from_str(&row.3).unwrap()
}

pub fn ids(data: &Path) -> Vec<String> {
    rows(data).into_iter().map(|r| r.0).collect()
}
