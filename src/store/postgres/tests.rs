//! Checks that need no database: both backends' migration files.

use std::path::Path;

/// `NNNN_name.sql` files in one backend's migration directory, sorted.
fn files(backend: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/store/migrations")
        .join(backend);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".sql"))
        .collect();
    names.sort();
    names
}

/// Both backends read one list (`store::migration`); a SQL file added to
/// one directory and not the other, or not listed, or named otherwise than
/// its number and name, would leave a number meaning different things.
#[test]
fn both_backends_have_a_file_for_every_listed_migration_and_no_other() {
    assert_eq!(files("postgres"), files("sqlite"));
    let numbered: Vec<String> = super::MIGRATIONS
        .iter()
        .map(|m| format!("{:04}_{}.sql", m.version, m.name.replace(' ', "_")))
        .collect();
    assert_eq!(files("postgres"), numbered);
}

#[test]
fn urls_are_told_apart_by_scheme() {
    assert!(super::is_postgres_url("postgres://db.lan/quizbox"));
    assert!(super::is_postgres_url("postgresql://u:p@127.0.0.1:5433/q"));
    assert!(!super::is_postgres_url(
        "sqlite:///var/lib/quizbox/quizbox.db"
    ));
    assert!(!super::is_postgres_url("/var/lib/quizbox/postgres.db"));
}

/// `migrate --to` copies the tables it lists: every table a Postgres
/// migration creates must be there, or its rows would stay behind.
#[test]
fn the_copy_from_sqlite_knows_every_table() {
    let mut created: Vec<&str> = super::MIGRATIONS
        .iter()
        .flat_map(|m| m.sql.lines())
        .filter_map(|line| line.trim().strip_prefix("CREATE TABLE "))
        .filter_map(|rest| rest.split_whitespace().next())
        .collect();
    created.sort_unstable();
    let mut copied = super::from_sqlite::TABLES.to_vec();
    copied.sort_unstable();
    assert_eq!(created, copied);
}
