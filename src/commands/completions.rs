//! `quizbox completions SHELL`: the completion script, written by
//! clap_complete from the same definitions the parser uses.

use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs};

pub fn run(args: &CompletionsArgs) -> anyhow::Result<()> {
    let mut command = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut command, "quizbox", &mut out);
    super::write_stdout(&out)
}
