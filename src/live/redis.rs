//! The scale-out `Live`: game state in Redis, for several nodes sharing
//! one Redis (`--live redis://HOST:PORT/DB`). It owns the key layout and
//! the writes' atomicity; it must not interpret a game.
//!
//! Under the key prefix (`quizbox:` unless the URL's `prefix=` says
//! otherwise), for each game `G`:
//!
//! - `game:G:snapshot`: the latest snapshot (a string);
//! - `game:G:log`: the answer log, a list with one JSON entry per element,
//!   so an entry's sequence number is its position (from 1, no gaps);
//! - `game:G:answers`: a hash from question index to scored answers;
//! - `game:G:changed`: the Redis server's time of the latest write (ms);
//! - `game:G:owner` and `game:G:fence`: the owner lease and the fencing
//!   counter (see `lease`).
//!
//! and `games` (the set of games with a snapshot), `quarantine` (a hash
//! of games set aside, with where their keys went and why) and `pin:P`
//! (the running game holding PIN `P`, see `pins`). Nodes talk over pub/sub
//! channels under the same prefix (`bus`).
//!
//! Every write is one Lua script (`scripts`) that checks the writer's
//! fencing token and writes everything at once, and it returns only after
//! Redis has answered: an acknowledged write is in Redis's memory, and on
//! disk or on replicas as far as Redis's own settings (`appendfsync`) and
//! the URL's `replicas=` make it (see docs/scale-out.md).

mod bus;
mod lease;
mod pins;
mod scripts;
mod url;

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use async_trait::async_trait;
use redis::aio::ConnectionManager;
use redis::{AsyncCommands, Script};

pub use bus::{Bus, RECONNECTED};
pub use lease::Lease;

use super::{Live, LiveError, LogEntry, Quarantined, Result};

/// How long a removed game's fence counter is kept (seconds).
const FENCE_AFTER_REMOVE_SECS: u64 = 24 * 60 * 60;
/// Log entries read per round trip.
const LOG_PAGE: usize = 10_000;

fn backend(what: &str, e: redis::RedisError) -> LiveError {
    if e.code() == Some("STALE") {
        LiveError::Stale(format!("cannot {what}: {e}"))
    } else {
        LiveError::Backend(format!("cannot {what} in Redis: {e}"))
    }
}

/// What the quarantine hash keeps of a game set aside (its field is the
/// path).
#[derive(serde::Deserialize)]
struct StoredQuarantine {
    game: String,
    reason: String,
}

/// The scripts, built (and hashed) once.
struct Scripts {
    save_snapshot: Script,
    save_answers: Script,
    append: Script,
    remove: Script,
    quarantine: Script,
    claim: Script,
    renew: Script,
    release: Script,
}

/// Live state in one Redis database, under one key prefix.
pub struct RedisLive {
    connection: ConnectionManager,
    prefix: String,
    /// Replicas that must have each write before it is acknowledged
    /// (`WAIT`), and how long to wait for them.
    replicas: Option<(u32, Duration)>,
    /// This process's name in owner leases.
    node: String,
    /// The fencing token this process holds for each game it claimed.
    tokens: Mutex<HashMap<String, u64>>,
    /// Parts (`game/part`) whose latest write failed, and why.
    failing: Mutex<HashMap<String, String>>,
    scripts: Scripts,
    /// Pub/sub with the other nodes (connected on first use).
    bus: std::sync::Arc<Bus>,
}

