//! Accessibility in headless Chromium: axe-core (from the npm registry,
//! installed under tests/browser-tools by `.ci/run`) run on the join page,
//! a player's question and result, the presenter screen and the host pages
//! (host, studio library and editor, reports list and report) must find no
//! serious or critical violation of WCAG 2.0/2.1/2.2 A and AA, nor do the
//! player page, the host page, the assignments and account pages and a
//! player's assignment page in Arabic (right to left). Beyond what
//! axe checks: the player's targets are at least 44 px, reduced motion
//! stops animations, phase changes and countdown milestones reach live
//! regions, and the big screen's read-aloud speaks the question. Chromium
//! as in tests/browser.rs.

mod common;

use std::path::PathBuf;

use common::browser::{chromium_or_skip, Browser, Page};
use common::tour::*;
use common::*;
use serde_json::{json, Value};

const TAGS: [&str; 5] = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa", "best-practice"];

/// The axe-core script `npm ci` put under tests/browser-tools. Missing, the
/// test is skipped locally with a notice and fails under CI.
fn axe_source() -> Option<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/browser-tools/node_modules/axe-core/axe.min.js");
    match std::fs::read_to_string(&path) {
        Ok(source) => Some(source),
        Err(e) => {
            assert!(
                std::env::var("CI").is_err(),
                "{}: {e} (run `npm ci` in tests/browser-tools)",
                path.display()
            );
            eprintln!(
                "NOTICE: {} missing; run `npm ci` in tests/browser-tools",
                path.display()
            );
            None
        }
    }
}

