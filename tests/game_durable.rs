//! A created game is on disk before `POST /api/games` answers 201: a
//! SIGKILL right after the answer loses nothing, and a create the live
//! store cannot write answers 503 and leaves no game behind. A player who
//! joined late survives a SIGKILL too.

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

/// A player who joined during question 1 is in the live log only (no
/// phase changed since); a SIGKILL and a restart bring her back with her
/// token, still waiting for question 2, which she then plays.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_late_joiner_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    sim::seed(dir.path(), &sim::quiz("kept", 3, 0)).await;
    let mut server = Server::new(dir.path());
    server.spawn();
    server.wait_ready().await;
    let (game_id, pin, key) = common::process::create(&server, "kept").await;
    let host_hello = json!({"type": "host", "v": 1, "pin": pin, "key": key});
    let (mut host, _) = attach(server.addr, host_hello.clone()).await;
    let (mut ann, welcome) = attach(
        server.addr,
        json!({"type": "join", "v": 1, "pin": pin, "nickname": "Ann"}),
    )
    .await;
    let ann_token = welcome["token"].as_str().unwrap().to_string();
    host.until("player_joined", None).await;
    host.send(json!({"type": "start"})).await;
    ann.until("phase", Some("answering")).await;
    let (_dee, welcome) = attach(
        server.addr,
        json!({"type": "join", "v": 1, "pin": pin, "nickname": "Dee"}),
    )
    .await;
    assert_eq!(welcome["plays_from"], 1, "{welcome}");
    let dee_token = welcome["token"].as_str().unwrap().to_string();
    // The join is acknowledged to the host once it is in the log.
    host.until("player_joined", None).await;
    server.kill();

    server.spawn();
    server.wait_ready().await;
    let (mut host, welcome) = attach(server.addr, host_hello).await;
    let names: Vec<&str> = welcome["players"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["nickname"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Ann", "Dee"]);
    let resume = |token: &str| json!({"type": "resume", "v": 1, "pin": pin, "token": token});
    let (mut dee, welcome) = attach(server.addr, resume(&dee_token)).await;
    assert_eq!(
        (
            &welcome["plays_from"],
            &welcome["score"],
            &welcome["state"]["index"]
        ),
        (&json!(1), &json!(0), &json!(0)),
        "{welcome}"
    );
    let (mut ann, _) = attach(server.addr, resume(&ann_token)).await;
    // The countdown was paused by the restart; Dee still may not answer.
    host.send(json!({"type": "continue"})).await;
    dee.send(json!({"type": "answer", "question": 0, "answer": 0, "id": "d0"}))
        .await;
    assert_eq!(dee.until("error", None).await["code"], "wrong_question");
    ann.send(json!({"type": "answer", "question": 0, "answer": 0, "id": "a0"}))
        .await;
    ann.until("answer_ack", None).await;
    // Ann was the only one playing question 1: it closes at once.
    host.until("phase", Some("reveal")).await;
    host.send(json!({"type": "next"})).await;
    host.send(json!({"type": "next"})).await;
    dee.until("phase", Some("answering")).await;
    for (c, id) in [(&mut dee, "d1"), (&mut ann, "a1")] {
        c.send(json!({"type": "answer", "question": 1, "answer": 1, "id": id}))
            .await;
        c.until("answer_ack", None).await;
    }
    host.until("phase", Some("reveal")).await;
    host.send(json!({"type": "end"})).await;
    host.until("phase", Some("podium")).await;
    let results = common::process::results(&server, &game_id).await;
    let players: Vec<(String, u64)> = results["players"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["nickname"].as_str().unwrap().to_string(),
                p["rank"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(players, [("Ann".to_string(), 1), ("Dee".to_string(), 2)]);
    let dees: Vec<u64> = results["answers"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["player"] == 1)
        .map(|a| a["question"].as_u64().unwrap())
        .collect();
    assert_eq!(dees, [1], "{results}");
    server.kill();
}
