//! A consistent copy of the SQLite database while a server may be writing
//! it, for `quizbox backup`: `VACUUM INTO` reads the database inside one
//! read transaction, so the copy is the state after some commit, never a
//! mix of two, and the writer is not held up. Nothing here changes the
//! source database.

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use super::{applied_migrations, latest_known};
use crate::store::{Result, StoreError};

/// Copies the database at `source` into a new file `dest` (which must not
/// exist); returns the copy's schema version (0: not migrated).
pub fn copy_database(source: &Path, dest: &Path) -> Result<i64> {
    if !source.is_file() {
        return Err(StoreError::Backend(format!(
            "there is no database at {}; check --data or --database",
            source.display()
        )));
    }
    // Read-write without create: a WAL database is read through its -shm
    // index, which a read-only connection may not be able to set up.
    let conn = Connection::open_with_flags(
        source,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(Duration::from_millis(5000))?;
    let dest_text = dest
        .to_str()
        .ok_or_else(|| StoreError::Backend(format!("{} is not a UTF-8 path", dest.display())))?;
    conn.execute("VACUUM INTO ?1", [dest_text]).map_err(|e| {
        if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DiskFull) {
            StoreError::Backend(format!(
                "cannot copy the database to {}: database or disk is full",
                dest.display()
            ))
        } else {
            StoreError::from(e)
        }
    })?;
    let copy = Connection::open_with_flags(dest, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let schema = applied_migrations(&copy)?
        .iter()
        .map(|(version, _)| *version)
        .max()
        .unwrap_or(0);
    Ok(schema)
}

/// The newest schema version this build knows.
pub fn known_schema() -> i64 {
    latest_known()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    #[tokio::test]
    async fn the_copy_holds_what_was_committed_and_its_schema_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("quizbox.db");
        let store = super::super::SqliteStore::open(path.to_str().unwrap()).unwrap();
        store.migrate().await.unwrap();
        let quiz = crate::quiz::formats::native_toml::parse(
            "title = \"Copied\"\n\n[[questions]]\ntext = \"2 + 2?\"\nanswers = [\"3\", \"4\"]\ncorrect = 1\n",
            "copied.toml",
            "copied",
        )
        .unwrap();
        store.upsert_quiz(&quiz, "test").await.unwrap();
        let dest = dir.path().join("copy.db");
        assert_eq!(copy_database(&path, &dest).unwrap(), known_schema());
        let copy = super::super::SqliteStore::open(dest.to_str().unwrap()).unwrap();
        copy.check_schema().await.unwrap();
        let quizzes = copy.list_quizzes().await.unwrap();
        assert_eq!(quizzes.len(), 1);
        assert_eq!(quizzes[0].id, "copied");
        // The copy must not overwrite a file already there.
        assert!(copy_database(&path, &dest).is_err());
        // No database: a message that says where it looked.
        let missing = dir.path().join("missing.db");
        let error = copy_database(&missing, &dir.path().join("x.db")).unwrap_err();
        assert!(error.to_string().contains("missing.db"), "{error}");
    }
}
