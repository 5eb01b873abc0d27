//! Three real `quizbox serve` processes on loopback sharing one Postgres
//! database and one Redis prefix: clients of a game connect to any of
//! them. The node that created the game runs it; the other two relay
//! their clients to it over Redis pub/sub. Needs the Postgres
//! `QUIZBOX_TEST_POSTGRES` names and the Redis `QUIZBOX_TEST_REDIS` names
//! (each skipped with a notice where there is none, a failure under
//! CI=true).

mod common;
#[path = "common/postgres.rs"]
mod postgres;
#[path = "common/redis_service.rs"]
mod redis_service;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use common::process::Server;
use common::sim::{self, Acked, PlayerPlan};
use postgres::TestDatabase;
use quizbox::protocol::close;
use redis_service::RedisPlace;

const PLAYERS: usize = 9;
const QUESTIONS: usize = 4;
/// Short leases, so a takeover happens within a test's patience.
const LEASE_MS: &str = "1500";

/// Three nodes on `database` and `live`, each with a data directory of
/// its own (nothing in it but caches and the first node's admin token).
struct Nodes {
    servers: Vec<Server>,
    _dirs: Vec<tempfile::TempDir>,
}

impl Nodes {
    async fn start(database: &str, live: &str) -> Nodes {
        let mut servers = Vec::new();
        let mut dirs = Vec::new();
        for _ in 0..3 {
            let dir = tempfile::tempdir().unwrap();
            let mut server = Server::new(dir.path());
            server.spawn_with_env(&[
                ("QUIZBOX_DATABASE", database),
                ("QUIZBOX_LIVE", live),
                ("QUIZBOX_LIVE_LEASE_MS", LEASE_MS),
            ]);
            // One at a time: the first creates the admin and its token.
            server.wait_ready().await;
            servers.push(server);
            dirs.push(dir);
        }
        // Each node's start issues the local admin token again (revoking
        // the one before): the last one works, for every node.
        let token = std::fs::read(dirs[2].path().join("admin.token")).unwrap();
        for dir in &dirs[..2] {
            std::fs::write(dir.path().join("admin.token"), &token).unwrap();
        }
        Nodes {
            servers,
            _dirs: dirs,
        }
    }

    fn addr(&self, n: usize) -> SocketAddr {
        self.servers[n].addr
    }
}

/// Writes `quiz` into the shared database.
async fn seed(database: &str, quiz: &quizbox::quiz::Quiz) {
    let store = quizbox::store::open(database).await.unwrap();
    store.migrate().await.unwrap();
    store.upsert_quiz(quiz, "test").await.unwrap();
}

/// The finished game's results, asked of node `server` with the admin
/// token the first node wrote.
async fn results(first: &Server, server: &Server, game_id: &str) -> Value {
    let token = common::admin_token(&first.dir);
    let path = format!("/api/games/{game_id}/results");
    let (status, body) = common::http_as(&token, server.addr, "GET", &path, None)
        .await
        .unwrap();
    assert_eq!(status, 200, "{body}");
    serde_json::from_str(&body).unwrap()
}

fn owner(place: &RedisPlace, game_id: &str) -> Option<String> {
    redis::cmd("GET")
        .arg(format!("{}game:{game_id}:owner", place.prefix))
        .query(&mut place.connection())
        .unwrap()
}

