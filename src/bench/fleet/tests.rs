use std::sync::Arc;

use super::*;

fn line(l: &Line) -> String {
    serde_json::to_string(l).unwrap()
}

fn progress(joined: usize, join_failed: usize, answered: usize) -> String {
    line(&Line::Progress {
        joined,
        join_failed,
        answered,
    })
}

#[test]
fn each_processs_counts_add_up_in_the_tally_once() {
    let tally = Arc::new(Tally::default());
    let mut gather = Gather::new(60, vec![101, 102, 103]);
    gather.take(0, &progress(5, 0, 0), &tally).unwrap();
    gather.take(1, &progress(7, 1, 0), &tally).unwrap();
    // Counts so far, not increments: the same line again adds nothing.
    gather.take(1, &progress(7, 1, 0), &tally).unwrap();
    gather.take(0, &progress(20, 0, 3), &tally).unwrap();
    gather.take(2, &progress(19, 0, 2), &tally).unwrap();
    assert_eq!(tally.joined.load(Ordering::SeqCst), 20 + 7 + 19);
    assert_eq!(tally.join_failed.load(Ordering::SeqCst), 1);
    assert_eq!(tally.answered.load(Ordering::SeqCst), 5);
    assert_eq!(tally.settled_count(), 47);
}

#[test]
fn outcomes_come_back_in_player_order_whichever_process_sent_them() {
    let tally = Tally::default();
    let mut gather = Gather::new(4, vec![101, 102]);
    let outcome = |id: u32| Outcome {
        player: Some(id),
        ..Outcome::default()
    };
    for (n, index, id) in [(1, 3, 40), (0, 1, 20), (1, 2, 30), (0, 0, 10)] {
        let l = line(&Line::Outcome {
            index,
            outcome: outcome(id),
        });
        gather.take(n, &l, &tally).unwrap();
    }
    let done = line(&Line::Done {
        cpu_secs: 1.25,
        peak_rss_bytes: 1000,
    });
    gather.take(0, &done, &tally).unwrap();
    gather.end(0).unwrap();
    assert!(!gather.finished());
    gather.take(1, &done, &tally).unwrap();
    gather.end(1).unwrap();
    assert!(gather.finished());
    assert_eq!((gather.cpu_secs, gather.peak_rss_bytes), (2.5, 2000));
    let ids: Vec<Option<u32>> = gather.outcomes().iter().map(|o| o.player).collect();
    assert_eq!(ids, vec![Some(10), Some(20), Some(30), Some(40)]);
}

#[test]
fn a_process_that_stops_early_or_writes_nonsense_fails_the_run() {
    let tally = Tally::default();
    let mut gather = Gather::new(2, vec![101, 102]);
    let early = gather.end(1).unwrap_err();
    assert!(
        early.contains("load process 102 stopped before reporting"),
        "{early}"
    );

    let garbled = gather.take(0, "{\"progress\":", &tally).unwrap_err();
    assert!(garbled.contains("load process 101"), "{garbled}");

    let twice = line(&Line::Outcome {
        index: 1,
        outcome: Outcome::default(),
    });
    gather.take(0, &twice, &tally).unwrap();
    assert!(gather
        .take(0, &twice, &tally)
        .unwrap_err()
        .contains("player 1 twice"));
    let outside = line(&Line::Outcome {
        index: 2,
        outcome: Outcome::default(),
    });
    assert!(gather
        .take(1, &outside, &tally)
        .unwrap_err()
        .contains("not in this run"));
}
