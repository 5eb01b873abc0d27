//! Question media in headless Chromium, on a phone, the host's big screen
//! and a second screen that only watches: the next question's picture is
//! fetched while the question before it is still shown, and shown from
//! that one fetch; a phone's sound is the same element through the intro,
//! the answers opening, a pause and the continue (so it plays on, never
//! from the start again); the host's screen, once the host pressed a key on
//! it, plays the sound by itself when answers open, and a screen nobody
//! touched, whose browser refuses, keeps the controls without an error.
//! Chromium as in tests/browser.rs.

mod common;

use common::browser::{chromium_or_skip, Browser, Page};
use common::media_files::{silent_mp3, PNG_1X1};
use common::tour::{assert_clean, join_on_page, js};
use common::*;
use quizbox::client::{Call, Server};
use serde_json::{json, Value};

/// Stores `bytes` with `POST /api/media`; returns the address to show it at.
async fn upload(server: &TestServer, bytes: &[u8]) -> String {
    let call = Call::new(hyper::Method::POST, "/api/media")
        .within(REQUEST_LIMIT)
        .header("Authorization", format!("Bearer {}", server.token))
        .body(bytes.to_vec());
    let reply = Server::at(server.addr, None).request(call).await.unwrap();
    let body: Value = serde_json::from_slice(&reply.body).unwrap();
    assert_eq!(reply.status, 201, "{body}");
    body["url"].as_str().unwrap().to_string()
}

/// Four questions: none, a stored picture, a stored sound, none.
fn quiz(picture: &str, sound: &str) -> String {
    format!(
        r#"
id = "media-tour"
title = "Media tour"
time_limit = 60

[[questions]]
text = "Ready for pictures and sounds?"
answers = ["Yes", "No"]
correct = "Yes"

[[questions]]
text = "Which moon is this?"
answers = ["Io", "Europa"]
correct = "Io"
media = "{picture}"

[[questions]]
text = "Which planet sounds like this?"
answers = ["Saturn", "Mars"]
correct = "Saturn"
media = "{sound}"

[[questions]]
text = "Was that quiet?"
answers = ["Yes", "No"]
correct = "Yes"
"#
    )
}

/// How often the page fetched `path` (null: never yet), which question it
/// shows meanwhile and how many of its pictures show that file.
fn fetched(path: &str) -> String {
    format!(
        "(() => {{ const n = performance.getEntriesByType('resource')\
         .filter(e => new URL(e.name).pathname === {p}).length; \
         return n && {{count: n, meta: document.querySelector('#q-meta').textContent, \
         shown: [...document.images].filter(i => i.getAttribute('src') === {p}).length}}; }})()",
        p = js(path)
    )
}

/// Makes `page` the tab in front: browsers start media in a tab only once
/// it has been seen.
async fn to_front(page: &mut Page) {
    page.call("Page.bringToFront", json!({})).await;
}

