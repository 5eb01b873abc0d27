//! Shared test fixtures: an in-process server on 127.0.0.1:0 with its own
//! SQLite file and live directory, request helpers over `quizbox::client`,
//! and a WebSocket client that records every frame it receives.
#![allow(dead_code)]

pub mod browser;
pub mod command;
pub mod exposition;
pub mod media_files;
pub mod process;
pub mod sim;
pub mod smtp;
pub mod tmpfs;
pub mod tour;

use std::net::SocketAddr;
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use hyper::{HeaderMap, Method};
use quizbox::client::{Call, ClientError, Server};
use quizbox::config::{Overrides, Settings};
use quizbox::protocol::ServerMsg;
use serde_json::Value;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;
use tokio_tungstenite::tungstenite::Message;

pub struct TestServer {
    pub addr: SocketAddr,
    pub dir: tempfile::TempDir,
    /// The admin token the server wrote into its data directory; the HTTP
    /// helpers below send it.
    pub token: String,
    stop: Option<oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

pub fn settings_for(dir: &std::path::Path) -> Settings {
    Settings::load(Overrides {
        data_dir: Some(dir.to_path_buf()),
        listen: Some("127.0.0.1:0".parse().unwrap()),
        ..Overrides::default()
    })
    .unwrap()
}

impl TestServer {
    /// Starts a server on a fresh data directory. `prepare` may seed the
    /// database (it is migrated first) before the server opens it.
    pub async fn start() -> TestServer {
        Self::start_in(tempfile::tempdir().unwrap()).await
    }

    pub async fn start_in(dir: tempfile::TempDir) -> TestServer {
        let settings = settings_for(dir.path());
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            quizbox::server::serve_with_listener(settings, listener, async move {
                let _ = stopped.await;
            })
            .await
            .unwrap();
        });
        let mut server = TestServer {
            addr,
            dir,
            token: String::new(),
            stop: Some(stop),
            task: Some(task),
        };
        // Ready once the quiz list answers (migrations and samples done).
        for _ in 0..200 {
            if let Ok((200, _)) = server.try_get("/readyz").await {
                server.token = admin_token(server.dir.path());
                return server;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!("server did not become ready");
    }

    pub fn ws_url(&self) -> String {
        format!("ws://{}/ws", self.addr)
    }

    pub async fn try_get(&self, path: &str) -> Result<(u16, String), ClientError> {
        http(self.addr, "GET", path, None).await
    }

    pub async fn get(&self, path: &str) -> (u16, String) {
        http_as(&self.token, self.addr, "GET", path, None)
            .await
            .unwrap()
    }

    pub async fn get_json(&self, path: &str) -> Value {
        let (status, body) = self.get(path).await;
        assert_eq!(status, 200, "GET {path}: {body}");
        serde_json::from_str(&body).unwrap()
    }

    pub async fn post_json(&self, path: &str, body: &Value) -> (u16, Value) {
        let (status, text) = http_as(
            &self.token,
            self.addr,
            "POST",
            path,
            Some(&body.to_string()),
        )
        .await
        .unwrap();
        (
            status,
            serde_json::from_str(&text).unwrap_or(Value::String(text)),
        )
    }

    /// Creates a game; returns (game_id, pin, host_key).
    pub async fn create_game(&self, quiz_id: &str, intro_secs: u32) -> (String, String, String) {
        let (status, body) = self
            .post_json(
                "/api/games",
                &serde_json::json!({"quiz_id": quiz_id, "intro_secs": intro_secs}),
            )
            .await;
        assert_eq!(status, 201, "{body}");
        let s = |k: &str| body[k].as_str().unwrap().to_string();
        (s("game_id"), s("pin"), s("host_key"))
    }

    /// Stops the server and starts a new one on the same data directory.
    pub async fn restart(mut self) -> TestServer {
        let dir = std::mem::replace(&mut self.dir, tempfile::tempdir().unwrap());
        self.stop().await;
        TestServer::start_in(dir).await
    }

    pub async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = tokio::time::timeout(Duration::from_secs(10), task).await;
        }
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// The local admin token a server writes into its data directory.
pub fn admin_token(dir: &std::path::Path) -> String {
    quizbox::server::auth::read_local_token(dir).expect("the server wrote admin.token")
}

/// How long one test request may take: a stalled server fails the test
/// with a timeout instead of hanging it.
pub const REQUEST_LIMIT: Duration = Duration::from_secs(60);

/// `http` with `Authorization: Bearer token`.
pub async fn http_as(
    token: &str,
    addr: SocketAddr,
    method: &str,
    path: &str,
    body: Option<&str>,
) -> Result<(u16, String), ClientError> {
    let auth = format!("Bearer {token}");
    let (status, _headers, body) =
        http_raw(addr, method, path, body, &[("Authorization", &auth)]).await?;
    Ok((status, String::from_utf8_lossy(&body).into_owned()))
}

/// One request (a JSON body if any); returns status and body.
pub async fn http(
    addr: SocketAddr,
    method: &str,
    path: &str,
    body: Option<&str>,
) -> Result<(u16, String), ClientError> {
    let (status, _headers, body) = http_raw(addr, method, path, body, &[]).await?;
    Ok((status, String::from_utf8_lossy(&body).into_owned()))
}

/// Like `http`, with extra request headers; returns status, response
/// headers and body bytes. The request is `quizbox::client`'s, which reads
/// every body framing and gives up after `REQUEST_LIMIT`.
pub async fn http_raw(
    addr: SocketAddr,
    method: &str,
    path: &str,
    body: Option<&str>,
    headers: &[(&str, &str)],
) -> Result<(u16, HeaderMap, Vec<u8>), ClientError> {
    let method = Method::from_bytes(method.as_bytes()).expect("an HTTP method");
    let mut call = Call::new(method, path).within(REQUEST_LIMIT);
    for (name, value) in headers {
        call = call.header(*name, *value);
    }
    if let Some(body) = body {
        call = call
            .header("Content-Type", "application/json")
            .body(body.to_string());
    }
    let reply = Server::at(addr, None).request(call).await?;
    Ok((reply.status, reply.headers, reply.body.to_vec()))
}

type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<TcpStream>>;

/// A WebSocket client that keeps every text frame it received.
pub struct Client {
    pub socket: Socket,
    pub frames: Vec<String>,
    pub closed: Option<u16>,
}

impl Client {
    pub async fn connect(url: &str) -> Client {
        let (socket, _) = tokio_tungstenite::connect_async(url).await.unwrap();
        Client {
            socket,
            frames: Vec::new(),
            closed: None,
        }
    }