impl RedisLive {
    /// Connects to the Redis a `redis://` URL names (see `url`). Fails if
    /// Redis does not answer.
    pub async fn open(url: &str) -> Result<RedisLive> {
        let target = url::parse(url)?;
        let client = redis::Client::open(target.connect.as_str())
            .map_err(|e| LiveError::Backend(format!("bad Redis URL: {e}")))?;
        let config = redis::aio::ConnectionManagerConfig::new()
            .set_connection_timeout(Some(Duration::from_secs(5)))
            .set_response_timeout(Some(Duration::from_secs(30)))
            .set_number_of_retries(3);
        let connection = ConnectionManager::new_with_config(client.clone(), config)
            .await
            .map_err(|e| {
                LiveError::Backend(format!(
                    "cannot connect to Redis at {}: {e}",
                    crate::config::redact_url(&target.connect)
                ))
            })?;
        let node = lease::node_name();
        let bus = std::sync::Arc::new(Bus::new(client, target.prefix.clone(), node.clone()));
        Ok(RedisLive {
            connection,
            prefix: target.prefix,
            replicas: target.replicas,
            node,
            bus,
            tokens: Mutex::new(HashMap::new()),
            failing: Mutex::new(HashMap::new()),
            scripts: Scripts {
                save_snapshot: scripts::save_snapshot(),
                save_answers: scripts::save_answers(),
                append: scripts::append(),
                remove: scripts::remove(),
                quarantine: scripts::quarantine(),
                claim: scripts::claim(),
                renew: scripts::renew(),
                release: scripts::release(),
            },
        })
    }

    /// The key prefix every key of this backend starts with.
    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    fn key(&self, game_id: &str, part: &str) -> String {
        format!("{}game:{game_id}:{part}", self.prefix)
    }

    fn games_key(&self) -> String {
        format!("{}games", self.prefix)
    }

    fn quarantine_key(&self) -> String {
        format!("{}quarantine", self.prefix)
    }

    /// The token writes of this game carry: the one claimed, or 0.
    fn token(&self, game_id: &str) -> u64 {
        let tokens = self.tokens.lock().expect("tokens lock");
        tokens.get(game_id).copied().unwrap_or(0)
    }

    /// The lease this process claimed on a game, if it claimed one.
    fn held(&self, game_id: &str) -> Option<Lease> {
        let tokens = self.tokens.lock().expect("tokens lock");
        tokens.get(game_id).map(|&token| Lease {
            game: game_id.to_string(),
            token,
        })
    }

    fn connection(&self) -> ConnectionManager {
        self.connection.clone()
    }

    /// Remembers whether the latest write of one part of a game failed.
    fn note<T>(&self, game_id: &str, part: &str, result: Result<T>) -> Result<T> {
        let key = format!("{game_id}/{part}");
        let mut failing = self.failing.lock().expect("failing lock");
        match &result {
            Ok(_) => {
                failing.remove(&key);
            }
            Err(e) => {
                failing.insert(key, e.to_string());
            }
        }
        result
    }

    /// Waits for the configured replicas to have every write this
    /// connection made so far.
    async fn replicated(&self, what: &str) -> Result<()> {
        let Some((replicas, timeout)) = self.replicas else {
            return Ok(());
        };
        let reached: u32 = redis::cmd("WAIT")
            .arg(replicas)
            .arg(timeout.as_millis() as u64)
            .query_async(&mut self.connection())
            .await
            .map_err(|e| backend(what, e))?;
        if reached < replicas {
            return Err(LiveError::Backend(format!(
                "cannot {what}: only {reached} of {replicas} Redis replicas confirmed it within \
                 {} ms",
                timeout.as_millis()
            )));
        }
        Ok(())
    }

    /// Runs one write script and waits for replicas.
    async fn write<T: redis::FromRedisValue>(
        &self,
        what: &str,
        invocation: redis::ScriptInvocation<'_>,
    ) -> Result<T> {
        let value = invocation
            .invoke_async(&mut self.connection())
            .await
            .map_err(|e| backend(what, e))?;
        self.replicated(what).await?;
        Ok(value)
    }
}

#[async_trait]
impl Live for RedisLive {
    async fn save_snapshot(&self, game_id: &str, snapshot: &[u8]) -> Result<()> {
        super::files::check_id(game_id)?;
        let mut invocation = self.scripts.save_snapshot.prepare_invoke();
        invocation
            .key(self.key(game_id, "fence"))
            .key(self.key(game_id, "snapshot"))
            .key(self.games_key())
            .key(self.key(game_id, "changed"))
            .arg(self.token(game_id))
            .arg(game_id)
            .arg(snapshot);
        let result = self.write::<i64>("save the snapshot", invocation).await;
        self.note(game_id, "snapshot", result.map(drop))
    }

