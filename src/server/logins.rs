//! `POST /api/login` and what keeps it cheap under attack: every attempt
//! is counted against its address before its password is checked; attempts
//! on one account are checked one at a time, each after a wait that grows
//! with that account's recent failures; and only a few argon2 hashes run at
//! once, on the blocking pool, each holding its 19 MiB only while it runs.
//!
//! An account is slowed down, never locked: an attacker guessing from many
//! addresses delays the owner by at most a few waits, and the owner's right
//! password is never refused for the attacker's wrong ones.
//!
//! It must not decide who may do what once signed in (see `auth`).

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use tokio::sync::{OwnedMutexGuard, Semaphore};

use super::api::ApiError;
use super::auth::{self, Login, SessionBody, MAX_PASSWORD};
use super::limits::{self, ClientIp};
use super::tls::OverTls;
use super::{now_ms, AppState};
use crate::config::{AuthSettings, LimitSettings, TlsMode, TlsSettings};
use crate::store::{Scope, TokenKind};

/// Accounts remembered at once before quiet ones are forgotten.
const SWEEP_AT: usize = 4096;
/// Longest account key kept (longer names cannot exist anyway).
const KEY_CHARS: usize = 64;
/// Addresses remembered per account as ones its owner signed in from.
const TRUSTED: usize = 8;

/// Login attempts in flight: per-account lines and the hash pool.
pub struct LoginGate {
    hashes: Arc<Semaphore>,
    /// Logins waiting for or holding a hash.
    hashing: AtomicUsize,
    most_hashing: usize,
    accounts: Mutex<HashMap<String, Account>>,
    free_failures: f64,
    forget_per_sec: f64,
    max_delay: Duration,
    queue: usize,
}

/// One account's recent failures, its line of waiting attempts, and the
/// addresses it signed in from lately.
struct Account {
    failures: f64,
    counted_at: Instant,
    line: Arc<tokio::sync::Mutex<()>>,
    waiting: usize,
    trusted: Vec<IpAddr>,
}

impl Default for Account {
    fn default() -> Self {
        Account {
            failures: 0.0,
            counted_at: Instant::now(),
            line: Arc::default(),
            waiting: 0,
            trusted: Vec::new(),
        }
    }
}

/// Why an attempt is not made now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Busy {
    /// Too many attempts wait for this account.
    Account,
    /// Too many logins wait for a password hash.
    Hashing,
}

/// An attempt's turn on its account: held while it is checked (dropping
/// it gives back its place and lets the next attempt go).
pub struct Turn<'a> {
    _place: Waiting<'a>,
    _line: OwnedMutexGuard<()>,
}

impl LoginGate {
    pub fn new(settings: &LimitSettings) -> LoginGate {
        let permits = settings.password_hashes.max(1) as usize;
        LoginGate {
            hashes: Arc::new(Semaphore::new(permits)),
            hashing: AtomicUsize::new(0),
            most_hashing: permits + settings.password_hash_queue as usize,
            accounts: Mutex::new(HashMap::new()),
            free_failures: f64::from(settings.account_logins_burst),
            forget_per_sec: f64::from(settings.account_logins_per_minute) / 60.0,
            max_delay: Duration::from_secs(u64::from(settings.account_login_max_delay_secs)),
            queue: settings.account_login_queue as usize + 1,
        }
    }

    fn key(account: &str) -> String {
        account.chars().take(KEY_CHARS).collect()
    }

