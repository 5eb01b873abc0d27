//! `quizbox quiz`: the stored quizzes, one at a time.

use clap::{Args, Subcommand, ValueEnum};

#[derive(Debug, Args)]
pub struct QuizArgs {
    #[command(subcommand)]
    pub command: QuizCommand,
}

#[derive(Debug, Subcommand)]
pub enum QuizCommand {
    /// List the stored quizzes: id, title, questions, owner, last change
    List {
        /// Machine-readable output on stdout (every field of GET /api/quizzes)
        #[arg(long)]
        json: bool,
    },
    /// Print one quiz in the native format, as `quizbox import` reads it
    Show {
        /// The quiz's id (`quizbox quiz list` shows them)
        id: String,
        /// toml or json
        #[arg(long, value_enum, default_value = "toml", value_name = "FORMAT")]
        format: ShowFormat,
    },
    /// Delete a quiz; the results of games played with it are kept
    #[command(
        long_about = "Delete a quiz. The results of games played with it are kept: a finished \
game holds its own copy of what was played. On a terminal it asks first (any answer but y \
keeps the quiz and exits 1); elsewhere --yes is required (exit 2 without it)."
    )]
    Delete {
        /// The quiz's id
        id: String,
        /// Delete without asking
        #[arg(short, long)]
        yes: bool,
    },
    /// Copy a quiz under a new id; prints the new id on standard output
    #[command(
        long_about = "Copy a quiz under a new id, made from the copy's title (made unique with \
-2, -3… when taken). The copy belongs to whoever owns the original (a shared quiz's copy is \
shared). Prints the new id on standard output, so `ID=$(quizbox quiz copy …)` works. Exits 3 \
when the title given is not a valid one."
    )]
    Copy {
        /// The quiz's id
        id: String,
        /// The copy's title [default: the original's, with " (copy)"]
        #[arg(long, value_name = "TITLE")]
        title: Option<String>,
    },
}

/// How `quizbox quiz show` prints a quiz.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    Toml,
    Json,
}
