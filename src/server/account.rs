//! The signed-in user's own mail settings (`PATCH /api/me`), and the two
//! one-time links that arrive by mail: a password reset (asked for with
//! `POST /api/password-reset`, used with `/confirm`) and an invitation
//! (`POST /api/invitations/accept`). The links open `/account/reset` and
//! `/account/invite`; their secret is in the fragment, which the page
//! sends here. What the mails say is `notify::mail::links`.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};

use super::api::ApiError;
use super::auth::{self, Principal, MAX_PASSWORD};
use super::limits::{self, ClientIp};
use super::logins::{password_may_travel, Transport};
use super::{now_ms, AppState};
use crate::notify::mail::{self, links};
use crate::store::mail::{Contact, LinkPurpose};
use crate::store::{StoreError, UserRole};

/// What the signed-in user may change of their own account.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeUpdate {
    /// A new address; `null` or `""` removes it.
    #[serde(default, with = "present")]
    pub email: Option<Option<String>>,
    pub report_mail: Option<bool>,
}

/// Tells a field set to `null` from a field left out.
mod present {
    use serde::{Deserialize, Deserializer};

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<Option<String>>, D::Error> {
        Option::<String>::deserialize(d).map(Some)
    }
}

/// An account's mail settings as `GET`/`PATCH /api/me` show them.
#[derive(Debug, Serialize)]
pub struct MailSettingsView {
    pub email: Option<String>,
    pub report_mail: bool,
}

impl From<Contact> for MailSettingsView {
    fn from(c: Contact) -> Self {
        MailSettingsView {
            email: c.email,
            report_mail: c.report_mail,
        }
    }
}

