use std::sync::Arc;

use super::*;
use crate::bench::fleet::Gather;
use crate::bench::player::Tally;
use crate::bench::worker::Line;

/// Player `index` as a load process reports it: answers `acked` (by
/// question) acknowledged, one fan-out and one ack sample per answer.
fn played(index: usize, id: u32, fanout: f64, acked: &[usize]) -> Line {
    Line::Outcome {
        index,
        outcome: Outcome {
            player: Some(id),
            join_started: Some(1_000.0 + index as f64),
            joined_at: Some(1_050.0 + index as f64),
            fanout_ms: acked.iter().map(|_| fanout).collect(),
            ack_ms: acked.iter().map(|_| fanout / 10.0).collect(),
            acked: acked
                .iter()
                .map(|q| (*q, format!("p{index}q{q}")))
                .collect(),
            sent: acked.len() as u32,
            ..Outcome::default()
        },
    }
}

const DONE: Line = Line::Done {
    cpu_secs: 1.0,
    peak_rss_bytes: 1024,
};

/// What the process gathering the figures makes of each load process's
/// lines, sent over the same JSON as between real processes.
fn gathered(players: usize, processes: Vec<Vec<Line>>) -> Vec<Outcome> {
    let tally = Arc::new(Tally::default());
    let mut gather = Gather::new(players, (0..processes.len() as u32).collect());
    for (n, lines) in processes.iter().enumerate() {
        for line in lines {
            let text = serde_json::to_string(line).unwrap();
            gather.take(n, &text, &tally).unwrap();
        }
        gather.end(n).unwrap();
    }
    assert!(gather.finished());
    gather.outcomes()
}

#[test]
fn percentiles_are_taken_over_every_processs_samples_together() {
    // 90 players in one process saw each question after 10 ms; the 10 in
    // another after 500 ms. The run's p99 is theirs: averaging each
    // process's p99 would report 255 ms, and the p90 of each would hide
    // the slow tenth altogether.
    let fast: Vec<Line> = (0..90)
        .map(|i| played(i, i as u32 + 1, 10.0, &[0, 1]))
        .chain([DONE])
        .collect();
    let slow: Vec<Line> = (90..100)
        .map(|i| played(i, i as u32 + 1, 500.0, &[0, 1]))
        .chain([DONE])
        .collect();
    let outcomes = gathered(100, vec![fast, slow]);
    assert_eq!(outcomes.len(), 100);
    assert!(outcomes.iter().all(|o| o.player.is_some()));

    let saved: Saved<'_> = outcomes
        .iter()
        .flat_map(|o| {
            o.acked
                .iter()
                .map(move |(q, id)| (o.player.unwrap(), *q, id.as_str()))
        })
        .collect();
    let merged = merge(&outcomes, &saved);
    let fanout = &merged.fanout_ms;
    assert_eq!(fanout.samples, 200);
    assert_eq!((fanout.p50, fanout.p90), (10.0, 10.0));
    assert_eq!((fanout.p99, fanout.max), (500.0, 500.0));
    assert_eq!(fanout.mean, 59.0);
    assert_eq!((merged.ack_ms.samples, merged.ack_ms.p99), (200, 50.0));
    assert_eq!(
        (
            merged.answers_sent,
            merged.answers_acked,
            merged.lost_answers
        ),
        (200, 200, 0)
    );
    // Joins timed on the shared clock: the first attempt (player 0, in the
    // first process) to the last welcome (player 99, in the second).
    assert_eq!(merged.join_secs, (1_050.0 + 99.0 - 1_000.0) / 1000.0);
}

#[test]
fn acknowledged_answers_missing_from_the_results_are_lost_in_every_process() {
    let first = vec![played(0, 7, 5.0, &[0, 1]), played(1, 8, 5.0, &[0, 1]), DONE];
    let second = vec![
        played(2, 9, 5.0, &[0, 1]),
        played(3, 10, 5.0, &[0, 1]),
        DONE,
    ];
    let outcomes = gathered(4, vec![first, second]);
    // The server kept everything but player 8's second answer (first
    // process) and player 10's first (second process); player 9's second
    // answer is saved under another player's id, which does not count.
    let saved: Saved<'_> = [
        (7, 0, "p0q0"),
        (7, 1, "p0q1"),
        (8, 0, "p1q0"),
        (9, 0, "p2q0"),
        (8, 1, "p2q1"),
        (10, 1, "p3q1"),
    ]
    .into_iter()
    .collect();
    let merged = merge(&outcomes, &saved);
    assert_eq!(merged.answers_acked, 8);
    assert_eq!(merged.lost_answers, 3);

    // Everything saved: nothing lost, whichever process acknowledged it.
    let all: Saved<'_> = outcomes
        .iter()
        .flat_map(|o| {
            o.acked
                .iter()
                .map(move |(q, id)| (o.player.unwrap(), *q, id.as_str()))
        })
        .collect();
    assert_eq!(merge(&outcomes, &all).lost_answers, 0);
}

#[test]
fn drops_and_failed_joins_are_counted_with_a_few_examples() {
    let mut outcomes: Vec<Outcome> = (0..8)
        .map(|i| Outcome {
            player: Some(i),
            dropped: Some(format!("closed {i}")),
            ..Outcome::default()
        })
        .collect();
    outcomes.insert(
        0,
        Outcome {
            join_error: Some("refused".into()),
            ..Outcome::default()
        },
    );
    let merged = merge(&outcomes, &Saved::new());
    assert_eq!(merged.dropped_connections, 8);
    assert_eq!(merged.drop_reasons.len(), 5);
    assert_eq!(merged.drop_reasons[0], "join failed: refused");
    assert_eq!(merged.join_secs, 0.0);
    assert_eq!(merged.fanout_ms.samples, 0);
}
