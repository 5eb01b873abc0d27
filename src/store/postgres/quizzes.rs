//! Quiz rows for Postgres: writing them (each write takes the next value of
//! the `quiz_revision` sequence of migration 0004, so a revision is never
//! given twice), the listing, and the conditional replace and delete the
//! quiz API's `If-Match` needs. A conditional write is one statement whose
//! own `WHERE` is the check, so of two nodes holding the same revision
//! exactly one wins.

use tokio_postgres::{GenericClient, Row};

use super::{now_ms, to_json};
use crate::quiz::Quiz;
use crate::store::{
    ImportCounts, QuizAccess, QuizSummary, Result, StoreError, StoredQuiz, Written,
};

/// The columns of a quiz row, encoded before a connection is taken.
pub(super) struct QuizRow {
    pub(super) id: String,
    title: String,
    description: Option<String>,
    pub(super) question_count: i64,
    document: String,
    source: String,
}

const INSERT_QUIZ: &str =
    "INSERT INTO quizzes (id, title, description, question_count, document, source,
                          created_at, updated_at, revision)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7, nextval('quiz_revision'))";

/// A new quiz with its owner, unless its id is taken.
const INSERT_OWNED_QUIZ: &str =
    "INSERT INTO quizzes (id, title, description, question_count, document, source,
                          created_at, updated_at, revision, owner_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7, nextval('quiz_revision'), $8)
     ON CONFLICT (id) DO NOTHING RETURNING revision";

/// Keeps created_at and the owner; everything else is the new quiz.
/// `xmax = 0` holds for a row this statement inserted, not one it updated.
const REPLACE_QUIZ: &str = "ON CONFLICT (id) DO UPDATE SET title = excluded.title,
     description = excluded.description, question_count = excluded.question_count,
     document = excluded.document, source = excluded.source,
     updated_at = excluded.updated_at, revision = excluded.revision
     RETURNING (xmax = 0)";

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

    /// Inserts or replaces the row; true if it was new.
    pub(super) async fn upsert<C: GenericClient + Sync>(&self, client: &C) -> Result<bool> {
        let r = self;
        let sql = format!("{INSERT_QUIZ} {REPLACE_QUIZ}");
        let row = client
            .query_one(
                &sql,
                &[
                    &r.id,
                    &r.title,
                    &r.description,
                    &r.question_count,
                    &r.document,
                    &r.source,
                    &now_ms(),
                ],
            )
            .await?;
        Ok(row.try_get(0)?)
    }

    /// Inserts the row unless a quiz has its id; true if it did.
    pub(super) async fn insert_if_absent<C: GenericClient + Sync>(
        &self,
        client: &C,
    ) -> Result<bool> {
        let r = self;
        let sql = format!("{INSERT_QUIZ} ON CONFLICT (id) DO NOTHING");
        let written = client
            .execute(
                &sql,
                &[
                    &r.id,
                    &r.title,
                    &r.description,
                    &r.question_count,
                    &r.document,
                    &r.source,
                    &now_ms(),
                ],
            )
            .await?;
        Ok(written == 1)
    }
}

