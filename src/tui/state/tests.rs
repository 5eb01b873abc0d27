//! State transitions driven by actions and server messages, no terminal.

use super::*;
use crate::client::{CreatedGame, NewGame, QuizListing};
use crate::protocol::{
    Entry, ErrorCode, PhaseView, PlayerInfo, Role, ServerMsg, Standing, Welcome,
};

pub(crate) fn quiz(id: &str, title: &str, questions: u32) -> QuizListing {
    QuizListing {
        id: id.into(),
        title: title.into(),
        description: Some(format!("About {title}")),
        question_count: questions,
        last_played: None,
    }
}

pub(crate) fn created(pin: &str) -> CreatedGame {
    CreatedGame {
        game_id: "9f3c2a17b4e05d68".into(),
        pin: pin.into(),
        host_key: "5d0e8c1f7a2b4936".into(),
        join_url: format!("http://192.168.1.20:8080/join/{pin}"),
        screen_url: format!("/screen/{pin}#key=5d0e8c1f7a2b4936"),
    }
}

pub(crate) fn welcome(players: Vec<PlayerInfo>, state: PhaseView) -> ServerMsg {
    ServerMsg::Welcome(Box::new(Welcome {
        v: 1,
        role: Role::Host,
        pin: "482913".into(),
        game_id: "9f3c2a17b4e05d68".into(),
        quiz_title: "World Capitals".into(),
        server_time: 1_000,
        player: None,
        token: None,
        score: None,
        players: Some(players),
        answered: false,
        locked: false,
        late_join: true,
        plays_from: None,
        team_mode: None,
        teams: Vec::new(),
        team: None,
        screen_language: None,
        state,
    }))
}

pub(crate) fn player(id: u32, nickname: &str) -> PlayerInfo {
    PlayerInfo {
        id,
        nickname: nickname.into(),
        team: None,
        members: Vec::new(),
    }
}

pub(crate) fn answering(index: usize, deadline: u64) -> PhaseView {
    PhaseView::Answering {
        index,
        total: 12,
        text: "What is the capital of Australia?".into(),
        kind: "single".into(),
        answers: vec![
            "Sydney".into(),
            "Canberra".into(),
            "Melbourne".into(),
            "Perth".into(),
        ],
        time_limit_ms: 20_000,
        points: 1000,
        deadline: Some(deadline),
        remaining_ms: None,
        slider: None,
        max_length: None,
        media: None,
        on_screen: false,
        start_order: None,
        round: None,
    }
}

pub(crate) fn sent(effects: &[Effect]) -> Vec<ClientMsg> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Net(Request::Send(msg)) => Some(msg.clone()),
            _ => None,
        })
        .collect()
}

/// An app in the lobby of a game, connected, with `players`.
pub(crate) fn in_lobby(players: Vec<PlayerInfo>) -> App {
    let mut app = App::new("http://127.0.0.1:8080".into(), false, Vec::new());
    app.on_net(
        NetEvent::Quizzes(Ok(vec![quiz("world-capitals", "World Capitals", 12)])),
        0,
    );
    app.on_action(Action::Confirm, 0);
    app.on_action(Action::Confirm, 0);
    app.on_net(NetEvent::GameCreated(Ok(created("482913"))), 0);
    app.on_net(NetEvent::Link(LinkStatus::Connected), 0);
    app.on_net(server_event(welcome(players, PhaseView::Lobby)), 0);
    app
}

