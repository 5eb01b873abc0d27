//! Results that the database cannot take are not lost: a game whose
//! results fail to save at the podium keeps its live files, tells host and
//! screen why, makes `/readyz` answer 503 and retries until they are saved,
//! also after the host ends it and after a SIGKILL and a restart. The
//! database sits on a small tmpfs the test mounts and fills (needs root:
//! skipped with a notice elsewhere, a failure under CI=true); the live
//! store is on the ordinary disk.

mod common;

use std::net::SocketAddr;
use std::path::Path;
use std::time::{Duration, Instant};

use common::process::{answer, attach, Server};
use common::sim::{self, Acked};
use common::tmpfs::Tmpfs;
use common::Client;
use serde_json::{json, Value};

/// Mounts the database's tmpfs under `dir` and writes the quiz into a
/// database there; returns the mount and the `QUIZBOX_DATABASE` URL.
async fn database_on_tmpfs(dir: &Path) -> Option<(Tmpfs, String)> {
    let tmpfs = Tmpfs::mount_or_skip(&dir.join("db"), "2m")?;
    let url = format!("sqlite://{}", dir.join("db/quizbox.db").display());
    let store = quizbox::store::open(&url).await.unwrap();
    store.migrate().await.unwrap();
    store
        .upsert_quiz(&sim::quiz("podium", 2, 0), "test")
        .await
        .unwrap();
    Some((tmpfs, url))
}

/// Creates a game; returns (id, pin, key).
async fn create(server: &Server) -> (String, String, String) {
    common::process::create(server, "podium").await
}

/// `GET /api/games/ID/results`: status and body.
async fn results(server: &Server, game_id: &str) -> (u16, Value) {
    let token = common::admin_token(&server.dir);
    let path = format!("/api/games/{game_id}/results");
    let (status, body) = common::http_as(&token, server.addr, "GET", &path, None)
        .await
        .unwrap();
    (status, serde_json::from_str(&body).unwrap_or(Value::Null))
}

