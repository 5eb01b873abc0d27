//! The report pages in headless Chromium. A host plays a game of three
//! questions with three players over WebSockets (scripted answers: one
//! player misses a question, everyone gets the true/false one wrong), then
//! signs in on `/reports`, finds the game, opens its report with the
//! keyboard and reads it: the summary, the bars of every question's chart
//! (counts, the right answer marked in text), the difficult flag, a
//! player's answers behind their button. A download arrives with the
//! server's file name, the printed page has no buttons, and deleting the
//! game from the list removes it. The player page loads none of it
//! (tests/browser_studio.rs checks). Chromium as in tests/browser.rs.
//!
//! `UPDATE_DOCS=1` also writes docs/img/report.png for docs/reports.md.

mod common;

use std::time::Duration;

use common::browser::{chromium_or_skip, Browser, Page};
use common::tour::{js, unnamed_controls};
use common::*;
use serde_json::{json, Value};

const HOST: &str = "rosa";
const PASSWORD: &str = "rosa-password-1";
const TITLE: &str = "Moons of the Solar System";

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
kind = "poll"
text = "Which moon would you visit?"
answers = ["Europa", "Titan", "Io"]
"#;

/// A server with the quiz and a host account that signs in with a password;
/// returns it with the host's session token.
async fn server_with_host() -> (TestServer, String) {
    let server = TestServer::start().await;
    let token = host_with_quiz(&server, HOST, PASSWORD, "moons.toml", QUIZ).await;
    (server, token)
}

/// The player answers question `index` once it opens.
async fn answers(player: &mut Client, index: u64, answer: u64) {
    loop {
        let open = player.until("phase", Some("answering")).await;
        if open["state"]["index"] == index {
            break;
        }
    }
    player
        .send(json!({"type": "answer", "question": index, "answer": answer}))
        .await;
    player.until("answer_ack", None).await;
}

/// Plays the game as `token`'s host: Ann, Bob and Cid answer
/// (Q1 Saturn, Saturn, Jupiter; Q2 False, False, none; Q3 Europa, Titan,
/// Titan). With `teams` (names, players pick) Ann plays for the first
/// team, Bob and Cid for the second. Returns the game's id once its report
/// is there.
async fn play(server: &TestServer, token: &str, teams: Option<[&str; 2]>) -> String {
    let mut options = json!({"quiz_id": "moons", "intro_secs": 0, "streak_bonus": false});
    if let Some(names) = teams {
        options["teams"] = json!({"mode": "pick", "names": names});
    }
    let (status, body) = http_as(
        token,
        server.addr,
        "POST",
        "/api/games",
        Some(&options.to_string()),
    )
    .await
    .unwrap();
    assert_eq!(status, 201, "{body}");
    let created: Value = serde_json::from_str(&body).unwrap();
    let (game, pin, key) = (
        created["game_id"].as_str().unwrap().to_string(),
        created["pin"].as_str().unwrap().to_string(),
        created["host_key"].as_str().unwrap().to_string(),
    );
    let mut host = host(server, &pin, &key).await;
    let mut ann = join(server, &pin, "Ann").await;
    let mut bob = join(server, &pin, "Bob").await;
    let mut cid = join(server, &pin, "Cid").await;
    if teams.is_some() {
        for (player, team) in [(&mut ann, 0), (&mut bob, 1), (&mut cid, 1)] {
            player
                .send(json!({"type": "pick_team", "team": team}))
                .await;
            player.until("team", None).await;
        }
    }
    host.send(json!({"type": "start"})).await;
    let script: [[Option<u64>; 3]; 3] = [
        [Some(1), Some(1), Some(0)],
        [Some(1), Some(1), None],
        [Some(0), Some(1), Some(1)],
    ];
    for (index, choices) in script.iter().enumerate() {
        let index = index as u64;
        for (player, choice) in [&mut ann, &mut bob, &mut cid].into_iter().zip(choices) {
            if let Some(choice) = choice {
                // A moment to think, so answer times are not all zero.
                tokio::time::sleep(Duration::from_millis(200)).await;
                answers(player, index, *choice).await;
            }
        }
        if choices.contains(&None) {
            // Not everyone answered: the host closes the question.
            host.send(json!({"type": "skip"})).await;
        }
        host.until("phase", Some("reveal")).await;
        host.send(json!({"type": "next"})).await;
        let after = host.until("phase", None).await;
        if after["state"]["phase"] == "leaderboard" {
            host.send(json!({"type": "next"})).await;
        }
    }
    loop {
        let phase = host.until("phase", None).await;
        if phase["state"]["phase"] == "podium" {
            break;
        }
        host.send(json!({"type": "next"})).await;
    }
    // The host closes the game: only a closed game may be deleted.
    host.send(json!({"type": "next"})).await;
    assert_eq!(
        host.until_closed().await,
        quizbox::protocol::close::GAME_OVER
    );
    // The results are stored at the podium; the report reads them.
    for _ in 0..100 {
        let (status, _) = http_as(
            token,
            server.addr,
            "GET",
            &format!("/api/games/{game}/report"),
            None,
        )
        .await
        .unwrap();
        if status == 200 {
            return game;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("no report of game {game}");
}

/// Waits for `selector` and puts the keyboard on it.
async fn focus(page: &mut Page, selector: &str) {
    page.wait_for(&format!(
        "(() => {{ const e = document.querySelector({s}); if (!e || e.offsetParent === null) return false; \
         e.focus(); return document.activeElement === e; }})()",
        s = js(selector)
    ))
    .await;
}

/// Focuses `selector` and presses Enter, as a keyboard user does.
async fn activate(page: &mut Page, selector: &str) {
    focus(page, selector).await;
    page.press("Enter").await;
}

/// The bars of question `n`'s chart (0-based): [answer, count, right, width].
async fn bars(page: &mut Page, n: usize) -> Vec<(String, u64, bool, f64)> {
    let v = page
        .eval(&format!(
            "[...document.querySelectorAll('tr.question-row')[{n}].querySelectorAll('svg rect.dist-bar')]\
             .map(r => [r.dataset.answer, Number(r.dataset.count), r.dataset.correct === 'true', Number(r.getAttribute('width'))])"
        ))
        .await;
    v.as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                b[0].as_str().unwrap().to_string(),
                b[1].as_u64().unwrap(),
                b[2].as_bool().unwrap(),
                b[3].as_f64().unwrap(),
            )
        })
        .collect()
}

