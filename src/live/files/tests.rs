//! The file live store against a real temporary directory: appends, torn
//! and damaged records, snapshots, stored answers and set-aside games.

use super::*;
use crate::game::HostCommand;
use crate::game::Input;
use crate::quiz::AnswerValue;

fn entry(input: Input) -> LogEntry {
    LogEntry::Input { at: 1_000, input }
}

fn answer(player: u32, question: usize, choice: usize) -> LogEntry {
    entry(Input::Answer {
        player,
        question,
        answer: AnswerValue::Choice(choice),
        id: Some(format!("a-{player}-{question}")),
    })
}

fn open(dir: &tempfile::TempDir) -> FileLive {
    FileLive::open(&dir.path().join("live")).unwrap()
}

fn log_path(dir: &tempfile::TempDir, game: &str) -> PathBuf {
    dir.path().join("live").join(GAMES_DIR).join(game).join(LOG)
}

#[tokio::test]
async fn snapshots_save_load_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let live = open(&dir);
    assert_eq!(live.load_snapshot("g1").await.unwrap(), None);
    live.save_snapshot("g1", b"{\"phase\":\"lobby\"}")
        .await
        .unwrap();
    assert_eq!(
        live.load_snapshot("g1").await.unwrap().as_deref(),
        Some(&b"{\"phase\":\"lobby\"}"[..])
    );
    live.save_snapshot("g1", b"second").await.unwrap();
    assert_eq!(
        live.load_snapshot("g1").await.unwrap(),
        Some(b"second".to_vec())
    );
}

#[tokio::test]
async fn batches_are_numbered_per_entry_and_read_from_any_entry() {
    let dir = tempfile::tempdir().unwrap();
    let live = open(&dir);
    let first = [entry(Input::Host(HostCommand::Start)), answer(1, 0, 2)];
    let second = [answer(2, 0, 1), entry(Input::Tick), answer(3, 1, 0)];
    assert_eq!(live.append("g1", &first).await.unwrap(), 2);
    assert_eq!(live.append("g1", &second).await.unwrap(), 5);
    assert_eq!(live.append("g1", &[]).await.unwrap(), 5);
    // From the middle of the second batch.
    let tail = live.log_since("g1", 3).await.unwrap();
    assert_eq!(tail, vec![(4, second[1].clone()), (5, second[2].clone())]);
    let all = live.log_since("g1", 0).await.unwrap();
    assert_eq!(
        all.iter().map(|(s, _)| *s).collect::<Vec<_>>(),
        [1, 2, 3, 4, 5]
    );
    assert_eq!(all[1].1, first[1]);
}

#[tokio::test]
async fn a_record_cut_short_by_a_crash_is_dropped_and_appends_go_on() {
    let dir = tempfile::tempdir().unwrap();
    let first = [answer(1, 0, 2), answer(2, 0, 1)];
    {
        let live = open(&dir);
        assert_eq!(live.append("g1", &first).await.unwrap(), 2);
        assert_eq!(live.append("g1", &[answer(3, 0, 0)]).await.unwrap(), 3);
    }
    // Killed in the middle of writing the second record: its last bytes
    // are still the zeros the file was grown with.
    let path = log_path(&dir, "g1");
    let mut bytes = std::fs::read(&path).unwrap();
    let end = format::scan(&bytes).unwrap().len;
    bytes[end - 5..end].fill(0);
    std::fs::write(&path, &bytes).unwrap();
    let live = open(&dir);
    assert_eq!(
        live.log_since("g1", 0).await.unwrap(),
        vec![(1, first[0].clone()), (2, first[1].clone())]
    );
    let next = answer(4, 0, 3);
    assert_eq!(
        live.append("g1", std::slice::from_ref(&next))
            .await
            .unwrap(),
        3
    );
    assert_eq!(
        live.log_since("g1", 1).await.unwrap(),
        vec![(2, first[1].clone()), (3, next)]
    );
    // Nothing of the cleared record is left after the new one.
    let bytes = std::fs::read(&path).unwrap();
    let end = format::scan(&bytes).unwrap().len;
    assert!(bytes[end..].iter().all(|&b| b == 0));
    // A damaged last record ends the log just the same: nothing after
    // it tells it from one a crash left unfinished.
    let mut bytes = std::fs::read(&path).unwrap();
    bytes[end - 2] ^= 0x55;
    std::fs::write(&path, &bytes).unwrap();
    let live = open(&dir);
    assert_eq!(live.log_since("g1", 0).await.unwrap().len(), 2);
    assert_eq!(live.append("g1", &[answer(5, 0, 1)]).await.unwrap(), 3);
    assert_eq!(live.log_since("g1", 0).await.unwrap().len(), 3);
}

