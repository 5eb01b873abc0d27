//! Settings: defaults < `quizbox.toml` < `QUIZBOX_*` environment < flags.
//! One config file is read: the one `--config` names, else the first that
//! exists of `<data dir>/quizbox.toml` and the user's
//! `$XDG_CONFIG_HOME/quizbox/quizbox.toml`.
//!
//! Every setting is declared once, in this module (the top level below,
//! one file per table beside it), with its key, type, default, environment
//! variable, flags and doc comment; `define` makes from that declaration
//! the defaults, the file and environment layers, redaction, and the
//! commented default file. Flags are parsed by clap (`cli.rs`) and come in
//! as `Overrides`; a test holds each flag's environment twin to the
//! setting's. This module imports nothing from the server: the server
//! reads its settings from here.

pub mod auth;
pub mod default_file;
pub mod define;
pub mod env;
mod file;
pub mod import;
pub mod limits;
pub mod mail;
pub mod media;
pub mod monitor;
pub mod retention;
pub mod tls;
pub mod webhooks;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

pub use auth::AuthSettings;
pub use default_file::default_file;
pub use define::Setting;
use define::{settings_table, DERIVED, NO_FILE, SECRET};
pub use env::{known_env, unknown_env_warnings};
pub use import::ImportLimits;
pub use limits::LimitSettings;
pub use mail::{MailSecurity, MailSettings};
pub use media::MediaSettings;
pub use monitor::{LogFormat, MetricsSettings};
pub use retention::RetentionSettings;
pub use tls::{TlsMode, TlsSettings, DEFAULT_TLS_LISTEN};
pub use webhooks::WebhookSettings;

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
    #[error(
        "config file {0} does not exist (named by --config or QUIZBOX_CONFIG): write one with \
`quizbox config --default > {0}`, or leave the option out to use the files quizbox looks for"
    )]
    MissingConfig(PathBuf),
    #[error("no data directory: set --data or QUIZBOX_DATA (no home directory was found)")]
    NoDataDir,
    #[error("{0}")]
    Env(String),
}

pub const DEFAULT_LISTEN: &str = "0.0.0.0:8080";
pub const DEFAULT_MAX_PLAYERS: usize = 10_000;

