//! Large uploaded pictures scaled down for phones, against an in-process
//! server over real HTTP: a 3000 x 2000 PNG and JPEG made here are stored
//! and served at 1600 x 1067 (read back from the served file's header),
//! a sideways phone photo comes back upright, small pictures and GIFs are
//! stored byte for byte, `media.max_image_side = 0` keeps every original,
//! uploads past `media.scalers` wait their turn while a game's player is
//! answered, and a decompression bomb is refused from its header before
//! anything is decoded.

mod common;

use std::io::{Cursor, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use common::{join, settings_for, TestServer, REQUEST_LIMIT};
use hyper::{HeaderMap, Method};
use image::codecs::jpeg::JpegEncoder;
use image::{DynamicImage, ImageBuffer, ImageFormat, ImageReader, Rgb};
use quizbox::client::{Call, Server};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A picture with detail everywhere (gradients crossed with a pattern),
/// so it compresses like a photo rather than like a flat colour.
fn picture(width: u32, height: u32) -> DynamicImage {
    DynamicImage::ImageRgb8(ImageBuffer::from_fn(width, height, |x, y| {
        Rgb([
            (x * 255 / width) as u8,
            (y * 255 / height) as u8,
            ((x ^ y) & 0xFF) as u8,
        ])
    }))
}

fn png(width: u32, height: u32) -> Vec<u8> {
    let mut out = Vec::new();
    picture(width, height)
        .write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
        .unwrap();
    out
}

fn jpeg(width: u32, height: u32) -> Vec<u8> {
    let mut out = Vec::new();
    picture(width, height)
        .write_with_encoder(JpegEncoder::new_with_quality(&mut out, 92))
        .unwrap();
    out
}

/// The JPEG with an Exif block saying "rotate 90° clockwise to show", as
/// a phone held upright writes it, right after SOI.
fn sideways(jpeg: &[u8]) -> Vec<u8> {
    let mut tiff = b"MM\0\x2A\0\0\0\x08".to_vec();
    tiff.extend(1u16.to_be_bytes());
    tiff.extend([0x01, 0x12, 0x00, 0x03, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0]);
    let mut out = jpeg[..2].to_vec();
    out.extend([0xFF, 0xE1]);
    out.extend(u16::try_from(2 + 6 + tiff.len()).unwrap().to_be_bytes());
    out.extend(b"Exif\0\0");
    out.extend(tiff);
    out.extend(&jpeg[2..]);
    out
}

/// The width and height the picture's own header declares, read by the
/// image crate (not by the server's reader).
fn header_size(bytes: &[u8]) -> (u32, u32) {
    ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .unwrap()
        .into_dimensions()
        .unwrap()
}

fn server_config(text: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("quizbox.toml"), text).unwrap();
    dir
}

async fn request(
    server: &TestServer,
    method: Method,
    path: &str,
    body: Option<Vec<u8>>,
) -> (u16, HeaderMap, Bytes) {
    let auth = format!("Bearer {}", server.token);
    let mut call = Call::new(method, path)
        .within(REQUEST_LIMIT)
        .header("Authorization", &auth);
    if let Some(body) = body {
        call = call.body(body);
    }
    let reply = Server::at(server.addr, None).request(call).await.unwrap();
    (reply.status, reply.headers, reply.body)
}

async fn upload(server: &TestServer, bytes: &[u8]) -> (u16, Value) {
    let (status, _, body) = request(server, Method::POST, "/api/media", Some(bytes.to_vec())).await;
    (status, serde_json::from_slice(&body).unwrap_or(Value::Null))
}

/// What `GET url` serves, with its Content-Type.
async fn served(server: &TestServer, url: &str) -> (Bytes, String) {
    let (status, headers, body) = request(server, Method::GET, url, None).await;
    assert_eq!(status, 200, "{url}");
    let content_type = headers["content-type"].to_str().unwrap().to_string();
    (body, content_type)
}

