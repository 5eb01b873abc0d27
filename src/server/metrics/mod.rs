//! The counters, gauges and histograms the server keeps about itself, and
//! their text for `GET /metrics` in the Prometheus exposition format,
//! version 0.0.4. Counts only: no PIN, nickname, address or game id is
//! ever a label (an HTTP request is labelled by its route's template).
//!
//! Written here rather than taken from a crate: the game's hot path needs
//! one relaxed atomic add per WebSocket message and three per
//! acknowledged answer, with no lock and no allocation, and the few
//! metric kinds below are all we need; a registry crate would bring its
//! own locking, label maps and encoders. The HTTP request counts are the
//! one map (route × status), behind a mutex: one lock per HTTP request,
//! never per WebSocket message.
//!
//! One `Metrics` per server (`AppState::metrics`), so servers started side
//! by side in one process count apart. It must not read the game's state:
//! what it shows is pushed to it, or read at scrape time (live games,
//! /proc).

mod exposition;
pub mod http;
mod process;

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering::Relaxed};
use std::sync::Mutex;
use std::time::Duration;

use crate::protocol::Role;

/// A count that only goes up.
#[derive(Debug, Default)]
pub struct Counter(AtomicU64);

impl Counter {
    pub fn inc(&self) {
        self.0.fetch_add(1, Relaxed);
    }

    pub fn add(&self, n: u64) {
        self.0.fetch_add(n, Relaxed);
    }

    pub fn get(&self) -> u64 {
        self.0.load(Relaxed)
    }
}

/// A count that goes up and down.
#[derive(Debug, Default)]
pub struct Gauge(AtomicI64);

impl Gauge {
    pub fn inc(&self) {
        self.0.fetch_add(1, Relaxed);
    }

    pub fn dec(&self) {
        self.0.fetch_sub(1, Relaxed);
    }

    pub fn get(&self) -> i64 {
        self.0.load(Relaxed)
    }
}

/// Upper bounds, in seconds, of the acknowledgement latency's buckets:
/// a quiet game acknowledges within a flush or two (1 to 8 ms), one under
/// load gathers for 20 ms, and beyond a second a player notices.
pub const ACK_BUCKETS: &[f64] = &[
    0.001, 0.0025, 0.005, 0.01, 0.02, 0.035, 0.05, 0.075, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
];

/// Upper bounds, in seconds, of the live store's write buckets: an
/// fdatasync takes 1 to 4 ms on a healthy disk.
pub const WRITE_BUCKETS: &[f64] = &[
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
];

/// Observations sorted into fixed buckets: one relaxed add to the bucket,
/// one to the count and one to the sum (kept in microseconds).
#[derive(Debug)]
pub struct Histogram {
    bounds: &'static [f64],
    /// The bounds in microseconds, to compare without floating point.
    bounds_us: Box<[u64]>,
    /// Per bucket, not cumulative; the last is above every bound.
    buckets: Box<[AtomicU64]>,
    count: AtomicU64,
    sum_us: AtomicU64,
}

impl Histogram {
    pub fn new(bounds: &'static [f64]) -> Histogram {
        Histogram {
            bounds,
            bounds_us: bounds.iter().map(|b| (b * 1e6).round() as u64).collect(),
            buckets: (0..=bounds.len()).map(|_| AtomicU64::new(0)).collect(),
            count: AtomicU64::new(0),
            sum_us: AtomicU64::new(0),
        }
    }

    pub fn observe(&self, took: Duration) {
        let us = u64::try_from(took.as_micros()).unwrap_or(u64::MAX);
        let bucket = self.bounds_us.partition_point(|&bound| bound < us);
        self.buckets[bucket].fetch_add(1, Relaxed);
        self.count.fetch_add(1, Relaxed);
        self.sum_us.fetch_add(us, Relaxed);
    }

    pub fn count(&self) -> u64 {
        self.count.load(Relaxed)
    }
}

/// Everything one server counts.
#[derive(Debug)]
pub struct Metrics {
    pub players: Gauge,
    pub hosts: Gauge,
    pub screens: Gauge,
    pub ws_messages_in: Counter,
    pub ws_messages_out: Counter,
    pub answers_acked: Counter,
    /// From an answer's arrival at its game to its acknowledgement queued
    /// for the player, after the batch holding it is on disk.
    pub ack_latency: Histogram,
    /// One append of a batch to a game's answer log, flush and fdatasync
    /// included.
    pub log_append: Histogram,
    /// One game snapshot written and synced.
    pub snapshot_write: Histogram,
    /// Requests by route template and status.
    http_requests: Mutex<BTreeMap<String, BTreeMap<u16, u64>>>,
    /// Game events dropped, webhook attempts and deliveries given up.
    pub notify: std::sync::Arc<crate::notify::Counts>,
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics {
            players: Gauge::default(),
            hosts: Gauge::default(),
            screens: Gauge::default(),
            ws_messages_in: Counter::default(),
            ws_messages_out: Counter::default(),
            answers_acked: Counter::default(),
            ack_latency: Histogram::new(ACK_BUCKETS),
            log_append: Histogram::new(WRITE_BUCKETS),
            snapshot_write: Histogram::new(WRITE_BUCKETS),
            http_requests: Mutex::default(),
            notify: Default::default(),
        }
    }
}