    async fn load_snapshot(&self, game_id: &str) -> Result<Option<Vec<u8>>> {
        super::files::check_id(game_id)?;
        self.connection()
            .get(self.key(game_id, "snapshot"))
            .await
            .map_err(|e| backend("read the snapshot", e))
    }

    async fn games(&self) -> Result<Vec<String>> {
        let mut games: Vec<String> = self
            .connection()
            .smembers(self.games_key())
            .await
            .map_err(|e| backend("list the games", e))?;
        games.sort();
        Ok(games)
    }

    async fn append(&self, game_id: &str, entries: &[LogEntry]) -> Result<u64> {
        super::files::check_id(game_id)?;
        let log = self.key(game_id, "log");
        if entries.is_empty() {
            return self
                .connection()
                .llen(&log)
                .await
                .map_err(|e| backend("read the log", e));
        }
        let mut invocation = self.scripts.append.prepare_invoke();
        invocation
            .key(self.key(game_id, "fence"))
            .key(&log)
            .key(self.key(game_id, "changed"))
            .arg(self.token(game_id));
        for entry in entries {
            let json = serde_json::to_vec(entry)
                .map_err(|e| LiveError::Backend(format!("cannot encode a log entry: {e}")))?;
            invocation.arg(json);
        }
        let result = self.write::<u64>("append to the log", invocation).await;
        self.note(game_id, "log", result)
    }

    async fn log_since(&self, game_id: &str, after: u64) -> Result<Vec<(u64, LogEntry)>> {
        super::files::check_id(game_id)?;
        let log = self.key(game_id, "log");
        let mut found = Vec::new();
        let mut from = after.min(i64::MAX as u64 - LOG_PAGE as u64) as isize;
        loop {
            let page: Vec<Vec<u8>> = self
                .connection()
                .lrange(&log, from, from + LOG_PAGE as isize - 1)
                .await
                .map_err(|e| backend("read the log", e))?;
            for bytes in &page {
                let number = from as u64 + 1;
                let entry = serde_json::from_slice(bytes).map_err(|e| {
                    LiveError::Corrupt(format!(
                        "log entry {number} of game {game_id:?} is unreadable: {e}"
                    ))
                })?;
                found.push((number, entry));
                from += 1;
            }
            if page.len() < LOG_PAGE {
                return Ok(found);
            }
        }
    }

    async fn save_answers(&self, game_id: &str, question: usize, answers: &[u8]) -> Result<()> {
        super::files::check_id(game_id)?;
        let mut invocation = self.scripts.save_answers.prepare_invoke();
        invocation
            .key(self.key(game_id, "fence"))
            .key(self.key(game_id, "answers"))
            .key(self.key(game_id, "changed"))
            .arg(self.token(game_id))
            .arg(question)
            .arg(answers);
        let result = self.write::<i64>("save the answers", invocation).await;
        let part = super::files::answers_name(question);
        self.note(game_id, &part, result.map(drop))
    }

    async fn load_answers(&self, game_id: &str) -> Result<Vec<(usize, Vec<u8>)>> {
        super::files::check_id(game_id)?;
        let stored: HashMap<String, Vec<u8>> = self
            .connection()
            .hgetall(self.key(game_id, "answers"))
            .await
            .map_err(|e| backend("read the answers", e))?;
        let mut answers = Vec::with_capacity(stored.len());
        for (question, bytes) in stored {
            let question = question.parse::<usize>().map_err(|_| {
                LiveError::Corrupt(format!(
                    "answers of game {game_id:?} are kept under {question:?}, not a question"
                ))
            })?;
            answers.push((question, bytes));
        }
        answers.sort_by_key(|(question, _)| *question);
        Ok(answers)
    }

    async fn remove(&self, game_id: &str) -> Result<()> {
        super::files::check_id(game_id)?;
        let mut invocation = self.scripts.remove.prepare_invoke();
        invocation
            .key(self.key(game_id, "fence"))
            .key(self.key(game_id, "snapshot"))
            .key(self.key(game_id, "log"))
            .key(self.key(game_id, "answers"))
            .key(self.key(game_id, "changed"))
            .key(self.games_key())
            .key(self.key(game_id, "owner"))
            .arg(self.token(game_id))
            .arg(game_id)
            .arg(FENCE_AFTER_REMOVE_SECS);
        self.write::<i64>("remove the game", invocation).await?;
        self.tokens.lock().expect("tokens lock").remove(game_id);
        let prefix = format!("{game_id}/");
        self.failing
            .lock()
            .expect("failing lock")
            .retain(|key, _| !key.starts_with(&prefix));
        Ok(())
    }

