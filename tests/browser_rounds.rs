//! A quiz in rounds in headless Chromium: imported from TOML with a
//! `round` on the first question of each round, the presenter screen names
//! each round where it starts, shows the round summary, then the break with
//! its countdown, which its host pauses and cuts short; the phone shows the
//! break and the next round's name; a game with a French big screen says
//! all of it in French. Chromium as in tests/browser.rs.

mod common;

use common::browser::{chromium_or_skip, Browser, Page};
use common::tour::{assert_clean, join_on_page};
use common::*;
use serde_json::json;

const PUB: &str = r#"
id = "pub-night"
title = "Pub night"
time_limit = 20

[[questions]]
round = "Warm-up"
kind = "true_false"
text = "Water boils at 100 °C at sea level."
correct = true

[[questions]]
round = "Music"
kind = "true_false"
text = "The Beatles came from Manchester."
correct = false
"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_screen_and_the_phone_show_the_rounds_and_the_break() {
    let Some(binary) = chromium_or_skip("the rounds browser test") else {
        return;
    };
    let server = TestServer::start().await;
    let auth = format!("Bearer {}", server.token);
    let (status, _, body) = http_raw(
        server.addr,
        "POST",
        "/api/quizzes/import?name=pub-night.toml",
        Some(PUB),
        &[("Authorization", &auth)],
    )
    .await
    .unwrap();
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    let (status, created) = server
        .post_json(
            "/api/games",
            &json!({"quiz_id": "pub-night", "intro_secs": 1, "break_secs": 30}),
        )
        .await;
    assert_eq!(status, 201, "{created}");
    let field = |k: &str| created[k].as_str().unwrap().to_string();
    let (pin, key) = (field("pin"), field("host_key"));

    let browser = Browser::launch(&binary);
    let mut phone = Page::open(&browser).await;
    let mut screen = Page::open_tab(&browser).await;
    screen
        .call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": 1280, "height": 720, "deviceScaleFactor": 1, "mobile": false}),
        )
        .await;
    let mut host = host(&server, &pin, &key).await;
    join_on_page(&mut phone, &server, &pin, &mut host).await;
    screen
        .goto(&format!("http://{}/screen/{pin}#key={key}", server.addr))
        .await;
    screen.wait_visible("#lobby-view").await;

    // Round 1 starts with its name on the big screen.
    host.send(json!({"type": "start"})).await;
    screen.wait_visible("#question-view").await;
    screen.wait_visible("#q-round").await;
    assert_eq!(screen.text_of("#q-round").await, "Round 1 of 2 · Warm-up");
    host.until("phase", Some("answering")).await;
    for phase in ["reveal", "leaderboard", "round_summary"] {
        host.send(json!({"type": "next"})).await;
        host.until("phase", Some(phase)).await;
    }

    // The round summary: Robin, who did not answer, has 0 points this round.
    screen.wait_visible("#round-view").await;
    assert_eq!(screen.text_of("#rs-title").await, "Warm-up");
    assert_eq!(screen.text_of("#rs-meta").await, "End of round 1 of 2");
    let row = screen.text_of("#round-board li").await;
    assert!(
        row.contains("Robin") && row.contains("0 this round"),
        "{row}"
    );
    assert_eq!(screen.text_of("#next").await, "Next: break");

    // The break on the screen and the phone, counting down from 0:30.
    screen.tap("#next").await;
    screen.wait_visible("#break-view").await;
    assert_eq!(
        screen.text_of("#b-next").await,
        "Next: round 2 of 2 · Music"
    );
    screen
        .wait_for("/^0:(2\\d|30)$/.test(document.querySelector('#b-clock').textContent)")
        .await;
    phone.wait_visible("#break").await;
    assert_eq!(phone.text_of("#b-next").await, "Next: round 2 of 2 · Music");
    phone
        .wait_for("/^0:(2\\d|30)$/.test(document.querySelector('#b-clock').textContent)")
        .await;

    // The host pauses the break on the screen; the phone's clock stops too.
    host.until("phase", Some("break")).await;
    assert_eq!(screen.text_of("#pause").await, "Pause");
    screen.tap("#pause").await;
    let paused = host.until("phase", Some("break")).await;
    assert_eq!(
        paused["state"]["countdown"].get("deadline"),
        None,
        "{paused}"
    );
    screen
        .wait_for("document.querySelector('#b-status').textContent === 'Paused'")
        .await;
    assert_eq!(screen.text_of("#pause").await, "Continue");
    let frozen = phone.text_of("#b-clock").await;
    tokio::time::sleep(std::time::Duration::from_millis(1_500)).await;
    assert_eq!(phone.text_of("#b-clock").await, frozen);

    // And starts round 2 at once.
    assert_eq!(screen.text_of("#next").await, "Start the next round");
    screen.tap("#next").await;
    screen
        .wait_for("document.querySelector('#q-round').textContent === 'Round 2 of 2 · Music'")
        .await;
    phone.wait_visible("#question").await;
    assert_clean(&phone);
    assert_clean(&screen);
    server.stop().await;
}