/// Upserts every row inside the caller's transaction.
pub(super) async fn import_rows<C: GenericClient + Sync>(
    tx: &C,
    rows: &[QuizRow],
) -> Result<ImportCounts> {
    let mut counts = ImportCounts::default();
    for row in rows {
        let replaced = !row.upsert(tx).await?;
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

fn summary(row: &Row) -> Result<QuizSummary> {
    Ok(QuizSummary {
        id: row.try_get(0)?,
        title: row.try_get(1)?,
        description: row.try_get(2)?,
        question_count: super::narrow(row.try_get(3)?, "question count")?,
        source: row.try_get(4)?,
        updated_at: row.try_get(5)?,
        last_played: row.try_get(6)?,
        owner: row.try_get(7)?,
    })
}

/// The quiz listing, shared by `Store::list_quizzes` and `list_quizzes_for`:
/// by title without regard to case, as SQLite's `COLLATE NOCASE` orders.
pub(super) async fn list<C: GenericClient + Sync>(
    client: &C,
    access: QuizAccess,
) -> Result<Vec<QuizSummary>> {
    let owner = match access {
        QuizAccess::All => None,
        QuizAccess::SharedAnd(id) => Some(id),
    };
    let rows = client
        .query(
            "SELECT q.id, q.title, q.description, q.question_count, q.source, q.updated_at,
                    (SELECT MAX(g.ended_at) FROM games g WHERE g.quiz_id = q.id), u.username
             FROM quizzes q LEFT JOIN users u ON u.id = q.owner_id
             WHERE $1::BIGINT IS NULL OR q.owner_id IS NULL OR q.owner_id = $1
             ORDER BY lower(q.title) COLLATE \"C\", q.id COLLATE \"C\"",
            &[&owner],
        )
        .await?;
    rows.iter().map(summary).collect()
}

fn decode(id: &str, document: &str) -> Result<Quiz> {
    serde_json::from_str(document)
        .map_err(|e| StoreError::Corrupt(format!("quiz {id:?} is not a valid document: {e}")))
}

pub(super) async fn stored<C: GenericClient + Sync>(
    client: &C,
    id: &str,
) -> Result<Option<StoredQuiz>> {
    let Some(row) = client
        .query_opt(
            "SELECT document, revision, owner_id FROM quizzes WHERE id = $1",
            &[&id],
        )
        .await?
    else {
        return Ok(None);
    };
    let document: String = row.try_get(0)?;
    Ok(Some(StoredQuiz {
        quiz: decode(id, &document)?,
        revision: row.try_get(1)?,
        owner: row.try_get(2)?,
    }))
}

/// The current revision of a quiz, or `Missing`, as the answer to a write
/// that did not happen.
async fn refusal<C: GenericClient + Sync>(client: &C, id: &str) -> Result<Written> {
    let current = client
        .query_opt("SELECT revision FROM quizzes WHERE id = $1", &[&id])
        .await?
        .map(|row| row.try_get::<_, i64>(0))
        .transpose()?;
    Ok(current.map_or(Written::Missing, Written::Stale))
}

pub(super) async fn replace<C: GenericClient + Sync>(
    client: &C,
    row: &QuizRow,
    expected: Option<i64>,
) -> Result<Written> {
    // The check is the statement's own WHERE: it and the write are one step.
    let done = client
        .query_opt(
            "UPDATE quizzes SET title = $2, description = $3, question_count = $4, document = $5,
                                updated_at = $6, revision = nextval('quiz_revision')
             WHERE id = $1 AND ($7::BIGINT IS NULL OR revision = $7)
             RETURNING revision",
            &[
                &row.id,
                &row.title,
                &row.description,
                &row.question_count,
                &row.document,
                &now_ms(),
                &expected,
            ],
        )
        .await?;
    match done {
        Some(done) => Ok(Written::Done(done.try_get(0)?)),
        None => refusal(client, &row.id).await,
    }
}

pub(super) async fn delete<C: GenericClient + Sync>(
    client: &C,
    id: &str,
    expected: Option<i64>,
) -> Result<Written> {
    let done = client
        .query_opt(
            "DELETE FROM quizzes WHERE id = $1 AND ($2::BIGINT IS NULL OR revision = $2)
             RETURNING revision",
            &[&id, &expected],
        )
        .await?;
    match done {
        Some(done) => Ok(Written::Done(done.try_get(0)?)),
        None => refusal(client, id).await,
    }
}

/// Longest number of `-N` suffixes tried for a free id before giving up.
const UNIQUE_TRIES: u32 = 10_000;

/// `base`, else `base-2`, `base-3`…, within 64 characters.
fn candidate(base: &str, n: u32) -> String {
    if n == 1 {
        return base.to_string();
    }
    let suffix = format!("-{n}");
    let mut stem: String = base.chars().take(64 - suffix.len()).collect();
    while stem.ends_with('-') {
        stem.pop();
    }
    format!("{stem}{suffix}")
}

/// Adds a new quiz for `owner`. The insert itself decides whether an id is
/// free (`ON CONFLICT DO NOTHING`), so two nodes choosing at once never
/// both get the same one.
pub(super) async fn create<C: GenericClient + Sync>(
    client: &C,
    quiz: &Quiz,
    source: &str,
    owner: Option<i64>,
    unique_id: bool,
) -> Result<StoredQuiz> {
    let mut quiz = quiz.clone();
    let base = quiz.id.clone();
    let tries = if unique_id { UNIQUE_TRIES } else { 1 };
    for n in 1..=tries {
        quiz.id = candidate(&base, n);
        let row = QuizRow::new(&quiz, source)?;
        let inserted = client
            .query_opt(
                INSERT_OWNED_QUIZ,
                &[
                    &row.id,
                    &row.title,
                    &row.description,
                    &row.question_count,
                    &row.document,
                    &row.source,
                    &now_ms(),
                    &owner,
                ],
            )
            .await?;
        if let Some(inserted) = inserted {
            return Ok(StoredQuiz {
                quiz,
                revision: inserted.try_get(0)?,
                owner,
            });
        }
    }
    Err(StoreError::Conflict(if unique_id {
        format!("no free id near {base:?}; give the quiz an id of its own")
    } else {
        format!(
            "a quiz with id {base:?} exists already; leave the id out to have one made, or choose another"
        )
    }))
}
