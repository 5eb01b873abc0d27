//! Sound on the big screen in headless Chromium: the screen asks for a click
//! before it can play, then plays the lobby loop, the reveal cue after a
//! question, stays silent once muted, and keeps its volume across a reload.
//! A phone stays silent, without even loading the sound module, until its
//! player turns sound on. The audio state is read from what assets/sound.js
//! writes on <body>.
//! Chromium as in tests/browser.rs.

mod common;

use common::browser::{chromium_or_skip, Browser, Page};
use common::tour::*;
use common::*;
use serde_json::{json, Value};

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

/// The phone shows the reveal of question `n` (1-based).
async fn phone_reveal(page: &mut Page, n: usize) {
    page.wait_for(&format!(
        "document.querySelector('#reveal').offsetParent !== null && \
         document.querySelector('#r-meta').textContent === 'Question {n} of {QUESTIONS}'"
    ))
    .await;
}

async fn sound_state(page: &mut Page) -> Value {
    page.eval(
        "(() => { const d = document.body.dataset; return {sound: d.sound, muted: d.muted, \
         volume: d.volume, last: d.soundLast, count: Number(d.soundCount)}; })()",
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_big_screen_plays_its_cues_mutes_on_request_and_keeps_its_volume() {
    let Some(binary) = chromium_or_skip("the sound browser test") else {
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

    // Before any click the browser holds sound back, and the screen says so.
    let state = sound_state(&mut screen).await;
    assert_eq!(state["sound"], "locked", "{state}");
    assert_eq!(state["count"], 0, "{state}");
    assert_eq!(
        screen.text_of("#sound-enable").await,
        "Click to enable sound"
    );
    screen.tap("#sound-enable").await;
    screen
        .wait_for("document.body.dataset.sound === 'playing:lobby'")
        .await;
    assert!(!screen.is_visible("#sound-enable").await);
    assert_eq!(
        screen
            .eval("document.querySelector('#sound-volume').labels[0].textContent")
            .await,
        "Volume"
    );

    // The lobby loop stops when the game starts; the reveal has its cue.
    let mut player = join(&server, &pin, "Ann").await;
    screen
        .wait_for("document.querySelector('#player-count').textContent === '1'")
        .await;
    screen.tap("#start").await;
    screen.wait_visible("#slide-view").await;
    screen
        .wait_for("document.body.dataset.sound !== 'playing:lobby'")
        .await;
    screen.tap("#next").await;
    player_answers(&mut player, json!(1)).await;
    screen_reveal(&mut screen, 2).await;
    screen
        .wait_for("document.body.dataset.soundLast === 'reveal'")
        .await;
    // The cue ends by itself: its oscillators finish and are let go.
    screen
        .wait_for("document.body.dataset.sound === 'silent'")
        .await;

    // Muted, the next reveal starts nothing.
    screen.tap("#sound-mute").await;
    let state = sound_state(&mut screen).await;
    assert_eq!(state["muted"], "true", "{state}");
    assert_eq!(state["sound"], "silent", "{state}");
    assert_eq!(
        screen
            .eval("document.querySelector('#sound-mute').getAttribute('aria-pressed')")
            .await,
        "true"
    );
    let played = state["count"].as_u64().unwrap();
    screen
        .wait_for("document.querySelector('#next').textContent === 'Next: leaderboard'")
        .await;
    screen.tap("#next").await;
    screen.wait_visible("#leaderboard-view").await;
    screen.tap("#next").await;
    player_answers(&mut player, json!([0, 2])).await;
    screen_reveal(&mut screen, 3).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let state = sound_state(&mut screen).await;
    assert_eq!(state["count"].as_u64().unwrap(), played, "{state}");
    assert_eq!(state["sound"], "silent", "{state}");

    // The volume slider works from the keyboard and is remembered, as is mute.
    screen
        .eval("document.querySelector('#sound-volume').focus()")
        .await;
    screen.press("ArrowLeft").await;
    screen.press("ArrowLeft").await;
    screen
        .wait_for("document.body.dataset.volume === '0.5'")
        .await;
    screen.reload().await;
    screen.wait_visible("#reveal-view").await;
    assert_eq!(
        screen
            .eval("document.querySelector('#sound-volume').value")
            .await,
        "50"
    );
    let state = sound_state(&mut screen).await;
    assert_eq!(state["volume"], "0.5", "{state}");
    assert_eq!(state["muted"], "true", "{state}");
    assert_eq!(screen.text_of("#sound-mute").await, "Unmute");
    assert_clean(&screen);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_phone_stays_silent_until_its_player_turns_sound_on() {
    let Some(binary) = chromium_or_skip("the phone sound browser test") else {
        return;
    };
    let server = server_with_tour().await;
    let (_, pin, key) = create_game(&server, json!({})).await;
    let browser = Browser::launch(&binary);
    let mut page = Page::open(&browser).await;
    let mut host = host(&server, &pin, &key).await;
    join_on_page(&mut page, &server, &pin, &mut host).await;
    let loaded =
        "performance.getEntriesByType('resource').some(e => e.name.endsWith('/assets/sound.js'))";

    // Silent by default: no sound module, no audio state.
    assert_eq!(page.eval(loaded).await, json!(false));
    assert_eq!(
        page.eval("document.body.dataset.sound === undefined").await,
        json!(true)
    );
    let toggle = "document.querySelector('#sound-toggle').getAttribute('aria-pressed')";
    assert_eq!(page.eval(toggle).await, "false");
    assert_eq!(page.text_of("#sound-toggle").await, "Sound");

    // Turned on, it loads the module and plays the reveal cue, but no lobby music.
    page.tap("#sound-toggle").await;
    page.wait_for("document.body.dataset.sound === 'silent'")
        .await;
    assert_eq!(page.eval(loaded).await, json!(true));
    assert_eq!(page.eval(toggle).await, "true");
    assert_eq!(sound_state(&mut page).await["muted"], "false");
    host.send(json!({"type": "start"})).await;
    host.until("phase", Some("slide")).await;
    host.send(json!({"type": "next"})).await;
    question_open(&mut page, 2).await;
    host.send(json!({"type": "skip"})).await;
    phone_reveal(&mut page, 2).await;
    page.wait_for("document.body.dataset.soundLast === 'reveal'")
        .await;
    assert_eq!(sound_state(&mut page).await["count"], 1);

    // Off again: the toggle says so and the next reveal is silent.
    page.tap("#sound-toggle").await;
    assert_eq!(page.eval(toggle).await, "false");
    host.until("phase", Some("reveal")).await;
    host_next(&mut host).await;
    host.until("phase", Some("answering")).await;
    host.send(json!({"type": "skip"})).await;
    phone_reveal(&mut page, 3).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(sound_state(&mut page).await["count"], 1);
    assert_clean(&page);
    server.stop().await;
}
