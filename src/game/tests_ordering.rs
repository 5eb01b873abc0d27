//! Engine stories for ordering questions: every player's list starts in an
//! order of their own, drawn from the seed (so a restored game draws it
//! again), never the right one, and answers are still judged against the
//! correct order. Other kinds keep one phase message for all players.

use super::*;
use crate::quiz::{ordering_credit, Question, QuestionKind};

fn question(kind: QuestionKind) -> Question {
    Question {
        text: format!("{} question", kind.name()),
        kind,
        time_limit: 20,
        points: 1000,
        explanation: None,
        media: None,
    }
}

fn quiz(questions: Vec<Question>) -> Quiz {
    Quiz {
        rounds: Vec::new(),
        id: "o".into(),
        title: "Orders".into(),
        description: None,
        questions,
    }
}

fn planets() -> Question {
    let items = ["Mercury", "Venus", "Earth", "Mars", "Jupiter"];
    question(QuestionKind::Ordering {
        items: items.iter().map(|s| s.to_string()).collect(),
    })
}

fn single() -> Question {
    question(QuestionKind::Single {
        answers: vec!["a".into(), "b".into(), "c".into(), "d".into()],
        correct: 2,
    })
}

fn next(g: &mut Game, now: u64) -> Vec<Output> {
    g.handle(Input::Host(HostCommand::Next), now).unwrap()
}

/// The phase messages in `outputs`, with whom each is for.
fn phases(outputs: &[Output]) -> Vec<(Audience, PhaseView)> {
    outputs
        .iter()
        .filter_map(|o| match &o.msg {
            ServerMsg::Phase { state } => Some((o.to, (**state).clone())),
            _ => None,
        })
        .collect()
}

/// The `answering` state a phase carries (itself, or an intro's).
fn answering(view: &PhaseView) -> Option<&PhaseView> {
    match view {
        PhaseView::Intro { answering, .. } => answering.as_deref(),
        PhaseView::Answering { .. } => Some(view),
        _ => None,
    }
}

fn start_of(view: &PhaseView) -> Option<Vec<usize>> {
    match answering(view)? {
        PhaseView::Answering { start_order, .. } => start_order.clone(),
        _ => None,
    }
}

/// Every player's copy of the phase in `outputs`, by player.
fn copies(outputs: &[Output]) -> BTreeMap<PlayerId, PhaseView> {
    phases(outputs)
        .into_iter()
        .filter_map(|(to, view)| match to {
            Audience::Player(p) => Some((p, view)),
            _ => None,
        })
        .collect()
}

#[test]
fn every_player_starts_an_ordering_question_in_an_own_order() {
    let options = GameOptions {
        intro_ms: 3_000,
        seed: 7,
        ..GameOptions::default()
    };
    let mut g = Game::new(
        "g".into(),
        "123456".into(),
        quiz(vec![single(), planets()]),
        options,
        0,
    );
    let players: Vec<PlayerId> = ["Ann", "Bob", "Cy"]
        .iter()
        .map(|name| g.join(name, name.to_lowercase(), 0).unwrap().0)
        .collect();

    // A single-choice question: one intro for every player, one for hosts,
    // no copy per player.
    let out = g.handle(Input::Host(HostCommand::Start), 0).unwrap();
    let sent = phases(&out);
    assert_eq!(
        sent.iter().map(|(to, _)| *to).collect::<Vec<_>>(),
        vec![Audience::Players, Audience::Hosts]
    );
    assert_eq!(start_of(&sent[0].1), None);
    let out = next(&mut g, 1_000);
    assert_eq!(
        phases(&out).iter().map(|(to, _)| *to).collect::<Vec<_>>(),
        vec![Audience::Everyone]
    );
    next(&mut g, 2_000); // reveal
    next(&mut g, 3_000); // leaderboard

    // The ordering question: hosts get the intro once, each player a copy
    // whose answering state says where their list starts.
    let out = next(&mut g, 4_000);
    let sent = phases(&out);
    assert_eq!(sent[0].0, Audience::Hosts);
    assert_eq!(start_of(&sent[0].1), None);
    let copies = copies(&out);
    assert_eq!(copies.keys().copied().collect::<Vec<_>>(), players);
    let shown = g.shown_order(1);
    let mut items_of = BTreeMap::new();
    for (&p, view) in &copies {
        let start = start_of(view).expect("a start order");
        assert_eq!(start, g.start_order(1, p));
        // The copy is what a player (re)connecting is welcomed with.
        assert_eq!(view, &g.player_view_of(p));
        let items: Vec<usize> = start.iter().map(|&k| shown[k]).collect();
        assert_ne!(items, vec![0, 1, 2, 3, 4], "player {p} starts right");
        items_of.insert(p, items);
    }
    assert_ne!(items_of[&players[0]], items_of[&players[1]]);
    assert_ne!(items_of[&players[1]], items_of[&players[2]]);

    // Answers open on time: players open them by themselves, so only
    // hosts are told, and their view carries no player's order.
    let out = g.handle(Input::Tick, 7_000).unwrap();
    let sent = phases(&out);
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].0, Audience::Hosts);
    assert_eq!(start_of(&sent[0].1), None);

    // A game restored from its snapshot draws the same orders.
    let restored: Game = serde_json::from_str(&serde_json::to_string(&g).unwrap()).unwrap();
    for &p in &players {
        assert_eq!(restored.start_order(1, p), g.start_order(1, p));
    }

    // Everyone submits their list untouched: each is judged against the
    // correct order, so the credit follows their own start.
    let mut results = BTreeMap::new();
    for &p in &players {
        let out = g
            .handle(
                Input::Answer {
                    player: p,
                    question: 1,
                    answer: AnswerValue::Choices(g.start_order(1, p)),
                    id: None,
                },
                7_000,
            )
            .unwrap();
        for o in out {
            if let (Audience::Player(to), ServerMsg::Result(r)) = (o.to, o.msg) {
                results.insert(to, r);
            }
        }
    }
    assert_eq!(results.len(), 3);
    for &p in &players {
        let credit = ordering_credit(&items_of[&p]);
        let r = &results[&p];
        assert!(credit < 1.0);
        assert_eq!(r.points, (1000.0 * credit).round() as u32, "player {p}");
        assert_eq!((r.correct, r.partial), (false, credit > 0.0));
    }
    let recorded: Vec<&AnswerValue> = g.answers().iter().map(|a| &a.answer).collect();
    assert_eq!(
        recorded,
        players
            .iter()
            .map(|p| AnswerValue::Choices(items_of[p].clone()))
            .collect::<Vec<_>>()
            .iter()
            .collect::<Vec<_>>()
    );
}

