//! `WebhookStore` for Postgres: the `webhooks`, `webhook_events`,
//! `webhook_deliveries` and `webhook_attempts` tables (migration 0006).

use std::collections::HashMap;

use async_trait::async_trait;
use tokio_postgres::Row;

use super::{narrow, now_ms, PostgresStore};
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

fn webhook(row: &Row) -> Result<Webhook> {
    Ok(Webhook {
        id: row.try_get(0)?,
        url: row.try_get(1)?,
        events: events_list(row.try_get(2)?),
        secret: row.try_get(3)?,
        created_at: row.try_get(4)?,
    })
}

const WEBHOOK_COLUMNS: &str = "id, url, events, secret, created_at";

#[async_trait]
impl WebhookStore for PostgresStore {
    async fn add_webhook(&self, new: &NewWebhook) -> Result<Webhook> {
        let client = self.client().await?;
        let sql = format!(
            "INSERT INTO webhooks (url, events, secret, created_at) VALUES ($1, $2, $3, $4)
             RETURNING {WEBHOOK_COLUMNS}"
        );
        let row = client
            .query_one(
                &sql,
                &[
                    &new.url,
                    &events_column(&new.events),
                    &new.secret,
                    &now_ms(),
                ],
            )
            .await?;
        webhook(&row)
    }

    async fn webhooks(&self) -> Result<Vec<Webhook>> {
        let client = self.client().await?;
        let sql = format!("SELECT {WEBHOOK_COLUMNS} FROM webhooks ORDER BY id");
        client.query(&sql, &[]).await?.iter().map(webhook).collect()
    }

    async fn remove_webhook(&self, id: i64) -> Result<bool> {
        let client = self.client().await?;
        Ok(client
            .execute("DELETE FROM webhooks WHERE id = $1", &[&id])
            .await?
            == 1)
    }

