//! Engine stories about a quiz in rounds: the round summary after a
//! round's last question, the break and its countdown, with and without
//! auto-advance, the host moving on early or pausing it, and a game saved
//! and restored during a break.

use super::*;
use crate::protocol::{AdvanceView, RoundInfo};
use crate::quiz::{Question, QuestionKind, Round};

/// Four single-choice questions worth 1,000 points, 20 s each (question
/// `i`'s right answer is choice `i`), in two rounds of two.
fn game(options: GameOptions) -> Game {
    let quiz = Quiz {
        id: "pub".into(),
        title: "Pub quiz".into(),
        description: None,
        questions: (0..4)
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
        rounds: vec![
            Round {
                start: 0,
                name: "Warm-up".into(),
            },
            Round {
                start: 2,
                name: "Music".into(),
            },
        ],
    };
    let options = GameOptions {
        intro_ms: 1000,
        streak_bonus: false,
        ..options
    };
    Game::new("g".into(), "123456".into(), quiz, options, 0)
}

fn host(g: &mut Game, cmd: HostCommand, now: u64) -> Vec<Output> {
    g.handle(Input::Host(cmd), now).unwrap()
}

/// Opens the current question at `now`, lets Ann and Bob answer `ann`
/// and `bob` at once and closes it: the game shows the reveal.
fn play(g: &mut Game, ann: usize, bob: usize, now: u64) {
    assert!(matches!(g.phase(), Phase::Intro { .. }), "{:?}", g.phase());
    g.handle(Input::Tick, now).unwrap();
    let question = g.question_index();
    for (player, choice) in [(0, ann), (1, bob)] {
        g.handle(
            Input::Answer {
                player,
                question,
                answer: AnswerValue::Choice(choice),
                id: Some(format!("{player}-{question}")),
            },
            now,
        )
        .unwrap();
    }
    if matches!(g.phase(), Phase::Answering { .. }) {
        host(g, HostCommand::Next, now);
    }
    assert_eq!(g.phase(), &Phase::Reveal);
}

fn with_players(options: GameOptions) -> Game {
    let mut g = game(options);
    g.join("Ann", "t-ann".into(), 0).unwrap();
    g.join("Bob", "t-bob".into(), 0).unwrap();
    g
}

/// The phase message sent to `to`.
fn phase_for(outputs: &[Output], to: Audience) -> Option<PhaseView> {
    outputs.iter().find_map(|o| match &o.msg {
        ServerMsg::Phase { state } if o.to == to => Some((**state).clone()),
        _ => None,
    })
}

fn music() -> RoundInfo {
    RoundInfo {
        number: 1,
        rounds: 2,
        name: "Music".into(),
    }
}

