//! The game screen: questions, reveals, slides, the end of the game and
//! what happens while the link is down.

use super::*;

#[test]
fn a_question_counts_answers_pauses_extends_and_skips() {
    let mut app = in_lobby(vec![player(0, "Ann"), player(1, "Bob")]);
    app.on_net(server_event(ServerMsg::phase(answering(0, 50_000))), 0);
    assert_eq!(app.game.as_ref().unwrap().answered, Some(0));
    app.on_net(
        server_event(ServerMsg::AnswerCount {
            index: 0,
            answered: 1,
            players: 2,
        }),
        0,
    );
    // A count for another question is stale and ignored.
    app.on_net(
        server_event(ServerMsg::AnswerCount {
            index: 5,
            answered: 9,
            players: 9,
        }),
        0,
    );
    let game = app.game.as_ref().unwrap();
    assert_eq!((game.answered, game.player_count), (Some(1), 2));

    assert_eq!(sent(&app.on_action(Action::Pause, 0)), [ClientMsg::Pause]);
    app.on_net(
        server_event(ServerMsg::Paused {
            index: 0,
            remaining_ms: 12_480,
        }),
        0,
    );
    assert!(app.game.as_ref().unwrap().paused());
    assert_eq!(
        sent(&app.on_action(Action::Pause, 0)),
        [ClientMsg::Continue]
    );
    app.on_net(
        server_event(ServerMsg::Deadline {
            index: 0,
            deadline: 70_000,
            time_limit_ms: 30_000,
        }),
        0,
    );
    match &app.game.as_ref().unwrap().phase {
        PhaseView::Answering {
            deadline,
            remaining_ms,
            time_limit_ms,
            ..
        } => assert_eq!(
            (*deadline, *remaining_ms, *time_limit_ms),
            (Some(70_000), None, 30_000)
        ),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        sent(&app.on_action(Action::Extend, 0)),
        [ClientMsg::Extend {
            seconds: EXTEND_SECS
        }]
    );
    assert_eq!(sent(&app.on_action(Action::Skip, 0)), [ClientMsg::Skip]);
    assert_eq!(sent(&app.on_action(Action::Next, 0)), [ClientMsg::Next]);
    // Ending early asks first.
    assert!(app.on_action(Action::EndGame, 0).is_empty());
    assert_eq!(sent(&app.on_action(Action::Yes, 0)), [ClientMsg::End]);
}

#[test]
fn commands_wait_while_the_link_is_down_and_a_notice_says_so() {
    let mut app = in_lobby(vec![player(0, "Ann")]);
    app.on_net(
        NetEvent::Link(LinkStatus::Reconnecting {
            attempt: 2,
            retry_in_ms: 500,
            reason: "connection lost".into(),
        }),
        10_000,
    );
    assert_eq!(
        app.link,
        Link::Reconnecting {
            attempt: 2,
            retry_at: 10_500,
            reason: "connection lost".into()
        }
    );
    assert_eq!(app.screen, Screen::Game, "the game stays on screen");
    assert!(app.on_action(Action::Next, 10_000).is_empty());
    assert!(app.notice_at(10_001).unwrap().contains("not connected"));
    assert_eq!(app.notice_at(10_000 + NOTICE_MS), None);
    // Back: a fresh welcome restores the same game.
    app.on_net(NetEvent::Link(LinkStatus::Connected), 11_000);
    app.on_net(
        server_event(welcome(vec![player(0, "Ann")], answering(3, 90_000))),
        11_000,
    );
    assert_eq!(app.link, Link::Connected);
    let game = app.game.as_ref().unwrap();
    assert_eq!(game.answered, None, "unknown until the next count");
    assert!(matches!(game.phase, PhaseView::Answering { index: 3, .. }));
    assert_eq!(
        sent(&app.on_action(Action::Next, 11_000)),
        [ClientMsg::Next]
    );
}

#[test]
fn a_game_the_server_forgot_leads_back_to_the_picker() {
    let mut app = in_lobby(vec![player(0, "Ann")]);
    app.on_action(Action::Help, 0);
    app.on_net(
        NetEvent::Link(LinkStatus::Gone {
            message: "the server no longer has this game".into(),
        }),
        0,
    );
    assert_eq!(
        app.screen,
        Screen::Lost {
            message: "the server no longer has this game".into()
        }
    );
    assert_eq!(app.overlay, None);
    assert_eq!(app.link, Link::Idle);
    let effects = app.on_action(Action::NewGame, 0);
    assert_eq!(
        effects,
        vec![
            Effect::Net(Request::Detach),
            Effect::Net(Request::LoadQuizzes)
        ]
    );
    assert_eq!(app.screen, Screen::Picker);
    assert!(app.game.is_none());
    assert!(app.picker.loading);
}

