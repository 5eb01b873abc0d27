//! `GET /api/quizzes/{id}/export?format=NAME`: the HTTP twin of `quizbox
//! export` for one quiz, so the studio's library can offer a download in
//! every format quizbox writes. The body is the file, with a
//! `Content-Disposition` naming it `ID.EXT`; `Quizbox-Export-Warnings`
//! counts what the format could not hold (the CLI prints each one).
//!
//! Same rights as reading the quiz: the `host` or `export` scope, and
//! another account's quiz answers 404.

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::api::{visible_quiz, ApiError, READ_QUIZZES};
use super::auth::Principal;
use super::AppState;
use crate::quiz::formats::{self, ExportFormat};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportQuery {
    /// An export format's name (`toml` when absent).
    pub format: Option<String>,
}

/// The content type of a file in `format`.
fn content_type(format: ExportFormat) -> &'static str {
    match format {
        ExportFormat::Toml => "application/toml; charset=utf-8",
        ExportFormat::Json => "application/json",
        ExportFormat::Csv => "text/csv; charset=utf-8",
        ExportFormat::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ExportFormat::Gift => "text/plain; charset=utf-8",
        ExportFormat::Bundle => "application/zip",
    }
}

pub async fn export_quiz(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<String>,
    query: Result<Query<ExportQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    who.require(READ_QUIZZES)?;
    let Query(query) = query.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    let name = query.format.unwrap_or_else(|| "toml".into());
    let format = ExportFormat::ALL
        .iter()
        .copied()
        .find(|f| f.name() == name)
        .ok_or_else(|| {
            let known: Vec<&str> = ExportFormat::ALL.iter().map(|f| f.name()).collect();
            ApiError::BadRequest(format!(
                "cannot export as {name:?}; the formats quizbox writes are {}",
                known.join(", ")
            ))
        })?;
    let quiz = visible_quiz(&state, &who, &id).await?;
    let file = format!("{}.{}", quiz.id, format.extension());
    let quizzes = [quiz];
    let media = if format.carries_media() {
        crate::store::media::used_by(state.store.as_ref(), &quizzes).await?
    } else {
        formats::StoredMedia::new()
    };
    // Writing a spreadsheet or a bundle zips it: off the workers that run games.
    let written =
        tokio::task::spawn_blocking(move || formats::write_with_media(format, &quizzes, &media))
            .await
            .map_err(|e| {
                tracing::error!(error = %e, "an export's writer stopped");
                ApiError::BadRequest("the quiz could not be written".into())
            })?;
    let (bytes, warnings) = written.map_err(ApiError::BadRequest)?;
    let mut response = bytes.into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(content_type(format)),
    );
    // Quiz ids are lowercase letters, digits and '-', so the name needs no quoting rules.
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{file}\"")) {
        h.insert(header::CONTENT_DISPOSITION, value);
    }
    h.insert("quizbox-export-warnings", HeaderValue::from(warnings.len()));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}
