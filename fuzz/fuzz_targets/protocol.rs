//! Fuzzes the wire protocol and the engine behind it: every line of the
//! input is parsed as a client message, and those that parse drive a live
//! game (as host commands or as one of three players' answers) with a clock
//! that moves forward. Nothing may panic, every output must serialize, and no
//! output before a reveal may carry the correct answers. The game is the
//! sample quiz with every question kind.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quizbox::game::{Game, GameOptions, HostCommand, Input, Phase};
use quizbox::protocol::ClientMsg;
use quizbox::quiz::formats::native_toml;
use quizbox::quiz::Quiz;

/// The sample quiz with one question of every kind, played with shuffled
/// questions and answers so every path of the engine is reachable.
fn game() -> Game {
    static QUIZ: std::sync::OnceLock<Quiz> = std::sync::OnceLock::new();
    let quiz = QUIZ
        .get_or_init(|| {
            let mut quiz = native_toml::parse(include_str!("../../quizzes/every-kind.toml"), "every-kind.toml", "every-kind")
                .expect("the sample quiz parses");
            for q in &mut quiz.questions {
                q.time_limit = 5;
            }
            quiz
        })
        .clone();
    let options = GameOptions { intro_ms: 500, shuffle_questions: true, shuffle_answers: true, seed: 7, ..GameOptions::default() };
    let mut g = Game::new("g".into(), "1".into(), quiz, options, 0);
    for name in ["a", "b", "c"] {
        g.join(name, name.into(), 0).unwrap();
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
            ClientMsg::Hide { entry } => Input::Host(HostCommand::Hide { entry }),
            _ => Input::Tick,
        };
        for input in [input, Input::Tick] {
            let before_reveal = matches!(g.phase(), Phase::Intro { .. } | Phase::Answering { .. } | Phase::Lobby);
            if let Ok(outputs) = g.handle(input, now) {
                let revealing = outputs.iter().any(|o| o.msg.to_json().contains("\"phase\":\"reveal\""));
                for o in outputs {
                    let json = o.msg.to_json();
                    if before_reveal && !revealing {
                        for secret in ["\"correct\":", "\"accepted\":", "\"tolerance\":", "\"entries\":"] {
                            assert!(!json.contains(secret), "leak: {json}");
                        }
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
