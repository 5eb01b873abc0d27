//! What the server tells its operators: the log's format, the access log,
//! and where `/metrics` is served. `server::metrics` and
//! `commands::init_logging` use these; this file only declares them.

use std::net::SocketAddr;

use serde::{Deserialize, Serialize};

use super::define::{settings_table, SettingValue};

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// For people: one line per event, colored on a terminal.
    #[default]
    Text,
    /// For collectors: one JSON object per line.
    Json,
}

impl SettingValue for LogFormat {
    fn from_env(text: &str) -> Result<Self, String> {
        <LogFormat as clap::ValueEnum>::from_str(text.trim(), true)
            .map_err(|_| "say text or json".to_string())
    }
}

settings_table! {
    /// The `[metrics]` table of quizbox.toml.
    pub struct MetricsSettings in "metrics" (data_dir) {
        /// Serve /metrics on this address of its own (e.g. 127.0.0.1:9090),
        /// away from the players' port, which then no longer serves it.
        /// Unset: /metrics is on the HTTP listen address.
        listen: Option<SocketAddr> = None; env "QUIZBOX_METRICS_LISTEN",
            flags ["serve --metrics-listen"], example "127.0.0.1:9090";
    }
}
