//! What quizbox keeps about people, and its removal, with the real binary
//! and a real database file: the retention job inside `quizbox serve`
//! removes old games' players and answers, then old games, and keeps
//! recent ones; `quizbox user export` writes everything of an account;
//! `quizbox user delete --with-data` removes it all. Each removal is
//! checked by SQL counts and by searching the bytes of the database file
//! and its write-ahead log.

mod common;

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::command::{output, quizbox};
use common::media_files::{mp3, sha256, PNG_1X1};
use quizbox::store::conformance::{every_kind_quiz, finished_game};
use quizbox::store::{FinishedGame, Store};
use serde_json::Value;

const DAY: u64 = 86_400_000;

fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as u64
}

async fn open_store(data: &Path) -> Arc<dyn Store> {
    let store = quizbox::store::open(&format!("sqlite://{}", data.join("quizbox.db").display()))
        .await
        .unwrap();
    store.migrate().await.unwrap();
    store
}

/// A finished game whose players' nicknames carry `tag`, so a byte search
/// finds exactly this game's.
fn game(id: &str, tag: &str, ended_at: u64) -> FinishedGame {
    let mut game = finished_game(id, &every_kind_quiz(), ended_at);
    for p in &mut game.players {
        p.nickname = format!("Nick{}-{tag}", p.player);
    }
    game
}

/// Whether `needle` is anywhere in the database file or its write-ahead log.
fn on_disk(data: &Path, needle: &[u8]) -> bool {
    ["quizbox.db", "quizbox.db-wal"].iter().any(|name| {
        std::fs::read(data.join(name))
            .is_ok_and(|bytes| bytes.windows(needle.len()).any(|w| w == needle))
    })
}

fn count(data: &Path, sql: &str) -> i64 {
    let db = rusqlite::Connection::open(data.join("quizbox.db")).unwrap();
    db.query_row(sql, [], |row| row.get(0)).unwrap()
}

#[tokio::test]
async fn retention_removes_old_answers_then_old_games_and_keeps_recent_ones() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let now = now_ms();
    {
        let store = open_store(data).await;
        for (id, age) in [("ancient", 400), ("old", 100), ("month", 40), ("recent", 2)] {
            let g = game(id, &format!("{id}-player"), now - age * DAY);
            store.save_finished_game(Arc::new(g)).await.unwrap();
        }
        assert!(store.checkpoint().await.unwrap());
    }
    assert!(
        on_disk(data, b"Nick1-old-player"),
        "the byte search sees nicknames"
    );
    std::fs::write(
        data.join("quizbox.toml"),
        "[retention]\nanswers_days = 30\ngames_days = 365\n",
    )
    .unwrap();

    let mut server = common::process::Server::new(data);
    server.spawn();
    server.wait_ready().await;
    // The job runs at start; its counters move once it has checkpointed.
    let started = Instant::now();
    let scrape = loop {
        let (_, text) = common::http(server.addr, "GET", "/metrics", None)
            .await
            .unwrap();
        let scrape = common::exposition::parse(&text).unwrap();
        if scrape.value("quizbox_retention_players_removed_total", &[]) == Some(2.0) {
            break scrape;
        }
        assert!(started.elapsed() < Duration::from_secs(20), "{text}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(
        scrape.value("quizbox_retention_games_removed_total", &[]),
        Some(1.0)
    );

    // While the server still runs: the files after the job's checkpoint.
    for gone in ["ancient", "old", "month"] {
        for player in 1..=3 {
            let nickname = format!("Nick{player}-{gone}-player");
            assert!(
                !on_disk(data, nickname.as_bytes()),
                "{nickname} left in the file"
            );
        }
    }
    assert!(
        on_disk(data, b"Nick1-recent-player"),
        "recent games keep theirs"
    );
    assert_eq!(
        count(data, "SELECT COUNT(*) FROM games WHERE id = 'ancient'"),
        0
    );
    assert_eq!(
        count(
            data,
            "SELECT COUNT(*) FROM game_players WHERE game_id <> 'recent'"
        ),
        0
    );
    assert_eq!(
        count(
            data,
            "SELECT COUNT(*) FROM game_answers WHERE game_id <> 'recent'"
        ),
        0
    );
    assert_eq!(count(data, "SELECT COUNT(*) FROM game_players"), 3);
    assert_eq!(count(data, "SELECT COUNT(*) FROM game_answers"), 12);
    // What remains of the old games: the game, its number of players and
    // per-question totals.
    assert_eq!(
        count(
            data,
            "SELECT COUNT(*) FROM games WHERE players_removed_at IS NOT NULL AND player_count = 3"
        ),
        2
    );
    assert_eq!(
        count(
            data,
            "SELECT SUM(answers) FROM game_question_totals WHERE game_id = 'old'"
        ),
        12
    );
    server.kill();
    let store = open_store(data).await;
    let month = store.finished_game("month").await.unwrap().unwrap();
    assert!(month.players.is_empty() && month.answers.is_empty());
    assert_eq!(month.players_removed.unwrap().players, 3);
    let recent = store.finished_game("recent").await.unwrap().unwrap();
    assert_eq!(recent, game("recent", "recent-player", recent.ended_at));
}

