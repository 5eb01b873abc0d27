//! `MailStore` for Postgres: the columns and tables of migration 0008
//! (addresses and opt-in on `users`, `account_links`, `mail_queue`). Only
//! hashes of link secrets reach this file. A link is used once even when
//! two nodes are handed it at the same moment: its row is locked first.

use async_trait::async_trait;
use tokio_postgres::error::SqlState;
use tokio_postgres::{GenericClient, Row};

use super::{now_ms, parse_role, role_name, PostgresStore};
use crate::store::mail::{Attempt, Contact, LinkPurpose, MailStore, NewMail, QueuedMail};
use crate::store::{Result, StoreError, User, UserRole};

const CONTACT: &str = "SELECT id, username, email, report_mail, pending FROM users";

fn contact_row(row: &Row) -> Result<Contact> {
    Ok(Contact {
        user_id: row.try_get(0)?,
        username: row.try_get(1)?,
        email: row.try_get(2)?,
        report_mail: row.try_get(3)?,
        pending: row.try_get(4)?,
    })
}

async fn user_row<C: GenericClient + Sync>(client: &C, id: i64) -> Result<User> {
    let row = client
        .query_one(
            "SELECT username, role, created_at FROM users WHERE id = $1",
            &[&id],
        )
        .await?;
    Ok(User {
        id,
        username: row.try_get(0)?,
        role: parse_role(row.try_get(1)?)?,
        created_at: row.try_get(2)?,
    })
}

/// The address or username is someone else's: a unique violation, said plainly.
fn email_taken(e: tokio_postgres::Error, email: &str) -> StoreError {
    let constraint = e
        .as_db_error()
        .filter(|db| *db.code() == SqlState::UNIQUE_VIOLATION)
        .and_then(|db| db.constraint())
        .unwrap_or_default();
    if constraint.contains("email") {
        StoreError::Conflict(format!("another account has the address {email}"))
    } else if constraint.contains("username") {
        StoreError::Conflict("that username is taken".into())
    } else {
        StoreError::from(e)
    }
}

const QUEUED: &str =
    "SELECT id, kind, recipient, subject, body, attachments, message_id, queued_at,
        attempts, next_attempt_at, last_error, sent_at, failed_at FROM mail_queue";

fn queued_row(row: &Row) -> Result<QueuedMail> {
    let id: i64 = row.try_get(0)?;
    let attachments: &str = row.try_get(5)?;
    Ok(QueuedMail {
        id,
        kind: row.try_get(1)?,
        recipient: row.try_get(2)?,
        subject: row.try_get(3)?,
        body: row.try_get(4)?,
        attachments: serde_json::from_str(attachments)
            .map_err(|e| StoreError::Corrupt(format!("attachments of mail {id}: {e}")))?,
        message_id: row.try_get(6)?,
        queued_at: row.try_get(7)?,
        attempts: super::narrow(row.try_get(8)?, "attempts")?,
        next_attempt_at: row.try_get(9)?,
        last_error: row.try_get(10)?,
        sent_at: row.try_get(11)?,
        failed_at: row.try_get(12)?,
    })
}

/// The unused, unexpired link with this hash and purpose: its account id.
/// With `lock`, the link's row stays locked until the transaction ends.
async fn live_link<C: GenericClient + Sync>(
    client: &C,
    hash: &str,
    purpose: LinkPurpose,
    now: i64,
    lock: bool,
) -> Result<Option<i64>> {
    let sql = if lock {
        "SELECT user_id FROM account_links
         WHERE hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3 FOR UPDATE"
    } else {
        "SELECT user_id FROM account_links
         WHERE hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3"
    };
    client
        .query_opt(sql, &[&hash, &purpose.as_str(), &now])
        .await?
        .map(|row| Ok(row.try_get(0)?))
        .transpose()
}

#[async_trait]
impl MailStore for PostgresStore {
    async fn contact(&self, user_id: i64) -> Result<Option<Contact>> {
        let client = self.client().await?;
        let sql = format!("{CONTACT} WHERE id = $1");
        client
            .query_opt(&sql, &[&user_id])
            .await?
            .map(|row| contact_row(&row))
            .transpose()
    }

