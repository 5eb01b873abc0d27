//! Engine stories about the modes a game is played in: players joining
//! late, the joining lock after the start, and auto-advance with its pause.

use super::*;
use crate::protocol::AdvanceView;
use crate::quiz::{Question, QuestionKind};

/// `n` single-choice questions worth 1,000 points, 20 s each; question
/// `i`'s right answer is choice `i`.
fn game(n: usize, options: GameOptions) -> Game {
    let quiz = Quiz {
        rounds: Vec::new(),
        id: "t".into(),
        title: "Test".into(),
        description: None,
        questions: (0..n)
            .map(|i| Question {
                text: format!("Q{i}"),
                kind: QuestionKind::Single {
                    answers: vec!["a".into(), "b".into(), "c".into(), "d".into()],
                    correct: i,
                },
                time_limit: 20,
                points: 1000,
                explanation: None,
                media: None,
            })
            .collect(),
    };
    let options = GameOptions {
        intro_ms: 1000,
        ..options
    };
    Game::new("g".into(), "123456".into(), quiz, options, 0)
}

fn answer(
    g: &mut Game,
    player: PlayerId,
    choice: usize,
    now: u64,
) -> Result<Vec<Output>, GameError> {
    let question = g.question_index();
    g.handle(
        Input::Answer {
            player,
            question,
            answer: AnswerValue::Choice(choice),
            id: Some(format!("{player}-{question}")),
        },
        now,
    )
}

fn host(g: &mut Game, cmd: HostCommand, now: u64) -> Result<Vec<Output>, GameError> {
    g.handle(Input::Host(cmd), now)
}

fn results(outputs: &[Output]) -> BTreeMap<PlayerId, PlayerResult> {
    outputs
        .iter()
        .filter_map(|o| match (&o.to, &o.msg) {
            (Audience::Player(p), ServerMsg::Result(r)) => Some((*p, r.clone())),
            _ => None,
        })
        .collect()
}

/// The auto-advance countdown of the phase message sent to hosts.
fn advance_sent(outputs: &[Output]) -> Option<AdvanceView> {
    outputs.iter().find_map(|o| match (&o.to, &o.msg) {
        (Audience::Everyone | Audience::Hosts, ServerMsg::Phase { state }) => match &**state {
            PhaseView::Reveal { advance, .. } | PhaseView::Leaderboard { advance, .. } => *advance,
            _ => None,
        },
        _ => None,
    })
}

/// (nickname, score, rank) of every current player, best first.
fn standings(g: &Game) -> Vec<(String, u64, u32)> {
    g.standings(10)
        .into_iter()
        .map(|s| (s.nickname, s.score, s.rank))
        .collect()
}

