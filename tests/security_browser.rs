//! Hostile text in headless Chromium: nicknames and quiz text made of markup
//! show literally on the player page, the presenter screen (lobby, question,
//! leaderboard, podium) and the results JSON, and no script runs. Chromium
//! comes from Debian's `chromium` package; without it the test is skipped
//! locally with a notice, and fails under CI.

mod common;

use common::browser::{chromium_or_skip, Browser, Page};
use common::*;
use quizbox::quiz::{Question, QuestionKind, Quiz};
use serde_json::json;

/// 20 characters, the longest a nickname may be.
const NICKNAME: &str = "<svg/onload=alert()>";
const OTHER: &str = "<img src onerror=x>";
const TITLE: &str = "<img src=x onerror=alert(1)>";
const QUESTION: &str = "<script>alert(1)</script> or <b>bold</b>?";
const ANSWER: &str = "<img src=x onerror=alert(1)>";

fn hostile_quiz() -> Quiz {
    Quiz {
        rounds: Vec::new(),
        id: "hostile".into(),
        title: TITLE.into(),
        description: Some("<iframe src=//example.com>".into()),
        questions: vec![Question {
            text: QUESTION.into(),
            kind: QuestionKind::Single {
                answers: vec![
                    ANSWER.into(),
                    "<a href=javascript:alert(1)>plain</a>".into(),
                ],
                correct: 0,
            },
            time_limit: 30,
            points: 1000,
            explanation: Some("<marquee>explained</marquee>".into()),
            media: None,
        }],
    }
}

/// Counts script that ran: `alert` and friends are replaced before any page
/// script, and every element with an inline handler is counted too.
async fn arm(page: &mut Page) {
    page.call(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({"source": "window.__ran = 0; for (const f of ['alert', 'confirm', 'prompt']) \
                          window[f] = () => { window.__ran += 1; };"}),
    )
    .await;
}

async fn assert_inert(page: &mut Page, where_: &str) {
    let ran = page.eval("window.__ran").await;
    assert_eq!(ran, json!(0), "{where_}: script ran");
    let handlers = page
        .eval("document.querySelectorAll('[onload],[onerror],[onclick],script:not([src]),iframe,marquee').length")
        .await;
    assert_eq!(handlers, json!(0), "{where_}: markup became elements");
}

async fn body_contains(page: &mut Page, text: &str) {
    let expr = format!(
        "document.body.textContent.includes({})",
        serde_json::to_string(text).unwrap()
    );
    page.wait_for(&expr).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_nicknames_and_quiz_text_show_literally_and_run_nothing() {
    let Some(binary) = chromium_or_skip("the hostile-text browser test") else {
        return;
    };
    let server = TestServer::start().await;
    let store = quizbox::store::open(&settings_for(server.dir.path()).database)
        .await
        .unwrap();
    store.upsert_quiz(&hostile_quiz(), "test").await.unwrap();
    let (game_id, pin, key) = server.create_game("hostile", 0).await;
    let mut host = host(&server, &pin, &key).await;
    let base = format!("http://{}", server.addr);
    let browser = Browser::launch(&binary);
    let mut page = Page::open(&browser).await;
    arm(&mut page).await;

    // The player page: join with markup as the nickname.
    page.goto(&format!("{base}/join/{pin}")).await;
    page.type_into("#nickname", NICKNAME).await;
    page.tap("#join").await;
    let joined = host.until("player_joined", None).await;
    assert_eq!(joined["player"]["nickname"], NICKNAME);
    page.wait_visible("#lobby").await;
    assert_eq!(page.text_of("#lobby-name").await, NICKNAME);
    assert_eq!(page.text_of("#me-name").await, NICKNAME);
    let mut other = join(&server, &pin, OTHER).await;

    // The question and its answers, as text.
    host.send(json!({"type": "start"})).await;
    page.wait_for("document.querySelectorAll('.answer').length === 2")
        .await;
    assert_eq!(page.text_of("#q-text").await, QUESTION);
    body_contains(&mut page, ANSWER).await;
    assert_inert(&mut page, "player question").await;
    page.tap(".answer[data-index='0']").await;
    other
        .send(json!({"type": "answer", "question": 0, "answer": 1}))
        .await;
    host.until("phase", Some("reveal")).await;
    page.wait_for("(document.querySelector('#result') || {}).textContent")
        .await;
    host.send(json!({"type": "next"})).await;
    host.until("phase", Some("leaderboard")).await;
    host.send(json!({"type": "next"})).await;
    host.until("phase", Some("podium")).await;
    page.wait_for("(document.querySelector('#final') || {}).textContent")
        .await;
    assert_inert(&mut page, "player final").await;

    // The presenter screen at the podium: both nicknames as text.
    page.goto(&format!("{base}/screen/{pin}#key={key}")).await;
    body_contains(&mut page, NICKNAME).await;
    body_contains(&mut page, OTHER).await;
    body_contains(&mut page, TITLE).await;
    assert_inert(&mut page, "presenter podium").await;

    // A fresh game's lobby on the screen lists them as text too.
    let (_, pin2, key2) = server.create_game("hostile", 0).await;
    let _third = join(&server, &pin2, NICKNAME).await;
    page.goto(&format!("{base}/screen/{pin2}#key={key2}")).await;
    body_contains(&mut page, NICKNAME).await;
    assert_inert(&mut page, "presenter lobby").await;

    // The results, as the browser shows them: JSON text, nothing rendered.
    page.call("Network.enable", json!({})).await;
    page.call(
        "Network.setExtraHTTPHeaders",
        json!({"headers": {"Authorization": format!("Bearer {}", server.token)}}),
    )
    .await;
    page.goto(&format!("{base}/api/games/{game_id}/results"))
        .await;
    body_contains(&mut page, NICKNAME).await;
    body_contains(&mut page, OTHER).await;
    assert_inert(&mut page, "results").await;

    assert!(
        page.problems.is_empty(),
        "console errors or CSP violations: {:?}",
        page.problems
    );
    server.stop().await;
}
