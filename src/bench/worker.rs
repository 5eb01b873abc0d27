//! One load process of a bench spread over several (`quizbox bench
//! --worker`, started by the bench itself when one process cannot open a
//! file per player). It reads its share of the players from the first line
//! of stdin, joins them to the game and plays, and writes JSON lines to
//! stdout: its counts so far while it runs, then every player's raw
//! outcome, then its own CPU time and memory. It never creates the game,
//! runs the host or computes a figure: the process that started it does,
//! over every process's outcomes.
//!
//! It stops its players by itself when stdin says `stop` or ends (the
//! bench is done waiting, or gone) and when the job's time limit passes, so
//! it never outlives the run.

use std::io::{BufRead, Write};
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::sync::{oneshot, watch, Semaphore};
use tokio::time::Instant;

use super::load::player_spec;
use super::player::{self, Outcome, Tally};
use super::{ensure_open_files, source_addresses, BenchError, SPARE_FILES};
use crate::client::Server;

/// What the bench writes to stdin, after the job, to end the game early.
pub const STOP: &str = "stop";
/// How often a load process reports its counts while it runs.
const PROGRESS_EVERY: Duration = Duration::from_millis(100);

/// One load process's share of a run: the first line of its stdin.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct Job {
    /// Every server of the run, in `--server` order: player `i` goes to
    /// `servers[i % len]`, wherever it runs.
    pub servers: Vec<String>,
    pub token: Option<String>,
    pub pin: String,
    pub intro_ms: u64,
    /// Players in the whole run (their source addresses depend on it).
    pub players: usize,
    /// This process's players: indices `first..first + count` of the run.
    pub first: usize,
    pub count: usize,
    /// Handshakes this process may have in flight at once.
    pub join_concurrency: usize,
    /// Stop the players after this long whatever happens.
    pub time_limit_secs: u64,
}

impl std::fmt::Debug for Job {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Job")
            .field("servers", &self.servers)
            .field("token", &self.token.as_ref().map(|_| "[redacted]"))
            .field("pin", &self.pin)
            .field("players", &self.players)
            .field("first", &self.first)
            .field("count", &self.count)
            .finish_non_exhaustive()
    }
}

/// One line a load process writes to stdout.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Line {
    /// Its players' counts so far (not increments).
    Progress {
        joined: usize,
        join_failed: usize,
        answered: usize,
    },
    /// Player `index` of the run, once it has stopped playing.
    Outcome { index: usize, outcome: Outcome },
    /// The last line: every outcome has been written.
    Done { cpu_secs: f64, peak_rss_bytes: u64 },
}

impl Line {
    fn progress(tally: &Tally) -> Line {
        Line::Progress {
            joined: tally.joined.load(Ordering::SeqCst),
            join_failed: tally.join_failed.load(Ordering::SeqCst),
            answered: tally.answered.load(Ordering::Relaxed),
        }
    }
}

/// Runs the job read from stdin and reports on stdout.
pub async fn run() -> Result<(), BenchError> {
    let (stop, stopped) = watch::channel(false);
    let stop = Arc::new(stop);
    let (job_tx, job_rx) = oneshot::channel();
    // A thread of its own, not the runtime's blocking pool: a read pending
    // on stdin must not keep the process from exiting.
    let listener_stop = Arc::clone(&stop);
    std::thread::spawn(move || listen(job_tx, &listener_stop));
    let line = job_rx
        .await
        .ok()
        .flatten()
        .ok_or_else(|| BenchError::Worker("no job on standard input".into()))?;
    let job: Job = serde_json::from_str(&line)
        .map_err(|e| BenchError::Worker(format!("unreadable job: {e}")))?;
    ensure_open_files(job.count as u64 + SPARE_FILES)?;

    let servers = job
        .servers
        .iter()
        .map(|url| Server::parse(url, job.token.clone()))
        .collect::<Result<Vec<_>, _>>()?;
    let mut targets = Vec::with_capacity(servers.len());
    for s in &servers {
        targets.push(s.resolve().await?);
    }
    let sources = source_addresses(targets[0].ip(), job.players);
    let tally = Arc::new(Tally::default());
    let gate = Arc::new(Semaphore::new(job.join_concurrency.max(1)));
    let handles: Vec<_> = (job.first..job.first + job.count)
        .map(|index| {
            let spec = player_spec(index, &servers, &targets, &sources, &job.pin, job.intro_ms);
            tokio::spawn(player::play(
                spec,
                Arc::clone(&tally),
                Arc::clone(&gate),
                stopped.clone(),
            ))
        })
        .collect();
    let mut players = tokio::spawn(async move {
        let mut outcomes = Vec::with_capacity(handles.len());
        for handle in handles {
            outcomes.push(handle.await.unwrap_or_default());
        }
        outcomes
    });

    let deadline = Instant::now() + Duration::from_secs(job.time_limit_secs);
    let mut tick = tokio::time::interval(PROGRESS_EVERY);
    let mut reported = None;
    let outcomes = loop {
        tokio::select! {
            outcomes = &mut players => break outcomes.unwrap_or_default(),
            _ = tick.tick() => {
                let now = Line::progress(&tally);
                if reported.as_ref() != Some(&now) {
                    // Nobody is reading: the bench is gone.
                    if write(&now).is_err() {
                        let _ = stop.send(true);
                    }
                    reported = Some(now);
                }
            }
            _ = tokio::time::sleep_until(deadline), if !*stop.borrow() => {
                let _ = stop.send(true);
            }
        }
    };
    let unwritten = |e: std::io::Error| BenchError::Worker(format!("cannot report: {e}"));
    write(&Line::progress(&tally)).map_err(unwritten)?;
    for (i, outcome) in outcomes.into_iter().enumerate() {
        write(&Line::Outcome {
            index: job.first + i,
            outcome,
        })
        .map_err(unwritten)?;
    }
    let usage = super::local::own_usage().unwrap_or_default();
    write(&Line::Done {
        cpu_secs: usage.cpu_secs,
        peak_rss_bytes: usage.peak_rss_bytes,
    })
    .map_err(unwritten)
}

/// Hands the first line of stdin over as the job, then waits for `stop`
/// or the end of stdin and stops the players.
fn listen(job: oneshot::Sender<Option<String>>, stop: &watch::Sender<bool>) {
    let mut lines = std::io::stdin().lock().lines();
    let _ = job.send(lines.next().and_then(Result::ok));
    for line in lines {
        match line {
            Ok(line) if line.trim() == STOP => break,
            Ok(_) => continue,
            Err(_) => break,
        }
    }
    let _ = stop.send(true);
}

fn write(line: &Line) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    serde_json::to_writer(&mut out, line)?;
    out.write_all(b"\n")?;
    out.flush()
}
