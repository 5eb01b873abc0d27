//! Uploaded media over HTTP. `POST /api/media` takes a picture, sound or
//! video as the raw request body, judges it by its content alone
//! (`crate::media`) and keeps it in the store under its SHA-256.
//! `GET /media/<sha256>.<ext>` serves it: copied once from the store into
//! a file cache under the data directory (`media-cache/`, rebuilt from the
//! store whenever a file is missing) and served from there by tower-http,
//! which answers Range requests for seeking in sounds and videos. The name
//! is the content, so the response is cacheable forever and its ETag is
//! the hash. Any other `/media/NAME` is a file copied by hand into the data
//! directory's `media/` folder (`assets::media`).

use std::io::Write;
use std::path::{Path as FsPath, PathBuf};

use axum::body::{Body, Bytes};
use axum::extract::{Path, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use http_body_util::BodyExt;
use serde::Serialize;
use tower_http::services::ServeFile;

use super::api::ApiError;
use super::auth::Principal;
use super::{assets, AppState};
use crate::media::{self, MediaError, MediaType};
use crate::store::Scope;

/// The folder under the data directory that holds served copies.
pub const CACHE_DIR: &str = "media-cache";

const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// What an upload answers.
#[derive(Debug, Serialize)]
pub struct Uploaded {
    pub hash: String,
    #[serde(rename = "type")]
    pub media_type: String,
    pub size: u64,
    pub url: String,
}

impl From<MediaError> for ApiError {
    fn from(e: MediaError) -> Self {
        match e {
            MediaError::Unsupported(m) => ApiError::UnsupportedType(m),
            MediaError::Damaged(m) => ApiError::Unprocessable(m),
            MediaError::TooManyPixels { .. } => ApiError::TooLarge(e.to_string()),
        }
    }
}

/// `POST /api/media`: 201 with what was stored, or 200 with the same when
/// these bytes were stored before. The client's Content-Type and file name
/// play no part.
pub async fn upload(
    State(state): State<AppState>,
    who: Principal,
    request: Request,
) -> Result<Response, ApiError> {
    who.require(&[Scope::Host, Scope::Import])?;
    let limits = &state.settings.limits;
    let body = read_within(request, limits.media_bytes).await?;
    let inspected = media::inspect(&body, limits.media_pixels)?;
    let (info, added) = state
        .store
        .put_media(inspected.media_type.mime(), body)
        .await?;
    let media_type = MediaType::from_mime(&info.media_type).unwrap_or(inspected.media_type);
    if added {
        tracing::info!(hash = %info.hash, r#type = %info.media_type, size = info.size, user = %who.user.username, "media stored");
    }
    let status = if added {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    let uploaded = Uploaded {
        url: media::url(&info.hash, media_type),
        hash: info.hash,
        media_type: info.media_type,
        size: info.size,
    };
    Ok((status, Json(uploaded)).into_response())
}

/// `GET /media/NAME`: stored media by `<sha256>.<ext>`, else a file from
/// the data directory's `media/` folder.
pub async fn serve(
    State(state): State<AppState>,
    Path(name): Path<String>,
    request: Request,
) -> Response {
    let Some((hash, media_type)) = media::parse_name(&name) else {
        return assets::media(State(state), Path(name), request.headers().clone()).await;
    };
    let path = match cached(&state, hash, media_type).await {
        Ok(Some(path)) => path,
        // Not stored (or stored as another type): perhaps a file by hand.
        Ok(None) => {
            return assets::media(State(state), Path(name), request.headers().clone()).await
        }
        Err(e) => {
            tracing::error!(hash, "cannot serve stored media: {e}");
            return ApiError::Unavailable {
                message: "the file cannot be read now".into(),
                retry_after: 5,
            }
            .into_response();
        }
    };
    let etag = format!("\"{hash}\"");
    let mut response = if matches_etag(request.headers(), &etag) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        match ServeFile::new(&path).try_call(request).await {
            Ok(response) => response.map(Body::new),
            Err(e) => {
                tracing::error!(path = %path.display(), "cannot read cached media: {e}");
                return StatusCode::INTERNAL_SERVER_ERROR.into_response();
            }
        }
    };
    let status = response.status();
    let h = response.headers_mut();
    if status.is_success() || status == StatusCode::NOT_MODIFIED {
        h.insert(header::ETAG, HeaderValue::from_str(&etag).expect("hex"));
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static(IMMUTABLE));
    }
    if status.is_success() {
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(media_type.mime()),
        );
        h.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    }
    response
}

/// The request's body, refused with 413 from its Content-Length alone when
/// that is over `limit`, and otherwise as soon as more than `limit` bytes
/// have arrived: never more than `limit` is held.
async fn read_within(request: Request, limit: usize) -> Result<Bytes, ApiError> {
    let too_large = || {
        ApiError::TooLarge(format!(
            "the file is larger than {limit} bytes (the limits.media_bytes setting)"
        ))
    };
    let announced = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if announced.is_some_and(|n| n > limit as u64) {
        return Err(too_large());
    }
    let limited = http_body_util::Limited::new(request.into_body(), limit);
    match limited.collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(e) if e.is::<http_body_util::LengthLimitError>() => Err(too_large()),
        Err(e) => Err(ApiError::BadRequest(format!(
            "the upload did not arrive whole: {e}"
        ))),
    }
}

fn matches_etag(headers: &HeaderMap, etag: &str) -> bool {
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|t| t.trim())
        .any(|t| t == "*" || t == etag || t.strip_prefix("W/") == Some(etag))
}

/// The cached copy of stored media, written from the store when missing;
/// `None` when the store has no such media of that type.
async fn cached(
    state: &AppState,
    hash: &str,
    media_type: MediaType,
) -> Result<Option<PathBuf>, String> {
    let dir = state.settings.data_dir.join(CACHE_DIR);
    let path = dir.join(format!("{hash}.{}", media_type.extension()));
    if tokio::fs::metadata(&path).await.is_ok_and(|m| m.is_file()) {
        return Ok(Some(path));
    }
    let blob = state
        .store
        .get_media(hash)
        .await
        .map_err(|e| e.to_string())?;
    let Some(blob) = blob.filter(|b| MediaType::from_mime(&b.info.media_type) == Some(media_type))
    else {
        return Ok(None);
    };
    tokio::task::spawn_blocking(move || write_cached(&dir, &path, &blob.bytes).map(|()| path))
        .await
        .map_err(|e| e.to_string())?
        .map(Some)
        .map_err(|e| e.to_string())
}

/// Writes under a temporary name, synced, then renamed: a file under its
/// final name is always whole, and two requests writing it at once both
/// leave the same bytes.
fn write_cached(dir: &FsPath, path: &FsPath, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut file = tempfile::NamedTempFile::new_in(dir)?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Removes the cached copy of deleted media, if this data directory has one.
pub fn forget_cached(data_dir: &FsPath, hash: &str, media_type: MediaType) -> std::io::Result<()> {
    let path = data_dir
        .join(CACHE_DIR)
        .join(format!("{hash}.{}", media_type.extension()));
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}
