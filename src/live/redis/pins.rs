//! Game PINs across nodes, and the fence check before a game's results
//! are saved. A new game's PIN is reserved under `pin:P` (set only while
//! absent), so two nodes never hand out the same PIN; it names the game,
//! so a node can find the game a client asks for by PIN whichever node
//! runs it. It is given back when the game is over. The fence check
//! compares the token this node holds for a game with the game's counter.

use redis::AsyncCommands;

use super::{backend, RedisLive};
use crate::live::{LiveError, Result};

/// Gives a PIN back only while it still names the game. KEYS: pin.
/// ARGV: game id.
const GIVE_BACK: &str = "#!lua\n\
    if redis.call('GET', KEYS[1]) == ARGV[1] then\n\
      return redis.call('DEL', KEYS[1])\n\
    end\n\
    return 0\n";

impl RedisLive {
    fn pin_key(&self, pin: &str) -> String {
        format!("{}pin:{pin}", self.prefix)
    }

    /// Reserves `pin` for `game_id`: false if another game holds it.
    pub(super) async fn reserve(&self, pin: &str, game_id: &str) -> Result<bool> {
        crate::live::files::check_id(game_id)?;
        let set: Option<String> = redis::cmd("SET")
            .arg(self.pin_key(pin))
            .arg(game_id)
            .arg("NX")
            .query_async(&mut self.connection())
            .await
            .map_err(|e| backend("reserve the PIN", e))?;
        if set.is_none() {
            return Ok(false);
        }
        self.replicated("reserve the PIN").await?;
        Ok(true)
    }

    /// The game holding `pin`, if any.
    pub(super) async fn pin_holder(&self, pin: &str) -> Result<Option<String>> {
        self.connection()
            .get(self.pin_key(pin))
            .await
            .map_err(|e| backend("look the PIN up", e))
    }

    /// Gives `pin` back if `game_id` still holds it.
    pub(super) async fn give_back(&self, pin: &str, game_id: &str) -> Result<()> {
        let _: i64 = redis::Script::new(GIVE_BACK)
            .key(self.pin_key(pin))
            .arg(game_id)
            .invoke_async(&mut self.connection())
            .await
            .map_err(|e| backend("give the PIN back", e))?;
        Ok(())
    }

    /// Fails with `Stale` once another node has claimed the game since
    /// this one did.
    pub(super) async fn fence_holds(&self, game_id: &str) -> Result<()> {
        crate::live::files::check_id(game_id)?;
        let fence: Option<u64> = self
            .connection()
            .get(self.key(game_id, "fence"))
            .await
            .map_err(|e| backend("read the fence", e))?;
        let token = self.token(game_id);
        match fence {
            Some(fence) if token < fence => Err(LiveError::Stale(format!(
                "fencing token {token} is older than {fence}"
            ))),
            _ => Ok(()),
        }
    }
}
