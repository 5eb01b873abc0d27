//! `POST /api/quizzes/import`: the HTTP twin of `quizbox import` for one
//! file. The body is the file's raw bytes; `?format=` overrides detection,
//! `?name=` is the file name used in messages and for ids, `?check=true`
//! validates only, `?strict=true` fails on warnings. The response is the
//! same JSON summary as `quizbox import --json`: 200 when the quizzes were
//! written (or are valid, with `check`), 422 when the input is invalid and
//! nothing was written. Media that came with the file (a bundle's, or
//! pictures a Moodle XML file embeds) was checked while parsing as
//! `POST /api/media` checks an upload, and is stored before the quizzes.
//!
//! A file over `limits.import_bytes` is refused with 413 unless it is a
//! quiz bundle, which may be as large as `import.bundle_bytes`.
//!
//! Parsing runs on a blocking thread, never on the workers that serve the
//! games, and at most `import.parsers` files are parsed at once; one more
//! is refused with 429 rather than queued, so a burst of uploads cannot
//! hold memory waiting its turn.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Extension, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use tokio::sync::Semaphore;

use super::api::ApiError;
use super::auth::Principal;
use super::AppState;
use crate::quiz::formats::batch::Batch;
use crate::quiz::formats::budget::show_bytes;
use crate::quiz::formats::{Format, MediaLimits};
use crate::store::Scope;

/// Default for the largest file the route accepts (`limits.import_bytes`);
/// Kahoot! workbooks with images run to a few MiB, well above the 1 MiB
/// every other route allows. A quiz bundle may be larger still
/// (`ImportLimits::bundle_limit`), so that its media may each be as large
/// as an upload.
pub const BODY_LIMIT: usize = 16 * 1024 * 1024;

/// The parsing slots the import route shares: `import.parsers` of them.
#[derive(Clone)]
pub struct Parsers(Arc<Semaphore>);

impl Parsers {
    pub fn new(count: usize) -> Parsers {
        Parsers(Arc::new(Semaphore::new(count.max(1))))
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportQuery {
    pub format: Option<Format>,
    pub name: Option<String>,
    #[serde(default)]
    pub check: bool,
    #[serde(default)]
    pub strict: bool,
}

pub async fn import(
    State(state): State<AppState>,
    Extension(parsers): Extension<Parsers>,
    who: Principal,
    query: Result<Query<ImportQuery>, QueryRejection>,
    body: Bytes,
) -> Result<Response, ApiError> {
    who.require(&[Scope::Import])?;
    let Query(query) = query.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    let name = query
        .name
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| "upload".to_string());
    let Ok(slot) = Arc::clone(&parsers.0).try_acquire_owned() else {
        return Err(ApiError::TooMany {
            message: format!(
                "the server is already reading {} imported files; try again in a moment",
                state.settings.import.parsers
            ),
            retry_after: 1,
        });
    };
    let limits = state.settings.import.clone();
    let media_limits = MediaLimits::of(&state.settings.limits);
    let (format, strict) = (query.format, query.strict);
    let most = state.settings.limits.import_bytes;
    if body.len() > most && format.or_else(|| Format::detect(&name, &body)) != Some(Format::Bundle)
    {
        return Err(ApiError::TooLarge(format!(
            "the file is larger than {} (the limits.import_bytes setting); only a quiz bundle \
             (.zip) may be larger, up to {} (the import.bundle_bytes setting)",
            show_bytes(most as u64),
            show_bytes(limits.bundle_limit(media_limits.bytes))
        )));
    }
    let mut prepared = tokio::task::spawn_blocking(move || {
        let _slot = slot;
        let mut batch = Batch::within(limits).with_media_limits(media_limits);
        batch.add(&name, &body, format);
        batch.finish(strict)
    })
    .await
    .map_err(|e| {
        tracing::error!(error = %e, "an import's parser stopped");
        ApiError::BadRequest("the file could not be read".into())
    })?;
    if !prepared.is_ok() {
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Json(prepared.summary)).into_response());
    }
    if !query.check {
        hide_others_quizzes(&state, &who, &prepared.quizzes).await?;
        // Media first: a quiz is never stored pointing at media that is not.
        for file in std::mem::take(&mut prepared.media) {
            let (info, added) = state
                .store
                .put_media(file.media_type.mime(), file.bytes.into())
                .await?;
            if added {
                tracing::info!(hash = %info.hash, r#type = %info.media_type, size = info.size, user = %who.user.username, "media stored from an import");
            }
        }
        // New quizzes belong to the importer; only admins replace others'.
        let counts = state
            .store
            .import_quizzes_owned(&prepared.quizzes, "import", who.user.id, who.is_admin())
            .await?;
        prepared.record_written(&counts.replaced);
    }
    Ok((StatusCode::OK, Json(prepared.summary)).into_response())
}

/// Another host's quiz answers 404 to GET, as if it did not exist; an
/// import over its id must not tell otherwise. (A shared quiz is visible to
/// everyone, so the store's 409 for it reveals nothing.)
async fn hide_others_quizzes(
    state: &AppState,
    who: &Principal,
    quizzes: &[crate::quiz::Quiz],
) -> Result<(), ApiError> {
    if who.is_admin() {
        return Ok(());
    }
    for quiz in quizzes {
        if let Some(Some(owner)) = state.store.quiz_owner(&quiz.id).await? {
            if owner != who.user.id {
                return Err(ApiError::NotFound(format!(
                    "no quiz with id {:?} of yours to replace; give yours another id",
                    quiz.id
                )));
            }
        }
    }
    Ok(())
}
