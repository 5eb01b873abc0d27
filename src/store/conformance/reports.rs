//! Finished games as reports see them: listed newest first, by the
//! account that created them; read back whole by quiz; deleted with
//! everything of theirs; all of it kept over a restart.

use std::sync::Arc;

use super::{migrated, StoreBackend};
use crate::game::AnswerRecord;
use crate::quiz::{AnswerValue, Question, QuestionKind, Quiz};
use crate::store::{FinishedGame, GameSummary, PlayedQuestion, PlayerOutcome, UserRole};

fn played_quiz(id: &str, title: &str) -> Quiz {
    Quiz {
        rounds: Vec::new(),
        id: id.into(),
        title: title.into(),
        description: None,
        questions: vec![Question {
            text: format!("First of {title}?"),
            kind: QuestionKind::Multi {
                answers: vec!["a".into(), "b".into(), "c".into()],
                correct: vec![2, 0],
            },
            time_limit: 15,
            points: 2000,
            explanation: None,
            media: None,
        }],
    }
}

fn game(id: &str, quiz: &Quiz, ended_at: u64, players: u32) -> FinishedGame {
    FinishedGame {
        id: id.into(),
        pin: format!("10{id}"),
        quiz_id: quiz.id.clone(),
        quiz_title: quiz.title.clone(),
        question_count: 1,
        created_at: ended_at - 9_000,
        started_at: Some(ended_at - 8_000),
        ended_at,
        questions: quiz.questions.iter().map(PlayedQuestion::of).collect(),
        players_removed: None,
        totals: Vec::new(),
        players: (0..players)
            .map(|p| PlayerOutcome {
                player: p,
                nickname: format!("P{p}"),
                rank: p + 1,
                score: u64::from(1000 - p * 100),
                correct: 1,
                team: None,
            })
            .collect(),
        answers: (0..players)
            .map(|p| AnswerRecord {
                player: p,
                question: 0,
                answer: AnswerValue::Choices(vec![0, 2]),
                client_id: None,
                elapsed_ms: 700 + u64::from(p),
                time_limit_ms: 15_000,
                correct: true,
                points: 1000 - p * 100,
                streak_bonus: 0,
            })
            .collect(),
    }
}

/// Three games of two quizzes by two hosts (one unknown): listed newest
/// first, by host; read back whole by quiz, oldest first; a delete takes
/// one game, its players, answers and host, and nothing else; a restart
/// keeps what is left.
pub async fn finished_games_are_listed_read_by_quiz_and_deleted<B: StoreBackend>() {
    let Some(place) = B::place(false).await else {
        return;
    };
    let store = migrated(&place).await;
    let ada = store
        .create_user("ada", UserRole::Admin, "hash")
        .await
        .unwrap();
    let bo = store
        .create_user("bo", UserRole::Host, "hash")
        .await
        .unwrap();
    let capitals = played_quiz("capitals", "Capitals");
    let birds = played_quiz("birds", "Birds");
    let g1 = game("g1", &capitals, 1_000_000, 2);
    let g2 = game("g2", &capitals, 3_000_000, 3);
    let g3 = game("g3", &birds, 2_000_000, 1);
    for g in [&g1, &g2, &g3] {
        store.save_finished_game(Arc::new(g.clone())).await.unwrap();
    }
    store.record_game_host("g1", bo.id).await.unwrap();
    store.record_game_host("g2", ada.id).await.unwrap();
    // A live game of bo's: known host, no results yet, so not listed.
    store.record_game_host("g4", bo.id).await.unwrap();

    let all = store.list_finished_games(None).await.unwrap();
    assert_eq!(
        all,
        [
            GameSummary {
                id: "g2".into(),
                pin: "10g2".into(),
                quiz_id: "capitals".into(),
                quiz_title: "Capitals".into(),
                host: Some("ada".into()),
                created_at: 2_991_000,
                started_at: Some(2_992_000),
                ended_at: 3_000_000,
                players: 3,
                questions: 1,
            },
            GameSummary {
                id: "g3".into(),
                pin: "10g3".into(),
                quiz_id: "birds".into(),
                quiz_title: "Birds".into(),
                host: None,
                created_at: 1_991_000,
                started_at: Some(1_992_000),
                ended_at: 2_000_000,
                players: 1,
                questions: 1,
            },
            GameSummary {
                id: "g1".into(),
                pin: "10g1".into(),
                quiz_id: "capitals".into(),
                quiz_title: "Capitals".into(),
                host: Some("bo".into()),
                created_at: 991_000,
                started_at: Some(992_000),
                ended_at: 1_000_000,
                players: 2,
                questions: 1,
            },
        ]
    );
    let ids = |list: Vec<GameSummary>| list.into_iter().map(|g| g.id).collect::<Vec<_>>();
    assert_eq!(
        ids(store.list_finished_games(Some(bo.id)).await.unwrap()),
        ["g1"]
    );
    assert_eq!(
        ids(store.list_finished_games(Some(ada.id)).await.unwrap()),
        ["g2"]
    );
    assert!(store
        .list_finished_games(Some(ada.id + bo.id + 1))
        .await
        .unwrap()
        .is_empty());

    // Every field of every game of the quiz, oldest first; the played
    // question keeps its choices, right answers and limits.
    let of_capitals = store.finished_games_of_quiz("capitals").await.unwrap();
    assert_eq!(of_capitals, [g1.clone(), g2.clone()]);
    assert_eq!(of_capitals[0].questions[0].correct_text, ["a", "c"]);
    assert_eq!(of_capitals[0].questions[0].points, 2000);
    assert_eq!(store.finished_games_of_quiz("birds").await.unwrap(), [g3]);
    assert!(store
        .finished_games_of_quiz("nothing")
        .await
        .unwrap()
        .is_empty());

    // Deleting takes the game, its rows and its host; twice finds nothing.
    assert!(store.delete_finished_game("g1").await.unwrap());
    assert!(!store.delete_finished_game("g1").await.unwrap());
    assert!(!store.delete_finished_game("g4").await.unwrap());
    assert_eq!(store.finished_game("g1").await.unwrap(), None);
    assert_eq!(store.game_host("g1").await.unwrap(), None);
    assert_eq!(store.game_host("g4").await.unwrap(), Some(bo.id));
    assert_eq!(
        ids(store.list_finished_games(None).await.unwrap()),
        ["g2", "g3"]
    );
    assert_eq!(
        store.finished_games_of_quiz("capitals").await.unwrap(),
        [g2]
    );

    // Still there after a restart.
    drop(store);
    let store = place.open().await;
    assert_eq!(
        ids(store.list_finished_games(None).await.unwrap()),
        ["g2", "g3"]
    );
}