/// The round texts come from the catalogs: a game whose big screen is in
/// French shows the round's name, the summary, the break and the host's
/// buttons for them in French, in a browser that prefers English.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_french_big_screen_names_the_rounds_and_the_break_in_french() {
    let Some(binary) = chromium_or_skip("the rounds browser test in French") else {
        return;
    };
    let server = TestServer::start().await;
    let auth = format!("Bearer {}", server.token);
    let (status, _, body) = http_raw(
        server.addr,
        "POST",
        "/api/quizzes/import?name=pub-night.toml",
        Some(PUB),
        &[("Authorization", &auth)],
    )
    .await
    .unwrap();
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    let (status, created) = server
        .post_json(
            "/api/games",
            &json!({"quiz_id": "pub-night", "intro_secs": 1, "break_secs": 30,
                    "screen_language": "fr"}),
        )
        .await;
    assert_eq!(status, 201, "{created}");
    let field = |k: &str| created[k].as_str().unwrap().to_string();
    let (pin, key) = (field("pin"), field("host_key"));

    let browser = Browser::launch(&binary);
    let mut screen = Page::open(&browser).await;
    screen
        .call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": 1280, "height": 720, "deviceScaleFactor": 1, "mobile": false}),
        )
        .await;
    let mut host = host(&server, &pin, &key).await;
    // A player over a plain WebSocket: only the screen is in the browser.
    let _robin = join(&server, &pin, "Robin").await;
    host.until("player_joined", None).await;
    screen
        .goto(&format!("http://{}/screen/{pin}#key={key}", server.addr))
        .await;
    screen.wait_visible("#lobby-view").await;
    screen
        .wait_for("document.documentElement.lang === 'fr'")
        .await;

    host.send(json!({"type": "start"})).await;
    screen.wait_visible("#q-round").await;
    assert_eq!(screen.text_of("#q-round").await, "Manche 1 sur 2 · Warm-up");
    host.until("phase", Some("answering")).await;
    for phase in ["reveal", "leaderboard", "round_summary"] {
        host.send(json!({"type": "next"})).await;
        host.until("phase", Some(phase)).await;
    }

    screen.wait_visible("#round-view").await;
    assert_eq!(screen.text_of("#rs-meta").await, "Fin de la manche 1 sur 2");
    let row = screen.text_of("#round-board li").await;
    assert!(
        row.contains("0 dans cette manche") && row.contains("0 au total"),
        "{row}"
    );
    assert_eq!(
        screen
            .eval("document.querySelector('#round-board').getAttribute('aria-label')")
            .await,
        json!("Points de cette manche")
    );
    assert_eq!(screen.text_of("#next").await, "Suite : pause");

    screen.tap("#next").await;
    screen.wait_visible("#break-view").await;
    assert_eq!(screen.text_of("#b-meta").await, "Pause");
    assert_eq!(
        screen.text_of("#b-next").await,
        "Ensuite : manche 2 sur 2 · Music"
    );
    assert_eq!(screen.text_of("#next").await, "Lancer la manche suivante");
    host.until("phase", Some("break")).await;
    screen.tap("#pause").await;
    screen
        .wait_for("document.querySelector('#b-status').textContent === 'En pause'")
        .await;
    assert_eq!(screen.text_of("#pause").await, "Reprendre");
    assert_clean(&screen);
    server.stop().await;
}
