//! What operators watch: `/metrics` scraped before and during a real game
//! over WebSockets and read with a strict exposition-format reader; the
//! metrics listener of its own; JSON logs with the access log; and
//! `quizbox healthcheck` against a running server and a closed port.

mod common;

use std::io::BufRead;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::exposition::{self, Scrape};
use common::*;
use serde_json::{json, Value};

async fn scrape(server: &TestServer) -> Scrape {
    let (status, headers, body) = http_raw(server.addr, "GET", "/metrics", None, &[])
        .await
        .unwrap();
    assert_eq!(status, 200);
    assert_eq!(
        headers.get("content-type").unwrap(),
        "text/plain; version=0.0.4; charset=utf-8"
    );
    let text = String::from_utf8(body).unwrap();
    exposition::parse(&text).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

fn get(scrape: &Scrape, name: &str, labels: &[(&str, &str)]) -> f64 {
    scrape
        .value(name, labels)
        .unwrap_or_else(|| panic!("no {name}{labels:?}"))
}

#[test]
fn the_exposition_reader_refuses_what_is_malformed() {
    let good = "# HELP a_total A.\n# TYPE a_total counter\na_total{x=\"1\"} 3\n";
    let read = exposition::parse(good).unwrap();
    assert_eq!(read.value("a_total", &[("x", "1")]), Some(3.0));
    for bad in [
        "a_total 3",             // no final newline
        "a_total{x=1} 3\n",      // unquoted label value
        "a_total{x=\"1\" 3\n",   // unclosed labels
        "a total 3\n",           // not a number
        "1a 3\n",                // bad name
        "a 1\nb 2\na 3\n",       // a family's samples apart
        "a 1\n# TYPE a gauge\n", // TYPE after its samples
        "# TYPE h histogram\nh_bucket{le=\"1\"} 2\nh_bucket{le=\"+Inf\"} 1\nh_sum 0\nh_count 1\n",
        "# TYPE h histogram\nh_bucket{le=\"+Inf\"} 2\nh_sum 0\nh_count 1\n",
    ] {
        assert!(exposition::parse(bad).is_err(), "{bad:?} was read");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_follow_a_game_as_it_is_played() {
    let server = TestServer::start().await;
    let before = scrape(&server).await;
    assert_eq!(get(&before, "quizbox_live_games", &[]), 0.0);
    for role in ["player", "host", "screen"] {
        assert_eq!(get(&before, "quizbox_connections", &[("role", role)]), 0.0);
    }
    assert_eq!(get(&before, "quizbox_answers_acknowledged_total", &[]), 0.0);
    assert_eq!(get(&before, "quizbox_answer_ack_seconds_count", &[]), 0.0);
    assert!(get(&before, "process_resident_memory_bytes", &[]) > 0.0);
    assert!(get(&before, "process_open_fds", &[]) > 0.0);
    assert_eq!(before.types["quizbox_answer_ack_seconds"], "histogram");

    let (_game, pin, key) = server.create_game("world-capitals", 0).await;
    // The join page of this PIN is counted under its route, not its path.
    let (status, _) = server.get(&format!("/join/{pin}")).await;
    assert_eq!(status, 200);
    let mut host = host(&server, &pin, &key).await;
    let mut screen = hello(&server, json!({"type": "watch", "v": 1, "pin": pin})).await;
    screen.until("welcome", None).await;
    let mut players = vec![
        join(&server, &pin, "Ann").await,
        join(&server, &pin, "Bob").await,
    ];
    host.send(json!({"type": "start"})).await;
    for (who, p) in players.iter_mut().enumerate() {
        p.until("phase", Some("answering")).await;
        let id = format!("a{who}");
        p.send(json!({"type": "answer", "question": 0, "answer": who, "id": id}))
            .await;
        let ack = p.until("answer_ack", None).await;
        assert_eq!(ack["id"], id.as_str());
    }

    let during = scrape(&server).await;
    assert_eq!(get(&during, "quizbox_live_games", &[]), 1.0);
    assert_eq!(get(&during, "quizbox_storage_writable", &[]), 1.0);
    assert_eq!(
        get(&during, "quizbox_connections", &[("role", "player")]),
        2.0
    );
    assert_eq!(
        get(&during, "quizbox_connections", &[("role", "host")]),
        1.0
    );
    assert_eq!(
        get(&during, "quizbox_connections", &[("role", "screen")]),
        1.0
    );
    assert_eq!(get(&during, "quizbox_answers_acknowledged_total", &[]), 2.0);
    assert_eq!(get(&during, "quizbox_answer_ack_seconds_count", &[]), 2.0);
    let sum = get(&during, "quizbox_answer_ack_seconds_sum", &[]);
    assert!(sum > 0.0 && sum < 10.0, "{sum}");
    let appends = get(
        &during,
        "quizbox_live_write_seconds_count",
        &[("kind", "append")],
    );
    assert!(appends >= 2.0, "{appends}");
    // Four opening messages, a start and two answers at least.
    assert!(get(&during, "quizbox_ws_messages_received_total", &[]) >= 7.0);
    assert!(get(&during, "quizbox_ws_messages_sent_total", &[]) >= 10.0);
    let requests = |route: &str, status: &str| {
        get(
            &during,
            "quizbox_http_requests_total",
            &[("route", route), ("status", status)],
        )
    };
    assert_eq!(requests("/api/games", "201"), 1.0);
    assert_eq!(requests("/join/{pin}", "200"), 1.0);
    assert_eq!(requests("/ws", "101"), 4.0);
    assert!(requests("/metrics", "200") >= 1.0);
    let labels: Vec<&str> = during
        .samples
        .iter()
        .flat_map(|s| s.labels.values().map(String::as_str))
        .collect();
    assert!(!labels.iter().any(|l| l.contains(&pin)), "{labels:?}");

    // Players leaving are counted out.
    for p in players.drain(..) {
        drop(p);
    }
    let started = Instant::now();
    loop {
        let now = scrape(&server).await;
        if get(&now, "quizbox_connections", &[("role", "player")]) == 0.0 {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "players still counted"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    drop(host);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_metrics_listener_of_its_own_takes_metrics_off_the_main_port() {
    let dir = tempfile::tempdir().unwrap();
    let metrics_addr = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let mut server = process::Server::new(dir.path());
    server.spawn_with_env(&[("QUIZBOX_METRICS_LISTEN", &metrics_addr.to_string())]);
    server.wait_ready().await;
    let (status, _) = http(server.addr, "GET", "/metrics", None).await.unwrap();
    assert_eq!(status, 404, "the players' port no longer serves /metrics");
    let (status, text) = http(metrics_addr, "GET", "/metrics", None).await.unwrap();
    assert_eq!(status, 200);
    let read = exposition::parse(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    assert_eq!(get(&read, "quizbox_live_games", &[]), 0.0);
    // The 404 above was counted, under no route.
    assert_eq!(
        get(
            &read,
            "quizbox_http_requests_total",
            &[("route", "unmatched"), ("status", "404")]
        ),
        1.0
    );
    let (status, _) = http(metrics_addr, "GET", "/healthz", None).await.unwrap();
    assert_eq!(status, 404, "the metrics listener serves /metrics only");
    server.kill();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn json_logs_are_one_object_per_line_with_the_access_log() {
    let dir = tempfile::tempdir().unwrap();
    let addr = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_quizbox"))
        .arg("--data")
        .arg(dir.path())
        .args(["serve", "--listen", &addr.to_string()])
        .args(["--log-format", "json", "--access-log"])
        // A misspelt variable's warning is a JSON line too.
        .env("QUIZBOX_LISTN", "127.0.0.1:1")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let lines = std::thread::spawn(move || {
        std::io::BufReader::new(stderr)
            .lines()
            .map_while(Result::ok)
            .collect::<Vec<String>>()
    });
    let started = Instant::now();
    while !matches!(http(addr, "GET", "/readyz", None).await, Ok((200, _))) {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "server did not start"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let (status, _) = http(addr, "GET", "/api/quizzes/world-capitals", None)
        .await
        .unwrap();
    assert_eq!(status, 401);
    // Stopped as a service manager stops it, so its last lines are written.
    let term = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(term.success());
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            panic!("the server did not stop on SIGTERM");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let lines = lines.join().unwrap();
    assert!(lines.len() >= 4, "{lines:?}");
    let events: Vec<Value> = lines
        .iter()
        .map(|line| {
            let event: Value =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
            assert!(event["level"].is_string(), "{line}");
            assert!(event["timestamp"].is_string(), "{line}");
            event
        })
        .collect();
    let access = |route: &str| {
        events
            .iter()
            .find(|e| e["target"] == "access" && e["fields"]["route"] == route)
            .unwrap_or_else(|| panic!("no access line for {route} in {lines:?}"))
    };
    let denied = access("/api/quizzes/{id}");
    assert_eq!(denied["fields"]["status"], 401);
    assert_eq!(denied["fields"]["method"], "GET");
    assert!(denied["fields"]["remote"]
        .as_str()
        .unwrap()
        .starts_with("127.0.0.1:"));
    assert!(denied["fields"]["duration_ms"].as_f64().unwrap() >= 0.0);
    assert_eq!(access("/readyz")["fields"]["status"], 200);
    assert!(
        events.iter().any(|e| e["level"] == "WARN"
            && e["fields"]["message"]
                .as_str()
                .is_some_and(|m| m.contains("QUIZBOX_LISTN") && m.contains("QUIZBOX_LISTEN"))),
        "{lines:?}"
    );
    // The first start's admin password is one event too, not a box of text.
    let created = events
        .iter()
        .find(|e| e["fields"]["user"] == "admin" && e["fields"]["password"].is_string())
        .unwrap_or_else(|| panic!("no first-start event in {lines:?}"));
    assert_eq!(created["level"], "WARN");
    assert!(
        events.iter().any(|e| e["fields"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("listening on"))),
        "{lines:?}"
    );
}

/// Runs `quizbox healthcheck` with `args`; returns its exit code, stdout
/// and stderr.
async fn healthcheck(args: Vec<String>, env: Vec<(&'static str, String)>) -> (i32, String, String) {
    tokio::task::spawn_blocking(move || {
        let started = Instant::now();
        let out = Command::new(env!("CARGO_BIN_EXE_quizbox"))
            .arg("healthcheck")
            .args(&args)
            .envs(env)
            .output()
            .unwrap();
        assert!(started.elapsed() < Duration::from_secs(10), "not bounded");
        (
            out.status.code().unwrap(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    })
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn healthcheck_says_healthy_or_why_not() {
    let server = TestServer::start().await;
    let url = format!("http://{}", server.addr);
    let (code, out, err) = healthcheck(vec!["--url".into(), url.clone()], vec![]).await;
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(out.trim(), format!("healthy: {url} is up and ready"));

    // With no --url, the configured listen address (a wildcard means this machine).
    let dir = tempfile::tempdir().unwrap();
    let listen = format!("0.0.0.0:{}", server.addr.port());
    let (code, out, err) = healthcheck(
        vec!["--data".into(), dir.path().display().to_string()],
        vec![("QUIZBOX_LISTEN", listen)],
    )
    .await;
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains(&format!("127.0.0.1:{}", server.addr.port())),
        "{out}"
    );
    // A setting it cannot read is unhealthy too (exit 1, not the usual 3).
    let (code, _, err) = healthcheck(
        vec!["--data".into(), dir.path().display().to_string()],
        vec![("QUIZBOX_LISTEN", "port 80".into())],
    )
    .await;
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("unhealthy: cannot tell where the server is"),
        "{err}"
    );
    server.stop().await;

    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let (code, out, err) =
        healthcheck(vec!["--url".into(), format!("http://{closed}")], vec![]).await;
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.is_empty(), "{out}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(
        err.contains("unhealthy") && err.contains(&closed.to_string()),
        "{err}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_disk_that_fails_shows_in_metrics_and_fails_the_healthcheck() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = process::Server::new(dir.path());
    // Every append to an answer log fails, as on a full disk.
    server.spawn_with_fault("fail:log:1");
    server.wait_ready().await;
    let url = format!("http://{}", server.addr);
    let (code, out, err) = healthcheck(vec!["--url".into(), url.clone()], vec![]).await;
    assert_eq!(code, 0, "{out}{err}");
    let (_game, pin, _key) = process::create(&server, "world-capitals").await;
    let mut player = Client::connect(&format!("ws://{}/ws", server.addr)).await;
    player
        .send(json!({"type": "join", "v": 1, "pin": pin, "nickname": "Ann"}))
        .await;
    let started = Instant::now();
    loop {
        let (status, text) = http(server.addr, "GET", "/metrics", None).await.unwrap();
        assert_eq!(status, 200);
        let read = exposition::parse(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        if get(&read, "quizbox_storage_writable", &[]) == 0.0 {
            let failed = get(
                &read,
                "quizbox_live_write_seconds_count",
                &[("kind", "append")],
            );
            assert!(failed >= 1.0, "the failed append is timed too");
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(10), "{text}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let (code, out, err) = healthcheck(vec!["--url".into(), url.clone()], vec![]).await;
    assert_eq!(code, 1, "{out}{err}");
    assert_eq!(
        err.trim(),
        format!("error: unhealthy: {url}/readyz answered 503: live store cannot write")
    );
    drop(player);
    server.kill();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn healthcheck_speaks_https_to_a_self_signed_server() {
    let dir = tempfile::tempdir().unwrap();
    let https = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let mut server = process::Server::new(dir.path());
    server.spawn_with_env(&[
        ("QUIZBOX_TLS", "auto"),
        ("QUIZBOX_TLS_LISTEN", &https.to_string()),
    ]);
    server.wait_ready().await;
    let url = format!("https://{https}");
    let mut answered = None;
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(20) {
        let result = healthcheck(vec!["--url".into(), url.clone()], vec![]).await;
        if result.0 == 0 {
            answered = Some(result);
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let (_, out, _) = answered.expect("the HTTPS listener answered the healthcheck");
    assert_eq!(out.trim(), format!("healthy: {url} is up and ready"));
    // The same port spoken to in plain HTTP is no server of ours.
    let (code, _, err) = healthcheck(vec!["--url".into(), format!("http://{https}")], vec![]).await;
    assert_eq!(code, 1, "{err}");
    server.kill();
}