    async fn contact_by_email(&self, email: &str) -> Result<Option<Contact>> {
        let client = self.client().await?;
        let sql = format!("{CONTACT} WHERE lower(email) = lower($1)");
        client
            .query_opt(&sql, &[&email])
            .await?
            .map(|row| contact_row(&row))
            .transpose()
    }

    async fn set_contact(
        &self,
        username: &str,
        email: Option<Option<&str>>,
        report_mail: Option<bool>,
    ) -> Result<Contact> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let sql = format!("{CONTACT} WHERE username = $1 FOR UPDATE");
        let found = tx
            .query_opt(&sql, &[&username])
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("no user named {username:?}")))?;
        let user_id: i64 = found.try_get(0)?;
        if let Some(email) = email {
            tx.execute(
                "UPDATE users SET email = $1 WHERE id = $2",
                &[&email, &user_id],
            )
            .await
            .map_err(|e| email_taken(e, email.unwrap_or("")))?;
        }
        if let Some(on) = report_mail {
            tx.execute(
                "UPDATE users SET report_mail = $1 WHERE id = $2",
                &[&on, &user_id],
            )
            .await?;
        }
        let sql = format!("{CONTACT} WHERE id = $1");
        let contact = contact_row(&tx.query_one(&sql, &[&user_id]).await?)?;
        tx.commit().await?;
        Ok(contact)
    }

    async fn create_pending_user(
        &self,
        placeholder: &str,
        role: UserRole,
        email: &str,
    ) -> Result<User> {
        let client = self.client().await?;
        // "!" is no argon2 hash: no password matches it.
        let row = client
            .query_one(
                "INSERT INTO users (username, role, password_hash, created_at, email, pending)
                 VALUES ($1, $2, '!', $3, $4, TRUE) RETURNING id",
                &[&placeholder, &role_name(role), &now_ms(), &email],
            )
            .await
            .map_err(|e| email_taken(e, email))?;
        user_row(&**client, row.try_get(0)?).await
    }

    async fn create_link(
        &self,
        user_id: i64,
        purpose: LinkPurpose,
        hash: &str,
        expires_at: i64,
    ) -> Result<()> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        // A new link of a kind replaces the account's earlier ones.
        tx.execute(
            "DELETE FROM account_links WHERE user_id = $1 AND purpose = $2",
            &[&user_id, &purpose.as_str()],
        )
        .await?;
        tx.execute(
            "INSERT INTO account_links (user_id, purpose, hash, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5)",
            &[&user_id, &purpose.as_str(), &hash, &now_ms(), &expires_at],
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn link_user(&self, hash: &str, purpose: LinkPurpose, now: i64) -> Result<Option<User>> {
        let client = self.client().await?;
        match live_link(&**client, hash, purpose, now, false).await? {
            Some(id) => Ok(Some(user_row(&**client, id).await?)),
            None => Ok(None),
        }
    }

    async fn accept_invite(
        &self,
        hash: &str,
        username: &str,
        password_hash: &str,
        now: i64,
    ) -> Result<Option<User>> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let Some(id) = live_link(&*tx, hash, LinkPurpose::Invite, now, true).await? else {
            return Ok(None);
        };
        tx.execute(
            "UPDATE users SET username = $1, password_hash = $2, pending = FALSE WHERE id = $3",
            &[&username, &password_hash, &id],
        )
        .await
        .map_err(|e| email_taken(e, ""))?;
        tx.execute(
            "UPDATE account_links SET used_at = $1 WHERE hash = $2",
            &[&now, &hash],
        )
        .await?;
        let user = user_row(&*tx, id).await?;
        tx.commit().await?;
        Ok(Some(user))
    }

    async fn use_reset(&self, hash: &str, password_hash: &str, now: i64) -> Result<Option<User>> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let Some(id) = live_link(&*tx, hash, LinkPurpose::Reset, now, true).await? else {
            return Ok(None);
        };
        tx.execute(
            "UPDATE users SET password_hash = $1 WHERE id = $2 AND NOT pending",
            &[&password_hash, &id],
        )
        .await?;
        tx.execute(
            "DELETE FROM tokens WHERE kind = 'session' AND user_id = $1",
            &[&id],
        )
        .await?;
        tx.execute(
            "UPDATE account_links SET used_at = $1 WHERE hash = $2",
            &[&now, &hash],
        )
        .await?;
        let user = user_row(&*tx, id).await?;
        tx.commit().await?;
        Ok(Some(user))
    }

    async fn queue_mail(&self, mail: &NewMail, now: i64) -> Result<i64> {
        let attachments = serde_json::to_string(&mail.attachments)
            .map_err(|e| StoreError::Backend(format!("cannot encode attachments: {e}")))?;
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let added = tx
            .query_opt(
                "INSERT INTO mail_queue (kind, about, recipient, subject, body, attachments,
                                         message_id, queued_at, next_attempt_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
                 ON CONFLICT (kind, about) WHERE about IS NOT NULL DO NOTHING
                 RETURNING id",
                &[
                    &mail.kind,
                    &mail.about,
                    &mail.recipient,
                    &mail.subject,
                    &mail.body,
                    &attachments,
                    &mail.message_id,
                    &now,
                ],
            )
            .await?;
        let id = match added {
            Some(row) => row.try_get(0)?,
            None => tx
                .query_one(
                    "SELECT id FROM mail_queue WHERE kind = $1 AND about = $2",
                    &[&mail.kind, &mail.about],
                )
                .await?
                .try_get(0)?,
        };
        tx.commit().await?;
        Ok(id)
    }

    async fn claim_due_mail(
        &self,
        now: i64,
        lease_until: i64,
        limit: usize,
    ) -> Result<Vec<QueuedMail>> {
        let client = self.client().await?;
        // SKIP LOCKED: a message another node is claiming right now is
        // left to it rather than waited for. The outer SELECT sees the rows
        // as they were before the UPDATE in the same statement: as due.
        let sql = format!(
            "WITH due AS (
                 SELECT id FROM mail_queue
                 WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $1
                 ORDER BY next_attempt_at, id LIMIT $3 FOR UPDATE SKIP LOCKED
             ), moved AS (
                 UPDATE mail_queue m SET next_attempt_at = $2 FROM due WHERE m.id = due.id
                 RETURNING m.id
             )
             SELECT q.* FROM ({QUEUED}) q JOIN moved USING (id)"
        );
        let rows = client
            .query(&sql, &[&now, &lease_until, &(limit as i64)])
            .await?;
        let mut due = rows.iter().map(queued_row).collect::<Result<Vec<_>>>()?;
        due.sort_by_key(|m| (m.next_attempt_at, m.id));
        Ok(due)
    }

    async fn mail_attempted(&self, id: i64, attempt: Attempt, now: i64) -> Result<()> {
        let client = self.client().await?;
        match attempt {
            Attempt::Sent => client
                .execute(
                    "UPDATE mail_queue SET attempts = attempts + 1, sent_at = $1, last_error = NULL
                     WHERE id = $2",
                    &[&now, &id],
                )
                .await?,
            Attempt::Retry { error, at } => {
                client
                    .execute(
                        "UPDATE mail_queue SET attempts = attempts + 1, next_attempt_at = $1,
                            last_error = $2 WHERE id = $3",
                        &[&at, &error, &id],
                    )
                    .await?
            }
            Attempt::GiveUp { error } => client
                .execute(
                    "UPDATE mail_queue SET attempts = attempts + 1, failed_at = $1, last_error = $2
                     WHERE id = $3",
                    &[&now, &error, &id],
                )
                .await?,
        };
        Ok(())
    }

    async fn next_mail_due(&self) -> Result<Option<i64>> {
        let client = self.client().await?;
        Ok(client
            .query_one(
                "SELECT MIN(next_attempt_at) FROM mail_queue
                 WHERE sent_at IS NULL AND failed_at IS NULL",
                &[],
            )
            .await?
            .try_get(0)?)
    }

    async fn list_mail(&self, limit: usize) -> Result<Vec<QueuedMail>> {
        let client = self.client().await?;
        let sql = format!(
            "{QUEUED} ORDER BY (sent_at IS NULL AND failed_at IS NULL) DESC, id DESC LIMIT $1"
        );
        let rows = client.query(&sql, &[&(limit as i64)]).await?;
        rows.iter().map(queued_row).collect()
    }
}