    /// Joins `account`'s line and waits for its turn: first until the
    /// attempts before it are done, then for the account's current delay.
    pub async fn turn(&self, account: &str) -> Result<Turn<'_>, Busy> {
        let key = Self::key(account);
        let line = {
            let mut accounts = self.accounts.lock().expect("logins lock");
            if accounts.len() >= SWEEP_AT {
                let now = Instant::now();
                let forget = self.forget_per_sec;
                accounts.retain(|_, a| {
                    a.waiting > 0 || a.decayed(now, forget) > 0.0 || !a.trusted.is_empty()
                });
            }
            let entry = accounts.entry(key.clone()).or_default();
            if entry.waiting >= self.queue {
                return Err(Busy::Account);
            }
            entry.waiting += 1;
            Arc::clone(&entry.line)
        };
        // From here the place is given back on drop, even if the request
        // is abandoned while it waits.
        let place = Waiting { gate: self, key };
        let guard = line.lock_owned().await;
        tokio::time::sleep(self.delay(&place.key)).await;
        Ok(Turn {
            _place: place,
            _line: guard,
        })
    }

    /// How long the next attempt on `key` waits: nothing for the first
    /// failures, then 1 s doubling up to the maximum.
    fn delay(&self, key: &str) -> Duration {
        let accounts = self.accounts.lock().expect("logins lock");
        let failures = accounts
            .get(key)
            .map_or(0.0, |a| a.decayed(Instant::now(), self.forget_per_sec));
        // A failure counted a moment ago has decayed a hair; it still counts.
        let over = failures - self.free_failures + 1e-3;
        if over < 0.0 {
            return Duration::ZERO;
        }
        let secs = 2f64.powf(over.floor().min(30.0));
        Duration::from_secs_f64(secs).min(self.max_delay)
    }

    /// Whether `ip` signed in to `account` lately: its attempts skip the
    /// account's line and wait, so guesses from elsewhere cannot keep the
    /// owner out.
    pub fn trusts(&self, account: &str, ip: IpAddr) -> bool {
        let accounts = self.accounts.lock().expect("logins lock");
        accounts
            .get(&Self::key(account))
            .is_some_and(|a| a.trusted.contains(&limits::client_key(ip)))
    }

    /// The password was wrong: the account's next attempts wait longer.
    pub fn failed(&self, account: &str) {
        let mut accounts = self.accounts.lock().expect("logins lock");
        let a = accounts.entry(Self::key(account)).or_default();
        let now = Instant::now();
        a.failures = a.decayed(now, self.forget_per_sec) + 1.0;
        a.counted_at = now;
    }

    /// Someone signed in from `ip`: the account starts afresh, and `ip` is
    /// trusted with it.
    pub fn succeeded(&self, account: &str, ip: IpAddr) {
        let mut accounts = self.accounts.lock().expect("logins lock");
        let a = accounts.entry(Self::key(account)).or_default();
        a.failures = 0.0;
        let ip = limits::client_key(ip);
        a.trusted.retain(|t| *t != ip);
        if a.trusted.len() >= TRUSTED {
            a.trusted.remove(0);
        }
        a.trusted.push(ip);
    }

    /// Forgets `account`'s recent failures; how many there were (rounded).
    pub fn forget(&self, account: &str) -> u32 {
        let mut accounts = self.accounts.lock().expect("logins lock");
        let Some(a) = accounts.get_mut(&Self::key(account)) else {
            return 0;
        };
        let had = a.decayed(Instant::now(), self.forget_per_sec);
        a.failures = 0.0;
        had.round() as u32
    }

    fn leave(&self, key: &str) {
        let mut accounts = self.accounts.lock().expect("logins lock");
        if let Some(a) = accounts.get_mut(key) {
            a.waiting = a.waiting.saturating_sub(1);
        }
    }

    /// Runs a password check on the blocking pool once a hash is free.
    pub async fn check<T: Send + 'static>(
        &self,
        job: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, Busy> {
        if self.hashing.fetch_add(1, Ordering::SeqCst) >= self.most_hashing {
            self.hashing.fetch_sub(1, Ordering::SeqCst);
            return Err(Busy::Hashing);
        }
        let _counted = Hashing(&self.hashing);
        let _permit = Arc::clone(&self.hashes)
            .acquire_owned()
            .await
            .expect("the hash pool is never closed");
        Ok(tokio::task::spawn_blocking(job)
            .await
            .expect("password hashing does not panic"))
    }
}

impl Account {
    fn decayed(&self, now: Instant, forget_per_sec: f64) -> f64 {
        let gone = now.duration_since(self.counted_at).as_secs_f64() * forget_per_sec;
        (self.failures - gone).max(0.0)
    }
}

/// A place in an account's line, given back if the wait is abandoned.
struct Waiting<'a> {
    gate: &'a LoginGate,
    key: String,
}

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.gate.leave(&self.key);
    }
}

struct Hashing<'a>(&'a AtomicUsize);

impl Drop for Hashing<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// 503 with `Retry-After`: not refused for good, only not now.
fn busy(why: Busy, retry_after: u64) -> Response {
    let message = match why {
        Busy::Account => "too many sign-ins to this account at once; try again shortly",
        Busy::Hashing => "too many sign-ins at once; try again shortly",
    };
    let mut response = (
        StatusCode::SERVICE_UNAVAILABLE,
        Json(serde_json::json!({ "error": message })),
    )
        .into_response();
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from(retry_after));
    response
}

/// How a request reached us: the peer's own address (not the limits'
/// per-network key) and whether it came over TLS.
pub struct Transport {
    pub peer: Option<IpAddr>,
    pub over_tls: bool,
}

