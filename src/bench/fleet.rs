//! The bench's load processes, from the process that starts them: this
//! same binary as `quizbox bench --worker`, one per share of the players
//! (worker.rs). Each gets its job on stdin and answers in JSON lines on
//! stdout, read here by a thread per process; `Gather` turns those lines
//! into the run's counts (for the host and the progress bar) and, at the
//! end, every player's outcome in player order.
//!
//! The processes are killed by PID and waited for when the run fails or is
//! dropped; they also stop by themselves when their stdin ends.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::atomic::Ordering;
use std::time::Duration;

use tokio::sync::mpsc;

use super::player::{Outcome, Tally};
use super::worker::{Job, Line, STOP};
use super::BenchError;

/// How long a load process may take to exit once it has reported.
const EXIT_WITHIN: Duration = Duration::from_secs(10);

/// What the reader threads pass on: a line of process `n`, or the end of
/// its output.
#[derive(Debug)]
pub enum Event {
    Line(usize, String),
    End(usize),
}

pub struct Fleet {
    members: Vec<Member>,
}

struct Member {
    child: Child,
    stdin: Option<ChildStdin>,
}

impl Fleet {
    /// Starts one load process per job and hands each its job. Their lines
    /// arrive on the returned receiver.
    pub fn start(jobs: &[Job]) -> Result<(Fleet, mpsc::UnboundedReceiver<Event>), BenchError> {
        let exe = std::env::current_exe().map_err(BenchError::Local)?;
        let (events, received) = mpsc::unbounded_channel();
        // Built up one by one, so a failed start drops (and kills) the
        // processes already started.
        let mut fleet = Fleet {
            members: Vec::with_capacity(jobs.len()),
        };
        for (n, job) in jobs.iter().enumerate() {
            let mut command = Command::new(&exe);
            // The job says everything; no QUIZBOX_* variable of the bench's
            // own environment should change what a load process does.
            for (name, _) in std::env::vars_os() {
                if name.to_string_lossy().starts_with("QUIZBOX_") {
                    command.env_remove(name);
                }
            }
            command
                .args(["bench", "--worker"])
                .env("NO_COLOR", "1")
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::inherit());
            crate::os::end_with_this_process(&mut command);
            let mut child = command.spawn().map_err(BenchError::Local)?;
            let stdin = child.stdin.take();
            let stdout = child.stdout.take();
            fleet.members.push(Member { child, stdin });
            let member = fleet.members.last_mut().expect("just pushed");
            let pid = member.child.id();
            let job_line = serde_json::to_string(job)
                .map_err(|e| BenchError::Worker(format!("cannot encode the job: {e}")))?;
            if let Some(stdin) = member.stdin.as_mut() {
                writeln!(stdin, "{job_line}")
                    .and_then(|()| stdin.flush())
                    .map_err(|e| {
                        BenchError::Worker(format!("load process {pid} took no job: {e}"))
                    })?;
            }
            let events = events.clone();
            let Some(stdout) = stdout else { continue };
            std::thread::spawn(move || {
                for line in BufReader::new(stdout).lines() {
                    match line {
                        Ok(line) => {
                            if events.send(Event::Line(n, line)).is_err() {
                                return;
                            }
                        }
                        Err(_) => break,
                    }
                }
                let _ = events.send(Event::End(n));
            });
        }
        Ok((fleet, received))
    }

    pub fn pids(&self) -> Vec<u32> {
        self.members.iter().map(|m| m.child.id()).collect()
    }

    /// Tells every process to stop its players now and report.
    pub fn stop(&mut self) {
        for member in &mut self.members {
            if let Some(mut stdin) = member.stdin.take() {
                let _ = writeln!(stdin, "{STOP}");
            }
        }
    }

    /// Waits for every process to exit, which each does once it has
    /// reported; one that fails, or takes too long, fails the run.
    pub async fn wait(&mut self) -> Result<(), BenchError> {
        let by = tokio::time::Instant::now() + EXIT_WITHIN;
        for member in &mut self.members {
            member.stdin = None;
            let pid = member.child.id();
            loop {
                match member.child.try_wait() {
                    Ok(Some(status)) if status.success() => break,
                    Ok(Some(status)) => {
                        return Err(BenchError::Worker(format!(
                            "load process {pid} exited with {status}"
                        )))
                    }
                    Ok(None) if tokio::time::Instant::now() < by => {
                        tokio::time::sleep(Duration::from_millis(10)).await;
                    }
                    Ok(None) => {
                        return Err(BenchError::Worker(format!(
                            "load process {pid} still running {} s after its report",
                            EXIT_WITHIN.as_secs()
                        )))
                    }
                    Err(e) => return Err(BenchError::Worker(format!("load process {pid}: {e}"))),
                }
            }
        }
        Ok(())
    }

    /// Kills (by PID) and reaps every process still running.
    pub fn kill(&mut self) {
        for member in &mut self.members {
            member.stdin = None;
            if matches!(member.child.try_wait(), Ok(None)) {
                let _ = member.child.kill();
                let _ = member.child.wait();
            }
        }
    }
}

