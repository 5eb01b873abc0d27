//! Uploaded media against an in-process server over real HTTP: stored once
//! per content, served with its hash as ETag, Range requests for seeking,
//! the type judged from the content alone, size and pixel limits, scopes,
//! and `quizbox media gc` removing only what nothing uses (no quiz, no
//! assignment, no running game) and was not stored within its grace period.

mod common;

use bytes::Bytes;
use common::command::{output, quizbox};
use common::media_files::{mp3, sha256, PNG_1X1};
use common::{settings_for, TestServer, REQUEST_LIMIT};
use hyper::{HeaderMap, Method};
use quizbox::client::{Call, Server};
use quizbox::server::auth;
use quizbox::store::{Scope, Store, TokenKind, UserRole};
use serde_json::Value;

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for b in bytes {
        crc ^= u32::from(*b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// The 1x1 PNG with its IHDR saying `width` x `height` (and a CRC that
/// agrees): a valid header over one pixel of data.
fn png_declaring(width: u32, height: u32) -> Vec<u8> {
    let mut png = PNG_1X1.to_vec();
    png[16..20].copy_from_slice(&width.to_be_bytes());
    png[20..24].copy_from_slice(&height.to_be_bytes());
    let crc = crc32(&png[12..29]);
    png[29..33].copy_from_slice(&crc.to_be_bytes());
    png
}

/// One request with a binary body; status, headers, body.
async fn request(
    server: &TestServer,
    method: Method,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<Vec<u8>>,
) -> (u16, HeaderMap, Bytes) {
    let mut call = Call::new(method, path).within(REQUEST_LIMIT);
    for (name, value) in headers {
        call = call.header(*name, *value);
    }
    if let Some(body) = body {
        call = call.body(body);
    }
    let reply = Server::at(server.addr, None).request(call).await.unwrap();
    (reply.status, reply.headers, reply.body)
}

/// `POST /api/media` as `token` with this Content-Type (none: not sent).
async fn upload_as(
    server: &TestServer,
    token: Option<&str>,
    content_type: Option<&str>,
    bytes: &[u8],
) -> (u16, Value) {
    let auth = token.map(|t| format!("Bearer {t}"));
    let mut headers = Vec::new();
    if let Some(auth) = &auth {
        headers.push(("Authorization", auth.as_str()));
    }
    if let Some(content_type) = content_type {
        headers.push(("Content-Type", content_type));
    }
    let (status, _, body) = request(
        server,
        Method::POST,
        "/api/media",
        &headers,
        Some(bytes.to_vec()),
    )
    .await;
    (status, serde_json::from_slice(&body).unwrap_or(Value::Null))
}

async fn upload(server: &TestServer, bytes: &[u8]) -> (u16, Value) {
    upload_as(server, Some(&server.token), None, bytes).await
}

async fn get(server: &TestServer, path: &str, headers: &[(&str, &str)]) -> (u16, HeaderMap, Bytes) {
    request(server, Method::GET, path, headers, None).await
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> &'a str {
    headers
        .get(name)
        .unwrap_or_else(|| panic!("no {name} header in {headers:?}"))
        .to_str()
        .unwrap()
}

async fn store_of(server: &TestServer) -> std::sync::Arc<dyn Store> {
    let settings = settings_for(server.dir.path());
    quizbox::store::open(&settings.database).await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_bytes_are_stored_once_and_served_under_their_hash() {
    let server = TestServer::start().await;
    let hash = sha256(PNG_1X1);
    let (status, first) = upload_as(&server, Some(&server.token), Some("image/png"), PNG_1X1).await;
    assert_eq!(status, 201, "{first}");
    assert_eq!(
        first,
        serde_json::json!({
            "hash": hash,
            "type": "image/png",
            "size": PNG_1X1.len(),
            "url": format!("/media/{hash}.png"),
            "width": 1,
            "height": 1,
        })
    );
    // Again, under another Content-Type: the same blob, not a new one.
    let (status, again) = upload_as(
        &server,
        Some(&server.token),
        Some("application/octet-stream"),
        PNG_1X1,
    )
    .await;
    assert_eq!(status, 200, "{again}");
    assert_eq!(again, first);
    let (status, sound) = upload(&server, &mp3(3)).await;
    assert_eq!(status, 201, "{sound}");
    assert_eq!(sound["type"], "audio/mpeg");
    assert_eq!(
        sound["url"],
        format!("/media/{}.mp3", sha256(&mp3(3))).as_str()
    );

    let store = store_of(&server).await;
    let stored = store.list_media().await.unwrap();
    assert_eq!(stored.len(), 2, "{stored:?}");
    assert_eq!(stored[0].hash, hash);

    let url = first["url"].as_str().unwrap();
    let (status, headers, body) = get(&server, url, &[]).await;
    assert_eq!(status, 200);
    assert_eq!(&body[..], PNG_1X1);
    assert_eq!(header(&headers, "content-type"), "image/png");
    assert_eq!(header(&headers, "etag"), format!("\"{hash}\""));
    assert_eq!(
        header(&headers, "cache-control"),
        "public, max-age=31536000, immutable"
    );
    assert_eq!(header(&headers, "accept-ranges"), "bytes");
    assert_eq!(header(&headers, "x-content-type-options"), "nosniff");
    // Served from the file cache, and again once that copy is gone.
    let cached = server
        .dir
        .path()
        .join("media-cache")
        .join(format!("{hash}.png"));
    assert_eq!(std::fs::read(&cached).unwrap(), PNG_1X1);
    std::fs::remove_file(&cached).unwrap();
    let (status, _, body) = get(&server, url, &[]).await;
    assert_eq!((status, &body[..]), (200, PNG_1X1));

    // The hash under another type's extension, and an unknown hash: 404.
    let (status, _, _) = get(&server, &format!("/media/{hash}.gif"), &[]).await;
    assert_eq!(status, 404);
    let (status, _, _) = get(&server, &format!("/media/{}.png", "0".repeat(64)), &[]).await;
    assert_eq!(status, 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_range_request_gets_exactly_the_asked_bytes() {
    let server = TestServer::start().await;
    // Over 2 MiB: larger than the 1 MiB other routes take.
    let sound = mp3(5100);
    let len = sound.len();
    assert!(len > 2 << 20);
    let (status, stored) = upload(&server, &sound).await;
    assert_eq!(status, 201, "{stored}");
    let url = stored["url"].as_str().unwrap();

    for (range, from, to) in [
        ("bytes=100-1099".to_string(), 100, 1099),
        ("bytes=0-0".to_string(), 0, 0),
        (format!("bytes={}-", len - 417), len - 417, len - 1),
        ("bytes=-50".to_string(), len - 50, len - 1),
        // Past the end: up to the end.
        (format!("bytes=2000000-{}", len + 5000), 2_000_000, len - 1),
    ] {
        let (status, headers, body) = get(&server, url, &[("Range", &range)]).await;
        assert_eq!(status, 206, "{range}");
        assert_eq!(&body[..], &sound[from..=to], "{range}");
        assert_eq!(
            header(&headers, "content-range"),
            format!("bytes {from}-{to}/{len}"),
            "{range}"
        );
        assert_eq!(header(&headers, "content-type"), "audio/mpeg");
        assert_eq!(header(&headers, "etag"), format!("\"{}\"", sha256(&sound)));
    }
    let (status, headers, _) = get(&server, url, &[("Range", &format!("bytes={len}-"))]).await;
    assert_eq!(status, 416);
    assert_eq!(header(&headers, "content-range"), format!("bytes */{len}"));
    let (status, _, body) = get(&server, url, &[]).await;
    assert_eq!((status, &body[..]), (200, &sound[..]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_matching_etag_answers_304() {
    let server = TestServer::start().await;
    let (_, stored) = upload(&server, PNG_1X1).await;
    let url = stored["url"].as_str().unwrap();
    let etag = format!("\"{}\"", stored["hash"].as_str().unwrap());
    for matching in [
        etag.clone(),
        format!("\"other\", {etag}"),
        format!("W/{etag}"),
    ] {
        let (status, headers, body) = get(&server, url, &[("If-None-Match", &matching)]).await;
        assert_eq!(status, 304, "{matching}");
        assert!(body.is_empty());
        assert_eq!(header(&headers, "etag"), etag);
        assert_eq!(
            header(&headers, "cache-control"),
            "public, max-age=31536000, immutable"
        );
    }
    let (status, _, body) = get(&server, url, &[("If-None-Match", "\"another\"")]).await;
    assert_eq!((status, &body[..]), (200, PNG_1X1));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_content_decides_never_the_name_or_the_content_type() {
    let server = TestServer::start().await;
    let text = b"a text file someone named picture.png".as_slice();
    let html = b"<!doctype html><html><body><script>alert(1)</script></body></html>".as_slice();
    for (bytes, claimed) in [
        (text, "image/png"),
        (html, "image/png"),
        (html, "video/mp4"),
    ] {
        let (status, body) = upload_as(&server, Some(&server.token), Some(claimed), bytes).await;
        assert_eq!(status, 415, "{body}");
        let message = body["error"].as_str().unwrap();
        assert!(message.contains("PNG, JPEG, GIF or WebP"), "{message}");
    }
    let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="9" height="9"/></svg>"#;
    let (status, body) = upload_as(&server, Some(&server.token), Some("image/svg+xml"), svg).await;
    assert_eq!(status, 415, "{body}");
    let message = body["error"].as_str().unwrap();
    assert!(
        message.contains("SVG") && message.contains("scripts"),
        "{message}"
    );
    // A real picture sent as text is a picture.
    let (status, body) = upload_as(&server, Some(&server.token), Some("text/plain"), PNG_1X1).await;
    assert_eq!((status, body["type"].as_str()), (201, Some("image/png")));
    // A picture cut short is damaged.
    let (status, body) = upload(&server, &PNG_1X1[..20]).await;
    assert_eq!(status, 422, "{body}");
    let stored = store_of(&server).await.list_media().await.unwrap();
    assert_eq!(stored.len(), 1, "{stored:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tiny_png_declaring_fifty_thousand_squared_pixels_is_refused() {
    let server = TestServer::start().await;
    let bomb = png_declaring(50_000, 50_000);
    assert_eq!(bomb.len(), PNG_1X1.len());
    let (status, body) = upload(&server, &bomb).await;
    assert_eq!(status, 413, "{body}");
    let message = body["error"].as_str().unwrap();
    assert!(
        message.contains("50000 x 50000") && message.contains("limits.media_pixels"),
        "{message}"
    );
    // Within the default 40 megapixels the same header passes, and the
    // picture, being over media.max_image_side, is read to be scaled: its
    // one pixel of data is found short.
    let (status, body) = upload(&server, &png_declaring(8000, 5000)).await;
    assert_eq!(status, 422, "{body}");
    let message = body["error"].as_str().unwrap();
    assert!(message.contains("damaged or cut short"), "{message}");
    assert_eq!(store_of(&server).await.list_media().await.unwrap(), vec![]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_over_the_size_limit_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("quizbox.toml"),
        "[limits]\nmedia_bytes = 65536\nmedia_pixels = 100\n",
    )
    .unwrap();
    let server = TestServer::start_in(dir).await;
    // 157 frames: 65,469 bytes, under the limit.
    let (status, body) = upload(&server, &mp3(157)).await;
    assert_eq!(status, 201, "{body}");
    let (status, body) = upload(&server, &mp3(158)).await;
    assert_eq!(status, 413, "{body}");
    let message = body["error"].as_str().unwrap();
    assert!(message.contains("limits.media_bytes"), "{message}");
    // The pixel limit is a setting too: 10 x 11 is over 100.
    let (status, body) = upload(&server, &png_declaring(10, 11)).await;
    assert_eq!(status, 413, "{body}");
    let (status, body) = upload(&server, &png_declaring(10, 10)).await;
    assert_eq!(status, 201, "{body}");
    let stored = store_of(&server).await.list_media().await.unwrap();
    assert_eq!(stored.len(), 2, "{stored:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn uploading_needs_the_host_or_import_scope() {
    let server = TestServer::start().await;
    let store = store_of(&server).await;
    let hash = auth::hash_password("a long host password").unwrap();
    let host = store
        .create_user("hal", UserRole::Host, &hash)
        .await
        .unwrap()
        .id;
    let token = |scopes: &'static [Scope]| {
        let store = std::sync::Arc::clone(&store);
        async move {
            auth::issue_token(store.as_ref(), host, TokenKind::Api, "t", scopes, None)
                .await
                .unwrap()
        }
    };
    let export_only = token(&[Scope::Export]).await;
    let (status, body) = upload_as(&server, Some(&export_only), None, PNG_1X1).await;
    assert_eq!(status, 403, "{body}");
    assert!(body["error"].as_str().unwrap().contains("host or import"));
    let (status, _) = upload_as(&server, None, None, PNG_1X1).await;
    assert_eq!(status, 401);
    let (status, _) = upload_as(&server, Some("not-a-token"), None, PNG_1X1).await;
    assert_eq!(status, 401);
    assert_eq!(store.list_media().await.unwrap(), vec![]);

    let host_scope = token(&[Scope::Host]).await;
    let (status, body) = upload_as(&server, Some(&host_scope), None, PNG_1X1).await;
    assert_eq!(status, 201, "{body}");
    let import_scope = token(&[Scope::Import]).await;
    let (status, body) = upload_as(&server, Some(&import_scope), None, &mp3(2)).await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(store.list_media().await.unwrap().len(), 2);
}

/// A quiz in the native TOML format whose one question shows `media`.
fn quiz_using(id: &str, media: &str) -> String {
    format!(
        "id = \"{id}\"\ntitle = \"{id}\"\n\n[[questions]]\ntext = \"What is this?\"\n\
         answers = [\"A\", \"B\"]\ncorrect = \"A\"\nmedia = \"{media}\"\n"
    )
}

async fn import(server: &TestServer, name: &str, toml: &str) {
    let auth = format!("Bearer {}", server.token);
    let (status, _, body) = request(
        server,
        Method::POST,
        &format!("/api/quizzes/import?name={name}"),
        &[("Authorization", &auth)],
        Some(toml.as_bytes().to_vec()),
    )
    .await;
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn media_gc_removes_only_what_no_quiz_uses() {
    let server = TestServer::start().await;
    let (_, picture) = upload(&server, PNG_1X1).await;
    let (_, sound) = upload(&server, &mp3(2)).await;
    let (_, unused) = upload(&server, &png_declaring(2, 2)).await;
    let url = |v: &Value| v["url"].as_str().unwrap().to_string();
    let hash = |v: &Value| v["hash"].as_str().unwrap().to_string();
    import(&server, "one.toml", &quiz_using("one", &url(&picture))).await;
    import(&server, "two.toml", &quiz_using("two", &url(&picture))).await;
    // A full address to this server counts as well.
    let address = format!("http://{}{}", server.addr, url(&sound));
    import(&server, "three.toml", &quiz_using("three", &address)).await;
    // Served once, so its cached copy exists.
    assert_eq!(get(&server, &url(&unused), &[]).await.0, 200);
    // A picture copied by hand into media/ is no stored media.
    let by_hand = server.dir.path().join("media");
    std::fs::create_dir_all(&by_hand).unwrap();
    std::fs::write(by_hand.join("rings.png"), PNG_1X1).unwrap();

    let data = server.dir.path();
    let (code, out, err) = output(quizbox(data).args(["media", "list", "--json"]));
    assert_eq!(code, 0, "{err}");
    let listed: Value = serde_json::from_str(&out).unwrap();
    // Listed oldest first; media stored within the same second by hash.
    let mut uses: Vec<(String, usize)> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (hash(m), m["quizzes"].as_array().unwrap().len()))
        .collect();
    uses.sort();
    let mut expected = vec![(hash(&picture), 2), (hash(&sound), 1), (hash(&unused), 0)];
    expected.sort();
    assert_eq!(uses, expected);
    let (code, out, _) = output(quizbox(data).args(["media", "list"]));
    assert_eq!(code, 0);
    assert!(
        out.contains(&hash(&unused)) && out.contains("image/png"),
        "{out}"
    );

    // Stored just now: only collected with no grace period.
    let (code, out, err) =
        output(quizbox(data).args(["media", "gc", "--dry-run", "--min-age", "0"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(
        out.contains(&format!("would remove {}", hash(&unused))),
        "{out}"
    );
    assert!(err.contains("would remove 1 of 3 media"), "{err}");
    assert_eq!(store_of(&server).await.list_media().await.unwrap().len(), 3);

    let (code, out, err) = output(quizbox(data).args(["media", "gc", "--min-age", "0"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(out.contains(&format!("removed {}", hash(&unused))), "{out}");
    assert!(err.contains("removed 1 of 3 media"), "{err}");
    let left: Vec<String> = store_of(&server)
        .await
        .list_media()
        .await
        .unwrap()
        .into_iter()
        .map(|m| m.hash)
        .collect();
    assert_eq!(left, vec![hash(&picture), hash(&sound)]);
    assert_eq!(get(&server, &url(&unused), &[]).await.0, 404);
    assert_eq!(get(&server, &url(&picture), &[]).await.0, 200);
    assert_eq!(get(&server, &url(&sound), &[]).await.0, 200);
    let (status, _, body) = get(&server, "/media/rings.png", &[]).await;
    assert_eq!((status, &body[..]), (200, PNG_1X1));

    // Nothing left to remove.
    let (code, out, err) = output(quizbox(data).args(["media", "gc", "--json", "--min-age", "0"]));
    assert_eq!(code, 0, "{err}");
    let collected: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(collected["removed"], serde_json::json!([]));
}

/// Backdates a stored blob, as if it had been uploaded `hours` ago.
fn stored_hours_ago(server: &TestServer, hash: &str, hours: i64) {
    let settings = settings_for(server.dir.path());
    let path = quizbox::store::sqlite_path(&settings.database).unwrap();
    let db = rusqlite::Connection::open(path).unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    let changed = db
        .execute(
            "UPDATE media SET created_at = ?1 WHERE hash = ?2",
            rusqlite::params![now - hours * 3_600_000, hash],
        )
        .unwrap();
    assert_eq!(changed, 1);
}

/// What `quizbox media list --json` says uses each blob, by hash.
fn uses(data: &std::path::Path) -> std::collections::BTreeMap<String, Value> {
    let (code, out, err) = output(quizbox(data).args(["media", "list", "--json"]));
    assert_eq!(code, 0, "{err}");
    let listed: Value = serde_json::from_str(&out).unwrap();
    listed
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let users = serde_json::json!({
                "quizzes": m["quizzes"], "assignments": m["assignments"], "games": m["games"],
            });
            (m["hash"].as_str().unwrap().to_string(), users)
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn media_gc_keeps_what_assignments_and_running_games_show_and_fresh_uploads() {
    let server = TestServer::start().await;
    let hash = |v: &Value| v["hash"].as_str().unwrap().to_string();
    let url = |v: &Value| v["url"].as_str().unwrap().to_string();
    let (_, homework) = upload(&server, &png_declaring(3, 3)).await;
    let (_, playing) = upload(&server, &mp3(3)).await;
    let (_, old) = upload(&server, &png_declaring(4, 4)).await;
    let (_, fresh) = upload(&server, &png_declaring(5, 5)).await;
    let (_, again) = upload(&server, &png_declaring(6, 6)).await;

    // An assignment keeps its own copy of its quiz; the quiz goes.
    import(
        &server,
        "homework.toml",
        &quiz_using("homework", &url(&homework)),
    )
    .await;
    let closes_at = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as u64
        + 3_600_000;
    let (status, made) = server
        .post_json(
            "/api/assignments",
            &serde_json::json!({"quiz_id": "homework", "closes_at": closes_at}),
        )
        .await;
    assert_eq!(status, 201, "{made}");
    let code = made["code"].as_str().unwrap().to_string();
    // A game runs its quiz, which is then deleted.
    import(
        &server,
        "tonight.toml",
        &quiz_using("tonight", &url(&playing)),
    )
    .await;
    let (game, _, _) = server.create_game("tonight", 0).await;
    let auth = format!("Bearer {}", server.token);
    for quiz in ["homework", "tonight"] {
        let (status, _, _) = request(
            &server,
            Method::DELETE,
            &format!("/api/quizzes/{quiz}"),
            &[("Authorization", &auth)],
            None,
        )
        .await;
        assert_eq!(status, 204);
    }
    // All but the fresh upload were stored two days ago.
    for stored in [&homework, &playing, &old, &again] {
        stored_hours_ago(&server, &hash(stored), 48);
    }
    // Uploaded again just now, as an editor would before saving: as fresh.
    assert_eq!(upload(&server, &png_declaring(6, 6)).await.1, again);

    let data = server.dir.path();
    let listed = uses(data);
    let nothing = serde_json::json!([]);
    assert_eq!(
        listed[&hash(&homework)]["assignments"],
        serde_json::json!([code])
    );
    assert_eq!(listed[&hash(&homework)]["quizzes"], nothing);
    assert_eq!(listed[&hash(&playing)]["games"], serde_json::json!([game]));
    assert_eq!(listed[&hash(&playing)]["quizzes"], nothing);
    assert_eq!(
        listed[&hash(&old)],
        serde_json::json!({"quizzes": [], "assignments": [], "games": []})
    );

    // With the default grace period of 24 h: only the old unused one goes.
    let (code_, out, err) = output(quizbox(data).args(["media", "gc"]));
    assert_eq!(code_, 0, "{err}");
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        [format!(
            "removed {}  image/png  {:>12}",
            hash(&old),
            png_declaring(4, 4).len()
        )]
    );
    assert!(
        err.contains("removed 1 of 5 media")
            && err.contains("2 unused but stored within --min-age"),
        "{err}"
    );
    assert_eq!(get(&server, &url(&old), &[]).await.0, 404);
    for kept in [&homework, &playing, &fresh, &again] {
        assert_eq!(get(&server, &url(kept), &[]).await.0, 200, "{kept}");
    }

    // Without one, the fresh upload goes too; what is shown stays.
    let (code_, out, err) = output(quizbox(data).args(["media", "gc", "--min-age", "0"]));
    assert_eq!(code_, 0, "{err}");
    assert!(out.contains(&format!("removed {}", hash(&fresh))), "{out}");
    assert!(out.contains(&format!("removed {}", hash(&again))), "{out}");
    assert_eq!(out.lines().count(), 2, "{out}");
    let left: Vec<String> = uses(data).into_keys().collect();
    let mut expected = vec![hash(&homework), hash(&playing)];
    expected.sort();
    assert_eq!(left, expected);
    // The assignment's players still get its picture.
    let (status, start) = server
        .post_json(
            &format!("/api/a/{code}/start"),
            &serde_json::json!({"name": "Ann"}),
        )
        .await;
    assert_eq!(status, 201, "{start}");
    assert_eq!(start["question"]["media"], url(&homework));
    assert_eq!(get(&server, &url(&homework), &[]).await.0, 200);

    let (code_, _, err) = output(quizbox(data).args(["media", "gc", "--min-age", "an hour"]));
    assert_eq!(code_, 2, "{err}");
}

/// Sends `head` and then `body` on a raw connection and reads until the
/// server closes it or has sent a whole response head; returns what it read.
async fn raw_exchange(server: &TestServer, head: String, body: &[u8]) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(server.addr).await.unwrap();
    stream.write_all(head.as_bytes()).await.unwrap();
    // The server may answer and close before all of it is written.
    let _ = stream.write_all(body).await;
    let mut read = Vec::new();
    let mut buf = [0u8; 4096];
    let reading = async {
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => read.extend_from_slice(&buf[..n]),
            }
            if read.windows(4).any(|w| w == b"\r\n\r\n") {
                break;
            }
        }
    };
    tokio::time::timeout(REQUEST_LIMIT, reading)
        .await
        .expect("the server answered");
    String::from_utf8_lossy(&read).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_upload_over_the_limit_is_refused_without_waiting_for_all_of_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("quizbox.toml"),
        "[limits]\nmedia_bytes = 65536\n",
    )
    .unwrap();
    let server = TestServer::start_in(dir).await;
    let auth = format!("Authorization: Bearer {}\r\n", server.token);
    // A gigabyte announced and none of it sent: refused from the headers.
    let head = format!(
        "POST /api/media HTTP/1.1\r\nHost: quiz\r\n{auth}Content-Length: 1073741824\r\n\r\n"
    );
    let answer = raw_exchange(&server, head, b"").await;
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    // No length announced: read up to the limit, then refused, while the
    // body has not ended.
    let head = format!(
        "POST /api/media HTTP/1.1\r\nHost: quiz\r\n{auth}Transfer-Encoding: chunked\r\n\r\n"
    );
    let mut body = format!("{:x}\r\n", 70_000).into_bytes();
    body.extend(mp3(168));
    body.truncate(body.len() - (mp3(168).len() - 70_000));
    let answer = raw_exchange(&server, head, &body).await;
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert_eq!(store_of(&server).await.list_media().await.unwrap(), vec![]);
}
