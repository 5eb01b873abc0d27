//! REST API under `/api`: quizzes, game creation, results, join QR codes.
//! Every failure becomes an `ApiError` with a JSON body `{"error": "..."}`.
//! Creating a game past the limits on live games answers 429.
//!
//! Who may do what: reading quizzes needs the `host` or `export` scope,
//! creating a game `host`, results `host` or `export`; hosts see shared
//! quizzes and their own and the results of games they created, admins
//! everything. Another account's quiz or game answers 404, like one that
//! does not exist, so ids cannot be probed.

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use tokio::sync::oneshot;

use crate::game::{GameOptions, TeamMode, DEFAULT_BREAK_SECS, MAX_BREAK_SECS};
use crate::store::{FinishedGame, ListedQuiz, Scope, StoreError, TeamOutcome};

use super::actor::ActorMsg;
use super::auth::Principal;
use super::limits::{self, ClientIp};
use super::registry::CreateError;
use super::{join_base_url, AppState};

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    BadRequest(String),
    /// No credentials, or ones that are not valid (401).
    #[error("{0}")]
    Unauthorized(String),
    /// Valid credentials without the right (403).
    #[error("{0}")]
    Forbidden(String),
    /// A request body over the size limit (413).
    #[error("{0}")]
    TooLarge(String),
    /// A body of a kind the route does not take (415).
    #[error("{0}")]
    UnsupportedType(String),
    /// A body of the right kind that cannot be used as it is (422).
    #[error("{0}")]
    Unprocessable(String),
    /// Over a limit (429, with `Retry-After`).
    #[error("{message}")]
    TooMany { message: String, retry_after: u64 },
    /// The server cannot do it now (503, with `Retry-After`).
    #[error("{message}")]
    Unavailable { message: String, retry_after: u64 },
    /// Nothing was saved: the store cannot write now (a full or failing
    /// disk). 503 with `Retry-After` and `"code": "storage_unavailable"`,
    /// as a live game refuses an answer it cannot save; the client keeps
    /// what it sent and sends it again.
    #[error("{0}")]
    StorageUnavailable(String),
    /// A body that is JSON but not a valid quiz (422), with every problem.
    #[error("{message}")]
    Invalid {
        message: String,
        problems: Vec<crate::quiz::Problem>,
    },
    /// A change that must say which version it changes (428).
    #[error("{0}")]
    PreconditionRequired(String),
    /// `If-Match` names a version that is no longer current (412, with the
    /// current `ETag`).
    #[error("{message}")]
    PreconditionFailed { message: String, etag: String },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, message) = match &self {
            ApiError::NotFound(m) | ApiError::Store(StoreError::NotFound(m)) => {
                (StatusCode::NOT_FOUND, m.clone())
            }
            ApiError::BadRequest(m) => (StatusCode::BAD_REQUEST, m.clone()),
            ApiError::Unauthorized(m) => (StatusCode::UNAUTHORIZED, m.clone()),
            ApiError::Forbidden(m) => (StatusCode::FORBIDDEN, m.clone()),
            ApiError::TooLarge(m) => (StatusCode::PAYLOAD_TOO_LARGE, m.clone()),
            ApiError::UnsupportedType(m) => (StatusCode::UNSUPPORTED_MEDIA_TYPE, m.clone()),
            ApiError::Unprocessable(m) => (StatusCode::UNPROCESSABLE_ENTITY, m.clone()),
            ApiError::TooMany { message, .. } => (StatusCode::TOO_MANY_REQUESTS, message.clone()),
            ApiError::Unavailable { message, .. } | ApiError::StorageUnavailable(message) => {
                (StatusCode::SERVICE_UNAVAILABLE, message.clone())
            }
            ApiError::Invalid { message, .. } => {
                (StatusCode::UNPROCESSABLE_ENTITY, message.clone())
            }
            ApiError::PreconditionRequired(m) => (StatusCode::PRECONDITION_REQUIRED, m.clone()),
            ApiError::PreconditionFailed { message, .. } => {
                (StatusCode::PRECONDITION_FAILED, message.clone())
            }
            ApiError::Store(StoreError::Conflict(m)) => (StatusCode::CONFLICT, m.clone()),
            ApiError::Store(e) => {
                tracing::error!("store error: {e}");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal error; see the server log".into(),
                )
            }
        };
        let body = match &self {
            ApiError::Invalid { problems, .. } => {
                let problems: Vec<_> = problems
                    .iter()
                    .map(|p| serde_json::json!({ "field": p.field, "message": p.message }))
                    .collect();
                serde_json::json!({ "error": message, "problems": problems })
            }
            ApiError::PreconditionFailed { etag, .. } => {
                serde_json::json!({ "error": message, "etag": etag })
            }
            ApiError::StorageUnavailable(_) => {
                serde_json::json!({ "error": message, "code": "storage_unavailable" })
            }
            _ => serde_json::json!({ "error": message }),
        };
        let mut response = (status, Json(body)).into_response();
        match &self {
            ApiError::Unauthorized(_) => {
                response.headers_mut().insert(
                    header::WWW_AUTHENTICATE,
                    HeaderValue::from_static("Bearer realm=\"quizbox\""),
                );
            }
            ApiError::TooMany { retry_after, .. } | ApiError::Unavailable { retry_after, .. } => {
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from(*retry_after));
            }
            ApiError::StorageUnavailable(_) => {
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from(DISK_RETRY_SECS));
            }
            ApiError::PreconditionFailed { etag, .. } => {
                if let Ok(value) = HeaderValue::from_str(etag) {
                    response.headers_mut().insert(header::ETAG, value);
                }
            }
            _ => {}
        }
        response
    }
}

