//! The web pages come back by themselves when the server restarts. The real
//! `quizbox serve` binary is killed with SIGKILL while a question is open and
//! started again on the same port and data directory. Meanwhile the player
//! page says "Reconnecting…"; then it resumes with its token and shows the same
//! player and question, an answer tapped while the server was down is sent
//! again with the same id and counted once, and a reload goes straight back
//! into the game. The presenter screen comes back as host, with the paused
//! countdown and a Continue button. A connection that silently stopped
//! working is noticed when the phone wakes up, and replaced. Chromium as in
//! tests/browser.rs.

mod common;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::browser::{chromium_or_skip, Browser, Page};
use common::Client;
use serde_json::{json, Value};

/// `quizbox serve` as a child process on a fixed port, killed when dropped.
struct Server {
    child: Option<Child>,
    dir: tempfile::TempDir,
    addr: SocketAddr,
}

impl Server {
    async fn start() -> Server {
        let addr = {
            let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            probe.local_addr().unwrap()
        };
        let mut server = Server {
            child: None,
            dir: tempfile::tempdir().unwrap(),
            addr,
        };
        std::fs::create_dir(server.data()).unwrap();
        server.spawn().await;
        server
    }

    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    fn log(&self) -> PathBuf {
        self.dir.path().join("serve.log")
    }

    /// Starts the binary (again) and waits until it is ready.
    async fn spawn(&mut self) {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.log())
            .unwrap();
        let child = Command::new(env!("CARGO_BIN_EXE_quizbox"))
            .args(["serve", "--listen", &self.addr.to_string(), "--data"])
            .arg(self.data())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("start quizbox serve");
        self.child = Some(child);
        let started = Instant::now();
        loop {
            if let Ok((200, _)) = common::http(self.addr, "GET", "/readyz", None).await {
                return;
            }
            if let Some(status) = self.child.as_mut().unwrap().try_wait().unwrap() {
                panic!(
                    "quizbox serve exited with {status}: {}",
                    std::fs::read_to_string(self.log()).unwrap_or_default()
                );
            }
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "quizbox serve did not become ready"
            );
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// SIGKILL: no goodbye to anyone, nothing saved on the way out.
    fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// SIGSTOP or SIGCONT: a server that keeps its sockets open but answers
    /// nothing, like a connection that died without a goodbye.
    fn signal(&self, signal: &str) {
        let pid = self.child.as_ref().expect("running").id();
        let status = Command::new("kill")
            .args([signal, &pid.to_string()])
            .status()
            .unwrap();
        assert!(status.success(), "kill {signal} {pid}");
        if signal == "-STOP" {
            wait_stopped(pid);
        }
    }

    async fn get_json(&self, path: &str) -> Value {
        let token = common::admin_token(&self.data());
        let (status, body) = common::http_as(&token, self.addr, "GET", path, None)
            .await
            .unwrap();
        assert_eq!(status, 200, "GET {path}: {body}");
        serde_json::from_str(&body).unwrap()
    }

