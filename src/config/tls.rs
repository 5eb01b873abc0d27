//! The `[tls]` table: HTTPS beside HTTP, its certificate and listen
//! address. `server::tls` serves it; this file only declares it.

use std::net::SocketAddr;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::define::{settings_table, SettingValue};

/// How the server speaks TLS.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum TlsMode {
    /// Plain HTTP only.
    #[default]
    Off,
    /// A self-signed certificate made and renewed in the data directory.
    Auto,
    /// The certificate and key files given with `cert` and `key`.
    On,
}

impl SettingValue for TlsMode {
    fn from_env(text: &str) -> Result<Self, String> {
        <TlsMode as clap::ValueEnum>::from_str(text.trim(), true)
            .map_err(|_| "say off, auto or on".to_string())
    }
}

pub const DEFAULT_TLS_LISTEN: &str = "0.0.0.0:8443";

settings_table! {
    /// The `[tls]` table of quizbox.toml.
    pub struct TlsSettings in "tls" (data_dir) {
        /// off: plain HTTP only. auto: a self-signed certificate kept in
        /// <data dir>/tls for this machine's names and addresses. on: the
        /// cert and key files below.
        mode: TlsMode = TlsMode::Off; env "QUIZBOX_TLS", flags ["serve --tls"];
        /// PEM certificate chain (mode on).
        cert: Option<PathBuf> = None; env "QUIZBOX_TLS_CERT", flags ["serve --tls-cert"],
            example "/etc/quizbox/cert.pem";
        /// PEM private key (mode on).
        key: Option<PathBuf> = None; env "QUIZBOX_TLS_KEY", flags ["serve --tls-key"],
            example "/etc/quizbox/key.pem";
        /// HTTPS listen address.
        listen: SocketAddr = DEFAULT_TLS_LISTEN.parse().expect("valid default");
            env "QUIZBOX_TLS_LISTEN", flags ["serve --tls-listen"];
        /// Answer plain HTTP with a redirect to HTTPS (health checks and
        /// /metrics excepted).
        redirect: bool = false; env "QUIZBOX_TLS_REDIRECT", flags ["serve --tls-redirect"];
    }
}
