//! The real player page in headless Chromium, driven over the DevTools
//! protocol: join through the join page, answer a question, see the result.
//! Chromium comes from Debian's `chromium` package (installed by .ci/run).
//! Without it the test is skipped locally with a notice, and fails under CI.

mod common;

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::*;
use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio_tungstenite::tungstenite::Message;

fn chromium_path() -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let dirs: Vec<PathBuf> = std::env::split_paths(&path).collect();
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .flat_map(|name| dirs.iter().map(move |d| d.join(name)))
        .find(|p| p.is_file())
}

/// A headless Chromium that is killed when dropped.
struct Browser {
    child: Child,
    _profile: tempfile::TempDir,
    port: u16,
}

impl Browser {
    fn launch(binary: &PathBuf) -> Browser {
        let profile = tempfile::tempdir().unwrap();
        let child = Command::new(binary)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=360,640",
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("about:blank")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromium");
        let port_file = profile.path().join("DevToolsActivePort");
        let started = Instant::now();
        let port = loop {
            if let Ok(text) = std::fs::read_to_string(&port_file) {
                if let Some(port) = text.lines().next().and_then(|l| l.trim().parse().ok()) {
                    break port;
                }
            }
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "chromium did not open its debugging port"
            );
            std::thread::sleep(Duration::from_millis(100));
        };
        Browser {
            child,
            _profile: profile,
            port,
        }
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// One page, driven with DevTools commands.
struct Page {
    socket: Socket,
    next_id: u64,
    /// Console errors, exceptions and CSP violations seen so far.
    problems: Vec<String>,
}

impl Page {
    async fn open(browser: &Browser) -> Page {
        let addr = format!("127.0.0.1:{}", browser.port).parse().unwrap();
        let (_, list) = http(addr, "GET", "/json/list", None).await.unwrap();
        let targets: Value = serde_json::from_str(&list).unwrap();
        let url = targets
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["type"] == "page")
            .and_then(|t| t["webSocketDebuggerUrl"].as_str())
            .expect("a page target")
            .to_string();
        let (socket, _) = tokio_tungstenite::connect_async(url).await.unwrap();
        let mut page = Page {
            socket,
            next_id: 1,
            problems: Vec::new(),
        };
        page.call("Page.enable", json!({})).await;
        page.call("Runtime.enable", json!({})).await;
        page.call("Log.enable", json!({})).await;
        page
    }

    async fn call(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        let request = json!({"id": id, "method": method, "params": params});
        self.socket
            .send(Message::Text(request.to_string().into()))
            .await
            .unwrap();
        loop {
            let frame = tokio::time::timeout(Duration::from_secs(20), self.socket.next())
                .await
                .expect("devtools answered")
                .unwrap()
                .unwrap();
            let Message::Text(text) = frame else { continue };
            let v: Value = serde_json::from_str(&text).unwrap();
            if v["id"] == id {
                assert!(v.get("error").is_none(), "{method} failed: {v}");
                return v["result"].clone();
            }
            self.note_event(&v);
        }
    }

    fn note_event(&mut self, v: &Value) {
        match v["method"].as_str() {
            Some("Runtime.exceptionThrown") => self
                .problems
                .push(v["params"]["exceptionDetails"].to_string()),
            Some("Log.entryAdded") if v["params"]["entry"]["level"] == "error" => {
                self.problems.push(v["params"]["entry"]["text"].to_string())
            }
            Some("Runtime.consoleAPICalled") if v["params"]["type"] == "error" => {
                self.problems.push(v["params"]["args"].to_string())
            }
            _ => {}
        }
    }

    /// Evaluates JavaScript in the page and returns its value.
    async fn eval(&mut self, expression: &str) -> Value {
        let result = self
            .call(
                "Runtime.evaluate",
                json!({"expression": expression, "returnByValue": true, "awaitPromise": true}),
            )
            .await;
        assert!(
            result.get("exceptionDetails").is_none(),
            "{expression}: {result}"
        );
        result["result"]["value"].clone()
    }

