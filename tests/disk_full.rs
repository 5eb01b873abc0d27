//! A live store that cannot write: nothing is acknowledged that is not on
//! disk, the game pauses with a reason shown to host and screen, `/readyz`
//! says 503, and once writes succeed again the game goes on and loses
//! nothing. First with log appends made to fail (`QUIZBOX_FAULT`, any
//! machine), then on a real filesystem that fills up (a small tmpfs the
//! test mounts; needs root: skipped with a notice elsewhere, a failure
//! under CI=true), with a SIGKILL while it is full.

mod common;

use std::net::SocketAddr;

use common::process::{answer, attach, create, create_with_intro, results, Server};
use common::sim::{self, Acked};
use common::tmpfs::Tmpfs;
use common::Client;
use serde_json::{json, Value};

const STORAGE_UNAVAILABLE: &str = "storage_unavailable";

/// Joins `names` one after the other (one log append each); returns each
/// player's socket, id and resume token.
async fn join_all(addr: SocketAddr, pin: &str, names: &[&str]) -> Vec<(Client, u64, String)> {
    let mut players = Vec::new();
    for name in names {
        let hello = json!({"type": "join", "v": 1, "pin": pin, "nickname": name});
        let (c, welcome) = attach(addr, hello).await;
        let id = welcome["player"]["id"].as_u64().unwrap();
        players.push((c, id, welcome["token"].as_str().unwrap().to_string()));
    }
    players
}

/// Sends an answer the server cannot save: refused, never acknowledged.
async fn answer_refused(c: &mut Client, who: u64, question: u64) {
    let id = format!("p{who}-q{question}");
    c.send(json!({"type": "answer", "question": question, "answer": question % 4, "id": id}))
        .await;
    let seen = c.frames.len();
    let reply = c.until("error", None).await;
    assert_eq!(reply["code"], STORAGE_UNAVAILABLE, "{reply}");
    assert_no_ack(c, seen);
}

/// No acknowledgement among the frames received since the first `since`.
fn assert_no_ack(c: &Client, since: usize) {
    let acks: Vec<&String> = c.frames[since..]
        .iter()
        .filter(|f| f.contains("\"answer_ack\""))
        .collect();
    assert!(acks.is_empty(), "acknowledged while not saved: {acks:?}");
}

