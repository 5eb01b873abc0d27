//! HTTPS: `quizbox serve --tls auto` on a fresh data directory, checked with
//! a rustls client: the certificate's names (host name, LAN addresses,
//! localhost, loopback), requests and a game socket over TLS, plain HTTP
//! redirecting, and the same key (fingerprint) after a restart.

mod common;

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use hyper::Method;
use quizbox::client::tls::{pin_on_first_use, KnownServers, PinOutcome};
use quizbox::client::{exchange, Call, GameSocket, Incoming, NewGame, Reply, Server};
use quizbox::protocol::{ClientMsg, ServerMsg, PROTOCOL_VERSION};
use quizbox::server::tls;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName};
use serde_json::{json, Value};
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;

fn free_addr() -> SocketAddr {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
}

/// `quizbox serve --tls auto --tls-redirect`, killed on drop; returns once
/// its banner shows the certificate's fingerprint.
struct Served {
    child: Child,
    fingerprint: String,
}

impl Served {
    fn start(data: &std::path::Path, plain: SocketAddr, https: SocketAddr) -> Served {
        let mut child = Command::new(env!("CARGO_BIN_EXE_quizbox"))
            .arg("--data")
            .arg(data)
            .args(["serve", "--listen", &plain.to_string(), "--tls", "auto"])
            .args(["--tls-listen", &https.to_string(), "--tls-redirect"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let started = Instant::now();
        let fingerprint = loop {
            let line = lines.next().expect("the banner").expect("readable stderr");
            if let Some(rest) = line.trim().strip_prefix("certificate key  SHA-256 ") {
                break rest.trim().to_string();
            }
            assert!(started.elapsed() < Duration::from_secs(30), "no banner");
        };
        // Keep draining stderr so the server never blocks on it.
        std::thread::spawn(move || for _ in lines {});
        Served { child, fingerprint }
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A rustls client that trusts exactly this certificate.
fn client_config(cert: CertificateDer<'static>) -> Arc<rustls::ClientConfig> {
    let mut roots = rustls::RootCertStore::empty();
    roots.add(cert).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    Arc::new(
        rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_root_certificates(roots)
            .with_no_client_auth(),
    )
}

/// One request over TLS to `addr`, verifying the certificate for `name`
/// (the handshake is this test's own; the request is `quizbox::client`'s).
async fn https(
    config: &Arc<rustls::ClientConfig>,
    addr: SocketAddr,
    name: &str,
    call: Call,
) -> Result<Reply, String> {
    let stream = TcpStream::connect(addr).await.map_err(|e| e.to_string())?;
    let server_name = ServerName::try_from(name.to_string()).map_err(|e| e.to_string())?;
    let tls = TlsConnector::from(Arc::clone(config))
        .connect(server_name, stream)
        .await
        .map_err(|e| e.to_string())?;
    exchange(tls, "localhost", call.within(common::REQUEST_LIMIT))
        .await
        .map_err(|e| e.to_string())
}

fn get(path: &str) -> Call {
    Call::new(Method::GET, path)
}

async fn wait_for_https(config: &Arc<rustls::ClientConfig>, addr: SocketAddr) {
    let started = Instant::now();
    while https(config, addr, "localhost", get("/readyz"))
        .await
        .map(|r| r.status)
        != Ok(200)
    {
        assert!(started.elapsed() < Duration::from_secs(20), "no HTTPS");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_auto_on_a_fresh_data_dir_covers_this_machine_and_redirects_plain_http() {
    let data = tempfile::tempdir().unwrap();
    let (plain, secure) = (free_addr(), free_addr());
    let served = Served::start(data.path(), plain, secure);

    // The certificate and its key were made in the data directory.
    let cert_pem = std::fs::read(data.path().join("tls/cert.pem")).unwrap();
    let cert = CertificateDer::from_pem_slice(&cert_pem).unwrap();
    assert_eq!(tls::fingerprint(&cert).unwrap(), served.fingerprint);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let key = std::fs::metadata(data.path().join("tls/key.pem")).unwrap();
        assert_eq!(key.permissions().mode() & 0o777, 0o600);
    }
    let config = client_config(cert.clone());
    wait_for_https(&config, secure).await;

    // Its names: every one this machine is reached by verifies...
    let names = tls::machine_names();
    for name in ["localhost", "127.0.0.1", "::1"] {
        assert!(names.iter().any(|n| n == name), "{names:?}");
    }
    for ip in quizbox::server::lan_addresses() {
        assert!(
            names.contains(&ip.to_string()),
            "{ip} missing from {names:?}"
        );
    }
    for name in &names {
        let reply = https(&config, secure, name, get("/healthz"))
            .await
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(reply.status, 200, "{name}");
    }
    // ...and exactly those are in the certificate.
    let parsed = webpki::EndEntityCert::try_from(&cert).unwrap();
    let mut dns: Vec<&str> = parsed.valid_dns_names().collect();
    dns.sort();
    let mut expected: Vec<&str> = names
        .iter()
        .filter(|n| n.parse::<std::net::IpAddr>().is_err())
        .map(String::as_str)
        .collect();
    expected.sort();
    assert_eq!(dns, expected);
    let host = gethostname::gethostname().to_string_lossy().to_lowercase();
    if !host.is_empty() && host != "localhost" && host.parse::<std::net::IpAddr>().is_err() {
        assert!(dns.contains(&host.as_str()), "host name {host} in {dns:?}");
    }
    // A name it was not made for is refused by the client.
    let err = https(&config, secure, "quiz.example.com", get("/healthz"))
        .await
        .unwrap_err();
    assert!(err.to_lowercase().contains("not valid"), "{err}");

    // Plain HTTP redirects to the same path over HTTPS; health checks stay.
    let (status, head, _) = common::http_raw(plain, "GET", "/host?x=1", None, &[])
        .await
        .unwrap();
    assert_eq!(status, 308);
    let location = head["location"].to_str().unwrap();
    assert_eq!(
        location,
        format!(
            "https://{plain_ip}:{}/host?x=1",
            secure.port(),
            plain_ip = plain.ip()
        )
    );
    let (status, _) = common::http(plain, "GET", "/healthz", None).await.unwrap();
    assert_eq!(status, 200);

    // A whole round trip over TLS: create a game, join it over wss.
    let token = common::admin_token(data.path());
    let body = json!({"quiz_id": "world-capitals", "intro_secs": 0}).to_string();
    let request = Call::new(Method::POST, "/api/games")
        .header("Authorization", format!("Bearer {token}"))
        .header("Content-Type", "application/json")
        .body(body);
    let reply = https(&config, secure, "localhost", request).await.unwrap();
    assert_eq!(reply.status, 201, "{}", reply.text());
    let created: Value = serde_json::from_slice(&reply.body).unwrap();
    let pin = created["pin"].as_str().unwrap();
    let stream = TcpStream::connect(secure).await.unwrap();
    let (mut socket, _) = tokio_tungstenite::client_async_tls_with_config(
        format!("wss://localhost:{}/ws", secure.port()),
        stream,
        None,
        Some(tokio_tungstenite::Connector::Rustls(Arc::clone(&config))),
    )
    .await
    .unwrap();
    use futures_util::{SinkExt, StreamExt};
    let hello = json!({"type": "join", "v": 1, "pin": pin, "nickname": "Secure"});
    socket
        .send(tokio_tungstenite::tungstenite::Message::Text(
            hello.to_string().into(),
        ))
        .await
        .unwrap();
    let welcome = tokio::time::timeout(Duration::from_secs(10), socket.next())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    let welcome: Value = serde_json::from_str(welcome.to_text().unwrap()).unwrap();
    assert_eq!(welcome["player"]["nickname"], "Secure");

    // The dashboard's client pins the key on first use and then uses it.
    let known_dir = tempfile::tempdir().unwrap();
    let known_path = KnownServers::file(known_dir.path());
    let mut known = KnownServers::load(&known_path).unwrap();
    let url = format!("https://localhost:{}", secure.port());
    let remote = Server::parse(&url, Some(token.clone())).unwrap();
    let mut shown = String::new();
    let (pinned, outcome) = pin_on_first_use(remote.clone(), None, &mut known, |f| {
        shown = f.to_string();
        true
    })
    .await
    .unwrap();
    assert_eq!(outcome, PinOutcome::PinnedNow);
    assert_eq!(shown, served.fingerprint, "the user is shown the key");
    assert_eq!(pinned.pin(), Some(served.fingerprint.as_str()));
    assert!(pinned.list_quizzes().await.unwrap().len() >= 3);
    let game = pinned
        .create_game(&NewGame {
            quiz_id: "science-basics".into(),
            intro_secs: 0,
            streak_bonus: true,
            ..NewGame::default()
        })
        .await
        .unwrap();
    let hello = ClientMsg::Host {
        v: PROTOCOL_VERSION,
        pin: game.pin.clone(),
        key: game.host_key.clone(),
    };
    let mut host = GameSocket::open(&pinned, &hello).await.unwrap();
    assert!(matches!(host.recv().await, Incoming::Msg(m) if matches!(*m, ServerMsg::Welcome(_))));
    let mut reloaded = KnownServers::load(&known_path).unwrap();
    let (_, outcome) = pin_on_first_use(remote.clone(), None, &mut reloaded, |_| {
        panic!("asked again")
    })
    .await
    .unwrap();
    assert_eq!(outcome, PinOutcome::Known);
    // Declining pins nothing; a wrong fingerprint given up front is refused.
    let mut empty = KnownServers::load(&known_dir.path().join("other.toml")).unwrap();
    assert!(
        pin_on_first_use(remote.clone(), None, &mut empty, |_| false)
            .await
            .is_err()
    );
    let wrong = "00:".repeat(31) + "00";
    let err = pin_on_first_use(remote.clone(), Some(&wrong), &mut empty, |_| true)
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("different certificate key"),
        "{err}"
    );

    // A restart reuses the certificate: same file, same fingerprint.
    let fingerprint = served.fingerprint.clone();
    drop(served);
    let again = Served::start(data.path(), plain, secure);
    assert_eq!(again.fingerprint, fingerprint);
    assert_eq!(
        std::fs::read(data.path().join("tls/cert.pem")).unwrap(),
        cert_pem
    );
    wait_for_https(&config, secure).await;
    // Another server (a fresh data directory, a new key) at the same address
    // is refused by the pinned client.
    drop(again);
    let fresh = tempfile::tempdir().unwrap();
    let impostor = Served::start(fresh.path(), plain, secure);
    assert_ne!(impostor.fingerprint, fingerprint);
    let mut known = KnownServers::load(&known_path).unwrap();
    let err = pin_on_first_use(remote, None, &mut known, |_| true)
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("different certificate key"),
        "{err}"
    );
    let err = pinned.list_quizzes().await.unwrap_err();
    assert!(err.to_string().contains("certificate key changed"), "{err}");
}
