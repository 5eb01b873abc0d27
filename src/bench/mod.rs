//! The load generator behind `quizbox bench`: one game, a host and N
//! simulated players over real WebSockets, against a server in another
//! process (started here unless `--server` names one; given several times,
//! the game is created on the first and the players are dealt round-robin
//! over all of them). It measures join rate,
//! question fan-out and answer acknowledgement latency, the server's CPU and
//! memory, dropped connections and acknowledged answers missing from the
//! saved results. Every run is bounded in players, questions and time.
//!
//! The players need an open file each. When one process may not open that
//! many (or `--processes` asks), they run in several load processes of
//! their own (fleet.rs, worker.rs): this one creates the game, runs the
//! host, and merges every process's raw outcomes into the figures
//! (merge.rs), exactly as if the players had run here.
//!
//! It never talks to anything but the servers it was given or started.

pub mod fleet;
pub mod host;
mod load;
pub mod local;
pub mod merge;
pub mod player;
pub mod report;
pub mod spread;
pub mod worker;

use std::net::{IpAddr, Ipv4Addr};
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};
use serde::Deserialize;
use tokio::sync::watch;

use crate::client::{ClientError, NewGame, Server};
use host::Host;
use load::Load;
use local::{LocalServer, Usage};
use player::Tally;
pub use report::Report;
use report::{BenchProcess, ServerProcess};

/// Upper bounds, so a typo cannot start a run that never ends.
pub const MAX_PLAYERS: usize = 100_000;
pub const MAX_QUESTIONS: usize = 50;
pub const MAX_PROCESSES: usize = 64;
/// Handshakes in flight at once; well under the server's listen backlog.
const JOIN_CONCURRENCY: usize = 200;
/// Players per source address: comfortably fewer than the ~28,000
/// ephemeral ports Linux hands out per address.
const PLAYERS_PER_SOURCE: usize = 10_000;
/// The generated quiz: time per question and intro before answers open.
const TIME_LIMIT_SECS: u64 = 10;
const INTRO_SECS: u32 = 1;
/// Read buffer per simulated player (messages are a few hundred bytes).
const READ_BUFFER: usize = 2048;
/// How long players get to see the end after the host has seen it.
const PLAYERS_FINISH_WITHIN: Duration = Duration::from_secs(15);
/// File descriptors the process needs besides one per connection.
const SPARE_FILES: u64 = 64;
/// How long load processes get to stop by themselves after the run's own
/// time limit (by then this process has killed them, unless it is gone).
const WORKER_GRACE_SECS: u64 = 30;

