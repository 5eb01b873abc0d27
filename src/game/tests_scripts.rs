//! Engine story: type-answer questions in Japanese, Arabic and German
//! accept the variants docs/formats.md lists and refuse near misses.

use super::*;
use crate::protocol::Entry;
use crate::quiz::{Question, QuestionKind};

fn type_answer(accepted: &[&str]) -> Question {
    Question {
        text: "Type it".into(),
        kind: QuestionKind::TypeAnswer {
            accepted: accepted.iter().map(|s| s.to_string()).collect(),
            typo_tolerance: false,
        },
        time_limit: 20,
        points: 1000,
        explanation: None,
        media: None,
    }
}

/// Sends each player's typed answer; returns whether each was judged
/// correct and the reveal's entries, from the answer that closed the question.
fn play(g: &mut Game, players: &[PlayerId], typed: &[&str], now: u64) -> (Vec<bool>, Vec<Entry>) {
    let question = g.question_index();
    let mut out = Vec::new();
    for (p, t) in players.iter().zip(typed) {
        out = g
            .handle(
                Input::Answer {
                    player: *p,
                    question,
                    answer: AnswerValue::Text(t.to_string()),
                    id: None,
                },
                now,
            )
            .unwrap();
    }
    let correct = players
        .iter()
        .map(|p| {
            out.iter()
                .find_map(|o| match (&o.to, &o.msg) {
                    (Audience::Player(to), ServerMsg::Result(r)) if to == p => Some(r.correct),
                    _ => None,
                })
                .expect("a result for every player")
        })
        .collect();
    let entries = out
        .iter()
        .find_map(|o| match &o.msg {
            ServerMsg::Phase { state } => match state.as_ref() {
                PhaseView::Reveal { entries, .. } => Some(entries.clone()),
                _ => None,
            },
            _ => None,
        })
        .expect("a reveal");
    (correct, entries)
}

fn count(entries: &[Entry], text: &str) -> u32 {
    entries
        .iter()
        .find(|e| e.text == text)
        .map_or(0, |e| e.count)
}

#[test]
fn type_answers_in_japanese_arabic_and_german_match_as_documented() {
    let quiz = Quiz {
        rounds: Vec::new(),
        id: "s".into(),
        title: "Scripts".into(),
        description: None,
        questions: vec![
            type_answer(&["Tokyo", "東京", "とうきょう"]),
            type_answer(&["أبو ظبي"]),
            type_answer(&["Süßwasser"]),
        ],
    };
    let options = GameOptions {
        intro_ms: 0,
        ..GameOptions::default()
    };
    let mut g = Game::new("g".into(), "123456".into(), quiz, options, 0);
    let players: Vec<PlayerId> = ["Aiko", "Badr", "Carla", "Dieter", "Emi"]
        .iter()
        .map(|n| g.join(n, n.to_lowercase(), 0).unwrap().0)
        .collect();
    g.handle(Input::Host(HostCommand::Start), 0).unwrap();

    // Japanese: katakana for hiragana, half-width katakana, full-width
    // Latin; a voiced mark added or another place name is wrong.
    let (correct, entries) = play(
        &mut g,
        &players,
        &["トウキョウ", "ﾄｳｷｮｳ", "どうきょう", "ＴＯＫＹＯ", "東北"],
        1_000,
    );
    assert_eq!(correct, [true, true, false, true, false]);
    // Half-width katakana is shown and grouped as full-width.
    assert_eq!(count(&entries, "トウキョウ"), 2);
    assert_eq!(count(&entries, "tokyo"), 1);

    // Arabic: bare alef and alef maksura, harakat, tatweel and no space;
    // Dubai and a missing letter are wrong.
    g.handle(Input::Host(HostCommand::Next), 2_000).unwrap();
    g.handle(Input::Host(HostCommand::Next), 3_000).unwrap();
    let (correct, _) = play(
        &mut g,
        &players,
        &["ابو ظبى", "أَبُو ظَبْيٍ", "ابوظبـــي", "أبو دبي", "ابو ظب"],
        4_000,
    );
    assert_eq!(correct, [true, true, true, false, false]);

    // German: ss for ß, ue for ü, upper case with SS, ü for ü with ss;
    // one s, or a missing letter, is wrong.
    g.handle(Input::Host(HostCommand::Next), 5_000).unwrap();
    g.handle(Input::Host(HostCommand::Next), 6_000).unwrap();
    let (correct, entries) = play(
        &mut g,
        &players,
        &[
            "Suesswasser",
            "SÜSSWASSER",
            "suswasser",
            "Süßwaser",
            "Süsswasser",
        ],
        7_000,
    );
    assert_eq!(correct, [true, true, false, false, true]);
    assert_eq!(count(&entries, "süsswasser"), 2);
}