impl From<axum::extract::rejection::JsonRejection> for ApiError {
    fn from(e: axum::extract::rejection::JsonRejection) -> Self {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::TooLarge(e.body_text())
        } else {
            ApiError::BadRequest(e.body_text())
        }
    }
}

/// Reading quizzes: hosts pick from them, exports copy them.
pub(super) const READ_QUIZZES: &[Scope] = &[Scope::Host, Scope::Export];

pub async fn list_quizzes(
    State(state): State<AppState>,
    who: Principal,
) -> Result<Json<Vec<ListedQuiz>>, ApiError> {
    who.require(READ_QUIZZES)?;
    let listed = state.store.list_quizzes_for(who.quiz_access()).await?;
    Ok(Json(listed.into_iter().map(ListedQuiz::from).collect()))
}

/// The quiz, if it exists and `who` may use it (404 otherwise).
pub(super) async fn visible_quiz(
    state: &AppState,
    who: &Principal,
    id: &str,
) -> Result<crate::quiz::Quiz, ApiError> {
    let missing = || ApiError::NotFound(format!("no quiz with id {id:?}"));
    match state.store.quiz_owner(id).await? {
        Some(owner) if who.may_use_quiz(owner) => {
            state.store.get_quiz(id).await?.ok_or_else(missing)
        }
        _ => Err(missing()),
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
    /// Play the questions in a shuffled order.
    #[serde(default)]
    pub shuffle_questions: Option<bool>,
    /// Shuffle the choices of single, multi and poll questions.
    #[serde(default)]
    pub shuffle_answers: Option<bool>,
    /// Show questions and answers on the big screen only.
    #[serde(default)]
    pub questions_on_screen_only: Option<bool>,
    /// Give players generated nicknames.
    #[serde(default)]
    pub generated_nicknames: Option<bool>,
    /// Let players join after the start (default true).
    #[serde(default)]
    pub late_join: Option<bool>,
    /// Show each reveal and leaderboard this many seconds, then move on
    /// (0–600; 0 or absent: the host moves on).
    #[serde(default)]
    pub auto_advance_secs: Option<u32>,
    /// A quiz in rounds: the break between rounds, in seconds (0–3600; 0:
    /// no break; absent: 60).
    #[serde(default)]
    pub break_secs: Option<u32>,
    /// Team mode: `{"mode": "off" | "device"}` or `{"mode": "auto" |
    /// "pick", "names": [...]}` (2 to 20 team names); absent: off.
    #[serde(default)]
    pub teams: Option<TeamMode>,
    /// The big screen's language, a catalog's tag (`fr`, `zh-CN`); absent
    /// or empty: the presenting browser's own.
    #[serde(default)]
    pub screen_language: Option<String>,
}

/// The longest a reveal or leaderboard may be shown before the game moves
/// on by itself: ten minutes.
const MAX_AUTO_ADVANCE_SECS: u32 = 600;

/// `Retry-After` for a game refused over the limits: a place is free only
/// once some game ends, which takes minutes.
const GAME_ENDS_SECS: u64 = 60;
/// `Retry-After` for what could not be saved on a full or failing disk: a
/// game's writes are retried every few seconds once they fail.
const DISK_RETRY_SECS: u64 = 5;

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
    who: Principal,
    headers: HeaderMap,
    body: Result<Json<NewGame>, axum::extract::rejection::JsonRejection>,
) -> Result<(StatusCode, Json<CreatedGameBody>), ApiError> {
    who.require(&[Scope::Host])?;
    let Json(body) = body?;
    let quiz = visible_quiz(&state, &who, &body.quiz_id).await?;
    let defaults = GameOptions::default();
    let intro_secs = body.intro_secs.unwrap_or(3);
    if intro_secs > 30 {
        return Err(ApiError::BadRequest("intro_secs must be 0-30".into()));
    }
    let auto_advance_secs = body.auto_advance_secs.unwrap_or(0);
    if auto_advance_secs > MAX_AUTO_ADVANCE_SECS {
        return Err(ApiError::BadRequest(format!(
            "auto_advance_secs must be 0-{MAX_AUTO_ADVANCE_SECS}"
        )));
    }
    let break_secs = body.break_secs.unwrap_or(DEFAULT_BREAK_SECS);
    if break_secs > MAX_BREAK_SECS {
        return Err(ApiError::BadRequest(format!(
            "break_secs must be 0-{MAX_BREAK_SECS}"
        )));
    }
    let teams = body.teams.unwrap_or_default();
    teams.check().map_err(ApiError::BadRequest)?;
    let screen_language = match body.screen_language.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(tag) => Some(
            crate::i18n::language(tag)
                .ok_or_else(|| {
                    ApiError::BadRequest(format!(
                        "screen_language must be one of {}",
                        crate::i18n::LANGUAGES
                            .iter()
                            .map(|l| l.tag)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ))
                })?
                .tag
                .to_string(),
        ),
    };
    let options = GameOptions {
        intro_ms: u64::from(intro_secs) * 1000,
        max_players: state.settings.max_players,
        streak_bonus: body.streak_bonus.unwrap_or(defaults.streak_bonus),
        shuffle_questions: body.shuffle_questions.unwrap_or(false),
        shuffle_answers: body.shuffle_answers.unwrap_or(false),
        questions_on_screen_only: body.questions_on_screen_only.unwrap_or(false),
        generated_nicknames: body.generated_nicknames.unwrap_or(false),
        seed: rand::random(),
        blocked_words: state.settings.limits.blocked_skeletons(),
        nickname_marks: state.settings.limits.nickname_marks,
        late_join: body.late_join.unwrap_or(defaults.late_join),
        auto_advance_secs,
        teams,
        break_secs,
        screen_language,
    };
    let created = state
        .registry
        .create(quiz, options, who.user.id)
        .await
        .map_err(|e| match e {
            CreateError::TooMany(_) => ApiError::TooMany {
                message: e.to_string(),
                retry_after: GAME_ENDS_SECS,
            },
            CreateError::NotSaved => ApiError::Unavailable {
                message: e.to_string(),
                retry_after: DISK_RETRY_SECS,
            },
        })?;
    state
        .store
        .record_game_host(&created.id, who.user.id)
        .await?;
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
    /// Team mode: the team standings (each player's team is in `players`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub teams: Vec<TeamOutcome>,
    #[serde(flatten)]
    pub game: FinishedGame,
}

