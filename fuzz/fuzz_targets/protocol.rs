//! Fuzzes the wire protocol and the engine behind it: every line of the
//! input is parsed as a client message, and those that parse drive a live
//! game (as host commands or as one of three players' answers) with a clock
//! that moves forward. Nothing may panic, every output must serialize, and no
//! output before a reveal may carry the correct answers.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quizbox::game::{Game, GameOptions, HostCommand, Input, Phase};
use quizbox::protocol::ClientMsg;
use quizbox::quiz::{Question, QuestionKind, Quiz};

fn game() -> Game {
    let questions = (0..3)
        .map(|i| Question {
            text: format!("Q{i}"),
            kind: QuestionKind::Single { answers: vec!["a".into(), "b".into(), "c".into()], correct: i % 3 },
            time_limit: 5,
            points: if i == 1 { 0 } else { 1000 },
            explanation: None,
        })
        .collect();
    let quiz = Quiz { id: "f".into(), title: "F".into(), description: None, questions };
    let mut g = Game::new("g".into(), "1".into(), quiz, GameOptions { intro_ms: 500, ..GameOptions::default() }, 0);
    for name in ["a", "b", "c"] {
        g.join(name, name.into()).unwrap();
    }
    g
}

fuzz_target!(|data: &[u8]| {
    let mut g = game();
    let mut now = 1_000u64;
    for (i, line) in data.split(|&b| b == b'\n').enumerate() {
        now += u64::from(line.first().copied().unwrap_or(0)) * 37;
        let Ok(msg) = serde_json::from_slice::<ClientMsg>(line) else {
            continue;
        };
        let player = (i % 3) as u32;
        let input = match msg {
            ClientMsg::Answer { question, answer, id } => Input::Answer { player, question, answer, id },
            ClientMsg::Start => Input::Host(HostCommand::Start),
            ClientMsg::Next => Input::Host(HostCommand::Next),
            ClientMsg::Skip => Input::Host(HostCommand::Skip),
            ClientMsg::Pause => Input::Host(HostCommand::Pause),
            ClientMsg::Continue => Input::Host(HostCommand::Continue),
            ClientMsg::Extend { seconds } => Input::Host(HostCommand::Extend { seconds }),
            ClientMsg::Kick { player } => Input::Host(HostCommand::Kick { player }),
            ClientMsg::End => Input::Host(HostCommand::End),
            _ => Input::Tick,
        };
        for input in [input, Input::Tick] {
            let before_reveal = matches!(g.phase(), Phase::Intro { .. } | Phase::Answering { .. } | Phase::Lobby);
            if let Ok(outputs) = g.handle(input, now) {
                let revealing = outputs.iter().any(|o| o.msg.to_json().contains("\"phase\":\"reveal\""));
                for o in outputs {
                    let json = o.msg.to_json();
                    if before_reveal && !revealing {
                        assert!(!json.contains("\"correct\":["), "leak: {json}");
                    }
                }
            }
        }
        // A snapshot always restores the same game.
        let snapshot = serde_json::to_vec(&g).unwrap();
        let back: Game = serde_json::from_slice(&snapshot).unwrap();
        assert_eq!(back, g);
    }
});
