//! `quizbox quiz` with the real binary on a temporary data directory:
//! list (table and JSON), show (TOML that imports again, and JSON), copy,
//! and delete with its confirmation, on a terminal and off one.

mod common;

use common::command::{output, quizbox};

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

const BIRDS: &str = r#"id = "birds"
title = "Birds"
description = "Garden birds."

[[questions]]
text = "Which bird has a red breast?"
answers = ["Robin", "Wren", "Blackbird"]
correct = "Robin"

[[questions]]
text = "Wrens are small."
kind = "true_false"
correct = true
time_limit = 10
"#;

/// A data directory holding the `birds` quiz and the every-kind sample.
fn data_with_quizzes() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("birds.toml");
    std::fs::write(&file, BIRDS).unwrap();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("quizzes/every-kind.toml");
    let (code, _, err) = output(quizbox(dir.path()).arg("import").arg(&file).arg(sample));
    assert_eq!(code, 0, "{err}");
    dir
}

fn listed_ids(data: &Path) -> Vec<String> {
    let (code, out, err) = output(quizbox(data).args(["quiz", "list", "--json"]));
    assert_eq!(code, 0, "{err}");
    let list: serde_json::Value = serde_json::from_str(&out).unwrap();
    list.as_array()
        .unwrap()
        .iter()
        .map(|q| q["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn quizzes_are_listed_shown_and_copied() {
    let dir = data_with_quizzes();
    let data = dir.path();

    let (code, table, err) = output(quizbox(data).args(["quiz", "list"]));
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 3, "{table}");
    let head: Vec<&str> = lines[0].split_whitespace().collect();
    assert_eq!(head, ["id", "title", "questions", "owner", "updated"]);
    let birds: Vec<&str> = lines[1].split_whitespace().collect();
    assert_eq!(birds[..4], ["birds", "Birds", "2", "(shared)"], "{table}");
    assert!(lines[2].starts_with("every-kind "), "{table}");

    let (code, out, _) = output(quizbox(data).args(["quiz", "list", "--json"]));
    assert_eq!(code, 0);
    let list: serde_json::Value = serde_json::from_str(&out).unwrap();
    let first = &list[0];
    assert_eq!(first["id"], "birds");
    assert_eq!(first["question_count"], 2);
    assert_eq!(first["description"], "Garden birds.");
    assert!(first["updated_at"].as_i64().unwrap() > 1_700_000_000_000);
    assert_eq!(first["last_played_at"], serde_json::Value::Null);
    assert!(first.get("owner").is_none(), "shared: {first}");

    // show: native TOML that imports again as the same quiz, or JSON.
    let (code, toml, err) = output(quizbox(data).args(["quiz", "show", "birds"]));
    assert_eq!(code, 0, "{err}");
    assert!(toml.contains("title = \"Birds\""), "{toml}");
    let other = tempfile::tempdir().unwrap();
    let mut import = quizbox(other.path())
        .args(["import", "-", "--name", "birds.toml"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    import
        .stdin
        .take()
        .unwrap()
        .write_all(toml.as_bytes())
        .unwrap();
    assert!(import.wait_with_output().unwrap().status.success());
    let (_, again, _) = output(quizbox(other.path()).args(["quiz", "show", "birds"]));
    assert_eq!(again, toml, "what show prints imports as the same quiz");
    let (code, json, _) = output(quizbox(data).args(["quiz", "show", "birds", "--format", "json"]));
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["questions"][0]["correct"], 1, "native: counted from 1");
    assert_eq!(json["questions"][1]["time_limit"], 10);
    let (code, _, err) = output(quizbox(data).args(["quiz", "show", "owls"]));
    assert_eq!(code, 1);
    assert!(err.contains("no quiz with id \"owls\""), "{err}");

    // copy: the new id alone on stdout; a title of its own; a bad title is invalid input.
    let (code, id, err) = output(quizbox(data).args(["quiz", "copy", "birds"]));
    assert_eq!((code, id.as_str()), (0, "birds-copy\n"), "{err}");
    let (code, id, _) = output(quizbox(data).args(["quiz", "copy", "birds"]));
    assert_eq!((code, id.as_str()), (0, "birds-copy-2\n"));
    let (code, id, _) =
        output(quizbox(data).args(["quiz", "copy", "birds", "--title", "Hedge Birds"]));
    assert_eq!((code, id.as_str()), (0, "hedge-birds\n"));
    let (_, copy, _) = output(quizbox(data).args(["quiz", "show", "hedge-birds"]));
    assert_eq!(
        copy.replace("hedge-birds", "birds")
            .replace("Hedge Birds", "Birds"),
        toml,
        "a copy holds the same questions"
    );
    let (code, _, err) = output(quizbox(data).args(["quiz", "copy", "birds", "--title", " "]));
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("title: must not be empty"), "{err}");
    assert_eq!(
        listed_ids(data),
        [
            "birds",
            "birds-copy",
            "birds-copy-2",
            "every-kind",
            "hedge-birds"
        ]
    );
}

#[test]
fn a_delete_asks_first_or_wants_yes() {
    let dir = data_with_quizzes();
    let data = dir.path();
    // Off a terminal it cannot ask: a usage error, and nothing deleted.
    let (code, _, err) = output(
        quizbox(data)
            .args(["quiz", "delete", "birds"])
            .stdin(Stdio::null()),
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--yes"), "{err}");
    assert_eq!(listed_ids(data), ["birds", "every-kind"]);
    let (code, _, err) = output(quizbox(data).args(["quiz", "delete", "birds", "--yes"]));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("deleted quiz birds"), "{err}");
    assert_eq!(listed_ids(data), ["every-kind"]);
    let (code, _, err) = output(quizbox(data).args(["quiz", "delete", "birds", "--yes"]));
    assert_eq!(code, 1);
    assert!(err.contains("no quiz with id \"birds\""), "{err}");
}

/// `quizbox quiz delete ID` under `script`, so its standard input is a
/// terminal; `answer` is what is typed at the question. Exit code and what
/// the terminal showed; `None` without `script`.
fn delete_on_a_terminal(data: &Path, id: &str, answer: &str) -> Option<(i32, String)> {
    if Command::new("script").arg("--version").output().is_err() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "script is required for this test under CI"
        );
        eprintln!("notice: script not found; skipping the terminal part of this test");
        return None;
    }
    let binary = env!("CARGO_BIN_EXE_quizbox");
    let shell = format!(
        "exec '{binary}' --data '{}' quiz delete {id}",
        data.display()
    );
    let mut cmd = quizbox(data);
    // Only its environment is wanted: `script` runs the binary itself.
    let envs: Vec<(String, Option<String>)> = cmd
        .get_envs()
        .map(|(k, v)| {
            (
                k.to_string_lossy().into_owned(),
                v.map(|v| v.to_string_lossy().into_owned()),
            )
        })
        .collect();
    cmd = Command::new("script");
    for (k, v) in envs {
        match v {
            Some(v) => cmd.env(k, v),
            None => cmd.env_remove(k),
        };
    }
    let mut child = cmd
        .args(["-q", "-e", "-c", &shell, "/dev/null"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // The input stays open until the command has ended: `script` stops
    // the command when its own input ends.
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(format!("{answer}\n").as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    Some((
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    ))
}

#[test]
fn on_a_terminal_a_delete_asks_and_only_yes_deletes() {
    let dir = data_with_quizzes();
    let data = dir.path();
    let Some((code, shown)) = delete_on_a_terminal(data, "birds", "n") else {
        return;
    };
    assert!(
        shown.contains("delete quiz birds (Birds, 2 questions)? [y/N]"),
        "{shown}"
    );
    assert!(shown.contains("nothing deleted"), "{shown}");
    assert_eq!(code, 1);
    assert_eq!(listed_ids(data), ["birds", "every-kind"]);
    let (code, shown) = delete_on_a_terminal(data, "birds", "y").unwrap();
    assert_eq!(code, 0, "{shown}");
    assert!(shown.contains("deleted quiz birds"), "{shown}");
    assert_eq!(listed_ids(data), ["every-kind"]);
}
