//! Assignment rules with explicit clocks: the window, each question's
//! timer, resuming after a reload, scoring, the leaderboard and closing.

use super::*;
use crate::quiz::{AnswerValue, Question, QuestionKind};

const OPENS: i64 = 1_000_000;
const CLOSES: i64 = 2_000_000;

fn questions() -> Vec<Question> {
    let single = |text: &str, correct| Question {
        text: text.into(),
        kind: QuestionKind::Single {
            answers: vec!["a".into(), "b".into(), "c".into()],
            correct,
        },
        time_limit: 20,
        points: 1000,
        explanation: None,
        media: None,
    };
    vec![
        single("Q0", 0),
        single("Q1", 1),
        Question {
            text: "Order".into(),
            kind: QuestionKind::Ordering {
                items: vec!["one".into(), "two".into(), "three".into()],
            },
            time_limit: 30,
            points: 2000,
            explanation: None,
            media: None,
        },
    ]
}

fn rules(questions: &[Question]) -> Rules<'_> {
    Rules {
        questions,
        window: Window {
            opens_at: OPENS,
            closes_at: CLOSES,
            closed_at: None,
        },
        seed: 7,
        streak_bonus: true,
    }
}

/// The positions an ordering question's items are shown at, in the right order.
fn right_order(r: &Rules<'_>, index: usize) -> AnswerValue {
    let shown = r.shown_order(index);
    let mut positions: Vec<usize> = (0..shown.len()).collect();
    positions.sort_by_key(|&k| shown[k]);
    AnswerValue::Choices(positions)
}

#[test]
fn nothing_is_shown_or_taken_outside_the_window() {
    let qs = questions();
    let r = rules(&qs);
    let fresh = Progress::default();
    assert_eq!(r.current(&fresh, OPENS - 1).shown_at, None);
    assert_eq!(
        r.answer(&fresh, 0, Some(AnswerValue::Choice(0)), OPENS - 1),
        Err(Refusal::NotOpenYet)
    );
    let shown = r.current(&fresh, OPENS);
    assert_eq!(shown.shown_at, Some(OPENS));
    assert_eq!(r.window.state(CLOSES - 1), WindowState::Open);
    assert_eq!(r.window.state(CLOSES), WindowState::Closed);
    assert_eq!(r.current(&fresh, CLOSES).shown_at, None);
    // Shown before the deadline, answered after it: refused.
    let late = r.current(&fresh, CLOSES - 500);
    assert_eq!(
        r.answer(&late, 0, Some(AnswerValue::Choice(0)), CLOSES),
        Err(Refusal::Closed)
    );
}

#[test]
fn closing_early_refuses_answers_from_then_on() {
    let qs = questions();
    let mut r = rules(&qs);
    let p = r.current(&Progress::default(), OPENS + 10);
    r.window.closed_at = Some(OPENS + 20);
    assert_eq!(r.window.end(), OPENS + 20);
    assert_eq!(
        r.answer(&p, 0, Some(AnswerValue::Choice(0)), OPENS + 20),
        Err(Refusal::Closed)
    );
    // A closing after the deadline does not move the deadline.
    r.window.closed_at = Some(CLOSES + 5);
    assert_eq!(r.window.end(), CLOSES);
}

#[test]
fn a_whole_run_is_scored_as_live_games_score() {
    let qs = questions();
    let r = rules(&qs);
    let p = r.current(&Progress::default(), OPENS);
    // Right at once: full points, no streak bonus yet.
    let (p, a) = r
        .answer(&p, 0, Some(AnswerValue::Choice(0)), OPENS + 400)
        .unwrap();
    assert_eq!((a.correct, a.points, a.streak_bonus), (true, 1000, 0));
    assert_eq!((p.question, p.score, p.streak), (1, 1000, 1));
    // The next question's timer starts when it is shown, not at the answer.
    let p = r.current(&p, OPENS + 60_000);
    assert_eq!(p.shown_at, Some(OPENS + 60_000));
    // Right after half its time: 750 + the second step's 100.
    let (p, a) = r
        .answer(&p, 1, Some(AnswerValue::Choice(1)), OPENS + 70_000)
        .unwrap();
    assert_eq!((a.points, a.streak_bonus, a.elapsed_ms), (850, 100, 10_000));
    assert_eq!(p.score, 1850);
    // An ordering answer comes as shown positions.
    let p = r.current(&p, OPENS + 80_000);
    let (p, a) = r
        .answer(&p, 2, Some(right_order(&r, 2)), OPENS + 80_000)
        .unwrap();
    assert_eq!((a.correct, a.points), (true, 2000 + 200));
    assert_eq!(p.finished_at, Some(OPENS + 80_000));
    assert_eq!((p.score, p.correct, p.question), (4050, 3, 3));
    assert_eq!(
        r.answer(&p, 3, Some(AnswerValue::Choice(0)), OPENS + 80_001),
        Err(Refusal::Finished)
    );
}