#[test]
fn the_end_of_the_game_shows_the_summary_with_the_podium_standings() {
    let mut app = in_lobby(vec![player(0, "Ann"), player(1, "Bob")]);
    let top = vec![
        Standing {
            rank: 1,
            player: 0,
            nickname: "Ann".into(),
            score: 10_450,
            previous_rank: Some(1),
        },
        Standing {
            rank: 2,
            player: 1,
            nickname: "Bob".into(),
            score: 7_320,
            previous_rank: Some(2),
        },
    ];
    app.on_net(
        server_event(ServerMsg::phase(PhaseView::Podium {
            top: top.clone(),
            teams: Vec::new(),
        })),
        0,
    );
    assert_eq!(sent(&app.on_action(Action::Next, 0)), [ClientMsg::Next]);
    app.on_net(server_event(ServerMsg::phase(PhaseView::Ended)), 0);
    app.on_net(NetEvent::Link(LinkStatus::Over), 0);
    assert_eq!(app.screen, Screen::Summary);
    assert_eq!(app.game.as_ref().unwrap().standings, top);
    assert_eq!(app.on_action(Action::Quit, 0), vec![Effect::Quit]);
}

#[test]
fn quitting_during_a_game_asks_first() {
    let mut app = in_lobby(Vec::new());
    assert!(app.on_action(Action::Quit, 0).is_empty());
    assert_eq!(app.overlay, Some(Overlay::ConfirmQuit));
    // Other keys leave the question open.
    assert!(app.on_action(Action::Next, 0).is_empty());
    assert_eq!(app.overlay, Some(Overlay::ConfirmQuit));
    assert!(app.on_action(Action::No, 0).is_empty());
    assert_eq!(app.overlay, None);
    app.on_action(Action::Quit, 0);
    assert_eq!(app.on_action(Action::Yes, 0), vec![Effect::Quit]);
    // In the picker there is nothing to lose.
    let mut picker = App::new("http://127.0.0.1:8080".into(), false, Vec::new());
    assert_eq!(picker.on_action(Action::Quit, 0), vec![Effect::Quit]);
}

#[test]
fn server_errors_become_notices_and_a_preselected_quiz_opens_its_options() {
    let mut app = in_lobby(Vec::new());
    app.on_net(
        server_event(ServerMsg::Error {
            code: ErrorCode::WrongPhase,
            message: "the game has already started".into(),
        }),
        100,
    );
    assert_eq!(
        app.notice_at(200),
        Some("server: the game has already started")
    );

    let mut app = App::new("http://127.0.0.1:8080".into(), false, Vec::new());
    app.preselect = Some("world-capitals".into());
    app.on_net(
        NetEvent::Quizzes(Ok(vec![
            quiz("science-basics", "Science Basics", 12),
            quiz("world-capitals", "World Capitals", 12),
        ])),
        0,
    );
    assert_eq!(app.screen, Screen::Options);
    let mut app = App::new("http://127.0.0.1:8080".into(), false, Vec::new());
    app.preselect = Some("science".into());
    app.on_net(
        NetEvent::Quizzes(Ok(vec![quiz("science-basics", "Science Basics", 12)])),
        0,
    );
    assert_eq!(app.screen, Screen::Picker);
    assert_eq!(app.picker.filter, "science");
}

#[test]
fn a_storage_pause_stays_on_screen_until_the_server_saves_again() {
    let mut app = in_lobby(Vec::new());
    let problem = "The server cannot save to its disk (full or failing). \
                   The game is paused until it can.";
    app.on_net(
        server_event(ServerMsg::Storage {
            problem: Some(problem.into()),
        }),
        100,
    );
    let shown = format!("STORAGE: {problem}");
    // Still there long after an ordinary notice would have gone.
    assert_eq!(app.notice_at(100 + 3_600_000), Some(shown.as_str()));
    app.on_net(server_event(ServerMsg::Storage { problem: None }), 200);
    assert_eq!(
        app.notice_at(300),
        Some("saving works again; the game goes on")
    );
    assert_eq!(app.notice_at(200 + NOTICE_MS), None);
}

#[test]
fn a_confirmed_command_is_not_sent_while_the_link_is_down() {
    let mut app = in_lobby(vec![player(0, "Ann")]);
    app.on_action(Action::Kick, 0);
    app.on_net(
        NetEvent::Link(LinkStatus::Reconnecting {
            attempt: 1,
            retry_in_ms: 250,
            reason: "connection lost".into(),
        }),
        0,
    );
    assert!(app.on_action(Action::Yes, 0).is_empty());
    assert!(app.notice_at(1).unwrap().contains("not connected"));
    assert_eq!(app.overlay, None);
}

