//! Every kind of question answered through the real player page in headless
//! Chromium: a slide, single choice with a picture from the media folder,
//! multi-select, true/false, a typed answer, a slider, ordering, a poll and a
//! word cloud, each answered by tapping, typing, sliding or reordering as a
//! player would. The server's results must hold the answer and the points
//! the scoring rules give, and the page the right feedback (correct, partly
//! correct, thanks). Also: questions on the big screen only (phones show
//! shapes), generated nicknames, and the presenter screen drawing each kind
//! with the host hiding a word-cloud entry. Chromium as in tests/browser.rs.

mod common;

use common::browser::{chromium_or_skip, Browser, Page};
use common::*;
use quizbox::game::scoring::speed_points;
use serde_json::{json, Value};

/// One question of every kind, in the native TOML syntax.
const QUIZ: &str = r#"
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

const QUESTIONS: usize = 9;

/// A 1×1 PNG, the picture of question 1.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x90, 0x77, 0x53,
    0xde, 0x00, 0x00, 0x00, 0x0c, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0x7f, 0xc9, 0x1e,
    0x00, 0x04, 0xe4, 0x02, 0x11, 0xc0, 0x2f, 0x3b, 0xb3, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e,
    0x44, 0xae, 0x42, 0x60, 0x82,
];

