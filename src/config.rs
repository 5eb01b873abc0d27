//! Settings: defaults < `quizbox.toml` < `QUIZBOX_*` environment < flags.
//! Flags and their environment twins are parsed by clap (`cli.rs`); this
//! module owns the defaults, the file layer, merging, and printing the
//! effective configuration with secrets redacted.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// Environment variables quizbox reads; any other `QUIZBOX_*` draws a warning.
pub const KNOWN_ENV: &[&str] = &[
    "QUIZBOX_DATA",
    "QUIZBOX_CONFIG",
    "QUIZBOX_DATABASE",
    "QUIZBOX_LIVE",
    "QUIZBOX_LISTEN",
    "QUIZBOX_PUBLIC_URL",
    "QUIZBOX_MAX_PLAYERS",
    "QUIZBOX_LOG",
    "QUIZBOX_TEST_POSTGRES",
    "QUIZBOX_TEST_REDIS",
    "QUIZBOX_SERVER",
    "QUIZBOX_TOKEN",
    "QUIZBOX_CHAOS_KILLS",
    "QUIZBOX_FAULT",
    "QUIZBOX_TLS",
    "QUIZBOX_TLS_CERT",
    "QUIZBOX_TLS_KEY",
    "QUIZBOX_TLS_LISTEN",
    "QUIZBOX_TLS_REDIRECT",
    "QUIZBOX_TLS_FINGERPRINT",
    "QUIZBOX_ALLOW_PLAINTEXT_LOGIN",
];

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}:{line}: {message}")]
    Parse {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("no data directory: set --data or QUIZBOX_DATA (no home directory was found)")]
    NoDataDir,
    #[error("{0}")]
    Env(String),
}

/// The effective settings every command runs with.
#[derive(Clone, PartialEq, Serialize)]
pub struct Settings {
    /// Where the database, live state and generated files live.
    pub data_dir: PathBuf,
    /// The config file that was read, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config_file: Option<PathBuf>,
    /// Relational store URL (`sqlite://PATH`).
    pub database: String,
    /// Live state URL (`files://PATH`).
    pub live: String,
    /// HTTP listen address.
    pub listen: SocketAddr,
    /// Base URL players reach this server at (for join links and QR codes);
    /// guessed from the request and the LAN addresses when unset.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_url: Option<String>,
    /// Most players one game accepts.
    pub max_players: usize,
    /// Log filter (`error`, `warn`, `info`, `debug`, `trace`, or a tracing directive).
    pub log: String,
    /// Accounts and tokens (`[auth]`).
    pub auth: crate::server::auth::AuthSettings,
    /// Abuse limits and blocked nicknames (`[limits]`).
    pub limits: crate::server::limits::LimitSettings,
    /// What one imported file may cost to read (`[import]`).
    pub import: crate::quiz::formats::ImportLimits,
    /// HTTPS (`[tls]`).
    pub tls: crate::server::tls::TlsSettings,
}

impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings")
            .field("data_dir", &self.data_dir)
            .field("config_file", &self.config_file)
            .field("database", &redact_url(&self.database))
            .field("live", &redact_url(&self.live))
            .field("listen", &self.listen)
            .field("public_url", &self.public_url)
            .field("max_players", &self.max_players)
            .field("log", &self.log)
            .field("auth", &self.auth)
            .field("limits", &self.limits)
            .field("import", &self.import)
            .field("tls", &self.tls)
            .finish()
    }
}

/// The config file layer: every key optional, unknown keys refused.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileSettings {
    pub database: Option<String>,
    pub live: Option<String>,
    pub listen: Option<SocketAddr>,
    pub public_url: Option<String>,
    pub max_players: Option<usize>,
    pub log: Option<String>,
    pub auth: Option<crate::server::auth::AuthSettings>,
    pub limits: Option<crate::server::limits::LimitSettings>,
    pub import: Option<crate::quiz::formats::ImportLimits>,
    pub tls: Option<crate::server::tls::TlsSettings>,
}

/// Values from flags or their environment twins (already merged by clap).
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    pub data_dir: Option<PathBuf>,
    pub config_file: Option<PathBuf>,
    pub database: Option<String>,
    pub live: Option<String>,
    pub listen: Option<SocketAddr>,
    pub public_url: Option<String>,
    pub max_players: Option<usize>,
    pub log: Option<String>,
}

pub const DEFAULT_LISTEN: &str = "0.0.0.0:8080";
pub const DEFAULT_MAX_PLAYERS: usize = 10_000;
pub use crate::server::tls::DEFAULT_TLS_LISTEN;