pub async fn results(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<String>,
) -> Result<Json<Results>, ApiError> {
    who.require(&[Scope::Host, Scope::Export])?;
    let missing = || ApiError::NotFound(format!("no game with id {id:?}"));
    if !who.may_run_game(state.store.game_host(&id).await?) {
        return Err(missing());
    }
    if let Some(game) = state.store.finished_game(&id).await? {
        return Ok(Json(Results {
            status: "finished".into(),
            teams: game.team_standings(),
            game,
        }));
    }
    if let Some(handle) = state.registry.by_id(&id) {
        let (reply, report) = oneshot::channel();
        if handle.tx.send(ActorMsg::Results { reply }).await.is_ok() {
            if let Ok(game) = report.await {
                return Ok(Json(Results {
                    status: "live".into(),
                    teams: game.team_standings(),
                    game,
                }));
            }
        }
    }
    Err(missing())
}

/// An SVG QR code of the join link for a PIN (the lobby shows it). Public,
/// like the PIN itself; a wrong PIN counts as a guess.
pub async fn join_qr(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    Path(pin): Path<String>,
) -> Result<Response, ApiError> {
    if let Err(wait) = state.limits.may_guess(ip) {
        return Err(ApiError::TooMany {
            message: "too many wrong PINs from this address".into(),
            retry_after: limits::retry_after_secs(wait),
        });
    }
    if state.registry.by_pin(&pin).is_none() {
        state.limits.wrong_guess(ip);
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
