//! The mail side of the relational store: accounts' addresses and report
//! opt-in, pending (invited) accounts, one-time links (kept only as SHA-256
//! hashes, like tokens) and the durable queue of outgoing mail. What a
//! message says and when it is tried again is decided in `notify::mail`;
//! this trait stores what it is given.

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use super::{Result, User, UserRole};

/// How to reach an account by mail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Contact {
    pub user_id: i64,
    pub username: String,
    pub email: Option<String>,
    /// Mail them the report of each game they finish.
    pub report_mail: bool,
    /// Invited, not yet accepted: cannot sign in.
    pub pending: bool,
}

/// What a one-time link lets its holder do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LinkPurpose {
    /// Choose a username and password for an invited account.
    Invite,
    /// Set a new password.
    Reset,
}

impl LinkPurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            LinkPurpose::Invite => "invite",
            LinkPurpose::Reset => "reset",
        }
    }
}

/// A file sent with a message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    pub name: String,
    pub content_type: String,
    #[serde(with = "base64_bytes", rename = "base64")]
    pub bytes: Vec<u8>,
}

mod base64_bytes {
    use base64::Engine;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&base64::engine::general_purpose::STANDARD.encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let text = String::deserialize(d)?;
        base64::engine::general_purpose::STANDARD
            .decode(text)
            .map_err(serde::de::Error::custom)
    }
}

/// A message to queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMail {
    /// report, invite, reset or test.
    pub kind: String,
    /// What it belongs to (a report: its game's id): a message of the same
    /// kind about the same thing is queued once.
    pub about: Option<String>,
    pub recipient: String,
    pub subject: String,
    /// Plain text.
    pub body: String,
    pub attachments: Vec<Attachment>,
    /// Sent with every attempt, so a receiver can tell a second copy.
    pub message_id: String,
}

/// A queued message as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QueuedMail {
    pub id: i64,
    pub kind: String,
    pub recipient: String,
    pub subject: String,
    #[serde(skip)]
    pub body: String,
    #[serde(skip)]
    pub attachments: Vec<Attachment>,
    pub message_id: String,
    pub queued_at: i64,
    pub attempts: u32,
    pub next_attempt_at: i64,
    pub last_error: Option<String>,
    pub sent_at: Option<i64>,
    pub failed_at: Option<i64>,
}

/// What became of one attempt to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attempt {
    Sent,
    /// Try again at this time (Unix ms).
    Retry {
        error: String,
        at: i64,
    },
    /// Never try again.
    GiveUp {
        error: String,
    },
}

#[async_trait]
pub trait MailStore: Send + Sync {
    /// An account's address and opt-in, by id.
    async fn contact(&self, user_id: i64) -> Result<Option<Contact>>;
    /// The account with this address (compared without case).
    async fn contact_by_email(&self, email: &str) -> Result<Option<Contact>>;
    /// Sets what is `Some`: the address (`Some(None)` removes it) and the
    /// opt-in. `NotFound` if there is no such account, `Conflict` if
    /// another account has the address.
    async fn set_contact(
        &self,
        username: &str,
        email: Option<Option<&str>>,
        report_mail: Option<bool>,
    ) -> Result<Contact>;
    /// Adds an invited account under a placeholder name with `email`; it
    /// cannot sign in until `accept_invite`. `Conflict` if the address is
    /// taken.
    async fn create_pending_user(
        &self,
        placeholder: &str,
        role: UserRole,
        email: &str,
    ) -> Result<User>;

    /// Stores a link's hash for `user_id`, valid until `expires_at`.
    async fn create_link(
        &self,
        user_id: i64,
        purpose: LinkPurpose,
        hash: &str,
        expires_at: i64,
    ) -> Result<()>;
    /// The account a link hash stands for, if it exists, is for `purpose`,
    /// has not expired at `now` and has not been used.
    async fn link_user(&self, hash: &str, purpose: LinkPurpose, now: i64) -> Result<Option<User>>;
    /// Uses an invitation once: names the account, sets its password hash
    /// and makes it able to sign in. `None` if the link is unknown, used
    /// or expired; `Conflict` if the username is taken.
    async fn accept_invite(
        &self,
        hash: &str,
        username: &str,
        password_hash: &str,
        now: i64,
    ) -> Result<Option<User>>;
    /// Uses a reset link once: sets the password hash and ends the
    /// account's sessions. `None` if the link is unknown, used or expired.
    async fn use_reset(&self, hash: &str, password_hash: &str, now: i64) -> Result<Option<User>>;

    /// Queues a message, due at once; returns its id. One of the same kind
    /// about the same thing (`NewMail::about`) queued before is kept
    /// instead, and its id returned.
    async fn queue_mail(&self, mail: &NewMail, now: i64) -> Result<i64>;
    /// Claims up to `limit` messages due at `now` and not sent or given
    /// up: each is moved to `lease_until` before it is returned, so no
    /// other sender takes it meanwhile. Oldest first.
    async fn claim_due_mail(
        &self,
        now: i64,
        lease_until: i64,
        limit: usize,
    ) -> Result<Vec<QueuedMail>>;
    /// Records one attempt at message `id` (and counts it).
    async fn mail_attempted(&self, id: i64, attempt: Attempt, now: i64) -> Result<()>;
    /// When the next unsent message is due, if any.
    async fn next_mail_due(&self) -> Result<Option<i64>>;
    /// Messages not yet sent nor given up on, then the latest others, up
    /// to `limit`, newest first.
    async fn list_mail(&self, limit: usize) -> Result<Vec<QueuedMail>>;
}
