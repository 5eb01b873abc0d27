//! The web pages and their files, embedded in the binary (read from disk in
//! debug builds), and the pictures questions show, from the data directory's
//! `media/` folder. Pages are served with an ETag and gzip; the gzip copy of
//! each file is made once and kept, rather than compressing every response.

use std::collections::HashMap;
use std::io::Write;
use std::sync::{Mutex, OnceLock};

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;

use super::AppState;

#[derive(rust_embed::RustEmbed)]
#[folder = "assets/"]
struct Assets;

/// Quizzes that every install starts with.
#[derive(rust_embed::RustEmbed)]
#[folder = "quizzes/"]
pub struct SampleQuizzes;

pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "json" | "webmanifest" => "application/json",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn gzip_cache() -> &'static Mutex<HashMap<String, Bytes>> {
    static CACHE: OnceLock<Mutex<HashMap<String, Bytes>>> = OnceLock::new();
    CACHE.get_or_init(Default::default)
}

fn gzipped(path: &str, etag: &str, data: &[u8]) -> Bytes {
    let key = format!("{path}@{etag}");
    if let Some(hit) = gzip_cache().lock().expect("gzip cache").get(&key) {
        return hit.clone();
    }
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(data).expect("writing to memory");
    let bytes = Bytes::from(encoder.finish().expect("writing to memory"));
    gzip_cache()
        .lock()
        .expect("gzip cache")
        .insert(key, bytes.clone());
    bytes
}

/// Serves one embedded file, honouring If-None-Match and Accept-Encoding.
/// `i18n/LANG.json` is a language's catalog of the player page and the big
/// screen, `i18n/SET/LANG.json` its catalog in another set (the host's
/// pages), each made from its Fluent file.
pub fn serve_file(path: &str, headers: &HeaderMap) -> Response {
    let not_found = || (StatusCode::NOT_FOUND, "not found").into_response();
    // Embedded files carry their hash; a catalog's JSON is hashed when made.
    let catalog = path
        .strip_prefix("i18n/")
        .and_then(|p| p.strip_suffix(".json"))
        .map(|name| name.rsplit_once('/').unwrap_or((crate::i18n::PAGES, name)));
    let (data, hash): (std::borrow::Cow<'static, [u8]>, [u8; 32]) = match catalog {
        Some((set, tag)) => match crate::i18n::catalog_json(set, tag) {
            Some(json) => {
                let hash = <sha2::Sha256 as sha2::Digest>::digest(&json).into();
                (json.into(), hash)
            }
            None => return not_found(),
        },
        None => match Assets::get(path) {
            Some(file) => (file.data, file.metadata.sha256_hash()),
            None => return not_found(),
        },
    };
    let etag = format!(
        "\"{}\"",
        hash[..12]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    );
    let mut response = if headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag))
    {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let accepts_gzip = headers
            .get(header::ACCEPT_ENCODING)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("gzip"));
        let compressible = !path.ends_with(".png") && data.len() > 512;
        let mut response = if accepts_gzip && compressible {
            let mut r = Body::from(gzipped(path, &etag, &data)).into_response();
            r.headers_mut()
                .insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
            r
        } else {
            Body::from(Bytes::from(data.into_owned())).into_response()
        };
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(content_type(path)),
        );
        response
    };
    let h = response.headers_mut();
    h.insert(
        header::ETAG,
        HeaderValue::from_str(&etag).expect("hex etag"),
    );
    // File names carry no hash, so clients revalidate (cheap 304s) instead of
    // caching blindly across upgrades.
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    response
}

pub async fn asset(Path(path): Path<String>, headers: HeaderMap) -> Response {
    serve_file(&path, &headers)
}

pub async fn join_page(headers: HeaderMap) -> Response {
    serve_file("index.html", &headers)
}

pub async fn join_pin_page(Path(_pin): Path<String>, headers: HeaderMap) -> Response {
    serve_file("index.html", &headers)
}

pub async fn host_page(headers: HeaderMap) -> Response {
    serve_file("host.html", &headers)
}

/// `/studio`: the quiz library of signed-in hosts.
pub async fn studio_page(headers: HeaderMap) -> Response {
    serve_file("studio.html", &headers)
}

/// `/studio/new`: the editor with an empty quiz.
pub async fn studio_editor_page(headers: HeaderMap) -> Response {
    serve_file("studio-edit.html", &headers)
}

/// `/studio/edit/ID`: the editor with a stored quiz; the page reads the id
/// from its address.
pub async fn studio_quiz_page(Path(_id): Path<String>, headers: HeaderMap) -> Response {
    serve_file("studio-edit.html", &headers)
}

