//! `AssignmentStore` for SQLite (migration 0010): assignments, their
//! players and answers. A step is written in an immediate transaction that
//! checks the progress it replaces, and committed with `synchronous = FULL`
//! so an acknowledged answer survives a power cut, as live games' answers do.

use async_trait::async_trait;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{now_ms, to_json, SqliteStore};
use crate::game::assignment::{Progress, Scored, Window};
use crate::quiz::Quiz;
use crate::store::{
    Assignment, AssignmentAnswer, AssignmentPlayer, AssignmentStore, AssignmentSummary,
    NewAssignment, Result, StoreError,
};

const COLUMNS: &str = "code, quiz_json, owner_id, opens_at, closes_at, closed_at, identifier, \
                       seed, streak_bonus, created_at";

fn corrupt(what: &str, e: serde_json::Error) -> StoreError {
    StoreError::Corrupt(format!("{what} is not valid: {e}"))
}

fn read_assignment(row: &Row<'_>) -> rusqlite::Result<(Assignment, String)> {
    let quiz_json: String = row.get(1)?;
    Ok((
        Assignment {
            code: row.get(0)?,
            quiz: Quiz {
                rounds: Vec::new(),
                id: String::new(),
                title: String::new(),
                description: None,
                questions: Vec::new(),
            },
            owner: row.get(2)?,
            window: Window {
                opens_at: row.get(3)?,
                closes_at: row.get(4)?,
                closed_at: row.get(5)?,
            },
            identifier: row.get(6)?,
            seed: row.get::<_, i64>(7)? as u64,
            streak_bonus: row.get(8)?,
            created_at: row.get(9)?,
        },
        quiz_json,
    ))
}

fn assignment(conn: &Connection, code: &str) -> Result<Option<Assignment>> {
    let row = conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM assignments WHERE code = ?1"
        ))?
        .query_row(params![code], read_assignment)
        .optional()?;
    row.map(|(mut a, quiz_json)| {
        a.quiz = serde_json::from_str(&quiz_json)
            .map_err(|e| corrupt(&format!("assignment {code:?}'s quiz"), e))?;
        Ok(a)
    })
    .transpose()
}

fn read_player(row: &Row<'_>) -> rusqlite::Result<(AssignmentPlayer, String)> {
    Ok((
        AssignmentPlayer {
            id: row.get(0)?,
            name: row.get(1)?,
            started_at: row.get(2)?,
            progress: Progress::default(),
        },
        row.get(3)?,
    ))
}

fn with_progress((mut p, json): (AssignmentPlayer, String)) -> Result<AssignmentPlayer> {
    p.progress = serde_json::from_str(&json)
        .map_err(|e| corrupt(&format!("player {}'s progress", p.id), e))?;
    Ok(p)
}

/// An answer as its row holds it: the scored answer, its JSON, its time.
type AnswerRow = (Scored, Option<String>, i64);

/// Replaces the progress if it is still `expected`, with the answer of the
/// step; false (nothing written) if it is not.
fn write_step(
    conn: &mut Connection,
    player: i64,
    expected: &str,
    new: &str,
    answer: Option<&AnswerRow>,
) -> Result<bool> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let changed = tx.execute(
        "UPDATE assignment_players SET progress = ?3 WHERE id = ?1 AND progress = ?2",
        params![player, expected, new],
    )?;
    if changed == 0 {
        return Ok(false);
    }
    if let Some((s, value, at)) = answer {
        tx.execute(
            "INSERT INTO assignment_answers (player_id, question, answer, elapsed_ms,
                 time_limit_ms, correct, points, streak_bonus, answered_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                player,
                s.question as i64,
                value,
                s.elapsed_ms as i64,
                s.time_limit_ms as i64,
                s.correct,
                s.points,
                s.streak_bonus,
                at
            ],
        )?;
    }
    tx.commit()?;
    Ok(true)
}

