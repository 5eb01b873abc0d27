//! `quizbox media list` and `quizbox media gc`: the stored media of the
//! local data directory, opened as `export` opens it, and what uses each:
//! quizzes, assignments and the games running now (read from the live
//! state, as `doctor` reads it).

use anyhow::Context;
use serde::Serialize;

use crate::cli::{GlobalArgs, MediaArgs, MediaCommand};
use crate::config::{Overrides, Settings};
use crate::media::{media_use, MediaType, MediaUse};
use crate::quiz::Quiz;
use crate::server::actor::Snapshot;
use crate::server::media::forget_cached;

#[derive(Serialize)]
struct Collected<'a> {
    dry_run: bool,
    /// Unused media kept because it was stored more recently than this.
    min_age_secs: u64,
    removed: Vec<&'a MediaUse>,
    bytes: u64,
}

/// The quiz of every game in the live state, by game id. A game whose
/// snapshot cannot be read is an error: what it shows is not known, so
/// nothing may be removed.
async fn running_games(settings: &Settings) -> anyhow::Result<Vec<(String, Quiz)>> {
    let live = crate::live::open(&settings.live).await?;
    let mut games = Vec::new();
    for id in live.games().await? {
        let Some(bytes) = live.load_snapshot(&id).await? else {
            // Ended since it was listed.
            continue;
        };
        let snapshot: Snapshot = serde_json::from_slice(&bytes).with_context(|| {
            format!(
                "cannot tell which media the running game {id} uses: its snapshot is unreadable \
                 (`quizbox doctor` tells more)"
            )
        })?;
        games.push((id, snapshot.game.quiz));
    }
    Ok(games)
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

pub async fn run(global: &GlobalArgs, args: &MediaArgs) -> anyhow::Result<()> {
    let settings = super::settings(global, Overrides::default())?;
    super::init_logging(&settings.log);
    let store = crate::store::open(&settings.database).await?;
    store.check_schema().await?;
    let games = running_games(&settings).await?;
    let all = media_use(store.as_ref(), &games).await?;
    match &args.command {
        MediaCommand::List { json } => {
            if *json {
                println!("{}", serde_json::to_string_pretty(&all)?);
                return Ok(());
            }
            println!(
                "{:<64}  {:<10} {:>12} {:>7} {:>11} {:>5}",
                "hash", "type", "bytes", "quizzes", "assignments", "games"
            );
            for m in &all {
                println!(
                    "{:<64}  {:<10} {:>12} {:>7} {:>11} {:>5}",
                    m.info.hash,
                    m.info.media_type,
                    m.info.size,
                    m.quizzes.len(),
                    m.assignments.len(),
                    m.games.len()
                );
            }
            eprintln!(
                "{} stored, {} used by nothing",
                all.len(),
                all.iter().filter(|m| m.unused()).count()
            );
        }
        MediaCommand::Gc {
            dry_run,
            json,
            min_age,
        } => {
            // Stored after this (Unix ms): kept, used or not.
            let cutoff = now_ms().saturating_sub(min_age.as_millis() as i64);
            let unused: Vec<&MediaUse> = all.iter().filter(|m| m.unused()).collect();
            let young = unused.iter().filter(|m| m.info.created_at > cutoff).count();
            let unused: Vec<&MediaUse> = unused
                .into_iter()
                .filter(|m| m.info.created_at <= cutoff)
                .collect();
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
                    min_age_secs: min_age.as_secs(),
                    removed: unused.clone(),
                    bytes,
                };
                println!("{}", serde_json::to_string_pretty(&collected)?);
            }
            eprintln!(
                "{} {} of {} media ({bytes} bytes); {} in use, {young} unused but stored within \
                 --min-age",
                if *dry_run { "would remove" } else { "removed" },
                unused.len(),
                all.len(),
                all.len() - unused.len() - young
            );
        }
    }
    Ok(())
}
