//! The REST calls a host needs (list quizzes, create a game, read a game's
//! report), each a JSON
//! `Call` (see `request`): a connection per request and a time limit, so a
//! stalled server turns into an error instead of a hang.

use std::time::Duration;

use hyper::header;
use hyper::Method;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::request::Call;
pub use super::request::REQUEST_TIMEOUT;
use super::{ClientError, Server};
use crate::report::Report;

/// One entry of `GET /api/quizzes`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct QuizListing {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    pub question_count: u32,
    /// End of the last finished game with this quiz (ms since the Unix epoch).
    #[serde(default)]
    pub last_played: Option<i64>,
}

/// The body of `POST /api/games`. `Default` gives the server's own
/// defaults (no quiz chosen yet).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NewGame {
    pub quiz_id: String,
    /// Seconds each question is shown before answers open (0–30).
    pub intro_secs: u32,
    pub streak_bonus: bool,
    /// Play the questions in a shuffled order.
    pub shuffle_questions: bool,
    /// Shuffle the choices of single, multi and poll questions.
    pub shuffle_answers: bool,
    /// Questions and answers on the big screen only; phones show shapes.
    pub questions_on_screen_only: bool,
    /// Players get generated nicknames instead of typing one.
    pub generated_nicknames: bool,
    /// Players may join after the start, from the next question.
    pub late_join: bool,
    /// Reveal and leaderboard shown this many seconds, then the game
    /// moves on by itself (0: the host moves on).
    pub auto_advance_secs: u32,
    /// A quiz in rounds: the break between two rounds, in seconds (0: no
    /// break); left out at the server's default, a minute, as servers
    /// before rounds expect.
    #[serde(skip_serializing_if = "is_default_break")]
    pub break_secs: u32,
    /// Team mode and the team names; left out when off, as servers
    /// before team mode expect.
    #[serde(skip_serializing_if = "crate::game::TeamMode::is_off")]
    pub teams: crate::game::TeamMode,
    /// The big screen's language (a tag of `i18n::LANGUAGES`); left out
    /// when the projector's browser chooses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub screen_language: Option<String>,
}

impl Default for NewGame {
    fn default() -> Self {
        NewGame {
            quiz_id: String::new(),
            intro_secs: 3,
            streak_bonus: true,
            shuffle_questions: false,
            shuffle_answers: false,
            questions_on_screen_only: false,
            generated_nicknames: false,
            late_join: true,
            auto_advance_secs: 0,
            break_secs: crate::game::DEFAULT_BREAK_SECS,
            teams: crate::game::TeamMode::Off,
            screen_language: None,
        }
    }
}

fn is_default_break(secs: &u32) -> bool {
    *secs == crate::game::DEFAULT_BREAK_SECS
}

/// The reply to `POST /api/games`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct CreatedGame {
    pub game_id: String,
    pub pin: String,
    pub host_key: String,
    pub join_url: String,
    pub screen_url: String,
}

impl Server {
    pub async fn list_quizzes(&self) -> Result<Vec<QuizListing>, ClientError> {
        self.call(Method::GET, "/api/quizzes", None).await
    }

    pub async fn create_game(&self, new: &NewGame) -> Result<CreatedGame, ClientError> {
        let body = serde_json::to_vec(new).expect("a new game serializes");
        self.call(Method::POST, "/api/games", Some(body)).await
    }

    /// `GET /api/games/{game}/report`: the report of a game (finished, or
    /// as it stands while it runs).
    pub async fn game_report(&self, game: &str) -> Result<Report, ClientError> {
        self.call(Method::GET, &format!("/api/games/{game}/report"), None)
            .await
    }

    /// `POST /api/quizzes/import` with a quiz file's bytes; `name` (URL-safe)
    /// names the file in messages and selects its format. Returns the import
    /// summary (docs/formats.md, "The JSON summary").
    pub async fn import_quiz(
        &self,
        name: &str,
        file: Vec<u8>,
    ) -> Result<serde_json::Value, ClientError> {
        let path = format!("/api/quizzes/import?name={name}");
        self.call(Method::POST, &path, Some(file)).await
    }

    /// `POST /api/users/NAME/unlock` (admins): forgets the account's recent
    /// failed logins; the reply says how many there were.
    pub async fn unlock_account(&self, name: &str) -> Result<serde_json::Value, ClientError> {
        let path = format!("/api/users/{name}/unlock");
        self.call(Method::POST, &path, None).await
    }

    /// `POST path` with a JSON body (none: empty) and decode the JSON reply.
    pub async fn post_json<T: DeserializeOwned>(
        &self,
        path: &str,
        body: Option<&serde_json::Value>,
    ) -> Result<T, ClientError> {
        let body = body.map(|b| serde_json::to_vec(b).expect("a JSON value serializes"));
        self.call(Method::POST, path, body).await
    }

    /// `GET path` and decode the JSON reply.
    pub async fn get_json<T: DeserializeOwned>(&self, path: &str) -> Result<T, ClientError> {
        self.call(Method::GET, path, None).await
    }

    /// Like `get_json`, with its own time limit (for large replies, such as
    /// the results of a game with many thousands of players).
    pub async fn get_json_within<T: DeserializeOwned>(
        &self,
        path: &str,
        limit: Duration,
    ) -> Result<T, ClientError> {
        self.call_within(Method::GET, path, None, limit).await
    }

    async fn call<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<Vec<u8>>,
    ) -> Result<T, ClientError> {
        self.call_within(method, path, body, REQUEST_TIMEOUT).await
    }

    async fn call_within<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<Vec<u8>>,
        limit: Duration,
    ) -> Result<T, ClientError> {
        let mut call = Call::new(method, path)
            .header(header::ACCEPT.as_str(), "application/json")
            .within(limit);
        if let Some(body) = body {
            call = call
                .header(header::CONTENT_TYPE.as_str(), "application/json")
                .body(body);
        }
        let reply = self.request(call).await?;
        if !(200..300).contains(&reply.status) {
            return Err(ClientError::Status {
                status: reply.status,
                message: error_message(&reply.body),
            });
        }
        serde_json::from_slice(&reply.body).map_err(|e| ClientError::Decode(e.to_string()))
    }
}

/// The `error` field of a JSON error body, else the body as text.
fn error_message(body: &[u8]) -> String {
    #[derive(Deserialize)]
    struct ErrorBody {
        error: String,
    }
    match serde_json::from_slice::<ErrorBody>(body) {
        Ok(e) => e.error,
        Err(_) => {
            let text = String::from_utf8_lossy(body).trim().to_string();
            if text.is_empty() {
                "no details".into()
            } else {
                text
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_bodies_give_their_message() {
        assert_eq!(
            error_message(br#"{"error":"no quiz with id \"x\""}"#),
            "no quiz with id \"x\""
        );
        assert_eq!(error_message(b"  Bad Gateway \n"), "Bad Gateway");
        assert_eq!(error_message(b""), "no details");
    }

    #[test]
    fn quiz_listings_read_the_server_format() {
        let json = r#"[{"id":"world-capitals","title":"World Capitals","description":null,
            "question_count":12,"source":"sample","updated_at":1,"last_played":1718000000000}]"#;
        let list: Vec<QuizListing> = serde_json::from_str(json).unwrap();
        assert_eq!(list[0].question_count, 12);
        assert_eq!(list[0].last_played, Some(1_718_000_000_000));
        assert_eq!(list[0].description, None);
    }
}
