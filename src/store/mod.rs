//! Relational storage behind one trait: users, quizzes, finished games,
//! their per-answer results, uploaded media, outgoing mail, webhooks with
//! their outbox, and removing what retention or an erasure asks to
//! (`privacy`). Backends are chosen by URL scheme
//! (`sqlite://PATH` embedded, `postgres://…` for several nodes); server code sees only `dyn Store`. Migrations are
//! numbered, embedded and append-only per backend.

pub mod accounts;
pub mod assignments;
#[doc(hidden)]
pub mod conformance;
mod finished;
pub use finished::TeamOutcome;
pub mod mail;
pub mod media;
mod migration;
pub mod postgres;
pub mod privacy;
pub mod sqlite;
pub mod webhooks;

use std::sync::Arc;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use crate::game::AnswerRecord;
use crate::quiz::Quiz;

pub use accounts::{Accounts, Credential, NewToken, QuizAccess, Scope, TokenInfo, TokenKind};
pub use assignments::{
    Assignment, AssignmentAnswer, AssignmentPlayer, AssignmentStore, AssignmentSummary,
    NewAssignment,
};
pub use mail::MailStore;
pub use media::{MediaBlob, MediaInfo, MediaStore};
pub use privacy::{Erased, PlayersRemoved, Privacy, QuestionTotal};
pub use webhooks::{
    AfterAttempt, Attempt, DeliveryRecord, DeliveryState, DueDelivery, NewWebhook, QueuedEvent,
    Webhook, WebhookStore,
};

/// A listing entry as the API and `quizbox quiz list --json` show it: the
/// summary, and its last game's end under the name that matches
/// `updated_at` (`last_played` stays for the clients that read it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListedQuiz {
    #[serde(flatten)]
    pub summary: QuizSummary,
    /// Unix ms of the last finished game with this quiz; `null` if never played.
    pub last_played_at: Option<i64>,
}

impl From<QuizSummary> for ListedQuiz {
    fn from(summary: QuizSummary) -> ListedQuiz {
        ListedQuiz {
            last_played_at: summary.last_played,
            summary,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("unsupported database URL {0:?} (expected sqlite://PATH or postgres://…)")]
    UnsupportedUrl(String),
    #[error(
        "the database is at schema version {found}, newer than this quizbox understands \
         ({known}, quizbox {version}): a newer quizbox has used it. Run that newer quizbox \
         again, or restore a backup made by this version into an empty data directory with \
         `quizbox restore FILE --data DIR`",
        version = env!("CARGO_PKG_VERSION")
    )]
    SchemaTooNew { found: i64, known: i64 },
    #[error("the database has not been migrated; run `quizbox migrate`")]
    NotMigrated,
    #[error("database error: {0}")]
    Backend(String),
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
    /// A user or token that does not exist.
    #[error("{0}")]
    NotFound(String),
    /// The change would break a rule (the last admin, someone else's quiz).
    #[error("{0}")]
    Conflict(String),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// One numbered migration, as listed by `quizbox migrate --status`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MigrationState {
    pub version: i64,
    pub name: String,
    /// Unix seconds when applied; `None` if pending.
    pub applied_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizSummary {
    pub id: String,
    pub title: String,
    pub description: Option<String>,
    pub question_count: u32,
    /// Where it came from: "sample", "import", ...
    pub source: String,
    /// Unix ms of the last change.
    pub updated_at: i64,
    /// Unix ms of the last finished game with this quiz.
    pub last_played: Option<i64>,
    /// The account that owns it; absent for shared quizzes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
}

/// A stored quiz with its revision and owner.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredQuiz {
    pub quiz: Quiz,
    /// Changes on every write of the quiz and is never given to another
    /// version of any quiz, so it serves as the quiz's ETag.
    pub revision: i64,
    /// The account that owns it; `None` for a shared quiz.
    pub owner: Option<i64>,
}

