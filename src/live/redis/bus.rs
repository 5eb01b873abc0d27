//! Redis pub/sub between the nodes of one deployment: how a node that does
//! not run a game passes its clients' messages to the node that does, and
//! gets the game's output back (see `server::relay` for what goes over it).
//! It owns two connections of its own, both opened on first use: one
//! publishing, in the order messages were given to it, and one subscribed
//! to the channels this node listens on. It must not interpret a message.
//!
//! Pub/sub delivers at most once: a message published while a node is not
//! subscribed, or while its connection is down, is lost. So after the
//! subscribed connection drops and comes back, every listener is sent
//! `RECONNECTED`, and the relay asks again for what it may have missed.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use futures_util::StreamExt;
use redis::aio::{ConnectionManager, PubSubSink, PubSubStream};
use tokio::sync::mpsc;

use crate::live::{LiveError, Result};

/// What a listener is sent once the subscribed connection has dropped and
/// come back: messages may have been lost meanwhile. No message of the
/// relay starts with this byte.
pub const RECONNECTED: &[u8] = b"!";

/// Messages published with one round trip, at most.
const PUBLISH_BATCH: usize = 256;
/// The wait before trying a dropped subscription connection again.
const RECONNECT_AFTER: Duration = Duration::from_millis(200);

/// Where one channel's messages go.
pub type Listener = mpsc::UnboundedSender<Vec<u8>>;

/// This node's pub/sub: publishing, and the channels it listens on.
pub struct Bus {
    client: redis::Client,
    prefix: String,
    node: String,
    publisher: OnceLock<mpsc::UnboundedSender<(String, Vec<u8>)>>,
    listeners: Arc<Mutex<HashMap<String, Listener>>>,
    /// The subscribed connection's command side, once it is open.
    sink: Arc<tokio::sync::Mutex<Option<PubSubSink>>>,
}

impl Bus {
    pub(super) fn new(client: redis::Client, prefix: String, node: String) -> Bus {
        Bus {
            client,
            prefix,
            node,
            publisher: OnceLock::new(),
            listeners: Arc::default(),
            sink: Arc::default(),
        }
    }

    /// This node's name (as in its leases).
    pub fn node(&self) -> &str {
        &self.node
    }

    /// Where the clients' messages for a game's owner go.
    pub fn game_in(&self, game: &str) -> String {
        format!("{}game:{game}:in", self.prefix)
    }

    /// Where a game's owner publishes what every node with clients of the
    /// game hears (broadcasts, the owner's announcement).
    pub fn game_out(&self, game: &str) -> String {
        format!("{}game:{game}:out", self.prefix)
    }

    /// Where a game's owner publishes what only `node`'s clients of the
    /// game are sent.
    pub fn game_to(&self, game: &str, node: &str) -> String {
        format!("{}game:{game}:to:{node}", self.prefix)
    }

    /// Publishes a message without waiting: messages go out in the order
    /// they were given, so one listener hears them in that order.
    pub fn publish(&self, channel: String, payload: Vec<u8>) {
        let publisher = self.publisher.get_or_init(|| {
            let (tx, rx) = mpsc::unbounded_channel();
            tokio::spawn(publish_loop(self.client.clone(), rx));
            tx
        });
        let _ = publisher.send((channel, payload));
    }

    /// Sends every message published on `channel` from now on to
    /// `listener`; returns once Redis has confirmed the subscription.
    /// Listeners given the same sender hear their channels' messages in
    /// the order they were published.
    pub async fn subscribe(&self, channel: &str, listener: Listener) -> Result<()> {
        self.listeners
            .lock()
            .expect("listeners lock")
            .insert(channel.to_string(), listener);
        let mut sink = self.sink.lock().await;
        if sink.is_none() {
            let (new_sink, stream) = self.open().await?;
            *sink = Some(new_sink);
            tokio::spawn(route(
                stream,
                self.client.clone(),
                Arc::clone(&self.listeners),
                Arc::clone(&self.sink),
            ));
        }
        let open = sink.as_mut().expect("opened above");
        open.subscribe(channel)
            .await
            .map_err(|e| LiveError::Backend(format!("cannot subscribe in Redis: {e}")))
    }

