//! What the store keeps about people, and taking it away again: the two
//! purges of the retention job (players' nicknames and answers of old
//! games, then old games whole), an account's export and its erasure with
//! everything it owns, and a checkpoint that leaves no copy of removed rows
//! in the write-ahead log. When to purge is the server's business
//! (`server::retention`); this trait only removes what it is asked to.

use std::collections::BTreeSet;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use super::{MediaInfo, Result, Store};

/// What a finished game keeps of one question once its players' answers
/// are removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionTotal {
    /// Index into the game's `questions`.
    pub question: u32,
    /// Answers given.
    pub answers: u32,
    /// Of those, right ones.
    pub correct: u32,
    /// Points given for it, streak bonuses included.
    pub points: u64,
}

/// When a finished game's players' nicknames and answers were removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlayersRemoved {
    /// Unix ms.
    pub at: u64,
    /// How many players the game had.
    pub players: u32,
}

/// Rows an erasure removed, by what they were (`games`, `quizzes`, …), in
/// the order they were removed.
pub type Erased = Vec<(String, usize)>;

#[async_trait]
pub trait Privacy: Send + Sync {
    /// Removes the players (nicknames, scores) and answers of at most
    /// `batch` finished games that ended before `ended_before` (Unix ms)
    /// and still have them, oldest first, in one transaction (a backend
    /// may take fewer, to keep the transaction short; 0 means none are
    /// left). Each keeps its questions,
    /// per-question totals and its number of players, marked as removed
    /// at `now`. Returns how many games it changed.
    async fn remove_player_data(&self, ended_before: u64, now: u64, batch: usize) -> Result<usize>;
    /// Removes at most `batch` finished games that ended before
    /// `ended_before`, whole, oldest first, in one transaction (or fewer,
    /// as above); returns how many.
    async fn remove_games(&self, ended_before: u64, batch: usize) -> Result<usize>;
    /// Everything stored about an account, as JSON: the account (without
    /// its password hash), its tokens (without their hashes), the quizzes
    /// it owns, the games it created and their results. `None`: no such
    /// account.
    async fn export_account(&self, username: &str) -> Result<Option<serde_json::Value>>;
    /// Deletes an account with everything it owns, in one transaction:
    /// the games it created with all their results, its quizzes, its tokens
    /// and the account. The last admin is never deleted (`Conflict`).
    async fn erase_account(&self, username: &str) -> Result<Erased>;
    /// Writes the write-ahead log into the database and empties it, so a
    /// removed row leaves no copy there. False when a reader kept it from
    /// finishing (it is tried again after the next purge).
    async fn checkpoint(&self) -> Result<bool>;
}

/// What `erase_account_and_media` removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErasedAccount {
    /// Rows by what they were, in the order removed.
    pub rows: Erased,
    /// Stored media the account's quizzes used and no other quiz does,
    /// now removed (a copy in a server's file cache is the caller's to
    /// remove).
    pub media: Vec<MediaInfo>,
    /// Whether the write-ahead log was emptied afterwards.
    pub checkpointed: bool,
}

/// Erases an account (`Privacy::erase_account`), then the stored media
/// only its quizzes used (no other quiz, and no assignment left, uses
/// it), then checkpoints. Media nobody's quiz uses is
/// left alone: the store does not know who uploaded it.
pub async fn erase_account_and_media(store: &dyn Store, username: &str) -> Result<ErasedAccount> {
    let owned = store
        .list_quizzes()
        .await?
        .into_iter()
        .filter(|q| q.owner.as_deref() == Some(username));
    let mut theirs = BTreeSet::new();
    for summary in owned {
        theirs.extend(quiz_media(store, &summary.id).await?);
    }
    let rows = store.erase_account(username).await?;
    let mut still_used = BTreeSet::new();
    if !theirs.is_empty() {
        for summary in store.list_quizzes().await? {
            still_used.extend(quiz_media(store, &summary.id).await?);
        }
        // Another account's assignment of one of these quizzes keeps its
        // own copy, which still shows the media.
        for summary in store.list_assignments(None).await? {
            if let Some(assignment) = store.assignment(&summary.code).await? {
                still_used.extend(crate::media::quiz_media(&assignment.quiz).map(str::to_string));
            }
        }
    }
    let unused: BTreeSet<&String> = theirs.difference(&still_used).collect();
    let mut media = Vec::new();
    if !unused.is_empty() {
        for info in store.list_media().await? {
            if unused.contains(&info.hash) && store.delete_media(&info.hash).await? {
                media.push(info);
            }
        }
    }
    let checkpointed = store.checkpoint().await?;
    Ok(ErasedAccount {
        rows,
        media,
        checkpointed,
    })
}

/// The stored media a quiz's questions name.
async fn quiz_media(store: &dyn Store, id: &str) -> Result<Vec<String>> {
    let Some(quiz) = store.get_quiz(id).await? else {
        return Ok(Vec::new());
    };
    Ok(quiz
        .questions
        .iter()
        .filter_map(|q| q.media.as_deref().and_then(crate::media::referenced_hash))
        .map(str::to_string)
        .collect())
}
