//! `AssignmentStore` for Postgres (migration 0010): assignments, their
//! players and answers. A step is one transaction whose UPDATE names the
//! progress it replaces: of two nodes writing the same player's step, the
//! second waits for the first's row lock, then finds the progress changed
//! and writes nothing. A commit is durable before it returns (Postgres's
//! `synchronous_commit` is on unless the operator turned it off).

use async_trait::async_trait;
use tokio_postgres::{GenericClient, Row};

use super::{narrow, now_ms, to_json, PostgresStore};
use crate::game::assignment::{Progress, Scored, Window};
use crate::quiz::Quiz;
use crate::store::{
    Assignment, AssignmentAnswer, AssignmentPlayer, AssignmentStore, AssignmentSummary,
    NewAssignment, Result, StoreError,
};

fn corrupt(what: &str, e: serde_json::Error) -> StoreError {
    StoreError::Corrupt(format!("{what} is not valid: {e}"))
}

fn read_assignment(row: &Row) -> Result<Assignment> {
    let code: String = row.try_get(0)?;
    let quiz_json: &str = row.try_get(1)?;
    let quiz: Quiz = serde_json::from_str(quiz_json)
        .map_err(|e| corrupt(&format!("assignment {code:?}'s quiz"), e))?;
    Ok(Assignment {
        code,
        quiz,
        owner: row.try_get(2)?,
        window: Window {
            opens_at: row.try_get(3)?,
            closes_at: row.try_get(4)?,
            closed_at: row.try_get(5)?,
        },
        identifier: row.try_get(6)?,
        // The seed's bits, stored as a signed number.
        seed: row.try_get::<_, i64>(7)? as u64,
        streak_bonus: row.try_get(8)?,
        created_at: row.try_get(9)?,
    })
}

async fn assignment<C: GenericClient + Sync>(client: &C, code: &str) -> Result<Option<Assignment>> {
    client
        .query_opt(
            "SELECT code, quiz_json, owner_id, opens_at, closes_at, closed_at, identifier,
                    seed, streak_bonus, created_at
             FROM assignments WHERE code = $1",
            &[&code],
        )
        .await?
        .as_ref()
        .map(read_assignment)
        .transpose()
}

fn read_player(row: &Row) -> Result<AssignmentPlayer> {
    let id: i64 = row.try_get(0)?;
    let progress: &str = row.try_get(3)?;
    Ok(AssignmentPlayer {
        id,
        name: row.try_get(1)?,
        started_at: row.try_get(2)?,
        progress: serde_json::from_str(progress)
            .map_err(|e| corrupt(&format!("player {id}'s progress"), e))?,
    })
}

fn read_answer(row: &Row) -> Result<AssignmentAnswer> {
    let player: i64 = row.try_get(0)?;
    let answer = row
        .try_get::<_, Option<&str>>(2)?
        .map(serde_json::from_str)
        .transpose()
        .map_err(|e| corrupt(&format!("an answer of player {player}"), e))?;
    Ok(AssignmentAnswer {
        player,
        scored: Scored {
            question: narrow(row.try_get(1)?, "assignment answer's question")?,
            answer,
            elapsed_ms: narrow(row.try_get(3)?, "assignment answer's time")?,
            time_limit_ms: narrow(row.try_get(4)?, "assignment answer's time limit")?,
            correct: row.try_get(5)?,
            points: narrow(row.try_get(6)?, "assignment answer's points")?,
            streak_bonus: narrow(row.try_get(7)?, "assignment answer's streak bonus")?,
        },
        answered_at: row.try_get(8)?,
    })
}

#[async_trait]
impl AssignmentStore for PostgresStore {
    async fn create_assignment(&self, new: &NewAssignment) -> Result<Assignment> {
        let quiz_json = to_json(&new.quiz)?;
        let client = self.client().await?;
        let written = client
            .execute(
                "INSERT INTO assignments (code, quiz_id, quiz_title, quiz_json, owner_id, opens_at,
                     closes_at, identifier, seed, streak_bonus, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                 ON CONFLICT (code) DO NOTHING",
                &[
                    &new.code,
                    &new.quiz.id,
                    &new.quiz.title,
                    &quiz_json,
                    &new.owner,
                    &new.opens_at,
                    &new.closes_at,
                    &new.identifier,
                    &(new.seed as i64),
                    &new.streak_bonus,
                    &now_ms(),
                ],
            )
            .await?;
        if written == 0 {
            return Err(StoreError::Conflict(format!(
                "an assignment with code {:?} exists",
                new.code
            )));
        }
        assignment(&**client, &new.code)
            .await?
            .ok_or_else(|| StoreError::Backend("the new assignment is not there".into()))
    }

    async fn assignment(&self, code: &str) -> Result<Option<Assignment>> {
        let client = self.client().await?;
        assignment(&**client, code).await
    }