#[test]
fn the_timer_is_the_servers_and_a_reload_keeps_it() {
    let qs = questions();
    let r = rules(&qs);
    let p = r.current(&Progress::default(), OPENS);
    // A reload 5 s in shows the same question with the same start.
    let reloaded = r.current(&p, OPENS + 5_000);
    assert_eq!(reloaded, p);
    // Within the grace after 20 s: taken, at half points.
    let (_, a) = r
        .answer(&p, 0, Some(AnswerValue::Choice(0)), OPENS + 20_900)
        .unwrap();
    assert_eq!((a.points, a.elapsed_ms), (500, 20_900));
    // Later: refused, and the next look moves on with the streak broken.
    assert_eq!(
        r.answer(&p, 0, Some(AnswerValue::Choice(0)), OPENS + 21_001),
        Err(Refusal::TimeUp)
    );
    let with_streak = Progress {
        streak: 2,
        ..p.clone()
    };
    let moved = r.current(&with_streak, OPENS + 21_001);
    assert_eq!((moved.question, moved.streak), (1, 0));
    assert_eq!(moved.shown_at, Some(OPENS + 21_001));
    // An answer to a question not shown, or not the current one, is refused.
    assert_eq!(
        r.answer(&Progress::default(), 0, None, OPENS),
        Err(Refusal::NotShown(0))
    );
    assert_eq!(
        r.answer(&moved, 0, Some(AnswerValue::Choice(0)), OPENS + 21_002),
        Err(Refusal::WrongQuestion {
            expected: 1,
            got: 0
        })
    );
}

#[test]
fn away_past_every_timer_finishes_at_the_last_ones_end() {
    let qs = questions();
    let r = rules(&qs);
    let mut p = r.current(&Progress::default(), OPENS);
    // Each look after a timer ran out shows the next question then.
    for step in 1..=3 {
        p = r.current(&p, OPENS + step * 100_000);
    }
    assert_eq!(p.question, 3);
    assert_eq!(p.finished_at, Some(OPENS + 200_000 + 30_000));
    assert_eq!(p.score, 0);
}

#[test]
fn wrong_passed_and_invalid_answers() {
    let qs = questions();
    let r = rules(&qs);
    let p = r.current(&Progress::default(), OPENS);
    assert!(matches!(
        r.answer(&p, 0, Some(AnswerValue::Choice(9)), OPENS + 1),
        Err(Refusal::Invalid(_))
    ));
    let (next, a) = r
        .answer(&p, 0, Some(AnswerValue::Choice(2)), OPENS + 1)
        .unwrap();
    assert_eq!((a.correct, a.points, next.score), (false, 0, 0));
    let (next, a) = r.answer(&p, 0, None, OPENS + 1).unwrap();
    assert_eq!((a.answer, a.points, next.question), (None, 0, 1));
}

#[test]
fn the_leaderboard_holds_those_who_finished() {
    let done = |score, at| Progress {
        question: 3,
        score,
        finished_at: Some(at),
        ..Progress::default()
    };
    let ann = done(3000, 50);
    let bob = done(3000, 40);
    let cy = done(1000, 10);
    let dee = Progress {
        question: 1,
        score: 9000,
        ..Progress::default()
    };
    let eve = done(3000, 40);
    let board = leaderboard([
        ("ann", &ann),
        ("bob", &bob),
        ("cy", &cy),
        ("dee", &dee),
        ("eve", &eve),
    ]);
    let lines: Vec<(u32, &str)> = board.iter().map(|r| (r.rank, r.name.as_str())).collect();
    assert_eq!(lines, vec![(1, "bob"), (1, "eve"), (3, "ann"), (4, "cy")]);
}
