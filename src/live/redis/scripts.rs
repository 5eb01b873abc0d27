//! The Lua scripts every write of the Redis backend runs as: each checks
//! the game's fencing token first and then writes all it writes at once,
//! so a write is either whole in Redis or not there at all.
//!
//! They start with a `#!lua` line (Redis 7 and later): Redis then refuses
//! a script that may write as a whole while it is out of memory, instead
//! of failing at its first write command after some reads. Keys are all
//! passed in `KEYS`; nothing here builds a key name.
//!
//! ARGV[1] of every write is the token the writing node holds for the
//! game (0 if it never claimed it). A write is refused with an error
//! starting `STALE` when the game's fence counter has moved past it: a
//! node whose lease was taken over can no longer change the game.

use redis::Script;

/// The check all writes open with. KEYS[1] is always the fence counter.
macro_rules! fenced {
    ($body:literal) => {
        concat!(
            "#!lua\n",
            "local fence = tonumber(redis.call('GET', KEYS[1]) or '0')\n",
            "if tonumber(ARGV[1]) < fence then\n",
            "  return redis.error_reply('STALE fencing token ' .. ARGV[1] .. ' is older than ' .. fence)\n",
            "end\n",
            "local now = redis.call('TIME')\n",
            "local ms = tostring(tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000))\n",
            $body
        )
    };
}

/// KEYS: fence, snapshot, games set, changed. ARGV: token, game id, bytes.
pub fn save_snapshot() -> Script {
    Script::new(fenced!(
        "redis.call('SET', KEYS[2], ARGV[3])\n\
         redis.call('SADD', KEYS[3], ARGV[2])\n\
         redis.call('SET', KEYS[4], ms)\n\
         return 1\n"
    ))
}

/// KEYS: fence, answers hash, changed. ARGV: token, question, bytes.
pub fn save_answers() -> Script {
    Script::new(fenced!(
        "redis.call('HSET', KEYS[2], ARGV[2], ARGV[3])\n\
         redis.call('SET', KEYS[3], ms)\n\
         return 1\n"
    ))
}

/// KEYS: fence, log list, changed. ARGV: token, entries… Returns the
/// log's new length: the number of the last entry appended. Pushed in
/// chunks because Lua's `unpack` is bounded by its stack.
pub fn append() -> Script {
    Script::new(fenced!(
        "local n = #ARGV\n\
         local length = 0\n\
         for from = 2, n, 1000 do\n\
           length = redis.call('RPUSH', KEYS[2], unpack(ARGV, from, math.min(from + 999, n)))\n\
         end\n\
         redis.call('SET', KEYS[3], ms)\n\
         return length\n"
    ))
}

/// KEYS: fence, snapshot, log, answers, changed, games set, owner lease.
/// ARGV: token, game id, seconds the fence counter outlives the game.
/// The counter is kept a while, so a stale owner cannot bring a removed
/// game back with the token it held.
pub fn remove() -> Script {
    Script::new(fenced!(
        "redis.call('DEL', KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[7])\n\
         redis.call('SREM', KEYS[6], ARGV[2])\n\
         if redis.call('EXISTS', KEYS[1]) == 1 then\n\
           redis.call('EXPIRE', KEYS[1], ARGV[3])\n\
         end\n\
         return 1\n"
    ))
}

/// KEYS: fence, snapshot, log, answers, changed, games set, quarantine
/// hash, then the four names the game's parts move to. ARGV: token, game
/// id, where they went (the hash field), the record to keep there (JSON).
pub fn quarantine() -> Script {
    Script::new(fenced!(
        "for i = 2, 5 do\n\
           if redis.call('EXISTS', KEYS[i]) == 1 then\n\
             redis.call('RENAME', KEYS[i], KEYS[i + 6])\n\
           end\n\
         end\n\
         redis.call('SREM', KEYS[6], ARGV[2])\n\
         redis.call('HSET', KEYS[7], ARGV[3], ARGV[4])\n\
         return 1\n"
    ))
}

/// KEYS: owner lease, fence. ARGV: node id, lease in ms. Takes the lease
/// if nobody holds it (or this node does) and returns the new token, or
/// nil while another node holds it.
pub fn claim() -> Script {
    Script::new(
        "#!lua\n\
         local holder = redis.call('GET', KEYS[1])\n\
         if holder and string.match(holder, '^[^ ]*') ~= ARGV[1] then\n\
           return false\n\
         end\n\
         local token = redis.call('INCR', KEYS[2])\n\
         redis.call('PERSIST', KEYS[2])\n\
         redis.call('SET', KEYS[1], ARGV[1] .. ' ' .. token, 'PX', ARGV[2])\n\
         return token\n",
    )
}

/// KEYS: owner lease. ARGV: node id and token as the lease holds them,
/// lease in ms. 1 if renewed, 0 if the lease is no longer this holder's.
/// It needs no memory, so a Redis that refuses writes still renews.
pub fn renew() -> Script {
    Script::new(
        "#!lua flags=allow-oom\n\
         if redis.call('GET', KEYS[1]) == ARGV[1] then\n\
           redis.call('PEXPIRE', KEYS[1], ARGV[2])\n\
           return 1\n\
         end\n\
         return 0\n",
    )
}

/// KEYS: owner lease. ARGV: node id and token as the lease holds them.
pub fn release() -> Script {
    Script::new(
        "#!lua flags=allow-oom\n\
         if redis.call('GET', KEYS[1]) == ARGV[1] then\n\
           return redis.call('DEL', KEYS[1])\n\
         end\n\
         return 0\n",
    )
}
