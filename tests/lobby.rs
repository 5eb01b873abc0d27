//! The lobby and its players under pressure: a resumed connection hears its
//! `welcome` before anything else, hosts see every join of a burst without
//! another game event, one address cannot fill a game, look-alike and
//! blank nicknames are refused, and the host locks the lobby and removes
//! players in bulk. Real sockets on 127.0.0.1, bounded in players and time.

mod common;

use std::time::Duration;

use common::sim;
use common::*;
use futures_util::SinkExt;
use serde_json::{json, Value};
use tokio_tungstenite::tungstenite::Message;

async fn start_with(quiz: &quizbox::quiz::Quiz) -> TestServer {
    let dir = tempfile::tempdir().unwrap();
    sim::seed(dir.path(), quiz).await;
    TestServer::start_in(dir).await
}

/// A quiz whose questions stay open for two minutes.
fn slow_quiz(id: &str) -> quizbox::quiz::Quiz {
    let mut quiz = sim::quiz(id, 2, 0);
    for q in &mut quiz.questions {
        q.time_limit = 120;
    }
    quiz
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_resumed_connection_hears_its_welcome_first_every_time() {
    const RESUMES: usize = 30;
    let server = start_with(&slow_quiz("resume-order")).await;
    let (_, pin, key) = server.create_game("resume-order", 0).await;
    let mut host = host(&server, &pin, &key).await;
    let mut current = hello(
        &server,
        json!({"type": "join", "v": 1, "pin": pin, "nickname": "Ann"}),
    )
    .await;
    let welcome = current.until("welcome", None).await;
    let token = welcome["token"].as_str().unwrap().to_string();
    host.send(json!({"type": "start"})).await;
    host.until("phase", Some("answering")).await;

    let mut firsts = Vec::new();
    for round in 0..RESUMES {
        // The connection being replaced answers (again: a resent answer is
        // acknowledged again) just as the new one resumes; every other time
        // the new one also asks the time in the same breath.
        let mut next = Client::connect(&server.ws_url()).await;
        current
            .send(json!({"type": "answer", "question": 0, "answer": 1, "id": "a1"}))
            .await;
        let resume = json!({"type": "resume", "v": 1, "pin": pin, "token": token});
        next.socket
            .feed(Message::Text(resume.to_string().into()))
            .await
            .unwrap();
        if round % 2 == 0 {
            next.socket
                .feed(Message::Text(
                    json!({"type": "ping", "t": round as f64})
                        .to_string()
                        .into(),
                ))
                .await
                .unwrap();
        }
        next.socket.flush().await.unwrap();
        let first = next.next().await.expect("a first message");
        firsts.push(first["type"].as_str().unwrap_or("?").to_string());
        // The replaced connection is closed; the new one plays on.
        current.until_closed().await;
        current = next;
    }
    let early: Vec<(usize, &String)> = firsts
        .iter()
        .enumerate()
        .filter(|(_, t)| *t != "welcome")
        .collect();
    assert!(
        early.is_empty(),
        "{} of {RESUMES} resumes heard something before their welcome: {early:?}",
        early.len()
    );
    server.stop().await;
}

/// Connects a client whose receive buffer is tiny, so the server's writes to
/// it back up as soon as it stops reading.
async fn tight_client(server: &TestServer) -> Client {
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.set_recv_buffer_size(4096).unwrap();
    let stream = socket.connect(server.addr).await.unwrap();
    let (socket, _) = tokio_tungstenite::client_async(
        server.ws_url(),
        tokio_tungstenite::MaybeTlsStream::Plain(stream),
    )
    .await
    .unwrap();
    Client {
        socket,
        frames: Vec::new(),
        closed: None,
    }
}

/// Joins `names` to the game, `at_once` at a time; each joiner leaves once
/// welcomed (it stays in the game). Returns how many were welcomed.
async fn join_all(server: &TestServer, pin: &str, names: Vec<String>, at_once: usize) -> usize {
    let gate = std::sync::Arc::new(tokio::sync::Semaphore::new(at_once));
    let mut joins = tokio::task::JoinSet::new();
    for name in names {
        let (gate, url, pin) = (gate.clone(), server.ws_url(), pin.to_string());
        joins.spawn(async move {
            let _turn = gate.acquire_owned().await.unwrap();
            let mut c = Client::connect(&url).await;
            c.send(json!({"type": "join", "v": 1, "pin": pin, "nickname": name}))
                .await;
            let first = c.next().await;
            let _ = c.socket.close(None).await;
            first.is_some_and(|m| m["type"] == "welcome")
        });
    }
    let mut welcomed = 0;
    while let Some(done) = joins.join_next().await {
        welcomed += usize::from(done.unwrap());
    }
    welcomed
}

/// The next text frame as JSON; None once the socket closes.
async fn next_text(c: &mut Client) -> Option<Value> {
    use futures_util::StreamExt;
    loop {
        match c.socket.next().await? {
            Ok(Message::Text(text)) => return serde_json::from_str(&text).ok(),
            Ok(Message::Close(frame)) => {
                c.closed = Some(frame.map_or(1005, |f| f.code.into()));
                return None;
            }
            Ok(_) => continue,
            Err(_) => return None,
        }
    }
}

/// How many players a host message says the game has, if it says.
fn players_seen(msg: &Value) -> Option<usize> {
    match msg["type"].as_str()? {
        "welcome" => msg["players"].as_array().map(Vec::len),
        "player_joined" | "player_left" => msg["count"].as_u64().map(|n| n as usize),
        _ => None,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_host_that_fell_behind_in_a_join_burst_catches_up_without_another_event() {
    const PLAYERS: usize = 1000;
    let dir = tempfile::tempdir().unwrap();
    // All 1,000 come from this machine's one address.
    std::fs::write(
        dir.path().join("quizbox.toml"),
        "[limits]\njoins_per_address = 0\n",
    )
    .unwrap();
    sim::seed(dir.path(), &slow_quiz("burst")).await;
    let server = TestServer::start_in(dir).await;
    let (_, pin, key) = server.create_game("burst", 0).await;
    let mut host = tight_client(&server).await;
    host.send(json!({"type": "host", "v": 1, "pin": pin, "key": key}))
        .await;
    host.until("welcome", None).await;
    // A presenter screen that stops reading for good.
    let mut screen = tight_client(&server).await;
    screen
        .send(json!({"type": "watch", "v": 1, "pin": pin}))
        .await;
    screen.until("welcome", None).await;
    // The host reads nothing while 1,000 players join: its socket buffers
    // and then its queue of 64 fill up, and it misses the rest of the burst.
    // Long names (CJK letters take 4 bytes each) fill the buffers sooner.
    let names = (0..PLAYERS)
        .map(|i| format!("{i:04}{}", "\u{20000}\u{20001}".repeat(8)))
        .collect();
    assert_eq!(join_all(&server, &pin, names, 25).await, PLAYERS);
    // Nothing else happens in the game from here on. The host reads again
    // and must come to see every player.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let mut last_seen = None;
    let mut resynced = false;
    let caught_up = tokio::time::timeout(GENEROUS, async {
        loop {
            let Some(msg) = next_text(&mut host).await else {
                return false;
            };
            resynced |= msg["type"] == "welcome";
            last_seen = players_seen(&msg).or(last_seen);
            if last_seen == Some(PLAYERS) {
                return true;
            }
        }
    })
    .await
    .unwrap_or(false);
    assert!(
        caught_up,
        "the host saw {last_seen:?} of {PLAYERS} players (closed: {:?})",
        host.closed
    );
    assert!(
        resynced,
        "the host did fall behind and was sent a fresh welcome"
    );
    // The screen never read again: it is closed as not reading (30 s after
    // it fell behind), though the game sent nothing more after the burst.
    let burst_over = std::time::Instant::now();
    tokio::time::sleep(Duration::from_secs(33)).await;
    let closed = tokio::time::timeout(GENEROUS, async {
        while next_text(&mut screen).await.is_some() {}
        screen.closed
    })
    .await;
    assert_eq!(
        closed,
        Ok(Some(quizbox::protocol::close::TOO_SLOW)),
        "the stuck screen was closed with 4012 ({:?} after the burst)",
        burst_over.elapsed()
    );
    server.stop().await;
}

/// Tries to join as `nickname`; returns the first message (a `welcome` or
/// an `error`) and keeps the player in the game if it got in.
async fn try_join(server: &TestServer, pin: &str, nickname: &str) -> (Value, Client) {
    let mut c = hello(
        server,
        json!({"type": "join", "v": 1, "pin": pin, "nickname": nickname}),
    )
    .await;
    let first = c.next().await.expect("a reply to join");
    (first, c)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invisible_blank_zalgo_and_look_alike_nicknames_are_refused() {
    let server = start_with(&slow_quiz("names")).await;
    let (_, pin, key) = server.create_game("names", 0).await;
    let mut host = host(&server, &pin, &key).await;
    let ann = join(&server, &pin, "Ann").await;
    // "Ann" with something invisible appended: each looked exactly like Ann.
    for tail in [
        "\u{200C}",
        "\u{200D}",
        "\u{034F}",
        "\u{FE0F}",
        "\u{E0100}",
        "\u{E0041}\u{E006E}\u{E007F}",
        "\u{180B}",
    ] {
        let name = format!("Ann{tail}");
        let (reply, _) = try_join(&server, &pin, &name).await;
        assert_eq!(reply["code"], "nickname_invalid", "{name:?}: {reply}");
    }
    // Names that show nothing, and Zalgo text.
    for name in [
        "\u{3164}",
        "\u{2800}\u{2800}",
        "\u{115F}",
        "\u{17B4}",
        "\u{0301}\u{0308}",
        "Z\u{0336}\u{0335}\u{0334}\u{0337}algo",
    ] {
        let (reply, _) = try_join(&server, &pin, name).await;
        assert_eq!(reply["code"], "nickname_invalid", "{name:?}: {reply}");
    }
    // Look-alikes of a name in play are taken: Cyrillic А, capitals,
    // a zero for an O.
    let bob = join(&server, &pin, "Bob").await;
    for name in ["\u{0410}nn", "ANN", "B0B"] {
        let (reply, _) = try_join(&server, &pin, name).await;
        assert_eq!(reply["code"], "nickname_taken", "{name:?}: {reply}");
    }
    // Real names with accents, other scripts and emoji still get in.
    let mut kept = Vec::new();
    for name in ["Nguyễn", "น้ำ", "Zoë 🦊", "👩\u{200D}🚀 Ann"] {
        let (reply, c) = try_join(&server, &pin, name).await;
        assert_eq!(reply["type"], "welcome", "{name:?}: {reply}");
        kept.push(c);
    }
    let welcome = hello(&server, json!({"type": "watch", "v": 1, "pin": pin}))
        .await
        .until("welcome", None)
        .await;
    assert_eq!(welcome["players"].as_array().unwrap().len(), 6);
    drop((ann, bob, kept));
    host.send(json!({"type": "end"})).await;
    server.stop().await;
}

/// A client connecting from `from` (any 127.0.0.0/8 address is this machine).
async fn client_from(server: &TestServer, from: [u8; 4]) -> Client {
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind(std::net::SocketAddr::from((from, 0))).unwrap();
    let stream = socket.connect(server.addr).await.unwrap();
    let (socket, _) = tokio_tungstenite::client_async(
        server.ws_url(),
        tokio_tungstenite::MaybeTlsStream::Plain(stream),
    )
    .await
    .unwrap();
    Client {
        socket,
        frames: Vec::new(),
        closed: None,
    }
}

/// Joins as `nickname` from `from`; returns the first reply and the client.
async fn join_from(
    server: &TestServer,
    from: [u8; 4],
    pin: &str,
    nickname: &str,
) -> (Value, Client) {
    let mut c = client_from(server, from).await;
    c.send(json!({"type": "join", "v": 1, "pin": pin, "nickname": nickname}))
        .await;
    let first = c.next().await.expect("a reply to join");
    (first, c)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_address_cannot_fill_a_game_and_the_host_clears_a_flood() {
    const PER_ADDRESS: usize = 30;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("quizbox.toml"),
        format!("max_players = 40\n[limits]\njoins_per_address = {PER_ADDRESS}\n"),
    )
    .unwrap();
    sim::seed(dir.path(), &slow_quiz("flood")).await;
    let server = TestServer::start_in(dir).await;
    let (_, pin, key) = server.create_game("flood", 0).await;
    let mut host = host(&server, &pin, &key).await;
    let mut screen = hello(&server, json!({"type": "watch", "v": 1, "pin": pin})).await;
    screen.until("welcome", None).await;

    // A bot farm on one address gets 30 players in, then is refused.
    let bots: Vec<String> = (0..PER_ADDRESS).map(|i| format!("bot{i}")).collect();
    assert_eq!(join_all(&server, &pin, bots, 10).await, PER_ADDRESS);
    let (refused, mut bot) = join_from(&server, [127, 0, 0, 1], &pin, "bot99").await;
    assert_eq!(refused["code"], "too_many_joins", "{refused}");
    assert_eq!(
        bot.until_closed().await,
        quizbox::protocol::close::JOIN_REFUSED
    );
    // A real player from another address still gets in: the game is not full.
    let (welcome, _ann) = join_from(&server, [127, 0, 0, 2], &pin, "Ann").await;
    assert_eq!(welcome["type"], "welcome", "{welcome}");

    // The host removes every bot by name in one go, and hears of it once.
    host.send(json!({"type": "kick_matching", "pattern": "BOT"}))
        .await;
    let left = host.until("players_left", None).await;
    assert_eq!(left["players"].as_array().unwrap().len(), PER_ADDRESS);
    assert_eq!(left["count"], 1, "Ann stays");
    // Kicked bots cannot come back from their address: they were counted.
    let (again, _) = join_from(&server, [127, 0, 0, 1], &pin, "newbot").await;
    assert_eq!(again["code"], "too_many_joins", "{again}");

    // Locked, nobody joins, from any address; the screen shows it.
    host.send(json!({"type": "lock"})).await;
    assert_eq!(host.until("joining", None).await["open"], false);
    assert_eq!(screen.until("joining", None).await["open"], false);
    let (locked, _) = join_from(&server, [127, 0, 0, 3], &pin, "Bob").await;
    assert_eq!(locked["code"], "lobby_locked", "{locked}");
    let rewelcome = hello(&server, json!({"type": "watch", "v": 1, "pin": pin}))
        .await
        .until("welcome", None)
        .await;
    assert_eq!(
        rewelcome["locked"], true,
        "a screen that connects now sees it"
    );
    host.send(json!({"type": "unlock"})).await;
    assert_eq!(host.until("joining", None).await["open"], true);
    let (bob, _bob) = join_from(&server, [127, 0, 0, 3], &pin, "Bob").await;
    assert_eq!(bob["type"], "welcome", "{bob}");

    // A second wave from another address, removed by how recent it is;
    // Ann and Bob joined seconds before and stay.
    tokio::time::sleep(Duration::from_secs(6)).await;
    let mut wave = Vec::new();
    for i in 0..5 {
        let (w, c) = join_from(&server, [127, 0, 0, 4], &pin, &format!("wave {i}")).await;
        assert_eq!(w["type"], "welcome", "{w}");
        wave.push(c);
    }
    host.send(json!({"type": "kick_recent", "seconds": 3}))
        .await;
    let left = host.until("players_left", None).await;
    assert_eq!(left["players"].as_array().unwrap().len(), 5, "{left}");
    assert_eq!(left["count"], 2, "Ann and Bob stay: {left}");
    for mut c in wave {
        assert_eq!(c.until("kicked", None).await["type"], "kicked");
        assert_eq!(c.until_closed().await, quizbox::protocol::close::KICKED);
    }
    // A pattern that matches nobody says so.
    host.send(json!({"type": "kick_matching", "pattern": "zzz"}))
        .await;
    assert_eq!(host.until("error", None).await["code"], "no_such_player");
    server.stop().await;
}

/// The `type`s of `frames`, for messages.
#[allow(dead_code)]
fn types(frames: &[Value]) -> Vec<String> {
    frames
        .iter()
        .map(|f| f["type"].as_str().unwrap_or("?").to_string())
        .collect()
}

const GENEROUS: Duration = Duration::from_secs(30);
