//! Self-paced assignments over HTTP against the real server: a host
//! publishes one, players start it by link with the identifier asked for,
//! answer at their own pace with a restart of the server between answers
//! (nothing acknowledged is lost, and a resume goes on where it was),
//! repeats are not scored again, results and the leaderboard fill as
//! players finish, and a closed assignment refuses answers.

mod common;

use common::{http, TestServer};
use serde_json::{json, Value};

/// A request without credentials, as a player's browser sends it.
async fn player(
    server: &TestServer,
    method: &str,
    path: &str,
    body: Option<Value>,
) -> (u16, Value) {
    let body = body.map(|b| b.to_string());
    let (status, text) = http(server.addr, method, path, body.as_deref())
        .await
        .unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
}

#[tokio::test]
async fn an_assignment_is_taken_at_its_own_pace_across_a_restart() {
    let server = TestServer::start().await;

    // Refused: no credentials, a deadline already past.
    let (status, _) = http(server.addr, "GET", "/api/assignments", None)
        .await
        .unwrap();
    assert_eq!(status, 401);
    let (status, body) = server
        .post_json(
            "/api/assignments",
            &json!({"quiz_id": "science-basics", "closes_at": now_ms() - 1}),
        )
        .await;
    assert_eq!(status, 400, "{body}");
    let (status, _) = server
        .post_json(
            "/api/assignments",
            &json!({"quiz_id": "no-such-quiz", "closes_at": now_ms() + 60_000}),
        )
        .await;
    assert_eq!(status, 404);

    let closes_at = now_ms() + 3_600_000;
    let (status, made) = server
        .post_json(
            "/api/assignments",
            &json!({
                "quiz_id": "science-basics",
                "closes_at": closes_at,
                "identifier": "  Student   number ",
            }),
        )
        .await;
    assert_eq!(status, 201, "{made}");
    let code = made["code"].as_str().unwrap().to_string();
    assert_eq!(code.len(), 6);
    assert_eq!(made["state"], "open");
    assert_eq!(made["identifier"], "Student number");
    assert_eq!(made["question_count"], 12);
    assert_eq!(made["closes_at"], closes_at);
    assert!(made["link"]
        .as_str()
        .unwrap()
        .ends_with(&format!("/a/{code}")));
    let api = format!("/api/a/{code}");

    // What the link shows anyone.
    let (status, public) = player(&server, "GET", &api, None).await;
    assert_eq!(status, 200);
    assert_eq!(
        (
            &public["title"],
            &public["identifier"],
            &public["question_count"]
        ),
        (
            &json!("Science Basics"),
            &json!("Student number"),
            &json!(12)
        )
    );
    let (status, _) = player(&server, "GET", "/api/a/zzzzzz", None).await;
    assert_eq!(status, 404);

    // The first student starts: the first question is shown, with its
    // deadline and without its answer.
    let (status, started) = player(
        &server,
        "POST",
        &format!("{api}/start"),
        Some(json!({"name": "s-1001"})),
    )
    .await;
    assert_eq!(status, 201, "{started}");
    let token = started["token"].as_str().unwrap().to_string();
    let q = &started["question"];
    assert_eq!(q["index"], 0);
    assert_eq!(q["text"], "What is the SI unit of force?");
    assert_eq!(q["answers"], json!(["Joule", "Newton", "Watt", "Pascal"]));
    assert!(q.get("correct").is_none(), "{q}");
    let remaining = q["remaining_ms"].as_i64().unwrap();
    assert!((15_000..=20_000).contains(&remaining), "{q}");
    assert!(q["deadline"].as_i64().unwrap() - started["now"].as_i64().unwrap() <= 20_000);
    // The same name again is refused; its owner resumes by token.
    let (status, taken) = player(
        &server,
        "POST",
        &format!("{api}/start"),
        Some(json!({"name": "s-1001"})),
    )
    .await;
    assert_eq!(status, 409, "{taken}");

    let answer = |question: usize, answer: Value| json!({"token": token, "question": question, "answer": answer});
    let (status, first) = player(
        &server,
        "POST",
        &format!("{api}/answer"),
        Some(answer(0, json!(1))),
    )
    .await;
    assert_eq!(status, 200, "{first}");
    assert_eq!(
        (&first["correct"], &first["repeat"]),
        (&json!(true), &json!(false))
    );
    let points = first["points"].as_u64().unwrap();
    assert!((500..=1000).contains(&points), "{first}");
    assert_eq!(first["player"]["score"], points);
    assert_eq!(first["player"]["position"], 1);
    // The next question is not shown until asked for: its timer has not started.
    assert!(first["player"].get("question").is_none(), "{first}");
    // A retry of the same answer is acknowledged again, not scored again.
    let (status, again) = player(
        &server,
        "POST",
        &format!("{api}/answer"),
        Some(answer(0, json!(1))),
    )
    .await;
    assert_eq!(status, 200, "{again}");
    assert_eq!(
        (&again["repeat"], &again["points"]),
        (&json!(true), &json!(points))
    );
    assert_eq!(again["player"]["score"], points);

    // Question 1 shown, answered wrong; an answer to a question not yet
    // reached, or a malformed one, is refused.
    let (_, shown) = player(
        &server,
        "POST",
        &format!("{api}/resume"),
        Some(json!({"token": token})),
    )
    .await;
    assert_eq!(shown["question"]["index"], 1);
    let (status, _) = player(
        &server,
        "POST",
        &format!("{api}/answer"),
        Some(answer(2, json!(1))),
    )
    .await;
    assert_eq!(status, 409);
    let (status, _) = player(
        &server,
        "POST",
        &format!("{api}/answer"),
        Some(answer(1, json!(9))),
    )
    .await;
    assert_eq!(status, 400);
    let (status, wrong) = player(
        &server,
        "POST",
        &format!("{api}/answer"),
        Some(answer(1, json!(2))),
    )
    .await;
    assert_eq!(status, 200, "{wrong}");
    assert_eq!(
        (&wrong["correct"], &wrong["points"]),
        (&json!(false), &json!(0))
    );

    // Question 2 shown; then the server restarts.
    let (_, shown) = player(
        &server,
        "POST",
        &format!("{api}/resume"),
        Some(json!({"token": token})),
    )
    .await;
    assert_eq!(shown["question"]["index"], 2);
    let deadline = shown["question"]["deadline"].as_i64().unwrap();
    let server = server.restart().await;

    // The reload goes on at the same question with the same deadline.
    let (status, resumed) = player(
        &server,
        "POST",
        &format!("{api}/resume"),
        Some(json!({"token": token})),
    )
    .await;
    assert_eq!(status, 200, "{resumed}");
    assert_eq!(resumed["question"]["index"], 2);
    assert_eq!(resumed["question"]["deadline"], deadline);
    assert_eq!(
        (&resumed["score"], &resumed["position"]),
        (&json!(points), &json!(2))
    );
    let (status, third) = player(
        &server,
        "POST",
        &format!("{api}/answer"),
        Some(answer(2, json!(1))),
    )
    .await;
    assert_eq!(status, 200, "{third}");
    assert_eq!(third["correct"], true);
    let score = points + third["points"].as_u64().unwrap();
    let (status, _) = player(
        &server,
        "POST",
        &format!("{api}/resume"),
        Some(json!({"token": "qa_forged"})),
    )
    .await;
    assert_eq!(status, 401);

    // A second student starts later and is part-way when the host looks.
    let (_, second) = player(
        &server,
        "POST",
        &format!("{api}/start"),
        Some(json!({"name": "s-1002"})),
    )
    .await;
    let token2 = second["token"].as_str().unwrap().to_string();
    let (_, r) = player(
        &server,
        "POST",
        &format!("{api}/answer"),
        Some(json!({"token": token2, "question": 0, "answer": 0})),
    )
    .await;
    assert_eq!(r["correct"], false);

    // The first passes the rest and finishes: ranked, on the leaderboard.
    let mut last = Value::Null;
    for question in 3..12 {
        player(
            &server,
            "POST",
            &format!("{api}/resume"),
            Some(json!({"token": token})),
        )
        .await;
        let (status, r) = player(
            &server,
            "POST",
            &format!("{api}/answer"),
            Some(answer(question, Value::Null)),
        )
        .await;
        assert_eq!(status, 200, "{r}");
        last = r;
    }
    let me = &last["player"];
    assert_eq!(
        (&me["finished"], &me["rank"], &me["score"]),
        (&json!(true), &json!(1), &json!(score))
    );
    assert_eq!(me["leaderboard"][0]["name"], "s-1001");
    let (status, _) = player(
        &server,
        "POST",
        &format!("{api}/answer"),
        Some(answer(12, json!(0))),
    )
    .await;
    assert_eq!(status, 409);

    let results = server.get_json(&format!("/api/assignments/{code}")).await;
    assert_eq!(
        (
            &results["players"][0]["name"],
            &results["players"][1]["name"]
        ),
        (&json!("s-1001"), &json!("s-1002"))
    );
    assert_eq!(results["players"][0]["points"][0], points);
    assert_eq!(results["players"][0]["points"][1], 0);
    assert_eq!(results["players"][0]["points"][3], 0);
    assert_eq!(results["players"][1]["points"][1], Value::Null);
    assert_eq!(results["players"][1]["finished_at"], Value::Null);
    assert_eq!(results["leaderboard"].as_array().unwrap().len(), 1);
    assert_eq!(results["questions"][0]["answered"], 2);
    assert_eq!(results["questions"][0]["correct"], 1);
    assert_eq!(results["questions"][3]["answered"], 0);
    assert_eq!(
        (&results["player_count"], &results["finished_count"]),
        (&json!(2), &json!(1))
    );
    let listed = server.get_json("/api/assignments").await;
    assert_eq!(listed[0]["code"], code.as_str());
    assert_eq!(
        (&listed[0]["player_count"], &listed[0]["finished_count"]),
        (&json!(2), &json!(1))
    );

    // Closed by the host: answers and new players are refused; what was
    // given stays.
    let (status, closed) = server
        .post_json(&format!("/api/assignments/{code}/close"), &json!({}))
        .await;
    assert_eq!(status, 200, "{closed}");
    assert_eq!(closed["state"], "closed");
    let (status, _) = player(
        &server,
        "POST",
        &format!("{api}/resume"),
        Some(json!({"token": token2})),
    )
    .await;
    assert_eq!(status, 200);
    let (status, refused) = player(
        &server,
        "POST",
        &format!("{api}/answer"),
        Some(json!({"token": token2, "question": 1, "answer": 0})),
    )
    .await;
    assert_eq!(status, 409, "{refused}");
    assert!(
        refused["error"].as_str().unwrap().contains("closed"),
        "{refused}"
    );
    let (status, _) = player(
        &server,
        "POST",
        &format!("{api}/start"),
        Some(json!({"name": "late"})),
    )
    .await;
    assert_eq!(status, 409);
    let results = server.get_json(&format!("/api/assignments/{code}")).await;
    assert_eq!(results["state"], "closed");
    assert_eq!(results["players"][1]["question"], 1);
    server.stop().await;
}

