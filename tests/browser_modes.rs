//! Late join and auto-advance in headless Chromium: a phone joining during
//! a question waits for the next one (also after a reload) and then plays
//! it; the presenter screen with host controls says whether joining is
//! open, locks and unlocks it during the game, and counts the auto-advance
//! down, paused and continued from its Pause button. The host's start
//! flow on a 1280×720 screen: the quiz list first and nothing chosen until
//! the host picks one, then End asking before it ends the game and Finish
//! alone on the podium. Chromium as in tests/browser.rs.

mod common;

use common::browser::{chromium_or_skip, Browser, Page};
use common::tour::*;
use common::*;
use serde_json::{json, Value};

/// A second quiz next to the tour, so the host page has a choice to make.
const SOLAR: &str = r#"
id = "solar-system"
title = "Solar system"
description = "Two quick questions."
time_limit = 20

[[questions]]
text = "Which planet is the largest?"
answers = ["Mars", "Jupiter"]
correct = "Jupiter"

[[questions]]
text = "Which planet has the most famous rings?"
answers = ["Saturn", "Venus"]
correct = "Saturn"
"#;

/// Makes the page a 1280×720 laptop or projector screen.
async fn laptop(page: &mut Page) {
    page.call(
        "Emulation.setDeviceMetricsOverride",
        json!({"width": 1280, "height": 720, "deviceScaleFactor": 1, "mobile": false}),
    )
    .await;
}

/// Whether the element lies wholly inside the window, without scrolling.
async fn in_view(page: &mut Page, selector: &str) -> bool {
    page.eval(&format!(
        "(() => {{ const r = document.querySelector({}).getBoundingClientRect(); \
         return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight; }})()",
        js(selector)
    ))
    .await
        == json!(true)
}

/// Empties the host page's quiz filter, as deleting its text would.
async fn clear_filter(page: &mut Page) {
    page.eval(
        "(() => { const f = document.querySelector('#quiz-filter'); f.value = ''; \
         f.dispatchEvent(new Event('input', {bubbles: true})); })()",
    )
    .await;
}

