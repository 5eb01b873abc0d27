//! `quizbox migrate`: apply pending migrations or list their status.

use crate::cli::{GlobalArgs, MigrateArgs};
use crate::config::Overrides;

pub async fn run(global: &GlobalArgs, args: &MigrateArgs) -> anyhow::Result<()> {
    let settings = super::settings(global, Overrides::default())?;
    super::init_logging(&settings.log);
    if let Some(to) = &args.to {
        return move_up(&settings.database, to, args.json).await;
    }
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

/// `migrate --to postgres://…`: the embedded database, migrated, copied
/// whole into an empty Postgres database, migrated too.
async fn move_up(database: &str, to: &str, json: bool) -> anyhow::Result<()> {
    use crate::store::postgres::{is_postgres_url, PostgresStore};
    use crate::store::Store;
    anyhow::ensure!(
        is_postgres_url(to),
        "--to takes a postgres:// URL (the database to copy into)"
    );
    anyhow::ensure!(
        !is_postgres_url(database),
        "--database names a Postgres store already; --to copies an embedded (SQLite) one"
    );
    let file = crate::store::sqlite_path(database)?;
    anyhow::ensure!(
        std::path::Path::new(file).is_file(),
        "there is no database at {file}; check --data or --database"
    );
    let source = crate::store::open(database).await?;
    source.migrate().await?;
    source.check_schema().await?;
    drop(source);
    let target = PostgresStore::open(to).await?;
    target.migrate().await?;
    let copied = target.copy_from_sqlite(std::path::Path::new(file)).await?;
    if json {
        let tables: serde_json::Map<String, serde_json::Value> = copied
            .iter()
            .map(|(table, rows)| (table.clone(), (*rows).into()))
            .collect();
        println!("{}", serde_json::json!({ "copied": tables }));
    } else {
        let total: u64 = copied.iter().map(|(_, rows)| rows).sum();
        let each: Vec<String> = copied
            .iter()
            .filter(|(_, rows)| *rows > 0)
            .map(|(table, rows)| format!("{table} {rows}"))
            .collect();
        eprintln!("copied {total} rows ({})", each.join(", "));
        eprintln!("run quizbox with --database set to the Postgres URL from now on");
    }
    Ok(())
}
