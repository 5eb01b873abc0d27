//! Story tests for the SQLite store, against real files in a temp dir.

use super::*;
use crate::quiz::{AnswerValue, Question, QuestionKind};
use crate::store::ImportCounts;

fn db_path(dir: &tempfile::TempDir) -> String {
    dir.path()
        .join("nested/dir/quizbox.db")
        .to_string_lossy()
        .into_owned()
}

async fn migrated(path: &str) -> SqliteStore {
    let store = SqliteStore::open(path).unwrap();
    store.migrate().await.unwrap();
    store
}

fn question(text: &str, answers: &[&str], correct: usize) -> Question {
    Question {
        text: text.into(),
        kind: QuestionKind::Single {
            answers: answers.iter().map(|a| a.to_string()).collect(),
            correct,
        },
        time_limit: 20,
        points: 1000,
        explanation: None,
        media: None,
    }
}

fn capitals() -> Quiz {
    Quiz {
        rounds: Vec::new(),
        id: "capitals".into(),
        title: "capitals of Europe".into(),
        description: Some("Ten quick ones".into()),
        questions: vec![
            question("Capital of France?", &["Paris", "Lyon", "Nice"], 0),
            Question {
                explanation: Some("Bern is the federal city".into()),
                time_limit: 30,
                points: 2000,
                ..question("Capital of Switzerland?", &["Zurich", "Bern"], 1)
            },
        ],
    }
}

fn birds() -> Quiz {
    Quiz {
        rounds: Vec::new(),
        id: "birds".into(),
        title: "Birds".into(),
        description: None,
        questions: vec![question("Can penguins fly?", &["Yes", "No"], 1)],
    }
}

fn answer(player: u32, question: usize, choice: usize, correct: bool) -> AnswerRecord {
    AnswerRecord {
        player,
        question,
        answer: AnswerValue::Choice(choice),
        client_id: (player % 2 == 0).then(|| format!("c-{player}-{question}")),
        elapsed_ms: 1_500 + u64::from(player) * 100,
        time_limit_ms: 20_000,
        correct,
        points: if correct { 900 } else { 0 },
        streak_bonus: if correct && question > 0 { 100 } else { 0 },
    }
}

fn outcome(player: u32, nickname: &str, rank: u32, score: u64, correct: u32) -> PlayerOutcome {
    let nickname = nickname.into();
    PlayerOutcome {
        player,
        nickname,
        rank,
        score,
        correct,
        team: None,
    }
}

fn finished(id: &str, quiz: &Quiz, ended_at: u64) -> FinishedGame {
    FinishedGame {
        id: id.into(),
        pin: "482913".into(),
        quiz_id: quiz.id.clone(),
        quiz_title: quiz.title.clone(),
        question_count: quiz.questions.len() as u32,
        questions: quiz
            .questions
            .iter()
            .map(crate::store::PlayedQuestion::of)
            .collect(),
        created_at: ended_at - 600_000,
        started_at: Some(ended_at - 500_000),
        ended_at,
        // Ordered as read back: by rank, then player (a tie at rank 2).
        players: vec![
            outcome(2, "Ada", 1, 1900, 2),
            outcome(1, "Linus", 2, 900, 1),
            outcome(3, "Grace 🐞", 2, 900, 1),
        ],
        // Ordered by question, then player.
        answers: vec![
            answer(1, 0, 0, true),
            answer(2, 0, 0, true),
            answer(3, 0, 2, false),
            answer(1, 1, 0, false),
            answer(2, 1, 1, true),
            answer(3, 1, 1, true),
        ],
        players_removed: None,
        totals: Vec::new(),
    }
}

