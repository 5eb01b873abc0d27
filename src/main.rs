//! The `quizbox` binary: parse the command line, run the command, map errors
//! to exit codes (0 ok, 1 runtime failure, 2 usage, 3 invalid input).
#![forbid(unsafe_code)]

use std::process::ExitCode;

use clap::Parser;
use quizbox::cli::{Cli, Command};
use quizbox::commands;

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Before the runtime's threads start: it changes the environment.
    // Large transient buffers go back to the system when freed (os.rs).
    quizbox::os::fix_mmap_threshold(1024 * 1024);
    let notifier = match cli.command {
        Command::Serve(_) => quizbox::server::notify::Notifier::take_from_env(),
        _ => Default::default(),
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(1);
        }
    };
    let result = runtime.block_on(async {
        match &cli.command {
            Command::Serve(args) => commands::serve::run(&cli.global, args, notifier).await,
            Command::Migrate(args) => commands::migrate::run(&cli.global, args).await,
            Command::Doctor(args) => commands::doctor::run(&cli.global, args).await,
            Command::Backup(args) => commands::backup::run(&cli.global, args).await,
            Command::Restore(args) => commands::restore::run(&cli.global, args).await,
            Command::Config(args) => commands::config::run(&cli.global, args),
            Command::Import(args) => commands::import::run(&cli.global, args).await,
            Command::Export(args) => commands::export::run(&cli.global, args).await,
            Command::Quiz(args) => commands::quiz::run(&cli.global, args).await,
            Command::Report(args) => commands::report::run(&cli.global, args).await,
            Command::Media(args) => commands::media::run(&cli.global, args).await,
            Command::Host(args) => commands::host::run(&cli.global, args).await,
            Command::Bench(args) => commands::bench::run(&cli.global, args).await,
            Command::User(args) => commands::user::run(&cli.global, args).await,
            Command::Mail(args) => commands::mail::run(&cli.global, args).await,
            Command::Assignment(args) => commands::assignment::run(&cli.global, args).await,
            Command::Webhook(args) => commands::webhook::run(&cli.global, args).await,
            Command::Completions(args) => commands::completions::run(args),
            Command::Man(args) => commands::man::run(args),
            Command::Healthcheck(args) => commands::healthcheck::run(&cli.global, args).await,
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(exit_code(&e))
        }
    }
}

fn exit_code(e: &anyhow::Error) -> u8 {
    if e.downcast_ref::<commands::Usage>().is_some() {
        return 2;
    }
    if e.downcast_ref::<quizbox::quiz::InvalidQuiz>().is_some()
        || e.downcast_ref::<quizbox::config::ConfigError>().is_some()
        || e.downcast_ref::<quizbox::quiz::formats::batch::Rejected>()
            .is_some()
        || e.downcast_ref::<quizbox::backup::RestoreError>()
            .is_some_and(|e| e.is_invalid_input())
    {
        3
    } else {
        1
    }
}
