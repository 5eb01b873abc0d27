//! `Accounts` for SQLite: users' password hashes, token hashes, quiz owners
//! and game creators (tables from migration 0002). Only hashes reach this
//! file; it never sees a password or a token.

use async_trait::async_trait;
use rusqlite::{params, Connection, OptionalExtension};

use super::{import_rows, now_ms, parse_role, quizzes, QuizRow, SqliteStore};
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

fn user_id(conn: &Connection, username: &str) -> Result<Option<i64>> {
    Ok(conn
        .query_row(
            "SELECT id FROM users WHERE username = ?1",
            params![username],
            |row| row.get(0),
        )
        .optional()?)
}

/// The quiz listing, shared by `Store::list_quizzes` and `list_quizzes_for`.
pub(super) fn list_quizzes(conn: &Connection, access: QuizAccess) -> Result<Vec<QuizSummary>> {
    let (filter, owner) = match access {
        QuizAccess::All => ("", None),
        QuizAccess::SharedAnd(id) => ("WHERE q.owner_id IS NULL OR q.owner_id = ?1", Some(id)),
    };
    let sql = format!(
        "SELECT q.id, q.title, q.description, q.question_count, q.source, q.updated_at,
                (SELECT MAX(g.ended_at) FROM games g WHERE g.quiz_id = q.id), u.username
         FROM quizzes q LEFT JOIN users u ON u.id = q.owner_id
         {filter}
         ORDER BY q.title COLLATE NOCASE, q.id"
    );
    let mut stmt = conn.prepare(&sql)?;
    let map = |row: &rusqlite::Row<'_>| {
        Ok(QuizSummary {
            id: row.get(0)?,
            title: row.get(1)?,
            description: row.get(2)?,
            question_count: row.get(3)?,
            source: row.get(4)?,
            updated_at: row.get(5)?,
            last_played: row.get(6)?,
            owner: row.get(7)?,
        })
    };
    let rows = match owner {
        Some(id) => stmt.query_map(params![id], map)?,
        None => stmt.query_map([], map)?,
    };
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[async_trait]
impl Accounts for SqliteStore {
    async fn user_by_name(&self, username: &str) -> Result<Option<(User, String)>> {
        let username = username.to_string();
        self.with_conn(move |conn| {
            let row = conn
                .query_row(
                    "SELECT id, username, role, created_at, password_hash FROM users
                     WHERE username = ?1",
                    params![username],
                    |row| {
                        Ok((
                            row.get::<_, i64>(0)?,
                            row.get::<_, String>(1)?,
                            row.get::<_, String>(2)?,
                            row.get::<_, i64>(3)?,
                            row.get::<_, String>(4)?,
                        ))
                    },
                )
                .optional()?;
            row.map(|(id, username, role, created_at, hash)| {
                Ok((
                    User {
                        id,
                        username,
                        role: parse_role(&role)?,
                        created_at,
                    },
                    hash,
                ))
            })
            .transpose()
        })
        .await
    }

    async fn set_password(&self, username: &str, password_hash: &str) -> Result<bool> {
        let (username, hash) = (username.to_string(), password_hash.to_string());
        self.with_conn(move |conn| {
            let tx = conn.transaction()?;
            let changed = tx.execute(
                "UPDATE users SET password_hash = ?1 WHERE username = ?2",
                params![hash, username],
            )?;
            tx.execute(
                "DELETE FROM tokens WHERE kind = 'session'
                 AND user_id = (SELECT id FROM users WHERE username = ?1)",
                params![username],
            )?;
            tx.commit()?;
            Ok(changed > 0)
        })
        .await
    }

