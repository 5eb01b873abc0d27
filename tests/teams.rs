//! Team mode over real WebSockets against the in-process server: six
//! players, five of whom pick one of two teams and one who is placed at
//! the start, play a question; a seventh joins late and is placed in a
//! team; the server restarts and everyone resumes with their team; the
//! team and player standings on the leaderboard, the podium and the
//! results API agree with the players' scores, the late joiner ranked
//! among everyone with the points he scored and told his team's place.

mod common;

use std::collections::BTreeMap;

use common::*;
use serde_json::{json, Value};

/// Joins `nickname`; returns the socket and the welcome.
async fn join_with_welcome(server: &TestServer, pin: &str, nickname: &str) -> (Client, Value) {
    let mut c = hello(
        server,
        json!({"type": "join", "v": 1, "pin": pin, "nickname": nickname}),
    )
    .await;
    let welcome = c.until("welcome", None).await;
    assert_eq!(welcome["player"]["nickname"], nickname, "{welcome}");
    (c, welcome)
}

/// The mean of each team's scores, rounded, from `(team, score)` pairs.
fn means(scores: &[(String, u64)]) -> BTreeMap<String, (u64, u64)> {
    let mut sums: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    for (team, score) in scores {
        let sum = sums.entry(team.clone()).or_default();
        sum.0 += score;
        sum.1 += 1;
    }
    sums.into_iter()
        .map(|(team, (sum, n))| (team, ((sum + n / 2) / n, n)))
        .collect()
}

