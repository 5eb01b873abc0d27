//! The game options and the presenter screen in headless Chromium, with the
//! tour quiz of every kind: questions on the big screen only (phones show
//! shapes), generated nicknames, the presenter screen drawing each kind with
//! the host hiding a word-cloud entry, and the host page creating a game with
//! the options ticked. Chromium as in tests/browser.rs.

mod common;

use common::browser::{chromium_or_skip, Browser, Page};
use common::tour::*;
use common::*;
use serde_json::{json, Value};

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
    // Phones show no media here, so they load none ahead either.
    assert_eq!(
        page.eval(
            "performance.getEntriesByType('resource')\
             .filter(e => new URL(e.name).pathname.startsWith('/media/')).length"
        )
        .await,
        json!(0)
    );
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
    let by_shape: Vec<&str> = ["Mercury", "Venus", "Earth", "Mars"]
        .iter()
        .map(|planet| SHAPES[shown.iter().position(|s| s == planet).unwrap()])
        .collect();
    reorder(&mut page, &by_shape).await;
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
    // The quiz list comes first on the page: once it is filled, nothing
    // above the options moves, and a tap lands where it was aimed.
    page.wait_for("document.querySelectorAll('#quiz-list .quiz').length > 0")
        .await;
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
    // The big screen in Japanese, each language named in itself.
    assert_eq!(
        page.eval("document.querySelector('#screen-language').value")
            .await,
        json!("")
    );
    page.eval(
        "(() => { const s = document.querySelector('#screen-language'); \
         s.value = [...s.options].find(o => o.textContent === '日本語').value; \
         s.dispatchEvent(new Event('change')); })()",
    )
    .await;
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
               "shuffle_answers": true, "questions_on_screen_only": true, "generated_nicknames": true,
               "late_join": true, "auto_advance_secs": 0, "break_secs": 60, "teams": {"mode": "off"},
               "screen_language": "ja"})
    );
    // The screen the page went on to speaks it, whatever the browser prefers.
    page.wait_for("document.documentElement.lang === 'ja' && document.querySelector('#start').textContent === '開始'")
        .await;

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
    // The answering state the phone opens by itself is left out the same way.
    let open = &intro["state"]["answering"];
    assert_eq!(open["on_screen"], true, "{intro}");
    assert_eq!(open["text"], "", "{intro}");
    assert_clean(&page);
    server.stop().await;
}
