//! Game reports over HTTP: a game's report as JSON and as downloads (CSV,
//! JSON, xlsx), the list of finished games a caller may see, deleting a
//! game's results, and a quiz's report across its games. Who may see a
//! game is decided as for its results (`api::results`): its host or an
//! admin, with the `host` or `export` scope; another's game answers 404.
//! The figures come from `report`; this module only fetches and answers.

use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use tokio::sync::oneshot;

use crate::report::{self, QuizReport, Report, ReportFormat};
use crate::store::{FinishedGame, GameSummary, Scope};

use super::actor::ActorMsg;
use super::api::{visible_quiz, ApiError, READ_QUIZZES};
use super::auth::Principal;
use super::AppState;

/// Reading reports: as reading results.
const READ_REPORTS: &[Scope] = &[Scope::Host, Scope::Export];

/// The game's record, finished or (while it runs) as it stands, if `who`
/// may see it.
async fn game_record(
    state: &AppState,
    who: &Principal,
    id: &str,
) -> Result<FinishedGame, ApiError> {
    who.require(READ_REPORTS)?;
    let missing = || ApiError::NotFound(format!("no game with id {id:?}"));
    if !who.may_run_game(state.store.game_host(id).await?) {
        return Err(missing());
    }
    if let Some(game) = state.store.finished_game(id).await? {
        return Ok(game);
    }
    if let Some(handle) = state.registry.by_id(id) {
        let (reply, record) = oneshot::channel();
        if handle.tx.send(ActorMsg::Results { reply }).await.is_ok() {
            if let Ok(game) = record.await {
                return Ok(game);
            }
        }
    }
    Err(missing())
}

/// `GET /api/games/{game}/report`
pub async fn game_report(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<String>,
) -> Result<Json<Report>, ApiError> {
    let game = game_record(&state, &who, &id).await?;
    Ok(Json(Report::from_finished(&game)))
}

/// `GET /api/games/{game}/report.{csv,json,xlsx}`: the report as a file to
/// save, named `<quiz-id>-<YYYY-MM-DD>-<game>.<ext>`.
pub async fn download(
    State(state): State<AppState>,
    who: Principal,
    Path((id, ext)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let Some(format) = ReportFormat::from_extension(&ext) else {
        return Err(ApiError::NotFound(format!(
            "no report as {ext:?}: report.csv, report.json and report.xlsx are offered"
        )));
    };
    let game = game_record(&state, &who, &id).await?;
    let report = Report::from_finished(&game);
    let bytes = report::write(&report, format).map_err(|e| {
        tracing::error!(game = %id, "{e}");
        ApiError::Store(crate::store::StoreError::Backend(e.to_string()))
    })?;
    let disposition = format!("attachment; filename=\"{}\"", report.file_name(format));
    Ok((
        [
            (header::CONTENT_TYPE, format.content_type().to_string()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        bytes,
    )
        .into_response())
}

/// `GET /api/reports/games`: finished games, newest first; a host's own,
/// every one for an admin.
pub async fn list_games(
    State(state): State<AppState>,
    who: Principal,
) -> Result<Json<Vec<GameSummary>>, ApiError> {
    who.require(READ_REPORTS)?;
    let host = (!who.is_admin()).then_some(who.user.id);
    Ok(Json(state.store.list_finished_games(host).await?))
}

/// `DELETE /api/games/{game}`: deletes a finished game's results (204). A
/// game still open answers 409.
pub async fn delete_game(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    who.require(&[Scope::Host])?;
    let missing = || ApiError::NotFound(format!("no game with id {id:?}"));
    if !who.may_run_game(state.store.game_host(&id).await?) {
        return Err(missing());
    }
    // A game still open (in play, or at its podium) saves its results
    // again when it closes, which would bring deleted ones back.
    if state.registry.by_id(&id).is_some() {
        return Err(ApiError::Store(crate::store::StoreError::Conflict(
            format!("game {id} is still open; its results can be deleted once it has closed"),
        )));
    }
    if state.store.delete_finished_game(&id).await? {
        tracing::info!(game = %id, user = %who.user.username, "game results deleted");
        return Ok(StatusCode::NO_CONTENT);
    }
    Err(missing())
}

/// `GET /api/quizzes/{id}/report`: each question of the quiz across the
/// finished games played with it that the caller may see.
pub async fn quiz_report(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<String>,
) -> Result<Json<QuizReport>, ApiError> {
    who.require(READ_QUIZZES)?;
    let quiz = visible_quiz(&state, &who, &id).await?;
    let mut games = state.store.finished_games_of_quiz(&id).await?;
    if !who.is_admin() {
        let own: std::collections::BTreeSet<String> = state
            .store
            .list_finished_games(Some(who.user.id))
            .await?
            .into_iter()
            .map(|g| g.id)
            .collect();
        games.retain(|g| own.contains(&g.id));
    }
    Ok(Json(QuizReport::from_games(&quiz, &games)))
}