const QUICK: &str = r#"
id = "quick"
title = "Quick"
time_limit = 5

[[questions]]
text = "First?"
answers = ["a", "b"]
correct = "a"

[[questions]]
text = "Second?"
answers = ["a", "b"]
correct = "b"
"#;

/// The server keeps the time: a question answered after its timer (and the
/// second of grace) is refused and counts as not answered, the next is
/// shown from then; an assignment not open yet takes nobody; at its
/// deadline it stops taking answers by itself.
#[tokio::test]
async fn the_server_keeps_each_timer_and_the_deadline() {
    let server = TestServer::start().await;
    let (status, _, body) = common::http_raw(
        server.addr,
        "POST",
        "/api/quizzes/import?name=quick.toml",
        Some(QUICK),
        &[("Authorization", &format!("Bearer {}", server.token))],
    )
    .await
    .unwrap();
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));

    let (status, later) = server
        .post_json(
            "/api/assignments",
            &json!({"quiz_id": "quick", "opens_at": now_ms() + 3_600_000, "closes_at": now_ms() + 7_200_000}),
        )
        .await;
    assert_eq!(status, 201, "{later}");
    assert_eq!(later["state"], "scheduled");
    let api = format!("/api/a/{}", later["code"].as_str().unwrap());
    let (_, public) = player(&server, "GET", &api, None).await;
    assert_eq!(public["state"], "scheduled");
    let (status, refused) = player(
        &server,
        "POST",
        &format!("{api}/start"),
        Some(json!({"name": "early"})),
    )
    .await;
    assert_eq!(status, 409, "{refused}");

    let t0 = now_ms();
    let (status, made) = server
        .post_json(
            "/api/assignments",
            &json!({"quiz_id": "quick", "closes_at": t0 + 10_000}),
        )
        .await;
    assert_eq!(status, 201, "{made}");
    let code = made["code"].as_str().unwrap().to_string();
    let api = format!("/api/a/{code}");
    let (status, started) = player(
        &server,
        "POST",
        &format!("{api}/start"),
        Some(json!({"name": "Ann"})),
    )
    .await;
    assert_eq!(status, 201, "{started}");
    let token = started["token"].as_str().unwrap().to_string();
    assert_eq!(started["question"]["index"], 0);
    let deadline = started["question"]["deadline"].as_i64().unwrap();

    // Past the timer and its grace: refused, whatever the page says.
    tokio::time::sleep(std::time::Duration::from_millis(
        (deadline + 1_300 - now_ms()).max(0) as u64,
    ))
    .await;
    let (status, late) = player(
        &server,
        "POST",
        &format!("{api}/answer"),
        Some(json!({"token": token, "question": 0, "answer": 0})),
    )
    .await;
    assert_eq!(status, 409, "{late}");
    assert!(late["error"].as_str().unwrap().contains("time"), "{late}");
    let (_, moved) = player(
        &server,
        "POST",
        &format!("{api}/resume"),
        Some(json!({"token": token})),
    )
    .await;
    assert_eq!(moved["question"]["index"], 1);
    assert_eq!(moved["score"], 0);
    let second_deadline = moved["question"]["deadline"].as_i64().unwrap();
    assert!(second_deadline >= deadline + 6_000, "{moved}");

    // The deadline passes while the second question is shown.
    tokio::time::sleep(std::time::Duration::from_millis(
        (t0 + 10_200 - now_ms()).max(0) as u64,
    ))
    .await;
    let (status, closed) = player(
        &server,
        "POST",
        &format!("{api}/answer"),
        Some(json!({"token": token, "question": 1, "answer": 1})),
    )
    .await;
    assert_eq!(status, 409, "{closed}");
    assert!(
        closed["error"].as_str().unwrap().contains("closed"),
        "{closed}"
    );
    let (_, after) = player(
        &server,
        "POST",
        &format!("{api}/resume"),
        Some(json!({"token": token})),
    )
    .await;
    assert_eq!(after["state"], "closed");
    let results = server.get_json(&format!("/api/assignments/{code}")).await;
    assert_eq!(results["state"], "closed");
    assert_eq!(results["players"][0]["points"], json!([null, null]));
    assert_eq!(results["questions"][0]["answered"], 0);
    server.stop().await;
}
