//! Moving an embedded install up: every row of a SQLite database copied
//! into an empty Postgres database at the same schema version, in one
//! Postgres transaction (all of it, or on any failure nothing), keeping
//! every id, so tokens, quiz revisions (ETags) and report links stay
//! valid. Postgres's column types decide how each SQLite value is read.
//! It must not change the SQLite file.

use std::path::Path;

use rusqlite::types::Value;
use rusqlite::{Connection, OpenFlags};
use tokio_postgres::types::ToSql;

use super::PostgresStore;
use crate::store::{Result, StoreError};

/// Every table of the schema, each after the tables it refers to. A
/// migration that adds a table adds it here (a unit test compares this list
/// with the tables the Postgres migrations create).
pub(super) const TABLES: &[&str] = &[
    "users",
    "quizzes",
    "games",
    "game_players",
    "game_answers",
    "tokens",
    "game_hosts",
    "media",
    "webhooks",
    "webhook_events",
    "webhook_deliveries",
    "webhook_attempts",
    "game_question_totals",
    "account_links",
    "mail_queue",
    "assignments",
    "assignment_players",
    "assignment_answers",
];

/// A SQLite value as the Postgres column of `kind` takes it.
fn convert(
    value: Value,
    kind: &str,
    table: &str,
    column: &str,
) -> Result<Box<dyn ToSql + Sync + Send>> {
    let mismatch = |value: &Value| {
        StoreError::Corrupt(format!(
            "{table}.{column} holds {value:?}, which a {kind} column cannot take"
        ))
    };
    Ok(match (kind, value) {
        ("bigint", Value::Null) => Box::new(None::<i64>),
        ("bigint", Value::Integer(n)) => Box::new(Some(n)),
        ("boolean", Value::Null) => Box::new(None::<bool>),
        ("boolean", Value::Integer(n)) => Box::new(Some(n != 0)),
        ("text", Value::Null) => Box::new(None::<String>),
        ("text", Value::Text(text)) => Box::new(Some(text)),
        ("bytea", Value::Null) => Box::new(None::<Vec<u8>>),
        ("bytea", Value::Blob(bytes)) => Box::new(Some(bytes)),
        (_, value) => return Err(mismatch(&value)),
    })
}

/// Every row of `table`'s `columns` in the SQLite file, read on the
/// blocking pool.
async fn read_table(
    file: &Path,
    table: &'static str,
    columns: Vec<String>,
) -> Result<Vec<Vec<Value>>> {
    let file = file.to_path_buf();
    tokio::task::spawn_blocking(move || {
        let conn = Connection::open_with_flags(
            &file,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        // Names come from Postgres's catalogue of our own tables, quoted.
        let list = columns
            .iter()
            .map(|c| format!("\"{c}\""))
            .collect::<Vec<_>>()
            .join(", ");
        let mut stmt = conn.prepare(&format!("SELECT {list} FROM \"{table}\""))?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let values = (0..columns.len())
                .map(|i| row.get::<_, Value>(i))
                .collect::<rusqlite::Result<Vec<_>>>()?;
            out.push(values);
        }
        Ok(out)
    })
    .await
    .map_err(|e| StoreError::Backend(format!("reading the SQLite database failed: {e}")))?
}

/// The last quiz revision SQLite gave, so Postgres never gives it again.
async fn last_revision(file: &Path) -> Result<i64> {
    let file = file.to_path_buf();
    tokio::task::spawn_blocking(move || {
        let conn = Connection::open_with_flags(&file, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        let last: i64 = conn.query_row(
            "SELECT MAX(COALESCE((SELECT last FROM quiz_revision WHERE id = 1), 0),
                        COALESCE((SELECT MAX(revision) FROM quizzes), 0))",
            [],
            |row| row.get(0),
        )?;
        Ok(last)
    })
    .await
    .map_err(|e| StoreError::Backend(format!("reading the SQLite database failed: {e}")))?
}

impl PostgresStore {
    /// Copies every row of the SQLite database at `file` (migrated to the
    /// same version as this database, which must be migrated and empty).
    /// Returns the rows copied per table, in `TABLES` order.
    pub async fn copy_from_sqlite(&self, file: &Path) -> Result<Vec<(String, u64)>> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let known: Vec<String> = tx
            .query(
                "SELECT table_name::TEXT FROM information_schema.tables
                 WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                   AND table_name <> 'schema_migrations'
                 ORDER BY table_name",
                &[],
            )
            .await?
            .iter()
            .map(|row| row.try_get(0))
            .collect::<std::result::Result<_, _>>()?;
        if let Some(unknown) = known.iter().find(|t| !TABLES.contains(&t.as_str())) {
            return Err(StoreError::Backend(format!(
                "the table {unknown} is not copied by this quizbox; nothing was copied"
            )));
        }
        let mut copied = Vec::new();
        for &table in TABLES {
            let present: i64 = tx
                .query_one(&format!("SELECT COUNT(*) FROM {table}"), &[])
                .await?
                .try_get(0)?;
            if present > 0 {
                return Err(StoreError::Conflict(format!(
                    "the Postgres database is not empty ({table} has {present} rows); \
                     copy into a new database"
                )));
            }
            let described = tx
                .query(
                    "SELECT column_name::TEXT, data_type::TEXT FROM information_schema.columns
                     WHERE table_schema = current_schema() AND table_name::TEXT = $1
                     ORDER BY ordinal_position",
                    &[&table],
                )
                .await?;
            let mut columns = Vec::new();
            let mut kinds = Vec::new();
            for row in &described {
                columns.push(row.try_get::<_, String>(0)?);
                kinds.push(row.try_get::<_, String>(1)?);
            }
            let rows = read_table(file, table, columns.clone()).await?;
            let names = columns
                .iter()
                .map(|c| format!("\"{c}\""))
                .collect::<Vec<_>>()
                .join(", ");
            let slots = (1..=columns.len())
                .map(|i| format!("${i}"))
                .collect::<Vec<_>>()
                .join(", ");
            let insert = tx
                .prepare(&format!("INSERT INTO {table} ({names}) VALUES ({slots})"))
                .await?;
            let count = rows.len() as u64;
            for row in rows {
                let values = row
                    .into_iter()
                    .zip(columns.iter().zip(&kinds))
                    .map(|(value, (column, kind))| convert(value, kind, table, column))
                    .collect::<Result<Vec<_>>>()?;
                let params: Vec<&(dyn ToSql + Sync)> = values
                    .iter()
                    .map(|v| v.as_ref() as &(dyn ToSql + Sync))
                    .collect();
                tx.execute(&insert, &params).await?;
            }
            // Ids made from now on follow the copied ones.
            let numbered = columns
                .iter()
                .position(|c| c == "id")
                .is_some_and(|i| kinds[i] == "bigint");
            if numbered {
                tx.execute(
                    &format!(
                        "SELECT setval(pg_get_serial_sequence('{table}', 'id'),
                                       COALESCE(MAX(id), 0) + 1, false) FROM {table}"
                    ),
                    &[],
                )
                .await?;
            }
            copied.push((table.to_string(), count));
        }
        let last = last_revision(file).await?;
        tx.execute(
            "SELECT setval('quiz_revision', $1::BIGINT + 1, false)",
            &[&last],
        )
        .await?;
        tx.commit().await?;
        Ok(copied)
    }
}
