//! The quiz API an editor uses, against an in-process server with its own
//! data directory: create, read with an ETag, replace with `If-Match`,
//! delete, copy; stale and missing preconditions; located validation
//! errors; hosts kept to their own quizzes; and a finished game's results
//! outliving the quiz it was played with.

mod common;

use common::*;
use quizbox::server::auth;
use quizbox::store::{Scope, Store, TokenKind, UserRole};
use serde_json::{json, Value};

/// A request as `token` with extra headers: status, JSON body (null when
/// empty) and response headers.
async fn call(
    server: &TestServer,
    token: &str,
    method: &str,
    path: &str,
    body: Option<&Value>,
    headers: &[(&str, &str)],
) -> (u16, Value, hyper::HeaderMap) {
    let auth = format!("Bearer {token}");
    let mut all = vec![("Authorization", auth.as_str())];
    all.extend_from_slice(headers);
    let text = body.map(Value::to_string);
    let (status, head, body) = http_raw(server.addr, method, path, text.as_deref(), &all)
        .await
        .unwrap();
    let json = serde_json::from_slice(&body).unwrap_or(Value::Null);
    (status, json, head)
}

fn etag_of(head: &hyper::HeaderMap) -> String {
    head.get("etag")
        .expect("an ETag")
        .to_str()
        .unwrap()
        .to_string()
}

/// A host account with a token of these scopes.
async fn host_token(server: &TestServer, name: &str, scopes: &[Scope]) -> String {
    let settings = settings_for(server.dir.path());
    let store = quizbox::store::open(&settings.database).await.unwrap();
    let hash = auth::hash_password("correct horse battery").unwrap();
    let user = store
        .create_user(name, UserRole::Host, &hash)
        .await
        .unwrap();
    issue(store.as_ref(), user.id, scopes).await
}

async fn issue(store: &dyn Store, user: i64, scopes: &[Scope]) -> String {
    auth::issue_token(store, user, TokenKind::Api, "test", scopes, None)
        .await
        .unwrap()
}

