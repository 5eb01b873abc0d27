//! `quizbox user` end to end on a data directory: accounts, passwords from
//! standard input, tokens printed once and listed without their secret,
//! revocation, and the rules that keep an admin around.

use std::io::Write;
use std::process::{Command, Stdio};

fn quizbox(data: &std::path::Path, args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_quizbox"))
        .arg("--data")
        .arg(data)
        .args(["-q", "user"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn accounts_and_tokens_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let (code, _, err) = quizbox(
        data,
        &["add", "Ann", "--password-stdin"],
        "ann-password-1\n",
    );
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = quizbox(data, &["add", "ann", "--password-stdin"], "x\n");
    assert_ne!(code, 0);
    assert!(err.contains("exists"), "{err}");
    let (code, _, err) = quizbox(data, &["add", "bob", "--password-stdin"], "short\n");
    assert_ne!(code, 0);
    assert!(err.contains("at least 8"), "{err}");
    // No terminal, no --password-stdin: a password is made up and shown once.
    let (code, _, err) = quizbox(data, &["add", "root", "--role", "admin"], "");
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("password for root (shown once)"), "{err}");

    let (_, list, _) = quizbox(data, &["list", "--json"], "");
    let users: serde_json::Value = serde_json::from_str(&list).unwrap();
    let roles: Vec<(&str, &str)> = users
        .as_array()
        .unwrap()
        .iter()
        .map(|u| (u["username"].as_str().unwrap(), u["role"].as_str().unwrap()))
        .collect();
    assert_eq!(roles, vec![("ann", "host"), ("root", "admin")]);

    // A token is printed alone on stdout, once; listings never show it.
    let (code, token, err) = quizbox(
        data,
        &[
            "token",
            "create",
            "ann",
            "--scope",
            "import,host",
            "--expires",
            "30d",
            "--name",
            "ci",
        ],
        "",
    );
    assert_eq!(code, 0, "{err}");
    let token = token.trim().to_string();
    assert!(token.starts_with("qb_") && token.len() > 40, "{token}");
    let (_, tokens, _) = quizbox(data, &["token", "list", "ann", "--json"], "");
    assert!(!tokens.contains(&token), "the secret is never listed");
    let tokens: serde_json::Value = serde_json::from_str(&tokens).unwrap();
    let ci = &tokens[0];
    assert_eq!(ci["name"], "ci");
    assert_eq!(ci["scopes"], serde_json::json!(["import", "host"]));
    assert!(ci["expires_at"].as_i64().is_some());
    let (code, _, err) = quizbox(data, &["token", "create", "ann", "--scope", "admin"], "");
    assert_ne!(code, 0);
    assert!(err.contains("unknown scope"), "{err}");

    let id = ci["id"].as_i64().unwrap().to_string();
    let (code, _, err) = quizbox(data, &["token", "revoke", &id], "");
    assert_eq!(code, 0, "{err}");
    let (code, _, _) = quizbox(data, &["token", "revoke", &id], "");
    assert_ne!(code, 0, "already revoked");

    let (code, _, err) = quizbox(
        data,
        &["passwd", "ann", "--password-stdin"],
        "ann-password-2\n",
    );
    assert_eq!(code, 0, "{err}");
    // The last admin stays.
    let (code, _, err) = quizbox(data, &["delete", "root"], "");
    assert_ne!(code, 0);
    assert!(err.contains("last admin"), "{err}");
    let (code, _, err) = quizbox(data, &["delete", "ann"], "");
    assert_eq!(code, 0, "{err}");

    // Nothing secret in the database file.
    let db = std::fs::read(data.join("quizbox.db")).unwrap();
    for secret in ["ann-password-1", "ann-password-2", token.as_str()] {
        assert!(
            !db.windows(secret.len()).any(|w| w == secret.as_bytes()),
            "{secret}"
        );
    }
}
