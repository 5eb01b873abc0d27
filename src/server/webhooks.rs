//! `GET/POST /api/webhooks`, `DELETE /api/webhooks/{id}` and
//! `GET /api/webhooks/deliveries`: the webhooks an admin adds at run time,
//! and the delivery log. Admins only: a webhook sends game events to any
//! address, and its secret signs them.

use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use serde::{Deserialize, Serialize};

use super::api::ApiError;
use super::auth::Principal;
use super::AppState;
use crate::notify::webhooks::{check_url, new_secret, parse_events};
use crate::store::{DeliveryRecord, NewWebhook, Webhook};

/// Deliveries the log shows unless `?limit=` says otherwise, and at most.
pub const DELIVERIES_SHOWN: usize = 100;
pub const DELIVERIES_MAX: usize = 1000;

fn admin_only(who: &Principal) -> Result<(), ApiError> {
    if who.is_admin() {
        Ok(())
    } else {
        Err(ApiError::Forbidden(
            "only an admin may manage webhooks".into(),
        ))
    }
}

pub async fn list(
    State(state): State<AppState>,
    who: Principal,
) -> Result<Json<Vec<Webhook>>, ApiError> {
    admin_only(&who)?;
    Ok(Json(state.store.webhooks().await?))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AddWebhook {
    pub url: String,
    /// Event names; absent or empty: every event.
    #[serde(default)]
    pub events: Vec<String>,
    /// The shared secret; absent: one is made and returned.
    #[serde(default)]
    pub secret: Option<String>,
}

/// A webhook just added, with its secret: the only time it is shown.
#[derive(Debug, Serialize)]
pub struct Added {
    #[serde(flatten)]
    pub webhook: Webhook,
    pub secret: String,
}

pub async fn add(
    State(state): State<AppState>,
    who: Principal,
    body: Result<Json<AddWebhook>, JsonRejection>,
) -> Result<(StatusCode, Json<Added>), ApiError> {
    admin_only(&who)?;
    let Json(body) = body?;
    let bad = |e: crate::notify::webhooks::WebhookError| ApiError::Unprocessable(e.to_string());
    check_url(&body.url).map_err(bad)?;
    let events = parse_events(&body.events.join(",")).map_err(bad)?;
    let secret = match body.secret {
        Some(secret) if secret.trim().is_empty() => {
            return Err(bad(crate::notify::webhooks::WebhookError::EmptySecret))
        }
        Some(secret) => secret,
        None => new_secret(),
    };
    let webhook = state
        .store
        .add_webhook(&NewWebhook {
            url: body.url.trim().to_string(),
            events,
            secret,
        })
        .await?;
    tracing::info!(webhook = webhook.id, url = %webhook.url, by = %who.user.username, "webhook added");
    let secret = webhook.secret.clone();
    Ok((StatusCode::CREATED, Json(Added { webhook, secret })))
}

pub async fn remove(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    admin_only(&who)?;
    if !state.store.remove_webhook(id).await? {
        return Err(ApiError::NotFound(format!("no webhook {id}")));
    }
    tracing::info!(webhook = id, by = %who.user.username, "webhook removed");
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize)]
pub struct DeliveriesQuery {
    pub limit: Option<usize>,
}

pub async fn deliveries(
    State(state): State<AppState>,
    who: Principal,
    query: Result<Query<DeliveriesQuery>, QueryRejection>,
) -> Result<Json<Vec<DeliveryRecord>>, ApiError> {
    admin_only(&who)?;
    let Query(query) = query.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    let limit = query
        .limit
        .unwrap_or(DELIVERIES_SHOWN)
        .clamp(1, DELIVERIES_MAX);
    Ok(Json(state.store.deliveries(limit).await?))
}
