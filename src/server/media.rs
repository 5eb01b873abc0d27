//! Uploaded media over HTTP. `POST /api/media` takes a picture, sound or
//! video as the raw request body, judges it by its content alone
//! (`crate::media`) and keeps it in the store under its SHA-256.
//! A PNG or JPEG larger than `media.max_image_side` is scaled down first
//! (`media::scale`, on a blocking thread, at most `media.scalers` at once)
//! and the scaled picture is what is stored and served.
//! `GET /media/<sha256>.<ext>` serves it: copied once from the store into
//! a file cache under the data directory (`media-cache/`, rebuilt from the
//! store whenever a file is missing) and served from there by tower-http,
//! which answers Range requests for seeking in sounds and videos. The name
//! is the content, so the response is cacheable forever and its ETag is
//! the hash. Any other `/media/NAME` is a file copied by hand into the data
//! directory's `media/` folder (`assets::media`).

use std::io::Write;
use std::path::{Path as FsPath, PathBuf};
use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::{Extension, Path, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use http_body_util::BodyExt;
use serde::Serialize;
use tokio::sync::Semaphore;
use tower_http::services::ServeFile;

use super::api::ApiError;
use super::auth::Principal;
use super::{assets, AppState};
use crate::media::scale::{self, Prepared, ScaleOptions};
use crate::media::{self, Inspected, MediaError, MediaType};
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
    /// Bytes stored (after scaling).
    pub size: u64,
    pub url: String,
    /// A picture's stored width and height, in pixels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub width: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub height: Option<u64>,
    /// The picture as it was sent, when it was scaled down.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scaled_from: Option<Original>,
}

/// A scaled picture as it was sent.
#[derive(Debug, Serialize)]
pub struct Original {
    pub width: u64,
    pub height: u64,
    pub size: u64,
}

/// The scaling slots the upload route shares: `media.scalers` of them.
#[derive(Clone)]
pub struct Scalers(Arc<Semaphore>);

impl Scalers {
    pub fn new(count: usize) -> Scalers {
        Scalers(Arc::new(Semaphore::new(count.max(1))))
    }
}

/// What is stored of an upload.
struct Ready {
    bytes: Bytes,
    dimensions: Option<(u64, u64)>,
    scaled_from: Option<Original>,
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
    Extension(scalers): Extension<Scalers>,
    who: Principal,
    request: Request,
) -> Result<Response, ApiError> {
    who.require(&[Scope::Host, Scope::Import])?;
    let limits = &state.settings.limits;
    let body = read_within(request, limits.media_bytes).await?;
    let inspected = media::inspect(&body, limits.media_pixels)?;
    let ready = prepare(&state, &scalers, body, inspected).await?;
    let (info, added) = state
        .store
        .put_media(inspected.media_type.mime(), ready.bytes)
        .await?;
    let media_type = MediaType::from_mime(&info.media_type).unwrap_or(inspected.media_type);
    if added {
        tracing::info!(hash = %info.hash, r#type = %info.media_type, size = info.size, scaled = ready.scaled_from.is_some(), user = %who.user.username, "media stored");
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
        width: ready.dimensions.map(|(w, _)| w),
        height: ready.dimensions.map(|(_, h)| h),
        scaled_from: ready.scaled_from,
    };
    Ok((status, Json(uploaded)).into_response())
}

/// The bytes to store: the upload itself, or a large picture scaled down
/// on a blocking thread once a scaling slot is free. Uploads wait for a
/// slot rather than being refused: they come from signed-in hosts, a few
/// at a time, and their bodies are already read.
async fn prepare(
    state: &AppState,
    scalers: &Scalers,
    body: Bytes,
    inspected: Inspected,
) -> Result<Ready, ApiError> {
    let settings = &state.settings.media;
    let options = ScaleOptions {
        max_side: settings.max_image_side,
        jpeg_quality: settings.jpeg_quality,
    };
    let as_sent = |body: Bytes| Ready {
        bytes: body,
        dimensions: inspected.dimensions,
        scaled_from: None,
    };
    if !scale::wanted(&inspected, options.max_side) {
        return Ok(as_sent(body));
    }
    let slot = Arc::clone(&scalers.0)
        .acquire_owned()
        .await
        .expect("the scaling semaphore is never closed");
    let sent = body.clone();
    let prepared = tokio::task::spawn_blocking(move || {
        let _slot = slot;
        scale::scale(&sent, &inspected, options)
    })
    .await
    .map_err(|e| {
        tracing::error!(error = %e, "scaling a picture stopped");
        ApiError::Unprocessable("the picture could not be read".into())
    })??;
    match prepared {
        Prepared::Scaled(scaled) => {
            let (width, height) = inspected.dimensions.unwrap_or_default();
            Ok(Ready {
                dimensions: Some((scaled.width.into(), scaled.height.into())),
                scaled_from: Some(Original {
                    width,
                    height,
                    size: body.len() as u64,
                }),
                bytes: Bytes::from(scaled.bytes),
            })
        }
        Prepared::Kept(why) => {
            tracing::warn!(
                r#type = inspected.media_type.mime(),
                "a large picture is stored as sent: {why}"
            );
            Ok(as_sent(body))
        }
    }
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
