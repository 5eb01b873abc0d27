//! Why the engine refused an input, and the wire error code for each reason.

use crate::protocol::ErrorCode;

use super::PlayerId;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GameError {
    #[error("{0}")]
    NicknameInvalid(String),
    #[error("the nickname {0:?} is taken in this game")]
    NicknameTaken(String),
    #[error("the game has already started")]
    GameStarted,
    #[error("the game is full ({0} players)")]
    GameFull(usize),
    #[error("that resume token is not valid for this game")]
    BadToken,
    #[error("not possible now: {0}")]
    WrongPhase(&'static str),
    #[error("question {got} is not the open question")]
    WrongQuestion { got: usize },
    #[error("answers for this question are closed")]
    TooLate,
    #[error("you already answered this question")]
    AlreadyAnswered,
    #[error("{0}")]
    InvalidAnswer(String),
    #[error("no player {0} in this game")]
    NoSuchPlayer(PlayerId),
    #[error("extend by 1 to 240 seconds")]
    BadExtension,
    #[error("the host has locked the lobby; no one can join now")]
    LobbyLocked,
    #[error("{0}")]
    BadKick(&'static str),
    #[error("no player matched")]
    NoneMatched,
    #[error("you joined during this question; you play from question {}", .from + 1)]
    JoinedLate { from: usize },
    #[error("no such team in this game")]
    NoSuchTeam,
    #[error("{0}")]
    BadMembers(String),
}

impl GameError {
    pub fn code(&self) -> ErrorCode {
        match self {
            GameError::NicknameInvalid(_) => ErrorCode::NicknameInvalid,
            GameError::NicknameTaken(_) => ErrorCode::NicknameTaken,
            GameError::GameStarted => ErrorCode::GameStarted,
            GameError::GameFull(_) => ErrorCode::GameFull,
            GameError::BadToken => ErrorCode::Forbidden,
            GameError::WrongPhase(_) => ErrorCode::WrongPhase,
            GameError::WrongQuestion { .. } | GameError::JoinedLate { .. } => {
                ErrorCode::WrongQuestion
            }
            GameError::TooLate => ErrorCode::TooLate,
            GameError::AlreadyAnswered => ErrorCode::AlreadyAnswered,
            GameError::InvalidAnswer(_) | GameError::BadExtension => ErrorCode::InvalidAnswer,
            GameError::NoSuchPlayer(_) | GameError::NoneMatched => ErrorCode::NoSuchPlayer,
            GameError::LobbyLocked => ErrorCode::LobbyLocked,
            GameError::BadKick(_) => ErrorCode::BadMessage,
            GameError::NoSuchTeam => ErrorCode::NoSuchTeam,
            GameError::BadMembers(_) => ErrorCode::NicknameInvalid,
        }
    }
}
