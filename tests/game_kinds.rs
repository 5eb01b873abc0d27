//! Every question kind in real games over real WebSockets against the
//! in-process server, with the sample quiz `every-kind`: four players answer
//! each kind fully right, partly right, wrong, with a tolerated typo, with
//! refused answers first (each with its error code), or not at all. The
//! recorded points and final scores must equal a recount written here from
//! the rules (speed points, credit per kind, streaks), with the server's own
//! `elapsed_ms`. The reveals must show the right counts and entries (a host
//! `hide` removes one), ordering answers travel as shown positions, and no
//! player frame names a correct answer before its reveal. A second game
//! shuffles questions and answers and keeps the texts on the big screen.

mod common;

use std::collections::BTreeMap;
use std::time::Duration;

use common::*;
use serde_json::{json, Value};

/// The sample quiz every test here plays.
const QUIZ: &str = "every-kind";

/// What the test knows of each question of the sample, by its text: the
/// key it is judged against, written here rather than read from the server.
#[derive(Debug, Clone, Copy)]
enum Key {
    Slide,
    /// Single choice or true/false: the right answer's text.
    Choice(&'static str),
    Multi(&'static [&'static str]),
    /// Typed answers: the plan says which texts match.
    Typed,
    Slider {
        min: f64,
        max: f64,
        correct: f64,
        tolerance: f64,
    },
    /// Items in the correct order.
    Ordering(&'static [&'static str]),
    Poll,
    WordCloud,
}

struct Question {
    text: &'static str,
    kind: &'static str,
    points: u32,
    key: Key,
}

const QUESTIONS: [Question; 9] = [
    Question {
        text: "Welcome to the solar system tour",
        kind: "slide",
        points: 0,
        key: Key::Slide,
    },
    Question {
        text: "Which planet is closest to the Sun?",
        kind: "single",
        points: 1000,
        key: Key::Choice("Mercury"),
    },
    Question {
        text: "Which of these planets have rings?",
        kind: "multi",
        points: 1000,
        key: Key::Multi(&["Saturn", "Uranus"]),
    },
    Question {
        text: "A day on Venus is longer than its year.",
        kind: "true_false",
        points: 1000,
        key: Key::Choice("True"),
    },
    Question {
        text: "What is the largest planet in the solar system?",
        kind: "type_answer",
        points: 2000,
        key: Key::Typed,
    },
    Question {
        text: "How many moons of Mars are known?",
        kind: "slider",
        points: 1000,
        key: Key::Slider {
            min: 0.0,
            max: 10.0,
            correct: 2.0,
            tolerance: 0.0,
        },
    },
    Question {
        text: "Put these planets in order from the Sun, nearest first.",
        kind: "ordering",
        points: 1000,
        key: Key::Ordering(&["Mercury", "Venus", "Earth", "Mars"]),
    },
    Question {
        text: "Which planet would you visit first?",
        kind: "poll",
        points: 0,
        key: Key::Poll,
    },
    Question {
        text: "One word for the night sky?",
        kind: "word_cloud",
        points: 0,
        key: Key::WordCloud,
    },
];

fn question(text: &str) -> &'static Question {
    QUESTIONS
        .iter()
        .find(|q| q.text == text)
        .unwrap_or_else(|| panic!("a question the test does not know: {text:?}"))
}

/// What a player does with a question.
#[derive(Debug, Clone)]
enum Move {
    Pick(&'static str),
    Tick(&'static [&'static str]),
    /// Typed text, and whether it should match an accepted answer.
    Type(&'static str, bool),
    Value(f64),
    /// Every item by text, in the player's order.
    Order(&'static [&'static str]),
    Nothing,
}

