//! The actor's table of connections: each one's role and player, which
//! connection speaks for each player, the batch each attached in (so a
//! broadcast made before a welcome is not sent again after it), and what
//! happens to clients that fall behind.
//!
//! A full queue marks a client lagging: it misses messages until it has
//! room again, then gets one fresh `welcome` with the whole current state;
//! one that stays stuck is closed. A lagging client is looked at on a
//! timer too (`catch_up`), not only when its next message is due: after a
//! burst (a hundred joins at once) nothing more may come for it until the
//! host moves on, and it would show a stale count until then.
//!
//! A connection may be another node's (`Remote`, see `server::relay`):
//! what it is sent is published for that node, which keeps its own queue
//! and lag policy for the socket. A broadcast is published once for all of
//! them, on the game's channel, whatever the number of remote connections;
//! with none (always, on one node) nothing is published.
//!
//! Nothing here waits on a client or reads the clock (the time is passed
//! in); the game is reached only through `GameState`.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;
use tokio_tungstenite::tungstenite::Utf8Bytes;

use super::{outq, Outbound, Remote};
use crate::game::{Audience, PlayerId};
use crate::live::redis::Bus;
use crate::protocol::{close, Role};
use crate::server::relay::wire;

/// A lagging client is resynchronised once its queue has this much room.
const RESYNC_ROOM: usize = 8;
/// A client that cannot take messages for this long is closed.
pub(super) const STUCK_AFTER: Duration = Duration::from_secs(30);
/// How often lagging clients are looked at while there are any.
pub(super) const LAG_CHECK_EVERY: Duration = Duration::from_millis(100);

/// What the connections and their delivery need of the game (the engine's
/// `Game` is one).
pub(super) trait GameState {
    /// The whole current state, encoded, for a connection of `role`
    /// speaking for `player`: what a lagging client is resynchronised with.
    fn welcome(&self, role: Role, player: Option<PlayerId>) -> Utf8Bytes;
    /// `player`'s connection was closed for being stuck.
    fn disconnected(&mut self, player: PlayerId);
    /// Whether the current question takes answers (so an answer count
    /// still means something).
    fn answering(&self) -> bool;
}

/// Where a connection's messages go. A remote one is boxed, so a table of
/// local connections (every one, on a single node) stays as small as it was.
enum Sink {
    Local(outq::Sender),
    Remote(Box<Remote>),
}

/// The bus and the game's broadcast channel, once a remote connection
/// may attach.
struct Relay {
    bus: Arc<Bus>,
    out: String,
}

impl Relay {
    fn publish(&self, remote: &Remote, payload: Vec<u8>) {
        self.bus.publish(remote.to.to_string(), payload);
    }
}

struct ConnEntry {
    role: Role,
    player: Option<PlayerId>,
    tx: Sink,
    /// Since when this client's queue has been full.
    lagging_since: Option<Instant>,
    /// The batch this connection attached in, and its welcome's place in
    /// that batch's outbox: broadcasts queued before it are already part of
    /// the welcome's state, so they are not sent again.
    attached: (u64, usize),
}

/// What `resync` did.
enum Resync {
    /// The client has room: it was sent the current state.
    Sent,
    /// Still full.
    Full,
    /// Closed for being stuck too long, or gone.
    Gone,
}

pub(super) struct ConnTable {
    conns: HashMap<u64, ConnEntry>,
    by_player: HashMap<PlayerId, u64>,
    next_conn: u64,
    /// The batch being gathered and then delivered.
    batch: u64,
    /// Connections that missed messages (some may have gone since), and
    /// when they are next looked at.
    lagging: HashSet<u64>,
    lag_check_at: Option<Instant>,
    relay: Option<Relay>,
    /// How many connections are remote.
    remotes: usize,
}

impl ConnTable {
    pub(super) fn new() -> ConnTable {
        ConnTable {
            conns: HashMap::new(),
            by_player: HashMap::new(),
            next_conn: 1,
            batch: 0,
            lagging: HashSet::new(),
            lag_check_at: None,
            relay: None,
            remotes: 0,
        }
    }

    /// Lets other nodes' connections attach (`attach_remote`): their
    /// broadcasts go on the game's channel `out`.
    pub(super) fn relay_through(&mut self, bus: Arc<Bus>, out: String) {
        self.relay = Some(Relay { bus, out });
    }

    /// Takes a connection out of the table.
    fn take(&mut self, conn: u64) -> Option<ConnEntry> {
        let entry = self.conns.remove(&conn)?;
        if matches!(entry.tx, Sink::Remote(_)) {
            self.remotes -= 1;
        }
        Some(entry)
    }

