//! The lobby and its players under pressure: a resumed connection hears its
//! `welcome` before anything else, hosts see every join of a burst without
//! another game event, one address cannot fill a game, look-alike and
//! blank nicknames are refused, and the host locks the lobby and removes
//! players in bulk. Real sockets on 127.0.0.1, bounded in players and time.

mod common;

use std::time::Duration;

use common::sim;
use common::*;
use futures_util::SinkExt;
use serde_json::{json, Value};
use tokio_tungstenite::tungstenite::Message;

async fn start_with(quiz: &quizbox::quiz::Quiz) -> TestServer {
    let dir = tempfile::tempdir().unwrap();
    sim::seed(dir.path(), quiz).await;
    TestServer::start_in(dir).await
}

/// A quiz whose questions stay open for two minutes.
fn slow_quiz(id: &str) -> quizbox::quiz::Quiz {
    let mut quiz = sim::quiz(id, 2, 0);
    for q in &mut quiz.questions {
        q.time_limit = 120;
    }
    quiz
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_resumed_connection_hears_its_welcome_first_every_time() {
    const RESUMES: usize = 30;
    let server = start_with(&slow_quiz("resume-order")).await;
    let (_, pin, key) = server.create_game("resume-order", 0).await;
    let mut host = host(&server, &pin, &key).await;
    let mut current = hello(
        &server,
        json!({"type": "join", "v": 1, "pin": pin, "nickname": "Ann"}),
    )
    .await;
    let welcome = current.until("welcome", None).await;
    let token = welcome["token"].as_str().unwrap().to_string();
    host.send(json!({"type": "start"})).await;
    host.until("phase", Some("answering")).await;

    let mut firsts = Vec::new();
    for round in 0..RESUMES {
        // The connection being replaced answers (again: a resent answer is
        // acknowledged again) just as the new one resumes; every other time
        // the new one also asks the time in the same breath.
        let mut next = Client::connect(&server.ws_url()).await;
        current
            .send(json!({"type": "answer", "question": 0, "answer": 1, "id": "a1"}))
            .await;
        let resume = json!({"type": "resume", "v": 1, "pin": pin, "token": token});
        next.socket
            .feed(Message::Text(resume.to_string().into()))
            .await
            .unwrap();
        if round % 2 == 0 {
            next.socket
                .feed(Message::Text(
                    json!({"type": "ping", "t": round as f64})
                        .to_string()
                        .into(),
                ))
                .await
                .unwrap();
        }
        next.socket.flush().await.unwrap();
        let first = next.next().await.expect("a first message");
        firsts.push(first["type"].as_str().unwrap_or("?").to_string());
        // The replaced connection is closed; the new one plays on.
        current.until_closed().await;
        current = next;
    }
    let early: Vec<(usize, &String)> = firsts
        .iter()
        .enumerate()
        .filter(|(_, t)| *t != "welcome")
        .collect();
    assert!(
        early.is_empty(),
        "{} of {RESUMES} resumes heard something before their welcome: {early:?}",
        early.len()
    );
    server.stop().await;
}

/// The `type`s of `frames`, for messages.
#[allow(dead_code)]
fn types(frames: &[Value]) -> Vec<String> {
    frames
        .iter()
        .map(|f| f["type"].as_str().unwrap_or("?").to_string())
        .collect()
}

#[allow(dead_code)]
const GENEROUS: Duration = Duration::from_secs(30);
