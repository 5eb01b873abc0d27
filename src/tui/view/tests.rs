//! Screens rendered into a ratatui `TestBackend` from known states; the
//! assertions read the drawn text back (PIN, counts, names, bars).

use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Color;
use ratatui::Terminal;

use super::*;
use crate::protocol::{ServerMsg, Standing};
use crate::tui::connection::{LinkStatus, NetEvent};
use crate::tui::state::tests::{answering, in_lobby, player};
use crate::tui::state::{Action, App};

const COLOR: Theme = Theme { color: true };
const NO_COLOR: Theme = Theme { color: false };

fn render(app: &App, theme: Theme, width: u16, height: u16, now: u64) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| draw(frame, app, &theme, now))
        .unwrap();
    terminal.backend().buffer().clone()
}

fn text(buffer: &Buffer) -> Vec<String> {
    let area = buffer.area;
    (0..area.height)
        .map(|y| {
            (0..area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .collect()
}

pub(super) fn screen(app: &App, now: u64) -> Vec<String> {
    text(&render(app, COLOR, 80, 24, now))
}

pub(super) fn line_with<'a>(lines: &'a [String], needle: &str) -> &'a str {
    lines
        .iter()
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line with {needle:?} in\n{}", lines.join("\n")))
}

pub(super) fn server(app: &mut App, msg: ServerMsg) {
    app.on_net(NetEvent::Server(Box::new(msg)), 0);
}

pub(super) fn standings() -> Vec<Standing> {
    let s = |rank, player, nickname: &str, score, previous_rank| Standing {
        rank,
        player,
        nickname: nickname.into(),
        score,
        previous_rank,
    };
    vec![
        s(1, 1, "Bob", 1_915, Some(2)),
        s(2, 0, "Ann", 1_840, Some(1)),
        s(3, 2, "Cid", 900, Some(3)),
        s(4, 3, "Dee", 0, Some(4)),
    ]
}

#[test]
fn the_lobby_shows_the_pin_large_the_join_links_the_qr_code_and_the_players() {
    let app = in_lobby(vec![player(0, "Ann"), player(1, "Bob"), player(2, "Cid")]);
    let lines = screen(&app, 0);
    let all = lines.join("\n");
    assert!(line_with(&lines, "quizbox").contains("PIN 482913"));
    assert!(all.contains("http://192.168.1.20:8080/join/482913"));
    // The PIN in big digits: the top row of "482913" at double width.
    assert!(
        all.contains("██  ██ ██████ ██████ ██████ ████   ██████"),
        "{all}"
    );
    assert!(all.contains("Players (3)"));
    for name in ["Ann", "Bob", "Cid"] {
        assert!(all.contains(name), "{name} missing");
    }
    assert!(
        line_with(&lines, "Ann").contains('›'),
        "first player selected"
    );
    // The QR code: a solid quiet-zone row of half blocks on the right.
    assert!(lines.iter().any(|l| l.ends_with(&"█".repeat(33))), "{all}");
    assert!(all.contains("scan to join"));
    assert!(line_with(&lines, "Enter").contains("start"));
}

#[test]
fn the_lobby_says_whether_joining_is_open() {
    let mut app = in_lobby(vec![player(0, "Ann")]);
    let open = screen(&app, 0);
    assert!(line_with(&open, "Players (1)").contains("Joining: open"));
    assert!(line_with(&open, "Enter start").contains("l lock"));
    server(&mut app, ServerMsg::Joining { open: false });
    let locked = screen(&app, 0);
    assert!(
        line_with(&locked, "Players (1)").contains("Joining: LOCKED"),
        "{}",
        locked.join("\n")
    );
    assert!(line_with(&locked, "Enter start").contains("l unlock"));
}

#[test]
fn a_small_terminal_drops_the_qr_code_but_keeps_the_pin_readable() {
    let app = in_lobby(vec![player(0, "Ann")]);
    let lines = text(&render(&app, COLOR, 50, 20, 0));
    let all = lines.join("\n");
    assert!(
        all.contains("enlarge the window to show a QR code"),
        "{all}"
    );
    assert!(all.contains("Game PIN 482913"));
    // Resizing back up brings the code back.
    let lines = text(&render(&app, COLOR, 120, 40, 0));
    assert!(lines.iter().any(|l| l.contains(&"█".repeat(33))));
}

#[test]
fn the_question_shows_its_answers_the_countdown_and_answered_n_of_m() {
    let mut app = in_lobby(vec![player(0, "Ann"), player(1, "Bob"), player(2, "Cid")]);
    // The server clock runs 2 s ahead of ours.
    app.on_net(NetEvent::Clock { offset_ms: 2_000 }, 0);
    server(&mut app, ServerMsg::phase(answering(2, 100_000)));
    server(
        &mut app,
        ServerMsg::AnswerCount {
            index: 2,
            answered: 2,
            players: 3,
        },
    );
    // Local 88 000 is server 90 000: 10 s of 20 s left, half the bar.
    let lines = screen(&app, 88_000);
    let all = lines.join("\n");
    assert!(all.contains("Question 3 of 12"));
    assert!(all.contains("What is the capital of Australia?"));
    for (shape, answer) in [
        ("▲", "Sydney"),
        ("◆", "Canberra"),
        ("●", "Melbourne"),
        ("■", "Perth"),
    ] {
        assert!(line_with(&lines, answer).contains(shape), "{answer}");
    }
    let bar = line_with(&lines, "s left");
    assert!(bar.contains(" 10 s left"), "{bar}");
    let full = bar.matches('█').count();
    let empty = bar.matches('░').count();
    assert_eq!(full, empty, "half the time is left: {bar}");
    assert!(line_with(&lines, "Answered").contains("2/3"));

    server(
        &mut app,
        ServerMsg::Paused {
            index: 2,
            remaining_ms: 4_200,
        },
    );
    let lines = screen(&app, 95_000);
    assert!(line_with(&lines, "Question 3").contains("PAUSED"));
    assert!(line_with(&lines, "paused").contains("5 s paused"));
}

#[test]
fn the_reveal_draws_a_bar_per_answer_and_names_the_correct_one_in_text() {
    let mut app = in_lobby(vec![player(0, "Ann")]);
    server(
        &mut app,
        ServerMsg::phase(PhaseView::Reveal {
            index: 0,
            total: 12,
            text: "What is the capital of Australia?".into(),
            answers: vec![
                "Sydney".into(),
                "Canberra".into(),
                "Melbourne".into(),
                "Perth".into(),
            ],
            correct: vec![1],
            counts: vec![2, 4, 0, 1],
            answered: 7,
            explanation: Some("Canberra was purpose-built.".into()),
            kind: "single".into(),
            entries: Vec::new(),
            accepted: Vec::new(),
            slider: None,
            average: None,
            advance: None,
            next_media: None,
        }),
    );
    let lines = text(&render(&app, NO_COLOR, 80, 24, 0));
    let bars: Vec<usize> = ["Sydney", "Canberra", "Melbourne", "Perth"]
        .iter()
        .map(|a| line_with(&lines, a).matches('█').count())
        .collect();
    assert!(
        bars[1] > bars[0] && bars[0] > bars[3] && bars[3] > bars[2],
        "{bars:?}"
    );
    assert_eq!(bars[2], 0);
    assert_eq!(bars[1], 2 * bars[0], "bars are proportional: {bars:?}");
    assert!(line_with(&lines, "Canberra  ").contains("✓ correct"));
    assert!(line_with(&lines, "Canberra  ")
        .trim_end()
        .ends_with("4  ✓ correct"));
    for wrong in ["Sydney", "Melbourne", "Perth"] {
        assert!(!line_with(&lines, wrong).contains("correct"), "{wrong}");
    }
    assert!(line_with(&lines, "answered").contains("7 answered"));
    assert!(lines.join("\n").contains("Canberra was purpose-built."));
}

#[test]
fn the_leaderboard_lists_ranks_names_scores_and_rank_changes() {
    let mut app = in_lobby(vec![player(0, "Ann"), player(1, "Bob")]);
    server(
        &mut app,
        ServerMsg::phase(PhaseView::Leaderboard {
            index: 1,
            total: 12,
            top: standings(),
            teams: Vec::new(),
            advance: None,
            next_media: None,
        }),
    );
    let lines = screen(&app, 0);
    assert!(lines
        .join("\n")
        .contains("Leaderboard after question 2 of 12"));
    let bob = line_with(&lines, "Bob");
    assert!(
        bob.contains("1st") && bob.contains("1915") && bob.contains("▲ 1"),
        "{bob}"
    );
    let ann = line_with(&lines, "Ann");
    assert!(
        ann.contains("2nd") && ann.contains("1840") && ann.contains("▼ 1"),
        "{ann}"
    );
    assert!(line_with(&lines, "Cid").contains('–'));
    let order: Vec<usize> = ["Bob", "Ann", "Cid", "Dee"]
        .iter()
        .map(|n| lines.iter().position(|l| l.contains(n)).unwrap())
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    assert!(line_with(&lines, "Enter").contains("next question"));
}

#[test]
fn the_podium_names_the_winner_and_stacks_the_top_three() {
    let mut app = in_lobby(vec![player(0, "Ann"), player(1, "Bob")]);
    server(
        &mut app,
        ServerMsg::phase(PhaseView::Podium {
            top: standings(),
            teams: Vec::new(),
        }),
    );
    let lines = screen(&app, 0);
    let winner = line_with(&lines, "Winner");
    assert!(
        winner.contains("Bob") && winner.contains("1915 points"),
        "{winner}"
    );
    // 2nd, 1st, 3rd side by side; the winner's block is the tallest.
    let at = |name: &str| {
        let row = lines
            .iter()
            .position(|l| l.contains(name) && !l.contains("Winner"))
            .unwrap();
        let col = lines[row][..lines[row].find(name).unwrap()].chars().count();
        (row, col)
    };
    let blocks = |col: usize| {
        lines
            .iter()
            .filter(|l| l.chars().nth(col) == Some('█'))
            .count()
    };
    let (ann, bob, cid) = (at("Ann"), at("Bob"), at("Cid"));
    assert!(ann.1 < bob.1 && bob.1 < cid.1, "{ann:?} {bob:?} {cid:?}");
    assert!(bob.0 < ann.0 && ann.0 < cid.0, "taller blocks stand higher");
    assert_eq!(
        (blocks(bob.1), blocks(ann.1), blocks(cid.1)),
        (5, 3, 2),
        "{}",
        lines.join("\n")
    );
    assert!(line_with(&lines, "1st ·").contains("1st · 1915"));
    assert!(line_with(&lines, "Dee").contains("4th"));
}

#[test]
fn the_summary_says_where_the_report_is() {
    let mut app = in_lobby(vec![player(0, "Ann")]);
    server(
        &mut app,
        ServerMsg::phase(PhaseView::Podium {
            top: standings(),
            teams: Vec::new(),
        }),
    );
    server(&mut app, ServerMsg::phase(PhaseView::Ended));
    let lines = screen(&app, 0);
    let all = lines.join("\n");
    assert!(all.contains("Game over: World Capitals"));
    assert!(line_with(&lines, "Winner").contains("Bob"));
    assert!(all.contains("http://127.0.0.1:8080/api/games/9f3c2a17b4e05d68/results"));
}

#[test]
fn losing_the_server_shows_reconnecting_and_a_forgotten_game_says_so() {
    let mut app = in_lobby(vec![player(0, "Ann")]);
    app.on_net(
        NetEvent::Link(LinkStatus::Reconnecting {
            attempt: 3,
            retry_in_ms: 2_000,
            reason: "connection lost".into(),
        }),
        1_000,
    );
    let lines = screen(&app, 1_000);
    let all = lines.join("\n");
    assert!(line_with(&lines, "quizbox").contains("reconnecting… attempt 3, next in 2 s"));
    assert!(all.contains("Connection to the server lost (connection lost). reconnecting…"));
    assert!(all.contains("Game PIN 482913"), "the lobby stays visible");

    app.on_net(
        NetEvent::Link(LinkStatus::Gone {
            message: "the server no longer has this game".into(),
        }),
        2_000,
    );
    let lines = screen(&app, 2_000);
    let all = lines.join("\n");
    assert!(all.contains("This game no longer exists on the server."));
    assert!(all.contains("start a new game"));
}

#[test]
fn help_and_confirmations_are_drawn_over_the_screen() {
    let mut app = in_lobby(vec![player(0, "Ann")]);
    app.on_action(Action::Help, 0);
    let all = screen(&app, 0).join("\n");
    assert!(all.contains("keys"));
    assert!(all.contains("remove the chosen player"));
    assert!(all.contains("pause or continue the countdown"));
    app.on_action(Action::Back, 0);
    app.on_action(Action::Quit, 0);
    let all = screen(&app, 0).join("\n");
    assert!(all.contains("Quit the dashboard?"));
    assert!(all.contains("The game keeps running on the server"));
}

#[test]
fn the_picker_lists_quizzes_with_question_counts_and_last_played() {
    let mut app = App::new("http://127.0.0.1:8080".into(), true, Vec::new());
    let mut played = crate::tui::state::tests::quiz("science-basics", "Science Basics", 8);
    played.last_played = Some(1_000_000 - 3 * 86_400_000);
    app.on_net(
        NetEvent::Quizzes(Ok(vec![
            played,
            crate::tui::state::tests::quiz("world-capitals", "World Capitals", 12),
        ])),
        0,
    );
    app.on_action(Action::Type('w'), 0);
    let lines = text(&render(&app, COLOR, 80, 24, 1_000_000));
    let row = line_with(&lines, "World Capitals");
    assert!(
        row.contains("› ") && row.contains("12") && row.contains("never"),
        "{row}"
    );
    assert!(lines.join("\n").contains("Filter: w"));
    app.on_action(Action::Back, 0);
    let lines = text(&render(&app, COLOR, 80, 24, 1_000_000));
    let row = line_with(&lines, "Science Basics");
    assert!(row.contains(" 8") && row.contains("3 days ago"), "{row}");
}

#[test]
fn no_color_means_no_colour_on_any_screen() {
    let mut app = in_lobby(vec![player(0, "Ann"), player(1, "Bob")]);
    let check = |app: &App| {
        let buffer = render(app, NO_COLOR, 80, 24, 0);
        for cell in buffer.content() {
            assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset), "{cell:?}");
        }
        // The same screen with colours does use some.
        let buffer = render(app, COLOR, 80, 24, 0);
        assert!(buffer.content().iter().any(|c| c.fg != Color::Reset));
    };
    check(&app);
    server(&mut app, ServerMsg::phase(answering(0, 10_000)));
    check(&app);
    server(
        &mut app,
        ServerMsg::phase(PhaseView::Leaderboard {
            index: 0,
            total: 12,
            top: standings(),
            teams: Vec::new(),
            advance: None,
            next_media: None,
        }),
    );
    check(&app);
    server(
        &mut app,
        ServerMsg::phase(PhaseView::Podium {
            top: standings(),
            teams: Vec::new(),
        }),
    );
    check(&app);
}