/// The host moves from the open question `index` (0-based) to the next
/// one's intro: skip, leaderboard, next.
async fn host_moves_on(host: &mut Client, index: usize) {
    let open = host.until("phase", Some("answering")).await;
    assert_eq!(open["state"]["index"], index, "{open}");
    host.send(json!({"type": "skip"})).await;
    let reveal = host.until("phase", Some("reveal")).await;
    assert_eq!(reveal["state"]["index"], index, "{reveal}");
    host.send(json!({"type": "next"})).await;
    host.until("phase", Some("leaderboard")).await;
    host.send(json!({"type": "next"})).await;
    let intro = host.until("phase", Some("intro")).await;
    assert_eq!(intro["state"]["index"], index + 1, "{intro}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_next_media_is_loaded_ahead_and_a_sound_plays_on_through_its_question() {
    let Some(binary) = chromium_or_skip("the media browser test") else {
        return;
    };
    let server = TestServer::start().await;
    let picture = upload(&server, PNG_1X1).await;
    let sound = upload(&server, &silent_mp3(400)).await;
    let auth = format!("Bearer {}", server.token);
    let (status, _, body) = http_raw(
        server.addr,
        "POST",
        "/api/quizzes/import?name=media-tour.toml",
        Some(&quiz(&picture, &sound)),
        &[("Authorization", &auth)],
    )
    .await
    .unwrap();
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    let (status, created) = server
        .post_json(
            "/api/games",
            &json!({"quiz_id": "media-tour", "intro_secs": 3, "streak_bonus": false}),
        )
        .await;
    assert_eq!(status, 201, "{created}");
    let pin = created["pin"].as_str().unwrap().to_string();
    let key = created["host_key"].as_str().unwrap().to_string();

    let browser = Browser::launch(&binary);
    let mut phone = Page::open(&browser).await;
    let mut screen = Page::open_tab(&browser).await;
    let mut watcher = Page::open_tab(&browser).await;
    screen
        .goto(&format!("http://{}/screen/{pin}#key={key}", server.addr))
        .await;
    watcher
        .goto(&format!("http://{}/screen/{pin}", server.addr))
        .await;
    for page in [&mut screen, &mut watcher] {
        page.wait_visible("#lobby-view").await;
    }
    let mut host = host(&server, &pin, &key).await;
    to_front(&mut phone).await;
    join_on_page(&mut phone, &server, &pin, &mut host).await;

    // The host starts the game from the big screen's keyboard.
    to_front(&mut screen).await;
    screen.press(" ").await;
    host.until("phase", Some("intro")).await;

    // Question 1 is on show, and question 2's picture is already fetched,
    // not yet shown anywhere.
    for (name, page) in [
        ("phone", &mut phone),
        ("screen", &mut screen),
        ("watcher", &mut watcher),
    ] {
        let seen = page.wait_for(&fetched(&picture)).await;
        assert_eq!(seen["meta"], "Question 1 of 4", "{name}: {seen}");
        assert_eq!(seen["shown"], 0, "{name}: {seen}");
    }

    // Question 2 shows the picture from that fetch.
    host_moves_on(&mut host, 0).await;
    for (name, page) in [
        ("phone", &mut phone),
        ("screen", &mut screen),
        ("watcher", &mut watcher),
    ] {
        page.wait_for(&format!(
            "(() => {{ const i = document.querySelector('#q-media img'); \
             return i && i.complete && i.naturalWidth === 1 && i.getAttribute('src') === {}; }})()",
            js(&picture)
        ))
        .await;
        let seen = page.eval(&fetched(&picture)).await;
        assert_eq!(
            (seen["count"].clone(), seen["shown"].clone()),
            (json!(1), json!(1)),
            "{name}: {seen}"
        );
    }

    // Question 3's sound: on the phone the element first seen in its intro
    // is the one that plays when answers open, and after a pause.
    host_moves_on(&mut host, 1).await;
    let first = phone
        .wait_for(
            "(() => { const a = document.querySelector('#q-media audio'); if (!a) return null; \
             if (!window.firstSound) window.firstSound = {node: a, label: document.querySelector('#q-label').textContent}; \
             return window.firstSound.label; })()",
        )
        .await;
    assert_eq!(first, "Get ready…", "the sound is there in the intro");
    let open = host.until("phase", Some("answering")).await;
    assert_eq!(open["state"]["index"], 2, "{open}");
    phone
        .wait_for("document.querySelector('#q-label').textContent === 'Time left'")
        .await;
    let same = "document.querySelector('#q-media audio') === window.firstSound.node";
    assert_eq!(phone.eval(same).await, true, "answers opened");
    host.send(json!({"type": "pause"})).await;
    phone.wait_visible("#q-paused").await;
    host.send(json!({"type": "continue"})).await;
    phone.wait_hidden("#q-paused").await;
    assert_eq!(phone.eval(same).await, true, "paused and continued");
    assert_eq!(
        phone
            .eval("document.querySelector('#q-media audio').getAttribute('aria-label')")
            .await,
        "Sound for Which planet sounds like this?"
    );

    // The host's screen plays it by itself; the untouched one may not, and
    // leaves the play button to whoever stands by it.
    let playing = screen
        .wait_for(
            "(() => { const a = document.querySelector('#q-media audio'); \
             return a && a.dataset.autoplay === 'playing' && !a.paused && a.currentTime > 0; })()",
        )
        .await;
    assert_eq!(playing, true);
    to_front(&mut watcher).await;
    let refused = watcher
        .wait_for(
            "(() => { const a = document.querySelector('#q-media audio'); \
             return a && a.dataset.autoplay === 'refused' && {paused: a.paused, controls: a.controls}; })()",
        )
        .await;
    assert_eq!(refused, json!({"paused": true, "controls": true}));

    // Nothing comes after the last question: nothing more is fetched.
    host.send(json!({"type": "skip"})).await;
    host.until("phase", Some("reveal")).await;
    host.send(json!({"type": "next"})).await;
    host.until("phase", Some("leaderboard")).await;
    host.send(json!({"type": "next"})).await;
    host.until("phase", Some("intro")).await;
    host.until("phase", Some("answering")).await;
    host.send(json!({"type": "skip"})).await;
    host.until("phase", Some("reveal")).await;
    let media = "performance.getEntriesByType('resource').map(e => new URL(e.name).pathname)\
                 .filter(p => p.startsWith('/media/') && !p.endsWith('.mp3')).length";
    assert_eq!(phone.eval(media).await, 1);
    for page in [&phone, &screen, &watcher] {
        assert_clean(page);
    }
    server.stop().await;
}
