//! How fast messages reach a game's mailbox, for the flush policy: whether
//! a batch should gather more before its flush (actor.rs, `GATHER`). It
//! keeps two counts, for the current tenth of a second and the one before,
//! and knows nothing of what the messages are.

use std::time::Duration;

use tokio::time::Instant;

const BUCKET: Duration = Duration::from_millis(100);

/// Messages within the last 100 to 200 ms that mean a steady stream: at
/// least 150 a second. At that rate flushing each batch at once makes more
/// flushes than gathering for 20 ms does (50 a second at most), and the
/// kernel's share of each one shows in the CPU per answer. A class of 100
/// answering peaks near 55 a second (the bench's log-normal delays: median
/// 1.5 s), well below, so its acknowledgements never wait for a gather.
pub(super) const STREAM: u32 = 30;

pub(super) struct Arrivals {
    bucket_start: Instant,
    current: u32,
    previous: u32,
}

impl Arrivals {
    pub(super) fn new(now: Instant) -> Arrivals {
        Arrivals {
            bucket_start: now,
            current: 0,
            previous: 0,
        }
    }

    /// Counts `n` messages taken at `now`.
    pub(super) fn record(&mut self, n: usize, now: Instant) {
        self.roll(now);
        self.current = self.current.saturating_add(n as u32);
    }

    /// Whether messages arrive as a steady stream (`STREAM`).
    pub(super) fn streaming(&mut self, now: Instant) -> bool {
        self.roll(now);
        self.previous + self.current >= STREAM
    }

    fn roll(&mut self, now: Instant) {
        let elapsed = now.saturating_duration_since(self.bucket_start);
        if elapsed >= 2 * BUCKET {
            self.previous = 0;
            self.current = 0;
            self.bucket_start = now;
        } else if elapsed >= BUCKET {
            self.previous = self.current;
            self.current = 0;
            self.bucket_start += BUCKET;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    #[test]
    fn a_class_answering_is_not_a_stream_but_a_crowd_is() {
        let start = Instant::now();
        let mut arrivals = Arrivals::new(start);
        // 60 a second, one every 16 ms, for two seconds.
        for i in 0..120 {
            let now = start + ms(i * 16);
            arrivals.record(1, now);
            assert!(!arrivals.streaming(now), "at {} ms", i * 16);
        }
        // 300 a second, in batches of 3 every 10 ms: a stream within 100 ms.
        let later = start + ms(5_000);
        let mut streaming_at = None;
        for i in 0..50 {
            let now = later + ms(i * 10);
            arrivals.record(3, now);
            if streaming_at.is_none() && arrivals.streaming(now) {
                streaming_at = Some(i * 10);
            }
        }
        assert_eq!(streaming_at, Some(90));
    }

    #[test]
    fn a_stream_ends_within_two_buckets_of_silence() {
        let start = Instant::now();
        let mut arrivals = Arrivals::new(start);
        arrivals.record(40, start + ms(50));
        assert!(arrivals.streaming(start + ms(60)));
        // The busy tenth becomes the previous one, and still counts.
        assert!(arrivals.streaming(start + ms(150)));
        // Then it rolls out.
        assert!(!arrivals.streaming(start + ms(210)));
        // A long silence forgets everything at once.
        arrivals.record(40, start + ms(300));
        assert!(!arrivals.streaming(start + ms(900)));
    }
}
