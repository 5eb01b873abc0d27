//! `quizbox backup FILE`: the data directory into one archive, while the
//! server runs or not.

use std::io::IsTerminal;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};

use crate::backup::{self, Progress, Sources};
use crate::cli::{BackupArgs, GlobalArgs};
use crate::config::Overrides;

/// A progress bar over an archive's bytes on a terminal; nothing otherwise.
pub(super) fn progress_bar() -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template("{spinner} {msg} {bytes}/{total_bytes} {wide_bar}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

/// Feeds a copy's reports to `bar`.
pub(super) fn report_to(bar: &ProgressBar) -> impl FnMut(Progress) + '_ {
    move |progress| match progress {
        Progress::Step(step) => bar.set_message(step),
        Progress::Bytes { done, total } => {
            bar.set_length(total);
            bar.set_position(done);
        }
    }
}

pub async fn run(global: &GlobalArgs, args: &BackupArgs) -> anyhow::Result<()> {
    let settings = super::settings(global, Overrides::default())?;
    super::init_logging(&settings.log);
    let sources = Sources {
        data_dir: settings.data_dir.clone(),
        database: crate::store::sqlite_path(&settings.database)?.into(),
        live: crate::live::files_path(&settings.live)?.to_path_buf(),
    };
    let (file, force) = (args.file.clone(), args.force);
    let written = tokio::task::spawn_blocking(move || {
        let bar = progress_bar();
        let written = backup::write_backup(&sources, &file, force, &mut report_to(&bar));
        bar.finish_and_clear();
        written
    })
    .await
    .context("the backup task failed")??;
    if args.json {
        println!(
            "{}",
            serde_json::json!({
                "file": args.file,
                "bytes": written.bytes,
                "manifest": written.manifest,
            })
        );
    } else {
        eprintln!(
            "backup written to {} ({} bytes): database schema {}, {} live game(s), {} files",
            args.file.display(),
            written.bytes,
            written.manifest.schema_version,
            written.manifest.live_games,
            written.manifest.files.len()
        );
    }
    Ok(())
}
