//! The stories of the `Live` conformance suite, each generic over the
//! backend's `LiveBackend` and run as its own test by `live_suite!`.

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::{assert_log, every_kind_of_entry, joins, whole_log, LiveBackend};
use crate::live::LogEntry;

fn sorted(mut games: Vec<String>) -> Vec<String> {
    games.sort();
    games
}

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

/// A snapshot the size of a big lobby's, bytes of every value included.
fn big_snapshot() -> Vec<u8> {
    (0..300_000u32).map(|i| (i * 7 % 256) as u8).collect()
}

/// Save, read back, replace and remove snapshots; a game with only a log
/// is not listed; a removed game's log and answers go with it.
pub async fn snapshots_are_read_back_replaced_and_removed<B: LiveBackend>() {
    let Some(place) = B::place(false).await else {
        return;
    };
    let live = place.open().await;
    assert_eq!(live.games().await.unwrap(), Vec::<String>::new());
    assert_eq!(live.load_snapshot("g-1").await.unwrap(), None);

    let first = r#"{"phase":"lobby","players":["Zoë 🚀"]}"#.as_bytes();
    live.save_snapshot("g-1", first).await.unwrap();
    live.save_snapshot("g_2", &big_snapshot()).await.unwrap();
    live.append("log-only", &joins("early", 1, 2))
        .await
        .unwrap();
    assert_eq!(live.load_snapshot("g-1").await.unwrap().unwrap(), first);
    assert_eq!(
        live.load_snapshot("g_2").await.unwrap().unwrap(),
        big_snapshot()
    );
    assert_eq!(sorted(live.games().await.unwrap()), ["g-1", "g_2"]);

    live.save_snapshot("g-1", b"second").await.unwrap();
    assert_eq!(live.load_snapshot("g-1").await.unwrap().unwrap(), b"second");
    assert_eq!(sorted(live.games().await.unwrap()), ["g-1", "g_2"]);

    live.append("g-1", &joins("ann", 1, 3)).await.unwrap();
    live.save_answers("g-1", 0, b"[1,2]").await.unwrap();
    live.remove("g-1").await.unwrap();
    assert_eq!(live.load_snapshot("g-1").await.unwrap(), None);
    assert_eq!(whole_log(&*live, "g-1").await, vec![]);
    assert_eq!(live.load_answers("g-1").await.unwrap(), vec![]);
    assert_eq!(live.games().await.unwrap(), ["g_2"]);
    // Removing what is not there is no error; a removed game's log starts
    // again from 1.
    live.remove("g-1").await.unwrap();
    live.remove("never-was").await.unwrap();
    assert_eq!(live.append("g-1", &joins("again", 1, 1)).await.unwrap(), 1);
    assert_eq!(
        live.load_snapshot("g_2").await.unwrap().unwrap(),
        big_snapshot()
    );
}

/// Every kind of entry comes back as appended, numbered from 1 in order,
/// from any point; games' logs do not mix.
pub async fn log_entries_of_every_kind_are_read_back_in_order<B: LiveBackend>() {
    let Some(place) = B::place(false).await else {
        return;
    };
    let live = place.open().await;
    let entries = every_kind_of_entry();
    let total = entries.len() as u64;
    assert_eq!(live.append("quiet", &[]).await.unwrap(), 0);
    assert_eq!(live.append("g", &entries[..4]).await.unwrap(), 4);
    assert_eq!(live.append("g", &[]).await.unwrap(), 4);
    assert_eq!(live.append("g", &entries[4..5]).await.unwrap(), 5);
    assert_eq!(live.append("g", &entries[5..]).await.unwrap(), total);
    assert_log(&*live, "g", &entries).await;

    let since = |after: u64| {
        let live = Arc::clone(&live);
        async move { live.log_since("g", after).await.unwrap() }
    };
    let tail: Vec<(u64, LogEntry)> = (5..=total).zip(entries[4..].iter().cloned()).collect();
    assert_eq!(since(4).await, tail, "from inside the first batch's end");
    assert_eq!(
        since(3).await.len() as u64,
        total - 3,
        "from inside a batch"
    );
    assert_eq!(since(total).await, vec![]);
    assert_eq!(since(total + 10).await, vec![]);
    assert_eq!(since(u64::MAX).await, vec![]);

    let other = joins("other", 1, 3);
    assert_eq!(live.append("other", &other).await.unwrap(), 3);
    assert_log(&*live, "other", &other).await;
    assert_log(&*live, "g", &entries).await;
    assert_eq!(whole_log(&*live, "unknown").await, vec![]);
}