settings_table! {
    /// The effective settings every command runs with. (`Default` shows
    /// the data directory as `<data dir>`; commands use `Settings::load`.)
    pub struct Settings in "" (data_dir) {
        /// Where the database, live state and generated files live
        /// (default $STATE_DIRECTORY when systemd sets it, else
        /// ~/.local/share/quizbox).
        data_dir: PathBuf = data_dir.to_path_buf(); env "QUIZBOX_DATA", flags ["--data"],
            marks DERIVED | NO_FILE;
        /// The config file to read (default: the first that exists of
        /// <data dir>/quizbox.toml and $XDG_CONFIG_HOME/quizbox/quizbox.toml).
        config_file: Option<PathBuf> = None; env "QUIZBOX_CONFIG", flags ["--config"],
            marks DERIVED | NO_FILE;
        /// Relational store: quizzes, users, finished games (sqlite://PATH, or
        /// postgres://USER:PASSWORD@HOST:PORT/DB shared by several nodes).
        database: String = format!("sqlite://{}", data_dir.join("quizbox.db").display());
            env "QUIZBOX_DATABASE", flags ["--database"], marks DERIVED | SECRET;
        /// Live game state: snapshots and answer logs (files://PATH, or
        /// redis://HOST:PORT/DB to share it between nodes; see docs/scale-out.md).
        live: String = format!("files://{}", data_dir.join("live").display());
            env "QUIZBOX_LIVE", flags ["--live"], marks DERIVED | SECRET;
        /// With live state in Redis: how long a node's lease on a game it
        /// runs lasts (ms). The node renews it every third of that; a game
        /// whose node died is taken over by another once it has expired.
        live_lease_ms: u64 = 10_000; env "QUIZBOX_LIVE_LEASE_MS";
        /// HTTP listen address.
        listen: SocketAddr = DEFAULT_LISTEN.parse().expect("valid default");
            env "QUIZBOX_LISTEN", flags ["serve --listen", "host --listen"];
        /// Base URL players use to reach this server, for join links and QR
        /// codes. Unset: taken from the host page's address, or the first
        /// LAN address.
        public_url: Option<String> = None; env "QUIZBOX_PUBLIC_URL",
            flags ["serve --public-url", "host --public-url"],
            example "http://quiz.example.lan:8080";
        /// Most players in one game.
        max_players: usize = DEFAULT_MAX_PLAYERS; env "QUIZBOX_MAX_PLAYERS",
            flags ["serve --max-players"];
        /// Log filter: error, warn, info, debug, trace or off, optionally
        /// followed by target=level directives (info,access=off).
        log: String = "info".into(); env "QUIZBOX_LOG", flags ["-v", "-q"];
        /// Log line format: text (for people; colored on a terminal) or json
        /// (one JSON object per line, for a log collector).
        log_format: LogFormat = LogFormat::Text; env "QUIZBOX_LOG_FORMAT",
            flags ["serve --log-format"];
        /// Log one line per HTTP request (method, route, status, duration,
        /// client address) under the log target `access`.
        access_log: bool = false; env "QUIZBOX_ACCESS_LOG", flags ["serve --access-log"];
    }
    tables {
        /// Accounts and tokens.
        auth: AuthSettings,
        /// Abuse limits and blocked nicknames. A rate of 0 turns that limit
        /// off. See docs/security.md.
        limits: LimitSettings,
        /// What one imported file may cost to read, from the command line
        /// or the API. See docs/security.md.
        import: ImportLimits,
        /// How uploaded pictures are prepared for phones. See
        /// docs/operations.md, "Uploaded media".
        media: MediaSettings,
        /// HTTPS beside plain HTTP.
        tls: TlsSettings,
        /// Prometheus metrics. See docs/operations.md, "Monitor".
        metrics: MetricsSettings,
        /// Mail through an SMTP server: game reports, invitations and
        /// password resets. See docs/operations.md, "Mail".
        mail: MailSettings,
        /// Delivering game events to webhooks. See docs/webhooks.md.
        webhooks: WebhookSettings,
        /// How long finished games and their players' answers are kept.
        /// See docs/privacy.md.
        retention: RetentionSettings,
    }
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

/// The default data directory: the first of `$STATE_DIRECTORY` (which
/// systemd sets for a unit with `StateDirectory=`), or
/// `$XDG_DATA_HOME/quizbox` (e.g. ~/.local/share/quizbox).
pub fn default_data_dir() -> Option<PathBuf> {
    let state = std::env::var_os("STATE_DIRECTORY")
        .and_then(|dirs| std::env::split_paths(&dirs).find(|d| !d.as_os_str().is_empty()));
    state.or_else(|| dirs::data_dir().map(|d| d.join("quizbox")))
}

/// The user's config file: `$XDG_CONFIG_HOME/quizbox/quizbox.toml` (e.g.
/// ~/.config/quizbox/quizbox.toml).
pub fn user_config_file() -> Option<PathBuf> {
    dirs::config_dir().map(|d| d.join("quizbox").join("quizbox.toml"))
}

/// The config file to read: the one named by `--config` or
/// `QUIZBOX_CONFIG`, which must exist; else the first that exists of
/// `<data dir>/quizbox.toml` and the user's file. Only one file is read.
fn find_config_file(
    named: Option<PathBuf>,
    data_dir: &Path,
) -> Result<Option<PathBuf>, ConfigError> {
    if let Some(path) = named {
        return match path.try_exists() {
            Ok(false) => Err(ConfigError::MissingConfig(path)),
            _ => Ok(Some(path)),
        };
    }
    let found = [Some(data_dir.join("quizbox.toml")), user_config_file()]
        .into_iter()
        .flatten()
        .find(|p| p.is_file());
    Ok(found)
}

impl Settings {
    /// Builds the effective settings from the layers.
    pub fn load(overrides: Overrides) -> Result<Settings, ConfigError> {
        let from_env = |key: &str| {
            let setting = Self::SETTINGS.iter().find(|s| s.key == key);
            std::env::var_os(setting.expect("declared").env).map(PathBuf::from)
        };
        let data_dir = match overrides.data_dir.clone().or_else(|| from_env("data_dir")) {
            Some(d) => d,
            None => default_data_dir().ok_or(ConfigError::NoDataDir)?,
        };
        let named = overrides
            .config_file
            .clone()
            .or_else(|| from_env("config_file"));
        let config_file = find_config_file(named, &data_dir)?;
        let mut settings = Settings::defaults_in(&data_dir);
        if let Some(path) = &config_file {
            file::apply(&mut settings, path)?;
        }
        settings.apply_env().map_err(ConfigError::Env)?;
        settings.data_dir = data_dir;
        settings.config_file = config_file;
        let Overrides {
            data_dir: _,
            config_file: _,
            database,
            live,
            listen,
            public_url,
            max_players,
            log,
        } = overrides;
        settings.database = database.unwrap_or(settings.database);
        settings.live = live.unwrap_or(settings.live);
        settings.listen = listen.unwrap_or(settings.listen);
        settings.public_url = public_url
            .or(settings.public_url)
            .map(|u| u.trim_end_matches('/').to_string());
        settings.max_players = max_players.unwrap_or(settings.max_players);
        settings.log = log.unwrap_or(settings.log);
        settings.import.check().map_err(ConfigError::Env)?;
        settings.media.check().map_err(ConfigError::Env)?;
        settings.mail.check().map_err(ConfigError::Env)?;
        settings.webhooks.check().map_err(ConfigError::Env)?;
        settings.retention.check().map_err(ConfigError::Env)?;
        Ok(settings)
    }

    /// The effective settings as TOML, secrets redacted.
    pub fn to_toml(&self) -> String {
        toml::to_string(&self.redacted()).expect("settings serialize")
    }
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

#[cfg(test)]
mod tests;
