//! The layers in order, the file layer's errors, redaction, and the
//! default file against the declarations.

use super::*;

#[test]
fn layers_apply_in_order() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("quizbox.toml"),
        "listen = \"127.0.0.1:9000\"\nmax_players = 50\nlog = \"debug\"\n",
    )
    .unwrap();
    let s = Settings::load(Overrides {
        data_dir: Some(dir.path().into()),
        max_players: Some(70),
        ..Overrides::default()
    })
    .unwrap();
    assert_eq!(s.listen, "127.0.0.1:9000".parse().unwrap());
    assert_eq!(s.max_players, 70, "flag/env beats the file");
    assert_eq!(s.log, "debug");
    assert_eq!(
        s.database,
        format!("sqlite://{}", dir.path().join("quizbox.db").display())
    );
    assert_eq!(s.config_file, Some(dir.path().join("quizbox.toml")));
}

#[test]
fn default_file_parses_to_the_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("quizbox.toml");
    std::fs::write(&path, default_file()).unwrap();
    let mut read = Settings::defaults_in(dir.path());
    file::apply(&mut read, &path).unwrap();
    assert_eq!(read, Settings::defaults_in(dir.path()));
    let parsed: toml::Table = toml::from_str(&default_file()).unwrap();
    assert_eq!(parsed["listen"].as_str(), Some(DEFAULT_LISTEN));
    assert_eq!(
        parsed["max_players"].as_integer(),
        Some(DEFAULT_MAX_PLAYERS as i64)
    );
    assert_eq!(parsed["limits"]["lobby_idle_secs"].as_integer(), Some(7200));
    assert_eq!(parsed["tls"]["listen"].as_str(), Some(DEFAULT_TLS_LISTEN));
    assert_eq!(parsed["media"]["max_image_side"].as_integer(), Some(1600));
    assert_eq!(parsed["media"]["jpeg_quality"].as_integer(), Some(85));
    let text = default_file();
    assert!(
        text.contains("\n[media]\n") && text.contains("# (QUIZBOX_MEDIA_MAX_IMAGE_SIDE)\n"),
        "{text}"
    );
}

fn load_file(text: &str) -> Result<Settings, ConfigError> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("q.toml");
    std::fs::write(&path, text).unwrap();
    Settings::load(Overrides {
        data_dir: Some(dir.path().into()),
        config_file: Some(path),
        ..Overrides::default()
    })
}

#[test]
fn bad_file_names_its_line() {
    let err = load_file("listen = \"127.0.0.1:9000\"\nlisten_port = 3\n").unwrap_err();
    let ConfigError::Parse { line, message, .. } = &err else {
        panic!("{err}")
    };
    assert_eq!(*line, 2, "{err}");
    assert_eq!(message, "unknown key `listen_port`", "nothing near enough");
    assert!(err.to_string().contains("q.toml:2: "), "{err}");
    let err = load_file("\n\nmax_player = 3\n").unwrap_err();
    assert!(
        err.to_string()
            .ends_with("q.toml:3: unknown key `max_player`; did you mean `max_players`?"),
        "{err}"
    );
}

#[test]
fn unknown_keys_in_tables_and_unknown_tables_are_refused_with_a_suggestion() {
    let err = load_file("[limits]\nlogins_burst = 3\n\npin_guesses_per_minut = 5\n").unwrap_err();
    let text = err.to_string();
    assert!(
        text.ends_with(
            "q.toml:4: unknown key `pin_guesses_per_minut` in [limits]; \
             did you mean `pin_guesses_per_minute`?"
        ),
        "{text}"
    );
    let text = load_file("max_players = 5\n[limit]\nlogins_burst = 3\n")
        .unwrap_err()
        .to_string();
    assert!(
        text.ends_with("q.toml:2: unknown key `limit`; did you mean `limits`?"),
        "{text}"
    );
    let text = load_file("zzz = 1\n").unwrap_err().to_string();
    assert!(text.ends_with("q.toml:1: unknown key `zzz`"), "{text}");
    // What only the environment and flags set is not a key of the file.
    let text = load_file("\ndata_dir = \"/elsewhere\"\n")
        .unwrap_err()
        .to_string();
    assert!(text.contains("q.toml:2: unknown key `data_dir`"), "{text}");
    let text = load_file("limits = 5\n").unwrap_err().to_string();
    assert!(text.contains("`limits` must be a table"), "{text}");
}

