//! The real binary on a Postgres database of its own
//! (`QUIZBOX_TEST_POSTGRES`, see tests/common/postgres.rs): `quizbox
//! migrate --database postgres://…` and `--status`, a schema newer than the
//! binary refused, and `serve` storing a quiz through the API where another
//! process reads it back.

mod common;
#[path = "common/postgres.rs"]
mod pg;

use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use common::command::{output, quizbox};
use serde_json::{json, Value};

/// A `quizbox serve` child, killed when dropped.
struct Serving(Child);

impl Drop for Serving {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn migrate(data: &std::path::Path, url: &str, extra: &[&str]) -> (i32, String, String) {
    output(
        quizbox(data)
            .args(["migrate", "--database", url])
            .args(extra),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn migrate_status_and_serve_work_on_postgres() {
    let Some(db) =
        pg::TestDatabase::create_or_skip("migrate_status_and_serve_work_on_postgres").await
    else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let url = db.url();

    // A new database: every migration pending, in order, with its name.
    let (code, out, err) = migrate(data, url, &["--status", "--json"]);
    assert_eq!(code, 0, "{err}");
    let pending: Vec<Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(pending.len(), 10, "{out}");
    assert_eq!(pending[0]["version"], 1);
    assert_eq!(pending[0]["name"], "initial");
    assert_eq!(pending[7]["name"], "mail");
    assert!(pending.iter().all(|m| m["applied_at"].is_null()), "{out}");

    let (code, out, err) = migrate(data, url, &["--json"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        serde_json::from_str::<Value>(&out).unwrap(),
        json!({ "applied": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] })
    );
    let (code, _, err) = migrate(data, url, &[]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("database is up to date"), "{err}");
    let (code, out, err) = migrate(data, url, &["--status"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("0001  applied  initial"), "{out}");
    assert!(out.contains("0008  applied  mail"), "{out}");
    assert!(!out.contains("pending"), "{out}");
    // Nothing of it went into the data directory's SQLite file.
    assert!(!data.join("quizbox.db").exists());

    // A schema a newer quizbox left is refused, by migrate as by every
    // command, and left as it is.
    let store = quizbox::store::open(url).await.unwrap();
    drop(store);
    let admin = raw_client(url).await;
    admin
        .execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 0)",
            &[],
        )
        .await
        .unwrap();
    let (code, _, err) = migrate(data, url, &[]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("schema version 99"), "{err}");
    let (code, _, err) = migrate(data, url, &["--status"]);
    assert_eq!(code, 1, "{err}");
    admin
        .execute("DELETE FROM schema_migrations WHERE version = 99", &[])
        .await
        .unwrap();

    // serve on it: a quiz written through the API is in Postgres.
    let addr = {
        let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        probe.local_addr().unwrap()
    };
    let _server = Serving(
        quizbox(data)
            .args(["-q", "--database", url, "serve", "--listen"])
            .arg(addr.to_string())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let started = Instant::now();
    while !matches!(
        common::http(addr, "GET", "/healthz", None).await,
        Ok((200, _))
    ) {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "serve did not start"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let (status, _) = common::http(addr, "GET", "/readyz", None).await.unwrap();
    assert_eq!(status, 200);
    let token = common::admin_token(data);
    let quiz = json!({
        "title": "Owls of the Night",
        "description": "Who hoots?",
        "questions": [
            {"text": "Which owl is the largest in Europe?", "kind": "single",
             "answers": ["Eagle owl", "Barn owl", "Little owl"], "correct": 0,
             "time_limit": 20, "points": 1000},
            {"text": "Owls can turn their heads 270 degrees.", "kind": "true_false",
             "correct": true, "time_limit": 10, "points": 500}
        ]
    });
    let (status, made) = common::http_as(
        &token,
        addr,
        "POST",
        "/api/quizzes",
        Some(&quiz.to_string()),
    )
    .await
    .unwrap();
    assert_eq!(status, 201, "{made}");
    let made: Value = serde_json::from_str(&made).unwrap();
    let id = made["id"].as_str().unwrap().to_string();
    assert_eq!(id, "owls-of-the-night");

    let (status, read) = common::http_as(&token, addr, "GET", &format!("/api/quizzes/{id}"), None)
        .await
        .unwrap();
    assert_eq!(status, 200, "{read}");
    let read: Value = serde_json::from_str(&read).unwrap();
    assert_eq!(read["title"], "Owls of the Night");
    assert_eq!(read["questions"][0]["answers"][0], "Eagle owl");
    assert_eq!(read["questions"][1]["kind"], "true_false");

    // Another process on the same database sees it: it is stored there,
    // not in the server's memory or data directory.
    let store = quizbox::store::open(url).await.unwrap();
    let stored = store
        .get_quiz(&id)
        .await
        .unwrap()
        .expect("stored in Postgres");
    assert_eq!(stored.title, "Owls of the Night");
    assert_eq!(stored.questions.len(), 2);
    assert_eq!(stored.description.as_deref(), Some("Who hoots?"));
    let listed = store.list_quizzes().await.unwrap();
    assert!(listed.iter().any(|q| q.id == id), "{listed:?}");
    assert!(listed.iter().any(|q| q.source == "sample"), "{listed:?}");
    assert!(!data.join("quizbox.db").exists());
}

/// A plain connection to the test database, for what no command does.
async fn raw_client(url: &str) -> tokio_postgres::Client {
    let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(async move {
        let _ = connection.await;
    });
    client
}

/// A Postgres that does not answer stops a command at once with exit code
/// 1, naming the server and not the password; nothing is written to the
/// data directory's SQLite file instead. Needs no server.
#[test]
fn an_unreachable_postgres_stops_commands_naming_it_without_the_password() {
    let dir = tempfile::tempdir().unwrap();
    // Port 1 on loopback: nothing listens there, the connection is refused.
    let url = "postgres://quizbox:hunter2@127.0.0.1:1/quizbox";
    for args in [
        &["migrate", "--database", url][..],
        &["migrate", "--status", "--database", url],
        &["user", "list", "--database", url],
    ] {
        let (code, out, err) = output(quizbox(dir.path()).args(args));
        assert_eq!(code, 1, "{args:?}: {out}{err}");
        assert!(
            err.contains("cannot reach Postgres at 127.0.0.1:1/quizbox"),
            "{args:?}: {err}"
        );
        assert!(
            !err.contains("hunter2") && !out.contains("hunter2"),
            "{err}"
        );
    }
    // backup copies the embedded file only, and says what to use instead.
    let archive = dir.path().join("backup.tar.gz");
    let (code, _, err) = output(
        quizbox(dir.path())
            .args(["backup", "--database", url])
            .arg(&archive),
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("pg_dump"), "{err}");
    assert!(!err.contains("hunter2"), "{err}");
    assert!(!archive.exists());
    assert!(!dir.path().join("quizbox.db").exists());
}

/// `migrate --to` moves an embedded install up: accounts, tokens, quizzes
/// with their revisions, finished games with every answer, media, webhooks
/// and mail read back from Postgres as they were in SQLite; new ids and
/// revisions follow the copied ones; a second copy into the now full
/// database is refused and changes nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn migrate_to_copies_an_embedded_install_into_postgres() {
    use quizbox::store::conformance::{account_with_everything, every_kind_quiz, finished_game};
    use quizbox::store::{NewWebhook, QueuedEvent, Scope, UserRole};

    let Some(db) = pg::TestDatabase::create_or_skip("migrate_to_copies_an_embedded_install").await
    else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let sqlite_url = format!("sqlite://{}", data.join("quizbox.db").display());
    let embedded = quizbox::store::open(&sqlite_url).await.unwrap();
    embedded.migrate().await.unwrap();
    let (ann, game) = account_with_everything(embedded.as_ref()).await;
    let every = every_kind_quiz();
    embedded.upsert_quiz(&every, "sample").await.unwrap();
    // A quiz written twice and one deleted: revisions ran ahead of the rows.
    embedded.upsert_quiz(&every, "sample").await.unwrap();
    let mut gone = every.clone();
    gone.id = "gone".into();
    embedded.upsert_quiz(&gone, "import").await.unwrap();
    embedded.delete_quiz("gone").await.unwrap();
    let shared = finished_game("shared-game", &every, 1_764_000_000_000);
    embedded
        .save_finished_game(std::sync::Arc::new(shared.clone()))
        .await
        .unwrap();
    let picture = bytes::Bytes::from((0..50_000u32).map(|i| (i % 251) as u8).collect::<Vec<_>>());
    let (media, _) = embedded
        .put_media("image/png", picture.clone())
        .await
        .unwrap();
    let hook = embedded
        .add_webhook(&NewWebhook {
            url: "https://chat.example.org/hook".into(),
            events: vec!["game.finished".into()],
            secret: "s3cret".into(),
        })
        .await
        .unwrap();
    let queued = QueuedEvent {
        key: "shared-game/game.finished".into(),
        event: "game.finished".into(),
        body: "{\"id\":\"shared-game\"}".into(),
        created_at: 1_764_000_000_500,
    };
    assert_eq!(embedded.queue_event(&queued).await.unwrap(), 1);
    let export = embedded.export_account("ann").await.unwrap().unwrap();
    let quizzes = embedded.list_quizzes().await.unwrap();
    let users = embedded.list_users().await.unwrap();
    let revision = embedded
        .stored_quiz("every-kind")
        .await
        .unwrap()
        .unwrap()
        .revision;
    let deliveries = embedded.deliveries(10).await.unwrap();
    let mail = embedded.list_mail(10).await.unwrap();
    drop(embedded);

    let (code, out, err) = output(quizbox(data).args(["migrate", "--json", "--to", db.url()]));
    assert_eq!(code, 0, "{err}");
    let copied: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(copied["copied"]["users"], 2, "{out}");
    assert_eq!(copied["copied"]["quizzes"], 2, "{out}");
    assert_eq!(copied["copied"]["games"], 3, "{out}");
    assert_eq!(
        copied["copied"]["game_answers"],
        3 * game.answers.len(),
        "{out}"
    );
    assert_eq!(copied["copied"]["media"], 1, "{out}");
    assert_eq!(copied["copied"]["webhook_deliveries"], 1, "{out}");

    let moved = quizbox::store::open(db.url()).await.unwrap();
    moved.check_schema().await.unwrap();
    assert_eq!(moved.export_account("ann").await.unwrap().unwrap(), export);
    assert_eq!(moved.list_quizzes().await.unwrap(), quizzes);
    assert_eq!(moved.list_users().await.unwrap(), users);
    assert_eq!(moved.get_quiz("every-kind").await.unwrap().unwrap(), every);
    assert_eq!(
        moved.finished_game("anns-game").await.unwrap().unwrap(),
        game
    );
    assert_eq!(
        moved.finished_game("shared-game").await.unwrap().unwrap(),
        shared
    );
    assert_eq!(moved.game_host("anns-live").await.unwrap(), Some(ann));
    let blob = moved.get_media(&media.hash).await.unwrap().unwrap();
    assert_eq!((blob.info, blob.bytes), (media, picture));
    assert_eq!(moved.webhooks().await.unwrap(), vec![hook]);
    assert_eq!(moved.deliveries(10).await.unwrap(), deliveries);
    assert_eq!(moved.list_mail(10).await.unwrap(), mail);
    let (user, hash) = moved.user_by_name("ann").await.unwrap().unwrap();
    assert_eq!((user.id, hash.as_str()), (ann, "$argon2id$secret-hash"));

    // What is made from now on follows what was copied.
    let bo = moved.create_user("bo", UserRole::Host, "h").await.unwrap();
    assert!(users.iter().all(|u| u.id < bo.id), "{bo:?} {users:?}");
    let written = moved.replace_quiz(&every, Some(revision)).await.unwrap();
    assert!(
        matches!(written, quizbox::store::Written::Done(r) if r > revision + 1),
        "{written:?}"
    );
    let token = moved
        .create_token(&quizbox::store::NewToken {
            user_id: bo.id,
            kind: quizbox::store::TokenKind::Api,
            name: "ci".into(),
            hash: "cd".repeat(32),
            scopes: vec![Scope::Host],
            expires_at: None,
        })
        .await
        .unwrap();
    assert!(token > 1, "{token}");

    // A database with rows in it is not copied into.
    let (code, _, err) = output(quizbox(data).args(["migrate", "--to", db.url()]));
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("not empty"), "{err}");
    assert_eq!(moved.list_users().await.unwrap().len(), 3);
}
