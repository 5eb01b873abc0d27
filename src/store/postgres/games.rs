//! Finished games on Postgres: writing one whole (its players and answers
//! sent as arrays, a few statements per game rather than one per answer:
//! a game of 10,000 players has 100,000 answers), reading one back, and
//! the listing reports show.

use tokio_postgres::GenericClient;

use super::{narrow, to_json};
use crate::game::AnswerRecord;
use crate::store::{FinishedGame, GameSummary, PlayerOutcome, Result, StoreError};

/// Answers sent in one statement: large enough that round trips do not
/// count, small enough that one message stays a few megabytes.
const ANSWERS_PER_STATEMENT: usize = 5_000;

/// Writes a finished game; the caller owns the transaction. Saving a game
/// again replaces it whole (players, answers and totals cascade).
pub(super) async fn write<C: GenericClient + Sync>(tx: &C, game: &FinishedGame) -> Result<()> {
    // Two nodes saving one game at once take turns here rather than
    // failing on each other's rows.
    tx.execute(
        "SELECT pg_advisory_xact_lock(hashtextextended('quizbox.game:' || $1, 0))",
        &[&game.id],
    )
    .await?;
    tx.execute("DELETE FROM games WHERE id = $1", &[&game.id])
        .await?;
    tx.execute(
        "INSERT INTO games (id, pin, quiz_id, quiz_title, question_count, created_at, started_at,
                            ended_at, questions)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        &[
            &game.id,
            &game.pin,
            &game.quiz_id,
            &game.quiz_title,
            &i64::from(game.question_count),
            &(game.created_at as i64),
            &game.started_at.map(|t| t as i64),
            &(game.ended_at as i64),
            &to_json(&game.questions)?,
        ],
    )
    .await?;
    let players = &game.players;
    tx.execute(
        "INSERT INTO game_players (game_id, player, nickname, rank, score, correct, team)
         SELECT $1, * FROM unnest($2::BIGINT[], $3::TEXT[], $4::BIGINT[], $5::BIGINT[],
                                  $6::BIGINT[], $7::TEXT[])",
        &[
            &game.id,
            &players
                .iter()
                .map(|p| i64::from(p.player))
                .collect::<Vec<_>>(),
            &players
                .iter()
                .map(|p| p.nickname.as_str())
                .collect::<Vec<_>>(),
            &players
                .iter()
                .map(|p| i64::from(p.rank))
                .collect::<Vec<_>>(),
            &players.iter().map(|p| p.score as i64).collect::<Vec<_>>(),
            &players
                .iter()
                .map(|p| i64::from(p.correct))
                .collect::<Vec<_>>(),
            &players
                .iter()
                .map(|p| p.team.as_deref())
                .collect::<Vec<_>>(),
        ],
    )
    .await?;
    for answers in game.answers.chunks(ANSWERS_PER_STATEMENT) {
        let encoded = answers
            .iter()
            .map(|a| to_json(&a.answer))
            .collect::<Result<Vec<_>>>()?;
        tx.execute(
            "INSERT INTO game_answers (game_id, player, question, answer, client_id, elapsed_ms,
                                       time_limit_ms, correct, points, streak_bonus)
             SELECT $1, * FROM unnest($2::BIGINT[], $3::BIGINT[], $4::TEXT[], $5::TEXT[],
                                      $6::BIGINT[], $7::BIGINT[], $8::BOOLEAN[], $9::BIGINT[],
                                      $10::BIGINT[])",
            &[
                &game.id,
                &answers
                    .iter()
                    .map(|a| i64::from(a.player))
                    .collect::<Vec<_>>(),
                &answers
                    .iter()
                    .map(|a| a.question as i64)
                    .collect::<Vec<_>>(),
                &encoded,
                &answers
                    .iter()
                    .map(|a| a.client_id.as_deref())
                    .collect::<Vec<_>>(),
                &answers
                    .iter()
                    .map(|a| a.elapsed_ms as i64)
                    .collect::<Vec<_>>(),
                &answers
                    .iter()
                    .map(|a| a.time_limit_ms as i64)
                    .collect::<Vec<_>>(),
                &answers.iter().map(|a| a.correct).collect::<Vec<_>>(),
                &answers
                    .iter()
                    .map(|a| i64::from(a.points))
                    .collect::<Vec<_>>(),
                &answers
                    .iter()
                    .map(|a| i64::from(a.streak_bonus))
                    .collect::<Vec<_>>(),
            ],
        )
        .await?;
    }
    super::privacy::write_removed(tx, game).await
}