#[test]
fn every_game_option_has_a_field_and_reaches_the_create_request() {
    let mut app = App::new("http://127.0.0.1:8080".into(), false, Vec::new());
    app.on_net(
        NetEvent::Quizzes(Ok(vec![quiz("every-kind", "Every Kind", 9)])),
        0,
    );
    // Esc goes back to the list; Enter opens a fresh form again.
    app.on_action(Action::Confirm, 0);
    app.on_action(Action::Down, 0);
    app.on_action(Action::Back, 0);
    assert_eq!(app.screen, Screen::Picker);
    assert!(app.options.is_none());
    app.on_action(Action::Confirm, 0);
    let form = app.options.as_ref().unwrap();
    assert_eq!(form.field, OptionField::IntroSecs);
    assert_eq!(
        form.request(),
        NewGame {
            quiz_id: "every-kind".into(),
            ..NewGame::default()
        }
    );
    // Down walks every field shown in order and wraps (the team names
    // only show in a team mode that has them); Up walks back.
    let mut seen = Vec::new();
    for _ in 0..OptionField::ALL.len() - 1 {
        seen.push(app.options.as_ref().unwrap().field);
        app.on_action(Action::Down, 0);
    }
    assert_eq!(seen, OptionField::ALL[..OptionField::ALL.len() - 1]);
    assert_eq!(app.options.as_ref().unwrap().field, OptionField::IntroSecs);
    app.on_action(Action::Up, 0);
    assert_eq!(app.options.as_ref().unwrap().field, OptionField::TeamMode);
    app.on_action(Action::Up, 0);
    // The break between rounds: a minute at first, in steps of 15 s down
    // to none; Space does nothing.
    assert_eq!(app.options.as_ref().unwrap().field, OptionField::BreakSecs);
    assert_eq!(
        app.options
            .as_ref()
            .unwrap()
            .seconds(OptionField::BreakSecs),
        Some(60)
    );
    for _ in 0..5 {
        app.on_action(Action::Left, 0);
    }
    assert_eq!(app.options.as_ref().unwrap().break_secs, 0);
    app.on_action(Action::Right, 0);
    app.on_action(Action::Right, 0);
    app.on_action(Action::Toggle, 0);
    assert_eq!(app.options.as_ref().unwrap().break_secs, 30);
    app.on_action(Action::Up, 0);
    assert_eq!(
        app.options.as_ref().unwrap().field,
        OptionField::AutoAdvanceSecs
    );
    // The auto-advance seconds go in steps of 5 from off; Space does nothing.
    app.on_action(Action::Left, 0);
    for _ in 0..3 {
        app.on_action(Action::Right, 0);
    }
    app.on_action(Action::Left, 0);
    app.on_action(Action::Toggle, 0);
    assert_eq!(app.options.as_ref().unwrap().auto_advance_secs, 10);
    app.on_action(Action::Up, 0);
    assert_eq!(
        app.options.as_ref().unwrap().flag(OptionField::LateJoin),
        Some(true)
    );
    app.on_action(Action::Toggle, 0); // late join off
    app.on_action(Action::Up, 0);
    assert_eq!(
        app.options.as_ref().unwrap().field,
        OptionField::GeneratedNicknames
    );
    // Space, → and ← each flip the chosen switch; on the seconds Space does nothing.
    app.on_action(Action::Toggle, 0); // generated nicknames on
    app.on_action(Action::Up, 0);
    // The big screen's language: ← from the browser's wraps to the last
    // language, → steps on to the browser's and then the first.
    assert_eq!(
        app.options.as_ref().unwrap().field,
        OptionField::ScreenLanguage
    );
    app.on_action(Action::Left, 0);
    assert_eq!(app.options.as_ref().unwrap().screen_language, Some("zh-CN"));
    app.on_action(Action::Right, 0);
    assert_eq!(app.options.as_ref().unwrap().screen_language, None);
    app.on_action(Action::Left, 0);
    app.on_action(Action::Up, 0);
    app.on_action(Action::Right, 0); // big screen only on
    app.on_action(Action::Up, 0);
    app.on_action(Action::Left, 0); // shuffle answers on
    app.on_action(Action::Up, 0);
    app.on_action(Action::Toggle, 0); // shuffle questions on
    app.on_action(Action::Toggle, 0); // … and off again
    app.on_action(Action::Toggle, 0); // … and on
    app.on_action(Action::Up, 0);
    app.on_action(Action::Toggle, 0); // streak bonus off
    app.on_action(Action::Up, 0);
    app.on_action(Action::Toggle, 0);
    app.on_action(Action::Right, 0);
    let form = app.options.as_ref().unwrap();
    assert_eq!(form.field, OptionField::IntroSecs);
    assert_eq!(form.flag(OptionField::IntroSecs), None);
    let effects = app.on_action(Action::Confirm, 0);
    assert_eq!(
        effects,
        vec![Effect::Net(Request::CreateGame(NewGame {
            quiz_id: "every-kind".into(),
            intro_secs: 4,
            streak_bonus: false,
            shuffle_questions: true,
            shuffle_answers: true,
            questions_on_screen_only: true,
            generated_nicknames: true,
            late_join: false,
            auto_advance_secs: 10,
            break_secs: 30,
            teams: crate::game::TeamMode::Off,
            screen_language: Some("zh-CN".into()),
        }))]
    );
    // The lobby knows what the game was created with.
    app.on_net(NetEvent::GameCreated(Ok(created("482913"))), 0);
    assert_eq!(
        app.game.as_ref().unwrap().special_options(),
        [
            "shuffled questions",
            "shuffled answers",
            "questions on the big screen only",
            "generated nicknames",
            "no streak bonus",
            "no late join",
            "auto-advance",
            "big screen in 简体中文"
        ]
    );
}