    async fn delete_user(&self, username: &str, quizzes_to: Option<&str>) -> Result<usize> {
        let username = username.to_string();
        let quizzes_to = quizzes_to.map(str::to_string);
        self.with_conn(move |conn| {
            let tx = conn.transaction()?;
            let (id, role): (i64, String) = tx
                .query_row(
                    "SELECT id, role FROM users WHERE username = ?1",
                    params![username],
                    |row| Ok((row.get(0)?, row.get(1)?)),
                )
                .optional()?
                .ok_or_else(|| StoreError::NotFound(format!("no user named {username:?}")))?;
            if parse_role(&role)? == UserRole::Admin {
                let admins: i64 = tx.query_row(
                    "SELECT COUNT(*) FROM users WHERE role = 'admin'",
                    [],
                    |row| row.get(0),
                )?;
                if admins <= 1 {
                    return Err(StoreError::Conflict(format!(
                        "{username} is the last admin; add another admin first"
                    )));
                }
            }
            let owned: i64 = tx.query_row(
                "SELECT COUNT(*) FROM quizzes WHERE owner_id = ?1",
                params![id],
                |row| row.get(0),
            )?;
            let moved = match (&quizzes_to, owned) {
                (_, 0) => 0,
                (None, n) => {
                    return Err(StoreError::Conflict(format!(
                    "{username} owns {n} quizzes; give them to another user with --quizzes-to USER"
                )))
                }
                (Some(heir), _) => {
                    let heir_id = user_id(&tx, heir)?.filter(|h| *h != id).ok_or_else(|| {
                        StoreError::NotFound(format!("no other user named {heir:?}"))
                    })?;
                    tx.execute(
                        "UPDATE quizzes SET owner_id = ?1 WHERE owner_id = ?2",
                        params![heir_id, id],
                    )?
                }
            };
            // Tokens and game records go with the user (ON DELETE CASCADE).
            tx.execute("DELETE FROM users WHERE id = ?1", params![id])?;
            tx.commit()?;
            Ok(moved)
        })
        .await
    }

