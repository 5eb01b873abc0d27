//! HTTPS beside plain HTTP, with rustls (ring provider). `auto` makes a
//! self-signed certificate with rcgen for this machine's names and
//! addresses, keeps it in the data directory and renews it when they
//! change; `on` uses the operator's certificate and key files. It must not
//! touch the game: the same router serves both listeners.

use std::net::SocketAddr;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

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

pub const DEFAULT_TLS_LISTEN: &str = "0.0.0.0:8443";

/// The `[tls]` table of quizbox.toml (flags: `serve --tls`, `--tls-cert`,
/// `--tls-key`, `--tls-listen`, `--tls-redirect`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TlsSettings {
    pub mode: TlsMode,
    /// PEM certificate chain (mode `on`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cert: Option<PathBuf>,
    /// PEM private key (mode `on`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<PathBuf>,
    /// HTTPS listen address.
    pub listen: SocketAddr,
    /// Plain HTTP answers every request with a redirect to HTTPS.
    pub redirect: bool,
}

impl Default for TlsSettings {
    fn default() -> Self {
        TlsSettings {
            mode: TlsMode::Off,
            cert: None,
            key: None,
            listen: DEFAULT_TLS_LISTEN.parse().expect("valid default"),
            redirect: false,
        }
    }
}
