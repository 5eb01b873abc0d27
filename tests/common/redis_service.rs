//! Redis for tests: a key prefix of its own on the Redis that
//! `QUIZBOX_TEST_REDIS` names (default redis://127.0.0.1:6379), deleted
//! with everything under it when dropped; or a private `redis-server` the
//! test starts on a free loopback port, for tests that make Redis refuse
//! writes. Where neither can be had a test is skipped with a notice, but
//! under CI=true it fails.

// Each test binary uses a part of it.
#![allow(dead_code)]

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use redis::Commands;

const DEFAULT: &str = "redis://127.0.0.1:6379";

fn skip_or_fail(why: String) -> Option<std::convert::Infallible> {
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!("CI must run the Redis tests, but: {why}");
    }
    eprintln!("NOTICE: Redis test skipped ({why}); set QUIZBOX_TEST_REDIS to a Redis to run it");
    None
}

/// The Redis named by `QUIZBOX_TEST_REDIS`, if it answers.
fn shared_address() -> Result<String, String> {
    let url = std::env::var("QUIZBOX_TEST_REDIS").unwrap_or_else(|_| DEFAULT.to_string());
    let client = redis::Client::open(url.as_str()).map_err(|e| format!("{url}: {e}"))?;
    let mut connection = client
        .get_connection_with_timeout(Duration::from_secs(2))
        .map_err(|e| format!("{url} is unreachable: {e}"))?;
    redis::cmd("PING")
        .query::<String>(&mut connection)
        .map_err(|e| format!("{url} does not answer PING: {e}"))?;
    Ok(url.trim_end_matches('/').to_string())
}

/// A place in Redis: the server's URL and a key prefix no other test
/// uses. Dropping it deletes every key under the prefix.
pub struct RedisPlace {
    pub server: String,
    pub prefix: String,
    /// The private server, stopped on drop.
    private: Option<Child>,
    /// Its arguments beyond the port, for `restart`.
    restart_with: Vec<String>,
    /// Its working directory, removed after it stopped.
    work_dir: Option<tempfile::TempDir>,
}

impl RedisPlace {
    /// A fresh prefix on the shared Redis, or None after a notice.
    pub fn shared() -> Option<RedisPlace> {
        let server = match shared_address() {
            Ok(server) => server,
            Err(why) => match skip_or_fail(why)? {},
        };
        Some(RedisPlace::with_prefix(server, None))
    }

    /// A private `redis-server` on a free loopback port, or None after a
    /// notice.
    pub fn private() -> Option<RedisPlace> {
        let (dir, path) = work_dir();
        match start_private(&["--dir", &path]) {
            Ok((server, child)) => {
                let mut place = RedisPlace::with_prefix(server, Some(child));
                place.work_dir = Some(dir);
                Some(place)
            }
            Err(why) => match skip_or_fail(why)? {},
        }
    }

