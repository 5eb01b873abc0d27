//! A self-paced assignment in headless Chromium. A host signs in on
//! `/assignments` and publishes a quiz asking for a student number; one
//! student takes it, reloading the page mid-way (it goes on at the same
//! question, the server's timer still running), and finishes first; a
//! second student takes it later from another origin (so with storage of
//! their own). After each answer the page says whether it was right and
//! the points it earned, which add up to the score. The host's results
//! list both, ranked, and the host closes it. Chromium as in
//! tests/browser.rs.

mod common;

use common::browser::{chromium_or_skip, Browser, Page};
use common::tour::assert_clean;
use common::*;
use serde_json::{json, Value};

const HOST: &str = "rosa";
const PASSWORD: &str = "rosa-password-1";

const QUIZ: &str = r#"
id = "moons"
title = "Moons of the Solar System"
time_limit = 20

[[questions]]
kind = "single"
text = "Which planet has the moon Titan?"
answers = ["Jupiter", "Saturn", "Uranus", "Neptune"]
correct = "Saturn"

[[questions]]
kind = "true_false"
text = "Mars has two moons."
correct = true

[[questions]]
kind = "single"
text = "Which moon is the largest?"
answers = ["Ganymede", "Titan", "Europa"]
correct = "Ganymede"
"#;

async fn server_with_host() -> TestServer {
    let server = TestServer::start().await;
    host_with_quiz(&server, HOST, PASSWORD, "moons.toml", QUIZ).await;
    server
}

/// The question shown: its index, once the question view is up.
async fn question_shown(page: &mut Page) -> u64 {
    page.wait_for(
        "document.body.dataset.view === 'question' && !document.getElementById('question-view').hidden \
         && Number(document.getElementById('question-view').dataset.index) + 1",
    )
    .await
    .as_u64()
    .unwrap()
        - 1
}

/// Taps answer button `choice` of question `index` and waits for the
/// feedback: its headline and its points line.
async fn answer(page: &mut Page, index: u64, choice: u64) -> (String, String) {
    assert_eq!(question_shown(page).await, index);
    page.tap(&format!("#controls button.answer[data-index='{choice}']"))
        .await;
    page.wait_visible("#feedback-view").await;
    (
        page.text_of("#feedback-title").await,
        page.text_of("#feedback-points").await,
    )
}

/// The points a feedback's points line gives (`+987 points …`).
fn gained(line: &str) -> u64 {
    let digits: String = line
        .trim_start_matches('+')
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',')
        .filter(char::is_ascii_digit)
        .collect();
    digits
        .parse()
        .unwrap_or_else(|_| panic!("no points in {line:?}"))
}

/// The score in the top bar, as a number.
async fn score_shown(page: &mut Page) -> u64 {
    let text = page.text_of("#me-score").await;
    text.chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap_or_else(|_| panic!("no score in {text:?}"))
}

