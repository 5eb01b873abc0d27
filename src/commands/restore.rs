//! `quizbox restore FILE`: a backup into an empty data directory.

use anyhow::Context;

use crate::backup::{self, Targets};
use crate::cli::{GlobalArgs, RestoreArgs};
use crate::config::Overrides;

pub async fn run(global: &GlobalArgs, args: &RestoreArgs) -> anyhow::Result<()> {
    let settings = super::settings(global, Overrides::default())?;
    super::init_logging(&settings.log);
    let targets = Targets {
        data_dir: settings.data_dir.clone(),
        database: crate::store::sqlite_path(&settings.database)?.into(),
        live: crate::live::files_path(&settings.live)?.to_path_buf(),
    };
    let file = args.file.clone();
    let restored = tokio::task::spawn_blocking(move || {
        let bar = super::backup::progress_bar();
        bar.set_message("restoring");
        let restored = backup::restore(&file, &targets, &mut super::backup::report_to(&bar));
        bar.finish_and_clear();
        restored
    })
    .await
    .context("the restore task failed")??;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&restored)?);
    } else {
        eprintln!(
            "restored {} into {}: written by quizbox {} at {}, database schema {}, {} live \
             game(s); start `quizbox serve --data {}`",
            args.file.display(),
            settings.data_dir.display(),
            restored.quizbox_version,
            restored.created_at,
            restored.schema_version,
            restored.live_games,
            settings.data_dir.display()
        );
    }
    Ok(())
}
