//! `Privacy` for Postgres: the retention purges, an account's export and
//! erasure. Every table that holds an account's data has its line in
//! `ACCOUNT_DATA`, which both the export and the erasure read; a new such
//! table adds one line there.
//!
//! A deleted row's bytes stay in the table's pages until Postgres reuses
//! them, and in its write-ahead log until that is recycled; `checkpoint`
//! vacuums the tables that held people's data so the space is marked free
//! at once (docs/scale-out.md says what this does and does not remove).

use async_trait::async_trait;
use tokio_postgres::GenericClient;

use super::{games, narrow, PostgresStore};
use crate::store::{
    Erased, FinishedGame, PlayersRemoved, Privacy, QuestionTotal, Result, StoreError,
};

/// One kind of data tied to an account. Statements take the account's id
/// as `$1`; `export` gives one JSON text per row.
struct AccountData {
    /// What the rows are: the key in the export, the word in the erasure's
    /// report.
    name: &'static str,
    /// `None`: exported inside another kind (a game's players and answers),
    /// or read whole by the store (`games`).
    export: Option<&'static str>,
    erase: &'static str,
}

/// In the order they are erased: what refers to a row before the row, the
/// account last. (The export lists them in the same order.)
const ACCOUNT_DATA: &[AccountData] = &[
    AccountData {
        name: "answers",
        export: None,
        erase: "DELETE FROM game_answers WHERE game_id IN (SELECT game_id FROM game_hosts WHERE user_id = $1)",
    },
    AccountData {
        name: "players",
        export: None,
        erase: "DELETE FROM game_players WHERE game_id IN (SELECT game_id FROM game_hosts WHERE user_id = $1)",
    },
    AccountData {
        name: "question_totals",
        export: None,
        erase: "DELETE FROM game_question_totals WHERE game_id IN (SELECT game_id FROM game_hosts WHERE user_id = $1)",
    },
    AccountData {
        name: "games",
        export: None,
        erase: "DELETE FROM games WHERE id IN (SELECT game_id FROM game_hosts WHERE user_id = $1)",
    },
    AccountData {
        name: "games_created",
        export: Some(
            "SELECT json_build_object('game_id', game_id, 'created_at', created_at)::TEXT
             FROM game_hosts WHERE user_id = $1 ORDER BY created_at, game_id COLLATE \"C\"",
        ),
        erase: "DELETE FROM game_hosts WHERE user_id = $1",
    },
    AccountData {
        // Their players and answers go with them (ON DELETE CASCADE).
        name: "assignments",
        export: Some(
            "SELECT json_build_object('code', code, 'quiz_id', quiz_id, 'quiz_title', quiz_title,
                                      'opens_at', opens_at, 'closes_at', closes_at,
                                      'closed_at', closed_at, 'created_at', created_at,
                                      'players', (SELECT COUNT(*) FROM assignment_players p
                                                  WHERE p.assignment_id = assignments.id))::TEXT
             FROM assignments WHERE owner_id = $1 ORDER BY created_at, code COLLATE \"C\"",
        ),
        erase: "DELETE FROM assignments WHERE owner_id = $1",
    },
    AccountData {
        name: "quizzes",
        export: Some(
            "SELECT json_build_object('id', id, 'title', title, 'source', source,
                                      'revision', revision, 'created_at', created_at,
                                      'updated_at', updated_at, 'quiz', document::JSON)::TEXT
             FROM quizzes WHERE owner_id = $1 ORDER BY id COLLATE \"C\"",
        ),
        erase: "DELETE FROM quizzes WHERE owner_id = $1",
    },
    AccountData {
        name: "tokens",
        export: Some(
            "SELECT json_build_object('id', id, 'kind', kind, 'name', name,
                                      'scopes', to_json(string_to_array(scopes, ',')),
                                      'created_at', created_at, 'expires_at', expires_at,
                                      'last_used_at', last_used_at)::TEXT
             FROM tokens WHERE user_id = $1 ORDER BY id",
        ),
        erase: "DELETE FROM tokens WHERE user_id = $1",
    },
    AccountData {
        name: "mail",
        export: Some(
            "SELECT json_build_object('id', id, 'kind', kind, 'recipient', recipient,
                                      'subject', subject, 'queued_at', queued_at,
                                      'attempts', attempts, 'sent_at', sent_at,
                                      'failed_at', failed_at)::TEXT
             FROM mail_queue
             WHERE recipient = (SELECT email FROM users WHERE id = $1) ORDER BY id",
        ),
        erase: "DELETE FROM mail_queue WHERE recipient = (SELECT email FROM users WHERE id = $1)",
    },
    AccountData {
        name: "account_links",
        export: Some(
            "SELECT json_build_object('id', id, 'purpose', purpose, 'created_at', created_at,
                                      'expires_at', expires_at, 'used_at', used_at)::TEXT
             FROM account_links WHERE user_id = $1 ORDER BY id",
        ),
        erase: "DELETE FROM account_links WHERE user_id = $1",
    },
    AccountData {
        name: "account",
        export: Some(
            "SELECT json_build_object('id', id, 'username', username, 'role', role,
                                      'created_at', created_at, 'email', email,
                                      'report_mail', report_mail, 'pending', pending)::TEXT
             FROM users WHERE id = $1",
        ),
        erase: "DELETE FROM users WHERE id = $1",
    },
];

