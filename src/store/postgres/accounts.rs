//! `Accounts` for Postgres: users' password hashes, token hashes, quiz
//! owners and game creators (tables from migration 0002). Only hashes reach
//! this file; it never sees a password or a token. Rules that span rows
//! (the last admin stays) lock the rows they count.

use async_trait::async_trait;
use tokio_postgres::{GenericClient, Row};

use super::{now_ms, parse_role, quizzes, PostgresStore};
use crate::quiz::Quiz;
use crate::store::accounts::scopes_text;
use crate::store::{
    Accounts, Credential, ImportCounts, NewToken, QuizAccess, QuizSummary, Result, Scope,
    StoreError, StoredQuiz, TokenInfo, TokenKind, User, UserRole,
};

/// `last_used_at` is written at most this often per token (ms), so a busy
/// API client does not turn every request into a write.
const TOUCH_EVERY: i64 = 60_000;

fn parse_kind(text: &str) -> Result<TokenKind> {
    match text {
        "session" => Ok(TokenKind::Session),
        "api" => Ok(TokenKind::Api),
        other => Err(StoreError::Corrupt(format!("unknown token kind {other:?}"))),
    }
}

fn parse_scope_list(text: &str) -> Result<Vec<Scope>> {
    crate::store::accounts::parse_scopes(text).map_err(StoreError::Corrupt)
}

/// The account's id, refusing the last admin: the admins' rows are locked
/// until the caller's transaction ends, so two removals of two admins at
/// once cannot both pass.
pub(super) async fn removable<C: GenericClient + Sync>(tx: &C, username: &str) -> Result<i64> {
    let row = tx
        .query_opt(
            "SELECT id, role FROM users WHERE username = $1",
            &[&username],
        )
        .await?
        .ok_or_else(|| StoreError::NotFound(format!("no user named {username:?}")))?;
    let id: i64 = row.try_get(0)?;
    if parse_role(row.try_get(1)?)? == UserRole::Admin {
        let admins = tx
            .query("SELECT id FROM users WHERE role = 'admin' FOR UPDATE", &[])
            .await?;
        if admins.len() <= 1 {
            return Err(StoreError::Conflict(format!(
                "{username} is the last admin; add another admin first"
            )));
        }
    }
    Ok(id)
}

fn token_info(row: &Row) -> Result<TokenInfo> {
    Ok(TokenInfo {
        id: row.try_get(0)?,
        username: row.try_get(1)?,
        kind: parse_kind(row.try_get(2)?)?,
        name: row.try_get(3)?,
        scopes: parse_scope_list(row.try_get(4)?)?,
        created_at: row.try_get(5)?,
        expires_at: row.try_get(6)?,
        last_used_at: row.try_get(7)?,
    })
}

#[async_trait]
impl Accounts for PostgresStore {
    async fn user_by_name(&self, username: &str) -> Result<Option<(User, String)>> {
        let client = self.client().await?;
        let Some(row) = client
            .query_opt(
                "SELECT id, username, role, created_at, password_hash FROM users
                 WHERE username = $1",
                &[&username],
            )
            .await?
        else {
            return Ok(None);
        };
        Ok(Some((
            User {
                id: row.try_get(0)?,
                username: row.try_get(1)?,
                role: parse_role(row.try_get(2)?)?,
                created_at: row.try_get(3)?,
            },
            row.try_get(4)?,
        )))
    }