/// Players on all three nodes and the host on the first play a game to
/// the podium: every acknowledged answer is in the results once, the
/// scores are right, and each node reads the same results.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn players_on_three_nodes_play_one_game_to_the_podium() {
    let Some(database) = TestDatabase::create_or_skip("game_nodes").await else {
        return;
    };
    let Some(place) = RedisPlace::shared() else {
        return;
    };
    seed(database.url(), &sim::quiz("nodes", QUESTIONS, 0)).await;
    let nodes = Nodes::start(database.url(), &place.url()).await;
    let (game_id, pin, key) = common::process::create(&nodes.servers[0], "nodes").await;
    let reserved: Option<String> = redis::cmd("GET")
        .arg(format!("{}pin:{pin}", place.prefix))
        .query(&mut place.connection())
        .unwrap();
    assert_eq!(
        reserved.as_deref(),
        Some(game_id.as_str()),
        "the PIN is reserved"
    );

    let heard = Heard::listen(&place, &game_id);
    let acked = Acked::default();
    let host = tokio::spawn(sim::host(nodes.addr(0), pin.clone(), key, PLAYERS));
    let players: Vec<_> = (0..PLAYERS)
        .map(|n| {
            let plan = PlayerPlan {
                n,
                seed: n as u64 * 7_919 + 11,
                drop_per_mille: 0,
            };
            tokio::spawn(sim::player(
                nodes.addr(n % 3),
                pin.clone(),
                plan,
                acked.clone(),
            ))
        })
        .collect();
    tokio::time::timeout(Duration::from_secs(120), host)
        .await
        .expect("game finished")
        .unwrap();
    let mut ids = Vec::new();
    for p in players {
        let report = tokio::time::timeout(Duration::from_secs(30), p)
            .await
            .expect("player finished")
            .unwrap();
        assert_eq!(report.drops, 0);
        ids.push(report.id);
    }
    assert_eq!(acked.lock().unwrap().len(), PLAYERS * QUESTIONS);
    let first = results(&nodes.servers[0], &nodes.servers[0], &game_id).await;
    sim::check_results(&first, &acked, &ids, QUESTIONS);
    for n in 1..3 {
        let same = results(&nodes.servers[0], &nodes.servers[n], &game_id).await;
        assert_eq!(
            same["players"], first["players"],
            "node {n} reads the same scores"
        );
    }
    // The game is over: its PIN is free again and its live keys are gone.
    let reserved: Option<String> = redis::cmd("GET")
        .arg(format!("{}pin:{pin}", place.prefix))
        .query(&mut place.connection())
        .unwrap();
    assert_eq!(reserved, None);

    // What went between the nodes: the two relaying nodes each had a
    // channel of their own, and each phase change went out once on the
    // game's channel (at most twice: players and hosts may see it
    // differently), not once per relayed player (six of them).
    let heard = heard.stop();
    let to_nodes: std::collections::BTreeSet<&str> = heard
        .iter()
        .filter(|(channel, _)| channel.contains(":to:"))
        .map(|(channel, _)| channel.as_str())
        .collect();
    assert_eq!(to_nodes.len(), 2, "{to_nodes:?}");
    let out = format!("{}game:{game_id}:out", place.prefix);
    let is_phase = |payload: &[u8]| {
        payload
            .windows(br#""type":"phase""#.len())
            .any(|w| w == br#""type":"phase""#)
    };
    let phases_out = heard
        .iter()
        .filter(|(channel, payload)| *channel == out && payload[0] == b'B' && is_phase(payload))
        .count();
    let phases_to_one = heard
        .iter()
        .filter(|(channel, payload)| channel.contains(":to:") && is_phase(payload))
        .count();
    // At most answering, reveal and leaderboard per question, and the podium.
    let changes = 3 * QUESTIONS + 1;
    assert!(
        (2 * QUESTIONS..=2 * changes).contains(&phases_out),
        "{phases_out} phase broadcasts for at most {changes} phase changes"
    );
    assert_eq!(phases_to_one, 0, "phase changes are broadcasts");
}

/// Every message published on the game's channels while a test listens.
struct Heard {
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    thread: std::thread::JoinHandle<Vec<(String, Vec<u8>)>>,
}

impl Heard {
    fn listen(place: &RedisPlace, game_id: &str) -> Heard {
        use std::sync::atomic::Ordering;
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let mut connection = place.connection();
        let pattern = format!("{}game:{game_id}:*", place.prefix);
        let (ready, subscribed) = std::sync::mpsc::channel();
        let stopping = std::sync::Arc::clone(&stop);
        let thread = std::thread::spawn(move || {
            let mut pubsub = connection.as_pubsub();
            pubsub.psubscribe(&pattern).unwrap();
            pubsub
                .set_read_timeout(Some(Duration::from_millis(100)))
                .unwrap();
            ready.send(()).unwrap();
            let mut heard = Vec::new();
            while !stopping.load(Ordering::SeqCst) {
                match pubsub.get_message() {
                    Ok(msg) => heard.push((
                        msg.get_channel_name().to_string(),
                        msg.get_payload_bytes().to_vec(),
                    )),
                    Err(e) if e.is_timeout() => {}
                    Err(e) => panic!("listening on {pattern}: {e}"),
                }
            }
            heard
        });
        subscribed.recv().unwrap();
        Heard { stop, thread }
    }

    fn stop(self) -> Vec<(String, Vec<u8>)> {
        self.stop.store(true, std::sync::atomic::Ordering::SeqCst);
        self.thread.join().unwrap()
    }
}

/// A player relayed by another node whose welcome we wait for.
async fn relayed_join(addr: SocketAddr, pin: &str, nickname: &str) -> (common::Client, Value) {
    common::process::attach(
        addr,
        json!({"type": "join", "v": 1, "pin": pin, "nickname": nickname}),
    )
    .await
}

/// The owner is SIGKILLed with a question open: once its lease expires
/// another node takes the game over, and the players relayed by the two
/// surviving nodes keep their sockets. Each is welcomed again with its
/// score and whether its answer is in; an answer acknowledged before the
/// kill counts once, one sent during the takeover is acknowledged by the
/// new owner, and the host, reconnecting to a surviving node, ends the
/// game with every answer in.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn relayed_players_keep_their_sockets_when_the_owner_dies() {
    let Some(database) = TestDatabase::create_or_skip("game_nodes_takeover").await else {
        return;
    };
    let Some(place) = RedisPlace::shared() else {
        return;
    };
    seed(database.url(), &sim::quiz("takeover", 2, 0)).await;
    let mut nodes = Nodes::start(database.url(), &place.url()).await;
    let (game_id, pin, key) = common::process::create(&nodes.servers[0], "takeover").await;
    let first_owner = owner(&place, &game_id).unwrap();

    let (mut ann, ann_welcome) = relayed_join(nodes.addr(1), &pin, "Ann").await;
    let (mut bob, bob_welcome) = relayed_join(nodes.addr(2), &pin, "Bob").await;
    let ann_id = ann_welcome["player"]["id"].as_u64().unwrap();
    let bob_id = bob_welcome["player"]["id"].as_u64().unwrap();
    let host_hello = json!({"type": "host", "v": 1, "pin": pin, "key": key});
    let (mut host, _) = common::process::attach(nodes.addr(0), host_hello.clone()).await;
    host.send(json!({"type": "start"})).await;
    let opened = ann.until("phase", Some("answering")).await;
    assert_eq!(opened["state"]["index"], 0);
    bob.until("phase", Some("answering")).await;

    // Ann's answer is acknowledged before the owner dies.
    ann.send(json!({"type": "answer", "question": 0, "answer": 0, "id": "ann-0"}))
        .await;
    let ack = ann.until("answer_ack", None).await;
    assert_eq!(ack["id"], "ann-0");

    nodes.servers[0].kill();
    let started = Instant::now();
    let second_owner = loop {
        if let Some(now) = owner(&place, &game_id).filter(|now| *now != first_owner) {
            break now;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "nobody took the game over"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_ne!(second_owner, first_owner);

    // Both sockets stay open and are welcomed again by the new owner.
    let ann_again = ann.until("welcome", None).await;
    assert_eq!(ann_again["player"]["id"], ann_id);
    assert_eq!(ann_again["answered"], true, "{ann_again}");
    let bob_again = bob.until("welcome", None).await;
    assert_eq!(bob_again["player"]["id"], bob_id);
    assert_ne!(bob_again["answered"], true);
    assert_eq!(ann.closed, None);
    assert_eq!(bob.closed, None);

    // The host comes back through a surviving node; the countdown the
    // restart paused is continued, and Bob's answer is taken there.
    let (mut host, _) = common::process::attach(nodes.addr(1), host_hello).await;
    host.send(json!({"type": "continue"})).await;
    bob.send(json!({"type": "answer", "question": 0, "answer": 1, "id": "bob-0"}))
        .await;
    let ack = bob.until("answer_ack", None).await;
    assert_eq!(ack["id"], "bob-0");
    host.send(json!({"type": "end"})).await;
    ann.until("phase", Some("podium")).await;
    host.until("phase", Some("podium")).await;
    host.send(json!({"type": "next"})).await;
    assert_eq!(ann.until_closed().await, close::GAME_OVER);
    assert_eq!(bob.until_closed().await, close::GAME_OVER);

    let results = results(&nodes.servers[0], &nodes.servers[2], &game_id).await;
    let answers = results["answers"].as_array().unwrap();
    let of = |player: u64| {
        answers
            .iter()
            .filter(|a| a["player"] == player && a["question"] == 0)
            .count()
    };
    assert_eq!(of(ann_id), 1, "{results}");
    assert_eq!(of(bob_id), 1, "{results}");
}

/// A node relaying a player dies: once it has been silent for a lease,
/// the owner lets its player go, as a closed socket, so the question
/// closes as soon as the players still connected have answered instead
/// of running out its ten seconds.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn players_of_a_dead_relaying_node_leave_the_game() {
    let Some(database) = TestDatabase::create_or_skip("game_nodes_relay_dies").await else {
        return;
    };
    let Some(place) = RedisPlace::shared() else {
        return;
    };
    seed(database.url(), &sim::quiz("relay-dies", 2, 0)).await;
    let mut nodes = Nodes::start(database.url(), &place.url()).await;
    let (_game_id, pin, key) = common::process::create(&nodes.servers[0], "relay-dies").await;
    let (mut ann, _) = relayed_join(nodes.addr(1), &pin, "Ann").await;
    let (mut bob, _) = relayed_join(nodes.addr(2), &pin, "Bob").await;
    let host_hello = json!({"type": "host", "v": 1, "pin": pin, "key": key});
    let (mut host, _) = common::process::attach(nodes.addr(0), host_hello).await;
    host.send(json!({"type": "start"})).await;
    ann.until("phase", Some("answering")).await;
    bob.until("phase", Some("answering")).await;

    nodes.servers[1].kill();
    // A lease (1.5 s) without a word from it, and a check after that.
    tokio::time::sleep(Duration::from_millis(2_500)).await;
    bob.send(json!({"type": "answer", "question": 0, "answer": 0, "id": "bob-0"}))
        .await;
    let ack = bob.until("answer_ack", None).await;
    assert_eq!(ack["id"], "bob-0");
    let answered = Instant::now();
    let reveal = bob.until("phase", Some("reveal")).await;
    assert_eq!(reveal["state"]["index"], 0);
    assert!(
        answered.elapsed() < Duration::from_secs(2),
        "the question waited {:?} for a player whose node is dead",
        answered.elapsed()
    );
}
