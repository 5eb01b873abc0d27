//! Engine stories for question media: every phase before a question (the
//! previous one's intro, reveal and leaderboard, a slide, a round's summary
//! and break) names that question's media as `next_media` for pages to load
//! ahead; players get none when questions are on the big screen only.

use super::*;
use crate::quiz::{Question, QuestionKind, Round};

const MOON: &str = "/media/0f3c9a52d1e8b7c6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2.png";
const SONG: &str = "/media/anthem.mp3";

fn question(i: usize, media: Option<&str>) -> Question {
    Question {
        text: format!("Q{i}"),
        kind: QuestionKind::Single {
            answers: vec!["a".into(), "b".into()],
            correct: 0,
        },
        time_limit: 20,
        points: 1000,
        explanation: None,
        media: media.map(String::from),
    }
}

/// Q0 without media, Q1 with a picture, Q2 with a sound, Q3 without.
fn game(options: GameOptions) -> Game {
    let quiz = Quiz {
        rounds: Vec::new(),
        id: "m".into(),
        title: "Media".into(),
        description: None,
        questions: vec![
            question(0, None),
            question(1, Some(MOON)),
            question(2, Some(SONG)),
            question(3, None),
        ],
    };
    let options = GameOptions {
        intro_ms: 1000,
        ..options
    };
    Game::new("g".into(), "123456".into(), quiz, options, 0)
}

fn next_media(view: &PhaseView) -> Option<&str> {
    match view {
        PhaseView::Intro { next_media, .. }
        | PhaseView::Reveal { next_media, .. }
        | PhaseView::Slide { next_media, .. }
        | PhaseView::Leaderboard { next_media, .. }
        | PhaseView::RoundSummary { next_media, .. }
        | PhaseView::Break { next_media, .. } => next_media.as_deref(),
        _ => None,
    }
}

/// Each audience's phase message in `outputs`, and what it says comes next.
fn told(outputs: &[Output]) -> Vec<(Audience, String, Option<String>)> {
    outputs
        .iter()
        .filter_map(|o| match &o.msg {
            ServerMsg::Phase { state } => Some((
                o.to,
                serde_json::to_value(&**state).unwrap()["phase"]
                    .as_str()
                    .unwrap()
                    .to_string(),
                next_media(state).map(String::from),
            )),
            _ => None,
        })
        .collect()
}

fn host(g: &mut Game, cmd: HostCommand, now: u64) -> Vec<Output> {
    g.handle(Input::Host(cmd), now).unwrap()
}

#[test]
fn every_phase_before_a_question_names_its_media_to_screens_and_phones() {
    let mut g = game(GameOptions::default());
    g.join("Ann", "t-ann".into(), 0).unwrap();
    let some = |m: &str| Some(m.to_string());

    // Q0's intro already names Q1's picture, for the phones too.
    let outs = host(&mut g, HostCommand::Start, 1_000);
    let intro = told(&outs);
    assert_eq!(intro.len(), 2, "{intro:?}");
    for (_, phase, next) in &intro {
        assert_eq!((phase.as_str(), next), ("intro", &some(MOON)));
    }
    // While answers are open nothing is loaded ahead.
    let outs = host(&mut g, HostCommand::Next, 1_500);
    assert_eq!(
        told(&outs),
        [(Audience::Everyone, "answering".into(), None)]
    );
    let outs = host(&mut g, HostCommand::Skip, 2_000);
    assert_eq!(
        told(&outs),
        [(Audience::Everyone, "reveal".into(), some(MOON))]
    );
    let outs = host(&mut g, HostCommand::Next, 3_000);
    assert_eq!(
        told(&outs),
        [(Audience::Hosts, "leaderboard".into(), some(MOON))]
    );
    assert_eq!(next_media(&g.player_view()), Some(MOON));

    // Q1 shows its own picture and names Q2's sound.
    let outs = host(&mut g, HostCommand::Next, 4_000);
    assert!(
        matches!(g.view(), PhaseView::Intro { ref media, .. } if media.as_deref() == Some(MOON))
    );
    assert!(told(&outs).iter().all(|(_, _, next)| next == &some(SONG)));
    host(&mut g, HostCommand::Next, 4_500);
    host(&mut g, HostCommand::Skip, 5_000);
    assert_eq!(next_media(&g.view()), Some(SONG));

    // Q3 has none, and nothing follows the last question.
    host(&mut g, HostCommand::Next, 6_000);
    host(&mut g, HostCommand::Next, 7_000);
    assert_eq!(next_media(&g.view()), None, "Q2's intro: Q3 has no media");
    for now in [7_500, 8_000, 9_000, 10_000, 10_500, 11_000] {
        host(&mut g, HostCommand::Next, now);
    }
    assert!(matches!(g.view(), PhaseView::Reveal { index: 3, .. }));
    assert_eq!(next_media(&g.view()), None);
}

