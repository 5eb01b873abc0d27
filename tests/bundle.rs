//! Quiz bundles end to end: a quiz with an uploaded picture and sound
//! exported as one zip from one data directory with the real binary,
//! imported into others (the CLI and `POST /api/quizzes/import`), played
//! there over WebSocket, and its media served byte for byte; a damaged
//! media file, a zip bomb and a zip of too many entries refused with
//! nothing stored; a GIFT file and a Moodle XML file brought in with their
//! pictures.

mod common;

use std::io::{Cursor, Read, Write};
use std::path::Path;

use base64::Engine;
use common::command::{output, quizbox};
use common::media_files::{mp3, sha256, PNG_1X1};
use common::{host, join, TestServer, REQUEST_LIMIT};
use hyper::Method;
use quizbox::client::{Call, Server};
use serde_json::{json, Value};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

/// The 1x1 PNG with `extra` bytes of a private ancillary chunk, so two
/// pictures of the test differ.
fn png(extra: &[u8]) -> Vec<u8> {
    let mut out = PNG_1X1[..33].to_vec();
    out.extend((extra.len() as u32).to_be_bytes());
    out.extend(b"quIz");
    out.extend(extra);
    out.extend([0, 0, 0, 0]);
    out.extend(&PNG_1X1[33..]);
    out
}

/// One request with a binary body as the server's admin.
async fn request(
    server: &TestServer,
    method: Method,
    path: &str,
    body: Option<Vec<u8>>,
) -> (u16, Vec<u8>) {
    let auth = format!("Bearer {}", server.token);
    let mut call = Call::new(method, path)
        .within(REQUEST_LIMIT)
        .header("Authorization", auth.as_str());
    if let Some(body) = body {
        call = call.body(body);
    }
    let reply = Server::at(server.addr, None).request(call).await.unwrap();
    (reply.status, reply.body.to_vec())
}

async fn import_over_http(server: &TestServer, name: &str, bytes: &[u8]) -> (u16, Value) {
    let (status, body) = request(
        server,
        Method::POST,
        &format!("/api/quizzes/import?name={name}"),
        Some(bytes.to_vec()),
    )
    .await;
    (status, serde_json::from_slice(&body).unwrap_or(Value::Null))
}

/// A zip of these entries, each deflated.
fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (name, bytes) in entries {
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// Every entry of a zip, in order.
fn entries_of(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut zip = ZipArchive::new(Cursor::new(bytes)).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut entry = zip.by_index(i).unwrap();
            let mut out = Vec::new();
            entry.read_to_end(&mut out).unwrap();
            (entry.name().to_string(), out)
        })
        .collect()
}

/// Plays the quiz's first question on `server` far enough to see what
/// players are shown, and returns the `media` of the first two questions.
async fn played_media(server: &TestServer, quiz: &str) -> Vec<Value> {
    let (_, pin, key) = server.create_game(quiz, 0).await;
    let mut host = host(server, &pin, &key).await;
    let mut player = join(server, &pin, "Ann").await;
    host.until("player_joined", None).await;
    host.send(json!({"type": "start"})).await;
    let mut seen = Vec::new();
    for index in 0..2 {
        let answering = player.until("phase", Some("answering")).await;
        assert_eq!(answering["state"]["index"], index);
        seen.push(answering["state"]["media"].clone());
        player
            .send(json!({"type": "answer", "question": index, "answer": 0, "id": format!("a{index}")}))
            .await;
        player.until("answer_ack", None).await;
        host.until("phase", Some("reveal")).await;
        host.send(json!({"type": "next"})).await;
        host.until("phase", Some("leaderboard")).await;
        host.send(json!({"type": "next"})).await;
    }
    seen
}

async fn served(server: &TestServer, url: &str) -> (u16, Vec<u8>) {
    request(server, Method::GET, url, None).await
}

fn quiz_toml(picture: &str, sound: &str) -> String {
    format!(
        r#"id = "night-sky"
title = "Night Sky"

[[questions]]
text = "Which planet is in the picture?"
answers = ["Saturn", "Mars"]
correct = "Saturn"
media = "{picture}"

[[questions]]
text = "Which bird sings this?"
answers = ["Nightingale", "Crow"]
correct = "Nightingale"
media = "{sound}"
"#
    )
}

