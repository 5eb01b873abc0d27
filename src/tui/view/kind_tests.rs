//! Every question kind drawn into a `TestBackend`, question and reveal: the
//! assertions read back what a host sees (✓ on each right choice, accepted
//! answers, slider value and histogram, correct order, poll without a right
//! answer, word-cloud entries and the one chosen for hiding, the slide).

use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Color;
use ratatui::Terminal;

use super::*;
use crate::protocol::{ClientMsg, Entry, ServerMsg, SliderView};
use crate::tui::connection::{NetEvent, Request};
use crate::tui::state::tests::{in_lobby, player};
use crate::tui::state::{Action, App, Effect};

const COLOR: Theme = Theme { color: true };
/// A stored picture's SHA-256, as its `/media/` address names it.
const SUN: &str = "5e1f0c2a9d8b7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f";
const NO_COLOR: Theme = Theme { color: false };

fn screen_of(app: &App, theme: Theme, width: u16, height: u16) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| draw(frame, app, &theme, 0)).unwrap();
    buffer_lines(terminal.backend().buffer())
}

fn buffer_lines(buffer: &Buffer) -> Vec<String> {
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect()
        })
        .collect()
}

fn line_with<'a>(lines: &'a [String], needle: &str) -> &'a str {
    lines
        .iter()
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line with {needle:?} in\n{}", lines.join("\n")))
}

fn show(app: &mut App, state: PhaseView) {
    app.on_net(NetEvent::Server(Box::new(ServerMsg::phase(state))), 0);
}