/// What a conditional write (`Store::replace_quiz`, `Store::delete_quiz_at`) did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// Written; the quiz's new revision (for a delete, the one it had).
    Done(i64),
    /// Nothing written: the quiz is at this revision, not the one expected.
    Stale(i64),
    /// Nothing written: there is no quiz with that id.
    Missing,
}

/// What `Store::import_quizzes` wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportCounts {
    /// Quizzes whose id was new.
    pub created: usize,
    /// Quizzes that replaced a stored quiz with the same id.
    pub updated: usize,
    pub questions: usize,
    /// For each quiz, in the order given: whether it replaced a stored one.
    pub replaced: Vec<bool>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum UserRole {
    Admin,
    Host,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    pub id: i64,
    pub username: String,
    pub role: UserRole,
    pub created_at: i64,
}

/// A player's final line in a finished game.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlayerOutcome {
    pub player: u32,
    pub nickname: String,
    pub rank: u32,
    pub score: u64,
    pub correct: u32,
    /// Team mode: the team the player played for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<String>,
}

/// A question as it was played in a game: enough of it for reports to
/// name answers and count them against the right one. Every field after
/// `kind` came later, so games stored before them still load (empty or 0).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PlayedQuestion {
    pub text: String,
    pub kind: String,
    /// The answers (single, multi, poll) or items (ordering, in the
    /// correct order) in the order played; `["True", "False"]` for
    /// true/false; empty for the other kinds.
    #[serde(default)]
    pub choices: Vec<String>,
    /// The right answer as display text: the correct choices, the accepted
    /// texts of a type answer, a slider's value, an ordering's items in
    /// order; empty for unscored kinds.
    #[serde(default)]
    pub correct_text: Vec<String>,
    /// Seconds to answer.
    #[serde(default)]
    pub time_limit: u32,
    /// Points for a correct answer given at once.
    #[serde(default)]
    pub points: u32,
}

/// A finished game as reports list it (`Store::list_finished_games`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GameSummary {
    pub id: String,
    pub pin: String,
    pub quiz_id: String,
    pub quiz_title: String,
    /// The account that created the game, if known.
    pub host: Option<String>,
    pub created_at: u64,
    pub started_at: Option<u64>,
    pub ended_at: u64,
    pub players: u32,
    pub questions: u32,
}

/// A finished game as kept for reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FinishedGame {
    pub id: String,
    pub pin: String,
    pub quiz_id: String,
    pub quiz_title: String,
    pub question_count: u32,
    pub created_at: u64,
    pub started_at: Option<u64>,
    pub ended_at: u64,
    /// The questions in the order they were played (`answers[].question`
    /// indexes this list).
    #[serde(default)]
    pub questions: Vec<PlayedQuestion>,
    /// Best first.
    pub players: Vec<PlayerOutcome>,
    pub answers: Vec<AnswerRecord>,
    /// Set once retention removed the players' nicknames and answers
    /// (`players` and `answers` are empty since).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub players_removed: Option<PlayersRemoved>,
    /// What remains of the answers once they are removed: per question,
    /// how many answered, were right and the points given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub totals: Vec<QuestionTotal>,
}