#[test]
fn every_screen_draws_at_any_size_without_panicking() {
    let mut app = in_lobby((0..40).map(|i| player(i, &format!("player{i}"))).collect());
    let states = [
        PhaseView::Lobby,
        answering(0, 10_000),
        PhaseView::Leaderboard {
            index: 0,
            total: 12,
            top: standings(),
            teams: Vec::new(),
            advance: None,
            next_media: None,
        },
        PhaseView::Podium {
            top: standings(),
            teams: Vec::new(),
        },
    ];
    for state in states {
        server(&mut app, ServerMsg::phase(state));
        for (w, h) in [(80, 24), (20, 5), (1, 1), (200, 60), (79, 23)] {
            render(&app, COLOR, w, h, 0);
        }
    }
    let lines = text(&render(
        &in_lobby((0..40).map(|i| player(i, &format!("p{i}"))).collect()),
        COLOR,
        80,
        24,
        0,
    ));
    assert!(
        lines.join("\n").contains("more"),
        "overflowing players are counted"
    );
}

/// Cells of the first row holding `needle`, from its start to its end.
fn cells_of<'a>(buffer: &'a Buffer, needle: &str) -> Vec<&'a ratatui::buffer::Cell> {
    let lines = text(buffer);
    let (y, line) = lines
        .iter()
        .enumerate()
        .find(|(_, l)| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle:?} not drawn: {lines:#?}"));
    let x = line[..line.find(needle).unwrap()].chars().count();
    (x..x + needle.chars().count())
        .map(|x| &buffer[(x as u16, y as u16)])
        .collect()
}