/// A player's turn: answers the server must refuse, each as (questions
/// ahead of the open one, answer, error code), then the move, after
/// `delay_ms`. With `again`, the player then answers a second time, which is
/// refused as already answered.
struct Turn {
    refused: Vec<(usize, Value, &'static str)>,
    delay_ms: u64,
    answer: Move,
    again: bool,
}

const NAMES: [&str; 4] = ["Ann", "Bob", "Cid", "Dee"];

/// Ann is always right and quick; Bob is right or partly right, slower;
/// Cid is mostly wrong; Dee tries invalid answers first.
fn turn(player: usize, q: &Question) -> Turn {
    let t = |answer| Turn {
        refused: Vec::new(),
        delay_ms: if player == 1 { 600 } else { 0 },
        answer,
        again: false,
    };
    let refused = |bad: Vec<(usize, Value, &'static str)>, answer| Turn {
        refused: bad,
        delay_ms: 0,
        answer,
        again: false,
    };
    let invalid = "invalid_answer";
    match (q.kind, player) {
        ("slide", _) => t(Move::Nothing),
        // Ann, first to answer, tries to change her mind.
        ("single", 0) => Turn {
            again: true,
            ..t(Move::Pick("Mercury"))
        },
        ("single", 1) => t(Move::Pick("Mercury")),
        ("single", 2) => t(Move::Pick("Venus")),
        ("single", _) => refused(vec![(0, json!(7), invalid)], Move::Pick("Mercury")),
        ("multi", 0) => t(Move::Tick(&["Uranus", "Saturn"])),
        // One wrong tick: half the credit.
        ("multi", 1) => t(Move::Tick(&["Saturn", "Uranus", "Mars"])),
        ("multi", 2) => t(Move::Tick(&["Mars"])),
        ("multi", _) => refused(
            vec![(0, json!([]), invalid), (0, json!([0, 0]), invalid)],
            Move::Tick(&["Uranus"]),
        ),
        ("true_false", 1) => t(Move::Pick("False")),
        // Cid first answers the next question (sent as `question + 1`).
        ("true_false", 2) => refused(vec![(1, json!(0), "wrong_question")], Move::Pick("True")),
        ("true_false", 3) => refused(vec![(0, json!(2), invalid)], Move::Pick("True")),
        ("true_false", _) => t(Move::Pick("True")),
        ("type_answer", 0) => t(Move::Type("  JUPITER ", true)),
        // One letter missing: within the typo tolerance.
        ("type_answer", 1) => t(Move::Type("Jupitr", true)),
        ("type_answer", 2) => t(Move::Type("Saturn", false)),
        ("type_answer", _) => refused(
            vec![(0, json!("   "), invalid), (0, json!(3), invalid)],
            Move::Type("jupiter", true),
        ),
        ("slider", 0) => t(Move::Value(2.0)),
        // Two steps off: credit falls linearly over half the range.
        ("slider", 1) => t(Move::Value(4.0)),
        ("slider", 2) => t(Move::Value(10.0)),
        ("slider", _) => refused(
            vec![(0, json!(11), invalid), (0, json!("two"), invalid)],
            Move::Value(3.0),
        ),
        ("ordering", 0) => t(Move::Order(&["Mercury", "Venus", "Earth", "Mars"])),
        // One neighbouring swap: five pairs of six in order.
        ("ordering", 1) => t(Move::Order(&["Mercury", "Venus", "Mars", "Earth"])),
        ("ordering", 2) => t(Move::Order(&["Mars", "Earth", "Venus", "Mercury"])),
        // Dee gives up after two refused orders: no answer at all.
        ("ordering", _) => refused(
            vec![
                (0, json!([0, 1]), invalid),
                (0, json!([0, 1, 2, 2]), invalid),
            ],
            Move::Nothing,
        ),
        ("poll", 0 | 2) => t(Move::Pick("Mars")),
        ("poll", 1) => t(Move::Pick("Saturn")),
        ("poll", _) => t(Move::Pick("None: I'm staying home")),
        ("word_cloud", 0) => t(Move::Type("Stars", false)),
        ("word_cloud", 1) => t(Move::Type("  stars ", false)),
        ("word_cloud", 2) => t(Move::Type("Infinite   Space", false)),
        ("word_cloud", _) => refused(
            vec![(0, json!("far too long for a word cloud"), invalid)],
            Move::Type("RUDE", false),
        ),
        (kind, _) => panic!("no plan for {kind}"),
    }
}

/// The share of the points a move earns, from the rules in the quiz
/// format docs, worked out here independently of the engine.
fn credit(key: Key, answer: &Move) -> f64 {
    match (key, answer) {
        (Key::Choice(right), Move::Pick(picked)) => f64::from(u8::from(right == *picked)),
        (Key::Multi(right), Move::Tick(ticked)) => {
            let hits = ticked.iter().filter(|t| right.contains(t)).count() as f64;
            let misses = ticked.len() as f64 - hits;
            ((hits - misses) / right.len() as f64).clamp(0.0, 1.0)
        }
        (Key::Typed, Move::Type(_, matches)) => f64::from(u8::from(*matches)),
        (
            Key::Slider {
                min,
                max,
                correct,
                tolerance,
            },
            Move::Value(v),
        ) => {
            let off = (v - correct).abs() - tolerance;
            if off <= 0.0 {
                1.0
            } else {
                (1.0 - off / ((max - min) / 2.0)).max(0.0)
            }
        }
        (Key::Ordering(items), Move::Order(order)) => {
            let rank = |t: &str| items.iter().position(|i| *i == t).unwrap();
            let n = order.len();
            let mut right = 0;
            for a in 0..n {
                for b in a + 1..n {
                    right += usize::from(rank(order[a]) < rank(order[b]));
                }
            }
            right as f64 / (n * (n - 1) / 2) as f64
        }
        (Key::Poll | Key::WordCloud, _) => 0.0,
        (key, answer) => panic!("{answer:?} does not answer {key:?}"),
    }
}

fn scored(key: Key) -> bool {
    !matches!(key, Key::Slide | Key::Poll | Key::WordCloud)
}

/// Speed points: full under 0.5 s, else `round(points × (1 − (t/T)/2))`.
fn speed(points: u32, elapsed_ms: u64, limit_ms: u64) -> u32 {
    if elapsed_ms < 500 {
        return points;
    }
    let t = elapsed_ms.min(limit_ms) as f64 / limit_ms as f64;
    (f64::from(points) * (1.0 - t / 2.0)).round() as u32
}

/// The bonus for the `streak`-th fully right answer in a row.
fn bonus(streak: u32) -> u32 {
    (100 * streak.saturating_sub(1)).min(500)
}

/// The JSON answer for a move, from what the question shows.
fn wire(answer: &Move, shown: &[String]) -> Value {
    let at = |text: &str| {
        shown
            .iter()
            .position(|s| s == text)
            .unwrap_or_else(|| panic!("{text:?} is not among {shown:?}"))
    };
    match answer {
        Move::Pick(t) => json!(at(t)),
        // Ticks and orders travel as positions in the list as shown.
        Move::Tick(ts) | Move::Order(ts) => json!(ts.iter().map(|t| at(t)).collect::<Vec<_>>()),
        Move::Type(text, _) => json!(text),
        Move::Value(v) => json!(v),
        Move::Nothing => Value::Null,
    }
}

/// Reads until a phase message whose phase is one of `phases`.
async fn phase(c: &mut Client, phases: &[&str]) -> Value {
    loop {
        let msg = c.next().await.expect("socket open");
        if msg["type"] == "phase" && phases.iter().any(|p| msg["state"]["phase"] == *p) {
            return msg["state"].clone();
        }
    }
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

fn entries(v: &Value) -> Vec<(String, u64)> {
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|e| {
                    (
                        e["text"].as_str().unwrap().into(),
                        e["count"].as_u64().unwrap(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn owned(list: &[(&str, u64)]) -> Vec<(String, u64)> {
    list.iter().map(|(t, n)| (t.to_string(), *n)).collect()
}

/// What one played question looked like: its key and each player's move.
struct Played {
    q: &'static Question,
    moves: Vec<Move>,
}

struct Options {
    on_screen_only: bool,
    shuffle: bool,
}

/// Plays the sample with four players; returns the game id, the player
/// ids in `NAMES` order and the questions in the order they were played.
/// Every reveal and result message is checked on the way.
async fn play(server: &TestServer, options: Options) -> (String, Vec<u64>, Vec<Played>) {
    let (status, created) = server
        .post_json(
            "/api/games",
            &json!({
                "quiz_id": QUIZ,
                "intro_secs": 0,
                "shuffle_questions": options.shuffle,
                "shuffle_answers": options.shuffle,
                "questions_on_screen_only": options.on_screen_only,
            }),
        )
        .await;
    assert_eq!(status, 201, "{created}");
    let pin = created["pin"].as_str().unwrap().to_string();
    let mut host = host(server, &pin, created["host_key"].as_str().unwrap()).await;
    let mut players = Vec::new();
    let mut ids = Vec::new();
    for name in NAMES {
        let mut p = hello(
            server,
            json!({"type": "join", "v": 1, "pin": pin, "nickname": name}),
        )
        .await;
        let welcome = p.until("welcome", None).await;
        ids.push(welcome["player"]["id"].as_u64().unwrap());
        players.push(p);
        host.until("player_joined", None).await;
    }
    host.send(json!({"type": "start"})).await;

    let mut played = Vec::new();
    // The recount of streaks and scores, checked against each `result`.
    let mut streaks = [0u32; 4];
    let mut scores = [0u64; 4];
    for index in 0..QUESTIONS.len() {
        let state = phase(&mut host, &["slide", "answering"]).await;
        assert_eq!(state["index"], index);
        // The host always gets the full text (an empty one is not a question
        // of the sample).
        let q = question(state["text"].as_str().unwrap());
        let shown = strings(state.get("answers").unwrap_or(&json!([])));
        // Where each phone's list of an ordering question starts.
        let mut starts = Vec::new();
        for p in players.iter_mut() {
            let seen = phase(p, &["slide", "answering"]).await;
            assert_eq!(seen["index"], index);
            starts.push(seen.get("start_order").cloned());
            if options.on_screen_only && q.kind != "slide" {
                // Phones get shapes: no question, blank answers, same count.
                assert_eq!(seen["on_screen"], true, "{seen}");
                assert_eq!(seen["text"], "", "{seen}");
                let blanks = strings(&seen["answers"]);
                assert_eq!(blanks.len(), shown.len());
                assert!(blanks.iter().all(String::is_empty), "{seen}");
            } else {
                assert_eq!(seen["text"], q.text);
                assert_eq!(seen.get("answers"), state.get("answers"));
            }
        }
        if state["phase"] == "slide" {
            assert_eq!(q.kind, "slide");
            assert!(state["body"].as_str().unwrap().contains("one of each kind"));
            // Nothing to answer on a slide.
            let dee = &mut players[3];
            dee.send(json!({"type": "answer", "question": index, "answer": 0}))
                .await;
            let error = dee.until("error", None).await;
            assert_eq!(error["code"], "wrong_phase", "{error}");
            host.send(json!({"type": "next"})).await;
            played.push(Played {
                q,
                moves: vec![Move::Nothing; 4],
            });
            continue;
        }
        assert_eq!(state["kind"], q.kind);
        assert_eq!(state["points"], q.points, "{state}");
        if q.kind == "ordering" {
            let order: Vec<&str> = shown.iter().map(String::as_str).collect();
            assert_ne!(
                order,
                ["Mercury", "Venus", "Earth", "Mars"],
                "never shown in order"
            );
            // Each phone starts from an order of its own, never the right one;
            // hosts and screens are sent none.
            assert_eq!(state.get("start_order"), None, "{state}");
            let lists: Vec<Vec<&str>> = starts
                .iter()
                .map(|start| {
                    let start = start.as_ref().expect("a start order for every phone");
                    let list: Vec<&str> = start
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|k| order[k.as_u64().unwrap() as usize])
                        .collect();
                    let mut sorted = list.clone();
                    sorted.sort_unstable();
                    let mut all = order.clone();
                    all.sort_unstable();
                    assert_eq!(sorted, all, "every item once: {start}");
                    assert_ne!(
                        list,
                        ["Mercury", "Venus", "Earth", "Mars"],
                        "never in order"
                    );
                    list
                })
                .collect();
            assert!(
                lists.iter().any(|l| *l != lists[0]),
                "phones start from different orders: {lists:?}"
            );
        } else {
            assert!(starts.iter().all(Option::is_none), "{starts:?}");
        }
        if q.kind == "slider" {
            let s = &state["slider"];
            assert_eq!(
                (s["min"].as_f64(), s["max"].as_f64()),
                (Some(0.0), Some(10.0))
            );
        }

        let mut moves = Vec::new();
        for (who, p) in players.iter_mut().enumerate() {
            let turn = turn(who, q);
            for (ahead, bad, code) in &turn.refused {
                p.send(json!({"type": "answer", "question": index + ahead, "answer": bad}))
                    .await;
                let error = p.until("error", None).await;
                assert_eq!(error["code"], *code, "{} sent {bad}: {error}", NAMES[who]);
            }
            if !matches!(turn.answer, Move::Nothing) {
                tokio::time::sleep(Duration::from_millis(turn.delay_ms)).await;
                let id = format!("{who}-{index}");
                let answer = wire(&turn.answer, &shown);
                p.send(json!({"type": "answer", "question": index, "answer": answer, "id": id}))
                    .await;
                let ack = p.until("answer_ack", None).await;
                assert_eq!(ack["id"], id.as_str());
                if turn.again {
                    p.send(json!({"type": "answer", "question": index, "answer": answer}))
                        .await;
                    let error = p.until("error", None).await;
                    assert_eq!(error["code"], "already_answered", "{error}");
                }
            }
            moves.push(turn.answer);
        }
        if moves.iter().any(|m| matches!(m, Move::Nothing)) {
            // Someone did not answer: the host closes the question.
            host.send(json!({"type": "next"})).await;
        }

        let reveal = phase(&mut host, &["reveal"]).await;
        check_reveal(&reveal, q, &moves);
        for (who, p) in players.iter_mut().enumerate() {
            assert_eq!(
                phase(p, &["reveal"]).await,
                reveal,
                "everyone sees one reveal"
            );
            let result = p.until("result", None).await;
            let answered = !matches!(moves[who], Move::Nothing);
            assert_eq!(result["answered"], answered);
            assert_eq!(
                result["unscored"].as_bool().unwrap_or(false),
                !scored(q.key)
            );
            // Streaks as the rules move them; points are checked against
            // the recorded times once the game is over.
            let c = if answered {
                credit(q.key, &moves[who])
            } else {
                0.0
            };
            if scored(q.key) {
                streaks[who] = if c >= 1.0 { streaks[who] + 1 } else { 0 };
            }
            assert_eq!(
                result["streak"], streaks[who],
                "{} on {}: {result}",
                NAMES[who], q.kind
            );
            assert_eq!(result["correct"], scored(q.key) && c >= 1.0);
            assert_eq!(
                result["partial"].as_bool().unwrap_or(false),
                scored(q.key) && c > 0.0 && c < 1.0
            );
            scores[who] += result["points"].as_u64().unwrap();
            assert_eq!(result["score"], scores[who]);
        }
        if q.kind == "word_cloud" {
            // The host hides an entry (any case): everyone gets the reveal again without it.
            host.send(json!({"type": "hide", "entry": "Rude"})).await;
            let again = phase(&mut host, &["reveal"]).await;
            assert_eq!(
                entries(&again["entries"]),
                owned(&[("stars", 2), ("infinite space", 1)])
            );
            for p in players.iter_mut() {
                assert_eq!(phase(p, &["reveal"]).await, again);
            }
        }
        host.send(json!({"type": "next"})).await;
        phase(&mut host, &["leaderboard"]).await;
        host.send(json!({"type": "next"})).await;
        played.push(Played { q, moves });
    }
    phase(&mut host, &["podium"]).await;
    for p in players.iter_mut() {
        let last = p.until("final", None).await;
        assert_eq!(last["players"], 4);
    }
    for (who, p) in players.iter().enumerate() {
        check_no_early_answers(NAMES[who], &p.frames);
    }
    (
        created["game_id"].as_str().unwrap().to_string(),
        ids,
        played,
    )
}

/// What a reveal must show for the moves made.
fn check_reveal(reveal: &Value, q: &Question, moves: &[Move]) {
    let answered = moves.iter().filter(|m| !matches!(m, Move::Nothing)).count();
    assert_eq!(reveal["answered"], answered, "{reveal}");
    assert_eq!(reveal["kind"], q.kind);
    let shown = strings(&reveal["answers"]);
    let correct: Vec<&str> = reveal["correct"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| shown[i.as_u64().unwrap() as usize].as_str())
        .collect();
    let counts: Vec<u64> = reveal["counts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_u64().unwrap())
        .collect();
    // How many picked or ticked each shown answer.
    let chosen = |text: &str| {
        moves
            .iter()
            .filter(|m| match m {
                Move::Pick(t) => *t == text,
                Move::Tick(ts) => ts.contains(&text),
                _ => false,
            })
            .count() as u64
    };
    match q.key {
        Key::Choice(right) => {
            assert_eq!(correct, [right], "{reveal}");
            let expected: Vec<u64> = shown.iter().map(|a| chosen(a)).collect();
            assert_eq!(counts, expected, "{reveal}");
        }
        Key::Multi(right) => {
            let mut correct = correct.clone();
            correct.sort_unstable();
            let mut right = right.to_vec();
            right.sort_unstable();
            assert_eq!(correct, right, "{reveal}");
            let expected: Vec<u64> = shown.iter().map(|a| chosen(a)).collect();
            assert_eq!(counts, expected, "{reveal}");
        }
        Key::Poll => {
            assert!(correct.is_empty(), "a poll has no right answer: {reveal}");
            let expected: Vec<u64> = shown.iter().map(|a| chosen(a)).collect();
            assert_eq!(counts, expected, "{reveal}");
        }
        Key::Ordering(items) => {
            // `correct` lists shown positions in the correct order.
            assert_eq!(correct, items, "{reveal}");
            // Counts: how many put the item shown there in its right place.
            let expected: Vec<u64> = shown
                .iter()
                .map(|item| {
                    let rank = items.iter().position(|i| i == item).unwrap();
                    moves
                        .iter()
                        .filter(|m| matches!(m, Move::Order(o) if o[rank] == item))
                        .count() as u64
                })
                .collect();
            assert_eq!(counts, expected, "{reveal}");
        }
        Key::Typed => {
            assert_eq!(reveal["accepted"], json!(["Jupiter"]));
            assert_eq!(
                entries(&reveal["entries"]),
                owned(&[("jupiter", 2), ("jupitr", 1), ("saturn", 1)])
            );
        }
        Key::Slider {
            correct, tolerance, ..
        } => {
            assert_eq!(reveal["slider"]["correct"].as_f64(), Some(correct));
            assert_eq!(reveal["slider"]["tolerance"].as_f64(), Some(tolerance));
            assert_eq!(
                reveal["average"].as_f64(),
                Some((2.0 + 4.0 + 10.0 + 3.0) / 4.0)
            );
            let mut values = entries(&reveal["entries"]);
            values.sort();
            assert_eq!(values, owned(&[("10", 1), ("2", 1), ("3", 1), ("4", 1)]));
        }
        Key::WordCloud => {
            // Case and spaces do not split an entry; most given first.
            assert_eq!(
                entries(&reveal["entries"]),
                owned(&[("stars", 2), ("infinite space", 1), ("rude", 1)])
            );
            assert!(correct.is_empty());
        }
        Key::Slide => unreachable!("a slide has no reveal"),
    }
}

/// No phase a player receives before a reveal carries what is correct.
fn check_no_early_answers(name: &str, frames: &[String]) {
    for frame in frames {
        let msg: Value = serde_json::from_str(frame).unwrap();
        if !matches!(msg["type"].as_str(), Some("phase" | "welcome")) {
            continue;
        }
        let state = &msg["state"];
        if state["phase"] == "reveal" {
            continue;
        }
        for leak in ["correct", "accepted", "entries", "average", "explanation"] {
            assert!(
                state.get(leak).is_none(),
                "{name} got {leak} early: {frame}"
            );
        }
        if let Some(slider) = state.get("slider") {
            assert!(slider.get("correct").is_none(), "{name}: {frame}");
            assert!(slider.get("tolerance").is_none(), "{name}: {frame}");
        }
    }
}

/// Recounts every recorded answer from the moves and the server's times.
fn check_results(results: &Value, ids: &[u64], played: &[Played]) {
    assert_eq!(results["status"], "finished");
    // The report names the questions in the order they were played.
    let named: Vec<(&str, &str)> = results["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| (q["text"].as_str().unwrap(), q["kind"].as_str().unwrap()))
        .collect();
    let expected: Vec<(&str, &str)> = played.iter().map(|p| (p.q.text, p.q.kind)).collect();
    assert_eq!(named, expected);
    let mut records: BTreeMap<(u64, u64), &Value> = BTreeMap::new();
    for a in results["answers"].as_array().unwrap() {
        let key = (
            a["player"].as_u64().unwrap(),
            a["question"].as_u64().unwrap(),
        );
        assert!(records.insert(key, a).is_none(), "recorded twice: {a}");
    }
    let mut streaks = [0u32; 4];
    let mut scores = [0u64; 4];
    let mut expected_records = 0;
    for (index, p) in played.iter().enumerate() {
        for (who, &id) in ids.iter().enumerate() {
            let record = records.get(&(id, index as u64));
            let answer = &p.moves[who];
            if matches!(answer, Move::Nothing) {
                assert!(
                    record.is_none(),
                    "{} on {}: {record:?}",
                    NAMES[who],
                    p.q.kind
                );
                if scored(p.q.key) {
                    streaks[who] = 0;
                }
                continue;
            }
            expected_records += 1;
            let a = record.unwrap_or_else(|| panic!("{} on {} not recorded", NAMES[who], p.q.kind));
            let elapsed = a["elapsed_ms"].as_u64().unwrap();
            let limit = a["time_limit_ms"].as_u64().unwrap();
            let c = credit(p.q.key, answer);
            let mut points = 0;
            if scored(p.q.key) {
                points = (f64::from(speed(p.q.points, elapsed, limit)) * c).round() as u32;
                if c >= 1.0 {
                    streaks[who] += 1;
                    points += bonus(streaks[who]);
                } else {
                    streaks[who] = 0;
                }
            }
            assert_eq!(
                a["points"], points,
                "{} on {} ({answer:?}, credit {c}, {elapsed} ms of {limit}): {a}",
                NAMES[who], p.q.kind
            );
            assert_eq!(a["correct"], scored(p.q.key) && c >= 1.0, "{a}");
            scores[who] += u64::from(points);
        }
    }
    assert_eq!(records.len(), expected_records);
    for outcome in results["players"].as_array().unwrap() {
        let who = ids.iter().position(|&id| outcome["player"] == id).unwrap();
        assert_eq!(outcome["score"], scores[who], "{}: {outcome}", NAMES[who]);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_kind_in_one_game_scored_as_the_rules_say() {
    let server = TestServer::start().await;
    let quiz = server.get_json(&format!("/api/quizzes/{QUIZ}")).await;
    let kinds: Vec<&str> = quiz["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["kind"].as_str().unwrap())
        .collect();
    let expected: Vec<&str> = QUESTIONS.iter().map(|q| q.kind).collect();
    assert_eq!(kinds, expected);

    let (game_id, ids, played) = play(
        &server,
        Options {
            on_screen_only: false,
            shuffle: false,
        },
    )
    .await;
    let results = server
        .get_json(&format!("/api/games/{game_id}/results"))
        .await;
    check_results(&results, &ids, &played);
    // Ann was right on all six scored questions: +100 more each time from
    // the second, up to the +500 cap; the poll and the word cloud after
    // them earn nothing.
    let ann: Vec<u64> = results["answers"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["player"] == ids[0])
        .map(|a| a["streak_bonus"].as_u64().unwrap())
        .collect();
    assert_eq!(ann, [0, 100, 200, 300, 400, 500, 0, 0]);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shuffled_with_questions_on_the_big_screen_only() {
    let server = TestServer::start().await;
    let (game_id, ids, played) = play(
        &server,
        Options {
            on_screen_only: true,
            shuffle: true,
        },
    )
    .await;
    let mut texts: Vec<&str> = played.iter().map(|p| p.q.text).collect();
    texts.sort_unstable();
    let mut all: Vec<&str> = QUESTIONS.iter().map(|q| q.text).collect();
    all.sort_unstable();
    assert_eq!(texts, all, "every question once");
    let results = server
        .get_json(&format!("/api/games/{game_id}/results"))
        .await;
    check_results(&results, &ids, &played);
    server.stop().await;
}