#[test]
fn the_right_order_submitted_scores_in_full_whatever_the_start() {
    let options = GameOptions {
        intro_ms: 0,
        seed: 11,
        ..GameOptions::default()
    };
    let mut g = Game::new("g".into(), "1".into(), quiz(vec![planets()]), options, 0);
    let (ann, _) = g.join("Ann", "a".into(), 0).unwrap();
    let (bob, _) = g.join("Bob", "b".into(), 0).unwrap();
    g.handle(Input::Host(HostCommand::Start), 0).unwrap();
    let shown = g.shown_order(0);
    let right: Vec<usize> = (0..5)
        .map(|item| shown.iter().position(|&i| i == item).unwrap())
        .collect();
    for p in [ann, bob] {
        assert_ne!(g.start_order(0, p), right);
    }
    let answer = |g: &mut Game, player| {
        g.handle(
            Input::Answer {
                player,
                question: 0,
                answer: AnswerValue::Choices(right.clone()),
                id: None,
            },
            0,
        )
        .unwrap()
    };
    answer(&mut g, ann);
    let out = answer(&mut g, bob);
    for p in [ann, bob] {
        let r = out
            .iter()
            .find_map(|o| match (&o.to, &o.msg) {
                (Audience::Player(to), ServerMsg::Result(r)) if *to == p => Some(r.clone()),
                _ => None,
            })
            .unwrap();
        assert_eq!((r.correct, r.points), (true, 1000));
    }
}

#[test]
fn answers_opening_at_once_go_to_connected_players_only_and_keep_screen_only_texts_out() {
    let options = GameOptions {
        intro_ms: 0,
        seed: 3,
        questions_on_screen_only: true,
        ..GameOptions::default()
    };
    let mut g = Game::new(
        "g".into(),
        "1".into(),
        quiz(vec![planets(), single()]),
        options,
        0,
    );
    let ids: Vec<PlayerId> = ["Ann", "Bob", "Cy", "Di"]
        .iter()
        .map(|name| g.join(name, name.to_lowercase(), 0).unwrap().0)
        .collect();
    g.handle(Input::Disconnected { player: ids[2] }, 0).unwrap();
    g.handle(Input::Host(HostCommand::Kick { player: ids[3] }), 0)
        .unwrap();

    let out = g.handle(Input::Host(HostCommand::Start), 0).unwrap();
    let sent = phases(&out);
    let PhaseView::Answering {
        answers,
        start_order,
        ..
    } = &sent[0].1
    else {
        panic!("{sent:?}")
    };
    assert_eq!(sent[0].0, Audience::Hosts);
    assert!(answers.iter().all(|a| !a.is_empty()));
    assert_eq!(start_order, &None);
    let copies = copies(&out);
    assert_eq!(copies.keys().copied().collect::<Vec<_>>(), ids[..2]);
    for (p, view) in &copies {
        let PhaseView::Answering {
            answers,
            on_screen,
            start_order,
            ..
        } = view
        else {
            panic!("{view:?}")
        };
        assert!(*on_screen);
        assert!(answers.iter().all(String::is_empty));
        assert_eq!(start_order.as_ref(), Some(&g.start_order(0, *p)));
    }
    // The player who comes back is welcomed with their own order too.
    assert_eq!(
        start_of(&g.player_view_of(ids[2])),
        Some(g.start_order(0, ids[2]))
    );

    // The next question is single choice: one copy for all players again.
    next(&mut g, 1_000); // reveal
    next(&mut g, 2_000); // leaderboard
    let out = next(&mut g, 3_000);
    let sent = phases(&out);
    assert_eq!(
        sent.iter().map(|(to, _)| *to).collect::<Vec<_>>(),
        vec![Audience::Hosts, Audience::Players]
    );
}

#[test]
fn own_orders_are_drawn_apart_and_never_right() {
    for n in 2..=8 {
        for player in 0..50 {
            let order = shuffle::player_order(99, 4, player, n);
            let mut sorted = order.clone();
            sorted.sort_unstable();
            assert_eq!(sorted, (0..n).collect::<Vec<_>>());
            assert_ne!(order, sorted, "{n} items, player {player}");
            assert_eq!(order, shuffle::player_order(99, 4, player, n));
        }
    }
    // Six items have 719 wrong orders: 50 players draw many different ones.
    let distinct: std::collections::BTreeSet<Vec<usize>> = (0..50)
        .map(|player| shuffle::player_order(99, 4, player, 6))
        .collect();
    assert!(distinct.len() > 40, "{}", distinct.len());
    assert_eq!(shuffle::player_order(99, 4, 0, 1), vec![0]);
    assert!(shuffle::player_order(99, 4, 0, 0).is_empty());
}