#[async_trait]
pub trait Store:
    Accounts + AssignmentStore + MailStore + MediaStore + WebhookStore + Privacy + Send + Sync
{
    /// Applies pending migrations; returns the versions applied now.
    async fn migrate(&self) -> Result<Vec<i64>>;
    /// Every known migration and whether it is applied.
    async fn migration_status(&self) -> Result<Vec<MigrationState>>;
    /// Fails with `NotMigrated` or `SchemaTooNew` unless the schema is exactly current.
    async fn check_schema(&self) -> Result<()>;

    /// Inserts or replaces a quiz by id.
    async fn upsert_quiz(&self, quiz: &Quiz, source: &str) -> Result<()>;
    /// Inserts or replaces every quiz by id in one transaction: all of them
    /// are written, or (on any failure) none.
    async fn import_quizzes(&self, quizzes: &[Quiz], source: &str) -> Result<ImportCounts>;
    /// Inserts the quiz only if no quiz has its id; returns whether it did.
    async fn insert_quiz_if_absent(&self, quiz: &Quiz, source: &str) -> Result<bool>;
    /// All quizzes, ordered by title.
    async fn list_quizzes(&self) -> Result<Vec<QuizSummary>>;
    async fn get_quiz(&self, id: &str) -> Result<Option<Quiz>>;
    async fn delete_quiz(&self, id: &str) -> Result<bool>;
    /// The quiz with its revision and owner, read together.
    async fn stored_quiz(&self, id: &str) -> Result<Option<StoredQuiz>>;
    /// Replaces the quiz with `quiz.id` if it is at revision `expected`
    /// (`None`: whatever its revision), checking and writing in one step,
    /// so of two writers holding the same revision exactly one wins. Keeps
    /// its owner, source and creation time; gives it a new revision.
    async fn replace_quiz(&self, quiz: &Quiz, expected: Option<i64>) -> Result<Written>;
    /// Deletes the quiz if it is at revision `expected` (`None`: whatever
    /// its revision), in one step. Finished games keep their own copy of
    /// what was played, so no result goes with it.
    async fn delete_quiz_at(&self, id: &str, expected: Option<i64>) -> Result<Written>;

    async fn create_user(
        &self,
        username: &str,
        role: UserRole,
        password_hash: &str,
    ) -> Result<User>;
    async fn list_users(&self) -> Result<Vec<User>>;

    /// Records a finished game with every answer, in one transaction. The
    /// game is shared rather than borrowed so that saving a big one needs no
    /// copy of its answers, and the caller can take it back afterwards.
    /// Saving a game again replaces it whole, so a retry or a restart that
    /// saves it twice stores each answer once.
    async fn save_finished_game(&self, game: Arc<FinishedGame>) -> Result<()>;
    async fn finished_game(&self, id: &str) -> Result<Option<FinishedGame>>;
    /// Finished games, newest (by end) first: those `host` created, or
    /// every one with `None`.
    async fn list_finished_games(&self, host: Option<i64>) -> Result<Vec<GameSummary>>;
    /// Deletes a finished game with its players and answers; false if
    /// there was none.
    async fn delete_finished_game(&self, id: &str) -> Result<bool>;
    /// Every finished game played with a quiz, oldest first.
    async fn finished_games_of_quiz(&self, quiz_id: &str) -> Result<Vec<FinishedGame>>;
    /// Why the latest save of some game's results failed, while no later
    /// save of that game has succeeded (`/readyz` answers 503 meanwhile).
    fn write_problem(&self) -> Option<String> {
        None
    }
}

/// Opens the backend a URL names: `postgres://…` (or `postgresql://…`),
/// else `sqlite://PATH` (or a bare path).
pub async fn open(url: &str) -> Result<Arc<dyn Store>> {
    if postgres::is_postgres_url(url) {
        return Ok(Arc::new(postgres::PostgresStore::open(url).await?));
    }
    Ok(Arc::new(sqlite::SqliteStore::open(sqlite_path(url)?)?))
}

/// The file a `sqlite://PATH` URL (or a bare path) names.
pub fn sqlite_path(url: &str) -> Result<&str> {
    match url.strip_prefix("sqlite://") {
        Some(path) => Ok(path),
        None if !url.contains("://") => Ok(url),
        // Only backup and restore ask for the file of any URL.
        None if postgres::is_postgres_url(url) => Err(StoreError::Backend(
            "this works on the embedded SQLite database only; back up and restore a \
             postgres:// store with Postgres's own tools (pg_dump, pg_restore)"
                .into(),
        )),
        None => Err(StoreError::UnsupportedUrl(url.to_string())),
    }
}
