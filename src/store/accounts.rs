//! The account side of the relational store: users' passwords, tokens
//! (login sessions and API tokens, kept only as SHA-256 hashes), who owns
//! each quiz and who created each game. Hashing and checking secrets is
//! the server's job (`server::auth`); this trait only stores what it is
//! given and never sees a password or a token in clear.

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use super::{ImportCounts, QuizSummary, Result, StoredQuiz, User};
use crate::quiz::Quiz;

/// What a token may be used for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// `POST /api/quizzes/import`; creating, replacing, copying and
    /// deleting quizzes.
    Import,
    /// Reading quizzes and game results.
    Export,
    /// Listing and writing quizzes, creating and running games, their results.
    Host,
}

impl Scope {
    pub const ALL: [Scope; 3] = [Scope::Import, Scope::Export, Scope::Host];

    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Import => "import",
            Scope::Export => "export",
            Scope::Host => "host",
        }
    }
}

impl std::fmt::Display for Scope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Parses `import,export,host` (any order, spaces allowed, no repeats kept).
pub fn parse_scopes(text: &str) -> std::result::Result<Vec<Scope>, String> {
    let mut scopes = Vec::new();
    for word in text.split(',').map(str::trim).filter(|w| !w.is_empty()) {
        let scope = Scope::ALL
            .into_iter()
            .find(|s| s.as_str().eq_ignore_ascii_case(word))
            .ok_or_else(|| format!("unknown scope {word:?} (expected import, export or host)"))?;
        scopes.push(scope);
    }
    scopes.sort();
    scopes.dedup();
    if scopes.is_empty() {
        return Err("give at least one scope: import, export or host".into());
    }
    Ok(scopes)
}

pub fn scopes_text(scopes: &[Scope]) -> String {
    scopes
        .iter()
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// Made by a login; expires.
    Session,
    /// Made with `quizbox user token create` (or the local token file).
    Api,
}

impl TokenKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Session => "session",
            TokenKind::Api => "api",
        }
    }
}

/// A token to store: its hash, never the token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewToken {
    pub user_id: i64,
    pub kind: TokenKind,
    /// A label to recognise it by in listings ("ci", "login", "local").
    pub name: String,
    /// SHA-256 of the token, lower-case hex.
    pub hash: String,
    pub scopes: Vec<Scope>,
    /// Unix ms; `None` never expires.
    pub expires_at: Option<i64>,
}

/// A stored token as listed (no secret in it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TokenInfo {
    pub id: i64,
    pub username: String,
    pub kind: TokenKind,
    pub name: String,
    pub scopes: Vec<Scope>,
    pub created_at: i64,
    pub expires_at: Option<i64>,
    pub last_used_at: Option<i64>,
}

/// What a presented token stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credential {
    pub token_id: i64,
    pub user: User,
    pub kind: TokenKind,
    pub scopes: Vec<Scope>,
    pub expires_at: Option<i64>,
}

/// Which quizzes a listing shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuizAccess {
    /// Every quiz (admins).
    All,
    /// Shared quizzes and this user's own (hosts).
    SharedAnd(i64),
}

#[async_trait]
pub trait Accounts: Send + Sync {
    /// The user and their password hash.
    async fn user_by_name(&self, username: &str) -> Result<Option<(User, String)>>;
    /// Sets a user's password hash and ends their login sessions. False if
    /// there is no such user.
    async fn set_password(&self, username: &str, password_hash: &str) -> Result<bool>;
    /// Deletes a user and their tokens. Their quizzes go to `quizzes_to`;
    /// without it a user who owns quizzes is not deleted. The last admin is
    /// never deleted. Returns how many quizzes changed hands.
    async fn delete_user(&self, username: &str, quizzes_to: Option<&str>) -> Result<usize>;

    /// Stores a token's hash; returns its id.
    async fn create_token(&self, token: &NewToken) -> Result<i64>;
    /// The credential a token hash stands for, if it exists and has not
    /// expired at `now` (Unix ms). Notes when it was last used.
    async fn credential(&self, hash: &str, now: i64) -> Result<Option<Credential>>;
    /// Tokens of one user, or of everyone; expired ones are dropped first.
    async fn list_tokens(&self, username: Option<&str>) -> Result<Vec<TokenInfo>>;
    /// Revokes (deletes) a token by id; false if there was none.
    async fn revoke_token(&self, id: i64) -> Result<bool>;
    /// Revokes a user's API tokens with this name; returns how many.
    async fn revoke_named(&self, user_id: i64, name: &str) -> Result<usize>;

    /// Remembers who created a game.
    async fn record_game_host(&self, game_id: &str, user_id: i64) -> Result<()>;
    /// Who created a game, if known.
    async fn game_host(&self, game_id: &str) -> Result<Option<i64>>;

    /// `None`: no such quiz; `Some(None)`: a shared quiz; `Some(Some(id))`: owned.
    async fn quiz_owner(&self, quiz_id: &str) -> Result<Option<Option<i64>>>;
    /// Quizzes a user may see, ordered by title.
    async fn list_quizzes_for(&self, access: QuizAccess) -> Result<Vec<QuizSummary>>;
    /// Like `Store::import_quizzes`, for an account: new quizzes belong to
    /// `owner`. Replacing a quiz that is shared or someone else's fails
    /// with `Conflict` (and writes nothing) unless `replace_any`.
    async fn import_quizzes_owned(
        &self,
        quizzes: &[Quiz],
        source: &str,
        owner: i64,
        replace_any: bool,
    ) -> Result<ImportCounts>;
    /// Adds a new quiz belonging to `owner` (`None`: shared). With
    /// `unique_id`, a taken id gets `-2`, `-3`… until it is free (the
    /// choice and the insert are one step); without, a taken id fails with
    /// `Conflict`. Returns the quiz as stored, with the id it got.
    async fn create_quiz(
        &self,
        quiz: &Quiz,
        source: &str,
        owner: Option<i64>,
        unique_id: bool,
    ) -> Result<StoredQuiz>;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_parse_in_any_order_and_refuse_unknown_words() {
        assert_eq!(
            parse_scopes("host, import,host").unwrap(),
            vec![Scope::Import, Scope::Host]
        );
        assert_eq!(scopes_text(&Scope::ALL), "import,export,host");
        assert!(parse_scopes("admin").unwrap_err().contains("admin"));
        assert!(parse_scopes(" , ").is_err());
    }
}
