//! `POST /api/quizzes/import`: the HTTP twin of `quizbox import` for one
//! file. The body is the file's raw bytes; `?format=` overrides detection,
//! `?name=` is the file name used in messages and for ids, `?check=true`
//! validates only, `?strict=true` fails on warnings. The response is the
//! same JSON summary as `quizbox import --json`: 200 when the quizzes were
//! written (or are valid, with `check`), 422 when the input is invalid and
//! nothing was written.

use axum::body::Bytes;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;

use super::api::ApiError;
use super::AppState;
use crate::quiz::formats::batch::Batch;
use crate::quiz::formats::Format;

/// Largest file the route accepts; Kahoot! workbooks with images run to a
/// few MiB, well above the 1 MiB every other route allows.
pub const BODY_LIMIT: usize = 16 * 1024 * 1024;

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
    query: Result<Query<ImportQuery>, QueryRejection>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let Query(query) = query.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    let name = query
        .name
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| "upload".to_string());
    let mut batch = Batch::new();
    batch.add(&name, &body, query.format);
    let mut prepared = batch.finish(query.strict);
    if !prepared.is_ok() {
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Json(prepared.summary)).into_response());
    }
    if !query.check {
        let counts = state
            .store
            .import_quizzes(&prepared.quizzes, "import")
            .await?;
        prepared.record_written(&counts.replaced);
    }
    Ok((StatusCode::OK, Json(prepared.summary)).into_response())
}
