//! Quiz rows for SQLite: writing them (each write takes the next revision
//! from the one counter of migration 0004, so a revision is never given
//! twice), and the conditional replace and delete the quiz API's `If-Match`
//! needs. A conditional write checks and writes in one statement inside an
//! immediate transaction, so no other writer, in this process or another,
//! comes between the check and the write.

use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};

use super::{now_ms, to_json};
use crate::quiz::Quiz;
use crate::store::{ImportCounts, Result, StoreError, StoredQuiz, Written};

/// The columns of a quiz row, computed before leaving the async side.
pub(super) struct QuizRow {
    pub(super) id: String,
    title: String,
    description: Option<String>,
    question_count: i64,
    document: String,
    source: String,
}

impl QuizRow {
    pub(super) fn new(quiz: &Quiz, source: &str) -> Result<QuizRow> {
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
    pub(super) fn insert(&self, conn: &Connection, on_conflict: &'static str) -> Result<usize> {
        let sql = format!("{INSERT_QUIZ} {on_conflict}");
        let revision = next_revision(conn)?;
        self.execute(&mut conn.prepare_cached(&sql)?, now_ms(), revision)
    }

    fn execute(
        &self,
        stmt: &mut rusqlite::CachedStatement<'_>,
        now: i64,
        revision: i64,
    ) -> Result<usize> {
        let r = self;
        let values = params![
            r.id,
            r.title,
            r.description,
            r.question_count,
            r.document,
            r.source,
            now,
            revision
        ];
        Ok(stmt.execute(values)?)
    }
}

const INSERT_QUIZ: &str =
    "INSERT INTO quizzes (id, title, description, question_count, document, source,
                                  created_at, updated_at, revision)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8)";

/// Keeps created_at and the owner; everything else is the new quiz.
pub(super) const REPLACE_QUIZ: &str = "ON CONFLICT (id) DO UPDATE SET title = excluded.title,
                     description = excluded.description, question_count = excluded.question_count,
                     document = excluded.document, source = excluded.source,
                     updated_at = excluded.updated_at, revision = excluded.revision";

/// The next revision. Every write of a quiz row takes one, inside the
/// transaction that writes the row.
fn next_revision(conn: &Connection) -> Result<i64> {
    Ok(conn
        .prepare_cached("UPDATE quiz_revision SET last = last + 1 WHERE id = 1 RETURNING last")?
        .query_row([], |row| row.get(0))?)
}

/// Upserts every row inside the caller's transaction, with both statements
/// prepared once for the whole batch.
pub(super) fn import_rows(tx: &Transaction<'_>, rows: &[QuizRow]) -> Result<ImportCounts> {
    let mut exists = tx.prepare_cached("SELECT EXISTS (SELECT 1 FROM quizzes WHERE id = ?1)")?;
    let mut upsert = tx.prepare_cached(&format!("{INSERT_QUIZ} {REPLACE_QUIZ}"))?;
    let now = now_ms();
    let mut counts = ImportCounts::default();
    for row in rows {
        let replaced: bool = exists.query_row(params![row.id], |r| r.get(0))?;
        row.execute(&mut upsert, now, next_revision(tx)?)?;
        counts.replaced.push(replaced);
        if replaced {
            counts.updated += 1;
        } else {
            counts.created += 1;
        }
        counts.questions += row.question_count as usize;
    }
    Ok(counts)
}

fn decode(id: &str, document: &str) -> Result<Quiz> {
    serde_json::from_str(document)
        .map_err(|e| StoreError::Corrupt(format!("quiz {id:?} is not a valid document: {e}")))
}

pub(super) fn stored(conn: &Connection, id: &str) -> Result<Option<StoredQuiz>> {
    let row: Option<(String, i64, Option<i64>)> = conn
        .prepare_cached("SELECT document, revision, owner_id FROM quizzes WHERE id = ?1")?
        .query_row(params![id], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?))
        })
        .optional()?;
    row.map(|(document, revision, owner)| {
        Ok(StoredQuiz {
            quiz: decode(id, &document)?,
            revision,
            owner,
        })
    })
    .transpose()
}