#[test]
fn a_value_of_the_wrong_type_names_its_line() {
    let text = load_file("[tls]\nmode = \"auto\"\nlisten = \"port 80\"\n")
        .unwrap_err()
        .to_string();
    assert!(text.contains("q.toml:3: "), "{text}");
    let s = load_file("[tls]\nmode = \"auto\"\n[auth]\nsession_hours = 2\n").unwrap();
    assert_eq!(s.tls.mode, TlsMode::Auto);
    assert_eq!(s.auth.session_hours, 2);
    let text = load_file("[import]\nparsers = 0\n")
        .unwrap_err()
        .to_string();
    assert_eq!(text, "import.parsers must be at least 1");
    let s = load_file("[media]\nmax_image_side = 0\njpeg_quality = 100\n").unwrap();
    assert_eq!((s.media.max_image_side, s.media.jpeg_quality), (0, 100));
    for (text, message) in [
        (
            "jpeg_quality = 0",
            "media.jpeg_quality must be from 1 to 100, not 0",
        ),
        (
            "jpeg_quality = 101",
            "media.jpeg_quality must be from 1 to 100, not 101",
        ),
        ("scalers = 0", "media.scalers must be at least 1"),
    ] {
        let err = load_file(&format!("[media]\n{text}\n")).unwrap_err();
        assert_eq!(err.to_string(), message, "{text}");
    }
}

#[test]
fn retention_keeps_games_at_least_as_long_as_answers() {
    let s = load_file("[retention]\nanswers_days = 30\ngames_days = 365\n").unwrap();
    assert_eq!(
        (s.retention.answers_days, s.retention.games_days),
        (30, 365)
    );
    assert!(s.retention.enabled());
    // Either alone, or the same number, is fine.
    for text in [
        "answers_days = 7",
        "games_days = 7",
        "answers_days = 7\ngames_days = 7",
    ] {
        let s = load_file(&format!("[retention]\n{text}\n")).unwrap();
        assert!(s.retention.enabled(), "{text}");
    }
    assert!(
        !load_file("").unwrap().retention.enabled(),
        "keeps all by default"
    );
    let err = load_file("[retention]\nanswers_days = 30\ngames_days = 7\n").unwrap_err();
    assert_eq!(
        err.to_string(),
        "retention.games_days (7) may not be shorter than retention.answers_days (30): \
         a game removed whole takes its answers with it"
    );
    let err = load_file("[retention]\nanswers_days = 1\nevery_minutes = 0\n").unwrap_err();
    assert_eq!(
        err.to_string(),
        "retention.every_minutes must be at least 1"
    );
}

#[test]
fn passwords_are_redacted() {
    assert_eq!(
        redact_url("postgres://quiz:s3cret@db:5432/quizbox"),
        "postgres://quiz:[redacted]@db:5432/quizbox"
    );
    assert_eq!(redact_url("sqlite:///tmp/x.db"), "sqlite:///tmp/x.db");
    let s = Settings {
        data_dir: "/d".into(),
        config_file: None,
        database: "postgres://u:pw@h/db".into(),
        live: "files:///d/live".into(),
        live_lease_ms: 10_000,
        listen: DEFAULT_LISTEN.parse().unwrap(),
        public_url: None,
        max_players: 1,
        log: "info".into(),
        log_format: LogFormat::Text,
        access_log: false,
        auth: Default::default(),
        limits: Default::default(),
        import: Default::default(),
        media: Default::default(),
        tls: Default::default(),
        metrics: Default::default(),
        mail: crate::config::MailSettings {
            password: Some(crate::config::mail::Password("smtp-secret".into())),
            ..Default::default()
        },
        webhooks: Default::default(),
        retention: Default::default(),
    };
    assert!(!format!("{s:?}").contains("pw"));
    assert!(!format!("{s:?}").contains("smtp-secret"));
    assert!(!s.to_toml().contains("smtp-secret"));
    assert!(s.to_toml().contains("password = \"[redacted]\""));
    assert!(!s.to_toml().contains("pw"));
    assert!(s.to_toml().contains("postgres://u:[redacted]@h/db"));
    assert!(format!("{s:?}").contains("max_players: 1"));
}

#[test]
fn every_key_and_variable_is_declared_once() {
    let settings = Settings::settings();
    let mut paths: Vec<String> = settings.iter().map(Setting::path).collect();
    let mut envs = known_env();
    let (keys, names) = (paths.len(), envs.len());
    paths.sort();
    paths.dedup();
    envs.sort();
    envs.dedup();
    assert_eq!(paths.len(), keys, "a key declared twice");
    assert_eq!(envs.len(), names, "a variable declared twice");
    assert!(envs.iter().all(|e| e.starts_with("QUIZBOX_")), "{envs:?}");
    assert!(
        settings.iter().all(|s| !s.doc.trim().is_empty()),
        "every setting says what it is"
    );
}

#[test]
fn closest_names_what_was_meant() {
    let known = known_env();
    let near = |name: &str| env::closest(name, known.iter().map(String::as_str));
    assert_eq!(near("QUIZBOX_MAX_PLAYER"), Some("QUIZBOX_MAX_PLAYERS"));
    assert_eq!(near("QUIZBOX_LISTN"), Some("QUIZBOX_LISTEN"));
    assert_eq!(
        near("QUIZBOX_LIMITS_LOGINS_BURST"),
        Some("QUIZBOX_LIMIT_LOGINS_BURST")
    );
    assert_eq!(near("QUIZBOX_SOMETHING_ELSE_ENTIRELY"), None);
}