/// Waits until the game's results are stored (status "finished").
async fn stored_results(server: &Server, game_id: &str) -> Value {
    let started = Instant::now();
    loop {
        let (status, body) = results(server, game_id).await;
        if status == 200 && body["status"] == "finished" {
            return body;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "results never stored: {status} {body}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Reads to the next `storage` message; returns its problem (None: saving works).
async fn storage(c: &mut Client) -> Option<String> {
    let msg = c.until("storage", None).await;
    msg["problem"].as_str().map(str::to_string)
}

async fn host_to(host: &mut Client, phase: &str) {
    host.send(json!({"type": "next"})).await;
    host.until("phase", Some(phase)).await;
}

/// A game of two players and two questions played up to its last
/// leaderboard, every answer acknowledged.
struct Played {
    game_id: String,
    host: Client,
    screen: Client,
    ids: Vec<u64>,
    acked: Acked,
}

async fn play_to_last_leaderboard(server: &Server) -> Played {
    let addr: SocketAddr = server.addr;
    let (game_id, pin, key) = create(server).await;
    let (mut host, _) = attach(
        addr,
        json!({"type": "host", "v": 1, "pin": pin, "key": key}),
    )
    .await;
    let (screen, _) = attach(addr, json!({"type": "watch", "v": 1, "pin": pin})).await;
    let mut players = Vec::new();
    for name in ["Ann", "Bob"] {
        let hello = json!({"type": "join", "v": 1, "pin": pin, "nickname": name});
        let (c, welcome) = attach(addr, hello).await;
        players.push((c, welcome["player"]["id"].as_u64().unwrap()));
    }
    let acked = Acked::default();
    host.send(json!({"type": "start"})).await;
    for question in 0..2 {
        for (c, id) in &mut players {
            c.until("phase", Some("answering")).await;
            answer(c, *id, question, &acked).await;
        }
        host.until("phase", Some("reveal")).await;
        host_to(&mut host, "leaderboard").await;
        if question == 0 {
            host.send(json!({"type": "next"})).await;
        }
    }
    Played {
        game_id,
        host,
        screen,
        ids: players.iter().map(|(_, id)| *id).collect(),
        acked,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn results_the_database_cannot_take_are_kept_and_saved_once_it_can() {
    let dir = tempfile::tempdir().unwrap();
    let Some((tmpfs, url)) = database_on_tmpfs(dir.path()).await else {
        return;
    };
    let mut server = Server::new(dir.path());
    server.spawn_with_env(&[("QUIZBOX_DATABASE", url.as_str())]);
    server.wait_ready().await;
    let Played {
        game_id,
        mut host,
        mut screen,
        ids,
        acked,
    } = play_to_last_leaderboard(&server).await;

    // The database's disk fills; the podium's results cannot be saved.
    let filler = tmpfs.fill();
    host.send(json!({"type": "next"})).await;
    // Told at once, ahead of the podium (saved before it shows, as a rule).
    let problem = storage(&mut host).await.expect("a problem");
    host.until("phase", Some("podium")).await;
    assert!(problem.contains("results"), "{problem}");
    assert_eq!(
        storage(&mut screen).await.as_deref(),
        Some(problem.as_str())
    );
    assert_eq!(server.readyz().await, 503);
    // The host ends the game: it stays until its results are saved.
    host.send(json!({"type": "next"})).await;
    host.until("phase", Some("ended")).await;
    let (status, live) = results(&server, &game_id).await;
    assert_eq!((status, &live["status"]), (200, &json!("live")), "{live}");

    // Space is freed: the results are saved, everyone is told, the game closes.
    std::fs::remove_file(filler).unwrap();
    assert_eq!(storage(&mut host).await, None);
    assert_eq!(host.until_closed().await, 4011);
    let results = stored_results(&server, &game_id).await;
    assert_eq!(server.readyz().await, 200);
    assert_eq!(acked.lock().unwrap().len(), 4);
    sim::check_results(&results, &acked, &ids, 2);
    server.kill();
    drop(tmpfs);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_ended_game_killed_before_its_results_were_saved_saves_them_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let Some((tmpfs, url)) = database_on_tmpfs(dir.path()).await else {
        return;
    };
    let env = [("QUIZBOX_DATABASE", url.as_str())];
    let mut server = Server::new(dir.path());
    server.spawn_with_env(&env);
    server.wait_ready().await;
    let Played {
        game_id,
        mut host,
        screen,
        ids,
        acked,
    } = play_to_last_leaderboard(&server).await;

    let filler = tmpfs.fill();
    host_to(&mut host, "podium").await;
    host.send(json!({"type": "next"})).await;
    host.until("phase", Some("ended")).await;

    // Killed while the results are unsaved; it starts again with space freed.
    server.kill();
    drop((host, screen));
    std::fs::remove_file(filler).unwrap();
    server.spawn_with_env(&env);
    server.wait_up().await;
    let results = stored_results(&server, &game_id).await;
    assert_eq!(acked.lock().unwrap().len(), 4);
    sim::check_results(&results, &acked, &ids, 2);
    server.wait_ready().await;
    server.kill();
    drop(tmpfs);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_podium_past_its_time_keeps_results_it_could_not_save_through_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let Some((tmpfs, url)) = database_on_tmpfs(dir.path()).await else {
        return;
    };
    // The podium may stay 1 s: it expires while its results cannot be
    // saved, and it has sat longer than that when the server starts again.
    let env = [
        ("QUIZBOX_DATABASE", url.as_str()),
        ("QUIZBOX_LIMIT_PODIUM_SECS", "1"),
    ];
    let mut server = Server::new(dir.path());
    server.spawn_with_env(&env);
    server.wait_ready().await;
    let Played {
        game_id,
        mut host,
        screen,
        ids,
        acked,
    } = play_to_last_leaderboard(&server).await;

    let filler = tmpfs.fill();
    host_to(&mut host, "podium").await;
    tokio::time::sleep(Duration::from_millis(2500)).await;
    server.kill();
    drop((host, screen));
    std::fs::remove_file(filler).unwrap();
    server.spawn_with_env(&env);
    server.wait_up().await;
    let results = stored_results(&server, &game_id).await;
    assert_eq!(acked.lock().unwrap().len(), 4);
    sim::check_results(&results, &acked, &ids, 2);
    server.kill();
    drop(tmpfs);
}

/// An assignment's answer that the database cannot take gets 503
/// `storage_unavailable` with `Retry-After`, as live games refuse what they
/// cannot save, nothing of it stored; sent again once there is space, it
/// is taken and scored once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_assignment_answer_on_a_full_disk_gets_503_and_is_taken_once_there_is_space() {
    let dir = tempfile::tempdir().unwrap();
    let Some((tmpfs, url)) = database_on_tmpfs(dir.path()).await else {
        return;
    };
    let mut server = Server::new(dir.path());
    server.spawn_with_env(&[("QUIZBOX_DATABASE", url.as_str())]);
    server.wait_ready().await;
    let token = common::admin_token(&server.dir);
    let closes_at = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as u64
        + 3_600_000;
    let publish = json!({"quiz_id": "podium", "closes_at": closes_at}).to_string();
    let (status, made) = common::http_as(
        &token,
        server.addr,
        "POST",
        "/api/assignments",
        Some(&publish),
    )
    .await
    .unwrap();
    assert_eq!(status, 201, "{made}");
    let made: Value = serde_json::from_str(&made).unwrap();
    let code = made["code"].as_str().unwrap().to_string();
    let start = json!({"name": "Ann"}).to_string();
    let (status, started) = common::http(
        server.addr,
        "POST",
        &format!("/api/a/{code}/start"),
        Some(&start),
    )
    .await
    .unwrap();
    assert_eq!(status, 201, "{started}");
    let started: Value = serde_json::from_str(&started).unwrap();
    assert_eq!(started["question"]["index"], 0);
    let resume_token = started["token"].as_str().unwrap().to_string();
    // The right answer to the first question (sim::quiz: question i's is i % 4),
    // as shown to this player.
    let shown = started["question"]["answers"].as_array().unwrap();
    let right = shown
        .iter()
        .position(|a| a.as_str().unwrap().starts_with('0'))
        .unwrap();
    let answer = json!({"token": resume_token, "question": 0, "answer": right}).to_string();
    let path = format!("/api/a/{code}/answer");

    let filler = tmpfs.fill();
    let (status, headers, body) = common::http_raw(server.addr, "POST", &path, Some(&answer), &[])
        .await
        .unwrap();
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    assert_eq!(status, 503, "{body}");
    assert_eq!(body["code"], "storage_unavailable", "{body}");
    assert!(
        body["error"].as_str().unwrap().starts_with("not saved"),
        "{body}"
    );
    assert_eq!(headers.get("retry-after").unwrap(), "5");

    // Space is freed: the same request is taken, and scored once.
    std::fs::remove_file(filler).unwrap();
    let (status, taken) = common::http(server.addr, "POST", &path, Some(&answer))
        .await
        .unwrap();
    assert_eq!(status, 200, "{taken}");
    let taken: Value = serde_json::from_str(&taken).unwrap();
    assert_eq!(
        (&taken["question"], &taken["correct"], &taken["repeat"]),
        (&json!(0), &json!(true), &json!(false)),
        "{taken}"
    );
    assert!(taken["points"].as_u64().unwrap() > 0, "{taken}");
    assert_eq!(taken["player"]["score"], taken["points"]);
    let (status, again) = common::http(server.addr, "POST", &path, Some(&answer))
        .await
        .unwrap();
    assert_eq!(status, 200, "{again}");
    let again: Value = serde_json::from_str(&again).unwrap();
    assert_eq!(again["repeat"], true);
    assert_eq!(again["player"]["score"], taken["points"]);
    server.kill();
    drop(tmpfs);
}
