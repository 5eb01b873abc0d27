//! `WebhookStore` for SQLite: the `webhooks`, `webhook_events`,
//! `webhook_deliveries` and `webhook_attempts` tables (migration 0006).

use std::collections::HashMap;

use async_trait::async_trait;
use rusqlite::{params, OptionalExtension, Row};

use super::{now_ms, SqliteStore};
use crate::store::webhooks::{
    AfterAttempt, Attempt, DeliveryRecord, DeliveryState, DueDelivery, NewWebhook, QueuedEvent,
    Webhook, WebhookStore,
};
use crate::store::{Result, StoreError};

/// Every event is kept as '*', a list as its names joined by commas.
fn events_column(events: &[String]) -> String {
    if events.is_empty() {
        "*".into()
    } else {
        events.join(",")
    }
}

fn events_list(column: &str) -> Vec<String> {
    if column == "*" {
        return Vec::new();
    }
    column.split(',').map(str::to_string).collect()
}

fn webhook(row: &Row<'_>) -> rusqlite::Result<Webhook> {
    Ok(Webhook {
        id: row.get(0)?,
        url: row.get(1)?,
        events: events_list(&row.get::<_, String>(2)?),
        secret: row.get(3)?,
        created_at: row.get(4)?,
    })
}

const WEBHOOK_COLUMNS: &str = "id, url, events, secret, created_at";

#[async_trait]
impl WebhookStore for SqliteStore {
    async fn add_webhook(&self, new: &NewWebhook) -> Result<Webhook> {
        let new = new.clone();
        self.with_conn(move |conn| {
            conn.execute(
                "INSERT INTO webhooks (url, events, secret, created_at) VALUES (?1, ?2, ?3, ?4)",
                params![new.url, events_column(&new.events), new.secret, now_ms()],
            )?;
            let id = conn.last_insert_rowid();
            Ok(conn.query_row(
                &format!("SELECT {WEBHOOK_COLUMNS} FROM webhooks WHERE id = ?1"),
                params![id],
                webhook,
            )?)
        })
        .await
    }

