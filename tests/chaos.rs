//! Crash test: players play a game against the real `quizbox serve` binary
//! while it is killed with SIGKILL at random moments and restarted. Every
//! answer a player saw acknowledged must be in the final results, no answer
//! may count twice, and the final scores must equal a replay of the recorded
//! answers through the scoring rules. Bounded: QUIZBOX_CHAOS_KILLS kills
//! (default 20), then the game is played to the end.

mod common;

use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::sim::{self, Acked, PlayerPlan};
use serde_json::{json, Value};

const PLAYERS: usize = 8;

struct Server {
    child: Option<Child>,
    dir: std::path::PathBuf,
    addr: SocketAddr,
}

impl Server {
    fn spawn(&mut self) {
        let child = Command::new(env!("CARGO_BIN_EXE_quizbox"))
            .arg("--data")
            .arg(&self.dir)
            .args(["-q", "serve", "--listen", &self.addr.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        self.child = Some(child);
    }

    async fn wait_ready(&self) {
        let started = Instant::now();
        while !matches!(
            common::http(self.addr, "GET", "/readyz", None).await,
            Ok((200, _))
        ) {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "server did not come back"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill(); // SIGKILL
            let _ = child.wait();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_game_survives_repeated_sigkill() {
    let kills: usize = std::env::var("QUIZBOX_CHAOS_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    // Long enough that the game is still running at the last kill.
    let questions = (kills * 2).max(30);
    let dir = tempfile::tempdir().unwrap();
    sim::seed(dir.path(), &sim::quiz("chaos", questions, 0)).await;
    let addr = {
        let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        probe.local_addr().unwrap()
    };
    let mut server = Server {
        child: None,
        dir: dir.path().to_path_buf(),
        addr,
    };
    server.spawn();
    server.wait_ready().await;
    let body = json!({"quiz_id": "chaos", "intro_secs": 0}).to_string();
    let token = common::admin_token(dir.path());
    let (status, created) = common::http_as(&token, addr, "POST", "/api/games", Some(&body))
        .await
        .unwrap();
    assert_eq!(status, 201, "{created}");
    let created: Value = serde_json::from_str(&created).unwrap();
    let field = |k: &str| created[k].as_str().unwrap().to_string();
    let (game_id, pin, key) = (field("game_id"), field("pin"), field("host_key"));

    let acked = Acked::default();
    let host_task = tokio::spawn(sim::host(addr, pin.clone(), key, PLAYERS));
    let players: Vec<_> = (0..PLAYERS)
        .map(|n| {
            let plan = PlayerPlan {
                n,
                seed: n as u64 * 7919 + 1,
                drop_per_mille: 0,
            };
            tokio::spawn(sim::player(addr, pin.clone(), plan, acked.clone()))
        })
        .collect();

    let started = Instant::now();
    let mut rng: u64 = 0x5eed;
    let mut killed = 0;
    while killed < kills && !host_task.is_finished() {
        rng = rng
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        tokio::time::sleep(Duration::from_millis(150 + (rng >> 33) % 600)).await;
        server.kill();
        killed += 1;
        server.spawn();
        server.wait_ready().await;
        assert!(
            started.elapsed() < Duration::from_secs(60 + 3 * kills as u64),
            "chaos run took too long"
        );
    }
    tokio::time::timeout(Duration::from_secs(120 + 3 * kills as u64), host_task)
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
    eprintln!(
        "chaos: {killed} SIGKILLs, {questions} questions, {} acknowledged answers, finished in {:.1} s",
        acked.lock().unwrap().len(),
        started.elapsed().as_secs_f64()
    );
    assert_eq!(
        killed, kills,
        "the game ended before all kills were done; make it longer"
    );

    let results_path = format!("/api/games/{game_id}/results");
    let (status, body) = common::http_as(&token, addr, "GET", &results_path, None)
        .await
        .unwrap();
    assert_eq!(status, 200, "{body}");
    let results: Value = serde_json::from_str(&body).unwrap();
    assert!(acked.lock().unwrap().len() > questions, "players answered");
    sim::check_results(&results, &acked, &ids, questions);
}
