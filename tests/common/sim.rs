//! Simulated players and a simulated host that keep playing through dropped
//! connections and server restarts, and the check that final results equal
//! a replay of the recorded answers. Used by the crash and reconnect tests.

use std::collections::{BTreeMap, HashMap};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use quizbox::game::scoring::{speed_points, streak_bonus};
use quizbox::protocol::close;
use quizbox::quiz::{Question, QuestionKind, Quiz};
use serde_json::{json, Value};
use tokio_tungstenite::tungstenite::Message;

use super::Client;

/// What players saw acknowledged: (player id, question) → choice.
pub type Acked = Arc<Mutex<BTreeMap<(u64, u64), u64>>>;

/// A quiz of `questions` four-answer questions; question i's answer is i % 4.
pub fn quiz(id: &str, questions: usize, text_len: usize) -> Quiz {
    let pad = "x".repeat(text_len);
    Quiz {
        rounds: Vec::new(),
        id: id.into(),
        title: id.into(),
        description: None,
        questions: (0..questions)
            .map(|i| Question {
                text: format!("Question {i}? {pad}"),
                kind: QuestionKind::Single {
                    answers: (0..4).map(|a| format!("{a} {pad}")).collect(),
                    correct: i % 4,
                },
                time_limit: 10,
                points: 1000,
                explanation: None,
                media: None,
            })
            .collect(),
    }
}

/// Writes `quiz` into the database under `dir` before a server opens it.
pub async fn seed(dir: &std::path::Path, quiz: &Quiz) {
    let settings = super::settings_for(dir);
    let store = quizbox::store::open(&settings.database).await.unwrap();
    store.migrate().await.unwrap();
    store.upsert_quiz(quiz, "test").await.unwrap();
}

/// Right two times in three, so streaks build and break.
pub fn choice_for(player: usize, question: u64) -> u64 {
    if (player as u64 + question) % 3 == 0 {
        (question + 1) % 4
    } else {
        question % 4
    }
}

fn lcg(state: &mut u64) -> u64 {
    *state = state
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    *state >> 33
}

async fn connect(addr: SocketAddr) -> Option<Client> {
    let (socket, _) = tokio_tungstenite::connect_async(format!("ws://{addr}/ws"))
        .await
        .ok()?;
    Some(Client {
        socket,
        frames: Vec::new(),
        closed: None,
    })
}

/// The next message as JSON; None when the socket closed (code in `closed`).
pub async fn next(c: &mut Client) -> Option<Value> {
    loop {
        match tokio::time::timeout(Duration::from_secs(15), c.socket.next())
            .await
            .ok()??
        {
            Ok(Message::Text(text)) => return serde_json::from_str(&text).ok(),
            Ok(Message::Close(frame)) => {
                c.closed = Some(frame.map_or(1005, |f| f.code.into()));
                return None;
            }
            Ok(_) => continue,
            Err(_) => return None,
        }
    }
}

async fn send(c: &mut Client, value: Value) -> bool {
    c.socket
        .send(Message::Text(value.to_string().into()))
        .await
        .is_ok()
}

#[derive(Clone, Copy)]
pub struct PlayerPlan {
    pub n: usize,
    pub seed: u64,
    /// Chance in 1000, per message received, of dropping the connection
    /// abruptly (no close frame) and coming back with the resume token.
    pub drop_per_mille: u64,
}

pub struct PlayerReport {
    pub id: u64,
    pub drops: u32,
}

/// Whether a player's phase state lets it answer: `answering`, or an intro,
/// whose answers the player opens itself at `opens_at` (waited for here).
pub async fn opens(state: &Value) -> bool {
    match state["phase"].as_str() {
        Some("answering") => true,
        Some("intro") if state["answering"].is_object() => {
            let opens_at = state["opens_at"].as_u64().unwrap();
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_millis() as u64;
            tokio::time::sleep(Duration::from_millis(opens_at.saturating_sub(now))).await;
            true
        }
        _ => false,
    }
}