    /// Queues a close for a connection after what was queued for it. A
    /// remote one is told unless the game is moving to another node
    /// (`GOING_AWAY`): its node keeps the socket and attaches it to the
    /// game's next owner.
    fn close(&self, entry: &ConnEntry, code: u16, reason: &'static str) {
        match &entry.tx {
            Sink::Local(tx) => {
                let _ = tx.try_send(Outbound::Close(code, reason));
            }
            Sink::Remote(remote) if code != close::GOING_AWAY => {
                if let Some(relay) = &self.relay {
                    relay.publish(remote, wire::close(remote.conn, code));
                }
            }
            Sink::Remote(_) => {}
        }
    }

    /// The role of `conn` and the player it speaks for, if it is attached.
    pub(super) fn get(&self, conn: u64) -> Option<(Role, Option<PlayerId>)> {
        self.conns.get(&conn).map(|c| (c.role, c.player))
    }

    /// The connection speaking for `player`, if one does.
    pub(super) fn of_player(&self, player: PlayerId) -> Option<u64> {
        self.by_player.get(&player).copied()
    }

    /// When the lagging clients are next looked at (`catch_up`), if any lag.
    pub(super) fn lag_check_at(&self) -> Option<Instant> {
        self.lag_check_at
    }

    /// Adds a connection whose welcome stands at `position` of the batch's
    /// outbox; it speaks for `player` from now on. Returns its id.
    pub(super) fn attach(
        &mut self,
        role: Role,
        player: Option<PlayerId>,
        tx: outq::Sender,
        position: usize,
    ) -> u64 {
        let id = self.next_conn;
        self.next_conn += 1;
        self.insert(id, role, player, Sink::Local(tx), position);
        id
    }

    /// Adds another node's connection, known by `remote.id` (which its
    /// node chose; attaching it again replaces it).
    pub(super) fn attach_remote(
        &mut self,
        role: Role,
        player: Option<PlayerId>,
        remote: Remote,
        position: usize,
    ) -> u64 {
        let id = remote.id;
        self.take(id);
        self.remotes += 1;
        self.insert(id, role, player, Sink::Remote(Box::new(remote)), position);
        id
    }

    fn insert(&mut self, id: u64, role: Role, player: Option<PlayerId>, tx: Sink, position: usize) {
        self.conns.insert(
            id,
            ConnEntry {
                role,
                player,
                tx,
                lagging_since: None,
                attached: (self.batch, position),
            },
        );
        if let Some(p) = player {
            self.by_player.insert(p, id);
        }
    }

    /// Closes the connection speaking for `player`, if any and if it is
    /// not `keeping`: the player resumed on another one.
    pub(super) fn replace(&mut self, player: PlayerId, keeping: Option<u64>) {
        let Some(old) = self.by_player.remove(&player) else {
            return;
        };
        if Some(old) == keeping {
            return;
        }
        if let Some(entry) = self.take(old) {
            self.close(&entry, close::REPLACED, "connected elsewhere");
        }
    }

    /// Forgets a connection whose socket is gone. Returns its player if it
    /// was still the one speaking for them (the player is now disconnected).
    pub(super) fn detach(&mut self, conn: u64) -> Option<PlayerId> {
        let entry = self.take(conn)?;
        let player = entry.player?;
        if self.by_player.get(&player) == Some(&conn) {
            self.by_player.remove(&player);
            return Some(player);
        }
        None
    }

    /// Removes `player`'s connection `conn`, closing its socket after what
    /// is queued: the host removed the player.
    pub(super) fn kick(&mut self, conn: u64, player: PlayerId) {
        if let Some(entry) = self.take(conn) {
            self.close(&entry, close::KICKED, "removed by the host");
        }
        self.by_player.remove(&player);
    }

    /// Closes every connection after what is queued for it.
    pub(super) fn close_all(&mut self, code: u16, reason: &'static str) {
        let conns = std::mem::take(&mut self.conns);
        self.remotes = 0;
        for entry in conns.values() {
            self.close(entry, code, reason);
        }
    }

    /// Whether `conn` attached in the batch being delivered and its welcome
    /// stands after `position`.
    pub(super) fn welcome_due(&self, conn: u64, position: usize) -> bool {
        self.conns
            .get(&conn)
            .is_some_and(|c| c.attached.0 == self.batch && c.attached.1 > position)
    }

    /// The batch has been delivered; what attaches now belongs to the next.
    pub(super) fn end_batch(&mut self) {
        self.batch += 1;
    }

