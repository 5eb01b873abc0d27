//! `quizbox migrate`: apply pending migrations or list their status.

use crate::cli::{GlobalArgs, MigrateArgs};
use crate::config::Overrides;

pub async fn run(global: &GlobalArgs, args: &MigrateArgs) -> anyhow::Result<()> {
    let settings = super::settings(global, Overrides::default())?;
    super::init_logging(&settings.log);
    let store = crate::store::open(&settings.database).await?;
    if args.status {
        let status = store.migration_status().await?;
        if args.json {
            println!("{}", serde_json::to_string_pretty(&status)?);
        } else {
            for m in &status {
                let state = if m.applied_at.is_some() {
                    "applied"
                } else {
                    "pending"
                };
                println!("{:04}  {:<8} {}", m.version, state, m.name);
            }
        }
        return Ok(());
    }
    let applied = store.migrate().await?;
    if args.json {
        println!("{}", serde_json::json!({ "applied": applied }));
    } else if applied.is_empty() {
        eprintln!("database is up to date");
    } else {
        eprintln!("applied migrations: {applied:?}");
    }
    Ok(())
}
