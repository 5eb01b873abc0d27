//! `quizbox backup` and `quizbox restore` with the real binary: a backup
//! taken while a game is being played restores into a fresh directory with
//! every quiz, account, finished game and the live game, which resumes with
//! its players' tokens and scores; a newer database or archive is refused
//! with what to do; a restore refuses a non-empty directory and a damaged
//! archive and leaves the directory as it was.

mod common;

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use common::command::quizbox;
use common::process::{answer, attach, create, results, Server};
use common::sim::{self, Acked, PlayerPlan};
use serde_json::{json, Value};

/// Whether anything is in `dir` (a missing one holds nothing).
fn holds_anything(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some())
}

/// A resumed player's welcome: (score, whether the open question is answered).
async fn resume(addr: std::net::SocketAddr, pin: &str, token: &str) -> (common::Client, Value) {
    attach(
        addr,
        json!({"type": "resume", "v": 1, "pin": pin, "token": token}),
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_during_a_game_restores_everything_and_the_game_resumes() {
    let original = tempfile::tempdir().unwrap();
    sim::seed(original.path(), &sim::quiz("kept", 3, 0)).await;
    // A question's picture, kept in the data directory.
    let picture = b"\x89PNG\r\n\x1a\n not really a picture";
    std::fs::create_dir_all(original.path().join("media")).unwrap();
    std::fs::write(original.path().join("media/rings.png"), picture).unwrap();
    let mut server = Server::new(original.path());
    server.spawn();
    server.wait_ready().await;
    let addr = server.addr;

    let mut add = quizbox(original.path())
        .args(["user", "add", "alice", "--role", "host", "--password-stdin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    add.stdin
        .take()
        .unwrap()
        .write_all(b"correct horse battery staple\n")
        .unwrap();
    assert!(add.wait().unwrap().success());

    // A game played to the end: its results are in the database.
    let (finished_id, pin, key) = create(&server, "kept").await;
    let acked = Acked::default();
    let host = tokio::spawn(sim::host_closing_at(addr, pin.clone(), key, 1, 1));
    let plan = PlayerPlan {
        n: 0,
        seed: 7,
        drop_per_mille: 0,
    };
    sim::player(addr, pin, plan, acked.clone()).await;
    host.await.unwrap();
    let finished = results(&server, &finished_id).await;
    assert_eq!(finished["status"], "finished", "{finished}");

    // A game in play: question 0 scored, question 1 open and answered by Ada.
    let (live_id, pin, key) = create(&server, "kept").await;
    let hello = json!({"type": "host", "v": 1, "pin": pin, "key": key});
    let (mut host, _) = attach(addr, hello.clone()).await;
    let join = |nickname: &str| json!({"type": "join", "v": 1, "pin": pin, "nickname": nickname});
    let (mut ada, welcome) = attach(addr, join("Ada")).await;
    let ada_id = welcome["player"]["id"].as_u64().unwrap();
    let ada_token = welcome["token"].as_str().unwrap().to_string();
    let (mut bob, welcome) = attach(addr, join("Bob")).await;
    let bob_id = welcome["player"]["id"].as_u64().unwrap();
    let bob_token = welcome["token"].as_str().unwrap().to_string();
    host.send(json!({"type": "start"})).await;
    ada.until("phase", Some("answering")).await;
    bob.until("phase", Some("answering")).await;
    let acked = Acked::default();
    answer(&mut ada, ada_id, 0, &acked).await;
    answer(&mut bob, bob_id, 0, &acked).await;
    host.until("phase", Some("reveal")).await;
    let ada_result = ada.until("result", None).await;
    let bob_result = bob.until("result", None).await;
    assert!(ada_result["score"].as_u64().unwrap() > 0, "{ada_result}");
    host.send(json!({"type": "next"})).await;
    host.until("phase", Some("leaderboard")).await;
    host.send(json!({"type": "next"})).await;
    ada.until("phase", Some("answering")).await;
    answer(&mut ada, ada_id, 1, &acked).await;

    let archive = tempfile::tempdir().unwrap();
    let file = archive.path().join("quizbox.tar.gz");
    let (code, json_out, err) = output(
        quizbox(original.path())
            .args(["backup", "--json"])
            .arg(&file),
    );
    assert_eq!(code, 0, "{err}");
    let summary: Value = serde_json::from_str(&json_out).unwrap();
    assert_eq!(summary["manifest"]["schema_version"], 10);
    assert_eq!(summary["manifest"]["live_games"], 1);
    assert_eq!(
        summary["manifest"]["quizbox_version"],
        env!("CARGO_PKG_VERSION")
    );
    let mode = std::os::unix::fs::PermissionsExt::mode(&file.metadata().unwrap().permissions());
    assert_eq!(mode & 0o077, 0, "the archive is its owner's only");
    // An existing file is kept unless --force.
    let (code, _, err) = output(quizbox(original.path()).arg("backup").arg(&file));
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("already exists; pass --force"), "{err}");
    let token = common::admin_token(original.path());
    server.kill();
    drop((host, ada, bob));

    let restored = tempfile::tempdir().unwrap();
    let data = restored.path().join("data");
    let (code, _, err) = output(quizbox(&data).arg("restore").arg(&file));
    assert_eq!(code, 0, "{err}");
    let mut server = Server::new(&data);
    server.spawn();
    server.wait_ready().await;
    let addr = server.addr;

    // The same admin token, accounts, quizzes and finished game.
    assert_eq!(common::admin_token(&data), token);
    let (status, quizzes) = common::http_as(&token, addr, "GET", "/api/quizzes", None)
        .await
        .unwrap();
    assert_eq!(status, 200, "{quizzes}");
    assert!(quizzes.contains("\"kept\""), "{quizzes}");
    let (code, users, err) = output(quizbox(&data).args(["user", "list", "--json"]));
    assert_eq!(code, 0, "{err}");
    let users: Value = serde_json::from_str(&users).unwrap();
    let names: Vec<&str> = users
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["username"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"alice"), "{users}");
    assert_eq!(results(&server, &finished_id).await, finished);
    assert_eq!(
        std::fs::read(data.join("media/rings.png")).unwrap(),
        picture
    );
    let (status, _) = common::http(addr, "GET", "/media/rings.png", None)
        .await
        .unwrap();
    assert_eq!(status, 200);

    // The live game resumes: players come back with their tokens and scores.
    let (mut ada, welcome) = resume(addr, &pin, &ada_token).await;
    assert_eq!(welcome["game_id"], live_id.as_str());
    assert_eq!(welcome["player"]["id"], ada_id);
    assert_eq!(welcome["score"], ada_result["score"], "{welcome}");
    assert_eq!(welcome["answered"], true, "{welcome}");
    assert_eq!(welcome["state"]["index"], 1, "{welcome}");
    let (mut bob, welcome) = resume(addr, &pin, &bob_token).await;
    assert_eq!(welcome["score"], bob_result["score"], "{welcome}");
    assert_ne!(welcome["answered"], true, "{welcome}");
    // The host carries on: Ada's answer to question 1 counts.
    let (mut host, welcome) = attach(addr, hello).await;
    assert_eq!(welcome["state"]["phase"], "answering", "{welcome}");
    host.send(json!({"type": "continue"})).await;
    host.send(json!({"type": "next"})).await;
    let result = ada.until("result", None).await;
    assert_eq!(result["index"], 1);
    assert_eq!(result["correct"], true, "{result}");
    assert_eq!(
        result["score"].as_u64().unwrap(),
        ada_result["score"].as_u64().unwrap() + result["points"].as_u64().unwrap()
    );
    let result = bob.until("result", None).await;
    assert_eq!(result["answered"], false, "{result}");
    assert_eq!(result["score"], bob_result["score"]);
    server.kill();
}

/// Rewrites the archive at `from` into `to`, passing each entry's name and
/// bytes through `change`.
fn rewrite_archive(from: &Path, to: &Path, change: impl Fn(&str, Vec<u8>) -> Vec<u8>) {
    let mut input = tar::Archive::new(flate2::read::GzDecoder::new(
        std::fs::File::open(from).unwrap(),
    ));
    let out = flate2::write::GzEncoder::new(
        std::fs::File::create(to).unwrap(),
        flate2::Compression::fast(),
    );
    let mut builder = tar::Builder::new(out);
    for entry in input.entries().unwrap() {
        let mut entry = entry.unwrap();
        let name = entry.path().unwrap().display().to_string();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        let bytes = change(&name, bytes);
        let mut header = entry.header().clone();
        header.set_size(bytes.len() as u64);
        header.set_cksum();
        builder.append_data(&mut header, &name, &bytes[..]).unwrap();
    }
    builder.into_inner().unwrap().finish().unwrap();
}

/// A data directory with the sample quizzes, its backup, and the path of
/// the backup.
fn backed_up(dir: &Path) -> std::path::PathBuf {
    let data = dir.join("data");
    let (code, _, err) = output(quizbox(&data).arg("migrate"));
    assert_eq!(code, 0, "{err}");
    let file = dir.join("backup.tar.gz");
    let (code, _, err) = output(quizbox(&data).arg("backup").arg(&file));
    assert_eq!(code, 0, "{err}");
    file
}

#[test]
fn restore_refuses_a_directory_in_use_and_a_damaged_or_foreign_archive() {
    let dir = tempfile::tempdir().unwrap();
    let file = backed_up(dir.path());

    // Not empty: refused, and what was there is untouched.
    let busy = dir.path().join("busy");
    std::fs::create_dir_all(&busy).unwrap();
    std::fs::write(busy.join("notes.txt"), "keep me").unwrap();
    let (code, _, err) = output(quizbox(&busy).arg("restore").arg(&file));
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("is not empty"), "{err}");
    assert!(err.contains("--data DIR"), "{err}");
    let left: Vec<_> = std::fs::read_dir(&busy).unwrap().collect();
    assert_eq!(left.len(), 1);

    // A byte of the database changed: the checksum catches it.
    let damaged = dir.path().join("damaged.tar.gz");
    rewrite_archive(&file, &damaged, |name, mut bytes| {
        if name == "database/quizbox.db" {
            let middle = bytes.len() / 2;
            bytes[middle] ^= 0x5a;
        }
        bytes
    });
    let target = dir.path().join("fresh");
    let (code, _, err) = output(quizbox(&target).arg("restore").arg(&damaged));
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("database/quizbox.db does not match"), "{err}");
    assert!(err.contains("restore from another copy"), "{err}");
    assert!(!holds_anything(&target), "a refused restore leaves nothing");

    // Cut short: the end of the archive is missing.
    let cut = dir.path().join("cut.tar.gz");
    let bytes = std::fs::read(&file).unwrap();
    std::fs::write(&cut, &bytes[..bytes.len() * 2 / 3]).unwrap();
    let (code, _, err) = output(quizbox(&target).arg("restore").arg(&cut));
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("is not a usable quizbox backup"), "{err}");
    assert!(!holds_anything(&target));

    // Some other file altogether.
    let other = dir.path().join("other.tar.gz");
    std::fs::write(&other, "not an archive").unwrap();
    let (code, _, err) = output(quizbox(&target).arg("restore").arg(&other));
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("does not read as a .tar.gz file"), "{err}");

    // From a newer quizbox with a newer schema: refused, saying which.
    let newer = dir.path().join("newer.tar.gz");
    rewrite_archive(&file, &newer, |name, bytes| {
        if name != "manifest.json" {
            return bytes;
        }
        let mut manifest: Value = serde_json::from_slice(&bytes).unwrap();
        manifest["schema_version"] = json!(99);
        manifest["quizbox_version"] = json!("9.1.0");
        serde_json::to_vec(&manifest).unwrap()
    });
    let (code, _, err) = output(quizbox(&target).arg("restore").arg(&newer));
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("written by quizbox 9.1.0"), "{err}");
    assert!(
        err.contains("restore it with quizbox 9.1.0 or newer"),
        "{err}"
    );
    assert!(!holds_anything(&target));

    // The archive as written still restores.
    let (code, _, err) = output(quizbox(&target).arg("restore").arg(&file));
    assert_eq!(code, 0, "{err}");
    let (code, status, err) = output(quizbox(&target).args(["migrate", "--status"]));
    assert_eq!(code, 0, "{err}");
    assert!(!status.contains("pending"), "{status}");
}

