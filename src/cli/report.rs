//! `quizbox report`: finished games' reports from the local database.

use std::path::PathBuf;

use clap::Args;

use crate::report::ReportFormat;

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The game's id (`quizbox report --list` shows them)
    #[arg(required_unless_present = "list", conflicts_with = "list")]
    pub game: Option<String>,
    /// List the finished games, newest first: id, quiz, end, players, questions, host
    #[arg(long)]
    pub list: bool,
    /// Machine-readable output on stdout: the list as GET /api/reports/games gives it, or the report as --format json
    #[arg(long, conflicts_with_all = ["format", "output"])]
    pub json: bool,
    /// Write the report as a file of this format [default: from the -o extension; without -o, a summary for people]
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<ReportFormat>,
    /// Write to this file [default: standard output]
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}
