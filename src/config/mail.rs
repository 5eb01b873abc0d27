//! The `[mail]` table: the SMTP server quizbox sends through, who mail
//! comes from, and how often the queue tries again. `notify::mail` acts on
//! it; this file only declares it.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::define::{settings_table, SettingValue, SECRET};

/// How the connection to the SMTP server is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum MailSecurity {
    /// Plain connection upgraded with STARTTLS, which must succeed (port 587).
    #[default]
    Starttls,
    /// TLS from the first byte, "implicit TLS" (port 465).
    Tls,
    /// No encryption at all: only for a relay on this machine or a test.
    None,
}

impl MailSecurity {
    /// The usual port of each.
    pub fn default_port(self) -> u16 {
        match self {
            MailSecurity::Starttls => 587,
            MailSecurity::Tls => 465,
            MailSecurity::None => 25,
        }
    }
}

impl SettingValue for MailSecurity {
    fn from_env(text: &str) -> Result<Self, String> {
        <MailSecurity as clap::ValueEnum>::from_str(text.trim(), true)
            .map_err(|_| "say starttls, tls or none".to_string())
    }
}

/// A password: shown as `[redacted]` in `Debug` and `quizbox config`
/// (a `String` setting hides only the password inside a URL).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Password(pub String);

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("\"[redacted]\"")
    }
}

impl SettingValue for Password {
    fn from_env(text: &str) -> Result<Self, String> {
        Ok(Password(text.to_string()))
    }

    fn redact(&self) -> Self {
        Password("[redacted]".into())
    }
}

settings_table! {
    /// The `[mail]` table of quizbox.toml. See docs/operations.md, "Mail".
    pub struct MailSettings in "mail" (data_dir) {
        /// The SMTP server's name. Unset: quizbox sends no mail (nothing
        /// is queued).
        host: Option<String> = None; env "QUIZBOX_MAIL_HOST", example "smtp.example.org";
        /// Its port; 0: the usual one for `security` (587 for starttls,
        /// 465 for tls, 25 for none).
        port: u16 = 0; env "QUIZBOX_MAIL_PORT";
        /// starttls (a plain connection that must be upgraded), tls (TLS
        /// from the start) or none (unencrypted; only for a local relay).
        security: MailSecurity = MailSecurity::Starttls; env "QUIZBOX_MAIL_SECURITY";
        /// The user to sign in to the SMTP server as. Unset: no sign-in.
        username: Option<String> = None; env "QUIZBOX_MAIL_USERNAME",
            example "quizbox@example.org";
        /// Its password. Prefer password_file, or QUIZBOX_MAIL_PASSWORD_FILE.
        password: Option<Password> = None; env "QUIZBOX_MAIL_PASSWORD", example "",
            marks SECRET;
        /// A file whose first line is the password, read at each sending (so
        /// a changed password needs no restart).
        password_file: Option<PathBuf> = None; env "QUIZBOX_MAIL_PASSWORD_PATH",
            example "/etc/quizbox/smtp-password";
        /// The sender of every message, as `Name <address>` or an address.
        from: Option<String> = None; env "QUIZBOX_MAIL_FROM",
            example "quizbox <quiz@example.org>";
        /// A PEM file of certificate authorities to trust besides the
        /// system's, for a server whose certificate a private CA signed.
        ca_file: Option<PathBuf> = None; env "QUIZBOX_MAIL_CA_FILE",
            example "/etc/quizbox/smtp-ca.pem";
        /// Seconds to connect and send one message before giving up on
        /// that attempt.
        timeout_secs: u64 = 30; env "QUIZBOX_MAIL_TIMEOUT_SECS";
        /// Seconds before the first retry of a message that could not be
        /// sent; each further retry waits twice as long as the one before.
        retry_first_secs: u64 = 30; env "QUIZBOX_MAIL_RETRY_FIRST_SECS";
        /// The longest wait between two retries, in seconds.
        retry_max_secs: u64 = 3600; env "QUIZBOX_MAIL_RETRY_MAX_SECS";
        /// Hours after which a message that still could not be sent is
        /// given up (a refusal the server says is final gives up at once).
        give_up_hours: u64 = 72; env "QUIZBOX_MAIL_GIVE_UP_HOURS";
    }
}

impl MailSettings {
    /// Whether mail is set up: a server to send through.
    pub fn enabled(&self) -> bool {
        self.host.as_deref().is_some_and(|h| !h.trim().is_empty())
    }

    /// The port in force.
    pub fn port(&self) -> u16 {
        match self.port {
            0 => self.security.default_port(),
            port => port,
        }
    }

    /// Refuses values that cannot work.
    pub fn check(&self) -> Result<(), String> {
        if !self.enabled() {
            return Ok(());
        }
        if self.from.as_deref().is_none_or(|f| f.trim().is_empty()) {
            return Err("mail.from must be set when mail.host is (who the mail comes from)".into());
        }
        if self.password.is_some() && self.password_file.is_some() {
            return Err("set mail.password or mail.password_file, not both".into());
        }
        if self.retry_first_secs == 0 || self.retry_max_secs < self.retry_first_secs {
            return Err(
                "mail.retry_first_secs must be at least 1 and at most mail.retry_max_secs".into(),
            );
        }
        Ok(())
    }

    /// The SMTP password: `password`, or the first line of `password_file`.
    pub fn password(&self) -> Result<Option<String>, String> {
        match (&self.password, &self.password_file) {
            (Some(p), _) => Ok(Some(p.0.clone())),
            (None, Some(path)) => std::fs::read_to_string(path)
                .map(|text| Some(text.lines().next().unwrap_or("").to_string()))
                .map_err(|e| format!("cannot read mail.password_file {}: {e}", path.display())),
            (None, None) => Ok(None),
        }
    }
}
