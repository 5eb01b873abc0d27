//! Live files damaged on disk: a log with bytes flipped in the middle, a
//! log cut short inside a record, a snapshot with a changed byte, beside an
//! intact game and one whose last record was torn by a crash. The real
//! `quizbox serve` must start, resume the intact games, set the damaged ones
//! aside in `<data>/live/quarantine/` and say so in its log and in
//! `quizbox doctor`. Also: files written before live files carried a format
//! version are read. Bounded: five games of one answer each, two starts.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::*;
use quizbox::protocol::close;
use serde_json::{json, Value};

struct Server {
    child: Child,
    addr: std::net::SocketAddr,
}

impl Server {
    /// Starts `quizbox serve` on `data`, its log going to `log`.
    async fn start(data: &Path, log: &Path) -> Server {
        let addr = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap();
        let child = Command::new(env!("CARGO_BIN_EXE_quizbox"))
            .arg("--data")
            .arg(data)
            .args(["serve", "--listen", &addr.to_string()])
            .env("QUIZBOX_LOG", "info")
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(log).unwrap())
            .spawn()
            .unwrap();
        let mut server = Server { child, addr };
        for _ in 0..600 {
            if let Ok((200, _)) = http(addr, "GET", "/readyz", None).await {
                return server;
            }
            if let Some(status) = server.child.try_wait().unwrap() {
                panic!(
                    "quizbox serve exited ({status}): {}",
                    std::fs::read_to_string(log).unwrap()
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        server.kill();
        panic!("server not ready");
    }

    fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    fn url(&self) -> String {
        format!("ws://{}/ws", self.addr)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

/// One game with a host and one player, Bo, whose answer to the first
/// question was acknowledged. Returns the game id, PIN and Bo's token.
async fn game_with_an_answer(server: &Server, token: &str) -> (String, String, String) {
    let (status, body) = http_as(
        token,
        server.addr,
        "POST",
        "/api/games",
        Some(&json!({"quiz_id": "world-capitals", "intro_secs": 0}).to_string()),
    )
    .await
    .unwrap();
    assert_eq!(status, 201, "{body}");
    let created: Value = serde_json::from_str(&body).unwrap();
    let s = |k: &str| created[k].as_str().unwrap().to_string();
    let (id, pin, key) = (s("game_id"), s("pin"), s("host_key"));
    let mut host = Client::connect(&server.url()).await;
    host.send(json!({"type": "host", "v": 1, "pin": pin, "key": key}))
        .await;
    host.until("welcome", None).await;
    let mut bo = Client::connect(&server.url()).await;
    bo.send(json!({"type": "join", "v": 1, "pin": pin, "nickname": "Bo"}))
        .await;
    let welcome = bo.until("welcome", None).await;
    let bo_token = welcome["token"].as_str().unwrap().to_string();
    host.send(json!({"type": "start"})).await;
    bo.until("phase", Some("answering")).await;
    bo.send(json!({"type": "answer", "question": 0, "answer": 1, "id": "bo-0"}))
        .await;
    bo.until("answer_ack", None).await;
    (id, pin, bo_token)
}

/// Where each log record's body starts (every body is a JSON array of
/// entries), whatever comes before the first record.
fn record_bodies(log: &[u8]) -> Vec<usize> {
    let mark = b"[{\"entry\":";
    (0..log.len().saturating_sub(mark.len()))
        .filter(|&at| &log[at..at + mark.len()] == mark)
        .collect()
}

/// Bo resumes in game `pin`: the `welcome`, or the close code.
async fn resume(server: &Server, pin: &str, token: &str) -> Result<Value, u16> {
    let mut bo = Client::connect(&server.url()).await;
    bo.send(json!({"type": "resume", "v": 1, "pin": pin, "token": token}))
        .await;
    match bo.next().await {
        Some(msg) if msg["type"] == "welcome" => Ok(msg),
        // A refusal: an error, then the close.
        Some(msg) if msg["type"] == "error" => Err(bo.until_closed().await),
        Some(msg) => panic!("unexpected answer to resume: {msg}"),
        None => Err(bo.closed.unwrap()),
    }
}

/// The folder a game was set aside in, if any.
fn quarantined(data: &Path, game: &str) -> Option<PathBuf> {
    let dir = std::fs::read_dir(data.join("live").join("quarantine")).ok()?;
    dir.filter_map(|e| e.ok().map(|e| e.path())).find(|p| {
        p.file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with(&format!("{game}-")))
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn damaged_games_are_set_aside_and_the_others_resume() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let log = data.join("serve.log");
    let mut server = Server::start(data, &log).await;
    let token = admin_token(data);
    let mut games = Vec::new();
    for _ in 0..5 {
        games.push(game_with_an_answer(&server, &token).await);
    }
    // Let the snapshots of the phase changes land, then crash.
    tokio::time::sleep(Duration::from_millis(500)).await;
    server.kill();
    let doctor = |json: bool| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_quizbox"));
        command.arg("--data").arg(data).arg("doctor");
        if json {
            command.arg("--json");
        }
        command.output().unwrap()
    };
    let healthy = doctor(true);
    assert_eq!(healthy.status.code(), Some(0), "{healthy:?}");
    let report: Value = serde_json::from_slice(&healthy.stdout).unwrap();
    assert_eq!(report["live_games"].as_array().unwrap().len(), 5);

    let live = data.join("live").join("games");
    let [intact, torn, flipped, cut, snapshot] = [0, 1, 2, 3, 4].map(|n| games[n].clone());
    // A crash while writing a fourth record: its first bytes are on disk,
    // the rest of it is still the zeros the file was grown with.
    let path = live.join(&torn.0).join("log");
    let mut bytes = std::fs::read(&path).unwrap();
    let bodies = record_bodies(&bytes);
    assert_eq!(bodies.len(), 3, "join, start, answer");
    let end = bytes.iter().rposition(|&b| b != 0).unwrap() + 1;
    let mut half = Vec::new();
    half.extend_from_slice(&300u32.to_le_bytes());
    half.extend_from_slice(&0x1234_5678u32.to_le_bytes());
    half.extend_from_slice(&4u64.to_le_bytes());
    half.extend_from_slice(b"[{\"entry\":\"input\",\"at\":17");
    bytes[end..end + half.len()].copy_from_slice(&half);
    std::fs::write(&path, &bytes).unwrap();
    // Bytes flipped inside the middle record.
    let path = live.join(&flipped.0).join("log");
    let mut bytes = std::fs::read(&path).unwrap();
    let bodies = record_bodies(&bytes);
    bytes[bodies[1] + 5] ^= 0x21;
    std::fs::write(&path, &bytes).unwrap();
    // The log cut short inside its middle record.
    let path = live.join(&cut.0).join("log");
    let bytes = std::fs::read(&path).unwrap();
    let bodies = record_bodies(&bytes);
    std::fs::write(&path, &bytes[..bodies[1] + 8]).unwrap();
    // One letter of the snapshot changed: still valid JSON.
    let path = live.join(&snapshot.0).join("snapshot.json");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("Canberra"));
    std::fs::write(&path, text.replacen("Canberra", "Canberrb", 1)).unwrap();

    let server = Server::start(data, &log).await;
    for (name, (_, pin, bo)) in [("intact", &intact), ("torn", &torn)] {
        let welcome = resume(&server, pin, bo)
            .await
            .unwrap_or_else(|code| panic!("the {name} game did not resume: {code}"));
        // Bo's answer (right) survived, and closed the question.
        assert_eq!(welcome["state"]["phase"], "reveal", "{name}");
        assert!(welcome["score"].as_u64().unwrap() > 0, "{name}: {welcome}");
    }
    let text = std::fs::read_to_string(&log).unwrap();
    for (name, (id, pin, bo)) in [
        ("flipped", &flipped),
        ("cut", &cut),
        ("snapshot", &snapshot),
    ] {
        assert_eq!(
            resume(&server, pin, bo).await.err(),
            Some(close::UNKNOWN_GAME),
            "the {name} game is not resumed"
        );
        assert!(!live.join(id).exists(), "{name}: moved out of the games");
        let aside = quarantined(data, id)
            .unwrap_or_else(|| panic!("{name}: no quarantine folder for {id}"));
        assert!(aside.join("log").is_file() || aside.join("snapshot.json").is_file());
        let reason = std::fs::read_to_string(aside.join("reason.txt")).unwrap();
        assert!(!reason.trim().is_empty(), "{name}");
        assert!(
            text.lines()
                .any(|l| l.contains(id.as_str()) && l.contains("quarantine")),
            "{name}: the log names {id}:\n{text}"
        );
    }
    for (id, _, _) in [&intact, &torn] {
        assert!(quarantined(data, id).is_none());
    }

    // `quizbox doctor` lists what was set aside, and exits 1 for it.
    let troubled = doctor(true);
    assert_eq!(troubled.status.code(), Some(1), "{troubled:?}");
    let report: Value = serde_json::from_slice(&troubled.stdout).unwrap();
    let mut aside: Vec<&str> = report["quarantined"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["game"].as_str().unwrap())
        .collect();
    aside.sort();
    let mut expected = [flipped.0.as_str(), cut.0.as_str(), snapshot.0.as_str()];
    expected.sort();
    assert_eq!(aside, expected);
    assert_eq!(report["live_games"].as_array().unwrap().len(), 2);
    let human = doctor(false);
    let said = String::from_utf8_lossy(&human.stdout);
    eprintln!("quizbox doctor:\n{said}");
    assert!(
        said.contains(&flipped.0) && said.contains("quarantine"),
        "{said}"
    );
    drop(server);
}

/// Copies a directory tree (the fixture's files get fresh times).
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn live_files_of_the_first_format_are_read_and_appended_to() {
    // Written by quizbox before its live files carried a format version:
    // Ann answered the first question wrong and the second one, Bo the
    // first one right; the snapshot was taken when the second opened.
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/live-format-1");
    let players: Value =
        serde_json::from_str(&std::fs::read_to_string(fixture.join("players.json")).unwrap())
            .unwrap();
    let dir = tempfile::tempdir().unwrap();
    copy_tree(
        &fixture.join("games"),
        &dir.path().join("live").join("games"),
    );
    let server = TestServer::start_in(dir).await;
    let pin = players["pin"].as_str().unwrap();
    let resume = |who: &str| json!({"type": "resume", "v": 1, "pin": pin, "token": players[who].as_str().unwrap()});
    let mut ann = hello(&server, resume("Ann")).await;
    let welcome = ann.until("welcome", None).await;
    assert_eq!(welcome["state"]["phase"], "answering");
    assert_eq!(welcome["state"]["index"], 1);
    assert_eq!(welcome["answered"], true, "from the log after the snapshot");
    assert_eq!(welcome["score"], 0);
    let mut bo = hello(&server, resume("Bo")).await;
    let welcome = bo.until("welcome", None).await;
    assert_ne!(welcome["answered"], true);
    let score = welcome["score"].as_u64().unwrap();
    assert!(score > 0, "{welcome}");
    // The game goes on in the old files, and comes back once more.
    bo.send(json!({"type": "answer", "question": 1, "answer": 0, "id": "bo-1"}))
        .await;
    bo.until("answer_ack", None).await;
    drop((ann, bo));
    let server = server.restart().await;
    let mut bo = hello(&server, resume("Bo")).await;
    let welcome = bo.until("welcome", None).await;
    // Right again (Ottawa): scored, and kept in the old log.
    assert_eq!(welcome["state"]["phase"], "reveal");
    assert!(
        welcome["score"].as_u64().unwrap() > score,
        "the answer appended to the old log: {welcome}"
    );
    server.stop().await;
}