/// An account with a token, two quizzes (one with a sound only it uses,
/// both with a picture a shared quiz uses too), a finished game it hosted
/// and another account's game.
async fn seed_account(data: &Path) -> (String, String) {
    let (code, _, err) = output(quizbox(data).arg("migrate"));
    assert_eq!(code, 0, "{err}");
    let mut add = quizbox(data);
    add.args(["user", "add", "annelise", "--password-stdin"])
        .stdin(std::process::Stdio::piped());
    let mut child = add
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"correct horse battery\n")
        .unwrap();
    assert!(child.wait_with_output().unwrap().status.success());
    let (code, _, err) = output(quizbox(data).args([
        "user",
        "token",
        "create",
        "annelise",
        "--scope",
        "import,host",
        "--name",
        "laptop",
    ]));
    assert_eq!(code, 0, "{err}");

    let store = open_store(data).await;
    let (ann, _) = store.user_by_name("annelise").await.unwrap().unwrap();
    let sound = mp3(2);
    let (sound_info, _) = store
        .put_media("audio/mpeg", sound.clone().into())
        .await
        .unwrap();
    let (picture, _) = store
        .put_media("image/png", PNG_1X1.to_vec().into())
        .await
        .unwrap();
    let mut own = every_kind_quiz();
    own.id = "annelises-birds".into();
    own.title = "Annelise's birds".into();
    own.questions[0].media = Some(format!("/media/{}.mp3", sound_info.hash));
    own.questions[1].media = Some(format!("/media/{}.png", picture.hash));
    store
        .create_quiz(&own, "api", Some(ann.id), false)
        .await
        .unwrap();
    let mut shared = every_kind_quiz();
    shared.id = "shared-pictures".into();
    shared.questions[0].media = Some(format!("/media/{}.png", picture.hash));
    store.upsert_quiz(&shared, "sample").await.unwrap();
    let hosted = game("annelises-game", "annelises-player", now_ms() - DAY);
    store.save_finished_game(Arc::new(hosted)).await.unwrap();
    store
        .record_game_host("annelises-game", ann.id)
        .await
        .unwrap();
    let other = game("someone-elses-game", "other-player", now_ms() - DAY);
    store.save_finished_game(Arc::new(other)).await.unwrap();
    assert!(store.checkpoint().await.unwrap());
    (sound_info.hash, picture.hash)
}

