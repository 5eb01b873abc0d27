//! The clock-offset handshake (docs/protocol.md, "Clock offset"): estimate
//! `server clock − local clock` from `welcome.server_time`, then keep the
//! pong with the shortest round trip. Pure arithmetic; callers pass the time.

/// Local wall clock in ms since the Unix epoch, the unit the protocol speaks.
pub fn local_now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

/// Running estimate of the server's clock relative to ours.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClockSync {
    offset_ms: i64,
    best_rtt_ms: Option<f64>,
}

impl ClockSync {
    /// First estimate, from a `welcome`; ignored once a pong has been seen.
    pub fn welcome(&mut self, server_time: u64, local_now: u64) {
        if self.best_rtt_ms.is_none() {
            self.offset_ms = server_time as i64 - local_now as i64;
        }
    }

    /// A `pong` for a ping sent at local time `t`; returns whether it improved
    /// the estimate (a shorter round trip than any before).
    pub fn pong(&mut self, t: f64, server_time: u64, local_now: u64) -> bool {
        let rtt = (local_now as f64 - t).max(0.0);
        if self.best_rtt_ms.is_some_and(|best| best <= rtt) {
            return false;
        }
        self.best_rtt_ms = Some(rtt);
        self.offset_ms = (server_time as f64 - (t + rtt / 2.0)).round() as i64;
        true
    }

    /// Add this to a local time to get server time.
    pub fn offset_ms(&self) -> i64 {
        self.offset_ms
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shortest_round_trip_wins() {
        let mut clock = ClockSync::default();
        clock.welcome(10_500, 10_000);
        assert_eq!(clock.offset_ms(), 500);
        // 200 ms round trip: the server stamped halfway, at local 10_100 + 700.
        assert!(clock.pong(10_000.0, 10_800, 10_200));
        assert_eq!(clock.offset_ms(), 700);
        // A slower sample does not replace it.
        assert!(!clock.pong(11_000.0, 12_000, 11_900));
        assert_eq!(clock.offset_ms(), 700);
        // A faster one does; a later welcome no longer moves it.
        assert!(clock.pong(12_000.0, 12_690, 12_020));
        assert_eq!(clock.offset_ms(), 680);
        clock.welcome(99_999, 0);
        assert_eq!(clock.offset_ms(), 680);
    }
}
