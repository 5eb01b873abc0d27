//! Giving memory back to the system after a game's bursts.
//!
//! glibc's `free` returns memory to the system only from the top of the
//! heap; pages freed in between (a reveal's ten thousand results, a
//! snapshot's encoding) stay counted in the process's resident memory until
//! `malloc_trim` releases them. A game calls `give_back` at its quiet
//! moments (its leaderboard has been written, its podium is out); calls
//! closer together than `EVERY_MS` are skipped, so many games at once cost
//! no more.

use std::sync::atomic::{AtomicU64, Ordering};

use super::now_ms;

/// Least time between two trims, in milliseconds.
const EVERY_MS: u64 = 1000;

static LAST: AtomicU64 = AtomicU64::new(0);

/// Releases free heap pages to the system, at most once per `EVERY_MS`.
/// It walks the heap, so it runs on a blocking thread.
pub fn give_back() {
    let now = now_ms();
    let last = LAST.load(Ordering::Relaxed);
    if now.saturating_sub(last) < EVERY_MS
        || LAST
            .compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed)
            .is_err()
    {
        return;
    }
    tokio::task::spawn_blocking(crate::os::malloc_trim);
}
