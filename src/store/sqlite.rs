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
    FinishedGame, MigrationState, PlayerOutcome, QuizSummary, Result, Store, StoreError, User,
    UserRole,
};
use crate::game::AnswerRecord;
use crate::quiz::Quiz;

/// One numbered schema change. Append-only: never edit one that has landed.
struct Migration {
    version: i64,
    name: &'static str,
    sql: &'static str,
}

const MIGRATIONS: &[Migration] = &[Migration {
    version: 1,
    name: "initial",
    sql: include_str!("migrations/sqlite/0001_initial.sql"),
}];

fn latest_known() -> i64 {
    MIGRATIONS.last().map_or(0, |m| m.version)
}

pub struct SqliteStore {
    conn: Arc<Mutex<Connection>>,
}

impl SqliteStore {
    /// Opens (creating if needed) the database file. Does not migrate.
    pub fn open(path: &str) -> Result<SqliteStore> {
        if let Some(parent) = Path::new(path).parent() {
            if !parent.as_os_str().is_empty() {
                std::fs::create_dir_all(parent).map_err(|e| {
                    StoreError::Backend(format!("cannot create {}: {e}", parent.display()))
                })?;
            }
        }
        let conn = Connection::open(path)?;
        // journal_mode answers with the mode now in force, so it needs the checking form.
        let _mode: String =
            conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(Duration::from_millis(5000))?;
        Ok(SqliteStore {
            conn: Arc::new(Mutex::new(conn)),
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
fn write_finished_game(
    tx: &Transaction<'_>,
    game: &FinishedGame,
    answers: &[String],
) -> Result<()> {
    // Saving a game again replaces it whole (players and answers cascade).
    tx.execute("DELETE FROM games WHERE id = ?1", params![game.id])?;
    tx.execute(
        "INSERT INTO games (id, pin, quiz_id, quiz_title, question_count, created_at, started_at, ended_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            game.id,
            game.pin,
            game.quiz_id,
            game.quiz_title,
            game.question_count,
            game.created_at,
            game.started_at,
            game.ended_at,
        ],
    )?;
    let mut insert_player = tx.prepare(
        "INSERT INTO game_players (game_id, player, nickname, rank, score, correct)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for p in &game.players {
        insert_player.execute(params![
            game.id, p.player, p.nickname, p.rank, p.score, p.correct
        ])?;
    }
    let mut insert_answer = tx.prepare(
        "INSERT INTO game_answers (game_id, player, question, answer, client_id, elapsed_ms,
                                   time_limit_ms, correct, points, streak_bonus)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    for (a, answer) in game.answers.iter().zip(answers) {
        insert_answer.execute(params![
            game.id,
            a.player,
            a.question,
            answer,
            a.client_id,
            a.elapsed_ms,
            a.time_limit_ms,
            a.correct,
            a.points,
            a.streak_bonus,
        ])?;
    }
    Ok(())
}

fn read_finished_game(conn: &Connection, id: &str) -> Result<Option<FinishedGame>> {
    let game = conn
        .query_row(
            "SELECT id, pin, quiz_id, quiz_title, question_count, created_at, started_at, ended_at
             FROM games WHERE id = ?1",
            params![id],
            |row| {
                Ok(FinishedGame {
                    id: row.get(0)?,
                    pin: row.get(1)?,
                    quiz_id: row.get(2)?,
                    quiz_title: row.get(3)?,
                    question_count: row.get(4)?,
                    created_at: row.get(5)?,
                    started_at: row.get(6)?,
                    ended_at: row.get(7)?,
                    players: Vec::new(),
                    answers: Vec::new(),
                })
            },
        )
        .optional()?;
    let Some(mut game) = game else {
        return Ok(None);
    };

    let mut stmt = conn.prepare(
        "SELECT player, nickname, rank, score, correct FROM game_players
         WHERE game_id = ?1 ORDER BY rank, player",
    )?;
    let players = stmt.query_map(params![id], |row| {
        Ok(PlayerOutcome {
            player: row.get(0)?,
            nickname: row.get(1)?,
            rank: row.get(2)?,
            score: row.get(3)?,
            correct: row.get(4)?,
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
    Ok(Some(game))
}

/// The columns of a quiz row, computed before leaving the async side.
struct QuizRow {
    id: String,
    title: String,
    description: Option<String>,
    question_count: i64,
    document: String,
    source: String,
}

impl QuizRow {
    fn new(quiz: &Quiz, source: &str) -> Result<QuizRow> {
        Ok(QuizRow {
            id: quiz.id.clone(),
            title: quiz.title.clone(),
            description: quiz.description.clone(),
            question_count: quiz.questions.len() as i64,
            document: to_json(quiz)?,
            source: source.to_string(),
        })
    }

    /// Inserts the row; `on_conflict` is a fixed clause saying what an
    /// existing id does. Returns the number of rows written.
    fn insert(&self, conn: &Connection, on_conflict: &'static str) -> Result<usize> {
        let sql = format!(
            "INSERT INTO quizzes (id, title, description, question_count, document, source,
                                  created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7) {on_conflict}"
        );
        let (r, now) = (self, now_ms());
        let values = params![
            r.id,
            r.title,
            r.description,
            r.question_count,
            r.document,
            r.source,
            now
        ];
        Ok(conn.execute(&sql, values)?)
    }
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
            // Keeps created_at; everything else is the new quiz.
            row.insert(
                conn,
                "ON CONFLICT (id) DO UPDATE SET title = excluded.title,
                     description = excluded.description, question_count = excluded.question_count,
                     document = excluded.document, source = excluded.source,
                     updated_at = excluded.updated_at",
            )?;
            Ok(())
        })
        .await
    }

    async fn insert_quiz_if_absent(&self, quiz: &Quiz, source: &str) -> Result<bool> {
        let row = QuizRow::new(quiz, source)?;
        self.with_conn(move |conn| Ok(row.insert(conn, "ON CONFLICT (id) DO NOTHING")? == 1))
            .await
    }

    async fn list_quizzes(&self) -> Result<Vec<QuizSummary>> {
        self.with_conn(|conn| {
            let mut stmt = conn.prepare(
                "SELECT q.id, q.title, q.description, q.question_count, q.source, q.updated_at,
                        (SELECT MAX(g.ended_at) FROM games g WHERE g.quiz_id = q.id)
                 FROM quizzes q
                 ORDER BY q.title COLLATE NOCASE, q.id",
            )?;
            let rows = stmt.query_map([], |row| {
                Ok(QuizSummary {
                    id: row.get(0)?,
                    title: row.get(1)?,
                    description: row.get(2)?,
                    question_count: row.get(3)?,
                    source: row.get(4)?,
                    updated_at: row.get(5)?,
                    last_played: row.get(6)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
        .await
    }

    async fn get_quiz(&self, id: &str) -> Result<Option<Quiz>> {
        let id = id.to_string();
        self.with_conn(move |conn| {
            let document: Option<String> = conn
                .query_row(
                    "SELECT document FROM quizzes WHERE id = ?1",
                    params![id],
                    |row| row.get(0),
                )
                .optional()?;
            document
                .map(|doc| {
                    serde_json::from_str(&doc).map_err(|e| {
                        StoreError::Corrupt(format!("quiz {id:?} is not a valid document: {e}"))
                    })
                })
                .transpose()
        })
        .await
    }

    async fn delete_quiz(&self, id: &str) -> Result<bool> {
        let id = id.to_string();
        self.with_conn(move |conn| {
            Ok(conn.execute("DELETE FROM quizzes WHERE id = ?1", params![id])? > 0)
        })
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

    async fn save_finished_game(&self, game: &FinishedGame) -> Result<()> {
        // Encode before taking the lock so a bad value costs no transaction.
        let answers = game
            .answers
            .iter()
            .map(|a| to_json(&a.answer))
            .collect::<Result<Vec<_>>>()?;
        let game = game.clone();
        self.with_conn(move |conn| {
            let tx = conn.transaction()?;
            write_finished_game(&tx, &game, &answers)?;
            tx.commit()?;
            Ok(())
        })
        .await
    }

    async fn finished_game(&self, id: &str) -> Result<Option<FinishedGame>> {
        let id = id.to_string();
        self.with_conn(move |conn| read_finished_game(conn, &id))
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::{AnswerValue, Question, QuestionKind};

    fn db_path(dir: &tempfile::TempDir) -> String {
        dir.path()
            .join("nested/dir/quizbox.db")
            .to_string_lossy()
            .into_owned()
    }

    async fn migrated(path: &str) -> SqliteStore {
        let store = SqliteStore::open(path).unwrap();
        store.migrate().await.unwrap();
        store
    }

    fn question(text: &str, answers: &[&str], correct: usize) -> Question {
        Question {
            text: text.into(),
            kind: QuestionKind::Single {
                answers: answers.iter().map(|a| a.to_string()).collect(),
                correct,
            },
            time_limit: 20,
            points: 1000,
            explanation: None,
        }
    }

    fn capitals() -> Quiz {
        Quiz {
            id: "capitals".into(),
            title: "capitals of Europe".into(),
            description: Some("Ten quick ones".into()),
            questions: vec![
                question("Capital of France?", &["Paris", "Lyon", "Nice"], 0),
                Question {
                    explanation: Some("Bern is the federal city".into()),
                    time_limit: 30,
                    points: 2000,
                    ..question("Capital of Switzerland?", &["Zurich", "Bern"], 1)
                },
            ],
        }
    }

    fn birds() -> Quiz {
        Quiz {
            id: "birds".into(),
            title: "Birds".into(),
            description: None,
            questions: vec![question("Can penguins fly?", &["Yes", "No"], 1)],
        }
    }

    fn answer(player: u32, question: usize, choice: usize, correct: bool) -> AnswerRecord {
        AnswerRecord {
            player,
            question,
            answer: AnswerValue::Choice(choice),
            client_id: (player % 2 == 0).then(|| format!("c-{player}-{question}")),
            elapsed_ms: 1_500 + u64::from(player) * 100,
            time_limit_ms: 20_000,
            correct,
            points: if correct { 900 } else { 0 },
            streak_bonus: if correct && question > 0 { 100 } else { 0 },
        }
    }

    fn outcome(player: u32, nickname: &str, rank: u32, score: u64, correct: u32) -> PlayerOutcome {
        let nickname = nickname.into();
        PlayerOutcome {
            player,
            nickname,
            rank,
            score,
            correct,
        }
    }

    fn finished(id: &str, quiz: &Quiz, ended_at: u64) -> FinishedGame {
        FinishedGame {
            id: id.into(),
            pin: "482913".into(),
            quiz_id: quiz.id.clone(),
            quiz_title: quiz.title.clone(),
            question_count: quiz.questions.len() as u32,
            created_at: ended_at - 600_000,
            started_at: Some(ended_at - 500_000),
            ended_at,
            // Ordered as read back: by rank, then player (a tie at rank 2).
            players: vec![
                outcome(2, "Ada", 1, 1900, 2),
                outcome(1, "Linus", 2, 900, 1),
                outcome(3, "Grace 🐞", 2, 900, 1),
            ],
            // Ordered by question, then player.
            answers: vec![
                answer(1, 0, 0, true),
                answer(2, 0, 0, true),
                answer(3, 0, 2, false),
                answer(1, 1, 0, false),
                answer(2, 1, 1, true),
                answer(3, 1, 1, true),
            ],
        }
    }

    #[tokio::test]
    async fn migrate_applies_once_and_reports_status() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(&db_path(&dir)).unwrap();
        assert!(matches!(
            store.check_schema().await,
            Err(StoreError::NotMigrated)
        ));
        let pending = store.migration_status().await.unwrap();
        assert_eq!(
            pending,
            vec![MigrationState {
                version: 1,
                name: "initial".into(),
                applied_at: None
            }]
        );

        let before = now_secs();
        assert_eq!(store.migrate().await.unwrap(), vec![1]);
        assert_eq!(store.migrate().await.unwrap(), Vec::<i64>::new());
        store.check_schema().await.unwrap();

        let status = store.migration_status().await.unwrap();
        assert_eq!(status.len(), 1);
        assert_eq!((status[0].version, status[0].name.as_str()), (1, "initial"));
        let applied_at = status[0].applied_at.expect("version 1 is applied");
        assert!(applied_at >= before && applied_at <= now_secs() + 1);
    }

    #[tokio::test]
    async fn newer_schema_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = db_path(&dir);
        let store = migrated(&path).await;
        store
            .with_conn(|conn| {
                conn.execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)",
                    [],
                )?;
                Ok(())
            })
            .await
            .unwrap();

        for result in [store.check_schema().await, store.migrate().await.map(drop)] {
            match result {
                Err(StoreError::SchemaTooNew { found, known }) => {
                    assert_eq!((found, known), (999, 1))
                }
                other => panic!("expected SchemaTooNew, got {other:?}"),
            }
        }
    }

    #[tokio::test]
    async fn missing_known_migration_is_not_migrated() {
        let dir = tempfile::tempdir().unwrap();
        let store = migrated(&db_path(&dir)).await;
        store
            .with_conn(|conn| Ok(conn.execute("DELETE FROM schema_migrations", [])?))
            .await
            .unwrap();
        assert!(matches!(
            store.check_schema().await,
            Err(StoreError::NotMigrated)
        ));
    }

    #[tokio::test]
    async fn quizzes_roundtrip() {
        let dir = tempfile::tempdir().unwrap();
        let store = migrated(&db_path(&dir)).await;
        assert_eq!(store.get_quiz("capitals").await.unwrap(), None);

        store.upsert_quiz(&capitals(), "import").await.unwrap();
        store.upsert_quiz(&birds(), "sample").await.unwrap();
        assert_eq!(store.get_quiz("capitals").await.unwrap(), Some(capitals()));
        assert_eq!(store.get_quiz("birds").await.unwrap(), Some(birds()));

        // Ordered by title ignoring case: "Birds" before "capitals of Europe".
        let list = store.list_quizzes().await.unwrap();
        let ids: Vec<&str> = list.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(ids, ["birds", "capitals"]);
        let caps = &list[1];
        assert_eq!(caps.title, "capitals of Europe");
        assert_eq!(caps.description.as_deref(), Some("Ten quick ones"));
        assert_eq!(caps.question_count, 2);
        assert_eq!(caps.source, "import");
        assert_eq!(caps.last_played, None);
        assert!(caps.updated_at > 0);

        // Replacing keeps one row and the new content.
        let mut renamed = capitals();
        renamed.title = "Capitals".into();
        renamed.questions.truncate(1);
        store.upsert_quiz(&renamed, "import").await.unwrap();
        assert_eq!(store.get_quiz("capitals").await.unwrap(), Some(renamed));
        let list = store.list_quizzes().await.unwrap();
        assert_eq!(list.len(), 2);
        assert_eq!(
            (list[1].title.as_str(), list[1].question_count),
            ("Capitals", 1)
        );

        assert!(store.delete_quiz("capitals").await.unwrap());
        assert!(!store.delete_quiz("capitals").await.unwrap());
        assert_eq!(store.get_quiz("capitals").await.unwrap(), None);
        assert_eq!(store.list_quizzes().await.unwrap().len(), 1);
    }

    #[tokio::test]
    async fn insert_if_absent_keeps_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let store = migrated(&db_path(&dir)).await;
        assert!(store
            .insert_quiz_if_absent(&capitals(), "sample")
            .await
            .unwrap());
        let mut other = capitals();
        other.title = "Something else".into();
        assert!(!store.insert_quiz_if_absent(&other, "import").await.unwrap());
        assert_eq!(store.get_quiz("capitals").await.unwrap(), Some(capitals()));
        assert_eq!(store.list_quizzes().await.unwrap()[0].source, "sample");
    }

    #[tokio::test]
    async fn users_are_created_and_listed() {
        let dir = tempfile::tempdir().unwrap();
        let store = migrated(&db_path(&dir)).await;
        let admin = store
            .create_user("root", UserRole::Admin, "$argon2id$a")
            .await
            .unwrap();
        let host = store
            .create_user("maria", UserRole::Host, "$argon2id$b")
            .await
            .unwrap();
        assert_ne!(admin.id, host.id);
        assert_eq!(store.list_users().await.unwrap(), vec![admin, host]);

        let duplicate = store
            .create_user("root", UserRole::Host, "$argon2id$c")
            .await;
        assert!(
            matches!(duplicate, Err(StoreError::Backend(_))),
            "{duplicate:?}"
        );
        assert_eq!(store.list_users().await.unwrap().len(), 2);
    }

    #[tokio::test]
    async fn finished_game_roundtrip_and_last_played() {
        let dir = tempfile::tempdir().unwrap();
        let store = migrated(&db_path(&dir)).await;
        store.upsert_quiz(&capitals(), "import").await.unwrap();
        assert_eq!(store.finished_game("g1").await.unwrap(), None);

        let game = finished("g1", &capitals(), 1_700_000_000_000);
        store.save_finished_game(&game).await.unwrap();
        assert_eq!(store.finished_game("g1").await.unwrap(), Some(game.clone()));

        // Saving again replaces rather than duplicating.
        let mut again = game.clone();
        again.answers.truncate(2);
        store.save_finished_game(&again).await.unwrap();
        assert_eq!(store.finished_game("g1").await.unwrap(), Some(again));

        let later = finished("g2", &capitals(), 1_700_000_900_000);
        store.save_finished_game(&later).await.unwrap();
        let list = store.list_quizzes().await.unwrap();
        assert_eq!(list[0].last_played, Some(1_700_000_900_000));

        // Reports outlive their quiz.
        store.delete_quiz("capitals").await.unwrap();
        assert_eq!(store.finished_game("g2").await.unwrap(), Some(later));
    }

    #[tokio::test]
    async fn reopening_keeps_data() {
        let dir = tempfile::tempdir().unwrap();
        let path = db_path(&dir);
        let game = finished("g1", &birds(), 1_700_000_000_000);
        {
            let store = migrated(&path).await;
            store.upsert_quiz(&birds(), "sample").await.unwrap();
            store
                .create_user("root", UserRole::Admin, "hash")
                .await
                .unwrap();
            store.save_finished_game(&game).await.unwrap();
        }
        let store = SqliteStore::open(&path).unwrap();
        store.check_schema().await.unwrap();
        assert_eq!(store.migrate().await.unwrap(), Vec::<i64>::new());
        assert_eq!(store.get_quiz("birds").await.unwrap(), Some(birds()));
        assert_eq!(store.list_users().await.unwrap()[0].username, "root");
        assert_eq!(store.finished_game("g1").await.unwrap(), Some(game));
    }

    #[tokio::test]
    async fn corrupt_quiz_document_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let store = migrated(&db_path(&dir)).await;
        store.upsert_quiz(&birds(), "sample").await.unwrap();
        store
            .with_conn(|conn| {
                Ok(conn.execute(
                    "UPDATE quizzes SET document = '{not json' WHERE id = 'birds'",
                    [],
                )?)
            })
            .await
            .unwrap();
        assert!(matches!(
            store.get_quiz("birds").await,
            Err(StoreError::Corrupt(_))
        ));
    }
}
