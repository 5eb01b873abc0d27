//! The real `quizbox` binary: help, config layering, migrations, and a
//! server that starts with the sample quizzes and says where to open it.

mod common;

use common::command::{output, quizbox};

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[test]
fn every_command_has_help() {
    let dir = tempfile::tempdir().unwrap();
    let (code, top, _) = output(quizbox(dir.path()).arg("--help"));
    assert_eq!(code, 0);
    for command in [
        "serve",
        "migrate",
        "config",
        "completions",
        "man",
        "healthcheck",
        "quiz",
        "report",
        "webhook",
        "assignment",
    ] {
        assert!(top.contains(command), "{command} listed in --help");
        let (code, help, _) = output(quizbox(dir.path()).args([command, "--help"]));
        assert_eq!(code, 0, "{command} --help");
        assert!(help.contains("Usage: quizbox"), "{help}");
    }
    let (code, _, err) = output(quizbox(dir.path()).arg("frobnicate"));
    assert_eq!(code, 2, "usage errors exit 2: {err}");
}

#[test]
fn config_layers_flags_over_env_over_file() {
    let dir = tempfile::tempdir().unwrap();
    let (code, default, _) = output(quizbox(dir.path()).args(["config", "--default"]));
    assert_eq!(code, 0);
    let parsed: toml::Value = toml::from_str(&default).expect("the default file is valid TOML");
    assert_eq!(parsed["listen"].as_str(), Some("0.0.0.0:8080"));

    std::fs::write(
        dir.path().join("quizbox.toml"),
        "max_players = 40\nlisten = \"127.0.0.1:9001\"\n",
    )
    .unwrap();
    let (_, shown, _) = output(quizbox(dir.path()).arg("config"));
    assert!(shown.contains("max_players = 40"), "{shown}");
    assert!(shown.contains("listen = \"127.0.0.1:9001\""), "{shown}");
    let (_, shown, _) = output(
        quizbox(dir.path())
            .arg("config")
            .env("QUIZBOX_MAX_PLAYERS", "50"),
    );
    assert!(
        shown.contains("max_players = 50"),
        "env beats the file: {shown}"
    );
    let (_, shown, _) = output(
        quizbox(dir.path())
            .args(["config"])
            .env("QUIZBOX_DATABASE", "postgres://quiz:hunter2@db/quiz"),
    );
    assert!(
        shown.contains("postgres://quiz:[redacted]@db/quiz"),
        "{shown}"
    );
    assert!(!shown.contains("hunter2"));
    let (_, _, err) = output(quizbox(dir.path()).arg("config").env("QUIZBOX_LISTN", "x"));
    assert!(
        err.contains("QUIZBOX_LISTN"),
        "unknown variables are warned about: {err}"
    );

    std::fs::write(dir.path().join("quizbox.toml"), "max_players = \"many\"\n").unwrap();
    let (code, _, err) = output(quizbox(dir.path()).arg("config"));
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("quizbox.toml:1"), "{err}");
}

#[test]
fn migrate_applies_lists_and_serve_refuses_a_newer_schema() {
    let dir = tempfile::tempdir().unwrap();
    let (code, status, _) = output(quizbox(dir.path()).args(["migrate", "--status"]));
    assert_eq!(code, 0);
    assert!(status.contains("0001  pending"), "{status}");
    let (code, _, err) = output(quizbox(dir.path()).arg("migrate"));
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("applied migrations: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]"),
        "{err}"
    );
    let (_, status, _) = output(quizbox(dir.path()).args(["migrate", "--status", "--json"]));
    let status: serde_json::Value = serde_json::from_str(&status).unwrap();
    assert_eq!(status[0]["version"], 1);
    assert!(status[0]["applied_at"].is_i64());

    let db = rusqlite::Connection::open(dir.path().join("quizbox.db")).unwrap();
    db.execute(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)",
        [],
    )
    .unwrap();
    drop(db);
    let (code, _, err) = output(quizbox(dir.path()).args(["serve", "--listen", "127.0.0.1:0"]));
    assert_eq!(code, 1);
    assert!(err.contains("newer than this quizbox understands"), "{err}");
}

