//! `Privacy` for SQLite: the retention purges, an account's export and
//! erasure, and the checkpoint after them. Every table that holds an
//! account's data has its line in `ACCOUNT_DATA`, which both the export
//! and the erasure read; a new such table adds one line there.
//!
//! Removed rows leave the file: every connection runs with
//! `PRAGMA secure_delete = ON` (set in `SqliteStore::open`), so SQLite
//! overwrites deleted content with zeros, and `checkpoint` writes the
//! write-ahead log (which holds the pages as they were) into the database
//! and truncates it.

use async_trait::async_trait;
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use super::{parse_role, SqliteStore};
use crate::store::{
    Erased, FinishedGame, PlayersRemoved, Privacy, QuestionTotal, Result, StoreError, UserRole,
};

/// One kind of data tied to an account. Statements take the account's id
/// as `?1`; `export` gives one JSON object per row.
struct AccountData {
    /// What the rows are: the key in the export, the word in the erasure's
    /// report.
    name: &'static str,
    /// `None`: exported inside another kind (a game's players and answers).
    export: Option<&'static str>,
    erase: &'static str,
}

/// In the order they are erased: what refers to a row before the row, the
/// account last. (The export lists them in the same order.)
const ACCOUNT_DATA: &[AccountData] = &[
    AccountData {
        name: "answers",
        export: None,
        erase: "DELETE FROM game_answers WHERE game_id IN (SELECT game_id FROM game_hosts WHERE user_id = ?1)",
    },
    AccountData {
        name: "players",
        export: None,
        erase: "DELETE FROM game_players WHERE game_id IN (SELECT game_id FROM game_hosts WHERE user_id = ?1)",
    },
    AccountData {
        name: "question_totals",
        export: None,
        erase: "DELETE FROM game_question_totals WHERE game_id IN (SELECT game_id FROM game_hosts WHERE user_id = ?1)",
    },
    AccountData {
        name: "games",
        export: Some(EXPORT_GAMES),
        erase: "DELETE FROM games WHERE id IN (SELECT game_id FROM game_hosts WHERE user_id = ?1)",
    },
    AccountData {
        name: "games_created",
        export: Some(
            "SELECT json_object('game_id', game_id, 'created_at', created_at)
             FROM game_hosts WHERE user_id = ?1 ORDER BY created_at, game_id",
        ),
        erase: "DELETE FROM game_hosts WHERE user_id = ?1",
    },
    AccountData {
        // Their players and answers go with them (ON DELETE CASCADE).
        name: "assignments",
        export: Some(
            "SELECT json_object('code', code, 'quiz_id', quiz_id, 'quiz_title', quiz_title,
                                'opens_at', opens_at, 'closes_at', closes_at,
                                'closed_at', closed_at, 'created_at', created_at,
                                'players', (SELECT count(*) FROM assignment_players p
                                            WHERE p.assignment_id = assignments.id))
             FROM assignments WHERE owner_id = ?1 ORDER BY created_at, code",
        ),
        erase: "DELETE FROM assignments WHERE owner_id = ?1",
    },
    AccountData {
        name: "quizzes",
        export: Some(
            "SELECT json_object('id', id, 'title', title, 'source', source, 'revision', revision,
                                'created_at', created_at, 'updated_at', updated_at,
                                'quiz', json(document))
             FROM quizzes WHERE owner_id = ?1 ORDER BY id",
        ),
        erase: "DELETE FROM quizzes WHERE owner_id = ?1",
    },
    AccountData {
        name: "tokens",
        export: Some(
            "SELECT json_object('id', id, 'kind', kind, 'name', name,
                                'scopes', json('[\"' || replace(scopes, ',', '\",\"') || '\"]'),
                                'created_at', created_at, 'expires_at', expires_at,
                                'last_used_at', last_used_at)
             FROM tokens WHERE user_id = ?1 ORDER BY id",
        ),
        erase: "DELETE FROM tokens WHERE user_id = ?1",
    },
    AccountData {
        name: "mail",
        export: Some(
            "SELECT json_object('id', id, 'kind', kind, 'recipient', recipient,
                                'subject', subject, 'queued_at', queued_at, 'attempts', attempts,
                                'sent_at', sent_at, 'failed_at', failed_at)
             FROM mail_queue
             WHERE recipient = (SELECT email FROM users WHERE id = ?1) ORDER BY id",
        ),
        erase: "DELETE FROM mail_queue WHERE recipient = (SELECT email FROM users WHERE id = ?1)",
    },
    AccountData {
        name: "account_links",
        export: Some(
            "SELECT json_object('id', id, 'purpose', purpose, 'created_at', created_at,
                                'expires_at', expires_at, 'used_at', used_at)
             FROM account_links WHERE user_id = ?1 ORDER BY id",
        ),
        erase: "DELETE FROM account_links WHERE user_id = ?1",
    },
    AccountData {
        name: "account",
        export: Some(
            "SELECT json_object('id', id, 'username', username, 'role', role,
                                'created_at', created_at, 'email', email,
                                'report_mail', json(iif(report_mail, 'true', 'false')),
                                'pending', json(iif(pending, 'true', 'false')))
             FROM users WHERE id = ?1",
        ),
        erase: "DELETE FROM users WHERE id = ?1",
    },
];

