//! What a game actor is given besides its game, set once before it runs.

use std::sync::Arc;
use std::time::Duration;

use super::{Expiry, FirstSnapshot, GameActor, Metrics};

impl GameActor {
    /// Queues the host's report mail (in a task of its own) once the
    /// results are stored.
    pub fn with_report_mail(mut self, outbox: Option<crate::notify::mail::Outbox>) -> Self {
        self.report_mail = outbox;
        self
    }

    /// Where the game counts its acknowledgements and writes.
    pub fn with_metrics(mut self, metrics: Arc<Metrics>) -> Self {
        self.metrics = metrics;
        self
    }

    /// Reports through `saved` once the first snapshot is on disk, or why it
    /// cannot be written; in that case the game ends at once, leaving
    /// nothing behind (for a game being created: see `Registry::create`).
    pub fn with_first_snapshot_report(mut self, saved: Option<FirstSnapshot>) -> Self {
        self.first_snapshot = saved;
        self
    }

    /// Closes the game after it sat idle as long as `expiry` allows for its
    /// phase, counting `idle` it already sat before this start.
    pub fn with_expiry(mut self, expiry: Expiry, idle: Duration) -> Self {
        self.expiry = expiry;
        self.idle_before = idle;
        self
    }
}