#[tokio::test]
async fn serve_starts_with_the_sample_quizzes_and_prints_where_to_open_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = quizbox(dir.path())
        .args(["serve", "--listen", "127.0.0.1:0"])
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let url = loop {
        let line = lines.next().expect("banner").unwrap();
        if let Some(rest) = line.trim().strip_prefix("players join at") {
            break rest.trim().to_string();
        }
        assert!(started.elapsed() < Duration::from_secs(20));
    };
    let addr = url
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .parse()
        .unwrap();
    let token = common::admin_token(dir.path());
    let (status, body) = common::http_as(&token, addr, "GET", "/api/quizzes", None)
        .await
        .unwrap();
    assert_eq!(status, 200);
    let quizzes: serde_json::Value = serde_json::from_str(&body).unwrap();
    let listed: Vec<(&str, u64)> = quizzes
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            (
                q["title"].as_str().unwrap(),
                q["question_count"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        listed,
        vec![
            ("Computing History", 12),
            ("Every Kind of Question", 9),
            ("Science Basics", 12),
            ("World Capitals", 12)
        ]
    );
    let (status, page) = common::http(addr, "GET", "/", None).await.unwrap();
    assert_eq!((status, page.contains("<html")), (200, true));
    // SIGTERM stops it cleanly.
    Command::new("kill")
        .arg("-TERM")
        .arg(child.id().to_string())
        .status()
        .unwrap();
    let stopped = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "{status}");
            break;
        }
        assert!(
            stopped.elapsed() < Duration::from_secs(5),
            "exit within 5 s of SIGTERM"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let rest: Vec<String> = lines.map_while(Result::ok).collect();
    assert!(
        rest.iter().any(|l| l.contains("quizbox stopped")),
        "{rest:?}"
    );
}

/// One key line of `config --default`: its table, key, value, whether it
/// is commented out, and the comment line just above it.
struct KeyLine {
    table: String,
    key: String,
    value: String,
    commented: bool,
    above: String,
}

fn key_lines(text: &str) -> Vec<KeyLine> {
    let mut table = String::new();
    let mut above = String::new();
    let mut found = Vec::new();
    for line in text.lines() {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            table = name.to_string();
        }
        let (commented, rest) = match line.strip_prefix("# ") {
            Some(rest) => (true, rest),
            None => (false, line),
        };
        if let Some((key, value)) = rest.split_once(" = ") {
            if !key.is_empty() && key.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
                found.push(KeyLine {
                    table: table.clone(),
                    key: key.to_string(),
                    value: value.to_string(),
                    commented,
                    above: above.clone(),
                });
            }
        }
        above = line.to_string();
    }
    found
}

#[test]
fn config_default_holds_every_declared_setting_and_no_other() {
    use quizbox::config::Settings;
    let dir = tempfile::tempdir().unwrap();
    let (code, text, err) = output(quizbox(dir.path()).args(["config", "--default"]));
    assert_eq!(code, 0, "{err}");
    let defaults = toml::Table::try_from(Settings::default()).unwrap();
    let lines = key_lines(&text);
    let settings = Settings::settings();
    for line in &lines {
        assert!(
            settings
                .iter()
                .any(|s| s.in_file() && s.table == line.table && s.key == line.key),
            "[{}] {} is in the file but declared nowhere",
            line.table,
            line.key
        );
    }
    for setting in &settings {
        if !setting.in_file() {
            let header = text.lines().find(|l| l.contains(setting.env));
            assert!(
                header.is_some_and(|l| l.starts_with('#') && l.contains(setting.key)),
                "{} is named with {} in the header",
                setting.key,
                setting.env
            );
            continue;
        }
        let shown: Vec<&KeyLine> = lines
            .iter()
            .filter(|l| l.table == setting.table && l.key == setting.key)
            .collect();
        assert_eq!(shown.len(), 1, "{} appears once", setting.path());
        let line = shown[0];
        assert!(
            line.above.starts_with(&format!("# ({}", setting.env)),
            "{}: its variable {} is said just above it: {:?}",
            setting.path(),
            setting.env,
            line.above
        );
        let default = match setting.table {
            "" => defaults.get(setting.key),
            table => defaults[table].get(setting.key),
        };
        match default {
            Some(default) => {
                let value: toml::Value = line.value.parse().unwrap();
                assert_eq!(&value, default, "{} shows its default", setting.path());
                assert_eq!(line.commented, setting.derived(), "{}", setting.path());
            }
            None => {
                assert!(line.commented, "{} has no default", setting.path());
                let example = toml::Value::String(setting.example.unwrap().into());
                assert_eq!(line.value, example.to_string());
            }
        }
    }
    // What is not commented out is read back as the defaults.
    let parsed: toml::Table = toml::from_str(&text).unwrap();
    assert_eq!(parsed["limits"]["live_games"].as_integer(), Some(100));
    assert_eq!(parsed["import"]["pieces"].as_integer(), Some(50_000));
    assert_eq!(parsed["media"]["max_image_side"].as_integer(), Some(1600));
}

