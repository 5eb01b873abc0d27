//! The dashboard's network side against a real in-process server, without a
//! terminal: the HTTP client (quiz list, game creation, error bodies), a host
//! WebSocket, and the network task's events for a game driven by requests.

mod common;

use std::time::Duration;

use common::TestServer;
use quizbox::client::{ClientError, GameSocket, Incoming, NewGame, Server};
use quizbox::protocol::{ClientMsg, PhaseView, ServerMsg, PROTOCOL_VERSION};
use quizbox::tui::connection::{self, LinkStatus, NetEvent, Request};
use serde_json::json;
use tokio::sync::mpsc::UnboundedReceiver;

fn client(server: &TestServer) -> Server {
    Server::parse(
        &format!("http://{}", server.addr),
        Some(server.token.clone()),
    )
    .unwrap()
}

async fn next_event(events: &mut UnboundedReceiver<NetEvent>) -> NetEvent {
    tokio::time::timeout(Duration::from_secs(10), events.recv())
        .await
        .expect("an event within 10 s")
        .expect("the network task is running")
}

/// Skips clock and other events until one matches.
async fn until(
    events: &mut UnboundedReceiver<NetEvent>,
    what: &str,
    wanted: impl Fn(&NetEvent) -> bool,
) -> NetEvent {
    for _ in 0..100 {
        let event = next_event(events).await;
        if wanted(&event) {
            return event;
        }
    }
    panic!("no {what} event");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_http_client_lists_quizzes_creates_games_and_reports_errors() {
    let server = TestServer::start().await;
    let api = client(&server);
    let quizzes = api.list_quizzes().await.unwrap();
    let capitals = quizzes.iter().find(|q| q.id == "world-capitals").unwrap();
    assert_eq!(capitals.title, "World Capitals");
    assert_eq!(capitals.question_count, 12);
    assert_eq!(capitals.last_played, None);

    let game = api
        .create_game(&NewGame {
            quiz_id: "world-capitals".into(),
            intro_secs: 0,
            streak_bonus: false,
            ..NewGame::default()
        })
        .await
        .unwrap();
    assert_eq!(game.pin.len(), 6);
    assert!(game.join_url.ends_with(&format!("/join/{}", game.pin)));

    // The dashboard's game options reach the engine: with generated
    // nicknames on, the name a player types is replaced; with questions on
    // the big screen only, the player's question arrives without its text.
    let options = api
        .create_game(&NewGame {
            quiz_id: "world-capitals".into(),
            intro_secs: 0,
            shuffle_questions: true,
            shuffle_answers: true,
            questions_on_screen_only: true,
            generated_nicknames: true,
            ..NewGame::default()
        })
        .await
        .unwrap();
    let mut player = common::hello(
        &server,
        json!({"type": "join", "v": 1, "pin": options.pin, "nickname": "Typed Name"}),
    )
    .await;
    let welcome = player.until("welcome", None).await;
    let generated = welcome["player"]["nickname"].as_str().unwrap();
    assert!(
        !generated.is_empty() && generated != "Typed Name",
        "{welcome}"
    );
    let mut host = common::host(&server, &options.pin, &options.host_key).await;
    host.send(json!({"type": "start"})).await;
    let shown = player.until("phase", Some("answering")).await;
    assert_eq!(shown["state"]["text"], "", "{shown}");
    assert_eq!(shown["state"]["on_screen"], true, "{shown}");
    let full = host.until("phase", Some("answering")).await;
    assert_ne!(full["state"]["text"], "", "{full}");

    // The dashboard's team options too: a player joining is told the mode
    // and the names, and placed in one of them.
    let teams = api
        .create_game(&NewGame {
            quiz_id: "world-capitals".into(),
            teams: quizbox::game::TeamMode::Auto {
                names: vec!["Owls".into(), "Foxes".into()],
            },
            ..NewGame::default()
        })
        .await
        .unwrap();
    let mut player = common::hello(
        &server,
        json!({"type": "join", "v": 1, "pin": teams.pin, "nickname": "Ann"}),
    )
    .await;
    let welcome = player.until("welcome", None).await;
    assert_eq!(welcome["team_mode"], "auto", "{welcome}");
    assert_eq!(welcome["teams"], json!(["Owls", "Foxes"]), "{welcome}");
    let team = welcome["team"]["name"].as_str().unwrap_or_default();
    assert!(["Owls", "Foxes"].contains(&team), "{welcome}");

    let missing = api
        .create_game(&NewGame {
            quiz_id: "nope".into(),
            intro_secs: 3,
            streak_bonus: true,
            ..NewGame::default()
        })
        .await
        .unwrap_err();
    match missing {
        ClientError::Status { status, message } => {
            assert_eq!(status, 404);
            assert_eq!(message, "no quiz with id \"nope\"");
        }
        other => panic!("{other:?}"),
    }
    let too_long = api
        .create_game(&NewGame {
            quiz_id: "world-capitals".into(),
            intro_secs: 31,
            streak_bonus: true,
            ..NewGame::default()
        })
        .await
        .unwrap_err();
    assert!(
        too_long.to_string().contains("intro_secs must be 0-30"),
        "{too_long}"
    );

    // Nobody listening: a connection error naming the address, promptly.
    let addr = server.addr;
    server.stop().await;
    let err = api.list_quizzes().await.unwrap_err();
    assert!(matches!(err, ClientError::Connect { .. }), "{err:?}");
    assert!(err.to_string().contains(&addr.to_string()), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_host_socket_is_welcomed_and_refusals_carry_their_close_code() {
    let server = TestServer::start().await;
    let api = client(&server);
    let (_, pin, key) = server.create_game("science-basics", 0).await;
    let hello = ClientMsg::Host {
        v: PROTOCOL_VERSION,
        pin: pin.clone(),
        key,
    };
    let mut socket = GameSocket::open(&api, &hello).await.unwrap();
    match socket.recv().await {
        Incoming::Msg(msg) => match *msg {
            ServerMsg::Welcome(welcome) => {
                assert_eq!(welcome.pin, pin);
                assert_eq!(welcome.state, PhaseView::Lobby);
            }
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }

    let wrong = ClientMsg::Host {
        v: PROTOCOL_VERSION,
        pin,
        key: "not-the-key".into(),
    };
    let mut refused = GameSocket::open(&api, &wrong).await.unwrap();
    assert!(matches!(
        refused.recv().await,
        Incoming::Msg(msg) if matches!(*msg, ServerMsg::Error { .. })
    ));
    assert_eq!(
        refused.recv().await,
        Incoming::Closed {
            code: Some(4003),
            reason: "refused".into()
        }
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_network_task_creates_attaches_relays_and_reports_an_ended_game() {
    let server = TestServer::start().await;
    let (requests, mut events) = connection::spawn(client(&server));

    requests.send(Request::LoadQuizzes).unwrap();
    let NetEvent::Quizzes(Ok(list)) = next_event(&mut events).await else {
        panic!("quiz list expected");
    };
    let mut ids: Vec<&str> = list.iter().map(|q| q.id.as_str()).collect();
    ids.sort_unstable();
    assert_eq!(
        ids,
        [
            "computing-history",
            "every-kind",
            "science-basics",
            "world-capitals"
        ]
    );

    requests
        .send(Request::CreateGame(NewGame {
            quiz_id: "world-capitals".into(),
            intro_secs: 0,
            streak_bonus: true,
            ..NewGame::default()
        }))
        .unwrap();
    let NetEvent::GameCreated(Ok(game)) = next_event(&mut events).await else {
        panic!("a created game expected");
    };
    requests
        .send(Request::Attach {
            pin: game.pin.clone(),
            key: game.host_key.clone(),
        })
        .unwrap();
    until(&mut events, "connected", |e| {
        *e == NetEvent::Link(LinkStatus::Connected)
    })
    .await;
    until(
        &mut events,
        "welcome",
        |e| matches!(e, NetEvent::Server(m) if matches!(**m, ServerMsg::Welcome(_))),
    )
    .await;
    // The clock handshake runs on its own after the welcome.
    until(&mut events, "clock", |e| {
        matches!(e, NetEvent::Clock { .. })
    })
    .await;

    let mut ann = common::join(&server, &game.pin, "Ann").await;
    until(&mut events, "player_joined", |e| {
        matches!(e, NetEvent::Server(m) if matches!(&**m, ServerMsg::PlayerJoined { player, .. } if player.nickname == "Ann"))
    })
    .await;

    requests.send(Request::Send(ClientMsg::Start)).unwrap();
    until(&mut events, "answering", |e| {
        matches!(e, NetEvent::Server(m) if matches!(&**m, ServerMsg::Phase { state } if matches!(**state, PhaseView::Answering { index: 0, .. })))
    })
    .await;
    ann.send(json!({"type": "answer", "question": 0, "answer": 1}))
        .await;
    until(&mut events, "answer_count", |e| {
        matches!(e, NetEvent::Server(m) if matches!(**m, ServerMsg::AnswerCount { answered: 1, players: 1, .. }))
    })
    .await;

    // End now, then finish: the game is over and the task says so.
    requests.send(Request::Send(ClientMsg::End)).unwrap();
    until(&mut events, "podium", |e| {
        matches!(e, NetEvent::Server(m) if matches!(&**m, ServerMsg::Phase { state } if matches!(**state, PhaseView::Podium { .. })))
    })
    .await;
    requests.send(Request::Send(ClientMsg::Next)).unwrap();
    until(&mut events, "game over", |e| {
        *e == NetEvent::Link(LinkStatus::Over)
    })
    .await;
}
