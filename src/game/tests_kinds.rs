//! Engine stories for every question kind and the game options: scoring
//! with partial credit, unscored kinds, slides, hidden entries, shuffles,
//! questions on the big screen only and generated nicknames.

use super::*;
use crate::protocol::Entry;
use crate::quiz::{Question, QuestionKind};

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

fn every_kind() -> Vec<Question> {
    let list = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    vec![
        question(QuestionKind::Slide {
            body: Some("Hello".into()),
        }),
        question(QuestionKind::Multi {
            answers: list(&["a", "b", "c", "d"]),
            correct: vec![0, 2],
        }),
        question(QuestionKind::TrueFalse { correct: false }),
        question(QuestionKind::TypeAnswer {
            accepted: list(&["Jupiter"]),
            typo_tolerance: true,
        }),
        question(QuestionKind::Slider {
            min: 0.0,
            max: 100.0,
            step: 1.0,
            correct: 40.0,
            tolerance: 5.0,
            unit: None,
        }),
        question(QuestionKind::Ordering {
            items: list(&["one", "two", "three", "four"]),
        }),
        question(QuestionKind::Poll {
            answers: list(&["x", "y"]),
        }),
        question(QuestionKind::WordCloud { max_length: 20 }),
    ]
}

fn game_with(questions: Vec<Question>, options: GameOptions) -> Game {
    let quiz = Quiz {
        rounds: Vec::new(),
        id: "k".into(),
        title: "Kinds".into(),
        description: None,
        questions,
    };
    Game::new("g".into(), "123456".into(), quiz, options, 0)
}

fn no_intro() -> GameOptions {
    GameOptions {
        intro_ms: 0,
        seed: 42,
        ..GameOptions::default()
    }
}

fn send(g: &mut Game, player: PlayerId, answer: AnswerValue, now: u64) -> Vec<Output> {
    let question = g.question_index();
    g.handle(
        Input::Answer {
            player,
            question,
            answer,
            id: None,
        },
        now,
    )
    .unwrap()
}

fn next(g: &mut Game, now: u64) -> Vec<Output> {
    g.handle(Input::Host(HostCommand::Next), now).unwrap()
}

fn result_of(outputs: &[Output], player: PlayerId) -> PlayerResult {
    outputs
        .iter()
        .find_map(|o| match (&o.to, &o.msg) {
            (Audience::Player(p), ServerMsg::Result(r)) if *p == player => Some(r.clone()),
            _ => None,
        })
        .expect("a result for the player")
}

fn reveal_of(outputs: &[Output]) -> PhaseView {
    outputs
        .iter()
        .find_map(|o| match &o.msg {
            ServerMsg::Phase { state } if matches!(**state, PhaseView::Reveal { .. }) => {
                Some((**state).clone())
            }
            _ => None,
        })
        .expect("a reveal")
}