#[test]
fn a_round_ends_with_its_summary_and_a_break_before_the_next() {
    let mut g = with_players(GameOptions::default());
    let start = host(&mut g, HostCommand::Start, 10_000);
    let Some(PhaseView::Intro { round, .. }) = phase_for(&start, Audience::Hosts) else {
        panic!("{start:?}")
    };
    assert_eq!(
        round,
        Some(RoundInfo {
            number: 0,
            rounds: 2,
            name: "Warm-up".into()
        })
    );
    // Round 1: Ann is right twice, Bob once.
    play(&mut g, 0, 0, 11_000);
    host(&mut g, HostCommand::Next, 12_000);
    let second = host(&mut g, HostCommand::Next, 13_000);
    let Some(PhaseView::Intro { round: None, .. }) = phase_for(&second, Audience::Hosts) else {
        panic!("the second question starts no round: {second:?}")
    };
    play(&mut g, 1, 3, 14_000);
    host(&mut g, HostCommand::Next, 15_000);
    assert_eq!(g.phase(), &Phase::Leaderboard);

    // After the round's last leaderboard: the summary, for hosts and screens.
    let summary = host(&mut g, HostCommand::Next, 16_000);
    assert_eq!(g.phase(), &Phase::RoundSummary);
    assert!(
        summary.iter().all(|o| o.to == Audience::Hosts),
        "{summary:?}"
    );
    let Some(PhaseView::RoundSummary {
        index, round, top, ..
    }) = phase_for(&summary, Audience::Hosts)
    else {
        panic!("{summary:?}")
    };
    assert_eq!(
        (index, round.number, round.name.as_str()),
        (1, 0, "Warm-up")
    );
    let rows: Vec<(&str, u32, u64)> = top
        .iter()
        .map(|s| (s.nickname.as_str(), s.rank, s.points))
        .collect();
    assert_eq!(rows[0].0, "Ann");
    assert_eq!(rows[1], ("Bob", 2, top[1].points));
    assert!(
        rows[0].2 > 1_000 && rows[1].2 > 0 && rows[1].2 <= 1_000,
        "{rows:?}"
    );
    assert_eq!(
        g.next_deadline(),
        None,
        "no auto-advance: the host moves on"
    );

    // The break, for everyone, with a minute's countdown.
    let pause = host(&mut g, HostCommand::Next, 17_000);
    assert_eq!(g.phase(), &Phase::Break);
    let Some(PhaseView::Break {
        round,
        countdown,
        auto,
        index,
        ..
    }) = phase_for(&pause, Audience::Everyone)
    else {
        panic!("{pause:?}")
    };
    assert_eq!((round, index, auto), (music(), 1, false));
    assert_eq!(
        countdown,
        AdvanceView {
            deadline: Some(77_000),
            remaining_ms: None,
            duration_ms: 60_000
        }
    );
    // Without auto-advance, the countdown running out moves nothing.
    assert_eq!(g.next_deadline(), None);
    assert!(g.handle(Input::Tick, 80_000).unwrap().is_empty());
    assert_eq!(g.phase(), &Phase::Break);

    // The host starts round 2; its first question names it.
    let next = host(&mut g, HostCommand::Next, 90_000);
    let Some(PhaseView::Intro {
        index: 2, round, ..
    }) = phase_for(&next, Audience::Hosts)
    else {
        panic!("{next:?}")
    };
    assert_eq!(round, Some(music()));

    // Round 2: Bob is right twice, Ann never; its summary counts round 2 only.
    play(&mut g, 0, 2, 91_000);
    host(&mut g, HostCommand::Next, 92_000);
    host(&mut g, HostCommand::Next, 93_000);
    play(&mut g, 0, 3, 94_000);
    host(&mut g, HostCommand::Next, 95_000);
    let summary = host(&mut g, HostCommand::Next, 96_000);
    let Some(PhaseView::RoundSummary { round, top, .. }) = phase_for(&summary, Audience::Hosts)
    else {
        panic!("{summary:?}")
    };
    assert_eq!(round, music());
    assert_eq!(
        top.iter()
            .map(|s| (s.nickname.as_str(), s.rank))
            .collect::<Vec<_>>(),
        [("Bob", 1), ("Ann", 2)]
    );
    assert_eq!(top[1].points, 0);
    assert_eq!(top[1].score, g.player(0).unwrap().score);
    // No break after the last round: the podium.
    host(&mut g, HostCommand::Next, 97_000);
    assert_eq!(g.phase(), &Phase::Podium);
}

/// Plays round 1 to its last leaderboard (at 15 s).
fn through_round_one(g: &mut Game) {
    host(g, HostCommand::Start, 10_000);
    play(g, 0, 0, 11_000);
    host(g, HostCommand::Next, 12_000);
    host(g, HostCommand::Next, 13_000);
    play(g, 1, 3, 14_000);
    host(g, HostCommand::Next, 15_000);
    assert_eq!(g.phase(), &Phase::Leaderboard);
}

#[test]
fn auto_advance_runs_through_the_summary_and_the_break_by_itself() {
    let mut g = with_players(GameOptions {
        auto_advance_secs: 5,
        break_secs: 30,
        ..GameOptions::default()
    });
    through_round_one(&mut g);
    // The leaderboard shown at 15 s moves on at 20 s to the summary.
    assert_eq!(g.next_deadline(), Some(20_000));
    g.handle(Input::Tick, 20_000).unwrap();
    assert_eq!(g.phase(), &Phase::RoundSummary);
    assert_eq!(g.next_deadline(), Some(25_000));
    let pause = g.handle(Input::Tick, 25_000).unwrap();
    assert_eq!(g.phase(), &Phase::Break);
    let Some(PhaseView::Break {
        auto, countdown, ..
    }) = phase_for(&pause, Audience::Everyone)
    else {
        panic!("{pause:?}")
    };
    assert!(auto);
    assert_eq!(countdown.deadline, Some(55_000));
    assert_eq!(g.next_deadline(), Some(55_000));
    // A tick before the end changes nothing; at the end round 2 begins.
    assert!(g.handle(Input::Tick, 54_999).unwrap().is_empty());
    let next = g.handle(Input::Tick, 55_000).unwrap();
    assert!(matches!(
        phase_for(&next, Audience::Hosts),
        Some(PhaseView::Intro { index: 2, .. })
    ));
}

