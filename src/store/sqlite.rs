//! The embedded `Store`: one SQLite file in WAL mode through rusqlite. It owns
//! the SQLite schema and its migrations; every call runs on tokio's blocking
//! pool so the async runtime never waits on the disk. It must not interpret
//! quizzes or games beyond copying the columns reports list by.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use async_trait::async_trait;
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use super::{
    FinishedGame, GameSummary, ImportCounts, MigrationState, PlayerOutcome, QuizAccess,
    QuizSummary, Result, Store, StoreError, StoredQuiz, User, UserRole, Written,
};
use crate::game::AnswerRecord;
use crate::quiz::Quiz;

use super::migration::{migrations, Migration};

const MIGRATIONS: &[Migration] = migrations!("sqlite");

/// A new database file is made readable by its owner only (it holds
/// password hashes); SQLite gives its -wal and -shm files the same mode.
fn create_private(path: &Path) {
    #[cfg(unix)]
    if path != Path::new(":memory:") {
        use std::os::unix::fs::OpenOptionsExt;
        let _ = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(path);
    }
    #[cfg(not(unix))]
    let _ = path;
}

fn latest_known() -> i64 {
    MIGRATIONS.last().map_or(0, |m| m.version)
}

pub struct SqliteStore {
    conn: Arc<Mutex<Connection>>,
    /// Games whose latest save of results failed, with the error, until
    /// one succeeds (see `Store::write_problem`).
    failed_saves: Mutex<std::collections::BTreeMap<String, String>>,
}

impl SqliteStore {
    /// Opens (creating if needed) the database file. Does not migrate;
    /// refuses a database a newer quizbox has migrated (`SchemaTooNew`).
    pub fn open(path: &str) -> Result<SqliteStore> {
        if let Some(parent) = Path::new(path).parent() {
            if !parent.as_os_str().is_empty() {
                std::fs::create_dir_all(parent).map_err(|e| {
                    StoreError::Backend(format!("cannot create {}: {e}", parent.display()))
                })?;
            }
        }
        create_private(Path::new(path));
        let conn = Connection::open(path)?;
        // journal_mode answers with the mode now in force, so it needs the checking form.
        let _mode: String =
            conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Deleted rows are overwritten with zeros rather than left in free
        // space, so what retention or an erasure removes leaves the file
        // (docs/privacy.md); it costs a write of each freed page.
        conn.pragma_update(None, "secure_delete", "ON")?;
        conn.busy_timeout(Duration::from_millis(5000))?;
        // Every command opens the database here: none of them may go on
        // (or migrate) beside tables a newer quizbox laid out.
        refuse_newer(&applied_migrations(&conn)?)?;
        Ok(SqliteStore {
            conn: Arc::new(Mutex::new(conn)),
            failed_saves: Mutex::default(),
        })
    }

    /// Runs `f` with the connection on the blocking pool.
    async fn with_conn<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T> + Send + 'static,
    {
        let conn = Arc::clone(&self.conn);
        tokio::task::spawn_blocking(move || {
            // A panic mid-call leaves the connection usable: an open
            // transaction is rolled back when its guard drops.
            let mut conn = conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            f(&mut conn)
        })
        .await
        .map_err(|e| StoreError::Backend(format!("database task failed: {e}")))?
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError::Backend(e.to_string())
    }
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value)
        .map_err(|e| StoreError::Backend(format!("cannot encode as JSON: {e}")))
}

/// Applied versions with their times; empty when the table does not exist yet.
fn applied_migrations(conn: &Connection) -> Result<Vec<(i64, i64)>> {
    let exists: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations')",
        [],
        |row| row.get(0),
    )?;
    if !exists {
        return Ok(Vec::new());
    }
    let mut stmt =
        conn.prepare("SELECT version, applied_at FROM schema_migrations ORDER BY version")?;
    let rows = stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn refuse_newer(applied: &[(i64, i64)]) -> Result<()> {
    let known = latest_known();
    match applied.iter().map(|(v, _)| *v).max() {
        Some(found) if found > known => Err(StoreError::SchemaTooNew { found, known }),
        _ => Ok(()),
    }
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

/// Writes a finished game; the caller owns the transaction.
fn write_finished_game(tx: &Transaction<'_>, game: &FinishedGame) -> Result<()> {
    // Saving a game again replaces it whole (players and answers cascade).
    tx.execute("DELETE FROM games WHERE id = ?1", params![game.id])?;
    tx.execute(
        "INSERT INTO games (id, pin, quiz_id, quiz_title, question_count, created_at, started_at, ended_at,
                            questions)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            game.id,
            game.pin,
            game.quiz_id,
            game.quiz_title,
            game.question_count,
            game.created_at,
            game.started_at,
            game.ended_at,
            to_json(&game.questions)?,
        ],
    )?;
    let mut insert_player = tx.prepare(
        "INSERT INTO game_players (game_id, player, nickname, rank, score, correct, team)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for p in &game.players {
        insert_player.execute(params![
            game.id, p.player, p.nickname, p.rank, p.score, p.correct, p.team
        ])?;
    }
    let mut insert_answer = tx.prepare(
        "INSERT INTO game_answers (game_id, player, question, answer, client_id, elapsed_ms,
                                   time_limit_ms, correct, points, streak_bonus)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    // Each answer is encoded as it is written: a game of 10,000 players
    // has 100,000 of them, and a failure rolls the transaction back.
    for a in &game.answers {
        insert_answer.execute(params![
            game.id,
            a.player,
            a.question,
            to_json(&a.answer)?,
            a.client_id,
            a.elapsed_ms,
            a.time_limit_ms,
            a.correct,
            a.points,
            a.streak_bonus,
        ])?;
    }
    privacy::write_removed(tx, game)
}

