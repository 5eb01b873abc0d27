//! Delivery on its own: a real game's outputs through the outbox into real
//! connection queues, checking what each connection received and in what
//! order.

use super::super::conns::ConnTable;
use super::super::testing::{game, kind, received};
use super::super::welcome::welcome;
use super::super::{outq, Outbound};
use super::*;
use crate::game::{Game, HostCommand, Input};
use crate::protocol::{close, ErrorCode, Role};
use crate::quiz::AnswerValue;

fn attach(
    conns: &mut ConnTable,
    outbox: &Outbox,
    role: Role,
    player: Option<PlayerId>,
) -> (u64, outq::Receiver) {
    let (tx, rx) = outq::channel(64);
    (conns.attach(role, player, tx, outbox.position()), rx)
}

/// Every text queued so far, parsed.
fn texts(rx: &mut outq::Receiver) -> Vec<serde_json::Value> {
    let mut got = Vec::new();
    while let Some(Outbound::Text(text)) = rx.try_recv() {
        got.push(serde_json::from_str(&text).unwrap());
    }
    got
}

fn answer(game: &mut Game, player: PlayerId, at: u64) -> Vec<Output> {
    let input = Input::Answer {
        player,
        question: 0,
        answer: AnswerValue::Choice(0),
        id: Some(format!("{player}-0")),
    };
    game.handle(input, at).unwrap()
}

#[test]
fn a_welcome_goes_first_and_what_was_held_for_it_follows() {
    let (mut game, ann, bob) = game();
    let mut conns = ConnTable::new();
    let mut outbox = Outbox::new();
    let (_, mut old) = attach(&mut conns, &outbox, Role::Player, Some(ann));
    conns.end_batch();

    // This batch: a message for Ann (made while her old connection was
    // hers), a broadcast, then Ann resumes on a new connection, then
    // another broadcast.
    outbox.queue(vec![Output {
        to: Audience::Player(ann),
        msg: ServerMsg::error(ErrorCode::AlreadyAnswered, "for Ann"),
    }]);
    outbox.queue(vec![Output {
        to: Audience::Everyone,
        msg: ServerMsg::Storage { problem: None },
    }]);
    conns.replace(ann, None);
    let (new, mut new_rx) = attach(&mut conns, &outbox, Role::Player, Some(ann));
    outbox.for_conn(
        new,
        welcome(&game, Role::Player, Some(ann), Some("t-ann".into())),
    );
    outbox.queue(vec![Output {
        to: Audience::Everyone,
        msg: ServerMsg::PlayerLeft {
            player: bob,
            count: 1,
        },
    }]);
    assert!(
        received(&mut new_rx).is_empty(),
        "nothing before the commit"
    );

    outbox.deliver(&mut conns, &mut game, Instant::now());
    // The broadcast made before the welcome is part of its state.
    assert_eq!(received(&mut new_rx), ["welcome", "error", "player_left"]);
    assert_eq!(received(&mut old), [format!("close {}", close::REPLACED)]);
}

#[test]
fn answer_counts_are_coalesced_and_the_last_goes_out_before_the_reveal() {
    let (mut game, ann, bob) = game();
    let (cid, _) = game.join("Cid", "t-cid".into(), 0).unwrap();
    let (dan, _) = game.join("Dan", "t-dan".into(), 0).unwrap();
    let mut conns = ConnTable::new();
    let mut outbox = Outbox::new();
    let (_, mut host) = attach(&mut conns, &outbox, Role::Host, None);
    game.handle(Input::Host(HostCommand::Start), 10_000)
        .unwrap();
    game.handle(Input::Tick, 11_000).unwrap();
    assert!(game.answering());
    let t0 = Instant::now();
    let answered = |msgs: &[serde_json::Value]| -> Vec<u64> {
        msgs.iter()
            .filter(|m| m["type"] == "answer_count")
            .map(|m| m["answered"].as_u64().unwrap())
            .collect()
    };

    // The first count goes out at once.
    outbox.queue(answer(&mut game, ann, 12_000));
    outbox.deliver(&mut conns, &mut game, t0);
    assert_eq!(answered(&texts(&mut host)), [1]);
    assert_eq!(outbox.count_due(), None);

    // Two more within the interval: held, and only the latest kept.
    outbox.queue(answer(&mut game, bob, 12_010));
    outbox.queue(answer(&mut game, cid, 12_010));
    outbox.deliver(&mut conns, &mut game, t0 + Duration::from_millis(10));
    assert!(texts(&mut host).is_empty());
    assert_eq!(outbox.count_due(), Some(t0 + ANSWER_COUNT_EVERY));
    outbox.flush_answer_count(&mut conns, &mut game, t0 + ANSWER_COUNT_EVERY);
    assert_eq!(answered(&texts(&mut host)), [3]);
    assert_eq!(outbox.count_due(), None);

    // The last answer closes the question: its count, not yet due, goes
    // out ahead of the reveal.
    let outputs = answer(&mut game, dan, 12_120);
    assert!(!game.answering());
    outbox.queue(outputs);
    outbox.deliver(&mut conns, &mut game, t0 + Duration::from_millis(120));
    let got = texts(&mut host);
    assert_eq!(got[0]["type"], "answer_count");
    assert_eq!(got[0]["answered"], 4);
    assert_eq!(got[1]["type"], "phase");
    assert_eq!(got[1]["state"]["phase"], "reveal");
    assert_eq!(answered(&got), [4]);
    assert_eq!(outbox.count_due(), None);
}

