//! The web pages and their files, embedded in the binary (read from disk in
//! debug builds). Served with an ETag and gzip; the gzip copy of each file is
//! made once and kept, rather than compressing every response.

use std::collections::HashMap;
use std::io::Write;
use std::sync::{Mutex, OnceLock};

use axum::body::Body;
use axum::extract::Path;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;

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
pub fn serve_file(path: &str, headers: &HeaderMap) -> Response {
    let Some(file) = Assets::get(path) else {
        return (StatusCode::NOT_FOUND, "not found").into_response();
    };
    let hash = file.metadata.sha256_hash();
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
        let compressible = !path.ends_with(".png") && file.data.len() > 512;
        let mut response = if accepts_gzip && compressible {
            let mut r = Body::from(gzipped(path, &etag, &file.data)).into_response();
            r.headers_mut()
                .insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
            r
        } else {
            Body::from(Bytes::from(file.data.into_owned())).into_response()
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

pub async fn screen_page(Path(_pin): Path<String>, headers: HeaderMap) -> Response {
    serve_file("screen.html", &headers)
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