/// Plays every kind with two players, answering at known times, and checks
/// each result against the credit rules and speed points.
#[test]
fn every_kind_scores_by_its_own_rule() {
    let mut g = game_with(every_kind(), no_intro());
    let (ann, _) = g.join("Ann", "a".into(), 0).unwrap();
    let (bob, _) = g.join("Bob", "b".into(), 0).unwrap();

    // Slide: no answers; the host moves on.
    let out = g.handle(Input::Host(HostCommand::Start), 0).unwrap();
    assert!(matches!(g.phase(), Phase::Slide));
    assert!(matches!(
        &out[0].msg,
        ServerMsg::Phase { state }
            if matches!(state.as_ref(), PhaseView::Slide { body: Some(b), .. } if b == "Hello")
    ));
    assert_eq!(g.next_deadline(), None);
    let refused = g.handle(
        Input::Answer {
            player: ann,
            question: 0,
            answer: AnswerValue::Choice(0),
            id: None,
        },
        100,
    );
    assert!(matches!(refused, Err(GameError::WrongPhase(_))));
    assert!(g.handle(Input::Host(HostCommand::Pause), 100).is_err());

    // Multi: Ann exact at once (1000 + no streak bonus yet), Bob one right
    // and one wrong tick = 0 credit.
    next(&mut g, 1_000);
    assert!(matches!(g.phase(), Phase::Answering { .. }));
    send(&mut g, ann, AnswerValue::Choices(vec![2, 0]), 1_000);
    let out = send(&mut g, bob, AnswerValue::Choices(vec![0, 1]), 11_000);
    let (a, b) = (result_of(&out, ann), result_of(&out, bob));
    assert_eq!(
        (a.correct, a.partial, a.points, a.streak),
        (true, false, 1000, 1)
    );
    assert_eq!(
        (b.correct, b.partial, b.points, b.streak),
        (false, false, 0, 0)
    );
    let PhaseView::Reveal {
        correct, counts, ..
    } = reveal_of(&out)
    else {
        unreachable!()
    };
    assert_eq!((correct, counts), (vec![0, 2], vec![2, 1, 1, 0]));

    // True/false (correct: false = index 1): Ann right at 10 s of 20 → 750,
    // plus streak 2 → +100. Bob wrong.
    next(&mut g, 12_000); // leaderboard
    next(&mut g, 13_000);
    send(&mut g, ann, AnswerValue::Choice(1), 23_000);
    let out = send(&mut g, bob, AnswerValue::Choice(0), 23_000);
    let (a, b) = (result_of(&out, ann), result_of(&out, bob));
    assert_eq!(
        (a.correct, a.points, a.streak_bonus, a.streak),
        (true, 850, 100, 2)
    );
    assert_eq!((b.correct, b.points), (false, 0));

    // Type answer with a typo (7 letters: 1 edit): Ann "jupiterr" counts;
    // Bob's empty answer is refused and he then types something wrong.
    next(&mut g, 24_000);
    next(&mut g, 25_000);
    send(&mut g, ann, AnswerValue::Text(" JUPITERR ".into()), 25_000);
    let empty = g.handle(
        Input::Answer {
            player: bob,
            question: 3,
            answer: AnswerValue::Text("   ".into()),
            id: None,
        },
        25_100,
    );
    assert!(matches!(empty, Err(GameError::InvalidAnswer(_))));
    let out = send(&mut g, bob, AnswerValue::Text("Saturn".into()), 25_000);
    let (a, b) = (result_of(&out, ann), result_of(&out, bob));
    assert_eq!((a.correct, a.points, a.streak), (true, 1200, 3));
    assert!(!b.correct);
    let PhaseView::Reveal {
        entries, accepted, ..
    } = reveal_of(&out)
    else {
        unreachable!()
    };
    assert_eq!(accepted, vec!["Jupiter"]);
    assert_eq!(entries.len(), 2);

    // Slider 0-100, correct 40 ± 5: Ann 45 at once (full, streak 4 → +300),
    // Bob 55 at once: 10 beyond, of a 50 falloff → 0.8 × 1000, partial.
    next(&mut g, 26_000);
    next(&mut g, 27_000);
    send(&mut g, ann, AnswerValue::Choice(45), 27_000);
    let out = send(&mut g, bob, AnswerValue::Number(55.0), 27_000);
    let (a, b) = (result_of(&out, ann), result_of(&out, bob));
    assert_eq!((a.correct, a.points, a.streak), (true, 1300, 4));
    assert_eq!((b.correct, b.partial, b.points), (false, true, 800));
    let PhaseView::Reveal {
        slider, average, ..
    } = reveal_of(&out)
    else {
        unreachable!()
    };
    assert_eq!(slider.unwrap().correct, Some(40.0));
    assert_eq!(average, Some(50.0));

    // Ordering: answers are shown positions. Ann puts them right; Bob
    // reverses them (0 credit).
    next(&mut g, 28_000);
    let out = next(&mut g, 29_000);
    let shown = g.shown_order(5);
    assert_ne!(shown, vec![0, 1, 2, 3]);
    let PhaseView::Answering { answers, .. } = (match &out[0].msg {
        ServerMsg::Phase { state } => (**state).clone(),
        _ => unreachable!(),
    }) else {
        unreachable!()
    };
    let texts = ["one", "two", "three", "four"];
    assert_eq!(answers, shown.iter().map(|&i| texts[i]).collect::<Vec<_>>());
    let right: Vec<usize> = (0..4)
        .map(|item| shown.iter().position(|&i| i == item).unwrap())
        .collect();
    let reversed: Vec<usize> = right.iter().rev().copied().collect();
    send(&mut g, ann, AnswerValue::Choices(right.clone()), 29_000);
    let out = send(&mut g, bob, AnswerValue::Choices(reversed), 29_000);
    let (a, b) = (result_of(&out, ann), result_of(&out, bob));
    assert_eq!((a.correct, a.points, a.streak), (true, 1400, 5));
    assert_eq!((b.correct, b.partial, b.points), (false, false, 0));
    let PhaseView::Reveal { correct, .. } = reveal_of(&out) else {
        unreachable!()
    };
    assert_eq!(correct, right);

    // Poll: unscored, streaks untouched, distribution shown.
    next(&mut g, 30_000);
    next(&mut g, 31_000);
    send(&mut g, ann, AnswerValue::Choice(1), 31_000);
    let out = send(&mut g, bob, AnswerValue::Choice(1), 31_000);
    let a = result_of(&out, ann);
    assert_eq!(
        (a.unscored, a.correct, a.points, a.streak),
        (true, false, 0, 5)
    );
    let PhaseView::Reveal {
        counts, correct, ..
    } = reveal_of(&out)
    else {
        unreachable!()
    };
    assert_eq!((counts, correct), (vec![0, 2], vec![]));

    // Word cloud: grouped ignoring case and spaces; the host hides one.
    next(&mut g, 32_000);
    next(&mut g, 33_000);
    send(
        &mut g,
        ann,
        AnswerValue::Text("Starry  Night".into()),
        33_000,
    );
    let out = send(
        &mut g,
        bob,
        AnswerValue::Text("starry night".into()),
        33_000,
    );
    let PhaseView::Reveal { entries, .. } = reveal_of(&out) else {
        unreachable!()
    };
    assert_eq!(
        entries,
        vec![Entry {
            text: "starry night".into(),
            count: 2
        }]
    );
    let out = g
        .handle(
            Input::Host(HostCommand::Hide {
                entry: "Starry Night".into(),
            }),
            34_000,
        )
        .unwrap();
    let PhaseView::Reveal { entries, .. } = reveal_of(&out) else {
        unreachable!()
    };
    assert!(entries.is_empty());
    // Hidden stays hidden for anyone who reconnects.
    assert!(matches!(g.view(), PhaseView::Reveal { entries, .. } if entries.is_empty()));
    assert_eq!(
        g.player(ann).unwrap().score,
        1000 + 850 + 1200 + 1300 + 1400
    );
    assert_eq!(g.player(bob).unwrap().score, 800);
}