    /// Queues `text` for every connection `to` reaches (not one player's),
    /// except those whose welcome comes after `position` in this batch.
    /// The same bytes go to all of them.
    pub(super) fn broadcast<G: GameState>(
        &mut self,
        game: &mut G,
        to: &Audience,
        text: &Utf8Bytes,
        position: usize,
        now: Instant,
    ) {
        let batch = self.batch;
        let targets: Vec<u64> = self
            .conns
            .iter()
            .filter(|(_, c)| hears(c.role, to) && matches!(c.tx, Sink::Local(_)))
            .filter(|(_, c)| c.attached.0 != batch || c.attached.1 < position)
            .map(|(&id, _)| id)
            .collect();
        for conn in targets {
            self.send(game, conn, text.clone(), now);
        }
        // Once for every remote connection: each node hands it to those of
        // its sockets that hear it and have had their welcome.
        if self.remotes > 0 {
            if let (Some(relay), Some(heard)) = (&self.relay, wire::Heard::of(to)) {
                let heard_by_one = self
                    .conns
                    .values()
                    .any(|c| matches!(c.tx, Sink::Remote(_)) && hears(c.role, to));
                if heard_by_one {
                    relay
                        .bus
                        .publish(relay.out.clone(), wire::broadcast(heard, text.as_bytes()));
                }
            }
        }
    }

    /// Sends a connection the whole current state at once (its node says
    /// its socket missed messages).
    pub(super) fn resend_state<G: GameState>(&mut self, game: &mut G, conn: u64, now: Instant) {
        let Some(entry) = self.conns.get(&conn) else {
            return;
        };
        let state = game.welcome(entry.role, entry.player);
        self.send(game, conn, state, now);
    }

    /// Queues one message for one connection without ever waiting. A full
    /// queue marks the client as lagging: it misses messages until it has
    /// room, then gets a fresh `welcome` with the whole current state.
    pub(super) fn send<G: GameState>(
        &mut self,
        game: &mut G,
        conn: u64,
        text: Utf8Bytes,
        now: Instant,
    ) {
        match self.resync(game, conn, now) {
            Resync::Sent => {}
            Resync::Full | Resync::Gone => return,
        }
        let Some(entry) = self.conns.get_mut(&conn) else {
            return;
        };
        let tx = match &entry.tx {
            Sink::Local(tx) => tx,
            Sink::Remote(remote) => {
                if let Some(relay) = &self.relay {
                    relay.publish(remote, wire::text(remote.conn, text.as_bytes()));
                }
                return;
            }
        };
        match tx.try_send(Outbound::Text(text)) {
            Ok(()) => {}
            Err(outq::TrySendError::Full) => {
                entry.lagging_since = Some(now);
                self.lagging.insert(conn);
                self.lag_check_at.get_or_insert(now + LAG_CHECK_EVERY);
                tracing::debug!(conn, "client lagging; it will be resynchronised");
            }
            Err(outq::TrySendError::Closed) => {}
        }
    }

    /// The lag timer: every lagging client with room gets the current
    /// state, those stuck too long are closed, and the timer runs again
    /// while any are left.
    pub(super) fn catch_up<G: GameState>(&mut self, game: &mut G, now: Instant) {
        let lagging: Vec<u64> = self.lagging.drain().collect();
        for conn in lagging {
            if let Resync::Full = self.resync(game, conn, now) {
                self.lagging.insert(conn);
            }
        }
        self.lag_check_at = (!self.lagging.is_empty()).then(|| now + LAG_CHECK_EVERY);
    }

    /// Brings a lagging connection up to date if it has room, or closes it
    /// once it has been stuck too long. A connection that is not lagging
    /// counts as `Sent`: it is up to date.
    fn resync<G: GameState>(&mut self, game: &mut G, conn: u64, now: Instant) -> Resync {
        let Some(entry) = self.conns.get_mut(&conn) else {
            return Resync::Gone;
        };
        let Some(since) = entry.lagging_since else {
            return Resync::Sent;
        };
        // Only a local queue can be full.
        let Sink::Local(tx) = &entry.tx else {
            return Resync::Sent;
        };
        if tx.capacity() < RESYNC_ROOM {
            if now.saturating_duration_since(since) >= STUCK_AFTER {
                self.close_stuck(game, conn);
                return Resync::Gone;
            }
            return Resync::Full;
        }
        let resync = game.welcome(entry.role, entry.player);
        let _ = tx.try_send(Outbound::Text(resync));
        entry.lagging_since = None;
        Resync::Sent
    }

    fn close_stuck<G: GameState>(&mut self, game: &mut G, conn: u64) {
        let Some(entry) = self.take(conn) else {
            return;
        };
        if let Sink::Local(tx) = &entry.tx {
            tx.kill(close::TOO_SLOW, "not reading");
        }
        if let Some(p) = entry.player {
            if self.by_player.get(&p) == Some(&conn) {
                self.by_player.remove(&p);
                game.disconnected(p);
            }
        }
        tracing::info!(conn, "closed a client that stopped reading");
    }
}

/// Whether a connection of `role` is among `to`.
fn hears(role: Role, to: &Audience) -> bool {
    match to {
        Audience::Hosts => role != Role::Player,
        Audience::Players => role == Role::Player,
        Audience::Everyone | Audience::Player(_) => true,
    }
}

#[cfg(test)]
mod tests;
