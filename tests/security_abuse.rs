//! Abuse from the audience, over real sockets: guessing PINs, host keys and
//! resume tokens, a player sending host commands or answering for someone
//! else, message floods, hostile nicknames, oversized bodies, and the
//! security headers every response carries.

mod common;

use common::*;
use quizbox::protocol::close;
use serde_json::{json, Value};
use tokio::net::TcpSocket;
use tokio_tungstenite::MaybeTlsStream;

/// A server whose data directory starts with this quizbox.toml.
async fn server_with(config: &str) -> TestServer {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("quizbox.toml"), config).unwrap();
    TestServer::start_in(dir).await
}

/// A WebSocket from another loopback address (127.0.0.0/8 all reaches us).
async fn connect_from(server: &TestServer, source: [u8; 4]) -> Client {
    let socket = TcpSocket::new_v4().unwrap();
    socket.bind((source, 0).into()).unwrap();
    let stream = socket.connect(server.addr).await.unwrap();
    let (socket, _) =
        tokio_tungstenite::client_async(server.ws_url(), MaybeTlsStream::Plain(stream))
            .await
            .unwrap();
    Client {
        socket,
        frames: Vec::new(),
        closed: None,
    }
}

/// Sends `hello` and returns the refusal's error code and close code.
async fn refusal(mut client: Client, hello: Value) -> (String, u16) {
    client.send(hello).await;
    let error = client.until("error", None).await;
    let code = client.until_closed().await;
    (error["code"].as_str().unwrap().to_string(), code)
}

fn join_msg(pin: &str, nickname: &str) -> Value {
    json!({"type": "join", "v": 1, "pin": pin, "nickname": nickname})
}