fn birds() -> Value {
    json!({
        "title": "Birds of the Garden",
        "description": "Who sings in the hedge?",
        "questions": [
            {"text": "Which bird has a red breast?", "kind": "single",
             "answers": ["Robin", "Wren", "Blackbird"], "correct": 0,
             "time_limit": 20, "points": 1000},
            {"text": "Wrens are small.", "kind": "true_false", "correct": true,
             "time_limit": 10, "points": 500}
        ]
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_quiz_is_created_read_replaced_copied_and_deleted() {
    let server = TestServer::start().await;
    let ann = host_token(&server, "ann", &[Scope::Host]).await;

    // Create: an id from the title, 201 with where it is and its ETag.
    let (status, made, head) =
        call(&server, &ann, "POST", "/api/quizzes", Some(&birds()), &[]).await;
    assert_eq!(status, 201, "{made}");
    assert_eq!(made["id"], "birds-of-the-garden");
    assert_eq!(
        head.get("location").unwrap(),
        "/api/quizzes/birds-of-the-garden"
    );
    let first = etag_of(&head);
    assert!(first.starts_with('"') && first.ends_with('"'), "{first}");
    // The same title again gets an id of its own.
    let (status, again, head) =
        call(&server, &ann, "POST", "/api/quizzes", Some(&birds()), &[]).await;
    assert_eq!(status, 201, "{again}");
    assert_eq!(again["id"], "birds-of-the-garden-2");
    assert_ne!(etag_of(&head), first);
    // An id given and taken is refused, and nothing is written.
    let mut named = birds();
    named["id"] = json!("birds-of-the-garden");
    named["title"] = json!("Other");
    let (status, body, _) = call(&server, &ann, "POST", "/api/quizzes", Some(&named), &[]).await;
    assert_eq!(status, 409, "{body}");

    // Read: what was sent (with its defaults) and the same ETag; a
    // revalidation with it is 304.
    let path = "/api/quizzes/birds-of-the-garden";
    let (status, got, head) = call(&server, &ann, "GET", path, None, &[]).await;
    assert_eq!(status, 200);
    assert_eq!(etag_of(&head), first);
    let mut expected = birds();
    expected["id"] = json!("birds-of-the-garden");
    assert_eq!(got, expected);
    let (status, body, head) = call(
        &server,
        &ann,
        "GET",
        path,
        None,
        &[("If-None-Match", &first)],
    )
    .await;
    assert_eq!((status, body), (304, Value::Null));
    assert_eq!(etag_of(&head), first);

    // Replace: 428 without If-Match, 200 with the current one, which then
    // is stale: 412 with the current ETag, and the quiz is as it was.
    let mut edited = got.clone();
    edited["title"] = json!("Garden Birds");
    edited["questions"][0]["answers"][2] = json!("Chaffinch");
    let (status, body, _) = call(&server, &ann, "PUT", path, Some(&edited), &[]).await;
    assert_eq!(status, 428, "{body}");
    assert!(
        body["error"].as_str().unwrap().contains("If-Match"),
        "{body}"
    );
    let (status, replaced, head) = call(
        &server,
        &ann,
        "PUT",
        path,
        Some(&edited),
        &[("If-Match", &first)],
    )
    .await;
    assert_eq!(status, 200, "{replaced}");
    assert_eq!(replaced, edited);
    let second = etag_of(&head);
    assert_ne!(second, first);
    let mut late = got.clone();
    late["title"] = json!("Late Edit");
    let (status, body, head) = call(
        &server,
        &ann,
        "PUT",
        path,
        Some(&late),
        &[("If-Match", &first)],
    )
    .await;
    assert_eq!(status, 412, "{body}");
    assert_eq!(etag_of(&head), second);
    assert_eq!(body["etag"], json!(second));
    let (_, now, head) = call(&server, &ann, "GET", path, None, &[]).await;
    assert_eq!((now, etag_of(&head)), (edited.clone(), second.clone()));
    let (status, _, _) = call(
        &server,
        &ann,
        "GET",
        path,
        None,
        &[("If-None-Match", &first)],
    )
    .await;
    assert_eq!(status, 200, "an old ETag does not revalidate");
    // A body naming another id is refused where it says so.
    let mut moved = edited.clone();
    moved["id"] = json!("elsewhere");
    let (status, body, _) = call(
        &server,
        &ann,
        "PUT",
        path,
        Some(&moved),
        &[("If-Match", &second)],
    )
    .await;
    assert_eq!(status, 422, "{body}");
    assert_eq!(body["problems"][0]["field"], "id");

    // Listing: each quiz with its owner, when it changed and when it was
    // last played (never, here).
    let (_, list, _) = call(&server, &ann, "GET", "/api/quizzes", None, &[]).await;
    let entry = list
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == "birds-of-the-garden")
        .unwrap()
        .clone();
    assert_eq!(entry["title"], "Garden Birds");
    assert_eq!(entry["owner"], "ann");
    assert_eq!(entry["question_count"], 2);
    assert!(
        entry["updated_at"].as_i64().unwrap() > 1_700_000_000_000,
        "{entry}"
    );
    assert_eq!(entry["last_played_at"], Value::Null);
    assert_eq!(entry["last_played"], Value::Null, "the older name stays");

    // Copy: a new id and title, owned by the caller, the questions alike.
    let (status, copy, head) =
        call(&server, &ann, "POST", &format!("{path}/copy"), None, &[]).await;
    assert_eq!(status, 201, "{copy}");
    assert_eq!(copy["title"], "Garden Birds (copy)");
    assert_eq!(copy["id"], "garden-birds-copy");
    assert_eq!(copy["questions"], edited["questions"]);
    assert_eq!(
        head.get("location").unwrap(),
        "/api/quizzes/garden-birds-copy"
    );
    let titled = json!({"title": "Hedge Birds"});
    let (status, copy, _) = call(
        &server,
        &ann,
        "POST",
        &format!("{path}/copy"),
        Some(&titled),
        &[],
    )
    .await;
    assert_eq!((status, copy["id"].clone()), (201, json!("hedge-birds")));
    // A host copies a shared quiz to make it theirs, but cannot change it.
    let (status, mine, _) = call(
        &server,
        &ann,
        "POST",
        "/api/quizzes/world-capitals/copy",
        None,
        &[],
    )
    .await;
    assert_eq!(status, 201, "{mine}");
    assert_eq!(mine["title"], "World Capitals (copy)");
    let (_, shared, head) = call(
        &server,
        &ann,
        "GET",
        "/api/quizzes/world-capitals",
        None,
        &[],
    )
    .await;
    let (status, body, _) = call(
        &server,
        &ann,
        "PUT",
        "/api/quizzes/world-capitals",
        Some(&shared),
        &[("If-Match", &etag_of(&head))],
    )
    .await;
    assert_eq!(status, 403, "{body}");
    assert!(body["error"].as_str().unwrap().contains("copy"), "{body}");
    let (status, _, _) = call(
        &server,
        &ann,
        "DELETE",
        "/api/quizzes/world-capitals",
        None,
        &[],
    )
    .await;
    assert_eq!(status, 403);
    let (_, list, _) = call(&server, &ann, "GET", "/api/quizzes", None, &[]).await;
    let owned: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["owner"] == "ann")
        .map(|q| q["id"].as_str().unwrap())
        .collect();
    // By title: Birds of the Garden, Garden Birds, Garden Birds (copy), …
    assert_eq!(
        owned,
        [
            "birds-of-the-garden-2",
            "birds-of-the-garden",
            "garden-birds-copy",
            "hedge-birds",
            "world-capitals-copy"
        ],
        "{list}"
    );

    // Delete: a stale If-Match is refused and keeps it; then 204 and gone.
    let (status, _, head) =
        call(&server, &ann, "DELETE", path, None, &[("If-Match", &first)]).await;
    assert_eq!(status, 412);
    assert_eq!(etag_of(&head), second);
    assert_eq!(call(&server, &ann, "GET", path, None, &[]).await.0, 200);
    let (status, body, _) = call(
        &server,
        &ann,
        "DELETE",
        path,
        None,
        &[("If-Match", &second)],
    )
    .await;
    assert_eq!((status, body), (204, Value::Null));
    assert_eq!(call(&server, &ann, "GET", path, None, &[]).await.0, 404);
    let (status, _, _) = call(
        &server,
        &ann,
        "DELETE",
        "/api/quizzes/hedge-birds",
        None,
        &[],
    )
    .await;
    assert_eq!(status, 204, "If-Match is optional for a delete");
    assert_eq!(call(&server, &ann, "DELETE", path, None, &[]).await.0, 404);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_quizzes_are_refused_with_every_problem_located() {
    let server = TestServer::start().await;
    let ann = host_token(&server, "ann", &[Scope::Import]).await;
    let bad = json!({
        "title": "Broken",
        "questions": [
            {"text": "Fine?", "kind": "true_false", "correct": true},
            {"text": "Pick", "answers": ["a", "a"], "correct": 4},
            {"text": "", "kind": "slider", "min": 10, "max": 1, "correct": 5}
        ]
    });
    let (status, body, _) = call(&server, &ann, "POST", "/api/quizzes", Some(&bad), &[]).await;
    assert_eq!(status, 422, "{body}");
    assert_eq!(body["error"], "the quiz is not valid: 5 problems");
    let found: Vec<String> = body["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            format!(
                "{}: {}",
                p["field"].as_str().unwrap(),
                p["message"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            "questions[2].answers: answer \"a\" appears twice",
            "questions[2].correct: must name one of the answers",
            "questions[3].text: must not be empty",
            "questions[3].max: must be above min (10)",
            "questions[3].correct: 5 is outside 10 to 1",
        ]
    );
    let typo =
        json!({"title": "T", "questions": [{"txt": "Q", "kind": "poll", "answers": ["a", 2]}]});
    let (status, body, _) = call(&server, &ann, "POST", "/api/quizzes", Some(&typo), &[]).await;
    assert_eq!(status, 422, "{body}");
    let fields: Vec<&str> = body["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["questions[1].answers", "questions[1].txt"]);
    let (status, head, raw) = http_raw(
        server.addr,
        "POST",
        "/api/quizzes",
        Some("{\"title\": "),
        &[("Authorization", &format!("Bearer {ann}"))],
    )
    .await
    .unwrap();
    let body: Value = serde_json::from_slice(&raw).unwrap();
    assert_eq!(status, 400, "{body} {head:?}");
    assert!(
        body["error"].as_str().unwrap().contains("not JSON"),
        "{body}"
    );
    // A body over the request limit (1 MiB) is refused before it is read.
    let mut huge = birds();
    huge["description"] = json!("x".repeat(1_100_000));
    let (status, body, _) = call(&server, &ann, "POST", "/api/quizzes", Some(&huge), &[]).await;
    assert_eq!(status, 413, "{body}");
    // Nothing of it was written.
    let (_, list, _) = call(&server, &server.token, "GET", "/api/quizzes", None, &[]).await;
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .all(|q| q["owner"].is_null()),
        "{list}"
    );
    // A token that may only read quizzes may not write them.
    let store = quizbox::store::open(&settings_for(server.dir.path()).database)
        .await
        .unwrap();
    let admin = store.user_by_name("admin").await.unwrap().unwrap().0;
    let reader = issue(store.as_ref(), admin.id, &[Scope::Export]).await;
    let (status, _, _) = call(
        &server,
        &reader,
        "POST",
        "/api/quizzes",
        Some(&birds()),
        &[],
    )
    .await;
    assert_eq!(status, 403);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_hosts_quiz_is_not_there_and_an_admin_may_change_it() {
    let server = TestServer::start().await;
    let ann = host_token(&server, "ann", &[Scope::Host]).await;
    let bob = host_token(&server, "bob", &[Scope::Host, Scope::Import]).await;
    let (status, _, head) = call(&server, &ann, "POST", "/api/quizzes", Some(&birds()), &[]).await;
    assert_eq!(status, 201);
    let tag = etag_of(&head);
    let path = "/api/quizzes/birds-of-the-garden";
    let mut changed = birds();
    changed["title"] = json!("Bob was here");
    let if_match = [("If-Match", tag.as_str())];
    for (method, path, body) in [
        ("GET", path.to_string(), None),
        ("PUT", path.to_string(), Some(&changed)),
        ("DELETE", path.to_string(), None),
        ("POST", format!("{path}/copy"), None),
    ] {
        let (status, body, _) = call(&server, &bob, method, &path, body, &if_match).await;
        assert_eq!(status, 404, "{method} {path}: {body}");
        assert_eq!(body["error"], "no quiz with id \"birds-of-the-garden\"");
    }
    let (_, mine, head) = call(&server, &ann, "GET", path, None, &[]).await;
    assert_eq!(mine["title"], "Birds of the Garden");
    assert_eq!(etag_of(&head), tag, "untouched");
    // An admin sees and changes it; it stays Ann's.
    let (status, body, _) = call(
        &server,
        &server.token,
        "PUT",
        path,
        Some(&changed),
        &if_match,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let (_, list, _) = call(&server, &ann, "GET", "/api/quizzes", None, &[]).await;
    let entry = list
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == "birds-of-the-garden")
        .unwrap()
        .clone();
    assert_eq!(
        (entry["title"].clone(), entry["owner"].clone()),
        (json!("Bob was here"), json!("ann"))
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_finished_games_results_outlive_its_quiz() {
    let server = TestServer::start().await;
    let ann = host_token(&server, "ann", &[Scope::Host]).await;
    let (status, _, _) = call(&server, &ann, "POST", "/api/quizzes", Some(&birds()), &[]).await;
    assert_eq!(status, 201);
    let new_game = json!({"quiz_id": "birds-of-the-garden", "intro_secs": 0});
    let (status, game, _) = call(&server, &ann, "POST", "/api/games", Some(&new_game), &[]).await;
    assert_eq!(status, 201, "{game}");
    let (id, pin, key) = (
        game["game_id"].as_str().unwrap().to_string(),
        game["pin"].as_str().unwrap().to_string(),
        game["host_key"].as_str().unwrap().to_string(),
    );
    let mut host = host(&server, &pin, &key).await;
    let mut robin = join(&server, &pin, "Robin").await;
    host.send(json!({"type": "start"})).await;
    robin.until("phase", Some("answering")).await;
    robin
        .send(json!({"type": "answer", "question": 0, "answer": 0, "id": "r0"}))
        .await;
    robin.until("answer_ack", None).await;
    host.until("phase", Some("reveal")).await;
    host.send(json!({"type": "end"})).await;
    host.until("phase", Some("podium")).await;
    let results = format!("/api/games/{id}/results");
    let mut finished = Value::Null;
    for _ in 0..200 {
        let (_, body, _) = call(&server, &ann, "GET", &results, None, &[]).await;
        if body["status"] == "finished" {
            finished = body;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    assert_eq!(finished["status"], "finished", "{finished}");
    // The listing says when it was last played.
    let (_, list, _) = call(&server, &ann, "GET", "/api/quizzes", None, &[]).await;
    let entry = list
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == "birds-of-the-garden")
        .unwrap()
        .clone();
    assert_eq!(entry["last_played_at"], finished["ended_at"], "{entry}");

    let (status, _, _) = call(
        &server,
        &ann,
        "DELETE",
        "/api/quizzes/birds-of-the-garden",
        None,
        &[],
    )
    .await;
    assert_eq!(status, 204);
    let (status, after, _) = call(&server, &ann, "GET", &results, None, &[]).await;
    assert_eq!(status, 200, "{after}");
    assert_eq!(after, finished, "the results are whole without their quiz");
    assert_eq!(after["quiz_title"], "Birds of the Garden");
    assert_eq!(
        after["questions"][0]["text"],
        "Which bird has a red breast?"
    );
    assert_eq!(after["players"][0]["nickname"], "Robin");
    assert_eq!(after["answers"][0]["correct"], true);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn of_editors_sending_the_same_if_match_exactly_one_wins() {
    let server = TestServer::start().await;
    let ann = host_token(&server, "ann", &[Scope::Host]).await;
    let (_, made, head) = call(&server, &ann, "POST", "/api/quizzes", Some(&birds()), &[]).await;
    let held = etag_of(&head);
    let path = format!("/api/quizzes/{}", made["id"].as_str().unwrap());
    let server = std::sync::Arc::new(server);
    let mut editors = Vec::new();
    for editor in 0..4 {
        let (server, ann, held, path) = (server.clone(), ann.clone(), held.clone(), path.clone());
        let mut mine = made.clone();
        mine["title"] = json!(format!("Edited by {editor}"));
        editors.push(tokio::spawn(async move {
            let (status, body, head) = call(
                &server,
                &ann,
                "PUT",
                &path,
                Some(&mine),
                &[("If-Match", &held)],
            )
            .await;
            (status, body, etag_of(&head), mine)
        }));
    }
    let mut outcomes = Vec::new();
    for editor in editors {
        outcomes.push(editor.await.unwrap());
    }
    let won: Vec<_> = outcomes.iter().filter(|o| o.0 == 200).collect();
    assert_eq!(won.len(), 1, "{outcomes:?}");
    let (_, _, winning_tag, winner) = won[0].clone();
    for (status, body, tag, _) in &outcomes {
        assert!(
            *status == 200 || (*status == 412 && *tag == winning_tag),
            "{status} {body}"
        );
    }
    let (_, stored, head) = call(&server, &ann, "GET", &path, None, &[]).await;
    assert_eq!((stored, etag_of(&head)), (winner, winning_tag));
    if let Ok(server) = std::sync::Arc::try_unwrap(server) {
        server.stop().await;
    }
}