#[async_trait]
impl AssignmentStore for SqliteStore {
    async fn create_assignment(&self, new: &NewAssignment) -> Result<Assignment> {
        let new = new.clone();
        let quiz_json = to_json(&new.quiz)?;
        self.with_conn(move |conn| {
            let created_at = now_ms();
            let written = conn.execute(
                "INSERT INTO assignments (code, quiz_id, quiz_title, quiz_json, owner_id, opens_at,
                     closes_at, identifier, seed, streak_bonus, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                 ON CONFLICT (code) DO NOTHING",
                params![
                    new.code,
                    new.quiz.id,
                    new.quiz.title,
                    quiz_json,
                    new.owner,
                    new.opens_at,
                    new.closes_at,
                    new.identifier,
                    new.seed as i64,
                    new.streak_bonus,
                    created_at
                ],
            )?;
            if written == 0 {
                return Err(StoreError::Conflict(format!(
                    "an assignment with code {:?} exists",
                    new.code
                )));
            }
            assignment(conn, &new.code)?
                .ok_or_else(|| StoreError::Backend("the new assignment is not there".into()))
        })
        .await
    }

    async fn assignment(&self, code: &str) -> Result<Option<Assignment>> {
        let code = code.to_string();
        self.with_conn(move |conn| assignment(conn, &code)).await
    }

