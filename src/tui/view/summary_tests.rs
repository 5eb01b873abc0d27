//! The summary after the podium: asking for the game's report once, asking
//! again after a failure, and the report drawn into a `TestBackend`.

use ratatui::backend::TestBackend;
use ratatui::Terminal;

use super::*;
use crate::game::{Game, GameOptions, HostCommand, Input, Phase};
use crate::protocol::{ServerMsg, Standing};
use crate::quiz::{AnswerValue, Question, QuestionKind, Quiz};
use crate::report::Report;
use crate::store::FinishedGame;
use crate::tui::connection::{NetEvent, Request};
use crate::tui::state::tests::{in_lobby, player};
use crate::tui::state::{Action, App, Effect, ReportStatus};

const GAME: &str = "9f3c2a17b4e05d68";

fn question(text: &str, kind: QuestionKind) -> Question {
    Question {
        text: text.into(),
        kind,
        time_limit: 20,
        points: 1000,
        explanation: None,
        media: None,
    }
}

/// Plays World Capitals through the engine: Bob, Ann and Cid answer at
/// known times (France: all right; Australia: only Ann; the poll: Cid
/// not at all), and the report is made from the finished game as the
/// server makes it.
fn played_report() -> Report {
    let list = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let quiz = Quiz {
        rounds: Vec::new(),
        id: "world-capitals".into(),
        title: "World Capitals".into(),
        description: None,
        questions: vec![
            question(
                "What is the capital of France?",
                QuestionKind::Single {
                    answers: list(&["Paris", "Lyon", "Nice", "Lille"]),
                    correct: 0,
                },
            ),
            question(
                "What is the capital of Australia?",
                QuestionKind::Single {
                    answers: list(&["Sydney", "Canberra", "Melbourne", "Perth"]),
                    correct: 1,
                },
            ),
            question(
                "Which city would you visit?",
                QuestionKind::Poll {
                    answers: list(&["Rome", "Oslo"]),
                },
            ),
        ],
    };
    let options = GameOptions {
        intro_ms: 0,
        streak_bonus: false,
        seed: 7,
        ..GameOptions::default()
    };
    let mut game = Game::new(GAME.into(), "482913".into(), quiz, options, 0);
    let ann = game.join("Ann", "a".into(), 0).unwrap().0;
    let bob = game.join("Bob", "b".into(), 0).unwrap().0;
    let cid = game.join("Cid", "c".into(), 0).unwrap().0;
    let mut now = 1_000;
    game.handle(Input::Host(HostCommand::Start), now).unwrap();
    // (player, choice, ms after answers open) per question.
    let script = [
        vec![(bob, 0, 1_000), (ann, 0, 4_000), (cid, 0, 9_000)],
        vec![(bob, 0, 2_000), (ann, 1, 6_000), (cid, 2, 3_000)],
        vec![(bob, 1, 1_000), (ann, 0, 2_000)],
    ];
    for (index, answers) in script.iter().enumerate() {
        while !matches!(game.phase(), Phase::Answering { .. }) {
            now += 100;
            game.handle(Input::Tick, now).unwrap();
        }
        let opened = now;
        for &(player, choice, after) in answers {
            game.handle(
                Input::Answer {
                    player,
                    question: index,
                    answer: AnswerValue::Choice(choice),
                    id: None,
                },
                opened + after,
            )
            .unwrap();
        }
        now = opened + 10_000;
        if matches!(game.phase(), Phase::Answering { .. }) {
            game.handle(Input::Host(HostCommand::Next), now).unwrap();
        }
        assert!(matches!(game.phase(), Phase::Reveal), "{:?}", game.phase());
        while !matches!(
            game.phase(),
            Phase::Answering { .. } | Phase::Intro { .. } | Phase::Podium
        ) {
            now += 1_000;
            game.handle(Input::Host(HostCommand::Next), now).unwrap();
        }
    }
    assert!(matches!(game.phase(), Phase::Podium), "{:?}", game.phase());
    Report::from_finished(&FinishedGame::from_game(&game, now))
}

/// The standings at the podium, as the report ranks the players.
fn standings(report: &Report) -> Vec<Standing> {
    report
        .players
        .iter()
        .map(|p| Standing {
            rank: p.rank,
            player: p.player,
            nickname: p.nickname.clone(),
            score: p.score,
            previous_rank: None,
        })
        .collect()
}

fn server(app: &mut App, msg: ServerMsg) -> Vec<Effect> {
    app.on_net(NetEvent::Server(Box::new(msg)), 0)
}

/// A game that reached its podium and then ended.
fn ended() -> (App, Vec<Effect>) {
    let mut app = in_lobby(vec![player(0, "Ann"), player(1, "Bob"), player(2, "Cid")]);
    assert!(server(
        &mut app,
        ServerMsg::phase(PhaseView::Podium {
            top: standings(&played_report()),
            teams: Vec::new(),
        })
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
    assert!(line_with(&lines, "Winner").contains("Ann  1750 points"));
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
    let mut other = played_report();
    other.game.id = "another".into();
    app.on_net(NetEvent::Report(Ok(Box::new(other))), 0);
    assert_eq!(app.game.as_ref().unwrap().report, ReportStatus::Loading);
    app.on_net(NetEvent::Report(Ok(Box::new(played_report()))), 0);
    assert!(matches!(
        app.game.as_ref().unwrap().report,
        ReportStatus::Ready(_)
    ));
}

#[test]
fn the_summary_shows_accuracy_per_question_the_most_missed_and_the_top_players() {
    let (mut app, _) = ended();
    app.on_net(NetEvent::Report(Ok(Box::new(played_report()))), 0);
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
    // The top players from the report, with their right answers: speed
    // points round(1000 × (1 − t/20 s / 2)), Ann 900 + 850, Bob 975, Cid 775.
    let ann = line_with(&lines, "1st  Ann");
    assert!(ann.contains(" 1750  2/3 right"), "{ann}");
    let bob = line_with(&lines, "2nd  Bob");
    assert!(bob.contains(" 975  1/3 right"), "{bob}");
    let cid = line_with(&lines, "3rd  Cid");
    assert!(cid.contains(" 775  1/2 right"), "{cid}");
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

#[test]
fn only_a_scored_and_answered_question_can_be_the_most_missed() {
    let mut report = played_report();
    assert_eq!(
        summary::most_missed(&report).map(|q| q.index),
        Some(1),
        "Australia, 1 of 3"
    );
    report.questions.retain(|q| q.accuracy.is_none());
    assert_eq!(summary::most_missed(&report), None, "a poll is not missed");
    report.questions.clear();
    assert_eq!(summary::most_missed(&report), None);
}