/// `teams` of a leaderboard, podium or results as name → (score, members),
/// checking that ranks follow the scores.
fn shown(teams: &Value, members: &str) -> BTreeMap<String, (u64, u64)> {
    let list = teams.as_array().expect("team standings");
    let mut last = u64::MAX;
    let mut out = BTreeMap::new();
    for (i, t) in list.iter().enumerate() {
        let score = t["score"].as_u64().unwrap();
        assert!(score <= last, "best first: {teams}");
        let ahead = list
            .iter()
            .filter(|u| u["score"].as_u64().unwrap() > score)
            .count();
        assert_eq!(t["rank"], ahead as u64 + 1, "team {i}: {teams}");
        last = score;
        out.insert(
            // The results name the team in `team`; phases in `name`.
            t["name"]
                .as_str()
                .or(t["team"].as_str())
                .unwrap()
                .to_string(),
            (score, t[members].as_u64().unwrap()),
        );
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn six_players_in_two_teams_and_a_late_joiner_play_through_a_restart() {
    let server = TestServer::start().await;
    let quiz = server.get_json("/api/quizzes/world-capitals").await;
    let questions = quiz["questions"].as_array().unwrap().clone();
    let (status, refused) = server
        .post_json(
            "/api/games",
            &json!({"quiz_id": "world-capitals", "teams": {"mode": "pick", "names": ["Red"]}}),
        )
        .await;
    assert_eq!(status, 400, "{refused}");
    let (status, created) = server
        .post_json(
            "/api/games",
            &json!({"quiz_id": "world-capitals", "intro_secs": 0,
                    "teams": {"mode": "pick", "names": ["Red", "Blue"]}}),
        )
        .await;
    assert_eq!(status, 201, "{created}");
    let field = |k: &str| created[k].as_str().unwrap().to_string();
    let (game_id, pin, key) = (field("game_id"), field("pin"), field("host_key"));

    let mut host_conn = hello(
        &server,
        json!({"type": "host", "v": 1, "pin": pin, "key": key}),
    )
    .await;
    let welcome = host_conn.until("welcome", None).await;
    assert_eq!(
        (&welcome["team_mode"], &welcome["teams"]),
        (&json!("pick"), &json!(["Red", "Blue"]))
    );

    // Ann, Bob and Cid pick Red; Dee and Eve Blue; Fay does not pick.
    let names = ["Ann", "Bob", "Cid", "Dee", "Eve", "Fay"];
    let mut players = Vec::new();
    let mut tokens = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let (mut c, welcome) = join_with_welcome(&server, &pin, name).await;
        assert_eq!(welcome["team_mode"], "pick");
        assert!(welcome.get("team").is_none(), "{welcome}");
        tokens.push(welcome["token"].as_str().unwrap().to_string());
        host_conn.until("player_joined", None).await;
        if i < 5 {
            let team = u64::from(i >= 3);
            c.send(json!({"type": "pick_team", "team": team})).await;
            let mine = c.until("team", None).await;
            assert_eq!(mine["name"], ["Red", "Blue"][team as usize], "{mine}");
            let seen = host_conn.until("team", None).await;
            assert_eq!((&seen["player"], &seen["team"]), (&json!(i), &json!(team)));
        }
        players.push(c);
    }
    players[0]
        .send(json!({"type": "pick_team", "team": 5}))
        .await;
    assert_eq!(
        players[0].until("error", None).await["code"],
        "no_such_team"
    );

    host_conn.send(json!({"type": "start"})).await;
    // Fay is placed in the smaller team, Blue, and told so.
    assert_eq!(players[5].until("team", None).await["name"], "Blue");
    for p in players.iter_mut() {
        p.until("phase", Some("answering")).await;
    }
    let q0 = &questions[0];
    let correct = q0["correct"].as_u64().unwrap();
    let wrong = (correct + 1) % q0["answers"].as_array().unwrap().len() as u64;
    // Ann, Bob (Red) and Dee (Blue) are right.
    for (who, p) in players.iter_mut().enumerate() {
        let choice = if [0, 1, 3].contains(&who) {
            correct
        } else {
            wrong
        };
        p.send(
            json!({"type": "answer", "question": 0, "answer": choice, "id": format!("{who}-0")}),
        )
        .await;
        p.until("answer_ack", None).await;
    }
    host_conn.until("phase", Some("reveal")).await;
    host_conn.send(json!({"type": "next"})).await;
    let board = host_conn.until("phase", Some("leaderboard")).await;
    let team_of = |id: usize| if id < 3 { "Red" } else { "Blue" };
    let scores: Vec<(String, u64)> = board["state"]["top"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let id = s["player"].as_u64().unwrap() as usize;
            (team_of(id).to_string(), s["score"].as_u64().unwrap())
        })
        .collect();
    assert_eq!(scores.len(), 6);
    let expected = means(&scores);
    assert!(expected["Red"].0 > expected["Blue"].0, "{expected:?}");
    assert_eq!(shown(&board["state"]["teams"], "members"), expected);

    // Gus joins at the leaderboard: he is placed in a team at once.
    let (gus, welcome) = join_with_welcome(&server, &pin, "Gus").await;
    assert_eq!(welcome["plays_from"], 1, "{welcome}");
    let gus_team = welcome["team"]["name"].as_str().unwrap().to_string();
    assert!(["Red", "Blue"].contains(&gus_team.as_str()), "{welcome}");
    tokens.push(welcome["token"].as_str().unwrap().to_string());
    let joined = host_conn.until("player_joined", None).await;
    assert_eq!(joined["player"]["team"], json!(gus_team), "{joined}");
    let seen = host_conn.until("team", None).await;
    assert_eq!(
        (&seen["player"], &seen["name"]),
        (&json!(6), &json!(gus_team))
    );
    players.push(gus);

    // The server restarts; every team is kept.
    drop(players);
    drop(host_conn);
    let server = server.restart().await;
    let mut host_conn = hello(
        &server,
        json!({"type": "host", "v": 1, "pin": pin, "key": key}),
    )
    .await;
    let welcome = host_conn.until("welcome", None).await;
    let listed: Vec<&str> = welcome["players"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["team"].as_str().unwrap())
        .collect();
    assert_eq!(
        listed,
        ["Red", "Red", "Red", "Blue", "Blue", "Blue", &gus_team]
    );
    let mut players = Vec::new();
    let mut teams = Vec::new();
    for token in &tokens {
        let mut c = hello(
            &server,
            json!({"type": "resume", "v": 1, "pin": pin, "token": token}),
        )
        .await;
        let welcome = c.until("welcome", None).await;
        teams.push(welcome["team"]["name"].as_str().unwrap().to_string());
        players.push(c);
    }
    assert_eq!(
        teams,
        ["Red", "Red", "Red", "Blue", "Blue", "Blue", &gus_team]
    );

    host_conn.send(json!({"type": "next"})).await;
    for p in players.iter_mut() {
        let open = p.until("phase", Some("answering")).await;
        assert_eq!(open["state"]["index"], 1);
    }
    let q1 = &questions[1];
    let correct = q1["correct"].as_u64().unwrap();
    let wrong = (correct + 1) % q1["answers"].as_array().unwrap().len() as u64;
    // Ann and Gus are right.
    for (who, p) in players.iter_mut().enumerate() {
        let choice = if who == 0 || who == 6 { correct } else { wrong };
        p.send(
            json!({"type": "answer", "question": 1, "answer": choice, "id": format!("{who}-1")}),
        )
        .await;
        p.until("answer_ack", None).await;
    }
    host_conn.until("phase", Some("reveal")).await;
    // Gus's first question is his whole score.
    let gus_result = players[6].until("result", None).await;
    assert_eq!(
        (&gus_result["index"], &gus_result["correct"]),
        (&json!(1), &json!(true)),
        "{gus_result}"
    );
    let gus_points = gus_result["points"].as_u64().unwrap();
    assert!(gus_points > 0, "{gus_result}");
    assert_eq!(gus_result["score"], gus_points, "{gus_result}");
    host_conn.send(json!({"type": "end"})).await;
    let podium = host_conn.until("phase", Some("podium")).await;
    let gus_final = players[6].until("final", None).await;
    assert_eq!(gus_final["score"], gus_points, "{gus_final}");

    // The results keep each player's team and the team standings.
    let results = server
        .get_json(&format!("/api/games/{game_id}/results"))
        .await;
    let outcome: Vec<(String, String, u64)> = results["players"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["nickname"].as_str().unwrap().to_string(),
                p["team"].as_str().unwrap().to_string(),
                p["score"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(outcome.len(), 7);
    let by_name: BTreeMap<&str, &str> = outcome
        .iter()
        .map(|(n, t, _)| (n.as_str(), t.as_str()))
        .collect();
    assert_eq!(
        by_name,
        BTreeMap::from([
            ("Ann", "Red"),
            ("Bob", "Red"),
            ("Cid", "Red"),
            ("Dee", "Blue"),
            ("Eve", "Blue"),
            ("Fay", "Blue"),
            ("Gus", gus_team.as_str()),
        ])
    );
    // Player standings: Ann twice right first, the wrong-twice players last.
    assert_eq!(outcome[0].0, "Ann");
    for (name, _, score) in &outcome {
        if ["Cid", "Eve", "Fay"].contains(&name.as_str()) {
            assert_eq!(*score, 0, "{name}");
        } else {
            assert!(*score > 0, "{name}");
        }
    }
    // Every player's rank: one more than the players with more points
    // (ties share a rank), best first. The three without points share
    // 5th, behind Ann, Bob, Dee and Gus.
    let ranks: Vec<(&str, u64)> = results["players"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["nickname"].as_str().unwrap(), p["rank"].as_u64().unwrap()))
        .collect();
    for ((name, _, score), (ranked, rank)) in outcome.iter().zip(&ranks) {
        assert_eq!(name, ranked);
        let ahead = outcome.iter().filter(|(_, _, s)| s > score).count() as u64;
        assert_eq!(*rank, ahead + 1, "{name}: {ranks:?} {outcome:?}");
    }
    assert!(ranks.windows(2).all(|w| w[0].1 <= w[1].1), "{ranks:?}");
    assert_eq!(ranks[0], ("Ann", 1));
    for name in ["Cid", "Eve", "Fay"] {
        assert!(ranks.contains(&(name, 5)), "{name}: {ranks:?}");
    }
    // Gus, who joined late, with the points of his one question and the
    // rank his phone was told at the podium.
    let gus = results["players"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["nickname"] == "Gus")
        .unwrap();
    assert_eq!(
        (&gus["score"], &gus["correct"], &gus["rank"]),
        (&json!(gus_points), &json!(1), &gus_final["rank"]),
        "{gus}"
    );
    assert!((2..=4).contains(&gus["rank"].as_u64().unwrap()), "{gus}");
    let scores: Vec<(String, u64)> = outcome.iter().map(|(_, t, s)| (t.clone(), *s)).collect();
    let expected = means(&scores);
    assert_eq!(expected.values().map(|m| m.1).sum::<u64>(), 7);
    assert_eq!(shown(&results["teams"], "players"), expected);
    assert_eq!(shown(&podium["state"]["teams"], "members"), expected);
    // Gus's phone was told his team's place with his result and his final
    // placing, as the podium and the results show it.
    let line = results["teams"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["team"] == gus_team.as_str())
        .unwrap();
    let told = json!({"rank": line["rank"], "teams": 2, "score": line["score"]});
    assert_eq!(gus_result["team"], told, "{gus_result}");
    assert_eq!(gus_final["team"], told, "{gus_final}");
    server.stop().await;
}
