//! The delivery task: takes the outbox's due deliveries, POSTs each (a few
//! at a time), logs the attempt and decides what follows: delivered on a
//! 2xx answer; otherwise retried after an exponential backoff, or failed
//! once `webhooks.attempts` are spent. It sleeps until the next delivery is
//! due or a new event wakes it. A delivery under way when the server stops
//! is attempted again after the restart.

use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use tokio::sync::Notify;

use super::{backoff, sign, Sender};
use super::{DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER};
use crate::config::WebhookSettings;
use crate::notify::Counts;
use crate::store::{AfterAttempt, Attempt, DueDelivery, Store};

/// Deliveries taken from the outbox at a time.
const BATCH: usize = 64;
/// Longest sleep with nothing due: the outbox is looked at again anyway
/// (another process, `quizbox webhook add`, cannot wake this one).
const IDLE: Duration = Duration::from_secs(30);
/// Wait after the database failed to answer.
const STORE_RETRY: Duration = Duration::from_secs(5);
/// How often the delivery log is pruned of deliveries older than
/// `webhooks.keep_days`.
const PRUNE_EVERY: Duration = Duration::from_secs(3600);
const DAY_MS: i64 = 24 * 3600 * 1000;

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

pub struct Deliverer {
    store: Arc<dyn Store>,
    sender: Sender,
    wake: Arc<Notify>,
    attempts: u32,
    retry_first: Duration,
    retry_max: Duration,
    concurrency: usize,
    /// How long the log keeps finished deliveries; `None`: for ever.
    keep_ms: Option<i64>,
    counts: Arc<Counts>,
}

impl Deliverer {
    pub fn new(
        store: Arc<dyn Store>,
        sender: Sender,
        settings: &WebhookSettings,
        wake: Arc<Notify>,
        counts: Arc<Counts>,
    ) -> Deliverer {
        Deliverer {
            store,
            sender,
            wake,
            attempts: settings.attempts.max(1),
            retry_first: Duration::from_millis(settings.retry_first_ms),
            retry_max: Duration::from_millis(settings.retry_max_ms),
            concurrency: settings.concurrency.max(1),
            keep_ms: (settings.keep_days > 0).then(|| i64::from(settings.keep_days) * DAY_MS),
            counts,
        }
    }

    /// Delivers until the task is aborted.
    pub async fn run(self) {
        let mut pruned_at: Option<Instant> = None;
        loop {
            if pruned_at.is_none_or(|at| at.elapsed() >= PRUNE_EVERY) {
                self.prune().await;
                pruned_at = Some(Instant::now());
            }
            let due = match self.store.due_deliveries(now_ms(), BATCH).await {
                Ok(due) => due,
                Err(e) => {
                    tracing::error!("webhook deliveries cannot be read: {e}");
                    tokio::time::sleep(STORE_RETRY).await;
                    continue;
                }
            };
            let full = due.len() == BATCH;
            futures_util::stream::iter(due)
                .for_each_concurrent(self.concurrency, |d| self.attempt(d))
                .await;
            if full {
                continue;
            }
            let next = match self.store.next_delivery_at().await {
                Ok(next) => next,
                Err(e) => {
                    tracing::error!("webhook deliveries cannot be read: {e}");
                    Some(now_ms() + STORE_RETRY.as_millis() as i64)
                }
            };
            let sleep = next.map_or(IDLE, |at| {
                Duration::from_millis(at.saturating_sub(now_ms()).max(0) as u64).min(IDLE)
            });
            if sleep.is_zero() {
                continue;
            }
            tokio::select! {
                _ = tokio::time::sleep(sleep) => {}
                _ = self.wake.notified() => {}
            }
        }
    }

    /// Forgets finished deliveries older than `webhooks.keep_days`.
    async fn prune(&self) {
        let Some(keep) = self.keep_ms else {
            return;
        };
        match self.store.prune_deliveries(now_ms() - keep).await {
            Ok(0) => {}
            Ok(pruned) => tracing::info!(pruned, "old webhook deliveries removed from the log"),
            Err(e) => tracing::warn!("old webhook deliveries cannot be removed: {e}"),
        }
    }

    /// One attempt at one delivery, logged.
    async fn attempt(&self, d: DueDelivery) {
        let at = now_ms();
        let headers = [
            (SIGNATURE_HEADER, sign(&d.secret, d.body.as_bytes())),
            (EVENT_HEADER, d.event.clone()),
            (DELIVERY_HEADER, d.id.to_string()),
            (TIMESTAMP_HEADER, (at / 1000).to_string()),
        ];
        let started = Instant::now();
        let answer = self.sender.post(&d.url, &headers, d.body).await;
        let duration_ms = started.elapsed().as_millis() as u64;
        let (status, error) = match &answer {
            Ok(reply) if (200..300).contains(&reply.status) => (Some(reply.status), None),
            Ok(reply) => (
                Some(reply.status),
                Some(format!("the receiver answered HTTP {}", reply.status)),
            ),
            Err(why) => (None, Some(why.clone())),
        };
        let made = d.attempts + 1;
        Counts::add(match error {
            None => &self.counts.delivered,
            Some(_) => &self.counts.attempts_failed,
        });
        let after = if error.is_none() {
            AfterAttempt::Delivered
        } else if made >= self.attempts {
            AfterAttempt::GiveUp
        } else {
            let wait = backoff(made, self.retry_first, self.retry_max);
            AfterAttempt::RetryAt(now_ms() + wait.as_millis() as i64)
        };
        match (&after, &error) {
            (AfterAttempt::Delivered, _) => tracing::debug!(
                delivery = d.id, webhook = d.webhook_id, event = %d.event, duration_ms,
                "webhook delivered"
            ),
            (AfterAttempt::RetryAt(when), Some(why)) => tracing::info!(
                delivery = d.id, webhook = d.webhook_id, event = %d.event, attempt = made,
                retry_in_ms = when - now_ms(), "webhook not delivered, will retry: {why}"
            ),
            (_, why) => {
                Counts::add(&self.counts.given_up);
                tracing::warn!(
                delivery = d.id, webhook = d.webhook_id, event = %d.event, attempts = made,
                "webhook delivery failed for good: {}", why.as_deref().unwrap_or("")
                )
            }
        }
        let attempt = Attempt {
            at,
            status,
            error,
            duration_ms,
        };
        if let Err(e) = self.store.record_attempt(d.id, &attempt, after).await {
            // Left pending as it was: it is attempted again.
            tracing::error!(delivery = d.id, "a webhook attempt cannot be logged: {e}");
            tokio::time::sleep(STORE_RETRY).await;
        }
    }
}
