//! Retention purges, an account's export and erasure, against a real
//! SQLite file: each checked by reading back through the store, by SQL
//! counts, and by the bytes of the database file after a checkpoint.

use std::sync::Arc;

use super::*;
use crate::store::conformance::{every_kind_quiz, finished_game};
use crate::store::{Accounts, NewToken, Scope, Store, TokenKind};

const DAY: u64 = 86_400_000;
const NOW: u64 = 1_800_000_000_000;

async fn store_in(dir: &tempfile::TempDir) -> (SqliteStore, std::path::PathBuf) {
    let path = dir.path().join("quizbox.db");
    let store = SqliteStore::open(path.to_str().unwrap()).unwrap();
    store.migrate().await.unwrap();
    (store, path)
}

async fn count(store: &SqliteStore, sql: &'static str) -> i64 {
    store
        .with_conn(move |conn| Ok(conn.query_row(sql, [], |row| row.get(0))?))
        .await
        .unwrap()
}

/// Whether `needle` is anywhere in the database file or its log.
fn on_disk(db: &std::path::Path, needle: &str) -> bool {
    ["", "-wal"].iter().any(|suffix| {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        std::fs::read(&name)
            .is_ok_and(|bytes| bytes.windows(needle.len()).any(|w| w == needle.as_bytes()))
    })
}

fn with_nicknames(mut game: FinishedGame, tag: &str) -> FinishedGame {
    for p in &mut game.players {
        p.nickname = format!("{}-{tag}", p.nickname);
    }
    game
}

#[tokio::test]
async fn answers_then_games_are_removed_by_age_and_leave_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let (store, path) = store_in(&dir).await;
    let quiz = every_kind_quiz();
    for (id, age) in [("old", 100), ("middle", 40), ("recent", 1)] {
        let game = with_nicknames(finished_game(id, &quiz, NOW - age * DAY), id);
        store.save_finished_game(Arc::new(game)).await.unwrap();
        store.record_game_host(id, 1).await.ok();
    }
    assert!(
        on_disk(&path, "Ann-old") || {
            store.checkpoint().await.unwrap();
            on_disk(&path, "Ann-old")
        }
    );

    // Answers older than 30 days, one game per batch, oldest first.
    let cutoff = NOW - 30 * DAY;
    assert_eq!(store.remove_player_data(cutoff, NOW, 1).await.unwrap(), 1);
    let old = store.finished_game("old").await.unwrap().unwrap();
    assert!(old.players.is_empty() && old.answers.is_empty(), "{old:?}");
    let middle = store.finished_game("middle").await.unwrap().unwrap();
    assert_eq!(middle.players.len(), 3, "the next batch's");
    assert_eq!(store.remove_player_data(cutoff, NOW, 1).await.unwrap(), 1);
    assert_eq!(store.remove_player_data(cutoff, NOW, 1).await.unwrap(), 0);

    let old = store.finished_game("old").await.unwrap().unwrap();
    assert_eq!(
        old.players_removed,
        Some(PlayersRemoved {
            at: NOW,
            players: 3
        })
    );
    // Players 1 and 3 right (950 - 10 × player), a streak bonus of 100
    // each from the third question on; player 2 wrong throughout.
    let totals: Vec<(u32, u32, u32, u64)> = old
        .totals
        .iter()
        .map(|t| (t.question, t.answers, t.correct, t.points))
        .collect();
    assert_eq!(
        totals,
        [
            (0, 3, 2, 1860),
            (1, 3, 2, 1860),
            (2, 3, 2, 2060),
            (3, 3, 2, 2060)
        ]
    );
    assert_eq!(
        old.questions.len(),
        quiz.questions.len(),
        "the questions stay"
    );
    assert_eq!(old.quiz_title, quiz.title);
    let recent = store.finished_game("recent").await.unwrap().unwrap();
    assert_eq!(
        recent,
        with_nicknames(finished_game("recent", &quiz, NOW - DAY), "recent")
    );

    // Games older than 60 days, whole.
    assert_eq!(store.remove_games(NOW - 60 * DAY, 10).await.unwrap(), 1);
    assert_eq!(store.finished_game("old").await.unwrap(), None);
    assert!(store.finished_game("middle").await.unwrap().is_some());
    assert_eq!(store.game_host("old").await.unwrap(), None);
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM game_question_totals WHERE game_id = 'old'"
        )
        .await,
        0
    );
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM game_players WHERE game_id <> 'recent'"
        )
        .await,
        0
    );
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM game_answers WHERE game_id <> 'recent'"
        )
        .await,
        0
    );

    assert!(store.checkpoint().await.unwrap());
    for gone in ["Ann-old", "Bob-middle", "Zoë 🚀-middle"] {
        assert!(!on_disk(&path, gone), "{gone} is still in the file");
    }
    assert!(
        on_disk(&path, "Ann-recent"),
        "the byte search finds what stays"
    );
}

#[tokio::test]
async fn a_game_saved_again_keeps_what_retention_left() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = store_in(&dir).await;
    let mut game = finished_game("g", &every_kind_quiz(), NOW);
    game.players.clear();
    game.answers.clear();
    game.players_removed = Some(PlayersRemoved {
        at: NOW + 5,
        players: 12,
    });
    game.totals = vec![QuestionTotal {
        question: 1,
        answers: 12,
        correct: 7,
        points: 6_300,
    }];
    store
        .save_finished_game(Arc::new(game.clone()))
        .await
        .unwrap();
    assert_eq!(store.finished_game("g").await.unwrap(), Some(game));
}