#[test]
fn unknown_variables_and_keys_name_the_closest_known_one() {
    let dir = tempfile::tempdir().unwrap();
    let (code, shown, err) = output(
        quizbox(dir.path())
            .arg("config")
            .env("QUIZBOX_MAX_PLAYER", "5")
            .env("QUIZBOX_NOTHING_LIKE_IT", "1")
            .env("QUIZBOX_TEST_POSTGRES", "postgres://localhost/none")
            .env("QUIZBOX_CHAOS_KILLS", "3")
            .env("QUIZBOX_TOKEN", "qb_x")
            .env("QUIZBOX_LIMIT_LOGINS_BURST", "3")
            .env("QUIZBOX_TLS", "auto")
            .env("QUIZBOX_AUTH_SESSION_HOURS", "2")
            .env("QUIZBOX_BLOCKED_NICKNAMES", "rude, ruder"),
    );
    assert_eq!(code, 0, "{err}");
    let warnings: Vec<&str> = err.lines().filter(|l| l.starts_with("warning:")).collect();
    assert_eq!(
        warnings,
        [
            "warning: ignoring unknown environment variable QUIZBOX_MAX_PLAYER; \
             did you mean QUIZBOX_MAX_PLAYERS?",
            "warning: ignoring unknown environment variable QUIZBOX_NOTHING_LIKE_IT",
        ],
        "known variables, the tests' own included, draw none: {err}"
    );
    assert!(shown.contains("max_players = 10000"), "{shown}");
    // Every setting's variable reaches every command.
    let shown: toml::Table = toml::from_str(
        shown
            .lines()
            .filter(|l| !l.starts_with('#'))
            .collect::<Vec<_>>()
            .join("\n")
            .as_str(),
    )
    .unwrap();
    assert_eq!(shown["limits"]["logins_burst"].as_integer(), Some(3));
    assert_eq!(shown["tls"]["mode"].as_str(), Some("auto"));
    assert_eq!(shown["auth"]["session_hours"].as_integer(), Some(2));
    assert_eq!(
        shown["limits"]["blocked_nicknames"],
        toml::Value::Array(vec!["rude".into(), "ruder".into()])
    );

    let (code, _, err) = output(
        quizbox(dir.path())
            .arg("config")
            .env("QUIZBOX_LIMIT_LOGINS_BURST", "many"),
    );
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("QUIZBOX_LIMIT_LOGINS_BURST=\"many\" is not valid"),
        "{err}"
    );

    std::fs::write(
        dir.path().join("quizbox.toml"),
        "[limits]\nlogins_burst = 3\nlogins_brust = 4\n",
    )
    .unwrap();
    let (code, _, err) = output(quizbox(dir.path()).arg("config"));
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains(
            "quizbox.toml:3: unknown key `logins_brust` in [limits]; did you mean `logins_burst`?"
        ),
        "{err}"
    );
}

#[test]
fn table_settings_take_the_environment_over_the_file_and_flags_over_both() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("quizbox.toml"),
        "database = \"sqlite:///from/file.db\"\n[limits]\nlogins_burst = 5\nlive_games = 7\n",
    )
    .unwrap();
    let (code, shown, err) = output(
        quizbox(dir.path())
            .args(["config", "--database", "sqlite:///from/flag.db"])
            .env("QUIZBOX_DATABASE", "sqlite:///from/env.db")
            .env("QUIZBOX_LIMIT_LOGINS_BURST", "3"),
    );
    assert_eq!(code, 0, "{err}");
    let shown: toml::Table = toml::from_str(&shown).unwrap();
    assert_eq!(shown["database"].as_str(), Some("sqlite:///from/flag.db"));
    assert_eq!(shown["limits"]["logins_burst"].as_integer(), Some(3));
    assert_eq!(shown["limits"]["live_games"].as_integer(), Some(7));
    assert_eq!(shown["limits"]["podium_secs"].as_integer(), Some(1800));
}
