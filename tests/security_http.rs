//! The HTTP and accounts layer under attack, against the real `quizbox
//! serve` binary: simultaneous wrong logins (memory and how many passwords
//! get checked), bursts against one account from several addresses, an
//! account that an attacker cannot lock, connections that send nothing or
//! drip their headers (plain and TLS), connection caps per address, and the
//! modes of the files that hold secrets.

mod common;

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use std::sync::Arc;

use hyper::Method;
use quizbox::client::{exchange, Call};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName};
use serde_json::json;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};

fn free_addr() -> SocketAddr {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
}

/// `quizbox serve` on a fresh data directory holding `config` as its
/// quizbox.toml; killed on drop.
struct Served {
    child: Child,
    addr: SocketAddr,
    /// The first admin's password, from the first-start banner.
    password: String,
    /// Everything the server wrote on standard error so far.
    stderr: Arc<std::sync::Mutex<Vec<String>>>,
    /// Holds the data directory, removed on drop.
    _root: tempfile::TempDir,
}

impl Served {
    async fn start(config: &str, extra: &[&str]) -> Served {
        let root = tempfile::tempdir().unwrap();
        std::fs::write(root.path().join("quizbox.toml"), config).unwrap();
        let data = root.path().to_path_buf();
        Served::start_at(root, &data, extra, &[]).await
    }

    /// A server on a fresh data directory with these environment settings.
    async fn start_env(env: &[(&str, &str)], extra: &[&str]) -> Served {
        let root = tempfile::tempdir().unwrap();
        let data = root.path().to_path_buf();
        Served::start_at(root, &data, extra, env).await
    }

