//! `quizbox bench` end to end, small enough for CI: the real binary starts
//! its own server in a child process, plays a whole game with 300 simulated
//! players and reports. It asserts what must never happen — a dropped
//! connection, a failed join, an acknowledged answer missing from the saved
//! results — and never a timing, which depends on the machine.

use std::process::Command;

use serde_json::Value;

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
    let stderr = String::from_utf8_lossy(&output.stderr);
    let report: Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("no JSON summary ({e}); stderr:\n{stderr}"));
    assert!(
        output.status.success(),
        "exit {}: {stderr}\n{report:#}",
        output.status
    );

    assert_eq!(report["players"], 300);
    assert_eq!(report["questions"], 3);
    assert_eq!(report["joined"], 300, "{report:#}");
    assert_eq!(report["join_failures"], 0, "{report:#}");
    assert_eq!(report["dropped_connections"], 0, "{report:#}");
    assert_eq!(report["lost_answers"], 0, "{report:#}");
    // Every player answered every question and was acknowledged; the
    // latency samples are one per player and question.
    assert_eq!(report["answers_sent"], 900, "{report:#}");
    assert_eq!(report["answers_acked"], 900, "{report:#}");
    assert_eq!(report["fanout_ms"]["samples"], 900, "{report:#}");
    assert_eq!(report["ack_ms"]["samples"], 900, "{report:#}");
    // The server it started was measured.
    let server = &report["server_process"];
    assert!(server["idle_rss_bytes"].as_u64().unwrap() > 0, "{report:#}");
    assert!(server["cpu_secs"].as_f64().unwrap() > 0.0, "{report:#}");
}
