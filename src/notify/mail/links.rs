//! One-time links by mail: an invitation to a new account (choose a
//! username and password) and a password reset. The secret travels only
//! in the mail, after `#` in the link so that it never reaches a server
//! log or a `Referer`; the store keeps its SHA-256, like a token's. A new
//! link replaces the account's earlier link of that kind; each one works
//! once.

use std::time::Duration;

use super::{MailError, Outbox};
use crate::config::Settings;
use crate::server::auth;
use crate::store::mail::LinkPurpose;
use crate::store::{User, UserRole};

/// How long an invitation can be accepted.
pub const INVITE_VALID: Duration = Duration::from_secs(7 * 24 * 3600);
/// How long a password-reset link works.
pub const RESET_VALID: Duration = Duration::from_secs(3600);

/// The address links point at: `public_url`, else this machine's first LAN
/// address on the listen port. Never the `Host` a request came with: a
/// stranger could name their own server there and receive the secret.
pub fn base_url(settings: &Settings) -> String {
    if let Some(url) = &settings.public_url {
        return url.trim_end_matches('/').to_string();
    }
    let port = settings.listen.port();
    let ip = settings.listen.ip();
    let host = match (ip.is_unspecified(), crate::server::lan_addresses().first()) {
        (true, Some(lan)) => lan.to_string(),
        (true, None) => "localhost".to_string(),
        (false, _) => match ip {
            std::net::IpAddr::V6(v6) => format!("[{v6}]"),
            std::net::IpAddr::V4(v4) => v4.to_string(),
        },
    };
    format!("http://{host}:{port}")
}

/// A new one-time link for `user`, stored hashed: the link itself.
async fn new_link(
    outbox: &Outbox,
    base: &str,
    user: i64,
    purpose: LinkPurpose,
    valid: Duration,
) -> Result<String, MailError> {
    let secret = auth::new_token();
    let expires_at = crate::server::now_ms() as i64 + valid.as_millis() as i64;
    outbox
        .store()
        .create_link(user, purpose, &auth::token_hash(&secret), expires_at)
        .await?;
    let page = match purpose {
        LinkPurpose::Invite => "invite",
        LinkPurpose::Reset => "reset",
    };
    Ok(format!("{base}/account/{page}#{secret}"))
}

/// Adds a pending account for `email` with `role` and queues its
/// invitation. Returns the account (under a placeholder name until it is
/// accepted) and the queued message's id.
pub async fn invite(
    outbox: &Outbox,
    base: &str,
    email: &str,
    role: UserRole,
) -> Result<(User, i64), MailError> {
    let email = super::check_address(email)?;
    let placeholder = format!("invited-{:08x}", rand::random::<u32>());
    let user = outbox
        .store()
        .create_pending_user(&placeholder, role, &email)
        .await?;
    let link = new_link(outbox, base, user.id, LinkPurpose::Invite, INVITE_VALID).await?;
    let role = match role {
        UserRole::Admin => "an admin",
        UserRole::Host => "a host",
    };
    let body = format!(
        "You are invited to run quizzes on quizbox, as {role}.\n\n\
         Choose your username and password here (the link works once, for 7 days):\n\
         {link}\n\n\
         If you did not expect this, ignore this mail: nothing happens without you.\n"
    );
    let id = outbox
        .queue(
            "invite",
            None,
            &email,
            "Your quizbox invitation",
            body,
            Vec::new(),
        )
        .await?;
    Ok((user, id))
}

/// Queues a password-reset link for the account named by `who` (a
/// username or an address), if there is one with an address. Returns
/// whether a mail was queued; callers answering a stranger must not tell.
pub async fn request_reset(outbox: &Outbox, base: &str, who: &str) -> Result<bool, MailError> {
    let who = who.trim();
    let store = outbox.store();
    let contact = match who.contains('@') {
        true => store.contact_by_email(who).await?,
        false => match store.user_by_name(&who.to_lowercase()).await? {
            Some((user, _)) => store.contact(user.id).await?,
            None => None,
        },
    };
    let Some(contact) = contact.filter(|c| !c.pending) else {
        return Ok(false);
    };
    let Some(email) = contact.email.clone() else {
        return Ok(false);
    };
    let link = new_link(
        outbox,
        base,
        contact.user_id,
        LinkPurpose::Reset,
        RESET_VALID,
    )
    .await?;
    let body = format!(
        "Someone asked to set a new password for the quizbox account {name}.\n\n\
         Set it here (the link works once, for 1 hour):\n{link}\n\n\
         If it was not you, ignore this mail: your password stays as it is.\n",
        name = contact.username
    );
    outbox
        .queue(
            "reset",
            None,
            &email,
            "Set a new quizbox password",
            body,
            Vec::new(),
        )
        .await?;
    Ok(true)
}