#[test]
fn a_late_joiner_plays_from_the_next_question_with_0_points() {
    let mut g = game(3, GameOptions::default());
    let (ann, _) = g.join("Ann", "t-ann".into(), 0).unwrap();
    let (bob, _) = g.join("Bob", "t-bob".into(), 0).unwrap();
    host(&mut g, HostCommand::Start, 10_000).unwrap();
    g.handle(Input::Tick, 11_000).unwrap();
    answer(&mut g, ann, 0, 11_200).unwrap();

    // Dee joins while question 1 of 3 takes answers.
    let (dee, outputs) = g.join("Dee", "t-dee".into(), 12_000).unwrap();
    assert!(matches!(
        &outputs[..],
        [Output {
            to: Audience::Hosts,
            msg: ServerMsg::PlayerJoined { count: 3, .. }
        }]
    ));
    assert_eq!(g.player(dee).unwrap().plays_from, 1);
    assert!(!g.plays_now(dee));
    assert_eq!(
        answer(&mut g, dee, 0, 12_500).unwrap_err(),
        GameError::JoinedLate { from: 1 }
    );
    // Dee, connected and waiting, does not hold the question open, nor
    // count among those who may answer it.
    let outputs = answer(&mut g, bob, 3, 13_000).unwrap();
    assert!(outputs.iter().any(|o| matches!(
        o.msg,
        ServerMsg::AnswerCount {
            answered: 2,
            players: 2,
            ..
        }
    )));
    assert_eq!(g.phase(), &Phase::Reveal);
    let r = results(&outputs);
    assert_eq!(r.keys().copied().collect::<Vec<_>>(), [ann, bob]);
    assert_eq!(
        (r[&ann].points, r[&ann].rank, r[&ann].players),
        (1000, 1, 3)
    );
    assert_eq!(
        standings(&g),
        [
            ("Ann".into(), 1000, 1),
            ("Bob".into(), 0, 2),
            ("Dee".into(), 0, 2)
        ]
    );

    // Question 2: Dee at once, Ann after 10 s (streak 2: +100), Bob wrong.
    host(&mut g, HostCommand::Next, 14_000).unwrap();
    host(&mut g, HostCommand::Next, 14_000).unwrap();
    g.handle(Input::Tick, 15_000).unwrap();
    assert!(g.plays_now(dee));
    answer(&mut g, dee, 1, 15_000).unwrap();
    answer(&mut g, bob, 0, 16_000).unwrap();
    let r = results(&answer(&mut g, ann, 1, 25_000).unwrap());
    assert_eq!(
        (r[&dee].points, r[&dee].score, r[&dee].rank),
        (1000, 1000, 2)
    );
    assert_eq!(
        (r[&ann].points, r[&ann].score, r[&ann].rank),
        (850, 1850, 1)
    );
    assert_eq!(r[&dee].behind, Some(850));

    // Question 3: Dee at once (streak 2: +100), Ann wrong, Bob after 10 s.
    host(&mut g, HostCommand::Next, 26_000).unwrap();
    host(&mut g, HostCommand::Next, 26_000).unwrap();
    g.handle(Input::Tick, 27_000).unwrap();
    answer(&mut g, dee, 2, 27_000).unwrap();
    answer(&mut g, ann, 0, 27_500).unwrap();
    let r = results(&answer(&mut g, bob, 2, 37_000).unwrap());
    assert_eq!(
        (r[&dee].points, r[&dee].score, r[&dee].rank),
        (1100, 2100, 1)
    );
    assert_eq!((r[&bob].score, r[&bob].rank), (750, 3));

    host(&mut g, HostCommand::Next, 38_000).unwrap();
    let outputs = host(&mut g, HostCommand::Next, 38_000).unwrap();
    assert_eq!(g.phase(), &Phase::Podium);
    let finals: Vec<_> = outputs
        .iter()
        .filter_map(|o| match (&o.to, &o.msg) {
            (
                Audience::Player(p),
                ServerMsg::Final {
                    rank,
                    score,
                    players,
                    team: None,
                },
            ) => Some((*p, *rank, *score, *players)),
            _ => None,
        })
        .collect();
    assert_eq!(
        finals,
        [(dee, 1, 2100, 3), (ann, 2, 1850, 3), (bob, 3, 750, 3)]
    );
    let dees: Vec<usize> = g
        .answers()
        .iter()
        .filter(|a| a.player == dee)
        .map(|a| a.question)
        .collect();
    assert_eq!(
        dees,
        [1, 2],
        "the late joiner's answers start at question 2"
    );
    // Nobody joins a finished game, late join or not.
    assert_eq!(
        g.join("Eve", "t-eve".into(), 39_000).unwrap_err(),
        GameError::GameStarted
    );
}

