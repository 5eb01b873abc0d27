//! The scale-out `Store`: PostgreSQL through tokio-postgres, with a
//! deadpool pool of connections shared by every request of a node. It owns
//! the Postgres schema and its migrations (`migrations/postgres/`, numbered
//! exactly like SQLite's); every statement is parameterised. Several nodes
//! may use one database at once, so every check-then-write happens in one
//! statement or under a row or advisory lock, never in this process's
//! memory. It must not interpret quizzes or games beyond copying the
//! columns reports list by.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use async_trait::async_trait;
use deadpool_postgres::{Manager, ManagerConfig, Object, Pool, RecyclingMethod, Runtime};
use tokio_postgres::{GenericClient, NoTls};

use super::{
    FinishedGame, GameSummary, ImportCounts, MigrationState, QuizAccess, QuizSummary, Result,
    Store, StoreError, StoredQuiz, User, UserRole, Written,
};
use crate::quiz::Quiz;

use super::migration::{migrations, Migration};

const MIGRATIONS: &[Migration] = migrations!("postgres");

/// The advisory lock migrations hold, so nodes starting together apply
/// each migration once ("quizbox" in ASCII).
const MIGRATION_LOCK: i64 = 0x0071_7569_7a62_6f78;

/// Connections a node keeps at most; requests beyond wait for one.
const POOL_SIZE: usize = 16;

/// How long a request waits for a connection before it fails, and how long
/// opening one may take: a database that is down fails requests after
/// this, it does not hang them.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

fn latest_known() -> i64 {
    MIGRATIONS.last().map_or(0, |m| m.version)
}

