//! REST API under `/api`: quizzes, game creation, results, join QR codes.
//! Every failure becomes an `ApiError` with a JSON body `{"error": "..."}`.

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use tokio::sync::oneshot;

use crate::game::GameOptions;
use crate::store::{FinishedGame, QuizSummary, StoreError};

use super::actor::ActorMsg;
use super::{join_base_url, AppState};

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    BadRequest(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, message) = match &self {
            ApiError::NotFound(m) => (StatusCode::NOT_FOUND, m.clone()),
            ApiError::BadRequest(m) => (StatusCode::BAD_REQUEST, m.clone()),
            ApiError::Store(e) => {
                tracing::error!("store error: {e}");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal error; see the server log".into(),
                )
            }
        };
        (status, Json(serde_json::json!({ "error": message }))).into_response()
    }
}

pub async fn list_quizzes(
    State(state): State<AppState>,
) -> Result<Json<Vec<QuizSummary>>, ApiError> {
    Ok(Json(state.store.list_quizzes().await?))
}

pub async fn get_quiz(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    match state.store.get_quiz(&id).await? {
        Some(quiz) => Ok(Json(quiz).into_response()),
        None => Err(ApiError::NotFound(format!("no quiz with id {id:?}"))),
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewGame {
    pub quiz_id: String,
    /// Seconds the question shows before answers open (0–30).
    #[serde(default)]
    pub intro_secs: Option<u32>,
    #[serde(default)]
    pub streak_bonus: Option<bool>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct CreatedGameBody {
    pub game_id: String,
    pub pin: String,
    pub host_key: String,
    pub join_url: String,
    pub screen_url: String,
}

pub async fn create_game(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<Json<NewGame>, axum::extract::rejection::JsonRejection>,
) -> Result<(StatusCode, Json<CreatedGameBody>), ApiError> {
    let Json(body) = body.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    let quiz = state
        .store
        .get_quiz(&body.quiz_id)
        .await?
        .ok_or_else(|| ApiError::NotFound(format!("no quiz with id {:?}", body.quiz_id)))?;
    let defaults = GameOptions::default();
    let intro_secs = body.intro_secs.unwrap_or(3);
    if intro_secs > 30 {
        return Err(ApiError::BadRequest("intro_secs must be 0-30".into()));
    }
    let options = GameOptions {
        intro_ms: u64::from(intro_secs) * 1000,
        max_players: state.settings.max_players,
        streak_bonus: body.streak_bonus.unwrap_or(defaults.streak_bonus),
    };
    let created = state.registry.create(quiz, options);
    let base = join_base_url(&state.settings, &headers);
    Ok((
        StatusCode::CREATED,
        Json(CreatedGameBody {
            join_url: format!("{base}/join/{}", created.pin),
            screen_url: format!("/screen/{}#key={}", created.pin, created.host_key),
            game_id: created.id,
            pin: created.pin,
            host_key: created.host_key,
        }),
    ))
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Results {
    /// "live" while the game runs, "finished" once it reached the podium.
    pub status: String,
    #[serde(flatten)]
    pub game: FinishedGame,
}

pub async fn results(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Results>, ApiError> {
    if let Some(game) = state.store.finished_game(&id).await? {
        return Ok(Json(Results {
            status: "finished".into(),
            game,
        }));
    }
    if let Some(handle) = state.registry.by_id(&id) {
        let (reply, report) = oneshot::channel();
        if handle.tx.send(ActorMsg::Results { reply }).await.is_ok() {
            if let Ok(game) = report.await {
                return Ok(Json(Results {
                    status: "live".into(),
                    game,
                }));
            }
        }
    }
    Err(ApiError::NotFound(format!("no game with id {id:?}")))
}

/// An SVG QR code of the join link for a PIN (the lobby shows it).
pub async fn join_qr(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(pin): Path<String>,
) -> Result<Response, ApiError> {
    if state.registry.by_pin(&pin).is_none() {
        return Err(ApiError::NotFound(format!("no game with PIN {pin}")));
    }
    let url = format!("{}/join/{pin}", join_base_url(&state.settings, &headers));
    let code = qrcode::QrCode::new(url.as_bytes())
        .map_err(|e| ApiError::BadRequest(format!("cannot encode {url}: {e}")))?;
    let svg = code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(256, 256)
        .quiet_zone(true)
        .build();
    Ok((
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        svg,
    )
        .into_response())
}