    async fn create_token(&self, token: &NewToken) -> Result<i64> {
        let token = token.clone();
        self.with_conn(move |conn| {
            conn.execute(
                "INSERT INTO tokens (user_id, kind, name, hash, scopes, created_at, expires_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    token.user_id,
                    token.kind.as_str(),
                    token.name,
                    token.hash,
                    scopes_text(&token.scopes),
                    now_ms(),
                    token.expires_at
                ],
            )?;
            Ok(conn.last_insert_rowid())
        })
        .await
    }

    async fn credential(&self, hash: &str, now: i64) -> Result<Option<Credential>> {
        let hash = hash.to_string();
        self.with_conn(move |conn| {
            let row = conn
                .query_row(
                    "SELECT t.id, t.kind, t.scopes, t.expires_at, t.last_used_at,
                            u.id, u.username, u.role, u.created_at
                     FROM tokens t JOIN users u ON u.id = t.user_id
                     WHERE t.hash = ?1",
                    params![hash],
                    |row| {
                        Ok((
                            row.get::<_, i64>(0)?,
                            row.get::<_, String>(1)?,
                            row.get::<_, String>(2)?,
                            row.get::<_, Option<i64>>(3)?,
                            row.get::<_, Option<i64>>(4)?,
                            row.get::<_, i64>(5)?,
                            row.get::<_, String>(6)?,
                            row.get::<_, String>(7)?,
                            row.get::<_, i64>(8)?,
                        ))
                    },
                )
                .optional()?;
            let Some((id, kind, scopes, expires_at, used, uid, username, role, created)) = row
            else {
                return Ok(None);
            };
            if expires_at.is_some_and(|at| at <= now) {
                conn.execute("DELETE FROM tokens WHERE id = ?1", params![id])?;
                return Ok(None);
            }
            if used.is_none_or(|at| now - at >= TOUCH_EVERY) {
                conn.execute(
                    "UPDATE tokens SET last_used_at = ?1 WHERE id = ?2",
                    params![now, id],
                )?;
            }
            Ok(Some(Credential {
                token_id: id,
                user: User {
                    id: uid,
                    username,
                    role: parse_role(&role)?,
                    created_at: created,
                },
                kind: parse_kind(&kind)?,
                scopes: parse_scope_list(&scopes)?,
                expires_at,
            }))
        })
        .await
    }

    async fn list_tokens(&self, username: Option<&str>) -> Result<Vec<TokenInfo>> {
        let username = username.map(str::to_string);
        self.with_conn(move |conn| {
            conn.execute(
                "DELETE FROM tokens WHERE expires_at IS NOT NULL AND expires_at <= ?1",
                params![now_ms()],
            )?;
            let mut stmt = conn.prepare(
                "SELECT t.id, u.username, t.kind, t.name, t.scopes, t.created_at, t.expires_at,
                        t.last_used_at
                 FROM tokens t JOIN users u ON u.id = t.user_id
                 WHERE ?1 IS NULL OR u.username = ?1
                 ORDER BY u.username, t.id",
            )?;
            let mut rows = stmt.query(params![username])?;
            let mut tokens = Vec::new();
            while let Some(row) = rows.next()? {
                let kind: String = row.get(2)?;
                let scopes: String = row.get(4)?;
                tokens.push(TokenInfo {
                    id: row.get(0)?,
                    username: row.get(1)?,
                    kind: parse_kind(&kind)?,
                    name: row.get(3)?,
                    scopes: parse_scope_list(&scopes)?,
                    created_at: row.get(5)?,
                    expires_at: row.get(6)?,
                    last_used_at: row.get(7)?,
                });
            }
            Ok(tokens)
        })
        .await
    }

    async fn revoke_token(&self, id: i64) -> Result<bool> {
        self.with_conn(move |conn| {
            Ok(conn.execute("DELETE FROM tokens WHERE id = ?1", params![id])? > 0)
        })
        .await
    }

    async fn revoke_named(&self, user_id: i64, name: &str) -> Result<usize> {
        let name = name.to_string();
        self.with_conn(move |conn| {
            Ok(conn.execute(
                "DELETE FROM tokens WHERE user_id = ?1 AND kind = 'api' AND name = ?2",
                params![user_id, name],
            )?)
        })
        .await
    }

    async fn record_game_host(&self, game_id: &str, user_id: i64) -> Result<()> {
        let game_id = game_id.to_string();
        self.with_conn(move |conn| {
            conn.execute(
                "INSERT OR REPLACE INTO game_hosts (game_id, user_id, created_at)
                 VALUES (?1, ?2, ?3)",
                params![game_id, user_id, now_ms()],
            )?;
            Ok(())
        })
        .await
    }

    async fn game_host(&self, game_id: &str) -> Result<Option<i64>> {
        let game_id = game_id.to_string();
        self.with_conn(move |conn| {
            Ok(conn
                .query_row(
                    "SELECT user_id FROM game_hosts WHERE game_id = ?1",
                    params![game_id],
                    |row| row.get(0),
                )
                .optional()?)
        })
        .await
    }

    async fn quiz_owner(&self, quiz_id: &str) -> Result<Option<Option<i64>>> {
        let quiz_id = quiz_id.to_string();
        self.with_conn(move |conn| {
            Ok(conn
                .query_row(
                    "SELECT owner_id FROM quizzes WHERE id = ?1",
                    params![quiz_id],
                    |row| row.get(0),
                )
                .optional()?)
        })
        .await
    }

    async fn list_quizzes_for(&self, access: QuizAccess) -> Result<Vec<QuizSummary>> {
        self.with_conn(move |conn| list_quizzes(conn, access)).await
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
            .map(|q| QuizRow::new(q, source))
            .collect::<Result<Vec<_>>>()?;
        self.with_conn(move |conn| {
            let tx = conn.transaction()?;
            if !replace_any {
                let mut owner_of =
                    tx.prepare_cached("SELECT owner_id FROM quizzes WHERE id = ?1")?;
                for row in &rows {
                    let existing: Option<Option<i64>> = owner_of
                        .query_row(params![row.id], |r| r.get(0))
                        .optional()?;
                    if matches!(existing, Some(o) if o != Some(owner)) {
                        return Err(StoreError::Conflict(format!(
                            "a quiz with id {:?} already exists and belongs to another account \
                             (or is shared); give yours another id",
                            row.id
                        )));
                    }
                }
            }
            let counts = import_rows(&tx, &rows)?;
            // New quizzes are the importer's; replaced ones keep their owner.
            let mut claim = tx.prepare_cached("UPDATE quizzes SET owner_id = ?1 WHERE id = ?2")?;
            for (row, replaced) in rows.iter().zip(&counts.replaced) {
                if !replaced {
                    claim.execute(params![owner, row.id])?;
                }
            }
            drop(claim);
            tx.commit()?;
            Ok(counts)
        })
        .await
    }

    async fn create_quiz(
        &self,
        quiz: &Quiz,
        source: &str,
        owner: Option<i64>,
        unique_id: bool,
    ) -> Result<StoredQuiz> {
        let (quiz, source) = (quiz.clone(), source.to_string());
        self.with_conn(move |conn| quizzes::create(conn, &quiz, &source, owner, unique_id))
            .await
    }
}