/// Waits until the game's snapshot on disk is at `phase`: a phase change
/// is sent before its snapshot is written.
async fn snapshot_at(live: &std::path::Path, game_id: &str, phase: &str) {
    let path = live.join("games").join(game_id).join("snapshot.json");
    let needle = format!("\"phase\":\"{phase}\"");
    for _ in 0..200 {
        let bytes = std::fs::read(&path).unwrap_or_default();
        if bytes.windows(needle.len()).any(|w| w == needle.as_bytes()) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the snapshot at {} never reached {phase}", path.display());
}

/// Reads to the next `storage` message; returns its problem (None: saving works).
async fn storage(c: &mut Client) -> Option<String> {
    let msg = c.until("storage", None).await;
    msg["problem"].as_str().map(str::to_string)
}

/// The host moves on until `phase`, answering nothing itself.
async fn host_to(host: &mut Client, phase: &str) {
    host.send(json!({"type": "next"})).await;
    host.until("phase", Some(phase)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_log_that_cannot_be_written_acknowledges_nothing_and_the_game_waits_for_it() {
    let dir = tempfile::tempdir().unwrap();
    sim::seed(dir.path(), &sim::quiz("appends", 2, 0)).await;
    let mut server = Server::new(dir.path());
    let addr = server.addr;
    // Appends 1-2 are the joins and 3 the start; 4 (Ann's answer) fails,
    // and so do its first three retries.
    server.spawn_with_fault("fail:log:4-7");
    server.wait_ready().await;
    let (game_id, pin, key) = create(&server, "appends").await;
    let (mut host, _) = attach(
        addr,
        json!({"type": "host", "v": 1, "pin": pin, "key": key}),
    )
    .await;
    let (mut screen, _) = attach(addr, json!({"type": "watch", "v": 1, "pin": pin})).await;
    let mut players = join_all(addr, &pin, &["Ann", "Bob"]).await;
    let ids: Vec<u64> = players.iter().map(|(_, id, _)| *id).collect();
    host.send(json!({"type": "start"})).await;
    for (c, _, _) in &mut players {
        c.until("phase", Some("answering")).await;
    }

    // Ann's answer cannot be logged: she is told so, not acknowledged.
    let (ann, ann_id, _) = &mut players[0];
    let seen = ann.frames.len();
    ann.send(json!({"type": "answer", "question": 0, "answer": 0, "id": "p0-q0"}))
        .await;
    let reply = ann.until("error", None).await;
    assert_eq!(reply["code"], STORAGE_UNAVAILABLE, "{reply}");
    assert_no_ack(ann, seen);
    let ann_id = *ann_id;
    // Host and screen see why the game stopped; the server is not ready.
    let problem = storage(&mut host).await.expect("a problem");
    assert!(problem.contains("cannot save"), "{problem}");
    assert_eq!(
        storage(&mut screen).await.as_deref(),
        Some(problem.as_str())
    );
    assert_eq!(server.readyz().await, 503);
    // Meanwhile answers and host commands are refused at once.
    let (bob, bob_id, _) = &mut players[1];
    answer_refused(bob, *bob_id, 0).await;
    host.send(json!({"type": "next"})).await;
    assert_eq!(host.until("error", None).await["code"], STORAGE_UNAVAILABLE);

    // The fourth retry is written: everyone hears so, Ann's acknowledgement
    // follows, and the countdown runs again.
    assert_eq!(storage(&mut host).await, None);
    // Players were told too.
    let (ann, _, _) = &mut players[0];
    assert_eq!(storage(ann).await.as_deref(), Some(problem.as_str()));
    assert_eq!(storage(ann).await, None);
    let ack = ann.until("answer_ack", None).await;
    assert_eq!(ack["id"], "p0-q0");
    let acked = Acked::default();
    acked.lock().unwrap().insert((ann_id, 0), 0);
    host.until("deadline", None).await;
    assert_eq!(server.readyz().await, 200);
    // Bob sends again with the same id; Ann's resend counts once.
    let (bob, bob_id, _) = &mut players[1];
    answer(bob, *bob_id, 0, &acked).await;
    host.until("phase", Some("reveal")).await;
    let (ann, _, _) = &mut players[0];
    answer(ann, ann_id, 0, &acked).await;
    host_to(&mut host, "leaderboard").await;
    host_to(&mut host, "answering").await;
    for (c, id, _) in &mut players {
        answer(c, *id, 1, &acked).await;
    }
    host.until("phase", Some("reveal")).await;
    host_to(&mut host, "leaderboard").await;
    host_to(&mut host, "podium").await;
    host.send(json!({"type": "next"})).await;
    assert_eq!(host.until_closed().await, 4011);
    let results = results(&server, &game_id).await;
    assert_eq!(acked.lock().unwrap().len(), 4);
    sim::check_results(&results, &acked, &ids, 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_pauses_the_game_and_loses_nothing_even_through_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let live = dir.path().join("live");
    // The log takes 4 MiB ahead of its records; this leaves room for them
    // and a few small files, then the test fills the rest.
    let Some(tmpfs) = Tmpfs::mount_or_skip(&live, "6m") else {
        return;
    };
    let live_url = live.to_str().unwrap().to_string();
    let env = [("QUIZBOX_LIVE", live_url.as_str())];
    sim::seed(dir.path(), &sim::quiz("full", 3, 0)).await;
    let mut server = Server::new(dir.path());
    let addr = server.addr;
    server.spawn_with_env(&env);
    server.wait_ready().await;
    let (game_id, pin, key) = create(&server, "full").await;
    let host_hello = json!({"type": "host", "v": 1, "pin": pin, "key": key});
    let (mut host, _) = attach(addr, host_hello.clone()).await;
    let (mut screen, _) = attach(addr, json!({"type": "watch", "v": 1, "pin": pin})).await;
    let mut players = join_all(addr, &pin, &["Ann", "Bob", "Cy"]).await;
    let ids: Vec<u64> = players.iter().map(|(_, id, _)| *id).collect();
    let acked = Acked::default();
    host.send(json!({"type": "start"})).await;
    for (c, id, _) in &mut players {
        c.until("phase", Some("answering")).await;
        answer(c, *id, 0, &acked).await;
    }
    host.until("phase", Some("reveal")).await;
    host_to(&mut host, "leaderboard").await;
    // The leaderboard went out before its snapshot was written; the disk
    // must fill after it lands, or the host's `next` is refused.
    snapshot_at(&live, &game_id, "leaderboard").await;

    // The disk fills; question 1 opens, its snapshot cannot be written.
    let filler = tmpfs.fill();
    host.send(json!({"type": "next"})).await;
    let problem = storage(&mut host).await.expect("a problem");
    assert!(problem.contains("cannot save"), "{problem}");
    assert_eq!(
        storage(&mut screen).await.as_deref(),
        Some(problem.as_str())
    );
    host.until("paused", None).await;
    assert_eq!(server.readyz().await, 503);
    for (c, id, _) in &mut players {
        c.until("phase", Some("answering")).await;
        answer_refused(c, *id, 1).await;
    }

    // Killed while the disk is full; it comes back to the same full disk
    // (topped up: whatever the killed process held is taken again).
    server.kill();
    drop((host, screen));
    tmpfs.fill();
    server.spawn_with_env(&env);
    server.wait_up().await;
    let (mut host, _) = attach(addr, host_hello).await;
    assert_eq!(storage(&mut host).await.as_deref(), Some(problem.as_str()));
    assert_eq!(server.readyz().await, 503);
    let mut back = Vec::new();
    for (_, id, token) in players {
        let hello = json!({"type": "resume", "v": 1, "pin": pin, "token": token});
        let (mut c, _) = attach(addr, hello).await;
        answer_refused(&mut c, id, 1).await;
        back.push((c, id));
    }

    // Space is freed: the game goes on, answers are taken again.
    std::fs::remove_file(filler).unwrap();
    assert_eq!(storage(&mut host).await, None);
    assert_eq!(server.readyz().await, 200);
    host.send(json!({"type": "continue"})).await;
    host.until("deadline", None).await;
    for (c, id) in &mut back {
        answer(c, *id, 1, &acked).await;
    }
    host.until("phase", Some("reveal")).await;
    host_to(&mut host, "leaderboard").await;
    host_to(&mut host, "answering").await;
    for (c, id) in &mut back {
        answer(c, *id, 2, &acked).await;
    }
    host.until("phase", Some("reveal")).await;
    host_to(&mut host, "leaderboard").await;
    host_to(&mut host, "podium").await;
    host.send(json!({"type": "next"})).await;
    assert_eq!(host.until_closed().await, 4011);
    let results: Value = results(&server, &game_id).await;
    assert_eq!(acked.lock().unwrap().len(), 9);
    sim::check_results(&results, &acked, &ids, 3);
    server.kill();
    drop(tmpfs);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_disk_that_fills_during_an_intro_pauses_the_answers_as_they_open() {
    let dir = tempfile::tempdir().unwrap();
    let live = dir.path().join("live");
    let Some(tmpfs) = Tmpfs::mount_or_skip(&live, "6m") else {
        return;
    };
    let live_url = live.to_str().unwrap().to_string();
    let env = [("QUIZBOX_LIVE", live_url.as_str())];
    sim::seed(dir.path(), &sim::quiz("intro", 1, 0)).await;
    let mut server = Server::new(dir.path());
    let addr = server.addr;
    server.spawn_with_env(&env);
    server.wait_ready().await;
    let (game_id, pin, key) = create_with_intro(&server, "intro", 2).await;
    let (mut host, _) = attach(
        addr,
        json!({"type": "host", "v": 1, "pin": pin, "key": key}),
    )
    .await;
    let mut players = join_all(addr, &pin, &["Ann", "Bob"]).await;
    let ids: Vec<u64> = players.iter().map(|(_, id, _)| *id).collect();

    // The disk fills in the lobby: the intro's snapshot cannot be written,
    // which the host hears of while the question is still introduced.
    let filler = tmpfs.fill();
    host.send(json!({"type": "start"})).await;
    host.until("phase", Some("intro")).await;
    let problem = storage(&mut host).await.expect("a problem");
    assert!(problem.contains("cannot save"), "{problem}");
    // The answers open on time, as the players' pages open them, and their
    // countdown stops at once: nobody loses time to the disk.
    host.until("phase", Some("answering")).await;
    host.until("paused", None).await;
    for (c, id, _) in &mut players {
        c.until("paused", None).await;
        answer_refused(c, *id, 0).await;
    }

    // Space is freed: the countdown goes on by itself, answers are taken.
    std::fs::remove_file(filler).unwrap();
    assert_eq!(storage(&mut host).await, None);
    host.until("deadline", None).await;
    let acked = Acked::default();
    for (c, id, _) in &mut players {
        answer(c, *id, 0, &acked).await;
    }
    host.until("phase", Some("reveal")).await;
    host_to(&mut host, "leaderboard").await;
    host_to(&mut host, "podium").await;
    host.send(json!({"type": "next"})).await;
    assert_eq!(host.until_closed().await, 4011);
    let results = results(&server, &game_id).await;
    assert_eq!(acked.lock().unwrap().len(), 2);
    sim::check_results(&results, &acked, &ids, 1);
    server.kill();
    drop(tmpfs);
}
