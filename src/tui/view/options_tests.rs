//! The game options' teams and break between rounds, keyed in as a host
//! does (keys through `input::action`) and drawn into a `TestBackend`: the
//! mode, the names typed, the request they become, and names the server
//! would refuse caught on the form; the break's seconds from none to an
//! hour.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

use super::*;
use crate::client::NewGame;
use crate::game::TeamMode;
use crate::tui::connection::{NetEvent, Request};
use crate::tui::state::tests::quiz;
use crate::tui::state::{Effect, OptionField};

const THEME: Theme = Theme { color: false };

fn screen(app: &App) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(120, 30)).unwrap();
    terminal.draw(|frame| draw(frame, app, &THEME, 0)).unwrap();
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .collect()
}

fn line_with<'a>(lines: &'a [String], needle: &str) -> &'a str {
    lines
        .iter()
        .find(|l| l.contains(needle))
        .map(|l| l.trim_end())
        .unwrap_or_else(|| panic!("no line with {needle:?} in\n{}", lines.join("\n")))
}

/// A key press as the dashboard reads it.
fn press(app: &mut App, code: KeyCode) -> Vec<Effect> {
    let key = KeyEvent::new(code, KeyModifiers::NONE);
    let action = crate::tui::input::action(app, key)
        .unwrap_or_else(|| panic!("{code:?} means nothing on {:?}", app.screen));
    app.on_action(action, 0)
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        assert_eq!(press(app, KeyCode::Char(c)), Vec::new());
    }
}

fn field(app: &App) -> OptionField {
    app.options.as_ref().unwrap().field
}

/// The options of World Capitals, as Enter on the quiz list opens them.
fn options() -> App {
    let mut app = App::new("http://127.0.0.1:8080".into(), false, Vec::new());
    app.on_net(
        NetEvent::Quizzes(Ok(vec![quiz("world-capitals", "World Capitals", 12)])),
        0,
    );
    press(&mut app, KeyCode::Enter);
    app
}

#[test]
fn the_host_picks_a_team_mode_types_the_names_and_the_game_is_made_with_them() {
    let mut app = options();
    // Off at first, and no names to give.
    let lines = screen(&app);
    assert!(
        line_with(&lines, " Teams ").ends_with("◀ off ▶"),
        "{lines:?}"
    );
    assert!(!lines.iter().any(|l| l.contains("Team names")), "{lines:?}");
    // Up from the top wraps to the teams, past the hidden names.
    press(&mut app, KeyCode::Up);
    assert_eq!(field(&app), OptionField::TeamMode);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right);
    let lines = screen(&app);
    assert!(
        line_with(&lines, " Teams ").ends_with("◀ players pick ▶"),
        "{lines:?}"
    );
    assert!(line_with(&lines, "Team names (commas between)").ends_with("Red, Blue"));
    assert!(line_with(&lines, "mean of its members' points").contains("shared device"));

    // On the names, letters are text: q, j and k type, not quit or move.
    press(&mut app, KeyCode::Down);
    assert_eq!(field(&app), OptionField::TeamNames);
    for _ in "Red, Blue".chars() {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "Owls,  Foxes, quokkas, jays,");
    let lines = screen(&app);
    assert!(
        line_with(&lines, "Team names").ends_with("Owls,  Foxes, quokkas, jays,▏"),
        "{lines:?}"
    );
    assert!(line_with(&lines, "2 to 20 different names").contains("30 characters"));
    assert!(lines.last().unwrap().contains("team names, commas between"));
    // Down wraps to the top; the request has the names, trimmed.
    press(&mut app, KeyCode::Down);
    assert_eq!(field(&app), OptionField::IntroSecs);
    let effects = press(&mut app, KeyCode::Enter);
    assert_eq!(
        effects,
        vec![Effect::Net(Request::CreateGame(NewGame {
            quiz_id: "world-capitals".into(),
            teams: TeamMode::Pick {
                names: vec![
                    "Owls".into(),
                    "Foxes".into(),
                    "quokkas".into(),
                    "jays".into()
                ],
            },
            ..NewGame::default()
        }))]
    );
    // The body carries them as POST /api/games reads them; off, nothing.
    let body = serde_json::to_value(NewGame {
        teams: TeamMode::Auto {
            names: vec!["Owls".into(), "Foxes".into()],
        },
        ..NewGame::default()
    })
    .unwrap();
    assert_eq!(
        body["teams"],
        serde_json::json!({"mode": "auto", "names": ["Owls", "Foxes"]})
    );
    let body = serde_json::to_value(NewGame::default()).unwrap();
    assert!(body.get("teams").is_none(), "{body}");
}

