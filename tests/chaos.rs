//! Crash test: players play a game against the real `quizbox serve` binary
//! while it is killed with SIGKILL at random moments and restarted. Every
//! answer a player saw acknowledged must be in the final results, no answer
//! may count twice, and the final scores must equal a replay of the recorded
//! answers through the scoring rules. Bounded: QUIZBOX_CHAOS_KILLS kills
//! (default 20), then the game is played to the end.

mod common;

use std::collections::{BTreeMap, HashMap};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use quizbox::game::scoring::{speed_points, streak_bonus};
use quizbox::protocol::close;
use quizbox::quiz::{Question, QuestionKind, Quiz};
use serde_json::{json, Value};
use tokio_tungstenite::tungstenite::Message;

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

fn quiz(questions: usize) -> Quiz {
    Quiz {
        id: "chaos".into(),
        title: "Chaos".into(),
        description: None,
        questions: (0..questions)
            .map(|i| Question {
                text: format!("Question {i}?"),
                kind: QuestionKind::Single {
                    answers: vec!["a".into(), "b".into(), "c".into(), "d".into()],
                    correct: i % 4,
                },
                time_limit: 10,
                points: 1000,
                explanation: None,
            })
            .collect(),
    }
}

/// What players saw acknowledged: (player id, question) → choice.
type Acked = Arc<Mutex<BTreeMap<(u64, u64), u64>>>;

async fn connect(addr: SocketAddr) -> Option<common::Client> {
    let url = format!("ws://{addr}/ws");
    match tokio_tungstenite::connect_async(&url).await {
        Ok((socket, _)) => Some(common::Client {
            socket,
            frames: Vec::new(),
            closed: None,
        }),
        Err(_) => None,
    }
}

/// One player: joins, answers every question (resending after a reconnect
/// unless the server says it already has the answer), reconnects with its
/// resume token whenever the connection drops, until the game is over.
async fn player(addr: SocketAddr, pin: String, n: usize, acked: Acked, seed: u64) -> u64 {
    let mut token: Option<String> = None;
    let mut me = None;
    let mut rng = seed;
    loop {
        let Some(mut c) = connect(addr).await else {
            tokio::time::sleep(Duration::from_millis(50)).await;
            continue;
        };
        let hello = match &token {
            None => json!({"type": "join", "v": 1, "pin": pin, "nickname": format!("P{n}")}),
            Some(t) => json!({"type": "resume", "v": 1, "pin": pin, "token": t}),
        };
        if c.socket
            .send(Message::Text(hello.to_string().into()))
            .await
            .is_err()
        {
            continue;
        }
        while let Some(msg) = next(&mut c).await {
            let answer_now = match msg["type"].as_str() {
                Some("welcome") => {
                    token = msg["token"].as_str().map(String::from);
                    me = msg["player"]["id"].as_u64();
                    msg["state"]["phase"] == "answering" && msg["answered"] != true
                }
                Some("phase") => msg["state"]["phase"] == "answering",
                Some("answer_ack") => {
                    let q = msg["index"].as_u64().unwrap();
                    let choice = choice_for(n, q);
                    acked.lock().unwrap().insert((me.unwrap(), q), choice);
                    false
                }
                Some("error") if msg["code"] == "too_late" || msg["code"] == "wrong_question" => {
                    false
                }
                _ => false,
            };
            if answer_now {
                let q = msg["state"]["index"].as_u64().unwrap();
                rng = rng
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                tokio::time::sleep(Duration::from_millis((rng >> 33) % 400)).await;
                let answer = json!({"type": "answer", "question": q, "answer": choice_for(n, q), "id": format!("p{n}-q{q}")});
                let _ = c
                    .socket
                    .send(Message::Text(answer.to_string().into()))
                    .await;
            }
        }
        if c.closed == Some(close::GAME_OVER) {
            return me.unwrap();
        }
        tokio::time::sleep(Duration::from_millis(30)).await;
    }
}

fn choice_for(player: usize, question: u64) -> u64 {
    // Right two times in three, so streaks build and break.
    if (player as u64 + question) % 3 == 0 {
        (question + 1) % 4
    } else {
        question % 4
    }
}

async fn next(c: &mut common::Client) -> Option<Value> {
    loop {
        match tokio::time::timeout(Duration::from_secs(15), c.socket.next())
            .await
            .ok()??
        {
            Ok(Message::Text(text)) => return serde_json::from_str(&text).ok(),
            Ok(Message::Close(frame)) => {
                c.closed = Some(frame.map_or(1005, |f| f.code.into()));
                return None;
            }
            Ok(_) => continue,
            Err(_) => return None,
        }
    }
}

