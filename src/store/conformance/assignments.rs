//! `AssignmentStore` stories: an assignment read back with every field, its
//! players joining once per name, a step written only over the progress it
//! was computed from, answers read back, the listing with its counts,
//! closing, and all of it kept over a restart.

use super::{every_kind_quiz, migrated, StoreBackend};
use crate::game::assignment::{Progress, Scored, Window};
use crate::quiz::AnswerValue;
use crate::store::{AssignmentAnswer, NewAssignment, StoreError, UserRole};

pub async fn assignments_keep_players_progress_and_answers<B: StoreBackend>() {
    let Some(place) = B::place(false).await else {
        return;
    };
    let store = migrated(&place).await;
    let ann = store.create_user("ann", UserRole::Host, "x").await.unwrap();
    let quiz = every_kind_quiz();
    let new = NewAssignment {
        code: "hw7k2p".into(),
        quiz: quiz.clone(),
        owner: Some(ann.id),
        opens_at: 1_700_000_000_000,
        closes_at: 1_700_600_000_000,
        identifier: Some("Student number".into()),
        seed: u64::MAX - 3,
        streak_bonus: false,
    };
    let made = store.create_assignment(&new).await.unwrap();
    assert_eq!(made.code, "hw7k2p");
    assert_eq!(made.quiz, quiz);
    assert_eq!(made.owner, Some(ann.id));
    assert_eq!(
        made.window,
        Window {
            opens_at: 1_700_000_000_000,
            closes_at: 1_700_600_000_000,
            closed_at: None
        }
    );
    assert_eq!(made.identifier.as_deref(), Some("Student number"));
    assert_eq!((made.seed, made.streak_bonus), (u64::MAX - 3, false));
    assert_eq!(
        store.assignment("hw7k2p").await.unwrap(),
        Some(made.clone())
    );
    assert_eq!(store.assignment("nope").await.unwrap(), None);
    let shared = NewAssignment {
        code: "open12".into(),
        owner: None,
        identifier: None,
        streak_bonus: true,
        ..new.clone()
    };
    store.create_assignment(&shared).await.unwrap();
    let again = store.create_assignment(&new).await.unwrap_err();
    assert!(matches!(again, StoreError::Conflict(_)), "{again}");

    // Players join once per name, each with a token of their own.
    let p1 = store
        .join_assignment("hw7k2p", "s-1001", "hash-1", 1_700_000_000_500)
        .await
        .unwrap();
    assert_eq!(
        (p1.name.as_str(), p1.started_at, &p1.progress),
        ("s-1001", 1_700_000_000_500, &Progress::default())
    );
    let p2 = store
        .join_assignment("hw7k2p", "s-1002", "hash-2", 1_700_000_000_600)
        .await
        .unwrap();
    let taken = store
        .join_assignment("hw7k2p", "s-1001", "hash-3", 1_700_000_000_700)
        .await
        .unwrap_err();
    assert!(matches!(taken, StoreError::Conflict(_)), "{taken}");
    let missing = store
        .join_assignment("nope", "x", "hash-4", 0)
        .await
        .unwrap_err();
    assert!(matches!(missing, StoreError::NotFound(_)), "{missing}");
    // The same name in another assignment is another player.
    store
        .join_assignment("open12", "s-1001", "hash-5", 1)
        .await
        .unwrap();
    assert_eq!(
        store.assignment_player("hw7k2p", "hash-2").await.unwrap(),
        Some(p2.clone())
    );
    assert_eq!(
        store.assignment_player("open12", "hash-2").await.unwrap(),
        None
    );
    assert_eq!(
        store.assignment_player("hw7k2p", "hash-9").await.unwrap(),
        None
    );

    // A step: shown, then answered, each over the progress before it.
    let shown = Progress {
        shown_at: Some(1_700_000_001_000),
        ..Progress::default()
    };
    assert!(store
        .save_progress(p1.id, &Progress::default(), &shown, None)
        .await
        .unwrap());
    let answered = Progress {
        question: 1,
        shown_at: None,
        score: 1450,
        correct: 1,
        streak: 1,
        finished_at: None,
    };
    let answer = AssignmentAnswer {
        player: p1.id,
        scored: Scored {
            question: 0,
            answer: Some(AnswerValue::Choices(vec![2, 0])),
            elapsed_ms: 4_321,
            time_limit_ms: 20_000,
            correct: true,
            points: 1450,
            streak_bonus: 0,
        },
        answered_at: 1_700_000_005_321,
    };
    assert!(store
        .save_progress(p1.id, &shown, &answered, Some(&answer))
        .await
        .unwrap());
    // The same step again (a double click, a second server) changes nothing.
    assert!(!store
        .save_progress(p1.id, &shown, &answered, Some(&answer))
        .await
        .unwrap());
    let finished = Progress {
        question: quiz.questions.len(),
        finished_at: Some(1_700_000_009_000),
        ..answered.clone()
    };
    let passed = AssignmentAnswer {
        player: p1.id,
        scored: Scored {
            question: 1,
            answer: None,
            elapsed_ms: 0,
            time_limit_ms: 30_000,
            correct: false,
            points: 0,
            streak_bonus: 0,
        },
        answered_at: 1_700_000_009_000,
    };
    assert!(store
        .save_progress(p1.id, &answered, &finished, Some(&passed))
        .await
        .unwrap());
    let typed = AssignmentAnswer {
        player: p2.id,
        scored: Scored {
            question: 0,
            answer: Some(AnswerValue::Text("Ünïcode \"quoted\"".into())),
            elapsed_ms: 19_999,
            time_limit_ms: 20_000,
            correct: false,
            points: 0,
            streak_bonus: 0,
        },
        answered_at: 1_700_000_020_000,
    };
    let p2_next = Progress {
        question: 1,
        ..Progress::default()
    };
    assert!(store
        .save_progress(p2.id, &Progress::default(), &p2_next, Some(&typed))
        .await
        .unwrap());

    let check = |store: std::sync::Arc<dyn crate::store::Store>| {
        let (answer, passed, typed, finished, p2_next) = (
            answer.clone(),
            passed.clone(),
            typed.clone(),
            finished.clone(),
            p2_next.clone(),
        );
        async move {
            let players = store.assignment_players("hw7k2p").await.unwrap();
            let lines: Vec<(&str, &Progress)> = players
                .iter()
                .map(|p| (p.name.as_str(), &p.progress))
                .collect();
            assert_eq!(lines, [("s-1001", &finished), ("s-1002", &p2_next)]);
            assert_eq!(
                store.assignment_answers("hw7k2p").await.unwrap(),
                [answer, passed, typed]
            );
            assert_eq!(
                store.assignment_answers("open12").await.unwrap(),
                Vec::new()
            );
            let listed = store.list_assignments(None).await.unwrap();
            let codes: Vec<&str> = listed.iter().map(|a| a.code.as_str()).collect();
            assert_eq!(codes.len(), 2);
            let hw = listed.iter().find(|a| a.code == "hw7k2p").unwrap();
            assert_eq!(hw.quiz_id, "every-kind");
            assert_eq!(
                hw.question_count as usize,
                every_kind_quiz().questions.len()
            );
            assert_eq!(hw.owner.as_deref(), Some("ann"));
            assert_eq!((hw.players, hw.finished), (2, 1));
            assert_eq!(hw.identifier.as_deref(), Some("Student number"));
            let open = listed.iter().find(|a| a.code == "open12").unwrap();
            assert_eq!(
                (open.owner.clone(), open.players, open.finished),
                (None, 1, 0)
            );
        }
    };
    check(store.clone()).await;
    let owned = store.list_assignments(Some(ann.id)).await.unwrap();
    assert_eq!(owned.len(), 1);
    assert_eq!(owned[0].code, "hw7k2p");

    // Closing keeps the first time; an unknown code is no assignment.
    assert!(store
        .close_assignment("hw7k2p", 1_700_000_100_000)
        .await
        .unwrap());
    assert!(store
        .close_assignment("hw7k2p", 1_700_000_200_000)
        .await
        .unwrap());
    assert!(!store.close_assignment("nope", 1).await.unwrap());

    // A restart keeps everything.
    drop(store);
    let store = place.open().await;
    store.check_schema().await.unwrap();
    check(store.clone()).await;
    let closed = store.assignment("hw7k2p").await.unwrap().unwrap();
    assert_eq!(closed.window.closed_at, Some(1_700_000_100_000));
    assert_eq!(
        store
            .assignment_player("hw7k2p", "hash-1")
            .await
            .unwrap()
            .unwrap()
            .progress,
        finished
    );
}