impl Drop for Fleet {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Everything the load processes reported.
pub struct Gather {
    pids: Vec<u32>,
    /// Every player's outcome, by its index in the run.
    outcomes: Vec<Option<Outcome>>,
    /// Each process's last counts, so the tally gets the increments.
    counts: Vec<(usize, usize, usize)>,
    done: Vec<bool>,
    ended: Vec<bool>,
    pub cpu_secs: f64,
    /// The sum of each process's peak resident size.
    pub peak_rss_bytes: u64,
}

impl Gather {
    pub fn new(players: usize, pids: Vec<u32>) -> Gather {
        let processes = pids.len();
        Gather {
            pids,
            outcomes: vec![None; players],
            counts: vec![(0, 0, 0); processes],
            done: vec![false; processes],
            ended: vec![false; processes],
            cpu_secs: 0.0,
            peak_rss_bytes: 0,
        }
    }

    /// Takes one line of process `n`, adding its progress to `tally` (and
    /// waking whoever waits for players to settle).
    pub fn take(&mut self, n: usize, text: &str, tally: &Tally) -> Result<(), String> {
        let pid = self.pids.get(n).copied().unwrap_or(0);
        let line: Line = serde_json::from_str(text).map_err(|e| {
            format!("load process {pid} wrote an unreadable line ({e}): {text:.200}")
        })?;
        match line {
            Line::Progress {
                joined,
                join_failed,
                answered,
            } => {
                let (j, f, a) = self.counts[n];
                tally
                    .joined
                    .fetch_add(joined.saturating_sub(j), Ordering::SeqCst);
                tally
                    .join_failed
                    .fetch_add(join_failed.saturating_sub(f), Ordering::SeqCst);
                tally
                    .answered
                    .fetch_add(answered.saturating_sub(a), Ordering::Relaxed);
                self.counts[n] = (joined.max(j), join_failed.max(f), answered.max(a));
                tally.settled.notify_waiters();
            }
            Line::Outcome { index, outcome } => {
                let Some(slot) = self.outcomes.get_mut(index) else {
                    return Err(format!(
                        "load process {pid} reported player {index}, not in this run"
                    ));
                };
                if slot.is_some() {
                    return Err(format!("load process {pid} reported player {index} twice"));
                }
                *slot = Some(outcome);
            }
            Line::Done {
                cpu_secs,
                peak_rss_bytes,
            } => {
                self.done[n] = true;
                self.cpu_secs += cpu_secs;
                self.peak_rss_bytes += peak_rss_bytes;
            }
        }
        Ok(())
    }

    /// Process `n`'s output has ended: it must have reported first.
    pub fn end(&mut self, n: usize) -> Result<(), String> {
        self.ended[n] = true;
        match self.done[n] {
            true => Ok(()),
            false => Err(format!(
                "load process {} stopped before reporting (its errors are above)",
                self.pids.get(n).copied().unwrap_or(0)
            )),
        }
    }

    pub fn finished(&self) -> bool {
        self.ended.iter().all(|e| *e)
    }

    /// Every player's outcome in player order; a player no process
    /// reported counts as one that never joined.
    pub fn outcomes(&mut self) -> Vec<Outcome> {
        std::mem::take(&mut self.outcomes)
            .into_iter()
            .map(Option::unwrap_or_default)
            .collect()
    }
}

/// Reads the processes' lines into `gather` until every process has ended.
/// The first failure is also published on `failed`, so the run can stop at
/// once instead of waiting for players who will never come.
pub async fn collect(
    mut events: mpsc::UnboundedReceiver<Event>,
    mut gather: Gather,
    tally: std::sync::Arc<Tally>,
    failed: tokio::sync::watch::Sender<Option<String>>,
) -> Result<Gather, String> {
    while !gather.finished() {
        let result = match events.recv().await {
            Some(Event::Line(n, text)) => gather.take(n, &text, &tally),
            Some(Event::End(n)) => gather.end(n),
            None => Err("the load processes' output was lost".to_string()),
        };
        if let Err(e) = result {
            let _ = failed.send(Some(e.clone()));
            return Err(e);
        }
    }
    Ok(gather)
}

#[cfg(test)]
mod tests;