/// One finished game whole; the caller gives one snapshot to read it in.
pub(super) async fn read<C: GenericClient + Sync>(
    client: &C,
    id: &str,
) -> Result<Option<FinishedGame>> {
    let Some(row) = client
        .query_opt(
            "SELECT id, pin, quiz_id, quiz_title, question_count, created_at, started_at, ended_at,
                    questions
             FROM games WHERE id = $1",
            &[&id],
        )
        .await?
    else {
        return Ok(None);
    };
    let questions: String = row.try_get(8)?;
    let mut game = FinishedGame {
        id: row.try_get(0)?,
        pin: row.try_get(1)?,
        quiz_id: row.try_get(2)?,
        quiz_title: row.try_get(3)?,
        question_count: narrow(row.try_get(4)?, "question count")?,
        created_at: narrow(row.try_get(5)?, "creation time")?,
        started_at: row
            .try_get::<_, Option<i64>>(6)?
            .map(|t| narrow(t, "start time"))
            .transpose()?,
        ended_at: narrow(row.try_get(7)?, "end time")?,
        questions: serde_json::from_str(&questions).map_err(|e| {
            StoreError::Corrupt(format!(
                "played questions of game {id:?} are not valid JSON: {e}"
            ))
        })?,
        players: Vec::new(),
        answers: Vec::new(),
        players_removed: None,
        totals: Vec::new(),
    };
    let players = client
        .query(
            "SELECT player, nickname, rank, score, correct, team FROM game_players
             WHERE game_id = $1 ORDER BY rank, player",
            &[&id],
        )
        .await?;
    for row in players {
        game.players.push(PlayerOutcome {
            player: narrow(row.try_get(0)?, "player")?,
            nickname: row.try_get(1)?,
            rank: narrow(row.try_get(2)?, "rank")?,
            score: narrow(row.try_get(3)?, "score")?,
            correct: narrow(row.try_get(4)?, "correct answers")?,
            team: row.try_get(5)?,
        });
    }
    let answers = client
        .query(
            "SELECT player, question, answer, client_id, elapsed_ms, time_limit_ms, correct,
                    points, streak_bonus
             FROM game_answers WHERE game_id = $1 ORDER BY question, player",
            &[&id],
        )
        .await?;
    game.answers.reserve(answers.len());
    for row in answers {
        let answer: &str = row.try_get(2)?;
        let answer = serde_json::from_str(answer).map_err(|e| {
            StoreError::Corrupt(format!("answer in game {id:?} is not valid JSON: {e}"))
        })?;
        game.answers.push(AnswerRecord {
            player: narrow(row.try_get(0)?, "player")?,
            question: narrow(row.try_get(1)?, "question")?,
            answer,
            client_id: row.try_get(3)?,
            elapsed_ms: narrow(row.try_get(4)?, "answer time")?,
            time_limit_ms: narrow(row.try_get(5)?, "time limit")?,
            correct: row.try_get(6)?,
            points: narrow(row.try_get(7)?, "points")?,
            streak_bonus: narrow(row.try_get(8)?, "streak bonus")?,
        });
    }
    super::privacy::read_removed(client, &mut game).await?;
    Ok(Some(game))
}

/// Newest first; only `host`'s games when given.
pub(super) async fn list<C: GenericClient + Sync>(
    client: &C,
    host: Option<i64>,
) -> Result<Vec<GameSummary>> {
    let rows = client
        .query(
            "SELECT g.id, g.pin, g.quiz_id, g.quiz_title, u.username, g.created_at, g.started_at,
                    g.ended_at, (SELECT COUNT(*) FROM game_players p WHERE p.game_id = g.id),
                    g.question_count
             FROM games g
             LEFT JOIN game_hosts h ON h.game_id = g.id
             LEFT JOIN users u ON u.id = h.user_id
             WHERE $1::BIGINT IS NULL OR h.user_id = $1
             ORDER BY g.ended_at DESC, g.id COLLATE \"C\"",
            &[&host],
        )
        .await?;
    rows.iter()
        .map(|row| {
            Ok(GameSummary {
                id: row.try_get(0)?,
                pin: row.try_get(1)?,
                quiz_id: row.try_get(2)?,
                quiz_title: row.try_get(3)?,
                host: row.try_get(4)?,
                created_at: narrow(row.try_get(5)?, "creation time")?,
                started_at: row
                    .try_get::<_, Option<i64>>(6)?
                    .map(|t| narrow(t, "start time"))
                    .transpose()?,
                ended_at: narrow(row.try_get(7)?, "end time")?,
                players: narrow(row.try_get(8)?, "players")?,
                questions: narrow(row.try_get(9)?, "questions")?,
            })
        })
        .collect()
}
