//! Team mode in headless Chromium: a phone picks its team in the lobby and
//! shows it through the game; the presenter screen shows the team
//! leaderboard above the players' and puts the teams on the podium. A
//! shared device names who plays on it, and the presenter screen's lobby
//! shows those names beside the device's rather than its team again. Two
//! phones on different teams each show their own team's place and score,
//! as the host's team leaderboard and the results have them, after each
//! question and at the podium. Chromium as in tests/browser.rs.

mod common;

use common::browser::{chromium_or_skip, Browser, Page};
use common::tour::*;
use common::*;
use serde_json::{json, Value};

/// The text of every item of the list `selector`, in order.
async fn items(page: &mut Page, selector: &str) -> Vec<String> {
    let list = page
        .eval(&format!(
            "[...document.querySelectorAll({})].map(li => li.textContent)",
            js(&format!("{selector} > li"))
        ))
        .await;
    list.as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_phone_picks_its_team_and_the_screen_shows_the_team_standings() {
    let Some(binary) = chromium_or_skip("the team mode browser test") else {
        return;
    };
    let server = server_with_tour().await;
    let (_, pin, key) = create_game(
        &server,
        json!({"teams": {"mode": "pick", "names": ["Red", "Blue"]}}),
    )
    .await;
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

    // The phone joins and sees the teams to pick from.
    let robin = join_on_page(&mut phone, &server, &pin, &mut host).await;
    phone.wait_visible("#team-pick").await;
    assert_eq!(items_of_buttons(&mut phone).await, ["Red", "Blue"]);
    assert_eq!(phone.text_of("#team-name").await, "none yet");
    phone.tap("#team-pick button[data-team='1']").await;
    let seen = host.until("team", None).await;
    assert_eq!(
        (&seen["player"], &seen["name"]),
        (&json!(0), &json!("Blue"))
    );
    phone
        .wait_for("document.querySelector('#me-team').textContent === 'Blue'")
        .await;
    assert_eq!(phone.text_of("#team-name").await, "Blue");
    assert_eq!(
        phone
            .eval("document.querySelector(\"#team-pick button[data-team='1']\").getAttribute('aria-pressed')")
            .await,
        "true"
    );
    assert_eq!(unnamed_controls(&mut phone).await, json!([]));

    screen
        .goto(&format!("http://{}/screen/{pin}#key={key}", server.addr))
        .await;
    screen.wait_visible("#lobby-view").await;

    // The big screen's lobby shows Robin's team from its welcome.
    let chips = items(&mut screen, "#player-list").await;
    assert!(
        chips[0].starts_with(&robin) && chips[0].contains("Blue"),
        "{chips:?}"
    );
    // Ann, over a socket, plays for Red.
    let mut ann = join(&server, &pin, "Ann").await;
    host.until("player_joined", None).await;
    ann.send(json!({"type": "pick_team", "team": 0})).await;
    assert_eq!(ann.until("team", None).await["name"], "Red");
    // ...and Ann's as she picks it.
    screen
        .wait_for(
            "[...document.querySelectorAll('#player-list .chip-team')].map(t => t.textContent).join() === 'Blue,Red'",
        )
        .await;

    host.send(json!({"type": "start"})).await;
    host.until("phase", Some("slide")).await;
    host.send(json!({"type": "next"})).await;
    ann.until("phase", Some("answering")).await;
    question_open(&mut phone, 2).await;
    // The choice is over once the game plays; the team stays in view.
    assert!(!phone.is_visible("#team-pick").await);
    assert_eq!(phone.text_of("#me-team").await, "Blue");
    // Ann is right; Robin does not answer.
    ann.send(json!({"type": "answer", "question": 1, "answer": 1, "id": "a1"}))
        .await;
    ann.until("answer_ack", None).await;
    host.send(json!({"type": "next"})).await;
    host.until("phase", Some("reveal")).await;
    host.send(json!({"type": "next"})).await;
    let board = host.until("phase", Some("leaderboard")).await;
    let red = board["state"]["teams"][0]["score"].as_u64().unwrap();
    assert!(red > 0, "{board}");

    screen.wait_visible("#team-board").await;
    let teams = items(&mut screen, "#team-leaderboard").await;
    assert_eq!(teams.len(), 2, "{teams:?}");
    assert!(
        teams[0].contains("Red") && teams[0].contains("1 player"),
        "{teams:?}"
    );
    assert!(
        teams[1].contains("Blue") && teams[1].contains('0'),
        "{teams:?}"
    );
    let players = items(&mut screen, "#leaderboard").await;
    assert!(
        players[0].contains("Ann") && players[1].contains(&robin),
        "{players:?}"
    );

    host.send(json!({"type": "end"})).await;
    host.until("phase", Some("podium")).await;
    screen
        .wait_for("document.querySelector('#podium-title').textContent === 'Team podium'")
        .await;
    let podium = items(&mut screen, "#podium").await;
    assert!(
        podium[0].contains("Red") && podium[1].contains("Blue"),
        "{podium:?}"
    );
    assert!(screen.is_visible("#top-players-title").await);
    let top = items(&mut screen, "#runners-up").await;
    assert!(top[0].contains("Ann") && top[1].contains(&robin), "{top:?}");
    assert_clean(&phone);
    assert_clean(&screen);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_shared_device_names_its_members() {
    let Some(binary) = chromium_or_skip("the shared device browser test") else {
        return;
    };
    let server = server_with_tour().await;
    let (_, pin, key) = create_game(&server, json!({"teams": {"mode": "device"}})).await;
    let browser = Browser::launch(&binary);
    let mut phone = Page::open(&browser).await;
    let mut screen = Page::open_tab(&browser).await;
    let mut host = host(&server, &pin, &key).await;
    screen
        .goto(&format!("http://{}/screen/{pin}#key={key}", server.addr))
        .await;
    screen.wait_visible("#lobby-view").await;
    let table = join_on_page(&mut phone, &server, &pin, &mut host).await;
    let placed = host.until("team", None).await;
    assert_eq!(
        (&placed["name"], placed.get("members")),
        (&json!(table), None)
    );
    // The device is its own team, named after its nickname.
    phone.wait_visible("#team-members").await;
    assert!(!phone.is_visible("#team-pick").await);
    assert_eq!(phone.text_of("#team-name").await, table);
    // The big screen lists the device once: its team is its nickname.
    screen
        .wait_for("document.querySelectorAll('#player-list .nick').length === 1")
        .await;
    assert_eq!(screen.text_of("#player-list .nick").await, table);
    assert_eq!(
        screen
            .eval("document.querySelectorAll('#player-list .chip-team').length")
            .await,
        0
    );
    phone.type_into("#members", "Ann, Bo ,, Cy").await;
    phone.tap("#team-members button").await;
    // Hosts heard of the device's team when it joined; now of its names.
    let seen = host.until("team", None).await;
    assert_eq!(seen["members"], json!(["Ann", "Bo", "Cy"]), "{seen}");
    phone
        .wait_for(
            "document.querySelector('#team-members-line').textContent === 'Playing: Ann, Bo, Cy'",
        )
        .await;
    assert_eq!(phone.text_of("#me-team").await, table);
    assert_eq!(unnamed_controls(&mut phone).await, json!([]));
    // The big screen shows who plays on the device beside its name, and
    // again from its welcome after a reload.
    let chip = "document.querySelector('#player-list .chip-team')?.textContent === 'Ann, Bo, Cy'";
    screen.wait_for(chip).await;
    assert_eq!(screen.text_of("#player-list .nick").await, table);
    screen.reload().await;
    screen.wait_visible("#lobby-view").await;
    screen.wait_for(chip).await;
    assert_eq!(
        screen
            .eval("document.querySelectorAll('#player-list .chip-team').length")
            .await,
        1
    );
    // Once the game plays, the names are settled.
    host.send(json!({"type": "start"})).await;
    host.until("phase", Some("slide")).await;
    phone.wait_visible("#slide").await;
    assert!(!phone.is_visible("#team-members").await);
    assert!(phone.is_visible("#team-members-line").await);
    assert_clean(&phone);
    assert_clean(&screen);
    server.stop().await;
}

/// An English ordinal: 1st, 2nd, 3rd, 4th, 11th, 21st.
fn ordinal(n: u64) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, r) if r != 11 => "st",
        (2, r) if r != 12 => "nd",
        (3, r) if r != 13 => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// `team`'s line in the team standings `teams` (the name in `name`, or in
/// `team` in the results): its rank, how many teams there are, its score.
fn place_of(teams: &Value, team: &str) -> (u64, usize, u64) {
    let list = teams.as_array().expect("team standings");
    let line = list
        .iter()
        .find(|t| t["name"] == team || t["team"] == team)
        .unwrap_or_else(|| panic!("{team} in {teams}"));
    (
        line["rank"].as_u64().unwrap(),
        list.len(),
        line["score"].as_u64().unwrap(),
    )
}

/// What a phone on `team` says of its team after a question, from the
/// host's team standings.
fn team_line(teams: &Value, team: &str) -> String {
    let (rank, of, score) = place_of(teams, team);
    format!(
        "Your team: {team} — {} of {of}, {score} points",
        ordinal(rank)
    )
}

/// What a phone on `team` says of its team at the podium.
fn team_final(teams: &Value, team: &str) -> String {
    let (rank, of, score) = place_of(teams, team);
    format!(
        "Your team, {team}, finished {} of {of} with {score} points!",
        ordinal(rank)
    )
}

/// The phone's team line under its result for question `n` (1-based),
/// checked to be in the result's live region.
async fn team_line_shown(phone: &mut Page, n: usize) -> String {
    result_shown(phone, n).await;
    assert_eq!(
        phone
            .eval("document.querySelector('#result .result-team')?.closest('[aria-live=polite]') != null")
            .await,
        json!(true),
        "the team's place is announced with the result"
    );
    phone.text_of("#result .result-team").await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_phones_on_different_teams_show_their_teams_place() {
    let Some(binary) = chromium_or_skip("the team place browser test") else {
        return;
    };
    let server = server_with_tour().await;
    let (game_id, pin, key) = create_game(
        &server,
        json!({"teams": {"mode": "pick", "names": ["Red", "Blue", "Green"]}}),
    )
    .await;
    // Two browsers, so each phone keeps its own session.
    let (first, second) = (Browser::launch(&binary), Browser::launch(&binary));
    let mut robin = Page::open(&first).await;
    let mut sam = Page::open(&second).await;
    let mut host = host(&server, &pin, &key).await;

    join_on_page_as(&mut robin, &server, &pin, &mut host, "Robin").await;
    robin.wait_visible("#team-pick").await;
    robin.tap("#team-pick button[data-team='1']").await;
    host.until("team", None).await;
    join_on_page_as(&mut sam, &server, &pin, &mut host, "Sam").await;
    sam.wait_visible("#team-pick").await;
    sam.tap("#team-pick button[data-team='0']").await;
    host.until("team", None).await;
    // Ann plays for Red with Sam, Cid for Green, over sockets.
    let mut ann = join(&server, &pin, "Ann").await;
    host.until("player_joined", None).await;
    ann.send(json!({"type": "pick_team", "team": 0})).await;
    ann.until("team", None).await;
    let mut cid = join(&server, &pin, "Cid").await;
    host.until("player_joined", None).await;
    cid.send(json!({"type": "pick_team", "team": 2})).await;
    cid.until("team", None).await;

    host.send(json!({"type": "start"})).await;
    host.until("phase", Some("slide")).await;
    host.send(json!({"type": "next"})).await;
    // Mercury (1) is right: Robin and Ann say so, Sam and Cid do not.
    question_open(&mut robin, 2).await;
    question_open(&mut sam, 2).await;
    robin.tap(".answer[data-index='1']").await;
    sam.tap(".answer[data-index='0']").await;
    ann.send(json!({"type": "answer", "question": 1, "answer": 1, "id": "a1"}))
        .await;
    cid.send(json!({"type": "answer", "question": 1, "answer": 0, "id": "c1"}))
        .await;
    host.until("phase", Some("reveal")).await;
    host.send(json!({"type": "next"})).await;
    let board = host.until("phase", Some("leaderboard")).await;
    let teams = &board["state"]["teams"];
    assert_eq!(teams.as_array().unwrap().len(), 3, "{board}");
    assert_eq!(
        team_line_shown(&mut robin, 2).await,
        team_line(teams, "Blue")
    );
    assert_eq!(team_line_shown(&mut sam, 2).await, team_line(teams, "Red"));

    // Saturn and Uranus have rings: Sam and Ann are right, Robin and Cid
    // do not answer, and Red moves up.
    host.send(json!({"type": "next"})).await;
    question_open(&mut robin, 3).await;
    question_open(&mut sam, 3).await;
    sam.tap(".answer[data-index='0']").await;
    sam.tap(".answer[data-index='2']").await;
    sam.tap(".submit-answer").await;
    sam.wait_for("document.querySelector('#locked').textContent.startsWith('Answer locked')")
        .await;
    ann.send(json!({"type": "answer", "question": 2, "answer": [0, 2], "id": "a2"}))
        .await;
    ann.until("answer_ack", None).await;
    host.send(json!({"type": "next"})).await;
    host.until("phase", Some("reveal")).await;
    host.send(json!({"type": "next"})).await;
    let board = host.until("phase", Some("leaderboard")).await;
    let teams = &board["state"]["teams"];
    assert_eq!(
        team_line_shown(&mut robin, 3).await,
        team_line(teams, "Blue")
    );
    assert_eq!(team_line_shown(&mut sam, 3).await, team_line(teams, "Red"));

    // At the podium each phone gives its team's final place with its own,
    // in the same live region, as the results keep it.
    host.send(json!({"type": "end"})).await;
    let podium = host.until("phase", Some("podium")).await;
    let results = server
        .get_json(&format!("/api/games/{game_id}/results"))
        .await;
    assert_eq!(results["status"], "finished", "{results}");
    for (phone, team) in [(&mut robin, "Blue"), (&mut sam, "Red")] {
        let shown = phone
            .wait_for("document.querySelector('#final:not([hidden]) .final-team')?.textContent")
            .await;
        assert_eq!(shown, team_final(&results["teams"], team));
        assert_eq!(shown, team_final(&podium["state"]["teams"], team));
        assert!(
            phone.text_of("#final").await.starts_with("You finished "),
            "the player's own place comes first"
        );
        assert_eq!(
            phone
                .eval(
                    "document.querySelector('#final .final-team').closest('[role=status]') != null"
                )
                .await,
            json!(true)
        );
        assert_clean(phone);
    }
    server.stop().await;
}

/// The team buttons' labels on the phone.
async fn items_of_buttons(page: &mut Page) -> Vec<String> {
    let list = page
        .eval("[...document.querySelectorAll('#team-pick button')].map(b => b.textContent)")
        .await;
    list.as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}
