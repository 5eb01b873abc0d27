//! The tour quiz (one question of every kind) and the helpers the browser
//! tests of every kind share: a server with the quiz and its picture, game
//! creation, reading an answer back from the results, and page checks.

use serde_json::{json, Value};

use super::browser::Page;
use super::*;
use quizbox::game::scoring::speed_points;

/// One question of every kind, in the native TOML syntax.
pub const QUIZ: &str = r#"
id = "kinds-tour"
title = "Kinds tour"
time_limit = 60
points = "standard"

[[questions]]
kind = "slide"
text = "Welcome to the tour"
body = "One question of each kind."

[[questions]]
text = "Which planet is closest to the Sun?"
answers = ["Venus", "Mercury", "Mars", "Earth"]
correct = "Mercury"
media = "/media/mercury.png"

[[questions]]
kind = "multi"
text = "Which of these planets have rings?"
answers = ["Saturn", "Mars", "Uranus", "Venus"]
correct = ["Saturn", "Uranus"]
explanation = "All four giant planets have rings."

[[questions]]
kind = "true_false"
text = "A day on Venus is longer than its year."
correct = true

[[questions]]
kind = "type_answer"
text = "What is the largest planet?"
accepted = ["Jupiter"]
typo_tolerance = true
points = "double"

[[questions]]
kind = "slider"
text = "How many moons of Mars are known?"
min = 0
max = 10
step = 1
correct = 2
unit = "moons"

[[questions]]
kind = "ordering"
text = "Nearest the Sun first."
items = ["Mercury", "Venus", "Earth", "Mars"]

[[questions]]
kind = "poll"
text = "Which planet would you visit first?"
answers = ["Mars", "Saturn", "Neptune"]

[[questions]]
kind = "word_cloud"
text = "One word for the night sky?"
max_length = 20
"#;

pub const QUESTIONS: usize = 9;

/// A 1×1 PNG, the picture of question 1.
pub const PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x90, 0x77, 0x53,
    0xde, 0x00, 0x00, 0x00, 0x0c, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0x7f, 0xc9, 0x1e,
    0x00, 0x04, 0xe4, 0x02, 0x11, 0xc0, 0x2f, 0x3b, 0xb3, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e,
    0x44, 0xae, 0x42, 0x60, 0x82,
];