async fn stored_hashes(server: &TestServer) -> Vec<String> {
    let settings = settings_for(server.dir.path());
    let store = quizbox::store::open(&settings.database).await.unwrap();
    let media = store.list_media().await.unwrap();
    media.into_iter().map(|m| m.hash).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_large_png_and_jpeg_are_stored_and_served_at_1600_by_1067() {
    let server = TestServer::start().await;
    let mut hashes = Vec::new();
    for (original, mime) in [
        (png(3000, 2000), "image/png"),
        (jpeg(3000, 2000), "image/jpeg"),
    ] {
        assert_eq!(header_size(&original), (3000, 2000));
        let (status, answer) = upload(&server, &original).await;
        assert_eq!(status, 201, "{answer}");
        assert_eq!(answer["type"], mime);
        assert_eq!(
            (answer["width"].as_u64(), answer["height"].as_u64()),
            (Some(1600), Some(1067))
        );
        assert_eq!(
            answer["scaled_from"],
            json!({ "width": 3000, "height": 2000, "size": original.len() })
        );
        let size = answer["size"].as_u64().unwrap();
        assert!(size < original.len() as u64, "{size} of {}", original.len());

        let url = answer["url"].as_str().unwrap();
        let (bytes, content_type) = served(&server, url).await;
        assert_eq!(content_type, mime);
        assert_eq!(bytes.len() as u64, size);
        assert_eq!(header_size(&bytes), (1600, 1067), "{mime}");
        // Named by the SHA-256 of the bytes stored, not of those sent.
        let hash = answer["hash"].as_str().unwrap();
        assert_eq!(sha256(&bytes), hash);
        assert_ne!(sha256(&original), hash);
        assert!(url.starts_with(&format!("/media/{hash}.")), "{url}");
        // The same photo again scales to the same bytes: stored once.
        let (status, again) = upload(&server, &original).await;
        assert_eq!((status, &again), (200, &answer));
        hashes.push(hash.to_string());
    }
    // Only the scaled pictures are kept.
    let mut stored = stored_hashes(&server).await;
    stored.sort();
    hashes.sort();
    assert_eq!(stored, hashes);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sideways_phone_photo_is_stored_upright() {
    let server = TestServer::start().await;
    let photo = sideways(&jpeg(3000, 2000));
    let (status, answer) = upload(&server, &photo).await;
    assert_eq!(status, 201, "{answer}");
    assert_eq!(
        (answer["width"].as_u64(), answer["height"].as_u64()),
        (Some(1067), Some(1600))
    );
    assert_eq!(answer["scaled_from"]["width"], 3000);
    let (bytes, _) = served(&server, answer["url"].as_str().unwrap()).await;
    assert_eq!(header_size(&bytes), (1067, 1600));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn small_pictures_and_gifs_are_stored_byte_for_byte() {
    let server = TestServer::start().await;
    // At the limit, under it, and a GIF over it (GIFs may be animated).
    let mut gif = b"GIF89a".to_vec();
    gif.extend(3000u16.to_le_bytes());
    gif.extend(2000u16.to_le_bytes());
    gif.extend([0, 0, 0, b';']);
    for (original, size) in [
        (jpeg(1600, 1000), (1600, 1000)),
        (png(800, 600), (800, 600)),
        (gif, (3000, 2000)),
    ] {
        let (status, answer) = upload(&server, &original).await;
        assert_eq!(status, 201, "{answer}");
        assert_eq!(answer["hash"], sha256(&original));
        assert_eq!(answer["size"], original.len());
        assert_eq!(
            (answer["width"].as_u64(), answer["height"].as_u64()),
            (Some(size.0), Some(size.1))
        );
        assert!(answer.get("scaled_from").is_none(), "{answer}");
        let (bytes, _) = served(&server, answer["url"].as_str().unwrap()).await;
        assert_eq!(&bytes[..], &original[..]);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_scaling_off_the_original_is_kept() {
    let server = TestServer::start_in(server_config("[media]\nmax_image_side = 0\n")).await;
    for original in [jpeg(3000, 2000), png(3000, 2000)] {
        let (status, answer) = upload(&server, &original).await;
        assert_eq!(status, 201, "{answer}");
        assert_eq!(answer["hash"], sha256(&original));
        assert_eq!(answer["width"], 3000);
        assert!(answer.get("scaled_from").is_none(), "{answer}");
        let (bytes, _) = served(&server, answer["url"].as_str().unwrap()).await;
        assert_eq!(&bytes[..], &original[..]);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn uploads_past_the_scalers_wait_their_turn() {
    let config = "[media]\nmax_image_side = 100\nscalers = 1\n";
    let server = TestServer::start_in(server_config(config)).await;
    let pictures: Vec<Vec<u8>> = (0..4).map(|i| png(400 + i, 300)).collect();
    let answers = futures_util::future::join_all(pictures.iter().map(|p| upload(&server, p))).await;
    for (status, answer) in &answers {
        assert_eq!(*status, 201, "{answer}");
        assert_eq!(answer["width"], 100);
    }
    assert_eq!(stored_hashes(&server).await.len(), 4);
}

/// `POST /api/media` over a socket of its own, setting `sent` once the
/// whole body is written; the status.
async fn upload_then(server: &TestServer, body: &[u8], sent: &AtomicBool) -> u16 {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(server.addr).await.unwrap();
    let head = format!(
        "POST /api/media HTTP/1.1\r\nHost: quiz\r\nConnection: close\r\nAuthorization: Bearer {}\r\nContent-Length: {}\r\n\r\n",
        server.token,
        body.len()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(body).await.unwrap();
    sent.store(true, Ordering::SeqCst);
    let mut response = Vec::new();
    stream.read_to_end(&mut response).await.unwrap();
    let text = String::from_utf8_lossy(&response);
    text.split_whitespace().nth(1).unwrap().parse().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_player_is_answered_while_two_photos_are_scaled() {
    let server = Arc::new(TestServer::start().await);
    let (_game, pin, _key) = server.create_game("world-capitals", 3).await;
    let mut ann = join(&server, &pin, "Ann").await;
    let sent: Vec<Arc<AtomicBool>> = (0..2).map(|_| Arc::default()).collect();
    let uploads: Vec<_> = (0..2)
        .map(|n| {
            let (server, sent) = (server.clone(), sent[n].clone());
            tokio::spawn(async move {
                let photo = jpeg(4032 + n as u32, 3024);
                upload_then(&server, &photo, &sent).await
            })
        })
        .collect();
    // Pings once both photos are sent and while neither answer has come:
    // both are being scaled, and each ping must still be answered.
    let scaling = || {
        sent.iter().all(|s| s.load(Ordering::SeqCst)) && uploads.iter().all(|u| !u.is_finished())
    };
    let mut answered_meanwhile = 0;
    let mut t = 0.0;
    while uploads.iter().any(|u| !u.is_finished()) {
        t += 1.0;
        let asked_while_scaling = scaling();
        ann.send(json!({"type": "ping", "t": t})).await;
        let pong = tokio::time::timeout(REQUEST_LIMIT, ann.until("pong", None))
            .await
            .expect("a pong");
        assert_eq!(pong["t"], t);
        if asked_while_scaling && scaling() {
            answered_meanwhile += 1;
        }
        // Under the message limit of 20 per second.
        tokio::time::sleep(Duration::from_millis(60)).await;
    }
    let mut statuses = Vec::new();
    for upload in uploads {
        statuses.push(upload.await.unwrap());
    }
    eprintln!("pongs while both photos were scaled: {answered_meanwhile}; statuses {statuses:?}");
    assert_eq!(statuses, [201, 201]);
    assert!(
        answered_meanwhile >= 3,
        "only {answered_meanwhile} pings were answered while the photos were scaled"
    );
}

/// A grey PNG of `side` x `side` zero pixels: a few hundred KiB that
/// would decode to `side`² bytes.
fn bomb(side: u32) -> Vec<u8> {
    fn chunk(out: &mut Vec<u8>, kind: &[u8], data: &[u8]) {
        out.extend(u32::try_from(data.len()).unwrap().to_be_bytes());
        let mut crc = flate2::Crc::new();
        crc.update(kind);
        crc.update(data);
        out.extend(kind);
        out.extend(data);
        out.extend(crc.sum().to_be_bytes());
    }
    let mut header = side.to_be_bytes().to_vec();
    header.extend(side.to_be_bytes());
    header.extend([8, 0, 0, 0, 0]);
    let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    let row = vec![0u8; side as usize + 1];
    for _ in 0..side {
        zlib.write_all(&row).unwrap();
    }
    let data = zlib.finish().unwrap();
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    chunk(&mut out, b"IHDR", &header);
    chunk(&mut out, b"IDAT", &data);
    chunk(&mut out, b"IEND", &[]);
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_decompression_bomb_is_refused_from_its_header_before_decoding() {
    let server = TestServer::start().await;
    let bomb = bomb(10_000);
    assert!(bomb.len() < 1 << 20, "{} bytes", bomb.len());
    assert_eq!(header_size(&bomb), (10_000, 10_000));
    let (status, answer) = upload(&server, &bomb).await;
    assert_eq!(status, 413, "{answer}");
    // The refusal of the header check, which runs before any decoding.
    let message = answer["error"].as_str().unwrap();
    assert!(
        message.contains("10000 x 10000") && message.contains("limits.media_pixels"),
        "{message}"
    );
    assert_eq!(stored_hashes(&server).await, Vec::<String>::new());
}
