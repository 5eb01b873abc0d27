//! Which stored media the quizzes use: a quiz uses a blob when one of its
//! questions' `media` names `/media/<sha256>`.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::referenced_hash;
use crate::store::{MediaInfo, Store, StoreError};

/// A stored blob and the quizzes that use it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MediaUse {
    #[serde(flatten)]
    pub info: MediaInfo,
    /// Ids of the quizzes that use it, sorted.
    pub quizzes: Vec<String>,
}

/// Every stored blob (oldest first) with the quizzes that use it.
pub async fn media_use(store: &dyn Store) -> Result<Vec<MediaUse>, StoreError> {
    let mut users: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for summary in store.list_quizzes().await? {
        let Some(quiz) = store.get_quiz(&summary.id).await? else {
            // Deleted since it was listed.
            continue;
        };
        for question in &quiz.questions {
            if let Some(hash) = question.media.as_deref().and_then(referenced_hash) {
                users
                    .entry(hash.to_string())
                    .or_default()
                    .insert(quiz.id.clone());
            }
        }
    }
    Ok(store
        .list_media()
        .await?
        .into_iter()
        .map(|info| MediaUse {
            quizzes: users
                .remove(&info.hash)
                .map(|q| q.into_iter().collect())
                .unwrap_or_default(),
            info,
        })
        .collect())
}
