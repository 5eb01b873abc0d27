//! A whole game over real WebSockets against the in-process server: a host
//! and three players play every question of a sample quiz; scores and ranks
//! are checked against the scoring formula and the server's recorded times,
//! and no player frame names a correct answer before its reveal.

mod common;

use std::collections::HashMap;
use std::time::Duration;

use common::*;
use quizbox::game::scoring::{speed_points, streak_bonus};
use serde_json::{json, Value};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_whole_game_with_a_host_and_three_players() {
    let server = TestServer::start().await;
    let quizzes = server.get_json("/api/quizzes").await;
    let listed: Vec<&str> = quizzes
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["id"].as_str().unwrap())
        .collect();
    assert!(listed.contains(&"world-capitals"), "{listed:?}");
    let quiz = server.get_json("/api/quizzes/world-capitals").await;
    let questions = quiz["questions"].as_array().unwrap().clone();
    assert!(questions.len() >= 10);
    let summary = quizzes
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == "world-capitals")
        .unwrap();
    assert_eq!(summary["question_count"], questions.len());

    let (game_id, pin, key) = server.create_game("world-capitals", 0).await;
    let mut host = host(&server, &pin, &key).await;
    let mut screen = hello(&server, json!({"type": "watch", "v": 1, "pin": pin})).await;
    screen.until("welcome", None).await;
    let names = ["Ann", "Bob", "Cid"];
    let mut players = Vec::new();
    for name in names {
        players.push(join(&server, &pin, name).await);
        let joined = host.until("player_joined", None).await;
        assert_eq!(joined["player"]["nickname"], name);
    }
    assert_eq!(
        host.frames.last().map(|f| f.contains("\"count\":3")),
        Some(true)
    );

    host.send(json!({"type": "start"})).await;
    for (index, question) in questions.iter().enumerate() {
        let correct = question["correct"].as_u64().unwrap() as usize;
        let wrong = (correct + 1) % question["answers"].as_array().unwrap().len();
        for p in players.iter_mut() {
            let answering = p.until("phase", Some("answering")).await;
            assert_eq!(answering["state"]["index"], index);
        }
        // Ann answers at once and right; Bob right (slower) on even questions,
        // wrong on odd ones; Cid always wrong.
        let plan = [
            (0, correct),
            (1, if index % 2 == 0 { correct } else { wrong }),
            (2, wrong),
        ];
        for (who, choice) in plan {
            if who == 1 {
                tokio::time::sleep(Duration::from_millis(600)).await;
            }
            let id = format!("{who}-{index}");
            players[who]
                .send(json!({"type": "answer", "question": index, "answer": choice, "id": id}))
                .await;
            let ack = players[who].until("answer_ack", None).await;
            assert_eq!(ack["index"], index);
            assert_eq!(ack["id"], id);
        }
        // Everyone answered: the reveal comes without waiting for the timer.
        for p in players.iter_mut() {
            let reveal = p.until("phase", Some("reveal")).await;
            assert_eq!(reveal["state"]["correct"], json!([correct]));
            let result = p.until("result", None).await;
            assert_eq!(result["index"], index);
        }
        let reveal = host.until("phase", Some("reveal")).await;
        assert_eq!(reveal["state"]["answered"], 3);
        host.send(json!({"type": "next"})).await;
        let board = host.until("phase", Some("leaderboard")).await;
        assert_eq!(board["state"]["top"][0]["nickname"], "Ann");
        host.send(json!({"type": "next"})).await;
    }
    let podium = host.until("phase", Some("podium")).await;
    let top: Vec<&str> = podium["state"]["top"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["nickname"].as_str().unwrap())
        .collect();
    assert_eq!(top, vec!["Ann", "Bob", "Cid"]);
    let mut finals = Vec::new();
    for p in players.iter_mut() {
        finals.push(p.until("final", None).await);
    }
    assert_eq!(
        finals
            .iter()
            .map(|f| f["rank"].as_u64().unwrap())
            .collect::<Vec<_>>(),
        vec![1, 2, 3]
    );

    // The recorded results agree with the formula, the recorded times and
    // the streak rule, question by question.
    let results = server
        .get_json(&format!("/api/games/{game_id}/results"))
        .await;
    assert_eq!(results["status"], "finished");
    let answers = results["answers"].as_array().unwrap();
    assert_eq!(answers.len(), questions.len() * 3);
    let mut expected_scores: HashMap<u64, u64> = HashMap::new();
    let mut streaks: HashMap<u64, u32> = HashMap::new();
    for (q, question) in questions.iter().enumerate() {
        let points = question["points"].as_u64().unwrap() as u32;
        for a in answers.iter().filter(|a| a["question"] == q) {
            let player = a["player"].as_u64().unwrap();
            let elapsed = a["elapsed_ms"].as_u64().unwrap();
            let limit = a["time_limit_ms"].as_u64().unwrap();
            assert_eq!(limit, question["time_limit"].as_u64().unwrap() * 1000);
            let correct = a["answer"] == question["correct"];
            assert_eq!(a["correct"], correct);
            let streak = streaks.entry(player).or_default();
            let earned = if correct {
                *streak += 1;
                speed_points(points, elapsed, limit) + streak_bonus(*streak)
            } else {
                *streak = 0;
                0
            };
            assert_eq!(a["points"], earned, "question {q} player {player}: {a}");
            *expected_scores.entry(player).or_default() += u64::from(earned);
        }
    }
    let outcome: Vec<(String, u64, u64)> = results["players"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["nickname"].as_str().unwrap().to_string(),
                p["rank"].as_u64().unwrap(),
                p["score"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        outcome,
        vec![
            ("Ann".into(), 1, expected_scores[&0]),
            ("Bob".into(), 2, expected_scores[&1]),
            ("Cid".into(), 3, expected_scores[&2]),
        ]
    );
    assert_eq!(expected_scores[&2], 0);
    for (i, f) in finals.iter().enumerate() {
        assert_eq!(f["score"], expected_scores[&(i as u64)]);
    }
    // Ann was always first and under 0.5 s on most answers; Bob's answers
    // took at least the 600 ms he waited.
    for a in answers.iter().filter(|a| a["player"] == 1) {
        assert!(a["elapsed_ms"].as_u64().unwrap() >= 600, "{a}");
    }

    // No frame a player received before a question's reveal names its answer.
    for p in &players {
        let mut revealed = false;
        for frame in &p.frames {
            let v: Value = serde_json::from_str(frame).unwrap();
            match (v["type"].as_str(), v["state"]["phase"].as_str()) {
                (Some("phase"), Some("intro" | "answering")) => revealed = false,
                (Some("phase"), Some("reveal")) => revealed = true,
                _ => {}
            }
            if !revealed {
                assert!(
                    !frame.contains("\"correct\""),
                    "correct answer leaked before the reveal: {frame}"
                );
                assert!(
                    !frame.contains("explanation"),
                    "explanation leaked before the reveal: {frame}"
                );
            }
        }
    }
    host.send(json!({"type": "next"})).await;
    host.until("phase", Some("ended")).await;
    assert_eq!(
        host.until_closed().await,
        quizbox::protocol::close::GAME_OVER
    );
    server.stop().await;
}