/// Answers per question: read back in question order, replaced whole,
/// apart per game.
pub async fn answers_are_kept_per_question_and_replaced<B: LiveBackend>() {
    let Some(place) = B::place(false).await else {
        return;
    };
    let live = place.open().await;
    assert_eq!(live.load_answers("g").await.unwrap(), vec![]);
    let big: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
    live.save_answers("g", 2, b"[\"two\"]").await.unwrap();
    live.save_answers("g", 10, &big).await.unwrap();
    live.save_answers("g", 0, b"[]").await.unwrap();
    live.save_answers("h", 2, b"other game").await.unwrap();
    assert_eq!(
        live.load_answers("g").await.unwrap(),
        vec![
            (0, b"[]".to_vec()),
            (2, b"[\"two\"]".to_vec()),
            (10, big.clone())
        ]
    );
    live.save_answers("g", 2, b"[\"two, again\"]")
        .await
        .unwrap();
    assert_eq!(
        live.load_answers("g").await.unwrap()[1],
        (2, b"[\"two, again\"]".to_vec())
    );
    assert_eq!(
        live.load_answers("h").await.unwrap(),
        vec![(2, b"other game".to_vec())]
    );
    live.remove("g").await.unwrap();
    assert_eq!(live.load_answers("g").await.unwrap(), vec![]);
    assert_eq!(live.load_answers("h").await.unwrap().len(), 1);
}

/// A quarantined game is no longer listed, is listed as set aside with its
/// reason (also after a restart), and leaves other games alone.
pub async fn damaged_games_are_set_aside_with_their_reason<B: LiveBackend>() {
    let Some(place) = B::place(false).await else {
        return;
    };
    let live = place.open().await;
    assert_eq!(live.quarantined().await.unwrap(), vec![]);
    for game in ["torn", "kept", "bent"] {
        live.save_snapshot(game, game.as_bytes()).await.unwrap();
        live.append(game, &joins(game, 1, 2)).await.unwrap();
        live.save_answers(game, 0, b"[]").await.unwrap();
    }
    let reason = "log record 2: checksum does not match";
    let torn = live.quarantine("torn", reason).await.unwrap();
    assert_eq!((torn.game.as_str(), torn.reason.as_str()), ("torn", reason));
    assert!(!torn.path.is_empty(), "{torn:?}");
    assert_eq!(sorted(live.games().await.unwrap()), ["bent", "kept"]);
    assert_eq!(live.quarantined().await.unwrap(), vec![torn.clone()]);
    let bent = live
        .quarantine("bent", "snapshot unreadable")
        .await
        .unwrap();
    assert_eq!(live.games().await.unwrap(), ["kept"]);

    drop(live);
    let live = place.open().await;
    let mut aside = live.quarantined().await.unwrap();
    aside.sort_by(|a, b| a.game.cmp(&b.game));
    assert_eq!(aside, vec![bent, torn]);
    assert_eq!(live.games().await.unwrap(), ["kept"]);
    assert_eq!(live.load_snapshot("kept").await.unwrap().unwrap(), b"kept");
    assert_log(&*live, "kept", &joins("kept", 1, 2)).await;
}

/// `changed_at` is the time of the latest write of any of a game's parts.
pub async fn changed_at_follows_the_latest_write<B: LiveBackend>() {
    let Some(place) = B::place(false).await else {
        return;
    };
    let live = place.open().await;
    assert_eq!(live.changed_at("g").await.unwrap(), None);
    let before = now_ms();
    live.save_snapshot("g", b"lobby").await.unwrap();
    let after = now_ms();
    let saved = live.changed_at("g").await.unwrap().unwrap();
    // File times come from a coarser clock than the system time.
    assert!(
        saved + 1_000 >= before && saved <= after + 1_000,
        "{before} <= {saved} <= {after}"
    );
    // Later than a file time's granularity.
    let pause = Duration::from_millis(60);
    tokio::time::sleep(pause).await;
    live.append("g", &joins("ann", 1, 1)).await.unwrap();
    let appended = live.changed_at("g").await.unwrap().unwrap();
    assert!(appended > saved, "{appended} > {saved}");
    tokio::time::sleep(pause).await;
    live.save_answers("g", 0, b"[]").await.unwrap();
    let answered = live.changed_at("g").await.unwrap().unwrap();
    assert!(answered > appended, "{answered} > {appended}");
    live.remove("g").await.unwrap();
    assert_eq!(live.changed_at("g").await.unwrap(), None);
}

