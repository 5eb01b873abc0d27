//! The game events others are told of, and their JSON payload: what a
//! webhook receiver gets as its body and what a mail would be written
//! from. Built from the game at the moment it happens; reads the game only.

use serde::{Deserialize, Serialize};

use crate::game::Game;
use crate::store::FinishedGame;

/// How many placings `game.finished` carries.
pub const TOP: usize = 3;

/// Which happening an event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EventKind {
    /// A game was created: its lobby is open.
    #[serde(rename = "game.created")]
    GameCreated,
    /// The host started it: the first question is shown.
    #[serde(rename = "game.started")]
    GameStarted,
    /// A question's answers were scored (time up, everyone answered,
    /// skipped, or the game ended during it).
    #[serde(rename = "question.closed")]
    QuestionClosed,
    /// The game reached its podium and its results are saved.
    #[serde(rename = "game.finished")]
    GameFinished,
}

impl EventKind {
    pub const ALL: [EventKind; 4] = [
        EventKind::GameCreated,
        EventKind::GameStarted,
        EventKind::QuestionClosed,
        EventKind::GameFinished,
    ];

    pub fn name(self) -> &'static str {
        match self {
            EventKind::GameCreated => "game.created",
            EventKind::GameStarted => "game.started",
            EventKind::QuestionClosed => "question.closed",
            EventKind::GameFinished => "game.finished",
        }
    }

    pub fn parse(name: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| k.name() == name.trim())
    }
}

/// The game an event is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GameInfo {
    pub id: String,
    pub pin: String,
    /// Unix ms.
    pub created_at: u64,
    pub started_at: Option<u64>,
    pub ended_at: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizInfo {
    pub id: String,
    pub title: String,
}

/// How a closed question went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionOutcome {
    /// 0-based, in the order played.
    pub index: usize,
    /// Players who answered it.
    pub answered: u32,
    /// Of them, those with a fully correct answer.
    pub correct: u32,
}

/// One of the best players of a finished game.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Placing {
    pub rank: u32,
    pub nickname: String,
    pub score: u64,
}

/// One event: the body webhooks are sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GameEvent {
    /// Names this happening: the same for every webhook and every attempt,
    /// so a receiver can tell a repeat.
    pub id: String,
    pub event: EventKind,
    /// Unix ms when it happened.
    pub at: u64,
    pub game: GameInfo,
    pub quiz: QuizInfo,
    /// `question.closed` only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<QuestionOutcome>,
    /// `game.finished` only: how many players finished.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub players: Option<u32>,
    /// `game.finished` only: the best `TOP`, best first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top: Option<Vec<Placing>>,
}

impl GameEvent {
    fn about(game: &Game, event: EventKind, at: u64, id: String) -> GameEvent {
        GameEvent {
            id,
            event,
            at,
            game: GameInfo {
                id: game.id.clone(),
                pin: game.pin.clone(),
                created_at: game.created_at,
                started_at: game.started_at,
                ended_at: game.ended_at,
            },
            quiz: QuizInfo {
                id: game.quiz.id.clone(),
                title: game.quiz.title.clone(),
            },
            question: None,
            players: None,
            top: None,
        }
    }

    pub fn created(game: &Game, at: u64) -> GameEvent {
        let id = format!("{}:game.created", game.id);
        GameEvent::about(game, EventKind::GameCreated, at, id)
    }

    pub fn started(game: &Game, at: u64) -> GameEvent {
        let id = format!("{}:game.started", game.id);
        GameEvent::about(game, EventKind::GameStarted, at, id)
    }

    /// Question `index` of `game` was just scored. Its answers are the last
    /// ones the game holds, so only they are read.
    pub fn question_closed(game: &Game, index: usize, at: u64) -> GameEvent {
        let id = format!("{}:question.closed:{index}", game.id);
        let mut event = GameEvent::about(game, EventKind::QuestionClosed, at, id);
        let (answered, correct) = game
            .answers()
            .iter()
            .rev()
            .take_while(|a| a.question == index)
            .fold((0, 0), |(n, c), a| (n + 1, c + u32::from(a.correct)));
        event.question = Some(QuestionOutcome {
            index,
            answered,
            correct,
        });
        event
    }

    /// The game's results, as just saved.
    pub fn finished(game: &Game, results: &FinishedGame, at: u64) -> GameEvent {
        let id = format!("{}:game.finished", game.id);
        let mut event = GameEvent::about(game, EventKind::GameFinished, at, id);
        event.game.ended_at = Some(results.ended_at);
        event.players = Some(results.players.len() as u32);
        event.top = Some(
            results
                .players
                .iter()
                .take(TOP)
                .map(|p| Placing {
                    rank: p.rank,
                    nickname: p.nickname.clone(),
                    score: p.score,
                })
                .collect(),
        );
        event
    }
}
