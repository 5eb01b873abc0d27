//! Live games cost memory and disk (each game's answer log is grown 4 MiB at
//! a time): how many one account and the whole server may run, how long a
//! game idle in its lobby or finished at its podium stays, and what a start
//! does with games abandoned long ago. Bounded: at most 100 creations, one
//! or two questions per game, every wait capped.

mod common;

use std::time::{Duration, SystemTime};

use common::*;
use quizbox::protocol::close;
use serde_json::{json, Value};

/// A server whose `[limits]` table holds `limits`.
async fn start_with_limits(limits: &str) -> TestServer {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("quizbox.toml"),
        format!("[limits]\n{limits}\n"),
    )
    .unwrap();
    TestServer::start_in(dir).await
}

fn game_dir(server: &TestServer, game: &str) -> std::path::PathBuf {
    server.dir.path().join("live").join("games").join(game)
}

/// How many games have files in the live store.
fn games_on_disk(server: &TestServer) -> usize {
    std::fs::read_dir(server.dir.path().join("live").join("games"))
        .map_or(0, |dir| dir.filter(|e| e.is_ok()).count())
}

/// Waits (at most 30 s) until `done` holds.
async fn eventually(what: &str, mut done: impl FnMut() -> bool) {
    for _ in 0..600 {
        if done() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("not within 30 s: {what}");
}

async fn create(server: &TestServer) -> (u16, Value) {
    server
        .post_json(
            "/api/games",
            &json!({"quiz_id": "world-capitals", "intro_secs": 0}),
        )
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_token_creating_a_hundred_games_at_once_gets_ten() {
    let server = TestServer::start().await;
    let tries = (0..100).map(|_| create(&server));
    let answers = futures_util::future::join_all(tries).await;
    let created = answers.iter().filter(|(status, _)| *status == 201).count();
    let refused: Vec<&Value> = answers
        .iter()
        .filter(|(status, _)| *status == 429)
        .map(|(_, body)| body)
        .collect();
    assert_eq!(created, 10, "the default per-account limit");
    assert_eq!(refused.len(), 90, "every other one is refused with 429");
    let error = refused[0]["error"].as_str().unwrap();
    assert!(
        error.contains("10 live games") && error.contains("games_per_account"),
        "{error}"
    );
    // Only the ten created games have files.
    eventually("ten games on disk", || games_on_disk(&server) == 10).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(games_on_disk(&server), 10);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_wide_limit_frees_a_place_when_a_game_ends() {
    let server = start_with_limits("live_games = 3").await;
    let mut games = Vec::new();
    for _ in 0..3 {
        let (status, body) = create(&server).await;
        assert_eq!(status, 201, "{body}");
        games.push(body);
    }
    let (status, body) = create(&server).await;
    assert_eq!(status, 429, "{body}");
    let error = body["error"].as_str().unwrap();
    assert!(
        error.contains("3 live games") && error.contains("live_games"),
        "{error}"
    );
    // The host ends one game (podium, then closed): its place is free.
    let (pin, key) = (
        games[0]["pin"].as_str().unwrap(),
        games[0]["host_key"].as_str().unwrap(),
    );
    let mut host = host(&server, pin, key).await;
    host.send(json!({"type": "end"})).await;
    host.until("phase", Some("podium")).await;
    host.send(json!({"type": "end"})).await;
    assert_eq!(host.until_closed().await, close::GAME_OVER);
    let mut status = 0;
    for _ in 0..100 {
        status = create(&server).await.0;
        if status == 201 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(status, 201, "a place was freed");
    assert_eq!(create(&server).await.0, 429, "and only one");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lobby_left_idle_closes_and_its_files_go() {
    // Long enough for the host and a player to come in first on a busy
    // machine: each of them is activity and starts the wait again.
    let server = start_with_limits("lobby_idle_secs = 4").await;
    let (game, pin, key) = server.create_game("world-capitals", 0).await;
    let mut host = host(&server, &pin, &key).await;
    let mut ann = join(&server, &pin, "Ann").await;
    assert!(game_dir(&server, &game).is_dir());
    // Nobody does anything: the game closes by itself.
    assert_eq!(host.until_closed().await, close::GAME_OVER);
    assert_eq!(ann.until_closed().await, close::GAME_OVER);
    eventually("the lobby's files removed", || {
        !game_dir(&server, &game).exists()
    })
    .await;
    let mut late = hello(
        &server,
        json!({"type": "join", "v": 1, "pin": pin, "nickname": "Late"}),
    )
    .await;
    assert_eq!(late.until_closed().await, close::UNKNOWN_GAME);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_podium_left_open_closes_and_its_results_stay() {
    let server = start_with_limits("podium_secs = 1").await;
    let (game, pin, key) = server.create_game("world-capitals", 0).await;
    let mut host = host(&server, &pin, &key).await;
    let mut ann = join(&server, &pin, "Ann").await;
    host.send(json!({"type": "start"})).await;
    ann.until("phase", Some("answering")).await;
    ann.send(json!({"type": "answer", "question": 0, "answer": 1, "id": "ann-0"}))
        .await;
    ann.until("answer_ack", None).await;
    host.send(json!({"type": "end"})).await;
    host.until("phase", Some("podium")).await;
    // The host walks away from the podium.
    assert_eq!(host.until_closed().await, close::GAME_OVER);
    eventually("the podium's files removed", || {
        !game_dir(&server, &game).exists()
    })
    .await;
    let results = server.get_json(&format!("/api/games/{game}/results")).await;
    assert_eq!(results["status"], "finished");
    assert_eq!(results["players"][0]["nickname"], "Ann");
    assert_eq!(results["answers"].as_array().unwrap().len(), 1);
    server.stop().await;
}

/// Dates every file of a game back by `age`, as if nothing had touched it
/// since.
fn age_files(dir: &std::path::Path, age: Duration) {
    let then = SystemTime::now() - age;
    for entry in std::fs::read_dir(dir).unwrap() {
        let file = std::fs::File::options()
            .write(true)
            .open(entry.unwrap().path())
            .unwrap();
        file.set_modified(then).unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn games_abandoned_long_ago_are_not_restored() {
    let server = TestServer::start().await;
    // A lobby nobody touched for three hours (the lobby limit is two).
    let (old_lobby, old_lobby_pin, _) = server.create_game("world-capitals", 0).await;
    // A game stopped in its first question two days ago (the limit is one).
    let (old_play, old_play_pin, key) = server.create_game("world-capitals", 0).await;
    let mut host_ws = host(&server, &old_play_pin, &key).await;
    let mut bo = join(&server, &old_play_pin, "Bo").await;
    host_ws.send(json!({"type": "start"})).await;
    bo.until("phase", Some("answering")).await;
    bo.send(json!({"type": "answer", "question": 0, "answer": 1, "id": "bo-0"}))
        .await;
    bo.until("answer_ack", None).await;
    // A lobby that was in use a minute ago.
    let (fresh, fresh_pin, _) = server.create_game("world-capitals", 0).await;
    eventually("three games on disk", || games_on_disk(&server) == 3).await;
    let mut server = server;
    let dir = std::mem::replace(&mut server.dir, tempfile::tempdir().unwrap());
    server.stop().await;
    let live = dir.path().join("live").join("games");
    age_files(&live.join(&old_lobby), Duration::from_secs(3 * 3600));
    age_files(&live.join(&old_play), Duration::from_secs(2 * 86_400));
    age_files(&live.join(&fresh), Duration::from_secs(60));
    let server = TestServer::start_in(dir).await;
    // The recent lobby is back; the old one is gone, files and all.
    join(&server, &fresh_pin, "Cy").await;
    let mut late = hello(
        &server,
        json!({"type": "join", "v": 1, "pin": old_lobby_pin, "nickname": "Late"}),
    )
    .await;
    assert_eq!(late.until_closed().await, close::UNKNOWN_GAME);
    assert!(!game_dir(&server, &old_lobby).exists());
    // The abandoned game was finished: its answer is in the results, and
    // its live files are gone.
    eventually("the abandoned game's files removed", || {
        !game_dir(&server, &old_play).exists()
    })
    .await;
    let results = server
        .get_json(&format!("/api/games/{old_play}/results"))
        .await;
    assert_eq!(results["status"], "finished", "{results}");
    assert_eq!(results["answers"].as_array().unwrap().len(), 1);
    assert_eq!(results["players"][0]["nickname"], "Bo");
    server.stop().await;
}