    async fn quarantine(&self, game_id: &str, reason: &str) -> Result<Quarantined> {
        super::files::check_id(game_id)?;
        let stamp = super::format::utc_stamp(std::time::SystemTime::now());
        let aside = format!(
            "{}quarantine:{game_id}-{stamp}-{:08x}",
            self.prefix,
            rand::random::<u32>()
        );
        let record = Quarantined {
            game: game_id.to_string(),
            path: aside.clone(),
            reason: reason.to_string(),
        };
        let json = serde_json::to_string(&record)
            .map_err(|e| LiveError::Backend(format!("cannot encode a quarantine record: {e}")))?;
        let mut invocation = self.scripts.quarantine.prepare_invoke();
        invocation
            .key(self.key(game_id, "fence"))
            .key(self.key(game_id, "snapshot"))
            .key(self.key(game_id, "log"))
            .key(self.key(game_id, "answers"))
            .key(self.key(game_id, "changed"))
            .key(self.games_key())
            .key(self.quarantine_key());
        for part in ["snapshot", "log", "answers", "changed"] {
            invocation.key(format!("{aside}:{part}"));
        }
        invocation
            .arg(self.token(game_id))
            .arg(game_id)
            .arg(&aside)
            .arg(json);
        self.write::<i64>("set the game aside", invocation).await?;
        Ok(record)
    }

    async fn quarantined(&self) -> Result<Vec<Quarantined>> {
        let stored: HashMap<String, String> = self
            .connection()
            .hgetall(self.quarantine_key())
            .await
            .map_err(|e| backend("list the games set aside", e))?;
        let mut found = Vec::with_capacity(stored.len());
        for (path, json) in stored {
            let record = serde_json::from_str::<StoredQuarantine>(&json)
                .map_err(|e| LiveError::Corrupt(format!("quarantine record {path:?}: {e}")))?;
            found.push(Quarantined {
                game: record.game,
                path,
                reason: record.reason,
            });
        }
        found.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(found)
    }

    async fn changed_at(&self, game_id: &str) -> Result<Option<u64>> {
        super::files::check_id(game_id)?;
        self.connection()
            .get(self.key(game_id, "changed"))
            .await
            .map_err(|e| backend("read the time of the latest write", e))
    }

    fn shared(&self) -> bool {
        true
    }

    async fn claim_game(&self, game_id: &str, ttl: Duration) -> Result<bool> {
        Ok(self.claim(game_id, ttl).await?.is_some())
    }

    async fn renew_game(&self, game_id: &str, ttl: Duration) -> Result<bool> {
        match self.held(game_id) {
            Some(lease) => self.renew(&lease, ttl).await,
            None => Ok(false),
        }
    }

    async fn release_game(&self, game_id: &str) -> Result<()> {
        match self.held(game_id) {
            Some(lease) => self.release(&lease).await,
            None => Ok(()),
        }
    }

    async fn check_fence(&self, game_id: &str) -> Result<()> {
        self.fence_holds(game_id).await
    }

    async fn reserve_pin(&self, pin: &str, game_id: &str) -> Result<bool> {
        self.reserve(pin, game_id).await
    }

    async fn game_of_pin(&self, pin: &str) -> Result<Option<String>> {
        self.pin_holder(pin).await
    }

    async fn release_pin(&self, pin: &str, game_id: &str) -> Result<()> {
        self.give_back(pin, game_id).await
    }

    fn bus(&self) -> Option<std::sync::Arc<Bus>> {
        Some(std::sync::Arc::clone(&self.bus))
    }

    fn write_problem(&self) -> Option<String> {
        let failing = self.failing.lock().expect("failing lock");
        failing
            .iter()
            .next()
            .map(|(part, e)| format!("{part}: {e}"))
    }
}