/// Runs axe on the page as it is now; returns the serious and critical
/// violations, one line per rule with the elements it found.
async fn serious_violations(page: &mut Page, axe: &str) -> Vec<String> {
    // Through DevTools, so the page's CSP (no inline or injected script)
    // stays as users get it.
    if page.eval("typeof window.axe").await != "object" {
        page.eval(&format!("{axe};0")).await;
    }
    let tags = serde_json::to_string(&TAGS[..4]).unwrap();
    let found = page
        .eval(&format!(
            "axe.run(document, {{runOnly: {{type: 'tag', values: {tags}}}, resultTypes: ['violations']}}) \
             .then(r => r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical') \
             .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — ' + \
                  v.nodes.map(n => n.target.join(' ') + ' ' + n.failureSummary.replace(/\\s+/g, ' ')).join(' | ')))"
        ))
        .await;
    found
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

/// Checks `what` (the page as it is now) and adds what axe found to `all`.
async fn check(page: &mut Page, axe: &str, what: &str, all: &mut Vec<String>) {
    let found = serious_violations(page, axe).await;
    eprintln!("axe: {what}: {} serious or critical", found.len());
    all.extend(found.into_iter().map(|v| format!("{what}: {v}")));
}

/// A desktop-sized viewport, as a projector or a host's laptop has.
async fn desktop(page: &mut Page) {
    page.call(
        "Emulation.setDeviceMetricsOverride",
        json!({"width": 1280, "height": 800, "deviceScaleFactor": 1, "mobile": false}),
    )
    .await;
}

/// Visible controls in `scope` smaller than 44 × 44 CSS pixels.
async fn small_targets(page: &mut Page, scope: &str) -> Value {
    page.eval(&format!(
        "[...document.querySelectorAll({})].filter(e => e.offsetParent !== null) \
         .map(e => [e.outerHTML.slice(0, 80), e.getBoundingClientRect()]) \
         .filter(([_, r]) => r.width < 44 || r.height < 44) \
         .map(([h, r]) => h + ' ' + Math.round(r.width) + 'x' + Math.round(r.height))",
        js(scope)
    ))
    .await
}

/// Presses Tab up to `presses` times (until focus comes back round) and
/// returns the controls that got focus without a visible ring: an outline
/// of at least 2 px or a box shadow.
async fn focus_without_ring(page: &mut Page, presses: usize) -> Vec<String> {
    let mut bare = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for _ in 0..presses {
        page.press("Tab").await;
        let focused = page
            .eval(
                "(() => { const e = document.activeElement; if (!e || e === document.body) return null; \
                 const cs = getComputedStyle(e); \
                 const ring = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) || cs.boxShadow !== 'none'; \
                 return [e.outerHTML.slice(0, 100), ring]; })()",
            )
            .await;
        let Some([html, ring]) = focused.as_array().map(|a| [a[0].clone(), a[1].clone()]) else {
            continue;
        };
        let html = html.as_str().unwrap().to_string();
        if !seen.insert(html.clone()) {
            break;
        }
        if ring != true {
            bare.push(html);
        }
    }
    assert!(seen.len() >= 2, "Tab reached {} control(s)", seen.len());
    bare
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn axe_finds_nothing_serious_on_the_player_presenter_and_host_pages() {
    let Some(binary) = chromium_or_skip("the accessibility browser test") else {
        return;
    };
    let Some(axe) = axe_source() else {
        return;
    };
    let server = server_with_tour().await;
    let base = format!("http://{}", server.addr);
    let (game_id, pin, key) = create_game(&server, json!({})).await;
    let browser = Browser::launch(&binary);
    let mut found = Vec::new();

    // The player's phone: the join page, the lobby.
    let mut phone = Page::open(&browser).await;
    phone.goto(&format!("{base}/")).await;
    // axe does find things: a button without a name is critical.
    phone
        .eval("document.body.append(Object.assign(document.createElement('button'), {id: 'nameless'}))")
        .await;
    let nameless = serious_violations(&mut phone, &axe).await;
    assert!(
        nameless
            .iter()
            .any(|v| v.starts_with("button-name (critical)")),
        "{nameless:?}"
    );
    phone
        .eval("document.querySelector('#nameless').remove()")
        .await;
    check(&mut phone, &axe, "join page", &mut found).await;
    phone.goto(&format!("{base}/join/{pin}")).await;
    check(&mut phone, &axe, "join page with a PIN", &mut found).await;
    // Every control shows where the keyboard is.
    assert_eq!(
        focus_without_ring(&mut phone, 12).await,
        Vec::<String>::new()
    );
    phone.type_into("#nickname", "山田太郎さん").await;
    phone.tap("#join").await;
    phone.wait_visible("#lobby").await;
    check(&mut phone, &axe, "player lobby", &mut found).await;

    // The big screen, started from its own page.
    let mut screen = Page::open_tab(&browser).await;
    desktop(&mut screen).await;
    screen.goto(&format!("{base}/screen/{pin}#key={key}")).await;
    screen
        .wait_for("document.querySelector('#player-count').textContent === '1'")
        .await;
    check(&mut screen, &axe, "presenter lobby", &mut found).await;
    screen.tap("#start").await;
    screen.wait_visible("#slide-view").await;
    check(&mut screen, &axe, "presenter slide", &mut found).await;
    screen.tap("#next").await;

    // A single-choice question on both; the player's targets are large.
    question_open(&mut phone, 2).await;
    check(&mut phone, &axe, "player question", &mut found).await;
    let small = small_targets(&mut phone, "#question button, #question input").await;
    assert_eq!(small, json!([]), "targets under 44 px on the player page");
    screen.wait_visible("#question-view").await;
    check(&mut screen, &axe, "presenter question", &mut found).await;
    assert_eq!(
        focus_without_ring(&mut screen, 20).await,
        Vec::<String>::new()
    );
    phone.tap("#answers button").await;
    result_shown(&mut phone, 2).await;
    check(&mut phone, &axe, "player result", &mut found).await;
    screen.wait_visible("#reveal-view").await;
    check(&mut screen, &axe, "presenter reveal", &mut found).await;
    // Right and wrong are said in text, not by colour alone.
    let marks = screen
        .eval("[...document.querySelectorAll('#reveal-view .chart-item')].map(li => li.textContent.includes('✓ Correct') ? 'right' : li.textContent.includes('(incorrect)') ? 'wrong' : li.textContent)")
        .await;
    let marks: Vec<&str> = marks
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(marks.len(), 4, "{marks:?}");
    assert_eq!(
        marks.iter().filter(|m| **m == "right").count(),
        1,
        "{marks:?}"
    );
    assert_eq!(
        marks.iter().filter(|m| **m == "wrong").count(),
        3,
        "{marks:?}"
    );
    screen.tap("#next").await;
    screen.wait_visible("#leaderboard-view").await;
    check(&mut screen, &axe, "presenter leaderboard", &mut found).await;
    // Ended early: End asks first, then the podium on both.
    screen.tap("#end").await;
    screen
        .wait_for("document.querySelector('#end-dialog').open")
        .await;
    check(&mut screen, &axe, "presenter end dialog", &mut found).await;
    screen.tap("#end-confirm").await;
    screen
        .wait_for("['#podium-view', '#ended-view'].some(s => document.querySelector(s).offsetParent !== null)")
        .await;
    check(&mut screen, &axe, "presenter podium", &mut found).await;
    phone
        .wait_for("(document.querySelector('#final') || {}).textContent")
        .await;
    check(&mut phone, &axe, "player final", &mut found).await;

    // The host pages, signed in with the admin token as after a login.
    let mut host = Page::open_tab(&browser).await;
    desktop(&mut host).await;
    host.goto(&format!("{base}/host")).await;
    host.eval(&format!(
        "localStorage.setItem('quizbox.host.session', JSON.stringify({{token: {}, username: 'admin'}}))",
        js(&server.token)
    ))
    .await;
    host.reload().await;
    host.wait_visible("#host-form").await;
    host.wait_for("document.querySelectorAll('#quiz-list input, #quiz-list button, #quiz-list li').length > 0")
        .await;
    check(&mut host, &axe, "host page", &mut found).await;
    assert_eq!(
        focus_without_ring(&mut host, 40).await,
        Vec::<String>::new()
    );
    host.goto(&format!("{base}/studio")).await;
    host.wait_for("document.querySelectorAll('.library-item').length > 0")
        .await;
    check(&mut host, &axe, "studio library", &mut found).await;
    host.goto(&format!("{base}/studio/edit/kinds-tour")).await;
    host.wait_for("document.querySelectorAll('input, textarea').length > 5 && document.querySelector('#page-error').textContent === ''")
        .await;
    check(&mut host, &axe, "studio editor", &mut found).await;
    assert_eq!(
        focus_without_ring(&mut host, 60).await,
        Vec::<String>::new()
    );
    host.goto(&format!("{base}/reports")).await;
    host.wait_for("document.querySelectorAll('#games-list tr.game-row').length > 0")
        .await;
    check(&mut host, &axe, "reports list", &mut found).await;
    host.goto(&format!("{base}/reports/{game_id}")).await;
    host.wait_for("!!document.querySelector('#report') && document.querySelector('#report').offsetParent !== null")
        .await;
    check(&mut host, &axe, "report", &mut found).await;

    assert!(
        found.is_empty(),
        "serious or critical accessibility violations:\n{}",
        found.join("\n")
    );
    for page in [&phone, &screen, &host] {
        assert_clean(page);
    }
    server.stop().await;
}

const SHORT_QUIZ: &str = r#"
id = "short"
title = "Short questions"
time_limit = 12

[[questions]]
kind = "single"
text = "Which planet is largest?"
answers = ["Mars", "Jupiter", "Venus"]
correct = "Jupiter"

[[questions]]
kind = "true_false"
text = "The Moon has air."
correct = false
"#;

/// A server with the short quiz and a game of it; returns the game's PIN and host key.
async fn short_game(server: &TestServer) -> (String, String) {
    let auth = format!("Bearer {}", server.token);
    let (status, _, body) = http_raw(
        server.addr,
        "POST",
        "/api/quizzes/import?name=short.toml",
        Some(SHORT_QUIZ),
        &[("Authorization", &auth)],
    )
    .await
    .unwrap();
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    let (status, created) = server
        .post_json(
            "/api/games",
            &json!({"quiz_id": "short", "intro_secs": 0, "streak_bonus": false}),
        )
        .await;
    assert_eq!(status, 201, "{created}");
    let s = |k: &str| created[k].as_str().unwrap().to_string();
    (s("pin"), s("host_key"))
}

/// Elements (and their ::before and ::after) whose animation or transition
/// lasts longer than 10 ms.
const MOVING: &str = "[...document.querySelectorAll('*')].flatMap(e => [null, '::before', '::after'].map(p => getComputedStyle(e, p))) \
    .filter(cs => [cs.animationDuration, cs.transitionDuration].some(d => d.split(',').some(x => parseFloat(x) > 0.01))).length";

/// Starts recording what the page's live region says into `window.__heard`.
async fn listen(page: &mut Page) {
    page.eval(
        "window.__heard = []; new MutationObserver(() => { const t = document.querySelector('#announce').textContent; \
         if (t) window.__heard.push(t); }).observe(document.querySelector('#announce'), {childList: true, characterData: true, subtree: true})",
    )
    .await;
}

async fn heard(page: &mut Page, text: &str) -> Value {
    page.wait_for(&format!(
        "window.__heard.includes({}) && window.__heard",
        js(text)
    ))
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_phone_announces_phases_and_countdown_milestones_and_honours_reduced_motion() {
    let Some(binary) = chromium_or_skip("the live region browser test") else {
        return;
    };
    let server = TestServer::start().await;
    let (pin, key) = short_game(&server).await;
    let browser = Browser::launch(&binary);
    let mut phone = Page::open(&browser).await;
    let mut host = host(&server, &pin, &key).await;
    phone
        .goto(&format!("http://{}/join/{pin}", server.addr))
        .await;

    // The connection line pulses while it says something (shown here as
    // while connecting); with reduced motion asked for, nothing moves.
    phone
        .eval("document.querySelector('#connection').textContent = 'Connecting…'")
        .await;
    let moving = phone.eval(MOVING).await;
    assert!(moving.as_u64().unwrap() > 0, "some transitions by default");
    phone
        .call(
            "Emulation.setEmulatedMedia",
            json!({"features": [{"name": "prefers-reduced-motion", "value": "reduce"}]}),
        )
        .await;
    assert_eq!(phone.eval(MOVING).await, json!(0), "reduced motion");
    phone
        .eval("document.querySelector('#connection').textContent = ''")
        .await;

    listen(&mut phone).await;
    phone.type_into("#nickname", "Ann").await;
    phone.tap("#join").await;
    host.until("player_joined", None).await;
    heard(&mut phone, "You're in! Waiting for the host…").await;
    host.send(json!({"type": "start"})).await;
    heard(&mut phone, "Question 1 of 2. Which planet is largest?").await;
    assert_eq!(phone.eval(MOVING).await, json!(0), "reduced motion");
    // The countdown speaks at 10 and 5 seconds left, not every second.
    let all = heard(&mut phone, "5 seconds left").await;
    let counted: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .filter(|t| t.contains("seconds left"))
        .collect();
    assert_eq!(counted, ["10 seconds left", "5 seconds left"], "{all}");
    // Time runs out; the reveal's result has its own live region.
    host.until("phase", Some("reveal")).await;
    let status = phone
        .wait_for("(() => { const r = document.querySelector('#reveal [role=status]'); return r && r.offsetParent !== null && r.textContent.trim(); })()")
        .await;
    assert!(!status.as_str().unwrap().is_empty());
    // Ending the game says so.
    host.send(json!({"type": "end"})).await;
    let all = phone
        .wait_for("window.__heard.some(t => t.startsWith('Final results.') || t === 'Game over.') && window.__heard")
        .await;
    // Each phase is said once.
    let questions = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t.as_str().unwrap().starts_with("Question 1"))
        .count();
    assert_eq!(questions, 1, "{all}");
    assert_clean(&phone);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_big_screen_reads_questions_aloud_when_asked_and_remembers_it() {
    let Some(binary) = chromium_or_skip("the read-aloud browser test") else {
        return;
    };
    let server = TestServer::start().await;
    let (pin, key) = short_game(&server).await;
    let browser = Browser::launch(&binary);
    let mut screen = Page::open(&browser).await;
    desktop(&mut screen).await;
    // Records what is handed to the browser's speech synthesis, then hands
    // it on: the page's own calls are what is checked.
    screen
        .call(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({"source": "window.__spoken = []; const speak = speechSynthesis.speak.bind(speechSynthesis); \
                   speechSynthesis.speak = (u) => { window.__spoken.push({text: u.text, lang: u.lang}); speak(u); };"}),
        )
        .await;
    screen
        .goto(&format!("http://{}/screen/{pin}#key={key}", server.addr))
        .await;
    screen.wait_visible("#lobby-view").await;
    let _player = join(&server, &pin, "Ann").await;
    screen
        .wait_for("document.querySelector('#player-count').textContent === '1'")
        .await;
    // Off by default.
    screen.wait_visible("#read-aloud").await;
    assert_eq!(
        screen
            .eval("document.querySelector('#read-aloud').getAttribute('aria-pressed')")
            .await,
        "false"
    );
    screen.tap("#start").await;
    screen.wait_visible("#question-view").await;
    assert_eq!(screen.text_of("#q-text").await, "Which planet is largest?");
    assert_eq!(screen.eval("window.__spoken").await, json!([]));
    // Turned on mid-question: the question on screen is read at once, in
    // the page's language.
    screen.tap("#read-aloud").await;
    assert_eq!(
        screen
            .eval("document.querySelector('#read-aloud').getAttribute('aria-pressed')")
            .await,
        "true"
    );
    screen.wait_for("window.__spoken.length === 1").await;
    assert_eq!(
        screen.eval("window.__spoken").await,
        json!([{"text": "Which planet is largest?", "lang": "en"}])
    );
    // Remembered after a reload; the next question is read by itself, once.
    screen.reload().await;
    screen.wait_visible("#question-view").await;
    assert_eq!(
        screen
            .eval("document.querySelector('#read-aloud').getAttribute('aria-pressed')")
            .await,
        "true"
    );
    screen
        .wait_for("window.__spoken.length === 1 && window.__spoken[0].text === 'Which planet is largest?'")
        .await;
    screen.tap("#skip").await;
    screen.wait_visible("#reveal-view").await;
    screen.tap("#next").await;
    screen.wait_visible("#leaderboard-view").await;
    screen.tap("#next").await;
    screen.wait_visible("#question-view").await;
    screen
        .wait_for("window.__spoken.length === 2 && window.__spoken[1].text === 'The Moon has air.'")
        .await;
    // Off again: speech stops and the choice is kept.
    screen.tap("#read-aloud").await;
    assert_eq!(
        screen
            .eval("[localStorage.getItem('quizbox.screen.readAloud'), speechSynthesis.speaking]")
            .await,
        json!(["false", false])
    );
    assert_clean(&screen);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn axe_finds_nothing_serious_on_the_player_page_in_arabic() {
    let Some(binary) = chromium_or_skip("the right-to-left accessibility browser test") else {
        return;
    };
    let Some(axe) = axe_source() else {
        return;
    };
    let server = TestServer::start().await;
    let (pin, key) = short_game(&server).await;
    let browser = Browser::launch(&binary);
    let mut phone = Page::open(&browser).await;
    phone.prefer_languages("ar").await;
    let mut host = host(&server, &pin, &key).await;
    let mut found = Vec::new();
    phone
        .goto(&format!("http://{}/join/{pin}", server.addr))
        .await;
    phone
        .wait_for(
            "document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar'",
        )
        .await;
    check(&mut phone, &axe, "Arabic join page", &mut found).await;
    phone.type_into("#nickname", "ليلى").await;
    phone.tap("#join").await;
    phone.wait_visible("#lobby").await;
    check(&mut phone, &axe, "Arabic lobby", &mut found).await;
    host.send(json!({"type": "start"})).await;
    phone
        .wait_for("document.querySelectorAll('#answers button:not(:disabled)').length === 3")
        .await;
    check(&mut phone, &axe, "Arabic question", &mut found).await;
    assert_eq!(
        small_targets(&mut phone, "#answers button, #lang-picker, .topbar button").await,
        json!([])
    );
    phone.tap("#answers button").await;
    phone.wait_visible("#result").await;
    check(&mut phone, &axe, "Arabic result", &mut found).await;
    assert!(
        found.is_empty(),
        "serious or critical accessibility violations:\n{}",
        found.join("\n")
    );
    assert_clean(&phone);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn axe_finds_nothing_serious_on_the_host_pages_and_an_assignment_in_arabic() {
    let Some(binary) = chromium_or_skip("the right-to-left host pages accessibility test") else {
        return;
    };
    let Some(axe) = axe_source() else {
        return;
    };
    let server = TestServer::start().await;
    let base = format!("http://{}", server.addr);
    let browser = Browser::launch(&binary);
    let mut page = Page::open(&browser).await;
    page.prefer_languages("ar").await;
    let rtl = "document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar'";
    let mut found = Vec::new();

    // The host's pages on a laptop, signed in with the admin token as after a login.
    desktop(&mut page).await;
    page.goto(&format!("{base}/host")).await;
    page.eval(&format!(
        "localStorage.setItem('quizbox.host.session', JSON.stringify({{token: {}, username: 'admin'}}))",
        js(&server.token)
    ))
    .await;
    page.reload().await;
    page.wait_for(&format!(
        "{rtl} && document.querySelectorAll('#quiz-list li').length > 0"
    ))
    .await;
    check(&mut page, &axe, "Arabic host page", &mut found).await;
    page.goto(&format!("{base}/assignments")).await;
    page.wait_for(&format!(
        "{rtl} && !document.getElementById('content').hidden && document.querySelectorAll('#quiz option').length > 0"
    ))
    .await;
    check(&mut page, &axe, "Arabic assignments page", &mut found).await;
    page.goto(&format!("{base}/account/invite#a-secret")).await;
    page.wait_for(&format!(
        "{rtl} && !document.getElementById('account-form').hidden"
    ))
    .await;
    check(&mut page, &axe, "Arabic account page", &mut found).await;

    // A player's assignment page on a phone.
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as u64;
    let quizzes = server.get_json("/api/quizzes").await;
    let quiz = quizzes[0]["id"].as_str().unwrap();
    let (status, made) = server
        .post_json(
            "/api/assignments",
            &json!({"quiz_id": quiz, "closes_at": now_ms + 86_400_000}),
        )
        .await;
    assert_eq!(status, 201, "{made}");
    let code = made["code"].as_str().unwrap();
    let mut phone = Page::open_tab(&browser).await;
    phone.prefer_languages("ar").await;
    phone.goto(&format!("{base}/a/{code}")).await;
    phone
        .wait_for(&format!(
            "{rtl} && !document.getElementById('start-form').hidden"
        ))
        .await;
    check(&mut phone, &axe, "Arabic assignment page", &mut found).await;
    assert_eq!(
        small_targets(&mut phone, "#begin, #lang-picker").await,
        json!([])
    );
    assert!(found.is_empty(), "{found:#?}");
    for page in [&page, &phone] {
        assert_clean(page);
    }
    server.stop().await;
}