#[test]
fn phones_load_nothing_ahead_when_questions_are_on_the_big_screen_only() {
    let mut g = game(GameOptions {
        questions_on_screen_only: true,
        ..GameOptions::default()
    });
    g.join("Ann", "t-ann".into(), 0).unwrap();
    let outs = host(&mut g, HostCommand::Start, 1_000);
    let mut intro = told(&outs);
    intro.sort_by_key(|(to, _, _)| *to == Audience::Players);
    assert_eq!(
        intro,
        [
            (Audience::Hosts, "intro".into(), Some(MOON.into())),
            (Audience::Players, "intro".into(), None),
        ]
    );
    host(&mut g, HostCommand::Next, 1_500);
    let outs = host(&mut g, HostCommand::Skip, 2_000);
    let mut reveal = told(&outs);
    reveal.sort_by_key(|(to, _, _)| *to == Audience::Players);
    assert_eq!(
        reveal,
        [
            (Audience::Hosts, "reveal".into(), Some(MOON.into())),
            (Audience::Players, "reveal".into(), None),
        ]
    );
    // A phone that comes back during the leaderboard is not told either.
    host(&mut g, HostCommand::Next, 3_000);
    assert_eq!(next_media(&g.view()), Some(MOON));
    assert_eq!(next_media(&g.player_view()), None);
    // With nothing to leave out, everyone still gets the one message.
    host(&mut g, HostCommand::Next, 4_000);
    host(&mut g, HostCommand::Next, 4_500);
    host(&mut g, HostCommand::Skip, 5_000);
    host(&mut g, HostCommand::Next, 6_000);
    host(&mut g, HostCommand::Next, 7_000);
    host(&mut g, HostCommand::Next, 7_500);
    let outs = host(&mut g, HostCommand::Skip, 8_000);
    assert_eq!(told(&outs), [(Audience::Everyone, "reveal".into(), None)]);
}

#[test]
fn a_round_summary_and_the_break_name_the_next_rounds_first_media() {
    let mut g = game(GameOptions::default());
    g.quiz.rounds = vec![
        Round {
            start: 0,
            name: "One".into(),
        },
        Round {
            start: 2,
            name: "Two".into(),
        },
    ];
    g.join("Ann", "t-ann".into(), 0).unwrap();
    host(&mut g, HostCommand::Start, 1_000);
    for now in [1_500, 2_000, 3_000, 4_000, 4_500, 5_000, 6_000] {
        host(&mut g, HostCommand::Next, now);
    }
    assert_eq!(g.phase(), &Phase::Leaderboard);
    let outs = host(&mut g, HostCommand::Next, 7_000);
    assert_eq!(
        told(&outs),
        [(Audience::Hosts, "round_summary".into(), Some(SONG.into()))]
    );
    let outs = host(&mut g, HostCommand::Next, 8_000);
    assert_eq!(
        told(&outs),
        [(Audience::Everyone, "break".into(), Some(SONG.into()))]
    );
    let outs = host(&mut g, HostCommand::Next, 9_000);
    assert!(
        matches!(g.view(), PhaseView::Intro { index: 2, .. }),
        "{outs:?}"
    );
}
