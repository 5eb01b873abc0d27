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
//! Nothing here waits on a client or reads the clock (the time is passed
//! in); the game is reached only through `GameState`.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use tokio::time::Instant;
use tokio_tungstenite::tungstenite::Utf8Bytes;

use super::{outq, Outbound};
use crate::game::{Audience, PlayerId};
use crate::protocol::{close, Role};

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

struct ConnEntry {
    role: Role,
    player: Option<PlayerId>,
    tx: outq::Sender,
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
        id
    }

    /// Closes the connection speaking for `player`, if any: the player
    /// resumed on another one.
    pub(super) fn replace(&mut self, player: PlayerId) {
        if let Some(old) = self.by_player.remove(&player) {
            if let Some(entry) = self.conns.remove(&old) {
                let _ = entry
                    .tx
                    .try_send(Outbound::Close(close::REPLACED, "connected elsewhere"));
            }
        }
    }

    /// Forgets a connection whose socket is gone. Returns its player if it
    /// was still the one speaking for them (the player is now disconnected).
    pub(super) fn detach(&mut self, conn: u64) -> Option<PlayerId> {
        let entry = self.conns.remove(&conn)?;
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
        if let Some(entry) = self.conns.remove(&conn) {
            let _ = entry
                .tx
                .try_send(Outbound::Close(close::KICKED, "removed by the host"));
        }
        self.by_player.remove(&player);
    }

    /// Closes every connection after what is queued for it.
    pub(super) fn close_all(&mut self, code: u16, reason: &'static str) {
        for (_, entry) in self.conns.drain() {
            let _ = entry.tx.try_send(Outbound::Close(code, reason));
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
            .filter(|(_, c)| hears(c.role, to))
            .filter(|(_, c)| c.attached.0 != batch || c.attached.1 < position)
            .map(|(&id, _)| id)
            .collect();
        for conn in targets {
            self.send(game, conn, text.clone(), now);
        }
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
        match entry.tx.try_send(Outbound::Text(text)) {
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
        if entry.tx.capacity() < RESYNC_ROOM {
            if now.saturating_duration_since(since) >= STUCK_AFTER {
                self.close_stuck(game, conn);
                return Resync::Gone;
            }
            return Resync::Full;
        }
        entry.lagging_since = None;
        let resync = game.welcome(entry.role, entry.player);
        let _ = entry.tx.try_send(Outbound::Text(resync));
        Resync::Sent
    }

    fn close_stuck<G: GameState>(&mut self, game: &mut G, conn: u64) {
        let Some(entry) = self.conns.remove(&conn) else {
            return;
        };
        entry.tx.kill(close::TOO_SLOW, "not reading");
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