/// A finished game as `FinishedGame` serializes, built by SQLite. Results
/// of subqueries are wrapped in `json()`: a subquery does not carry the
/// JSON subtype, and would be quoted as a string.
const EXPORT_GAMES: &str = "SELECT json_object(
    'id', g.id, 'pin', g.pin, 'quiz_id', g.quiz_id, 'quiz_title', g.quiz_title,
    'question_count', g.question_count, 'created_at', g.created_at,
    'started_at', g.started_at, 'ended_at', g.ended_at, 'questions', json(g.questions),
    'players', json((SELECT json_group_array(json_object('player', p.player,
            'nickname', p.nickname, 'rank', p.rank, 'score', p.score, 'correct', p.correct)
            ORDER BY p.rank, p.player)
        FROM game_players p WHERE p.game_id = g.id)),
    'answers', json((SELECT json_group_array(json_object('player', a.player,
            'question', a.question, 'answer', json(a.answer), 'client_id', a.client_id,
            'elapsed_ms', a.elapsed_ms, 'time_limit_ms', a.time_limit_ms,
            'correct', json(iif(a.correct, 'true', 'false')), 'points', a.points,
            'streak_bonus', a.streak_bonus)
            ORDER BY a.question, a.player)
        FROM game_answers a WHERE a.game_id = g.id)),
    'players_removed', iif(g.players_removed_at IS NULL, NULL,
        json_object('at', g.players_removed_at, 'players', g.player_count)),
    'totals', json((SELECT json_group_array(json_object('question', t.question,
            'answers', t.answers, 'correct', t.correct, 'points', t.points)
            ORDER BY t.question)
        FROM game_question_totals t WHERE t.game_id = g.id)))
  FROM games g WHERE g.id IN (SELECT game_id FROM game_hosts WHERE user_id = ?1)
  ORDER BY g.ended_at, g.id";

/// Writes what a game keeps once its players were removed; the caller owns
/// the transaction and has written the game's row.
pub(super) fn write_removed(tx: &Transaction<'_>, game: &FinishedGame) -> Result<()> {
    if let Some(removed) = &game.players_removed {
        tx.execute(
            "UPDATE games SET players_removed_at = ?2, player_count = ?3 WHERE id = ?1",
            params![game.id, removed.at, removed.players],
        )?;
    }
    let mut insert = tx.prepare_cached(
        "INSERT INTO game_question_totals (game_id, question, answers, correct, points)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for t in &game.totals {
        insert.execute(params![game.id, t.question, t.answers, t.correct, t.points])?;
    }
    Ok(())
}

/// Reads what `write_removed` wrote into `game`.
pub(super) fn read_removed(conn: &Connection, game: &mut FinishedGame) -> Result<()> {
    game.players_removed = conn
        .query_row(
            "SELECT players_removed_at, player_count FROM games
             WHERE id = ?1 AND players_removed_at IS NOT NULL",
            params![game.id],
            |row| {
                Ok(PlayersRemoved {
                    at: row.get(0)?,
                    players: row.get::<_, Option<u32>>(1)?.unwrap_or(0),
                })
            },
        )
        .optional()?;
    let mut stmt = conn.prepare_cached(
        "SELECT question, answers, correct, points FROM game_question_totals
         WHERE game_id = ?1 ORDER BY question",
    )?;
    let totals = stmt.query_map(params![game.id], |row| {
        Ok(QuestionTotal {
            question: row.get(0)?,
            answers: row.get(1)?,
            correct: row.get(2)?,
            points: row.get(3)?,
        })
    })?;
    game.totals = totals.collect::<rusqlite::Result<_>>()?;
    Ok(())
}

/// Answers one purge transaction takes on, at least one game's: removing
/// 100,000 (one game of 10,000 players) took 260 ms in a release build,
/// and every other use of the database waits meanwhile.
const ANSWERS_PER_BATCH: i64 = 20_000;

/// Ids of at most `batch` games ended before `before` that `extra` also
/// picks, oldest first, fewer once they hold `ANSWERS_PER_BATCH` answers.
fn old_games(tx: &Transaction<'_>, before: u64, batch: usize, extra: &str) -> Result<Vec<String>> {
    let mut stmt = tx.prepare(&format!(
        "SELECT id, (SELECT COUNT(*) FROM game_answers a WHERE a.game_id = g.id)
         FROM games g WHERE ended_at < ?1 {extra} ORDER BY ended_at, id LIMIT ?2"
    ))?;
    let mut rows = stmt.query(params![before, batch as i64])?;
    let (mut ids, mut answers) = (Vec::new(), 0i64);
    while let Some(row) = rows.next()? {
        answers += row.get::<_, i64>(1)?;
        if !ids.is_empty() && answers > ANSWERS_PER_BATCH {
            break;
        }
        ids.push(row.get(0)?);
    }
    Ok(ids)
}