/// `PATCH /api/me`: sets the caller's address and report opt-in; answers
/// with both as they now are.
pub async fn update_me(
    State(state): State<AppState>,
    who: Principal,
    body: Result<Json<MeUpdate>, axum::extract::rejection::JsonRejection>,
) -> Result<Json<MailSettingsView>, ApiError> {
    let Json(update) = body?;
    let email = match update.email {
        None => None,
        Some(None) => Some(None),
        Some(Some(text)) if text.trim().is_empty() => Some(None),
        Some(Some(text)) => Some(Some(
            mail::check_address(&text).map_err(|e| ApiError::BadRequest(e.to_string()))?,
        )),
    };
    let contact = state
        .store
        .set_contact(
            &who.user.username,
            email.as_ref().map(|e| e.as_deref()),
            update.report_mail,
        )
        .await?;
    Ok(Json(contact.into()))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResetRequest {
    /// A username or an address.
    pub who: String,
}

/// What `POST /api/password-reset` always answers, so that it tells no
/// stranger which accounts exist or have an address.
pub const RESET_ANSWER: &str =
    "if that account exists and has a mail address, a link to set a new password is on its way";

/// `POST /api/password-reset`: mails a one-time link, valid for an hour,
/// to the account named by username or address. Always the same answer.
pub async fn request_reset(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    body: Result<Json<ResetRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, ApiError> {
    let Json(body) = body?;
    // Each request may send a mail: counted with sign-ins from the address.
    if let Err(wait) = state.limits.attempt_login(ip) {
        return Err(ApiError::TooMany {
            message: format!(
                "too many requests from this address; try again in {} s",
                limits::retry_after_secs(wait)
            ),
            retry_after: limits::retry_after_secs(wait),
        });
    }
    let Some((outbox, _)) = &state.mail else {
        return Err(ApiError::Unavailable {
            message: "this server sends no mail; ask an admin to set your password".into(),
            retry_after: 3600,
        });
    };
    let base = links::base_url(&state.settings);
    match links::request_reset(outbox, &base, &body.who).await {
        Ok(queued) => tracing::info!(%ip, queued, "password reset asked for"),
        Err(e) => tracing::error!(%ip, "password reset mail not queued: {e}"),
    }
    Ok((
        StatusCode::ACCEPTED,
        Json(serde_json::json!({ "status": RESET_ANSWER })),
    )
        .into_response())
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResetConfirm {
    pub token: String,
    pub password: String,
}

/// `POST /api/password-reset/confirm`: a reset link's secret and the new
/// password. Ends the account's sessions.
pub async fn confirm_reset(
    State(state): State<AppState>,
    how: Transport,
    body: Result<Json<ResetConfirm>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, ApiError> {
    passwords_may_travel(&state, &how)?;
    let Json(body) = body?;
    let hash = hashed_password(body.password).await?;
    let token = auth::token_hash(body.token.trim());
    let done = state
        .store
        .use_reset(&token, &hash, now_ms() as i64)
        .await?;
    let Some(user) = done else {
        return Err(link_unusable());
    };
    state.logins.forget(&user.username);
    tracing::info!(user = %user.username, "password set by reset link");
    Ok(Json(serde_json::json!({ "username": user.username })).into_response())
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InviteAccept {
    pub token: String,
    pub username: String,
    pub password: String,
}

/// `POST /api/invitations/accept`: an invitation's secret, the username
/// chosen and the password. The account can sign in from then on.
pub async fn accept_invite(
    State(state): State<AppState>,
    how: Transport,
    body: Result<Json<InviteAccept>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, ApiError> {
    passwords_may_travel(&state, &how)?;
    let Json(body) = body?;
    let username = auth::check_username(&body.username).map_err(ApiError::BadRequest)?;
    let token = auth::token_hash(body.token.trim());
    // Checked before the slow hash, so a dead link is told at once.
    let now = now_ms() as i64;
    if state
        .store
        .link_user(&token, LinkPurpose::Invite, now)
        .await?
        .is_none()
    {
        return Err(link_unusable());
    }
    if state.store.user_by_name(&username).await?.is_some() {
        return Err(taken(&username));
    }
    let hash = hashed_password(body.password).await?;
    let user = state
        .store
        .accept_invite(&token, &username, &hash, now)
        .await
        .map_err(|e| match e {
            StoreError::Conflict(_) => taken(&username),
            other => other.into(),
        })?
        .ok_or_else(link_unusable)?;
    tracing::info!(user = %user.username, role = ?user.role, "invitation accepted");
    let role = match user.role {
        UserRole::Admin => "admin",
        UserRole::Host => "host",
    };
    Ok(Json(serde_json::json!({ "username": user.username, "role": role })).into_response())
}

fn taken(username: &str) -> ApiError {
    StoreError::Conflict(format!("the username {username} is taken")).into()
}

fn link_unusable() -> ApiError {
    ApiError::BadRequest(
        "this link is not valid: it was used already, has expired, or was replaced by a newer one"
            .into(),
    )
}

/// Passwords are refused over plain HTTP from other machines while HTTPS
/// is on, as for signing in.
fn passwords_may_travel(state: &AppState, how: &Transport) -> Result<(), ApiError> {
    match password_may_travel(&state.settings.auth, &state.settings.tls, how) {
        true => Ok(()),
        false => Err(ApiError::Forbidden(format!(
            "open this link over HTTPS (port {}): passwords are not accepted over plain HTTP \
             from other machines",
            state.settings.tls.listen.port()
        ))),
    }
}

async fn hashed_password(password: String) -> Result<String, ApiError> {
    if password.chars().count() < 8 {
        return Err(ApiError::BadRequest(
            "a password needs at least 8 characters".into(),
        ));
    }
    if password.len() > MAX_PASSWORD {
        return Err(ApiError::BadRequest(format!(
            "a password has at most {MAX_PASSWORD} bytes"
        )));
    }
    tokio::task::spawn_blocking(move || auth::hash_password(&password))
        .await
        .map_err(|e| StoreError::Backend(format!("hashing task failed: {e}")))?
        .map_err(|e| StoreError::Backend(e).into())
}
