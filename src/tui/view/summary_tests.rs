//! The summary after the podium: asking for the game's report once, asking
//! again after a failure, and the report drawn into a `TestBackend`.

use ratatui::backend::TestBackend;
use ratatui::Terminal;

use super::*;
use crate::client::GameReport;
use crate::protocol::{ServerMsg, Standing};
use crate::tui::connection::{NetEvent, Request};
use crate::tui::state::tests::{in_lobby, player};
use crate::tui::state::{Action, App, Effect, ReportStatus};

const GAME: &str = "9f3c2a17b4e05d68";

/// The report of a three-player game of World Capitals as the server
/// writes it: Canberra was missed by two of three, the poll is not scored.
fn report() -> GameReport {
    serde_json::from_value(serde_json::json!({
        "game": {"id": GAME, "pin": "482913", "quiz_id": "world-capitals",
                 "quiz_title": "World Capitals", "created_at": 1_700_000_000_000u64,
                 "started_at": 1_700_000_010_000u64, "ended_at": 1_700_000_190_000u64,
                 "players": 3, "questions": 3, "participation": 0.8889, "completion": 0.6667},
        "questions": [
            {"index": 0, "text": "What is the capital of France?", "kind": "single",
             "choices": ["Paris", "Lyon", "Nice", "Lille"], "correct_text": ["Paris"],
             "answered": 3, "correct": 3, "accuracy": 1.0,
             "distribution": [{"answer": "Paris", "count": 3, "correct": true}],
             "avg_ms": 2400, "median_ms": 2100, "difficult": false},
            {"index": 1, "text": "What is the capital of Australia?", "kind": "single",
             "choices": ["Sydney", "Canberra", "Melbourne", "Perth"], "correct_text": ["Canberra"],
             "answered": 3, "correct": 1, "accuracy": 0.3333,
             "distribution": [{"answer": "Sydney", "count": 2, "correct": false},
                              {"answer": "Canberra", "count": 1, "correct": true}],
             "avg_ms": 7100, "median_ms": 6500, "difficult": true},
            {"index": 2, "text": "Which city would you visit?", "kind": "poll",
             "choices": ["Rome", "Oslo"], "correct_text": [], "answered": 2, "correct": 0,
             "accuracy": null, "distribution": [], "avg_ms": 4000, "median_ms": 4000,
             "difficult": false}
        ],
        "players": [
            {"player": 1, "nickname": "Bob", "rank": 1, "score": 1915, "correct": 2, "answered": 3,
             "avg_ms": 3000, "best_streak": 2, "scores": [950, 1915, 1915], "answers": []},
            {"player": 0, "nickname": "Ann", "rank": 2, "score": 1840, "correct": 2, "answered": 3,
             "avg_ms": 3500, "best_streak": 2, "scores": [920, 1840, 1840], "answers": []},
            {"player": 2, "nickname": "Cid", "rank": 3, "score": 900, "correct": 1, "answered": 2,
             "avg_ms": 6000, "best_streak": 1, "scores": [900, 900, 900], "answers": []}
        ]
    }))
    .unwrap()
}

fn standings() -> Vec<Standing> {
    let s = |rank, player, nickname: &str, score| Standing {
        rank,
        player,
        nickname: nickname.into(),
        score,
        previous_rank: None,
    };
    vec![
        s(1, 1, "Bob", 1915),
        s(2, 0, "Ann", 1840),
        s(3, 2, "Cid", 900),
    ]
}

fn server(app: &mut App, msg: ServerMsg) -> Vec<Effect> {
    app.on_net(NetEvent::Server(Box::new(msg)), 0)
}

/// A game that reached its podium and then ended.
fn ended() -> (App, Vec<Effect>) {
    let mut app = in_lobby(vec![player(0, "Ann"), player(1, "Bob"), player(2, "Cid")]);
    assert!(server(
        &mut app,
        ServerMsg::phase(PhaseView::Podium { top: standings() })
    )
    .is_empty());
    let effects = server(&mut app, ServerMsg::phase(PhaseView::Ended));
    (app, effects)
}

fn screen(app: &App, width: u16, height: u16) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| draw(frame, app, &Theme { color: true }, 0))
        .unwrap();
    let buffer = terminal.backend().buffer();
    (0..height)
        .map(|y| (0..width).map(|x| buffer[(x, y)].symbol()).collect())
        .collect()
}

fn line_with<'a>(lines: &'a [String], needle: &str) -> &'a str {
    lines
        .iter()
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line with {needle:?} in\n{}", lines.join("\n")))
}