fn read_finished_game(conn: &Connection, id: &str) -> Result<Option<FinishedGame>> {
    let game = conn
        .query_row(
            "SELECT id, pin, quiz_id, quiz_title, question_count, created_at, started_at, ended_at,
                    questions
             FROM games WHERE id = ?1",
            params![id],
            |row| {
                let game = FinishedGame {
                    id: row.get(0)?,
                    pin: row.get(1)?,
                    quiz_id: row.get(2)?,
                    quiz_title: row.get(3)?,
                    question_count: row.get(4)?,
                    created_at: row.get(5)?,
                    started_at: row.get(6)?,
                    ended_at: row.get(7)?,
                    // Read as text here, decoded below where errors can say which game.
                    questions: Vec::new(),
                    players: Vec::new(),
                    answers: Vec::new(),
                    players_removed: None,
                    totals: Vec::new(),
                };
                Ok((game, row.get::<_, String>(8)?))
            },
        )
        .optional()?;
    let Some((mut game, questions)) = game else {
        return Ok(None);
    };
    game.questions = serde_json::from_str(&questions).map_err(|e| {
        StoreError::Corrupt(format!(
            "played questions of game {id:?} are not valid JSON: {e}"
        ))
    })?;

    let mut stmt = conn.prepare(
        "SELECT player, nickname, rank, score, correct, team FROM game_players
         WHERE game_id = ?1 ORDER BY rank, player",
    )?;
    let players = stmt.query_map(params![id], |row| {
        Ok(PlayerOutcome {
            player: row.get(0)?,
            nickname: row.get(1)?,
            rank: row.get(2)?,
            score: row.get(3)?,
            correct: row.get(4)?,
            team: row.get(5)?,
        })
    })?;
    game.players = players.collect::<rusqlite::Result<_>>()?;

    let mut stmt = conn.prepare(
        "SELECT player, question, answer, client_id, elapsed_ms, time_limit_ms, correct, points,
                streak_bonus
         FROM game_answers WHERE game_id = ?1 ORDER BY question, player",
    )?;
    let mut rows = stmt.query(params![id])?;
    while let Some(row) = rows.next()? {
        let answer: String = row.get(2)?;
        let answer = serde_json::from_str(&answer).map_err(|e| {
            StoreError::Corrupt(format!("answer in game {id:?} is not valid JSON: {e}"))
        })?;
        game.answers.push(AnswerRecord {
            player: row.get(0)?,
            question: row.get(1)?,
            answer,
            client_id: row.get(3)?,
            elapsed_ms: row.get(4)?,
            time_limit_ms: row.get(5)?,
            correct: row.get(6)?,
            points: row.get(7)?,
            streak_bonus: row.get(8)?,
        });
    }
    privacy::read_removed(conn, &mut game)?;
    Ok(Some(game))
}