fn word_cloud_reveal(index: usize, entries: &[(&str, u32)]) -> PhaseView {
    PhaseView::Reveal {
        index,
        total: 9,
        text: "One word for the night sky?".into(),
        kind: "word_cloud".into(),
        answers: Vec::new(),
        correct: Vec::new(),
        counts: Vec::new(),
        answered: 4,
        explanation: None,
        entries: entries
            .iter()
            .map(|(text, count)| Entry {
                text: text.to_string(),
                count: *count,
            })
            .collect(),
        accepted: Vec::new(),
        slider: None,
        average: None,
        advance: None,
        next_media: None,
    }
}

#[test]
fn at_a_word_cloud_the_arrows_choose_an_entry_and_h_hides_it() {
    let mut app = in_lobby(vec![player(0, "Ann"), player(1, "Bob")]);
    app.on_net(
        server_event(ServerMsg::phase(word_cloud_reveal(
            7,
            &[("stars", 2), ("dark", 1), ("vast", 1)],
        ))),
        0,
    );
    let game = app.game.as_ref().unwrap();
    assert!(game.can_hide());
    assert_eq!(game.selected_entry().unwrap().text, "stars");
    app.on_action(Action::Down, 0);
    app.on_action(Action::Down, 0);
    app.on_action(Action::Down, 0);
    let game = app.game.as_ref().unwrap();
    assert_eq!(game.selected_entry, 2, "stops at the last entry");
    assert_eq!(game.selected_player, 0, "players stay as they were");
    app.on_action(Action::Up, 0);
    assert_eq!(
        sent(&app.on_action(Action::Hide, 0)),
        [ClientMsg::Hide {
            entry: "dark".into()
        }]
    );
    // The re-sent reveal keeps the choice in range.
    app.on_net(
        server_event(ServerMsg::phase(word_cloud_reveal(7, &[("stars", 2)]))),
        0,
    );
    assert_eq!(app.game.as_ref().unwrap().selected_entry, 0);
    // Hiding everything leaves nothing to hide: a notice, no message.
    app.on_net(server_event(ServerMsg::phase(word_cloud_reveal(7, &[]))), 0);
    assert!(app.on_action(Action::Hide, 5).is_empty());
    assert!(app.notice_at(6).unwrap().contains("no entry to hide"));
    // A reveal of a choice question: arrows choose players again, h does nothing.
    let mut choice = word_cloud_reveal(8, &[("x", 1)]);
    if let PhaseView::Reveal { kind, .. } = &mut choice {
        *kind = "single".into();
    }
    app.on_net(server_event(ServerMsg::phase(choice)), 0);
    app.on_action(Action::Down, 0);
    assert_eq!(app.game.as_ref().unwrap().selected_player, 1);
    assert!(sent(&app.on_action(Action::Hide, 10)).is_empty());
    // A new word-cloud reveal starts at the top.
    app.on_net(
        server_event(ServerMsg::phase(word_cloud_reveal(
            9,
            &[("a", 2), ("b", 1)],
        ))),
        0,
    );
    app.on_action(Action::Down, 0);
    app.on_net(
        server_event(ServerMsg::phase(word_cloud_reveal(
            10,
            &[("c", 2), ("d", 1)],
        ))),
        0,
    );
    assert_eq!(app.game.as_ref().unwrap().selected_entry, 0);
}

#[test]
fn a_slide_moves_on_with_next_and_can_end_the_game() {
    let mut app = in_lobby(vec![player(0, "Ann")]);
    app.on_net(
        server_event(ServerMsg::phase(PhaseView::Slide {
            index: 0,
            total: 9,
            text: "Welcome".into(),
            body: None,
            media: None,
            round: None,
            next_media: None,
        })),
        0,
    );
    assert_eq!(sent(&app.on_action(Action::Next, 0)), [ClientMsg::Next]);
    assert!(app.on_action(Action::EndGame, 0).is_empty());
    assert_eq!(app.overlay, Some(Overlay::ConfirmEnd));
    assert_eq!(sent(&app.on_action(Action::Yes, 0)), [ClientMsg::End]);
}
