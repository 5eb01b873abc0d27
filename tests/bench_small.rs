//! `quizbox bench` end to end, small enough for CI: the real binary starts
//! its own server in a child process, plays a whole game with 300 simulated
//! players and reports. It asserts what must never happen — a dropped
//! connection, a failed join, an acknowledged answer missing from the saved
//! results — and never a timing, which depends on the machine. The same
//! holds with the players shared out over several load processes, asked
//! for or forced by a low open-file limit.

mod common;

use std::process::{Command, Output};

use serde_json::Value;

/// The JSON summary of a bench that must have succeeded.
fn report_of(output: &Output) -> Value {
    let stderr = String::from_utf8_lossy(&output.stderr);
    let report: Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("no JSON summary ({e}); stderr:\n{stderr}"));
    assert!(
        output.status.success(),
        "exit {}: {stderr}\n{report:#}",
        output.status
    );
    report
}

/// What must hold whatever ran the players: every one joined, kept its
/// connection, answered every question and had every answer acknowledged
/// and saved; one latency sample per player and question.
fn assert_every_player_and_answer(report: &Value, players: u64, questions: u64) {
    let answers = players * questions;
    assert_eq!(report["players"], players, "{report:#}");
    assert_eq!(report["questions"], questions, "{report:#}");
    assert_eq!(report["joined"], players, "{report:#}");
    assert_eq!(report["join_failures"], 0, "{report:#}");
    assert_eq!(report["dropped_connections"], 0, "{report:#}");
    assert_eq!(report["lost_answers"], 0, "{report:#}");
    assert_eq!(report["answers_sent"], answers, "{report:#}");
    assert_eq!(report["answers_acked"], answers, "{report:#}");
    assert_eq!(report["fanout_ms"]["samples"], answers, "{report:#}");
    assert_eq!(report["ack_ms"]["samples"], answers, "{report:#}");
    // Joins are timed across processes on one clock: a span, not nonsense.
    let join_secs = report["join_secs"].as_f64().unwrap();
    assert!(join_secs > 0.0 && join_secs < 60.0, "{report:#}");
    assert!(report["bench_process"]["cpu_secs"].as_f64().unwrap() > 0.0);
}

#[test]
fn a_small_bench_keeps_every_player_and_every_answer() {
    let data = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_quizbox"))
        .args(["bench", "--players", "300", "--questions", "3", "--json"])
        // The bench's own data directory is unused (its server gets a
        // temporary one); keep it away from the user's anyway.
        .env("QUIZBOX_DATA", data.path())
        .output()
        .expect("quizbox runs");
    let report = report_of(&output);
    // 300 players fit in one process under any usual limit.
    assert_eq!(report["processes"], 1, "{report:#}");
    assert_every_player_and_answer(&report, 300, 3);
    // The server it started was measured.
    let server = &report["server_process"];
    assert!(server["idle_rss_bytes"].as_u64().unwrap() > 0, "{report:#}");
    assert!(server["cpu_secs"].as_f64().unwrap() > 0.0, "{report:#}");
}

#[test]
fn players_shared_out_over_three_load_processes_keep_every_answer() {
    let data = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_quizbox"))
        .args(["bench", "--players", "60", "--questions", "2"])
        .args(["--processes", "3", "--json"])
        .env("QUIZBOX_DATA", data.path())
        .output()
        .expect("quizbox runs");
    let report = report_of(&output);
    assert_eq!(report["processes"], 3, "{report:#}");
    assert_every_player_and_answer(&report, 60, 2);
    let server = &report["server_process"];
    assert!(server["cpu_secs"].as_f64().unwrap() > 0.0, "{report:#}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_low_open_file_limit_spreads_the_players_by_itself() {
    // The server runs with the usual limit; the bench may open only 110
    // files per process (hard limit too, as `ulimit -n` sets both), 64 of
    // them kept spare: 46 players per process, so 60 need two.
    let dir = tempfile::tempdir().unwrap();
    let mut server = common::process::Server::new(dir.path());
    server.spawn_with_env(&[("QUIZBOX_LIMIT_JOINS_PER_ADDRESS", "0")]);
    server.wait_ready().await;
    let token = common::admin_token(dir.path());
    let url = format!("http://{}", server.addr);
    let output = tokio::task::spawn_blocking(move || {
        Command::new("sh")
            .args(["-c", "ulimit -n 110 && exec \"$0\" \"$@\""])
            .arg(env!("CARGO_BIN_EXE_quizbox"))
            .args([
                "bench",
                "--server",
                &url,
                "--players",
                "60",
                "--questions",
                "2",
            ])
            .arg("--json")
            .env("QUIZBOX_TOKEN", token)
            .output()
            .expect("quizbox runs")
    })
    .await
    .unwrap();
    let report = report_of(&output);
    assert_eq!(report["processes"], 2, "{report:#}");
    assert_every_player_and_answer(&report, 60, 2);
    server.kill();

    // Asked for one process under that limit, the bench refuses up front.
    let refused = Command::new("sh")
        .args(["-c", "ulimit -n 110 && exec \"$0\" \"$@\""])
        .arg(env!("CARGO_BIN_EXE_quizbox"))
        .args(["bench", "--server", "http://127.0.0.1:9", "--players", "60"])
        .args(["--processes", "1"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(refused.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("60 players need 124 open files in one process")
            && stderr.contains("use --processes 2"),
        "{stderr}"
    );
}

/// The processes whose parent is `pid`, from /proc.
fn children_of(pid: u32) -> Vec<u32> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(child) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        // "PID (COMMAND) STATE PPID …": the command may hold spaces.
        let after = &stat[stat.rfind(')').map_or(0, |i| i + 1)..];
        let ppid = after.split_whitespace().nth(1).and_then(|p| p.parse().ok());
        if ppid == Some(pid) {
            found.push(child);
        }
    }
    found
}

fn alive(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .is_ok_and(|stat| !stat[stat.rfind(')').map_or(0, |i| i + 1)..].starts_with(" Z"))
}

#[cfg(target_os = "linux")]
#[test]
fn a_bench_killed_outright_takes_its_server_and_load_processes_with_it() {
    let data = tempfile::tempdir().unwrap();
    let mut bench = Command::new(env!("CARGO_BIN_EXE_quizbox"))
        .args(["bench", "--players", "40", "--questions", "20"])
        .args(["--processes", "2", "--json"])
        .env("QUIZBOX_DATA", data.path())
        // Killed outright, the bench cannot remove its server's temporary
        // data directory: keep it under this test's own.
        .env("TMPDIR", data.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("quizbox runs");
    // Its server and both load processes, once all are started.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let children = loop {
        let children = children_of(bench.id());
        if children.len() >= 3 {
            break children;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the bench started {children:?} within 60 s"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    };
    bench.kill().unwrap();
    bench.wait().unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while children.iter().any(|&pid| alive(pid)) {
        assert!(
            std::time::Instant::now() < deadline,
            "still running 20 s after the bench was killed: {:?}",
            children
                .iter()
                .filter(|&&pid| alive(pid))
                .collect::<Vec<_>>()
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}