impl<S: Send + Sync> FromRequestParts<S> for Transport {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(Transport {
            peer: parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|c| c.0.ip()),
            over_tls: parts.extensions.get::<OverTls>().is_some(),
        })
    }
}

/// Whether a password may be sent this way: over TLS, or from this very
/// machine, or when there is no HTTPS to send it over instead (or the
/// operator allows it). "This machine" is 127.0.0.1 or ::1 exactly: other
/// loopback addresses are rare enough to be treated as strangers.
pub fn password_may_travel(auth: &AuthSettings, tls: &TlsSettings, how: &Transport) -> bool {
    let this_machine = how.peer.is_some_and(|ip| match ip {
        IpAddr::V4(v4) => v4 == Ipv4Addr::LOCALHOST,
        IpAddr::V6(v6) => {
            v6 == Ipv6Addr::LOCALHOST || v6.to_ipv4_mapped() == Some(Ipv4Addr::LOCALHOST)
        }
    });
    how.over_tls || this_machine || tls.mode == TlsMode::Off || auth.allow_plaintext_login
}

/// `POST /api/login`: a password for a session token.
pub async fn login(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    how: Transport,
    body: Result<Json<Login>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, ApiError> {
    if !password_may_travel(&state.settings.auth, &state.settings.tls, &how) {
        return Err(ApiError::Forbidden(format!(
            "sign in over HTTPS (port {}): passwords are not accepted over plain HTTP \
             from other machines",
            state.settings.tls.listen.port()
        )));
    }
    let Json(body) = body?;
    let username = body.username.trim().to_lowercase();
    if body.password.len() > MAX_PASSWORD {
        return Err(ApiError::BadRequest(format!(
            "a password has at most {MAX_PASSWORD} bytes"
        )));
    }
    if let Err(wait) = state.limits.attempt_login(ip) {
        return Err(ApiError::TooMany {
            message: format!(
                "too many logins from this address; try again in {} s",
                limits::retry_after_secs(wait)
            ),
            retry_after: limits::retry_after_secs(wait),
        });
    }
    let gate = &state.logins;
    let turn = if gate.trusts(&username, ip) {
        None
    } else {
        match gate.turn(&username).await {
            Ok(turn) => Some(turn),
            Err(why) => {
                tracing::debug!(%ip, user = %username, "login refused: account busy");
                let retry = gate.max_delay.as_secs().max(1);
                return Ok(busy(why, retry));
            }
        }
    };
    let found = state.store.user_by_name(&username).await?;
    let (hash, user) = match found {
        Some((user, hash)) => (Some(hash), Some(user)),
        None => (None, None),
    };
    let password = body.password;
    let verified = match gate
        .check(move || auth::verify_pooled(&password, hash.as_deref()))
        .await
    {
        Ok(verified) => verified,
        Err(why) => {
            tracing::debug!(%ip, user = %username, "login refused: hashing busy");
            return Ok(busy(why, 1));
        }
    };
    let Some(user) = user.filter(|_| verified) else {
        gate.failed(&username);
        log_failure(ip, &username);
        return Err(ApiError::Unauthorized("wrong username or password".into()));
    };
    gate.succeeded(&username, ip);
    drop(turn);
    let expires_at = now_ms() as i64 + i64::from(state.settings.auth.session_hours) * 3_600_000;
    let token = auth::issue_token(
        state.store.as_ref(),
        user.id,
        TokenKind::Session,
        "login",
        &Scope::ALL,
        Some(expires_at),
    )
    .await?;
    tracing::info!(user = %user.username, "signed in");
    Ok(Json(SessionBody {
        token,
        username: user.username,
        role: user.role,
        scopes: Scope::ALL.to_vec(),
        expires_at: Some(expires_at),
    })
    .into_response())
}

#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct Unlocked {
    pub username: String,
    /// Recent failed logins that were slowing the account down.
    pub failures: u32,
}

/// `POST /api/users/{name}/unlock` (admins): forgets an account's recent
/// failed logins, so its next attempt waits for nothing
/// (`quizbox user unlock`).
pub async fn unlock(
    State(state): State<AppState>,
    who: auth::Principal,
    axum::extract::Path(name): axum::extract::Path<String>,
) -> Result<Json<Unlocked>, ApiError> {
    if !who.is_admin() {
        return Err(ApiError::Forbidden(
            "only an admin may unlock accounts".into(),
        ));
    }
    let username = name.trim().to_lowercase();
    let failures = state.logins.forget(&username);
    tracing::info!(user = %username, failures, by = %who.user.username, "failed logins forgotten");
    Ok(Json(Unlocked { username, failures }))
}