#[tokio::test]
async fn damage_before_whole_records_is_reported_not_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let live = open(&dir);
    for player in 1..=3 {
        live.append("g1", &[answer(player, 0, 1)]).await.unwrap();
    }
    live.save_snapshot("g1", b"{}").await.unwrap();
    drop(live);
    let path = log_path(&dir, "g1");
    let whole = std::fs::read(&path).unwrap();
    let end = format::scan(&whole).unwrap().len;
    // Bytes flipped in the second of three records.
    let mut flipped = whole.clone();
    let middle = format::LOG_START + (end - format::LOG_START) / 2;
    flipped[middle] ^= 0x10;
    // The file cut short inside its last record.
    let cut = whole[..end - 4].to_vec();
    for damaged in [flipped, cut] {
        std::fs::write(&path, &damaged).unwrap();
        let live = open(&dir);
        let read = live.log_since("g1", 0).await.unwrap_err();
        assert!(matches!(read, LiveError::Corrupt(_)), "{read}");
        assert!(read.to_string().contains("\"g1\""), "{read}");
        let append = live.append("g1", &[answer(4, 0, 1)]).await.unwrap_err();
        assert!(matches!(append, LiveError::Corrupt(_)), "{append}");
        // Nothing was cleared or written over.
        assert_eq!(std::fs::read(&path).unwrap(), damaged);
    }
    // Set aside whole, with the reason; no longer listed.
    let live = open(&dir);
    let aside = live.quarantine("g1", "the log is cut short").await.unwrap();
    assert_eq!(aside.game, "g1");
    assert!(live.games().await.unwrap().is_empty());
    let moved = std::path::Path::new(&aside.path);
    assert!(moved.starts_with(dir.path().join("live").join(QUARANTINE_DIR)));
    assert_eq!(std::fs::read(moved.join(LOG)).unwrap(), whole[..end - 4]);
    assert!(moved.join(SNAPSHOT).is_file());
    assert_eq!(live.quarantined().await.unwrap(), vec![aside]);
}

#[tokio::test]
async fn a_changed_snapshot_is_reported_and_bare_json_still_reads() {
    let dir = tempfile::tempdir().unwrap();
    let live = open(&dir);
    live.save_snapshot("g1", br#"{"title":"Canberra"}"#)
        .await
        .unwrap();
    live.save_answers("g1", 0, b"[1]").await.unwrap();
    let game = dir.path().join("live").join(GAMES_DIR).join("g1");
    let on_disk = std::fs::read_to_string(game.join(SNAPSHOT)).unwrap();
    assert!(on_disk.starts_with("quizbox-live 2 fnv1a="), "{on_disk}");
    std::fs::write(game.join(SNAPSHOT), on_disk.replace("Canberra", "Canberrb")).unwrap();
    let err = live.load_snapshot("g1").await.unwrap_err();
    assert!(matches!(err, LiveError::Corrupt(_)), "{err}");
    // Files of the first format (bare JSON) read as they are.
    std::fs::write(game.join(SNAPSHOT), br#"{"title":"Canberra"}"#).unwrap();
    std::fs::write(game.join(answers_name(1)), b"[2]").unwrap();
    assert_eq!(
        live.load_snapshot("g1").await.unwrap().unwrap(),
        br#"{"title":"Canberra"}"#
    );
    assert_eq!(
        live.load_answers("g1").await.unwrap(),
        vec![(0, b"[1]".to_vec()), (1, b"[2]".to_vec())]
    );
    let changed = live.changed_at("g1").await.unwrap().unwrap();
    assert!(changed.abs_diff(crate::server::now_ms()) < 60_000);
    assert_eq!(live.changed_at("nope").await.unwrap(), None);
}

#[tokio::test]
async fn a_log_of_the_first_format_is_read_and_appended_to_in_it() {
    let dir = tempfile::tempdir().unwrap();
    // Today's layout less the file header and with body-only hashes.
    let mut old = Vec::new();
    for (last, entries) in [
        (2, vec![answer(1, 0, 1), answer(2, 0, 2)]),
        (3, vec![answer(3, 0, 0)]),
    ] {
        let mut record = encode_record(&entries).unwrap();
        format::seal(&mut record, last, 1);
        old.extend_from_slice(&record);
    }
    let path = log_path(&dir, "g1");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, &old).unwrap();
    let live = open(&dir);
    assert_eq!(live.log_since("g1", 1).await.unwrap().len(), 2);
    assert_eq!(live.append("g1", &[answer(4, 0, 3)]).await.unwrap(), 4);
    drop(live);
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(&old), "the old records are untouched");
    assert_eq!(format::scan(&bytes).unwrap().format, 1);
    let live = open(&dir);
    assert_eq!(
        live.log_since("g1", 3).await.unwrap(),
        vec![(4, answer(4, 0, 3))]
    );
}

