//! The real player page in headless Chromium, driven over the DevTools
//! protocol: join through the join page, answer a question, see the result.
//! Chromium comes from Debian's `chromium` package (installed by .ci/run).
//! Without it the test is skipped locally with a notice, and fails under CI.

mod common;

use common::browser::{chromium_or_skip, Browser, Page};
use common::*;
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_player_joins_answers_and_sees_the_result_in_chromium() {
    let Some(binary) = chromium_or_skip("the browser test") else {
        return;
    };
    let server = TestServer::start().await;
    let base = format!("http://{}", server.addr);
    let browser = Browser::launch(&binary);
    let mut page = Page::open(&browser).await;

    // A wrong PIN gets a clear message on the join page.
    page.goto(&format!("{base}/")).await;
    page.type_into("#pin", "999999").await;
    page.type_into("#nickname", "Zed").await;
    page.tap("#join").await;
    let error = page
        .wait_for("document.querySelector('#join-error')?.textContent")
        .await;
    assert!(
        error.as_str().unwrap().contains("999999"),
        "join error says which PIN: {error}"
    );

    // Every input and button on the join page has an accessible name.
    let unnamed = page
        .eval(
            "[...document.querySelectorAll('input, button, select, textarea')].filter(e => \
             !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby') \
             && !(e.tagName === 'BUTTON' && e.textContent.trim())).map(e => e.outerHTML)",
        )
        .await;
    assert_eq!(unnamed, json!([]), "controls without an accessible name");

    // A 1 s intro: the page opens the answers itself at `opens_at`, from the
    // state its intro carried (players are sent no `answering` phase).
    let (game_id, pin, key) = server.create_game("world-capitals", 1).await;
    let quiz = server.get_json("/api/quizzes/world-capitals").await;
    let first = &quiz["questions"][0];
    let mut host = host(&server, &pin, &key).await;

    // The QR target pre-fills the PIN.
    page.goto(&format!("{base}/join/{pin}")).await;
    assert_eq!(
        page.wait_for("document.querySelector('#pin').value").await,
        pin
    );
    page.type_into("#nickname", "Robin").await;
    page.tap("#join").await;
    let joined = host.until("player_joined", None).await;
    assert_eq!(joined["player"]["nickname"], "Robin");
    page.wait_for("document.querySelector('#lobby') && document.querySelector('#lobby').offsetParent !== null").await;

    host.send(json!({"type": "start"})).await;
    page.wait_for("document.querySelector('#q-label').textContent === 'Get ready…'")
        .await;
    let count = page
        .wait_for("document.querySelectorAll('.answer').length")
        .await;
    assert_eq!(count, json!(first["answers"].as_array().unwrap().len()));
    // Fits a 360 px wide phone without sideways scrolling.
    page.assert_fits_width().await;
    // Answer buttons are named by their answer text.
    let names = page
        .eval("[...document.querySelectorAll('.answer')].map(b => (b.getAttribute('aria-label') || b.textContent).trim())")
        .await;
    for answer in first["answers"].as_array().unwrap() {
        let answer = answer.as_str().unwrap();
        assert!(
            names
                .as_array()
                .unwrap()
                .iter()
                .any(|n| n.as_str().unwrap().contains(answer)),
            "no button named {answer:?} in {names}"
        );
    }
    let index = first["correct"].as_u64().unwrap();
    page.tap(&format!(".answer[data-index='{index}']")).await;

    // One player answered: the question closes and the page shows the result.
    let result = page
        .wait_for("(document.querySelector('#result') || {}).textContent")
        .await;
    let result = result.as_str().unwrap().to_string();
    assert!(result.contains("Correct"), "result shows correct: {result}");
    let reveal = host.until("phase", Some("reveal")).await;
    assert_eq!(reveal["state"]["counts"][index as usize], 1);
    let results = server
        .get_json(&format!("/api/games/{game_id}/results"))
        .await;
    let points = results["answers"][0]["points"].as_u64().unwrap();
    assert!(
        result.contains(&points.to_string()),
        "result shows the {points} points: {result}"
    );

    // Finish the game: the page shows the final rank.
    host.send(json!({"type": "end"})).await;
    let final_text = page
        .wait_for("(document.querySelector('#final') || {}).textContent")
        .await;
    assert!(
        final_text.as_str().unwrap().contains('1'),
        "final rank shown: {final_text}"
    );

    let text = page.text_of("body").await;
    assert!(text.contains("Robin"), "nickname shown");
    assert!(
        page.problems.is_empty() && page.network_errors.is_empty(),
        "console errors or CSP violations: {:?} {:?}",
        page.problems,
        page.network_errors
    );
    server.stop().await;
}

/// Join tapped before the page's script ran (it waits for its catalog)
/// makes the browser send the form itself, as `?pin=…&nickname=…`: the
/// page finishes that join and clears the address.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_join_sent_before_the_script_ran_is_finished_by_the_page() {
    let Some(binary) = chromium_or_skip("the browser test") else {
        return;
    };
    let server = TestServer::start().await;
    let browser = Browser::launch(&binary);
    let mut page = Page::open(&browser).await;
    let (_, pin, key) = server.create_game("world-capitals", 1).await;
    let mut host = host(&server, &pin, &key).await;

    page.goto(&format!(
        "http://{}/join/{pin}?pin={pin}&nickname=Early%20Bird",
        server.addr
    ))
    .await;
    let joined = host.until("player_joined", None).await;
    assert_eq!(joined["player"]["nickname"], "Early Bird", "{joined}");
    page.wait_for("!document.querySelector('#game-view').hidden")
        .await;
    assert_eq!(page.eval("location.search").await, json!(""));
    assert_eq!(
        page.eval("location.pathname").await,
        json!(format!("/join/{pin}"))
    );
    server.stop().await;
}