/// Writes what a game keeps once its players were removed; the caller owns
/// the transaction and has written the game's row.
pub(super) async fn write_removed<C: GenericClient + Sync>(
    tx: &C,
    game: &FinishedGame,
) -> Result<()> {
    if let Some(removed) = &game.players_removed {
        tx.execute(
            "UPDATE games SET players_removed_at = $2, player_count = $3 WHERE id = $1",
            &[&game.id, &(removed.at as i64), &i64::from(removed.players)],
        )
        .await?;
    }
    let totals = &game.totals;
    tx.execute(
        "INSERT INTO game_question_totals (game_id, question, answers, correct, points)
         SELECT $1, * FROM unnest($2::BIGINT[], $3::BIGINT[], $4::BIGINT[], $5::BIGINT[])",
        &[
            &game.id,
            &totals
                .iter()
                .map(|t| i64::from(t.question))
                .collect::<Vec<_>>(),
            &totals
                .iter()
                .map(|t| i64::from(t.answers))
                .collect::<Vec<_>>(),
            &totals
                .iter()
                .map(|t| i64::from(t.correct))
                .collect::<Vec<_>>(),
            &totals.iter().map(|t| t.points as i64).collect::<Vec<_>>(),
        ],
    )
    .await?;
    Ok(())
}

/// Reads what `write_removed` wrote into `game`.
pub(super) async fn read_removed<C: GenericClient + Sync>(
    client: &C,
    game: &mut FinishedGame,
) -> Result<()> {
    let removed = client
        .query_opt(
            "SELECT players_removed_at, player_count FROM games
             WHERE id = $1 AND players_removed_at IS NOT NULL",
            &[&game.id],
        )
        .await?;
    game.players_removed = match removed {
        Some(row) => Some(PlayersRemoved {
            at: narrow(row.try_get(0)?, "removal time")?,
            players: narrow(row.try_get::<_, Option<i64>>(1)?.unwrap_or(0), "players")?,
        }),
        None => None,
    };
    let rows = client
        .query(
            "SELECT question, answers, correct, points FROM game_question_totals
             WHERE game_id = $1 ORDER BY question",
            &[&game.id],
        )
        .await?;
    game.totals = rows
        .iter()
        .map(|row| {
            Ok(QuestionTotal {
                question: narrow(row.try_get(0)?, "question")?,
                answers: narrow(row.try_get(1)?, "answers")?,
                correct: narrow(row.try_get(2)?, "correct answers")?,
                points: narrow(row.try_get(3)?, "points")?,
            })
        })
        .collect::<Result<_>>()?;
    Ok(())
}

/// Answers one purge transaction takes on, at least one game's, so other
/// writers to those games wait briefly.
const ANSWERS_PER_BATCH: i64 = 20_000;

/// Ids of at most `batch` games ended before `before` that `extra` also
/// picks, oldest first, fewer once they hold `ANSWERS_PER_BATCH` answers.
/// They stay locked until the caller's transaction ends; a game another
/// node is purging is skipped, not waited for.
async fn old_games<C: GenericClient + Sync>(
    tx: &C,
    before: u64,
    batch: usize,
    extra: &str,
) -> Result<Vec<String>> {
    let sql = format!(
        "SELECT id, (SELECT COUNT(*) FROM game_answers a WHERE a.game_id = g.id)
         FROM games g WHERE ended_at < $1 {extra} ORDER BY ended_at, id COLLATE \"C\" LIMIT $2
         FOR UPDATE SKIP LOCKED"
    );
    let rows = tx.query(&sql, &[&(before as i64), &(batch as i64)]).await?;
    let (mut ids, mut answers) = (Vec::new(), 0i64);
    for row in rows {
        answers += row.try_get::<_, i64>(1)?;
        if !ids.is_empty() && answers > ANSWERS_PER_BATCH {
            break;
        }
        ids.push(row.try_get(0)?);
    }
    Ok(ids)
}

/// A game as the export shows it on every backend: fields serde leaves
/// out when empty are there, as null or `[]`, as SQLite's export has them.
fn every_field(mut game: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    if let Some(fields) = game.as_object_mut() {
        fields.entry("players_removed").or_insert(Value::Null);
        fields
            .entry("totals")
            .or_insert_with(|| Value::Array(Vec::new()));
        if let Some(Value::Array(answers)) = fields.get_mut("answers") {
            for answer in answers.iter_mut().filter_map(Value::as_object_mut) {
                answer.entry("client_id").or_insert(Value::Null);
            }
        }
    }
    game
}

