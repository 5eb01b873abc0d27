//! The `[webhooks]` table: how game events are delivered to the webhooks
//! an admin added (time limits, retries, the queue between the games and
//! the outbox, extra CAs). `notify::webhooks` acts on it; this file only
//! declares it. The webhooks themselves are in the database.

use std::path::PathBuf;

use super::define::settings_table;

settings_table! {
    /// The `[webhooks]` table of quizbox.toml: how game events reach the
    /// webhooks added with `quizbox webhook add`. See docs/webhooks.md.
    pub struct WebhookSettings in "webhooks" (data_dir) {
        /// How long one delivery attempt may take, connecting included.
        timeout_secs: u32 = 10; env "QUIZBOX_WEBHOOKS_TIMEOUT_SECS";
        /// Attempts per delivery, the first included; after the last one
        /// fails the delivery is marked failed.
        attempts: u32 = 8; env "QUIZBOX_WEBHOOKS_ATTEMPTS";
        /// Wait before the first retry; each later one waits twice as long
        /// as the one before, up to retry_max_ms.
        // 10 s, 20 s, 40 s, ... : 8 attempts span about 21 minutes.
        retry_first_ms: u64 = 10_000; env "QUIZBOX_WEBHOOKS_RETRY_FIRST_MS";
        /// Longest wait between two attempts.
        retry_max_ms: u64 = 3_600_000; env "QUIZBOX_WEBHOOKS_RETRY_MAX_MS";
        /// Deliveries attempted at once.
        concurrency: usize = 4; env "QUIZBOX_WEBHOOKS_CONCURRENCY";
        /// Game events waiting to be written to the outbox. Games never wait
        /// for it: past this many, events are dropped, counted and logged.
        queue: usize = 1024; env "QUIZBOX_WEBHOOKS_QUEUE";
        /// Days a delivered or failed delivery stays in the delivery log;
        /// 0 keeps them for ever.
        keep_days: u32 = 30; env "QUIZBOX_WEBHOOKS_KEEP_DAYS";
        /// PEM file of CA certificates trusted for https:// receivers beside
        /// the public CAs built in (for a receiver with a private CA).
        ca_file: Option<PathBuf> = None; env "QUIZBOX_WEBHOOKS_CA_FILE",
            example "/etc/quizbox/webhook-ca.pem";
    }
}

impl WebhookSettings {
    /// Refuses values that cannot work.
    pub fn check(&self) -> Result<(), String> {
        if self.attempts == 0 {
            return Err("webhooks.attempts must be at least 1".into());
        }
        if self.timeout_secs == 0 {
            return Err("webhooks.timeout_secs must be at least 1".into());
        }
        if self.concurrency == 0 {
            return Err("webhooks.concurrency must be at least 1".into());
        }
        if self.queue == 0 {
            return Err("webhooks.queue must be at least 1".into());
        }
        Ok(())
    }
}
