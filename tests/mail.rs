//! Mail against a real SMTP server (Python's aiosmtpd, see
//! tests/common/smtp.rs) and the real `quizbox serve` binary: the report a
//! host gets when a game ends, with its subject, body and attachment; an
//! SMTP server that is down while a game is played, which the game never
//! notices and whose mail goes out once it is up, also after quizbox was
//! killed and started again; `quizbox mail test`; invitations and password
//! resets by their one-time links.

mod common;

use std::time::Duration;

use base64::Engine;
use calamine::{Data, Reader};

use common::command::{output, quizbox};
use common::process::{self, Server};
use common::sim::{self, Acked, PlayerPlan};
use common::smtp::Smtp;
use serde_json::{json, Value};

const PLAYERS: usize = 2;
const QUESTIONS: usize = 3;

/// A server whose mail goes to `smtp`, with the quiz "mailquiz" stored.
async fn server(dir: &std::path::Path, smtp: &Smtp) -> Server {
    sim::seed(dir, &sim::quiz("mailquiz", QUESTIONS, 0)).await;
    let mut server = Server::new(dir);
    spawn(&mut server, smtp);
    server.wait_ready().await;
    server
}

fn spawn(server: &mut Server, smtp: &Smtp) {
    let env = smtp.env();
    let vars: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    server.spawn_with_env(&vars);
}

async fn api(server: &Server, method: &str, path: &str, body: Option<Value>) -> (u16, Value) {
    let token = common::admin_token(&server.dir);
    let body = body.map(|b| b.to_string());
    let (status, text) = common::http_as(&token, server.addr, method, path, body.as_deref())
        .await
        .unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

/// The admin asks for report mail at `email` over `PATCH /api/me`.
async fn opt_in(server: &Server, email: &str) {
    let (status, me) = api(
        server,
        "PATCH",
        "/api/me",
        Some(json!({"email": email, "report_mail": true})),
    )
    .await;
    assert_eq!(status, 200, "{me}");
    assert_eq!(me, json!({"email": email, "report_mail": true}));
    let (_, me) = api(server, "GET", "/api/me", None).await;
    assert_eq!(
        (me["email"].as_str(), me["report_mail"].as_bool()),
        (Some(email), Some(true))
    );
}

/// Plays a game of "mailquiz" to its end: both players answer every
/// question. Returns the game's id and its stored results.
async fn play(server: &Server) -> (String, Value) {
    let (game_id, pin, key) = process::create(server, "mailquiz").await;
    let acked = Acked::default();
    let host = tokio::spawn(sim::host_closing_at(
        server.addr,
        pin.clone(),
        key,
        PLAYERS,
        PLAYERS,
    ));
    let players: Vec<_> = (0..PLAYERS)
        .map(|n| {
            let plan = PlayerPlan {
                n,
                seed: n as u64 + 1,
                drop_per_mille: 0,
            };
            tokio::spawn(sim::player(server.addr, pin.clone(), plan, acked.clone()))
        })
        .collect();
    tokio::time::timeout(Duration::from_secs(60), host)
        .await
        .expect("the game reached its end")
        .unwrap();
    let mut ids = Vec::new();
    for p in players {
        ids.push(p.await.unwrap().id);
    }
    let results = process::results(server, &game_id).await;
    sim::check_results(&results, &acked, &ids, QUESTIONS);
    (game_id, results)
}

/// `quizbox mail queue --json` of the server's data directory.
fn queue(server: &Server) -> Vec<Value> {
    let (code, out, err) = output(quizbox(&server.dir).args(["mail", "queue", "--json"]));
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).unwrap()
}

/// Whether the first queued message has been tried at least `times`.
fn tried(server: &Server, times: u64) -> bool {
    let queued = queue(server);
    let attempts = queued.first().and_then(|m| m["attempts"].as_u64());
    attempts.is_some_and(|n| n >= times)
}

fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let (y, m, d, _, _, _) = quizbox::clock::utc_parts(secs);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Checks the report mail of game `game_id` against its stored results.
fn check_report(mail: &Value, game_id: &str, results: &Value) {
    let date = today();
    assert_eq!(mail["to"], "host@example.org");
    assert_eq!(mail["from"], "quizbox <quiz@example.org>");
    assert_eq!(mail["subject"], format!("Quiz report: mailquiz ({date})"));
    let body = mail["body"].as_str().unwrap();
    let players = results["players"].as_array().unwrap();
    assert_eq!(players.len(), PLAYERS, "{results}");
    let winner = &players[0];
    assert!(body.starts_with("mailquiz\nGame "), "{body}");
    assert!(body.contains("2 players, 3 questions."), "{body}");
    let first = format!(
        "  1. {} - {} points, {} correct\n",
        winner["nickname"].as_str().unwrap(),
        winner["score"],
        winner["correct"]
    );
    assert!(body.contains(&first), "{first:?} in {body}");
    // Each question's accuracy, worked out here from the stored answers.
    let answers = results["answers"].as_array().unwrap();
    assert!(!answers.is_empty());
    for q in 0..QUESTIONS as u64 {
        let given: Vec<_> = answers.iter().filter(|a| a["question"] == q).collect();
        let right = given.iter().filter(|a| a["correct"] == true).count();
        let line = match given.len() {
            0 => format!("  {}. Question {q}? - no answers\n", q + 1),
            n => format!(
                "  {}. Question {q}? - {}% ({right} of {n} answers)\n",
                q + 1,
                (right * 100 + n / 2) / n
            ),
        };
        assert!(body.contains(&line), "{line:?} in {body}");
    }
    let name = format!("mailquiz-{date}-{game_id}.xlsx");
    assert!(body.contains(&format!("attached ({name})")), "{body}");
    let files = mail["attachments"].as_array().unwrap();
    assert_eq!(files.len(), 1, "{mail}");
    assert_eq!(files[0]["filename"], name);
    assert_eq!(
        files[0]["content_type"],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(files[0]["base64"].as_str().unwrap())
        .unwrap();
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(
        book.sheet_names(),
        ["Summary", "Questions", "Players", "Answers"]
    );
    let sheet = book.worksheet_range("Players").unwrap();
    let cell = |row: usize, col: u32| sheet.get_value((row as u32, col)).cloned();
    assert_eq!(cell(0, 2), Some(Data::String("nickname".into())));
    for (i, p) in players.iter().enumerate() {
        let answered = answers
            .iter()
            .filter(|a| a["player"] == p["player"])
            .count();
        let number = |v: &Value| Some(Data::Float(v.as_f64().unwrap()));
        assert_eq!(cell(i + 1, 0), number(&p["rank"]));
        assert_eq!(
            cell(i + 1, 2),
            Some(Data::String(p["nickname"].as_str().unwrap().into()))
        );
        assert_eq!(cell(i + 1, 3), number(&p["score"]));
        assert_eq!(cell(i + 1, 4), number(&p["correct"]));
        assert_eq!(cell(i + 1, 5), Some(Data::Float(answered as f64)));
    }
    assert_eq!(cell(players.len() + 1, 2), None);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_host_gets_the_report_with_subject_body_and_attachment() {
    let mut smtp = Smtp::new();
    smtp.start().await;
    let dir = tempfile::tempdir().unwrap();
    let server = server(dir.path(), &smtp).await;
    opt_in(&server, "host@example.org").await;
    let (game_id, results) = play(&server).await;
    let mails = smtp.wait_for(1, Duration::from_secs(20)).await;
    check_report(&mails[0], &game_id, &results);
    // Once: nothing else arrives.
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(smtp.messages().len(), 1);
    let queued = queue(&server);
    assert_eq!(queued.len(), 1, "{queued:?}");
    assert_eq!(queued[0]["kind"], "report");
    assert_eq!(queued[0]["attempts"], 1);
    assert!(queued[0]["sent_at"].is_i64(), "{queued:?}");
    assert_eq!(queued[0]["message_id"], mails[0]["message_id"]);

    // Opted out (the address stays): the next game sends nothing.
    let patch = |body: Value| api(&server, "PATCH", "/api/me", Some(body));
    let (status, me) = patch(json!({"report_mail": false})).await;
    assert_eq!(status, 200);
    assert_eq!(
        me,
        json!({"email": "host@example.org", "report_mail": false})
    );
    let (status, reply) = patch(json!({"email": "not an address"})).await;
    assert_eq!(status, 400, "{reply}");
    play(&server).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(smtp.messages().len(), 1);
    assert_eq!(queue(&server).len(), 1);
    let (status, me) = patch(json!({"email": null})).await;
    assert_eq!(status, 200);
    assert_eq!(me, json!({"email": null, "report_mail": false}));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_the_smtp_server_down_the_game_plays_on_and_the_mail_goes_out_when_it_is_up() {
    let mut smtp = Smtp::new();
    let dir = tempfile::tempdir().unwrap();
    let server = server(dir.path(), &smtp).await;
    opt_in(&server, "host@example.org").await;
    // The whole game, to the podium and its end, while mail cannot go.
    let started = std::time::Instant::now();
    let (game_id, results) = play(&server).await;
    eprintln!(
        "game played in {:?} with the SMTP server down",
        started.elapsed()
    );
    assert_eq!(server.readyz().await, 200);
    // The report waits in the queue, tried and failing.
    let started = std::time::Instant::now();
    let failing = loop {
        let queued = queue(&server);
        if queued
            .first()
            .is_some_and(|m| m["attempts"].as_u64() >= Some(2))
        {
            break queued;
        }
        assert!(started.elapsed() < Duration::from_secs(20), "{queued:?}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert_eq!(failing.len(), 1);
    assert!(failing[0]["sent_at"].is_null());
    let error = failing[0]["last_error"].as_str().unwrap();
    assert!(error.to_lowercase().contains("refused"), "{error}");

    smtp.start().await;
    let mails = smtp.wait_for(1, Duration::from_secs(20)).await;
    check_report(&mails[0], &game_id, &results);
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(smtp.messages().len(), 1, "sent once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn queued_mail_survives_a_restart_and_is_delivered_once() {
    let mut smtp = Smtp::new();
    let dir = tempfile::tempdir().unwrap();
    let mut server = server(dir.path(), &smtp).await;
    opt_in(&server, "host@example.org").await;
    let (game_id, results) = play(&server).await;
    // Killed just after an attempt failed, while no attempt is under way.
    let started = std::time::Instant::now();
    while !tried(&server, 1) {
        assert!(started.elapsed() < Duration::from_secs(20), "never tried");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let attempts = queue(&server)[0]["attempts"].as_u64().unwrap();
    while !tried(&server, attempts + 1) {
        assert!(started.elapsed() < Duration::from_secs(20), "not retried");
    }
    server.kill();
    spawn(&mut server, &smtp);
    server.wait_ready().await;
    smtp.start().await;
    let mails = smtp.wait_for(1, Duration::from_secs(20)).await;
    check_report(&mails[0], &game_id, &results);
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(smtp.messages().len(), 1, "delivered once");
    let queued = queue(&server);
    assert_eq!(queued.len(), 1);
    assert!(queued[0]["sent_at"].is_i64(), "{queued:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mail_test_says_whether_the_server_took_the_message() {
    let mut smtp = Smtp::new();
    let dir = tempfile::tempdir().unwrap();
    let env = smtp.env();
    let test = |address: &str| {
        let mut cmd = quizbox(dir.path());
        for (k, v) in &env {
            cmd.env(k, v);
        }
        output(cmd.args(["mail", "test", address]))
    };
    let (code, _, err) = test("ops@example.org");
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("not sent:") && err.to_lowercase().contains("refused"),
        "{err}"
    );
    assert!(smtp.messages().is_empty());

    smtp.start().await;
    let (code, _, err) = test("ops@example.org");
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("sent: the server accepted the message for ops@example.org"),
        "{err}"
    );
    let mails = smtp.wait_for(1, Duration::from_secs(5)).await;
    assert_eq!(mails[0]["subject"], "quizbox test message");
    assert_eq!(mails[0]["to"], "ops@example.org");

    let (code, _, err) = output(quizbox(dir.path()).args(["mail", "test", "ops@example.org"]));
    assert_eq!(code, 1);
    assert!(err.contains("mail is not set up"), "{err}");
}

/// The secret of the one link in a mail's body to `/account/PAGE`.
fn link_secret(mail: &Value, page: &str) -> String {
    let body = mail["body"].as_str().unwrap();
    let marker = format!("/account/{page}#");
    let at = body
        .find(&marker)
        .unwrap_or_else(|| panic!("{marker} in {body}"));
    body[at + marker.len()..]
        .split_whitespace()
        .next()
        .unwrap()
        .to_string()
}

async fn login(server: &Server, username: &str, password: &str) -> u16 {
    let body = json!({"username": username, "password": password}).to_string();
    common::http(server.addr, "POST", "/api/login", Some(&body))
        .await
        .unwrap()
        .0
}

async fn post(server: &Server, path: &str, body: Value) -> (u16, Value) {
    let (status, text) = common::http(server.addr, "POST", path, Some(&body.to_string()))
        .await
        .unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invitations_and_password_resets_arrive_and_their_links_work_once() {
    let mut smtp = Smtp::new();
    smtp.start().await;
    let dir = tempfile::tempdir().unwrap();
    let server = server(dir.path(), &smtp).await;

    // An invitation from the command line, sent at once.
    let mut cmd = quizbox(dir.path());
    for (k, v) in smtp.env() {
        cmd.env(k, v);
    }
    cmd.env("QUIZBOX_PUBLIC_URL", "http://quiz.example.lan:8080");
    let (code, _, err) = output(cmd.args(["user", "invite", "cy@example.org", "--role", "host"]));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("invitation sent"), "{err}");
    let mails = smtp.wait_for(1, Duration::from_secs(10)).await;
    assert_eq!(mails[0]["to"], "cy@example.org");
    assert_eq!(mails[0]["subject"], "Your quizbox invitation");
    let body = mails[0]["body"].as_str().unwrap();
    assert!(
        body.contains("http://quiz.example.lan:8080/account/invite#qb_"),
        "{body}"
    );
    let secret = link_secret(&mails[0], "invite");

    let (status, _) = common::http(server.addr, "GET", "/account/invite", None)
        .await
        .unwrap();
    assert_eq!(status, 200);
    let accept = |username: &str, token: &str| json!({"token": token, "username": username, "password": "cy's password"});
    let (status, reply) = post(&server, "/api/invitations/accept", accept("cy", "qb_wrong")).await;
    assert_eq!(status, 400, "{reply}");
    let (status, reply) = post(&server, "/api/invitations/accept", accept("admin", &secret)).await;
    assert_eq!(status, 409, "{reply}");
    let (status, reply) = post(&server, "/api/invitations/accept", accept("cy", &secret)).await;
    assert_eq!(status, 200, "{reply}");
    assert_eq!(reply, json!({"username": "cy", "role": "host"}));
    assert_eq!(login(&server, "cy", "cy's password").await, 200);
    let (status, _) = post(&server, "/api/invitations/accept", accept("cy2", &secret)).await;
    assert_eq!(status, 400, "the link works once");

    // A reset asked for by address; the answer is the same for anyone.
    let (status, same) = post(&server, "/api/password-reset", json!({"who": "nobody"})).await;
    assert_eq!(status, 202);
    let (status, reply) = post(
        &server,
        "/api/password-reset",
        json!({"who": "CY@example.org"}),
    )
    .await;
    assert_eq!((status, &reply), (202, &same));
    let mails = smtp.wait_for(2, Duration::from_secs(10)).await;
    assert_eq!(mails[1]["to"], "cy@example.org");
    assert_eq!(mails[1]["subject"], "Set a new quizbox password");
    let secret = link_secret(&mails[1], "reset");
    let reset = json!({"token": secret, "password": "a new password"});
    let (status, reply) = post(&server, "/api/password-reset/confirm", reset.clone()).await;
    assert_eq!((status, &reply), (200, &json!({"username": "cy"})));
    assert_eq!(login(&server, "cy", "cy's password").await, 401);
    assert_eq!(login(&server, "cy", "a new password").await, 200);
    let (status, _) = post(&server, "/api/password-reset/confirm", reset).await;
    assert_eq!(status, 400, "the link works once");
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(smtp.messages().len(), 2, "nothing was mailed for nobody");
}

/// A CA and a certificate it signed for 127.0.0.1, with its key (PEM).
fn certificates() -> (String, String, String) {
    let mut ca = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    ca.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    ca.distinguished_name
        .push(rcgen::DnType::CommonName, "mail test CA");
    let ca = rcgen::CertifiedIssuer::self_signed(ca, rcgen::KeyPair::generate().unwrap()).unwrap();
    let key = rcgen::KeyPair::generate().unwrap();
    let leaf = rcgen::CertificateParams::new(vec!["127.0.0.1".to_string()])
        .unwrap()
        .signed_by(&key, &ca)
        .unwrap();
    (ca.pem(), leaf.pem(), key.serialize_pem())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn starttls_and_implicit_tls_check_the_certificate_against_the_ca_file() {
    let dir = tempfile::tempdir().unwrap();
    let (ca, cert, key) = certificates();
    let (ca_path, cert_path, key_path) = (
        dir.path().join("ca.pem"),
        dir.path().join("cert.pem"),
        dir.path().join("key.pem"),
    );
    std::fs::write(&ca_path, ca).unwrap();
    std::fs::write(&cert_path, cert).unwrap();
    std::fs::write(&key_path, key).unwrap();
    let (cert_path, key_path) = (cert_path.to_str().unwrap(), key_path.to_str().unwrap());
    let send = |smtp: &Smtp, security: &str, ca_file: Option<&std::path::Path>| {
        let mut cmd = quizbox(dir.path());
        for (k, v) in smtp.env() {
            cmd.env(k, v);
        }
        cmd.env("QUIZBOX_MAIL_SECURITY", security);
        if let Some(ca_file) = ca_file {
            cmd.env("QUIZBOX_MAIL_CA_FILE", ca_file);
        }
        output(cmd.args(["mail", "test", "ops@example.org"]))
    };

    // STARTTLS, which this server requires before any mail.
    let mut starttls = Smtp::new();
    starttls
        .start_with(&["--tlscert", cert_path, "--tlskey", key_path])
        .await;
    let (code, _, err) = send(&starttls, "starttls", None);
    assert_eq!(
        code, 1,
        "a certificate from an unknown CA is refused: {err}"
    );
    assert!(err.to_lowercase().contains("certificate"), "{err}");
    let (code, _, err) = send(&starttls, "none", Some(&ca_path));
    assert_eq!(code, 1, "the server wants STARTTLS first: {err}");
    let (code, _, err) = send(&starttls, "starttls", Some(&ca_path));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("(starttls)"), "{err}");
    assert_eq!(starttls.wait_for(1, Duration::from_secs(5)).await.len(), 1);

    // Implicit TLS (SMTPS).
    let mut smtps = Smtp::new();
    smtps
        .start_with(&["--smtpscert", cert_path, "--smtpskey", key_path])
        .await;
    let (code, _, err) = send(&smtps, "tls", Some(&ca_path));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("(tls)"), "{err}");
    let mails = smtps.wait_for(1, Duration::from_secs(5)).await;
    assert_eq!(mails[0]["subject"], "quizbox test message");
}
