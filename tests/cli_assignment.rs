//! `quizbox assignment` with the real binary against a real `quizbox
//! serve`: create (code and link on stdout), a player taking it over HTTP,
//! list, show (for people and --json), close, and the exit codes of its
//! failures.

mod common;

use common::command::{output, quizbox};
use common::process::Server;
use serde_json::{json, Value};

#[tokio::test]
async fn assignments_are_created_listed_shown_and_closed_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Server::new(dir.path());
    server.spawn();
    server.wait_ready().await;
    let url = format!("http://{}", server.addr);
    let cli = |args: &[&str]| {
        let mut cmd = quizbox(dir.path());
        cmd.args(["assignment", "--server", &url]).args(args);
        output(&mut cmd)
    };

    let (code, out, err) = cli(&[
        "create",
        "science-basics",
        "--closes-in",
        "2h",
        "--identifier",
        "Student number",
    ]);
    assert_eq!(code, 0, "{err}");
    let (assignment, link) = out.trim().split_once('\t').expect("code<TAB>link");
    assert_eq!(assignment.len(), 6, "{out}");
    assert!(link.ends_with(&format!("/a/{assignment}")), "{out}");
    assert!(err.contains("\"Science Basics\""), "{err}");

    // A student takes the first question.
    let api = format!("/api/a/{assignment}");
    let (status, started) = common::http(
        server.addr,
        "POST",
        &format!("{api}/start"),
        Some(&json!({"name": "s-42"}).to_string()),
    )
    .await
    .unwrap();
    assert_eq!(status, 201, "{started}");
    let token = serde_json::from_str::<Value>(&started).unwrap()["token"]
        .as_str()
        .unwrap()
        .to_string();
    let (status, answered) = common::http(
        server.addr,
        "POST",
        &format!("{api}/answer"),
        Some(&json!({"token": token, "question": 0, "answer": 1}).to_string()),
    )
    .await
    .unwrap();
    assert_eq!(status, 200, "{answered}");

    let (code, out, err) = cli(&["list"]);
    assert_eq!(code, 0, "{err}");
    let line = out
        .lines()
        .find(|l| l.starts_with(assignment))
        .unwrap_or_else(|| panic!("{out}"));
    let fields: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(&fields[..4], [assignment, "open", "1", "0"], "{line}");
    assert!(line.ends_with("Science Basics"), "{line}");
    assert!(err.contains("1 assignment(s)"), "{err}");

    let (code, out, err) = cli(&["show", assignment]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Science Basics  open"), "{out}");
    assert!(out.contains("s-42"), "{out}");
    assert!(out.contains("at question 2 of 12"), "{out}");
    let (code, out, _) = cli(&["show", assignment, "--json"]);
    assert_eq!(code, 0);
    let results: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(results["identifier"], "Student number");
    assert_eq!(results["players"][0]["name"], "s-42");
    assert_eq!(results["players"][0]["question"], 1);
    assert_eq!(results["questions"][0]["correct"], 1);

    let (code, _, err) = cli(&["close", assignment]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains(&format!("assignment {assignment} closed")),
        "{err}"
    );
    let (_, out, _) = cli(&["list", "--json"]);
    let listed: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(listed[0]["state"], "closed");
    let (status, _) = common::http(
        server.addr,
        "POST",
        &format!("{api}/answer"),
        Some(&json!({"token": token, "question": 1, "answer": 0}).to_string()),
    )
    .await
    .unwrap();
    assert_eq!(status, 409);

    // Failures: a duration that is not one (usage), no such quiz or code,
    // no server there.
    let (code, _, err) = cli(&["create", "science-basics", "--closes-in", "soon"]);
    assert_eq!(code, 2, "{err}");
    let (code, _, err) = cli(&["create", "no-such-quiz", "--closes-in", "1d"]);
    assert_eq!(code, 1);
    assert!(err.contains("no quiz with id"), "{err}");
    let (code, _, err) = cli(&["show", "zzzzzz"]);
    assert_eq!(code, 1);
    assert!(err.contains("no assignment with code"), "{err}");
    server.kill();
    let (code, _, _) = cli(&["list"]);
    assert_eq!(code, 1);
}
