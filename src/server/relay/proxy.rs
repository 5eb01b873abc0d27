//! A game another node runs, as this node's sockets see it: a task that
//! takes the messages a game's actor would (attach, client messages,
//! detach), passes them to the owner over pub/sub, and hands what the
//! owner sends back to the sockets. It keeps each socket's queue and lag
//! policy, as the actor does for its own: a socket whose queue is full
//! misses messages until it has room, then the owner is asked for the
//! whole current state; one stuck for `STUCK_AFTER` is closed.
//!
//! A new owner (its announcement carries a value not seen before) gets
//! every client attached again, as a resume with the token its welcome
//! gave, so the sockets stay open and each is welcomed with its score. It
//! must not interpret the game.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;
use tokio_tungstenite::tungstenite::Utf8Bytes;

use super::wire::{self, ToOwner, ToRelay};
use crate::live::redis::{Bus, RECONNECTED};
use crate::protocol::{close, ErrorCode, Role, ServerMsg};
use crate::server::actor::{ActorMsg, Attach, Conn, Outbound, Refusal};
use crate::server::outq;
use crate::server::registry::GameHandle;

/// How long an attach waits for the owner's answer before the client is
/// told to connect again (the owner may have just died).
const ATTACH_WAIT: Duration = Duration::from_secs(5);
/// A socket that cannot take messages for this long is closed.
const STUCK_AFTER: Duration = Duration::from_secs(30);
/// A socket that missed messages is brought up to date once its queue
/// has this much room.
const RESYNC_ROOM: usize = 8;
/// How often waiting attaches and lagging sockets are looked at.
const CHECK_EVERY: Duration = Duration::from_millis(100);
/// A stand-in without sockets for this long stops.
const IDLE: Duration = Duration::from_secs(10);
/// Messages waiting for a stand-in before sockets wait.
const MAILBOX: usize = 4096;

/// The stand-ins on this node, by game id.
pub struct Proxies {
    bus: Arc<Bus>,
    /// How often each stand-in with clients tells the owner it is alive.
    heartbeat: Duration,
    /// Connection ids, unique on this node across games.
    next_conn: Arc<AtomicU64>,
    games: Mutex<HashMap<String, GameHandle>>,
}

impl Proxies {
    /// Stand-ins relaying to owners whose leases last `lease`.
    pub fn new(bus: Arc<Bus>, lease: Duration) -> Proxies {
        Proxies {
            bus,
            heartbeat: lease / 3,
            next_conn: Arc::new(AtomicU64::new(1)),
            games: Mutex::default(),
        }
    }

    /// The stand-in for game `id` (PIN `pin`), started if none runs.
    pub fn get(&self, id: &str, pin: &str) -> GameHandle {
        let mut games = self.games.lock().expect("proxies lock");
        if let Some(handle) = games.get(id).filter(|h| !h.tx.is_closed()) {
            return handle.clone();
        }
        let (tx, rx) = mpsc::channel(MAILBOX);
        let handle = GameHandle {
            id: id.to_string(),
            pin: pin.to_string(),
            tx,
        };
        games.insert(id.to_string(), handle.clone());
        let proxy = Proxy {
            bus: Arc::clone(&self.bus),
            heartbeat: self.heartbeat,
            game: id.to_string(),
            next_conn: Arc::clone(&self.next_conn),
            clients: HashMap::new(),
            owner: None,
        };
        tokio::spawn(proxy.run(rx));
        handle
    }

    /// Closes every relayed socket ("going away"): the server is stopping.
    pub async fn shutdown(&self) {
        let handles: Vec<GameHandle> = self
            .games
            .lock()
            .expect("proxies lock")
            .drain()
            .map(|(_, h)| h)
            .collect();
        for handle in handles {
            let (done, wait) = oneshot::channel();
            if handle.tx.send(ActorMsg::Shutdown { done }).await.is_ok() {
                let _ = wait.await;
            }
        }
    }
}

/// One socket of this node in a game another node runs.
struct Client {
    tx: outq::Sender,
    role: Role,
    /// How to attach it again: as asked, then, once welcomed, a player
    /// resumes with the token its welcome gave.
    how: Attach,
    /// The socket waits for this until the owner answers.
    reply: Option<oneshot::Sender<Result<u64, Refusal>>>,
    asked_at: Instant,
    lagging_since: Option<Instant>,
}

struct Proxy {
    bus: Arc<Bus>,
    heartbeat: Duration,
    game: String,
    next_conn: Arc<AtomicU64>,
    clients: HashMap<u64, Client>,
    /// The latest owner's announcement.
    owner: Option<u64>,
}