#[test]
fn a_count_left_over_when_answers_close_is_dropped() {
    let (mut game, ann, _) = game();
    let mut conns = ConnTable::new();
    let mut outbox = Outbox::new();
    let (_, mut host) = attach(&mut conns, &outbox, Role::Host, None);
    game.handle(Input::Host(HostCommand::Start), 10_000)
        .unwrap();
    game.handle(Input::Tick, 11_000).unwrap();
    let t0 = Instant::now();
    outbox.queue(answer(&mut game, ann, 12_000));
    outbox.deliver(&mut conns, &mut game, t0);
    assert_eq!(received(&mut host), ["answer_count"]);
    // A count not yet due, and answers close without this batch carrying
    // the phase change: the count is stale and never sent.
    outbox.queue(vec![Output {
        to: Audience::Hosts,
        msg: ServerMsg::AnswerCount {
            index: 0,
            answered: 1,
            players: 2,
        },
    }]);
    game.handle(Input::Host(HostCommand::Skip), 12_050).unwrap();
    outbox.deliver(&mut conns, &mut game, t0 + Duration::from_millis(50));
    assert_eq!(outbox.count_due(), None);
    outbox.flush_answer_count(&mut conns, &mut game, t0 + ANSWER_COUNT_EVERY);
    assert!(received(&mut host).is_empty());
}

#[test]
fn a_kick_is_sent_then_the_socket_closed() {
    let (mut game, ann, bob) = game();
    let mut conns = ConnTable::new();
    let mut outbox = Outbox::new();
    let (_, mut host) = attach(&mut conns, &outbox, Role::Host, None);
    let (_, mut a) = attach(&mut conns, &outbox, Role::Player, Some(ann));
    let (_, mut b) = attach(&mut conns, &outbox, Role::Player, Some(bob));
    conns.end_batch();
    let outputs = game
        .handle(Input::Host(HostCommand::Kick { player: bob }), 5_000)
        .unwrap();
    outbox.queue(outputs);
    outbox.deliver(&mut conns, &mut game, Instant::now());
    assert_eq!(
        received(&mut b),
        ["kicked", &format!("close {}", close::KICKED)]
    );
    assert_eq!(conns.of_player(bob), None);
    assert_eq!(received(&mut host), ["player_left"]);
    assert!(received(&mut a).is_empty());
}

#[test]
fn a_broadcast_is_encoded_once_for_all_its_recipients() {
    let (mut game, ann, bob) = game();
    let mut conns = ConnTable::new();
    let mut outbox = Outbox::new();
    let (_, mut a) = attach(&mut conns, &outbox, Role::Player, Some(ann));
    let (_, mut b) = attach(&mut conns, &outbox, Role::Player, Some(bob));
    conns.end_batch();
    outbox.queue(vec![Output {
        to: Audience::Everyone,
        msg: ServerMsg::Storage { problem: None },
    }]);
    outbox.deliver(&mut conns, &mut game, Instant::now());
    let (Some(Outbound::Text(x)), Some(Outbound::Text(y))) = (a.try_recv(), b.try_recv()) else {
        panic!("both got it");
    };
    assert_eq!(kind(&x), "storage");
    assert_eq!(x.as_ptr(), y.as_ptr(), "the same bytes, not a copy");
}
