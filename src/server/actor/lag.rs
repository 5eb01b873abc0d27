//! Connections that fall behind: a full queue marks a client lagging; it
//! misses messages until it has room again, then gets one fresh `welcome`
//! with the whole current state; one that stays stuck is closed. A lagging
//! client is looked at on a timer too, not only when its next message is
//! due: after a burst (a hundred joins at once) nothing more may come for
//! it until the host moves on, and it would show a stale count until then.
//!
//! Nothing here waits on a client.

use std::time::Duration;

use axum::extract::ws::Utf8Bytes;
use tokio::time::Instant;

use super::{outq, GameActor, Outbound};
use crate::game::Input;
use crate::protocol::close;
use crate::server::now_ms;

/// A lagging client is resynchronised once its queue has this much room.
const RESYNC_ROOM: usize = 8;
/// A client that cannot take messages for this long is closed.
const STUCK_AFTER: Duration = Duration::from_secs(30);
/// How often lagging clients are looked at while there are any.
const LAG_CHECK_EVERY: Duration = Duration::from_millis(100);

/// What `resync` did.
enum Resync {
    /// The client has room: it was sent the current state.
    Sent,
    /// Still full.
    Full,
    /// Closed for being stuck too long, or gone.
    Gone,
}

impl GameActor {
    /// Queues one message for one connection without ever waiting. A full
    /// queue marks the client as lagging: it misses messages until it has
    /// room, then gets a fresh `welcome` with the whole current state.
    pub(super) fn send(&mut self, conn: u64, text: Utf8Bytes) {
        match self.resync(conn) {
            Resync::Sent => {}
            Resync::Full | Resync::Gone => return,
        }
        let Some(entry) = self.conns.get_mut(&conn) else {
            return;
        };
        match entry.tx.try_send(Outbound::Text(text)) {
            Ok(()) => {}
            Err(outq::TrySendError::Full) => {
                entry.lagging_since = Some(Instant::now());
                self.lagging.insert(conn);
                self.lag_check_at
                    .get_or_insert_with(|| Instant::now() + LAG_CHECK_EVERY);
                tracing::debug!(conn, "client lagging; it will be resynchronised");
            }
            Err(outq::TrySendError::Closed) => {}
        }
    }

    /// Brings a lagging connection up to date if it has room, or closes it
    /// once it has been stuck too long. A connection that is not lagging
    /// counts as `Sent`: it is up to date.
    fn resync(&mut self, conn: u64) -> Resync {
        let Some(entry) = self.conns.get_mut(&conn) else {
            return Resync::Gone;
        };
        let Some(since) = entry.lagging_since else {
            return Resync::Sent;
        };
        if entry.tx.capacity() < RESYNC_ROOM {
            if since.elapsed() >= STUCK_AFTER {
                self.close_stuck(conn);
                return Resync::Gone;
            }
            return Resync::Full;
        }
        entry.lagging_since = None;
        let (role, player) = (entry.role, entry.player);
        let token = player
            .and_then(|p| self.game.player(p))
            .map(|p| p.token.clone());
        let resync: Utf8Bytes = self.welcome(role, player, token).to_json().into();
        let entry = self.conns.get_mut(&conn).expect("present");
        let _ = entry.tx.try_send(Outbound::Text(resync));
        Resync::Sent
    }

    /// The lag timer: every lagging client with room gets the current
    /// state, those stuck too long are closed, and the timer runs again
    /// while any are left.
    pub(super) fn catch_up(&mut self) {
        let lagging: Vec<u64> = self.lagging.drain().collect();
        for conn in lagging {
            if let Resync::Full = self.resync(conn) {
                self.lagging.insert(conn);
            }
        }
        self.lag_check_at = (!self.lagging.is_empty()).then(|| Instant::now() + LAG_CHECK_EVERY);
    }

    pub(super) fn close_stuck(&mut self, conn: u64) {
        let Some(entry) = self.conns.remove(&conn) else {
            return;
        };
        entry.tx.kill(close::TOO_SLOW, "not reading");
        if let Some(p) = entry.player {
            if self.by_player.get(&p) == Some(&conn) {
                self.by_player.remove(&p);
                let _ = self
                    .game
                    .handle(Input::Disconnected { player: p }, now_ms());
            }
        }
        tracing::info!(conn, "closed a client that stopped reading");
    }
}
