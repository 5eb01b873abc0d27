//! The owner's side of relayed clients: a task per game this node runs,
//! subscribed to the game's inbound channel while its actor runs. Each
//! relaying node's connection becomes a remote connection of the actor,
//! with an id worked out from the node and its own id for it, so later
//! messages need no table of what was attached. It must not decide
//! anything about the game: the actor does, as for its own sockets.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;

use tokio::sync::{mpsc, oneshot};

use super::wire::{self, ToOwner};
use crate::live::redis::{Bus, RECONNECTED};
use crate::server::actor::{ActorMsg, Conn, Remote};

/// Remote connections' ids have this bit set, so they never meet the
/// actor's own (counted up from 1).
const REMOTE: u64 = 1 << 63;
/// Bits of a relaying node's connection id kept in a remote id.
const CONN_BITS: u32 = 40;

/// Relays the other nodes' clients of game `game` to its actor (`tx`)
/// until the actor stops. A relaying node not heard from for `lease` is
/// taken for dead: its clients leave the game, as a closed socket does.
pub fn serve(bus: Arc<Bus>, game: String, tx: mpsc::Sender<ActorMsg>, lease: Duration) {
    tokio::spawn(async move {
        let inbound = bus.game_in(&game);
        let (listener, mut rx) = mpsc::unbounded_channel();
        if let Err(e) = bus.subscribe(&inbound, listener).await {
            tracing::error!(%game, "clients on other nodes cannot reach this game: {e}");
            return;
        }
        announce(&bus, &game);
        let mut nodes = Nodes::default();
        let mut check = tokio::time::interval(lease / 3);
        check.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = tx.closed() => break,
                _ = check.tick() => {
                    let Some(since) = Instant::now().checked_sub(lease) else { continue };
                    for conn in nodes.silent_since(since) {
                        let _ = tx.send(ActorMsg::Detach { conn }).await;
                    }
                }
                message = rx.recv() => {
                    let Some(bytes) = message else { break };
                    if bytes == RECONNECTED {
                        // Relaying nodes attach their clients again.
                        announce(&bus, &game);
                        continue;
                    }
                    match serde_json::from_slice::<ToOwner>(&bytes) {
                        Ok(message) => {
                            // A node taken for dead that speaks again: its
                            // clients were let go, so it attaches them again.
                            if nodes.heard(message.node(), Instant::now()) {
                                tracing::info!(%game, node = message.node(), "a relaying node thought gone is back");
                                announce(&bus, &game);
                            }
                            forward(&bus, &game, &tx, &mut nodes, message).await
                        }
                        Err(e) => tracing::warn!(%game, "unreadable relay message: {e}"),
                    }
                }
            }
        }
        bus.unsubscribe(&inbound).await;
    });
}

/// Tells the nodes with clients of the game that this node runs it now;
/// a value they have not seen makes them attach their clients again.
fn announce(bus: &Bus, game: &str) {
    bus.publish(bus.game_out(game), wire::owner(rand::random()));
}

/// The relaying nodes: a small number for each, for the remote ids, the
/// connections each has attached, and when each was last heard from.
#[derive(Default)]
struct Nodes {
    numbers: HashMap<String, u64>,
    attached: HashMap<String, HashSet<u64>>,
    heard_at: HashMap<String, Instant>,
    /// Nodes taken for dead.
    gone: HashSet<String>,
}

impl Nodes {
    /// Notes a message from `node`; true if it had been taken for dead.
    fn heard(&mut self, node: &str, now: Instant) -> bool {
        self.heard_at.insert(node.to_string(), now);
        self.gone.remove(node)
    }

    fn attached(&mut self, node: &str, conn: u64) {
        let id = self.remote_id(node, conn);
        self.attached
            .entry(node.to_string())
            .or_default()
            .insert(id);
    }

    fn detached(&mut self, node: &str, conn: u64) -> u64 {
        let id = self.remote_id(node, conn);
        if let Some(conns) = self.attached.get_mut(node) {
            conns.remove(&id);
        }
        id
    }