#[derive(Debug, thiserror::Error)]
pub enum BenchError {
    #[error("{0}")]
    Plan(String),
    #[error("cannot start the local server: {0}")]
    Local(std::io::Error),
    #[error("the local server stopped: {0}")]
    ServerExited(String),
    #[error(transparent)]
    Client(#[from] ClientError),
    #[error("host: {0}")]
    Host(String),
    #[error("the run did not finish within {0} s")]
    TimedOut(u64),
    #[error("{0}")]
    Worker(String),
}

/// What to run.
pub struct Plan {
    /// Running servers to load: the game is created and the host attached
    /// on the first, the players spread round-robin over all. Empty starts
    /// one in a child process.
    pub servers: Vec<String>,
    pub token: Option<String>,
    pub players: usize,
    pub questions: usize,
    /// Load processes to spread the players over; `None` uses as few as
    /// the open-file limit allows. With one they run in this process.
    pub processes: Option<usize>,
    /// Drawn on stderr when it is a terminal; hidden otherwise.
    pub progress: ProgressBar,
}

/// Runs one game and reports what it measured.
pub async fn run(plan: Plan) -> Result<Report, BenchError> {
    if !(1..=MAX_PLAYERS).contains(&plan.players) {
        return Err(BenchError::Plan(format!(
            "--players must be 1-{MAX_PLAYERS}"
        )));
    }
    if !(1..=MAX_QUESTIONS).contains(&plan.questions) {
        return Err(BenchError::Plan(format!(
            "--questions must be 1-{MAX_QUESTIONS}"
        )));
    }
    let limit = rlimit::increase_nofile_limit(u64::MAX).unwrap_or(0);
    let processes = load_processes(plan.players, plan.processes, limit)?;
    // Here: a file per player, or the pipes to each load process.
    ensure_open_files(match processes {
        1 => plan.players as u64 + SPARE_FILES,
        n => 3 * n as u64 + SPARE_FILES,
    })?;
    let mut local = match plan.servers.is_empty() {
        false => None,
        true => Some(LocalServer::start(plan.players.max(10_000)).await?),
    };
    let servers = match &local {
        None => plan
            .servers
            .iter()
            .map(|url| Server::parse(url, plan.token.clone()))
            .collect::<Result<Vec<_>, _>>()?,
        Some(local) => vec![Server::at(
            local.addr,
            plan.token.clone().or_else(|| local.admin_token()),
        )],
    };
    let (stop, stopped) = watch::channel(false);
    let limit = time_limit(plan.players, plan.questions);
    let result = tokio::time::timeout(
        limit,
        run_game(
            &plan,
            processes,
            &servers,
            local.as_ref(),
            stop.clone(),
            stopped,
        ),
    )
    .await;
    let _ = stop.send(true);
    let result = match result {
        Ok(result) => result,
        Err(_) => Err(BenchError::TimedOut(limit.as_secs())),
    };
    if let (Err(_), Some(local)) = (&result, local.as_mut()) {
        if !local.is_running() {
            return Err(BenchError::ServerExited(local.log_tail(20)));
        }
    }
    result
}

/// Generous bounds on a whole run: joins at a few hundred per second at
/// worst, then each question's intro, answers and pauses.
fn time_limit(players: usize, questions: usize) -> Duration {
    let joins = 60 + players as u64 / 100;
    let per_question = u64::from(INTRO_SECS) + TIME_LIMIT_SECS + 10;
    Duration::from_secs(joins + questions as u64 * per_question + 60)
}

async fn run_game(
    plan: &Plan,
    processes: usize,
    servers: &[Server],
    local: Option<&LocalServer>,
    stop: watch::Sender<bool>,
    stopped: watch::Receiver<bool>,
) -> Result<Report, BenchError> {
    let (players, questions) = (plan.players, plan.questions);
    // The game, the host and the results live on the first server.
    let server = &servers[0];
    let quiz_id = format!("bench-{questions}");
    server
        .import_quiz("bench.toml", quiz_toml(&quiz_id, questions).into_bytes())
        .await?;
    let game = server
        .create_game(&NewGame {
            quiz_id,
            intro_secs: INTRO_SECS,
            streak_bonus: true,
            ..NewGame::default()
        })
        .await?;
    let mut host = Host::attach(server, &game.pin, &game.host_key).await?;
    // Let the server settle before taking its idle figures.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let usage = || local.and_then(LocalServer::usage);
    let idle = usage();

    // Highest resident size while the players are connected and the
    // questions run (saving the results at the podium is counted in the
    // peak instead).
    let tally = Arc::new(Tally::default());
    let (sampler_stop, sampler_stopped) = watch::channel(false);
    let sampler = local.map(|l| {
        let pid = l.pid;
        let mut done = sampler_stopped;
        let tally = Arc::clone(&tally);
        tokio::spawn(async move {
            let mut highest = 0;
            loop {
                if let Some(u) = local::usage_of(pid) {
                    if !tally.podium.load(Ordering::SeqCst) {
                        highest = highest.max(u.rss_bytes);
                    }
                }
                tokio::select! {
                    _ = tokio::time::sleep(Duration::from_millis(100)) => {}
                    _ = done.wait_for(|d| *d) => return highest,
                }
            }
        })
    });

    let mut targets = Vec::with_capacity(servers.len());
    for s in servers {
        targets.push(s.resolve().await?);
    }
    let progress = &plan.progress;
    progress.set_style(style("joining  {bar:40} {pos}/{len} players {msg}"));
    progress.set_length(players as u64);
    let cpu_start = usage();
    let mut load = match processes {
        1 => Load::here(plan, servers, &targets, &game.pin, &tally, &stopped),
        n => Load::spread(plan, n, servers, &game.pin, &tally)?,
    };
    load.watch(host.wait_for_players(&tally, players, progress))
        .await?;
    let cpu_joined = usage();
    let joined = tally.joined.load(Ordering::SeqCst);

    progress.set_style(style("playing  {bar:40} {pos}/{len} answers {msg}"));
    progress.set_length((joined * questions) as u64);
    progress.set_position(0);
    let host_run = load
        .watch(host.run_game(questions, &tally, joined, progress))
        .await?;
    let cpu_end = usage();
    let _ = sampler_stop.send(true);
    let connected_rss = match sampler {
        Some(task) => task.await.unwrap_or(0),
        None => 0,
    };
    progress.finish_and_clear();

    // Players see the end just after the host; give them a moment.
    let (outcomes, workers) = load.finish(&stop).await?;

    // Every answer of the game: tens of megabytes for the largest runs.
    let results: Results = server
        .get_json_within(
            &format!("/api/games/{}/results", game.game_id),
            Duration::from_secs(120),
        )
        .await?;
    let saved: merge::Saved<'_> = results
        .answers
        .iter()
        .filter_map(|a| Some((a.player, a.question, a.client_id.as_deref()?)))
        .collect();
    let merged = merge::merge(&outcomes, &saved);
    let join_secs = merged.join_secs;
    let server_process = match (local, idle, cpu_start, cpu_joined, cpu_end) {
        (Some(l), Some(idle), Some(start), Some(joined_u), Some(end)) => {
            let connected = connected_rss.max(joined_u.rss_bytes);
            let cpu = end.cpu_secs - start.cpu_secs;
            Some(ServerProcess {
                pid: l.pid,
                start_ms: l.started_in.as_secs_f64() * 1000.0,
                idle_rss_bytes: idle.rss_bytes,
                joined_rss_bytes: joined_u.rss_bytes,
                connected_rss_bytes: connected,
                peak_rss_bytes: end.peak_rss_bytes,
                rss_per_player_bytes: connected.saturating_sub(idle.rss_bytes)
                    / joined.max(1) as u64,
                cpu_secs: round3(cpu),
                join_cpu_secs: round3(joined_u.cpu_secs - start.cpu_secs),
                game_cpu_secs: round3(end.cpu_secs - joined_u.cpu_secs),
                cpu_us_per_player_question: round3(cpu * 1e6 / (joined.max(1) * questions) as f64),
            })
        }
        _ => None,
    };
    // This process's own usage, and each load process's as it reported it.
    let bench_process = local::own_usage().map(|u: Usage| BenchProcess {
        cpu_secs: round3(u.cpu_secs + workers.cpu_secs),
        peak_rss_bytes: u.peak_rss_bytes + workers.peak_rss_bytes,
    });
    let spread = match servers.len() {
        1 => Vec::new(),
        _ => spread::shares(
            &servers.iter().map(Server::base_url).collect::<Vec<_>>(),
            &outcomes,
        ),
    };
    Ok(Report {
        server: server.base_url(),
        servers: spread,
        players,
        questions,
        processes,
        joined,
        join_failures: tally.join_failed.load(Ordering::SeqCst),
        join_secs: round3(join_secs),
        joins_per_sec: if join_secs > 0.0 {
            (joined as f64 / join_secs).round()
        } else {
            0.0
        },
        fanout_ms: merged.fanout_ms,
        ack_ms: merged.ack_ms,
        answers_sent: merged.answers_sent,
        answers_acked: merged.answers_acked,
        answers_refused: merged.answers_refused,
        lost_answers: merged.lost_answers,
        dropped_connections: merged.dropped_connections,
        game_secs: round3(
            host_run
                .ended
                .saturating_duration_since(host_run.started)
                .as_secs_f64(),
        ),
        server_process,
        bench_process,
        drop_reasons: merged.drop_reasons,
    })
}

/// How many load processes run the players: `asked`, or as few as the
/// open-file `limit` of each allows.
fn load_processes(players: usize, asked: Option<usize>, limit: u64) -> Result<usize, BenchError> {
    let per_process = limit.saturating_sub(SPARE_FILES) as usize;
    let processes = match asked {
        Some(n) if !(1..=MAX_PROCESSES).contains(&n) => {
            return Err(BenchError::Plan(format!(
                "--processes must be 1-{MAX_PROCESSES}"
            )))
        }
        Some(n) if n > players => {
            return Err(BenchError::Plan(format!(
                "--processes {n} is more than the {players} players"
            )))
        }
        Some(n) => n,
        None => players.div_ceil(per_process.max(1)),
    };
    let each = players.div_ceil(processes);
    if each > per_process || processes > MAX_PROCESSES {
        let needed = each as u64 + SPARE_FILES;
        let who = match processes {
            1 => format!("{players} players need {needed} open files in one process"),
            n => format!("{n} load processes of {each} players need {needed} open files each"),
        };
        return Err(BenchError::Plan(format!(
            "{who}, but a process may open only {limit} (the hard limit, `ulimit -Hn`); use \
             --processes {} or raise the limit",
            players.div_ceil(per_process.max(1)).min(MAX_PROCESSES)
        )));
    }
    Ok(processes)
}

/// The part of `GET /api/games/{id}/results` the lost-answer check needs.
#[derive(Deserialize)]
struct Results {
    answers: Vec<SavedAnswer>,
}

#[derive(Deserialize)]
struct SavedAnswer {
    player: u32,
    question: usize,
    #[serde(default)]
    client_id: Option<String>,
}

/// A quiz of `questions` four-answer questions, in the native TOML format.
fn quiz_toml(id: &str, questions: usize) -> String {
    let mut toml = format!(
        "id = \"{id}\"\ntitle = \"Bench, {questions} questions\"\ntime_limit = {TIME_LIMIT_SECS}\npoints = 1000\n"
    );
    for i in 0..questions {
        toml.push_str(&format!(
            "\n[[questions]]\ntext = \"Benchmark question {n}: which of these is answer {c}?\"\n\
             answers = [\"Answer 0\", \"Answer 1\", \"Answer 2\", \"Answer 3\"]\ncorrect = \"Answer {c}\"\n",
            n = i + 1,
            c = i % 4
        ));
    }
    toml
}

/// Source addresses for the players: with a loopback IPv4 target, several
/// 127.0.0.0/8 addresses so ephemeral ports never run out; otherwise the
/// system's choice.
fn source_addresses(target: IpAddr, players: usize) -> Vec<IpAddr> {
    match target {
        IpAddr::V4(v4) if v4.is_loopback() => {
            let count = players.div_ceil(PLAYERS_PER_SOURCE).clamp(1, 250);
            (0..count)
                .map(|i| IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2 + i as u8)))
                .collect()
        }
        _ => Vec::new(),
    }
}

