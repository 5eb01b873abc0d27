//! Game reports from a real game: a host and three players play a quiz of
//! five questions (single, multi, slide, type answer, poll) over real
//! WebSockets with scripted answers; every figure of the report is checked
//! against a recount from the plan and the elapsed times the results API
//! recorded. The downloads read back (CSV with the csv crate, xlsx with
//! calamine) to the same rows, a formula-like nickname comes out
//! neutralised, and the list, the quiz report and deleting behave. Played
//! in teams, the downloads add each player's team and the team standings.

mod common;

use std::collections::BTreeMap;
use std::time::Duration;

use calamine::{Data, Reader};
use common::*;
use quizbox::game::scoring::{speed_points, streak_bonus};
use serde_json::{json, Value};

const QUIZ: &str = r#"
id = "report-story"
title = "Report story"
time_limit = 60
points = "standard"

[[questions]]
text = "Capital of France?"
answers = ["Paris", "Lyon", "Nice"]
correct = "Paris"

[[questions]]
kind = "multi"
text = "Which are primes?"
answers = ["2", "3", "4", "5"]
correct = ["2", "3", "5"]

[[questions]]
kind = "slide"
text = "Half time"

[[questions]]
kind = "type_answer"
text = "Largest ocean?"
accepted = ["Pacific"]

[[questions]]
kind = "poll"
text = "Another round?"
answers = ["Yes", "No"]
"#;

const NASTY: &str = "=HYPERLINK(\"x\")";
const NAMES: [&str; 3] = ["Ann", "Bob", NASTY];

/// What each player sends to each question (None: no answer), with the
/// answer as the report must show it and whether it is right.
fn plan(question: usize, who: usize) -> Option<(Value, &'static str, bool)> {
    match (question, who) {
        (0, 0) => Some((json!(0), "Paris", true)),
        (0, 1) => Some((json!(1), "Lyon", false)),
        (0, 2) => Some((json!(0), "Paris", true)),
        (1, 0) => Some((json!([3, 0, 1]), "2, 3, 5", true)),
        (1, 1) => Some((json!([1, 2]), "3, 4", false)),
        (3, 0) => Some((json!(" pacific "), "pacific", true)),
        (3, 1) => Some((json!("PACIFIC"), "PACIFIC", true)),
        (3, 2) => Some((json!("Atlantic"), "Atlantic", false)),
        (4, 0) => Some((json!(0), "Yes", false)),
        (4, 1) => Some((json!(0), "Yes", false)),
        (4, 2) => Some((json!(1), "No", false)),
        _ => None,
    }
}

const KINDS: [&str; 5] = ["single", "multi", "slide", "type_answer", "poll"];
const SCORED: [bool; 5] = [true, true, false, true, false];

async fn server_with_quiz() -> TestServer {
    let server = TestServer::start().await;
    let auth = format!("Bearer {}", server.token);
    let (status, _, body) = http_raw(
        server.addr,
        "POST",
        "/api/quizzes/import?name=report-story.toml",
        Some(QUIZ),
        &[("Authorization", &auth)],
    )
    .await
    .unwrap();
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    server
}

/// Plays the whole plan; returns the game's id once it has closed.
async fn play(server: &TestServer) -> String {
    play_as(server, &server.token).await
}

/// `play`, the game created with `token`.
async fn play_as(server: &TestServer, token: &str) -> String {
    play_game(server, token, None).await
}