    /// The connections of nodes not heard from since `since`, which are
    /// from now on taken for dead.
    fn silent_since(&mut self, since: Instant) -> Vec<u64> {
        let silent: Vec<String> = self
            .heard_at
            .iter()
            .filter(|(_, &at)| at < since)
            .map(|(node, _)| node.clone())
            .collect();
        let mut conns = Vec::new();
        for node in silent {
            self.heard_at.remove(&node);
            let attached = self.attached.remove(&node).unwrap_or_default();
            if !attached.is_empty() {
                conns.extend(attached);
                self.gone.insert(node);
            }
        }
        conns
    }

    fn remote_id(&mut self, node: &str, conn: u64) -> u64 {
        let next = self.numbers.len() as u64 + 1;
        let number = *self.numbers.entry(node.to_string()).or_insert(next);
        REMOTE | (number << CONN_BITS) | (conn & ((1 << CONN_BITS) - 1))
    }
}

async fn forward(
    bus: &Arc<Bus>,
    game: &str,
    tx: &mpsc::Sender<ActorMsg>,
    nodes: &mut Nodes,
    message: ToOwner,
) {
    let msg = match message {
        ToOwner::Attach { node, conn, how } => {
            nodes.attached(&node, conn);
            let to: Arc<str> = bus.game_to(game, &node).into();
            let remote = Remote {
                id: nodes.remote_id(&node, conn),
                to: Arc::clone(&to),
                conn,
            };
            let (reply, answer) = oneshot::channel();
            // A refusal goes back to the relaying node; an attach that
            // succeeds is answered by the welcome the actor sends.
            let bus = Arc::clone(bus);
            tokio::spawn(async move {
                if let Ok(Err(refusal)) = answer.await {
                    bus.publish(to.to_string(), wire::refused(conn, &refusal));
                }
            });
            ActorMsg::Attach {
                how,
                conn: Conn::Remote(remote),
                reply,
            }
        }
        ToOwner::Client { node, conn, msg } => ActorMsg::Client {
            conn: nodes.remote_id(&node, conn),
            msg,
            at: std::time::Instant::now(),
        },
        ToOwner::Detach { node, conn } => ActorMsg::Detach {
            conn: nodes.detached(&node, conn),
        },
        ToOwner::Resync { node, conn } => ActorMsg::Resync {
            conn: nodes.remote_id(&node, conn),
        },
        ToOwner::Alive { .. } => return,
    };
    let _ = tx.send(msg).await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remote_ids_differ_by_node_and_connection_and_never_meet_local_ones() {
        let mut nodes = Nodes::default();
        let a1 = nodes.remote_id("a", 1);
        let b1 = nodes.remote_id("b", 1);
        let a2 = nodes.remote_id("a", 2);
        assert_ne!(a1, b1);
        assert_ne!(a1, a2);
        assert_eq!(
            nodes.remote_id("a", 1),
            a1,
            "the same connection, the same id"
        );
        assert!([a1, b1, a2].iter().all(|id| id & REMOTE != 0));
    }

    #[test]
    fn a_silent_node_lets_its_connections_go_and_is_welcomed_back() {
        let mut nodes = Nodes::default();
        let start = Instant::now();
        nodes.heard("a", start);
        nodes.attached("a", 1);
        nodes.attached("a", 2);
        nodes.heard("b", start);
        nodes.attached("b", 1);
        let gone_b = nodes.detached("b", 1);
        let later = start + Duration::from_secs(5);
        assert!(!nodes.heard("b", later));
        let mut gone = nodes.silent_since(start + Duration::from_secs(1));
        gone.sort();
        let mut expected = vec![nodes.remote_id("a", 1), nodes.remote_id("a", 2)];
        expected.sort();
        assert_eq!(gone, expected, "only a's, and only those still attached");
        assert!(!gone.contains(&gone_b));
        assert_eq!(
            nodes.silent_since(start + Duration::from_secs(1)),
            Vec::<u64>::new()
        );
        assert!(nodes.heard("a", later), "a was taken for dead");
        assert!(!nodes.heard("a", later));
    }
}
