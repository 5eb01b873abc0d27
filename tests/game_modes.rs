//! Late join and auto-advance over real WebSockets against the in-process
//! server: three players start a game, a fourth joins during question 1
//! and plays from question 2; reveals and leaderboards move on by
//! themselves, the host pauses one and ends the game at a leaderboard; the
//! standings and the results API agree with the scoring formula. The big
//! screen's language set for a game reaches hosts and screens, not players,
//! and outlives a restart.

mod common;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use common::*;
use quizbox::game::scoring::{speed_points, streak_bonus};
use serde_json::json;

const ADVANCE_MS: u64 = 2_000;

/// Reads `c` for `wait`, failing on a phase message of `phase`.
async fn no_phase_within(c: &mut Client, phase: &str, wait: Duration) {
    let until = tokio::time::Instant::now() + wait;
    while let Ok(msg) = tokio::time::timeout_at(until, c.next()).await {
        let msg = msg.expect("socket open");
        assert!(
            !(msg["type"] == "phase" && msg["state"]["phase"] == phase),
            "{phase} came while paused: {msg}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_late_joiner_plays_from_the_next_question_under_auto_advance() {
    let server = TestServer::start().await;
    let quiz = server.get_json("/api/quizzes/world-capitals").await;
    let questions = quiz["questions"].as_array().unwrap().clone();
    let (status, created) = server
        .post_json(
            "/api/games",
            &json!({"quiz_id": "world-capitals", "intro_secs": 0,
                    "auto_advance_secs": ADVANCE_MS / 1000}),
        )
        .await;
    assert_eq!(status, 201, "{created}");
    let field = |k: &str| created[k].as_str().unwrap().to_string();
    let (game_id, pin, key) = (field("game_id"), field("pin"), field("host_key"));
    let (status, refused) = server
        .post_json(
            "/api/games",
            &json!({"quiz_id": "world-capitals", "auto_advance_secs": 601}),
        )
        .await;
    assert_eq!(status, 400, "{refused}");

    let mut host = hello(
        &server,
        json!({"type": "host", "v": 1, "pin": pin, "key": key}),
    )
    .await;
    assert_eq!(host.until("welcome", None).await["late_join"], true);
    let mut screen = hello(&server, json!({"type": "watch", "v": 1, "pin": pin})).await;
    let welcome = screen.until("welcome", None).await;
    assert_eq!(
        (&welcome["late_join"], welcome.get("locked")),
        (&json!(true), None)
    );
    let mut players = Vec::new();
    for name in ["Ann", "Bob", "Cid"] {
        players.push(join(&server, &pin, name).await);
        host.until("player_joined", None).await;
    }
    host.send(json!({"type": "start"})).await;
    for p in players.iter_mut() {
        assert_eq!(
            p.until("phase", Some("answering")).await["state"]["index"],
            0
        );
    }

    // Dee joins while question 1 takes answers: she waits for question 2.
    let mut dee = hello(
        &server,
        json!({"type": "join", "v": 1, "pin": pin, "nickname": "Dee"}),
    )
    .await;
    let welcome = dee.until("welcome", None).await;
    assert_eq!(welcome["plays_from"], 1, "{welcome}");
    assert_eq!(welcome["score"], 0);
    assert_eq!(
        (&welcome["state"]["phase"], &welcome["state"]["index"]),
        (&json!("answering"), &json!(0))
    );
    let token = welcome["token"].as_str().unwrap().to_string();
    let joined = host.until("player_joined", None).await;
    assert_eq!(
        (&joined["player"]["nickname"], &joined["count"]),
        (&json!("Dee"), &json!(4))
    );
    dee.send(json!({"type": "answer", "question": 0, "answer": 0, "id": "d-0"}))
        .await;
    let refused = dee.until("error", None).await;
    assert_eq!(refused["code"], "wrong_question", "{refused}");
    players.push(dee);

    // Who answers what: Ann always right, Bob right on question 1 only,
    // Cid always wrong, Dee right from question 2 on.
    let mut last_reveal_deadline = 0;
    for (index, question) in questions.iter().take(3).enumerate() {
        let correct = question["correct"].as_u64().unwrap();
        let wrong = (correct + 1) % question["answers"].as_array().unwrap().len() as u64;
        if index > 0 {
            for p in players.iter_mut() {
                let open = p.until("phase", Some("answering")).await;
                assert_eq!(open["state"]["index"], index);
            }
        }
        let plan = [
            (0, correct),
            (1, if index == 0 { correct } else { wrong }),
            (2, wrong),
            (3, correct),
        ];
        for (who, choice) in plan {
            if who == 3 && index == 0 {
                continue;
            }
            let id = format!("{who}-{index}");
            players[who]
                .send(json!({"type": "answer", "question": index, "answer": choice, "id": id}))
                .await;
            assert_eq!(players[who].until("answer_ack", None).await["id"], id);
        }
        // Everyone who plays it answered: Dee, waiting, did not hold
        // question 1 open.
        let reveal = host.until("phase", Some("reveal")).await;
        let shown = Instant::now();
        let advance = &reveal["state"]["advance"];
        assert_eq!(advance["duration_ms"], ADVANCE_MS, "{reveal}");
        let deadline = advance["deadline"].as_u64().unwrap();
        assert!(deadline > last_reveal_deadline);
        for (who, p) in players.iter_mut().enumerate() {
            p.until("phase", Some("reveal")).await;
            if who == 3 && index == 0 {
                continue;
            }
            assert_eq!(p.until("result", None).await["index"], index);
        }
        if index == 0 {
            // Joining can be closed during the game; the big screen hears it.
            host.send(json!({"type": "lock"})).await;
            assert_eq!(screen.until("joining", None).await["open"], false);
            let mut eve = hello(
                &server,
                json!({"type": "join", "v": 1, "pin": pin, "nickname": "Eve"}),
            )
            .await;
            assert_eq!(eve.until("error", None).await["code"], "lobby_locked");
            host.send(json!({"type": "unlock"})).await;
            assert_eq!(screen.until("joining", None).await["open"], true);
        }
        if index == 2 {
            // The host pauses the last reveal: nothing moves until continue.
            host.send(json!({"type": "pause"})).await;
            let paused = host.until("phase", Some("reveal")).await;
            let left = paused["state"]["advance"]["remaining_ms"].as_u64().unwrap();
            assert!(paused["state"]["advance"].get("deadline").is_none());
            assert!(left > 0 && left <= ADVANCE_MS, "{paused}");
            no_phase_within(
                &mut host,
                "leaderboard",
                Duration::from_millis(ADVANCE_MS + 500),
            )
            .await;
            host.send(json!({"type": "continue"})).await;
            let running = host.until("phase", Some("reveal")).await;
            let again = running["state"]["advance"]["deadline"].as_u64().unwrap();
            assert!(again >= deadline + ADVANCE_MS, "{running}");
        }
        // The leaderboard comes by itself once the reveal's time is up.
        let board = host.until("phase", Some("leaderboard")).await;
        assert!(shown.elapsed() >= Duration::from_millis(ADVANCE_MS - 100));
        let board_deadline = board["state"]["advance"]["deadline"].as_u64().unwrap();
        assert!(board_deadline >= deadline + ADVANCE_MS, "{board}");
        last_reveal_deadline = deadline;
        let top: Vec<&str> = board["state"]["top"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["nickname"].as_str().unwrap())
            .collect();
        let expected: &[&str] = match index {
            0 => &["Ann", "Bob", "Cid", "Dee"],
            1 => &["Ann", "Bob", "Dee", "Cid"],
            _ => &["Ann", "Dee", "Bob", "Cid"],
        };
        assert_eq!(top, expected, "after question {}", index + 1);
    }
    // The host ends the game at the leaderboard before it moves on.
    host.send(json!({"type": "end"})).await;
    let podium = host.until("phase", Some("podium")).await;
    let top: Vec<&str> = podium["state"]["top"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["nickname"].as_str().unwrap())
        .collect();
    assert_eq!(top, ["Ann", "Dee", "Bob", "Cid"]);
    let mut finals = Vec::new();
    for p in players.iter_mut() {
        finals.push(p.until("final", None).await);
    }
    assert_eq!(
        finals
            .iter()
            .map(|f| f["rank"].as_u64().unwrap())
            .collect::<Vec<_>>(),
        [1, 3, 4, 2]
    );

    // The results: Dee's answers start at question 2, and every score is
    // the formula over the recorded times.
    let results = server
        .get_json(&format!("/api/games/{game_id}/results"))
        .await;
    let answers = results["answers"].as_array().unwrap();
    assert_eq!(answers.len(), 3 + 4 + 4);
    let dees: Vec<u64> = answers
        .iter()
        .filter(|a| a["player"] == 3)
        .map(|a| a["question"].as_u64().unwrap())
        .collect();
    assert_eq!(dees, [1, 2]);
    let mut scores: HashMap<u64, u64> = HashMap::new();
    let mut streaks: HashMap<u64, u32> = HashMap::new();
    for (q, question) in questions.iter().take(3).enumerate() {
        let points = question["points"].as_u64().unwrap() as u32;
        for a in answers.iter().filter(|a| a["question"] == q) {
            let player = a["player"].as_u64().unwrap();
            let correct = a["answer"] == question["correct"];
            assert_eq!(a["correct"], correct, "{a}");
            let streak = streaks.entry(player).or_default();
            let earned = if correct {
                *streak += 1;
                let (elapsed, limit) = (
                    a["elapsed_ms"].as_u64().unwrap(),
                    a["time_limit_ms"].as_u64().unwrap(),
                );
                speed_points(points, elapsed, limit) + streak_bonus(*streak)
            } else {
                *streak = 0;
                0
            };
            assert_eq!(a["points"], earned, "{a}");
            *scores.entry(player).or_default() += u64::from(earned);
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
        [
            ("Ann".into(), 1, scores[&0]),
            ("Dee".into(), 2, scores[&3]),
            ("Bob".into(), 3, scores[&1]),
            ("Cid".into(), 4, 0),
        ]
    );
    assert!(
        scores[&3] > 2_000,
        "two right answers and a streak: {scores:?}"
    );
    assert_eq!(finals[3]["score"], scores[&3]);

    // Dee's token brings her back like anyone (until the game ends).
    let mut again = hello(
        &server,
        json!({"type": "resume", "v": 1, "pin": pin, "token": token}),
    )
    .await;
    let welcome = again.until("welcome", None).await;
    assert_eq!(
        (&welcome["player"]["nickname"], &welcome["score"]),
        (&json!("Dee"), &json!(scores[&3]))
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_big_screens_language_goes_to_hosts_and_screens_and_survives_a_restart() {
    let server = TestServer::start().await;
    // Any case of a catalog's tag; the game keeps it as the catalog spells it.
    let (status, created) = server
        .post_json(
            "/api/games",
            &json!({"quiz_id": "world-capitals", "screen_language": "ZH-cn"}),
        )
        .await;
    assert_eq!(status, 201, "{created}");
    let pin = created["pin"].as_str().unwrap().to_string();
    let key = created["host_key"].as_str().unwrap().to_string();
    for refused in ["xx", "zh-TW", "french"] {
        let (status, body) = server
            .post_json(
                "/api/games",
                &json!({"quiz_id": "world-capitals", "screen_language": refused}),
            )
            .await;
        assert_eq!(status, 400, "{refused}: {body}");
        assert!(
            body.to_string()
                .contains("screen_language must be one of en, es, fr"),
            "{body}"
        );
    }
    // Empty is the same as absent: the screen follows its browser.
    let (status, plain) = server
        .post_json(
            "/api/games",
            &json!({"quiz_id": "world-capitals", "screen_language": ""}),
        )
        .await;
    assert_eq!(status, 201, "{plain}");
    let mut plain_screen = hello(
        &server,
        json!({"type": "watch", "v": 1, "pin": plain["pin"]}),
    )
    .await;
    assert_eq!(
        plain_screen
            .until("welcome", None)
            .await
            .get("screen_language"),
        None
    );

    let mut host = hello(
        &server,
        json!({"type": "host", "v": 1, "pin": pin, "key": key}),
    )
    .await;
    assert_eq!(
        host.until("welcome", None).await["screen_language"],
        "zh-CN"
    );
    let mut screen = hello(&server, json!({"type": "watch", "v": 1, "pin": pin})).await;
    assert_eq!(
        screen.until("welcome", None).await["screen_language"],
        "zh-CN"
    );
    // A player's page keeps its own language: the option is not theirs.
    let mut ann = hello(
        &server,
        json!({"type": "join", "v": 1, "pin": pin, "nickname": "Ann"}),
    )
    .await;
    let welcome = ann.until("welcome", None).await;
    assert_eq!(welcome["player"]["nickname"], "Ann");
    assert_eq!(welcome.get("screen_language"), None);

    // The option is part of the game: a restarted server still sends it.
    let server = server.restart().await;
    let mut screen = hello(&server, json!({"type": "watch", "v": 1, "pin": pin})).await;
    assert_eq!(
        screen.until("welcome", None).await["screen_language"],
        "zh-CN"
    );
    server.stop().await;
}
