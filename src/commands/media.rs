//! `quizbox media list` and `quizbox media gc`: the stored media of the
//! local data directory, opened as `export` opens it, and which quizzes use
//! each.

use anyhow::Context;
use serde::Serialize;

use crate::cli::{GlobalArgs, MediaArgs, MediaCommand};
use crate::config::Overrides;
use crate::media::{media_use, MediaType, MediaUse};
use crate::server::media::forget_cached;

#[derive(Serialize)]
struct Collected<'a> {
    dry_run: bool,
    removed: Vec<&'a MediaUse>,
    bytes: u64,
}

pub async fn run(global: &GlobalArgs, args: &MediaArgs) -> anyhow::Result<()> {
    let settings = super::settings(global, Overrides::default())?;
    super::init_logging(&settings.log);
    let store = crate::store::open(&settings.database).await?;
    store.check_schema().await?;
    let all = media_use(store.as_ref()).await?;
    match &args.command {
        MediaCommand::List { json } => {
            if *json {
                println!("{}", serde_json::to_string_pretty(&all)?);
                return Ok(());
            }
            println!("{:<64}  {:<10} {:>12} quizzes", "hash", "type", "bytes");
            for m in &all {
                println!(
                    "{:<64}  {:<10} {:>12} {}",
                    m.info.hash,
                    m.info.media_type,
                    m.info.size,
                    m.quizzes.len()
                );
            }
            eprintln!(
                "{} stored, {} used by no quiz",
                all.len(),
                all.iter().filter(|m| m.quizzes.is_empty()).count()
            );
        }
        MediaCommand::Gc { dry_run, json } => {
            let unused: Vec<&MediaUse> = all.iter().filter(|m| m.quizzes.is_empty()).collect();
            for m in &unused {
                if !*dry_run {
                    store
                        .delete_media(&m.info.hash)
                        .await
                        .with_context(|| format!("cannot remove media {}", m.info.hash))?;
                    if let Some(media_type) = MediaType::from_mime(&m.info.media_type) {
                        forget_cached(&settings.data_dir, &m.info.hash, media_type).with_context(
                            || format!("cannot remove the cached copy of {}", m.info.hash),
                        )?;
                    }
                }
                if !*json {
                    println!(
                        "{} {}  {:<10} {:>12}",
                        if *dry_run { "would remove" } else { "removed" },
                        m.info.hash,
                        m.info.media_type,
                        m.info.size
                    );
                }
            }
            let bytes = unused.iter().map(|m| m.info.size).sum();
            if *json {
                let collected = Collected {
                    dry_run: *dry_run,
                    removed: unused.clone(),
                    bytes,
                };
                println!("{}", serde_json::to_string_pretty(&collected)?);
            }
            eprintln!(
                "{} {} of {} media ({bytes} bytes); {} in use",
                if *dry_run { "would remove" } else { "removed" },
                unused.len(),
                all.len(),
                all.len() - unused.len()
            );
        }
    }
    Ok(())
}