#[tokio::test]
async fn migrate_applies_once_and_reports_status() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&db_path(&dir)).unwrap();
    assert!(matches!(
        store.check_schema().await,
        Err(StoreError::NotMigrated)
    ));
    let pending = store.migration_status().await.unwrap();
    assert_eq!(
        pending,
        vec![
            MigrationState {
                version: 1,
                name: "initial".into(),
                applied_at: None
            },
            MigrationState {
                version: 2,
                name: "accounts".into(),
                applied_at: None
            },
            MigrationState {
                version: 3,
                name: "played questions".into(),
                applied_at: None
            },
            MigrationState {
                version: 4,
                name: "quiz revisions".into(),
                applied_at: None
            },
            MigrationState {
                version: 5,
                name: "media".into(),
                applied_at: None
            },
            MigrationState {
                version: 6,
                name: "webhooks".into(),
                applied_at: None
            },
            MigrationState {
                version: 7,
                name: "retention".into(),
                applied_at: None
            },
            MigrationState {
                version: 8,
                name: "mail".into(),
                applied_at: None
            },
            MigrationState {
                version: 9,
                name: "teams".into(),
                applied_at: None
            },
            MigrationState {
                version: 10,
                name: "assignments".into(),
                applied_at: None
            }
        ]
    );

    let before = now_secs();
    assert_eq!(
        store.migrate().await.unwrap(),
        vec![1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    );
    assert_eq!(store.migrate().await.unwrap(), Vec::<i64>::new());
    store.check_schema().await.unwrap();

    let status = store.migration_status().await.unwrap();
    assert_eq!(status.len(), 10);
    assert_eq!((status[0].version, status[0].name.as_str()), (1, "initial"));
    assert_eq!(
        (status[1].version, status[1].name.as_str()),
        (2, "accounts")
    );
    let applied_at = status[0].applied_at.expect("version 1 is applied");
    assert!(applied_at >= before && applied_at <= now_secs() + 1);
}

/// Quizzes stored before revisions existed each get one of their own, and
/// the next write goes on above them.
#[tokio::test]
async fn migration_4_gives_stored_quizzes_distinct_revisions() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_path(&dir);
    std::fs::create_dir_all(Path::new(&path).parent().unwrap()).unwrap();
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at INTEGER)",
        )
        .unwrap();
        for m in &MIGRATIONS[..3] {
            conn.execute_batch(m.sql).unwrap();
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?1, ?2, 0)",
                rusqlite::params![m.version, m.name],
            )
            .unwrap();
        }
        for id in ["a", "b", "c"] {
            conn.execute(
                "INSERT INTO quizzes (id, title, question_count, document, source, created_at, updated_at)
                 VALUES (?1, ?1, 1, '{}', 'import', 0, 0)",
                [id],
            )
            .unwrap();
        }
    }
    let store = SqliteStore::open(&path).unwrap();
    assert_eq!(store.migrate().await.unwrap(), vec![4, 5, 6, 7, 8, 9, 10]);
    let revisions: Vec<i64> = store
        .with_conn(|conn| {
            let mut stmt = conn.prepare("SELECT revision FROM quizzes ORDER BY id")?;
            let rows = stmt.query_map([], |row| row.get(0))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
        .await
        .unwrap();
    let distinct: std::collections::BTreeSet<i64> = revisions.iter().copied().collect();
    assert_eq!(distinct.len(), 3, "{revisions:?}");
    let quiz = crate::store::conformance::every_kind_quiz();
    let made = crate::store::Accounts::create_quiz(&store, &quiz, "api", None, false)
        .await
        .unwrap();
    assert!(made.revision > *distinct.last().unwrap(), "{made:?}");
}

#[tokio::test]
async fn newer_schema_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_path(&dir);
    let store = migrated(&path).await;
    store
        .with_conn(|conn| {
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)",
                [],
            )?;
            Ok(())
        })
        .await
        .unwrap();

    for result in [store.check_schema().await, store.migrate().await.map(drop)] {
        match result {
            Err(StoreError::SchemaTooNew { found, known }) => {
                assert_eq!((found, known), (999, 10))
            }
            other => panic!("expected SchemaTooNew, got {other:?}"),
        }
    }
}

#[tokio::test]
async fn missing_known_migration_is_not_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let store = migrated(&db_path(&dir)).await;
    store
        .with_conn(|conn| Ok(conn.execute("DELETE FROM schema_migrations", [])?))
        .await
        .unwrap();
    assert!(matches!(
        store.check_schema().await,
        Err(StoreError::NotMigrated)
    ));
}