impl Proxy {
    async fn run(mut self, mut inbox: mpsc::Receiver<ActorMsg>) {
        let (listener, mut heard) = mpsc::unbounded_channel();
        let channels = [
            self.bus.game_out(&self.game),
            self.bus.game_to(&self.game, self.bus.node()),
        ];
        for channel in &channels {
            if let Err(e) = self.bus.subscribe(channel, listener.clone()).await {
                tracing::warn!(game = %self.game, "cannot relay the game: {e}");
            }
        }
        let mut empty_since = Instant::now();
        let mut alive_at = Instant::now() + self.heartbeat;
        let mut every = tokio::time::interval(CHECK_EVERY);
        every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            let check = !self.clients.is_empty();
            tokio::select! {
                _ = tokio::time::sleep_until(alive_at), if check => {
                    alive_at = Instant::now() + self.heartbeat;
                    self.publish(ToOwner::Alive { node: self.node() });
                }
                msg = inbox.recv() => match msg {
                    Some(ActorMsg::Shutdown { done }) => {
                        self.close_all();
                        let _ = done.send(());
                        break;
                    }
                    Some(msg) => self.socket_said(msg),
                    None => break,
                },
                Some(bytes) = heard.recv() => self.owner_said(&bytes),
                _ = every.tick(), if check => self.check(Instant::now()),
                _ = tokio::time::sleep_until(empty_since + IDLE), if !check => {
                    inbox.close();
                    if inbox.is_empty() {
                        break;
                    }
                }
            }
            if self.clients.is_empty() && check {
                empty_since = Instant::now();
            }
        }
        for channel in &channels {
            self.bus.unsubscribe(channel).await;
        }
    }

    fn publish(&self, message: ToOwner) {
        self.bus
            .publish(self.bus.game_in(&self.game), message.encode());
    }

    fn node(&self) -> String {
        self.bus.node().to_string()
    }

    /// A message a socket of this node gives the game.
    fn socket_said(&mut self, msg: ActorMsg) {
        match msg {
            ActorMsg::Attach { how, conn, reply } => {
                let Conn::Local(tx) = conn else { return };
                let conn = self.next_conn.fetch_add(1, Ordering::Relaxed);
                let role = match how {
                    Attach::Join { .. } | Attach::Resume { .. } => Role::Player,
                    Attach::Host { .. } => Role::Host,
                    Attach::Watch => Role::Screen,
                };
                self.publish(ToOwner::Attach {
                    node: self.node(),
                    conn,
                    how: how.clone(),
                });
                self.clients.insert(
                    conn,
                    Client {
                        tx,
                        role,
                        how,
                        reply: Some(reply),
                        asked_at: Instant::now(),
                        lagging_since: None,
                    },
                );
            }
            ActorMsg::Client { conn, msg, .. } => {
                if self.clients.contains_key(&conn) {
                    let node = self.node();
                    self.publish(ToOwner::Client { node, conn, msg });
                }
            }
            ActorMsg::Detach { conn } => {
                if self.clients.remove(&conn).is_some() {
                    let node = self.node();
                    self.publish(ToOwner::Detach { node, conn });
                }
            }
            // The owner answers these; this node has no game to read.
            ActorMsg::Results { .. }
            | ActorMsg::Shutdown { .. }
            | ActorMsg::LeaseLost
            | ActorMsg::Resync { .. } => {}
        }
    }

    /// A message the owner sent, or the bus's word that some were lost.
    fn owner_said(&mut self, bytes: &[u8]) {
        if bytes == RECONNECTED {
            return self.attach_again();
        }
        let Some(message) = wire::decode(bytes) else {
            tracing::warn!(game = %self.game, "unreadable message from the game's owner");
            return;
        };
        match message {
            ToRelay::Owner(nonce) => {
                // An owner announces itself once, when it starts: every
                // client welcomed so far was welcomed by an owner before it.
                if self.owner != Some(nonce) {
                    self.owner = Some(nonce);
                    tracing::info!(game = %self.game, "the game has a new owner: attaching this node's clients there");
                    self.attach_again();
                }
            }
            ToRelay::Text(conn, text) => {
                let Some(client) = self.clients.get_mut(&conn) else {
                    return;
                };
                let Ok(text) = Utf8Bytes::try_from(text.to_vec()) else {
                    return;
                };
                // A connection's first message is its welcome.
                if let Some(reply) = client.reply.take() {
                    if let Attach::Join { .. } = client.how {
                        if let Some(token) = welcome_token(&text) {
                            client.how = Attach::Resume { token };
                        }
                    }
                    let _ = reply.send(Ok(conn));
                }
                deliver(client, text, Instant::now());
            }
            ToRelay::Broadcast(heard, text) => {
                let Ok(text) = Utf8Bytes::try_from(text.to_vec()) else {
                    return;
                };
                let now = Instant::now();
                for client in self.clients.values_mut() {
                    if client.reply.is_none() && heard.reaches(client.role) {
                        deliver(client, text.clone(), now);
                    }
                }
            }
            ToRelay::Close(conn, code) => {
                if let Some(client) = self.clients.remove(&conn) {
                    let _ = client
                        .tx
                        .try_send(Outbound::Close(code, wire::reason(code)));
                }
            }
            ToRelay::Refused(conn, refusal) => {
                let Some(mut client) = self.clients.remove(&conn) else {
                    return;
                };
                match client.reply.take() {
                    Some(reply) => {
                        let _ = reply.send(Err(refusal));
                    }
                    // Attached again after a move, and refused there.
                    None => {
                        let error = ServerMsg::error(refusal.code, &refusal.message);
                        let _ = client.tx.try_send(Outbound::Text(error.to_json().into()));
                        let _ = client
                            .tx
                            .try_send(Outbound::Close(refusal.close, wire::reason(refusal.close)));
                    }
                }
            }
        }
    }

    /// Attaches every client again (a new owner, or lost messages): each
    /// is welcomed anew with the whole current state. A join still waiting
    /// is not sent again, as it may have reached the owner and been taken
    /// (a second would make a second player): it is told to connect again
    /// if no welcome comes.
    fn attach_again(&mut self) {
        let node = self.node();
        let mut again = Vec::with_capacity(self.clients.len());
        for (&conn, client) in &self.clients {
            if client.reply.is_some() && matches!(client.how, Attach::Join { .. }) {
                continue;
            }
            again.push(ToOwner::Attach {
                node: node.clone(),
                conn,
                how: client.how.clone(),
            });
        }
        for message in again {
            self.publish(message);
        }
    }

    /// Attaches the owner has not answered in time are told to connect
    /// again; lagging sockets with room are brought up to date, and
    /// stuck ones closed.
    fn check(&mut self, now: Instant) {
        let mut gone = Vec::new();
        let mut resync = Vec::new();
        for (&conn, client) in &mut self.clients {
            if client.reply.is_some() && now.duration_since(client.asked_at) >= ATTACH_WAIT {
                if let Some(reply) = client.reply.take() {
                    let _ = reply.send(Err(Refusal {
                        code: ErrorCode::StorageUnavailable,
                        message: "the game is moving to another server; connect again".into(),
                        close: close::GOING_AWAY,
                    }));
                }
                gone.push(conn);
                continue;
            }
            let Some(since) = client.lagging_since else {
                continue;
            };
            if client.tx.capacity() >= RESYNC_ROOM {
                client.lagging_since = None;
                resync.push(conn);
            } else if now.duration_since(since) >= STUCK_AFTER {
                client.tx.kill(close::TOO_SLOW, "not reading");
                gone.push(conn);
            }
        }
        let node = self.node();
        for conn in resync {
            self.publish(ToOwner::Resync {
                node: node.clone(),
                conn,
            });
        }
        for conn in gone {
            self.clients.remove(&conn);
            self.publish(ToOwner::Detach {
                node: node.clone(),
                conn,
            });
        }
    }

    /// The server is stopping: every socket is told to connect again, and
    /// the owner that they left.
    fn close_all(&mut self) {
        let node = self.node();
        for (conn, client) in std::mem::take(&mut self.clients) {
            let _ = client
                .tx
                .try_send(Outbound::Close(close::GOING_AWAY, "server restarting"));
            self.publish(ToOwner::Detach {
                node: node.clone(),
                conn,
            });
        }
    }
}

/// Queues a message for a socket without waiting; a full queue marks it
/// lagging, and it misses messages until it is brought up to date.
fn deliver(client: &mut Client, text: Utf8Bytes, now: Instant) {
    if client.lagging_since.is_some() {
        return;
    }
    if let Err(outq::TrySendError::Full) = client.tx.try_send(Outbound::Text(text)) {
        client.lagging_since = Some(now);
    }
}

/// The resume token a player's welcome carries.
fn welcome_token(text: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Token {
        token: Option<String>,
    }
    serde_json::from_str::<Token>(text).ok()?.token
}