/// Eight writers append to one game's log at once while four more write
/// games of their own: every entry is read back exactly once, where the
/// number its append returned says, and the numbers go on after a restart.
pub async fn concurrent_writers_lose_nothing_and_numbers_never_repeat<B: LiveBackend>() {
    const WRITERS: u64 = 8;
    const BATCHES: u64 = 10;
    let Some(place) = B::place(false).await else {
        return;
    };
    let live = place.open().await;
    let mut crowd = Vec::new();
    for writer in 0..WRITERS {
        let live = Arc::clone(&live);
        crowd.push(tokio::spawn(async move {
            let mut appended = Vec::new();
            for batch in 0..BATCHES {
                let entries = joins(&format!("w{writer}-b{batch}"), 1, 1 + batch % 3);
                let last = live.append("crowd", &entries).await.unwrap();
                appended.push((last, entries));
            }
            appended
        }));
    }
    let mut solos = Vec::new();
    for solo in 0..4u64 {
        let live = Arc::clone(&live);
        solos.push(tokio::spawn(async move {
            let game = format!("solo-{solo}");
            let mut all = Vec::new();
            for batch in 0..BATCHES {
                let entries = joins(&format!("s{solo}-b{batch}"), 1, 2);
                live.append(&game, &entries).await.unwrap();
                live.save_snapshot(&game, format!("{game} after {batch}").as_bytes())
                    .await
                    .unwrap();
                all.extend(entries);
            }
            (game, all)
        }));
    }
    let mut batches = Vec::new();
    for writer in crowd {
        let appended = writer.await.unwrap();
        let lasts: Vec<u64> = appended.iter().map(|(last, _)| *last).collect();
        assert!(
            lasts.windows(2).all(|w| w[0] < w[1]),
            "one writer's appends numbered out of order: {lasts:?}"
        );
        batches.extend(appended);
    }
    let log = whole_log(&*live, "crowd").await;
    let total: usize = batches.iter().map(|(_, e)| e.len()).sum();
    let numbers: Vec<u64> = log.iter().map(|(n, _)| *n).collect();
    assert_eq!(numbers, (1..=total as u64).collect::<Vec<_>>());
    for (last, entries) in &batches {
        let from = *last as usize - entries.len();
        let found: Vec<&LogEntry> = log[from..*last as usize].iter().map(|(_, e)| e).collect();
        let wanted: Vec<&LogEntry> = entries.iter().collect();
        assert_eq!(found, wanted, "the batch numbered up to {last}");
    }
    for solo in solos {
        let (game, entries) = solo.await.unwrap();
        assert_log(&*live, &game, &entries).await;
        let snapshot = live.load_snapshot(&game).await.unwrap().unwrap();
        assert_eq!(snapshot, format!("{game} after {}", BATCHES - 1).as_bytes());
    }

    drop(live);
    let live = place.open().await;
    assert_eq!(whole_log(&*live, "crowd").await, log);
    let more = joins("after-restart", 1, 2);
    assert_eq!(live.append("crowd", &more).await.unwrap(), total as u64 + 2);
    assert_eq!(
        live.log_since("crowd", total as u64).await.unwrap(),
        vec![
            (total as u64 + 1, more[0].clone()),
            (total as u64 + 2, more[1].clone())
        ]
    );
}

/// Everything written is there after the backend is dropped and opened
/// again at the same place, and the log goes on from its last number.
pub async fn a_restart_between_write_and_read_keeps_everything<B: LiveBackend>() {
    let Some(place) = B::place(false).await else {
        return;
    };
    let live = place.open().await;
    let entries = every_kind_of_entry();
    live.append("g", &entries[..3]).await.unwrap();
    live.append("g", &entries[3..]).await.unwrap();
    live.save_snapshot("g", b"at question 2").await.unwrap();
    live.save_answers("g", 0, b"[\"q0\"]").await.unwrap();
    live.save_answers("g", 1, b"[\"q1\"]").await.unwrap();
    live.save_snapshot("h", &big_snapshot()).await.unwrap();
    live.save_snapshot("damaged", b"?").await.unwrap();
    live.quarantine("damaged", "unreadable").await.unwrap();
    live.save_snapshot("gone", b"ended").await.unwrap();
    live.remove("gone").await.unwrap();

    drop(live);
    let live = place.open().await;
    assert_eq!(sorted(live.games().await.unwrap()), ["g", "h"]);
    assert_eq!(
        live.load_snapshot("g").await.unwrap().unwrap(),
        b"at question 2"
    );
    assert_eq!(
        live.load_snapshot("h").await.unwrap().unwrap(),
        big_snapshot()
    );
    assert_eq!(live.load_snapshot("gone").await.unwrap(), None);
    assert_log(&*live, "g", &entries).await;
    assert_eq!(
        live.load_answers("g").await.unwrap(),
        vec![(0, b"[\"q0\"]".to_vec()), (1, b"[\"q1\"]".to_vec())]
    );
    let aside = live.quarantined().await.unwrap();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(
        (aside[0].game.as_str(), aside[0].reason.as_str()),
        ("damaged", "unreadable")
    );

    let total = entries.len() as u64;
    let more = joins("late", 1, 2);
    assert_eq!(live.append("g", &more).await.unwrap(), total + 2);
    drop(live);
    let live = place.open().await;
    assert_log(&*live, "g", &[entries, more].concat()).await;
}

