//! Media blobs in the relational store, so every node of a deployment
//! serves the same pictures, sounds and videos: each kept once under the
//! SHA-256 of its bytes, with the MIME type it was accepted as. What a file
//! is, and whether it is accepted, is decided before it gets here
//! (`crate::media`); this trait stores what it is given.

use async_trait::async_trait;
use bytes::Bytes;
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::Result;

/// A stored blob, without its bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MediaInfo {
    /// SHA-256 of the bytes, lower-case hex.
    pub hash: String,
    /// The MIME type it was stored as.
    #[serde(rename = "type")]
    pub media_type: String,
    pub size: u64,
    /// Unix ms of the last time these bytes were stored: an upload of bytes
    /// already stored renews it, so `quizbox media gc`'s grace period counts
    /// from the newest upload.
    pub created_at: i64,
}

/// A stored blob with its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaBlob {
    pub info: MediaInfo,
    pub bytes: Bytes,
}

/// The name every backend stores `bytes` under.
pub fn media_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[async_trait]
pub trait MediaStore: Send + Sync {
    /// Stores `bytes` under their SHA-256. Bytes already stored are not
    /// stored again: the first upload's type and time stay. Returns what is
    /// stored and whether this call added it.
    async fn put_media(&self, media_type: &str, bytes: Bytes) -> Result<(MediaInfo, bool)>;
    /// The blob stored under `hash`, whole.
    async fn get_media(&self, hash: &str) -> Result<Option<MediaBlob>>;
    /// Every stored blob, oldest first.
    async fn list_media(&self) -> Result<Vec<MediaInfo>>;
    /// Removes a blob; false if there was none.
    async fn delete_media(&self, hash: &str) -> Result<bool>;
}

/// The stored media `quizzes` use (questions whose media is
/// `/media/<sha256>.<ext>`), for a format that carries it: a bundle. Media
/// no longer stored, or stored under a type quizbox no longer accepts, is
/// left out; the writer warns of what it lacks.
pub async fn used_by(
    store: &dyn MediaStore,
    quizzes: &[crate::quiz::Quiz],
) -> Result<crate::quiz::formats::StoredMedia> {
    let mut media = crate::quiz::formats::StoredMedia::new();
    let used = quizzes
        .iter()
        .flat_map(|q| &q.questions)
        .filter_map(|q| q.media.as_deref().and_then(crate::media::referenced_hash));
    for hash in used {
        if media.contains_key(hash) {
            continue;
        }
        let found = store.get_media(hash).await?.and_then(|blob| {
            let kind = crate::media::MediaType::from_mime(&blob.info.media_type)?;
            Some((kind, blob.bytes.to_vec()))
        });
        if let Some(found) = found {
            media.insert(hash.to_string(), found);
        }
    }
    Ok(media)
}