    async fn set_password(&self, username: &str, password_hash: &str) -> Result<bool> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let changed = tx
            .execute(
                "UPDATE users SET password_hash = $1 WHERE username = $2",
                &[&password_hash, &username],
            )
            .await?;
        tx.execute(
            "DELETE FROM tokens WHERE kind = 'session'
             AND user_id = (SELECT id FROM users WHERE username = $1)",
            &[&username],
        )
        .await?;
        tx.commit().await?;
        Ok(changed > 0)
    }

    async fn delete_user(&self, username: &str, quizzes_to: Option<&str>) -> Result<usize> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let id = removable(&*tx, username).await?;
        let owned: i64 = tx
            .query_one("SELECT COUNT(*) FROM quizzes WHERE owner_id = $1", &[&id])
            .await?
            .try_get(0)?;
        let moved = match (quizzes_to, owned) {
            (_, 0) => 0,
            (None, n) => {
                return Err(StoreError::Conflict(format!(
                    "{username} owns {n} quizzes; give them to another user with --quizzes-to USER"
                )))
            }
            (Some(heir), _) => {
                let heir_id: i64 = tx
                    .query_opt(
                        "SELECT id FROM users WHERE username = $1 AND id <> $2",
                        &[&heir, &id],
                    )
                    .await?
                    .ok_or_else(|| StoreError::NotFound(format!("no other user named {heir:?}")))?
                    .try_get(0)?;
                tx.execute(
                    "UPDATE quizzes SET owner_id = $1 WHERE owner_id = $2",
                    &[&heir_id, &id],
                )
                .await? as usize
            }
        };
        // Tokens and game records go with the user (ON DELETE CASCADE).
        tx.execute("DELETE FROM users WHERE id = $1", &[&id])
            .await?;
        tx.commit().await?;
        Ok(moved)
    }

    async fn create_token(&self, token: &NewToken) -> Result<i64> {
        let client = self.client().await?;
        let row = client
            .query_one(
                "INSERT INTO tokens (user_id, kind, name, hash, scopes, created_at, expires_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                &[
                    &token.user_id,
                    &token.kind.as_str(),
                    &token.name,
                    &token.hash,
                    &scopes_text(&token.scopes),
                    &now_ms(),
                    &token.expires_at,
                ],
            )
            .await?;
        Ok(row.try_get(0)?)
    }

    async fn credential(&self, hash: &str, now: i64) -> Result<Option<Credential>> {
        let client = self.client().await?;
        let Some(row) = client
            .query_opt(
                "SELECT t.id, t.kind, t.scopes, t.expires_at, t.last_used_at,
                        u.id, u.username, u.role, u.created_at
                 FROM tokens t JOIN users u ON u.id = t.user_id
                 WHERE t.hash = $1",
                &[&hash],
            )
            .await?
        else {
            return Ok(None);
        };
        let id: i64 = row.try_get(0)?;
        let expires_at: Option<i64> = row.try_get(3)?;
        let used: Option<i64> = row.try_get(4)?;
        if expires_at.is_some_and(|at| at <= now) {
            client
                .execute("DELETE FROM tokens WHERE id = $1", &[&id])
                .await?;
            return Ok(None);
        }
        if used.is_none_or(|at| now - at >= TOUCH_EVERY) {
            client
                .execute(
                    "UPDATE tokens SET last_used_at = $1 WHERE id = $2",
                    &[&now, &id],
                )
                .await?;
        }
        Ok(Some(Credential {
            token_id: id,
            user: User {
                id: row.try_get(5)?,
                username: row.try_get(6)?,
                role: parse_role(row.try_get(7)?)?,
                created_at: row.try_get(8)?,
            },
            kind: parse_kind(row.try_get(1)?)?,
            scopes: parse_scope_list(row.try_get(2)?)?,
            expires_at,
        }))
    }

    async fn list_tokens(&self, username: Option<&str>) -> Result<Vec<TokenInfo>> {
        let client = self.client().await?;
        client
            .execute(
                "DELETE FROM tokens WHERE expires_at IS NOT NULL AND expires_at <= $1",
                &[&now_ms()],
            )
            .await?;
        let rows = client
            .query(
                "SELECT t.id, u.username, t.kind, t.name, t.scopes, t.created_at, t.expires_at,
                        t.last_used_at
                 FROM tokens t JOIN users u ON u.id = t.user_id
                 WHERE $1::TEXT IS NULL OR u.username = $1
                 ORDER BY u.username COLLATE \"C\", t.id",
                &[&username],
            )
            .await?;
        rows.iter().map(token_info).collect()
    }

    async fn revoke_token(&self, id: i64) -> Result<bool> {
        let client = self.client().await?;
        Ok(client
            .execute("DELETE FROM tokens WHERE id = $1", &[&id])
            .await?
            > 0)
    }

    async fn revoke_named(&self, user_id: i64, name: &str) -> Result<usize> {
        let client = self.client().await?;
        Ok(client
            .execute(
                "DELETE FROM tokens WHERE user_id = $1 AND kind = 'api' AND name = $2",
                &[&user_id, &name],
            )
            .await? as usize)
    }

    async fn record_game_host(&self, game_id: &str, user_id: i64) -> Result<()> {
        let client = self.client().await?;
        client
            .execute(
                "INSERT INTO game_hosts (game_id, user_id, created_at) VALUES ($1, $2, $3)
                 ON CONFLICT (game_id) DO UPDATE
                 SET user_id = excluded.user_id, created_at = excluded.created_at",
                &[&game_id, &user_id, &now_ms()],
            )
            .await?;
        Ok(())
    }

    async fn game_host(&self, game_id: &str) -> Result<Option<i64>> {
        let client = self.client().await?;
        client
            .query_opt(
                "SELECT user_id FROM game_hosts WHERE game_id = $1",
                &[&game_id],
            )
            .await?
            .map(|row| Ok(row.try_get(0)?))
            .transpose()
    }

    async fn quiz_owner(&self, quiz_id: &str) -> Result<Option<Option<i64>>> {
        let client = self.client().await?;
        client
            .query_opt("SELECT owner_id FROM quizzes WHERE id = $1", &[&quiz_id])
            .await?
            .map(|row| Ok(row.try_get(0)?))
            .transpose()
    }

    async fn list_quizzes_for(&self, access: QuizAccess) -> Result<Vec<QuizSummary>> {
        let client = self.client().await?;
        quizzes::list(&**client, access).await
    }

    async fn import_quizzes_owned(
        &self,
        quizzes: &[Quiz],
        source: &str,
        owner: i64,
        replace_any: bool,
    ) -> Result<ImportCounts> {
        let rows = quizzes
            .iter()
            .map(|q| quizzes::QuizRow::new(q, source))
            .collect::<Result<Vec<_>>>()?;
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        if !replace_any {
            for row in &rows {
                // Locked, so the owner cannot change before the write.
                let existing = tx
                    .query_opt(
                        "SELECT owner_id FROM quizzes WHERE id = $1 FOR UPDATE",
                        &[&row.id],
                    )
                    .await?
                    .map(|r| r.try_get::<_, Option<i64>>(0))
                    .transpose()?;
                if matches!(existing, Some(o) if o != Some(owner)) {
                    return Err(StoreError::Conflict(format!(
                        "a quiz with id {:?} already exists and belongs to another account \
                         (or is shared); give yours another id",
                        row.id
                    )));
                }
            }
        }
        let counts = quizzes::import_rows(&*tx, &rows).await?;
        // New quizzes are the importer's; replaced ones keep their owner.
        for (row, replaced) in rows.iter().zip(&counts.replaced) {
            if !replaced {
                tx.execute(
                    "UPDATE quizzes SET owner_id = $1 WHERE id = $2",
                    &[&owner, &row.id],
                )
                .await?;
            }
        }
        tx.commit().await?;
        Ok(counts)
    }

    async fn create_quiz(
        &self,
        quiz: &Quiz,
        source: &str,
        owner: Option<i64>,
        unique_id: bool,
    ) -> Result<StoredQuiz> {
        let client = self.client().await?;
        quizzes::create(&**client, quiz, source, owner, unique_id).await
    }
}
