//! `quizbox bench`: runs one game with simulated players against a server
//! in another process and reports what it measured. The human summary goes
//! to stderr, `--json` prints the machine summary on stdout, and the
//! progress bar shows only when stderr is a terminal. Exits 1 when a
//! connection dropped or an acknowledged answer went missing. With the
//! hidden `--worker` it is one of another bench's load processes instead.

use std::io::IsTerminal;

use indicatif::ProgressBar;

use crate::bench::{self, Plan};
use crate::cli::{BenchArgs, GlobalArgs};

pub async fn run(_global: &GlobalArgs, args: &BenchArgs) -> anyhow::Result<()> {
    if args.worker {
        // One share of another bench's players: it says what to do.
        return Ok(bench::worker::run().await?);
    }
    let progress = if std::io::stderr().is_terminal() {
        ProgressBar::new(0)
    } else {
        ProgressBar::hidden()
    };
    let run = bench::run(Plan {
        servers: args.server.clone(),
        token: super::token(&args.token)?,
        players: args.players,
        questions: args.questions,
        processes: args.processes,
        progress,
    });
    // Interrupted, the run is dropped, which stops the server it started.
    let report = tokio::select! {
        report = run => report?,
        _ = tokio::signal::ctrl_c() => anyhow::bail!("interrupted"),
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        eprint!("{}", report.render_text());
    }
    if !report.is_clean() {
        anyhow::bail!(
            "{} dropped connections, {} failed joins, {} lost answers",
            report.dropped_connections,
            report.join_failures,
            report.lost_answers
        );
    }
    Ok(())
}