/// Raises this process's open-file limit as far as allowed and checks that
/// it covers `needed` descriptors.
fn ensure_open_files(needed: u64) -> Result<(), BenchError> {
    let limit = rlimit::increase_nofile_limit(u64::MAX).unwrap_or(0);
    if limit < needed {
        return Err(BenchError::Plan(format!(
            "this many players need {needed} open files, but this process may open only {limit} \
             (the hard limit, `ulimit -Hn`); lower --players or raise the limit"
        )));
    }
    Ok(())
}

fn style(template: &str) -> ProgressStyle {
    ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar())
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::formats::native_toml;

    #[test]
    fn the_generated_quiz_is_valid_with_every_question() {
        let quiz = native_toml::parse(&quiz_toml("bench-12", 12), "bench.toml", "bench")
            .expect("valid quiz");
        assert_eq!(quiz.id, "bench-12");
        assert_eq!(quiz.questions.len(), 12);
        assert!(quiz
            .questions
            .iter()
            .all(|q| u64::from(q.time_limit) == TIME_LIMIT_SECS));
    }

    #[test]
    fn loopback_targets_get_one_source_address_per_ten_thousand_players() {
        let local = IpAddr::V4(Ipv4Addr::LOCALHOST);
        assert_eq!(
            source_addresses(local, 500),
            vec![IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2))]
        );
        assert_eq!(source_addresses(local, 25_000).len(), 3);
        assert!(source_addresses("192.0.2.7".parse().unwrap(), 500).is_empty());
    }

    #[test]
    fn players_go_to_as_few_processes_as_the_open_file_limit_allows() {
        // This machine's hard limit: one process holds 19,936 players.
        assert_eq!(load_processes(19_936, None, 20_000).unwrap(), 1);
        assert_eq!(load_processes(19_937, None, 20_000).unwrap(), 2);
        assert_eq!(load_processes(30_000, None, 20_000).unwrap(), 2);
        assert_eq!(load_processes(50_000, None, 20_000).unwrap(), 3);
        // Asked for, within the limit.
        assert_eq!(load_processes(60, Some(3), 20_000).unwrap(), 3);
        assert_eq!(load_processes(60, Some(1), 20_000).unwrap(), 1);
        let too_few = load_processes(50_000, Some(2), 20_000)
            .unwrap_err()
            .to_string();
        assert!(
            too_few.starts_with("2 load processes of 25000 players need 25064 open files each")
                && too_few.ends_with("use --processes 3 or raise the limit"),
            "{too_few}"
        );
        assert!(load_processes(60, Some(0), 20_000).is_err());
        assert!(load_processes(60, Some(MAX_PROCESSES + 1), 20_000).is_err());
        assert!(load_processes(3, Some(4), 20_000).is_err());
    }
}