    async fn list_assignments(&self, owner: Option<i64>) -> Result<Vec<AssignmentSummary>> {
        let client = self.client().await?;
        let rows = client
            .query(
                "SELECT a.code, a.quiz_id, a.quiz_title, a.quiz_json, u.username, a.opens_at,
                        a.closes_at, a.closed_at, a.identifier, a.created_at,
                        (SELECT COUNT(*) FROM assignment_players p WHERE p.assignment_id = a.id),
                        (SELECT COUNT(*) FROM assignment_players p WHERE p.assignment_id = a.id
                            AND (p.progress::JSONB ->> 'finished_at') IS NOT NULL)
                 FROM assignments a LEFT JOIN users u ON u.id = a.owner_id
                 WHERE $1::BIGINT IS NULL OR a.owner_id = $1
                 ORDER BY a.created_at DESC, a.id DESC",
                &[&owner],
            )
            .await?;
        rows.iter()
            .map(|row| {
                let code: String = row.try_get(0)?;
                let quiz: Quiz = serde_json::from_str(row.try_get(3)?)
                    .map_err(|e| corrupt(&format!("assignment {code:?}'s quiz"), e))?;
                Ok(AssignmentSummary {
                    code,
                    quiz_id: row.try_get(1)?,
                    quiz_title: row.try_get(2)?,
                    question_count: quiz.questions.len() as u32,
                    owner: row.try_get(4)?,
                    opens_at: row.try_get(5)?,
                    closes_at: row.try_get(6)?,
                    closed_at: row.try_get(7)?,
                    identifier: row.try_get(8)?,
                    created_at: row.try_get(9)?,
                    players: narrow(row.try_get(10)?, "player count")?,
                    finished: narrow(row.try_get(11)?, "finished count")?,
                })
            })
            .collect()
    }

    async fn close_assignment(&self, code: &str, at: i64) -> Result<bool> {
        let client = self.client().await?;
        // One statement: the first close wins, later ones keep its time.
        let row = client
            .query_one(
                "WITH closed AS (
                     UPDATE assignments SET closed_at = $2
                     WHERE code = $1 AND closed_at IS NULL RETURNING 1
                 )
                 SELECT EXISTS (SELECT 1 FROM closed)
                     OR EXISTS (SELECT 1 FROM assignments WHERE code = $1)",
                &[&code, &at],
            )
            .await?;
        Ok(row.try_get(0)?)
    }

    async fn join_assignment(
        &self,
        code: &str,
        name: &str,
        token_hash: &str,
        at: i64,
    ) -> Result<AssignmentPlayer> {
        let progress = to_json(&Progress::default())?;
        let client = self.client().await?;
        let joined = client
            .query_opt(
                "INSERT INTO assignment_players (assignment_id, name, token_hash, started_at,
                     progress)
                 SELECT id, $2, $3, $4, $5 FROM assignments WHERE code = $1
                 ON CONFLICT DO NOTHING RETURNING id",
                &[&code, &name, &token_hash, &at, &progress],
            )
            .await?;
        if let Some(row) = joined {
            return Ok(AssignmentPlayer {
                id: row.try_get(0)?,
                name: name.to_string(),
                started_at: at,
                progress: Progress::default(),
            });
        }
        // Assignments are never deleted but with their account, so one
        // that is there now was there for the insert.
        let exists: bool = client
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM assignments WHERE code = $1)",
                &[&code],
            )
            .await?
            .try_get(0)?;
        Err(if exists {
            StoreError::Conflict(format!("{name:?} has started this assignment already"))
        } else {
            StoreError::NotFound(format!("no assignment with code {code:?}"))
        })
    }

    async fn assignment_player(
        &self,
        code: &str,
        token_hash: &str,
    ) -> Result<Option<AssignmentPlayer>> {
        let client = self.client().await?;
        client
            .query_opt(
                "SELECT p.id, p.name, p.started_at, p.progress
                 FROM assignment_players p JOIN assignments a ON a.id = p.assignment_id
                 WHERE a.code = $1 AND p.token_hash = $2",
                &[&code, &token_hash],
            )
            .await?
            .as_ref()
            .map(read_player)
            .transpose()
    }

    async fn save_progress(
        &self,
        player: i64,
        expected: &Progress,
        new: &Progress,
        answer: Option<&AssignmentAnswer>,
    ) -> Result<bool> {
        let (expected, new) = (to_json(expected)?, to_json(new)?);
        let value = answer
            .and_then(|a| a.scored.answer.as_ref())
            .map(to_json)
            .transpose()?;
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        // A writer racing this one holds the row until it commits; this
        // UPDATE then sees its progress, not `expected`, and changes nothing.
        let changed = tx
            .execute(
                "UPDATE assignment_players SET progress = $3 WHERE id = $1 AND progress = $2",
                &[&player, &expected, &new],
            )
            .await?;
        if changed == 0 {
            tx.rollback().await?;
            return Ok(false);
        }
        if let Some(a) = answer {
            let s = &a.scored;
            tx.execute(
                "INSERT INTO assignment_answers (player_id, question, answer, elapsed_ms,
                     time_limit_ms, correct, points, streak_bonus, answered_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                &[
                    &player,
                    &(s.question as i64),
                    &value,
                    &(s.elapsed_ms as i64),
                    &(s.time_limit_ms as i64),
                    &s.correct,
                    &i64::from(s.points),
                    &i64::from(s.streak_bonus),
                    &a.answered_at,
                ],
            )
            .await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    async fn assignment_players(&self, code: &str) -> Result<Vec<AssignmentPlayer>> {
        let client = self.client().await?;
        client
            .query(
                "SELECT p.id, p.name, p.started_at, p.progress
                 FROM assignment_players p JOIN assignments a ON a.id = p.assignment_id
                 WHERE a.code = $1 ORDER BY p.started_at, p.id",
                &[&code],
            )
            .await?
            .iter()
            .map(read_player)
            .collect()
    }

    async fn assignment_answers(&self, code: &str) -> Result<Vec<AssignmentAnswer>> {
        let client = self.client().await?;
        client
            .query(
                "SELECT r.player_id, r.question, r.answer, r.elapsed_ms, r.time_limit_ms,
                        r.correct, r.points, r.streak_bonus, r.answered_at
                 FROM assignment_answers r
                 JOIN assignment_players p ON p.id = r.player_id
                 JOIN assignments a ON a.id = p.assignment_id
                 WHERE a.code = $1 ORDER BY r.player_id, r.question",
                &[&code],
            )
            .await?
            .iter()
            .map(read_answer)
            .collect()
    }
}