fn js(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

/// A server with the tour quiz imported over HTTP and its picture in the
/// data directory's media folder.
async fn server_with_tour() -> TestServer {
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
async fn create_game(server: &TestServer, options: Value) -> (String, String, String) {
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
async fn record(server: &TestServer, game_id: &str, q: usize) -> Value {
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
fn assert_scored(record: &Value, answer: Value, points: u32, credit: f64) {
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
async fn unnamed_controls(page: &mut Page) -> Value {
    page.eval(
        "[...document.querySelectorAll('input, button, select, textarea')].filter(e => e.offsetParent !== null && \
         !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby') \
         && !(e.tagName === 'BUTTON' && e.textContent.trim())).map(e => e.outerHTML)",
    )
    .await
}

/// Waits until question `n` (1-based) is open on the phone; checks that the
/// page fits the phone and that every control has a name.
async fn question_open(page: &mut Page, n: usize) {
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
async fn result_shown(page: &mut Page, n: usize) -> (String, String) {
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
async fn host_next(host: &mut Client) {
    host.send(json!({"type": "next"})).await;
    host.until("phase", Some("leaderboard")).await;
    host.send(json!({"type": "next"})).await;
}

/// Console errors, CSP violations and failed requests fail the test.
fn assert_clean(page: &Page) {
    assert!(
        page.problems.is_empty() && page.network_errors.is_empty(),
        "console errors or CSP violations: {:?} {:?}",
        page.problems,
        page.network_errors
    );
}

/// Joins the game on the page; returns the nickname the host saw join.
async fn join_on_page(
    page: &mut Page,
    server: &TestServer,
    pin: &str,
    host: &mut Client,
) -> String {
    page.goto(&format!("http://{}/join/{pin}", server.addr))
        .await;
    page.type_into("#nickname", "Robin").await;
    page.tap("#join").await;
    let joined = host.until("player_joined", None).await;
    page.wait_visible("#lobby").await;
    joined["player"]["nickname"].as_str().unwrap().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_player_answers_every_kind_through_the_real_page() {
    let Some(binary) = chromium_or_skip("the every-kind browser test") else {
        return;
    };
    let server = server_with_tour().await;
    let (game_id, pin, key) = create_game(&server, json!({})).await;
    let browser = Browser::launch(&binary);
    let mut page = Page::open(&browser).await;
    let mut host = host(&server, &pin, &key).await;
    assert_eq!(
        join_on_page(&mut page, &server, &pin, &mut host).await,
        "Robin"
    );
    assert!(
        !page.is_visible("#nick-note").await,
        "the typed nickname is kept"
    );

    // 0. A slide: its title and text, nothing to answer.
    host.send(json!({"type": "start"})).await;
    host.until("phase", Some("slide")).await;
    page.wait_visible("#slide").await;
    assert_eq!(page.text_of("#s-text").await, "Welcome to the tour");
    assert_eq!(page.text_of("#s-body").await, "One question of each kind.");
    assert!(!page.is_visible("#answers").await);
    host.send(json!({"type": "next"})).await;

    // 1. Single choice, with its picture from the media folder.
    question_open(&mut page, 2).await;
    page.wait_for(&format!(
        "(() => {{ const i = document.querySelector('#q-media img'); \
         return i && i.complete && i.naturalWidth === 1 && i.alt === {} && i.getAttribute('src') === '/media/mercury.png'; }})()",
        js("Which planet is closest to the Sun?")
    ))
    .await;
    page.tap(".answer[data-index='1']").await;
    let (title, text) = result_shown(&mut page, 2).await;
    assert!(title.starts_with("Correct"), "{title}");
    let r = record(&server, &game_id, 1).await;
    assert_scored(&r, json!(1), 1000, 1.0);
    assert!(text.contains(&r["points"].to_string()), "{text}");
    host.until("phase", Some("reveal")).await;
    host_next(&mut host).await;

    // 2. Multi-select: tick Saturn only (one of the two ringed planets):
    // half the credit, "Partly correct".
    question_open(&mut page, 3).await;
    assert_eq!(
        page.eval("document.querySelector('.submit-answer').disabled")
            .await,
        json!(true),
        "nothing ticked, nothing to submit"
    );
    page.tap(".answer[data-index='0']").await;
    assert_eq!(
        page.eval(
            "document.querySelector(\".answer[data-index='0']\").getAttribute('aria-pressed')"
        )
        .await,
        json!("true")
    );
    page.tap(".answer[data-index='1']").await;
    page.tap(".answer[data-index='1']").await; // Mars ticked, then unticked
    page.tap(".submit-answer").await;
    let (title, text) = result_shown(&mut page, 3).await;
    assert!(title.starts_with("Partly correct"), "{title}");
    let r = record(&server, &game_id, 2).await;
    assert_scored(&r, json!([0]), 1000, 0.5);
    assert!(text.contains(&r["points"].to_string()), "{text}");
    assert!(page.text_of("#r-correct").await.contains("Uranus"));
    assert_eq!(
        page.text_of("#r-explanation").await,
        "All four giant planets have rings."
    );
    host.until("phase", Some("reveal")).await;
    host_next(&mut host).await;

    // 3. True or false: two big buttons.
    question_open(&mut page, 4).await;
    assert_eq!(
        page.eval(
            "[...document.querySelectorAll('#answers .answer')].map(b => b.textContent.trim())"
        )
        .await,
        json!(["▲True", "◆False"])
    );
    page.tap(".answer[data-index='0']").await;
    let (title, _) = result_shown(&mut page, 4).await;
    assert!(title.starts_with("Correct"), "{title}");
    assert_scored(&record(&server, &game_id, 3).await, json!(0), 1000, 1.0);
    host.until("phase", Some("reveal")).await;
    host_next(&mut host).await;

    // 4. Typed answer, one letter off, sent with Enter: correct (double points).
    question_open(&mut page, 5).await;
    assert_eq!(
        page.eval("document.querySelector('#answer-text').maxLength")
            .await,
        json!(100)
    );
    page.type_into("#answer-text", "Jupyter").await;
    page.press("Enter").await;
    let (title, _) = result_shown(&mut page, 5).await;
    assert!(title.starts_with("Correct"), "{title}");
    assert_scored(
        &record(&server, &game_id, 4).await,
        json!("Jupyter"),
        2000,
        1.0,
    );
    assert!(page.text_of("#r-correct").await.contains("Jupiter"));
    assert!(page.text_of("#r-mine").await.contains("Jupyter"));
    host.until("phase", Some("reveal")).await;
    host_next(&mut host).await;

    // 5. Slider from 0 to 10 moons, starting in the middle; two steps left
    // with the keyboard gives 3 against the correct 2: 1 - 1/5 of the credit.
    question_open(&mut page, 6).await;
    assert_eq!(page.text_of("#slider-value").await, "5 moons");
    page.eval("document.querySelector('#slider').focus()").await;
    page.press("ArrowLeft").await;
    page.press("ArrowLeft").await;
    page.wait_for("document.querySelector('#slider-value').textContent === '3 moons'")
        .await;
    page.tap(".submit-answer").await;
    let (title, _) = result_shown(&mut page, 6).await;
    assert!(title.starts_with("Partly correct"), "{title}");
    assert_scored(&record(&server, &game_id, 5).await, json!(3), 1000, 0.8);
    assert!(page.text_of("#r-correct").await.contains("2 moons"));
    host.until("phase", Some("reveal")).await;
    host_next(&mut host).await;

    // 6. Ordering: the items come shuffled; move them into place with the
    // up buttons. The keyboard focus stays on the item that moved.
    question_open(&mut page, 7).await;
    let target = ["Mercury", "Venus", "Earth", "Mars"];
    let shown = page
        .eval("[...document.querySelectorAll('#order-list .order-text')].map(e => e.textContent)")
        .await;
    assert_ne!(shown, json!(target), "shown shuffled");
    for (p, name) in target.iter().enumerate() {
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
            let button = format!("button[aria-label='Move {name} up']");
            page.tap(&button).await;
            // At the top its up button is disabled: focus moves to its down button.
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
    page.tap(".submit-answer").await;
    let (title, _) = result_shown(&mut page, 7).await;
    assert!(title.starts_with("Correct"), "{title}");
    // Sent as shown positions, recorded as the items in the player's order.
    assert_scored(
        &record(&server, &game_id, 6).await,
        json!([0, 1, 2, 3]),
        1000,
        1.0,
    );
    assert!(page.text_of("#r-correct").await.contains("Mercury"));
    host.until("phase", Some("reveal")).await;
    host_next(&mut host).await;

    // 7. A poll: no right or wrong, no points.
    question_open(&mut page, 8).await;
    page.tap(".answer[data-index='1']").await;
    let (title, text) = result_shown(&mut page, 8).await;
    assert_eq!(title, "Thanks for answering");
    assert!(!text.contains("Incorrect"), "{text}");
    assert_scored(&record(&server, &game_id, 7).await, json!(1), 0, 0.0);
    assert!(page.text_of("#r-mine").await.contains("Saturn"));
    host.until("phase", Some("reveal")).await;
    host_next(&mut host).await;

    // 8. Word cloud: a word, thanks, and the host can hide it again.
    question_open(&mut page, 9).await;
    assert_eq!(
        page.eval("document.querySelector('#answer-text').maxLength")
            .await,
        json!(20)
    );
    page.type_into("#answer-text", "Stars").await;
    page.tap(".submit-answer").await;
    let (title, _) = result_shown(&mut page, 9).await;
    assert_eq!(title, "Thanks for answering");
    assert_scored(&record(&server, &game_id, 8).await, json!("Stars"), 0, 0.0);
    let reveal = host.until("phase", Some("reveal")).await;
    assert_eq!(
        reveal["state"]["entries"],
        json!([{"text": "stars", "count": 1}])
    );
    host.send(json!({"type": "hide", "entry": "Stars"})).await;
    let hidden = host.until("phase", Some("reveal")).await;
    assert!(hidden["state"].get("entries").is_none(), "{hidden}");

    host.send(json!({"type": "end"})).await;
    let final_text = page
        .wait_for("(document.querySelector('#final') || {}).textContent")
        .await;
    assert!(final_text.as_str().unwrap().contains("1st"), "{final_text}");
    assert_clean(&page);
    server.stop().await;
}

#[tokio::test]
async fn media_files_are_served_by_plain_name_only() {
    let server = server_with_tour().await;
    let media = server.dir.path().join("media");
    std::fs::write(media.join("notes.txt"), "not a picture").unwrap();
    std::fs::write(media.join(".hidden.png"), PNG).unwrap();
    std::fs::create_dir(media.join("sub")).unwrap();
    std::fs::write(media.join("sub").join("deep.png"), PNG).unwrap();

    let (status, head, body) = http_raw(server.addr, "GET", "/media/mercury.png", None, &[])
        .await
        .unwrap();
    assert_eq!(status, 200, "{head}");
    assert_eq!(body, PNG);
    let head = head.to_ascii_lowercase();
    assert!(head.contains("content-type: image/png"), "{head}");
    assert!(head.contains("x-content-type-options: nosniff"), "{head}");
    let etag = head
        .lines()
        .find_map(|l| l.strip_prefix("etag: "))
        .expect("an etag")
        .to_string();
    let (status, _, body) = http_raw(
        server.addr,
        "GET",
        "/media/mercury.png",
        None,
        &[("If-None-Match", &etag)],
    )
    .await
    .unwrap();
    assert_eq!((status, body.len()), (304, 0));

    // The database sits one folder up: no name reaches it.
    assert!(server.dir.path().join("quizbox.db").exists());
    for path in [
        "/media/../quizbox.db",
        "/media/..%2Fquizbox.db",
        "/media/%2E%2E%2Fquizbox.db",
        "/media/sub/deep.png",
        "/media/sub%2Fdeep.png",
        "/media/.hidden.png",
        "/media/notes.txt",
        "/media/missing.png",
        "/media/",
    ] {
        let (status, _, _) = http_raw(server.addr, "GET", path, None, &[]).await.unwrap();
        assert_eq!(status, 404, "{path}");
    }
    server.stop().await;
}

/// Host: closes the open question `n` (1-based) without answers and moves
/// on to the next one.
async fn host_skips(host: &mut Client, page: &mut Page, n: usize) {
    question_open(page, n).await;
    host.send(json!({"type": "skip"})).await;
    host.until("phase", Some("reveal")).await;
    host_next(host).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_questions_on_the_big_screen_only_phones_show_shapes() {
    let Some(binary) = chromium_or_skip("the on-screen browser test") else {
        return;
    };
    let server = server_with_tour().await;
    let (game_id, pin, key) = create_game(&server, json!({"questions_on_screen_only": true})).await;
    let browser = Browser::launch(&binary);
    let mut page = Page::open(&browser).await;
    let mut host = host(&server, &pin, &key).await;
    join_on_page(&mut page, &server, &pin, &mut host).await;
    host.send(json!({"type": "start"})).await;
    host.until("phase", Some("slide")).await;
    page.wait_visible("#slide").await;
    host.send(json!({"type": "next"})).await;

    // Single choice: the phone says to look up and shows four named shapes,
    // no question, no answers, no picture.
    question_open(&mut page, 2).await;
    assert_eq!(page.text_of("#q-text").await, "Look at the big screen");
    let names = page
        .eval("[...document.querySelectorAll('#answers .answer')].map(b => b.getAttribute('aria-label'))")
        .await;
    assert_eq!(
        names,
        json!([
            "Red triangle",
            "Blue diamond",
            "Yellow circle",
            "Green square"
        ])
    );
    let body = page.text_of("body").await;
    for hidden in ["closest", "Venus", "Mercury", "Mars", "Earth"] {
        assert!(!body.contains(hidden), "{hidden:?} on the phone: {body}");
    }
    assert_eq!(
        page.eval("document.querySelectorAll('#q-media img').length")
            .await,
        json!(0)
    );
    page.tap("button[aria-label='Blue diamond']").await;
    let (title, _) = result_shown(&mut page, 2).await;
    assert!(title.starts_with("Correct"), "{title}");
    assert_scored(&record(&server, &game_id, 1).await, json!(1), 1000, 1.0);
    // The reveal names the answer again.
    assert!(page.text_of("#r-correct").await.contains("Mercury"));
    host.until("phase", Some("reveal")).await;
    host_next(&mut host).await;

    // Multi-select by shapes: red (Saturn) and yellow (Uranus).
    question_open(&mut page, 3).await;
    page.tap("button[aria-label='Red triangle']").await;
    page.tap("button[aria-label='Yellow circle']").await;
    page.tap(".submit-answer").await;
    let (title, _) = result_shown(&mut page, 3).await;
    assert!(title.starts_with("Correct"), "{title}");
    assert_scored(
        &record(&server, &game_id, 2).await,
        json!([0, 2]),
        1000,
        1.0,
    );
    host.until("phase", Some("reveal")).await;
    host_next(&mut host).await;

    for n in 4..=6 {
        host_skips(&mut host, &mut page, n).await;
    }

    // Ordering by shapes: the big screen (here: the host's view) shows which
    // planet each shape stands for.
    let answering = host.until("phase", Some("answering")).await;
    let shown: Vec<String> = answering["state"]["answers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap().to_string())
        .collect();
    question_open(&mut page, 7).await;
    let body = page.text_of("#question").await;
    for planet in &shown {
        assert!(
            !body.contains(planet.as_str()),
            "{planet} on the phone: {body}"
        );
    }
    const SHAPES: [&str; 4] = [
        "Red triangle",
        "Blue diamond",
        "Yellow circle",
        "Green square",
    ];
    for (p, planet) in ["Mercury", "Venus", "Earth", "Mars"].iter().enumerate() {
        let shape = SHAPES[shown.iter().position(|s| s == planet).unwrap()];
        loop {
            let now = page
                .eval("[...document.querySelectorAll('#order-list .order-text')].map(e => e.textContent)")
                .await;
            let at = now
                .as_array()
                .unwrap()
                .iter()
                .position(|t| t == shape)
                .unwrap();
            if at == p {
                break;
            }
            page.tap(&format!("button[aria-label='Move {shape} up']"))
                .await;
        }
    }
    page.tap(".submit-answer").await;
    let (title, _) = result_shown(&mut page, 7).await;
    assert!(title.starts_with("Correct"), "{title}");
    assert_scored(
        &record(&server, &game_id, 6).await,
        json!([0, 1, 2, 3]),
        1000,
        1.0,
    );
    assert_clean(&page);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_generated_nickname_is_shown_to_its_player() {
    let Some(binary) = chromium_or_skip("the nickname browser test") else {
        return;
    };
    let server = server_with_tour().await;
    let (_, pin, key) = create_game(&server, json!({"generated_nicknames": true})).await;
    let browser = Browser::launch(&binary);
    let mut page = Page::open(&browser).await;
    let mut host = host(&server, &pin, &key).await;
    let name = join_on_page(&mut page, &server, &pin, &mut host).await;
    assert_ne!(name, "Robin", "the game picked the name");
    assert_eq!(page.text_of("#lobby-name").await, name);
    let lobby = page.text_of("#lobby").await;
    assert!(lobby.contains(&format!("You are {name}")), "{lobby}");
    assert!(!lobby.contains("Robin"), "{lobby}");
    page.wait_visible("#nick-note").await;
    assert_eq!(page.text_of("#me-name").await, name);

    // After a reload the page still knows the name (and does not explain it again).
    page.reload().await;
    page.wait_visible("#lobby").await;
    assert_eq!(page.text_of("#lobby-name").await, name);
    assert_eq!(page.text_of("#me-name").await, name);
    assert!(!page.is_visible("#nick-note").await);
    assert_clean(&page);
    server.stop().await;
}

/// The screen shows the reveal of question `n` (1-based).
async fn screen_reveal(screen: &mut Page, n: usize) {
    screen
        .wait_for(&format!(
            "document.querySelector('#reveal-view').offsetParent !== null && \
             document.querySelector('#r-meta').textContent === 'Question {n} of {QUESTIONS}'"
        ))
        .await;
}

/// The player answers the question that opens next.
async fn player_answers(player: &mut Client, answer: Value) {
    let open = player.until("phase", Some("answering")).await;
    let index = open["state"]["index"].clone();
    player
        .send(json!({"type": "answer", "question": index, "answer": answer}))
        .await;
    player.until("answer_ack", None).await;
}

/// Host on the screen: from the reveal through the leaderboard to the next question.
async fn screen_next(screen: &mut Page) {
    screen
        .wait_for("document.querySelector('#next').textContent === 'Next: leaderboard'")
        .await;
    screen.tap("#next").await;
    screen.wait_visible("#leaderboard-view").await;
    screen.tap("#next").await;
}

async fn texts(page: &mut Page, selector: &str) -> Value {
    page.eval(&format!(
        "[...document.querySelectorAll({})].map(e => e.textContent.trim())",
        js(selector)
    ))
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_presenter_screen_shows_every_kind_and_the_host_hides_an_entry() {
    let Some(binary) = chromium_or_skip("the presenter browser test") else {
        return;
    };
    let server = server_with_tour().await;
    let (_, pin, key) = create_game(&server, json!({})).await;
    let browser = Browser::launch(&binary);
    let mut screen = Page::open(&browser).await;
    screen
        .goto(&format!("http://{}/screen/{pin}#key={key}", server.addr))
        .await;
    screen.wait_visible("#lobby-view").await;
    let mut player = join(&server, &pin, "Ann").await;
    screen
        .wait_for("document.querySelector('#player-count').textContent === '1'")
        .await;
    screen.tap("#start").await;

    // The slide: big title and its text; Next moves on.
    screen.wait_visible("#slide-view").await;
    assert_eq!(screen.text_of("#sl-text").await, "Welcome to the tour");
    assert_eq!(
        screen.text_of("#sl-body").await,
        "One question of each kind."
    );
    assert_eq!(screen.text_of("#next").await, "Next question");
    screen.tap("#next").await;

    // Single choice with its picture; the reveal marks one answer correct.
    screen
        .wait_for(&format!(
            "(() => {{ const i = document.querySelector('#q-media img'); \
             return i && i.complete && i.naturalWidth === 1 && i.alt === {}; }})()",
            js("Which planet is closest to the Sun?")
        ))
        .await;
    player_answers(&mut player, json!(1)).await;
    screen_reveal(&mut screen, 2).await;
    assert_eq!(
        texts(&mut screen, "#chart .chart-text").await,
        json!(["Venus", "Mercury", "Mars", "Earth"])
    );
    assert_eq!(
        texts(&mut screen, "#chart .is-correct .chart-text").await,
        json!(["Mercury"])
    );
    screen_next(&mut screen).await;

    // Multi-select: both correct answers marked.
    player_answers(&mut player, json!([0, 1])).await;
    screen_reveal(&mut screen, 3).await;
    assert_eq!(
        texts(&mut screen, "#chart .is-correct .chart-text").await,
        json!(["Saturn", "Uranus"])
    );
    assert_eq!(
        texts(&mut screen, "#chart .chart-count").await,
        json!([
            "1 player chose",
            "1 player chose",
            "0 players chose",
            "0 players chose"
        ])
    );
    assert_eq!(
        screen.text_of("#explanation").await,
        "All four giant planets have rings."
    );
    screen_next(&mut screen).await;

    // True or false.
    player_answers(&mut player, json!(1)).await;
    screen_reveal(&mut screen, 4).await;
    assert_eq!(
        texts(&mut screen, "#chart .is-correct .chart-text").await,
        json!(["True"])
    );
    screen_next(&mut screen).await;

    // Typed answer: the accepted answer and what was typed, with Hide.
    player_answers(&mut player, json!("Jupyter")).await;
    screen_reveal(&mut screen, 5).await;
    assert!(!screen.is_visible("#chart").await);
    assert_eq!(
        screen.text_of("#r-summary").await,
        "Accepted answer: Jupiter"
    );
    assert_eq!(
        texts(&mut screen, "#r-extra .entry").await,
        json!(["jupyter× 1Hide"])
    );
    screen_next(&mut screen).await;

    // Slider: the hint says the range; the reveal gives the correct value,
    // the average and a bar per value given.
    screen
        .wait_for(
            "document.querySelector('#q-hint').textContent.includes('from 0 moons to 10 moons')",
        )
        .await;
    assert!(!screen.is_visible("#q-answers").await);
    player_answers(&mut player, json!(3)).await;
    screen_reveal(&mut screen, 6).await;
    let summary = screen.text_of("#r-summary").await;
    assert!(summary.contains("Correct answer: 2 moons"), "{summary}");
    assert!(summary.contains("Average: 3 moons"), "{summary}");
    // A bar for each of the 11 steps; the one at 2 marked correct, the one
    // at 3 counting the player.
    assert_eq!(
        texts(&mut screen, "#chart .chart-text").await,
        json!(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"])
    );
    assert_eq!(
        texts(&mut screen, "#chart .is-correct .chart-text").await,
        json!(["2"])
    );
    let counts = texts(&mut screen, "#chart .chart-count").await;
    assert_eq!(counts[3], "1 player", "{counts}");
    assert_eq!(counts[2], "0 players", "{counts}");
    screen_next(&mut screen).await;

    // Ordering: the items as shown while answering, then the correct order.
    let open = player.until("phase", Some("answering")).await;
    let shown = open["state"]["answers"].clone();
    screen
        .wait_for("document.querySelector('#q-hint').textContent.includes('right order')")
        .await;
    assert_eq!(texts(&mut screen, "#q-answers .answer-text").await, shown);
    player
        .send(json!({"type": "answer", "question": 6, "answer": [0, 1, 2, 3]}))
        .await;
    screen_reveal(&mut screen, 7).await;
    assert_eq!(
        texts(&mut screen, ".reveal-order .order-text").await,
        json!(["Mercury", "Venus", "Earth", "Mars"])
    );
    screen_next(&mut screen).await;

    // Poll: the votes, nothing marked correct or incorrect.
    player_answers(&mut player, json!(2)).await;
    screen_reveal(&mut screen, 8).await;
    assert_eq!(
        texts(&mut screen, "#chart .chart-count").await,
        json!(["0 players chose", "0 players chose", "1 player chose"])
    );
    let chart = screen.text_of("#chart").await;
    assert!(!chart.contains("orrect"), "{chart}");
    screen_next(&mut screen).await;

    // Word cloud: the word, then Hide takes it off the screen.
    player_answers(&mut player, json!("Stars")).await;
    screen_reveal(&mut screen, 9).await;
    assert_eq!(
        texts(&mut screen, ".cloud .cloud-word").await,
        json!(["stars"])
    );
    assert_eq!(unnamed_controls(&mut screen).await, json!([]));
    screen.tap("button[aria-label='Hide stars']").await;
    screen
        .wait_for("document.querySelectorAll('.cloud .cloud-word').length === 0")
        .await;
    assert_clean(&screen);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_host_page_creates_a_game_with_the_options_ticked() {
    let Some(binary) = chromium_or_skip("the host page browser test") else {
        return;
    };
    let server = server_with_tour().await;
    let browser = Browser::launch(&binary);
    let mut page = Page::open(&browser).await;
    let base = format!("http://{}", server.addr);
    // Signed in with the admin token, as after `POST /api/login`.
    page.goto(&format!("{base}/host")).await;
    page.eval(&format!(
        "localStorage.setItem('quizbox.host.session', JSON.stringify({{token: {}, username: 'admin'}}))",
        js(&server.token)
    ))
    .await;
    page.reload().await;
    page.wait_visible("#host-form").await;
    assert_eq!(unnamed_controls(&mut page).await, json!([]));
    for option in [
        "#questions-on-screen-only",
        "#generated-nicknames",
        "#shuffle-answers",
    ] {
        assert_eq!(
            page.eval(&format!("document.querySelector({}).checked", js(option)))
                .await,
            json!(false),
            "{option} is off by default"
        );
        page.tap(option).await;
    }
    page.tap("#streak-bonus").await; // on by default: now off
    page.type_into("#quiz-filter", "kinds tour").await;
    page.wait_for("document.querySelector('#quiz-status').textContent.includes('1 of')")
        .await;
    page.tap("#quiz-list .quiz:not([hidden]) .quiz-name").await;
    // Keep the request body: the page navigates to the screen once created.
    page.eval(
        "(() => { const f = window.fetch; window.fetch = (url, options) => { \
         if (url === '/api/games') sessionStorage.setItem('sent', options.body); return f(url, options); }; })()",
    )
    .await;
    page.tap("#start-game").await;
    let pin = page
        .wait_for("(location.pathname.match(/^\\/screen\\/(\\d+)$/) || [])[1]")
        .await;
    let pin = pin.as_str().unwrap().to_string();
    let sent = page
        .eval("JSON.parse(sessionStorage.getItem('sent'))")
        .await;
    assert_eq!(
        sent,
        json!({"quiz_id": "kinds-tour", "intro_secs": 3, "streak_bonus": false, "shuffle_questions": false,
               "shuffle_answers": true, "questions_on_screen_only": true, "generated_nicknames": true})
    );

    // The game has the options: the nickname is generated, and phones get
    // the questions without their text.
    let mut player = hello(
        &server,
        json!({"type": "join", "v": 1, "pin": pin, "nickname": "Robin"}),
    )
    .await;
    let welcome = player.until("welcome", None).await;
    assert_ne!(welcome["player"]["nickname"], "Robin", "{welcome}");
    page.wait_for("document.querySelector('#player-count').textContent === '1'")
        .await;
    page.tap("#start").await;
    player.until("phase", Some("slide")).await;
    page.wait_visible("#slide-view").await;
    page.tap("#next").await;
    let intro = player.until("phase", Some("intro")).await;
    assert_eq!(intro["state"]["on_screen"], true, "{intro}");
    assert_eq!(intro["state"]["text"], "", "{intro}");
    assert_clean(&page);
    server.stop().await;
}