/// Writes that fail return an error and leave what was there before;
/// `write_problem` says so until they succeed again; a restart after the
/// fault finds nothing half-written.
pub async fn a_failing_write_leaves_the_state_before_it<B: LiveBackend>() {
    let Some(place) = B::place(true).await else {
        return;
    };
    let live = place.open().await;
    let before = joins("early", 1, 3);
    live.save_snapshot("held", b"before").await.unwrap();
    live.append("held", &before).await.unwrap();
    live.save_answers("held", 0, b"answers before")
        .await
        .unwrap();
    assert_eq!(live.write_problem(), None);
    let reports = place.reports_write_problems();

    place.break_writes().await;
    assert!(live.save_snapshot("held", b"after").await.is_err());
    if reports {
        assert!(live.write_problem().is_some());
    }
    assert!(live
        .save_answers("held", 0, b"answers after")
        .await
        .is_err());
    assert!(live.save_answers("held", 1, b"more answers").await.is_err());
    assert!(live.save_snapshot("fresh", b"new game").await.is_err());
    assert!(live.append("fresh", &joins("first", 1, 2)).await.is_err());
    // A log with room left may take an append, but never half of one.
    let late = joins("late", 1, 2);
    let mut held = before.clone();
    if let Ok(last) = live.append("held", &late).await {
        assert_eq!(last, 5);
        held.extend(late);
    }
    assert_eq!(
        live.load_snapshot("held").await.unwrap().unwrap(),
        b"before"
    );
    assert_eq!(
        live.load_answers("held").await.unwrap(),
        vec![(0, b"answers before".to_vec())]
    );
    assert_eq!(live.load_snapshot("fresh").await.unwrap(), None);
    assert_eq!(whole_log(&*live, "fresh").await, vec![]);
    assert_eq!(live.games().await.unwrap(), ["held"]);
    assert_log(&*live, "held", &held).await;
    if reports {
        assert!(live.write_problem().is_some());
    }

    // Once writes work again, the same writes succeed and the problem clears.
    place.mend_writes().await;
    live.save_snapshot("held", b"after").await.unwrap();
    live.save_answers("held", 0, b"answers after")
        .await
        .unwrap();
    live.save_answers("held", 1, b"more answers").await.unwrap();
    live.save_snapshot("fresh", b"new game").await.unwrap();
    let first = joins("first", 1, 2);
    assert_eq!(live.append("fresh", &first).await.unwrap(), 2);
    let again = joins("again", 1, 1);
    assert_eq!(
        live.append("held", &again).await.unwrap(),
        held.len() as u64 + 1
    );
    held.extend(again);
    assert_eq!(live.write_problem(), None);

    // A second fault, then a restart: the failed write left nothing.
    place.break_writes().await;
    assert!(live.save_snapshot("held", b"third").await.is_err());
    assert!(live.save_answers("fresh", 0, b"lost").await.is_err());
    place.mend_writes().await;
    drop(live);
    let live = place.open().await;
    assert_eq!(sorted(live.games().await.unwrap()), ["fresh", "held"]);
    assert_eq!(live.load_snapshot("held").await.unwrap().unwrap(), b"after");
    assert_eq!(
        live.load_answers("held").await.unwrap(),
        vec![
            (0, b"answers after".to_vec()),
            (1, b"more answers".to_vec())
        ]
    );
    assert_eq!(live.load_answers("fresh").await.unwrap(), vec![]);
    assert_log(&*live, "held", &held).await;
    assert_log(&*live, "fresh", &first).await;
    live.save_snapshot("held", b"third").await.unwrap();
    assert_eq!(live.load_snapshot("held").await.unwrap().unwrap(), b"third");
    assert_eq!(live.write_problem(), None);
}
