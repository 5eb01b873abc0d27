//! Webhooks in the relational store: the URLs an admin added with their
//! shared secrets, and the durable outbox of game events (each queued once,
//! one delivery per webhook that wants it) with every attempt to deliver
//! it. The outbox survives a restart; what to send, when, and how is
//! `crate::notify::webhooks`' business, not this trait's.

use async_trait::async_trait;
use serde::Serialize;

use super::Result;

/// A webhook as stored. The secret is never serialized: it is shown once,
/// when it is made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Webhook {
    pub id: i64,
    pub url: String,
    /// The event names it wants; empty means every event.
    pub events: Vec<String>,
    #[serde(skip)]
    pub secret: String,
    /// Unix ms.
    pub created_at: i64,
}

impl Webhook {
    /// Whether it wants events called `event`.
    pub fn wants(&self, event: &str) -> bool {
        self.events.is_empty() || self.events.iter().any(|e| e == event)
    }
}

/// A webhook to add.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewWebhook {
    pub url: String,
    /// Empty: every event.
    pub events: Vec<String>,
    pub secret: String,
}

/// A game event to queue for every webhook that wants it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueuedEvent {
    /// Names the happening (game, event, question), so the same one raised
    /// twice (after a restart) is queued once.
    pub key: String,
    pub event: String,
    /// The JSON body, exactly as it is signed and sent.
    pub body: String,
    /// Unix ms.
    pub created_at: i64,
}

/// A delivery whose next attempt is due, with what it takes to make it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueDelivery {
    pub id: i64,
    pub webhook_id: i64,
    pub url: String,
    pub secret: String,
    pub event: String,
    pub body: String,
    /// Attempts made so far.
    pub attempts: u32,
}

/// One attempt to deliver, as logged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attempt {
    /// Unix ms when it started.
    pub at: i64,
    /// The receiver's HTTP status; `None` when there was no answer.
    pub status: Option<u16>,
    /// Why it failed: no answer (connection, TLS, time out) or a status
    /// other than 2xx. `None` when delivered.
    pub error: Option<String>,
    pub duration_ms: u64,
}

/// What becomes of a delivery after an attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterAttempt {
    Delivered,
    /// Try again at this Unix ms.
    RetryAt(i64),
    /// Out of attempts: no more are made.
    GiveUp,
}

/// Where a delivery stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DeliveryState {
    Pending,
    Delivered,
    Failed,
}

impl DeliveryState {
    pub fn as_str(self) -> &'static str {
        match self {
            DeliveryState::Pending => "pending",
            DeliveryState::Delivered => "delivered",
            DeliveryState::Failed => "failed",
        }
    }

    pub fn parse(text: &str) -> Option<DeliveryState> {
        match text {
            "pending" => Some(DeliveryState::Pending),
            "delivered" => Some(DeliveryState::Delivered),
            "failed" => Some(DeliveryState::Failed),
            _ => None,
        }
    }
}

/// A delivery as the delivery log shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeliveryRecord {
    pub id: i64,
    pub webhook_id: i64,
    pub url: String,
    pub event: String,
    /// The event's key (also the body's `id`).
    pub event_id: String,
    pub state: DeliveryState,
    /// When the next attempt is due (Unix ms), while pending.
    pub next_at: Option<i64>,
    /// Unix ms when it was queued.
    pub created_at: i64,
    /// Oldest first.
    pub attempts: Vec<Attempt>,
}

#[async_trait]
pub trait WebhookStore: Send + Sync {
    async fn add_webhook(&self, new: &NewWebhook) -> Result<Webhook>;
    /// Every webhook, oldest first.
    async fn webhooks(&self) -> Result<Vec<Webhook>>;
    /// Removes a webhook with its deliveries; false if there was none.
    async fn remove_webhook(&self, id: i64) -> Result<bool>;
    /// Stores the event and a pending delivery, due at once, for each
    /// webhook that wants it, in one transaction. An event whose key is
    /// stored already is not queued again. Returns the deliveries made.
    async fn queue_event(&self, event: &QueuedEvent) -> Result<usize>;
    /// Up to `limit` pending deliveries due at `now` (Unix ms), longest
    /// due first.
    async fn due_deliveries(&self, now: i64, limit: usize) -> Result<Vec<DueDelivery>>;
    /// When the next pending delivery is due (Unix ms), if any is pending.
    async fn next_delivery_at(&self) -> Result<Option<i64>>;
    /// Logs an attempt and moves the delivery on as `after` says.
    async fn record_attempt(
        &self,
        delivery: i64,
        attempt: &Attempt,
        after: AfterAttempt,
    ) -> Result<()>;
    /// The latest `limit` deliveries, newest first, each with its attempts.
    async fn deliveries(&self, limit: usize) -> Result<Vec<DeliveryRecord>>;
    /// Forgets deliveries no longer pending that were queued before
    /// `before` (Unix ms), with their attempts, and the events queued
    /// before it that no delivery needs any more. Returns the deliveries
    /// forgotten.
    async fn prune_deliveries(&self, before: i64) -> Result<usize>;
}