    pub async fn send(&mut self, value: Value) {
        self.socket
            .send(Message::Text(value.to_string().into()))
            .await
            .unwrap();
    }

    pub async fn send_raw(&mut self, message: Message) {
        self.socket.send(message).await.unwrap();
    }

    /// The next text frame as JSON (None once the socket is closed).
    pub async fn next(&mut self) -> Option<Value> {
        loop {
            let message = tokio::time::timeout(Duration::from_secs(10), self.socket.next())
                .await
                .expect("no frame within 10 s");
            match message {
                Some(Ok(Message::Text(text))) => {
                    // Every frame must be a valid server message.
                    serde_json::from_str::<ServerMsg>(&text)
                        .unwrap_or_else(|e| panic!("unparseable server frame {text}: {e}"));
                    self.frames.push(text.to_string());
                    return Some(serde_json::from_str(&text).unwrap());
                }
                Some(Ok(Message::Close(frame))) => {
                    self.closed = Some(frame.map_or(1005, |f| f.code.into()));
                    return None;
                }
                Some(Ok(_)) => continue,
                Some(Err(_)) | None => {
                    self.closed.get_or_insert(1006);
                    return None;
                }
            }
        }
    }

    /// Reads until a message of `kind` arrives (optionally with `phase`).
    pub async fn until(&mut self, kind: &str, phase: Option<&str>) -> Value {
        loop {
            let msg = self.next().await.unwrap_or_else(|| {
                panic!(
                    "closed ({:?}) while waiting for {kind} {phase:?}",
                    self.closed
                )
            });
            if msg["type"] == kind && phase.is_none_or(|p| msg["state"]["phase"] == p) {
                return msg;
            }
        }
    }

    /// Reads until the server closes; returns the close code.
    pub async fn until_closed(&mut self) -> u16 {
        while self.next().await.is_some() {}
        self.closed.unwrap()
    }
}

/// Opens a socket and sends the opening message.
pub async fn hello(server: &TestServer, hello: Value) -> Client {
    let mut client = Client::connect(&server.ws_url()).await;
    client.send(hello).await;
    client
}

pub async fn join(server: &TestServer, pin: &str, nickname: &str) -> Client {
    let mut c = hello(
        server,
        serde_json::json!({"type": "join", "v": 1, "pin": pin, "nickname": nickname}),
    )
    .await;
    let welcome = c.until("welcome", None).await;
    assert_eq!(welcome["player"]["nickname"], nickname);
    c
}

pub async fn host(server: &TestServer, pin: &str, key: &str) -> Client {
    let mut c = hello(
        server,
        serde_json::json!({"type": "host", "v": 1, "pin": pin, "key": key}),
    )
    .await;
    c.until("welcome", None).await;
    c
}

/// Makes `username` a host who signs in with `password`, signs in over
/// HTTP and imports `quiz` (TOML, as `file`) as theirs; returns the
/// session token.
pub async fn host_with_quiz(
    server: &TestServer,
    username: &str,
    password: &str,
    file: &str,
    quiz: &str,
) -> String {
    let settings = settings_for(server.dir.path());
    let store = quizbox::store::open(&settings.database).await.unwrap();
    let hash = quizbox::server::auth::hash_password(password).unwrap();
    store
        .create_user(username, quizbox::store::UserRole::Host, &hash)
        .await
        .unwrap();
    let (status, body) = http(
        server.addr,
        "POST",
        "/api/login",
        Some(&serde_json::json!({"username": username, "password": password}).to_string()),
    )
    .await
    .unwrap();
    assert_eq!(status, 200, "{body}");
    let session = serde_json::from_str::<Value>(&body).unwrap()["token"]
        .as_str()
        .unwrap()
        .to_string();
    let (status, _, body) = http_raw(
        server.addr,
        "POST",
        &format!("/api/quizzes/import?name={file}"),
        Some(quiz),
        &[("Authorization", &format!("Bearer {session}"))],
    )
    .await
    .unwrap();
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    session
}