    async fn list_assignments(&self, owner: Option<i64>) -> Result<Vec<AssignmentSummary>> {
        self.with_conn(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT a.code, a.quiz_id, a.quiz_title, a.quiz_json, u.username, a.opens_at,
                        a.closes_at, a.closed_at, a.identifier, a.created_at,
                        (SELECT count(*) FROM assignment_players p WHERE p.assignment_id = a.id),
                        (SELECT count(*) FROM assignment_players p WHERE p.assignment_id = a.id
                            AND json_extract(p.progress, '$.finished_at') IS NOT NULL)
                 FROM assignments a LEFT JOIN users u ON u.id = a.owner_id
                 WHERE ?1 IS NULL OR a.owner_id = ?1
                 ORDER BY a.created_at DESC, a.id DESC",
            )?;
            let rows = stmt.query_map(params![owner], |row| {
                let quiz_json: String = row.get(3)?;
                Ok((
                    AssignmentSummary {
                        code: row.get(0)?,
                        quiz_id: row.get(1)?,
                        quiz_title: row.get(2)?,
                        question_count: 0,
                        owner: row.get(4)?,
                        opens_at: row.get(5)?,
                        closes_at: row.get(6)?,
                        closed_at: row.get(7)?,
                        identifier: row.get(8)?,
                        created_at: row.get(9)?,
                        players: row.get(10)?,
                        finished: row.get(11)?,
                    },
                    quiz_json,
                ))
            })?;
            rows.map(|row| {
                let (mut summary, quiz_json) = row?;
                let quiz: Quiz = serde_json::from_str(&quiz_json)
                    .map_err(|e| corrupt(&format!("assignment {:?}'s quiz", summary.code), e))?;
                summary.question_count = quiz.questions.len() as u32;
                Ok(summary)
            })
            .collect()
        })
        .await
    }

    async fn close_assignment(&self, code: &str, at: i64) -> Result<bool> {
        let code = code.to_string();
        self.with_conn(move |conn| {
            conn.execute(
                "UPDATE assignments SET closed_at = ?2 WHERE code = ?1 AND closed_at IS NULL",
                params![code, at],
            )?;
            let exists: bool = conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM assignments WHERE code = ?1)",
                params![code],
                |row| row.get(0),
            )?;
            Ok(exists)
        })
        .await
    }

    async fn join_assignment(
        &self,
        code: &str,
        name: &str,
        token_hash: &str,
        at: i64,
    ) -> Result<AssignmentPlayer> {
        let (code, name, token_hash) = (code.to_string(), name.to_string(), token_hash.to_string());
        let progress = to_json(&Progress::default())?;
        self.with_conn(move |conn| {
            let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let id: Option<i64> = tx
                .query_row(
                    "SELECT id FROM assignments WHERE code = ?1",
                    params![code],
                    |row| row.get(0),
                )
                .optional()?;
            let Some(id) = id else {
                return Err(StoreError::NotFound(format!("no assignment with code {code:?}")));
            };
            let written = tx.execute(
                "INSERT INTO assignment_players (assignment_id, name, token_hash, started_at, progress)
                 VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING",
                params![id, name, token_hash, at, progress],
            )?;
            if written == 0 {
                return Err(StoreError::Conflict(format!(
                    "{name:?} has started this assignment already"
                )));
            }
            let player = AssignmentPlayer {
                id: tx.last_insert_rowid(),
                name,
                started_at: at,
                progress: Progress::default(),
            };
            tx.commit()?;
            Ok(player)
        })
        .await
    }

    async fn assignment_player(
        &self,
        code: &str,
        token_hash: &str,
    ) -> Result<Option<AssignmentPlayer>> {
        let (code, token_hash) = (code.to_string(), token_hash.to_string());
        self.with_conn(move |conn| {
            conn.prepare_cached(
                "SELECT p.id, p.name, p.started_at, p.progress
                 FROM assignment_players p JOIN assignments a ON a.id = p.assignment_id
                 WHERE a.code = ?1 AND p.token_hash = ?2",
            )?
            .query_row(params![code, token_hash], read_player)
            .optional()?
            .map(with_progress)
            .transpose()
        })
        .await
    }

    async fn save_progress(
        &self,
        player: i64,
        expected: &Progress,
        new: &Progress,
        answer: Option<&AssignmentAnswer>,
    ) -> Result<bool> {
        let (expected, new) = (to_json(expected)?, to_json(new)?);
        let answer = answer
            .map(|a| {
                let value = a.scored.answer.as_ref().map(to_json).transpose()?;
                Ok::<AnswerRow, StoreError>((a.scored.clone(), value, a.answered_at))
            })
            .transpose()?;
        self.with_conn(move |conn| {
            // Every step is made durable before it is acknowledged: a WAL
            // commit under FULL is synced to disk.
            conn.pragma_update(None, "synchronous", "FULL")?;
            let step = write_step(conn, player, &expected, &new, answer.as_ref());
            conn.pragma_update(None, "synchronous", "NORMAL")?;
            step
        })
        .await
    }

    async fn assignment_players(&self, code: &str) -> Result<Vec<AssignmentPlayer>> {
        let code = code.to_string();
        self.with_conn(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT p.id, p.name, p.started_at, p.progress
                 FROM assignment_players p JOIN assignments a ON a.id = p.assignment_id
                 WHERE a.code = ?1 ORDER BY p.started_at, p.id",
            )?;
            let rows = stmt.query_map(params![code], read_player)?;
            rows.map(|row| with_progress(row?)).collect()
        })
        .await
    }

    async fn assignment_answers(&self, code: &str) -> Result<Vec<AssignmentAnswer>> {
        let code = code.to_string();
        self.with_conn(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT r.player_id, r.question, r.answer, r.elapsed_ms, r.time_limit_ms,
                        r.correct, r.points, r.streak_bonus, r.answered_at
                 FROM assignment_answers r
                 JOIN assignment_players p ON p.id = r.player_id
                 JOIN assignments a ON a.id = p.assignment_id
                 WHERE a.code = ?1 ORDER BY r.player_id, r.question",
            )?;
            let rows = stmt.query_map(params![code], |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, i64>(1)?,
                    row.get::<_, Option<String>>(2)?,
                    row.get::<_, i64>(3)?,
                    row.get::<_, i64>(4)?,
                    row.get::<_, bool>(5)?,
                    row.get::<_, u32>(6)?,
                    row.get::<_, u32>(7)?,
                    row.get::<_, i64>(8)?,
                ))
            })?;
            rows.map(|row| {
                let (player, question, value, elapsed, limit, correct, points, bonus, at) = row?;
                let answer = value
                    .map(|v| serde_json::from_str(&v))
                    .transpose()
                    .map_err(|e| corrupt(&format!("an answer of player {player}"), e))?;
                Ok(AssignmentAnswer {
                    player,
                    scored: Scored {
                        question: question as usize,
                        answer,
                        elapsed_ms: elapsed as u64,
                        time_limit_ms: limit as u64,
                        correct,
                        points,
                        streak_bonus: bonus,
                    },
                    answered_at: at,
                })
            })
            .collect()
        })
        .await
    }
}
