//! `quizbox user`: accounts, their mail settings, invitations, export and
//! erasure, and API tokens.

use clap::{Args, Subcommand};

use super::mail::on_off;

#[derive(Debug, Args)]
pub struct UserArgs {
    #[command(subcommand)]
    pub command: UserCommand,
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add an account
    Add {
        /// Username: a-z, 0-9, '.', '_' and '-'
        name: String,
        /// What the account may do
        #[arg(long, value_enum, default_value = "host")]
        role: crate::store::UserRole,
        /// Read the password from the first line of standard input
        #[arg(long)]
        password_stdin: bool,
        /// The account's mail address (for reports and password resets)
        #[arg(long, value_name = "ADDRESS")]
        email: Option<String>,
    },
    /// Change an account's mail address or report mail
    Set {
        name: String,
        /// A new mail address; "" removes it
        #[arg(long, value_name = "ADDRESS")]
        email: Option<String>,
        /// Mail the account the report of each game it finishes
        #[arg(long, value_name = "on|off", value_parser = on_off)]
        report_mail: Option<bool>,
    },
    /// Invite someone by mail: adds a pending account and mails them a
    /// one-time link (valid 7 days) to choose their username and password
    Invite {
        /// Their mail address
        email: String,
        /// What the account may do
        #[arg(long, value_enum, default_value = "host")]
        role: crate::store::UserRole,
    },
    /// List the accounts
    List {
        /// Machine-readable output on stdout
        #[arg(long)]
        json: bool,
    },
    /// Change an account's password (ends its login sessions)
    Passwd {
        name: String,
        /// Read the password from the first line of standard input
        #[arg(long)]
        password_stdin: bool,
    },
    /// Delete an account and its tokens
    Delete {
        name: String,
        /// Give the account's quizzes to this user (required if it owns any)
        #[arg(long, value_name = "USER", conflicts_with = "with_data")]
        quizzes_to: Option<String>,
        /// Remove everything of the account too: its quizzes, the games it
        /// created with all their results, and media only its quizzes used
        #[arg(long)]
        with_data: bool,
    },
    /// Write everything stored about an account as JSON: the account, its
    /// tokens (without secrets), its quizzes, the games it created and
    /// their results
    Export {
        name: String,
        /// Write to this file instead of standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<std::path::PathBuf>,
    },
    /// Forget an account's recent failed logins on the running server, so
    /// its next sign-in is not slowed down
    Unlock {
        name: String,
        /// The server [default: this machine, on the configured listen port]
        #[arg(long, value_name = "URL")]
        server: Option<String>,
    },
    /// API tokens: create, list, revoke
    #[command(subcommand)]
    Token(TokenCommand),
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Create a token for an account and print it (once) on standard output
    Create {
        /// The account the token acts as
        user: String,
        /// What it may do: import, export, host (comma-separated)
        #[arg(long, value_name = "SCOPES")]
        scope: String,
        /// Lifetime, e.g. 90d, 12h, 30m [default: never expires]
        #[arg(long, value_name = "DURATION")]
        expires: Option<String>,
        /// A label to recognise it by in `token list`
        #[arg(long, default_value = "cli")]
        name: String,
    },
    /// List tokens (never their secrets), of one account or of all
    List {
        user: Option<String>,
        /// Machine-readable output on stdout
        #[arg(long)]
        json: bool,
    },
    /// Revoke a token (or a login session) by the id `token list` shows
    Revoke { id: i64 },
}
