//! `WebhookStore` stories: webhooks added, listed and removed with their
//! deliveries; an event queued once per key, for the webhooks that want
//! it; due deliveries in order; attempts logged and the delivery moved on;
//! the outbox kept over a restart; old deliveries pruned.

use super::{migrated, now_ms, StoreBackend};
use crate::store::{AfterAttempt, Attempt, DeliveryState, NewWebhook, QueuedEvent};

fn event(key: &str, name: &str, at: i64) -> QueuedEvent {
    QueuedEvent {
        key: key.into(),
        event: name.into(),
        body: format!(r#"{{"id":"{key}","event":"{name}"}}"#),
        created_at: at,
    }
}

fn attempt(at: i64, status: Option<u16>, error: Option<&str>) -> Attempt {
    Attempt {
        at,
        status,
        error: error.map(str::to_string),
        duration_ms: 12,
    }
}

pub async fn webhooks_queue_events_once_and_log_every_attempt<B: StoreBackend>() {
    let Some(place) = B::place(false).await else {
        return;
    };
    let store = migrated(&place).await;
    assert_eq!(store.webhooks().await.unwrap(), vec![]);
    assert_eq!(store.next_delivery_at().await.unwrap(), None);

    let before = now_ms();
    let all = store
        .add_webhook(&NewWebhook {
            url: "https://hooks.example.org/all".into(),
            events: vec![],
            secret: "first secret".into(),
        })
        .await
        .unwrap();
    let finished = store
        .add_webhook(&NewWebhook {
            url: "http://127.0.0.1:9/finished?x=1".into(),
            events: vec!["game.finished".into(), "question.closed".into()],
            secret: "second".into(),
        })
        .await
        .unwrap();
    assert!(all.created_at >= before && all.created_at <= now_ms());
    assert_eq!(
        (all.url.as_str(), all.events.len(), all.secret.as_str()),
        ("https://hooks.example.org/all", 0, "first secret")
    );
    assert_eq!(finished.events, vec!["game.finished", "question.closed"]);
    assert_ne!(all.id, finished.id);
    assert_eq!(
        store.webhooks().await.unwrap(),
        vec![all.clone(), finished.clone()]
    );

    // game.created goes to the first only; game.finished to both; the same
    // key again is not queued twice.
    let t = 1_000_000;
    assert_eq!(
        store
            .queue_event(&event("g:created", "game.created", t))
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        store
            .queue_event(&event("g:finished", "game.finished", t + 5))
            .await
            .unwrap(),
        2
    );
    assert_eq!(
        store
            .queue_event(&event("g:finished", "game.finished", t + 9))
            .await
            .unwrap(),
        0
    );
    assert_eq!(store.next_delivery_at().await.unwrap(), Some(t));
    assert_eq!(store.due_deliveries(t - 1, 10).await.unwrap(), vec![]);
    let due = store.due_deliveries(t + 5, 10).await.unwrap();
    assert_eq!(due.len(), 3);
    assert_eq!(
        (due[0].webhook_id, due[0].event.as_str(), due[0].attempts),
        (all.id, "game.created", 0)
    );
    assert_eq!(due[0].url, all.url);
    assert_eq!(due[0].secret, "first secret");
    assert_eq!(due[0].body, r#"{"id":"g:created","event":"game.created"}"#);
    assert_eq!(due[1].event, "game.finished");
    assert_eq!(due[2].secret, "second");
    assert_eq!(store.due_deliveries(t + 5, 1).await.unwrap(), due[..1]);

    // A failure and its retry, a delivery, and one given up.
    store
        .record_attempt(
            due[0].id,
            &attempt(t + 10, Some(500), Some("HTTP 500")),
            AfterAttempt::RetryAt(t + 1_000),
        )
        .await
        .unwrap();
    store
        .record_attempt(
            due[1].id,
            &attempt(t + 11, Some(204), None),
            AfterAttempt::Delivered,
        )
        .await
        .unwrap();
    store
        .record_attempt(
            due[2].id,
            &attempt(t + 12, None, Some("refused")),
            AfterAttempt::GiveUp,
        )
        .await
        .unwrap();
    assert_eq!(store.due_deliveries(t + 999, 10).await.unwrap(), vec![]);
    assert_eq!(store.next_delivery_at().await.unwrap(), Some(t + 1_000));
    let again = store.due_deliveries(t + 1_000, 10).await.unwrap();
    assert_eq!(again.len(), 1);
    assert_eq!((again[0].id, again[0].attempts), (due[0].id, 1));
    store
        .record_attempt(
            due[0].id,
            &attempt(t + 1_001, Some(200), None),
            AfterAttempt::Delivered,
        )
        .await
        .unwrap();
    assert_eq!(store.next_delivery_at().await.unwrap(), None);

    let log = store.deliveries(10).await.unwrap();
    assert_eq!(log.len(), 3);
    assert_eq!(
        log.iter().map(|d| d.id).collect::<Vec<_>>(),
        vec![due[2].id, due[1].id, due[0].id]
    );
    let first = &log[2];
    assert_eq!(
        (
            first.state,
            first.next_at,
            first.event.as_str(),
            first.event_id.as_str()
        ),
        (DeliveryState::Delivered, None, "game.created", "g:created")
    );
    assert_eq!(
        (first.url.as_str(), first.webhook_id, first.created_at),
        (all.url.as_str(), all.id, t)
    );
    assert_eq!(
        first.attempts,
        vec![
            attempt(t + 10, Some(500), Some("HTTP 500")),
            attempt(t + 1_001, Some(200), None)
        ]
    );
    assert_eq!(log[1].state, DeliveryState::Delivered);
    assert_eq!(log[0].state, DeliveryState::Failed);
    assert_eq!(
        log[0].attempts,
        vec![attempt(t + 12, None, Some("refused"))]
    );
    assert_eq!(store.deliveries(1).await.unwrap(), log[..1]);

    // Queued and not yet delivered: kept over a restart.
    store
        .queue_event(&event("h:created", "game.created", t + 20))
        .await
        .unwrap();
    drop(store);
    let store = place.open().await;
    let due = store.due_deliveries(t + 20, 10).await.unwrap();
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].event, "game.created");
    assert_eq!(store.deliveries(10).await.unwrap().len(), 4);

    // Removing a webhook takes its deliveries along; an attempt logged for
    // one of them afterwards changes nothing.
    assert!(store.remove_webhook(all.id).await.unwrap());
    assert!(!store.remove_webhook(all.id).await.unwrap());
    assert_eq!(store.webhooks().await.unwrap(), vec![finished.clone()]);
    store
        .record_attempt(
            due[0].id,
            &attempt(t + 30, Some(200), None),
            AfterAttempt::Delivered,
        )
        .await
        .unwrap();
    let log = store.deliveries(10).await.unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(
        (log[0].webhook_id, log[0].event_id.as_str()),
        (finished.id, "g:finished")
    );
    assert_eq!(store.next_delivery_at().await.unwrap(), None);

    // Pruning forgets deliveries done before the time given, with their
    // attempts, and the events no delivery needs; pending ones stay.
    let pending = event("late:finished", "game.finished", t + 40);
    assert_eq!(store.queue_event(&pending).await.unwrap(), 1);
    assert_eq!(store.prune_deliveries(t + 100).await.unwrap(), 1);
    let log = store.deliveries(10).await.unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(
        (log[0].event_id.as_str(), log[0].state),
        ("late:finished", DeliveryState::Pending)
    );
    assert_eq!(store.queue_event(&pending).await.unwrap(), 0);
    // The pruned event's key is free again.
    assert_eq!(
        store
            .queue_event(&event("g:finished", "game.finished", t + 50))
            .await
            .unwrap(),
        1
    );
    assert_eq!(store.prune_deliveries(t + 100).await.unwrap(), 0);
}