/// The default data directory: `$XDG_DATA_HOME/quizbox` (e.g. ~/.local/share/quizbox).
pub fn default_data_dir() -> Option<PathBuf> {
    dirs::data_dir().map(|d| d.join("quizbox"))
}

impl Settings {
    /// Builds the effective settings from the layers.
    pub fn load(overrides: Overrides) -> Result<Settings, ConfigError> {
        let data_dir = match overrides.data_dir.clone() {
            Some(d) => d,
            None => default_data_dir().ok_or(ConfigError::NoDataDir)?,
        };
        let (file, config_file) = match &overrides.config_file {
            Some(path) => (read_file(path)?, Some(path.clone())),
            None => {
                let path = data_dir.join("quizbox.toml");
                if path.is_file() {
                    (read_file(&path)?, Some(path))
                } else {
                    (FileSettings::default(), None)
                }
            }
        };
        Ok(Settings {
            database: overrides
                .database
                .or(file.database)
                .unwrap_or_else(|| format!("sqlite://{}", data_dir.join("quizbox.db").display())),
            live: overrides
                .live
                .or(file.live)
                .unwrap_or_else(|| format!("files://{}", data_dir.join("live").display())),
            listen: overrides
                .listen
                .or(file.listen)
                .unwrap_or_else(|| DEFAULT_LISTEN.parse().expect("valid default")),
            public_url: overrides
                .public_url
                .or(file.public_url)
                .map(|u| u.trim_end_matches('/').to_string()),
            max_players: overrides
                .max_players
                .or(file.max_players)
                .unwrap_or(DEFAULT_MAX_PLAYERS),
            log: overrides.log.or(file.log).unwrap_or_else(|| "info".into()),
            auth: with_auth_env(file.auth.unwrap_or_default())?,
            limits: file
                .limits
                .unwrap_or_default()
                .with_env()
                .map_err(ConfigError::Env)?,
            import: file
                .import
                .unwrap_or_default()
                .with_env()
                .map_err(ConfigError::Env)?,
            tls: file.tls.unwrap_or_default(),
            data_dir,
            config_file,
        })
    }

    /// The effective settings as TOML, secrets redacted.
    pub fn to_toml(&self) -> String {
        let mut shown = self.clone();
        shown.database = redact_url(&self.database);
        shown.live = redact_url(&self.live);
        toml::to_string(&shown).expect("settings serialize")
    }
}

/// `QUIZBOX_ALLOW_PLAINTEXT_LOGIN` over the `[auth]` table.
fn with_auth_env(
    mut auth: crate::server::auth::AuthSettings,
) -> Result<crate::server::auth::AuthSettings, ConfigError> {
    if let Ok(value) = std::env::var("QUIZBOX_ALLOW_PLAINTEXT_LOGIN") {
        auth.allow_plaintext_login = match value.trim() {
            "1" | "true" | "yes" | "on" => true,
            "0" | "false" | "no" | "off" | "" => false,
            _ => {
                return Err(ConfigError::Env(format!(
                    "QUIZBOX_ALLOW_PLAINTEXT_LOGIN={value:?} is not valid: say true or false"
                )))
            }
        };
    }
    Ok(auth)
}

fn read_file(path: &Path) -> Result<FileSettings, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    toml::from_str(&text).map_err(|e| ConfigError::Parse {
        path: path.to_path_buf(),
        line: e
            .span()
            .map_or(1, |s| crate::quiz::formats::line_at(&text, s.start)),
        message: e.message().trim().to_string(),
    })
}

/// Hides the password in `scheme://user:password@host/...`.
pub fn redact_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let (authority, path) = rest
        .split_once('/')
        .map_or((rest, None), |(a, p)| (a, Some(p)));
    let Some((userinfo, host)) = authority.rsplit_once('@') else {
        return url.to_string();
    };
    let user = userinfo.split_once(':').map_or(userinfo, |(u, _)| u);
    let mut out = format!("{scheme}://{user}:[redacted]@{host}");
    if let Some(path) = path {
        out.push('/');
        out.push_str(path);
    }
    out
}

/// `QUIZBOX_*` variables that quizbox does not know (likely typos).
pub fn unknown_env_vars() -> Vec<String> {
    std::env::vars_os()
        .filter_map(|(k, _)| k.into_string().ok())
        .filter(|k| k.starts_with("QUIZBOX_") && !KNOWN_ENV.contains(&k.as_str()))
        .filter(|k| !crate::server::limits::ENV.contains(&k.as_str()))
        .filter(|k| !crate::quiz::formats::budget::ENV.contains(&k.as_str()))
        .collect()
}

