//! Abuse limits: failed guesses (PINs, host keys, resume tokens) per
//! address, login attempts per address, and messages per WebSocket
//! connection. The counting is governor's GCRA. (Accounts are slowed down,
//! never refused, by `logins`.)
//!
//! Guesses count failures only: a crowd joining one game from one address
//! (a benchmark on loopback, a class behind one NAT) is never slowed down
//! by succeeding. Logins count every attempt, and count it before the
//! password is checked: simultaneous requests cannot all slip in while the
//! first ones are still being verified. While an address has used up its
//! allowance, every attempt from it is refused, valid or not, so an
//! attacker cannot tell a right PIN from a wrong one by being let in.
//!
//! This module counts and answers "may it?"; callers decide what counts as
//! a failure and how a refusal looks (HTTP 429, a WebSocket close code).

use std::collections::HashMap;
use std::hash::Hash;
use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use governor::clock::{Clock, DefaultClock};
use governor::middleware::StateInformationMiddleware;
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};

use crate::config::LimitSettings;

/// Addresses are counted per host for IPv4 and per /64 network for IPv6,
/// where one device can pick any address in its network.
pub fn client_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let s = v6.segments();
                IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        },
    }
}

/// The peer address of a request (unspecified when the server was started
/// without connection info, as in router-only tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientIp(pub IpAddr);

impl<S: Send + Sync> FromRequestParts<S> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let ip = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map_or(IpAddr::from([0, 0, 0, 0]), |c| c.0.ip());
        Ok(ClientIp(client_key(ip)))
    }
}

/// Failures per key. While a key has used up its burst it is blocked until
/// the limiter would grant one more attempt.
struct Strikes<K: Hash + Eq + Clone> {
    limiter: Option<KeyedLimiter<K>>,
    /// Time for one more attempt to be granted.
    interval: Duration,
    blocked: Mutex<HashMap<K, Instant>>,
    recorded: AtomicU64,
}

type KeyedLimiter<K> =
    RateLimiter<K, DefaultKeyedStateStore<K>, DefaultClock, StateInformationMiddleware>;

/// Keys blocked at once before expired entries are swept.
const SWEEP_AT: usize = 4096;

impl<K: Hash + Eq + Clone> Strikes<K> {
    fn new(per_minute: u32, burst: u32) -> Self {
        let quota = NonZeroU32::new(per_minute).map(|rate| {
            let burst = NonZeroU32::new(burst).unwrap_or(rate);
            Quota::per_minute(rate).allow_burst(burst)
        });
        Strikes {
            limiter: quota.map(|q| RateLimiter::keyed(q).with_middleware()),
            interval: quota.map_or(Duration::ZERO, |q| q.replenish_interval()),
            blocked: Mutex::new(HashMap::new()),
            recorded: AtomicU64::new(0),
        }
    }

    /// `Err(retry after)` while `key` is blocked.
    fn check(&self, key: &K) -> Result<(), Duration> {
        if self.limiter.is_none() {
            return Ok(());
        }
        let mut blocked = self.blocked.lock().expect("limits lock");
        match blocked.get(key) {
            Some(until) => {
                let now = Instant::now();
                if *until > now {
                    Err(*until - now)
                } else {
                    blocked.remove(key);
                    Ok(())
                }
            }
            None => Ok(()),
        }
    }

    /// Counts one attempt for `key` before it is made: `Err(retry after)`
    /// when the key has none left (the attempt must not be made). The last
    /// one allowed blocks the key for what follows, and says so (`Ok(true)`).
    fn take(&self, key: &K) -> Result<bool, Duration> {
        self.check(key)?;
        let Some(limiter) = &self.limiter else {
            return Ok(false);
        };
        if self.recorded.fetch_add(1, Ordering::Relaxed) % 1024 == 1023 {
            limiter.retain_recent();
        }
        let (result, wait) = match limiter.check_key(key) {
            Ok(state) if state.remaining_burst_capacity() > 0 => return Ok(false),
            Ok(_) => (Ok(true), self.interval),
            Err(not_until) => {
                let wait = not_until.wait_time_from(DefaultClock::default().now());
                (Err(wait.max(Duration::from_secs(1))), wait)
            }
        };
        self.block(key, wait.max(Duration::from_secs(1)));
        result
    }

    fn block(&self, key: &K, wait: Duration) {
        let mut blocked = self.blocked.lock().expect("limits lock");
        if blocked.len() >= SWEEP_AT {
            let now = Instant::now();
            blocked.retain(|_, until| *until > now);
        }
        blocked.insert(key.clone(), Instant::now() + wait);
    }

    /// Records one failure for `key`; `Err(retry after)` when that used up
    /// its allowance (the key is then blocked).
    fn fail(&self, key: &K) -> Result<(), Duration> {
        let Some(limiter) = &self.limiter else {
            return Ok(());
        };
        if self.recorded.fetch_add(1, Ordering::Relaxed) % 1024 == 1023 {
            limiter.retain_recent();
        }
        let wait = match limiter.check_key(key) {
            Ok(state) if state.remaining_burst_capacity() > 0 => return Ok(()),
            // That was the last one: blocked until the next is granted.
            Ok(_) => self.interval,
            Err(not_until) => not_until.wait_time_from(DefaultClock::default().now()),
        }
        .max(Duration::from_secs(1));
        self.block(key, wait);
        Err(wait)
    }
}

/// The server's limits, shared by every request and connection.
pub struct Limits {
    settings: LimitSettings,
    guesses: Strikes<IpAddr>,
    logins: Strikes<IpAddr>,
    /// One clock for every connection's message limiter: setting up a
    /// clock calibrates it, which cost 3% of the server's CPU when each
    /// connection made its own.
    clock: DefaultClock,
}