/// `play`, the game created with `token`; with `teams` (two names,
/// players pick) Ann plays for the first, Bob and the third player for
/// the second.
async fn play_game(server: &TestServer, token: &str, teams: Option<[&str; 2]>) -> String {
    let mut body = json!({"quiz_id": "report-story", "intro_secs": 0, "streak_bonus": true});
    if let Some(names) = teams {
        body["teams"] = json!({"mode": "pick", "names": names});
    }
    let (status, created) = http_as(
        token,
        server.addr,
        "POST",
        "/api/games",
        Some(&body.to_string()),
    )
    .await
    .unwrap();
    assert_eq!(status, 201, "{created}");
    let created: Value = serde_json::from_str(&created).unwrap();
    let s = |k: &str| created[k].as_str().unwrap().to_string();
    let (game_id, pin, key) = (s("game_id"), s("pin"), s("host_key"));
    let mut host = host(server, &pin, &key).await;
    let mut players = Vec::new();
    for name in NAMES {
        players.push(join(server, &pin, name).await);
        host.until("player_joined", None).await;
    }
    if teams.is_some() {
        for (p, team) in players.iter_mut().zip([0, 1, 1]) {
            p.send(json!({"type": "pick_team", "team": team})).await;
            p.until("team", None).await;
        }
    }
    host.send(json!({"type": "start"})).await;
    for (index, kind) in KINDS.iter().enumerate() {
        if *kind == "slide" {
            for p in players.iter_mut() {
                p.until("phase", Some("slide")).await;
            }
            host.until("phase", Some("slide")).await;
            host.send(json!({"type": "next"})).await;
            continue;
        }
        for p in players.iter_mut() {
            let answering = p.until("phase", Some("answering")).await;
            assert_eq!(answering["state"]["index"], index);
        }
        let mut everyone = true;
        for (who, p) in players.iter_mut().enumerate() {
            let Some((answer, ..)) = plan(index, who) else {
                everyone = false;
                continue;
            };
            // Bob takes his time over the ocean.
            if (index, who) == (3, 1) {
                tokio::time::sleep(Duration::from_millis(600)).await;
            }
            let id = format!("{who}-{index}");
            p.send(json!({"type": "answer", "question": index, "answer": answer, "id": id}))
                .await;
            let ack = p.until("answer_ack", None).await;
            assert_eq!(ack["id"], id);
        }
        if !everyone {
            host.send(json!({"type": "next"})).await;
        }
        host.until("phase", Some("reveal")).await;
        host.send(json!({"type": "next"})).await;
        host.until("phase", Some("leaderboard")).await;
        host.send(json!({"type": "next"})).await;
    }
    host.until("phase", Some("podium")).await;
    // The results are saved once the podium shows; the game stays open
    // until the host closes it.
    let (status, body) = http_as(
        &server.token,
        server.addr,
        "DELETE",
        &format!("/api/games/{game_id}"),
        None,
    )
    .await
    .unwrap();
    assert_eq!(status, 409, "{body}");
    host.send(json!({"type": "next"})).await;
    host.until("phase", Some("ended")).await;
    host.until_closed().await;
    game_id
}

/// Deletes the game's results once the server has let the closed game go.
async fn delete_game(server: &TestServer, game_id: &str) -> u16 {
    delete_game_as(server, &server.token, game_id).await
}