/// The bars with answers given, as (answer, count, right).
fn given(bars: &[(String, u64, bool, f64)]) -> Vec<(&str, u64, bool)> {
    bars.iter()
        .filter(|b| b.1 > 0)
        .map(|b| (b.0.as_str(), b.1, b.2))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_host_finds_a_played_game_reads_its_report_downloads_it_and_deletes_it() {
    let Some(binary) = chromium_or_skip("the reports browser test") else {
        return;
    };
    let (server, token) = server_with_host().await;
    let game = play(&server, &token, None).await;
    let base = format!("http://{}", server.addr);
    let browser = Browser::launch(&binary);
    let mut page = Page::open(&browser).await;

    // The list: signed in with the keyboard, the game is there.
    page.goto(&format!("{base}/reports")).await;
    focus(&mut page, "#login-username").await;
    page.call("Input.insertText", json!({"text": HOST})).await;
    focus(&mut page, "#login-password").await;
    page.call("Input.insertText", json!({"text": PASSWORD}))
        .await;
    page.press("Enter").await;
    page.wait_for("document.querySelectorAll('#games-list tr.game-row').length === 1")
        .await;
    let row = page
        .eval(
            "[...document.querySelector('#games-list tr.game-row').cells].map(c => c.textContent)",
        )
        .await;
    assert_eq!(row[0], format!("{TITLE} · host {HOST}"), "{row}");
    assert_eq!(row[2], "3", "three players: {row}");
    assert!(row[3].as_str().unwrap().starts_with("finished, "), "{row}");
    assert_eq!(page.text_of("#games-count").await, "1 game");
    // Searching by quiz.
    page.type_into("#games-search", "capitals").await;
    page.wait_for("document.querySelector('#games-count').textContent === '0 of 1 game match'")
        .await;
    page.type_into("#games-search", "moons").await;
    page.wait_for("document.querySelector('#games-count').textContent === '1 game'")
        .await;
    assert_eq!(unnamed_controls(&mut page).await, json!([]));
    page.assert_fits_width().await;

    // The report, opened with the keyboard.
    activate(&mut page, "#games-list .actions a.button").await;
    page.wait_for(&format!(
        "location.pathname === '/reports/{game}' && !!document.querySelector('#report') && document.querySelector('#report').offsetParent !== null"
    ))
    .await;
    assert_eq!(
        page.text_of("#report-title").await,
        format!("Report: {TITLE}")
    );
    // Eight answers of nine possible; Cid missed one.
    let fact = |name: &str| format!("document.querySelector('[data-fact=\"{name}\"]').textContent");
    assert_eq!(page.eval(&fact("players")).await, "3");
    // Played without teams: no standings, no Team column.
    assert_eq!(
        page.eval("document.querySelector('#teams').hidden && document.querySelector('#team-column').hidden && !document.querySelector('td.team')")
            .await,
        true
    );
    assert_eq!(page.eval(&fact("questions")).await, "3");
    assert_eq!(
        page.eval(&fact("participation")).await,
        "89 % of possible answers given"
    );
    assert_eq!(
        page.eval(&fact("completion")).await,
        "67 % of players answered every question"
    );
    // Across every game of the quiz (one so far): the questions missed
    // most, lowest accuracy first; the poll has none.
    page.wait_visible("#across").await;
    assert_eq!(
        page.text_of("#across-games").await,
        "1 game of this quiz played."
    );
    assert_eq!(
        page.eval("[...document.querySelectorAll('#across-list li')].map(li => li.textContent)")
            .await,
        json!([
            "2. Mars has two moons. — 0 % right (0 of 2 answers in 1 game)",
            "1. Which planet has the moon Titan? — 67 % right (2 of 3 answers in 1 game)"
        ])
    );

    // Every question's chart counts what was answered, the right answer marked.
    let q1 = bars(&mut page, 0).await;
    assert_eq!(
        given(&q1),
        [("Jupiter", 1, false), ("Saturn", 2, true)],
        "{q1:?}"
    );
    assert_eq!(q1.iter().filter(|b| b.2).count(), 1, "{q1:?}");
    let (jupiter, saturn) = (&q1[0], &q1[1]);
    assert!(
        (saturn.3 / jupiter.3 - 2.0).abs() < 0.05,
        "bars in proportion: {q1:?}"
    );
    let labels = page
        .eval("[...document.querySelectorAll('tr.question-row')[0].querySelectorAll('svg .dist-label')].map(t => t.firstChild.textContent)")
        .await;
    assert_eq!(labels[1], "✓ Saturn", "{labels}");
    assert_eq!(labels[0], "Jupiter", "{labels}");
    let q2 = bars(&mut page, 1).await;
    assert_eq!(given(&q2), [("False", 2, false)], "{q2:?}");
    assert!(
        q2.iter().any(|b| b.0 == "True" && b.2 && b.1 == 0),
        "{q2:?}"
    );
    let q3 = bars(&mut page, 2).await;
    assert_eq!(
        given(&q3),
        [("Europa", 1, false), ("Titan", 2, false)],
        "{q3:?}"
    );
    let column = |c: usize| {
        format!(
            "[...document.querySelectorAll('tr.question-row')].map(r => r.cells[{c}].textContent)"
        )
    };
    assert_eq!(
        page.eval(&column(2)).await,
        json!(["67 %", "0 %", "not scored"])
    );
    assert_eq!(
        page.eval(&column(5)).await,
        json!(["no", "⚠ difficult", "–"])
    );
    // The chart says the same in words.
    let said = page
        .eval("document.querySelector('tr.question-row svg title').textContent")
        .await;
    assert!(
        said.as_str().unwrap().contains("Saturn: 2 (right answer)"),
        "{said}"
    );

    // Players by rank; Cid's answers open behind his button.
    let players = page
        .eval("[...document.querySelectorAll('tr.player-row')].map(r => [r.cells[0].textContent, r.cells[1].querySelector('.answers-toggle').textContent, r.cells[3].textContent])")
        .await;
    assert_eq!(players[2], json!(["3rd", "Cid", "0 of 2"]), "{players}");
    assert!(!page.is_visible("#player-answers-2").await);
    activate(&mut page, "[aria-controls=player-answers-2]").await;
    page.wait_visible("#player-answers-2").await;
    let cid = page
        .eval("[...document.querySelectorAll('#player-answers-2 tbody tr')].map(r => [...r.cells].slice(1, 3).map(c => c.textContent))")
        .await;
    assert_eq!(
        cid,
        json!([
            ["Jupiter", "✗ wrong"],
            ["no answer", "–"],
            ["Titan", "not scored"]
        ])
    );
    assert_eq!(unnamed_controls(&mut page).await, json!([]));
    page.assert_fits_width().await;

    // Printed: no buttons, every player's answers, the charts in black.
    page.call("Emulation.setEmulatedMedia", json!({"media": "print"}))
        .await;
    let printed = page
        .eval(
            "({buttons: [...document.querySelectorAll('button')].filter(b => b.offsetParent !== null).length, \
              answers: [...document.querySelectorAll('tr.player-answers')].filter(r => r.offsetParent !== null).length, \
              right: getComputedStyle(document.querySelector('rect.dist-right')).fill, \
              other: getComputedStyle(document.querySelector('rect.dist-other')).fill})",
        )
        .await;
    assert_eq!(
        printed,
        json!({"buttons": 0, "answers": 3, "right": "rgb(0, 0, 0)", "other": "rgb(255, 255, 255)"})
    );
    page.call("Emulation.setEmulatedMedia", json!({"media": ""}))
        .await;
    page.screenshot_for_docs("report.png", (1100, 1000), 200 * 1024)
        .await;

    // A download: the file the server names, with the game's rows.
    let downloads = tempfile::tempdir().unwrap();
    page.call(
        "Page.setDownloadBehavior",
        json!({"behavior": "allow", "downloadPath": downloads.path()}),
    )
    .await;
    activate(&mut page, ".downloads [data-format=csv]").await;
    let said = page
        .wait_for("(() => { const t = document.querySelector('#announce').textContent; return t.startsWith('Downloaded') && t; })()")
        .await;
    let said = said.as_str().unwrap();
    assert!(
        said.starts_with("Downloaded moons-") && said.contains(&format!("-{game}.csv")),
        "{said}"
    );
    let mut file = None;
    for _ in 0..100 {
        file = std::fs::read_dir(downloads.path())
            .unwrap()
            .filter_map(Result::ok)
            .find(|e| e.file_name().to_string_lossy().ends_with(".csv"));
        if file.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let file = file.expect("the CSV was saved");
    let csv = std::fs::read_to_string(file.path()).unwrap();
    for word in ["Ann", "Bob", "Cid", "Which planet has the moon Titan?"] {
        assert!(csv.contains(word), "{word} in\n{csv}");
    }

    // Deleting it from the list, after a confirmation.
    page.goto(&format!("{base}/reports")).await;
    page.wait_for("document.querySelectorAll('#games-list tr.game-row').length === 1")
        .await;
    activate(&mut page, "#games-list button.danger").await;
    page.wait_for("document.querySelector('#confirm-delete').open")
        .await;
    assert!(page
        .text_of("#confirm-title")
        .await
        .starts_with(&format!("Delete the game of “{TITLE}” on ")));
    activate(&mut page, "#confirm-yes").await;
    page.wait_for("document.querySelectorAll('#games-list tr.game-row').length === 0")
        .await;
    assert_eq!(
        page.text_of("#games-count").await,
        "No finished games yet: host one, and its report appears here."
    );
    let (status, _) = http_as(
        &token,
        server.addr,
        "GET",
        &format!("/api/games/{game}/report"),
        None,
    )
    .await
    .unwrap();
    assert_eq!(status, 404);
    assert!(
        page.problems.is_empty() && page.network_errors.is_empty(),
        "console errors or CSP violations: {:?} {:?}",
        page.problems,
        page.network_errors
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_team_games_report_shows_each_players_team_and_the_team_standings() {
    let Some(binary) = chromium_or_skip("the reports browser test") else {
        return;
    };
    let (server, token) = server_with_host().await;
    let game = play(&server, &token, Some(["Owls", "Foxes"])).await;
    let (status, body) = http_as(
        &token,
        server.addr,
        "GET",
        &format!("/api/games/{game}/report"),
        None,
    )
    .await
    .unwrap();
    assert_eq!(status, 200, "{body}");
    let report: Value = serde_json::from_str(&body).unwrap();
    let browser = Browser::launch(&binary);
    let mut page = Page::open(&browser).await;
    page.goto(&format!("http://{}/reports/{game}", server.addr))
        .await;
    focus(&mut page, "#login-username").await;
    page.call("Input.insertText", json!({"text": HOST})).await;
    focus(&mut page, "#login-password").await;
    page.call("Input.insertText", json!({"text": PASSWORD}))
        .await;
    page.press("Enter").await;
    page.wait_visible("#teams").await;

    // The standings: Owls (Ann alone, right on Q1) above Foxes (Bob right,
    // Cid wrong), each with the score the report gives.
    let rows = page
        .eval("[...document.querySelectorAll('#teams-list tr')].map(r => [...r.cells].map(c => c.textContent))")
        .await;
    let score = |n: usize| report["teams"][n]["score"].to_string();
    assert_eq!(
        rows,
        json!([
            ["1st", "Owls", score(0), "1"],
            ["2nd", "Foxes", score(1), "2"]
        ]),
        "{report}"
    );
    // Every player's row names their team, under a Team column.
    let header = page
        .eval("[...document.querySelectorAll('#players-table thead th')].filter(th => !th.hidden).map(th => th.textContent)")
        .await;
    assert_eq!(header[2], "Team", "{header}");
    let teams = page
        .eval("[...document.querySelectorAll('#players-list tr.player-row')].map(r => [r.querySelector('.answers-toggle').textContent, r.querySelector('td.team').textContent])")
        .await;
    let mut teams: Vec<(String, String)> = serde_json::from_value(teams).unwrap();
    teams.sort();
    let expected = [("Ann", "Owls"), ("Bob", "Foxes"), ("Cid", "Foxes")]
        .map(|(p, t)| (p.to_string(), t.to_string()));
    assert_eq!(teams, expected);
    // A player's answers still open under their row, across every column.
    activate(&mut page, "#players-list tr.player-row .answers-toggle").await;
    page.wait_visible("#players-list tr.player-answers:not([hidden])")
        .await;
    assert_eq!(
        page.eval("document.querySelector('#players-list tr.player-answers > td').colSpan")
            .await,
        7
    );
    assert_eq!(unnamed_controls(&mut page).await, json!([]));
    page.assert_fits_width().await;
}
