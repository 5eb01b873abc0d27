//! A quiz in two rounds over real WebSockets against the in-process server:
//! the quiz is sent to the REST API with a round name on the first
//! question of each round; two players play round 1, the host and the
//! screen see its round summary, everyone sees the break and its
//! countdown, which runs out without moving the game on (no auto-advance);
//! the host pauses and continues it, then starts round 2, and the game
//! ends on round 2's summary and the podium. A server restarted during a
//! break brings the game back in it, its countdown paused.

mod common;

use std::time::Duration;

use common::*;
use serde_json::{json, Value};

/// Reads `c` for `wait`, failing on any phase message.
async fn no_phase_within(c: &mut Client, wait: Duration) {
    let until = tokio::time::Instant::now() + wait;
    while let Ok(msg) = tokio::time::timeout_at(until, c.next()).await {
        let msg = msg.expect("socket open");
        assert!(
            msg["type"] != "phase",
            "the break moved on by itself: {msg}"
        );
    }
}

fn tf(text: &str, correct: bool) -> Value {
    json!({"text": text, "kind": "true_false", "correct": correct, "time_limit": 10})
}

/// Once answers open (players' intro carries them; the host is sent the
/// `answering` phase), Ann answers right, Bob wrong; both see the reveal.
async fn play(host: &mut Client, players: &mut [Client], index: usize, right: u64) {
    for p in players.iter_mut() {
        let intro = p.until("phase", Some("intro")).await;
        assert_eq!(intro["state"]["index"], index);
    }
    let open = host.until("phase", Some("answering")).await;
    assert_eq!(open["state"]["index"], index);
    for (who, choice) in [(0, right), (1, 1 - right)] {
        let id = format!("{who}-{index}");
        players[who]
            .send(json!({"type": "answer", "question": index, "answer": choice, "id": id}))
            .await;
        assert_eq!(players[who].until("answer_ack", None).await["id"], id);
    }
    for p in players.iter_mut() {
        p.until("phase", Some("reveal")).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_two_round_quiz_is_played_through_its_break() {
    let server = TestServer::start().await;
    let mut first = tf("Water boils at 100 °C at sea level.", true);
    first["round"] = json!("Warm-up");
    let mut third = tf("The Beatles came from Manchester.", false);
    third["round"] = json!("Music");
    let (status, saved) = server
        .post_json(
            "/api/quizzes",
            &json!({"id": "pub-night", "title": "Pub night",
                    "questions": [first, tf("A spider has eight legs.", true), third]}),
        )
        .await;
    assert!(status == 200 || status == 201, "{status} {saved}");
    let quiz = server.get_json("/api/quizzes/pub-night").await;
    assert_eq!(
        quiz["rounds"],
        json!([{"start": 0, "name": "Warm-up"}, {"start": 2, "name": "Music"}]),
        "{quiz}"
    );

    let (status, refused) = server
        .post_json(
            "/api/games",
            &json!({"quiz_id": "pub-night", "break_secs": 3601}),
        )
        .await;
    assert_eq!(status, 400, "{refused}");
    let (status, created) = server
        .post_json(
            "/api/games",
            &json!({"quiz_id": "pub-night", "intro_secs": 1, "break_secs": 2}),
        )
        .await;
    assert_eq!(status, 201, "{created}");
    let field = |k: &str| created[k].as_str().unwrap().to_string();
    let (pin, key) = (field("pin"), field("host_key"));
    let mut host = host(&server, &pin, &key).await;
    let mut screen = hello(&server, json!({"type": "watch", "v": 1, "pin": pin})).await;
    screen.until("welcome", None).await;
    let mut players = Vec::new();
    for name in ["Ann", "Bob"] {
        players.push(join(&server, &pin, name).await);
        host.until("player_joined", None).await;
    }

    // Round 1 starts with its name on the big screen.
    host.send(json!({"type": "start"})).await;
    let intro = screen.until("phase", Some("intro")).await;
    assert_eq!(
        intro["state"]["round"],
        json!({"number": 0, "rounds": 2, "name": "Warm-up"}),
        "{intro}"
    );
    play(&mut host, &mut players, 0, 0).await;
    host.until("phase", Some("reveal")).await;
    host.send(json!({"type": "next"})).await;
    host.until("phase", Some("leaderboard")).await;
    host.send(json!({"type": "next"})).await;
    let intro = screen.until("phase", Some("intro")).await;
    assert_eq!(intro["state"].get("round"), None, "{intro}");
    play(&mut host, &mut players, 1, 0).await;
    host.until("phase", Some("reveal")).await;
    host.send(json!({"type": "next"})).await;
    host.until("phase", Some("leaderboard")).await;

    // The round summary: Ann earned points in round 1, Bob none.
    host.send(json!({"type": "next"})).await;
    let summary = screen.until("phase", Some("round_summary")).await;
    let state = &summary["state"];
    assert_eq!(state["round"]["name"], "Warm-up");
    assert_eq!(state["top"][0]["nickname"], "Ann");
    assert!(
        state["top"][0]["points"].as_u64().unwrap() > 1_000,
        "{summary}"
    );
    assert_eq!(
        (
            &state["top"][1]["nickname"],
            &state["top"][1]["points"],
            &state["top"][1]["rank"]
        ),
        (&json!("Bob"), &json!(0), &json!(2))
    );
    assert_eq!(
        host.until("phase", Some("round_summary")).await["state"],
        *state
    );

    // The break, for everyone, announces round 2 with a 2 s countdown.
    host.send(json!({"type": "next"})).await;
    let mut breaks = Vec::new();
    for c in players.iter_mut().chain([&mut screen, &mut host]) {
        breaks.push(c.until("phase", Some("break")).await);
    }
    let state = breaks[0]["state"].clone();
    assert_eq!(
        state["round"],
        json!({"number": 1, "rounds": 2, "name": "Music"})
    );
    assert_eq!(state["countdown"]["duration_ms"], 2_000);
    assert!(state["countdown"]["deadline"].as_u64().is_some(), "{state}");
    assert_eq!(state.get("auto"), None);
    assert!(breaks.iter().all(|b| b["state"] == state), "{breaks:?}");

    // Without auto-advance the countdown runs out and the game waits.
    no_phase_within(&mut host, Duration::from_millis(3_000)).await;

    // The host pauses the break, continues it and starts round 2.
    host.send(json!({"type": "pause"})).await;
    let paused = screen.until("phase", Some("break")).await;
    assert_eq!(
        paused["state"]["countdown"].get("deadline"),
        None,
        "{paused}"
    );
    assert_eq!(paused["state"]["countdown"]["remaining_ms"], 0);
    host.send(json!({"type": "continue"})).await;
    let running = screen.until("phase", Some("break")).await;
    assert!(running["state"]["countdown"]["deadline"].as_u64().is_some());
    host.send(json!({"type": "next"})).await;
    let intro = screen.until("phase", Some("intro")).await;
    assert_eq!(intro["state"]["index"], 2);
    assert_eq!(intro["state"]["round"]["name"], "Music");

    // Round 2, then its summary and the podium (no break after the last).
    play(&mut host, &mut players, 2, 1).await;
    host.until("phase", Some("reveal")).await;
    host.send(json!({"type": "next"})).await;
    host.until("phase", Some("leaderboard")).await;
    host.send(json!({"type": "next"})).await;
    let summary = host.until("phase", Some("round_summary")).await;
    assert_eq!(summary["state"]["round"]["name"], "Music");
    assert_eq!(summary["state"]["top"][0]["nickname"], "Ann");
    host.send(json!({"type": "next"})).await;
    host.until("phase", Some("podium")).await;
    for p in players.iter_mut() {
        p.until("final", None).await;
    }
    server.stop().await;
}

/// A server stopped during a break brings the game back in it: the host's
/// welcome shows the break with its countdown paused at the time it had
/// left; the host continues it and starts the next round.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_game_restarted_during_a_break_comes_back_in_it() {
    let server = TestServer::start().await;
    let mut first = tf("Water boils at 100 °C at sea level.", true);
    first["round"] = json!("Warm-up");
    let mut second = tf("The Beatles came from Manchester.", false);
    second["round"] = json!("Music");
    let (status, saved) = server
        .post_json(
            "/api/quizzes",
            &json!({"id": "short-pub", "title": "Short pub", "questions": [first, second]}),
        )
        .await;
    assert!(status == 200 || status == 201, "{status} {saved}");
    let (status, created) = server
        .post_json(
            "/api/games",
            &json!({"quiz_id": "short-pub", "intro_secs": 0, "break_secs": 600}),
        )
        .await;
    assert_eq!(status, 201, "{created}");
    let field = |k: &str| created[k].as_str().unwrap().to_string();
    let (pin, key) = (field("pin"), field("host_key"));
    let mut c = host(&server, &pin, &key).await;
    c.send(json!({"type": "start"})).await;
    c.until("phase", Some("answering")).await;
    for phase in ["reveal", "leaderboard", "round_summary", "break"] {
        c.send(json!({"type": "next"})).await;
        c.until("phase", Some(phase)).await;
    }
    drop(c);

    let server = server.restart().await;
    let mut c = hello(
        &server,
        json!({"type": "host", "v": 1, "pin": pin, "key": key}),
    )
    .await;
    let welcome = c.until("welcome", None).await;
    let state = &welcome["state"];
    assert_eq!(state["phase"], "break", "{welcome}");
    assert_eq!(state["round"]["name"], "Music");
    let countdown = &state["countdown"];
    assert_eq!(countdown.get("deadline"), None, "{welcome}");
    let left = countdown["remaining_ms"].as_u64().unwrap();
    assert!((500_000..=600_000).contains(&left), "{left}");

    c.send(json!({"type": "continue"})).await;
    let running = c.until("phase", Some("break")).await;
    assert!(running["state"]["countdown"]["deadline"].as_u64().is_some());
    c.send(json!({"type": "next"})).await;
    let open = c.until("phase", Some("answering")).await;
    assert_eq!(open["state"]["index"], 1);
    server.stop().await;
}
