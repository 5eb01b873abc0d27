//! The codes of `error` messages: what a page looks up in its catalog to
//! word a refusal in its own language (the message's English text is the
//! fallback for a code a page does not know yet).

use serde::{Deserialize, Serialize};

/// Declares `ErrorCode` and, from the same list, `ErrorCode::ALL` and
/// `as_str`, so no code can be left out of the list the pages' catalogs
/// are checked against (tests/i18n_errors.rs).
macro_rules! error_codes {
    ($($(#[$doc:meta])* $name:ident = $wire:literal,)*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum ErrorCode {
            $($(#[$doc])* $name,)*
        }

        impl ErrorCode {
            /// Every code, in the order declared.
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$name,)*];

            /// The code as it travels (`"nickname_taken"`).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ErrorCode::$name => $wire,)*
                }
            }
        }
    };
}

error_codes! {
    BadMessage = "bad_message",
    Version = "version",
    UnknownGame = "unknown_game",
    Forbidden = "forbidden",
    NicknameTaken = "nickname_taken",
    NicknameInvalid = "nickname_invalid",
    GameStarted = "game_started",
    GameFull = "game_full",
    NotHost = "not_host",
    WrongPhase = "wrong_phase",
    WrongQuestion = "wrong_question",
    TooLate = "too_late",
    AlreadyAnswered = "already_answered",
    InvalidAnswer = "invalid_answer",
    NoSuchPlayer = "no_such_player",
    TooBig = "too_big",
    RateLimited = "rate_limited",
    /// The host locked the lobby.
    LobbyLocked = "lobby_locked",
    /// This address has joined as many players to the game as it may.
    TooManyJoins = "too_many_joins",
    /// The server could not save it: send it again (same `id`) once a
    /// `storage` message with a null `problem` arrives.
    StorageUnavailable = "storage_unavailable",
    /// Team mode: no such team, or players do not pick teams here.
    NoSuchTeam = "no_such_team",
}

impl ErrorCode {
    /// The key of the pages' catalog message for this code
    /// (`nickname_taken` → `error-nickname-taken`).
    pub fn catalog_key(self) -> String {
        format!("error-{}", self.as_str().replace('_', "-"))
    }
}

#[cfg(test)]
mod tests {
    use super::ErrorCode;

    /// Each code is listed once and spelled as serde sends and reads it.
    #[test]
    fn every_code_is_spelled_as_it_travels() {
        let mut seen = std::collections::BTreeSet::new();
        for &code in ErrorCode::ALL {
            assert!(seen.insert(code.as_str()), "{code:?} twice");
            assert_eq!(
                serde_json::to_value(code).unwrap(),
                serde_json::json!(code.as_str())
            );
            let back: ErrorCode = serde_json::from_value(serde_json::json!(code.as_str())).unwrap();
            assert_eq!(back, code);
        }
        assert_eq!(
            ErrorCode::NicknameTaken.catalog_key(),
            "error-nickname-taken"
        );
    }
}