/// Uploads a picture and a sound to a fresh server, imports a quiz using
/// both into its data directory, and exports it as a bundle with the real
/// binary. Returns the server (kept running), the bundle, and the media.
async fn exported_bundle(out: &Path) -> (TestServer, Vec<u8>, Vec<u8>, Vec<u8>) {
    let origin = TestServer::start().await;
    let (picture, sound) = (png(b"rings"), mp3(24));
    let mut urls = Vec::new();
    for bytes in [&picture, &sound] {
        let (status, body) =
            request(&origin, Method::POST, "/api/media", Some(bytes.clone())).await;
        assert_eq!(status, 201, "{}", String::from_utf8_lossy(&body));
        let body: Value = serde_json::from_slice(&body).unwrap();
        urls.push(body["url"].as_str().unwrap().to_string());
    }
    assert_eq!(urls[0], format!("/media/{}.png", sha256(&picture)));
    assert_eq!(urls[1], format!("/media/{}.mp3", sha256(&sound)));
    let source = out.join("night-sky.toml");
    std::fs::write(&source, quiz_toml(&urls[0], &urls[1])).unwrap();
    let (code, _, err) = output(quizbox(origin.dir.path()).arg("import").arg(&source));
    assert_eq!(code, 0, "{err}");

    let path = out.join("night-sky.zip");
    let (code, _, err) = output(
        quizbox(origin.dir.path())
            .args(["export", "night-sky", "--format", "bundle", "-o"])
            .arg(&path),
    );
    assert_eq!(code, 0, "{err}");
    let bundle = std::fs::read(&path).unwrap();
    (origin, bundle, picture, sound)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bundle_carries_a_quiz_and_its_media_to_other_servers() {
    let out = tempfile::tempdir().unwrap();
    let (origin, bundle, picture, sound) = exported_bundle(out.path()).await;
    let (png_url, mp3_url) = (
        format!("/media/{}.png", sha256(&picture)),
        format!("/media/{}.mp3", sha256(&sound)),
    );

    // The bundle: its manifest, the quiz as native TOML, and both files.
    let entries = entries_of(&bundle);
    let names: Vec<&str> = entries.iter().map(|(n, _)| n.as_str()).collect();
    let png_entry = format!("media/{}.png", sha256(&picture));
    let mp3_entry = format!("media/{}.mp3", sha256(&sound));
    let mut expected = vec!["manifest.json", "quiz.toml", &png_entry, &mp3_entry];
    expected[2..].sort();
    assert_eq!(names, expected);
    let file = |name: &str| &entries.iter().find(|(n, _)| n == name).unwrap().1;
    assert_eq!(file(&png_entry), &picture);
    assert_eq!(file(&mp3_entry), &sound);
    let manifest: Value = serde_json::from_slice(file("manifest.json")).unwrap();
    assert_eq!(manifest["quizbox_bundle"], 1);
    assert_eq!(manifest["quiz"], "quiz.toml");
    assert_eq!(manifest["media"].as_array().unwrap().len(), 2);
    let toml = String::from_utf8(file("quiz.toml").clone()).unwrap();
    assert!(toml.contains(&format!("media = \"{png_url}\"")), "{toml}");

    // Into a second data directory with the CLI, then served from there.
    let second = tempfile::tempdir().unwrap();
    let path = out.path().join("night-sky.zip");
    let (code, stdout, err) = output(quizbox(second.path()).args(["import", "--json"]).arg(&path));
    assert_eq!(code, 0, "{err}");
    let summary: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(summary["files"][0]["format"], "bundle");
    assert_eq!(summary["totals"]["media"], 2);
    assert_eq!(summary["totals"]["created"], 1);
    let second = TestServer::start_in(second).await;

    // Into a third server over HTTP.
    let third = TestServer::start().await;
    let (status, summary) = import_over_http(&third, "night-sky.zip", &bundle).await;
    assert_eq!(status, 200, "{summary}");
    assert_eq!(summary["files"][0]["format"], "bundle");
    assert_eq!(summary["files"][0]["media"], 2);

    for server in [&second, &third] {
        let quiz = server.get_json("/api/quizzes/night-sky").await;
        assert_eq!(quiz["questions"][0]["media"], png_url);
        assert_eq!(quiz["questions"][1]["media"], mp3_url);
        assert_eq!(
            played_media(server, "night-sky").await,
            [json!(png_url), json!(mp3_url)]
        );
        assert_eq!(served(server, &png_url).await, (200, picture.clone()));
        assert_eq!(served(server, &mp3_url).await, (200, sound.clone()));
    }

    // Exported again from the second directory, the bundle holds the same.
    let again = out.path().join("again.zip");
    let (code, _, err) = output(
        quizbox(second.dir.path())
            .args(["export", "--all", "--format", "bundle", "-o"])
            .arg(out.path().join("every/")),
    );
    assert_eq!(code, 0, "{err}");
    std::fs::copy(out.path().join("every/night-sky.zip"), &again).unwrap();
    let again = entries_of(&std::fs::read(&again).unwrap());
    assert_eq!(again, entries);
    origin.stop().await;
}

/// A sound of about 17 MiB: over limits.import_bytes (16 MiB), under
/// limits.media_bytes (20 MiB). Bundles keep media unpacked, so the bundle
/// holding it is larger than any other import may be.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bundle_with_media_over_the_import_limit_imports_again_byte_for_byte() {
    let out = tempfile::tempdir().unwrap();
    let origin = TestServer::start().await;
    let sound = mp3(17 * 1024 * 1024 / 417 + 1);
    assert!(sound.len() > 16 * 1024 * 1024 && sound.len() < 20 * 1024 * 1024);
    let (status, body) = request(&origin, Method::POST, "/api/media", Some(sound.clone())).await;
    assert_eq!(status, 201, "{}", String::from_utf8_lossy(&body));
    let mp3_url = format!("/media/{}.mp3", sha256(&sound));
    let picture = png(b"moon");
    let (status, _) = request(&origin, Method::POST, "/api/media", Some(picture.clone())).await;
    assert_eq!(status, 201);
    let png_url = format!("/media/{}.png", sha256(&picture));
    let source = out.path().join("night-sky.toml");
    std::fs::write(&source, quiz_toml(&png_url, &mp3_url)).unwrap();
    let (code, _, err) = output(quizbox(origin.dir.path()).arg("import").arg(&source));
    assert_eq!(code, 0, "{err}");
    let path = out.path().join("night-sky.zip");
    let (code, _, err) = output(
        quizbox(origin.dir.path())
            .args(["export", "night-sky", "--format", "bundle", "-o"])
            .arg(&path),
    );
    assert_eq!(code, 0, "{err}");
    let bundle = std::fs::read(&path).unwrap();
    assert!(bundle.len() > 16 * 1024 * 1024, "{}", bundle.len());

    // Any other file that large is still refused, on both paths.
    let big = out.path().join("big.csv");
    let mut csv = b"question,answer1,answer2,correct\n".to_vec();
    csv.resize(bundle.len(), b'\n');
    std::fs::write(&big, &csv).unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let (code, _, err) = output(quizbox(elsewhere.path()).arg("import").arg(&big));
    assert_ne!(code, 0);
    assert!(err.contains("the limits.import_bytes setting"), "{err}");
    let (status, refusal) = import_over_http(&origin, "big.csv", &csv).await;
    assert_eq!(status, 413, "{refusal}");
    assert!(
        refusal["error"]
            .as_str()
            .unwrap()
            .contains("import.bundle_bytes"),
        "{refusal}"
    );

    // The bundle, into a second data directory with the CLI...
    let second = tempfile::tempdir().unwrap();
    let (code, stdout, err) = output(quizbox(second.path()).args(["import", "--json"]).arg(&path));
    assert_eq!(code, 0, "{err}");
    let summary: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(summary["totals"]["media"], 2, "{summary}");
    let second = TestServer::start_in(second).await;
    // ...and into a third server over HTTP.
    let third = TestServer::start().await;
    let (status, summary) = import_over_http(&third, "night-sky.zip", &bundle).await;
    assert_eq!(status, 200, "{summary}");
    assert_eq!(summary["files"][0]["media"], 2);
    for server in [&second, &third] {
        let quiz = server.get_json("/api/quizzes/night-sky").await;
        assert_eq!(quiz["questions"][1]["media"], mp3_url);
        let (status, served_sound) = served(server, &mp3_url).await;
        assert_eq!(status, 200);
        assert!(served_sound == sound, "the sound differs after the bundle");
        assert_eq!(served(server, &png_url).await, (200, picture.clone()));
    }
    origin.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bundle_with_a_damaged_media_file_is_refused_with_nothing_stored() {
    let out = tempfile::tempdir().unwrap();
    let (origin, bundle, picture, sound) = exported_bundle(out.path()).await;
    origin.stop().await;
    let png_entry = format!("media/{}.png", sha256(&picture));
    // One byte of the picture's private chunk changed: still a PNG, but
    // no longer the bytes its name promises.
    let damaged: Vec<(String, Vec<u8>)> = entries_of(&bundle)
        .into_iter()
        .map(|(name, mut bytes)| {
            if name == png_entry {
                bytes[41] ^= 0x20;
                assert!(bytes.starts_with(b"\x89PNG"));
            }
            (name, bytes)
        })
        .collect();
    let damaged = zip_of(
        &damaged
            .iter()
            .map(|(n, b)| (n.as_str(), b.as_slice()))
            .collect::<Vec<_>>(),
    );
    let path = out.path().join("damaged.zip");
    std::fs::write(&path, &damaged).unwrap();

    let data = tempfile::tempdir().unwrap();
    let (code, _, err) = output(quizbox(data.path()).arg("migrate"));
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = output(quizbox(data.path()).arg("import").arg(&path));
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains(&format!("damaged.zip: {png_entry}: the file's SHA-256 is ")),
        "{err}"
    );
    let (code, stdout, err) = output(quizbox(data.path()).args(["media", "list", "--json"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(serde_json::from_str::<Value>(&stdout).unwrap(), json!([]));

    let server = TestServer::start().await;
    let (status, summary) = import_over_http(&server, "damaged.zip", &damaged).await;
    assert_eq!(status, 422, "{summary}");
    assert_eq!(
        summary["files"][0]["errors"][0]["field"],
        png_entry.as_str()
    );
    let (status, _) = server.get("/api/quizzes/night-sky").await;
    assert_eq!(status, 404);
    // The sound was whole, and is not stored either.
    let mp3_url = format!("/media/{}.mp3", sha256(&sound));
    assert_eq!(served(&server, &mp3_url).await.0, 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_zip_bomb_and_a_zip_of_too_many_entries_are_refused() {
    let out = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    // 120 MiB of zeros deflate to about 120 KiB; a bundle's default limit
    // is 112 MiB (import.unpacked_bytes and four media files at the limit).
    let zeros = vec![0u8; 120 * 1024 * 1024];
    let bomb = zip_of(&[("quiz.gift", b"Ok? {T}\n"), ("media/zeros.png", &zeros)]);
    assert!(bomb.len() < 200 * 1024, "{}", bomb.len());
    let path = out.path().join("bomb.zip");
    std::fs::write(&path, &bomb).unwrap();
    let (code, _, err) = output(quizbox(data.path()).arg("import").arg(&path));
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("bomb.zip: the bundle unpacks to more than 112 MiB (while unpacking media/zeros.png); the limit is the import.bundle_bytes setting"),
        "{err}"
    );

    let mut many: Vec<(String, Vec<u8>)> = vec![("quiz.gift".into(), b"Ok? {T}\n".to_vec())];
    many.extend((0..2_000).map(|i| (format!("notes/{i}.txt"), b"x".to_vec())));
    let many = zip_of(
        &many
            .iter()
            .map(|(n, b)| (n.as_str(), b.as_slice()))
            .collect::<Vec<_>>(),
    );
    let path = out.path().join("many.zip");
    std::fs::write(&path, &many).unwrap();
    let (code, _, err) = output(quizbox(data.path()).arg("import").arg(&path));
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("many.zip: the bundle holds 2001 entries; at most 2000 are read"),
        "{err}"
    );

    let server = TestServer::start().await;
    let (status, summary) = import_over_http(&server, "bomb.zip", &bomb).await;
    assert_eq!(status, 422, "{summary}");
    assert!(summary["files"][0]["errors"][0]["message"]
        .as_str()
        .unwrap()
        .starts_with("the bundle unpacks to more than 112 MiB"));
    let (status, _) = server.get("/api/quizzes/quiz").await;
    assert_eq!(status, 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_zip_entry_named_outside_the_bundle_is_refused() {
    let out = tempfile::tempdir().unwrap();
    let bundle = zip_of(&[("quiz.gift", b"Ok? {T}\n"), ("../escape.png", PNG_1X1)]);
    let path = out.path().join("escape.zip");
    std::fs::write(&path, &bundle).unwrap();
    let data = tempfile::tempdir().unwrap();
    let (code, _, err) = output(quizbox(data.path()).arg("import").arg(&path));
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("escape.zip: ../escape.png: the name leads outside the bundle"),
        "{err}"
    );
    assert!(!out.path().join("..").join("escape.png").exists());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_gift_file_and_its_picture_come_in_as_a_quiz_with_media() {
    let flag = png(b"flag of Japan");
    let gift = "$CATEGORY: $course$/Flags\n\n\
                ::Flag:: [html]Which country flies this flag? <img src\\=\"pictures/flag%20one.png\"> {=Japan ~China ~Korea}\n\n\
                Which sea lies between Japan and Korea? {=Sea of Japan ~Baltic Sea}\n";
    let bundle = zip_of(&[
        ("flags/flags.gift", gift.as_bytes()),
        ("flags/pictures/flag one.png", &flag),
        ("flags/pictures/unused.png", PNG_1X1),
    ]);
    let server = TestServer::start().await;
    let (status, summary) = import_over_http(&server, "flags.zip", &bundle).await;
    assert_eq!(status, 200, "{summary}");
    assert_eq!(summary["files"][0]["format"], "bundle");
    assert_eq!(summary["files"][0]["media"], 1);
    let warnings = &summary["files"][0]["warnings"];
    assert_eq!(warnings[0]["field"], "pictures/unused.png", "{warnings}");
    let id = summary["files"][0]["quizzes"][0]["id"].as_str().unwrap();
    let quiz = server.get_json(&format!("/api/quizzes/{id}")).await;
    let url = format!("/media/{}.png", sha256(&flag));
    assert_eq!(
        quiz["questions"][0]["text"],
        "Which country flies this flag?"
    );
    assert_eq!(quiz["questions"][0]["media"], url);
    assert_eq!(quiz["questions"][1]["media"], Value::Null);
    assert_eq!(served(&server, &url).await, (200, flag.clone()));
    // The same GIFT file alone has no picture to bring: the question is
    // kept without media, with a warning that says why.
    let (status, summary) = import_over_http(&server, "flags.gift", gift.as_bytes()).await;
    assert_eq!(status, 200, "{summary}");
    let warning = &summary["files"][0]["warnings"][0];
    assert_eq!(warning["field"], "questions[1].media");
    assert!(warning["message"]
        .as_str()
        .unwrap()
        .starts_with("the file \"pictures/flag one.png\" did not come with the quiz"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_moodle_question_with_an_embedded_picture_brings_it_as_media() {
    let (first, second) = (png(b"first"), png(b"second"));
    let b64 = |b: &[u8]| base64::engine::general_purpose::STANDARD.encode(b);
    let question = |name: &str, picture: &[u8]| {
        format!(
            r#"<question type="truefalse"><name><text>{name}</text></name>
<questiontext format="html"><text><![CDATA[<p>Is this {name}?</p><p><img src="@@PLUGINFILE@@/image.png" alt=""></p>]]></text>
<file name="image.png" path="/" encoding="base64">{}</file></questiontext>
<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>"#,
            b64(picture)
        )
    };
    let xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n{}\n{}\n</quiz>\n",
        question("first", &first),
        question("second", &second)
    );
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("pictures.xml");
    std::fs::write(&path, xml).unwrap();
    let data = tempfile::tempdir().unwrap();
    let (code, stdout, err) = output(quizbox(data.path()).args(["import", "--json"]).arg(&path));
    assert_eq!(code, 0, "{err}");
    let summary: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(summary["totals"]["media"], 2, "{summary}");
    let server = TestServer::start_in(data).await;
    let quiz = server.get_json("/api/quizzes/pictures").await;
    // Both are named image.png; each question keeps its own.
    for (index, picture) in [&first, &second].into_iter().enumerate() {
        let url = format!("/media/{}.png", sha256(picture));
        assert_eq!(quiz["questions"][index]["media"], url);
        assert_eq!(served(&server, &url).await, (200, picture.clone()));
    }
}

/// A workbook in the layout of Kahoot!'s template with these rows from A1,
/// every cell an inline string, written by hand so the test does not rest
/// on quizbox's own spreadsheet writer.
fn workbook(rows: &[&[&str]]) -> Vec<u8> {
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let mut sheet = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
    );
    for (r, row) in rows.iter().enumerate() {
        sheet.push_str(&format!(r#"<row r="{}">"#, r + 1));
        for (c, cell) in row.iter().enumerate() {
            let col = (b'A' + c as u8) as char;
            sheet.push_str(&format!(
                r#"<c r="{col}{}" t="inlineStr"><is><t>{}</t></is></c>"#,
                r + 1,
                escape(cell)
            ));
        }
        sheet.push_str("</row>");
    }
    sheet.push_str("</sheetData></worksheet>");
    let parts: [(&str, &str); 5] = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#,
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
        ),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#,
        ),
        ("xl/worksheets/sheet1.xml", &sheet),
    ];
    zip_of(&parts.map(|(name, text)| (name, text.as_bytes())))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kahoot_spreadsheet_brings_the_pictures_its_image_column_names() {
    let mars = png(b"red planet");
    let sheet = workbook(&[
        &[
            "",
            "Question - max 120 characters",
            "Answer 1 - max 75 characters",
            "Answer 2 - max 75 characters",
            "Time limit (sec)",
            "Correct answer(s)",
            "Image link",
        ],
        &[
            "1",
            "Which planet is this?",
            "Mars",
            "Venus",
            "20",
            "1",
            "pictures/mars.png",
        ],
        &[
            "2",
            "Is the picture on the web?",
            "Yes",
            "No",
            "20",
            "1",
            "https://example.org/moon.png",
        ],
        &["3", "No picture here", "Yes", "No", "20", "2", ""],
    ]);
    let bundle = zip_of(&[("planets.xlsx", &sheet), ("pictures/mars.png", &mars)]);
    let server = TestServer::start().await;
    let (status, summary) = import_over_http(&server, "planets.zip", &bundle).await;
    assert_eq!(status, 200, "{summary}");
    assert_eq!(summary["files"][0]["media"], 1, "{summary}");
    let quiz = server.get_json("/api/quizzes/planets").await;
    let url = format!("/media/{}.png", sha256(&mars));
    assert_eq!(quiz["questions"][0]["media"], url);
    assert_eq!(
        quiz["questions"][1]["media"],
        "https://example.org/moon.png"
    );
    assert_eq!(quiz["questions"][2]["media"], Value::Null);
    assert_eq!(served(&server, &url).await, (200, mars));
    // The workbook alone names a picture it cannot bring.
    let (status, summary) = import_over_http(&server, "planets.xlsx", &sheet).await;
    assert_eq!(status, 200, "{summary}");
    assert_eq!(
        summary["files"][0]["warnings"][0]["field"],
        "questions[1].media"
    );
}
