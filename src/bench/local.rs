//! The server under test when `quizbox bench` runs without `--server`: this
//! same binary running `serve` in a child process, on a temporary data
//! directory and a free 127.0.0.1 port, as a real deployment would run it.
//! It is killed and its directory removed when the run ends. Its CPU time
//! and memory are read from /proc.

use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::BenchError;

/// How long the child may take to answer `/healthz`.
const READY_WITHIN: Duration = Duration::from_secs(30);
/// Clock ticks per second in /proc/<pid>/stat. Linux reports these fields in
/// USER_HZ, which is 100 on every architecture it supports.
const TICKS_PER_SEC: f64 = 100.0;

pub struct LocalServer {
    child: Child,
    pub pid: u32,
    pub addr: SocketAddr,
    /// From spawning the process to its first HTTP answer.
    pub started_in: Duration,
    dir: tempfile::TempDir,
}

/// A process's CPU time and memory.
#[derive(Debug, Clone, Copy, Default)]
pub struct Usage {
    pub cpu_secs: f64,
    pub rss_bytes: u64,
    /// Peak resident size since the process started (VmHWM).
    pub peak_rss_bytes: u64,
}

impl LocalServer {
    /// Starts `quizbox serve` and waits until it answers HTTP. `max_players`
    /// is passed on so the game admits every simulated player.
    pub async fn start(max_players: usize) -> Result<LocalServer, BenchError> {
        let exe = std::env::current_exe().map_err(BenchError::Local)?;
        let dir = tempfile::Builder::new()
            .prefix("quizbox-bench-")
            .tempdir()
            .map_err(BenchError::Local)?;
        // A port taken between our probe and the child's bind makes the
        // child exit at once; try again with another.
        let mut last_error = None;
        for _ in 0..3 {
            let port = free_port().map_err(BenchError::Local)?;
            let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
            match Self::spawn(&exe, dir.path().to_path_buf(), addr, max_players).await {
                Ok((child, started_in)) => {
                    return Ok(LocalServer {
                        pid: child.id(),
                        child,
                        addr,
                        started_in,
                        dir,
                    })
                }
                Err(e) => last_error = Some(e),
            }
        }
        Err(last_error.expect("at least one attempt"))
    }

    async fn spawn(
        exe: &PathBuf,
        data: PathBuf,
        addr: SocketAddr,
        max_players: usize,
    ) -> Result<(Child, Duration), BenchError> {
        let log_path = data.join("server.log");
        let log = std::fs::File::create(&log_path).map_err(BenchError::Local)?;
        let mut command = Command::new(exe);
        // The child gets its settings from flags only, not from whatever
        // QUIZBOX_* variables the bench was started with.
        for (name, _) in std::env::vars_os() {
            if name.to_string_lossy().starts_with("QUIZBOX_") {
                command.env_remove(name);
            }
        }
        command
            .arg("--data")
            .arg(&data)
            .args(["serve", "--listen", &addr.to_string(), "--max-players"])
            .arg(max_players.to_string())
            .env("NO_COLOR", "1")
            // Every simulated player comes from this machine's address.
            .env("QUIZBOX_LIMIT_JOINS_PER_ADDRESS", "0")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log);
        // Stopped with the bench however it ends, SIGKILL included.
        crate::os::end_with_this_process(&mut command);
        let spawned = Instant::now();
        let mut child = command.spawn().map_err(BenchError::Local)?;
        loop {
            if probe(addr) {
                return Ok((child, spawned.elapsed()));
            }
            if let Ok(Some(status)) = child.try_wait() {
                let log = std::fs::read_to_string(&log_path).unwrap_or_default();
                return Err(BenchError::ServerExited(format!(
                    "{status}; its log:\n{}",
                    log.trim_end()
                )));
            }
            if spawned.elapsed() > READY_WITHIN {
                let _ = child.kill();
                let _ = child.wait();
                return Err(BenchError::ServerExited(format!(
                    "not serving {} s after start",
                    READY_WITHIN.as_secs()
                )));
            }
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
    }

    pub fn usage(&self) -> Option<Usage> {
        usage_of(self.pid)
    }

    /// The token the server keeps for its first admin on a fresh data
    /// directory, if it writes one (servers with accounts do).
    pub fn admin_token(&self) -> Option<String> {
        std::fs::read_to_string(self.dir.path().join("admin.token"))
            .ok()
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
    }

    /// The end of the server's log, for error messages.
    pub fn log_tail(&self, lines: usize) -> String {
        let log = std::fs::read_to_string(self.dir.path().join("server.log")).unwrap_or_default();
        let all: Vec<&str> = log.lines().collect();
        all[all.len().saturating_sub(lines)..].join("\n")
    }

    /// Whether the process is still running.
    pub fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }
}

impl Drop for LocalServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Usage of process `pid`, while it runs.
pub fn usage_of(pid: u32) -> Option<Usage> {
    usage(&format!("/proc/{pid}"))
}

/// Usage of this process (the load generator itself).
pub fn own_usage() -> Option<Usage> {
    usage("/proc/self")
}

fn usage(proc_dir: &str) -> Option<Usage> {
    let stat = std::fs::read_to_string(format!("{proc_dir}/stat")).ok()?;
    // Fields after the command name, which is in parentheses and may hold
    // spaces; utime and stime are fields 14 and 15 of the whole line.
    let after = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<u64>().ok());
    let cpu_secs = (ticks(11)? + ticks(12)?) as f64 / TICKS_PER_SEC;
    let status = std::fs::read_to_string(format!("{proc_dir}/status")).ok()?;
    let kib = |key: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(key))
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|n| n.parse::<u64>().ok())
            .map(|k| k * 1024)
    };
    Some(Usage {
        cpu_secs,
        rss_bytes: kib("VmRSS:")?,
        peak_rss_bytes: kib("VmHWM:")?,
    })
}

fn free_port() -> std::io::Result<u16> {
    Ok(TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?
        .local_addr()?
        .port())
}

/// Whether `GET /healthz` answers 200 right now.
fn probe(addr: SocketAddr) -> bool {
    let Ok(mut stream) = TcpStream::connect_timeout(&addr, Duration::from_millis(200)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    if stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .is_err()
    {
        return false;
    }
    let mut head = [0u8; 12];
    stream.read_exact(&mut head).is_ok() && head.starts_with(b"HTTP/1.1 200")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn this_process_reports_cpu_and_memory() {
        let usage = own_usage().expect("/proc is readable");
        assert!(usage.rss_bytes > 0);
        assert!(usage.peak_rss_bytes >= usage.rss_bytes);
        assert!(usage.cpu_secs >= 0.0);
    }
}
