//! Bad input over the WebSocket: each gets a clear error or close code, the
//! server does not panic, and the game goes on for everyone else.

mod common;

use std::time::Duration;

use common::*;
use quizbox::protocol::close;
use quizbox::quiz::{Question, QuestionKind, Quiz};
use serde_json::json;
use tokio_tungstenite::tungstenite::Message;

/// A quiz whose first question closes after 5 s, so lateness can be tested.
async fn seed_short_quiz(dir: &std::path::Path) {
    let settings = settings_for(dir);
    let store = quizbox::store::open(&settings.database).await.unwrap();
    store.migrate().await.unwrap();
    let question = |text: &str| Question {
        text: text.into(),
        kind: QuestionKind::Single {
            answers: vec!["yes".into(), "no".into()],
            correct: 0,
        },
        time_limit: 5,
        points: 1000,
        explanation: None,
        media: None,
    };
    let quiz = Quiz {
        rounds: Vec::new(),
        id: "short".into(),
        title: "Short".into(),
        description: None,
        questions: vec![question("One?"), question("Two?")],
    };
    store.upsert_quiz(&quiz, "test").await.unwrap();
}

async fn refused(server: &TestServer, hello_msg: serde_json::Value) -> (serde_json::Value, u16) {
    let mut c = hello(server, hello_msg).await;
    let error = c.next().await.expect("an error before the close");
    assert_eq!(error["type"], "error", "{error}");
    (error, c.until_closed().await)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_is_refused_and_the_game_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    seed_short_quiz(dir.path()).await;
    let server = TestServer::start_in(dir).await;
    let (_id, pin, key) = server.create_game("short", 0).await;
    let mut host = host(&server, &pin, &key).await;
    let mut ann = join(&server, &pin, "Ann").await;
    let mut bob = join(&server, &pin, "Bob").await;

    // Opening messages that are refused with an error and a close code.
    let (e, code) = refused(
        &server,
        json!({"type": "join", "v": 1, "pin": "000000", "nickname": "X"}),
    )
    .await;
    assert_eq!(
        (e["code"].as_str(), code),
        (Some("unknown_game"), close::UNKNOWN_GAME)
    );
    let (e, code) = refused(
        &server,
        json!({"type": "join", "v": 1, "pin": pin, "nickname": "ann"}),
    )
    .await;
    assert_eq!(
        (e["code"].as_str(), code),
        (Some("nickname_taken"), close::JOIN_REFUSED)
    );
    let (e, code) = refused(
        &server,
        json!({"type": "join", "v": 1, "pin": pin, "nickname": "   "}),
    )
    .await;
    assert_eq!(
        (e["code"].as_str(), code),
        (Some("nickname_invalid"), close::JOIN_REFUSED)
    );
    let long = "x".repeat(200);
    let (e, code) = refused(
        &server,
        json!({"type": "join", "v": 1, "pin": pin, "nickname": long}),
    )
    .await;
    assert_eq!(
        (e["code"].as_str(), code),
        (Some("nickname_invalid"), close::JOIN_REFUSED)
    );
    assert!(e["message"].as_str().unwrap().contains("at most 20"), "{e}");
    let (e, code) = refused(
        &server,
        json!({"type": "join", "v": 9, "pin": pin, "nickname": "V"}),
    )
    .await;
    assert_eq!(
        (e["code"].as_str(), code),
        (Some("version"), close::VERSION)
    );
    let (e, code) = refused(
        &server,
        json!({"type": "host", "v": 1, "pin": pin, "key": "guess"}),
    )
    .await;
    assert_eq!(
        (e["code"].as_str(), code),
        (Some("forbidden"), close::FORBIDDEN)
    );
    let (e, code) = refused(
        &server,
        json!({"type": "answer", "question": 0, "answer": 0}),
    )
    .await;
    assert_eq!(
        (e["code"].as_str(), code),
        (Some("bad_message"), close::BAD_HELLO)
    );
    let mut garbage = Client::connect(&server.ws_url()).await;
    garbage.send_raw(Message::Text("{not json".into())).await;
    assert_eq!(garbage.next().await.unwrap()["code"], "bad_message");
    assert_eq!(garbage.until_closed().await, close::BAD_HELLO);
    let (e, code) = refused(
        &server,
        json!({"type": "resume", "v": 1, "pin": pin, "token": "forged"}),
    )
    .await;
    assert_eq!(
        (e["code"].as_str(), code),
        (Some("forbidden"), close::FORBIDDEN)
    );

    // In-game bad messages get an error and the connection stays open.
    ann.send_raw(Message::Text("{\"type\": ".into())).await;
    assert_eq!(ann.until("error", None).await["code"], "bad_message");
    ann.send(json!({"type": "dance"})).await;
    assert_eq!(ann.until("error", None).await["code"], "bad_message");
    ann.send_raw(Message::Binary(vec![1, 2, 3].into())).await;
    assert_eq!(ann.until("error", None).await["code"], "bad_message");
    ann.send(json!({"type": "start"})).await;
    assert_eq!(ann.until("error", None).await["code"], "not_host");
    ann.send(json!({"type": "answer", "question": 0, "answer": 0}))
        .await;
    assert_eq!(ann.until("error", None).await["code"], "wrong_phase");
    let mut big_hello = Client::connect(&server.ws_url()).await;
    big_hello
        .send_raw(Message::Text("y".repeat(10_000).into()))
        .await;
    assert_eq!(big_hello.next().await.unwrap()["code"], "too_big");
    assert_eq!(big_hello.until_closed().await, close::TOO_BIG);

    host.send(json!({"type": "start"})).await;
    ann.until("phase", Some("answering")).await;
    bob.until("phase", Some("answering")).await;
    ann.send(json!({"type": "answer", "question": 1, "answer": 0}))
        .await;
    assert_eq!(ann.until("error", None).await["code"], "wrong_question");
    ann.send(json!({"type": "answer", "question": 0, "answer": 7}))
        .await;
    assert_eq!(ann.until("error", None).await["code"], "invalid_answer");
    // Text is an answer for typed questions, not for a choice.
    ann.send(json!({"type": "answer", "question": 0, "answer": "yes"}))
        .await;
    assert_eq!(ann.until("error", None).await["code"], "invalid_answer");
    ann.send(json!({"type": "answer", "question": 0, "answer": {"pick": 1}}))
        .await;
    assert_eq!(ann.until("error", None).await["code"], "bad_message");

    // An oversized frame closes that socket with 1009 and nothing else.
    let mut big = hello(&server, json!({"type": "watch", "v": 1, "pin": pin})).await;
    big.until("welcome", None).await;
    big.send_raw(Message::Text("x".repeat(60_000).into())).await;
    assert_eq!(big.until_closed().await, close::TOO_BIG);

    // The deadline passes with nobody answering: a late answer is refused.
    ann.until("phase", Some("reveal")).await;
    ann.send(json!({"type": "answer", "question": 0, "answer": 0}))
        .await;
    assert_eq!(ann.until("error", None).await["code"], "too_late");

    // The game goes on for everyone: the next question is played normally.
    host.send(json!({"type": "next"})).await;
    host.send(json!({"type": "next"})).await;
    ann.until("phase", Some("answering")).await;
    bob.until("phase", Some("answering")).await;
    ann.send(json!({"type": "answer", "question": 1, "answer": 0, "id": "a1"}))
        .await;
    ann.until("answer_ack", None).await;
    // A repeat with the same id is acknowledged again, not refused or re-scored.
    ann.send(json!({"type": "answer", "question": 1, "answer": 0, "id": "a1"}))
        .await;
    ann.until("answer_ack", None).await;
    bob.send(json!({"type": "answer", "question": 1, "answer": 1, "id": "b1"}))
        .await;
    let result = ann.until("result", None).await;
    assert_eq!(
        (result["correct"].as_bool(), result["rank"].as_u64()),
        (Some(true), Some(1))
    );
    assert_eq!(bob.until("result", None).await["correct"], false);
    tokio::time::sleep(Duration::from_millis(50)).await;
    server.stop().await;
}