/// The current revision of a quiz, or `Missing`, as the answer to a write
/// that did not happen.
fn refusal(tx: &Transaction<'_>, id: &str) -> Result<Written> {
    let current: Option<i64> = tx
        .query_row(
            "SELECT revision FROM quizzes WHERE id = ?1",
            params![id],
            |row| row.get(0),
        )
        .optional()?;
    Ok(current.map_or(Written::Missing, Written::Stale))
}

pub(super) fn replace(
    conn: &mut Connection,
    row: &QuizRow,
    expected: Option<i64>,
) -> Result<Written> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let revision = next_revision(&tx)?;
    // The check is the statement's own WHERE: it and the write are one step.
    let changed = tx.execute(
        "UPDATE quizzes SET title = ?2, description = ?3, question_count = ?4, document = ?5,
                            updated_at = ?6, revision = ?7
         WHERE id = ?1 AND (?8 IS NULL OR revision = ?8)",
        params![
            row.id,
            row.title,
            row.description,
            row.question_count,
            row.document,
            now_ms(),
            revision,
            expected
        ],
    )?;
    if changed == 0 {
        // Dropping the transaction rolls the counter back too.
        return refusal(&tx, &row.id);
    }
    tx.commit()?;
    Ok(Written::Done(revision))
}

pub(super) fn delete(conn: &mut Connection, id: &str, expected: Option<i64>) -> Result<Written> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let deleted: Option<i64> = tx
        .query_row(
            "DELETE FROM quizzes WHERE id = ?1 AND (?2 IS NULL OR revision = ?2) RETURNING revision",
            params![id, expected],
            |row| row.get(0),
        )
        .optional()?;
    let Some(revision) = deleted else {
        return refusal(&tx, id);
    };
    tx.commit()?;
    Ok(Written::Done(revision))
}

/// Longest number of `-N` suffixes tried for a free id before giving up.
const UNIQUE_TRIES: u32 = 10_000;

/// `base`, else `base-2`, `base-3`…: the first id no quiz has, within 64
/// characters.
fn free_id(tx: &Transaction<'_>, base: &str) -> Result<String> {
    let mut taken = tx.prepare_cached("SELECT EXISTS (SELECT 1 FROM quizzes WHERE id = ?1)")?;
    for n in 1..=UNIQUE_TRIES {
        let candidate = if n == 1 {
            base.to_string()
        } else {
            let suffix = format!("-{n}");
            let mut stem: String = base.chars().take(64 - suffix.len()).collect();
            while stem.ends_with('-') {
                stem.pop();
            }
            format!("{stem}{suffix}")
        };
        if !taken.query_row(params![candidate], |row| row.get::<_, bool>(0))? {
            return Ok(candidate);
        }
    }
    Err(StoreError::Conflict(format!(
        "no free id near {base:?}; give the quiz an id of its own"
    )))
}

pub(super) fn create(
    conn: &mut Connection,
    quiz: &Quiz,
    source: &str,
    owner: Option<i64>,
    unique_id: bool,
) -> Result<StoredQuiz> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let mut quiz = quiz.clone();
    if unique_id {
        quiz.id = free_id(&tx, &quiz.id)?;
    }
    let row = QuizRow::new(&quiz, source)?;
    if row.insert(&tx, "ON CONFLICT (id) DO NOTHING")? == 0 {
        return Err(StoreError::Conflict(format!(
            "a quiz with id {:?} exists already; leave the id out to have one made, or choose another",
            quiz.id
        )));
    }
    tx.execute(
        "UPDATE quizzes SET owner_id = ?1 WHERE id = ?2",
        params![owner, quiz.id],
    )?;
    let revision = tx.query_row(
        "SELECT revision FROM quizzes WHERE id = ?1",
        params![quiz.id],
        |row| row.get(0),
    )?;
    tx.commit()?;
    Ok(StoredQuiz {
        quiz,
        revision,
        owner,
    })
}