    /// A private `redis-server` replicating `primary` (a private one),
    /// once it has caught up, or None after a notice.
    pub fn replica_of(primary: &RedisPlace) -> Option<RedisPlace> {
        let port = primary.server.rsplit(':').next().unwrap().to_string();
        let (dir, path) = work_dir();
        let started = start_private(&["--dir", &path, "--replicaof", "127.0.0.1", &port]);
        let (server, child) = match started {
            Ok(started) => started,
            Err(why) => match skip_or_fail(why)? {},
        };
        let mut replica = RedisPlace::with_prefix(server, Some(child));
        replica.work_dir = Some(dir);
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let info: String = redis::cmd("INFO")
                .arg("replication")
                .query(&mut replica.connection())
                .unwrap();
            if info.contains("master_link_status:up") {
                return Some(replica);
            }
            assert!(
                Instant::now() < deadline,
                "the replica never caught up: {info}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// A private `redis-server` that keeps its data in `dir` in an
    /// append-only file fsynced before each reply (`appendonly yes`,
    /// `appendfsync always`), so that `crash` then `restart` loses nothing
    /// it acknowledged; or None after a notice.
    pub fn private_durable(dir: &std::path::Path) -> Option<RedisPlace> {
        let dir = dir.to_str().unwrap().to_string();
        let durable = [
            "--dir",
            &dir,
            "--appendonly",
            "yes",
            "--appendfsync",
            "always",
        ];
        match start_private(&durable) {
            Ok((server, child)) => {
                let mut place = RedisPlace::with_prefix(server, Some(child));
                place.restart_with = durable.iter().map(|a| a.to_string()).collect();
                Some(place)
            }
            Err(why) => match skip_or_fail(why)? {},
        }
    }

    /// SIGKILLs a private durable server (see `restart`).
    pub fn crash(&mut self) {
        assert!(
            !self.restart_with.is_empty(),
            "only a durable private server"
        );
        let mut child = self.private.take().expect("a running private server");
        child.kill().unwrap();
        child.wait().unwrap();
    }

    /// Starts a crashed durable server again on the same port, from what
    /// it had written to disk.
    pub fn restart(&mut self) {
        assert!(self.private.is_none(), "crashed first");
        let port: u16 = self.server.rsplit(':').next().unwrap().parse().unwrap();
        let extra: Vec<&str> = self.restart_with.iter().map(String::as_str).collect();
        let (_, child) = start_on(port, &extra).unwrap();
        self.private = Some(child);
    }

    fn with_prefix(server: String, private: Option<Child>) -> RedisPlace {
        let prefix = format!("quizbox-test:{:016x}:", rand_u64());
        RedisPlace {
            server,
            prefix,
            private,
            restart_with: Vec::new(),
            work_dir: None,
        }
    }

    /// The live-state URL for `--live` or `quizbox::live::open`.
    pub fn url(&self) -> String {
        format!("{}?prefix={}", self.server, self.prefix)
    }

    /// A plain connection, to look at or change the server directly.
    pub fn connection(&self) -> redis::Connection {
        redis::Client::open(self.server.as_str())
            .unwrap()
            .get_connection_with_timeout(Duration::from_secs(5))
            .unwrap()
    }

    /// Every key under the prefix, sorted.
    pub fn keys(&self) -> Vec<String> {
        let mut connection = self.connection();
        let mut keys: Vec<String> = connection
            .scan_match(format!("{}*", self.prefix))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        keys.sort();
        keys
    }

    /// Makes the server refuse every write that needs memory, as a Redis
    /// at its `maxmemory` with `noeviction` does. Only on a private server.
    pub fn refuse_writes(&self, refuse: bool) {
        assert!(self.private.is_some(), "only a private server is broken");
        let limit = if refuse { "1" } else { "0" };
        redis::cmd("CONFIG")
            .arg("SET")
            .arg("maxmemory")
            .arg(limit)
            .query::<()>(&mut self.connection())
            .unwrap();
    }
}

impl Drop for RedisPlace {
    fn drop(&mut self) {
        if let Some(mut child) = self.private.take() {
            let _ = child.kill();
            let _ = child.wait();
            return;
        }
        let keys = self.keys();
        if !keys.is_empty() {
            let _: Result<i64, _> = self.connection().del(keys);
        }
    }
}

fn rand_u64() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos(),
    );
    hasher.finish()
}

/// Starts `redis-server` on a free loopback port, without persistence,
/// with `noeviction` (its default: a full Redis refuses writes instead of
/// dropping keys), and waits until it answers.
fn start_private(extra: &[&str]) -> Result<(String, Child), String> {
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_err(|e| e.to_string())?
        .port();
    start_on(port, extra)
}

/// A private server's working directory, where a replica keeps the copy
/// it is sent: apart from the checkout, removed with the place.
fn work_dir() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_str().unwrap().to_string();
    (dir, path)
}

/// Starts `redis-server` on `port` with `extra` arguments and waits until
/// it answers.
fn start_on(port: u16, extra: &[&str]) -> Result<(String, Child), String> {
    let child = Command::new("redis-server")
        .args(["--bind", "127.0.0.1", "--port", &port.to_string()])
        .args(["--save", "", "--appendonly", "no"])
        .args(["--maxmemory-policy", "noeviction"])
        .args(extra)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start redis-server: {e}"))?;
    let url = format!("redis://127.0.0.1:{port}");
    let client = redis::Client::open(url.as_str()).unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut child = child;
    loop {
        if let Ok(mut connection) = client.get_connection_with_timeout(Duration::from_secs(1)) {
            if redis::cmd("PING").query::<String>(&mut connection).is_ok() {
                return Ok((url, child));
            }
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("redis-server on port {port} did not answer"));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}
