//! The schema's numbered changes, listed once for both backends: each
//! backend reads its own SQL for the same numbers and names from
//! `src/store/migrations/<backend>/<file>.sql`. Append-only: never edit a
//! migration that has landed; a new one is a line in `migrations!` and an
//! SQL file per backend.

/// One numbered schema change.
pub(crate) struct Migration {
    pub version: i64,
    pub name: &'static str,
    pub sql: &'static str,
}

/// `&[Migration]` for one backend (`"sqlite"` or `"postgres"`), invoked from
/// a file in `src/store/` so the SQL files' paths resolve from there.
macro_rules! migrations {
    ($backend:literal) => {
        $crate::store::migration::migrations!(@each $backend;
            1, "initial", "0001_initial";
            2, "accounts", "0002_accounts";
            3, "played questions", "0003_played_questions";
            4, "quiz revisions", "0004_quiz_revisions";
            5, "media", "0005_media";
            6, "webhooks", "0006_webhooks";
            7, "retention", "0007_retention";
            8, "mail", "0008_mail";
            9, "teams", "0009_teams";
            10, "assignments", "0010_assignments";
        )
    };
    (@each $backend:literal; $($version:literal, $name:literal, $file:literal;)+) => {
        &[$($crate::store::migration::Migration {
            version: $version,
            name: $name,
            sql: include_str!(concat!("migrations/", $backend, "/", $file, ".sql")),
        },)+]
    };
}
pub(crate) use migrations;