/// Writers racing on one player's step from the same progress (two nodes,
/// a double click): exactly one is written, with its answer, and the
/// others write nothing.
pub async fn racing_steps_of_one_player_write_once<B: StoreBackend>() {
    const RIVALS: u32 = 8;
    let Some(place) = B::place(false).await else {
        return;
    };
    let store = migrated(&place).await;
    let new = NewAssignment {
        code: "race01".into(),
        quiz: every_kind_quiz(),
        owner: None,
        opens_at: 1_700_000_000_000,
        closes_at: 1_700_600_000_000,
        identifier: None,
        seed: 7,
        streak_bonus: true,
    };
    store.create_assignment(&new).await.unwrap();
    let player = store
        .join_assignment("race01", "quick", "hash-race", 1_700_000_000_100)
        .await
        .unwrap();
    let mut tasks = Vec::new();
    for rival in 0..RIVALS {
        let store = std::sync::Arc::clone(&store);
        tasks.push(tokio::spawn(async move {
            let next = Progress {
                question: 1,
                score: 1000 + u64::from(rival),
                correct: 1,
                streak: 1,
                ..Progress::default()
            };
            let answer = AssignmentAnswer {
                player: player.id,
                scored: Scored {
                    question: 0,
                    answer: Some(AnswerValue::Choices(vec![rival as usize % 4])),
                    elapsed_ms: 1_000 + u64::from(rival),
                    time_limit_ms: 20_000,
                    correct: true,
                    points: 1000 + rival,
                    streak_bonus: 0,
                },
                answered_at: 1_700_000_001_000 + i64::from(rival),
            };
            let written = store
                .save_progress(player.id, &Progress::default(), &next, Some(&answer))
                .await
                .unwrap();
            (written, next, answer)
        }));
    }
    let mut outcomes = Vec::new();
    for task in tasks {
        outcomes.push(task.await.unwrap());
    }
    let winners: Vec<_> = outcomes.iter().filter(|(written, ..)| *written).collect();
    assert_eq!(winners.len(), 1, "{outcomes:?}");
    let (_, progress, answer) = winners[0];
    let stored = store
        .assignment_player("race01", "hash-race")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(&stored.progress, progress);
    assert_eq!(
        store.assignment_answers("race01").await.unwrap(),
        std::slice::from_ref(answer)
    );
}
