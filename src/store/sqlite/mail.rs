//! `MailStore` for SQLite: the columns and tables of migration 0007
//! (addresses and opt-in on `users`, `account_links`, `mail_queue`). Only
//! hashes of link secrets reach this file.

use async_trait::async_trait;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{parse_role, role_name, SqliteStore};
use crate::store::mail::{Attempt, Contact, LinkPurpose, MailStore, NewMail, QueuedMail};
use crate::store::{Result, StoreError, User, UserRole};

const CONTACT: &str = "SELECT id, username, email, report_mail, pending FROM users";

fn contact_row(row: &Row<'_>) -> rusqlite::Result<Contact> {
    Ok(Contact {
        user_id: row.get(0)?,
        username: row.get(1)?,
        email: row.get(2)?,
        report_mail: row.get(3)?,
        pending: row.get(4)?,
    })
}

fn user_row(conn: &Connection, id: i64) -> Result<User> {
    let (username, role, created_at): (String, String, i64) = conn.query_row(
        "SELECT username, role, created_at FROM users WHERE id = ?1",
        params![id],
        |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
    )?;
    Ok(User {
        id,
        username,
        role: parse_role(&role)?,
        created_at,
    })
}

/// The address is someone else's: a unique-index violation, said plainly.
fn email_taken(e: rusqlite::Error, email: &str) -> StoreError {
    match &e {
        rusqlite::Error::SqliteFailure(f, Some(msg))
            if f.code == rusqlite::ErrorCode::ConstraintViolation && msg.contains("email") =>
        {
            StoreError::Conflict(format!("another account has the address {email}"))
        }
        rusqlite::Error::SqliteFailure(f, Some(msg))
            if f.code == rusqlite::ErrorCode::ConstraintViolation && msg.contains("username") =>
        {
            StoreError::Conflict("that username is taken".into())
        }
        _ => StoreError::from(e),
    }
}

const QUEUED: &str =
    "SELECT id, kind, recipient, subject, body, attachments, message_id, queued_at,
        attempts, next_attempt_at, last_error, sent_at, failed_at FROM mail_queue";

fn queued_row(row: &Row<'_>) -> rusqlite::Result<(QueuedMail, String)> {
    Ok((
        QueuedMail {
            id: row.get(0)?,
            kind: row.get(1)?,
            recipient: row.get(2)?,
            subject: row.get(3)?,
            body: row.get(4)?,
            attachments: Vec::new(),
            message_id: row.get(6)?,
            queued_at: row.get(7)?,
            attempts: row.get(8)?,
            next_attempt_at: row.get(9)?,
            last_error: row.get(10)?,
            sent_at: row.get(11)?,
            failed_at: row.get(12)?,
        },
        row.get(5)?,
    ))
}

fn with_attachments((mut mail, json): (QueuedMail, String)) -> Result<QueuedMail> {
    mail.attachments = serde_json::from_str(&json)
        .map_err(|e| StoreError::Corrupt(format!("attachments of mail {}: {e}", mail.id)))?;
    Ok(mail)
}

/// The unused, unexpired link with this hash and purpose: its account id.
fn live_link(conn: &Connection, hash: &str, purpose: LinkPurpose, now: i64) -> Result<Option<i64>> {
    Ok(conn
        .query_row(
            "SELECT user_id FROM account_links
             WHERE hash = ?1 AND purpose = ?2 AND used_at IS NULL AND expires_at > ?3",
            params![hash, purpose.as_str(), now],
            |row| row.get(0),
        )
        .optional()?)
}

#[async_trait]
impl MailStore for SqliteStore {
    async fn contact(&self, user_id: i64) -> Result<Option<Contact>> {
        self.with_conn(move |conn| {
            Ok(conn
                .query_row(
                    &format!("{CONTACT} WHERE id = ?1"),
                    params![user_id],
                    contact_row,
                )
                .optional()?)
        })
        .await
    }

    async fn contact_by_email(&self, email: &str) -> Result<Option<Contact>> {
        let email = email.to_string();
        self.with_conn(move |conn| {
            Ok(conn
                .query_row(
                    &format!("{CONTACT} WHERE email = ?1 COLLATE NOCASE"),
                    params![email],
                    contact_row,
                )
                .optional()?)
        })
        .await
    }