fn log_failure(ip: IpAddr, username: &str) {
    tracing::info!(%ip, user = %username, "failed login");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gate(burst: u32, max_delay: u32, queue: u32) -> LoginGate {
        LoginGate::new(&LimitSettings {
            account_logins_burst: burst,
            account_login_max_delay_secs: max_delay,
            account_login_queue: queue,
            ..LimitSettings::default()
        })
    }

    #[tokio::test]
    async fn failures_past_the_burst_double_the_wait_up_to_the_maximum() {
        let gate = gate(2, 8, 4);
        let mut waits = Vec::new();
        for _ in 0..7 {
            waits.push(gate.delay("admin").as_secs());
            gate.failed("admin");
        }
        assert_eq!(waits, [0, 0, 1, 2, 4, 8, 8]);
        assert_eq!(gate.forget("Admin".to_lowercase().as_str()), 7);
        assert_eq!(gate.delay("admin"), Duration::ZERO, "unlocked");
        gate.failed("admin");
        let owner = IpAddr::from([192, 0, 2, 10]);
        assert!(!gate.trusts("admin", owner));
        gate.succeeded("admin", owner);
        assert_eq!(gate.delay("admin"), Duration::ZERO, "a sign-in resets");
        assert_eq!(gate.delay("someone-else"), Duration::ZERO);
        assert!(
            gate.trusts("admin", owner),
            "the owner's address skips the line"
        );
        assert!(!gate.trusts("admin", IpAddr::from([192, 0, 2, 11])));
        assert!(!gate.trusts("someone-else", owner), "for that account only");
        // Only the last few addresses are remembered.
        for n in 0..TRUSTED as u8 {
            gate.succeeded("admin", IpAddr::from([198, 51, 100, n]));
        }
        assert!(!gate.trusts("admin", owner));
    }

    #[tokio::test]
    async fn one_attempt_is_checked_at_a_time_and_the_line_is_short() {
        let gate = gate(10, 8, 2);
        let first = gate.turn("admin").await.unwrap();
        // Two may wait behind the first; a fourth is turned away.
        let mut waiting: Vec<_> = (0..2).map(|_| Box::pin(gate.turn("admin"))).collect();
        for w in waiting.iter_mut() {
            let wait = tokio::time::timeout(Duration::from_millis(20), w).await;
            assert!(wait.is_err(), "it waits for the first");
        }
        assert_eq!(gate.turn("admin").await.err(), Some(Busy::Account));
        assert!(gate.turn("other").await.is_ok(), "other accounts are free");
        drop(first);
        let second = waiting.remove(0).await.unwrap();
        drop(second);
        drop(waiting);
        assert!(
            gate.turn("admin").await.is_ok(),
            "abandoned waits leave the line"
        );
    }

    #[test]
    fn passwords_travel_over_plain_http_only_from_this_machine_while_https_is_on() {
        let how = |peer: &str, over_tls: bool| Transport {
            peer: Some(peer.parse().unwrap()),
            over_tls,
        };
        let auth = AuthSettings::default();
        let https = TlsSettings {
            mode: TlsMode::Auto,
            ..TlsSettings::default()
        };
        let may = |auth: &AuthSettings, tls: &TlsSettings, peer: &str, over_tls: bool| {
            password_may_travel(auth, tls, &how(peer, over_tls))
        };
        assert!(
            !may(&auth, &https, "192.0.2.7", false),
            "a phone on the Wi-Fi"
        );
        assert!(may(&auth, &https, "192.0.2.7", true), "the same over HTTPS");
        for local in ["127.0.0.1", "::1", "::ffff:127.0.0.1"] {
            assert!(may(&auth, &https, local, false), "{local}");
        }
        assert!(
            !may(&auth, &https, "127.0.0.2", false),
            "only 127.0.0.1 itself"
        );
        assert!(!may(&auth, &https, "fe80::1", false));
        assert!(
            may(&auth, &TlsSettings::default(), "192.0.2.7", false),
            "no HTTPS to use instead"
        );
        let allowed = AuthSettings {
            allow_plaintext_login: true,
            ..AuthSettings::default()
        };
        assert!(
            may(&allowed, &https, "192.0.2.7", false),
            "the operator allows it"
        );
        let unknown = Transport {
            peer: None,
            over_tls: false,
        };
        assert!(!password_may_travel(&auth, &https, &unknown));
    }
}
