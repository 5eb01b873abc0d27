//! Which stored media is in use: a blob is used when a question names
//! `/media/<sha256>` in a quiz, in an assignment's own copy of its quiz,
//! or in the quiz a running game holds (its live snapshot). Reading the
//! running games is the caller's: this module does not know the live store.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::referenced_hash;
use crate::quiz::Quiz;
use crate::store::{MediaInfo, Store, StoreError};

/// A stored blob and what uses it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MediaUse {
    #[serde(flatten)]
    pub info: MediaInfo,
    /// Ids of the quizzes that use it, sorted.
    pub quizzes: Vec<String>,
    /// Codes of the assignments whose copy of a quiz uses it, sorted.
    pub assignments: Vec<String>,
    /// Ids of the running games whose quiz uses it, sorted.
    pub games: Vec<String>,
}

impl MediaUse {
    /// Nothing uses it.
    pub fn unused(&self) -> bool {
        self.quizzes.is_empty() && self.assignments.is_empty() && self.games.is_empty()
    }
}

/// The media hashes one quiz's questions name.
pub fn quiz_media(quiz: &Quiz) -> impl Iterator<Item = &str> {
    quiz.questions
        .iter()
        .filter_map(|q| q.media.as_deref().and_then(referenced_hash))
}

#[derive(Default)]
struct Users {
    quizzes: BTreeSet<String>,
    assignments: BTreeSet<String>,
    games: BTreeSet<String>,
}

/// Every stored blob (oldest first) with what uses it: the stored quizzes,
/// every assignment (closed ones too: their results page and a reopened
/// link still show the questions), and `games`, the quizzes of the
/// running games by game id.
pub async fn media_use(
    store: &dyn Store,
    games: &[(String, Quiz)],
) -> Result<Vec<MediaUse>, StoreError> {
    let mut users: BTreeMap<String, Users> = BTreeMap::new();
    for summary in store.list_quizzes().await? {
        let Some(quiz) = store.get_quiz(&summary.id).await? else {
            // Deleted since it was listed.
            continue;
        };
        for hash in quiz_media(&quiz) {
            let entry = users.entry(hash.to_string()).or_default();
            entry.quizzes.insert(quiz.id.clone());
        }
    }
    for summary in store.list_assignments(None).await? {
        let Some(assignment) = store.assignment(&summary.code).await? else {
            continue;
        };
        for hash in quiz_media(&assignment.quiz) {
            let entry = users.entry(hash.to_string()).or_default();
            entry.assignments.insert(assignment.code.clone());
        }
    }
    for (game, quiz) in games {
        for hash in quiz_media(quiz) {
            let entry = users.entry(hash.to_string()).or_default();
            entry.games.insert(game.clone());
        }
    }
    Ok(store
        .list_media()
        .await?
        .into_iter()
        .map(|info| {
            let found = users.remove(&info.hash).unwrap_or_default();
            MediaUse {
                quizzes: found.quizzes.into_iter().collect(),
                assignments: found.assignments.into_iter().collect(),
                games: found.games.into_iter().collect(),
                info,
            }
        })
        .collect())
}