#[async_trait]
impl Store for SqliteStore {
    async fn migrate(&self) -> Result<Vec<i64>> {
        self.with_conn(|conn| {
            conn.execute_batch(
                "CREATE TABLE IF NOT EXISTS schema_migrations (
                     version    INTEGER PRIMARY KEY,
                     name       TEXT,
                     applied_at INTEGER
                 )",
            )?;
            let applied = applied_migrations(conn)?;
            refuse_newer(&applied)?;
            let done: BTreeSet<i64> = applied.iter().map(|(v, _)| *v).collect();
            let mut now_applied = Vec::new();
            for m in MIGRATIONS.iter().filter(|m| !done.contains(&m.version)) {
                let tx = conn.transaction()?;
                tx.execute_batch(m.sql)?;
                tx.execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?1, ?2, ?3)",
                    params![m.version, m.name, now_secs()],
                )?;
                tx.commit()?;
                now_applied.push(m.version);
            }
            Ok(now_applied)
        })
        .await
    }

    async fn migration_status(&self) -> Result<Vec<MigrationState>> {
        self.with_conn(|conn| {
            let applied = applied_migrations(conn)?;
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
        })
        .await
    }

    async fn check_schema(&self) -> Result<()> {
        self.with_conn(|conn| {
            let applied = applied_migrations(conn)?;
            refuse_newer(&applied)?;
            let done: BTreeSet<i64> = applied.iter().map(|(v, _)| *v).collect();
            if MIGRATIONS.iter().all(|m| done.contains(&m.version)) {
                Ok(())
            } else {
                Err(StoreError::NotMigrated)
            }
        })
        .await
    }

    async fn upsert_quiz(&self, quiz: &Quiz, source: &str) -> Result<()> {
        let row = QuizRow::new(quiz, source)?;
        self.with_conn(move |conn| {
            row.insert(conn, REPLACE_QUIZ)?;
            Ok(())
        })
        .await
    }

    async fn import_quizzes(&self, quizzes: &[Quiz], source: &str) -> Result<ImportCounts> {
        // Encode before taking the lock so a bad value costs no transaction.
        let rows = quizzes
            .iter()
            .map(|q| QuizRow::new(q, source))
            .collect::<Result<Vec<_>>>()?;
        self.with_conn(move |conn| {
            let tx = conn.transaction()?;
            let counts = import_rows(&tx, &rows)?;
            tx.commit()?;
            Ok(counts)
        })
        .await
    }

    async fn insert_quiz_if_absent(&self, quiz: &Quiz, source: &str) -> Result<bool> {
        let row = QuizRow::new(quiz, source)?;
        self.with_conn(move |conn| Ok(row.insert(conn, "ON CONFLICT (id) DO NOTHING")? == 1))
            .await
    }

    async fn list_quizzes(&self) -> Result<Vec<QuizSummary>> {
        self.with_conn(|conn| accounts::list_quizzes(conn, QuizAccess::All))
            .await
    }

    async fn get_quiz(&self, id: &str) -> Result<Option<Quiz>> {
        Ok(self.stored_quiz(id).await?.map(|stored| stored.quiz))
    }

    async fn delete_quiz(&self, id: &str) -> Result<bool> {
        Ok(self.delete_quiz_at(id, None).await? != Written::Missing)
    }

    async fn stored_quiz(&self, id: &str) -> Result<Option<StoredQuiz>> {
        let id = id.to_string();
        self.with_conn(move |conn| quizzes::stored(conn, &id)).await
    }

    async fn replace_quiz(&self, quiz: &Quiz, expected: Option<i64>) -> Result<Written> {
        let row = QuizRow::new(quiz, "")?;
        self.with_conn(move |conn| quizzes::replace(conn, &row, expected))
            .await
    }

    async fn delete_quiz_at(&self, id: &str, expected: Option<i64>) -> Result<Written> {
        let id = id.to_string();
        self.with_conn(move |conn| quizzes::delete(conn, &id, expected))
            .await
    }

    async fn create_user(
        &self,
        username: &str,
        role: UserRole,
        password_hash: &str,
    ) -> Result<User> {
        let username = username.to_string();
        let password_hash = password_hash.to_string();
        self.with_conn(move |conn| {
            let created_at = now_ms();
            conn.execute(
                "INSERT INTO users (username, role, password_hash, created_at) VALUES (?1, ?2, ?3, ?4)",
                params![username, role_name(role), password_hash, created_at],
            )?;
            Ok(User {
                id: conn.last_insert_rowid(),
                username,
                role,
                created_at,
            })
        })
        .await
    }

    async fn list_users(&self) -> Result<Vec<User>> {
        self.with_conn(|conn| {
            let mut stmt =
                conn.prepare("SELECT id, username, role, created_at FROM users ORDER BY id")?;
            let mut rows = stmt.query([])?;
            let mut users = Vec::new();
            while let Some(row) = rows.next()? {
                let role: String = row.get(2)?;
                users.push(User {
                    id: row.get(0)?,
                    username: row.get(1)?,
                    role: parse_role(&role)?,
                    created_at: row.get(3)?,
                });
            }
            Ok(users)
        })
        .await
    }

    async fn save_finished_game(&self, game: Arc<FinishedGame>) -> Result<()> {
        let id = game.id.clone();
        let saved = self
            .with_conn(move |conn| {
                let tx = conn.transaction()?;
                write_finished_game(&tx, &game)?;
                tx.commit()?;
                Ok(())
            })
            .await;
        let mut failed = self.failed_saves.lock().expect("failed saves lock");
        match &saved {
            Ok(()) => failed.remove(&id),
            Err(e) => failed.insert(id, e.to_string()),
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
        let id = id.to_string();
        self.with_conn(move |conn| read_finished_game(conn, &id))
            .await
    }

    async fn list_finished_games(&self, host: Option<i64>) -> Result<Vec<GameSummary>> {
        self.with_conn(move |conn| games::list(conn, host)).await
    }

    async fn delete_finished_game(&self, id: &str) -> Result<bool> {
        let id = id.to_string();
        self.with_conn(move |conn| games::delete(conn, &id)).await
    }

    async fn finished_games_of_quiz(&self, quiz_id: &str) -> Result<Vec<FinishedGame>> {
        let quiz_id = quiz_id.to_string();
        self.with_conn(move |conn| games::of_quiz(conn, &quiz_id))
            .await
    }
}

mod accounts;
mod assignments;
mod copy;
mod games;
mod mail;
mod media;
mod privacy;
mod quizzes;
mod webhooks;
pub use copy::{copy_database, known_schema};
use quizzes::{import_rows, QuizRow, REPLACE_QUIZ};
#[cfg(test)]
mod tests;
