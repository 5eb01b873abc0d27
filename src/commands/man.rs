//! `quizbox man [--dir DIR]`: manual pages, written by clap_mangen from the
//! same definitions the parser and `--help` use, so the three agree.

use anyhow::Context;
use clap::CommandFactory;

use crate::cli::{Cli, ManArgs};

pub fn run(args: &ManArgs) -> anyhow::Result<()> {
    // As `generate_to` builds it: `help` has no page, so none is listed.
    let mut command = Cli::command().disable_help_subcommand(true);
    command.build();
    let Some(dir) = &args.dir else {
        let mut out = Vec::new();
        clap_mangen::Man::new(command).render(&mut out)?;
        return super::write_stdout(&out);
    };
    std::fs::create_dir_all(dir)
        .with_context(|| format!("cannot create directory {}", dir.display()))?;
    clap_mangen::generate_to(command, dir).with_context(|| {
        format!(
            "cannot write the manual pages into {} (is it writable?)",
            dir.display()
        )
    })?;
    eprintln!(
        "quizbox wrote its manual pages into {}: quizbox.1 and one quizbox-COMMAND.1 per command",
        dir.display()
    );
    Ok(())
}
