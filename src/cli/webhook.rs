//! `quizbox webhook`: the webhooks game events are sent to, and their
//! delivery log.

use std::path::PathBuf;

use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct WebhookArgs {
    #[command(subcommand)]
    pub command: WebhookCommand,
}

#[derive(Debug, Subcommand)]
pub enum WebhookCommand {
    /// Add a webhook: game events are POSTed to URL, signed with its secret
    #[command(
        long_about = "Add a webhook: the game events it wants are POSTed to URL as JSON, signed \
with HMAC-SHA256 under its secret (header X-Quizbox-Signature: sha256=<hex>). The secret is \
shared: the receiver checks signatures with it and quizbox keeps it to sign with. It is read \
from the first line of --secret-file, or made up and printed once on standard output.\n\n\
Events: game.created, game.started, question.closed, game.finished (default: all). See \
docs/webhooks.md for the bodies and how to check a signature."
    )]
    Add {
        /// Where to POST: http:// or https://
        url: String,
        /// The events to send, comma-separated (default: every event)
        #[arg(long, value_name = "EVENTS")]
        events: Option<String>,
        /// Read the shared secret from the first line of this file instead
        /// of making one up
        #[arg(long, value_name = "FILE")]
        secret_file: Option<PathBuf>,
        /// Machine-readable output on stdout (the webhook, with its secret)
        #[arg(long)]
        json: bool,
    },
    /// List the webhooks: id, events, URL (never their secrets)
    List {
        /// Machine-readable output on stdout (as GET /api/webhooks)
        #[arg(long)]
        json: bool,
    },
    /// Remove a webhook and its queued deliveries
    Remove {
        /// The webhook's id, as `list` shows it
        id: i64,
    },
    /// The delivery log: each delivery, newest first, with every attempt
    Deliveries {
        /// How many deliveries to show
        #[arg(long, default_value_t = 50)]
        limit: usize,
        /// Machine-readable output on stdout (as GET /api/webhooks/deliveries)
        #[arg(long)]
        json: bool,
    },
}
