//! The real `quizbox serve --live redis://…` binary: players play a game
//! while the server is SIGKILLed mid-game and a new process resumes it
//! from what Redis holds. Every answer a player saw acknowledged must be in
//! the final results, none may count twice, and the scores must equal a
//! replay of the recorded answers. Needs the Redis `QUIZBOX_TEST_REDIS`
//! names (skipped with a notice where there is none, a failure under
//! CI=true); the game's keys live under a prefix of its own.

mod common;
#[path = "common/redis_service.rs"]
mod redis_service;

use std::sync::Arc;
use std::time::{Duration, Instant};

use common::process::Server;
use common::sim::{self, Acked, PlayerPlan};
use redis_service::RedisPlace;

const PLAYERS: usize = 6;
const KILLS: usize = 4;
const QUESTIONS: usize = 12;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_game_on_redis_survives_sigkill_of_its_server() {
    let Some(mut place) = RedisPlace::shared() else {
        return;
    };
    play_through_kills(&mut place, false).await;
}

/// Redis itself is SIGKILLed mid-game too, before the server each time,
/// and restarted from its append-only file once the server is gone: with
/// `appendfsync always` every answer it acknowledged is on disk, so none
/// is lost.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_answers_survive_sigkill_of_redis_with_appendfsync_always() {
    let aof = tempfile::tempdir().unwrap();
    let Some(mut place) = RedisPlace::private_durable(aof.path()) else {
        return;
    };
    play_through_kills(&mut place, true).await;
}

/// Plays a game while killing the server `KILLS` times (and Redis before
/// it, if `crash_redis`), then checks the results against every
/// acknowledged answer.
async fn play_through_kills(place: &mut RedisPlace, crash_redis: bool) {
    let url = place.url();
    let dir = tempfile::tempdir().unwrap();
    sim::seed(dir.path(), &sim::quiz("redis", QUESTIONS, 0)).await;
    let mut server = Server::new(dir.path());
    let addr = server.addr;
    // A restarted server is another node: it takes the game over once the
    // dead process's lease has expired, so leases are kept short here.
    let spawn = |server: &mut Server| {
        server.spawn_with_env(&[
            ("QUIZBOX_LIVE", url.as_str()),
            ("QUIZBOX_LIVE_LEASE_MS", "1000"),
        ])
    };
    spawn(&mut server);
    server.wait_ready().await;
    let (game_id, pin, key) = common::process::create(&server, "redis").await;
    // The game is in Redis, not in the data directory.
    let snapshot = format!("{}game:{game_id}:snapshot", place.prefix);
    assert!(place.keys().contains(&snapshot), "{:?}", place.keys());
    assert!(!dir
        .path()
        .join("live")
        .join("games")
        .join(&game_id)
        .exists());

    let acked = Acked::default();
    let phases = Arc::new(tokio::sync::Notify::new());
    let host_task = tokio::spawn(sim::host_watching(
        addr,
        pin.clone(),
        key,
        PLAYERS,
        usize::MAX,
        Some(Arc::clone(&phases)),
    ));
    let players: Vec<_> = (0..PLAYERS)
        .map(|n| {
            let plan = PlayerPlan {
                n,
                seed: n as u64 * 104_729 + 3,
                drop_per_mille: 0,
            };
            tokio::spawn(sim::player(addr, pin.clone(), plan, acked.clone()))
        })
        .collect();

    let started = Instant::now();
    let mut killed = 0;
    while killed < KILLS && !host_task.is_finished() {
        if killed % 2 == 0 {
            // Mid-question: answers are being sent and acknowledged.
            tokio::time::sleep(Duration::from_millis(700)).await;
        } else {
            // Right after a phase change, while its snapshot is written.
            let _ = tokio::time::timeout(Duration::from_secs(5), phases.notified()).await;
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        let answered = acked.lock().unwrap().len();
        if crash_redis {
            place.crash();
        }
        server.kill();
        if crash_redis {
            // Only what Redis had on disk: the server that was writing is
            // gone before Redis is back.
            place.restart();
        }
        killed += 1;
        // The log in Redis holds at least every answer acknowledged so far.
        let log = format!("{}game:{game_id}:log", place.prefix);
        let logged: usize = redis::cmd("LLEN")
            .arg(&log)
            .query(&mut place.connection())
            .unwrap();
        assert!(logged >= answered, "{logged} entries < {answered} answers");
        spawn(&mut server);
        server.wait_ready().await;
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the runs took too long"
        );
    }
    tokio::time::timeout(Duration::from_secs(180), host_task)
        .await
        .expect("game finished")
        .unwrap();
    let mut ids = Vec::new();
    for p in players {
        ids.push(
            tokio::time::timeout(Duration::from_secs(30), p)
                .await
                .expect("player finished")
                .unwrap()
                .id,
        );
    }
    assert_eq!(killed, KILLS, "the game ended before all kills were done");
    let results = common::process::results(&server, &game_id).await;
    assert!(acked.lock().unwrap().len() > QUESTIONS, "players answered");
    sim::check_results(&results, &acked, &ids, QUESTIONS);

    // A finished game leaves nothing in Redis but its fence counter, kept
    // for a day so a stale node cannot bring it back.
    let deadline = Instant::now() + Duration::from_secs(10);
    let left = || -> Vec<String> {
        let mut keys = place.keys();
        keys.retain(|k| !k.ends_with(":fence"));
        keys
    };
    while !left().is_empty() {
        assert!(Instant::now() < deadline, "left in Redis: {:?}", left());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    server.kill();
}

/// A server whose Redis does not answer does not start: it says so and
/// exits with 1, hiding the password of the URL.
#[test]
fn a_server_without_its_redis_refuses_to_start() {
    let dir = tempfile::tempdir().unwrap();
    // A loopback port nothing listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let listen = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_quizbox"))
        .arg("--data")
        .arg(dir.path())
        .args(["serve", "--listen", &listen.to_string()])
        .env(
            "QUIZBOX_LIVE",
            format!("redis://:hunter2@127.0.0.1:{port}/0"),
        )
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("cannot connect to Redis"), "{stderr}");
    assert!(stderr.contains(&format!("127.0.0.1:{port}")), "{stderr}");
    assert!(!stderr.contains("hunter2"), "{stderr}");
}

