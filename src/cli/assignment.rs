//! `quizbox assignment`: self-paced assignments on a running server.

use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct AssignmentArgs {
    /// The server [default: this machine, on the configured listen port]
    #[arg(long, global = true, env = "QUIZBOX_SERVER", value_name = "URL")]
    pub server: Option<String>,
    /// Token sent to the server as `Authorization: Bearer` (the host scope
    /// to publish and close, host or export to read; or from the file
    /// QUIZBOX_TOKEN_FILE names) [default: <data dir>/admin.token for a
    /// server on this machine]
    #[arg(
        long,
        global = true,
        env = "QUIZBOX_TOKEN",
        value_name = "TOKEN",
        hide_env_values = true
    )]
    pub token: Option<String>,
    #[command(subcommand)]
    pub command: AssignmentCommand,
}

#[derive(Debug, Subcommand)]
pub enum AssignmentCommand {
    /// Publish a quiz as an assignment; prints its code and link on standard output
    Create {
        /// The quiz's id
        quiz: String,
        /// How long it stays open, from when it opens: 7d, 36h, 90m
        #[arg(long, value_name = "DURATION")]
        closes_in: String,
        /// Open later than now: 1d, 2h, 30m [default: now]
        #[arg(long, value_name = "DURATION")]
        opens_in: Option<String>,
        /// What players give instead of a nickname, e.g. "Student number"
        #[arg(long, value_name = "TEXT")]
        identifier: Option<String>,
        /// Machine-readable output on stdout (as POST /api/assignments answers)
        #[arg(long)]
        json: bool,
    },
    /// List assignments: code, state, quiz, players started and finished, deadline
    List {
        /// Machine-readable output on stdout (as GET /api/assignments answers)
        #[arg(long)]
        json: bool,
    },
    /// One assignment's results: its leaderboard and every player's progress
    Show {
        /// The assignment's code
        code: String,
        /// Machine-readable output on stdout (as GET /api/assignments/CODE answers)
        #[arg(long)]
        json: bool,
    },
    /// Close an assignment now: later answers are refused
    Close {
        /// The assignment's code
        code: String,
    },
}