    async fn set_contact(
        &self,
        username: &str,
        email: Option<Option<&str>>,
        report_mail: Option<bool>,
    ) -> Result<Contact> {
        let username = username.to_string();
        let email = email.map(|e| e.map(str::to_string));
        self.with_conn(move |conn| {
            let tx = conn.transaction()?;
            let found = tx
                .query_row(
                    &format!("{CONTACT} WHERE username = ?1"),
                    params![username],
                    contact_row,
                )
                .optional()?
                .ok_or_else(|| StoreError::NotFound(format!("no user named {username:?}")))?;
            if let Some(email) = &email {
                tx.execute(
                    "UPDATE users SET email = ?1 WHERE id = ?2",
                    params![email, found.user_id],
                )
                .map_err(|e| email_taken(e, email.as_deref().unwrap_or("")))?;
            }
            if let Some(on) = report_mail {
                tx.execute(
                    "UPDATE users SET report_mail = ?1 WHERE id = ?2",
                    params![on, found.user_id],
                )?;
            }
            let contact = tx.query_row(
                &format!("{CONTACT} WHERE id = ?1"),
                params![found.user_id],
                contact_row,
            )?;
            tx.commit()?;
            Ok(contact)
        })
        .await
    }

    async fn create_pending_user(
        &self,
        placeholder: &str,
        role: UserRole,
        email: &str,
    ) -> Result<User> {
        let (placeholder, email) = (placeholder.to_string(), email.to_string());
        self.with_conn(move |conn| {
            // "!" is no argon2 hash: no password matches it.
            conn.execute(
                "INSERT INTO users (username, role, password_hash, created_at, email, pending)
                 VALUES (?1, ?2, '!', ?3, ?4, 1)",
                params![placeholder, role_name(role), super::now_ms(), email],
            )
            .map_err(|e| email_taken(e, &email))?;
            user_row(conn, conn.last_insert_rowid())
        })
        .await
    }

    async fn create_link(
        &self,
        user_id: i64,
        purpose: LinkPurpose,
        hash: &str,
        expires_at: i64,
    ) -> Result<()> {
        let hash = hash.to_string();
        self.with_conn(move |conn| {
            let tx = conn.transaction()?;
            // A new link of a kind replaces the account's earlier ones.
            tx.execute(
                "DELETE FROM account_links WHERE user_id = ?1 AND purpose = ?2",
                params![user_id, purpose.as_str()],
            )?;
            tx.execute(
                "INSERT INTO account_links (user_id, purpose, hash, created_at, expires_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![user_id, purpose.as_str(), hash, super::now_ms(), expires_at],
            )?;
            tx.commit()?;
            Ok(())
        })
        .await
    }

    async fn link_user(&self, hash: &str, purpose: LinkPurpose, now: i64) -> Result<Option<User>> {
        let hash = hash.to_string();
        self.with_conn(move |conn| {
            live_link(conn, &hash, purpose, now)?
                .map(|id| user_row(conn, id))
                .transpose()
        })
        .await
    }

    async fn accept_invite(
        &self,
        hash: &str,
        username: &str,
        password_hash: &str,
        now: i64,
    ) -> Result<Option<User>> {
        let (hash, username, password_hash) = (
            hash.to_string(),
            username.to_string(),
            password_hash.to_string(),
        );
        self.with_conn(move |conn| {
            let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let Some(id) = live_link(&tx, &hash, LinkPurpose::Invite, now)? else {
                return Ok(None);
            };
            tx.execute(
                "UPDATE users SET username = ?1, password_hash = ?2, pending = 0 WHERE id = ?3",
                params![username, password_hash, id],
            )
            .map_err(|e| email_taken(e, ""))?;
            tx.execute(
                "UPDATE account_links SET used_at = ?1 WHERE hash = ?2",
                params![now, hash],
            )?;
            let user = user_row(&tx, id)?;
            tx.commit()?;
            Ok(Some(user))
        })
        .await
    }