#[test]
fn nothing_before_the_reveal_gives_an_answer_away() {
    let mut g = game_with(every_kind(), no_intro());
    g.join("Ann", "a".into(), 0).unwrap();
    let mut outputs = g.handle(Input::Host(HostCommand::Start), 0).unwrap();
    for q in 1..8 {
        outputs.extend(next(&mut g, q * 1000)); // opens question q
        let json: Vec<String> = outputs.iter().map(|o| o.msg.to_json()).collect();
        for j in &json {
            assert!(!j.contains("\"correct\""), "{j}");
            assert!(!j.contains("\"accepted\""), "{j}");
            assert!(!j.contains("Jupiter"), "{j}");
            assert!(!j.contains("tolerance"), "{j}");
        }
        // Close it and go to the leaderboard.
        g.handle(Input::Host(HostCommand::Skip), q * 1000 + 1)
            .unwrap();
        outputs = next(&mut g, q * 1000 + 2);
    }
}

#[test]
fn questions_on_the_big_screen_only_leave_texts_out_for_players() {
    let options = GameOptions {
        questions_on_screen_only: true,
        ..no_intro()
    };
    let mut g = game_with(every_kind().split_off(1), options);
    g.join("Ann", "a".into(), 0).unwrap();
    let out = g.handle(Input::Host(HostCommand::Start), 0).unwrap();
    let by: Vec<(&Audience, PhaseView)> = out
        .iter()
        .filter_map(|o| match &o.msg {
            ServerMsg::Phase { state } => Some((&o.to, (**state).clone())),
            _ => None,
        })
        .collect();
    assert_eq!(by.len(), 2);
    for (to, state) in by {
        let PhaseView::Answering {
            text,
            answers,
            on_screen,
            ..
        } = state
        else {
            panic!("not answering")
        };
        match to {
            Audience::Hosts => {
                assert_eq!((text.as_str(), on_screen), ("multi question", false));
                assert_eq!(answers, vec!["a", "b", "c", "d"]);
            }
            Audience::Players => {
                assert_eq!((text.as_str(), on_screen), ("", true));
                assert_eq!(answers, vec!["", "", "", ""]);
            }
            other => panic!("unexpected audience {other:?}"),
        }
    }
    assert!(matches!(g.player_view(), PhaseView::Answering { text, .. } if text.is_empty()));
    assert!(matches!(g.view(), PhaseView::Answering { text, .. } if !text.is_empty()));
}