/// A commented config file holding every default (`quizbox config --default`).
pub fn default_file() -> String {
    format!(
        r#"# quizbox configuration. Put it at <data dir>/quizbox.toml or pass --config FILE.
# Precedence: built-in defaults < this file < QUIZBOX_* environment < command-line flags.
# The data directory itself is set by --data or QUIZBOX_DATA (default ~/.local/share/quizbox).

# Relational store: quizzes, users, finished games. (QUIZBOX_DATABASE, --database)
# database = "sqlite:///var/lib/quizbox/quizbox.db"   # default: <data dir>/quizbox.db

# Live game state: snapshots and answer logs. (QUIZBOX_LIVE, --live)
# live = "files:///var/lib/quizbox/live"              # default: <data dir>/live

# HTTP listen address. (QUIZBOX_LISTEN, serve --listen)
listen = "{DEFAULT_LISTEN}"

# Base URL players use to reach this server, for join links and QR codes.
# Unset: taken from the host page's address, or the first LAN address. (QUIZBOX_PUBLIC_URL)
# public_url = "http://quiz.example.lan:8080"

# Most players in one game. (QUIZBOX_MAX_PLAYERS, serve --max-players)
max_players = {DEFAULT_MAX_PLAYERS}

# Log filter: error, warn, info, debug, trace. (QUIZBOX_LOG, -v / -q)
log = "info"

[auth]
# How long a login on the host page lasts.
session_hours = 12
# Keep a token for the first admin in <data dir>/admin.token (mode 0600), so
# `quizbox host` on this machine needs no login.
local_token = true
# Accept passwords over plain HTTP from other machines while HTTPS is on
# (refused by default; this machine itself may always).
# (QUIZBOX_ALLOW_PLAINTEXT_LOGIN)
allow_plaintext_login = false

[limits]
# A rate of 0 turns that limit off. See docs/security.md.
# Wrong PINs, host keys and resume tokens per address. (QUIZBOX_LIMIT_PIN_GUESSES_*)
pin_guesses_per_minute = 10
pin_guesses_burst = 20
# Login attempts per address, counted before the password is checked. (QUIZBOX_LIMIT_LOGINS_*)
logins_per_minute = 10
logins_burst = 10
# Failed logins per account that cost no wait; past them each attempt on the
# account waits 1 s, 2 s, 4 s ... up to the maximum. Failures are forgotten at
# the rate per minute. (QUIZBOX_LIMIT_ACCOUNT_LOGINS_*, QUIZBOX_LIMIT_ACCOUNT_LOGIN_MAX_DELAY_SECS)
account_logins_per_minute = 5
account_logins_burst = 10
account_login_max_delay_secs = 8
# Attempts on one account that may wait their turn; more get 503. (QUIZBOX_LIMIT_ACCOUNT_LOGIN_QUEUE)
account_login_queue = 4
# Passwords hashed at once (19 MiB each), and logins that may wait for one.
# (QUIZBOX_LIMIT_PASSWORD_HASHES, QUIZBOX_LIMIT_PASSWORD_HASH_QUEUE)
password_hashes = 4
password_hash_queue = 32
# Seconds a client has to send a request's headers (a kept-alive connection
# that sends no new request within it is closed too), and to finish a TLS
# handshake. (QUIZBOX_LIMIT_HEADER_TIMEOUT_SECS, QUIZBOX_LIMIT_TLS_HANDSHAKE_SECS)
header_timeout_secs = 10
tls_handshake_secs = 10
# Seconds a client has to send a request's body, from its headers on.
# (QUIZBOX_LIMIT_BODY_TIMEOUT_SECS)
body_timeout_secs = 120
# Open connections from one address that are not game sockets; 0: no cap.
# (QUIZBOX_LIMIT_CONNECTIONS_PER_ADDRESS)
connections_per_address = 256
# Open connections in all, game sockets included (others may use half);
# 0: the open-file limit minus reserved_files, which stay free for the
# database and live files. (QUIZBOX_LIMIT_MAX_CONNECTIONS, QUIZBOX_LIMIT_RESERVED_FILES)
max_connections = 0
reserved_files = 256
# WebSocket messages per connection. (QUIZBOX_LIMIT_MESSAGES_*)
messages_per_second = 20
messages_burst = 60
# Live games one account may run at once, and the whole server.
# (QUIZBOX_LIMIT_GAMES_PER_ACCOUNT, QUIZBOX_LIMIT_LIVE_GAMES)
games_per_account = 10
live_games = 100
# A lobby with no activity this long closes; a podium stays up this long; a
# game in play with no activity this long is ended (results saved). On start,
# games untouched for longer than these are not restored.
# (QUIZBOX_LIMIT_LOBBY_IDLE_SECS, QUIZBOX_LIMIT_PODIUM_SECS, QUIZBOX_LIMIT_IDLE_GAME_SECS)
lobby_idle_secs = 7200
podium_secs = 1800
idle_game_secs = 86400
# Request bodies, and quiz files sent to the import API. (QUIZBOX_LIMIT_BODY_BYTES, QUIZBOX_LIMIT_IMPORT_BYTES)
body_bytes = 1048576
import_bytes = 16777216
# Words no nickname may contain, ignoring case, width, spaces and punctuation.
# (QUIZBOX_BLOCKED_NICKNAMES, comma-separated)
blocked_nicknames = []
# Combining marks (accents, vowel signs) a nickname may stack on one letter. (QUIZBOX_LIMIT_NICKNAME_MARKS)
nickname_marks = 2
# Players one address (an IPv4 host, an IPv6 /64) may join to one game; 0 for no limit.
# A class behind one NAT address counts as one address. (QUIZBOX_LIMIT_JOINS_PER_ADDRESS)
joins_per_address = 200

[import]
# What one imported file may cost to read, from the command line or the API.
# See docs/security.md. Bytes a spreadsheet may unpack to, all parts together.
# (QUIZBOX_IMPORT_UNPACKED_BYTES)
unpacked_bytes = 33554432
# Text one file may give: a text file's size, or a spreadsheet's cells. (QUIZBOX_IMPORT_TEXT_BYTES)
text_bytes = 16777216
# Pieces a text file may hold: values (JSON, TOML), tags (Moodle XML) or lines
# (GIFT, Aiken, CSV). (QUIZBOX_IMPORT_PIECES)
pieces = 50000
# Files the import API parses at once, away from the games; more get 429. (QUIZBOX_IMPORT_PARSERS)
parsers = 2

[tls]
# off: plain HTTP only. auto: a self-signed certificate kept in <data dir>/tls
# for this machine's name and addresses. on: the cert and key files below.
# (QUIZBOX_TLS, serve --tls)
mode = "off"
# cert = "/etc/quizbox/cert.pem"   # (QUIZBOX_TLS_CERT, --tls-cert)
# key = "/etc/quizbox/key.pem"     # (QUIZBOX_TLS_KEY, --tls-key)
# HTTPS listen address. (QUIZBOX_TLS_LISTEN, --tls-listen)
listen = "{DEFAULT_TLS_LISTEN}"
# Answer plain HTTP with a redirect to HTTPS. (QUIZBOX_TLS_REDIRECT, --tls-redirect)
redirect = false
"#
    )
}

