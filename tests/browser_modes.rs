//! Late join and auto-advance in headless Chromium: a phone joining during
//! a question waits for the next one (also after a reload) and then plays
//! it; the presenter screen with host controls says whether joining is
//! open, locks and unlocks it during the game, and counts the auto-advance
//! down, paused and continued from its Pause button. Chromium as in
//! tests/browser.rs.

mod common;

use common::browser::{chromium_or_skip, Browser, Page};
use common::tour::*;
use common::*;
use serde_json::json;

/// The screen's auto-advance line once it matches `pattern` (a JS regex).
async fn advance_text(screen: &mut Page, pattern: &str) -> String {
    screen
        .wait_for(&format!(
            "(() => {{ const a = document.querySelector('#advance'); \
             return !a.hidden && /{pattern}/.test(a.textContent) && a.textContent; }})()"
        ))
        .await
        .as_str()
        .unwrap()
        .to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_late_phone_waits_for_the_next_question_and_the_screen_runs_the_modes() {
    let Some(binary) = chromium_or_skip("the game modes browser test") else {
        return;
    };
    let server = server_with_tour().await;
    let (_, pin, key) = create_game(&server, json!({"auto_advance_secs": 4})).await;
    let browser = Browser::launch(&binary);
    let mut phone = Page::open(&browser).await;
    let mut screen = Page::open_tab(&browser).await;
    // A projector, not a phone: the screen's layout is wider than a phone's.
    screen
        .call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": 1280, "height": 720, "deviceScaleFactor": 1, "mobile": false}),
        )
        .await;
    let mut host = host(&server, &pin, &key).await;
    let mut ann = join(&server, &pin, "Ann").await;
    host.until("player_joined", None).await;
    screen
        .goto(&format!("http://{}/screen/{pin}#key={key}", server.addr))
        .await;
    screen.wait_visible("#lobby-view").await;
    assert!(
        !screen.is_visible("#top-joining").await,
        "the lobby says it itself"
    );

    host.send(json!({"type": "start"})).await;
    host.until("phase", Some("slide")).await;
    host.send(json!({"type": "next"})).await;
    ann.until("phase", Some("answering")).await;

    // Robin's phone joins during question 2: it waits for question 3.
    phone
        .goto(&format!("http://{}/join/{pin}", server.addr))
        .await;
    phone.type_into("#nickname", "Robin").await;
    phone.tap("#join").await;
    host.until("player_joined", None).await;
    phone.wait_visible("#waiting").await;
    assert_eq!(phone.text_of("#waiting-name").await, "Robin");
    assert_eq!(
        phone.text_of("#waiting-text").await,
        format!("The others are on question 2 of {QUESTIONS}. Your first is question 3, starting with 0 points.")
    );
    assert!(!phone.is_visible("#question").await);
    phone.reload().await;
    phone.wait_visible("#waiting").await;

    // The screen says joining is open; its host locks and unlocks it.
    screen.wait_visible("#top-joining").await;
    assert_eq!(screen.text_of("#top-joining").await, "Joining is open");
    assert_eq!(screen.text_of("#top-pin-value").await, pin);
    screen.tap("#join-lock").await;
    assert_eq!(host.until("joining", None).await["open"], false);
    screen
        .wait_for("document.querySelector('#top-joining').textContent === 'Joining is closed'")
        .await;
    assert_eq!(screen.text_of("#join-lock").await, "Unlock joining");
    screen.tap("#join-lock").await;
    assert_eq!(host.until("joining", None).await["open"], true);
    screen
        .wait_for("document.querySelector('#top-joining').dataset.open === 'true'")
        .await;

    // Ann answers; Robin, waiting, does not hold the question open. The
    // reveal counts down, the host pauses and continues it on the screen.
    ann.send(json!({"type": "answer", "question": 1, "answer": 1, "id": "a1"}))
        .await;
    ann.until("answer_ack", None).await;
    screen.wait_visible("#reveal-view").await;
    advance_text(&mut screen, "^Next in [1-4] s$").await;
    phone.wait_visible("#waiting").await;
    screen
        .wait_for("document.querySelector('#pause').textContent === 'Pause'")
        .await;
    screen.tap("#pause").await;
    let paused = advance_text(&mut screen, "^Paused: ").await;
    assert!(
        [
            "Paused: 1 s left",
            "Paused: 2 s left",
            "Paused: 3 s left",
            "Paused: 4 s left"
        ]
        .contains(&paused.as_str()),
        "{paused}"
    );
    assert_eq!(screen.text_of("#pause").await, "Continue");
    // Paused, the reveal stays past its time.
    tokio::time::sleep(std::time::Duration::from_secs(5)).await;
    assert!(screen.is_visible("#reveal-view").await);
    screen.tap("#pause").await;
    advance_text(&mut screen, "^Next in [1-4] s$").await;
    // Then the leaderboard and question 3 come by themselves, and the phone
    // plays it.
    screen.wait_visible("#leaderboard-view").await;
    advance_text(&mut screen, "^Next in [1-4] s$").await;
    question_open(&mut phone, 3).await;
    assert!(!screen.is_visible("#advance").await);
    assert_clean(&phone);
    assert_clean(&screen);
    server.stop().await;
}