/// Starts the assignment at `link` as `name`.
async fn start(page: &mut Page, link: &str, name: &str) {
    page.goto(link).await;
    page.wait_visible("#start-form").await;
    assert_eq!(page.text_of("#name-label").await, "Student number");
    assert_eq!(page.text_of("#title").await, "Moons of the Solar System");
    page.type_into("#name", name).await;
    page.tap("#begin").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_students_take_an_assignment_at_different_times_and_the_host_sees_the_results() {
    let Some(binary) = chromium_or_skip("the assignment browser test") else {
        return;
    };
    let server = server_with_host().await;
    let base = format!("http://{}", server.addr);
    let browser = Browser::launch(&binary);

    // The host publishes it.
    let mut host = Page::open(&browser).await;
    host.goto(&format!("{base}/assignments")).await;
    host.type_into("#login-username", HOST).await;
    host.type_into("#login-password", PASSWORD).await;
    host.tap("#login").await;
    host.wait_for("document.querySelector('#quiz option[value=\"moons\"]')")
        .await;
    host.eval("document.getElementById('quiz').value = 'moons'")
        .await;
    host.type_into("#identifier", "Student number").await;
    host.tap("#create").await;
    host.wait_for("document.querySelectorAll('#list tr.assignment-row').length === 1")
        .await;
    let shown = host
        .eval("document.querySelector('#list tr.assignment-row .assignment-link').href")
        .await
        .as_str()
        .unwrap()
        .to_string();
    let code = shown.rsplit('/').next().unwrap().to_string();
    assert_eq!(code.len(), 6, "{shown}");
    assert!(
        shown.ends_with(&format!(":{}/a/{code}", server.addr.port())),
        "{shown}"
    );
    // The link names this machine's LAN address for phones; the test's
    // server listens on loopback only.
    let link = format!("{base}/a/{code}");
    assert_eq!(host.text_of("#list tr.assignment-row .state").await, "open");

    // The first student: right, then a reload before the second question
    // is answered, which goes on at that question with its own deadline.
    let mut first = Page::open_tab(&browser).await;
    start(&mut first, &link, "s-1001").await;
    let (title, points) = answer(&mut first, 0, 1).await;
    assert_eq!(title, "Correct!");
    assert!(
        points.starts_with('+') && points.ends_with(" points") && gained(&points) > 0,
        "{points}"
    );
    let mut total = gained(&points);
    assert_eq!(score_shown(&mut first).await, total);
    assert_eq!(
        first
            .eval("document.getElementById('feedback-view').classList.contains('is-correct')")
            .await,
        true
    );
    first.tap("#next").await;
    assert_eq!(question_shown(&mut first).await, 1);
    let seconds: u64 = first.text_of("#seconds").await.parse().unwrap();
    assert!((1..=20).contains(&seconds), "{seconds}");
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    first.reload().await;
    assert_eq!(question_shown(&mut first).await, 1);
    let after: u64 = first.text_of("#seconds").await.parse().unwrap();
    assert!(
        after < 20 && after <= seconds,
        "the timer went on: {seconds} then {after}"
    );
    assert_eq!(first.text_of("#me-name").await, "s-1001");
    // Right twice in a row: the streak bonus is in the points.
    let (title, points) = answer(&mut first, 1, 0).await;
    assert_eq!(title, "Correct!");
    assert!(
        points.ends_with(" points (incl. +100 streak bonus)"),
        "{points}"
    );
    total += gained(&points);
    first.tap("#next").await;
    let (title, points) = answer(&mut first, 2, 0).await;
    assert_eq!(title, "Correct!");
    assert!(
        points.ends_with(" points (incl. +200 streak bonus)"),
        "{points}"
    );
    total += gained(&points);
    assert_eq!(score_shown(&mut first).await, total);
    assert_eq!(first.text_of("#next").await, "See your result");
    first.tap("#next").await;
    first.wait_visible("#done-view").await;
    assert!(first.text_of("#done-rank").await.contains("1st"));
    assert_clean(&first);

    // The second student, later, on another origin (storage of their own):
    // wrong, right, skipped.
    let other = link.replace("127.0.0.1", "localhost");
    let mut second = Page::open_tab(&browser).await;
    start(&mut second, &other, "s-1002").await;
    let wrong = answer(&mut second, 0, 0).await;
    assert_eq!(wrong, ("Incorrect".into(), "No points".into()));
    assert_eq!(
        second
            .eval("document.getElementById('feedback-view').classList.contains('is-incorrect')")
            .await,
        true
    );
    assert_eq!(second.text_of("#announce").await, "Incorrect No points");
    assert_eq!(score_shown(&mut second).await, 0);
    second.tap("#next").await;
    // Right after a wrong one: no streak bonus.
    let (title, points) = answer(&mut second, 1, 0).await;
    assert_eq!(title, "Correct!");
    assert!(
        points.ends_with(" points") && !points.contains("streak"),
        "{points}"
    );
    let second_score = gained(&points);
    assert_eq!(score_shown(&mut second).await, second_score);
    second.tap("#next").await;
    assert_eq!(question_shown(&mut second).await, 2);
    second.tap("#pass").await;
    second.wait_visible("#feedback-view").await;
    assert_eq!(second.text_of("#feedback-title").await, "Skipped");
    assert_eq!(second.text_of("#feedback-points").await, "");
    second.tap("#next").await;
    second.wait_visible("#done-view").await;
    assert!(second.text_of("#done-rank").await.contains("2nd"));
    let board = second
        .eval("[...document.querySelectorAll('#board li')].map(li => li.textContent)")
        .await;
    assert_eq!(board.as_array().unwrap().len(), 2, "{board}");
    assert!(board[0].as_str().unwrap().starts_with("s-1001"), "{board}");
    assert_clean(&second);

    // The host's results: both ranked and finished, each question's counts.
    host.tap(&format!("#list tr[data-code='{code}'] .actions button"))
        .await;
    host.wait_for("document.querySelectorAll('#results-board tr').length === 2")
        .await;
    let board: Value = host
        .eval("[...document.querySelectorAll('#results-board tr')].map(tr => [...tr.cells].map(c => c.textContent))")
        .await;
    assert_eq!(board[0][0], "1");
    assert_eq!(board[0][1], "s-1001");
    assert_eq!(board[0][3], "3");
    assert_eq!(board[1][0], "2");
    assert_eq!(board[1][1], "s-1002");
    assert_eq!(board[1][3], "1");
    let players: Value = host
        .eval("[...document.querySelectorAll('#results-players tr')].map(tr => tr.cells[1].textContent)")
        .await;
    assert_eq!(players, json!(["finished", "finished"]));
    let questions: Value = host
        .eval("[...document.querySelectorAll('#results-questions tr')].map(tr => [tr.cells[1].textContent, tr.cells[2].textContent])")
        .await;
    assert_eq!(questions, json!([["2", "1"], ["2", "2"], ["1", "1"]]));

    // Closed by the host: the list says so, and the API refuses answers.
    // With the keyboard: at a phone's width the table scrolls sideways.
    host.eval(&format!(
        "document.querySelector(\"#list tr[data-code='{code}'] .actions button.danger\").focus()"
    ))
    .await;
    host.press("Enter").await;
    host.wait_for(&format!(
        "document.querySelector(\"#list tr[data-code='{code}'] .state\").textContent === 'closed'"
    ))
    .await;
    assert_clean(&host);
    let results = server.get_json(&format!("/api/assignments/{code}")).await;
    assert_eq!(results["state"], "closed");
    // The points each page showed are the ones the server scored.
    let scores: Vec<(&str, u64)> = results["leaderboard"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["name"].as_str().unwrap(), l["score"].as_u64().unwrap()))
        .collect();
    assert_eq!(scores, [("s-1001", total), ("s-1002", second_score)]);
    server.stop().await;
}
