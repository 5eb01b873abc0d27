//! Headless Chromium driven over the DevTools protocol, for the tests that
//! use the real web pages. Chromium comes from Debian's `chromium` package
//! (installed by .ci/run). Without it a test is skipped locally with a
//! notice, and fails under CI.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio_tungstenite::tungstenite::Message;

use super::http;

/// The viewport every page gets: a small phone, in CSS pixels.
pub const PHONE: (u32, u32) = (360, 640);

/// How long `wait_for` polls before the test fails.
const WAIT: Duration = Duration::from_secs(15);

pub fn chromium_path() -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let dirs: Vec<PathBuf> = std::env::split_paths(&path).collect();
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .flat_map(|name| dirs.iter().map(move |d| d.join(name)))
        .find(|p| p.is_file())
}

/// Chromium, or `None` after printing why the test is skipped. Under
/// `CI=true` a missing Chromium fails the test instead.
pub fn chromium_or_skip(test: &str) -> Option<PathBuf> {
    let found = chromium_path();
    if found.is_none() {
        assert!(
            std::env::var("CI").is_err(),
            "chromium is required under CI (apt-get install chromium)"
        );
        eprintln!("NOTICE: chromium not found; skipping {test}");
    }
    found
}

/// A headless Chromium that is killed when dropped.
pub struct Browser {
    child: Child,
    _profile: tempfile::TempDir,
    port: u16,
}

impl Browser {
    pub fn launch(binary: &Path) -> Browser {
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
pub struct Page {
    socket: Socket,
    next_id: u64,
    /// Exceptions, console errors and CSP violations seen so far.
    pub problems: Vec<String>,
    /// Errors the browser logged about the network (a refused connection
    /// while the server is down, for example), kept apart from `problems`.
    pub network_errors: Vec<String>,
}

impl Page {
    /// With `UPDATE_DOCS=1`, writes the page as `docs/img/NAME` at a
    /// desktop `size`, at most `max_bytes`, then gives the page back its
    /// phone viewport; otherwise does nothing.
    pub async fn screenshot_for_docs(&mut self, name: &str, size: (u32, u32), max_bytes: usize) {
        if std::env::var("UPDATE_DOCS").as_deref() != Ok("1") {
            return;
        }
        self.call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": size.0, "height": size.1, "deviceScaleFactor": 1, "mobile": false}),
        )
        .await;
        self.eval("document.activeElement.blur(); window.scrollTo(0, 0)")
            .await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        let shot = self
            .call("Page.captureScreenshot", json!({"format": "png"}))
            .await;
        use base64::Engine;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(shot["data"].as_str().unwrap())
            .unwrap();
        assert!(bytes.len() < max_bytes, "{name} is {} bytes", bytes.len());
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("docs/img")
            .join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
        self.call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": PHONE.0, "height": PHONE.1, "deviceScaleFactor": 2, "mobile": true}),
        )
        .await;
    }

    pub async fn open(browser: &Browser) -> Page {
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
        Self::attach(url).await
    }

    /// A second page (tab) in the same browser, such as the presenter
    /// screen beside a player's phone.
    pub async fn open_tab(browser: &Browser) -> Page {
        let addr = format!("127.0.0.1:{}", browser.port).parse().unwrap();
        let (status, body) = http(addr, "PUT", "/json/new?about:blank", None)
            .await
            .unwrap();
        assert_eq!(status, 200, "new tab: {body}");
        let target: Value = serde_json::from_str(&body).unwrap();
        let url = target["webSocketDebuggerUrl"]
            .as_str()
            .expect("the new tab's debugger URL")
            .to_string();
        Self::attach(url).await
    }

