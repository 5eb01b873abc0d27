//! Owner leases with fencing tokens: which node runs a game. A lease is
//! the key `game:G:owner`, set only while absent (or held by the same
//! node) with an expiry, holding "NODE TOKEN"; the token comes from the
//! counter `game:G:fence`, which only grows. Once a node has claimed a
//! game, every write it makes carries its token, and the write scripts
//! refuse one whose token is older than the counter: a node that stalled
//! past its lease's expiry while another took the game over cannot change
//! it any more (`LiveError::Stale`), whatever it still believes.
//!
//! Writes of a node that never claimed a game carry token 0 and are
//! refused once anyone has claimed it.

use std::time::Duration;

use super::{backend, RedisLive};
use crate::live::Result;

/// A lease this node holds on a game.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lease {
    pub game: String,
    /// The fencing token the node's writes of the game carry.
    pub token: u64,
}

/// A name for this process in owner leases: host, process id and a random
/// part, so two processes on one host (or a restart reusing a pid) differ.
pub(super) fn node_name() -> String {
    let host = gethostname::gethostname()
        .to_string_lossy()
        .replace(' ', "_");
    format!(
        "{host}:{}:{:08x}",
        std::process::id(),
        rand::random::<u32>()
    )
}

impl RedisLive {
    /// This process's name in the leases it holds.
    pub fn node(&self) -> &str {
        &self.node
    }

    /// Takes the lease on a game for `ttl` if no other node holds it, and
    /// from then on writes of the game carry the new token. None while
    /// another node's lease runs.
    pub async fn claim(&self, game_id: &str, ttl: Duration) -> Result<Option<Lease>> {
        crate::live::files::check_id(game_id)?;
        let token: Option<u64> = self
            .scripts
            .claim
            .key(self.key(game_id, "owner"))
            .key(self.key(game_id, "fence"))
            .arg(&self.node)
            .arg(ttl.as_millis() as u64)
            .invoke_async(&mut self.connection())
            .await
            .map_err(|e| backend("claim the game", e))?;
        let Some(token) = token else {
            return Ok(None);
        };
        self.replicated("claim the game").await?;
        self.tokens
            .lock()
            .expect("tokens lock")
            .insert(game_id.to_string(), token);
        Ok(Some(Lease {
            game: game_id.to_string(),
            token,
        }))
    }

    /// Extends a lease this node holds by `ttl` from now. False if it has
    /// expired or another node holds the game now: this node must stop
    /// running it.
    pub async fn renew(&self, lease: &Lease, ttl: Duration) -> Result<bool> {
        let renewed: i64 = self
            .scripts
            .renew
            .key(self.key(&lease.game, "owner"))
            .arg(format!("{} {}", self.node, lease.token))
            .arg(ttl.as_millis() as u64)
            .invoke_async(&mut self.connection())
            .await
            .map_err(|e| backend("renew the lease", e))?;
        Ok(renewed == 1)
    }

    /// Gives a lease up before it expires, so another node may claim the
    /// game at once. Nothing happens if it is no longer this node's.
    pub async fn release(&self, lease: &Lease) -> Result<()> {
        let _: i64 = self
            .scripts
            .release
            .key(self.key(&lease.game, "owner"))
            .arg(format!("{} {}", self.node, lease.token))
            .invoke_async(&mut self.connection())
            .await
            .map_err(|e| backend("release the lease", e))?;
        Ok(())
    }

    /// Who holds a game's lease now ("NODE TOKEN"), if anyone.
    pub async fn owner(&self, game_id: &str) -> Result<Option<String>> {
        use redis::AsyncCommands;
        crate::live::files::check_id(game_id)?;
        self.connection()
            .get(self.key(game_id, "owner"))
            .await
            .map_err(|e| backend("read the lease", e))
    }
}