#[test]
fn every_command_refuses_a_database_a_newer_quizbox_wrote() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = output(quizbox(dir.path()).arg("migrate"));
    assert_eq!(code, 0, "{err}");
    let db = rusqlite::Connection::open(dir.path().join("quizbox.db")).unwrap();
    db.execute(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'from a newer quizbox', 0)",
        [],
    )
    .unwrap();
    drop(db);
    let quiz = dir.path().join("sums.toml");
    std::fs::write(
        &quiz,
        "title = \"Sums\"\n\n[[questions]]\ntext = \"2 + 2?\"\nanswers = [\"3\", \"4\"]\ncorrect = 1\n",
    )
    .unwrap();
    let quiz = quiz.to_str().unwrap();
    let commands: &[&[&str]] = &[
        &["serve", "--listen", "127.0.0.1:0"],
        &["migrate"],
        &["migrate", "--status"],
        &["doctor"],
        &["user", "list"],
        &["export", "--all"],
        &["import", quiz],
        &["quiz", "list"],
    ];
    for args in commands {
        let (code, _, err) = output(quizbox(dir.path()).args(*args));
        assert_eq!(code, 1, "quizbox {args:?}: {err}");
        assert!(
            err.contains("schema version 99, newer than this quizbox understands (10"),
            "quizbox {args:?}: {err}"
        );
        assert!(err.contains("Run that newer quizbox again"), "{err}");
        assert!(err.contains("quizbox restore FILE --data DIR"), "{err}");
    }
    // Nothing was changed: the newer version's migration is still the last.
    let db = rusqlite::Connection::open(dir.path().join("quizbox.db")).unwrap();
    let latest: i64 = db
        .query_row("SELECT max(version) FROM schema_migrations", [], |row| {
            row.get(0)
        })
        .unwrap();
    assert_eq!(latest, 99);
}