#[test]
fn shuffles_keep_the_correct_answers_with_their_texts() {
    let single = |i: usize| Question {
        text: format!("Q{i}"),
        kind: QuestionKind::Single {
            answers: (0..4).map(|a| format!("q{i}a{a}")).collect(),
            correct: i % 4,
        },
        time_limit: 20,
        points: 1000,
        explanation: None,
        media: None,
    };
    let questions: Vec<Question> = (0..12).map(single).collect();
    let mut moved_questions = false;
    let mut moved_answers = false;
    for seed in 0..20 {
        let options = GameOptions {
            shuffle_questions: true,
            shuffle_answers: true,
            seed,
            ..GameOptions::default()
        };
        let g = game_with(questions.clone(), options);
        let mut texts: Vec<&str> = g.quiz.questions.iter().map(|q| q.text.as_str()).collect();
        moved_questions |= texts.windows(2).any(|w| w[0] > w[1]);
        texts.sort_unstable();
        assert_eq!(texts.len(), 12);
        texts.dedup();
        assert_eq!(texts.len(), 12);
        for q in &g.quiz.questions {
            let QuestionKind::Single { answers, correct } = &q.kind else {
                unreachable!()
            };
            let i: usize = q.text[1..].parse().unwrap();
            assert_eq!(answers[*correct], format!("q{i}a{}", i % 4));
            moved_answers |= answers[0] != format!("q{i}a0");
        }
        // The same seed gives the same game.
        let again = game_with(questions.clone(), g.options.clone());
        assert_eq!(again.quiz, g.quiz);
    }
    assert!(moved_questions && moved_answers);
}

#[test]
fn generated_nicknames_are_friendly_distinct_and_ignore_the_typed_one() {
    let options = GameOptions {
        generated_nicknames: true,
        seed: 9,
        ..GameOptions::default()
    };
    let mut g = game_with(every_kind(), options);
    let mut names = std::collections::HashSet::new();
    for i in 0..1100 {
        // Typed names are ignored, even ones that would be refused.
        let (id, _) = g
            .join(if i % 2 == 0 { "" } else { "Ann" }, format!("t{i}"), 0)
            .unwrap();
        let name = g.player(id).unwrap().nickname.clone();
        assert!(name.chars().count() <= nickname::MAX_CHARS, "{name}");
        assert!(name.contains(' ') && name != "Ann", "{name}");
        assert!(names.insert(name.to_lowercase()), "{name} twice");
    }
}

#[test]
fn unscored_questions_leave_streaks_alone_and_slides_can_end_the_game() {
    let list = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let questions = vec![
        question(QuestionKind::Single {
            answers: list(&["a", "b"]),
            correct: 0,
        }),
        question(QuestionKind::Poll {
            answers: list(&["x", "y"]),
        }),
        question(QuestionKind::Single {
            answers: list(&["a", "b"]),
            correct: 0,
        }),
        question(QuestionKind::Slide { body: None }),
    ];
    let mut g = game_with(questions, no_intro());
    let (ann, _) = g.join("Ann", "a".into(), 0).unwrap();
    g.handle(Input::Host(HostCommand::Start), 0).unwrap();
    send(&mut g, ann, AnswerValue::Choice(0), 0);
    next(&mut g, 1);
    next(&mut g, 2);
    // Not answering a poll keeps the streak too.
    g.handle(Input::Host(HostCommand::Skip), 3).unwrap();
    next(&mut g, 4);
    next(&mut g, 5);
    let out = send(&mut g, ann, AnswerValue::Choice(0), 5);
    assert_eq!(result_of(&out, ann).streak, 2);
    assert_eq!(result_of(&out, ann).streak_bonus, 100);
    next(&mut g, 6);
    next(&mut g, 7);
    assert!(matches!(g.phase(), Phase::Slide));
    next(&mut g, 8);
    assert!(matches!(g.phase(), Phase::Podium));
}