#[test]
fn without_colour_the_chosen_quiz_and_player_are_drawn_reversed() {
    use ratatui::style::Modifier;
    let reversed = |cells: &[&ratatui::buffer::Cell]| {
        cells
            .iter()
            .all(|c| c.modifier.contains(Modifier::REVERSED))
    };
    let mut app = App::new("http://127.0.0.1:8080".into(), true, Vec::new());
    app.on_net(
        NetEvent::Quizzes(Ok(vec![
            crate::tui::state::tests::quiz("science-basics", "Science Basics", 8),
            crate::tui::state::tests::quiz("world-capitals", "World Capitals", 12),
        ])),
        0,
    );
    let buffer = render(&app, NO_COLOR, 80, 24, 0);
    assert!(reversed(&cells_of(&buffer, "Science Basics")));
    assert!(!cells_of(&buffer, "World Capitals")
        .iter()
        .any(|c| c.modifier.contains(Modifier::REVERSED)));
    app.on_action(Action::Down, 0);
    let buffer = render(&app, NO_COLOR, 80, 24, 0);
    assert!(reversed(&cells_of(&buffer, "World Capitals")));
    assert!(!reversed(&cells_of(&buffer, "Science Basics")));

    let mut app = in_lobby(vec![player(0, "Ann"), player(1, "Bob")]);
    app.on_action(Action::Down, 0);
    let buffer = render(&app, NO_COLOR, 80, 24, 0);
    let chosen: Vec<bool> = ["Ann", "Bob"]
        .iter()
        .map(|name| reversed(&cells_of(&buffer, name)))
        .collect();
    assert_eq!(chosen.iter().filter(|c| **c).count(), 1, "{chosen:?}");
    assert!(buffer
        .content()
        .iter()
        .all(|c| (c.fg, c.bg) == (Color::Reset, Color::Reset)));
}