/// One player: joins, answers every question (resending after a reconnect
/// unless the server says it already has the answer), reconnects with its
/// resume token whenever the connection drops, until the game is over.
pub async fn player(addr: SocketAddr, pin: String, plan: PlayerPlan, acked: Acked) -> PlayerReport {
    let mut token: Option<String> = None;
    let mut me = None;
    let mut rng = plan.seed;
    let mut drops = 0;
    // The last answer sent, and whether the server said it could not save it.
    let mut last_answer: Option<Value> = None;
    let mut unsaved = false;
    loop {
        let Some(mut c) = connect(addr).await else {
            tokio::time::sleep(Duration::from_millis(50)).await;
            continue;
        };
        let hello = match &token {
            None => json!({"type": "join", "v": 1, "pin": pin, "nickname": format!("P{}", plan.n)}),
            Some(t) => json!({"type": "resume", "v": 1, "pin": pin, "token": t}),
        };
        if !send(&mut c, hello).await {
            continue;
        }
        let mut dropped = false;
        while let Some(msg) = next(&mut c).await {
            let answer_now = match msg["type"].as_str() {
                Some("welcome") => {
                    if let Some(t) = msg["token"].as_str() {
                        token = Some(t.to_string());
                    }
                    me = msg["player"]["id"].as_u64().or(me);
                    opens(&msg["state"]).await && msg["answered"] != true
                }
                Some("phase") => opens(&msg["state"]).await,
                Some("answer_ack") => {
                    let q = msg["index"].as_u64().unwrap();
                    acked
                        .lock()
                        .unwrap()
                        .insert((me.unwrap(), q), choice_for(plan.n, q));
                    if last_answer.as_ref().is_some_and(|a| a["question"] == q) {
                        unsaved = false;
                    }
                    false
                }
                Some("error") if msg["code"] == "storage_unavailable" => {
                    unsaved = true;
                    false
                }
                // Saving works again: what it could not save is sent again.
                Some("storage") if msg["problem"].is_null() && unsaved => {
                    if let Some(answer) = last_answer.clone() {
                        let _ = send(&mut c, answer).await;
                    }
                    false
                }
                _ => false,
            };
            if answer_now {
                let q = msg["state"]["index"].as_u64().unwrap();
                tokio::time::sleep(Duration::from_millis(lcg(&mut rng) % 400)).await;
                let answer = json!({"type": "answer", "question": q, "answer": choice_for(plan.n, q), "id": format!("p{}-q{q}", plan.n)});
                last_answer = Some(answer.clone());
                unsaved = false;
                let _ = send(&mut c, answer.clone()).await;
                // Flaky players sometimes send the same answer twice.
                if plan.drop_per_mille > 0 && lcg(&mut rng) % 2 == 0 {
                    let _ = send(&mut c, answer).await;
                }
            }
            if plan.drop_per_mille > 0 && lcg(&mut rng) % 1000 < plan.drop_per_mille {
                dropped = true;
                break;
            }
        }
        if dropped {
            // Vanish without a close frame, like a phone losing Wi-Fi.
            drops += 1;
            drop(c);
            tokio::time::sleep(Duration::from_millis(50 + lcg(&mut rng) % 250)).await;
            continue;
        }
        // Game over, or (after a drop) the game already ended and is gone.
        if c.closed == Some(close::GAME_OVER)
            || (me.is_some() && c.closed == Some(close::UNKNOWN_GAME))
        {
            return PlayerReport {
                id: me.unwrap(),
                drops,
            };
        }
        tokio::time::sleep(Duration::from_millis(30)).await;
    }
}

/// The host: starts when `players` are in, continues a countdown paused by a
/// restart, and moves on after each reveal, leaderboard and the podium.
pub async fn host(addr: SocketAddr, pin: String, key: String, players: usize) {
    host_closing_at(addr, pin, key, players, usize::MAX).await
}

/// Like `host`, and also closes each question once `enough` have answered.
pub async fn host_closing_at(
    addr: SocketAddr,
    pin: String,
    key: String,
    players: usize,
    enough: usize,
) {
    host_watching(addr, pin, key, players, enough, None).await
}