#[tokio::test]
async fn quizzes_roundtrip() {
    let dir = tempfile::tempdir().unwrap();
    let store = migrated(&db_path(&dir)).await;
    assert_eq!(store.get_quiz("capitals").await.unwrap(), None);

    store.upsert_quiz(&capitals(), "import").await.unwrap();
    store.upsert_quiz(&birds(), "sample").await.unwrap();
    assert_eq!(store.get_quiz("capitals").await.unwrap(), Some(capitals()));
    assert_eq!(store.get_quiz("birds").await.unwrap(), Some(birds()));

    // Ordered by title ignoring case: "Birds" before "capitals of Europe".
    let list = store.list_quizzes().await.unwrap();
    let ids: Vec<&str> = list.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, ["birds", "capitals"]);
    let caps = &list[1];
    assert_eq!(caps.title, "capitals of Europe");
    assert_eq!(caps.description.as_deref(), Some("Ten quick ones"));
    assert_eq!(caps.question_count, 2);
    assert_eq!(caps.source, "import");
    assert_eq!(caps.last_played, None);
    assert!(caps.updated_at > 0);

    // Replacing keeps one row and the new content.
    let mut renamed = capitals();
    renamed.title = "Capitals".into();
    renamed.questions.truncate(1);
    store.upsert_quiz(&renamed, "import").await.unwrap();
    assert_eq!(store.get_quiz("capitals").await.unwrap(), Some(renamed));
    let list = store.list_quizzes().await.unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(
        (list[1].title.as_str(), list[1].question_count),
        ("Capitals", 1)
    );

    assert!(store.delete_quiz("capitals").await.unwrap());
    assert!(!store.delete_quiz("capitals").await.unwrap());
    assert_eq!(store.get_quiz("capitals").await.unwrap(), None);
    assert_eq!(store.list_quizzes().await.unwrap().len(), 1);
}

#[tokio::test]
async fn insert_if_absent_keeps_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let store = migrated(&db_path(&dir)).await;
    assert!(store
        .insert_quiz_if_absent(&capitals(), "sample")
        .await
        .unwrap());
    let mut other = capitals();
    other.title = "Something else".into();
    assert!(!store.insert_quiz_if_absent(&other, "import").await.unwrap());
    assert_eq!(store.get_quiz("capitals").await.unwrap(), Some(capitals()));
    assert_eq!(store.list_quizzes().await.unwrap()[0].source, "sample");
}

#[tokio::test]
async fn users_are_created_and_listed() {
    let dir = tempfile::tempdir().unwrap();
    let store = migrated(&db_path(&dir)).await;
    let admin = store
        .create_user("root", UserRole::Admin, "$argon2id$a")
        .await
        .unwrap();
    let host = store
        .create_user("maria", UserRole::Host, "$argon2id$b")
        .await
        .unwrap();
    assert_ne!(admin.id, host.id);
    assert_eq!(store.list_users().await.unwrap(), vec![admin, host]);

    let duplicate = store
        .create_user("root", UserRole::Host, "$argon2id$c")
        .await;
    assert!(
        matches!(duplicate, Err(StoreError::Backend(_))),
        "{duplicate:?}"
    );
    assert_eq!(store.list_users().await.unwrap().len(), 2);
}

#[tokio::test]
async fn finished_game_roundtrip_and_last_played() {
    let dir = tempfile::tempdir().unwrap();
    let store = migrated(&db_path(&dir)).await;
    store.upsert_quiz(&capitals(), "import").await.unwrap();
    assert_eq!(store.finished_game("g1").await.unwrap(), None);

    let game = finished("g1", &capitals(), 1_700_000_000_000);
    store
        .save_finished_game(Arc::new(game.clone()))
        .await
        .unwrap();
    assert_eq!(store.finished_game("g1").await.unwrap(), Some(game.clone()));

    // Saving again replaces rather than duplicating.
    let mut again = game.clone();
    again.answers.truncate(2);
    store
        .save_finished_game(Arc::new(again.clone()))
        .await
        .unwrap();
    assert_eq!(store.finished_game("g1").await.unwrap(), Some(again));

    let later = finished("g2", &capitals(), 1_700_000_900_000);
    store
        .save_finished_game(Arc::new(later.clone()))
        .await
        .unwrap();
    let list = store.list_quizzes().await.unwrap();
    assert_eq!(list[0].last_played, Some(1_700_000_900_000));

    // Reports outlive their quiz.
    store.delete_quiz("capitals").await.unwrap();
    assert_eq!(store.finished_game("g2").await.unwrap(), Some(later));
}

