//! Imports of files made to hurt: spreadsheets that unpack to far more than
//! they weigh, cells that repeat one huge shared string, quiz text the size
//! of a novel. Each is refused with a located message, by the real
//! `quizbox import` binary (exit 3, its peak memory watched from outside)
//! and by `POST /api/quizzes/import` (422), and the games on the server go
//! on answering while imports are read.

mod common;

use std::io::{Cursor, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{join, TestServer};
use serde_json::{json, Value};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use zip::write::SimpleFileOptions;

/// The most memory `quizbox import` may reach refusing a hostile file.
const RSS_CEILING_KIB: u64 = 200 * 1024;

/// A workbook whose first sheet is `sheet` (the `<sheetData>` content) and
/// whose shared strings are `strings` (the `<si>` elements), deflated.
fn workbook(strings: &[u8], sheet: &[u8]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let deflated = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(9));
    let mut part = |name: &str, pieces: &[&[u8]]| {
        zip.start_file(name, deflated).unwrap();
        for p in pieces {
            zip.write_all(p).unwrap();
        }
    };
    part(
        "[Content_Types].xml",
        &[br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"#],
    );
    part(
        "_rels/.rels",
        &[br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#],
    );
    part(
        "xl/workbook.xml",
        &[br#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#],
    );
    part(
        "xl/_rels/workbook.xml.rels",
        &[br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#],
    );
    part(
        "xl/sharedStrings.xml",
        &[
            br#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#,
            strings,
            b"</sst>",
        ],
    );
    part(
        "xl/worksheets/sheet1.xml",
        &[
            br#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
            sheet,
            b"</sheetData></worksheet>",
        ],
    );
    zip.finish().unwrap().into_inner()
}

/// A Kahoot!-style header row, then `rows` rows of 60 cells that all show
/// shared string 0 (no cell names its place: each follows the one before).
fn rows_of_string_zero(rows: usize) -> Vec<u8> {
    let mut sheet = br#"<row r="1"><c r="A1" t="inlineStr"><is><t>Question</t></is></c><c r="B1" t="inlineStr"><is><t>Answer 1</t></is></c><c r="C1" t="inlineStr"><is><t>Answer 2</t></is></c><c r="D1" t="inlineStr"><is><t>Correct answer(s)</t></is></c></row>"#.to_vec();
    let row = format!("<row>{}</row>", r#"<c t="s"><v>0</v></c>"#.repeat(60));
    for _ in 0..rows {
        sheet.extend_from_slice(row.as_bytes());
    }
    sheet
}

fn one_string(len: usize) -> Vec<u8> {
    let mut s = b"<si><t>".to_vec();
    s.resize(s.len() + len, b'a');
    s.extend_from_slice(b"</t></si>");
    s
}

/// `zip` with the sizes it states for part `name` (in its local header and
/// in the central directory) rewritten to `size`: a reader that trusted
/// them would expect 1,000 bytes and get 40 MB.
fn stating_size(mut zip: Vec<u8>, name: &[u8], size: u32) -> Vec<u8> {
    let u16_at = |zip: &[u8], at: usize| u16::from_le_bytes([zip[at], zip[at + 1]]) as usize;
    let mut patched = 0;
    // (signature, offset of the name length, of the name, of the size)
    for (signature, name_len, name_at, size_at) in
        [(b"PK\x03\x04", 26, 30, 22), (b"PK\x01\x02", 28, 46, 24)]
    {
        for at in 0..zip.len() - 46 {
            if &zip[at..at + 4] == signature
                && zip[at + name_at..].starts_with(name)
                && u16_at(&zip, at + name_len) == name.len()
            {
                zip[at + size_at..at + size_at + 4].copy_from_slice(&size.to_le_bytes());
                patched += 1;
            }
        }
    }
    assert_eq!(patched, 2, "the part is named twice: local and central");
    zip
}

/// `count` shared strings of `len` letters each.
fn many_strings(count: usize, len: usize) -> Vec<u8> {
    one_string(len).repeat(count)
}

/// The hostile workbooks, each with what its refusal must say.
fn hostile_workbooks() -> Vec<(&'static str, Vec<u8>, &'static str)> {
    // 40 MB of shared strings deflates to under 100 KB: a zip bomb in the
    // part calamine reads first.
    let bomb = || workbook(&many_strings(4_000, 10_000), &rows_of_string_zero(1));
    vec![
        // One 1 MB string shown by 3,000 cells: 3 GB once every cell is a copy.
        (
            "long-string.xlsx",
            workbook(&one_string(1_000_000), &rows_of_string_zero(50)),
            "xl/sharedStrings.xml holds a string of more than 64 KiB",
        ),
        (
            "bomb.xlsx",
            bomb(),
            "the workbook unpacks to more than 32 MiB (while unpacking xl/sharedStrings.xml)",
        ),
        // The same bomb stating that the part unpacks to 1,000 bytes.
        (
            "liar.xlsx",
            stating_size(bomb(), b"xl/sharedStrings.xml", 1_000),
            "the workbook unpacks to more than 32 MiB (while unpacking xl/sharedStrings.xml)",
        ),
        // A 60 KB string, shown by 6,000 cells: 360 MB of copies.
        (
            "huge-cell.xlsx",
            workbook(&one_string(60_000), &rows_of_string_zero(100)),
            ":2:1: the cell holds",
        ),
        // A string just under the cell ceiling, shown by 120,000 cells:
        // 0.9 GB of copies.
        (
            "many-cells.xlsx",
            workbook(&one_string(7_500), &rows_of_string_zero(2_000)),
            "the sheet's cells hold more than 16 MiB of text",
        ),
    ]
}

/// Runs `quizbox import FILE` while watching its peak resident memory
/// (VmHWM); kills it past twice the ceiling or after 120 s. Returns
/// (exit code, stderr, peak KiB).
fn import_watched(data: &std::path::Path, file: &std::path::Path) -> (Option<i32>, String, u64) {
    import_watched_with(data, file, &[])
}

/// `import_watched` with environment variables set for the child.
fn import_watched_with(
    data: &std::path::Path,
    file: &std::path::Path,
    env: &[(&str, &str)],
) -> (Option<i32>, String, u64) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_quizbox"))
        .envs(env.iter().copied())
        .arg("--data")
        .arg(data)
        .arg("import")
        .arg(file)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let status_file = format!("/proc/{}/status", child.id());
    let started = Instant::now();
    let mut peak = 0;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        let hwm = std::fs::read_to_string(&status_file)
            .ok()
            .and_then(|s| {
                s.lines()
                    .find_map(|l| l.strip_prefix("VmHWM:"))
                    .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            })
            .unwrap_or(0);
        peak = peak.max(hwm);
        if peak > 2 * RSS_CEILING_KIB || started.elapsed() > Duration::from_secs(120) {
            child.kill().unwrap();
            break child.wait().unwrap();
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
    (status.code(), stderr, peak)
}

#[test]
fn hostile_workbooks_are_refused_by_the_command_line_within_200_mb() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes, expected) in hostile_workbooks() {
        assert!(bytes.len() <= 100 * 1024, "{name} is {} bytes", bytes.len());
        let file = dir.path().join(name);
        std::fs::write(&file, &bytes).unwrap();
        let (code, stderr, peak) = import_watched(&dir.path().join("data"), &file);
        eprintln!(
            "{name}: {} bytes, exit {code:?}, peak {} MiB",
            bytes.len(),
            peak / 1024
        );
        assert!(
            peak < RSS_CEILING_KIB,
            "{name}: peak resident memory {peak} KiB"
        );
        assert_eq!(code, Some(3), "{name}: {stderr}");
        assert!(stderr.contains(expected), "{name}: {stderr}");
        assert!(stderr.contains("nothing was imported"), "{name}: {stderr}");
    }
}

/// `POST /api/quizzes/import` with a binary body; `sent` is set once the
/// whole body is written.
async fn upload_then(
    addr: std::net::SocketAddr,
    token: &str,
    name: &str,
    body: &[u8],
    sent: &AtomicBool,
) -> (u16, Value) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let head = format!(
        "POST /api/quizzes/import?name={name} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nAuthorization: Bearer {token}\r\nContent-Type: application/octet-stream\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(body).await.unwrap();
    sent.store(true, Ordering::SeqCst);
    let mut response = Vec::new();
    stream.read_to_end(&mut response).await.unwrap();
    let text = String::from_utf8_lossy(&response);
    let status = text.split_whitespace().nth(1).unwrap().parse().unwrap();
    let body = text.split_once("\r\n\r\n").map_or("", |(_, b)| b);
    // A chunked body is one chunk here: take the JSON inside it.
    let json = body
        .find('{')
        .and_then(|start| body.rfind('}').map(|end| &body[start..=end]))
        .unwrap_or("null");
    (status, serde_json::from_str(json).unwrap_or(Value::Null))
}

async fn upload(server: &TestServer, name: &str, body: &[u8]) -> (u16, Value) {
    upload_then(
        server.addr,
        &server.token,
        name,
        body,
        &AtomicBool::new(false),
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_workbooks_get_422_over_http() {
    let server = TestServer::start().await;
    for (name, bytes, expected) in hostile_workbooks() {
        let (status, summary) = upload(&server, name, &bytes).await;
        assert_eq!(status, 422, "{name}: {summary}");
        assert_eq!(summary["written"], false);
        let message = summary["files"][0]["errors"][0].to_string();
        let expected = expected.trim_start_matches(":2:1: ");
        assert!(message.contains(expected), "{name}: {message}");
    }
    server.stop().await;
}

/// A GIFT file of 10,000 questions of 1,400 bytes: 14 MB that takes a
/// while to read, refused for its last question's missing brace.
fn big_gift() -> Vec<u8> {
    let mut gift = String::new();
    let filler = "How far is it? ".repeat(90);
    for n in 0..10_000 {
        gift.push_str(&format!("{filler}{n} {{=near ~far}}\n\n"));
    }
    gift.push_str("Where does it end? {=here ~there\n");
    gift.into_bytes()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn games_are_answered_while_two_large_imports_are_read() {
    let server = TestServer::start().await;
    let (_game, pin, _key) = server.create_game("world-capitals", 3).await;
    let mut ann = join(&server, &pin, "Ann").await;
    let gift = Arc::new(big_gift());
    let sent: Vec<Arc<AtomicBool>> = (0..2).map(|_| Arc::default()).collect();
    let imports: Vec<_> = (0..2)
        .map(|n| {
            let (addr, token) = (server.addr, server.token.clone());
            let (gift, sent) = (gift.clone(), sent[n].clone());
            tokio::spawn(async move {
                upload_then(addr, &token, &format!("big{n}.gift"), &gift, &sent)
                    .await
                    .0
            })
        })
        .collect();
    // Pings once both files are sent and while neither answer has come:
    // the server is reading both, and each ping must still be answered.
    let reading = || {
        sent.iter().all(|s| s.load(Ordering::SeqCst)) && imports.iter().all(|i| !i.is_finished())
    };
    let mut answered_meanwhile = 0;
    let mut t = 0.0;
    let started = Instant::now();
    while imports.iter().all(|i| !i.is_finished()) {
        t += 1.0;
        let asked_while_reading = reading();
        ann.send(json!({"type": "ping", "t": t})).await;
        let pong = tokio::time::timeout(Duration::from_secs(60), ann.until("pong", None))
            .await
            .expect("a pong within 60 s");
        assert_eq!(pong["t"], t);
        if asked_while_reading && reading() {
            answered_meanwhile += 1;
        }
        // Under the message limit of 20 per second.
        tokio::time::sleep(Duration::from_millis(60)).await;
    }
    let read_for = started.elapsed();
    let mut statuses = Vec::new();
    for import in imports {
        statuses.push(import.await.unwrap());
    }
    eprintln!("pongs while both imports were read: {answered_meanwhile} in {read_for:?}; statuses {statuses:?}");
    assert_eq!(statuses, [422, 422]);
    assert!(
        answered_meanwhile >= 3,
        "only {answered_meanwhile} pings were answered while the imports were read"
    );
    server.stop().await;
}

#[test]
fn quiz_text_over_its_ceilings_is_refused_where_it_stands() {
    let dir = tempfile::tempdir().unwrap();
    // A 5 MiB question would go to every phone in the game.
    let toml = format!(
        r#"id = "novel"
title = "{title}"

[[questions]]
text = "{question}"
answers = ["Yes", "No"]
correct = "Yes"

[[questions]]
text = "Short enough?"
answers = ["Yes", "{answer}"]
correct = "Yes"
explanation = "{explanation}"
"#,
        title = "T".repeat(201),
        question = "Why? ".repeat(1024 * 1024),
        answer = "N".repeat(501),
        explanation = "E".repeat(2_001),
    );
    let mut gift = String::new();
    for n in 1..=501 {
        gift.push_str(&format!("Question {n}? {{=yes ~no}}\n\n"));
    }
    std::fs::write(dir.path().join("novel.toml"), toml).unwrap();
    std::fs::write(dir.path().join("long.gift"), gift).unwrap();
    let run = Command::new(env!("CARGO_BIN_EXE_quizbox"))
        .arg("--data")
        .arg(dir.path().join("data"))
        .args(["import", "--json"])
        .arg(dir.path().join("novel.toml"))
        .arg(dir.path().join("long.gift"))
        .output()
        .unwrap();
    let summary: Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(run.status.code(), Some(3), "{summary}");
    assert_eq!(summary["written"], false);
    let errors = |file: usize| -> Vec<(Value, String, String)> {
        summary["files"][file]["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["line"].clone(),
                    e["field"].as_str().unwrap().to_string(),
                    e["message"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let s = |t: &str| t.to_string();
    assert_eq!(
        errors(0),
        vec![
            (
                json!(1),
                s("title"),
                s("longer than 200 characters (201 characters)")
            ),
            (
                json!(5),
                s("questions[1].text"),
                s("longer than 2000 characters (5242880 characters)")
            ),
            (
                json!(11),
                s("questions[2].answers[2]"),
                s("longer than 500 characters (501 characters)")
            ),
            (
                json!(13),
                s("questions[2].explanation"),
                s("longer than 2000 characters (2001 characters)")
            ),
        ]
    );
    assert_eq!(
        errors(1),
        vec![(
            json!(1),
            s("questions"),
            s("a quiz may hold at most 500 questions (found 501)")
        )]
    );
}

/// Text files just under the 16 MiB a file may be, each made of the
/// smallest pieces its format has, with what their refusal must say.
fn hostile_text_files() -> Vec<(&'static str, Vec<u8>, &'static str)> {
    let zeros = vec!["0"; 7_500_000].join(",");
    vec![
        (
            "answers.json",
            format!(r#"{{"title":"x","questions":[{{"text":"q","answers":[{zeros}]}}]}}"#)
                .into_bytes(),
            ":1:100039: the file holds more than 50000 values",
        ),
        (
            "answers.toml",
            format!("title = \"x\"\nanswers = [{zeros}]\n").into_bytes(),
            ":2:100007: the file holds more than 50000 values",
        ),
        (
            "tags.xml",
            format!("<quiz>{}</quiz>", "<a/>".repeat(3_999_000)).into_bytes(),
            ":1:200003: the file holds more than 50000 tags",
        ),
        (
            "questions.gift",
            "q {=a ~b}\n\n".repeat(1_450_000).into_bytes(),
            ":50001:10: the file holds more than 50000 lines",
        ),
    ]
}

#[test]
fn hostile_text_files_are_refused_by_the_command_line_within_200_mb() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes, expected) in hostile_text_files() {
        assert!(bytes.len() < 16 * 1024 * 1024, "{name}: {}", bytes.len());
        let file = dir.path().join(name);
        std::fs::write(&file, &bytes).unwrap();
        let (code, stderr, peak) = import_watched(&dir.path().join("data"), &file);
        eprintln!(
            "{name}: {} bytes, exit {code:?}, peak {} MiB",
            bytes.len(),
            peak / 1024
        );
        assert!(
            peak < RSS_CEILING_KIB,
            "{name}: peak resident memory {peak} KiB"
        );
        assert_eq!(code, Some(3), "{name}: {stderr}");
        assert!(stderr.contains(expected), "{name}: {stderr}");
    }
}

#[test]
fn a_file_of_49_000_questions_is_located_in_one_pass() {
    // Each question's place used to be counted from the start of the file:
    // 42 s for this file in a debug build.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("empty-questions.json");
    let questions = vec!["{}"; 49_000].join(",");
    std::fs::write(
        &file,
        format!(r#"{{"title":"x","questions":[{questions}]}}"#),
    )
    .unwrap();
    let started = Instant::now();
    // 98,000 pieces: above the default ceiling, which would refuse the file unread.
    let (code, stderr, _) = import_watched_with(
        &dir.path().join("data"),
        &file,
        &[("QUIZBOX_IMPORT_PIECES", "100000")],
    );
    let took = started.elapsed();
    eprintln!("49,000 questions refused in {took:?}");
    assert_eq!(code, Some(3), "{stderr}");
    assert!(
        stderr.contains("empty-questions.json:1:27: questions[1].text: missing"),
        "{stderr}"
    );
    assert!(stderr.contains("and "), "{stderr}");
    assert!(took < Duration::from_secs(20), "took {took:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn imports_beyond_the_parsers_get_429_and_the_rest_are_read() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("quizbox.toml"), "[import]\nparsers = 1\n").unwrap();
    let server = TestServer::start_in(dir).await;
    let gift = Arc::new(big_gift());
    // Four 14 MB files at once, each read for about a second, one at a time.
    let uploads: Vec<_> = (0..4)
        .map(|n| {
            let (addr, token, gift) = (server.addr, server.token.clone(), gift.clone());
            tokio::spawn(async move {
                let name = format!("big{n}.gift");
                upload_then(addr, &token, &name, &gift, &AtomicBool::new(false)).await
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for upload in uploads {
        let (status, body) = upload.await.unwrap();
        if status == 429 {
            assert!(
                body["error"]
                    .as_str()
                    .unwrap()
                    .starts_with("the server is already reading 1 imported files"),
                "{body}"
            );
        }
        statuses.push(status);
    }
    statuses.sort();
    eprintln!("statuses {statuses:?}");
    assert_eq!(statuses[0], 422, "{statuses:?}");
    assert_eq!(statuses[3], 429, "{statuses:?}");
    assert!(statuses.iter().all(|s| [422, 429].contains(s)));
    // Once they are done, a file is read again.
    let (status, summary) = upload(&server, "again.gift", b"Again? {=yes ~no}\n").await;
    assert_eq!(status, 200, "{summary}");
    server.stop().await;
}