impl Metrics {
    /// The gauge of connections in `role`.
    pub fn connected(&self, role: Role) -> &Gauge {
        match role {
            Role::Player => &self.players,
            Role::Host => &self.hosts,
            Role::Screen => &self.screens,
        }
    }

    /// Counts one HTTP request answered. `route` is a route's template
    /// (`/join/{pin}`), never the path asked for.
    pub fn http_request(&self, route: &str, status: u16) {
        let mut requests = self.http_requests.lock().expect("metrics lock");
        let statuses = match requests.get_mut(route) {
            Some(statuses) => statuses,
            None => requests.entry(route.to_string()).or_default(),
        };
        *statuses.entry(status).or_default() += 1;
    }

    /// The text for `GET /metrics`; `live_games` and whether storage can
    /// write (`/readyz`'s write checks) are read by the caller.
    pub fn render(&self, live_games: usize, storage_writable: bool) -> String {
        let mut out = exposition::Text::default();
        out.gauge(
            "quizbox_live_games",
            "Games loaded on this server: in their lobby, in play or at the podium.",
            live_games as f64,
        );
        out.gauge(
            "quizbox_storage_writable",
            "1 while the live store and the database take writes; 0 while the latest write of some game failed (games pause, /readyz answers 503).",
            if storage_writable { 1.0 } else { 0.0 },
        );
        out.header(
            "quizbox_connections",
            "gauge",
            "WebSocket connections attached to a game, by role.",
        );
        for (role, gauge) in [
            ("player", &self.players),
            ("host", &self.hosts),
            ("screen", &self.screens),
        ] {
            out.sample("quizbox_connections", &[("role", role)], gauge.get() as f64);
        }
        out.counter(
            "quizbox_ws_messages_received_total",
            "WebSocket messages read from clients.",
            self.ws_messages_in.get(),
        );
        out.counter(
            "quizbox_ws_messages_sent_total",
            "WebSocket messages written to clients.",
            self.ws_messages_out.get(),
        );
        out.counter(
            "quizbox_answers_acknowledged_total",
            "Answers acknowledged to players, each once it was on disk.",
            self.answers_acked.get(),
        );
        out.histogram(
            "quizbox_answer_ack_seconds",
            "From an answer's arrival at its game to its acknowledgement queued for the player, after its durable write.",
            &[],
            &self.ack_latency,
        );
        out.header(
            "quizbox_live_write_seconds",
            "histogram",
            "Writes to the live store, fdatasync included: a batch appended to an answer log, or a snapshot.",
        );
        out.histogram_samples(
            "quizbox_live_write_seconds",
            &[("kind", "append")],
            &self.log_append,
        );
        out.histogram_samples(
            "quizbox_live_write_seconds",
            &[("kind", "snapshot")],
            &self.snapshot_write,
        );
        out.header(
            "quizbox_http_requests_total",
            "counter",
            "HTTP requests answered, by route template and status.",
        );
        let requests = self.http_requests.lock().expect("metrics lock").clone();
        for (route, statuses) in &requests {
            for (status, n) in statuses {
                let status = status.to_string();
                out.sample(
                    "quizbox_http_requests_total",
                    &[("route", route), ("status", &status)],
                    *n as f64,
                );
            }
        }
        self.render_notify(&mut out);
        process::render(&mut out);
        out.finish()
    }
}

impl Metrics {
    fn render_notify(&self, out: &mut exposition::Text) {
        use crate::notify::Counts;
        let counts = &self.notify;
        out.counter(
            "quizbox_game_events_dropped_total",
            "Game events dropped because the notification queue (webhooks.queue) was full.",
            Counts::get(&counts.dropped),
        );
        out.header(
            "quizbox_webhook_attempts_total",
            "counter",
            "Webhook delivery attempts, by result: delivered (2xx) or failed (retried or not).",
        );
        for (result, counter) in [
            ("delivered", &counts.delivered),
            ("failed", &counts.attempts_failed),
        ] {
            out.sample(
                "quizbox_webhook_attempts_total",
                &[("result", result)],
                Counts::get(counter) as f64,
            );
        }
        out.counter(
            "quizbox_webhook_deliveries_failed_total",
            "Webhook deliveries given up after their last attempt (webhooks.attempts).",
            Counts::get(&counts.given_up),
        );
    }
}

#[cfg(test)]
mod tests;
