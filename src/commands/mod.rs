//! One file per subcommand: glue between the command line and the library.

pub mod backup;
pub mod bench;
pub mod completions;
pub mod config;
pub mod doctor;
pub mod export;
pub mod host;
pub mod import;
pub mod man;
pub mod migrate;
pub mod restore;
pub mod serve;
pub mod user;

use std::io::IsTerminal;

use crate::cli::GlobalArgs;
use crate::config::{Overrides, Settings};

/// Settings from the global flags plus a command's own overrides. Every
/// command reads the same environment layer, so `quizbox config` shows
/// what `serve` would use.
pub fn settings(global: &GlobalArgs, mut overrides: Overrides) -> anyhow::Result<Settings> {
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
    let settings = Settings::load(overrides)?;
    for warning in crate::config::unknown_env_warnings() {
        eprintln!("{warning}");
    }
    Ok(settings)
}

/// The token a client command sends: `--token` (or `QUIZBOX_TOKEN`, which
/// clap reads into it), else the content of the file `QUIZBOX_TOKEN_FILE`
/// names. Both variables at once are refused.
pub fn token(given: &Option<String>) -> anyhow::Result<Option<String>> {
    let from_env = crate::config::env::secret_env("QUIZBOX_TOKEN").map_err(anyhow::Error::msg)?;
    Ok(given.clone().or(from_env))
}

/// Starts logging to stderr at the configured level.
pub fn init_logging(filter: &str) {
    let filter = tracing_subscriber::EnvFilter::try_new(filter)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(crate::color::allowed_on(std::io::stderr().is_terminal()))
        .with_target(false)
        .try_init();
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