#[test]
fn a_player_joining_at_the_reveal_or_leaderboard_plays_the_next_question() {
    let mut g = game(3, GameOptions::default());
    let (ann, _) = g.join("Ann", "t-ann".into(), 0).unwrap();
    host(&mut g, HostCommand::Start, 0).unwrap();
    host(&mut g, HostCommand::Skip, 500).unwrap();
    let (cid, _) = g.join("Cid", "t-cid".into(), 600).unwrap();
    host(&mut g, HostCommand::Next, 700).unwrap();
    assert_eq!(g.phase(), &Phase::Leaderboard);
    let (dee, _) = g.join("Dee", "t-dee".into(), 800).unwrap();
    assert_eq!(g.player(cid).unwrap().plays_from, 1);
    assert_eq!(g.player(dee).unwrap().plays_from, 1);
    // Joined during the intro of question 2: theirs is question 3.
    host(&mut g, HostCommand::Next, 900).unwrap();
    let (eve, _) = g.join("Eve", "t-eve".into(), 1_000).unwrap();
    assert_eq!(g.player(eve).unwrap().plays_from, 2);
    g.handle(Input::Tick, 1_900).unwrap();
    answer(&mut g, ann, 1, 2_000).unwrap();
    answer(&mut g, cid, 1, 2_000).unwrap();
    let outputs = answer(&mut g, dee, 0, 2_000).unwrap();
    assert_eq!(g.phase(), &Phase::Reveal, "Eve waits; the others answered");
    assert_eq!(results(&outputs).len(), 3);
    // A resume token works for a late joiner as for anyone.
    assert_eq!(g.player_by_token("t-eve"), Ok(eve));
}

#[test]
fn late_join_is_refused_when_off_or_locked() {
    let off = GameOptions {
        late_join: false,
        ..GameOptions::default()
    };
    let mut g = game(2, off);
    g.join("Ann", "t-ann".into(), 0).unwrap();
    host(&mut g, HostCommand::Start, 0).unwrap();
    assert!(!g.joining_open());
    assert_eq!(
        g.join("Bob", "t-bob".into(), 100).unwrap_err(),
        GameError::GameStarted
    );
    assert_eq!(g.player_count(), 1);

    let mut g = game(2, GameOptions::default());
    g.join("Ann", "t-ann".into(), 0).unwrap();
    host(&mut g, HostCommand::Start, 0).unwrap();
    assert!(g.joining_open());
    // The host locks joining during the game, and opens it again.
    let outputs = host(&mut g, HostCommand::Lock, 100).unwrap();
    assert_eq!(
        outputs,
        [Output {
            to: Audience::Hosts,
            msg: ServerMsg::Joining { open: false }
        }]
    );
    assert!(!g.joining_open());
    assert_eq!(
        g.join("Bob", "t-bob".into(), 200).unwrap_err(),
        GameError::LobbyLocked
    );
    assert_eq!(g.player_count(), 1);
    host(&mut g, HostCommand::Unlock, 300).unwrap();
    let (bob, _) = g.join("Bob", "t-bob".into(), 400).unwrap();
    assert_eq!(g.player(bob).unwrap().plays_from, 1);
    host(&mut g, HostCommand::End, 500).unwrap();
    assert_eq!(
        host(&mut g, HostCommand::Lock, 600).unwrap_err(),
        GameError::WrongPhase("the game is over; nobody joins any more")
    );
}