pub fn js(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

/// A server with the tour quiz imported over HTTP and its picture in the
/// data directory's media folder.
pub async fn server_with_tour() -> TestServer {
    let server = TestServer::start().await;
    let media = server.dir.path().join("media");
    std::fs::create_dir_all(&media).unwrap();
    std::fs::write(media.join("mercury.png"), PNG).unwrap();
    let auth = format!("Bearer {}", server.token);
    let (status, _, body) = http_raw(
        server.addr,
        "POST",
        "/api/quizzes/import?name=kinds-tour.toml",
        Some(QUIZ),
        &[("Authorization", &auth)],
    )
    .await
    .unwrap();
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    server
}

/// Creates a game of the tour with no intro and no streak bonus, plus `options`.
pub async fn create_game(server: &TestServer, options: Value) -> (String, String, String) {
    let mut body = json!({"quiz_id": "kinds-tour", "intro_secs": 0, "streak_bonus": false});
    body.as_object_mut()
        .unwrap()
        .extend(options.as_object().unwrap().clone());
    let (status, created) = server.post_json("/api/games", &body).await;
    assert_eq!(status, 201, "{created}");
    let s = |k: &str| created[k].as_str().unwrap().to_string();
    (s("game_id"), s("pin"), s("host_key"))
}

/// The recorded answer to question `q` (one player per game here).
pub async fn record(server: &TestServer, game_id: &str, q: usize) -> Value {
    let results = server
        .get_json(&format!("/api/games/{game_id}/results"))
        .await;
    results["answers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["question"] == q)
        .unwrap_or_else(|| panic!("no answer to question {q}: {results}"))
        .clone()
}

/// Checks a recorded answer: what was sent, and the points for `credit` of
/// a `points`-point question at the speed it was given.
pub fn assert_scored(record: &Value, answer: Value, points: u32, credit: f64) {
    assert_eq!(record["answer"], answer, "{record}");
    let earned = speed_points(
        points,
        record["elapsed_ms"].as_u64().unwrap(),
        record["time_limit_ms"].as_u64().unwrap(),
    );
    let expected = (f64::from(earned) * credit).round() as u64;
    assert_eq!(record["points"].as_u64(), Some(expected), "{record}");
    assert_eq!(record["correct"], credit >= 1.0, "{record}");
}

/// Controls on the page without an accessible name.
pub async fn unnamed_controls(page: &mut Page) -> Value {
    page.eval(
        "[...document.querySelectorAll('input, button, select, textarea')].filter(e => e.offsetParent !== null && \
         !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby') \
         && !(e.tagName === 'BUTTON' && e.textContent.trim())).map(e => e.outerHTML)",
    )
    .await
}

/// Waits until question `n` (1-based) is open on the phone; checks that the
/// page fits the phone and that every control has a name.
pub async fn question_open(page: &mut Page, n: usize) {
    page.wait_for(&format!(
        "document.querySelector('#question').offsetParent !== null && \
         document.querySelector('#q-meta').textContent === 'Question {n} of {QUESTIONS}' && \
         document.querySelector('#q-label').textContent === 'Time left' && \
         document.querySelectorAll('#answers button:not(:disabled), #answers input:not(:disabled)').length > 0"
    ))
    .await;
    page.assert_fits_width().await;
    assert_eq!(unnamed_controls(page).await, json!([]), "question {n}");
}

/// Waits for the phone's result of question `n` (1-based); returns its
/// headline and the whole result text.
pub async fn result_shown(page: &mut Page, n: usize) -> (String, String) {
    let title = page
        .wait_for(&format!(
            "(() => {{ const t = document.querySelector('#result .result-title'); \
             return document.querySelector('#reveal').offsetParent !== null && \
             document.querySelector('#r-meta').textContent === 'Question {n} of {QUESTIONS}' && t && t.textContent; }})()"
        ))
        .await;
    let text = page.text_of("#result").await;
    (title.as_str().unwrap().to_string(), text)
}

/// Host: from the reveal through the leaderboard to the next question.
pub async fn host_next(host: &mut Client) {
    host.send(json!({"type": "next"})).await;
    host.until("phase", Some("leaderboard")).await;
    host.send(json!({"type": "next"})).await;
}

/// Console errors, CSP violations and failed requests fail the test.
pub fn assert_clean(page: &Page) {
    assert!(
        page.problems.is_empty() && page.network_errors.is_empty(),
        "console errors or CSP violations: {:?} {:?}",
        page.problems,
        page.network_errors
    );
}

/// Joins the game on the page; returns the nickname the host saw join.
pub async fn join_on_page(
    page: &mut Page,
    server: &TestServer,
    pin: &str,
    host: &mut Client,
) -> String {
    join_on_page_as(page, server, pin, host, "Robin").await
}

/// Joins the game on the page as `nickname`; returns the nickname the
/// host saw join.
pub async fn join_on_page_as(
    page: &mut Page,
    server: &TestServer,
    pin: &str,
    host: &mut Client,
    nickname: &str,
) -> String {
    page.goto(&format!("http://{}/join/{pin}", server.addr))
        .await;
    // The page's script waits for its catalog, which may come after the
    // load event; until it has filled the language menu the form has no
    // submit handler and a tap on Join would submit it as plain HTML.
    page.wait_for("document.querySelector('#lang-picker').options.length > 0")
        .await;
    page.type_into("#nickname", nickname).await;
    page.tap("#join").await;
    let joined = host.until("player_joined", None).await;
    page.wait_visible("#lobby").await;
    joined["player"]["nickname"].as_str().unwrap().to_string()
}

/// Taps "Move … up" on the ordering list until its items, as the page names
/// them, stand in `order`; after each move the focus must stay on the moved
/// item's buttons (at the top its up button is disabled, so focus moves to
/// its down button).
pub async fn reorder(page: &mut Page, order: &[&str]) {
    for (p, name) in order.iter().enumerate() {
        loop {
            let now = page
                .eval("[...document.querySelectorAll('#order-list .order-text')].map(e => e.textContent)")
                .await;
            let at = now
                .as_array()
                .unwrap()
                .iter()
                .position(|t| t == name)
                .unwrap();
            if at == p {
                break;
            }
            page.tap(&format!("button[aria-label='Move {name} up']"))
                .await;
            let focused = page
                .eval("document.activeElement.getAttribute('aria-label')")
                .await;
            let ours = [format!("Move {name} up"), format!("Move {name} down")];
            assert!(
                ours.iter().any(|o| focused == o.as_str()),
                "focus follows the moved item: {focused}"
            );
        }
    }
}