#[test]
fn typing_filters_the_quizzes_and_enter_opens_the_options() {
    let mut app = App::new("http://127.0.0.1:8080".into(), true, Vec::new());
    assert_eq!(app.start(), vec![Effect::Net(Request::LoadQuizzes)]);
    assert!(app.picker.loading);
    app.on_net(
        NetEvent::Quizzes(Ok(vec![
            quiz("computing-history", "Computing History", 12),
            quiz("science-basics", "Science Basics", 12),
            quiz("world-capitals", "World Capitals", 12),
        ])),
        0,
    );
    assert!(!app.picker.loading);
    assert_eq!(app.picker.visible().len(), 3);
    for c in "CAP".chars() {
        app.on_action(Action::Type(c), 0);
    }
    let ids: Vec<&str> = app.picker.visible().iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, ["world-capitals"]);
    app.on_action(Action::Down, 0);
    assert_eq!(app.picker.selected, 0, "selection stays on the only match");
    app.on_action(Action::Back, 0);
    assert_eq!(app.picker.filter, "");
    app.on_action(Action::Down, 0);
    assert_eq!(app.picker.current().unwrap().id, "science-basics");
    app.on_action(Action::Confirm, 0);
    assert_eq!(app.screen, Screen::Options);
    assert_eq!(app.options.as_ref().unwrap().quiz.id, "science-basics");
}

#[test]
fn options_change_and_create_the_game_then_attach_to_it() {
    let mut app = App::new(
        "http://127.0.0.1:8080".into(),
        false,
        vec!["http://10.0.0.7:8080".into()],
    );
    app.on_net(
        NetEvent::Quizzes(Ok(vec![quiz("world-capitals", "World Capitals", 12)])),
        0,
    );
    app.on_action(Action::Confirm, 0);
    for _ in 0..5 {
        app.on_action(Action::Left, 0);
    }
    app.on_action(Action::Down, 0);
    app.on_action(Action::Toggle, 0);
    let effects = app.on_action(Action::Confirm, 0);
    assert_eq!(
        effects,
        vec![Effect::Net(Request::CreateGame(NewGame {
            quiz_id: "world-capitals".into(),
            intro_secs: 0,
            streak_bonus: false,
            ..NewGame::default()
        }))]
    );
    assert!(app.options.as_ref().unwrap().creating);
    // A second Enter while waiting does not create a second game.
    assert!(app.on_action(Action::Confirm, 0).is_empty());

    let effects = app.on_net(NetEvent::GameCreated(Ok(created("482913"))), 0);
    assert_eq!(
        effects,
        vec![Effect::Net(Request::Attach {
            pin: "482913".into(),
            key: "5d0e8c1f7a2b4936".into()
        })]
    );
    assert_eq!(app.screen, Screen::Game);
    assert_eq!(app.link, Link::Connecting);
    let game = app.game.as_ref().unwrap();
    assert_eq!(game.quiz_title, "World Capitals");
    assert_eq!(
        game.join_urls,
        [
            "http://192.168.1.20:8080/join/482913",
            "http://10.0.0.7:8080/join/482913"
        ]
    );
    assert_eq!(
        game.results_url,
        "http://127.0.0.1:8080/api/games/9f3c2a17b4e05d68/results"
    );
}

#[test]
fn intro_seconds_stay_within_what_the_server_accepts() {
    let mut app = in_lobby(Vec::new());
    app.screen = Screen::Options;
    app.options = Some(OptionsForm {
        intro_secs: 29,
        ..OptionsForm::new(quiz("q", "Q", 1))
    });
    for _ in 0..5 {
        app.on_action(Action::Right, 0);
    }
    assert_eq!(app.options.as_ref().unwrap().intro_secs, MAX_INTRO_SECS);
    app.on_net(
        NetEvent::GameCreated(Err("no quiz with id \"q\"".into())),
        0,
    );
    let form = app.options.as_ref().unwrap();
    assert!(!form.creating);
    assert_eq!(form.error.as_deref(), Some("no quiz with id \"q\""));
}