    async fn queue_event(&self, event: &QueuedEvent) -> Result<usize> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let Some(inserted) = tx
            .query_opt(
                "INSERT INTO webhook_events (key, event, body, created_at) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (key) DO NOTHING RETURNING id",
                &[&event.key, &event.event, &event.body, &event.created_at],
            )
            .await?
        else {
            return Ok(0);
        };
        let event_id: i64 = inserted.try_get(0)?;
        let sql = format!("SELECT {WEBHOOK_COLUMNS} FROM webhooks");
        let mut wanting = Vec::new();
        for row in tx.query(&sql, &[]).await? {
            let hook = webhook(&row)?;
            if hook.wants(&event.event) {
                wanting.push(hook.id);
            }
        }
        tx.execute(
            "INSERT INTO webhook_deliveries
                 (webhook_id, event_id, state, attempts, next_at, created_at)
             SELECT w, $2, 'pending', 0, $3, $3 FROM unnest($1::BIGINT[]) AS w",
            &[&wanting, &event_id, &event.created_at],
        )
        .await?;
        tx.commit().await?;
        Ok(wanting.len())
    }

    async fn due_deliveries(&self, now: i64, limit: usize) -> Result<Vec<DueDelivery>> {
        let client = self.client().await?;
        let rows = client
            .query(
                "SELECT d.id, d.webhook_id, w.url, w.secret, e.event, e.body, d.attempts
                 FROM webhook_deliveries d
                 JOIN webhooks w ON w.id = d.webhook_id
                 JOIN webhook_events e ON e.id = d.event_id
                 WHERE d.state = 'pending' AND d.next_at <= $1
                 ORDER BY d.next_at, d.id LIMIT $2",
                &[&now, &(limit as i64)],
            )
            .await?;
        rows.iter()
            .map(|row| {
                Ok(DueDelivery {
                    id: row.try_get(0)?,
                    webhook_id: row.try_get(1)?,
                    url: row.try_get(2)?,
                    secret: row.try_get(3)?,
                    event: row.try_get(4)?,
                    body: row.try_get(5)?,
                    attempts: narrow(row.try_get(6)?, "attempts")?,
                })
            })
            .collect()
    }

    async fn next_delivery_at(&self) -> Result<Option<i64>> {
        let client = self.client().await?;
        Ok(client
            .query_one(
                "SELECT min(next_at) FROM webhook_deliveries WHERE state = 'pending'",
                &[],
            )
            .await?
            .try_get(0)?)
    }

    async fn record_attempt(
        &self,
        delivery: i64,
        attempt: &Attempt,
        after: AfterAttempt,
    ) -> Result<()> {
        let (state, next_at) = match after {
            AfterAttempt::Delivered => (DeliveryState::Delivered, None),
            AfterAttempt::RetryAt(at) => (DeliveryState::Pending, Some(at)),
            AfterAttempt::GiveUp => (DeliveryState::Failed, None),
        };
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        // A webhook removed meanwhile took its delivery with it.
        let updated = tx
            .execute(
                "UPDATE webhook_deliveries
                 SET state = $2, attempts = attempts + 1, next_at = coalesce($3, next_at)
                 WHERE id = $1",
                &[&delivery, &state.as_str(), &next_at],
            )
            .await?;
        if updated == 1 {
            tx.execute(
                "INSERT INTO webhook_attempts (delivery_id, at, status, error, duration_ms)
                 VALUES ($1, $2, $3, $4, $5)",
                &[
                    &delivery,
                    &attempt.at,
                    &attempt.status.map(i64::from),
                    &attempt.error,
                    &(attempt.duration_ms as i64),
                ],
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn deliveries(&self, limit: usize) -> Result<Vec<DeliveryRecord>> {
        let client = self.client().await?;
        let rows = client
            .query(
                "SELECT d.id, d.webhook_id, w.url, e.event, e.key, d.state, d.next_at, d.created_at
                 FROM webhook_deliveries d
                 JOIN webhooks w ON w.id = d.webhook_id
                 JOIN webhook_events e ON e.id = d.event_id
                 ORDER BY d.id DESC LIMIT $1",
                &[&(limit as i64)],
            )
            .await?;
        let mut records = Vec::with_capacity(rows.len());
        for row in &rows {
            let id: i64 = row.try_get(0)?;
            let state: &str = row.try_get(5)?;
            let state = DeliveryState::parse(state)
                .ok_or_else(|| StoreError::Corrupt(format!("delivery {id} in state {state:?}")))?;
            records.push(DeliveryRecord {
                id,
                webhook_id: row.try_get(1)?,
                url: row.try_get(2)?,
                event: row.try_get(3)?,
                event_id: row.try_get(4)?,
                state,
                next_at: (state == DeliveryState::Pending)
                    .then(|| row.try_get(6))
                    .transpose()?,
                created_at: row.try_get(7)?,
                attempts: Vec::new(),
            });
        }
        if records.is_empty() {
            return Ok(records);
        }
        let at: HashMap<i64, usize> = records.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
        let ids: Vec<i64> = records.iter().map(|r| r.id).collect();
        let rows = client
            .query(
                "SELECT delivery_id, at, status, error, duration_ms FROM webhook_attempts
                 WHERE delivery_id = ANY($1) ORDER BY id",
                &[&ids],
            )
            .await?;
        for row in rows {
            let Some(&index) = at.get(&row.try_get::<_, i64>(0)?) else {
                continue;
            };
            records[index].attempts.push(Attempt {
                at: row.try_get(1)?,
                status: row
                    .try_get::<_, Option<i64>>(2)?
                    .map(|s| narrow(s, "HTTP status"))
                    .transpose()?,
                error: row.try_get(3)?,
                duration_ms: narrow(row.try_get(4)?, "duration")?,
            });
        }
        Ok(records)
    }

    async fn prune_deliveries(&self, before: i64) -> Result<usize> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        // Their attempts go with them (ON DELETE CASCADE).
        let pruned = tx
            .execute(
                "DELETE FROM webhook_deliveries WHERE state <> 'pending' AND created_at < $1",
                &[&before],
            )
            .await?;
        tx.execute(
            "DELETE FROM webhook_events WHERE created_at < $1 AND NOT EXISTS
                 (SELECT 1 FROM webhook_deliveries d WHERE d.event_id = webhook_events.id)",
            &[&before],
        )
        .await?;
        tx.commit().await?;
        Ok(pruned as usize)
    }
}