/// The account's id, refusing to erase the last admin.
fn erasable(tx: &Transaction<'_>, username: &str) -> Result<i64> {
    let (id, role): (i64, String) = tx
        .query_row(
            "SELECT id, role FROM users WHERE username = ?1",
            params![username],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?
        .ok_or_else(|| StoreError::NotFound(format!("no user named {username:?}")))?;
    if parse_role(&role)? == UserRole::Admin {
        let admins: i64 = tx.query_row(
            "SELECT COUNT(*) FROM users WHERE role = 'admin'",
            [],
            |row| row.get(0),
        )?;
        if admins <= 1 {
            return Err(StoreError::Conflict(format!(
                "{username} is the last admin; add another admin first"
            )));
        }
    }
    Ok(id)
}

#[async_trait]
impl Privacy for SqliteStore {
    async fn remove_player_data(&self, ended_before: u64, now: u64, batch: usize) -> Result<usize> {
        self.with_conn(move |conn| {
            let tx = conn.transaction()?;
            let ids = old_games(&tx, ended_before, batch, "AND g.players_removed_at IS NULL")?;
            for id in &ids {
                tx.execute(
                    "INSERT OR REPLACE INTO game_question_totals
                         (game_id, question, answers, correct, points)
                     SELECT game_id, question, COUNT(*), SUM(correct), SUM(points + streak_bonus)
                     FROM game_answers WHERE game_id = ?1 GROUP BY question",
                    params![id],
                )?;
                tx.execute(
                    "UPDATE games SET players_removed_at = ?2,
                         player_count = (SELECT COUNT(*) FROM game_players WHERE game_id = ?1)
                     WHERE id = ?1",
                    params![id, now],
                )?;
                tx.execute("DELETE FROM game_answers WHERE game_id = ?1", params![id])?;
                tx.execute("DELETE FROM game_players WHERE game_id = ?1", params![id])?;
            }
            tx.commit()?;
            Ok(ids.len())
        })
        .await
    }

    async fn remove_games(&self, ended_before: u64, batch: usize) -> Result<usize> {
        self.with_conn(move |conn| {
            let tx = conn.transaction()?;
            let ids = old_games(&tx, ended_before, batch, "")?;
            // Players, answers and totals go with their game (ON DELETE
            // CASCADE); who created it goes too.
            for id in &ids {
                tx.execute("DELETE FROM games WHERE id = ?1", params![id])?;
                tx.execute("DELETE FROM game_hosts WHERE game_id = ?1", params![id])?;
            }
            tx.commit()?;
            Ok(ids.len())
        })
        .await
    }

    async fn export_account(&self, username: &str) -> Result<Option<serde_json::Value>> {
        let username = username.to_string();
        self.with_conn(move |conn| {
            let tx = conn.transaction()?;
            let Some(id) = tx
                .query_row(
                    "SELECT id FROM users WHERE username = ?1",
                    params![username],
                    |row| row.get::<_, i64>(0),
                )
                .optional()?
            else {
                return Ok(None);
            };
            let mut out = serde_json::Map::new();
            for data in ACCOUNT_DATA.iter().rev() {
                let Some(sql) = data.export else { continue };
                let mut stmt = tx.prepare(sql)?;
                let rows = stmt.query_map(params![id], |row| row.get::<_, String>(0))?;
                let mut values = Vec::new();
                for row in rows {
                    values.push(serde_json::from_str(&row?).map_err(|e| {
                        StoreError::Corrupt(format!("{} of {username:?}: {e}", data.name))
                    })?);
                }
                let value = match data.name {
                    "account" => values.pop().unwrap_or_default(),
                    _ => serde_json::Value::Array(values),
                };
                out.insert(data.name.to_string(), value);
            }
            Ok(Some(serde_json::Value::Object(out)))
        })
        .await
    }

    async fn erase_account(&self, username: &str) -> Result<Erased> {
        let username = username.to_string();
        self.with_conn(move |conn| {
            let tx = conn.transaction()?;
            let id = erasable(&tx, &username)?;
            let mut erased = Vec::new();
            for data in ACCOUNT_DATA {
                let rows = tx.execute(data.erase, params![id])?;
                erased.push((data.name.to_string(), rows));
            }
            tx.commit()?;
            Ok(erased)
        })
        .await
    }

    async fn checkpoint(&self) -> Result<bool> {
        self.with_conn(|conn| {
            let busy: i64 =
                conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |row| row.get(0))?;
            Ok(busy == 0)
        })
        .await
    }
}

#[cfg(test)]
mod tests;