/// Players open a question's answers from their intro at `opens_at`: the
/// server sends them no `answering` phase (hosts still get it), and an
/// answer sent right at `opens_at` is taken.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn players_open_answers_from_their_intro() {
    let server = TestServer::start().await;
    let (_, pin, key) = server.create_game("world-capitals", 1).await;
    let mut host = host(&server, &pin, &key).await;
    let mut ann = join(&server, &pin, "Ann").await;
    host.until("player_joined", None).await;
    host.send(json!({"type": "start"})).await;

    let intro = ann.until("phase", Some("intro")).await;
    let state = &intro["state"];
    let open = &state["answering"];
    assert_eq!(open["phase"], "answering", "{intro}");
    assert_eq!(open["index"], 0);
    assert!(!open["answers"].as_array().unwrap().is_empty(), "{intro}");
    let (opens_at, limit) = (
        state["opens_at"].as_u64().unwrap(),
        state["time_limit_ms"].as_u64().unwrap(),
    );
    assert_eq!(open["deadline"].as_u64(), Some(opens_at + limit));
    let host_intro = host.until("phase", Some("intro")).await;
    assert!(
        host_intro["state"].get("answering").is_none(),
        "{host_intro}"
    );

    // Answer the moment answers open, as the page would.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as u64;
    tokio::time::sleep(Duration::from_millis(opens_at.saturating_sub(now))).await;
    ann.send(json!({"type": "answer", "question": 0, "answer": 0, "id": "a0"}))
        .await;
    let ack = ann.until("answer_ack", None).await;
    assert_eq!(ack["id"], "a0");
    let answering = host.until("phase", Some("answering")).await;
    assert_eq!(
        answering["state"]["deadline"].as_u64(),
        Some(opens_at + limit)
    );
    ann.until("phase", Some("reveal")).await;
    let sent_answering = ann.frames.iter().any(|f| {
        let v: Value = serde_json::from_str(f).unwrap();
        v["type"] == "phase" && v["state"]["phase"] == "answering"
    });
    assert!(
        !sent_answering,
        "players get no answering phase: {:?}",
        ann.frames
    );
    server.stop().await;
}