#[tokio::test]
async fn an_account_is_exported_whole_then_deleted_with_everything_it_owned() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let (sound, picture) = seed_account(data).await;
    assert_eq!(sound, sha256(&mp3(2)));

    let file = data.join("annelise.json");
    let (code, _, err) = output(
        quizbox(data)
            .args(["user", "export", "annelise", "-o"])
            .arg(&file),
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("annelise.json"), "{err}");
    let text = std::fs::read_to_string(&file).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let (code, stdout, _) = output(quizbox(data).args(["user", "export", "annelise"]));
    assert_eq!(code, 0);
    assert_eq!(stdout, text, "standard output holds the same");
    let export: Value = serde_json::from_str(&text).unwrap();
    assert!(!text.contains("argon2"), "no password hash: {text}");

    let account = &export["account"];
    assert_eq!(account["username"], "annelise");
    assert_eq!(account["role"], "host");
    assert!(account["id"].as_i64().unwrap() > 0);
    assert!(account["created_at"].as_i64().unwrap() > 0);
    assert!(account.get("password_hash").is_none());
    let tokens = export["tokens"].as_array().unwrap();
    assert_eq!(tokens.len(), 1);
    assert_eq!(tokens[0]["name"], "laptop");
    assert_eq!(tokens[0]["kind"], "api");
    assert_eq!(tokens[0]["scopes"], serde_json::json!(["import", "host"]));
    assert_eq!(tokens[0]["expires_at"], Value::Null);
    assert!(tokens[0].get("hash").is_none());
    let quizzes = export["quizzes"].as_array().unwrap();
    assert_eq!(quizzes.len(), 1, "the shared quiz is not theirs");
    assert_eq!(quizzes[0]["id"], "annelises-birds");
    assert_eq!(quizzes[0]["title"], "Annelise's birds");
    assert_eq!(quizzes[0]["quiz"]["title"], "Annelise's birds");
    assert_eq!(
        quizzes[0]["quiz"]["questions"][0]["media"],
        format!("/media/{sound}.mp3")
    );
    let games = export["games"].as_array().unwrap();
    assert_eq!(games.len(), 1);
    let exported: FinishedGame = serde_json::from_value(games[0].clone()).unwrap();
    let hosted = open_store(data)
        .await
        .finished_game("annelises-game")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(exported, hosted, "the game with every player and answer");
    assert_eq!(exported.players[0].nickname, "Nick3-annelises-player");
    assert_eq!(exported.answers.len(), 12);
    assert_eq!(export["games_created"][0]["game_id"], "annelises-game");
    let (code, _, err) = output(quizbox(data).args(["user", "export", "nobody"]));
    assert_eq!(code, 1);
    assert!(err.contains("no user named nobody"), "{err}");

    // Deleting with everything it owned, the server's cached copy of its
    // sound included.
    let cache = data.join("media-cache");
    std::fs::create_dir_all(&cache).unwrap();
    std::fs::write(cache.join(format!("{sound}.mp3")), mp3(2)).unwrap();
    std::fs::write(cache.join(format!("{picture}.png")), PNG_1X1).unwrap();
    let (code, _, err) = output(quizbox(data).args(["user", "delete", "annelise", "--with-data"]));
    assert_eq!(code, 0, "{err}");
    for line in [
        "deleted annelise with everything it owned:",
        "12 answers",
        "3 players",
        "1 games\n",
        "1 games created",
        "1 quizzes",
        "1 tokens",
        "1 account",
        "1 media files",
    ] {
        assert!(err.contains(line), "{line:?} in {err}");
    }
    for (what, sql) in [
        (
            "the account",
            "SELECT COUNT(*) FROM users WHERE username = 'annelise'",
        ),
        (
            "tokens",
            "SELECT COUNT(*) FROM tokens WHERE name = 'laptop'",
        ),
        (
            "quizzes",
            "SELECT COUNT(*) FROM quizzes WHERE id = 'annelises-birds'",
        ),
        (
            "the game",
            "SELECT COUNT(*) FROM games WHERE id = 'annelises-game'",
        ),
        (
            "players",
            "SELECT COUNT(*) FROM game_players WHERE game_id = 'annelises-game'",
        ),
        (
            "answers",
            "SELECT COUNT(*) FROM game_answers WHERE game_id = 'annelises-game'",
        ),
        ("who hosted", "SELECT COUNT(*) FROM game_hosts"),
    ] {
        assert_eq!(count(data, sql), 0, "{what} left");
    }
    let media = format!("SELECT COUNT(*) FROM media WHERE hash = '{sound}'");
    assert_eq!(count(data, &media), 0, "the sound only its quiz used");
    let media = format!("SELECT COUNT(*) FROM media WHERE hash = '{picture}'");
    assert_eq!(
        count(data, &media),
        1,
        "the picture a shared quiz uses stays"
    );
    for gone in [
        &b"annelise"[..],
        b"Annelise's birds",
        b"Nick1-annelises-player",
        b"$argon2id$",
        &mp3(2)[4..200],
    ] {
        assert!(
            !on_disk(data, gone),
            "{} left in the file",
            String::from_utf8_lossy(gone)
        );
    }
    assert!(on_disk(data, b"Nick1-other-player"), "other games stay");
    assert!(!cache.join(format!("{sound}.mp3")).exists());
    assert!(cache.join(format!("{picture}.png")).exists());
    let (code, _, err) = output(quizbox(data).args(["user", "delete", "annelise", "--with-data"]));
    assert_eq!(code, 1);
    assert!(err.contains("no user named"), "{err}");
}