impl Limits {
    pub fn new(settings: &LimitSettings) -> Limits {
        Limits {
            clock: DefaultClock::default(),
            guesses: Strikes::new(settings.pin_guesses_per_minute, settings.pin_guesses_burst),
            logins: Strikes::new(settings.logins_per_minute, settings.logins_burst),
            settings: settings.clone(),
        }
    }

    pub fn settings(&self) -> &LimitSettings {
        &self.settings
    }

    /// `Err(retry after)` while `ip` may not try a PIN, host key or resume token.
    pub fn may_guess(&self, ip: IpAddr) -> Result<(), Duration> {
        self.guesses.check(&client_key(ip))
    }

    /// Records a wrong PIN, host key or resume token from `ip`.
    pub fn wrong_guess(&self, ip: IpAddr) {
        if let Err(wait) = self.guesses.fail(&client_key(ip)) {
            tracing::warn!(%ip, retry_after = wait.as_secs(), "too many wrong PINs or keys; address blocked for a while");
        }
    }

    /// Counts a login attempt from `ip`, before its password is checked;
    /// `Err(retry after)` when the address has none left.
    pub fn attempt_login(&self, ip: IpAddr) -> Result<(), Duration> {
        let last = self.logins.take(&client_key(ip))?;
        if last {
            tracing::warn!(%ip, "too many login attempts; address blocked for a while");
        }
        Ok(())
    }

    /// A fresh per-connection message limiter; `None` when unlimited.
    pub fn message_limiter(&self) -> Option<DefaultDirectRateLimiter> {
        let rate = NonZeroU32::new(self.settings.messages_per_second)?;
        let burst = NonZeroU32::new(self.settings.messages_burst).unwrap_or(rate);
        Some(RateLimiter::direct_with_clock(
            Quota::per_second(rate).allow_burst(burst),
            self.clock.clone(),
        ))
    }
}

/// Seconds for a `Retry-After` header: at least 1.
pub fn retry_after_secs(wait: Duration) -> u64 {
    wait.as_secs_f64().ceil().max(1.0) as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(per_minute: u32, burst: u32) -> LimitSettings {
        LimitSettings {
            pin_guesses_per_minute: per_minute,
            pin_guesses_burst: burst,
            ..LimitSettings::default()
        }
    }

    #[test]
    fn guesses_are_refused_after_the_burst_and_only_for_that_address() {
        let limits = Limits::new(&settings(1, 3));
        let a: IpAddr = "192.0.2.1".parse().unwrap();
        let b: IpAddr = "192.0.2.2".parse().unwrap();
        for _ in 0..3 {
            assert!(limits.may_guess(a).is_ok());
            limits.wrong_guess(a);
        }
        let wait = limits.may_guess(a).unwrap_err();
        assert!(
            wait > Duration::from_secs(30) && wait <= Duration::from_secs(60),
            "{wait:?}"
        );
        assert!(
            limits.may_guess(b).is_ok(),
            "another address is not affected"
        );
    }

    #[test]
    fn ipv6_addresses_count_per_network() {
        let limits = Limits::new(&settings(1, 1));
        limits.wrong_guess("2001:db8:1:2::1".parse().unwrap());
        assert!(limits
            .may_guess("2001:db8:1:2::ffff".parse().unwrap())
            .is_err());
        assert!(limits.may_guess("2001:db8:1:3::1".parse().unwrap()).is_ok());
        assert_eq!(
            client_key("::ffff:192.0.2.7".parse().unwrap()),
            "192.0.2.7".parse::<IpAddr>().unwrap()
        );
    }

    #[test]
    fn zero_turns_a_limit_off() {
        let limits = Limits::new(&LimitSettings {
            pin_guesses_per_minute: 0,
            messages_per_second: 0,
            ..LimitSettings::default()
        });
        let ip: IpAddr = "192.0.2.1".parse().unwrap();
        for _ in 0..1000 {
            limits.wrong_guess(ip);
        }
        assert!(limits.may_guess(ip).is_ok());
        assert!(limits.message_limiter().is_none());
    }

    #[test]
    fn logins_are_counted_before_they_are_made_and_per_address() {
        let limits = Limits::new(&LimitSettings {
            logins_per_minute: 1,
            logins_burst: 3,
            ..LimitSettings::default()
        });
        let a = IpAddr::from([198, 51, 100, 1]);
        let allowed = (0..10).filter(|_| limits.attempt_login(a).is_ok()).count();
        assert_eq!(allowed, 3, "the burst, and not one more");
        let wait = limits.attempt_login(a).unwrap_err();
        assert!(wait > Duration::from_secs(30), "{wait:?}");
        assert!(limits
            .attempt_login(IpAddr::from([198, 51, 100, 2]))
            .is_ok());
    }

    #[test]
    fn messages_have_a_burst_then_a_rate() {
        let limits = Limits::new(&LimitSettings {
            messages_per_second: 5,
            messages_burst: 10,
            ..LimitSettings::default()
        });
        let limiter = limits.message_limiter().unwrap();
        let allowed = (0..50).filter(|_| limiter.check().is_ok()).count();
        assert!((10..=11).contains(&allowed), "{allowed}");
    }

    #[test]
    fn environment_overrides_and_blocked_words() {
        let s = LimitSettings {
            blocked_nicknames: vec!["Bad Word".into(), "  ".into(), "badword".into()],
            ..LimitSettings::default()
        };
        assert_eq!(s.blocked_skeletons(), vec!["badword".to_string()]);
        assert_eq!(retry_after_secs(Duration::from_millis(1200)), 2);
        assert_eq!(retry_after_secs(Duration::ZERO), 1);
    }
}
