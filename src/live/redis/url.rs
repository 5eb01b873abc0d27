//! Reads a `redis://` live-state URL: what the `redis` crate takes to
//! connect, plus quizbox's own query parameters, which are taken out
//! before it sees the URL:
//!
//! - `prefix=P`: every key starts with `P` (default `quizbox:`), so
//!   several installs, or tests, can share one Redis database;
//! - `replicas=N` and `wait_ms=T`: a write is acknowledged only once `N`
//!   replicas have it (Redis `WAIT`, at most `T` ms, default 1000), else
//!   it fails.

use std::time::Duration;

use crate::live::{LiveError, Result};

pub const DEFAULT_PREFIX: &str = "quizbox:";
const DEFAULT_WAIT_MS: u64 = 1_000;

#[derive(Debug, PartialEq)]
pub struct Target {
    /// The URL without quizbox's parameters.
    pub connect: String,
    pub prefix: String,
    pub replicas: Option<(u32, Duration)>,
}

pub fn parse(url: &str) -> Result<Target> {
    if !url.starts_with("redis://") {
        return Err(LiveError::UnsupportedUrl(url.to_string()));
    }
    let (base, query) = url.split_once('?').unwrap_or((url, ""));
    let mut kept = Vec::new();
    let mut prefix = DEFAULT_PREFIX.to_string();
    let mut replicas = None;
    let mut wait_ms = DEFAULT_WAIT_MS;
    let bad = |name: &str, value: &str| {
        LiveError::Backend(format!("bad {name}={value:?} in the live-state URL"))
    };
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        match name {
            "prefix" => prefix = value.to_string(),
            "replicas" => replicas = Some(value.parse::<u32>().map_err(|_| bad(name, value))?),
            "wait_ms" => wait_ms = value.parse::<u64>().map_err(|_| bad(name, value))?,
            _ => kept.push(pair),
        }
    }
    let connect = if kept.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", kept.join("&"))
    };
    Ok(Target {
        connect,
        prefix,
        replicas: replicas
            .filter(|n| *n > 0)
            .map(|n| (n, Duration::from_millis(wait_ms))),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quizbox_parameters_are_taken_out_and_others_kept() {
        let target =
            parse("redis://:secret@10.0.0.5:6380/2?prefix=event-a:&replicas=1&protocol=resp3")
                .unwrap();
        assert_eq!(
            target.connect,
            "redis://:secret@10.0.0.5:6380/2?protocol=resp3"
        );
        assert_eq!(target.prefix, "event-a:");
        assert_eq!(target.replicas, Some((1, Duration::from_millis(1_000))));

        let plain = parse("redis://127.0.0.1:6379").unwrap();
        assert_eq!(plain.connect, "redis://127.0.0.1:6379");
        assert_eq!(plain.prefix, DEFAULT_PREFIX);
        assert_eq!(plain.replicas, None);

        let waits = parse("redis://r/0?wait_ms=250&replicas=2").unwrap();
        assert_eq!(waits.replicas, Some((2, Duration::from_millis(250))));
    }

    #[test]
    fn bad_parameters_and_other_schemes_are_refused() {
        assert!(parse("redis://r/0?replicas=two").is_err());
        assert!(parse("redis://r/0?wait_ms=-1").is_err());
        assert!(matches!(
            parse("rediss://r/0"),
            Err(LiveError::UnsupportedUrl(_))
        ));
    }
}