fn entry(text: &str, count: u32) -> Entry {
    Entry {
        text: text.into(),
        count,
    }
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// A reveal of `kind` with nothing kind-specific filled in.
fn reveal(kind: &str, answers: &[&str], correct: Vec<usize>, counts: Vec<u32>) -> PhaseView {
    PhaseView::Reveal {
        index: 1,
        total: 9,
        text: format!("A {kind} question?"),
        kind: kind.into(),
        answers: strings(answers),
        correct,
        counts,
        answered: 5,
        explanation: None,
        entries: Vec::new(),
        accepted: Vec::new(),
        slider: None,
        average: None,
        advance: None,
        next_media: None,
    }
}

fn open(kind: &str, answers: &[&str]) -> PhaseView {
    PhaseView::Answering {
        index: 2,
        total: 9,
        text: format!("An open {kind} question?"),
        kind: kind.into(),
        answers: strings(answers),
        time_limit_ms: 20_000,
        points: 1000,
        deadline: Some(10_000),
        remaining_ms: None,
        slider: None,
        max_length: None,
        media: None,
        on_screen: false,
        start_order: None,
        round: None,
    }
}

fn with_entries(mut state: PhaseView, list: Vec<Entry>) -> PhaseView {
    if let PhaseView::Reveal { entries, .. } = &mut state {
        *entries = list;
    }
    state
}

fn sent(effects: &[Effect]) -> Vec<ClientMsg> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Net(Request::Send(m)) => Some(m.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn a_multi_reveal_ticks_every_right_answer_in_text() {
    let mut app = in_lobby(vec![player(0, "Ann")]);
    show(
        &mut app,
        reveal(
            "multi",
            &["Saturn", "Mars", "Uranus", "Venus"],
            vec![0, 2],
            vec![4, 1, 3, 0],
        ),
    );
    let lines = screen_of(&app, NO_COLOR, 80, 24);
    assert!(line_with(&lines, "Question 2 of 9").contains("several answers"));
    for right in ["Saturn", "Uranus"] {
        assert!(
            line_with(&lines, right).contains("✓ correct"),
            "{right}: {lines:#?}"
        );
    }
    for wrong in ["Mars", "Venus"] {
        assert!(!line_with(&lines, wrong).contains('✓'), "{wrong}");
    }
    assert!(line_with(&lines, "Saturn")
        .trim_end()
        .ends_with("4  ✓ correct"));
}

#[test]
fn a_true_false_question_and_its_reveal() {
    let mut app = in_lobby(vec![player(0, "Ann")]);
    show(&mut app, open("true_false", &["True", "False"]));
    let lines = screen_of(&app, COLOR, 80, 24);
    assert!(line_with(&lines, "Question 3 of 9").contains("true or false"));
    assert!(line_with(&lines, "True").contains('▲'));
    assert!(line_with(&lines, "False").contains('◆'));
    show(
        &mut app,
        reveal("true_false", &["True", "False"], vec![0], vec![3, 2]),
    );
    let lines = screen_of(&app, NO_COLOR, 80, 24);
    assert!(line_with(&lines, "True ").contains("✓ correct"));
    assert!(!line_with(&lines, "False ").contains("correct"));
}

#[test]
fn a_type_answer_reveal_names_the_accepted_answers_and_the_top_entries() {
    let mut app = in_lobby(vec![player(0, "Ann")]);
    let mut state = with_entries(
        reveal("type_answer", &[], Vec::new(), Vec::new()),
        vec![entry("jupiter", 3), entry("jupitr", 1), entry("saturn", 1)],
    );
    if let PhaseView::Reveal { accepted, .. } = &mut state {
        *accepted = strings(&["Jupiter", "Jove"]);
    }
    show(&mut app, state);
    let lines = screen_of(&app, NO_COLOR, 80, 24);
    let accepted = line_with(&lines, "Accepted");
    assert!(
        accepted.contains("Jupiter, Jove") && accepted.contains("✓ correct"),
        "{accepted}"
    );
    assert!(line_with(&lines, "jupiter ").trim_end().ends_with(" 3"));
    let order: Vec<usize> = ["jupiter ", "jupitr", "saturn"]
        .iter()
        .map(|t| lines.iter().position(|l| l.contains(t)).unwrap())
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    // The first entry is chosen for hiding, and the footer says how.
    assert!(line_with(&lines, "jupiter ").contains('›'));
    assert!(line_with(&lines, "hide entry").contains("choose entry"));
}

#[test]
fn a_slider_reveal_shows_the_value_tolerance_average_and_a_histogram() {
    let mut app = in_lobby(vec![player(0, "Ann")]);
    let mut state = with_entries(
        reveal("slider", &[], Vec::new(), Vec::new()),
        // Most given first, as the server sends them; drawn by value.
        vec![entry("4", 3), entry("2", 2), entry("10", 1), entry("3", 1)],
    );
    if let PhaseView::Reveal {
        slider, average, ..
    } = &mut state
    {
        *slider = Some(SliderView {
            min: 0.0,
            max: 10.0,
            step: 1.0,
            unit: Some("moons".into()),
            correct: Some(3.0),
            tolerance: Some(1.0),
        });
        *average = Some(27.0 / 7.0);
    }
    show(&mut app, state);
    let lines = screen_of(&app, NO_COLOR, 80, 30);
    assert!(line_with(&lines, "Correct:").contains("Correct: 3 moons (± 1)"));
    assert!(line_with(&lines, "Range").contains("Range 0 to 10 moons, step 1"));
    assert!(line_with(&lines, "Average").contains("Average: 3.86 moons"));
    let row = |v: &str| {
        lines
            .iter()
            .position(|l| l.trim_start().starts_with(&format!("{v} ")))
            .unwrap_or_else(|| panic!("no row for {v}: {lines:#?}"))
    };
    assert!(row("2") < row("3") && row("3") < row("4") && row("4") < row("10"));
    for (value, within) in [("2", true), ("3", true), ("4", true), ("10", false)] {
        assert_eq!(lines[row(value)].contains("✓ correct"), within, "{value}");
    }
    let bars = |v: &str| lines[row(v)].matches('█').count();
    assert!(
        bars("4") > bars("2") && bars("2") > bars("10"),
        "{lines:#?}"
    );
    assert_eq!(bars("3"), bars("10"));
}

#[test]
fn an_ordering_reveal_lists_the_correct_order_from_shown_positions() {
    let mut app = in_lobby(vec![player(0, "Ann")]);
    // Shown as Earth, Mercury, Mars, Venus; correct: Mercury, Venus, Earth, Mars.
    show(
        &mut app,
        reveal(
            "ordering",
            &["Earth", "Mercury", "Mars", "Venus"],
            vec![1, 3, 0, 2],
            vec![2, 4, 1, 3],
        ),
    );
    let lines = screen_of(&app, NO_COLOR, 80, 24);
    assert!(lines.join("\n").contains("✓ Correct order:"));
    for (rank, item, placed) in [
        (1, "Mercury", 4),
        (2, "Venus", 3),
        (3, "Earth", 2),
        (4, "Mars", 1),
    ] {
        let row = line_with(&lines, &format!("{rank}. {item}"));
        assert!(row.contains(&format!("{placed} put it here")), "{row}");
    }
}

#[test]
fn a_poll_shows_the_distribution_and_no_right_answer() {
    let mut app = in_lobby(vec![player(0, "Ann")]);
    show(&mut app, open("poll", &["Mars", "Saturn"]));
    assert!(screen_of(&app, COLOR, 80, 24)
        .join("\n")
        .contains("A poll: no answer is right or wrong."));
    show(
        &mut app,
        reveal("poll", &["Mars", "Saturn"], Vec::new(), vec![4, 2]),
    );
    let lines = screen_of(&app, NO_COLOR, 80, 24);
    let all = lines.join("\n");
    assert!(!all.contains('✓') && !all.contains("correct"), "{all}");
    let (mars, saturn) = (line_with(&lines, "Mars "), line_with(&lines, "Saturn "));
    assert_eq!(mars.matches('█').count(), 2 * saturn.matches('█').count());
    assert!(saturn.trim_end().ends_with(" 2"));
}

#[test]
fn a_word_cloud_lists_entries_most_given_first_and_hides_the_chosen_one() {
    let mut app = in_lobby(vec![player(0, "Ann")]);
    let cloud = |list| with_entries(reveal("word_cloud", &[], Vec::new(), Vec::new()), list);
    show(
        &mut app,
        cloud(vec![
            entry("stars", 4),
            entry("dark", 2),
            entry("rude word", 2),
            entry("vast", 1),
        ]),
    );
    let screen = screen_of(&app, NO_COLOR, 80, 24);
    let order: Vec<usize> = ["stars", "dark", "rude word", "vast"]
        .iter()
        .map(|t| screen.iter().position(|l| l.contains(t)).unwrap())
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{screen:#?}");
    assert!(line_with(&screen, "stars").trim_end().ends_with(" 4"));
    assert!(line_with(&screen, "stars").contains('›'));

    // Down twice chooses "rude word"; h asks the server to hide it.
    app.on_action(Action::Down, 0);
    app.on_action(Action::Down, 0);
    let screen = screen_of(&app, NO_COLOR, 80, 24);
    assert!(line_with(&screen, "rude word").contains('›'));
    assert!(!line_with(&screen, "stars").contains('›'));
    assert_eq!(
        sent(&app.on_action(Action::Hide, 0)),
        [ClientMsg::Hide {
            entry: "rude word".into()
        }]
    );
    // The reveal comes back without it; the choice stays in the list.
    show(
        &mut app,
        cloud(vec![entry("stars", 4), entry("dark", 2), entry("vast", 1)]),
    );
    let screen = screen_of(&app, NO_COLOR, 80, 24);
    assert!(!screen.join("\n").contains("rude word"));
    assert!(line_with(&screen, "vast").contains('›'));
}

#[test]
fn many_entries_scroll_with_the_selection() {
    let mut app = in_lobby(vec![player(0, "Ann")]);
    let list: Vec<Entry> = (0..40)
        .map(|i| entry(&format!("word{i:02}"), 50 - i))
        .collect();
    show(
        &mut app,
        with_entries(reveal("word_cloud", &[], Vec::new(), Vec::new()), list),
    );
    let screen = screen_of(&app, NO_COLOR, 80, 24);
    assert!(screen.join("\n").contains("more"), "{screen:#?}");
    for _ in 0..30 {
        app.on_action(Action::Down, 0);
    }
    let screen = screen_of(&app, NO_COLOR, 80, 24);
    assert!(line_with(&screen, "word30").contains('›'), "{screen:#?}");
    assert!(!screen.join("\n").contains("word00"));
}

#[test]
fn open_questions_say_what_players_answer_with() {
    let mut app = in_lobby(vec![player(0, "Ann")]);
    let mut slider = open("slider", &[]);
    if let PhaseView::Answering { slider: s, .. } = &mut slider {
        *s = Some(SliderView {
            min: 0.0,
            max: 10.0,
            step: 0.5,
            unit: Some("moons".into()),
            correct: None,
            tolerance: None,
        });
    }
    show(&mut app, slider);
    assert!(screen_of(&app, COLOR, 80, 24)
        .join("\n")
        .contains("Players pick a number from 0 to 10 moons, in steps of 0.5."));

    let mut typed = open("type_answer", &[]);
    if let PhaseView::Answering { max_length, .. } = &mut typed {
        *max_length = Some(100);
    }
    show(&mut app, typed);
    assert!(screen_of(&app, COLOR, 80, 24)
        .join("\n")
        .contains("Players type their answer (up to 100 characters)."));

    let mut cloud = open("word_cloud", &[]);
    if let PhaseView::Answering { max_length, .. } = &mut cloud {
        *max_length = Some(20);
    }
    show(&mut app, cloud);
    assert!(screen_of(&app, COLOR, 80, 24)
        .join("\n")
        .contains("a word or a short phrase (up to 20 characters)"));

    show(&mut app, open("ordering", &["Earth", "Mercury", "Mars"]));
    let screen = screen_of(&app, COLOR, 80, 24);
    assert!(screen.join("\n").contains("Players put these in order:"));
    let rows: Vec<usize> = ["1. Earth", "2. Mercury", "3. Mars"]
        .iter()
        .map(|t| screen.iter().position(|l| l.contains(t)).unwrap())
        .collect();
    assert!(rows.windows(2).all(|w| w[0] < w[1]), "{screen:#?}");

    show(&mut app, open("multi", &["Saturn", "Mars"]));
    let screen = screen_of(&app, COLOR, 80, 24);
    assert!(line_with(&screen, "Question 3 of 9").contains("several answers"));
    assert!(screen.join("\n").contains("tick every answer"));
}

#[test]
fn a_slide_shows_its_title_and_body_and_n_moves_on() {
    let mut app = in_lobby(vec![player(0, "Ann")]);
    show(
        &mut app,
        PhaseView::Slide {
            index: 0,
            total: 9,
            text: "Welcome to the tour".into(),
            body: Some("Nine questions.\nAnswer fast.".into()),
            media: Some(format!("/media/{SUN}.jpg")),
            round: None,
            next_media: Some("/media/moon.mp4".into()),
        },
    );
    let screen = screen_of(&app, NO_COLOR, 80, 24);
    let all = screen.join("\n");
    assert!(line_with(&screen, "Question 1 of 9").contains("slide"));
    for text in ["Welcome to the tour", "Nine questions.", "Answer fast."] {
        assert!(all.contains(text), "{text}: {all}");
    }
    // The stored picture's kind and the start of its hash, on one line of
    // an 80-column terminal; the next question's media is not the host's
    // business here.
    assert_eq!(
        line_with(&screen, "picture:").trim(),
        "picture: 5e1f0c2a.jpg"
    );
    assert!(!all.contains(SUN) && !all.contains("moon"), "{all}");
    assert!(line_with(&screen, "n Enter").contains("next"));
    assert_eq!(sent(&app.on_action(Action::Next, 0)), [ClientMsg::Next]);
    // Nothing to hide on a slide.
    assert!(sent(&app.on_action(Action::Hide, 0)).is_empty());
}

#[test]
fn a_questions_stored_sound_is_named_short_in_every_language() {
    let mut app = in_lobby(vec![player(0, "Ann")]);
    let mut question = open("single", &["Bach", "Handel"]);
    if let PhaseView::Answering { media, .. } = &mut question {
        *media = Some(format!("/media/{SUN}.mp3"));
    }
    show(&mut app, question);
    for language in crate::i18n::LANGUAGES {
        let _speaking = crate::tui::text::speak(language);
        let label =
            crate::tui::text::tr("question-media-sound", &[("name", "5e1f0c2a.mp3".into())]);
        let screen = screen_of(&app, NO_COLOR, 80, 24);
        // (A wide character's second cell reads as a space here.)
        let line: String = line_with(&screen, "5e1f0c2a.mp3")
            .split_whitespace()
            .collect();
        let label: String = label.split_whitespace().collect();
        assert!(line.contains(&label), "{}: {line:?}", language.tag);
        assert!(!screen.join("\n").contains(SUN), "{}", language.tag);
    }
}

#[test]
fn every_kind_draws_without_colour_under_no_color_and_at_any_size() {
    let mut app = in_lobby(vec![player(0, "Ann")]);
    let entries = vec![entry("3", 2), entry("stars", 1)];
    let states = vec![
        open("multi", &["a", "b", "c"]),
        open("slider", &[]),
        open("ordering", &["x", "y"]),
        reveal("multi", &["a", "b", "c"], vec![0, 1], vec![1, 2, 0]),
        reveal("poll", &["a", "b"], Vec::new(), vec![1, 0]),
        reveal("ordering", &["x", "y"], vec![1, 0], vec![1, 1]),
        with_entries(
            reveal("type_answer", &[], Vec::new(), Vec::new()),
            entries.clone(),
        ),
        with_entries(
            reveal("word_cloud", &[], Vec::new(), Vec::new()),
            entries.clone(),
        ),
        with_entries(reveal("slider", &[], Vec::new(), Vec::new()), entries),
        PhaseView::Slide {
            index: 0,
            total: 1,
            text: "Hi".into(),
            body: None,
            media: None,
            round: None,
            next_media: None,
        },
    ];
    for state in states {
        show(&mut app, state.clone());
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        terminal.draw(|f| draw(f, &app, &NO_COLOR, 0)).unwrap();
        for cell in terminal.backend().buffer().content() {
            assert_eq!(
                (cell.fg, cell.bg),
                (Color::Reset, Color::Reset),
                "{state:?}"
            );
        }
        for (w, h) in [(20, 5), (1, 1), (200, 60), (40, 12)] {
            screen_of(&app, COLOR, w, h);
        }
    }
}

#[test]
fn the_lobby_lists_the_options_that_change_the_game() {
    let plain = in_lobby(vec![player(0, "Ann")]);
    let screen = screen_of(&plain, NO_COLOR, 100, 30);
    assert!(!screen.join("\n").contains("shuffled"), "{screen:#?}");
    let mut app = in_lobby(vec![player(0, "Ann")]);
    let game = app.game.as_mut().unwrap();
    game.settings.shuffle_answers = true;
    game.settings.questions_on_screen_only = true;
    let screen = screen_of(&app, NO_COLOR, 100, 30);
    let line = line_with(&screen, "shuffled answers");
    assert!(
        line.contains("shuffled answers · questions on the big screen only"),
        "{line}"
    );
    assert!(screen.join("\n").contains("Players (1)"));
}