/// Each answer acknowledged before a backup began, in the game restored
/// from it: in its results, or, for the question still open there, marked
/// answered when its player resumes.
async fn check_restored(
    archive: &Path,
    acked: &std::collections::BTreeMap<(u64, u64), u64>,
    game_id: &str,
    pin: &str,
    key: &str,
    tokens: &std::collections::BTreeMap<u64, String>,
) -> bool {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let (code, _, err) = output(quizbox(&data).arg("restore").arg(archive));
    assert_eq!(code, 0, "{err}");
    let (code, report, err) = output(quizbox(&data).args(["doctor", "--json"]));
    assert_eq!(code, 0, "doctor on the restored directory: {report} {err}");
    let mut server = Server::new(&data);
    server.spawn();
    server.wait_ready().await;
    let results = results(&server, game_id).await;
    let mut recorded = std::collections::BTreeMap::new();
    for a in results["answers"].as_array().unwrap() {
        let key = (
            a["player"].as_u64().unwrap(),
            a["question"].as_u64().unwrap(),
        );
        assert!(recorded.insert(key, a["answer"].as_u64()).is_none(), "{a}");
    }
    let open = if results["status"] == "live" {
        let hello = json!({"type": "host", "v": 1, "pin": pin, "key": key});
        let (_, welcome) = attach(server.addr, hello).await;
        (welcome["state"]["phase"] == "answering")
            .then(|| welcome["state"]["index"].as_u64().unwrap())
    } else {
        None
    };
    for (&(player, question), &choice) in acked {
        if let Some(answer) = recorded.get(&(player, question)) {
            assert_eq!(*answer, Some(choice));
            continue;
        }
        assert_eq!(
            Some(question),
            open,
            "acknowledged answer ({player}, {question}) missing from the restored game"
        );
        let (_, welcome) = resume(server.addr, pin, &tokens[&player]).await;
        assert_eq!(
            welcome["answered"], true,
            "({player}, {question}): {welcome}"
        );
    }
    server.kill();
    results["status"] == "live"
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn backups_taken_while_answers_pour_in_each_restore_whole() {
    const PLAYERS: usize = 6;
    const QUESTIONS: usize = 20;
    let original = tempfile::tempdir().unwrap();
    sim::seed(original.path(), &sim::quiz("busy", QUESTIONS, 0)).await;
    let mut server = Server::new(original.path());
    server.spawn();
    server.wait_ready().await;
    let addr = server.addr;
    let (game_id, pin, key) = create(&server, "busy").await;

    // Players joined by hand first, for their resume tokens; the simulated
    // players then resume as them.
    let mut tokens = std::collections::BTreeMap::new();
    for n in 0..PLAYERS {
        let (_, welcome) = attach(
            addr,
            json!({"type": "join", "v": 1, "pin": pin, "nickname": format!("P{n}")}),
        )
        .await;
        let id = welcome["player"]["id"].as_u64().unwrap();
        tokens.insert(id, welcome["token"].as_str().unwrap().to_string());
    }
    let acked = Acked::default();
    // A question closes once everyone has answered.
    let host = tokio::spawn(sim::host(addr, pin.clone(), key.clone(), PLAYERS));
    let mut players = Vec::new();
    for (n, (&id, token)) in tokens.iter().enumerate() {
        let (pin, token, acked) = (pin.clone(), token.clone(), acked.clone());
        players.push(tokio::spawn(resumed_player(addr, pin, id, n, token, acked)));
    }

    let archives = tempfile::tempdir().unwrap();
    let mut taken = Vec::new();
    while !host.is_finished() && taken.len() < 8 {
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        let before = acked.lock().unwrap().clone();
        let file = archives.path().join(format!("{}.tar.gz", taken.len()));
        let mut cmd = quizbox(original.path());
        cmd.arg("backup").arg(&file);
        let (code, _, err) = tokio::task::spawn_blocking(move || output(&mut cmd))
            .await
            .unwrap();
        assert_eq!(code, 0, "{err}");
        taken.push((file, before));
    }
    host.await.unwrap();
    for player in players {
        player.await.unwrap();
    }
    server.kill();
    assert!(
        taken.iter().any(|(_, acked)| !acked.is_empty()),
        "no backup after an answer"
    );
    let mut live = 0;
    for (file, before) in &taken {
        if check_restored(file, before, &game_id, &pin, &key, &tokens).await {
            live += 1;
        }
    }
    eprintln!(
        "{} backups, {live} of them during play, of {} acknowledged answers in all",
        taken.len(),
        acked.lock().unwrap().len()
    );
    assert!(live >= 3, "only {live} backups caught the game in play");
}

/// A player resumed with `token` (player `id`) answering every question
/// as soon as it opens; its acknowledged answers are recorded.
async fn resumed_player(
    addr: std::net::SocketAddr,
    pin: String,
    id: u64,
    n: usize,
    token: String,
    acked: Acked,
) {
    let (mut c, welcome) = resume(addr, &pin, &token).await;
    let mut state = welcome["state"].clone();
    loop {
        if state["phase"] == "answering" {
            let q = state["index"].as_u64().unwrap();
            let choice = sim::choice_for(n, q);
            let answer_id = format!("p{id}-q{q}");
            tokio::time::sleep(std::time::Duration::from_millis(20 * n as u64)).await;
            c.send(json!({"type": "answer", "question": q, "answer": choice, "id": answer_id}))
                .await;
        }
        loop {
            let Some(msg) = c.next().await else {
                return;
            };
            match msg["type"].as_str() {
                Some("answer_ack") => {
                    let q = msg["index"].as_u64().unwrap();
                    acked.lock().unwrap().insert((id, q), sim::choice_for(n, q));
                }
                Some("phase") => {
                    state = msg["state"].clone();
                    break;
                }
                _ => {}
            }
        }
    }
}

#[test]
fn a_full_disk_is_named_and_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let (code, _, err) = output(quizbox(&data).arg("migrate"));
    assert_eq!(code, 0, "{err}");
    // 3 MiB that do not compress, among the questions' pictures.
    let mut noise = Vec::new();
    std::fs::File::open("/dev/urandom")
        .unwrap()
        .take(3 << 20)
        .read_to_end(&mut noise)
        .unwrap();
    std::fs::create_dir_all(data.join("media")).unwrap();
    std::fs::write(data.join("media/noise.png"), &noise).unwrap();
    let Some(small) = common::tmpfs::Tmpfs::mount_or_skip(&dir.path().join("small"), "1m") else {
        return;
    };
    let small_dir = dir.path().join("small");

    let file = small_dir.join("quizbox.tar.gz");
    let (code, _, err) = output(quizbox(&data).arg("backup").arg(&file));
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("is full; free some space"), "{err}");
    assert!(
        !holds_anything(&small_dir),
        "a failed backup leaves nothing"
    );

    let file = dir.path().join("quizbox.tar.gz");
    let (code, _, err) = output(quizbox(&data).arg("backup").arg(&file));
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = output(quizbox(&small_dir).arg("restore").arg(&file));
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("is full; free some space"), "{err}");
    assert!(
        !holds_anything(&small_dir),
        "a failed restore leaves nothing"
    );
    drop(small);
}

#[test]
fn help_lists_backup_and_restore() {
    let dir = tempfile::tempdir().unwrap();
    let (code, top, _) = output(quizbox(dir.path()).arg("--help"));
    assert_eq!(code, 0);
    for (command, says) in [
        ("backup", "even while serving"),
        ("restore", "into an empty data directory"),
    ] {
        assert!(top.contains(command) && top.contains(says), "{top}");
        let (code, help, _) = output(quizbox(dir.path()).args([command, "--help"]));
        assert_eq!(code, 0, "{command} --help");
        assert!(
            help.contains("Exits 0") || help.contains("--force"),
            "{help}"
        );
    }
}

/// Exit code, stdout and stderr, with nothing on stdin.
fn output(cmd: &mut Command) -> (i32, String, String) {
    common::command::output(cmd.stdin(Stdio::null()))
}
