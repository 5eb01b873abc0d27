//! What a delete leaves in the SQLite file: no row of the game's players or
//! answers (the conformance story checks the rest through the trait).

use std::sync::Arc;

use crate::game::AnswerRecord;
use crate::quiz::AnswerValue;
use crate::store::sqlite::SqliteStore;
use crate::store::{FinishedGame, PlayerOutcome, Store};

fn game(id: &str) -> FinishedGame {
    FinishedGame {
        id: id.into(),
        pin: "123456".into(),
        quiz_id: "q".into(),
        quiz_title: "Q".into(),
        question_count: 1,
        created_at: 1,
        started_at: Some(2),
        ended_at: 3,
        questions: Vec::new(),
        players_removed: None,
        totals: Vec::new(),
        players: vec![PlayerOutcome {
            player: 0,
            nickname: "Ann".into(),
            rank: 1,
            score: 1000,
            correct: 1,
            team: None,
        }],
        answers: vec![AnswerRecord {
            player: 0,
            question: 0,
            answer: AnswerValue::Choice(1),
            client_id: None,
            elapsed_ms: 400,
            time_limit_ms: 20_000,
            correct: true,
            points: 1000,
            streak_bonus: 0,
        }],
    }
}

#[tokio::test]
async fn a_deleted_game_leaves_no_rows_behind() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path().join("quizbox.db").to_str().unwrap()).unwrap();
    store.migrate().await.unwrap();
    store
        .save_finished_game(Arc::new(game("g1")))
        .await
        .unwrap();
    store
        .save_finished_game(Arc::new(game("g2")))
        .await
        .unwrap();
    assert!(store.delete_finished_game("g1").await.unwrap());
    let rows = |game: &'static str| {
        let conn = store.conn.lock().unwrap();
        conn.query_row(
            "SELECT (SELECT COUNT(*) FROM games WHERE id = ?1),
                    (SELECT COUNT(*) FROM game_players WHERE game_id = ?1),
                    (SELECT COUNT(*) FROM game_answers WHERE game_id = ?1)",
            [game],
            |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, i64>(1)?,
                    row.get::<_, i64>(2)?,
                ))
            },
        )
        .unwrap()
    };
    assert_eq!(rows("g1"), (0, 0, 0));
    assert_eq!(rows("g2"), (1, 1, 1));
}
