//! The real `quizbox serve` binary as a child process on 127.0.0.1, for
//! tests that kill it, restart it or sabotage its writes (`QUIZBOX_FAULT`,
//! see src/live/fault.rs), and the few game steps those tests take by hand.

use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use super::sim::Acked;

/// A `quizbox serve` process on a fixed address, killed when dropped.
pub struct Server {
    child: Option<Child>,
    pub dir: std::path::PathBuf,
    pub addr: SocketAddr,
}

impl Server {
    pub fn new(dir: &std::path::Path) -> Server {
        let addr = {
            let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            probe.local_addr().unwrap()
        };
        Server {
            child: None,
            dir: dir.to_path_buf(),
            addr,
        }
    }

    pub fn spawn(&mut self) {
        self.spawn_with_fault("");
    }

    /// Starts the server with `QUIZBOX_FAULT` set to `fault` (see
    /// src/live/fault.rs; empty: none).
    pub fn spawn_with_fault(&mut self, fault: &str) {
        self.spawn_with_env(&[("QUIZBOX_FAULT", fault)]);
    }

    /// Starts the server with extra environment variables.
    pub fn spawn_with_env(&mut self, vars: &[(&str, &str)]) {
        let child = Command::new(env!("CARGO_BIN_EXE_quizbox"))
            .arg("--data")
            .arg(&self.dir)
            .args(["-q", "serve", "--listen", &self.addr.to_string()])
            .envs(vars.iter().copied())
            .stdout(Stdio::null())
            .stderr(if std::env::var_os("DEBUGX").is_some() {
                Stdio::inherit()
            } else {
                Stdio::null()
            })
            .spawn()
            .unwrap();
        self.child = Some(child);
    }

    /// Waits until the server answers `/healthz` (it may not be ready).
    pub async fn wait_up(&self) {
        let started = Instant::now();
        while !matches!(
            super::http(self.addr, "GET", "/healthz", None).await,
            Ok((200, _))
        ) {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "server did not start"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// `/readyz`'s status.
    pub async fn readyz(&self) -> u16 {
        super::http(self.addr, "GET", "/readyz", None)
            .await
            .map_or(0, |(status, _)| status)
    }

    /// Waits for the process to end by itself (an injected abort).
    pub fn wait_exit(&mut self) -> std::process::ExitStatus {
        let mut child = self.child.take().expect("running");
        let started = Instant::now();
        loop {
            if let Some(status) = child.try_wait().unwrap() {
                return status;
            }
            if started.elapsed() > Duration::from_secs(20) {
                let _ = child.kill();
                let _ = child.wait();
                panic!("the server did not stop at its injected fault");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub async fn wait_ready(&self) {
        let started = Instant::now();
        while !matches!(
            super::http(self.addr, "GET", "/readyz", None).await,
            Ok((200, _))
        ) {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "server did not come back"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// The running process's id.
    pub fn pid(&self) -> u32 {
        self.child.as_ref().expect("running").id()
    }

    /// Sends a signal (`STOP`, `CONT`) to the running process.
    pub fn signal(&self, name: &str) {
        let status = Command::new("kill")
            .arg(format!("-{name}"))
            .arg(self.pid().to_string())
            .status()
            .unwrap();
        assert!(status.success(), "kill -{name} failed");
    }

    pub fn kill(&mut self) {
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

/// A WebSocket to the server that sends `hello` and reads up to its welcome.
pub async fn attach(addr: SocketAddr, hello: Value) -> (super::Client, Value) {
    let mut c = super::Client::connect(&format!("ws://{addr}/ws")).await;
    c.send(hello).await;
    let welcome = c.until("welcome", None).await;
    (c, welcome)
}

/// Sends player `who`'s answer to `question` (choice `question % 4`) and
/// records it once acknowledged.
pub async fn answer(c: &mut super::Client, who: u64, question: u64, acked: &Acked) {
    let id = format!("p{who}-q{question}");
    c.send(json!({"type": "answer", "question": question, "answer": question % 4, "id": id}))
        .await;
    let ack = c.until("answer_ack", None).await;
    assert_eq!(ack["id"], id.as_str());
    acked.lock().unwrap().insert((who, question), question % 4);
}

/// Creates a game of `quiz` on a running server; returns (id, pin, key).
pub async fn create(server: &Server, quiz: &str) -> (String, String, String) {
    create_with_intro(server, quiz, 0).await
}

/// `create`, each question shown `intro_secs` before its answers open.
pub async fn create_with_intro(
    server: &Server,
    quiz: &str,
    intro_secs: u32,
) -> (String, String, String) {
    let token = super::admin_token(&server.dir);
    let body = json!({"quiz_id": quiz, "intro_secs": intro_secs}).to_string();
    let (status, created) = super::http_as(&token, server.addr, "POST", "/api/games", Some(&body))
        .await
        .unwrap();
    assert_eq!(status, 201, "{created}");
    let created: Value = serde_json::from_str(&created).unwrap();
    let field = |k: &str| created[k].as_str().unwrap().to_string();
    (field("game_id"), field("pin"), field("host_key"))
}

/// The finished game's results, once the host has played it to the end.
pub async fn results(server: &Server, game_id: &str) -> Value {
    let token = super::admin_token(&server.dir);
    let path = format!("/api/games/{game_id}/results");
    let (status, body) = super::http_as(&token, server.addr, "GET", &path, None)
        .await
        .unwrap();
    assert_eq!(status, 200, "{body}");
    serde_json::from_str(&body).unwrap()
}