    async fn use_reset(&self, hash: &str, password_hash: &str, now: i64) -> Result<Option<User>> {
        let (hash, password_hash) = (hash.to_string(), password_hash.to_string());
        self.with_conn(move |conn| {
            let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let Some(id) = live_link(&tx, &hash, LinkPurpose::Reset, now)? else {
                return Ok(None);
            };
            tx.execute(
                "UPDATE users SET password_hash = ?1 WHERE id = ?2 AND pending = 0",
                params![password_hash, id],
            )?;
            tx.execute(
                "DELETE FROM tokens WHERE kind = 'session' AND user_id = ?1",
                params![id],
            )?;
            tx.execute(
                "UPDATE account_links SET used_at = ?1 WHERE hash = ?2",
                params![now, hash],
            )?;
            let user = user_row(&tx, id)?;
            tx.commit()?;
            Ok(Some(user))
        })
        .await
    }

    async fn queue_mail(&self, mail: &NewMail, now: i64) -> Result<i64> {
        let mail = mail.clone();
        let attachments = serde_json::to_string(&mail.attachments)
            .map_err(|e| StoreError::Backend(format!("cannot encode attachments: {e}")))?;
        self.with_conn(move |conn| {
            let tx = conn.transaction()?;
            let added = tx.execute(
                "INSERT INTO mail_queue (kind, about, recipient, subject, body, attachments,
                                         message_id, queued_at, next_attempt_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)
                 ON CONFLICT (kind, about) WHERE about IS NOT NULL DO NOTHING",
                params![
                    mail.kind,
                    mail.about,
                    mail.recipient,
                    mail.subject,
                    mail.body,
                    attachments,
                    mail.message_id,
                    now
                ],
            )?;
            let id = match added {
                1 => tx.last_insert_rowid(),
                _ => tx.query_row(
                    "SELECT id FROM mail_queue WHERE kind = ?1 AND about = ?2",
                    params![mail.kind, mail.about],
                    |row| row.get(0),
                )?,
            };
            tx.commit()?;
            Ok(id)
        })
        .await
    }

    async fn claim_due_mail(
        &self,
        now: i64,
        lease_until: i64,
        limit: usize,
    ) -> Result<Vec<QueuedMail>> {
        self.with_conn(move |conn| {
            let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let due = {
                let mut stmt = tx.prepare(&format!(
                    "{QUEUED} WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ?1
                     ORDER BY next_attempt_at, id LIMIT ?2"
                ))?;
                let rows = stmt.query_map(params![now, limit as i64], queued_row)?;
                rows.collect::<rusqlite::Result<Vec<_>>>()?
            };
            for (mail, _) in &due {
                tx.execute(
                    "UPDATE mail_queue SET next_attempt_at = ?1 WHERE id = ?2",
                    params![lease_until, mail.id],
                )?;
            }
            tx.commit()?;
            due.into_iter().map(with_attachments).collect()
        })
        .await
    }

    async fn mail_attempted(&self, id: i64, attempt: Attempt, now: i64) -> Result<()> {
        self.with_conn(move |conn| {
            match attempt {
                Attempt::Sent => conn.execute(
                    "UPDATE mail_queue SET attempts = attempts + 1, sent_at = ?1, last_error = NULL
                     WHERE id = ?2",
                    params![now, id],
                )?,
                Attempt::Retry { error, at } => conn.execute(
                    "UPDATE mail_queue SET attempts = attempts + 1, next_attempt_at = ?1,
                            last_error = ?2 WHERE id = ?3",
                    params![at, error, id],
                )?,
                Attempt::GiveUp { error } => conn.execute(
                    "UPDATE mail_queue SET attempts = attempts + 1, failed_at = ?1, last_error = ?2
                     WHERE id = ?3",
                    params![now, error, id],
                )?,
            };
            Ok(())
        })
        .await
    }

    async fn next_mail_due(&self) -> Result<Option<i64>> {
        self.with_conn(|conn| {
            Ok(conn.query_row(
                "SELECT MIN(next_attempt_at) FROM mail_queue
                 WHERE sent_at IS NULL AND failed_at IS NULL",
                [],
                |row| row.get(0),
            )?)
        })
        .await
    }

    async fn list_mail(&self, limit: usize) -> Result<Vec<QueuedMail>> {
        self.with_conn(move |conn| {
            let mut stmt = conn.prepare(&format!(
                "{QUEUED} ORDER BY (sent_at IS NULL AND failed_at IS NULL) DESC, id DESC LIMIT ?1"
            ))?;
            let rows = stmt.query_map(params![limit as i64], queued_row)?;
            let rows = rows.collect::<rusqlite::Result<Vec<_>>>()?;
            rows.into_iter().map(with_attachments).collect()
        })
        .await
    }
}
