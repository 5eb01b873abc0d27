//! `POST /api/quizzes/import` against an in-process server: the same
//! summary as `quizbox import --json`, one transaction, nothing written for
//! invalid input or with `check=true`.

mod common;

use common::{http_raw, TestServer};
use serde_json::Value;

async fn post(server: &TestServer, query: &str, body: &str) -> (u16, Value) {
    let path = format!("/api/quizzes/import{query}");
    let auth = format!("Bearer {}", server.token);
    let headers = [("Authorization", auth.as_str())];
    let (status, _, body) = http_raw(server.addr, "POST", &path, Some(body), &headers)
        .await
        .unwrap();
    (status, serde_json::from_slice(&body).unwrap_or(Value::Null))
}

const GIFT: &str = "$CATEGORY: Rivers\n\nLongest river? {=Nile ~Thames ~Danube}\n\nPair? {=Nile -> Egypt =Seine -> France}\n";

#[tokio::test]
async fn import_over_http() {
    let server = TestServer::start().await;
    let samples = server
        .get_json("/api/quizzes")
        .await
        .as_array()
        .unwrap()
        .len();

    // check=true validates and writes nothing.
    let (status, summary) = post(&server, "?name=rivers.gift&check=true", GIFT).await;
    assert_eq!(status, 200, "{summary}");
    assert_eq!(
        (summary["ok"].as_bool(), summary["written"].as_bool()),
        (Some(true), Some(false))
    );
    assert_eq!(
        server
            .get_json("/api/quizzes")
            .await
            .as_array()
            .unwrap()
            .len(),
        samples
    );

    let (status, summary) = post(&server, "?name=rivers.gift", GIFT).await;
    assert_eq!(status, 200, "{summary}");
    assert_eq!(summary["files"][0]["format"], "gift");
    assert_eq!(summary["files"][0]["quizzes"][0]["status"], "created");
    let warning = &summary["files"][0]["warnings"][0];
    assert_eq!(
        (warning["line"].as_u64(), warning["field"].as_str()),
        (Some(5), Some("questions[2]"))
    );
    let quiz = server.get_json("/api/quizzes/rivers").await;
    assert_eq!(
        quiz["questions"][0]["answers"],
        serde_json::json!(["Nile", "Thames", "Danube"])
    );

    // The same quiz again updates it.
    let (status, summary) = post(&server, "?format=gift", GIFT).await;
    assert_eq!(status, 200, "{summary}");
    assert_eq!(summary["files"][0]["quizzes"][0]["status"], "updated");
    assert_eq!(
        server
            .get_json("/api/quizzes")
            .await
            .as_array()
            .unwrap()
            .len(),
        samples + 1
    );

    // Invalid input: 422 with located errors, nothing written.
    let (status, summary) = post(
        &server,
        "?name=broken.gift",
        "Fine? {=a ~b}\n\nBroken? {=a ~b\n",
    )
    .await;
    assert_eq!(status, 422, "{summary}");
    assert_eq!(summary["ok"], false);
    let error = &summary["files"][0]["errors"][0];
    assert_eq!(
        (error["line"].as_u64(), error["column"].as_u64()),
        (Some(3), Some(9))
    );
    assert!(server
        .get_json("/api/quizzes")
        .await
        .as_array()
        .unwrap()
        .iter()
        .all(|q| q["id"] != "broken"));

    // strict=true fails on the skipped matching question.
    let (status, _) = post(&server, "?name=rivers.gift&strict=true", GIFT).await;
    assert_eq!(status, 422);

    // An unknown format name is a bad request.
    let (status, body) = post(&server, "?format=docx", GIFT).await;
    assert_eq!(status, 400, "{body}");
    server.stop().await;
}

#[tokio::test]
async fn bodies_over_one_mebibyte_are_accepted() {
    let server = TestServer::start().await;
    let mut csv = String::from("question,answer1,answer2,correct\n");
    let mut n = 0;
    // Long rows: a quiz holds at most 500 questions of at most 2,000 characters.
    let padding = "padding text to grow the file ".repeat(60);
    let answer = "a fairly long answer ".repeat(10);
    while csv.len() < 1_100_000 {
        n += 1;
        csv.push_str(&format!(
            "Question number {n} with {padding}?,yes {answer},no {answer},1\n"
        ));
    }
    let (status, summary) = post(&server, "?name=big.csv", &csv).await;
    assert_eq!(status, 200, "{summary}");
    assert_eq!(summary["totals"]["questions"].as_u64(), Some(n as u64));
    server.stop().await;
}