/// The computed style properties of an element, as a JSON object.
async fn style_of(page: &mut Page, selector: &str, properties: &[&str]) -> Value {
    page.eval(&format!(
        "(() => {{ const s = getComputedStyle(document.querySelector({})); \
         return Object.fromEntries({}.map(p => [p, s.getPropertyValue(p)])); }})()",
        js(selector),
        serde_json::to_string(properties).unwrap()
    ))
    .await
}

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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_host_chooses_the_quiz_first_and_end_asks_before_ending() {
    let Some(binary) = chromium_or_skip("the host start flow browser test") else {
        return;
    };
    let server = server_with_tour().await;
    let auth = format!("Bearer {}", server.token);
    let (status, _, body) = http_raw(
        server.addr,
        "POST",
        "/api/quizzes/import?name=solar.toml",
        Some(SOLAR),
        &[("Authorization", &auth)],
    )
    .await
    .unwrap();
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    let browser = Browser::launch(&binary);
    let mut page = Page::open(&browser).await;
    laptop(&mut page).await;
    let base = format!("http://{}", server.addr);

    // The sign-in form's password field looks like its username field.
    page.goto(&format!("{base}/host")).await;
    page.wait_visible("#login-form").await;
    let looks = [
        "border-top-width",
        "border-top-color",
        "background-color",
        "min-height",
        "font-size",
        "padding-left",
        "border-radius",
    ];
    let username = style_of(&mut page, "#login-username", &looks).await;
    assert_eq!(username["border-top-width"], "2px", "{username}");
    assert_eq!(
        style_of(&mut page, "#login-password", &looks).await,
        username
    );

    // Signed in with the admin token, as after `POST /api/login`.
    page.eval(&format!(
        "localStorage.setItem('quizbox.host.session', JSON.stringify({{token: {}, username: 'admin'}}))",
        js(&server.token)
    ))
    .await;
    page.reload().await;
    page.wait_visible("#host-form").await;
    // The server's sample quizzes, the tour and the solar system.
    let ids = page
        .wait_for(
            "document.querySelectorAll('#quiz-list .quiz').length >= 6 \
             && [...document.querySelectorAll('#quiz-list .quiz')].map(li => li.dataset.id)",
        )
        .await;
    for id in ["kinds-tour", "solar-system"] {
        assert!(ids.as_array().unwrap().contains(&json!(id)), "{ids}");
    }
    // The quiz list comes first, in view without scrolling, and nothing is
    // chosen: Start waits for the host's choice.
    assert!(in_view(&mut page, "#quiz-list").await);
    assert!(in_view(&mut page, "#quiz-list .quiz:first-child").await);
    assert!(
        in_view(&mut page, "#start-game").await,
        "Start in sight too"
    );
    assert_eq!(
        page.eval("document.querySelectorAll('#quiz-list input:checked').length")
            .await,
        json!(0)
    );
    assert_eq!(
        page.eval("document.querySelector('#start-game').disabled")
            .await,
        json!(true)
    );
    assert_eq!(page.text_of("#start-game").await, "Start game");
    assert_eq!(
        page.text_of("#start-note").await,
        "Choose a quiz above to start."
    );
    assert_eq!(unnamed_controls(&mut page).await, json!([]));
    // Enter in the filter starts nothing.
    page.type_into("#quiz-filter", "tour").await;
    page.press("Enter").await;
    assert_eq!(page.eval("location.pathname").await, json!("/host"));

    // Choosing a quiz names it on Start; filtering it away unchooses it.
    clear_filter(&mut page).await;
    page.tap("#quiz-list .quiz[data-id='solar-system'] .quiz-name")
        .await;
    assert_eq!(page.text_of("#start-game").await, "Start “Solar system”");
    page.type_into("#quiz-filter", "kinds").await;
    page.wait_for("document.querySelector('#start-game').disabled")
        .await;
    assert_eq!(page.text_of("#start-game").await, "Start game");
    clear_filter(&mut page).await;
    page.tap("#quiz-list .quiz[data-id='solar-system'] .quiz-name")
        .await;
    assert_eq!(
        page.eval("document.querySelector('#start-game').disabled")
            .await,
        json!(false)
    );

    // A link naming a quiz chooses it.
    page.goto(&format!("{base}/host?quiz=kinds-tour")).await;
    page.wait_for("document.querySelector('#start-game').textContent === 'Start “Kinds tour”'")
        .await;
    page.tap("#quiz-list .quiz[data-id='solar-system'] .quiz-name")
        .await;
    page.tap("#start-game").await;
    page.wait_for("/^\\/screen\\/\\d+$/.test(location.pathname)")
        .await;
    page.wait_visible("#lobby-view").await;
    page.wait_for("document.querySelector('#quiz-title').textContent === 'Solar system'")
        .await;

    // End asks first; Escape and Cancel keep the game.
    page.wait_visible("#end").await;
    assert_eq!(page.text_of("#end").await, "End game…");
    page.tap("#end").await;
    page.wait_for("document.querySelector('#end-dialog').open")
        .await;
    assert_eq!(
        page.eval("document.activeElement.id").await,
        json!("end-cancel")
    );
    assert_eq!(page.text_of("#end-title").await, "End the game now?");
    page.press("Escape").await;
    page.wait_for("!document.querySelector('#end-dialog').open")
        .await;
    page.tap("#end").await;
    page.wait_for("document.querySelector('#end-dialog').open")
        .await;
    page.tap("#end-cancel").await;
    page.wait_for("!document.querySelector('#end-dialog').open")
        .await;
    assert!(page.is_visible("#lobby-view").await, "the game goes on");

    // During a question End is set apart from Next and looks different.
    page.tap("#start").await;
    page.wait_visible("#question-view").await;
    page.wait_visible("#next").await;
    let colours = ["background-color", "border-top-color"];
    assert_ne!(
        style_of(&mut page, "#end", &colours).await,
        style_of(&mut page, "#next", &colours).await
    );
    let gap = page
        .eval(
            "document.querySelector('#end').getBoundingClientRect().left \
             - document.querySelector('#join-lock').getBoundingClientRect().right",
        )
        .await;
    assert!(gap.as_f64().unwrap() >= 48.0, "End stands apart: {gap}");
    // Confirming ends the game: the podium, where Finish alone closes it.
    page.tap("#end").await;
    page.wait_for("document.querySelector('#end-dialog').open")
        .await;
    assert!(page.text_of("#end-text").await.contains("podium"));
    page.tap("#end-confirm").await;
    page.wait_visible("#podium-view").await;
    page.wait_hidden("#end").await;
    assert_eq!(page.text_of("#next").await, "Finish");
    assert_eq!(
        page.eval(
            "document.getElementById(document.querySelector('#next').getAttribute('aria-describedby')).textContent"
        )
        .await,
        json!("Finish: close the game on every screen and phone. The results are already saved.")
    );
    page.tap("#next").await;
    page.wait_visible("#ended-view").await;
    assert_clean(&page);
    server.stop().await;
}