#[test]
fn auto_advance_deadlines_hold_across_a_pause() {
    let options = GameOptions {
        auto_advance_secs: 5,
        ..GameOptions::default()
    };
    let mut g = game(2, options);
    let (ann, _) = g.join("Ann", "t-ann".into(), 0).unwrap();
    host(&mut g, HostCommand::Start, 10_000).unwrap();
    g.handle(Input::Tick, 11_000).unwrap();
    assert_eq!(g.next_deadline(), Some(31_000));
    let outputs = answer(&mut g, ann, 0, 12_000).unwrap();
    assert_eq!(g.phase(), &Phase::Reveal);
    assert_eq!(g.next_deadline(), Some(17_000));
    assert_eq!(
        advance_sent(&outputs),
        Some(AdvanceView {
            deadline: Some(17_000),
            remaining_ms: None,
            duration_ms: 5_000
        })
    );

    // Paused 2.5 s before it ran out; nothing moves while paused.
    let outputs = host(&mut g, HostCommand::Pause, 14_500).unwrap();
    assert_eq!(
        advance_sent(&outputs),
        Some(AdvanceView {
            deadline: None,
            remaining_ms: Some(2_500),
            duration_ms: 5_000
        })
    );
    assert_eq!(g.next_deadline(), None);
    assert!(g.handle(Input::Tick, 20_000).unwrap().is_empty());
    assert_eq!(g.phase(), &Phase::Reveal);
    // A snapshot keeps the paused countdown.
    let json = serde_json::to_string(&g).unwrap();
    let mut g: Game = serde_json::from_str(&json).unwrap();
    assert_eq!(
        g.advance(),
        Some(Advance {
            deadline: None,
            remaining_ms: 2_500
        })
    );

    let outputs = host(&mut g, HostCommand::Continue, 30_000).unwrap();
    assert_eq!(advance_sent(&outputs).unwrap().deadline, Some(32_500));
    assert_eq!(g.next_deadline(), Some(32_500));
    assert_eq!(
        host(&mut g, HostCommand::Continue, 30_100).unwrap_err(),
        GameError::WrongPhase("the game is not paused")
    );
    assert!(g.handle(Input::Tick, 32_499).unwrap().is_empty());
    let outputs = g.handle(Input::Tick, 32_500).unwrap();
    assert_eq!(g.phase(), &Phase::Leaderboard);
    assert_eq!(advance_sent(&outputs).unwrap().deadline, Some(37_500));
    assert_eq!(g.next_deadline(), Some(37_500));

    // The host moves on before it runs out: the countdown goes with the
    // leaderboard, and the intro's deadline is next.
    host(&mut g, HostCommand::Next, 33_000).unwrap();
    assert!(matches!(g.phase(), Phase::Intro { opens_at: 34_000 }));
    assert_eq!(g.advance(), None);
    assert_eq!(g.next_deadline(), Some(34_000));
    assert_eq!(
        host(&mut g, HostCommand::Pause, 33_500).unwrap_err(),
        GameError::WrongPhase("only a running countdown can be paused")
    );

    // The last question runs out on its own: reveal, leaderboard, podium.
    g.handle(Input::Tick, 34_000).unwrap();
    assert_eq!(g.next_deadline(), Some(54_000));
    g.handle(Input::Tick, 54_000).unwrap();
    assert_eq!(
        (g.phase(), g.next_deadline()),
        (&Phase::Reveal, Some(59_000))
    );
    g.handle(Input::Tick, 59_000).unwrap();
    assert_eq!(
        (g.phase(), g.next_deadline()),
        (&Phase::Leaderboard, Some(64_000))
    );
    g.handle(Input::Tick, 64_000).unwrap();
    assert_eq!((g.phase(), g.next_deadline()), (&Phase::Podium, None));
}

#[test]
fn a_restart_pauses_the_auto_advance_with_the_time_it_had_left() {
    let options = GameOptions {
        auto_advance_secs: 8,
        ..GameOptions::default()
    };
    let mut g = game(2, options);
    g.join("Ann", "t-ann".into(), 0).unwrap();
    host(&mut g, HostCommand::Start, 0).unwrap();
    host(&mut g, HostCommand::Skip, 1_000).unwrap();
    assert_eq!(g.next_deadline(), Some(9_000));
    g.suspend(6_000);
    assert_eq!(g.next_deadline(), None);
    host(&mut g, HostCommand::Continue, 100_000).unwrap();
    assert_eq!(g.next_deadline(), Some(103_000));
}

#[test]
fn snapshots_from_before_the_modes_load_with_their_defaults() {
    let mut g = game(1, GameOptions::default());
    g.join("Ann", "t-ann".into(), 0).unwrap();
    let mut json: serde_json::Value = serde_json::to_value(&g).unwrap();
    let options = json["options"].as_object_mut().unwrap();
    assert!(options.remove("late_join").is_some());
    assert!(!options.contains_key("auto_advance_secs"));
    assert!(json.get("advance").is_none());
    assert!(json["players"][0].get("plays_from").is_none());
    let old: Game = serde_json::from_value(json).unwrap();
    assert!(old.options.late_join);
    assert_eq!(old.options.auto_advance_secs, 0);
    assert_eq!(old.player(0).unwrap().plays_from, 0);
}