    async fn attach(url: String) -> Page {
        let (socket, _) = tokio_tungstenite::connect_async(url).await.unwrap();
        let mut page = Page {
            socket,
            next_id: 1,
            problems: Vec::new(),
            network_errors: Vec::new(),
        };
        page.call("Page.enable", json!({})).await;
        page.call("Runtime.enable", json!({})).await;
        page.call("Log.enable", json!({})).await;
        // Headless windows have a minimum size larger than a phone; the
        // viewport is set explicitly so the pages are tested at 360×640.
        page.call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": PHONE.0, "height": PHONE.1, "deviceScaleFactor": 2, "mobile": true}),
        )
        .await;
        page
    }

    pub async fn call(&mut self, method: &str, params: Value) -> Value {
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
                let entry = &v["params"]["entry"];
                let text = entry["text"].to_string();
                if entry["source"] == "network" {
                    // Which request failed, so that a failure names it.
                    self.network_errors.push(match entry["url"].as_str() {
                        Some(url) => format!("{text} ({url})"),
                        None => text,
                    });
                } else {
                    self.problems.push(text);
                }
            }
            Some("Runtime.consoleAPICalled") if v["params"]["type"] == "error" => {
                self.problems.push(v["params"]["args"].to_string())
            }
            _ => {}
        }
    }

    /// Makes the page's browser prefer `languages` (an Accept-Language
    /// value, as `navigator.languages` and requests then carry it).
    pub async fn prefer_languages(&mut self, languages: &str) {
        let agent = self.eval("navigator.userAgent").await;
        self.call(
            "Emulation.setUserAgentOverride",
            json!({"userAgent": agent, "acceptLanguage": languages}),
        )
        .await;
    }

    /// Evaluates JavaScript in the page and returns its value.
    pub async fn eval(&mut self, expression: &str) -> Value {
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
    pub async fn wait_for(&mut self, expression: &str) -> Value {
        let started = Instant::now();
        loop {
            let v = self.eval(expression).await;
            if !(v.is_null() || v == false || v == "" || v == 0) {
                return v;
            }
            assert!(
                started.elapsed() < WAIT,
                "timed out waiting for {expression}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn goto(&mut self, url: &str) {
        self.call("Page.navigate", json!({"url": url})).await;
        self.wait_for("document.readyState === 'complete'").await;
    }

    /// Reloads the page and waits until the new document has loaded.
    pub async fn reload(&mut self) {
        self.eval("window.__beforeReload = true").await;
        self.call("Page.reload", json!({})).await;
        self.wait_for("!window.__beforeReload && document.readyState === 'complete'")
            .await;
    }

    /// Clicks the centre of the first element matching `selector`, like a finger would.
    pub async fn tap(&mut self, selector: &str) {
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

    /// Presses and releases a key on the focused element, like a keyboard
    /// would (so a range input moves, a form submits on Enter).
    pub async fn press(&mut self, key: &str) {
        let code = match key {
            "Enter" => 13,
            "Tab" => 9,
            " " => 32,
            "ArrowLeft" => 37,
            "ArrowUp" => 38,
            "ArrowRight" => 39,
            "ArrowDown" => 40,
            "Escape" => 27,
            other => panic!("no key code for {other:?}"),
        };
        let text = match key {
            "Enter" => "\r",
            " " => " ",
            _ => "",
        };
        let down = if text.is_empty() {
            "rawKeyDown"
        } else {
            "keyDown"
        };
        for kind in [down, "keyUp"] {
            self.call(
                "Input.dispatchKeyEvent",
                json!({"type": kind, "key": key, "code": if key == " " { "Space" } else { key }, "windowsVirtualKeyCode": code,
                       "nativeVirtualKeyCode": code, "text": if kind == "keyUp" { "" } else { text }}),
            )
            .await;
        }
    }

    /// Focuses a field and types into it.
    pub async fn type_into(&mut self, selector: &str, text: &str) {
        self.tap(selector).await;
        self.eval(&format!(
            "document.querySelector({}).select()",
            serde_json::to_string(selector).unwrap()
        ))
        .await;
        self.call("Input.insertText", json!({"text": text})).await;
    }

    pub async fn text_of(&mut self, selector: &str) -> String {
        self.eval(&format!(
            "(document.querySelector({}) || {{}}).textContent || ''",
            serde_json::to_string(selector).unwrap()
        ))
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
    }

    /// Whether the element is rendered (present, not hidden, takes room).
    pub async fn is_visible(&mut self, selector: &str) -> bool {
        self.eval(&visible_js(selector)).await == true
    }

    /// Waits until the element is rendered.
    pub async fn wait_visible(&mut self, selector: &str) {
        self.wait_for(&visible_js(selector)).await;
    }

    /// Waits until the element is absent, hidden or takes no room.
    pub async fn wait_hidden(&mut self, selector: &str) {
        self.wait_for(&format!("!({})", visible_js(selector))).await;
    }

    /// Fails if the page is wider than the window (sideways scrolling on a phone).
    pub async fn assert_fits_width(&mut self) {
        let overflow = self
            .eval("document.documentElement.scrollWidth - window.innerWidth")
            .await;
        assert!(
            overflow.as_f64().unwrap_or(1.0) <= 0.0,
            "the page scrolls sideways by {overflow} px"
        );
    }
}

fn visible_js(selector: &str) -> String {
    format!(
        "(() => {{ const e = document.querySelector({}); if (!e) return false; \
         const r = e.getBoundingClientRect(); return e.offsetParent !== null && r.width > 0 && r.height > 0; }})()",
        serde_json::to_string(selector).unwrap()
    )
}