#[test]
fn the_lobby_follows_joins_and_kicks_with_a_confirmation() {
    let mut app = in_lobby(vec![player(0, "Ann")]);
    app.on_net(
        server_event(ServerMsg::PlayerJoined {
            player: Box::new(player(1, "Bob")),
            count: 2,
        }),
        0,
    );
    app.on_net(
        server_event(ServerMsg::PlayerJoined {
            player: Box::new(player(2, "Cid")),
            count: 3,
        }),
        0,
    );
    let game = app.game.as_ref().unwrap();
    assert_eq!(game.players.len(), 3);
    assert_eq!(game.player_count, 3);

    app.on_action(Action::Down, 0);
    assert!(app.on_action(Action::Kick, 0).is_empty());
    assert_eq!(
        app.overlay,
        Some(Overlay::ConfirmKick {
            player: 1,
            nickname: "Bob".into()
        })
    );
    // "No" leaves everyone in.
    assert!(app.on_action(Action::No, 0).is_empty());
    assert_eq!(app.overlay, None);
    app.on_action(Action::Kick, 0);
    let effects = app.on_action(Action::Yes, 0);
    assert_eq!(sent(&effects), [ClientMsg::Kick { player: 1 }]);
    app.on_net(
        server_event(ServerMsg::PlayerLeft {
            player: 1,
            count: 2,
        }),
        0,
    );
    let names: Vec<&str> = app
        .game
        .as_ref()
        .unwrap()
        .players
        .iter()
        .map(|p| p.nickname.as_str())
        .collect();
    assert_eq!(names, ["Ann", "Cid"]);
    assert_eq!(sent(&app.on_action(Action::Next, 0)), [ClientMsg::Start]);
}

#[test]
fn the_host_locks_the_lobby_and_clears_the_last_minutes_joins() {
    let players = (0..5).map(|i| player(i, &format!("bot{i}"))).collect();
    let mut app = in_lobby(players);
    assert_eq!(sent(&app.on_action(Action::Lock, 0)), [ClientMsg::Lock]);
    app.on_net(server_event(ServerMsg::Joining { open: false }), 0);
    assert!(app.game.as_ref().unwrap().locked);
    // Pressed again, the same key unlocks.
    assert_eq!(sent(&app.on_action(Action::Lock, 0)), [ClientMsg::Unlock]);
    assert!(app.on_action(Action::KickRecent, 0).is_empty());
    assert_eq!(
        app.overlay,
        Some(Overlay::ConfirmKickRecent {
            seconds: KICK_RECENT_SECS
        })
    );
    assert_eq!(
        sent(&app.on_action(Action::Yes, 0)),
        [ClientMsg::KickRecent {
            seconds: KICK_RECENT_SECS
        }]
    );
    app.on_net(
        server_event(ServerMsg::PlayersLeft {
            players: vec![1, 2, 4],
            count: 2,
        }),
        0,
    );
    let game = app.game.as_ref().unwrap();
    let ids: Vec<u32> = game.players.iter().map(|p| p.id).collect();
    assert_eq!(ids, [0, 3]);
    assert_eq!(game.player_count, 2);
    // By name: typed into a prompt, Backspace corrects, Enter sends.
    assert!(app.on_action(Action::KickMatching, 0).is_empty());
    for action in [
        Action::Type('b'),
        Action::Type('x'),
        Action::Erase,
        Action::Type('o'),
        Action::Type('t'),
    ] {
        assert!(app.on_action(action, 0).is_empty());
    }
    assert_eq!(
        app.overlay,
        Some(Overlay::KickMatching {
            pattern: "bot".into()
        })
    );
    assert_eq!(
        sent(&app.on_action(Action::Yes, 0)),
        [ClientMsg::KickMatching {
            pattern: "bot".into()
        }]
    );
    assert_eq!(app.overlay, None);
    // An empty pattern sends nothing; Esc leaves.
    app.on_action(Action::KickMatching, 0);
    assert!(app.on_action(Action::Yes, 0).is_empty());
    assert!(app.overlay.is_some());
    assert!(app.on_action(Action::No, 0).is_empty());
    assert_eq!(app.overlay, None);
    // A welcome after a reconnect carries the lock.
    let mut locked = welcome(vec![player(0, "bot0")], PhaseView::Lobby);
    if let ServerMsg::Welcome(w) = &mut locked {
        w.locked = true;
    }
    app.on_net(server_event(locked), 0);
    assert!(app.game.as_ref().unwrap().locked);
}

fn server_event(msg: ServerMsg) -> NetEvent {
    NetEvent::Server(Box::new(msg))
}

mod live;
