//! A created game is on disk before `POST /api/games` answers 201: a
//! SIGKILL right after the answer loses nothing, and a create the live
//! store cannot write answers 503 and leaves no game behind.

mod common;

use common::process::{attach, Server};
use common::sim;
use serde_json::{json, Value};

/// `POST /api/games` for quiz "kept": status and body.
async fn try_create(server: &Server) -> (u16, Value) {
    let token = common::admin_token(&server.dir);
    let body = json!({"quiz_id": "kept", "intro_secs": 0}).to_string();
    let (status, body) = common::http_as(&token, server.addr, "POST", "/api/games", Some(&body))
        .await
        .unwrap();
    (status, serde_json::from_str(&body).unwrap_or(Value::Null))
}

/// `GET /api/games/ID/results`'s status (200 while the game is live).
async fn results_status(server: &Server, game_id: &str) -> u16 {
    let token = common::admin_token(&server.dir);
    let path = format!("/api/games/{game_id}/results");
    common::http_as(&token, server.addr, "GET", &path, None)
        .await
        .unwrap()
        .0
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_game_killed_right_after_its_201_comes_back_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    sim::seed(dir.path(), &sim::quiz("kept", 2, 0)).await;
    let mut server = Server::new(dir.path());
    let mut created = Vec::new();
    for _ in 0..5 {
        server.spawn();
        server.wait_ready().await;
        let (status, body) = try_create(&server).await;
        assert_eq!(status, 201, "{body}");
        server.kill();
        created.push(body);
    }
    server.spawn();
    server.wait_ready().await;
    for body in &created {
        let game_id = body["game_id"].as_str().unwrap();
        assert_eq!(
            results_status(&server, game_id).await,
            200,
            "game {game_id} acknowledged with 201 was lost"
        );
        let pin = body["pin"].as_str().unwrap();
        let key = body["host_key"].as_str().unwrap();
        let (_, welcome) = attach(
            server.addr,
            json!({"type": "host", "v": 1, "pin": pin, "key": key}),
        )
        .await;
        assert_eq!(welcome["game_id"], game_id);
        assert_eq!(welcome["state"]["phase"], "lobby");
    }
    server.kill();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_game_the_live_store_cannot_write_is_refused_with_503_and_not_kept() {
    let dir = tempfile::tempdir().unwrap();
    sim::seed(dir.path(), &sim::quiz("kept", 2, 0)).await;
    let mut server = Server::new(dir.path());
    // The first two snapshot writes fail, as on a full disk.
    server.spawn_with_fault("fail:snapshot:1-2");
    server.wait_ready().await;
    let (status, body) = try_create(&server).await;
    assert_eq!(status, 503, "{body}");
    let error = body["error"].as_str().unwrap();
    assert!(error.contains("cannot save"), "{error}");
    // Nothing of it is left: no game files, no game counted.
    let live = dir.path().join("live");
    let games: Vec<String> = std::fs::read_dir(&live)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.len() == 16 && name.chars().all(|c| c.is_ascii_hexdigit()))
        .collect();
    assert_eq!(games, Vec::<String>::new());
    // Once the disk takes writes again a game is made as usual.
    let mut made = None;
    for _ in 0..3 {
        let (status, body) = try_create(&server).await;
        if status == 201 {
            made = Some(body);
            break;
        }
        assert_eq!(status, 503, "{body}");
    }
    let body = made.expect("a game once snapshots are written again");
    let game_id = body["game_id"].as_str().unwrap();
    assert_eq!(results_status(&server, game_id).await, 200);
    assert_eq!(server.readyz().await, 200);
    server.kill();
}
