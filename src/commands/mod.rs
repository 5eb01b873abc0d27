//! One file per subcommand: glue between the command line and the library.

pub mod assignment;
pub mod backup;
pub mod bench;
pub mod completions;
pub mod config;
pub mod doctor;
pub mod export;
pub mod healthcheck;
pub mod host;
pub mod import;
pub mod mail;
pub mod man;
pub mod media;
pub mod migrate;
pub mod quiz;
pub mod report;
pub mod restore;
pub mod serve;
pub mod user;
pub mod webhook;

use std::io::IsTerminal;

use crate::cli::GlobalArgs;
use crate::config::{LogFormat, Overrides, Settings};

/// A command used in a way it cannot be (exit code 2, as clap's own usage
/// errors), found only once it runs: a question it cannot ask.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Usage(pub String);

/// Settings from the global flags plus a command's own overrides. Every
/// command reads the same environment layer, so `quizbox config` shows
/// what `serve` would use.
pub fn settings(global: &GlobalArgs, overrides: Overrides) -> anyhow::Result<Settings> {
    let settings = settings_unwarned(global, overrides)?;
    for warning in crate::config::unknown_env_warnings() {
        eprintln!("{warning}");
    }
    Ok(settings)
}

/// `settings`, leaving the warnings about unknown `QUIZBOX_*` variables
/// to the caller (`serve` logs them, in the log's format).
pub fn settings_unwarned(
    global: &GlobalArgs,
    mut overrides: Overrides,
) -> anyhow::Result<Settings> {
    overrides.data_dir = global.data_dir.clone();
    overrides.config_file = global.config.clone();
    overrides.database = global.database.clone();
    overrides.live = global.live.clone();
    overrides.log = match (global.verbose, global.quiet) {
        (0, false) => None,
        (_, true) => Some("warn".into()),
        (1, _) => Some("debug".into()),
        _ => Some("trace".into()),
    };
    Ok(Settings::load(overrides)?)
}

/// The token a client command sends: `--token` (or `QUIZBOX_TOKEN`, which
/// clap reads into it), else the content of the file `QUIZBOX_TOKEN_FILE`
/// names. Both variables at once are refused.
pub fn token(given: &Option<String>) -> anyhow::Result<Option<String>> {
    let from_env = crate::config::env::secret_env("QUIZBOX_TOKEN").map_err(anyhow::Error::msg)?;
    Ok(given.clone().or(from_env))
}

/// Starts logging to stderr at the configured level, as text.
pub fn init_logging(filter: &str) {
    init_logging_as(filter, LogFormat::Text);
}

/// Starts logging to stderr at the configured level: text for people
/// (colored on a terminal), or one JSON object per line with the event's
/// time, level, target and fields.
pub fn init_logging_as(filter: &str, format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_new(filter)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = match format {
        LogFormat::Text => builder
            .with_ansi(crate::color::allowed_on(std::io::stderr().is_terminal()))
            .with_target(false)
            .try_init(),
        LogFormat::Json => builder
            .json()
            .with_ansi(false)
            .with_current_span(false)
            .try_init(),
    };
}

/// Writes a command's whole output to stdout. A reader that stops early
/// (`| head`) is not an error: it had what it wanted.
pub fn write_stdout(bytes: &[u8]) -> anyhow::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(anyhow::Error::new(e).context("cannot write to standard output"))
        }
        _ => Ok(()),
    }
}
