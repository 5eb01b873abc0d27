//! Where the real `quizbox` binary finds its config file and data
//! directory, and secrets read from files: `--config` that must exist,
//! `<data dir>/quizbox.toml` before `$XDG_CONFIG_HOME/quizbox/quizbox.toml`,
//! `$STATE_DIRECTORY` as systemd passes it, and `QUIZBOX_*_FILE`.

use std::path::Path;
use std::process::Command;

/// The binary with a home of its own under `home` and none of the
/// caller's quizbox, XDG or systemd variables.
fn quizbox(home: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_quizbox"));
    for (k, _) in std::env::vars() {
        if k.starts_with("QUIZBOX_") || k.starts_with("XDG_") {
            cmd.env_remove(k);
        }
    }
    for k in ["STATE_DIRECTORY", "NOTIFY_SOCKET", "WATCHDOG_USEC"] {
        cmd.env_remove(k);
    }
    cmd.env("HOME", home);
    cmd
}

fn output(cmd: &mut Command) -> (i32, String, String) {
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `quizbox config`'s effective settings, parsed.
fn effective(cmd: &mut Command) -> toml::Table {
    let (code, text, err) = output(cmd.arg("config"));
    assert_eq!(code, 0, "{err}");
    toml::from_str(&text).unwrap()
}

#[test]
fn the_users_config_file_is_read_unless_the_data_directory_has_one() {
    let home = tempfile::tempdir().unwrap();
    let xdg = home.path().join("xdg-config");
    let data = home.path().join("data");
    std::fs::create_dir_all(xdg.join("quizbox")).unwrap();
    std::fs::create_dir_all(&data).unwrap();
    let user_file = xdg.join("quizbox/quizbox.toml");
    std::fs::write(&user_file, "max_players = 77\n").unwrap();

    let shown = effective(
        quizbox(home.path())
            .env("XDG_CONFIG_HOME", &xdg)
            .arg("--data")
            .arg(&data),
    );
    assert_eq!(shown["max_players"].as_integer(), Some(77));
    assert_eq!(shown["config_file"].as_str(), user_file.to_str());

    // Without XDG_CONFIG_HOME the user's file is ~/.config/quizbox/quizbox.toml.
    let dot_config = home.path().join(".config/quizbox");
    std::fs::create_dir_all(&dot_config).unwrap();
    std::fs::write(dot_config.join("quizbox.toml"), "max_players = 78\n").unwrap();
    let shown = effective(quizbox(home.path()).arg("--data").arg(&data));
    assert_eq!(shown["max_players"].as_integer(), Some(78));

    // The data directory's own file wins, and only one file is read.
    std::fs::write(data.join("quizbox.toml"), "log = \"warn\"\n").unwrap();
    let shown = effective(
        quizbox(home.path())
            .env("XDG_CONFIG_HOME", &xdg)
            .arg("--data")
            .arg(&data),
    );
    assert_eq!(shown["log"].as_str(), Some("warn"));
    assert_eq!(shown["max_players"].as_integer(), Some(10_000));

    // --config beats both.
    let named = home.path().join("named.toml");
    std::fs::write(&named, "max_players = 12\n").unwrap();
    let shown = effective(
        quizbox(home.path())
            .env("XDG_CONFIG_HOME", &xdg)
            .arg("--data")
            .arg(&data)
            .arg("--config")
            .arg(&named),
    );
    assert_eq!(shown["max_players"].as_integer(), Some(12));
    assert_eq!(shown["log"].as_str(), Some("info"));
}

#[test]
fn a_named_config_file_that_is_missing_is_an_error_that_says_what_to_do() {
    let home = tempfile::tempdir().unwrap();
    let missing = home.path().join("etc/quizbox.toml");
    for cmd in [
        quizbox(home.path()).arg("--config").arg(&missing),
        quizbox(home.path()).env("QUIZBOX_CONFIG", &missing),
    ] {
        let (code, _, err) = output(cmd.arg("config"));
        assert_eq!(code, 3, "{err}");
        assert!(
            err.contains(&format!("config file {} does not exist", missing.display())),
            "{err}"
        );
        assert!(err.contains("quizbox config --default >"), "{err}");
    }
}

#[test]
fn systemds_state_directory_is_the_data_directory_unless_one_is_given() {
    let home = tempfile::tempdir().unwrap();
    let state = home.path().join("var/lib/quizbox");
    std::fs::create_dir_all(&state).unwrap();
    std::fs::write(state.join("quizbox.toml"), "max_players = 33\n").unwrap();
    let shown = effective(quizbox(home.path()).env("STATE_DIRECTORY", &state));
    assert_eq!(shown["data_dir"].as_str(), state.to_str());
    assert_eq!(
        shown["max_players"].as_integer(),
        Some(33),
        "its quizbox.toml is read"
    );
    let db = format!("sqlite://{}", state.join("quizbox.db").display());
    assert_eq!(shown["database"].as_str(), Some(db.as_str()));

    // Several directories (StateDirectory=a b): the first.
    let joined = format!(
        "{}:{}",
        state.display(),
        home.path().join("other").display()
    );
    let shown = effective(quizbox(home.path()).env("STATE_DIRECTORY", &joined));
    assert_eq!(shown["data_dir"].as_str(), state.to_str());

    let given = home.path().join("given");
    let shown = effective(
        quizbox(home.path())
            .env("STATE_DIRECTORY", &state)
            .arg("--data")
            .arg(&given),
    );
    assert_eq!(shown["data_dir"].as_str(), given.to_str());
    let shown = effective(
        quizbox(home.path())
            .env("STATE_DIRECTORY", &state)
            .env("QUIZBOX_DATA", &given),
    );
    assert_eq!(shown["data_dir"].as_str(), given.to_str());

    // Neither: the user's data directory.
    let shown = effective(&mut quizbox(home.path()));
    let default = home.path().join(".local/share/quizbox");
    assert_eq!(shown["data_dir"].as_str(), default.to_str());
}

#[test]
fn secrets_are_read_from_the_file_their_file_variable_names() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let secret = home.path().join("database-url");
    std::fs::write(&secret, "postgres://quiz:hunter2@db.lan/quiz\n").unwrap();
    let (code, text, err) = output(
        quizbox(home.path())
            .arg("--data")
            .arg(&data)
            .env("QUIZBOX_DATABASE_FILE", &secret)
            .arg("config"),
    );
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("unknown environment variable"), "{err}");
    let shown: toml::Table = toml::from_str(&text).unwrap();
    assert_eq!(
        shown["database"].as_str(),
        Some("postgres://quiz:[redacted]@db.lan/quiz"),
        "the file's content without its newline, redacted"
    );
    assert!(!text.contains("hunter2"));

    let live = home.path().join("live-url");
    let live_dir = home.path().join("elsewhere");
    std::fs::write(&live, format!("files://{}\r\n", live_dir.display())).unwrap();
    let shown = effective(
        quizbox(home.path())
            .arg("--data")
            .arg(&data)
            .env("QUIZBOX_LIVE_FILE", &live),
    );
    let expected = format!("files://{}", live_dir.display());
    assert_eq!(shown["live"].as_str(), Some(expected.as_str()));

    // A flag still beats the file.
    let shown = effective(
        quizbox(home.path())
            .arg("--data")
            .arg(&data)
            .env("QUIZBOX_DATABASE_FILE", &secret)
            .args(["--database", "sqlite:///srv/q.db"]),
    );
    assert_eq!(shown["database"].as_str(), Some("sqlite:///srv/q.db"));

    // Both the variable and its file twin: which was meant?
    let (code, _, err) = output(
        quizbox(home.path())
            .arg("--data")
            .arg(&data)
            .env("QUIZBOX_DATABASE_FILE", &secret)
            .env("QUIZBOX_DATABASE", "sqlite:///srv/other.db")
            .arg("config"),
    );
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("both QUIZBOX_DATABASE and QUIZBOX_DATABASE_FILE are set"),
        "{err}"
    );

    // A file that cannot be read is named.
    let gone = home.path().join("no-such-secret");
    let (code, _, err) = output(
        quizbox(home.path())
            .arg("--data")
            .arg(&data)
            .env("QUIZBOX_DATABASE_FILE", &gone)
            .arg("config"),
    );
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains(&format!(
            "QUIZBOX_DATABASE_FILE={}: cannot read the file",
            gone.display()
        )),
        "{err}"
    );
}

#[test]
fn a_client_token_and_its_file_twin_together_are_refused() {
    let home = tempfile::tempdir().unwrap();
    let both = home.path().join("token");
    std::fs::write(&both, "abc\n").unwrap();
    let (code, _, err) = output(
        quizbox(home.path())
            .env("QUIZBOX_TOKEN_FILE", &both)
            .env("QUIZBOX_TOKEN", "def")
            .args(["bench", "--server", "http://127.0.0.1:9", "--players", "1"]),
    );
    assert_ne!(code, 0);
    assert!(
        err.contains("both QUIZBOX_TOKEN and QUIZBOX_TOKEN_FILE are set"),
        "{err}"
    );
}
