//! Test-only fault injection for the file live store: makes chosen writes
//! fail, stops the process in the middle of one, or leaves a snapshot out as
//! if the process had died before it landed. Crash and disk tests use it to
//! reach, every time, moments a random SIGKILL hits once in hundreds of runs.
//!
//! Switched on only by the `QUIZBOX_FAULT` environment variable, read once:
//!
//! ```text
//! QUIZBOX_FAULT=ACTION:POINT:N[-M][,ACTION:POINT:N[-M]…]
//!   POINT   log (a log append), answers (a question's answers file),
//!           snapshot (a snapshot file)
//!   ACTION  abort  write the first half of the N-th write at POINT, then
//!                  abort the process (a crash inside the write)
//!           fail   writes N to M (N alone: from N on) at POINT fail with an
//!                  I/O error, as on a full or failing disk
//!           skip   snapshot writes N to M are left out but reported done
//!                  (a snapshot still being written when the process died)
//! ```
//!
//! Writes are counted from 1 per point over the process's life. Unset, the
//! only cost is one look at an empty list per write. Never set it in
//! production.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

/// Where a write happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Point {
    Log,
    Answers,
    Snapshot,
}

/// What to do with one write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Action {
    Write,
    Abort,
    Fail,
    Skip,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Rule {
    action: Action,
    point: Point,
    first: u64,
    last: u64,
}

fn parse_rule(text: &str) -> Option<Rule> {
    let mut parts = text.trim().split(':');
    let action = match parts.next()? {
        "abort" => Action::Abort,
        "fail" => Action::Fail,
        "skip" => Action::Skip,
        _ => return None,
    };
    let point = match parts.next()? {
        "log" => Point::Log,
        "answers" => Point::Answers,
        "snapshot" => Point::Snapshot,
        _ => return None,
    };
    let range = parts.next()?;
    let (first, last) = match range.split_once('-') {
        Some((first, last)) => (first.parse().ok()?, last.parse().ok()?),
        None if action == Action::Abort => (range.parse().ok()?, range.parse().ok()?),
        None => (range.parse().ok()?, u64::MAX),
    };
    // Only a snapshot may be left out: the log and answers are what a
    // restart relies on, and nothing real loses them while reporting them
    // written.
    let valid = parts.next().is_none()
        && first >= 1
        && (action != Action::Skip || point == Point::Snapshot);
    valid.then_some(Rule {
        action,
        point,
        first,
        last,
    })
}

fn parse(text: &str) -> Vec<Rule> {
    text.split(',')
        .filter(|rule| !rule.trim().is_empty())
        .filter_map(|rule| {
            let parsed = parse_rule(rule);
            if parsed.is_none() {
                tracing::warn!(rule, "QUIZBOX_FAULT: rule not understood, ignored");
            }
            parsed
        })
        .collect()
}

fn rules() -> &'static [Rule] {
    static RULES: OnceLock<Vec<Rule>> = OnceLock::new();
    RULES.get_or_init(|| {
        let rules = std::env::var("QUIZBOX_FAULT")
            .map(|text| parse(&text))
            .unwrap_or_default();
        if !rules.is_empty() {
            tracing::warn!(
                ?rules,
                "QUIZBOX_FAULT set: live store writes will be sabotaged"
            );
        }
        rules
    })
}

/// Counts one write at `point` and says what to do with it.
pub(super) fn at(point: Point) -> Action {
    static COUNTS: [AtomicU64; 3] = [AtomicU64::new(0), AtomicU64::new(0), AtomicU64::new(0)];
    let rules = rules();
    if rules.is_empty() {
        return Action::Write;
    }
    let n = COUNTS[point as usize].fetch_add(1, Ordering::SeqCst) + 1;
    rules
        .iter()
        .find(|r| r.point == point && (r.first..=r.last).contains(&n))
        .map_or(Action::Write, |r| r.action)
}

/// The error a failing write reports.
pub(super) fn injected() -> std::io::Error {
    std::io::Error::other("write failed (QUIZBOX_FAULT)")
}

/// Stops the process at once, as SIGKILL would: no destructor, no flush.
pub(super) fn abort(point: Point) -> ! {
    eprintln!("QUIZBOX_FAULT: aborting inside a {point:?} write");
    std::process::abort()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_parse_and_bad_ones_are_dropped() {
        assert_eq!(
            parse("abort:answers:3, fail:log:2-4,skip:snapshot:5,fail:snapshot:7"),
            vec![
                Rule {
                    action: Action::Abort,
                    point: Point::Answers,
                    first: 3,
                    last: 3
                },
                Rule {
                    action: Action::Fail,
                    point: Point::Log,
                    first: 2,
                    last: 4
                },
                Rule {
                    action: Action::Skip,
                    point: Point::Snapshot,
                    first: 5,
                    last: u64::MAX
                },
                Rule {
                    action: Action::Fail,
                    point: Point::Snapshot,
                    first: 7,
                    last: u64::MAX
                },
            ]
        );
        for bad in [
            "skip:log:1",
            "skip:answers:1",
            "abort:disk:1",
            "explode:log:1",
            "fail:log:0",
            "fail:log",
            "fail:log:1:2",
            "fail:log:x",
        ] {
            assert_eq!(parse(bad), vec![], "{bad}");
        }
    }
}
