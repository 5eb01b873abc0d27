//! The `Store` conformance suite (`quizbox::store::conformance`) against
//! every relational backend: one line per backend below. Each story is
//! its own test, `<backend>::<story>`.

#[path = "common/place.rs"]
mod place;

use std::sync::Arc;

use async_trait::async_trait;
use quizbox::store::conformance::StoreBackend;
use quizbox::store::Store;

quizbox::store_suite!(sqlite, SqliteBackend);

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
