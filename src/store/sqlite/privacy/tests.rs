//! What retention and an erasure remove leaves the SQLite file: counted
//! with SQL, and searched for in the bytes of the database and its
//! write-ahead log after a checkpoint. What the store reads back after
//! them is the conformance suite's (`store::conformance::privacy`).

use super::*;
use crate::store::conformance::{account_with_everything, three_ages, DAY, NOW};
use crate::store::Store;

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

#[tokio::test]
async fn removed_players_and_games_leave_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let (store, path) = store_in(&dir).await;
    three_ages(&store).await;
    assert!(store.checkpoint().await.unwrap());
    assert!(on_disk(&path, "Ann-old") && on_disk(&path, "Bob-middle"));

    assert_eq!(
        store
            .remove_player_data(NOW - 30 * DAY, NOW, 10)
            .await
            .unwrap(),
        2
    );
    assert_eq!(store.remove_games(NOW - 60 * DAY, 10).await.unwrap(), 1);
    for (sql, left) in [
        ("SELECT COUNT(*) FROM games", 2),
        (
            "SELECT COUNT(*) FROM game_players WHERE game_id <> 'recent'",
            0,
        ),
        (
            "SELECT COUNT(*) FROM game_answers WHERE game_id <> 'recent'",
            0,
        ),
        ("SELECT COUNT(*) FROM game_players", 3),
        (
            "SELECT COUNT(*) FROM game_question_totals WHERE game_id = 'old'",
            0,
        ),
        (
            "SELECT COUNT(*) FROM game_question_totals WHERE game_id = 'middle'",
            4,
        ),
    ] {
        assert_eq!(count(&store, sql).await, left, "{sql}");
    }
    assert!(store.checkpoint().await.unwrap());
    for gone in ["Ann-old", "Bob-old", "Ann-middle", "Zoë 🚀-middle"] {
        assert!(!on_disk(&path, gone), "{gone} is still in the file");
    }
    assert!(
        on_disk(&path, "Ann-recent"),
        "the byte search finds what stays"
    );
}

#[tokio::test]
async fn an_erased_account_leaves_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let (store, path) = store_in(&dir).await;
    account_with_everything(&store).await;
    assert!(store.checkpoint().await.unwrap());
    for there in ["secret-hash", "anns-quiz", "anns-game", "anns-live"] {
        assert!(on_disk(&path, there), "{there}");
    }
    store.erase_account("ann").await.unwrap();
    for sql in [
        "SELECT COUNT(*) FROM users WHERE username = 'ann'",
        "SELECT COUNT(*) FROM tokens",
        "SELECT COUNT(*) FROM game_hosts",
        "SELECT COUNT(*) FROM quizzes WHERE id = 'anns-quiz'",
        "SELECT COUNT(*) FROM game_players WHERE game_id = 'anns-game'",
        "SELECT COUNT(*) FROM game_answers WHERE game_id = 'anns-game'",
    ] {
        assert_eq!(count(&store, sql).await, 0, "{sql}");
    }
    assert!(store.checkpoint().await.unwrap());
    for gone in ["secret-hash", "anns-quiz", "anns-game", "anns-live"] {
        assert!(!on_disk(&path, gone), "{gone} is still in the file");
    }
    assert!(on_disk(&path, "Ann-other"), "others' games stay");
}

/// Two games of 15,000 answers each are over one transaction's share: each
/// batch takes one, however many games it may take.
#[tokio::test]
async fn a_batch_stops_at_its_share_of_answers() {
    use std::sync::Arc;
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = store_in(&dir).await;
    let quiz = crate::store::conformance::every_kind_quiz();
    let base = crate::store::conformance::finished_game("x", &quiz, NOW - 100 * DAY);
    for id in ["big-1", "big-2"] {
        let mut game = base.clone();
        game.id = id.into();
        game.answers = (0..1_500u32)
            .flat_map(|p| (0..10usize).map(move |q| (p, q)))
            .map(|(player, question)| crate::game::AnswerRecord {
                player,
                question,
                ..base.answers[0].clone()
            })
            .collect();
        store.save_finished_game(Arc::new(game)).await.unwrap();
    }
    const { assert!(2 * 15_000 > ANSWERS_PER_BATCH && 15_000 <= ANSWERS_PER_BATCH) };
    assert_eq!(store.remove_player_data(NOW, NOW, 10).await.unwrap(), 1);
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM game_answers").await,
        15_000
    );
    assert_eq!(store.remove_player_data(NOW, NOW, 10).await.unwrap(), 1);
    assert_eq!(store.remove_player_data(NOW, NOW, 10).await.unwrap(), 0);
    assert_eq!(count(&store, "SELECT COUNT(*) FROM game_answers").await, 0);
}
