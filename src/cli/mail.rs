//! `quizbox mail`: checking the mail setup and looking at the queue; the
//! on/off switch of `quizbox user set --report-mail`.

use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct MailArgs {
    #[command(subcommand)]
    pub command: MailCommand,
}

#[derive(Debug, Subcommand)]
pub enum MailCommand {
    /// Send a test message now, straight through the SMTP server [mail]
    /// names, and say whether it was accepted or what the server said
    Test {
        /// Where to send it
        address: String,
    },
    /// List the mail waiting to be sent (with its attempts and last
    /// error), then the latest sent or given up
    Queue {
        /// How many messages to show at most
        #[arg(long, default_value_t = 50)]
        limit: usize,
        /// Machine-readable output on stdout
        #[arg(long)]
        json: bool,
    },
}

/// `on` or `off` (also true/false, yes/no, 1/0), for `user set --report-mail`.
pub(super) fn on_off(text: &str) -> Result<bool, String> {
    match text.to_ascii_lowercase().as_str() {
        "on" | "true" | "yes" | "1" => Ok(true),
        "off" | "false" | "no" | "0" => Ok(false),
        _ => Err("say on or off".into()),
    }
}
