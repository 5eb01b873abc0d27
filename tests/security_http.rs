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

use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
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
    /// Holds the data directory, removed on drop.
    _root: tempfile::TempDir,
}

impl Served {
    async fn start(config: &str, extra: &[&str]) -> Served {
        let root = tempfile::tempdir().unwrap();
        std::fs::write(root.path().join("quizbox.toml"), config).unwrap();
        let data = root.path().to_path_buf();
        Served::start_at(root, &data, extra).await
    }

    /// Serves the data directory `data` (inside `root`, which lives as long
    /// as the server).
    async fn start_at(root: tempfile::TempDir, data: &std::path::Path, extra: &[&str]) -> Served {
        let addr = free_addr();
        let mut child = Command::new(env!("CARGO_BIN_EXE_quizbox"))
            .arg("--data")
            .arg(data)
            .args(["serve", "--listen", &addr.to_string()])
            .args(extra)
            .env("QUIZBOX_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let password = loop {
            let line = lines.next().expect("the banner").expect("readable stderr");
            if let Some(rest) = line.trim().strip_prefix("password  ") {
                break rest.trim().to_string();
            }
        };
        // Keep draining stderr so the server never blocks on it.
        std::thread::spawn(move || for _ in lines {});
        let served = Served {
            child,
            addr,
            password,
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

/// `POST /api/login` from `source`; the status (0 when the connection
/// failed) and the raw response.
async fn login_from(
    addr: SocketAddr,
    source: [u8; 4],
    user: &str,
    password: &str,
) -> (u16, String) {
    let body = json!({"username": user, "password": password}).to_string();
    let request = format!(
        "POST /api/login HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let Ok(mut stream) = connect_from(addr, source).await else {
        return (0, String::new());
    };
    if stream.write_all(request.as_bytes()).await.is_err() {
        return (0, String::new());
    }
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response).await;
    let text = String::from_utf8_lossy(&response).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, text)
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
    let served = Served::start_at(root, &data, &[]).await;
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
    let served = Served::start_at(root, &data, &[]).await;
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&data.join("quizbox.db")), 0o600);
    drop(served);
}
