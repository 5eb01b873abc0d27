//! Engine stories: whole games driven through `handle` with explicit clocks.

use super::*;
use crate::quiz::{Question, QuestionKind};

fn quiz(n: usize) -> Quiz {
    Quiz {
        rounds: Vec::new(),
        id: "t".into(),
        title: "Test".into(),
        description: None,
        questions: (0..n)
            .map(|i| Question {
                text: format!("Q{i}"),
                kind: QuestionKind::Single {
                    answers: vec!["a".into(), "b".into(), "c".into(), "d".into()],
                    correct: i % 4,
                },
                time_limit: 20,
                points: if i == 2 { 0 } else { 1000 },
                explanation: None,
                media: None,
            })
            .collect(),
    }
}

fn game(n: usize) -> Game {
    let options = GameOptions {
        intro_ms: 1000,
        ..GameOptions::default()
    };
    Game::new("g".into(), "123456".into(), quiz(n), options, 0)
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

fn host(g: &mut Game, cmd: HostCommand, now: u64) -> Vec<Output> {
    g.handle(Input::Host(cmd), now).unwrap()
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

#[test]
fn a_whole_game_scores_speed_streaks_and_ranks() {
    let mut g = game(4);
    let (ann, _) = g.join("Ann", "t-ann".into(), 0).unwrap();
    let (bob, _) = g.join("Bob", "t-bob".into(), 0).unwrap();
    let (cid, _) = g.join("Cid", "t-cid".into(), 0).unwrap();

    host(&mut g, HostCommand::Start, 10_000);
    assert_eq!(g.next_deadline(), Some(11_000));
    assert!(g.handle(Input::Tick, 10_999).unwrap().is_empty());
    g.handle(Input::Tick, 11_000).unwrap();
    assert!(matches!(
        g.phase(),
        Phase::Answering {
            deadline: Some(31_000),
            ..
        }
    ));

    // Q0 (correct = 0): Ann instantly, Bob after 10 s, Cid wrong.
    answer(&mut g, ann, 0, 11_200).unwrap();
    answer(&mut g, bob, 0, 21_000).unwrap();
    let outs = answer(&mut g, cid, 3, 21_500).unwrap();
    // Everyone answered: the question closes at once.
    assert_eq!(g.phase(), &Phase::Reveal);
    let r = results(&outs);
    assert_eq!((r[&ann].points, r[&ann].rank), (1000, 1));
    assert_eq!((r[&bob].points, r[&bob].rank), (750, 2));
    assert_eq!((r[&cid].points, r[&cid].correct), (0, false));
    assert_eq!(r[&bob].behind, Some(250));

    host(&mut g, HostCommand::Next, 22_000);
    assert_eq!(g.phase(), &Phase::Leaderboard);
    host(&mut g, HostCommand::Next, 23_000);
    g.handle(Input::Tick, 24_000).unwrap();

    // Q1 (correct = 1): Ann again correct at 2 s → streak 2 → +100.
    answer(&mut g, ann, 1, 26_000).unwrap();
    answer(&mut g, bob, 0, 26_000).unwrap();
    // Cid does not answer; the deadline closes the question.
    let outs = g.handle(Input::Tick, 44_000).unwrap();
    let r = results(&outs);
    assert_eq!(r[&ann].points, 950 + 100);
    assert_eq!(r[&ann].streak_bonus, 100);
    assert_eq!(r[&ann].streak, 2);
    assert_eq!((r[&bob].streak, r[&cid].answered), (0, false));
    assert_eq!(r[&ann].score, 2050);

    // Q2 is worth 0 points: Ann's streak is neither broken nor extended.
    host(&mut g, HostCommand::Next, 45_000);
    host(&mut g, HostCommand::Next, 45_000);
    g.handle(Input::Tick, 46_000).unwrap();
    let outs = host(&mut g, HostCommand::Skip, 47_000);
    let r = results(&outs);
    assert_eq!((r[&ann].points, r[&ann].streak), (0, 2));

    // Q3: Ann correct again → streak 3 → +200.
    host(&mut g, HostCommand::Next, 48_000);
    host(&mut g, HostCommand::Next, 48_000);
    g.handle(Input::Tick, 49_000).unwrap();
    answer(&mut g, ann, 3, 49_100).unwrap();
    let outs = host(&mut g, HostCommand::Next, 50_000);
    assert_eq!(results(&outs)[&ann].points, 1200);

    host(&mut g, HostCommand::Next, 51_000);
    let outs = host(&mut g, HostCommand::Next, 52_000);
    assert_eq!(g.phase(), &Phase::Podium);
    let finals: Vec<(PlayerId, u32, u64)> = outs
        .iter()
        .filter_map(|o| match (&o.to, &o.msg) {
            (Audience::Player(p), ServerMsg::Final { rank, score, .. }) => {
                Some((*p, *rank, *score))
            }
            _ => None,
        })
        .collect();
    assert_eq!(finals, vec![(ann, 1, 3250), (bob, 2, 750), (cid, 3, 0)]);
    host(&mut g, HostCommand::Next, 53_000);
    assert_eq!(g.phase(), &Phase::Ended);
    assert_eq!(g.answers().len(), 3 + 2 + 1);
}

#[test]
fn answers_are_checked_against_phase_question_and_deadline() {
    let mut g = game(2);
    let (ann, _) = g.join("Ann", "a".into(), 0).unwrap();
    let (_bob, _) = g.join("Bob", "b".into(), 0).unwrap();
    assert!(matches!(
        answer(&mut g, ann, 0, 1),
        Err(GameError::WrongPhase(_))
    ));
    host(&mut g, HostCommand::Start, 0);
    assert!(matches!(
        answer(&mut g, ann, 0, 500),
        Err(GameError::WrongPhase(_))
    ));
    g.handle(Input::Tick, 1000).unwrap();
    let wrong_q = g.handle(
        Input::Answer {
            player: ann,
            question: 1,
            answer: AnswerValue::Choice(0),
            id: None,
        },
        2000,
    );
    assert_eq!(wrong_q, Err(GameError::WrongQuestion { got: 1 }));
    assert!(matches!(
        answer(&mut g, ann, 9, 2000),
        Err(GameError::InvalidAnswer(_))
    ));
    answer(&mut g, ann, 0, 2000).unwrap();
    // Same client id again: acknowledged, not re-scored or refused.
    let again = answer(&mut g, ann, 0, 2500).unwrap();
    assert!(matches!(again[0].msg, ServerMsg::AnswerAck { .. }));
    let other_id = g.handle(
        Input::Answer {
            player: ann,
            question: 0,
            answer: AnswerValue::Choice(1),
            id: Some("x".into()),
        },
        2600,
    );
    assert_eq!(other_id, Err(GameError::AlreadyAnswered));
    // After the deadline, even before the tick is processed.
    assert_eq!(answer(&mut g, 1, 0, 21_001), Err(GameError::TooLate));
    assert_eq!(answer(&mut g, 7, 0, 3000), Err(GameError::NoSuchPlayer(7)));
}

#[test]
fn joining_rules() {
    let mut g = game(1);
    g.join("Ann", "a".into(), 0).unwrap();
    assert_eq!(
        g.join("  ann ", "b".into(), 0).unwrap_err(),
        GameError::NicknameTaken("ann".into())
    );
    assert!(matches!(
        g.join("", "c".into(), 0),
        Err(GameError::NicknameInvalid(_))
    ));
    assert!(matches!(
        g.join(&"x".repeat(200), "c".into(), 0),
        Err(GameError::NicknameInvalid(_))
    ));
    g.options.max_players = 1;
    assert_eq!(
        g.join("Bob", "d".into(), 0).unwrap_err(),
        GameError::GameFull(1)
    );
    g.options.late_join = false;
    host(&mut g, HostCommand::Start, 0);
    assert_eq!(
        g.join("Cid", "e".into(), 0).unwrap_err(),
        GameError::GameStarted
    );
    assert_eq!(g.player_by_token("a"), Ok(0));
    assert_eq!(g.player_by_token("nope"), Err(GameError::BadToken));
}

#[test]
fn pause_extend_and_continue_move_the_deadline() {
    let mut g = game(1);
    let (ann, _) = g.join("Ann", "a".into(), 0).unwrap();
    g.join("Bob", "b".into(), 0).unwrap();
    host(&mut g, HostCommand::Start, 0);
    g.handle(Input::Tick, 1000).unwrap();
    host(&mut g, HostCommand::Pause, 6000); // 15 s left
    assert_eq!(g.next_deadline(), None);
    assert!(g.handle(Input::Tick, 100_000).unwrap().is_empty());
    host(&mut g, HostCommand::Extend { seconds: 10 }, 100_000);
    let outs = host(&mut g, HostCommand::Continue, 200_000);
    assert!(matches!(
        outs[0].msg,
        ServerMsg::Deadline {
            deadline: 225_000,
            time_limit_ms: 30_000,
            ..
        }
    ));
    // 5 s into the question before the pause + 2 s after it = 7 s of 30.
    answer(&mut g, ann, 0, 202_000).unwrap();
    let outs = g.handle(Input::Tick, 225_000).unwrap();
    let r = results(&outs);
    assert_eq!(r[&ann].points, scoring::speed_points(1000, 7_000, 30_000));
    assert_eq!(g.answers()[0].elapsed_ms, 7_000);
}

#[test]
fn kicking_removes_the_player_and_may_close_the_question() {
    let mut g = game(1);
    let (ann, _) = g.join("Ann", "a".into(), 0).unwrap();
    let (bob, _) = g.join("Bob", "b".into(), 0).unwrap();
    host(&mut g, HostCommand::Start, 0);
    g.handle(Input::Tick, 1000).unwrap();
    answer(&mut g, ann, 0, 1500).unwrap();
    let outs = host(&mut g, HostCommand::Kick { player: bob }, 2000);
    assert!(outs
        .iter()
        .any(|o| o.to == Audience::Player(bob) && o.msg == ServerMsg::Kicked));
    assert_eq!(
        g.phase(),
        &Phase::Reveal,
        "only Ann is left and she answered"
    );
    assert_eq!(g.player_count(), 1);
    assert_eq!(
        g.handle(Input::Host(HostCommand::Kick { player: bob }), 3000),
        Err(GameError::NoSuchPlayer(bob))
    );
    // The nickname is free again.
    assert!(g.phase() != &Phase::Lobby);
}

#[test]
fn disconnected_players_do_not_hold_up_the_question() {
    let mut g = game(1);
    let (ann, _) = g.join("Ann", "a".into(), 0).unwrap();
    let (bob, _) = g.join("Bob", "b".into(), 0).unwrap();
    host(&mut g, HostCommand::Start, 0);
    g.handle(Input::Tick, 1000).unwrap();
    g.handle(Input::Disconnected { player: bob }, 1200).unwrap();
    answer(&mut g, ann, 0, 1500).unwrap();
    assert_eq!(g.phase(), &Phase::Reveal);
}

#[test]
fn no_output_before_the_reveal_names_the_correct_answer() {
    let mut g = game(3);
    for name in ["Ann", "Bob"] {
        g.join(name, name.into(), 0).unwrap();
    }
    let mut outputs = host(&mut g, HostCommand::Start, 0);
    outputs.extend(g.handle(Input::Tick, 1000).unwrap());
    outputs.extend(answer(&mut g, 0, 2, 1500).unwrap());
    for o in &outputs {
        let json = o.msg.to_json();
        assert!(!json.contains("correct"), "leaks before reveal: {json}");
    }
    let reveal = answer(&mut g, 1, 0, 1600).unwrap();
    assert!(reveal
        .iter()
        .any(|o| o.msg.to_json().contains("\"correct\":[0]")));
}

#[test]
fn ending_early_scores_the_open_question_and_shows_the_podium() {
    let mut g = game(3);
    let (ann, _) = g.join("Ann", "a".into(), 0).unwrap();
    g.join("Bob", "b".into(), 0).unwrap();
    host(&mut g, HostCommand::Start, 0);
    g.handle(Input::Tick, 1000).unwrap();
    answer(&mut g, ann, 0, 1100).unwrap();
    host(&mut g, HostCommand::End, 2000);
    assert_eq!(g.phase(), &Phase::Podium);
    assert_eq!(g.standings(5)[0].nickname, "Ann");
    assert_eq!(g.standings(5)[0].score, 1000);
    host(&mut g, HostCommand::End, 3000);
    assert_eq!(g.phase(), &Phase::Ended);
    assert!(g.handle(Input::Host(HostCommand::Next), 4000).is_err());
}

#[test]
fn a_snapshot_restores_the_same_game() {
    let mut g = game(2);
    g.join("Ann", "a".into(), 0).unwrap();
    host(&mut g, HostCommand::Start, 0);
    g.handle(Input::Tick, 1000).unwrap();
    answer(&mut g, 0, 1, 1500).unwrap();
    let snapshot = serde_json::to_vec(&g).unwrap();
    let restored: Game = serde_json::from_slice(&snapshot).unwrap();
    assert_eq!(restored, g);
}

#[test]
fn a_resent_answer_is_acknowledged_in_every_later_phase_and_never_rescored() {
    let mut g = game(2);
    let (ann, _) = g.join("Ann", "a".into(), 0).unwrap();
    host(&mut g, HostCommand::Start, 0);
    g.handle(Input::Tick, 1000).unwrap();
    answer(&mut g, ann, 0, 1200).unwrap();
    assert_eq!(g.phase(), &Phase::Reveal);
    let score = g.player(ann).unwrap().score;
    for phase_step in 0..3 {
        let again = g
            .handle(
                Input::Answer {
                    player: ann,
                    question: 0,
                    answer: AnswerValue::Choice(0),
                    id: Some("0-0".into()),
                },
                2000 + phase_step,
            )
            .unwrap();
        assert!(matches!(
            again[0].msg,
            ServerMsg::AnswerAck { index: 0, .. }
        ));
        assert_eq!(g.player(ann).unwrap().score, score);
        host(&mut g, HostCommand::Next, 2000 + phase_step);
    }
    assert_eq!(g.answers().len(), 1);
}

#[test]
fn ending_mid_question_reveals_and_sends_results_before_the_podium() {
    let mut g = game(2);
    let (ann, _) = g.join("Ann", "a".into(), 0).unwrap();
    g.join("Bob", "b".into(), 0).unwrap();
    host(&mut g, HostCommand::Start, 0);
    g.handle(Input::Tick, 1000).unwrap();
    answer(&mut g, ann, 0, 1100).unwrap();
    let outs = host(&mut g, HostCommand::End, 2000);
    let kinds: Vec<&str> = outs
        .iter()
        .map(|o| match &o.msg {
            ServerMsg::Phase { state } => match state.as_ref() {
                PhaseView::Reveal { .. } => "reveal",
                PhaseView::Podium { .. } => "podium",
                _ => "other",
            },
            ServerMsg::Result(_) => "result",
            ServerMsg::Final { .. } => "final",
            _ => "other",
        })
        .collect();
    assert_eq!(
        kinds,
        vec!["reveal", "result", "result", "podium", "final", "final"]
    );
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// One player's behaviour on one question: None = no answer, else
    /// (answers correctly?, milliseconds after answers open).
    type Plan = Vec<Vec<Option<(bool, u64)>>>;

    fn plans() -> impl Strategy<Value = (Vec<u32>, Plan)> {
        (1usize..6, 1usize..7).prop_flat_map(|(players, questions)| {
            (
                proptest::collection::vec(
                    prop_oneof![Just(0u32), Just(1000), Just(2000), 1u32..5000],
                    questions,
                ),
                proptest::collection::vec(
                    proptest::collection::vec(
                        proptest::option::of((any::<bool>(), 0u64..25_000)),
                        players,
                    ),
                    questions,
                ),
            )
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn engine_scores_match_an_independent_recount((points, plan) in plans()) {
            let questions: Vec<Question> = points
                .iter()
                .enumerate()
                .map(|(i, &p)| Question {
                    text: format!("Q{i}"),
                    kind: QuestionKind::Single { answers: vec!["a".into(), "b".into()], correct: 0 },
                    time_limit: 20,
                    points: p,
                    explanation: None,
                    media: None,
                })
                .collect();
            let quiz = Quiz { id: "p".into(), title: "P".into(), description: None, questions, rounds: Vec::new() };
            let options = GameOptions { intro_ms: 0, ..GameOptions::default() };
            let mut g = Game::new("g".into(), "1".into(), quiz, options, 0);
            let players = plan[0].len();
            for i in 0..players {
                g.join(&format!("P{i}"), format!("t{i}"), 0).unwrap();
            }
            let mut now = 1_000_000;
            let mut expected = vec![0u64; players];
            let mut streak = vec![0u32; players];
            g.handle(Input::Host(HostCommand::Start), now).unwrap();
            for (q, answers) in plan.iter().enumerate() {
                let opened = now;
                let mut order: Vec<(usize, bool, u64)> = answers
                    .iter()
                    .enumerate()
                    .filter_map(|(p, a)| a.map(|(c, t)| (p, c, t)))
                    .collect();
                order.sort_by_key(|&(_, _, t)| t);
                for &(p, correct, t) in &order {
                    let at = opened + t;
                    let result = g.handle(
                        Input::Answer { player: p as u32, question: q, answer: AnswerValue::Choice(usize::from(!correct)), id: None },
                        at,
                    );
                    if t > 20_000 {
                        // Late by the clock even if no tick has closed the question yet.
                        prop_assert_eq!(result, Err(GameError::TooLate));
                    } else {
                        result.unwrap();
                    }
                }
                if matches!(g.phase(), Phase::Answering { .. }) {
                    g.handle(Input::Tick, opened + 20_000).unwrap();
                }
                prop_assert_eq!(g.phase(), &Phase::Reveal);
                for (p, a) in answers.iter().enumerate() {
                    if points[q] == 0 {
                        continue;
                    }
                    match a {
                        Some((true, t)) if *t <= 20_000 => {
                            streak[p] += 1;
                            expected[p] += u64::from(scoring::speed_points(points[q], *t, 20_000) + scoring::streak_bonus(streak[p]));
                        }
                        _ => streak[p] = 0,
                    }
                }
                now = opened + 30_000;
                g.handle(Input::Host(HostCommand::Next), now).unwrap();
                g.handle(Input::Host(HostCommand::Next), now).unwrap();
            }
            prop_assert_eq!(g.phase(), &Phase::Podium);
            let standings = g.standings(usize::MAX);
            for s in &standings {
                prop_assert_eq!(s.score, expected[s.player as usize]);
                let ahead = expected.iter().filter(|&&e| e > s.score).count() as u32;
                prop_assert_eq!(s.rank, ahead + 1);
            }
            // Best first, ties in join order.
            for w in standings.windows(2) {
                prop_assert!(w[0].score > w[1].score || (w[0].score == w[1].score && w[0].player < w[1].player));
            }
        }
    }
}

#[test]
fn players_open_answers_from_their_intro_unless_the_host_opens_early() {
    let mut g = game(3);
    let (ann, _) = g.join("Ann", "t-ann".into(), 0).unwrap();
    let phase_to = |outs: &[Output], to: Audience| {
        outs.iter()
            .filter(|o| o.to == to)
            .find_map(|o| match &o.msg {
                ServerMsg::Phase { state } => Some((**state).clone()),
                _ => None,
            })
    };

    // Players' intro carries the answering state, counted from opens_at.
    let outs = host(&mut g, HostCommand::Start, 10_000);
    let Some(PhaseView::Intro { answering, .. }) = phase_to(&outs, Audience::Players) else {
        panic!("players get an intro: {outs:?}")
    };
    let Some(PhaseView::Answering {
        deadline, answers, ..
    }) = answering.map(|a| *a)
    else {
        panic!("with the answering state")
    };
    assert_eq!((deadline, answers.len()), (Some(31_000), 4));
    assert!(matches!(
        phase_to(&outs, Audience::Hosts),
        Some(PhaseView::Intro {
            answering: None,
            ..
        })
    ));
    assert!(matches!(
        g.player_view(),
        PhaseView::Intro {
            answering: Some(_),
            ..
        }
    ));

    // On time (even if the timer fires a little late): hosts only, and the
    // countdown runs from opens_at, as on the phones.
    let outs = g.handle(Input::Tick, 11_040).unwrap();
    assert!(outs
        .iter()
        .all(|o| o.to == Audience::Hosts || !matches!(o.msg, ServerMsg::Phase { .. })));
    assert!(phase_to(&outs, Audience::Hosts).is_some());
    assert!(matches!(
        g.phase(),
        Phase::Answering {
            deadline: Some(31_000),
            ..
        }
    ));
    let outs = answer(&mut g, ann, 0, 12_000).unwrap();
    assert_eq!(g.phase(), &Phase::Reveal, "{outs:?}");

    // The host opens early: everyone is told.
    host(&mut g, HostCommand::Next, 13_000);
    host(&mut g, HostCommand::Next, 14_000);
    let outs = host(&mut g, HostCommand::Next, 14_500);
    assert!(outs
        .iter()
        .any(|o| o.to == Audience::Everyone && matches!(o.msg, ServerMsg::Phase { .. })));
    answer(&mut g, ann, 1, 15_000).unwrap();

    // Opened long after opens_at (a restarted server): everyone is told,
    // and the countdown starts now.
    host(&mut g, HostCommand::Next, 16_000);
    host(&mut g, HostCommand::Next, 17_000);
    let outs = g.handle(Input::Tick, 60_000).unwrap();
    assert!(outs
        .iter()
        .any(|o| o.to == Audience::Everyone && matches!(o.msg, ServerMsg::Phase { .. })));
    assert!(matches!(
        g.phase(),
        Phase::Answering {
            deadline: Some(80_000),
            ..
        }
    ));
}