#[tokio::test]
async fn a_torn_snapshot_write_leaves_the_previous_one() {
    let dir = tempfile::tempdir().unwrap();
    let live = open(&dir);
    live.save_snapshot("g1", b"complete").await.unwrap();
    let games = dir.path().join("live").join(GAMES_DIR);
    // A write killed before its rename leaves only a temporary file.
    let torn = format!("{SNAPSHOT}{TEMPORARY}");
    std::fs::write(games.join("g1").join(&torn), b"half").unwrap();
    assert_eq!(
        live.load_snapshot("g1").await.unwrap(),
        Some(b"complete".to_vec())
    );
    // A game whose only file is a temporary one is not listed.
    std::fs::create_dir(games.join("g3")).unwrap();
    std::fs::write(games.join("g3").join(&torn), b"half").unwrap();
    assert_eq!(live.games().await.unwrap(), ["g1"]);
    live.save_snapshot("g1", b"next").await.unwrap();
    assert_eq!(
        live.load_snapshot("g1").await.unwrap(),
        Some(b"next".to_vec())
    );
}

#[tokio::test]
async fn ids_that_cannot_name_a_directory_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let live = open(&dir);
    for id in ["", "..", "a/b", "bad\0id", "é"] {
        assert!(live.save_snapshot(id, b"x").await.is_err(), "{id:?}");
        assert!(
            live.append(id, &[entry(Input::Tick)]).await.is_err(),
            "{id:?}"
        );
    }
}

#[tokio::test]
async fn answers_are_kept_per_question_and_removed_with_the_game() {
    let dir = tempfile::tempdir().unwrap();
    let live = open(&dir);
    live.save_answers("g1", 1, b"[1]").await.unwrap();
    live.save_answers("g1", 0, b"[0]").await.unwrap();
    live.save_answers("g10", 0, b"[other game]").await.unwrap();
    // Saving a question again replaces it.
    live.save_answers("g1", 1, b"[1, again]").await.unwrap();
    assert_eq!(
        live.load_answers("g1").await.unwrap(),
        vec![(0, b"[0]".to_vec()), (1, b"[1, again]".to_vec())]
    );
    live.remove("g1").await.unwrap();
    assert!(live.load_answers("g1").await.unwrap().is_empty());
    assert_eq!(live.load_answers("g10").await.unwrap().len(), 1);
}

#[tokio::test]
async fn append_numbers_and_log_since() {
    let dir = tempfile::tempdir().unwrap();
    let live = open(&dir);
    let inputs = [
        entry(Input::Host(HostCommand::Start)),
        answer(1, 0, 2),
        entry(Input::Tick),
    ];
    let mut seqs = Vec::new();
    for input in &inputs {
        seqs.push(
            live.append("g1", std::slice::from_ref(input))
                .await
                .unwrap(),
        );
    }
    assert_eq!(seqs, [1, 2, 3]);
    // A batch is numbered in order and returns its last number.
    assert_eq!(live.append("g2", &inputs).await.unwrap(), 3);
    assert_eq!(live.append("g2", &inputs[..1]).await.unwrap(), 4);
    assert_eq!(live.log_since("g2", 2).await.unwrap().len(), 2);

    let all = live.log_since("g1", 0).await.unwrap();
    assert_eq!(
        all,
        vec![
            (1, inputs[0].clone()),
            (2, inputs[1].clone()),
            (3, inputs[2].clone())
        ]
    );
    let rest = live.log_since("g1", 1).await.unwrap();
    assert_eq!(rest, vec![(2, inputs[1].clone()), (3, inputs[2].clone())]);
    assert_eq!(live.log_since("g1", 3).await.unwrap(), vec![]);
    assert_eq!(live.log_since("g1", u64::MAX).await.unwrap(), vec![]);
    assert_eq!(live.log_since("nope", 0).await.unwrap(), vec![]);
}