    /// Polls `expression` until it is truthy; returns its value.
    async fn wait_for(&mut self, expression: &str) -> Value {
        let started = Instant::now();
        loop {
            let v = self.eval(expression).await;
            if !(v.is_null() || v == false || v == "" || v == 0) {
                return v;
            }
            assert!(
                started.elapsed() < Duration::from_secs(15),
                "timed out waiting for {expression}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    async fn goto(&mut self, url: &str) {
        self.call("Page.navigate", json!({"url": url})).await;
        self.wait_for("document.readyState === 'complete'").await;
    }

    /// Clicks the centre of the first element matching `selector`, like a finger would.
    async fn tap(&mut self, selector: &str) {
        let rect = self
            .wait_for(&format!(
                "(() => {{ const e = document.querySelector({s}); if (!e || e.offsetParent === null) return null; \
                 e.scrollIntoView({{block: 'center'}}); const r = e.getBoundingClientRect(); \
                 return {{x: r.x + r.width / 2, y: r.y + r.height / 2}}; }})()",
                s = serde_json::to_string(selector).unwrap()
            ))
            .await;
        for kind in ["mousePressed", "mouseReleased"] {
            self.call(
                "Input.dispatchMouseEvent",
                json!({"type": kind, "x": rect["x"], "y": rect["y"], "button": "left", "clickCount": 1}),
            )
            .await;
        }
    }

    /// Focuses a field and types into it.
    async fn type_into(&mut self, selector: &str, text: &str) {
        self.tap(selector).await;
        self.eval(&format!(
            "document.querySelector({}).select()",
            serde_json::to_string(selector).unwrap()
        ))
        .await;
        self.call("Input.insertText", json!({"text": text})).await;
    }

    async fn text_of(&mut self, selector: &str) -> String {
        self.eval(&format!(
            "(document.querySelector({}) || {{}}).textContent || ''",
            serde_json::to_string(selector).unwrap()
        ))
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_player_joins_answers_and_sees_the_result_in_chromium() {
    let Some(binary) = chromium_path() else {
        assert!(
            std::env::var("CI").is_err(),
            "chromium is required under CI (apt-get install chromium)"
        );
        eprintln!("NOTICE: chromium not found; skipping the browser test");
        return;
    };
    let server = TestServer::start().await;
    let base = format!("http://{}", server.addr);
    let browser = Browser::launch(&binary);
    let mut page = Page::open(&browser).await;

    // A wrong PIN gets a clear message on the join page.
    page.goto(&format!("{base}/")).await;
    page.type_into("#pin", "999999").await;
    page.type_into("#nickname", "Zed").await;
    page.tap("#join").await;
    let error = page
        .wait_for("document.querySelector('#join-error')?.textContent")
        .await;
    assert!(
        error.as_str().unwrap().contains("999999"),
        "join error says which PIN: {error}"
    );

    // Every input and button on the join page has an accessible name.
    let unnamed = page
        .eval(
            "[...document.querySelectorAll('input, button, select, textarea')].filter(e => \
             !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby') \
             && !(e.tagName === 'BUTTON' && e.textContent.trim())).map(e => e.outerHTML)",
        )
        .await;
    assert_eq!(unnamed, json!([]), "controls without an accessible name");

    let (game_id, pin, key) = server.create_game("world-capitals", 0).await;
    let quiz = server.get_json("/api/quizzes/world-capitals").await;
    let first = &quiz["questions"][0];
    let mut host = host(&server, &pin, &key).await;

    // The QR target pre-fills the PIN.
    page.goto(&format!("{base}/join/{pin}")).await;
    assert_eq!(
        page.wait_for("document.querySelector('#pin').value").await,
        pin
    );
    page.type_into("#nickname", "Robin").await;
    page.tap("#join").await;
    let joined = host.until("player_joined", None).await;
    assert_eq!(joined["player"]["nickname"], "Robin");
    page.wait_for("document.querySelector('#lobby') && document.querySelector('#lobby').offsetParent !== null").await;

    host.send(json!({"type": "start"})).await;
    let count = page
        .wait_for("document.querySelectorAll('.answer').length")
        .await;
    assert_eq!(count, json!(first["answers"].as_array().unwrap().len()));
    // Answer buttons are named by their answer text.
    let names = page
        .eval("[...document.querySelectorAll('.answer')].map(b => (b.getAttribute('aria-label') || b.textContent).trim())")
        .await;
    for answer in first["answers"].as_array().unwrap() {
        let answer = answer.as_str().unwrap();
        assert!(
            names
                .as_array()
                .unwrap()
                .iter()
                .any(|n| n.as_str().unwrap().contains(answer)),
            "no button named {answer:?} in {names}"
        );
    }
    let index = first["correct"].as_u64().unwrap();
    page.tap(&format!(".answer[data-index='{index}']")).await;

    // One player answered: the question closes and the page shows the result.
    let result = page
        .wait_for("(document.querySelector('#result') || {}).textContent")
        .await;
    let result = result.as_str().unwrap().to_string();
    assert!(result.contains("Correct"), "result shows correct: {result}");
    let reveal = host.until("phase", Some("reveal")).await;
    assert_eq!(reveal["state"]["counts"][index as usize], 1);
    let results = server
        .get_json(&format!("/api/games/{game_id}/results"))
        .await;
    let points = results["answers"][0]["points"].as_u64().unwrap();
    assert!(
        result.contains(&points.to_string()),
        "result shows the {points} points: {result}"
    );

    // Finish the game: the page shows the final rank.
    host.send(json!({"type": "end"})).await;
    let final_text = page
        .wait_for("(document.querySelector('#final') || {}).textContent")
        .await;
    assert!(
        final_text.as_str().unwrap().contains('1'),
        "final rank shown: {final_text}"
    );

    let text = page.text_of("body").await;
    assert!(text.contains("Robin"), "nickname shown");
    assert!(
        page.problems.is_empty(),
        "console errors or CSP violations: {:?}",
        page.problems
    );
    server.stop().await;
}