/// The host: starts when everyone is in, continues a countdown paused by a
/// restart, and moves on after each reveal and leaderboard.
async fn host(addr: SocketAddr, pin: String, key: String, joined: Arc<AtomicU32>) {
    loop {
        let Some(mut c) = connect(addr).await else {
            tokio::time::sleep(Duration::from_millis(50)).await;
            continue;
        };
        let hello = json!({"type": "host", "v": 1, "pin": pin, "key": key});
        if c.socket
            .send(Message::Text(hello.to_string().into()))
            .await
            .is_err()
        {
            continue;
        }
        while let Some(msg) = next(&mut c).await {
            let state = match msg["type"].as_str() {
                Some("welcome") => {
                    joined.store(
                        msg["players"].as_array().map_or(0, |p| p.len()) as u32,
                        Ordering::SeqCst,
                    );
                    msg["state"].clone()
                }
                Some("phase") => msg["state"].clone(),
                Some("player_joined") => {
                    joined.store(msg["count"].as_u64().unwrap() as u32, Ordering::SeqCst);
                    json!({"phase": "lobby"})
                }
                _ => continue,
            };
            let command = match state["phase"].as_str() {
                Some("lobby") if joined.load(Ordering::SeqCst) as usize == PLAYERS => "start",
                Some("answering") if state.get("remaining_ms").is_some() => "continue",
                Some("reveal" | "leaderboard" | "podium") => "next",
                _ => continue,
            };
            tokio::time::sleep(Duration::from_millis(40)).await;
            let _ = c
                .socket
                .send(Message::Text(json!({"type": command}).to_string().into()))
                .await;
        }
        if c.closed == Some(close::GAME_OVER) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(30)).await;
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
    {
        let settings = common::settings_for(dir.path());
        let store = quizbox::store::open(&settings.database).await.unwrap();
        store.migrate().await.unwrap();
        store.upsert_quiz(&quiz(questions), "test").await.unwrap();
    }
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
    let (status, created) = common::http(
        addr,
        "POST",
        "/api/games",
        Some(&json!({"quiz_id": "chaos", "intro_secs": 0}).to_string()),
    )
    .await
    .unwrap();
    assert_eq!(status, 201, "{created}");
    let created: Value = serde_json::from_str(&created).unwrap();
    let (game_id, pin, key) = (
        created["game_id"].as_str().unwrap().to_string(),
        created["pin"].as_str().unwrap().to_string(),
        created["host_key"].as_str().unwrap().to_string(),
    );

    let acked: Acked = Arc::default();
    let joined = Arc::new(AtomicU32::new(0));
    let host_task = tokio::spawn(host(addr, pin.clone(), key, Arc::clone(&joined)));
    let mut players = Vec::new();
    for n in 0..PLAYERS {
        players.push(tokio::spawn(player(
            addr,
            pin.clone(),
            n,
            Arc::clone(&acked),
            n as u64 * 7919 + 1,
        )));
    }

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
                .unwrap(),
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

    let (status, body) = common::http(addr, "GET", &format!("/api/games/{game_id}/results"), None)
        .await
        .unwrap();
    assert_eq!(status, 200, "{body}");
    let results: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(results["status"], "finished");
    let answers = results["answers"].as_array().unwrap();

    // Every acknowledged answer is in the results, exactly once, as sent.
    let mut recorded: HashMap<(u64, u64), &Value> = HashMap::new();
    for a in answers {
        let key = (
            a["player"].as_u64().unwrap(),
            a["question"].as_u64().unwrap(),
        );
        assert!(
            recorded.insert(key, a).is_none(),
            "answer counted twice: {a}"
        );
    }
    let acked = acked.lock().unwrap().clone();
    assert!(
        acked.len() > questions,
        "players answered ({})",
        acked.len()
    );
    for (key, choice) in &acked {
        let a = recorded
            .get(key)
            .unwrap_or_else(|| panic!("acknowledged answer {key:?} lost"));
        assert_eq!(a["answer"].as_u64(), Some(*choice), "{a}");
    }

    // Replaying the recorded answers through the scoring rules gives the
    // final scores.
    let mut replay: HashMap<u64, (u64, u32)> = HashMap::new();
    for q in 0..questions as u64 {
        for &id in &ids {
            let entry = replay.entry(id).or_default();
            match recorded.get(&(id, q)) {
                Some(a) if a["answer"].as_u64() == Some(q % 4) => {
                    entry.1 += 1;
                    let earned = speed_points(
                        1000,
                        a["elapsed_ms"].as_u64().unwrap(),
                        a["time_limit_ms"].as_u64().unwrap(),
                    ) + streak_bonus(entry.1);
                    assert_eq!(a["points"].as_u64(), Some(u64::from(earned)), "{a}");
                    entry.0 += u64::from(earned);
                }
                Some(a) => {
                    assert_eq!(a["points"], 0);
                    entry.1 = 0;
                }
                None => entry.1 = 0,
            }
        }
    }
    for p in results["players"].as_array().unwrap() {
        let id = p["player"].as_u64().unwrap();
        assert_eq!(p["score"].as_u64(), Some(replay[&id].0), "player {id}");
    }
    assert_eq!(results["players"].as_array().unwrap().len(), PLAYERS);
}