/// `quizbox doctor` reads a killed server's game from Redis, and `quizbox
/// backup` refuses live state it cannot copy, saying how to back it up.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn doctor_reads_games_from_redis_and_backup_says_how_to_keep_them() {
    let Some(place) = RedisPlace::shared() else {
        return;
    };
    let url = place.url();
    let dir = tempfile::tempdir().unwrap();
    sim::seed(dir.path(), &sim::quiz("redis", 2, 0)).await;
    let mut server = Server::new(dir.path());
    server.spawn_with_env(&[("QUIZBOX_LIVE", url.as_str())]);
    server.wait_ready().await;
    let (game_id, pin, _) = common::process::create(&server, "redis").await;
    server.kill();

    let quizbox = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_quizbox"))
            .arg("--data")
            .arg(dir.path())
            .args(args)
            .env("QUIZBOX_LIVE", &url)
            .output()
            .unwrap()
    };
    let doctor = quizbox(&["doctor", "--json"]);
    assert_eq!(doctor.status.code(), Some(0), "{doctor:?}");
    let report: serde_json::Value = serde_json::from_slice(&doctor.stdout).unwrap();
    let games = report["live_games"].as_array().unwrap();
    assert_eq!(games.len(), 1, "{report}");
    assert_eq!(games[0]["game"], game_id.as_str());
    assert_eq!(games[0]["pin"], pin.as_str());

    let archive = dir.path().join("backup.tar.gz");
    let backup = quizbox(&["backup", archive.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&backup.stderr);
    assert_ne!(backup.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("back Redis up with its own means"),
        "{stderr}"
    );
    assert!(!archive.exists());
}
