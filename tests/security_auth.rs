//! Accounts over HTTP against an in-process server: tokens and their
//! scopes, hosts confined to their own quizzes and games, login sessions,
//! login brute force, host sockets with tokens, and a database file that
//! holds no password or token in clear.

mod common;

use common::*;
use quizbox::server::auth;
use quizbox::store::{Scope, Store, TokenKind, UserRole};
use serde_json::{json, Value};

async fn store_of(server: &TestServer) -> std::sync::Arc<dyn Store> {
    let settings = settings_for(server.dir.path());
    quizbox::store::open(&settings.database).await.unwrap()
}

/// Adds a user with this password; returns its id.
async fn add_user(store: &dyn Store, name: &str, role: UserRole, password: &str) -> i64 {
    let hash = auth::hash_password(password).unwrap();
    store.create_user(name, role, &hash).await.unwrap().id
}

async fn token(store: &dyn Store, user: i64, scopes: &[Scope]) -> String {
    auth::issue_token(store, user, TokenKind::Api, "test", scopes, None)
        .await
        .unwrap()
}

/// A request as `token` (none: no Authorization header); status, JSON body
/// and response headers.
async fn call(
    server: &TestServer,
    token: Option<&str>,
    method: &str,
    path: &str,
    body: Option<&str>,
) -> (u16, Value, hyper::HeaderMap) {
    let auth = token.map(|t| format!("Bearer {t}"));
    let headers: Vec<(&str, &str)> = auth
        .as_deref()
        .map(|a| vec![("Authorization", a)])
        .unwrap_or_default();
    let (status, head, body) = http_raw(server.addr, method, path, body, &headers)
        .await
        .unwrap();
    let json = serde_json::from_slice(&body).unwrap_or(Value::Null);
    (status, json, head)
}