#[tokio::test]
async fn logs_of_games_do_not_mix() {
    let dir = tempfile::tempdir().unwrap();
    let live = open(&dir);
    // "ab" is a prefix of "abc"; "a" sorts before both.
    for (game, player) in [
        ("ab", 1),
        ("abc", 2),
        ("ab", 3),
        ("a", 4),
        ("abc", 5),
        ("ab", 6),
    ] {
        live.append(game, &[answer(player, 0, 1)]).await.unwrap();
    }
    assert_eq!(
        live.log_since("ab", 0).await.unwrap(),
        vec![
            (1, answer(1, 0, 1)),
            (2, answer(3, 0, 1)),
            (3, answer(6, 0, 1))
        ]
    );
    assert_eq!(
        live.log_since("abc", 0).await.unwrap(),
        vec![(1, answer(2, 0, 1)), (2, answer(5, 0, 1))]
    );
    assert_eq!(
        live.log_since("a", 0).await.unwrap(),
        vec![(1, answer(4, 0, 1))]
    );

    live.remove("ab").await.unwrap();
    assert_eq!(live.log_since("ab", 0).await.unwrap(), vec![]);
    assert_eq!(live.log_since("abc", 0).await.unwrap().len(), 2);
    assert_eq!(live.log_since("a", 0).await.unwrap().len(), 1);
    assert_eq!(live.append("abc", &[entry(Input::Tick)]).await.unwrap(), 3);
}

#[tokio::test]
async fn games_lists_and_remove_clears() {
    let dir = tempfile::tempdir().unwrap();
    let live = open(&dir);
    live.save_snapshot("g2", b"two").await.unwrap();
    live.save_snapshot("g1", b"one").await.unwrap();
    live.append("g1", &[entry(Input::Connected { player: 7 })])
        .await
        .unwrap();
    live.append("g2", &[entry(Input::Disconnected { player: 8 })])
        .await
        .unwrap();
    let mut games = live.games().await.unwrap();
    games.sort();
    assert_eq!(games, ["g1", "g2"]);

    live.remove("g1").await.unwrap();
    assert_eq!(live.games().await.unwrap(), ["g2"]);
    assert_eq!(live.load_snapshot("g1").await.unwrap(), None);
    assert_eq!(live.log_since("g1", 0).await.unwrap(), vec![]);
    // A fresh log for the same id starts again at 1.
    assert_eq!(live.append("g1", &[entry(Input::Tick)]).await.unwrap(), 1);
    assert_eq!(
        live.log_since("g2", 0).await.unwrap(),
        vec![(1, entry(Input::Disconnected { player: 8 }))]
    );
    assert!(live.append("bad\0id", &[entry(Input::Tick)]).await.is_err());
}

#[tokio::test]
async fn reopening_keeps_data() {
    let dir = tempfile::tempdir().unwrap();
    {
        let live = open(&dir);
        live.save_snapshot("g1", b"snapshot").await.unwrap();
        live.append("g1", &[answer(1, 0, 0)]).await.unwrap();
        live.append(
            "g1",
            &[entry(Input::Host(HostCommand::Extend { seconds: 10 }))],
        )
        .await
        .unwrap();
    }
    let live = open(&dir);
    assert_eq!(live.games().await.unwrap(), ["g1"]);
    assert_eq!(
        live.load_snapshot("g1").await.unwrap(),
        Some(b"snapshot".to_vec())
    );
    assert_eq!(
        live.log_since("g1", 0).await.unwrap(),
        vec![
            (1, answer(1, 0, 0)),
            (2, entry(Input::Host(HostCommand::Extend { seconds: 10 })))
        ]
    );
    assert_eq!(live.append("g1", &[entry(Input::Tick)]).await.unwrap(), 3);
}