/// Whether a URL names this backend.
pub fn is_postgres_url(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

pub struct PostgresStore {
    pool: Pool,
    /// Host, port and database, for messages: never the password.
    place: String,
    /// Games whose latest save of results failed, with the error, until
    /// one succeeds (see `Store::write_problem`).
    failed_saves: Mutex<BTreeMap<String, String>>,
}

impl From<tokio_postgres::Error> for StoreError {
    fn from(e: tokio_postgres::Error) -> Self {
        // The server's own message says what went wrong; the driver's
        // Display alone says only "db error".
        match e.as_db_error() {
            Some(db) => StoreError::Backend(format!("Postgres: {}", db.message())),
            None => StoreError::Backend(format!("Postgres: {e}")),
        }
    }
}

impl PostgresStore {
    /// Opens a pool on the database a `postgres://` URL names and checks
    /// that it answers. Does not migrate; refuses a database a newer
    /// quizbox has migrated (`SchemaTooNew`).
    pub async fn open(url: &str) -> Result<PostgresStore> {
        let mut config: tokio_postgres::Config = url
            .parse()
            .map_err(|e| StoreError::Backend(format!("not a valid postgres:// URL: {e}")))?;
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(CONNECT_TIMEOUT);
        }
        if config.get_application_name().is_none() {
            config.application_name("quizbox");
        }
        let place = describe(&config);
        let manager = Manager::from_config(
            config,
            NoTls,
            ManagerConfig {
                // A connection the server closed (a restart, a failover) is
                // found out before a request gets it.
                recycling_method: RecyclingMethod::Verified,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(POOL_SIZE)
            .runtime(Runtime::Tokio1)
            .wait_timeout(Some(CONNECT_TIMEOUT * 2))
            .create_timeout(Some(CONNECT_TIMEOUT))
            .recycle_timeout(Some(CONNECT_TIMEOUT))
            .build()
            .map_err(|e| StoreError::Backend(format!("cannot set up the Postgres pool: {e}")))?;
        let store = PostgresStore {
            pool,
            place,
            failed_saves: Mutex::default(),
        };
        // Every command opens the database here: none of them may go on
        // (or migrate) beside tables a newer quizbox laid out.
        let client = store.client().await?;
        refuse_newer(&applied_migrations(&**client).await?)?;
        Ok(store)
    }

    /// A pooled connection, or an error that says which database did not answer.
    async fn client(&self) -> Result<Object> {
        self.pool.get().await.map_err(|e| {
            let why = match e {
                deadpool_postgres::PoolError::Backend(e) => e.to_string(),
                other => other.to_string(),
            };
            StoreError::Backend(format!("cannot reach Postgres at {}: {why}", self.place))
        })
    }
}

/// `host:port/database` of a connection config.
fn describe(config: &tokio_postgres::Config) -> String {
    let host = match config.get_hosts().first() {
        Some(tokio_postgres::config::Host::Tcp(name)) => name.clone(),
        #[cfg(unix)]
        Some(tokio_postgres::config::Host::Unix(path)) => path.display().to_string(),
        None => "localhost".into(),
    };
    let port = config.get_ports().first().copied().unwrap_or(5432);
    let db = config
        .get_dbname()
        .or(config.get_user())
        .unwrap_or("postgres");
    format!("{host}:{port}/{db}")
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

fn now_secs() -> i64 {
    now_ms() / 1000
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value)
        .map_err(|e| StoreError::Backend(format!("cannot encode as JSON: {e}")))
}

/// A stored number that does not fit the type it is read as.
fn narrow<T: TryFrom<i64>>(value: i64, what: &str) -> Result<T> {
    T::try_from(value).map_err(|_| StoreError::Corrupt(format!("{what} out of range: {value}")))
}

fn role_name(role: UserRole) -> &'static str {
    match role {
        UserRole::Admin => "admin",
        UserRole::Host => "host",
    }
}

fn parse_role(name: &str) -> Result<UserRole> {
    match name {
        "admin" => Ok(UserRole::Admin),
        "host" => Ok(UserRole::Host),
        other => Err(StoreError::Corrupt(format!("unknown user role {other:?}"))),
    }
}

/// Applied versions with their times; empty when the table does not exist yet.
async fn applied_migrations<C: GenericClient + Sync>(client: &C) -> Result<Vec<(i64, i64)>> {
    let exists: bool = client
        .query_one("SELECT to_regclass('schema_migrations') IS NOT NULL", &[])
        .await?
        .try_get(0)?;
    if !exists {
        return Ok(Vec::new());
    }
    let rows = client
        .query(
            "SELECT version, applied_at FROM schema_migrations ORDER BY version",
            &[],
        )
        .await?;
    rows.iter()
        .map(|row| Ok((row.try_get(0)?, row.try_get(1)?)))
        .collect()
}

fn refuse_newer(applied: &[(i64, i64)]) -> Result<()> {
    let known = latest_known();
    match applied.iter().map(|(v, _)| *v).max() {
        Some(found) if found > known => Err(StoreError::SchemaTooNew { found, known }),
        _ => Ok(()),
    }
}

#[async_trait]
impl Store for PostgresStore {
    async fn migrate(&self) -> Result<Vec<i64>> {
        let mut client = self.client().await?;
        let mut now_applied = Vec::new();
        for m in MIGRATIONS {
            let tx = client.transaction().await?;
            // Another node migrating at the same moment waits here, then
            // finds the migration applied.
            tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
                .await?;
            tx.batch_execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (
                     version    BIGINT PRIMARY KEY,
                     name       TEXT,
                     applied_at BIGINT
                 )",
            )
            .await?;
            let applied = applied_migrations(&*tx).await?;
            refuse_newer(&applied)?;
            if applied.iter().any(|(v, _)| *v == m.version) {
                continue;
            }
            tx.batch_execute(m.sql).await?;
            tx.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
                &[&m.version, &m.name, &now_secs()],
            )
            .await?;
            tx.commit().await?;
            now_applied.push(m.version);
        }
        Ok(now_applied)
    }

    async fn migration_status(&self) -> Result<Vec<MigrationState>> {
        let client = self.client().await?;
        let applied = applied_migrations(&**client).await?;
        Ok(MIGRATIONS
            .iter()
            .map(|m| MigrationState {
                version: m.version,
                name: m.name.to_string(),
                applied_at: applied
                    .iter()
                    .find(|(v, _)| *v == m.version)
                    .map(|(_, at)| *at),
            })
            .collect())
    }

    async fn check_schema(&self) -> Result<()> {
        let client = self.client().await?;
        let applied = applied_migrations(&**client).await?;
        refuse_newer(&applied)?;
        let done: BTreeSet<i64> = applied.iter().map(|(v, _)| *v).collect();
        if MIGRATIONS.iter().all(|m| done.contains(&m.version)) {
            Ok(())
        } else {
            Err(StoreError::NotMigrated)
        }
    }

    async fn upsert_quiz(&self, quiz: &Quiz, source: &str) -> Result<()> {
        let row = quizzes::QuizRow::new(quiz, source)?;
        let client = self.client().await?;
        row.upsert(&**client).await?;
        Ok(())
    }

    async fn import_quizzes(&self, quizzes: &[Quiz], source: &str) -> Result<ImportCounts> {
        let rows = quizzes
            .iter()
            .map(|q| quizzes::QuizRow::new(q, source))
            .collect::<Result<Vec<_>>>()?;
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let counts = quizzes::import_rows(&*tx, &rows).await?;
        tx.commit().await?;
        Ok(counts)
    }

    async fn insert_quiz_if_absent(&self, quiz: &Quiz, source: &str) -> Result<bool> {
        let row = quizzes::QuizRow::new(quiz, source)?;
        let client = self.client().await?;
        row.insert_if_absent(&**client).await
    }

    async fn list_quizzes(&self) -> Result<Vec<QuizSummary>> {
        let client = self.client().await?;
        quizzes::list(&**client, QuizAccess::All).await
    }

    async fn get_quiz(&self, id: &str) -> Result<Option<Quiz>> {
        Ok(self.stored_quiz(id).await?.map(|stored| stored.quiz))
    }

    async fn delete_quiz(&self, id: &str) -> Result<bool> {
        Ok(self.delete_quiz_at(id, None).await? != Written::Missing)
    }

    async fn stored_quiz(&self, id: &str) -> Result<Option<StoredQuiz>> {
        let client = self.client().await?;
        quizzes::stored(&**client, id).await
    }

    async fn replace_quiz(&self, quiz: &Quiz, expected: Option<i64>) -> Result<Written> {
        let row = quizzes::QuizRow::new(quiz, "")?;
        let client = self.client().await?;
        quizzes::replace(&**client, &row, expected).await
    }

    async fn delete_quiz_at(&self, id: &str, expected: Option<i64>) -> Result<Written> {
        let client = self.client().await?;
        quizzes::delete(&**client, id, expected).await
    }

    async fn create_user(
        &self,
        username: &str,
        role: UserRole,
        password_hash: &str,
    ) -> Result<User> {
        let client = self.client().await?;
        let created_at = now_ms();
        let row = client
            .query_one(
                "INSERT INTO users (username, role, password_hash, created_at)
                 VALUES ($1, $2, $3, $4) RETURNING id",
                &[&username, &role_name(role), &password_hash, &created_at],
            )
            .await?;
        Ok(User {
            id: row.try_get(0)?,
            username: username.to_string(),
            role,
            created_at,
        })
    }

    async fn list_users(&self) -> Result<Vec<User>> {
        let client = self.client().await?;
        let rows = client
            .query(
                "SELECT id, username, role, created_at FROM users ORDER BY id",
                &[],
            )
            .await?;
        rows.iter()
            .map(|row| {
                Ok(User {
                    id: row.try_get(0)?,
                    username: row.try_get(1)?,
                    role: parse_role(row.try_get(2)?)?,
                    created_at: row.try_get(3)?,
                })
            })
            .collect()
    }

    async fn save_finished_game(&self, game: std::sync::Arc<FinishedGame>) -> Result<()> {
        let saved: Result<()> = async {
            let mut client = self.client().await?;
            let tx = client.transaction().await?;
            games::write(&*tx, &game).await?;
            tx.commit().await?;
            Ok(())
        }
        .await;
        let mut failed = self.failed_saves.lock().expect("failed saves lock");
        match &saved {
            Ok(()) => failed.remove(&game.id),
            Err(e) => failed.insert(game.id.clone(), e.to_string()),
        };
        saved
    }

    fn write_problem(&self) -> Option<String> {
        let failed = self.failed_saves.lock().expect("failed saves lock");
        failed
            .iter()
            .next()
            .map(|(game, e)| format!("results of game {game}: {e}"))
    }

    async fn finished_game(&self, id: &str) -> Result<Option<FinishedGame>> {
        let mut client = self.client().await?;
        // One snapshot for the game's rows, so a concurrent save or purge
        // is either whole or absent in what is read.
        let tx = client
            .build_transaction()
            .isolation_level(tokio_postgres::IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()
            .await?;
        let game = games::read(&*tx, id).await?;
        tx.commit().await?;
        Ok(game)
    }

    async fn list_finished_games(&self, host: Option<i64>) -> Result<Vec<GameSummary>> {
        let client = self.client().await?;
        games::list(&**client, host).await
    }

    async fn delete_finished_game(&self, id: &str) -> Result<bool> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let deleted = tx
            .execute("DELETE FROM games WHERE id = $1", &[&id])
            .await?
            == 1;
        if deleted {
            tx.execute("DELETE FROM game_hosts WHERE game_id = $1", &[&id])
                .await?;
        }
        tx.commit().await?;
        Ok(deleted)
    }

    async fn finished_games_of_quiz(&self, quiz_id: &str) -> Result<Vec<FinishedGame>> {
        let mut client = self.client().await?;
        let tx = client
            .build_transaction()
            .isolation_level(tokio_postgres::IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()
            .await?;
        let ids = tx
            .query(
                "SELECT id FROM games WHERE quiz_id = $1 ORDER BY ended_at, id",
                &[&quiz_id],
            )
            .await?;
        let mut found = Vec::with_capacity(ids.len());
        for row in ids {
            let id: String = row.try_get(0)?;
            if let Some(game) = games::read(&*tx, &id).await? {
                found.push(game);
            }
        }
        tx.commit().await?;
        Ok(found)
    }
}

mod accounts;
mod assignments;
mod from_sqlite;
mod games;
mod mail;
mod media;
mod privacy;
mod quizzes;
#[cfg(test)]
mod tests;
mod webhooks;
