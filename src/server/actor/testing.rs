//! What the actor's part tests share: a small real game and a reading of
//! everything a connection's queue holds.

use futures_util::FutureExt;

use super::outq::{self, Next};
use super::Outbound;
use crate::game::{Game, GameOptions, PlayerId};
use crate::quiz::{Question, QuestionKind, Quiz};

/// A lobby with Ann (player 0) and Bob (player 1), both connected.
pub(super) fn game() -> (Game, PlayerId, PlayerId) {
    let question = |text: &str| Question {
        text: text.into(),
        kind: QuestionKind::Single {
            answers: vec!["a".into(), "b".into(), "c".into(), "d".into()],
            correct: 0,
        },
        time_limit: 20,
        points: 1000,
        explanation: None,
        media: None,
    };
    let quiz = Quiz {
        rounds: Vec::new(),
        id: "capitals".into(),
        title: "Capitals".into(),
        description: None,
        questions: vec![question("Paris?"), question("Rome?")],
    };
    let options = GameOptions {
        intro_ms: 1000,
        ..GameOptions::default()
    };
    let mut game = Game::new("g1".into(), "482913".into(), quiz, options, 0);
    let (ann, _) = game.join("Ann", "t-ann".into(), 0).unwrap();
    let (bob, _) = game.join("Bob", "t-bob".into(), 0).unwrap();
    (game, ann, bob)
}

/// Everything queued so far, in order: each text's `type` (`"welcome"`,
/// `"answer_count"`…; the text itself if it has none) and closes as
/// `close CODE` (after what was queued) or `kill CODE` (at once).
pub(super) fn received(rx: &mut outq::Receiver) -> Vec<String> {
    let mut got = Vec::new();
    while let Some(next) = rx.recv().now_or_never() {
        match next {
            Next::Msg(Outbound::Text(text)) => got.push(kind(&text)),
            Next::Msg(Outbound::Close(code, _)) => got.push(format!("close {code}")),
            Next::Kill(code, _) => got.push(format!("kill {code}")),
            Next::Closed => break,
        }
    }
    got
}

/// A message's `type`, or the text itself when it has none.
pub(super) fn kind(text: &str) -> String {
    serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .and_then(|v| v.get("type")?.as_str().map(str::to_string))
        .unwrap_or_else(|| text.to_string())
}
