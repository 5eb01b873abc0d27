//! The dashboard in a quiz in rounds: the round summary with each player's
//! points in the round, and the break with its countdown, paused and
//! continued with `p`, drawn into a `TestBackend`.

use ratatui::backend::TestBackend;
use ratatui::Terminal;

use super::*;
use crate::protocol::{AdvanceView, ClientMsg, RoundInfo, RoundStanding, ServerMsg};
use crate::tui::connection::NetEvent;
use crate::tui::state::tests::{in_lobby, player, sent};
use crate::tui::state::Action;

const THEME: Theme = Theme { color: false };

/// The dashboard drawn at local time `now` (the clock offset is 0).
fn screen(app: &App, now: u64) -> String {
    let mut terminal = Terminal::new(TestBackend::new(100, 24)).unwrap();
    terminal
        .draw(|frame| draw(frame, app, &THEME, now))
        .unwrap();
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn show(app: &mut App, state: PhaseView) {
    app.on_net(NetEvent::Server(Box::new(ServerMsg::phase(state))), 0);
}

fn music() -> RoundInfo {
    RoundInfo {
        number: 1,
        rounds: 3,
        name: "Music".into(),
    }
}

fn pause_of(deadline: Option<u64>, remaining_ms: Option<u64>) -> PhaseView {
    PhaseView::Break {
        index: 3,
        total: 9,
        round: music(),
        countdown: AdvanceView {
            deadline,
            remaining_ms,
            duration_ms: 60_000,
        },
        auto: false,
        next_media: None,
    }
}

#[test]
fn the_round_summary_lists_the_round_points_and_the_total() {
    let mut app = in_lobby(vec![player(0, "Ann"), player(1, "Bob")]);
    show(
        &mut app,
        PhaseView::RoundSummary {
            index: 3,
            total: 9,
            round: RoundInfo {
                number: 0,
                rounds: 3,
                name: "Warm-up".into(),
            },
            top: vec![
                RoundStanding {
                    rank: 1,
                    player: 1,
                    nickname: "Bob".into(),
                    points: 2_810,
                    score: 3_750,
                },
                RoundStanding {
                    rank: 2,
                    player: 0,
                    nickname: "Ann".into(),
                    points: 940,
                    score: 4_100,
                },
            ],
            advance: None,
            next_media: None,
        },
    );
    let drawn = screen(&app, 0);
    assert!(drawn.contains("End of round 1 of 3: Warm-up"), "{drawn}");
    let bob = drawn.lines().find(|l| l.contains("Bob")).unwrap();
    assert!(
        bob.contains("1st") && bob.contains("2810 this round") && bob.contains("3750 in all"),
        "{bob}"
    );
    assert_eq!(sent(&app.on_action(Action::Next, 0)), [ClientMsg::Next]);
}

#[test]
fn the_break_counts_down_and_p_pauses_and_continues_it() {
    let mut app = in_lobby(vec![player(0, "Ann")]);
    show(&mut app, pause_of(Some(60_000), None));
    let drawn = screen(&app, 15_000);
    assert!(drawn.contains("Break"), "{drawn}");
    assert!(drawn.contains("0:45"), "{drawn}");
    assert!(drawn.contains("Next: round 2 of 3: Music"), "{drawn}");
    assert!(drawn.contains("n starts the next round now"), "{drawn}");
    assert_eq!(
        sent(&app.on_action(Action::Pause, 15_000)),
        [ClientMsg::Pause]
    );

    // Run out without auto-advance: the host is told to move on.
    let drawn = screen(&app, 61_000);
    assert!(drawn.contains("0:00"), "{drawn}");
    assert!(
        drawn.contains("Break over: n starts the next round"),
        "{drawn}"
    );

    show(&mut app, pause_of(None, Some(42_000)));
    let drawn = screen(&app, 90_000);
    assert!(
        drawn.contains("0:42") && drawn.contains("Break PAUSED"),
        "{drawn}"
    );
    assert_eq!(
        sent(&app.on_action(Action::Pause, 90_000)),
        [ClientMsg::Continue]
    );
    assert_eq!(
        sent(&app.on_action(Action::Next, 90_000)),
        [ClientMsg::Next]
    );
}
