//! Webhooks: game events as HMAC-SHA256-signed JSON POSTs to the URLs an
//! admin added. Each event is written to the outbox in the database
//! (`WebhookStore`) with a delivery per webhook that wants it, then a task
//! of the server (`deliver`) POSTs it (`send`, over HTTP or HTTPS), retrying
//! with exponential backoff up to `webhooks.attempts`, and logs every
//! attempt. Queued deliveries survive a restart.
//!
//! It must not hold up a game: it sees events after the fact, from the
//! notification queue, and retries happen in its own task.

mod deliver;
mod send;

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use hmac::{KeyInit, Mac};
use rand::Rng;
use sha2::Sha256;
use tokio::sync::Notify;

use super::{EventKind, GameEvent, Subscriber};
use crate::config::WebhookSettings;
use crate::store::{QueuedEvent, Store};

pub use deliver::Deliverer;
pub use send::{Receiver, Sender};

/// The header carrying the body's signature: `sha256=<hex>`.
pub const SIGNATURE_HEADER: &str = "X-Quizbox-Signature";
/// The header naming the event (`game.finished`, ...).
pub const EVENT_HEADER: &str = "X-Quizbox-Event";
/// The header carrying the delivery's id: the same on every retry.
pub const DELIVERY_HEADER: &str = "X-Quizbox-Delivery";
/// The header carrying the attempt's time, Unix seconds.
pub const TIMESTAMP_HEADER: &str = "X-Quizbox-Timestamp";

/// Bytes of randomness in a generated secret (written as hex).
const SECRET_BYTES: usize = 32;

#[derive(Debug, thiserror::Error)]
pub enum WebhookError {
    #[error("invalid webhook URL {url:?}: {why}")]
    BadUrl { url: String, why: String },
    #[error(
        "unknown event {0:?} (known: game.created, game.started, question.closed, game.finished)"
    )]
    UnknownEvent(String),
    #[error("a webhook secret must not be empty")]
    EmptySecret,
    #[error("cannot read webhooks.ca_file {path}: {why}")]
    CaFile { path: String, why: String },
}

/// `sha256=` and the lower-case hex HMAC-SHA256 of `body` under `secret`:
/// the value of `X-Quizbox-Signature`.
pub fn sign(secret: &str, body: &[u8]) -> String {
    let mut mac =
        <hmac::Hmac<Sha256> as KeyInit>::new_from_slice(secret.as_bytes()).expect("any key size");
    mac.update(body);
    let digest = mac.finalize().into_bytes();
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256={hex}")
}

/// A new random secret, hex.
pub fn new_secret() -> String {
    let mut rng = rand::rng();
    (0..SECRET_BYTES)
        .map(|_| format!("{:02x}", rng.random::<u8>()))
        .collect()
}

/// Checks a URL a webhook would be sent to: http:// or https://, a host.
pub fn check_url(url: &str) -> Result<(), WebhookError> {
    send::Receiver::parse(url).map(|_| ())
}

/// The event names in a comma-separated list, checked; empty for every event.
pub fn parse_events(list: &str) -> Result<Vec<String>, WebhookError> {
    let mut names = Vec::new();
    for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        if name == "*" {
            return Ok(Vec::new());
        }
        let kind = EventKind::parse(name).ok_or_else(|| WebhookError::UnknownEvent(name.into()))?;
        if !names.iter().any(|n| n == kind.name()) {
            names.push(kind.name().to_string());
        }
    }
    Ok(names)
}

/// The wait before retry `n` (1 for the first): `first`, doubled each time,
/// at most `max`.
pub fn backoff(n: u32, first: Duration, max: Duration) -> Duration {
    let factor = 2u32.saturating_pow(n.saturating_sub(1));
    first.saturating_mul(factor).min(max)
}

/// The subscriber that writes each event to the outbox and wakes the
/// deliverer.
pub struct Outbox {
    store: Arc<dyn Store>,
    wake: Arc<Notify>,
}

impl Outbox {
    pub fn new(store: Arc<dyn Store>, wake: Arc<Notify>) -> Outbox {
        Outbox { store, wake }
    }
}

#[async_trait]
impl Subscriber for Outbox {
    async fn event(&self, event: &GameEvent) {
        let body = match serde_json::to_string(event) {
            Ok(body) => body,
            Err(e) => {
                tracing::error!(
                    event = event.event.name(),
                    "cannot encode a game event: {e}"
                );
                return;
            }
        };
        let queued = QueuedEvent {
            key: event.id.clone(),
            event: event.event.name().to_string(),
            body,
            created_at: event.at as i64,
        };
        match self.store.queue_event(&queued).await {
            Ok(0) => {}
            Ok(deliveries) => {
                tracing::debug!(event = %queued.key, deliveries, "game event queued for webhooks");
                self.wake.notify_one();
            }
            Err(e) => tracing::error!(
                event = %queued.key,
                "game event not queued for webhooks: the database cannot write it: {e}"
            ),
        }
    }
}

/// Webhooks as the server runs them: the outbox subscriber and the task
/// that delivers, sharing a wake-up.
pub struct Webhooks {
    pub outbox: Arc<Outbox>,
    pub deliverer: Deliverer,
}

impl Webhooks {
    /// Attempts are counted in `counts`.
    pub fn new(
        store: Arc<dyn Store>,
        settings: &WebhookSettings,
        counts: Arc<super::Counts>,
    ) -> Result<Webhooks, WebhookError> {
        let wake = Arc::new(Notify::new());
        let sender = Sender::new(settings)?;
        Ok(Webhooks {
            outbox: Arc::new(Outbox::new(Arc::clone(&store), Arc::clone(&wake))),
            deliverer: Deliverer::new(store, sender, settings, wake, counts),
        })
    }
}

#[cfg(test)]
mod tests;