/// Parses the environment variable `name`, when it is set, into `into`; an
/// unparsable value is an error naming the variable and the value.
pub fn read_env<T: std::str::FromStr>(name: &str, into: &mut T) -> Result<(), String>
where
    T::Err: std::fmt::Display,
{
    if let Ok(value) = std::env::var(name) {
        *into = value
            .trim()
            .parse()
            .map_err(|e| format!("{name}={value:?} is not valid: {e}"))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
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
        let file: FileSettings = toml::from_str(&default_file()).unwrap();
        assert_eq!(file.listen, Some(DEFAULT_LISTEN.parse().unwrap()));
        assert_eq!(file.max_players, Some(DEFAULT_MAX_PLAYERS));
        assert_eq!(file.limits, Some(Default::default()));
        assert_eq!(file.auth, Some(Default::default()));
    }

    #[test]
    fn bad_file_names_its_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("q.toml");
        std::fs::write(&path, "listen = \"127.0.0.1:9000\"\nlisten_port = 3\n").unwrap();
        let err = Settings::load(Overrides {
            data_dir: Some(dir.path().into()),
            config_file: Some(path.clone()),
            ..Overrides::default()
        })
        .unwrap_err();
        let text = err.to_string();
        assert!(
            text.starts_with(&format!("{}:2: ", path.display())),
            "{text}"
        );
        assert!(text.contains("listen_port"), "{text}");
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
            listen: DEFAULT_LISTEN.parse().unwrap(),
            public_url: None,
            max_players: 1,
            log: "info".into(),
            auth: Default::default(),
            limits: Default::default(),
            import: Default::default(),
            tls: Default::default(),
        };
        assert!(!format!("{s:?}").contains("pw"));
        assert!(!s.to_toml().contains("pw"));
    }
}