#[test]
fn names_the_server_would_refuse_are_caught_on_the_form_and_devices_need_none() {
    let mut app = options();
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Char(' ')); // drawn at random
    assert!(line_with(&screen(&app), " Teams ").ends_with("◀ drawn at random ▶"));
    press(&mut app, KeyCode::Down);
    for _ in "Blue".chars() {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "Red");
    press(&mut app, KeyCode::Up);
    assert_eq!(press(&mut app, KeyCode::Enter), Vec::new());
    let form = app.options.as_ref().unwrap();
    assert!(!form.creating);
    assert_eq!(form.field, OptionField::TeamNames, "the field to fix");
    let lines = screen(&app);
    assert!(
        line_with(&lines, "Could not create the game")
            .contains("the team name \"Red\" is given twice"),
        "{lines:?}"
    );
    // One name is too few.
    for _ in "Red".chars() {
        press(&mut app, KeyCode::Backspace);
    }
    assert_eq!(press(&mut app, KeyCode::Enter), Vec::new());
    assert!(
        line_with(&screen(&app), "Could not create the game").contains("give 2 to 20 team names")
    );
    type_text(&mut app, "Gold");
    let effects = press(&mut app, KeyCode::Enter);
    assert_eq!(
        effects,
        vec![Effect::Net(Request::CreateGame(NewGame {
            quiz_id: "world-capitals".into(),
            teams: TeamMode::Auto {
                names: vec!["Red".into(), "Gold".into()],
            },
            ..NewGame::default()
        }))]
    );

    // One team per shared device: no names asked for or sent.
    let mut app = options();
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Left); // from off back round to devices
    let lines = screen(&app);
    assert!(
        line_with(&lines, " Teams ").ends_with("◀ one per shared device ▶"),
        "{lines:?}"
    );
    assert!(!lines.iter().any(|l| l.contains("Team names")), "{lines:?}");
    press(&mut app, KeyCode::Down);
    assert_eq!(field(&app), OptionField::IntroSecs, "the names are skipped");
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Up);
    assert_eq!(field(&app), OptionField::BreakSecs);
    let effects = press(&mut app, KeyCode::Enter);
    assert_eq!(
        effects,
        vec![Effect::Net(Request::CreateGame(NewGame {
            quiz_id: "world-capitals".into(),
            teams: TeamMode::Device,
            ..NewGame::default()
        }))]
    );
}

#[test]
fn the_host_sets_the_break_between_rounds_and_the_game_is_made_with_it() {
    let mut app = options();
    // A minute at first, as the server's default: the request leaves it
    // out, so a server from before rounds takes it too.
    let lines = screen(&app);
    assert!(
        line_with(&lines, "Break between rounds (seconds)").ends_with("◀ 60 ▶"),
        "{lines:?}"
    );
    let body = serde_json::to_value(app.options.as_ref().unwrap().request()).unwrap();
    assert!(body.get("break_secs").is_none(), "{body}");
    // Up from the top: the teams, then the break.
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Up);
    assert_eq!(field(&app), OptionField::BreakSecs);
    let lines = screen(&app);
    assert!(
        line_with(&lines, "› Break between rounds").ends_with("◀ 60 ▶"),
        "{lines:?}"
    );
    assert!(
        line_with(&lines, "after each round's summary").contains("a countdown this long"),
        "{lines:?}"
    );
    // ← in steps of 15 s down to none, shown as off; Space changes nothing.
    for _ in 0..6 {
        press(&mut app, KeyCode::Left);
    }
    press(&mut app, KeyCode::Char(' '));
    assert!(line_with(&screen(&app), "Break between rounds").ends_with("◀ off ▶"));
    assert_eq!(
        press(&mut app, KeyCode::Enter),
        vec![Effect::Net(Request::CreateGame(NewGame {
            quiz_id: "world-capitals".into(),
            break_secs: 0,
            ..NewGame::default()
        }))]
    );

    // Two and a half minutes, sent as POST /api/games reads it.
    let mut app = options();
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Up);
    for _ in 0..6 {
        press(&mut app, KeyCode::Right);
    }
    assert!(line_with(&screen(&app), "Break between rounds").ends_with("◀ 150 ▶"));
    let effects = press(&mut app, KeyCode::Enter);
    let Effect::Net(Request::CreateGame(request)) = &effects[0] else {
        panic!("{effects:?}");
    };
    assert_eq!(request.break_secs, 150);
    assert_eq!(serde_json::to_value(request).unwrap()["break_secs"], 150);

    // Never past the server's hour.
    let mut app = options();
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Up);
    for _ in 0..250 {
        press(&mut app, KeyCode::Right);
    }
    assert_eq!(app.options.as_ref().unwrap().break_secs, 3_600);
    assert!(line_with(&screen(&app), "Break between rounds").ends_with("◀ 3600 ▶"));
}