    /// Stops listening on `channel`.
    pub async fn unsubscribe(&self, channel: &str) {
        self.listeners
            .lock()
            .expect("listeners lock")
            .remove(channel);
        if let Some(sink) = self.sink.lock().await.as_mut() {
            if let Err(e) = sink.unsubscribe(channel).await {
                tracing::debug!("cannot unsubscribe from {channel}: {e}");
            }
        }
    }

    async fn open(&self) -> Result<(PubSubSink, PubSubStream)> {
        let pubsub =
            self.client.get_async_pubsub().await.map_err(|e| {
                LiveError::Backend(format!("cannot open a Redis subscription: {e}"))
            })?;
        Ok(pubsub.split())
    }
}

/// Publishes what was given, in order, batching what waits into one
/// pipeline. A batch Redis refused is logged and dropped: pub/sub is at
/// most once, and the relay is built for it.
async fn publish_loop(client: redis::Client, mut rx: mpsc::UnboundedReceiver<(String, Vec<u8>)>) {
    let mut connection: Option<ConnectionManager> = None;
    let mut batch = Vec::with_capacity(PUBLISH_BATCH);
    while rx.recv_many(&mut batch, PUBLISH_BATCH).await > 0 {
        if connection.is_none() {
            match ConnectionManager::new(client.clone()).await {
                Ok(opened) => connection = Some(opened),
                Err(e) => {
                    tracing::warn!(dropped = batch.len(), "cannot publish to Redis: {e}");
                    batch.clear();
                    continue;
                }
            }
        }
        let mut pipe = redis::pipe();
        for (channel, payload) in batch.drain(..) {
            pipe.cmd("PUBLISH").arg(channel).arg(payload).ignore();
        }
        let conn = connection.as_mut().expect("opened above");
        if let Err(e) = pipe.query_async::<()>(conn).await {
            tracing::warn!("cannot publish to Redis: {e}");
        }
    }
}

/// Hands each message to its channel's listener. When the connection
/// drops, opens a new one, subscribes it to every channel listened on,
/// and tells each listener messages may have been lost.
async fn route(
    mut stream: PubSubStream,
    client: redis::Client,
    listeners: Arc<Mutex<HashMap<String, Listener>>>,
    sink: Arc<tokio::sync::Mutex<Option<PubSubSink>>>,
) {
    loop {
        while let Some(msg) = stream.next().await {
            let listener = listeners
                .lock()
                .expect("listeners lock")
                .get(msg.get_channel_name())
                .cloned();
            if let Some(listener) = listener {
                let _ = listener.send(msg.get_payload_bytes().to_vec());
            }
        }
        tracing::warn!("the Redis subscription connection dropped; opening it again");
        let mut held = sink.lock().await;
        loop {
            tokio::time::sleep(RECONNECT_AFTER).await;
            let opened = match client.get_async_pubsub().await {
                Ok(pubsub) => pubsub.split(),
                Err(e) => {
                    tracing::warn!("cannot open a Redis subscription: {e}");
                    continue;
                }
            };
            let (mut new_sink, new_stream) = opened;
            let channels: Vec<String> = listeners
                .lock()
                .expect("listeners lock")
                .keys()
                .cloned()
                .collect();
            if !channels.is_empty() {
                if let Err(e) = new_sink.subscribe(channels).await {
                    tracing::warn!("cannot subscribe again in Redis: {e}");
                    continue;
                }
            }
            *held = Some(new_sink);
            stream = new_stream;
            break;
        }
        drop(held);
        let all: Vec<Listener> = listeners
            .lock()
            .expect("listeners lock")
            .values()
            .cloned()
            .collect();
        for listener in all {
            let _ = listener.send(RECONNECTED.to_vec());
        }
    }
}