#[async_trait]
impl Privacy for PostgresStore {
    async fn remove_player_data(&self, ended_before: u64, now: u64, batch: usize) -> Result<usize> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let ids = old_games(
            &*tx,
            ended_before,
            batch,
            "AND g.players_removed_at IS NULL",
        )
        .await?;
        tx.execute(
            "INSERT INTO game_question_totals (game_id, question, answers, correct, points)
             SELECT game_id, question, COUNT(*), COUNT(*) FILTER (WHERE correct),
                    SUM(points + streak_bonus)
             FROM game_answers WHERE game_id = ANY($1) GROUP BY game_id, question
             ON CONFLICT (game_id, question) DO UPDATE SET answers = excluded.answers,
                 correct = excluded.correct, points = excluded.points",
            &[&ids],
        )
        .await?;
        tx.execute(
            "UPDATE games g SET players_removed_at = $2,
                 player_count = (SELECT COUNT(*) FROM game_players p WHERE p.game_id = g.id)
             WHERE g.id = ANY($1)",
            &[&ids, &(now as i64)],
        )
        .await?;
        tx.execute("DELETE FROM game_answers WHERE game_id = ANY($1)", &[&ids])
            .await?;
        tx.execute("DELETE FROM game_players WHERE game_id = ANY($1)", &[&ids])
            .await?;
        tx.commit().await?;
        Ok(ids.len())
    }

    async fn remove_games(&self, ended_before: u64, batch: usize) -> Result<usize> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let ids = old_games(&*tx, ended_before, batch, "").await?;
        // Players, answers and totals go with their game (ON DELETE
        // CASCADE); who created it goes too.
        tx.execute("DELETE FROM games WHERE id = ANY($1)", &[&ids])
            .await?;
        tx.execute("DELETE FROM game_hosts WHERE game_id = ANY($1)", &[&ids])
            .await?;
        tx.commit().await?;
        Ok(ids.len())
    }

    async fn export_account(&self, username: &str) -> Result<Option<serde_json::Value>> {
        let mut client = self.client().await?;
        // One snapshot for every part of the export.
        let tx = client
            .build_transaction()
            .isolation_level(tokio_postgres::IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()
            .await?;
        let Some(id) = tx
            .query_opt("SELECT id FROM users WHERE username = $1", &[&username])
            .await?
            .map(|row| row.try_get::<_, i64>(0))
            .transpose()?
        else {
            return Ok(None);
        };
        let mut out = serde_json::Map::new();
        for data in ACCOUNT_DATA.iter().rev() {
            let mut values = Vec::new();
            if data.name == "games" {
                let hosted = tx
                    .query(
                        "SELECT g.id FROM games g JOIN game_hosts h ON h.game_id = g.id
                         WHERE h.user_id = $1 ORDER BY g.ended_at, g.id COLLATE \"C\"",
                        &[&id],
                    )
                    .await?;
                for row in hosted {
                    let game_id: String = row.try_get(0)?;
                    if let Some(game) = games::read(&*tx, &game_id).await? {
                        let value = serde_json::to_value(game).map_err(|e| {
                            StoreError::Backend(format!("cannot encode game {game_id}: {e}"))
                        })?;
                        values.push(every_field(value));
                    }
                }
            } else if let Some(sql) = data.export {
                for row in tx.query(sql, &[&id]).await? {
                    let text: &str = row.try_get(0)?;
                    values.push(serde_json::from_str(text).map_err(|e| {
                        StoreError::Corrupt(format!("{} of {username:?}: {e}", data.name))
                    })?);
                }
            } else {
                continue;
            }
            let value = match data.name {
                "account" => values.pop().unwrap_or_default(),
                _ => serde_json::Value::Array(values),
            };
            out.insert(data.name.to_string(), value);
        }
        tx.commit().await?;
        Ok(Some(serde_json::Value::Object(out)))
    }

    async fn erase_account(&self, username: &str) -> Result<Erased> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let id = super::accounts::removable(&*tx, username).await?;
        let mut erased = Vec::new();
        for data in ACCOUNT_DATA {
            let rows = tx.execute(data.erase, &[&id]).await?;
            erased.push((data.name.to_string(), rows as usize));
        }
        tx.commit().await?;
        Ok(erased)
    }

    async fn checkpoint(&self) -> Result<bool> {
        let client = self.client().await?;
        // VACUUM cannot run inside a transaction: the simple protocol runs
        // it alone. A table this role does not own is skipped with a
        // warning, not an error, so a failure here is a real one.
        client
            .batch_execute(
                "VACUUM game_answers, game_players, game_question_totals, games, game_hosts,
                        assignment_answers, assignment_players, assignments,
                        quizzes, tokens, mail_queue, account_links, users",
            )
            .await?;
        Ok(true)
    }
}