    /// Serves the data directory `data` (inside `root`, which lives as long
    /// as the server).
    async fn start_at(
        root: tempfile::TempDir,
        data: &std::path::Path,
        extra: &[&str],
        env: &[(&str, &str)],
    ) -> Served {
        let addr = free_addr();
        let mut child = Command::new(env!("CARGO_BIN_EXE_quizbox"))
            .arg("--data")
            .arg(data)
            .args(["serve", "--listen", &addr.to_string()])
            .args(extra)
            .env("QUIZBOX_LOG", "warn")
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let mut seen = Vec::new();
        let password = loop {
            let line = lines.next().expect("the banner").expect("readable stderr");
            seen.push(line.clone());
            if let Some(rest) = line.trim().strip_prefix("password  ") {
                break rest.trim().to_string();
            }
        };
        // Keep draining stderr so the server never blocks on it.
        let stderr = Arc::new(std::sync::Mutex::new(seen));
        let kept = Arc::clone(&stderr);
        std::thread::spawn(move || {
            for line in lines.map_while(Result::ok) {
                kept.lock().unwrap().push(line);
            }
        });
        let served = Served {
            child,
            addr,
            password,
            stderr,
            _root: root,
        };
        let started = Instant::now();
        while !matches!(
            common::http(addr, "GET", "/readyz", None).await,
            Ok((200, _))
        ) {
            assert!(started.elapsed() < Duration::from_secs(30), "not ready");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        served
    }

    /// The first line of standard error that contains `text`, waiting for it.
    async fn line_with(&self, text: &str) -> String {
        let started = Instant::now();
        loop {
            if let Some(line) = self
                .stderr
                .lock()
                .unwrap()
                .iter()
                .find(|l| l.contains(text))
            {
                return line.clone();
            }
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "no line with {text:?}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The server's resident memory now and at its peak, in MiB.
    fn memory_mib(&self) -> (u64, u64) {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        let field = |name: &str| {
            status
                .lines()
                .find_map(|l| l.strip_prefix(name))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
                .unwrap()
                / 1024
        };
        (field("VmRSS:"), field("VmHWM:"))
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A TCP connection to `addr` from the loopback address `source`
/// (127.0.0.0/8 all reaches us, and each is another client address).
async fn connect_from(addr: SocketAddr, source: [u8; 4]) -> std::io::Result<TcpStream> {
    let socket = TcpSocket::new_v4()?;
    socket.bind((source, 0).into())?;
    socket.connect(addr).await
}

/// `POST /api/login` as a request.
fn login(user: &str, password: &str) -> Call {
    let body = json!({"username": user, "password": password}).to_string();
    Call::new(Method::POST, "/api/login")
        .header("Content-Type", "application/json")
        .body(body)
        .within(common::REQUEST_LIMIT)
}

/// `POST /api/login` from `source`; the status and the body, or 0 and why
/// when the connection failed.
async fn login_from(
    addr: SocketAddr,
    source: [u8; 4],
    user: &str,
    password: &str,
) -> (u16, String) {
    let stream = match connect_from(addr, source).await {
        Ok(stream) => stream,
        Err(e) => return (0, e.to_string()),
    };
    match exchange(stream, &addr.to_string(), login(user, password)).await {
        Ok(reply) => (reply.status, reply.text()),
        Err(e) => (0, e.to_string()),
    }
}

/// How many responses had each status, sorted by status.
fn tally(statuses: &[u16]) -> Vec<(u16, usize)> {
    let mut counts = std::collections::BTreeMap::new();
    for s in statuses {
        *counts.entry(*s).or_insert(0) += 1;
    }
    counts.into_iter().collect()
}

fn count(statuses: &[u16], status: u16) -> usize {
    statuses.iter().filter(|s| **s == status).count()
}

async fn burst(addr: SocketAddr, sources: &[[u8; 4]], each: usize, user: &str) -> Vec<u16> {
    let mut tasks = Vec::new();
    for source in sources {
        for n in 0..each {
            let (source, user) = (*source, user.to_string());
            tasks.push(tokio::spawn(async move {
                login_from(addr, source, &user, &format!("wrong-guess-{n}"))
                    .await
                    .0
            }));
        }
    }
    let mut statuses = Vec::new();
    for task in tasks {
        statuses.push(task.await.unwrap());
    }
    statuses
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_hundred_simultaneous_wrong_logins_check_ten_passwords_in_little_memory() {
    let served = Served::start("", &[]).await;
    let (idle, _) = served.memory_mib();

    let statuses = burst(served.addr, &[[127, 0, 0, 1]], 100, "admin").await;
    let (rss, peak) = served.memory_mib();
    eprintln!(
        "100 wrong logins: {:?}; RSS idle {idle} MiB, after {rss} MiB, peak {peak} MiB",
        tally(&statuses)
    );
    // Each 401 is a password that was checked; the address allows ten.
    assert!(count(&statuses, 401) <= 10, "{:?}", tally(&statuses));
    assert!(count(&statuses, 401) >= 1, "{:?}", tally(&statuses));
    assert_eq!(
        count(&statuses, 401) + count(&statuses, 429) + count(&statuses, 503),
        100,
        "every other attempt is refused: {:?}",
        tally(&statuses)
    );
    assert!(peak < 300, "peak RSS {peak} MiB");
    assert!(rss < 300, "RSS {rss} MiB");

    // The right password from another address still gets in.
    let (status, text) = login_from(served.addr, [127, 0, 0, 2], "admin", &served.password).await;
    assert_eq!(status, 200, "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_hundred_logins_at_once_for_as_many_accounts_hash_a_few_at_a_time() {
    let served = Served::start("", &[]).await;
    // Twenty addresses, ten names each: no address or account is over its
    // limit, so only the pool of hashes stands in the way.
    let mut tasks = Vec::new();
    for a in 1..=20u8 {
        for n in 0..10 {
            let addr = served.addr;
            tasks.push(tokio::spawn(async move {
                login_from(addr, [127, 0, 20, a], &format!("user-{a}-{n}"), "guess")
                    .await
                    .0
            }));
        }
    }
    let mut statuses = Vec::new();
    for task in tasks {
        statuses.push(task.await.unwrap());
    }
    let (rss, peak) = served.memory_mib();
    eprintln!(
        "200 logins for 200 accounts: {:?}; RSS {rss} MiB, peak {peak} MiB",
        tally(&statuses)
    );
    assert_eq!(
        count(&statuses, 401) + count(&statuses, 503),
        200,
        "checked, or told to come back: {:?}",
        tally(&statuses)
    );
    // 4 hashes at once and 32 waiting by default: the rest come back later.
    assert!(count(&statuses, 401) >= 36, "{:?}", tally(&statuses));
    assert!(peak < 300, "peak RSS {peak} MiB");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn bursts_against_one_account_from_several_addresses_are_checked_a_few_at_a_time() {
    let served = Served::start("", &[]).await;
    let mut checked = Vec::new();
    for round in 0..3u8 {
        // Four fresh addresses each time: no address is near its limit.
        let sources: Vec<[u8; 4]> = (1..=4).map(|n| [127, 0, 10 + round, n]).collect();
        let statuses = burst(served.addr, &sources, 15, "admin").await;
        eprintln!("burst {round}: {:?}", tally(&statuses));
        assert_eq!(
            count(&statuses, 401) + count(&statuses, 429) + count(&statuses, 503),
            60,
            "{:?}",
            tally(&statuses)
        );
        checked.push(count(&statuses, 401));
    }
    // One attempt checked at a time per account, four waiting: at most
    // five of each simultaneous burst reach the password.
    assert!(checked.iter().all(|c| (1..=5).contains(c)), "{checked:?}");
    // Slowed down, not locked: the right password from a fresh address
    // gets in.
    let (status, text) = login_from(served.addr, [127, 0, 4, 1], "admin", &served.password).await;
    assert_eq!(status, 200, "{text}");
    let (rss, peak) = served.memory_mib();
    assert!(peak < 300, "peak RSS {peak} MiB, now {rss}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failed_logins_from_many_addresses_slow_an_account_down_but_do_not_lock_it() {
    let served = Served::start("", &[]).await;
    // Twelve wrong passwords for admin, each from an address of its own
    // (no address reaches its own limit).
    for n in 1..=12u8 {
        let (status, text) =
            login_from(served.addr, [127, 0, 5, n], "admin", &format!("guess-{n}")).await;
        assert_eq!(status, 401, "guess {n}: {text}");
    }
    // The owner still signs in, a little later.
    let started = Instant::now();
    let (status, text) = login_from(served.addr, [127, 0, 6, 1], "admin", &served.password).await;
    assert_eq!(status, 200, "{text}");
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "{:?}",
        started.elapsed()
    );
    // And once signed in, the account starts afresh: a typo costs no wait.
    let (status, _) = login_from(served.addr, [127, 0, 6, 1], "admin", "typo").await;
    assert_eq!(status, 401);
}

fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

/// Every file under `dir` whose mode lets anyone but its owner in.
fn readable_by_others(dir: &std::path::Path) -> Vec<(String, u32)> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if mode(&path) & 0o077 != 0 {
            found.push((path.display().to_string(), mode(&path)));
        }
        if path.is_dir() {
            found.extend(readable_by_others(&path));
        }
    }
    found
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_data_directory_and_its_files_are_the_servers_alone() {
    // A fresh data directory: made 0700, its files 0600.
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("quizbox");
    let served = Served::start_at(root, &data, &[], &[]).await;
    let token = quizbox::server::auth::read_local_token(&data).unwrap();
    let (status, body) = common::http_as(
        &token,
        served.addr,
        "POST",
        "/api/games",
        Some(&json!({"quiz_id": "world-capitals", "intro_secs": 0}).to_string()),
    )
    .await
    .unwrap();
    assert_eq!(status, 201, "{body}");
    assert_eq!(mode(&data), 0o700);
    for file in ["quizbox.db", "admin.token"] {
        assert_eq!(mode(&data.join(file)), 0o600, "{file}");
    }
    assert!(data.join("live").read_dir().unwrap().next().is_some());
    assert_eq!(readable_by_others(&data), Vec::new());
    drop(served);

    // One that an older version left open to everyone is closed on start.
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("old");
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::create_dir(&data).unwrap();
        std::fs::write(data.join("quizbox.db"), b"").unwrap();
        for path in [&data, &data.join("quizbox.db")] {
            let open = if path.is_dir() { 0o755 } else { 0o644 };
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(open)).unwrap();
        }
    }
    let served = Served::start_at(root, &data, &[], &[]).await;
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&data.join("quizbox.db")), 0o600);
    served.line_with("was open to others").await;
    drop(served);
}

/// Reads until the server closes the connection; how long that took, or
/// `None` when it was still open after `limit`.
async fn closed_within<S: AsyncRead + Unpin>(stream: &mut S, limit: Duration) -> Option<Duration> {
    let started = Instant::now();
    let mut buf = [0u8; 1024];
    tokio::time::timeout(limit, async {
        while let Ok(n) = stream.read(&mut buf).await {
            if n == 0 {
                break;
            }
        }
    })
    .await
    .ok()
    .map(|()| started.elapsed())
}

/// Starts a request and sends one more header line every 500 ms, for up
/// to 30 s or until the server closes; how long the server kept it open.
async fn drip<S: AsyncRead + AsyncWrite + Send + 'static>(
    stream: S,
    limit: Duration,
) -> Option<Duration> {
    let (mut reader, mut writer) = tokio::io::split(stream);
    let dripping = tokio::spawn(async move {
        let _ = writer
            .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
            .await;
        for n in 0..60 {
            tokio::time::sleep(Duration::from_millis(500)).await;
            if writer
                .write_all(format!("X-Drip-{n}: 1\r\n").as_bytes())
                .await
                .is_err()
            {
                break;
            }
        }
    });
    let closed = closed_within(&mut reader, limit).await;
    dripping.abort();
    closed
}

/// One keep-alive request; returns the stream once the response is read.
async fn kept_alive<S: AsyncRead + AsyncWrite + Unpin>(mut stream: S) -> S {
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    let mut response = Vec::new();
    let mut buf = [0u8; 1024];
    while !response.ends_with(b"\r\n\r\nok") {
        let n = stream.read(&mut buf).await.unwrap();
        assert!(n > 0, "closed before the response: {response:?}");
        response.extend_from_slice(&buf[..n]);
    }
    assert!(response.starts_with(b"HTTP/1.1 200"), "{response:?}");
    stream
}

/// A TLS client that trusts the server's self-signed certificate.
async fn tls_connect(
    data: &std::path::Path,
    addr: SocketAddr,
) -> tokio_rustls::client::TlsStream<TcpStream> {
    tls_connect_from(data, addr, [127, 0, 0, 1]).await
}

async fn tls_connect_from(
    data: &std::path::Path,
    addr: SocketAddr,
    source: [u8; 4],
) -> tokio_rustls::client::TlsStream<TcpStream> {
    let cert = CertificateDer::from_pem_file(data.join("tls").join("cert.pem")).unwrap();
    let mut roots = rustls::RootCertStore::empty();
    roots.add(cert).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth();
    let stream = connect_from(addr, source).await.unwrap();
    tokio_rustls::TlsConnector::from(Arc::new(config))
        .connect(ServerName::try_from("localhost").unwrap(), stream)
        .await
        .unwrap()
}

/// Generous: the server is told 2 s; a busy machine may take longer to
/// notice, but a connection the server never closes lasts the whole time.
const CLOSED_BY: Duration = Duration::from_secs(15);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn silent_dripping_and_idle_connections_are_closed_in_time_plain_and_tls() {
    let https = free_addr();
    let served = Served::start_env(
        &[
            ("QUIZBOX_LIMIT_HEADER_TIMEOUT_SECS", "2"),
            ("QUIZBOX_LIMIT_TLS_HANDSHAKE_SECS", "2"),
        ],
        &["--tls", "auto", "--tls-listen", &https.to_string()],
    )
    .await;
    let data = served._root.path().to_path_buf();
    let plain = served.addr;

    // Plain HTTP: three at once, each closed within the timeout.
    let silent = async {
        let mut stream = TcpStream::connect(plain).await.unwrap();
        closed_within(&mut stream, CLOSED_BY).await
    };
    let dripping = async { drip(TcpStream::connect(plain).await.unwrap(), CLOSED_BY).await };
    let idle = async {
        let mut stream = kept_alive(TcpStream::connect(plain).await.unwrap()).await;
        closed_within(&mut stream, CLOSED_BY).await
    };
    let (silent, dripping, idle) = tokio::join!(silent, dripping, idle);
    eprintln!("plain: silent {silent:?}, dripping {dripping:?}, idle {idle:?}");
    assert!(silent.is_some(), "a silent connection stayed open");
    assert!(dripping.is_some(), "a dripping connection stayed open");
    assert!(idle.is_some(), "an idle kept-alive connection stayed open");

    // TLS: no handshake at all, then the same three after one.
    let no_hello = async {
        let mut stream = TcpStream::connect(https).await.unwrap();
        closed_within(&mut stream, CLOSED_BY).await
    };
    let silent = async {
        let mut stream = tls_connect(&data, https).await;
        closed_within(&mut stream, CLOSED_BY).await
    };
    let dripping = async { drip(tls_connect(&data, https).await, CLOSED_BY).await };
    let idle = async {
        let mut stream = kept_alive(tls_connect(&data, https).await).await;
        closed_within(&mut stream, CLOSED_BY).await
    };
    let (no_hello, silent, dripping, idle) = tokio::join!(no_hello, silent, dripping, idle);
    eprintln!(
        "tls: no handshake {no_hello:?}, silent {silent:?}, dripping {dripping:?}, idle {idle:?}"
    );
    assert!(
        no_hello.is_some(),
        "a connection without a handshake stayed open"
    );
    assert!(silent.is_some(), "a silent TLS connection stayed open");
    assert!(dripping.is_some(), "a dripping TLS connection stayed open");
    assert!(
        idle.is_some(),
        "an idle kept-alive TLS connection stayed open"
    );

    // The server still answers.
    let (status, _) = common::http(plain, "GET", "/healthz", None).await.unwrap();
    assert_eq!(status, 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_body_dripped_byte_by_byte_is_cut_off_in_time() {
    let served = Served::start_env(&[("QUIZBOX_LIMIT_BODY_TIMEOUT_SECS", "2")], &[]).await;
    let stream = TcpStream::connect(served.addr).await.unwrap();
    let (mut reader, mut writer) = tokio::io::split(stream);
    // A login whose 1,000-byte body comes one byte every 0.5 s (8 minutes).
    let dripping = tokio::spawn(async move {
        let head = "POST /api/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
                    Content-Length: 1000\r\n\r\n{";
        let _ = writer.write_all(head.as_bytes()).await;
        for _ in 0..999 {
            tokio::time::sleep(Duration::from_millis(500)).await;
            if writer.write_all(b" ").await.is_err() {
                break;
            }
        }
    });
    let closed = closed_within(&mut reader, CLOSED_BY).await;
    dripping.abort();
    eprintln!("dripped body: closed after {closed:?}");
    assert!(closed.is_some(), "a dripped body kept its connection open");
}

/// A connection from `source` that the server either serves (`Some(200)`
/// for /healthz) or turns away (`Some(503)` or `None` when it just closed).
async fn healthz_from(addr: SocketAddr, source: [u8; 4]) -> Option<u16> {
    let mut stream = connect_from(addr, source).await.ok()?;
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .await
        .ok()?;
    let mut response = Vec::new();
    let read =
        tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut response)).await;
    assert!(read.is_ok(), "neither served nor refused within 10 s");
    String::from_utf8_lossy(&response)
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_address_holds_only_so_many_connections_and_others_still_get_in() {
    let served = Served::start_env(
        &[
            ("QUIZBOX_LIMIT_CONNECTIONS_PER_ADDRESS", "4"),
            ("QUIZBOX_LIMIT_HEADER_TIMEOUT_SECS", "60"),
        ],
        &[],
    )
    .await;
    let addr = served.addr;
    let hog = [127, 0, 0, 20];
    let mut held = Vec::new();
    for _ in 0..4 {
        held.push(connect_from(addr, hog).await.unwrap());
    }
    // Let the server take all four before the fifth comes.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let fifth = healthz_from(addr, hog).await;
    assert_ne!(
        fifth,
        Some(200),
        "a fifth connection from the hog was served"
    );
    assert_eq!(healthz_from(addr, [127, 0, 0, 21]).await, Some(200));

    // Game sockets hold no place of their address: six players join from
    // one address with a cap of four, and it can still make requests.
    let token = quizbox::server::auth::read_local_token(served._root.path()).unwrap();
    let (status, body) = common::http_as(
        &token,
        addr,
        "POST",
        "/api/games",
        Some(&json!({"quiz_id": "world-capitals", "intro_secs": 0}).to_string()),
    )
    .await
    .unwrap();
    assert_eq!(status, 201, "{body}");
    let pin = serde_json::from_str::<serde_json::Value>(&body).unwrap()["pin"]
        .as_str()
        .unwrap()
        .to_string();
    let mut players = Vec::new();
    for n in 0..6 {
        let mut player = common::Client::connect(&format!("ws://{addr}/ws")).await;
        player
            .send(json!({"type": "join", "v": 1, "pin": pin, "nickname": format!("P{n}")}))
            .await;
        player.until("welcome", None).await;
        players.push(player);
    }
    assert_eq!(healthz_from(addr, [127, 0, 0, 1]).await, Some(200));

    // Once the hog lets go, it gets in again.
    drop(held);
    let started = Instant::now();
    while healthz_from(addr, hog).await != Some(200) {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the hog's places were not given back"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Descriptors the process holds open.
fn open_files(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/fd")).map_or(0, |d| d.count())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_connection_flood_leaves_files_for_the_store_and_an_answer_for_everyone() {
    // A server allowed 400 open files, as on a small machine.
    let root = tempfile::tempdir().unwrap();
    let data = root.path().to_path_buf();
    let addr = free_addr();
    let child = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "ulimit -n 400 && exec \"$0\" --data \"$1\" -q serve --listen {addr}"
        ))
        .arg(env!("CARGO_BIN_EXE_quizbox"))
        .arg(&data)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let child = Killed(child);
    let started = Instant::now();
    while !matches!(
        common::http(addr, "GET", "/readyz", None).await,
        Ok((200, _))
    ) {
        assert!(started.elapsed() < Duration::from_secs(30), "not ready");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let token = quizbox::server::auth::read_local_token(&data).unwrap();

    // 450 silent connections from three addresses: more than the server
    // may hold.
    let mut flood = Vec::new();
    for n in 0..450u32 {
        let source = [127, 0, 1, 1 + (n % 3) as u8];
        if let Ok(stream) = connect_from(addr, source).await {
            flood.push(stream);
        }
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let held = open_files(child.0.id());
    // Another client is answered at once (served or told 503), not left hanging.
    let answer = healthz_from(addr, [127, 0, 2, 1]).await;
    eprintln!(
        "{} connections made, server holds {held} files, another client got {answer:?}",
        flood.len()
    );
    assert!(
        held <= 400 - 100,
        "the server holds {held} of its 400 files"
    );
    assert!(matches!(answer, Some(200) | Some(503) | None), "{answer:?}");

    // The flood goes; the server serves and its store writes again.
    drop(flood);
    let started = Instant::now();
    while healthz_from(addr, [127, 0, 2, 1]).await != Some(200) {
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "not served again"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let (status, body) = common::http_as(
        &token,
        addr,
        "POST",
        "/api/games",
        Some(&json!({"quiz_id": "world-capitals", "intro_secs": 0}).to_string()),
    )
    .await
    .unwrap();
    assert_eq!(status, 201, "{body}");
}

/// A child process killed on drop.
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_https_on_passwords_go_only_over_https_or_from_this_machine() {
    let https = free_addr();
    let served = Served::start("", &["--tls", "auto", "--tls-listen", &https.to_string()]).await;
    let data = served._root.path().to_path_buf();
    // The banner sends hosts to the HTTPS address.
    let host = served.line_with("host a game at").await;
    assert!(
        host.contains("https://") && host.contains(&format!(":{}/host", https.port())),
        "{host}"
    );

    // The sign-in page itself, asked for over plain HTTP from another
    // address, sends the browser to HTTPS before a password is typed.
    let mut stream = connect_from(served.addr, [127, 0, 0, 2]).await.unwrap();
    stream
        .write_all(b"GET /host HTTP/1.1\r\nHost: quiz.lan:8080\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut page = Vec::new();
    let _ = stream.read_to_end(&mut page).await;
    let page = String::from_utf8_lossy(&page).to_lowercase();
    assert!(page.starts_with("http/1.1 308"), "{page}");
    let location = format!("location: https://quiz.lan:{}/host", https.port());
    assert!(page.contains(&location), "{page}");
    // So are the studio's and the reports' pages, where hosts sign in too.
    for path in [
        "/studio",
        "/studio/edit/world-capitals",
        "/reports",
        "/reports/g-1",
    ] {
        let mut stream = connect_from(served.addr, [127, 0, 0, 2]).await.unwrap();
        let request =
            format!("GET {path} HTTP/1.1\r\nHost: quiz.lan:8080\r\nConnection: close\r\n\r\n");
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut page = Vec::new();
        let _ = stream.read_to_end(&mut page).await;
        let page = String::from_utf8_lossy(&page).to_lowercase();
        assert!(page.starts_with("http/1.1 308"), "{path}: {page}");
        let location = format!("location: https://quiz.lan:{}{path}", https.port());
        assert!(page.contains(&location), "{page}");
    }
    // From this machine it is served as it is; players' pages are never moved.
    let (status, _) = common::http(served.addr, "GET", "/host", None)
        .await
        .unwrap();
    assert_eq!(status, 200);
    let mut stream = connect_from(served.addr, [127, 0, 0, 2]).await.unwrap();
    stream
        .write_all(b"GET / HTTP/1.1\r\nHost: quiz.lan:8080\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut page = Vec::new();
    let _ = stream.read_to_end(&mut page).await;
    assert!(
        page.starts_with(b"HTTP/1.1 200"),
        "{}",
        String::from_utf8_lossy(&page)
    );

    // Plain HTTP from another address: refused, and told where to go.
    let (status, text) = login_from(served.addr, [127, 0, 0, 2], "admin", &served.password).await;
    assert_eq!(status, 403, "{text}");
    assert!(text.contains("HTTPS"), "{text}");
    // The same over HTTPS from that address works...
    let tls = tls_connect_from(&data, https, [127, 0, 0, 2]).await;
    let reply = exchange(tls, "localhost", login("admin", &served.password))
        .await
        .unwrap();
    assert_eq!(reply.status, 200, "{}", reply.text());
    // ...and so does plain HTTP from this machine itself.
    let (status, text) = login_from(served.addr, [127, 0, 0, 1], "admin", &served.password).await;
    assert_eq!(status, 200, "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_owner_gets_in_from_a_known_address_while_guesses_fill_the_accounts_line() {
    let served = Served::start("", &[]).await;
    let owner = [127, 0, 8, 1];
    let (status, text) = login_from(served.addr, owner, "admin", &served.password).await;
    assert_eq!(status, 200, "{text}");
    // Twelve failures from twelve addresses: each attempt now waits 4 s.
    for n in 1..=12u8 {
        let (status, _) = login_from(served.addr, [127, 0, 9, n], "admin", "guess").await;
        assert_eq!(status, 401);
    }
    // A burst from four more addresses fills the account's line with
    // attempts that wait their turn for seconds.
    let addr = served.addr;
    let guesses = tokio::spawn(async move {
        let sources: Vec<[u8; 4]> = (1..=4).map(|n| [127, 0, 10, n]).collect();
        burst(addr, &sources, 5, "admin").await
    });
    // The first in line waits 4 s, the next 8 s: the line stays full well
    // past this.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    // A stranger is told to come back; the owner's address goes past.
    let (status, _) = login_from(served.addr, [127, 0, 11, 1], "admin", &served.password).await;
    assert_eq!(status, 503, "the line is full for strangers");
    let (status, text) = login_from(served.addr, owner, "admin", &served.password).await;
    assert_eq!(status, 200, "{text}");
    let statuses = guesses.await.unwrap();
    assert_eq!(
        count(&statuses, 401) + count(&statuses, 503),
        20,
        "{:?}",
        tally(&statuses)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_clears_an_accounts_failed_logins_from_the_command_line() {
    let served = Served::start("", &[]).await;
    // Twelve wrong passwords for admin, each from an address of its own.
    for n in 1..=12u8 {
        let (status, _) = login_from(served.addr, [127, 0, 7, n], "admin", "guess").await;
        assert_eq!(status, 401);
    }
    let unlock = || {
        let out = Command::new(env!("CARGO_BIN_EXE_quizbox"))
            .arg("--data")
            .arg(served._root.path())
            .args(["-q", "user", "unlock", "Admin", "--server"])
            .arg(format!("http://{}", served.addr))
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, err) = unlock();
    assert_eq!(code, Some(0), "{err}");
    assert!(
        err.contains("admin: 12 recent failed logins forgotten"),
        "{err}"
    );
    let (code, err) = unlock();
    assert_eq!(code, Some(0), "{err}");
    assert!(
        err.contains("admin: 0 recent failed logins forgotten"),
        "{err}"
    );
    let (status, text) = login_from(served.addr, [127, 0, 7, 99], "admin", &served.password).await;
    assert_eq!(status, 200, "{text}");
}