/// Like `host_closing_at`, and wakes `phases` at every phase it sees, the
/// moment the server starts writing that phase's snapshot (and, at a
/// reveal, the question's answers).
pub async fn host_watching(
    addr: SocketAddr,
    pin: String,
    key: String,
    players: usize,
    enough: usize,
    phases: Option<Arc<tokio::sync::Notify>>,
) {
    let joined = AtomicU32::new(0);
    loop {
        let Some(mut c) = connect(addr).await else {
            tokio::time::sleep(Duration::from_millis(50)).await;
            continue;
        };
        if !send(
            &mut c,
            json!({"type": "host", "v": 1, "pin": pin, "key": key}),
        )
        .await
        {
            continue;
        }
        while let Some(msg) = next(&mut c).await {
            let state = match msg["type"].as_str() {
                Some("welcome") => {
                    joined.store(
                        msg["players"].as_array().map_or(0, |p| p.len()) as u32,
                        Ordering::SeqCst,
                    );
                    msg["state"].clone()
                }
                Some("phase") => {
                    if let Some(phases) = &phases {
                        phases.notify_waiters();
                    }
                    msg["state"].clone()
                }
                Some("player_joined") => {
                    joined.store(msg["count"].as_u64().unwrap() as u32, Ordering::SeqCst);
                    json!({"phase": "lobby"})
                }
                Some("answer_count") if msg["answered"].as_u64() == Some(enough as u64) => {
                    json!({"phase": "enough_answers"})
                }
                _ => continue,
            };
            let command = match state["phase"].as_str() {
                Some("lobby") if joined.load(Ordering::SeqCst) as usize == players => "start",
                Some("answering") if state.get("remaining_ms").is_some() => "continue",
                Some("reveal" | "leaderboard" | "podium" | "enough_answers") => "next",
                _ => continue,
            };
            tokio::time::sleep(Duration::from_millis(40)).await;
            let _ = send(&mut c, json!({"type": command})).await;
        }
        if c.closed == Some(close::GAME_OVER) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(30)).await;
    }
}

/// Checks a finished game's results: every acknowledged answer is there as
/// sent, none twice, and each score equals a replay of the recorded answers
/// through the scoring rules (1000-point questions, answer i % 4).
pub fn check_results(results: &Value, acked: &Acked, player_ids: &[u64], questions: usize) {
    assert_eq!(results["status"], "finished");
    let mut recorded: HashMap<(u64, u64), &Value> = HashMap::new();
    for a in results["answers"].as_array().unwrap() {
        let key = (
            a["player"].as_u64().unwrap(),
            a["question"].as_u64().unwrap(),
        );
        assert!(
            recorded.insert(key, a).is_none(),
            "answer counted twice: {a}"
        );
    }
    let acked = acked.lock().unwrap().clone();
    assert!(!acked.is_empty());
    for (key, choice) in &acked {
        let a = recorded
            .get(key)
            .unwrap_or_else(|| panic!("acknowledged answer {key:?} lost"));
        assert_eq!(a["answer"].as_u64(), Some(*choice), "{a}");
    }
    let mut replay: HashMap<u64, (u64, u32)> = HashMap::new();
    for q in 0..questions as u64 {
        for &id in player_ids {
            let entry = replay.entry(id).or_default();
            match recorded.get(&(id, q)) {
                Some(a) if a["answer"].as_u64() == Some(q % 4) => {
                    entry.1 += 1;
                    let earned = speed_points(
                        1000,
                        a["elapsed_ms"].as_u64().unwrap(),
                        a["time_limit_ms"].as_u64().unwrap(),
                    ) + streak_bonus(entry.1);
                    assert_eq!(a["points"].as_u64(), Some(u64::from(earned)), "{a}");
                    entry.0 += u64::from(earned);
                }
                Some(a) => {
                    assert_eq!(a["points"], 0);
                    entry.1 = 0;
                }
                None => entry.1 = 0,
            }
        }
    }
    let players = results["players"].as_array().unwrap();
    assert_eq!(players.len(), player_ids.len());
    for p in players {
        let id = p["player"].as_u64().unwrap();
        assert_eq!(p["score"].as_u64(), Some(replay[&id].0), "player {id}");
    }
}
