//! Telling the outside world what games do. The game actors raise
//! lifecycle events (`event`) through `Events`, a non-blocking send into a
//! bounded queue: a game never waits for it, and when the queue is full the
//! event is dropped, counted and logged. One task reads the queue and hands
//! each event to every `Subscriber`: webhooks (`webhooks`). Mail (`mail`)
//! has a durable queue of its own in the store; the report mail is handed
//! over where a game's results are saved (`server::actor::results`).
//! A new subscriber is one more entry in the list `server::prepare` gives
//! `EventQueue::new`; it picks the events it wants by `GameEvent::event`.
//!
//! It must not reach into games: subscribers see events, never a `Game`.

pub mod event;
pub mod mail;
pub mod webhooks;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use tokio::sync::{mpsc, oneshot};

pub use event::{EventKind, GameEvent};

/// How long shutdown waits for the events already raised to reach their
/// subscribers.
const DRAIN: Duration = Duration::from_secs(1);

/// What notifying has done since start, for `/metrics`.
#[derive(Debug, Default)]
pub struct Counts {
    /// Events dropped because the queue was full.
    pub dropped: AtomicU64,
    /// Webhook attempts answered with 2xx.
    pub delivered: AtomicU64,
    /// Webhook attempts that failed (retried or not).
    pub attempts_failed: AtomicU64,
    /// Webhook deliveries given up after their last attempt.
    pub given_up: AtomicU64,
}

impl Counts {
    pub fn get(counter: &AtomicU64) -> u64 {
        counter.load(Ordering::Relaxed)
    }

    pub fn add(counter: &AtomicU64) {
        counter.fetch_add(1, Ordering::Relaxed);
    }
}

/// Where game actors raise events: cheap to clone, never waits.
#[derive(Clone, Default)]
pub struct Events {
    tx: Option<mpsc::Sender<GameEvent>>,
    counts: Arc<Counts>,
}

impl Events {
    /// A queue of `capacity` events and its reading end; drops are
    /// counted in `counts`.
    pub fn channel(capacity: usize, counts: Arc<Counts>) -> (Events, mpsc::Receiver<GameEvent>) {
        let (tx, rx) = mpsc::channel(capacity.max(1));
        let events = Events {
            tx: Some(tx),
            counts,
        };
        (events, rx)
    }

    /// Hands the event on if there is room; drops it (counted, logged)
    /// otherwise. A game's pace is never the subscribers'.
    pub fn raise(&self, event: GameEvent) {
        let Some(tx) = &self.tx else {
            return;
        };
        match tx.try_send(event) {
            Ok(()) => {}
            Err(mpsc::error::TrySendError::Full(event)) => {
                let dropped = self.counts.dropped.fetch_add(1, Ordering::Relaxed) + 1;
                tracing::warn!(
                    event = event.event.name(),
                    game = %event.game.id,
                    dropped,
                    "game event dropped: the notification queue is full (webhooks.queue)"
                );
            }
            Err(mpsc::error::TrySendError::Closed(event)) => {
                tracing::debug!(
                    event = event.event.name(),
                    "game event raised after shutdown"
                );
            }
        }
    }

    /// Events dropped because the queue was full, since start.
    pub fn dropped(&self) -> u64 {
        Counts::get(&self.counts.dropped)
    }
}

/// Something told of every game event, one at a time, in the order raised.
#[async_trait]
pub trait Subscriber: Send + Sync {
    /// Takes the event. Slow work belongs in a task of its own: the next
    /// event waits for this call.
    async fn event(&self, event: &GameEvent);
}

/// The queue's reading end and its subscribers, until `start`.
pub struct EventQueue {
    events: Events,
    waiting: Mutex<Option<mpsc::Receiver<GameEvent>>>,
    subscribers: Vec<Arc<dyn Subscriber>>,
}

impl EventQueue {
    /// A queue of `capacity` events for `subscribers`. Events raised before
    /// `start` wait in the queue.
    pub fn new(
        capacity: usize,
        counts: Arc<Counts>,
        subscribers: Vec<Arc<dyn Subscriber>>,
    ) -> EventQueue {
        let (events, rx) = Events::channel(capacity, counts);
        EventQueue {
            events,
            waiting: Mutex::new(Some(rx)),
            subscribers,
        }
    }

    pub fn events(&self) -> Events {
        self.events.clone()
    }

    /// Starts handing events to the subscribers; `None` if started already.
    pub fn start(&self) -> Option<Fanout> {
        let mut rx = self.waiting.lock().expect("event queue lock").take()?;
        let subscribers = self.subscribers.clone();
        let (stop, mut stopping) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            loop {
                tokio::select! {
                    event = rx.recv() => match event {
                        Some(event) => {
                            for s in &subscribers {
                                s.event(&event).await;
                            }
                        }
                        None => return,
                    },
                    _ = &mut stopping => break,
                }
            }
            // What was raised before the stop still goes out.
            while let Ok(event) = rx.try_recv() {
                for s in &subscribers {
                    s.event(&event).await;
                }
            }
        });
        Some(Fanout { stop, task })
    }
}

/// The running task that hands events to subscribers.
pub struct Fanout {
    stop: oneshot::Sender<()>,
    task: tokio::task::JoinHandle<()>,
}

impl Fanout {
    /// Hands on what is queued (for a moment at most), then stops.
    pub async fn stop(self) {
        let _ = self.stop.send(());
        let mut task = self.task;
        if tokio::time::timeout(DRAIN, &mut task).await.is_err() {
            tracing::warn!("game events still queued at shutdown were not handed on");
            task.abort();
        }
    }
}

#[cfg(test)]
mod tests;
