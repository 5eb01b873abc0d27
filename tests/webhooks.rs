//! Webhooks against a receiver on 127.0.0.1 started here (a small axum
//! server recording every request): the four events of a played game
//! arrive, signed with the webhook's secret as a receiver checks it; a
//! receiver that answers 500 once gets a retry, and the delivery log shows
//! both attempts; deliveries queued while the receiver is down survive a
//! restart; an HTTPS receiver is trusted through `webhooks.ca_file`; a
//! receiver that never answers does not hold up a game; only admins manage
//! webhooks; the CLI adds, lists and removes.

mod common;

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::http::{HeaderMap, StatusCode};
use common::command::{output, quizbox};
use common::*;
use hmac::{KeyInit, Mac};
use quizbox::config::WebhookSettings;
use quizbox::notify::webhooks::Sender;
use serde_json::{json, Value};
use tokio::net::TcpListener;

/// One request the receiver took.
#[derive(Debug, Clone)]
struct Received {
    path: String,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Received {
    fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_else(|| panic!("no {name} header"))
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap()
    }
}

/// A receiver that records what it is sent and answers each request with
/// the next status of `answers` (200 once they run out).
struct Receiver {
    addr: SocketAddr,
    seen: Arc<Mutex<Vec<Received>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Receiver {
    async fn start(answers: &[u16]) -> Receiver {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        Self::on(listener, answers)
    }

    fn on(listener: TcpListener, answers: &[u16]) -> Receiver {
        let addr = listener.local_addr().unwrap();
        let seen: Arc<Mutex<Vec<Received>>> = Arc::default();
        let answers = Arc::new(Mutex::new(answers.to_vec()));
        let record = Arc::clone(&seen);
        let app = axum::Router::new().fallback(
            move |uri: axum::http::Uri, headers: HeaderMap, body: axum::body::Bytes| {
                let (record, answers) = (Arc::clone(&record), Arc::clone(&answers));
                async move {
                    record.lock().unwrap().push(Received {
                        path: uri.to_string(),
                        headers,
                        body: body.to_vec(),
                    });
                    let mut answers = answers.lock().unwrap();
                    let status = if answers.is_empty() {
                        200
                    } else {
                        answers.remove(0)
                    };
                    StatusCode::from_u16(status).unwrap()
                }
            },
        );
        let task = tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        Receiver { addr, seen, task }
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Waits until `n` requests came (at most 20 s), and returns them.
    async fn wait_for(&self, n: usize) -> Vec<Received> {
        for _ in 0..400 {
            let seen = self.seen.lock().unwrap().clone();
            if seen.len() >= n {
                return seen;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let seen = self.seen.lock().unwrap().clone();
        panic!("{} requests came, not {n}: {seen:#?}", seen.len());
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// What a receiver does: HMAC-SHA256 of the raw body under the shared
/// secret, compared in constant time with the header's hex.
fn signature_holds(secret: &str, received: &Received) -> bool {
    let header = received.header("x-quizbox-signature");
    let Some(hex) = header.strip_prefix("sha256=") else {
        return false;
    };
    let Ok(expected) = (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(hex.get(i..i + 2).unwrap_or("zz"), 16))
        .collect::<Result<Vec<u8>, _>>()
    else {
        return false;
    };
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(&received.body);
    mac.verify_slice(&expected).is_ok()
}

/// A server whose retries come quickly.
async fn server_with(webhooks: &str) -> TestServer {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("quizbox.toml"),
        format!("[webhooks]\n{webhooks}"),
    )
    .unwrap();
    TestServer::start_in(dir).await
}

/// Correct answers (1-based in the file): \"4\", then \"6\".
const SUMS: &str = "title = \"Sums\"\nid = \"sums\"\n\n\
[[questions]]\ntext = \"2 + 2?\"\nanswers = [\"3\", \"4\"]\ncorrect = 2\n\n\
[[questions]]\ntext = \"3 + 3?\"\nanswers = [\"6\", \"7\"]\ncorrect = 1\n";

async fn import_sums(server: &TestServer) {
    let auth = format!("Bearer {}", server.token);
    let (status, _, body) = http_raw(
        server.addr,
        "POST",
        "/api/quizzes/import?name=sums.toml",
        Some(SUMS),
        &[("Authorization", auth.as_str())],
    )
    .await
    .unwrap();
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
}

async fn add_webhook(server: &TestServer, body: Value) -> Value {
    let (status, added) = server.post_json("/api/webhooks", &body).await;
    assert_eq!(status, 201, "{added}");
    added
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_four_events_of_a_played_game_arrive_signed() {
    let receiver = Receiver::start(&[]).await;
    let server = server_with("retry_first_ms = 100\n").await;
    import_sums(&server).await;
    let secret = "a shared secret";
    let added = add_webhook(
        &server,
        json!({"url": receiver.url("/hooks/quiz?source=test"), "secret": secret}),
    )
    .await;
    assert_eq!(added["secret"], secret);
    assert_eq!(added["events"], json!([]));
    let listed = server.get_json("/api/webhooks").await;
    assert_eq!(listed[0]["url"], receiver.url("/hooks/quiz?source=test"));
    assert!(listed[0].get("secret").is_none(), "{listed}");

    let (game_id, pin, key) = server.create_game("sums", 0).await;
    let mut host = host(&server, &pin, &key).await;
    let mut ann = join(&server, &pin, "Ann").await;
    let mut bob = join(&server, &pin, "Bob").await;
    host.until("player_joined", None).await;
    host.until("player_joined", None).await;
    host.send(json!({"type": "start"})).await;
    // Question 0: Ann right, Bob wrong; everyone answered closes it.
    for (p, choice) in [(&mut ann, 1), (&mut bob, 0)] {
        p.until("phase", Some("answering")).await;
        p.send(json!({"type": "answer", "question": 0, "answer": choice, "id": "a0"}))
            .await;
        p.until("answer_ack", None).await;
    }
    host.until("phase", Some("reveal")).await;
    host.send(json!({"type": "next"})).await;
    host.until("phase", Some("leaderboard")).await;
    host.send(json!({"type": "next"})).await;
    // Question 1: only Ann answers, right; the host closes it.
    ann.until("phase", Some("answering")).await;
    ann.send(json!({"type": "answer", "question": 1, "answer": 0, "id": "a1"}))
        .await;
    ann.until("answer_ack", None).await;
    host.send(json!({"type": "next"})).await;
    host.until("phase", Some("reveal")).await;
    host.send(json!({"type": "next"})).await;
    host.until("phase", Some("leaderboard")).await;
    host.send(json!({"type": "next"})).await;
    host.until("phase", Some("podium")).await;

    let got = receiver.wait_for(5).await;
    let events: Vec<&str> = got.iter().map(|r| r.header("x-quizbox-event")).collect();
    assert_eq!(
        events,
        [
            "game.created",
            "game.started",
            "question.closed",
            "question.closed",
            "game.finished"
        ]
    );
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    for r in &got {
        assert_eq!(r.path, "/hooks/quiz?source=test");
        assert!(signature_holds(secret, r), "{r:?}");
        assert!(!signature_holds("another secret", r));
        assert_eq!(r.header("content-type"), "application/json");
        let stamp: u64 = r.header("x-quizbox-timestamp").parse().unwrap();
        assert!(stamp.abs_diff(now) < 60, "{stamp} vs {now}");
        let body = r.json();
        assert_eq!(body["event"], r.header("x-quizbox-event"));
        assert_eq!(body["game"]["id"], game_id);
        assert_eq!(body["game"]["pin"], pin);
        assert_eq!(body["quiz"], json!({"id": "sums", "title": "Sums"}));
        assert!(body["at"].as_u64().unwrap() / 1000 <= now + 1);
    }
    // A body changed on the way no longer matches its signature.
    let mut forged = got[4].clone();
    let text = String::from_utf8(forged.body).unwrap();
    assert!(text.contains("\"Ann\""), "{text}");
    forged.body = text.replace("\"Ann\"", "\"Eve\"").into_bytes();
    assert!(!signature_holds(secret, &forged));

    let bodies: Vec<Value> = got.iter().map(Received::json).collect();
    assert!(bodies[0]["game"]["started_at"].is_null());
    assert!(bodies[1]["game"]["started_at"].is_u64());
    assert_eq!(
        bodies[2]["question"],
        json!({"index": 0, "answered": 2, "correct": 1})
    );
    assert_eq!(
        bodies[3]["question"],
        json!({"index": 1, "answered": 1, "correct": 1})
    );
    assert_eq!(bodies[4]["players"], 2);
    let top = bodies[4]["top"].as_array().unwrap();
    assert_eq!(top.len(), 2);
    assert_eq!(
        (top[0]["rank"].as_u64(), top[0]["nickname"].as_str()),
        (Some(1), Some("Ann"))
    );
    assert_eq!(
        (top[1]["rank"].as_u64(), top[1]["nickname"].as_str()),
        (Some(2), Some("Bob"))
    );
    assert!(top[0]["score"].as_u64().unwrap() > 0);
    assert!(bodies[4]["game"]["ended_at"].is_u64());
    // game.finished comes once the results can be read.
    let results = server
        .get_json(&format!("/api/games/{game_id}/results"))
        .await;
    assert_eq!(results["status"], "finished");

    // Each delivery is logged with its one attempt, under the id sent.
    let log = server.get_json("/api/webhooks/deliveries").await;
    let log = log.as_array().unwrap();
    assert_eq!(log.len(), 5);
    for (entry, r) in log.iter().rev().zip(&got) {
        assert_eq!(entry["id"].to_string(), r.header("x-quizbox-delivery"));
        assert_eq!(entry["event"], r.header("x-quizbox-event"));
        assert_eq!(entry["event_id"], r.json()["id"]);
        assert_eq!(entry["state"], "delivered");
        assert_eq!(entry["attempts"].as_array().unwrap().len(), 1);
        assert_eq!(entry["attempts"][0]["status"], 200);
    }
    // Nothing more comes: each event was sent once.
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(receiver.seen.lock().unwrap().len(), 5);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_receiver_that_fails_once_gets_a_retry_and_the_log_shows_both() {
    let receiver = Receiver::start(&[500]).await;
    let server = server_with("retry_first_ms = 300\n").await;
    let added = add_webhook(
        &server,
        json!({"url": receiver.url("/"), "events": ["game.created"]}),
    )
    .await;
    let secret = added["secret"].as_str().unwrap().to_string();
    assert_eq!(secret.len(), 64, "a secret is made up: {added}");
    assert_eq!(added["events"], json!(["game.created"]));

    let started = std::time::Instant::now();
    let (game_id, _, _) = server.create_game("world-capitals", 0).await;
    let got = receiver.wait_for(2).await;
    assert!(started.elapsed() >= Duration::from_millis(300));
    assert_eq!(got[0].body, got[1].body);
    assert_eq!(
        got[0].header("x-quizbox-delivery"),
        got[1].header("x-quizbox-delivery")
    );
    assert!(signature_holds(&secret, &got[1]));
    assert_eq!(got[1].json()["game"]["id"], game_id);

    let log = server.get_json("/api/webhooks/deliveries").await;
    assert_eq!(log.as_array().unwrap().len(), 1, "{log}");
    let entry = &log[0];
    assert_eq!(entry["event"], "game.created");
    assert_eq!(entry["state"], "delivered");
    assert!(entry["next_at"].is_null());
    let attempts = entry["attempts"].as_array().unwrap();
    assert_eq!(attempts.len(), 2, "{entry}");
    assert_eq!(attempts[0]["status"], 500);
    assert_eq!(attempts[0]["error"], "the receiver answered HTTP 500");
    assert_eq!(attempts[1]["status"], 200);
    assert!(attempts[1]["error"].is_null());
    let gap = attempts[1]["at"].as_i64().unwrap() - attempts[0]["at"].as_i64().unwrap();
    assert!(gap >= 300, "the retry waited {gap} ms");

    // And counted in /metrics.
    let (status, text) = server.get("/metrics").await;
    assert_eq!(status, 200);
    let scrape = common::exposition::parse(&text).unwrap();
    let count = |name: &str, labels: &[(&str, &str)]| scrape.value(name, labels);
    assert_eq!(
        count("quizbox_webhook_attempts_total", &[("result", "failed")]),
        Some(1.0)
    );
    assert_eq!(
        count("quizbox_webhook_attempts_total", &[("result", "delivered")]),
        Some(1.0)
    );
    assert_eq!(
        count("quizbox_webhook_deliveries_failed_total", &[]),
        Some(0.0)
    );
    assert_eq!(count("quizbox_game_events_dropped_total", &[]), Some(0.0));

    // The same log from the command line, on the same database.
    let (code, out, err) =
        output(quizbox(server.dir.path()).args(["webhook", "deliveries", "--json"]));
    assert_eq!(code, 0, "{err}");
    let cli: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(cli, log);
    let (code, out, err) = output(quizbox(server.dir.path()).args(["webhook", "deliveries"]));
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("game.created") && out.contains("delivered"),
        "{out}"
    );
    assert!(
        out.contains("HTTP 500") && out.contains("HTTP 200"),
        "{out}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deliveries_queued_while_the_receiver_is_down_survive_a_restart() {
    // A port nothing listens on, until the receiver takes it below.
    let port = TcpListener::bind("127.0.0.1:0")
        .await
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let server = server_with("retry_first_ms = 200\nretry_max_ms = 200\nattempts = 100\n").await;
    add_webhook(
        &server,
        json!({"url": format!("http://127.0.0.1:{port}/"), "events": ["game.created"], "secret": "s"}),
    )
    .await;
    let (game_id, _, _) = server.create_game("world-capitals", 0).await;
    let mut failed = 0;
    for _ in 0..200 {
        let log = server.get_json("/api/webhooks/deliveries").await;
        failed = log[0]["attempts"].as_array().map_or(0, Vec::len);
        if failed >= 2 {
            assert_eq!(log[0]["state"], "pending");
            assert!(log[0]["attempts"][0]["status"].is_null());
            let error = log[0]["attempts"][0]["error"].as_str().unwrap();
            assert!(error.contains("cannot connect"), "{error}");
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(failed >= 2, "attempts were made and logged");

    let server = server.restart().await;
    let receiver = Receiver::on(TcpListener::bind(("127.0.0.1", port)).await.unwrap(), &[]);
    let got = receiver.wait_for(1).await;
    assert_eq!(got[0].json()["game"]["id"], game_id);
    assert!(signature_holds("s", &got[0]));
    for _ in 0..100 {
        let log = server.get_json("/api/webhooks/deliveries").await;
        if log[0]["state"] == "delivered" {
            let attempts = log[0]["attempts"].as_array().unwrap();
            assert!(attempts.len() > failed);
            assert_eq!(attempts.last().unwrap()["status"], 200);
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the delivery was not marked delivered");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_admins_manage_webhooks_and_bad_ones_are_refused() {
    let server = TestServer::start().await;
    let settings = settings_for(server.dir.path());
    let store = quizbox::store::open(&settings.database).await.unwrap();
    let hash = quizbox::server::auth::hash_password("ola-password-1").unwrap();
    let ola = store
        .create_user("ola", quizbox::store::UserRole::Host, &hash)
        .await
        .unwrap()
        .id;
    let token = quizbox::server::auth::issue_token(
        store.as_ref(),
        ola,
        quizbox::store::TokenKind::Api,
        "test",
        &quizbox::store::Scope::ALL,
        None,
    )
    .await
    .unwrap();
    for (method, path, body) in [
        ("GET", "/api/webhooks", None),
        ("GET", "/api/webhooks/deliveries", None),
        (
            "POST",
            "/api/webhooks",
            Some(r#"{"url": "http://127.0.0.1:9/"}"#),
        ),
        ("DELETE", "/api/webhooks/1", None),
    ] {
        let (status, body) = http_as(&token, server.addr, method, path, body)
            .await
            .unwrap();
        assert_eq!(status, 403, "{method} {path}: {body}");
        let (status, _) = http(server.addr, method, path, None).await.unwrap();
        assert_eq!(status, 401, "{method} {path} without credentials");
    }
    assert_eq!(server.get_json("/api/webhooks").await, json!([]));

    for (body, says) in [
        (json!({"url": "ftp://example.org/"}), "http:// or https://"),
        (
            json!({"url": "http://127.0.0.1:9/", "events": ["game.over"]}),
            "game.over",
        ),
        (
            json!({"url": "http://127.0.0.1:9/", "secret": " "}),
            "must not be empty",
        ),
    ] {
        let (status, reply) = server.post_json("/api/webhooks", &body).await;
        assert_eq!(status, 422, "{body}: {reply}");
        assert!(reply.to_string().contains(says), "{reply}");
    }
    let added = add_webhook(&server, json!({"url": "http://127.0.0.1:9/"})).await;
    let id = added["id"].as_i64().unwrap();
    let path = format!("/api/webhooks/{id}");
    let (status, _) = http_as(&server.token, server.addr, "DELETE", &path, None)
        .await
        .unwrap();
    assert_eq!(status, 204);
    let (status, _) = http_as(&server.token, server.addr, "DELETE", &path, None)
        .await
        .unwrap();
    assert_eq!(status, 404);
    assert_eq!(server.get_json("/api/webhooks").await, json!([]));
}

#[test]
fn the_command_line_adds_lists_and_removes_webhooks() {
    let dir = tempfile::tempdir().unwrap();
    let secret_file = dir.path().join("secret");
    std::fs::write(&secret_file, "from-a-file\n").unwrap();
    let (code, out, err) = output(quizbox(dir.path()).args([
        "webhook",
        "add",
        "https://hooks.example.org/quiz",
        "--events",
        "game.finished,question.closed",
        "--secret-file",
        secret_file.to_str().unwrap(),
    ]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "", "a secret from a file is not printed");
    assert!(err.contains("webhook 1 added"), "{err}");

    let (code, out, err) =
        output(quizbox(dir.path()).args(["webhook", "add", "http://127.0.0.1:9/"]));
    assert_eq!(code, 0, "{err}");
    let generated = out.trim();
    assert_eq!(generated.len(), 64, "{out}");
    assert!(err.contains("this once"), "{err}");

    let (code, out, _) = output(quizbox(dir.path()).args(["webhook", "list", "--json"]));
    assert_eq!(code, 0);
    let listed: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        listed[0]["events"],
        json!(["game.finished", "question.closed"])
    );
    assert_eq!(listed[1]["events"], json!([]));
    assert!(
        !out.contains("from-a-file") && !out.contains(generated),
        "{out}"
    );
    let (_, out, _) = output(quizbox(dir.path()).args(["webhook", "list"]));
    assert!(
        out.contains("every event") && out.contains("https://hooks.example.org/quiz"),
        "{out}"
    );

    let (code, _, err) =
        output(quizbox(dir.path()).args(["webhook", "add", "http://x/", "--events", "game.over"]));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("unknown event \"game.over\""), "{err}");
    let (code, _, err) = output(quizbox(dir.path()).args(["webhook", "add", "gopher://x/"]));
    assert_eq!(code, 2, "{err}");

    let (code, _, err) = output(quizbox(dir.path()).args(["webhook", "remove", "1"]));
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = output(quizbox(dir.path()).args(["webhook", "remove", "1"]));
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("no webhook 1"), "{err}");
    let (_, out, _) = output(quizbox(dir.path()).args(["webhook", "list", "--json"]));
    let listed: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 1);
}

/// A CA, and a certificate for 127.0.0.1 it signed (PEM: CA, cert, key).
fn private_ca() -> (String, String, String) {
    let mut ca = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    ca.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    ca.distinguished_name
        .push(rcgen::DnType::CommonName, "webhook test CA");
    let ca = rcgen::CertifiedIssuer::self_signed(ca, rcgen::KeyPair::generate().unwrap()).unwrap();
    let key = rcgen::KeyPair::generate().unwrap();
    let leaf = rcgen::CertificateParams::new(vec!["127.0.0.1".to_string()])
        .unwrap()
        .signed_by(&key, &ca)
        .unwrap();
    (ca.pem(), leaf.pem(), key.serialize_pem())
}

/// An HTTPS receiver on 127.0.0.1 with `cert`: each request recorded and
/// answered 200.
async fn https_receiver(cert: &str, key: &str) -> (SocketAddr, Arc<Mutex<Vec<Received>>>) {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let chain = vec![CertificateDer::from_pem_slice(cert.as_bytes()).unwrap()];
    let key = PrivateKeyDer::from_pem_slice(key.as_bytes()).unwrap();
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(chain, key)
    .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let seen: Arc<Mutex<Vec<Received>>> = Arc::default();
    let record = Arc::clone(&seen);
    tokio::spawn(async move {
        loop {
            let Ok((tcp, _)) = listener.accept().await else {
                return;
            };
            let (acceptor, record) = (acceptor.clone(), Arc::clone(&record));
            tokio::spawn(async move {
                // A client that does not trust the certificate ends here.
                let Ok(tls) = acceptor.accept(tcp).await else {
                    return;
                };
                let service = hyper::service::service_fn(
                    move |request: hyper::Request<hyper::body::Incoming>| {
                        let record = Arc::clone(&record);
                        async move {
                            use http_body_util::BodyExt;
                            let (parts, body) = request.into_parts();
                            let body = body.collect().await?.to_bytes();
                            record.lock().unwrap().push(Received {
                                path: parts.uri.to_string(),
                                headers: parts.headers,
                                body: body.to_vec(),
                            });
                            Ok::<_, hyper::Error>(hyper::Response::new(http_body_util::Full::new(
                                bytes::Bytes::from_static(b"thanks"),
                            )))
                        }
                    },
                );
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(hyper_util::rt::TokioIo::new(tls), service)
                    .await;
            });
        }
    });
    (addr, seen)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_https_receiver_is_checked_against_the_public_cas_and_the_ca_file() {
    let (ca, cert, key) = private_ca();
    let (addr, seen) = https_receiver(&cert, &key).await;
    let url = format!("https://{addr}/hook");
    let dir = tempfile::tempdir().unwrap();
    let ca_file = dir.path().join("ca.pem");
    std::fs::write(&ca_file, &ca).unwrap();

    // Without the CA, the receiver's certificate is refused.
    let public_only = Sender::new(&WebhookSettings::default()).unwrap();
    let refused = public_only.post(&url, &[], "{}".into()).await.unwrap_err();
    assert!(
        refused.contains("TLS") && refused.contains("UnknownIssuer"),
        "{refused}"
    );
    assert!(seen.lock().unwrap().is_empty());

    // The server with webhooks.ca_file delivers to it.
    let server = server_with(&format!("ca_file = {:?}\n", ca_file.to_str().unwrap())).await;
    add_webhook(
        &server,
        json!({"url": url, "events": ["game.created"], "secret": "tls"}),
    )
    .await;
    let (game_id, _, _) = server.create_game("world-capitals", 0).await;
    for _ in 0..200 {
        if !seen.lock().unwrap().is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let got = seen.lock().unwrap().clone();
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].path, "/hook");
    assert_eq!(got[0].json()["game"]["id"], game_id);
    assert!(signature_holds("tls", &got[0]));

    // A CA file that holds no certificate stops the server from starting.
    std::fs::write(&ca_file, "not a certificate\n").unwrap();
    let settings = WebhookSettings {
        ca_file: Some(ca_file.clone()),
        ..WebhookSettings::default()
    };
    let err = Sender::new(&settings).err().unwrap().to_string();
    assert!(
        err.contains("webhooks.ca_file") && err.contains("no PEM certificate"),
        "{err}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_receiver_that_never_answers_does_not_hold_up_a_game() {
    // Takes connections and the requests on them, and answers nothing.
    let silent = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = silent.local_addr().unwrap();
    let held = tokio::spawn(async move {
        let mut open = Vec::new();
        while let Ok((socket, _)) = silent.accept().await {
            open.push(socket);
        }
    });
    let server = server_with("timeout_secs = 30\n").await;
    import_sums(&server).await;
    add_webhook(&server, json!({"url": format!("http://{addr}/")})).await;

    let begun = std::time::Instant::now();
    let (_, pin, key) = server.create_game("sums", 0).await;
    let mut host = host(&server, &pin, &key).await;
    let mut ann = join(&server, &pin, "Ann").await;
    host.until("player_joined", None).await;
    host.send(json!({"type": "start"})).await;
    ann.until("phase", Some("answering")).await;
    ann.send(json!({"type": "answer", "question": 0, "answer": 1, "id": "a"}))
        .await;
    ann.until("answer_ack", None).await;
    host.until("phase", Some("reveal")).await;
    host.send(json!({"type": "next"})).await;
    host.until("phase", Some("leaderboard")).await;
    host.send(json!({"type": "next"})).await;
    ann.until("phase", Some("answering")).await;
    // Ended during the second question: it is closed on the way out.
    host.send(json!({"type": "end"})).await;
    host.until("phase", Some("podium")).await;
    let took = begun.elapsed();
    assert!(took < Duration::from_secs(5), "the game took {took:?}");

    // Meanwhile the deliveries wait on the receiver, their attempts not
    // yet over; every event is queued.
    let mut events = Vec::new();
    for _ in 0..100 {
        let log = server.get_json("/api/webhooks/deliveries").await;
        let log = log.as_array().unwrap().clone();
        assert!(log.iter().all(|d| d["state"] == "pending"), "{log:?}");
        events = log.iter().rev().map(|d| d["event_id"].clone()).collect();
        if events.len() == 5 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let game_id = events[0]
        .as_str()
        .unwrap()
        .split(':')
        .next()
        .unwrap()
        .to_string();
    let want: Vec<Value> = [
        "game.created",
        "game.started",
        "question.closed:0",
        "question.closed:1",
        "game.finished",
    ]
    .iter()
    .map(|e| json!(format!("{game_id}:{e}")))
    .collect();
    assert_eq!(events, want);
    held.abort();
}