#[tokio::test]
async fn reopening_keeps_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_path(&dir);
    let game = finished("g1", &birds(), 1_700_000_000_000);
    {
        let store = migrated(&path).await;
        store.upsert_quiz(&birds(), "sample").await.unwrap();
        store
            .create_user("root", UserRole::Admin, "hash")
            .await
            .unwrap();
        store
            .save_finished_game(Arc::new(game.clone()))
            .await
            .unwrap();
    }
    let store = SqliteStore::open(&path).unwrap();
    store.check_schema().await.unwrap();
    assert_eq!(store.migrate().await.unwrap(), Vec::<i64>::new());
    assert_eq!(store.get_quiz("birds").await.unwrap(), Some(birds()));
    assert_eq!(store.list_users().await.unwrap()[0].username, "root");
    assert_eq!(store.finished_game("g1").await.unwrap(), Some(game));
}

#[tokio::test]
async fn corrupt_quiz_document_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let store = migrated(&db_path(&dir)).await;
    store.upsert_quiz(&birds(), "sample").await.unwrap();
    store
        .with_conn(|conn| {
            Ok(conn.execute(
                "UPDATE quizzes SET document = '{not json' WHERE id = 'birds'",
                [],
            )?)
        })
        .await
        .unwrap();
    assert!(matches!(
        store.get_quiz("birds").await,
        Err(StoreError::Corrupt(_))
    ));
}

#[tokio::test]
async fn import_creates_then_updates_without_duplicating() {
    let dir = tempfile::tempdir().unwrap();
    let store = migrated(&db_path(&dir)).await;
    let counts = store
        .import_quizzes(&[capitals(), birds()], "import")
        .await
        .unwrap();
    assert_eq!(
        counts,
        ImportCounts {
            created: 2,
            updated: 0,
            questions: 3,
            replaced: vec![false, false],
        }
    );
    let mut changed = birds();
    changed.title = "Birds, revised".into();
    changed
        .questions
        .push(question("Do owls hoot?", &["Yes", "No"], 0));
    let counts = store
        .import_quizzes(&[changed.clone()], "import")
        .await
        .unwrap();
    assert_eq!(
        (counts.created, counts.updated, counts.questions),
        (0, 1, 2)
    );
    assert_eq!(counts.replaced, vec![true]);
    let list = store.list_quizzes().await.unwrap();
    assert_eq!(list.len(), 2);
    let birds_row = list.iter().find(|q| q.id == "birds").unwrap();
    assert_eq!(
        (
            birds_row.title.as_str(),
            birds_row.question_count,
            birds_row.source.as_str()
        ),
        ("Birds, revised", 2, "import")
    );
    assert_eq!(store.get_quiz("birds").await.unwrap(), Some(changed));
}

#[tokio::test]
async fn a_failure_mid_import_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = migrated(&db_path(&dir)).await;
    store.upsert_quiz(&birds(), "sample").await.unwrap();
    // A trigger makes the third row fail after two have been written.
    store
        .conn
        .lock()
        .unwrap()
        .execute_batch(
            "CREATE TRIGGER refuse_boom BEFORE INSERT ON quizzes WHEN NEW.id = 'boom'
             BEGIN SELECT RAISE(ABORT, 'boom refused'); END;",
        )
        .unwrap();
    let mut changed_birds = birds();
    changed_birds.title = "Changed".into();
    let boom = Quiz {
        rounds: Vec::new(),
        id: "boom".into(),
        ..birds()
    };
    let err = store
        .import_quizzes(&[capitals(), changed_birds, boom], "import")
        .await
        .unwrap_err();
    assert!(err.to_string().contains("boom refused"), "{err}");
    let list = store.list_quizzes().await.unwrap();
    assert_eq!(list.len(), 1, "{list:?}");
    assert_eq!(
        (list[0].id.as_str(), list[0].title.as_str()),
        ("birds", "Birds")
    );
}
