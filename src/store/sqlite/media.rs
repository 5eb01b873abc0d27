//! `MediaStore` for SQLite: blobs in the `media` table (migration 0005),
//! one row per SHA-256.

use async_trait::async_trait;
use bytes::Bytes;
use rusqlite::{params, OptionalExtension, Row};

use super::{now_ms, SqliteStore};
use crate::store::media::media_hash;
use crate::store::{MediaBlob, MediaInfo, MediaStore, Result, StoreError};

fn info(row: &Row<'_>) -> rusqlite::Result<MediaInfo> {
    Ok(MediaInfo {
        hash: row.get(0)?,
        media_type: row.get(1)?,
        size: row.get(2)?,
        created_at: row.get(3)?,
    })
}

#[async_trait]
impl MediaStore for SqliteStore {
    async fn put_media(&self, media_type: &str, bytes: Bytes) -> Result<(MediaInfo, bool)> {
        let media_type = media_type.to_string();
        // Hashing 20 MiB takes a moment: not on the runtime, not under the lock.
        let (hash, bytes) = tokio::task::spawn_blocking(move || (media_hash(&bytes), bytes))
            .await
            .map_err(|e| StoreError::Backend(format!("hashing task failed: {e}")))?;
        self.with_conn(move |conn| {
            let added = conn.execute(
                "INSERT INTO media (hash, media_type, size, bytes, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (hash) DO NOTHING",
                params![hash, media_type, bytes.len() as u64, &bytes[..], now_ms()],
            )? == 1;
            if !added {
                // Stored again: the grace period of `media gc` counts from
                // the newest upload, so bytes an editor has just sent again
                // are not taken as long unused.
                conn.execute(
                    "UPDATE media SET created_at = ?2 WHERE hash = ?1 AND created_at < ?2",
                    params![hash, now_ms()],
                )?;
            }
            let info = conn.query_row(
                "SELECT hash, media_type, size, created_at FROM media WHERE hash = ?1",
                params![hash],
                info,
            )?;
            Ok((info, added))
        })
        .await
    }

    async fn get_media(&self, hash: &str) -> Result<Option<MediaBlob>> {
        let hash = hash.to_string();
        self.with_conn(move |conn| {
            let found = conn
                .query_row(
                    "SELECT hash, media_type, size, created_at, bytes FROM media WHERE hash = ?1",
                    params![hash],
                    |row| Ok((info(row)?, row.get::<_, Vec<u8>>(4)?)),
                )
                .optional()?;
            let Some((info, bytes)) = found else {
                return Ok(None);
            };
            if bytes.len() as u64 != info.size {
                return Err(StoreError::Corrupt(format!(
                    "media {hash} holds {} bytes but was stored with {}",
                    bytes.len(),
                    info.size
                )));
            }
            Ok(Some(MediaBlob {
                info,
                bytes: Bytes::from(bytes),
            }))
        })
        .await
    }

    async fn list_media(&self) -> Result<Vec<MediaInfo>> {
        self.with_conn(|conn| {
            let mut stmt = conn.prepare(
                "SELECT hash, media_type, size, created_at FROM media ORDER BY created_at, hash",
            )?;
            let rows = stmt.query_map([], info)?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
        .await
    }

    async fn delete_media(&self, hash: &str) -> Result<bool> {
        let hash = hash.to_string();
        self.with_conn(move |conn| {
            Ok(conn.execute("DELETE FROM media WHERE hash = ?1", params![hash])? > 0)
        })
        .await
    }
}
