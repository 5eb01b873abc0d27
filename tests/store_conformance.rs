//! The `Store` conformance suite (`quizbox::store::conformance`) against
//! every relational backend: one line per backend below. Each story is
//! its own test, `<backend>::<story>`. The Postgres stories need
//! `QUIZBOX_TEST_POSTGRES` (see tests/common/postgres.rs).

#[path = "common/postgres.rs"]
mod pg;
#[path = "common/place.rs"]
mod place;

use std::sync::Arc;

use async_trait::async_trait;
use quizbox::store::conformance::StoreBackend;
use quizbox::store::Store;

quizbox::store_suite!(sqlite, SqliteBackend);
quizbox::store_suite!(postgres, PostgresBackend);

/// The embedded backend: one SQLite file (`sqlite://PATH`). Its writes
/// fail on a full tmpfs, where its write-ahead log cannot grow.
struct SqliteBackend(place::Place);

#[async_trait]
impl StoreBackend for SqliteBackend {
    async fn place(breakable: bool) -> Option<Self> {
        place::Place::new(breakable).map(SqliteBackend)
    }

    async fn open(&self) -> Arc<dyn Store> {
        let url = format!("sqlite://{}", self.0.path().join("quizbox.db").display());
        quizbox::store::open(&url).await.unwrap()
    }

    async fn break_writes(&self) {
        self.0.fill();
    }

    async fn mend_writes(&self) {
        self.0.empty();
    }
}

/// The scale-out backend: a database of its own on the Postgres server
/// `QUIZBOX_TEST_POSTGRES` names (`postgres://…`). Its writes fail while
/// the database is read-only, as on a standby after a failover.
struct PostgresBackend(pg::TestDatabase);

#[async_trait]
impl StoreBackend for PostgresBackend {
    async fn place(_breakable: bool) -> Option<Self> {
        pg::TestDatabase::create_or_skip("the Postgres store story")
            .await
            .map(PostgresBackend)
    }

    async fn open(&self) -> Arc<dyn Store> {
        quizbox::store::open(self.0.url()).await.unwrap()
    }

    async fn break_writes(&self) {
        self.0.set_read_only(true).await;
    }

    async fn mend_writes(&self) {
        self.0.set_read_only(false).await;
    }
}