#[test]
fn the_host_pauses_the_break_continues_it_and_moves_on_early() {
    let mut g = with_players(GameOptions {
        auto_advance_secs: 5,
        break_secs: 30,
        ..GameOptions::default()
    });
    through_round_one(&mut g);
    host(&mut g, HostCommand::Next, 16_000);
    host(&mut g, HostCommand::Next, 17_000);
    assert_eq!(g.next_deadline(), Some(47_000));

    // Paused 10 s in: 20 s left, and nothing to wake up for.
    let paused = host(&mut g, HostCommand::Pause, 27_000);
    let Some(PhaseView::Break { countdown, .. }) = phase_for(&paused, Audience::Everyone) else {
        panic!("{paused:?}")
    };
    assert_eq!(
        (countdown.deadline, countdown.remaining_ms),
        (None, Some(20_000))
    );
    assert_eq!(g.next_deadline(), None);
    assert!(g.handle(Input::Tick, 60_000).unwrap().is_empty());
    assert_eq!(g.phase(), &Phase::Break);

    // Continued a minute later: 20 s from then.
    host(&mut g, HostCommand::Continue, 87_000);
    assert_eq!(g.next_deadline(), Some(107_000));

    // The host skips the rest of the break.
    let next = host(&mut g, HostCommand::Skip, 90_000);
    assert!(matches!(
        phase_for(&next, Audience::Hosts),
        Some(PhaseView::Intro { index: 2, .. })
    ));
    assert_eq!(g.next_deadline(), Some(91_000), "the intro's own countdown");
}

#[test]
fn a_game_saved_in_a_break_resumes_in_it_with_its_time_left() {
    let mut g = with_players(GameOptions {
        auto_advance_secs: 5,
        break_secs: 30,
        ..GameOptions::default()
    });
    through_round_one(&mut g);
    host(&mut g, HostCommand::Next, 16_000);
    host(&mut g, HostCommand::Next, 17_000);

    let snapshot = serde_json::to_string(&g).unwrap();
    let mut restored: Game = serde_json::from_str(&snapshot).unwrap();
    assert_eq!(restored, g);
    assert_eq!(restored.phase(), &Phase::Break);
    assert_eq!(restored.next_deadline(), Some(47_000));
    assert_eq!(restored.view(), g.view());

    // The server was down from 40 s: 7 s were left, kept paused.
    restored.suspend(40_000);
    let Some(Advance {
        deadline: None,
        remaining_ms: 7_000,
    }) = restored.advance()
    else {
        panic!("{:?}", restored.advance())
    };
    host(&mut restored, HostCommand::Continue, 100_000);
    assert_eq!(restored.next_deadline(), Some(107_000));
    restored.handle(Input::Tick, 107_000).unwrap();
    assert_eq!(restored.question_index(), 2);
    assert!(matches!(restored.phase(), Phase::Intro { .. }));
}

#[test]
fn without_breaks_the_summary_leads_straight_to_the_next_round() {
    let mut g = with_players(GameOptions {
        break_secs: 0,
        ..GameOptions::default()
    });
    through_round_one(&mut g);
    host(&mut g, HostCommand::Next, 16_000);
    assert_eq!(g.phase(), &Phase::RoundSummary);
    host(&mut g, HostCommand::Next, 17_000);
    assert!(matches!(g.phase(), Phase::Intro { .. }));
    assert_eq!(g.question_index(), 2);
}

#[test]
fn shuffled_questions_stay_in_their_round() {
    for seed in 0..20 {
        let g = game(GameOptions {
            shuffle_questions: true,
            seed,
            ..GameOptions::default()
        });
        let texts: Vec<&str> = g.quiz.questions.iter().map(|q| q.text.as_str()).collect();
        let mut first: Vec<&str> = texts[..2].to_vec();
        first.sort_unstable();
        let mut second: Vec<&str> = texts[2..].to_vec();
        second.sort_unstable();
        assert_eq!((first, second), (vec!["Q0", "Q1"], vec!["Q2", "Q3"]));
    }
}

#[test]
fn rounds_round_trip_through_toml_and_bad_ones_are_located() {
    use crate::quiz::formats::native_toml;
    let quiz = game(GameOptions::default()).quiz;
    let text = native_toml::write(&quiz);
    assert!(text.contains("round = \"Music\""), "{text}");
    assert_eq!(native_toml::parse(&text, "q.toml", "q").unwrap(), quiz);

    let bad = "title = \"T\"\n\n[[questions]]\nround = 3\nkind = \"true_false\"\ntext = \"A\"\ncorrect = true\n\n[[questions]]\nround = \" \"\nkind = \"true_false\"\ntext = \"B\"\ncorrect = true\n";
    let err = native_toml::parse(bad, "q.toml", "q")
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("q.toml:4: questions[1].round: must be the name of the round this question starts, not 3"),
        "{err}"
    );
    assert!(
        err.contains("q.toml:10: questions[2].round: a round needs a name"),
        "{err}"
    );
}

#[test]
fn without_an_intro_the_answers_name_the_round() {
    let mut g = with_players(GameOptions::default());
    g.options.intro_ms = 0;
    let start = host(&mut g, HostCommand::Start, 10_000);
    let Some(PhaseView::Answering { round, .. }) = phase_for(&start, Audience::Everyone) else {
        panic!("{start:?}")
    };
    assert_eq!(round.map(|r| r.name), Some("Warm-up".to_string()));
}
