//! The dashboard during a game with late join and auto-advance: whether
//! joining is open, locking it from any phase, the auto-advance countdown
//! and its pause, drawn into a `TestBackend`.

use ratatui::backend::TestBackend;
use ratatui::Terminal;

use super::*;
use crate::protocol::{AdvanceView, ClientMsg, ServerMsg};
use crate::tui::connection::NetEvent;
use crate::tui::state::tests::{answering, in_lobby, player, sent};
use crate::tui::state::Action;

const THEME: Theme = Theme { color: false };

/// The header line drawn at local time `now`.
fn header(app: &App, now: u64) -> String {
    let mut terminal = Terminal::new(TestBackend::new(120, 24)).unwrap();
    terminal
        .draw(|frame| draw(frame, app, &THEME, now))
        .unwrap();
    let buffer = terminal.backend().buffer();
    (0..buffer.area.width)
        .map(|x| buffer[(x, 0)].symbol())
        .collect()
}

fn server(app: &mut App, msg: ServerMsg) {
    app.on_net(NetEvent::Server(Box::new(msg)), 0);
}

fn reveal(advance: Option<AdvanceView>) -> PhaseView {
    PhaseView::Reveal {
        index: 0,
        total: 3,
        text: "Capital of Peru?".into(),
        kind: "single".into(),
        answers: vec!["Lima".into(), "Quito".into()],
        correct: vec![0],
        counts: vec![2, 1],
        answered: 3,
        explanation: None,
        entries: Vec::new(),
        accepted: Vec::new(),
        slider: None,
        average: None,
        advance,
        next_media: None,
    }
}

#[test]
fn the_header_says_whether_joining_is_open_and_l_locks_it_during_a_game() {
    let mut app = in_lobby(vec![player(0, "Ann")]);
    server(&mut app, ServerMsg::phase(answering(0, 20_000)));
    assert!(
        header(&app, 0).contains("· joining open"),
        "{}",
        header(&app, 0)
    );
    assert_eq!(sent(&app.on_action(Action::Lock, 0)), [ClientMsg::Lock]);
    server(&mut app, ServerMsg::Joining { open: false });
    assert!(header(&app, 0).contains("· joining LOCKED (l)"));
    assert_eq!(sent(&app.on_action(Action::Lock, 0)), [ClientMsg::Unlock]);
    server(&mut app, ServerMsg::Joining { open: true });
    // A game without late join is closed once started, lock or not.
    app.game.as_mut().unwrap().late_join = false;
    assert!(header(&app, 0).contains("· joining closed"));
    server(
        &mut app,
        ServerMsg::phase(PhaseView::Podium {
            top: Vec::new(),
            teams: Vec::new(),
        }),
    );
    assert!(app.on_action(Action::Lock, 0).is_empty());
}

#[test]
fn the_auto_advance_counts_down_in_the_header_and_p_pauses_it() {
    let mut app = in_lobby(vec![player(0, "Ann")]);
    server(&mut app, ServerMsg::phase(reveal(None)));
    assert!(!header(&app, 0).contains("moving on"));
    assert!(
        app.on_action(Action::Pause, 0).is_empty(),
        "nothing to pause"
    );
    server(
        &mut app,
        ServerMsg::phase(reveal(Some(AdvanceView {
            deadline: Some(10_000),
            remaining_ms: None,
            duration_ms: 8_000,
        }))),
    );
    assert!(
        header(&app, 6_500).contains("· moving on in 4 s"),
        "{}",
        header(&app, 6_500)
    );
    assert_eq!(sent(&app.on_action(Action::Pause, 0)), [ClientMsg::Pause]);
    server(
        &mut app,
        ServerMsg::phase(reveal(Some(AdvanceView {
            deadline: None,
            remaining_ms: Some(3_500),
            duration_ms: 8_000,
        }))),
    );
    assert!(header(&app, 50_000).contains("· auto-advance PAUSED, 4 s left"));
    assert_eq!(
        sent(&app.on_action(Action::Pause, 0)),
        [ClientMsg::Continue]
    );
    let footer: Vec<_> = crate::tui::input::hints(&app)
        .into_iter()
        .map(|(key, what)| format!("{key} {what}"))
        .collect();
    assert!(footer.contains(&"p continue".to_string()), "{footer:?}");
}