#[test]
fn the_report_is_asked_for_once_when_the_game_is_over() {
    let (mut app, effects) = ended();
    assert_eq!(
        effects,
        vec![Effect::Net(Request::LoadReport {
            game_id: GAME.into()
        })]
    );
    assert_eq!(app.game.as_ref().unwrap().report, ReportStatus::Loading);
    // The close that follows the end asks nothing more.
    let again = app.on_net(NetEvent::Link(crate::tui::connection::LinkStatus::Over), 0);
    assert!(again.is_empty(), "{again:?}");
    // While loading the summary already shows the podium's standings.
    let lines = screen(&app, 80, 24);
    assert!(line_with(&lines, "Loading the report").contains("Loading the report…"));
    assert!(line_with(&lines, "Winner").contains("Bob"));
}

#[test]
fn a_failed_report_says_why_and_r_asks_again() {
    let (mut app, _) = ended();
    // Nothing to ask again while the first request is out.
    assert!(app.on_action(Action::Reload, 0).is_empty());
    app.on_net(
        NetEvent::Report(Err("cannot reach 127.0.0.1:8080".into())),
        0,
    );
    let lines = screen(&app, 100, 24);
    let all = lines.join("\n");
    assert!(all.contains("could not be read"), "{all}");
    assert!(all.contains("cannot reach 127.0.0.1:8080"), "{all}");
    assert!(line_with(&lines, "r load").contains("r load the report again"));
    assert_eq!(
        app.on_action(Action::Reload, 0),
        vec![Effect::Net(Request::LoadReport {
            game_id: GAME.into()
        })]
    );
    assert_eq!(app.game.as_ref().unwrap().report, ReportStatus::Loading);
    // A report of another game is not this one's.
    let mut other = report();
    other.game.id = "another".into();
    app.on_net(NetEvent::Report(Ok(Box::new(other))), 0);
    assert_eq!(app.game.as_ref().unwrap().report, ReportStatus::Loading);
    app.on_net(NetEvent::Report(Ok(Box::new(report()))), 0);
    assert!(matches!(
        app.game.as_ref().unwrap().report,
        ReportStatus::Ready(_)
    ));
}

#[test]
fn the_summary_shows_accuracy_per_question_the_most_missed_and_the_top_players() {
    let (mut app, _) = ended();
    app.on_net(NetEvent::Report(Ok(Box::new(report()))), 0);
    let lines = screen(&app, 100, 26);
    let all = lines.join("\n");
    assert!(all.contains("Game over: World Capitals"), "{all}");
    assert!(all.contains("Accuracy per question"), "{all}");
    // 3 of 3: a full bar; 1 of 3: three cells of ten and the difficult mark.
    let france = line_with(&lines, "capital of France");
    assert!(france.contains(" 1 ██████████ 100 %"), "{france}");
    let australia = line_with(&lines, "capital of Aus");
    assert!(australia.contains(" 2 ███░░░░░░░  33 % ⚠"), "{australia}");
    let poll = line_with(&lines, "would you visit");
    assert!(poll.contains(" 3 not scored"), "{poll}");
    let missed = line_with(&lines, "Most missed");
    assert!(
        missed.contains("question 2 “What is the capital of Australia?” (1 of 3 right)"),
        "{missed:?}"
    );
    // The top players from the report, with their right answers.
    let bob = line_with(&lines, "2/3 right");
    assert!(
        bob.contains("1st") && bob.contains("1915") && bob.contains("2/3 right"),
        "{bob}"
    );
    let cid = line_with(&lines, "1/2 right");
    assert!(
        cid.contains("3rd") && cid.contains("900") && cid.contains("1/2 right"),
        "{cid}"
    );
    assert!(
        line_with(&lines, "Participation").contains("89 % of possible answers · 67 % of players"),
        "{all}"
    );
    assert!(
        all.contains(&format!("http://127.0.0.1:8080/reports/{GAME}")),
        "{all}"
    );
    assert!(
        all.contains(&format!("http://127.0.0.1:8080/api/games/{GAME}/results")),
        "{all}"
    );

    // A narrow terminal stacks the lists and still names every question.
    let narrow = screen(&app, 60, 30);
    let all = narrow.join("\n");
    for needle in [
        "Top players",
        "Accuracy per question",
        "capital of Fran",
        "Most missed",
    ] {
        assert!(all.contains(needle), "{needle} in\n{all}");
    }
}