async fn delete_game_as(server: &TestServer, token: &str, game_id: &str) -> u16 {
    for _ in 0..200 {
        let (status, _) = http_as(
            token,
            server.addr,
            "DELETE",
            &format!("/api/games/{game_id}"),
            None,
        )
        .await
        .unwrap();
        if status != 409 {
            return status;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("game {game_id} stayed open");
}

fn average(times: &[u64]) -> Value {
    if times.is_empty() {
        return Value::Null;
    }
    let n = times.len() as u64;
    json!((times.iter().sum::<u64>() + n / 2) / n)
}

fn median(times: &[u64]) -> Value {
    let mut t = times.to_vec();
    t.sort_unstable();
    match t.len() {
        0 => Value::Null,
        n if n % 2 == 1 => json!(t[n / 2]),
        n => json!((t[n / 2 - 1] + t[n / 2]) / 2),
    }
}

/// The report the plan must give, with the times the server recorded; the
/// points of every recorded answer are checked against the formula on the way.
fn expected_report(results: &Value) -> Value {
    let ids: BTreeMap<String, u64> = results["players"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["nickname"].as_str().unwrap().to_string(),
                p["player"].as_u64().unwrap(),
            )
        })
        .collect();
    let id = |who: usize| ids[NAMES[who]];
    let record = |q: usize, who: usize| -> Option<&Value> {
        results["answers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["question"] == q && a["player"] == id(who))
    };
    // Points as the rules give them, streaks as the rules move them.
    let mut streak = [0u32; 3];
    let mut best = [0u32; 3];
    let mut total = [0u64; 3];
    let mut running: [Vec<u64>; 3] = Default::default();
    for (q, &scored) in SCORED.iter().enumerate() {
        for who in 0..3 {
            let planned = plan(q, who);
            let rec = record(q, who);
            assert_eq!(
                planned.is_some(),
                rec.is_some(),
                "question {q}, {}",
                NAMES[who]
            );
            if let (Some((_, _, right)), Some(rec)) = (&planned, rec) {
                assert_eq!(rec["correct"], *right && scored);
                let elapsed = rec["elapsed_ms"].as_u64().unwrap();
                let points = if scored && *right {
                    streak[who] += 1;
                    speed_points(1000, elapsed, 60_000) + streak_bonus(streak[who])
                } else {
                    if scored {
                        streak[who] = 0;
                    }
                    0
                };
                assert_eq!(rec["points"], points, "question {q}: {rec}");
                total[who] += u64::from(points);
            } else if scored {
                streak[who] = 0;
            }
            best[who] = best[who].max(streak[who]);
            running[who].push(total[who]);
        }
    }
    assert_eq!(best, [3, 1, 1]);
    let elapsed = |q: usize, who: usize| record(q, who).map(|r| r["elapsed_ms"].as_u64().unwrap());

    let choices: [Vec<&str>; 5] = [
        vec!["Paris", "Lyon", "Nice"],
        vec!["2", "3", "4", "5"],
        vec![],
        vec![],
        vec!["Yes", "No"],
    ];
    let correct_text: [Vec<&str>; 5] = [
        vec!["Paris"],
        vec!["2", "3", "5"],
        vec![],
        vec!["Pacific"],
        vec![],
    ];
    let texts = [
        "Capital of France?",
        "Which are primes?",
        "Half time",
        "Largest ocean?",
        "Another round?",
    ];
    let distributions = [
        json!([
            {"answer": "Paris", "count": 2, "correct": true},
            {"answer": "Lyon", "count": 1, "correct": false},
            {"answer": "Nice", "count": 0, "correct": false},
        ]),
        json!([
            {"answer": "2", "count": 1, "correct": true},
            {"answer": "3", "count": 2, "correct": true},
            {"answer": "4", "count": 1, "correct": false},
            {"answer": "5", "count": 1, "correct": true},
        ]),
        json!([]),
        json!([
            {"answer": "pacific", "count": 2, "correct": true},
            {"answer": "atlantic", "count": 1, "correct": false},
        ]),
        json!([
            {"answer": "Yes", "count": 2, "correct": false},
            {"answer": "No", "count": 1, "correct": false},
        ]),
    ];
    let counts: [(u32, u32, Value); 5] = [
        (3, 2, json!(2.0 / 3.0)),
        (2, 1, json!(0.5)),
        (0, 0, Value::Null),
        (3, 2, json!(2.0 / 3.0)),
        (3, 0, Value::Null),
    ];
    let questions: Vec<Value> = (0..5)
        .map(|q| {
            let times: Vec<u64> = (0..3).filter_map(|who| elapsed(q, who)).collect();
            json!({
                "index": q,
                "text": texts[q],
                "kind": KINDS[q],
                "choices": choices[q],
                "correct_text": correct_text[q],
                "answered": counts[q].0,
                "correct": counts[q].1,
                "accuracy": counts[q].2,
                "distribution": distributions[q],
                "avg_ms": average(&times),
                "median_ms": median(&times),
                "difficult": false,
            })
        })
        .collect();

    // Competition ranking by score.
    let rank = |who: usize| 1 + (0..3).filter(|&o| total[o] > total[who]).count() as u64;
    let mut order: Vec<usize> = (0..3).collect();
    order.sort_by_key(|&who| (rank(who), id(who)));
    let correct_count = [3, 1, 1];
    let answered = [4, 4, 3];
    let players: Vec<Value> = order
        .iter()
        .map(|&who| {
            let times: Vec<u64> = (0..5).filter_map(|q| elapsed(q, who)).collect();
            let answers: Vec<Value> = (0..5)
                .map(|q| match (plan(q, who), record(q, who)) {
                    (Some((_, shown, _)), Some(rec)) => json!({
                        "question": q,
                        "answer": shown,
                        "correct": rec["correct"],
                        "points": rec["points"],
                        "elapsed_ms": rec["elapsed_ms"],
                    }),
                    _ => Value::Null,
                })
                .collect();
            json!({
                "player": id(who),
                "nickname": NAMES[who],
                "rank": rank(who),
                "score": total[who],
                "correct": correct_count[who],
                "answered": answered[who],
                "avg_ms": average(&times),
                "best_streak": best[who],
                "scores": running[who],
                "answers": answers,
            })
        })
        .collect();
    json!({
        "game": {
            "id": results["id"],
            "pin": results["pin"],
            "quiz_id": "report-story",
            "quiz_title": "Report story",
            "created_at": results["created_at"],
            "started_at": results["started_at"],
            "ended_at": results["ended_at"],
            "players": 3,
            "questions": 5,
            // 11 answers of 3 players x 4 answerable questions.
            "participation": 11.0 / 12.0,
            "completion": 2.0 / 3.0,
        },
        "questions": questions,
        "players": players,
    })
}

/// JSON equality where `1` and `1.0` are the same number.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

/// The CSV rows the report must download as (header first).
fn expected_rows(report: &Value) -> Vec<Vec<String>> {
    let game = &report["game"];
    let text = |v: &Value| v.as_str().unwrap().to_string();
    let mut rows = vec![[
        "game_id",
        "quiz_id",
        "quiz_title",
        "rank",
        "player",
        "nickname",
        "final_score",
        "question",
        "question_text",
        "kind",
        "answered",
        "answer",
        "correct",
        "points",
        "elapsed_ms",
        "score_after",
    ]
    .map(String::from)
    .to_vec()];
    for p in report["players"].as_array().unwrap() {
        for q in report["questions"].as_array().unwrap() {
            let i = q["index"].as_u64().unwrap() as usize;
            let a = &p["answers"][i];
            let nickname = text(&p["nickname"]);
            let nickname = if nickname.starts_with('=') {
                format!("'{nickname}")
            } else {
                nickname
            };
            let yes = |b: bool| if b { "yes" } else { "no" }.to_string();
            rows.push(vec![
                text(&game["id"]),
                "report-story".into(),
                "Report story".into(),
                p["rank"].to_string(),
                p["player"].to_string(),
                nickname,
                p["score"].to_string(),
                (i + 1).to_string(),
                text(&q["text"]),
                text(&q["kind"]),
                yes(!a.is_null()),
                a["answer"].as_str().unwrap_or("").to_string(),
                yes(a["correct"] == true),
                a["points"].as_u64().unwrap_or(0).to_string(),
                a["elapsed_ms"]
                    .as_u64()
                    .map_or(String::new(), |e| e.to_string()),
                p["scores"][i].to_string(),
            ]);
        }
    }
    rows
}

async fn download(server: &TestServer, path: &str) -> (u16, hyper::HeaderMap, Vec<u8>) {
    let auth = format!("Bearer {}", server.token);
    http_raw(server.addr, "GET", path, None, &[("Authorization", &auth)])
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_played_game_reports_every_figure_and_downloads_the_same() {
    let server = server_with_quiz().await;
    let game_id = play(&server).await;
    let results = server
        .get_json(&format!("/api/games/{game_id}/results"))
        .await;
    assert_eq!(results["status"], "finished");
    let expected = expected_report(&results);

    let report = server
        .get_json(&format!("/api/games/{game_id}/report"))
        .await;
    assert!(
        same(&report, &expected),
        "report:\n{report:#}\nexpected:\n{expected:#}"
    );

    // JSON download: the same report, as a file.
    let (status, headers, body) =
        download(&server, &format!("/api/games/{game_id}/report.json")).await;
    assert_eq!(status, 200);
    let (y, m, d, ..) = quizbox::clock::utc_parts(results["ended_at"].as_i64().unwrap() / 1000);
    let name = format!("report-story-{y:04}-{m:02}-{d:02}-{game_id}");
    assert_eq!(
        headers["content-disposition"],
        format!("attachment; filename=\"{name}.json\"").as_str()
    );
    assert_eq!(headers["content-type"], "application/json");
    let downloaded: Value = serde_json::from_slice(&body).unwrap();
    assert!(same(&downloaded, &expected));

    // CSV: parses back to the same rows; the nickname is neutralised.
    let (status, headers, body) =
        download(&server, &format!("/api/games/{game_id}/report.csv")).await;
    assert_eq!(status, 200);
    assert_eq!(headers["content-type"], "text/csv; charset=utf-8");
    assert_eq!(
        headers["content-disposition"],
        format!("attachment; filename=\"{name}.csv\"").as_str()
    );
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body.as_slice());
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    let want = expected_rows(&expected);
    assert_eq!(rows.len(), 1 + 3 * 5);
    assert_eq!(rows, want);
    assert!(rows.iter().any(|r| r[5] == format!("'{NASTY}")));
    assert!(!rows.iter().any(|r| r.iter().any(|c| c.starts_with('='))));

    // xlsx: a sheet per view; its cells agree with the report.
    let (status, headers, body) =
        download(&server, &format!("/api/games/{game_id}/report.xlsx")).await;
    assert_eq!(status, 200);
    assert_eq!(
        headers["content-disposition"],
        format!("attachment; filename=\"{name}.xlsx\"").as_str()
    );
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(body)).unwrap();
    assert_eq!(
        book.sheet_names(),
        ["Summary", "Questions", "Players", "Answers"]
    );
    let summary = book.worksheet_range("Summary").unwrap();
    let cell = |r: &calamine::Range<Data>, row: u32, col: u32| r.get_value((row, col)).cloned();
    assert_eq!(cell(&summary, 0, 1), Some(Data::String(game_id.clone())));
    assert_eq!(cell(&summary, 7, 1), Some(Data::Float(3.0)));
    assert_eq!(cell(&summary, 8, 1), Some(Data::Float(5.0)));
    assert_eq!(
        cell(&summary, 9, 0),
        Some(Data::String("Participation".into()))
    );
    assert_eq!(cell(&summary, 9, 1), Some(Data::Float(11.0 / 12.0)));
    assert_eq!(cell(&summary, 10, 1), Some(Data::Float(2.0 / 3.0)));
    let questions = book.worksheet_range("Questions").unwrap();
    for (i, q) in expected["questions"].as_array().unwrap().iter().enumerate() {
        let row = i as u32 + 1;
        assert_eq!(
            cell(&questions, row, 1),
            Some(Data::String(q["text"].as_str().unwrap().into()))
        );
        assert_eq!(
            cell(&questions, row, 4),
            Some(Data::Float(q["answered"].as_f64().unwrap()))
        );
        assert_eq!(
            cell(&questions, row, 6),
            q["accuracy"]
                .as_f64()
                .map(Data::Float)
                .or(Some(Data::Empty))
        );
        assert_eq!(
            cell(&questions, row, 7),
            q["avg_ms"].as_f64().map(Data::Float).or(Some(Data::Empty))
        );
        assert_eq!(
            cell(&questions, row, 8),
            q["median_ms"]
                .as_f64()
                .map(Data::Float)
                .or(Some(Data::Empty))
        );
    }
    let players = book.worksheet_range("Players").unwrap();
    for (i, p) in expected["players"].as_array().unwrap().iter().enumerate() {
        let row = i as u32 + 1;
        let nickname = p["nickname"].as_str().unwrap();
        let shown = if nickname == NASTY {
            format!("'{NASTY}")
        } else {
            nickname.to_string()
        };
        assert_eq!(cell(&players, row, 2), Some(Data::String(shown)));
        assert_eq!(
            cell(&players, row, 3),
            Some(Data::Float(p["score"].as_f64().unwrap()))
        );
        assert_eq!(
            cell(&players, row, 7),
            Some(Data::Float(p["best_streak"].as_f64().unwrap()))
        );
        assert_eq!(
            cell(&players, row, 12),
            Some(Data::Float(p["scores"][4].as_f64().unwrap()))
        );
    }
    let answers = book.worksheet_range("Answers").unwrap();
    let sheet_rows: Vec<Vec<String>> = answers
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::Float(x) => x.to_string(),
                    Data::String(t) => t.clone(),
                    Data::Empty => String::new(),
                    other => panic!("unexpected cell {other:?}"),
                })
                .collect()
        })
        .collect();
    assert_eq!(sheet_rows, want);
    let formulas = book.worksheet_formula("Answers").unwrap();
    assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()));

    let (status, _, _) = download(&server, &format!("/api/games/{game_id}/report.pdf")).await;
    assert_eq!(status, 404);

    // The list of finished games.
    let listed = server.get_json("/api/reports/games").await;
    assert_eq!(
        listed,
        json!([{
            "id": game_id,
            "pin": results["pin"],
            "quiz_id": "report-story",
            "quiz_title": "Report story",
            "host": "admin",
            "created_at": results["created_at"],
            "started_at": results["started_at"],
            "ended_at": results["ended_at"],
            "players": 3,
            "questions": 5,
        }])
    );

    // Across the quiz's games: one game, the multi missed most.
    let across = server.get_json("/api/quizzes/report-story/report").await;
    let line = |index: usize, text: &str, answered: u32, correct: u32, accuracy: Value| {
        json!({"index": index, "text": text, "games": 1, "answered": answered,
               "correct": correct, "accuracy": accuracy})
    };
    let want = json!({
        "quiz_id": "report-story",
        "quiz_title": "Report story",
        "games": 1,
        "questions": [
            line(0, "Capital of France?", 3, 2, json!(2.0 / 3.0)),
            line(1, "Which are primes?", 2, 1, json!(0.5)),
            line(2, "Half time", 0, 0, Value::Null),
            line(3, "Largest ocean?", 3, 2, json!(2.0 / 3.0)),
            line(4, "Another round?", 3, 0, Value::Null),
        ],
        "missed_most": [1, 0, 3],
    });
    assert!(same(&across, &want), "{across:#}");

    // Deleting the game's results.
    assert_eq!(delete_game(&server, &game_id).await, 204);
    let (status, _) = server.get(&format!("/api/games/{game_id}/report")).await;
    assert_eq!(status, 404);
    let (status, _) = server.get(&format!("/api/games/{game_id}/results")).await;
    assert_eq!(status, 404);
    assert_eq!(server.get_json("/api/reports/games").await, json!([]));
    assert_eq!(delete_game(&server, &game_id).await, 404);
    let across = server.get_json("/api/quizzes/report-story/report").await;
    assert_eq!(across["games"], 0);
    assert_eq!(across["missed_most"], json!([]));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_command_line_lists_summarises_and_writes_reports() {
    use common::command::{output, quizbox};
    let server = server_with_quiz().await;
    let game_id = play(&server).await;
    let data = server.dir.path().to_path_buf();
    // The server keeps running: the command reads the same database beside it.
    let run = |args: &[&str]| output(quizbox(&data).args(args));

    let (code, out, err) = run(&["report", "--list", "--json"]);
    assert_eq!(code, 0, "{err}");
    let listed: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(listed, server.get_json("/api/reports/games").await);
    assert_eq!(listed[0]["id"], game_id.as_str());

    let (code, out, err) = run(&["report", "--list"]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(lines[0].starts_with("id"), "{out}");
    assert!(lines[1].starts_with(&game_id), "{out}");
    assert!(
        lines[1].contains("Report story") && lines[1].ends_with("admin"),
        "{out}"
    );

    // The summary for people, with the figures of the report.
    let (code, out, err) = run(&["report", &game_id]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(&format!("Report story (quiz report-story), game {game_id}")),
        "{out}"
    );
    assert!(
        out.contains("3 players, 5 questions; participation 91.7%, completion 66.7%"),
        "{out}"
    );
    let primes = out
        .lines()
        .find(|l| l.contains("Which are primes?"))
        .unwrap();
    let cells: Vec<&str> = primes.split_whitespace().collect();
    assert_eq!(
        cells[..6],
        ["2", "Which", "are", "primes?", "multi", "2"],
        "{primes}"
    );
    assert_eq!(cells[6..8], ["1", "50.0%"], "{primes}");
    let ann = out.lines().find(|l| l.contains(" Ann ")).unwrap();
    assert!(ann.trim_end().ends_with(" 3"), "Ann's best streak: {ann}");

    // Downloads: the same bytes as over HTTP, to stdout or a file.
    for ext in ["csv", "json", "xlsx"] {
        let (status, _, body) =
            download(&server, &format!("/api/games/{game_id}/report.{ext}")).await;
        assert_eq!(status, 200);
        let file = data.join(format!("out.{ext}"));
        let (code, out, err) = run(&["report", &game_id, "-o", file.to_str().unwrap()]);
        assert_eq!(code, 0, "{err}");
        assert!(out.is_empty());
        assert_eq!(std::fs::read(&file).unwrap(), body, "{ext} from -o");
        let piped = quizbox(&data)
            .args(["report", &game_id, "--format", ext])
            .output()
            .unwrap();
        assert!(piped.status.success());
        assert_eq!(piped.stdout, body, "{ext} on stdout");
    }
    // --json is the JSON report on stdout.
    let (code, out, err) = run(&["report", &game_id, "--json"]);
    assert_eq!(code, 0, "{err}");
    let (_, _, body) = download(&server, &format!("/api/games/{game_id}/report.json")).await;
    assert_eq!(out.as_bytes(), body);
    // --format wins over the extension.
    let file = data.join("report.txt");
    let (code, _, err) = run(&[
        "report",
        &game_id,
        "--format",
        "csv",
        "-o",
        file.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(std::fs::read_to_string(&file)
        .unwrap()
        .starts_with("game_id,quiz_id,"));

    // On a terminal (script(1) gives it one) an xlsx workbook is refused.
    let line = format!(
        "{} --data {} report {game_id} --format xlsx",
        env!("CARGO_BIN_EXE_quizbox"),
        data.display()
    );
    let mut script = std::process::Command::new("script");
    script.args(["-qec", &line, "/dev/null"]);
    script.env("XDG_CONFIG_HOME", "/nonexistent/quizbox-tests");
    for (k, _) in std::env::vars().filter(|(k, _)| k.starts_with("QUIZBOX_")) {
        script.env_remove(k);
    }
    let (code, out, _) = output(&mut script);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("not for a terminal"), "{out}");

    // Exit codes: 1 for a game that is not there, 2 for usage.
    let (code, _, err) = run(&["report", "no-such-game"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("no finished game with id \"no-such-game\""),
        "{err}"
    );
    let (code, _, err) = run(&["report"]);
    assert_eq!(code, 2, "{err}");
    let (code, _, err) = run(&["report", &game_id, "-o", "x.pdf"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--format"), "{err}");
    let (code, _, err) = run(&["report", &game_id, "--json", "--format", "csv"]);
    assert_eq!(code, 2, "{err}");
    let (code, _, err) = run(&["report", &game_id, "--format", "pdf"]);
    assert_eq!(code, 2, "{err}");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hosts_see_and_delete_only_their_own_games() {
    use quizbox::server::auth;
    use quizbox::store::{Scope, TokenKind, UserRole};
    let server = TestServer::start().await;
    // Imported on the server's own machine, the quiz is shared: every host may play it.
    let file = server.dir.path().join("report-story.toml");
    std::fs::write(&file, QUIZ).unwrap();
    let (code, _, err) = common::command::output(
        common::command::quizbox(server.dir.path())
            .arg("import")
            .arg(&file),
    );
    assert_eq!(code, 0, "{err}");
    let store = quizbox::store::open(&settings_for(server.dir.path()).database)
        .await
        .unwrap();
    let hal = store
        .create_user(
            "hal",
            UserRole::Host,
            &auth::hash_password("pw-hal-1234").unwrap(),
        )
        .await
        .unwrap();
    let token = |user: i64, scopes: &'static [Scope]| {
        let store = store.clone();
        async move {
            auth::issue_token(store.as_ref(), user, TokenKind::Api, "test", scopes, None)
                .await
                .unwrap()
        }
    };
    let hal_host = token(hal.id, &[Scope::Host]).await;
    let hal_export = token(hal.id, &[Scope::Export]).await;
    let hal_import = token(hal.id, &[Scope::Import]).await;
    let admins = play(&server).await;
    let hals = play_as(&server, &hal_host).await;
    let get = |token: &str, path: String| {
        let token = token.to_string();
        let addr = server.addr;
        async move {
            let (status, body) = http_as(&token, addr, "GET", &path, None).await.unwrap();
            (
                status,
                serde_json::from_str::<Value>(&body).unwrap_or(Value::Null),
            )
        }
    };

    // The admin sees both games, newest first; hal only his own.
    let (status, all) = get(&server.token, "/api/reports/games".into()).await;
    assert_eq!(status, 200);
    let ids: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [hals.as_str(), admins.as_str()]);
    assert_eq!(all[0]["host"], "hal");
    for t in [&hal_host, &hal_export] {
        let (status, own) = get(t, "/api/reports/games".into()).await;
        assert_eq!(status, 200);
        assert_eq!(own.as_array().unwrap().len(), 1);
        assert_eq!(own[0]["id"], hals.as_str());
    }
    let (status, _) = get(&hal_import, "/api/reports/games".into()).await;
    assert_eq!(status, 403);

    // Another's game is not there for hal, in any form.
    for path in ["report", "report.csv", "report.xlsx", "report.json"] {
        let (status, _) = get(&hal_host, format!("/api/games/{admins}/{path}")).await;
        assert_eq!(status, 404, "{path}");
        let (status, _) = get(&hal_export, format!("/api/games/{hals}/{path}")).await;
        assert_eq!(status, 200, "{path}");
    }
    let (status, _) = get(&hal_import, format!("/api/games/{hals}/report")).await;
    assert_eq!(status, 403);
    // Across the quiz: the admin counts both games, hal his own.
    let (_, across) = get(&server.token, "/api/quizzes/report-story/report".into()).await;
    assert_eq!(across["games"], 2);
    assert_eq!(across["questions"][0]["answered"], 6);
    let (_, across) = get(&hal_host, "/api/quizzes/report-story/report".into()).await;
    assert_eq!(across["games"], 1);
    assert_eq!(across["questions"][0]["answered"], 3);
    let (status, _) = get(&hal_host, "/api/quizzes/no-such-quiz/report".into()).await;
    assert_eq!(status, 404);

    // Deleting: the host scope, and only one's own (or any, for an admin).
    assert_eq!(delete_game_as(&server, &hal_export, &hals).await, 403);
    assert_eq!(delete_game_as(&server, &hal_host, &admins).await, 404);
    assert_eq!(delete_game_as(&server, &hal_host, &hals).await, 204);
    assert_eq!(delete_game_as(&server, &hal_host, &hals).await, 404);
    let (_, own) = get(&hal_host, "/api/reports/games".into()).await;
    assert_eq!(own, json!([]));
    let (status, _) = get(&server.token, format!("/api/games/{admins}/report")).await;
    assert_eq!(status, 200, "the admin's game is still there");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_team_games_downloads_carry_each_players_team_and_the_standings() {
    let server = server_with_quiz().await;
    let game_id = play_game(&server, &server.token, Some(["Owls", "@Foxes"])).await;
    let report = server
        .get_json(&format!("/api/games/{game_id}/report"))
        .await;
    let team_of: BTreeMap<String, String> = report["players"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let team = p["team"].as_str().unwrap().to_string();
            (p["nickname"].as_str().unwrap().to_string(), team)
        })
        .collect();
    let picked: BTreeMap<String, String> = NAMES
        .iter()
        .zip(["Owls", "@Foxes", "@Foxes"])
        .map(|(n, t)| (n.to_string(), t.to_string()))
        .collect();
    assert_eq!(team_of, picked);
    // The standings as the report gives them, each text as a download
    // writes it (a formula-like name after an apostrophe).
    let guarded = |t: &str| {
        if t.starts_with(['=', '+', '-', '@']) {
            format!("'{t}")
        } else {
            t.to_string()
        }
    };
    // Nickname to team, as the downloads write both.
    let team_by_cell: BTreeMap<String, String> = team_of
        .iter()
        .map(|(n, t)| (guarded(n), guarded(t)))
        .collect();
    let standings: Vec<Vec<String>> = report["teams"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            vec![
                t["rank"].to_string(),
                guarded(t["team"].as_str().unwrap()),
                t["score"].to_string(),
                t["players"].to_string(),
            ]
        })
        .collect();
    assert_eq!(standings.len(), 2, "{report}");
    assert_eq!(standings[1][3], "2");

    // CSV: the team after the nickname on every row, then a blank line
    // and the standings.
    let (status, _, body) = download(&server, &format!("/api/games/{game_id}/report.csv")).await;
    assert_eq!(status, 200);
    let text = String::from_utf8(body).unwrap();
    let (answers, teams) = text.split_once("\n\nteam_rank,").unwrap();
    let mut reader = csv::Reader::from_reader(answers.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header[5..8], ["nickname", "team", "final_score"]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3 * KINDS.len());
    for row in &rows {
        assert_eq!(row[6], team_by_cell[&row[5]], "{row:?}");
    }
    let teams = format!("team_rank,{teams}");
    let mut reader = csv::Reader::from_reader(teams.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, ["team_rank", "team", "team_score", "team_players"]);
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    assert_eq!(rows, standings);

    // xlsx: the team on Players and Answers, the standings on Teams.
    let (status, _, body) = download(&server, &format!("/api/games/{game_id}/report.xlsx")).await;
    assert_eq!(status, 200);
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(body)).unwrap();
    assert_eq!(
        book.sheet_names(),
        ["Summary", "Questions", "Players", "Answers", "Teams"]
    );
    let cell = |d: &Data| match d {
        Data::Float(x) => x.to_string(),
        Data::String(t) => t.clone(),
        other => panic!("unexpected cell {other:?}"),
    };
    let players = book.worksheet_range("Players").unwrap();
    let rows: Vec<Vec<String>> = players
        .rows()
        .map(|r| r.iter().map(cell).collect())
        .collect();
    assert_eq!(rows[0][2..5], ["nickname", "team", "score"]);
    for row in &rows[1..] {
        assert_eq!(row[3], team_by_cell[&row[2]], "{row:?}");
    }
    let answers = book.worksheet_range("Answers").unwrap();
    assert_eq!(answers.get((0, 6)), Some(&Data::String("team".into())));
    assert_eq!(answers.get((1, 6)), Some(&Data::String(rows[1][3].clone())));
    let teams = book.worksheet_range("Teams").unwrap();
    let rows: Vec<Vec<String>> = teams.rows().map(|r| r.iter().map(cell).collect()).collect();
    assert_eq!(rows[0], ["team_rank", "team", "team_score", "team_players"]);
    assert_eq!(rows[1..], standings);
}