    async fn webhooks(&self) -> Result<Vec<Webhook>> {
        self.with_conn(|conn| {
            let mut stmt = conn.prepare(&format!(
                "SELECT {WEBHOOK_COLUMNS} FROM webhooks ORDER BY id"
            ))?;
            let rows = stmt.query_map([], webhook)?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
        .await
    }

    async fn remove_webhook(&self, id: i64) -> Result<bool> {
        self.with_conn(move |conn| {
            Ok(conn.execute("DELETE FROM webhooks WHERE id = ?1", params![id])? == 1)
        })
        .await
    }

    async fn queue_event(&self, event: &QueuedEvent) -> Result<usize> {
        let event = event.clone();
        self.with_conn(move |conn| {
            let tx = conn.transaction()?;
            let inserted = tx.execute(
                "INSERT INTO webhook_events (key, event, body, created_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (key) DO NOTHING",
                params![event.key, event.event, event.body, event.created_at],
            )?;
            if inserted == 0 {
                return Ok(0);
            }
            let event_id = tx.last_insert_rowid();
            let wanting: Vec<i64> = {
                let mut stmt = tx.prepare(&format!("SELECT {WEBHOOK_COLUMNS} FROM webhooks"))?;
                let rows = stmt.query_map([], webhook)?;
                rows.filter_map(|w| match w {
                    Ok(w) if w.wants(&event.event) => Some(Ok(w.id)),
                    Ok(_) => None,
                    Err(e) => Some(Err(e)),
                })
                .collect::<rusqlite::Result<_>>()?
            };
            for webhook_id in &wanting {
                tx.execute(
                    "INSERT INTO webhook_deliveries
                         (webhook_id, event_id, state, attempts, next_at, created_at)
                     VALUES (?1, ?2, 'pending', 0, ?3, ?3)",
                    params![webhook_id, event_id, event.created_at],
                )?;
            }
            tx.commit()?;
            Ok(wanting.len())
        })
        .await
    }

    async fn due_deliveries(&self, now: i64, limit: usize) -> Result<Vec<DueDelivery>> {
        self.with_conn(move |conn| {
            let mut stmt = conn.prepare(
                "SELECT d.id, d.webhook_id, w.url, w.secret, e.event, e.body, d.attempts
                 FROM webhook_deliveries d
                 JOIN webhooks w ON w.id = d.webhook_id
                 JOIN webhook_events e ON e.id = d.event_id
                 WHERE d.state = 'pending' AND d.next_at <= ?1
                 ORDER BY d.next_at, d.id LIMIT ?2",
            )?;
            let rows = stmt.query_map(params![now, limit as i64], |row| {
                Ok(DueDelivery {
                    id: row.get(0)?,
                    webhook_id: row.get(1)?,
                    url: row.get(2)?,
                    secret: row.get(3)?,
                    event: row.get(4)?,
                    body: row.get(5)?,
                    attempts: row.get(6)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
        .await
    }

    async fn next_delivery_at(&self) -> Result<Option<i64>> {
        self.with_conn(|conn| {
            Ok(conn
                .query_row(
                    "SELECT min(next_at) FROM webhook_deliveries WHERE state = 'pending'",
                    [],
                    |row| row.get::<_, Option<i64>>(0),
                )
                .optional()?
                .flatten())
        })
        .await
    }

    async fn record_attempt(
        &self,
        delivery: i64,
        attempt: &Attempt,
        after: AfterAttempt,
    ) -> Result<()> {
        let attempt = attempt.clone();
        self.with_conn(move |conn| {
            let tx = conn.transaction()?;
            let (state, next_at) = match after {
                AfterAttempt::Delivered => (DeliveryState::Delivered, None),
                AfterAttempt::RetryAt(at) => (DeliveryState::Pending, Some(at)),
                AfterAttempt::GiveUp => (DeliveryState::Failed, None),
            };
            // A webhook removed meanwhile took its delivery with it.
            let updated = tx.execute(
                "UPDATE webhook_deliveries
                 SET state = ?2, attempts = attempts + 1, next_at = coalesce(?3, next_at)
                 WHERE id = ?1",
                params![delivery, state.as_str(), next_at],
            )?;
            if updated == 1 {
                tx.execute(
                    "INSERT INTO webhook_attempts (delivery_id, at, status, error, duration_ms)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![
                        delivery,
                        attempt.at,
                        attempt.status,
                        attempt.error,
                        attempt.duration_ms as i64
                    ],
                )?;
            }
            tx.commit()?;
            Ok(())
        })
        .await
    }

    async fn deliveries(&self, limit: usize) -> Result<Vec<DeliveryRecord>> {
        self.with_conn(move |conn| {
            let mut stmt = conn.prepare(
                "SELECT d.id, d.webhook_id, w.url, e.event, e.key, d.state, d.next_at, d.created_at
                 FROM webhook_deliveries d
                 JOIN webhooks w ON w.id = d.webhook_id
                 JOIN webhook_events e ON e.id = d.event_id
                 ORDER BY d.id DESC LIMIT ?1",
            )?;
            let rows = stmt.query_map(params![limit as i64], |row| {
                Ok((
                    DeliveryRecord {
                        id: row.get(0)?,
                        webhook_id: row.get(1)?,
                        url: row.get(2)?,
                        event: row.get(3)?,
                        event_id: row.get(4)?,
                        state: DeliveryState::Pending,
                        next_at: Some(row.get(6)?),
                        created_at: row.get(7)?,
                        attempts: Vec::new(),
                    },
                    row.get::<_, String>(5)?,
                ))
            })?;
            let mut records = Vec::new();
            for row in rows {
                let (mut record, state) = row?;
                record.state = DeliveryState::parse(&state).ok_or_else(|| {
                    StoreError::Corrupt(format!("delivery {} in state {state:?}", record.id))
                })?;
                if record.state != DeliveryState::Pending {
                    record.next_at = None;
                }
                records.push(record);
            }
            let Some(oldest) = records.last().map(|r| r.id) else {
                return Ok(records);
            };
            let at: HashMap<i64, usize> =
                records.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
            let mut stmt = conn.prepare(
                "SELECT delivery_id, at, status, error, duration_ms FROM webhook_attempts
                 WHERE delivery_id >= ?1 ORDER BY id",
            )?;
            let mut rows = stmt.query(params![oldest])?;
            while let Some(row) = rows.next()? {
                let Some(&index) = at.get(&row.get::<_, i64>(0)?) else {
                    continue;
                };
                records[index].attempts.push(Attempt {
                    at: row.get(1)?,
                    status: row.get(2)?,
                    error: row.get(3)?,
                    duration_ms: row.get::<_, i64>(4)? as u64,
                });
            }
            Ok(records)
        })
        .await
    }

    async fn prune_deliveries(&self, before: i64) -> Result<usize> {
        self.with_conn(move |conn| {
            let tx = conn.transaction()?;
            // Their attempts go with them (ON DELETE CASCADE).
            let pruned = tx.execute(
                "DELETE FROM webhook_deliveries WHERE state <> 'pending' AND created_at < ?1",
                params![before],
            )?;
            tx.execute(
                "DELETE FROM webhook_events WHERE created_at < ?1 AND NOT EXISTS
                     (SELECT 1 FROM webhook_deliveries d WHERE d.event_id = webhook_events.id)",
                params![before],
            )?;
            tx.commit()?;
            Ok(pruned)
        })
        .await
    }
}