async fn account_with_everything(store: &SqliteStore) -> (i64, FinishedGame) {
    let ann = store
        .create_user("ann", UserRole::Host, "$argon2id$secret-hash")
        .await
        .unwrap();
    store
        .create_user("root", UserRole::Admin, "$argon2id$root")
        .await
        .unwrap();
    store
        .create_token(&NewToken {
            user_id: ann.id,
            kind: TokenKind::Api,
            name: "ci".into(),
            hash: "ab".repeat(32),
            scopes: vec![Scope::Import, Scope::Host],
            expires_at: Some(NOW as i64),
        })
        .await
        .unwrap();
    let mut quiz = every_kind_quiz();
    quiz.id = "anns-quiz".into();
    store
        .create_quiz(&quiz, "api", Some(ann.id), false)
        .await
        .unwrap();
    let game = finished_game("anns-game", &quiz, NOW);
    store
        .save_finished_game(Arc::new(game.clone()))
        .await
        .unwrap();
    store.record_game_host("anns-game", ann.id).await.unwrap();
    store.record_game_host("anns-live", ann.id).await.unwrap();
    // Someone else's game, of a shared quiz, stays.
    let other = finished_game("other", &every_kind_quiz(), NOW);
    let other = with_nicknames(other, "other");
    store.save_finished_game(Arc::new(other)).await.unwrap();
    (ann.id, game)
}

#[tokio::test]
async fn an_account_exports_everything_but_its_secrets() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = store_in(&dir).await;
    let (ann, game) = account_with_everything(&store).await;
    let export = store.export_account("ann").await.unwrap().unwrap();
    assert_eq!(export["account"]["id"], ann);
    assert_eq!(export["account"]["username"], "ann");
    assert_eq!(export["account"]["role"], "host");
    assert!(export["account"]["created_at"].as_i64().unwrap() > 0);
    let text = export.to_string();
    assert!(
        !text.contains("argon2") && !text.contains(&"ab".repeat(32)),
        "{text}"
    );
    let token = &export["tokens"][0];
    assert_eq!(token["name"], "ci");
    assert_eq!(token["kind"], "api");
    assert_eq!(token["scopes"], serde_json::json!(["import", "host"]));
    assert_eq!(token["expires_at"], NOW);
    assert_eq!(export["tokens"].as_array().unwrap().len(), 1);
    let quizzes = export["quizzes"].as_array().unwrap();
    assert_eq!(quizzes.len(), 1);
    assert_eq!(quizzes[0]["id"], "anns-quiz");
    assert_eq!(quizzes[0]["source"], "api");
    let mut quiz = every_kind_quiz();
    quiz.id = "anns-quiz".into();
    assert_eq!(
        serde_json::from_value::<crate::quiz::Quiz>(quizzes[0]["quiz"].clone()).unwrap(),
        quiz
    );
    // The game reads back as the store's own record of it, field by field.
    let games = export["games"].as_array().unwrap();
    assert_eq!(games.len(), 1);
    let exported: FinishedGame = serde_json::from_value(games[0].clone()).unwrap();
    assert_eq!(exported, game);
    let created: Vec<&str> = export["games_created"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["game_id"].as_str().unwrap())
        .collect();
    assert_eq!(created, ["anns-game", "anns-live"]);
    assert_eq!(store.export_account("nobody").await.unwrap(), None);
}

#[tokio::test]
async fn an_erased_account_leaves_nothing_of_itself() {
    let dir = tempfile::tempdir().unwrap();
    let (store, path) = store_in(&dir).await;
    account_with_everything(&store).await;
    store.checkpoint().await.unwrap();
    assert!(on_disk(&path, "secret-hash"));
    let erased = store.erase_account("ann").await.unwrap();
    let erased: Vec<(&str, usize)> = erased.iter().map(|(k, n)| (k.as_str(), *n)).collect();
    assert_eq!(
        erased,
        [
            ("answers", 12),
            ("players", 3),
            ("question_totals", 0),
            ("games", 1),
            ("games_created", 2),
            ("quizzes", 1),
            ("tokens", 1),
            ("account", 1)
        ]
    );
    assert!(store.user_by_name("ann").await.unwrap().is_none());
    assert_eq!(store.finished_game("anns-game").await.unwrap(), None);
    assert!(store.finished_game("other").await.unwrap().is_some());
    assert_eq!(store.get_quiz("anns-quiz").await.unwrap(), None);
    assert_eq!(count(&store, "SELECT COUNT(*) FROM tokens").await, 0);
    assert_eq!(count(&store, "SELECT COUNT(*) FROM game_hosts").await, 0);
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM game_players WHERE game_id = 'anns-game'"
        )
        .await,
        0
    );
    assert!(store.checkpoint().await.unwrap());
    assert!(!on_disk(&path, "secret-hash"));
    assert!(!on_disk(&path, "anns-quiz"));
    assert!(!on_disk(&path, "anns-game"));
    assert!(on_disk(&path, "Ann-other"));

    // The last admin stays, as with a plain delete.
    let err = store.erase_account("root").await.unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err}");
    let err = store.erase_account("ann").await.unwrap_err();
    assert!(matches!(err, StoreError::NotFound(_)), "{err}");
}
