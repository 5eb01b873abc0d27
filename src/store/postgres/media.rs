//! `MediaStore` for Postgres: blobs in the `media` table (migration 0005),
//! one row per SHA-256, so every node serves the same files.

use async_trait::async_trait;
use bytes::Bytes;
use tokio_postgres::Row;

use super::{narrow, now_ms, PostgresStore};
use crate::store::media::media_hash;
use crate::store::{MediaBlob, MediaInfo, MediaStore, Result, StoreError};

fn info(row: &Row) -> Result<MediaInfo> {
    Ok(MediaInfo {
        hash: row.try_get(0)?,
        media_type: row.try_get(1)?,
        size: narrow(row.try_get(2)?, "media size")?,
        created_at: row.try_get(3)?,
    })
}

#[async_trait]
impl MediaStore for PostgresStore {
    async fn put_media(&self, media_type: &str, bytes: Bytes) -> Result<(MediaInfo, bool)> {
        // Hashing 20 MiB takes a moment: not on the runtime.
        let (hash, bytes) = tokio::task::spawn_blocking(move || (media_hash(&bytes), bytes))
            .await
            .map_err(|e| StoreError::Backend(format!("hashing task failed: {e}")))?;
        let client = self.client().await?;
        let added = client
            .execute(
                "INSERT INTO media (hash, media_type, size, bytes, created_at)
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT (hash) DO NOTHING",
                &[
                    &hash,
                    &media_type,
                    &(bytes.len() as i64),
                    &&bytes[..],
                    &now_ms(),
                ],
            )
            .await?
            == 1;
        if !added {
            // Stored again: `media gc`'s grace period counts from the newest upload.
            client
                .execute(
                    "UPDATE media SET created_at = $2 WHERE hash = $1 AND created_at < $2",
                    &[&hash, &now_ms()],
                )
                .await?;
        }
        let row = client
            .query_one(
                "SELECT hash, media_type, size, created_at FROM media WHERE hash = $1",
                &[&hash],
            )
            .await?;
        Ok((info(&row)?, added))
    }

    async fn get_media(&self, hash: &str) -> Result<Option<MediaBlob>> {
        let client = self.client().await?;
        let Some(row) = client
            .query_opt(
                "SELECT hash, media_type, size, created_at, bytes FROM media WHERE hash = $1",
                &[&hash],
            )
            .await?
        else {
            return Ok(None);
        };
        let info = info(&row)?;
        let bytes: Vec<u8> = row.try_get(4)?;
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
    }

    async fn list_media(&self) -> Result<Vec<MediaInfo>> {
        let client = self.client().await?;
        let rows = client
            .query(
                "SELECT hash, media_type, size, created_at FROM media
                 ORDER BY created_at, hash COLLATE \"C\"",
                &[],
            )
            .await?;
        rows.iter().map(info).collect()
    }

    async fn delete_media(&self, hash: &str) -> Result<bool> {
        let client = self.client().await?;
        Ok(client
            .execute("DELETE FROM media WHERE hash = $1", &[&hash])
            .await?
            > 0)
    }
}