/// `/reports`: the finished games of signed-in hosts.
pub async fn reports_page(headers: HeaderMap) -> Response {
    serve_file("reports.html", &headers)
}

/// `/reports/GAME`: one game's report; the page reads the id from its
/// address.
pub async fn report_page(Path(_game): Path<String>, headers: HeaderMap) -> Response {
    serve_file("report.html", &headers)
}

/// `/assignments`: a host's self-paced assignments and their results.
pub async fn assignments_page(headers: HeaderMap) -> Response {
    serve_file("assignments.html", &headers)
}

/// `/a/CODE`: a self-paced assignment for players; the page reads the code
/// from its address.
pub async fn assignment_page(Path(_code): Path<String>, headers: HeaderMap) -> Response {
    serve_file("assignment.html", &headers)
}

pub async fn screen_page(Path(_pin): Path<String>, headers: HeaderMap) -> Response {
    serve_file("screen.html", &headers)
}

/// `/account/invite` and `/account/reset`: where the links that arrive by
/// mail lead (the page reads which from its address, the secret from `#`).
pub async fn account_page(Path(page): Path<String>, headers: HeaderMap) -> Response {
    match page.as_str() {
        "invite" | "reset" => serve_file("account.html", &headers),
        _ => StatusCode::NOT_FOUND.into_response(),
    }
}

/// Largest media file served. Question pictures are far smaller, and files
/// are read whole: one route for small pictures does not warrant a
/// file-serving dependency with range requests.
const MEDIA_MAX_BYTES: u64 = 16 * 1024 * 1024;

/// The content type of a media file by its extension; only pictures the
/// pages can show are served.
fn media_type(name: &str) -> Option<&'static str> {
    let (_, ext) = name.rsplit_once('.')?;
    Some(match ext.to_ascii_lowercase().as_str() {
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "svg" => "image/svg+xml",
        _ => return None,
    })
}

/// A plain file name: ASCII letters, digits, `-`, `_` and dots, not starting
/// with a dot. No separators, so nothing outside `media/` can be named.
pub fn is_media_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 200
        && !name.starts_with('.')
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
}

/// `GET /media/NAME`: a picture from the data directory's `media/` folder,
/// for questions whose `media` is `/media/NAME`. Public, like the pages that
/// show it; anything else answers 404.
pub async fn media(
    State(state): State<AppState>,
    Path(name): Path<String>,
    headers: HeaderMap,
) -> Response {
    let not_found = || (StatusCode::NOT_FOUND, "not found").into_response();
    let Some(content_type) = media_type(&name).filter(|_| is_media_name(&name)) else {
        return not_found();
    };
    let path = state.settings.data_dir.join("media").join(&name);
    // The runtime has no async file IO; reading a small file blocks briefly.
    let read =
        tokio::task::spawn_blocking(move || -> std::io::Result<Option<(String, Vec<u8>)>> {
            let meta = std::fs::metadata(&path)?;
            if !meta.is_file() || meta.len() > MEDIA_MAX_BYTES {
                return Ok(None);
            }
            let modified = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_millis());
            let etag = format!("\"m{:x}-{:x}\"", meta.len(), modified);
            Ok(Some((etag, std::fs::read(&path)?)))
        })
        .await;
    let (etag, data) = match read {
        Ok(Ok(Some(found))) => found,
        Ok(Ok(None)) => return not_found(),
        Ok(Err(e)) if e.kind() == std::io::ErrorKind::NotFound => return not_found(),
        Ok(Err(e)) => {
            tracing::warn!("media file {name}: {e}");
            return not_found();
        }
        Err(e) => {
            tracing::error!("media read task: {e}");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let fresh = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag));
    let mut response = if fresh {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let mut r = Body::from(data).into_response();
        r.headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
        r
    };
    let h = response.headers_mut();
    h.insert(
        header::ETAG,
        HeaderValue::from_str(&etag).expect("hex etag"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

/// Adds the security headers every response carries.
pub async fn security_headers(mut response: Response) -> Response {
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_names_stay_inside_the_media_folder() {
        for good in ["rings.jpg", "Saturn_2-b.PNG", "a.b.webp"] {
            assert!(is_media_name(good), "{good}");
            assert!(media_type(good).is_some(), "{good}");
        }
        for bad in [
            "",
            "../quizbox.db",
            "a/b.png",
            "..png",
            ".hidden.png",
            "a\\b.png",
            "ü.png",
            "x.png\0",
        ] {
            assert!(!is_media_name(bad), "{bad:?}");
        }
        for unserved in ["quizbox.db", "notes.txt", "page.html", "noext"] {
            assert!(media_type(unserved).is_none(), "{unserved}");
        }
    }
}