fn new_game(quiz: &str) -> String {
    json!({"quiz_id": quiz, "intro_secs": 0}).to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_api_route_wants_a_token_with_the_right_scope() {
    let server = TestServer::start().await;
    let store = store_of(&server).await;
    let admin = store.user_by_name("admin").await.unwrap().unwrap().0;
    let import_only = token(store.as_ref(), admin.id, &[Scope::Import]).await;
    let export_only = token(store.as_ref(), admin.id, &[Scope::Export]).await;
    let host_only = token(store.as_ref(), admin.id, &[Scope::Host]).await;
    let body = new_game("world-capitals");

    // No token, a made-up token, a well-formed unknown one: 401.
    let forged = auth::new_token();
    for token in [None, Some("nonsense"), Some(forged.as_str())] {
        for (method, path, body) in [
            ("GET", "/api/quizzes", None),
            ("GET", "/api/quizzes/world-capitals", None),
            ("POST", "/api/games", Some(body.as_str())),
            ("POST", "/api/quizzes/import?name=x.csv", Some("q,a")),
            ("GET", "/api/games/0123456789abcdef/results", None),
            ("GET", "/api/me", None),
            ("POST", "/api/logout", None),
        ] {
            let (status, json, head) = call(&server, token, method, path, body).await;
            assert_eq!(status, 401, "{method} {path} with {token:?}: {json}");
            let challenge = head.get("www-authenticate").map(|v| v.to_str().unwrap());
            assert!(
                challenge.is_some_and(|c| c.to_lowercase().starts_with("bearer")),
                "{head:?}"
            );
        }
    }

    // A token without the scope: 403, and nothing happens.
    let (status, json, _) = call(
        &server,
        Some(&import_only),
        "POST",
        "/api/games",
        Some(&body),
    )
    .await;
    assert_eq!(status, 403, "{json}");
    assert!(json["error"].as_str().unwrap().contains("host"), "{json}");
    let (status, _, _) = call(&server, Some(&import_only), "GET", "/api/quizzes", None).await;
    assert_eq!(status, 403);
    let (status, _, _) = call(
        &server,
        Some(&export_only),
        "POST",
        "/api/games",
        Some(&body),
    )
    .await;
    assert_eq!(status, 403);
    let csv = "question,answer1,answer2,correct\nTwo plus two?,4,5,1\n";
    let (status, _, _) = call(
        &server,
        Some(&host_only),
        "POST",
        "/api/quizzes/import?name=sums.csv",
        Some(csv),
    )
    .await;
    assert_eq!(status, 403);
    let (status, _, _) = call(
        &server,
        Some(&export_only),
        "GET",
        "/api/quizzes/sums",
        None,
    )
    .await;
    assert_eq!(status, 404, "the refused import wrote nothing");

    // With the scope: allowed.
    let (status, json, _) = call(
        &server,
        Some(&import_only),
        "POST",
        "/api/quizzes/import?name=sums.csv",
        Some(csv),
    )
    .await;
    assert_eq!(status, 200, "{json}");
    let (status, json, _) = call(
        &server,
        Some(&export_only),
        "GET",
        "/api/quizzes/sums",
        None,
    )
    .await;
    assert_eq!(
        (status, json["title"].as_str().is_some()),
        (200, true),
        "{json}"
    );
    let (status, created, _) =
        call(&server, Some(&host_only), "POST", "/api/games", Some(&body)).await;
    assert_eq!(status, 201, "{created}");
    let results = format!(
        "/api/games/{}/results",
        created["game_id"].as_str().unwrap()
    );
    let (status, _, _) = call(&server, Some(&export_only), "GET", &results, None).await;
    assert_eq!(status, 200);
    let (status, _, _) = call(&server, Some(&import_only), "GET", &results, None).await;
    assert_eq!(status, 403);

    // Revoked: 401 from then on.
    let id = store
        .list_tokens(Some("admin"))
        .await
        .unwrap()
        .into_iter()
        .find(|t| t.scopes == [Scope::Host])
        .unwrap()
        .id;
    assert!(store.revoke_token(id).await.unwrap());
    let (status, _, _) = call(&server, Some(&host_only), "POST", "/api/games", Some(&body)).await;
    assert_eq!(status, 401);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hosts_see_and_run_only_their_own_quizzes_and_games() {
    let server = TestServer::start().await;
    let store = store_of(&server).await;
    let alice = add_user(store.as_ref(), "alice", UserRole::Host, "alice-password").await;
    let bob = add_user(store.as_ref(), "bob", UserRole::Host, "bob-password").await;
    let alice_token = token(store.as_ref(), alice, &Scope::ALL).await;
    let bob_token = token(store.as_ref(), bob, &Scope::ALL).await;
    let admin_token = server.token.clone();

    let csv = "question,answer1,answer2,correct\nAlice's secret?,yes,no,1\n";
    let (status, json, _) = call(
        &server,
        Some(&alice_token),
        "POST",
        "/api/quizzes/import?name=alice-quiz.csv",
        Some(csv),
    )
    .await;
    assert_eq!(status, 200, "{json}");

    let ids = |list: &Value| -> Vec<String> {
        list.as_array()
            .unwrap()
            .iter()
            .map(|q| q["id"].as_str().unwrap().to_string())
            .collect()
    };
    let (_, alice_list, _) = call(&server, Some(&alice_token), "GET", "/api/quizzes", None).await;
    let (_, bob_list, _) = call(&server, Some(&bob_token), "GET", "/api/quizzes", None).await;
    let (_, admin_list, _) = call(&server, Some(&admin_token), "GET", "/api/quizzes", None).await;
    assert!(ids(&alice_list).contains(&"alice-quiz".to_string()));
    assert!(
        ids(&alice_list).contains(&"world-capitals".to_string()),
        "shared samples"
    );
    assert!(
        !ids(&bob_list).contains(&"alice-quiz".to_string()),
        "{bob_list}"
    );
    assert!(ids(&bob_list).contains(&"world-capitals".to_string()));
    assert!(ids(&admin_list).contains(&"alice-quiz".to_string()));
    let owner = admin_list
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == "alice-quiz")
        .unwrap()["owner"]
        .clone();
    assert_eq!(owner, "alice");

    // Bob cannot read, play or overwrite Alice's quiz; it looks absent.
    let (status, _, _) = call(
        &server,
        Some(&bob_token),
        "GET",
        "/api/quizzes/alice-quiz",
        None,
    )
    .await;
    assert_eq!(status, 404);
    let (status, _, _) = call(
        &server,
        Some(&bob_token),
        "POST",
        "/api/games",
        Some(&new_game("alice-quiz")),
    )
    .await;
    assert_eq!(status, 404);
    let evil = "question,answer1,answer2,correct\nBob was here?,yes,no,1\n";
    let (status, json, _) = call(
        &server,
        Some(&bob_token),
        "POST",
        "/api/quizzes/import?name=alice-quiz.csv",
        Some(evil),
    )
    .await;
    // Importing over it answers as GET does: no such quiz, not "taken".
    assert_eq!(status, 404, "{json}");
    assert!(!json.to_string().contains("another account"), "{json}");
    // Nor replace a shared sample (every host sees those: 409 tells nothing).
    let (status, _, _) = call(
        &server,
        Some(&bob_token),
        "POST",
        "/api/quizzes/import?name=world-capitals.csv",
        Some(evil),
    )
    .await;
    assert_eq!(status, 409);
    let (_, quiz, _) = call(
        &server,
        Some(&alice_token),
        "GET",
        "/api/quizzes/alice-quiz",
        None,
    )
    .await;
    assert_eq!(quiz["questions"][0]["text"], "Alice's secret?");

    // Alice's game: hers and the admin's to see, not Bob's.
    let (status, created, _) = call(
        &server,
        Some(&alice_token),
        "POST",
        "/api/games",
        Some(&new_game("alice-quiz")),
    )
    .await;
    assert_eq!(status, 201);
    let game_id = created["game_id"].as_str().unwrap();
    let (pin, key) = (
        created["pin"].as_str().unwrap(),
        created["host_key"].as_str().unwrap(),
    );
    let results = format!("/api/games/{game_id}/results");
    for (token, expected) in [(&alice_token, 200), (&admin_token, 200), (&bob_token, 404)] {
        let (status, _, _) = call(&server, Some(token), "GET", &results, None).await;
        assert_eq!(status, expected);
    }

    // A host socket that presents a token must present one for this game.
    let hello =
        |token: &str| json!({"type": "host", "v": 1, "pin": pin, "key": key, "token": token});
    let mut refused = common::hello(&server, hello(&bob_token)).await;
    let error = refused.until("error", None).await;
    assert_eq!(error["code"], "forbidden", "{error}");
    assert_eq!(refused.until_closed().await, 4003);
    for ok in [&alice_token, &admin_token] {
        let mut host = common::hello(&server, hello(ok)).await;
        assert_eq!(host.until("welcome", None).await["role"], "host");
    }
    // The key alone still works (the presenter screen holds only the key).
    let _screen = host(&server, pin, key).await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn login_gives_an_expiring_session_that_logout_ends() {
    let server = TestServer::start().await;
    let store = store_of(&server).await;
    add_user(store.as_ref(), "carol", UserRole::Host, "carol-password-1").await;

    let login =
        |user: &str, password: &str| json!({"username": user, "password": password}).to_string();
    let (status, json, _) = call(
        &server,
        None,
        "POST",
        "/api/login",
        Some(&login("carol", "wrong")),
    )
    .await;
    assert_eq!(
        (status, json["error"].as_str()),
        (401, Some("wrong username or password"))
    );
    let (status, json, _) = call(
        &server,
        None,
        "POST",
        "/api/login",
        Some(&login("nobody", "wrong")),
    )
    .await;
    assert_eq!(
        (status, json["error"].as_str()),
        (401, Some("wrong username or password"))
    );

    let (status, session, _) = call(
        &server,
        None,
        "POST",
        "/api/login",
        Some(&login(" Carol ", "carol-password-1")),
    )
    .await;
    assert_eq!(status, 200, "{session}");
    let token = session["token"].as_str().unwrap().to_string();
    let expires = session["expires_at"].as_i64().unwrap();
    let hours = (expires - quizbox::server::now_ms() as i64) as f64 / 3_600_000.0;
    assert!((11.9..=12.0).contains(&hours), "{hours}");
    let (status, me, _) = call(&server, Some(&token), "GET", "/api/me", None).await;
    assert_eq!(status, 200);
    assert_eq!(
        (
            me["username"].as_str(),
            me["role"].as_str(),
            me["kind"].as_str()
        ),
        (Some("carol"), Some("host"), Some("session"))
    );
    let (status, _, _) = call(
        &server,
        Some(&token),
        "POST",
        "/api/games",
        Some(&new_game("world-capitals")),
    )
    .await;
    assert_eq!(status, 201);

    let (status, _, _) = call(&server, Some(&token), "POST", "/api/logout", None).await;
    assert_eq!(status, 204);
    let (status, _, _) = call(&server, Some(&token), "GET", "/api/me", None).await;
    assert_eq!(status, 401, "the session ended");

    // A password change ends every session of that account.
    let (_, session, _) = call(
        &server,
        None,
        "POST",
        "/api/login",
        Some(&login("carol", "carol-password-1")),
    )
    .await;
    let token = session["token"].as_str().unwrap().to_string();
    let hash = auth::hash_password("carol-password-2").unwrap();
    assert!(store.set_password("carol", &hash).await.unwrap());
    let (status, _, _) = call(&server, Some(&token), "GET", "/api/me", None).await;
    assert_eq!(status, 401);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn login_brute_force_is_throttled() {
    let server = TestServer::start().await;
    let store = store_of(&server).await;
    add_user(store.as_ref(), "dave", UserRole::Host, "dave-password-1").await;
    let login =
        |user: &str, password: &str| json!({"username": user, "password": password}).to_string();

    // Ten wrong passwords (the default allowance per address) get 401...
    for n in 0..10 {
        let (status, _, _) = call(
            &server,
            None,
            "POST",
            "/api/login",
            Some(&login("dave", &format!("guess-{n}"))),
        )
        .await;
        assert_eq!(status, 401);
    }
    // ...then 429 with Retry-After, the right password included.
    let (status, json, head) = call(
        &server,
        None,
        "POST",
        "/api/login",
        Some(&login("dave", "dave-password-1")),
    )
    .await;
    assert_eq!(status, 429, "{json}");
    let retry: u64 = head
        .get("retry-after")
        .expect("Retry-After")
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry), "{retry}");
    // The address is spent as well (10 failures per address by default).
    let (status, _, _) = call(
        &server,
        None,
        "POST",
        "/api/login",
        Some(&login("admin", "anything")),
    )
    .await;
    assert_eq!(status, 429);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_database_file_holds_no_password_or_token_in_clear() {
    let server = TestServer::start().await;
    let store = store_of(&server).await;
    let password = "Plaintext-Password-Canary-7f3a";
    let erin = add_user(store.as_ref(), "erin", UserRole::Host, password).await;
    let api_token = token(store.as_ref(), erin, &[Scope::Import, Scope::Export]).await;
    let login = json!({"username": "erin", "password": password}).to_string();
    let (status, session, _) = call(&server, None, "POST", "/api/login", Some(&login)).await;
    assert_eq!(status, 200);
    let session = session["token"].as_str().unwrap().to_string();
    let (status, _, _) = call(&server, Some(&session), "GET", "/api/me", None).await;
    assert_eq!(status, 200);
    drop(store);
    let local = server.token.clone();
    let dir = server.dir.path().to_path_buf();

    // Every byte SQLite wrote: the database, its WAL and shared memory.
    let mut bytes = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if name.starts_with("quizbox.db") {
            bytes.extend(std::fs::read(&path).unwrap());
        }
    }
    assert!(bytes.len() > 4096, "read the database files");
    let contains = |needle: &str| bytes.windows(needle.len()).any(|w| w == needle.as_bytes());
    for secret in [
        password,
        api_token.as_str(),
        session.as_str(),
        local.as_str(),
    ] {
        assert!(!contains(secret), "{secret} is stored in clear");
    }
    // What is stored instead: an argon2id hash and SHA-256 token hashes.
    assert!(contains("$argon2id$"));
    assert!(contains(&auth::token_hash(&api_token)));
    assert!(contains(&auth::token_hash(&session)));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_an_admin_may_unlock_an_account() {
    let server = TestServer::start().await;
    let store = store_of(&server).await;
    let erin = add_user(store.as_ref(), "erin", UserRole::Host, "erin-password-1").await;
    let erin_token = token(store.as_ref(), erin, &Scope::ALL).await;
    let path = "/api/users/admin/unlock";
    let (status, _, _) = call(&server, None, "POST", path, None).await;
    assert_eq!(status, 401);
    let (status, json, _) = call(&server, Some(&erin_token), "POST", path, None).await;
    assert_eq!(status, 403, "{json}");
    let (status, json, _) = call(&server, Some(&server.token), "POST", path, None).await;
    assert_eq!(status, 200, "{json}");
    assert_eq!(json, json!({"username": "admin", "failures": 0}));
    server.stop().await;
}
