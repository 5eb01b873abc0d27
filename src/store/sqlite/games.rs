//! Finished games as reports list, read across a quiz and delete them.
//! Writing and reading one game whole stays beside the `Store` impl.

use rusqlite::{params, Connection};

use super::read_finished_game;
use crate::store::{FinishedGame, GameSummary, Result};

/// Newest first; only `host`'s games when given.
pub(super) fn list(conn: &Connection, host: Option<i64>) -> Result<Vec<GameSummary>> {
    let mut stmt = conn.prepare(
        "SELECT g.id, g.pin, g.quiz_id, g.quiz_title, u.username, g.created_at, g.started_at,
                g.ended_at, (SELECT COUNT(*) FROM game_players p WHERE p.game_id = g.id),
                g.question_count
         FROM games g
         LEFT JOIN game_hosts h ON h.game_id = g.id
         LEFT JOIN users u ON u.id = h.user_id
         WHERE ?1 IS NULL OR h.user_id = ?1
         ORDER BY g.ended_at DESC, g.id",
    )?;
    let rows = stmt.query_map(params![host], |row| {
        Ok(GameSummary {
            id: row.get(0)?,
            pin: row.get(1)?,
            quiz_id: row.get(2)?,
            quiz_title: row.get(3)?,
            host: row.get(4)?,
            created_at: row.get(5)?,
            started_at: row.get(6)?,
            ended_at: row.get(7)?,
            players: row.get(8)?,
            questions: row.get(9)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Deletes the game, its players and answers (they cascade) and who
/// created it, in one transaction.
pub(super) fn delete(conn: &mut Connection, id: &str) -> Result<bool> {
    let tx = conn.transaction()?;
    let deleted = tx.execute("DELETE FROM games WHERE id = ?1", params![id])? == 1;
    if deleted {
        tx.execute("DELETE FROM game_hosts WHERE game_id = ?1", params![id])?;
    }
    tx.commit()?;
    Ok(deleted)
}

/// Every game of the quiz, oldest first, read in one transaction so a
/// game deleted meanwhile is either whole or absent.
pub(super) fn of_quiz(conn: &mut Connection, quiz_id: &str) -> Result<Vec<FinishedGame>> {
    let tx = conn.transaction()?;
    let ids: Vec<String> = {
        let mut stmt =
            tx.prepare("SELECT id FROM games WHERE quiz_id = ?1 ORDER BY ended_at, id")?;
        let rows = stmt.query_map(params![quiz_id], |row| row.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut games = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(game) = read_finished_game(&tx, &id)? {
            games.push(game);
        }
    }
    tx.commit()?;
    Ok(games)
}

#[cfg(test)]
mod tests;
