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
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    let (targets, refused) = log_filter(filter);
    let builder = tracing_subscriber::fmt().with_writer(std::io::stderr);
    let _ = match format {
        LogFormat::Text => builder
            .with_ansi(crate::color::allowed_on(std::io::stderr().is_terminal()))
            .with_target(false)
            .finish()
            .with(targets)
            .try_init(),
        LogFormat::Json => builder
            .json()
            .with_ansi(false)
            .with_current_span(false)
            .finish()
            .with(targets)
            .try_init(),
    };
    if let Some(why) = refused {
        tracing::warn!("{why}");
    }
}

/// The `log` setting as a filter: a level (`error`, `warn`, `info`,
/// `debug`, `trace`, `off`), `target=level` pairs, or both, comma-separated
/// (`info,access=off`). A setting that does not parse logs at `info`, and
/// the second value says why, to be logged once logging has started.
pub fn log_filter(spec: &str) -> (tracing_subscriber::filter::Targets, Option<String>) {
    use tracing_subscriber::filter::{LevelFilter, Targets};
    let spec = spec.trim();
    if spec.is_empty() {
        return (Targets::new().with_default(LevelFilter::INFO), None);
    }
    match spec.parse::<Targets>() {
        Ok(targets) => (targets, None),
        Err(e) => (
            Targets::new().with_default(LevelFilter::INFO),
            Some(format!(
                "ignoring the log setting {spec:?} ({e}); logging at info. \
                 Give a level such as debug, or directives such as info,access=off"
            )),
        ),
    }
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

#[cfg(test)]
mod tests {
    use super::log_filter;
    use tracing::Level;

    #[test]
    fn a_level_and_target_directives_filter_as_documented() {
        let (targets, refused) = log_filter("info,access=off");
        assert!(refused.is_none());
        assert!(targets.would_enable("quizbox::server", &Level::INFO));
        assert!(!targets.would_enable("quizbox::server", &Level::DEBUG));
        assert!(!targets.would_enable("access", &Level::INFO));

        let (targets, _) = log_filter("warn,access=info");
        assert!(targets.would_enable("access", &Level::INFO));
        assert!(!targets.would_enable("quizbox::server", &Level::INFO));
        assert!(targets.would_enable("quizbox::server", &Level::WARN));

        let (targets, _) = log_filter(" DEBUG ");
        assert!(targets.would_enable("quizbox", &Level::DEBUG));
        assert!(!targets.would_enable("quizbox", &Level::TRACE));
    }

    #[test]
    fn a_setting_that_does_not_parse_logs_at_info_and_says_why() {
        let (targets, refused) = log_filter("info,access=loud");
        let why = refused.expect("refused");
        assert!(why.contains("info,access=loud"), "{why}");
        assert!(targets.would_enable("access", &Level::INFO));
        assert!(!targets.would_enable("access", &Level::DEBUG));

        let (targets, refused) = log_filter("");
        assert!(refused.is_none());
        assert!(targets.would_enable("quizbox", &Level::INFO));
    }
}
