//! The `Live` conformance suite (`quizbox::live::conformance`) against
//! every live-state backend: one line per backend below. Each story is
//! its own test, `<backend>::<story>`.

#[path = "common/place.rs"]
mod place;

use std::sync::Arc;

use async_trait::async_trait;
use quizbox::live::conformance::LiveBackend;
use quizbox::live::Live;

quizbox::live_suite!(files, FilesBackend);

/// The embedded backend: a directory of files (`files://PATH`). Its writes
/// fail on a full tmpfs.
struct FilesBackend(place::Place);

#[async_trait]
impl LiveBackend for FilesBackend {
    async fn place(breakable: bool) -> Option<Self> {
        place::Place::new(breakable).map(FilesBackend)
    }

    async fn open(&self) -> Arc<dyn Live> {
        let url = format!("files://{}", self.0.path().join("live").display());
        quizbox::live::open(&url).unwrap()
    }

    async fn break_writes(&self) {
        self.0.fill();
    }

    async fn mend_writes(&self) {
        self.0.empty();
    }
}