    /// Creates a game with no intro; returns (game_id, pin, host_key).
    async fn create_game(&self, quiz_id: &str) -> (String, String, String) {
        let body = json!({"quiz_id": quiz_id, "intro_secs": 0}).to_string();
        let token = common::admin_token(&self.data());
        let (status, text) = common::http_as(&token, self.addr, "POST", "/api/games", Some(&body))
            .await
            .unwrap();
        assert_eq!(status, 201, "{text}");
        let created: Value = serde_json::from_str(&text).unwrap();
        let s = |k: &str| created[k].as_str().unwrap().to_string();
        (s("game_id"), s("pin"), s("host_key"))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Waits until every thread of `pid` is stopped. `kill` returns once the
/// signal is queued, but the stop reaches the other threads only when the
/// thread that took it runs again; on a busy machine they can go on serving
/// for tens of milliseconds.
fn wait_stopped(pid: u32) {
    let started = Instant::now();
    loop {
        let tasks = std::fs::read_dir(format!("/proc/{pid}/task")).expect("the server's threads");
        let running = tasks.filter_map(Result::ok).any(|task| {
            let stat = std::fs::read_to_string(task.path().join("stat")).unwrap_or_default();
            // The state follows the command name, which is in parentheses.
            let state = stat.rsplit_once(") ").map(|(_, rest)| &rest[..1]);
            !matches!(state, Some("T" | "t") | None)
        });
        if !running {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "quizbox serve did not stop"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Opens a WebSocket, sends `hello`, returns the client and its welcome.
async fn attach(addr: SocketAddr, hello: Value) -> (Client, Value) {
    let mut client = Client::connect(&format!("ws://{addr}/ws")).await;
    client.send(hello).await;
    let welcome = client.until("welcome", None).await;
    (client, welcome)
}

async fn host(addr: SocketAddr, pin: &str, key: &str) -> (Client, Value) {
    attach(
        addr,
        json!({"type": "host", "v": 1, "pin": pin, "key": key}),
    )
    .await
}

/// Waits until #connection is on screen saying "Reconnecting…" and returns its text.
async fn reconnecting(page: &mut Page) -> String {
    let text = page
        .wait_for(
            "(() => { const e = document.querySelector('#connection'); \
             return e && e.offsetHeight > 0 && e.getAttribute('role') === 'status' && e.textContent; })()",
        )
        .await;
    let text = text.as_str().unwrap().to_string();
    assert!(text.contains("Reconnecting…"), "{text}");
    text
}

/// Console errors and CSP violations fail the test. Refused WebSocket
/// connections while the server was down are expected; nothing else from
/// the network is.
fn assert_clean(page: &Page) {
    assert!(
        page.problems.is_empty(),
        "console errors or CSP violations: {:?}",
        page.problems
    );
    for e in &page.network_errors {
        assert!(
            e.contains("WebSocket connection to"),
            "unexpected network error: {e}"
        );
    }
}

fn js(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_player_page_comes_back_by_itself_after_a_server_restart() {
    let Some(binary) = chromium_or_skip("the browser reconnect test") else {
        return;
    };
    let mut server = Server::start().await;
    let addr = server.addr;
    let base = format!("http://{addr}");
    let (game_id, pin, key) = server.create_game("world-capitals").await;
    let quiz = server.get_json("/api/quizzes/world-capitals").await;
    let (q0, q1) = (&quiz["questions"][0], &quiz["questions"][1]);
    let browser = Browser::launch(&binary);
    let mut page = Page::open(&browser).await;
    let (mut host_ws, _) = host(addr, &pin, &key).await;

    page.goto(&format!("{base}/join/{pin}")).await;
    page.type_into("#nickname", "Robin").await;
    page.tap("#join").await;
    host_ws.until("player_joined", None).await;
    page.wait_visible("#lobby").await;
    assert!(
        !page.is_visible("#connection").await,
        "no reconnect line while connected"
    );

    host_ws.send(json!({"type": "start"})).await;
    let answers = q0["answers"].as_array().unwrap().len();
    page.wait_for(&format!(
        "document.querySelectorAll('.answer').length === {answers}"
    ))
    .await;

    // The server dies mid-question. The page keeps the question on screen
    // and says it is reconnecting.
    server.kill();
    drop(host_ws);
    reconnecting(&mut page).await;
    assert_eq!(page.text_of("#me-name").await, "Robin");
    assert!(page.is_visible("#question").await);
    assert!(
        !page.is_visible("#lost").await,
        "no button to press: it reconnects by itself"
    );
    page.assert_fits_width().await;
    // Let a few attempts fail before the server is back.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    reconnecting(&mut page).await;

    // Same port, same data: the page comes back on its own, as the same
    // player, on the same question, with the countdown paused.
    server.spawn().await;
    page.wait_hidden("#connection").await;
    page.wait_visible("#q-paused").await;
    assert_eq!(page.text_of("#me-name").await, "Robin");
    assert_eq!(page.text_of("#q-text").await, q0["text"].as_str().unwrap());
    assert_eq!(
        page.eval("document.querySelectorAll('.answer:not(:disabled)').length")
            .await,
        json!(answers)
    );

    // The host continues the countdown; the player answers and sees the result.
    let (mut host_ws, welcome) = host(addr, &pin, &key).await;
    assert_eq!(welcome["state"]["phase"], "answering", "{welcome}");
    assert!(
        welcome["state"]["remaining_ms"].is_u64(),
        "restored paused: {welcome}"
    );
    host_ws.send(json!({"type": "continue"})).await;
    host_ws.until("deadline", None).await;
    page.wait_hidden("#q-paused").await;
    let correct = q0["correct"].as_u64().unwrap();
    page.tap(&format!(".answer[data-index='{correct}']")).await;
    let reveal = host_ws.until("phase", Some("reveal")).await;
    assert_eq!(reveal["state"]["counts"][correct as usize], 1);
    let result = page
        .wait_for("(document.querySelector('#result') || {}).textContent")
        .await;
    let result = result.as_str().unwrap().to_string();
    assert!(result.contains("Correct"), "{result}");

    // Next question. This time the answer is tapped while the server is
    // down: the page holds it, and sends it again, with the same id, once
    // it is back. It is counted once.
    host_ws.send(json!({"type": "next"})).await;
    host_ws.until("phase", Some("leaderboard")).await;
    host_ws.send(json!({"type": "next"})).await;
    host_ws.until("phase", Some("answering")).await;
    page.wait_for(&format!(
        "document.querySelector('#q-text').textContent === {} && document.querySelectorAll('.answer:not(:disabled)').length > 0",
        js(q1["text"].as_str().unwrap())
    ))
    .await;
    server.kill();
    drop(host_ws);
    reconnecting(&mut page).await;
    let q1_answers = q1["answers"].as_array().unwrap().len() as u64;
    let wrong = (q1["correct"].as_u64().unwrap() + 1) % q1_answers;
    page.tap(&format!(".answer[data-index='{wrong}']")).await;
    page.wait_for("document.querySelector('#locked').textContent.includes('Sending')")
        .await;
    let id = page
        .eval("JSON.parse(localStorage.getItem('quizbox.session')).answer.id")
        .await;
    let id = id.as_str().expect("the pending answer is kept").to_string();
    server.spawn().await;
    let result = page
        .wait_for(
            "document.querySelector('#reveal').offsetParent !== null && document.querySelector('#result').textContent",
        )
        .await;
    assert!(result.as_str().unwrap().contains("Incorrect"), "{result}");
    assert!(!page.is_visible("#connection").await);
    let results = server
        .get_json(&format!("/api/games/{game_id}/results"))
        .await;
    let sent: Vec<&Value> = results["answers"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["question"] == 1)
        .collect();
    assert_eq!(sent.len(), 1, "counted once: {results}");
    assert_eq!(sent[0]["client_id"], id.as_str(), "same id: {results}");
    assert_eq!(sent[0]["answer"], wrong);

    // A reload goes straight back into the game: no join form, no button.
    page.reload().await;
    page.wait_visible("#reveal").await;
    assert!(!page.is_visible("#join-view").await);
    assert!(!page.is_visible("#resume-offer").await);
    assert_eq!(page.text_of("#me-name").await, "Robin");
    let mine = page.text_of("#r-mine").await;
    let wrong_text = q1["answers"][wrong as usize].as_str().unwrap();
    assert!(mine.contains(wrong_text), "{mine}");
    page.assert_fits_width().await;

    // "Leave" goes to the join form, which offers the game back.
    page.tap("#leave").await;
    page.wait_visible("#join-form").await;
    page.wait_visible("#resume-offer").await;
    page.tap("#resume").await;
    page.wait_visible("#reveal").await;
    assert_eq!(page.text_of("#me-name").await, "Robin");

    // To the end: the final placing, then game over.
    let (mut host_ws, _) = host(addr, &pin, &key).await;
    host_ws.send(json!({"type": "end"})).await;
    let final_text = page
        .wait_for("(document.querySelector('#final') || {}).textContent")
        .await;
    assert!(final_text.as_str().unwrap().contains("1st"), "{final_text}");
    host_ws.send(json!({"type": "next"})).await;
    page.wait_visible("#ended").await;
    assert!(!page.is_visible("#connection").await);
    assert_eq!(
        page.eval("localStorage.getItem('quizbox.session')").await,
        Value::Null,
        "nothing left to resume"
    );
    assert_clean(&page);
    assert!(
        !page.network_errors.is_empty(),
        "the page did try while the server was down"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_presenter_screen_comes_back_as_host_with_the_paused_countdown() {
    let Some(binary) = chromium_or_skip("the browser reconnect test") else {
        return;
    };
    let mut server = Server::start().await;
    let addr = server.addr;
    let (_, pin, key) = server.create_game("world-capitals").await;
    let quiz = server.get_json("/api/quizzes/world-capitals").await;
    let (_player, _) = attach(
        addr,
        json!({"type": "join", "v": 1, "pin": pin, "nickname": "Ann"}),
    )
    .await;
    let browser = Browser::launch(&binary);
    let mut page = Page::open(&browser).await;

    page.goto(&format!("http://{addr}/screen/{pin}#key={key}"))
        .await;
    page.wait_visible("#lobby-view").await;
    page.wait_for("document.querySelector('#player-count').textContent === '1'")
        .await;
    page.tap("#start").await;
    page.wait_for("document.querySelectorAll('#q-answers li').length > 0")
        .await;
    assert!(!page.is_visible("#q-paused").await);
    assert_eq!(page.text_of("#pause").await, "Pause");

    server.kill();
    reconnecting(&mut page).await;
    page.assert_fits_width().await;
    tokio::time::sleep(Duration::from_millis(1000)).await;

    // Back as host (the key survived in the page), on the same question,
    // with the countdown paused and a Continue button.
    server.spawn().await;
    page.wait_hidden("#connection").await;
    page.wait_visible("#q-paused").await;
    page.wait_for("document.querySelector('#pause').textContent === 'Continue'")
        .await;
    assert!(page.is_visible("#pause").await);
    assert_eq!(
        page.text_of("#q-text").await,
        quiz["questions"][0]["text"].as_str().unwrap()
    );
    page.tap("#pause").await;
    page.wait_hidden("#q-paused").await;
    page.wait_for("document.querySelector('#pause').textContent === 'Pause'")
        .await;

    // The server runs the countdown again.
    let (_watcher, welcome) = attach(addr, json!({"type": "watch", "v": 1, "pin": pin})).await;
    assert!(
        welcome["state"]["deadline"].is_u64(),
        "running again: {welcome}"
    );
    assert_clean(&page);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_silent_connection_is_replaced_when_the_phone_wakes_up() {
    let Some(binary) = chromium_or_skip("the browser reconnect test") else {
        return;
    };
    let server = Server::start().await;
    let addr = server.addr;
    let (_, pin, _) = server.create_game("world-capitals").await;
    let browser = Browser::launch(&binary);
    let mut page = Page::open(&browser).await;
    page.goto(&format!("http://{addr}/join/{pin}")).await;
    page.type_into("#nickname", "Sam").await;
    page.tap("#join").await;
    page.wait_visible("#lobby").await;

    // The server is frozen: the socket stays open but nothing comes back.
    // When the page is shown again it checks the connection, gives up on it
    // and reconnects; that succeeds once the server runs again.
    server.signal("-STOP");
    // The page acts only when it is visible; a headless browser busy with
    // other pages may call it hidden, so the test says it is shown.
    page.eval(
        "Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true }); \
         document.dispatchEvent(new Event('visibilitychange'))",
    )
    .await;
    let frozen = Instant::now();
    reconnecting(&mut page).await;
    assert!(frozen.elapsed() < Duration::from_secs(10));
    server.signal("-CONT");
    page.wait_hidden("#connection").await;
    page.wait_visible("#lobby").await;
    assert_eq!(page.text_of("#me-name").await, "Sam");
    assert_clean(&page);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reload_after_answering_shows_the_answer_locked() {
    let Some(binary) = chromium_or_skip("the browser reconnect test") else {
        return;
    };
    let server = common::TestServer::start().await;
    let (_, pin, key) = server.create_game("world-capitals", 0).await;
    let browser = Browser::launch(&binary);
    let mut page = Page::open(&browser).await;
    let mut host_ws = common::host(&server, &pin, &key).await;
    // A second player who does not answer keeps the question open.
    let _kim = common::join(&server, &pin, "Kim").await;
    page.goto(&format!("http://{}/join/{pin}", server.addr))
        .await;
    page.type_into("#nickname", "Lee").await;
    page.tap("#join").await;
    page.wait_visible("#lobby").await;
    host_ws.send(json!({"type": "start"})).await;
    page.tap(".answer[data-index='2']").await;
    page.wait_for("document.querySelector('#locked').textContent.includes('Answer locked')")
        .await;

    // The page remembers which answer it was.
    page.reload().await;
    page.wait_for("document.querySelector('#locked').textContent.includes('Answer locked')")
        .await;
    assert_eq!(
        page.eval(
            "[...document.querySelectorAll('.answer')].map(b => b.disabled && b.classList.contains('chosen'))"
        )
        .await,
        json!([false, false, true, false])
    );
    assert!(!page.is_visible("#join-view").await);

    // Without that memory the welcome's `answered` still locks the answers.
    page.eval(
        "(() => { const s = JSON.parse(localStorage.getItem('quizbox.session')); \
         s.answer = null; localStorage.setItem('quizbox.session', JSON.stringify(s)); })()",
    )
    .await;
    page.reload().await;
    page.wait_for("document.querySelector('#locked').textContent.includes('Answer locked')")
        .await;
    assert_eq!(
        page.eval("[...document.querySelectorAll('.answer')].every(b => b.disabled)")
            .await,
        json!(true)
    );
    assert_eq!(page.text_of("#me-name").await, "Lee");
    assert_clean(&page);
    assert!(page.network_errors.is_empty(), "{:?}", page.network_errors);
    server.stop().await;
}