fn other_pin(pin: &str) -> String {
    if pin == "100000" { "100001" } else { "100000" }.to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pin_brute_force_is_throttled_per_address() {
    let server = TestServer::start().await;
    let (_, pin, key) = server.create_game("world-capitals", 0).await;
    let wrong = other_pin(&pin);
    let mut host = host(&server, &pin, &key).await;

    // Joining many times from one address is fine: only failures count.
    let mut crowd = Vec::new();
    for n in 0..40 {
        crowd.push(join(&server, &pin, &format!("P{n}")).await);
    }

    // The default allowance is 20 wrong guesses; each is told "no game".
    for _ in 0..20 {
        let client = Client::connect(&server.ws_url()).await;
        let (code, close_code) = refusal(client, join_msg(&wrong, "Guess")).await;
        assert_eq!(
            (code.as_str(), close_code),
            ("unknown_game", close::UNKNOWN_GAME)
        );
    }
    // Then everything from that address is refused for a while, the right
    // PIN included, so a hit cannot be told from a miss.
    let client = Client::connect(&server.ws_url()).await;
    let (code, close_code) = refusal(client, join_msg(&wrong, "Guess")).await;
    assert_eq!(
        (code.as_str(), close_code),
        ("rate_limited", close::RATE_LIMITED)
    );
    let client = Client::connect(&server.ws_url()).await;
    let (code, close_code) = refusal(client, join_msg(&pin, "Late")).await;
    assert_eq!(
        (code.as_str(), close_code),
        ("rate_limited", close::RATE_LIMITED)
    );
    let watch = json!({"type": "watch", "v": 1, "pin": pin});
    let (code, _) = refusal(Client::connect(&server.ws_url()).await, watch.clone()).await;
    assert_eq!(code, "rate_limited");

    // The QR code route is a PIN oracle too: 429 with Retry-After.
    let (status, head, _) = http_raw(
        server.addr,
        "GET",
        &format!("/api/games/{pin}/qr.svg"),
        None,
        &[],
    )
    .await
    .unwrap();
    assert_eq!(status, 429);
    let retry: u64 = header_value(&head, "retry-after").unwrap().parse().unwrap();
    assert!((1..=60).contains(&retry), "{retry}");

    // Another address is not affected, and players already in keep playing.
    let mut other = connect_from(&server, [127, 0, 0, 2]).await;
    other.send(join_msg(&pin, "Other")).await;
    let welcome = other.until("welcome", None).await;
    assert_eq!(welcome["player"]["nickname"], "Other");
    host.send(json!({"type": "start"})).await;
    crowd[0].until("phase", Some("answering")).await;

    // Wrong host keys count the same way, per address.
    let guesser = [127, 0, 0, 3];
    for n in 0..20 {
        let client = connect_from(&server, guesser).await;
        let hello = json!({"type": "host", "v": 1, "pin": pin, "key": format!("{n:032x}")});
        let (code, close_code) = refusal(client, hello).await;
        assert_eq!((code.as_str(), close_code), ("forbidden", close::FORBIDDEN));
    }
    let client = connect_from(&server, guesser).await;
    let hello = json!({"type": "host", "v": 1, "pin": pin, "key": key});
    let (code, close_code) = refusal(client, hello).await;
    assert_eq!(
        (code.as_str(), close_code),
        ("rate_limited", close::RATE_LIMITED),
        "even the right key, once blocked"
    );
    server.stop().await;
}

fn header_value(headers: &hyper::HeaderMap, name: &str) -> Option<String> {
    let value = headers.get(name)?.to_str().ok()?;
    Some(value.to_string())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_players_socket_cannot_send_host_commands() {
    let server = TestServer::start().await;
    let (_, pin, key) = server.create_game("world-capitals", 0).await;
    let mut host = host(&server, &pin, &key).await;
    let mut ann = join(&server, &pin, "Ann").await;
    host.until("player_joined", None).await;
    let mut screen = hello(&server, json!({"type": "watch", "v": 1, "pin": pin})).await;
    screen.until("welcome", None).await;

    let commands = [
        json!({"type": "start"}),
        json!({"type": "next"}),
        json!({"type": "skip"}),
        json!({"type": "pause"}),
        json!({"type": "continue"}),
        json!({"type": "extend", "seconds": 30}),
        json!({"type": "kick", "player": 0}),
        json!({"type": "end"}),
        // A host opening message on an open player socket changes nothing.
        json!({"type": "host", "v": 1, "pin": pin, "key": key}),
    ];
    for command in &commands {
        for client in [&mut ann, &mut screen] {
            client.send(command.clone()).await;
            let reply = client.until("error", None).await;
            assert!(
                reply["code"] == "not_host" || reply["code"] == "bad_message",
                "{command} → {reply}"
            );
        }
    }
    // Nothing happened: the game is still in its lobby with Ann in it, and
    // her socket is still open.
    ann.send(json!({"type": "ping", "t": 1.0})).await;
    ann.until("pong", None).await;
    let phases: Vec<&String> = ann
        .frames
        .iter()
        .filter(|f| f.contains("\"type\":\"phase\""))
        .collect();
    assert!(phases.is_empty(), "no phase change: {phases:?}");
    host.send(json!({"type": "start"})).await;
    ann.until("phase", Some("answering")).await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn players_act_only_as_themselves() {
    let server = TestServer::start().await;
    let (game_id, pin, key) = server.create_game("world-capitals", 0).await;
    let mut host = host(&server, &pin, &key).await;
    let mut ann = join(&server, &pin, "Ann").await;
    let mut bob = join(&server, &pin, "Bob").await;
    let welcome = |c: &Client| -> Value { serde_json::from_str(&c.frames[0]).unwrap() };
    let (ann_id, ann_token) = (
        welcome(&ann)["player"]["id"].as_u64().unwrap(),
        welcome(&ann)["token"].as_str().unwrap().to_string(),
    );
    let bob_id = welcome(&bob)["player"]["id"].as_u64().unwrap();

    // Bob names Ann as the player in his answer: the field is ignored and
    // the answer is his.
    host.send(json!({"type": "start"})).await;
    bob.until("phase", Some("answering")).await;
    bob.send(json!({"type": "answer", "question": 0, "answer": 1, "player": ann_id, "id": "b0"}))
        .await;
    bob.until("answer_ack", None).await;
    host.send(json!({"type": "next"})).await;
    host.until("phase", Some("reveal")).await;
    let results = server
        .get_json(&format!("/api/games/{game_id}/results"))
        .await;
    let answers = results["answers"].as_array().unwrap();
    assert_eq!(answers.len(), 1, "{results}");
    assert_eq!(answers[0]["player"].as_u64(), Some(bob_id));
    let _ = ann.until("result", None).await;

    // Resume tokens that are not exactly a player's are refused.
    let mut flipped = ann_token.clone().into_bytes();
    flipped[0] = if flipped[0] == b'0' { b'1' } else { b'0' };
    for token in [
        String::from_utf8(flipped).unwrap(),
        format!("{ann_token}0"),
        ann_token[..ann_token.len() - 1].to_string(),
        ann_token.to_uppercase(),
        format!("{ann_id}"),
        String::new(),
    ] {
        let resume = json!({"type": "resume", "v": 1, "pin": pin, "token": token});
        let (code, close_code) = refusal(Client::connect(&server.ws_url()).await, resume).await;
        assert_eq!(
            (code.as_str(), close_code),
            ("forbidden", close::FORBIDDEN),
            "{token}"
        );
    }
    // Ann's token does not open another game.
    let (_, other_pin, _) = server.create_game("science-basics", 0).await;
    let resume = json!({"type": "resume", "v": 1, "pin": other_pin, "token": ann_token});
    let (code, _) = refusal(Client::connect(&server.ws_url()).await, resume).await;
    assert_eq!(code, "forbidden");
    // The real token still works for Ann, and only as Ann.
    let resume = json!({"type": "resume", "v": 1, "pin": pin, "token": ann_token});
    let mut again = hello(&server, resume).await;
    let back = again.until("welcome", None).await;
    assert_eq!(back["player"]["id"].as_u64(), Some(ann_id));
    assert_eq!(back["player"]["nickname"], "Ann");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_flood_closes_that_socket_with_4008() {
    let server = server_with("[limits]\nmessages_per_second = 1\nmessages_burst = 10\n").await;
    let (_, pin, _) = server.create_game("world-capitals", 0).await;
    let mut calm = join(&server, &pin, "Calm").await;
    let mut flood = join(&server, &pin, "Flood").await;
    // Ten messages fit in the burst.
    for n in 0..10 {
        flood.send(json!({"type": "ping", "t": n})).await;
        flood.until("pong", None).await;
    }
    flood.send(json!({"type": "ping", "t": 99})).await;
    assert_eq!(flood.until_closed().await, close::TOO_MANY_MESSAGES);
    // Others are untouched.
    calm.send(json!({"type": "ping", "t": 1})).await;
    calm.until("pong", None).await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_nicknames_are_normalized_refused_or_kept_as_text() {
    let server = server_with("[limits]\nblocked_nicknames = [\"rude\"]\n").await;
    let (_, pin, _) = server.create_game("world-capitals", 0).await;
    // Markup is just text: kept as typed, rendered as text by the pages.
    let _markup = join(&server, &pin, "<svg/onload=alert()>").await;
    let _ann = join(&server, &pin, "Ann").await;
    for (nickname, code) in [
        ("Ａｎｎ", "nickname_taken"),
        ("ann", "nickname_taken"),
        ("evil\u{202e}gnp", "nickname_invalid"),
        ("zero\u{200b}width", "nickname_invalid"),
        ("bell\u{7}", "nickname_invalid"),
        ("R.u.D.e dude", "nickname_invalid"),
        ("ＲＵＤＥ", "nickname_invalid"),
    ] {
        let client = Client::connect(&server.ws_url()).await;
        let (got, close_code) = refusal(client, join_msg(&pin, nickname)).await;
        assert_eq!(
            (got.as_str(), close_code),
            (code, close::JOIN_REFUSED),
            "{nickname:?}"
        );
    }
    // A compatibility form is stored in its plain form.
    let mut fish = hello(&server, join_msg(&pin, "ﬁsh")).await;
    let welcome = fish.until("welcome", None).await;
    assert_eq!(welcome["player"]["nickname"], "fish");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oversized_bodies_get_413() {
    let server = server_with("[limits]\nbody_bytes = 2048\nimport_bytes = 4096\n").await;
    let auth = format!("Bearer {}", server.token);
    let headers = [("Authorization", auth.as_str())];
    let big = json!({"quiz_id": "x".repeat(3000)}).to_string();
    let (status, _, _) = http_raw(server.addr, "POST", "/api/games", Some(&big), &headers)
        .await
        .unwrap();
    assert_eq!(status, 413);
    let file = "question,answer1,answer2,correct\n".to_string() + &"Q?,a,b,1\n".repeat(600);
    let (status, _, _) = http_raw(
        server.addr,
        "POST",
        "/api/quizzes/import?name=big.csv",
        Some(&file),
        &headers,
    )
    .await
    .unwrap();
    assert_eq!(status, 413);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_response_carries_the_security_headers() {
    let server = TestServer::start().await;
    for path in [
        "/",
        "/host",
        "/studio",
        "/studio/edit/world-capitals",
        "/reports",
        "/reports/g-1",
        "/screen/123456",
        "/assets/player.js",
        "/api/quizzes",
    ] {
        let (_, head, _) = http_raw(server.addr, "GET", path, None, &[]).await.unwrap();
        let csp = header_value(&head, "content-security-policy").unwrap_or_default();
        assert!(csp.contains("script-src 'self'"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-eval"), "{path}: {csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(csp.contains("object-src 'none'"), "{path}: {csp}");
        assert_eq!(
            header_value(&head, "x-content-type-options").as_deref(),
            Some("nosniff"),
            "{path}"
        );
        assert_eq!(
            header_value(&head, "referrer-policy").as_deref(),
            Some("no-referrer"),
            "{path}"
        );
        assert_eq!(
            header_value(&head, "x-frame-options").as_deref(),
            Some("DENY"),
            "{path}"
        );
    }
    server.stop().await;
}
