//! The `Live` conformance suite (`quizbox::live::conformance`) against
//! every live-state backend: one line per backend below. Each story is
//! its own test, `<backend>::<story>`.

#[path = "common/place.rs"]
mod place;
#[path = "common/redis_service.rs"]
mod redis_service;

use std::sync::Arc;

use async_trait::async_trait;
use quizbox::live::conformance::LiveBackend;
use quizbox::live::Live;

quizbox::live_suite!(files, FilesBackend);

/// The embedded backend: a directory of files (`files://PATH`). Its writes
/// fail on a full tmpfs.
struct FilesBackend(place::Place);

#[async_trait]
impl LiveBackend for FilesBackend {
    async fn place(breakable: bool) -> Option<Self> {
        place::Place::new(breakable).map(FilesBackend)
    }

    async fn open(&self) -> Arc<dyn Live> {
        let url = format!("files://{}", self.0.path().join("live").display());
        quizbox::live::open(&url).await.unwrap()
    }

    async fn break_writes(&self) {
        self.0.fill();
    }

    async fn mend_writes(&self) {
        self.0.empty();
    }
}

quizbox::live_suite!(redis, RedisBackend);

/// Redis (`redis://HOST:PORT?prefix=P`): each story under a key prefix of
/// its own on the Redis that `QUIZBOX_TEST_REDIS` names, deleted after it.
/// The story that breaks writes gets a private `redis-server` on a free
/// loopback port instead, and its writes fail the way a Redis at its
/// `maxmemory` with `noeviction` refuses them (`CONFIG SET maxmemory 1`);
/// a restart is a new connection, Redis itself keeps running.
struct RedisBackend(redis_service::RedisPlace);

#[async_trait]
impl LiveBackend for RedisBackend {
    async fn place(breakable: bool) -> Option<Self> {
        let place = if breakable {
            redis_service::RedisPlace::private()
        } else {
            redis_service::RedisPlace::shared()
        };
        place.map(RedisBackend)
    }

    async fn open(&self) -> Arc<dyn Live> {
        quizbox::live::open(&self.0.url()).await.unwrap()
    }

    async fn break_writes(&self) {
        self.0.refuse_writes(true);
    }

    async fn mend_writes(&self) {
        self.0.refuse_writes(false);
    }
}

/// Owner leases and fencing tokens on Redis, with two handles standing for
/// two nodes sharing one Redis.
mod redis_leases {
    use std::time::Duration;

    use quizbox::live::redis::RedisLive;
    use quizbox::live::{Live, LiveError, LogEntry};

    use super::redis_service::RedisPlace;

    fn join(nickname: &str) -> Vec<LogEntry> {
        vec![LogEntry::Join {
            at: 1_764_000_000_000,
            nickname: nickname.to_string(),
            token: format!("token-of-{nickname}"),
        }]
    }

    fn stale<T: std::fmt::Debug>(result: Result<T, LiveError>) {
        assert!(
            matches!(result, Err(LiveError::Stale(_))),
            "a stale write was taken: {result:?}"
        );
    }

    /// The lease goes to one node at a time; when it expires the other
    /// node takes over with a newer token, and from then on every kind of
    /// write of the first node is refused and changes nothing.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_node_whose_lease_moved_on_cannot_write() {
        let Some(place) = RedisPlace::shared() else {
            return;
        };
        let first = RedisLive::open(&place.url()).await.unwrap();
        let second = RedisLive::open(&place.url()).await.unwrap();
        assert_ne!(first.node(), second.node());
        let ttl = Duration::from_millis(400);

        let lease = first.claim("g", ttl).await.unwrap().expect("a free game");
        assert_eq!(lease.token, 1);
        assert_eq!(
            first.owner("g").await.unwrap(),
            Some(format!("{} 1", first.node()))
        );
        assert_eq!(second.claim("g", ttl).await.unwrap(), None);
        first.save_snapshot("g", b"lobby").await.unwrap();
        assert_eq!(first.append("g", &join("ann")).await.unwrap(), 1);
        // A node that never claimed the game cannot write it either.
        stale(second.append("g", &join("intruder")).await);

        // The first node stalls past its lease; the second takes over.
        tokio::time::sleep(ttl + Duration::from_millis(200)).await;
        let taken = second.claim("g", ttl).await.unwrap().expect("expired");
        assert_eq!(taken.token, 2);
        assert!(!first.renew(&lease, ttl).await.unwrap());
        stale(first.save_snapshot("g", b"stale snapshot").await);
        stale(first.append("g", &join("lost")).await);
        stale(first.save_answers("g", 0, b"stale answers").await);
        stale(first.quarantine("g", "stale").await);
        stale(first.remove("g").await);
        // Nor may it save the finished game's results.
        stale(first.check_fence("g").await);
        second.check_fence("g").await.unwrap();
        assert!(first.write_problem().is_some());

        assert_eq!(second.append("g", &join("bob")).await.unwrap(), 2);
        second.save_snapshot("g", b"question 1").await.unwrap();
        assert_eq!(
            second.load_snapshot("g").await.unwrap().unwrap(),
            b"question 1"
        );
        let names: Vec<String> = second
            .log_since("g", 0)
            .await
            .unwrap()
            .into_iter()
            .map(|(_, entry)| match entry {
                LogEntry::Join { nickname, .. } => nickname,
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(names, ["ann", "bob"]);
        assert_eq!(second.load_answers("g").await.unwrap(), vec![]);
        assert_eq!(second.quarantined().await.unwrap(), vec![]);

        // Released, the lease can be claimed again at once, with a newer
        // token still; the releasing node is then the stale one.
        first.release(&lease).await.unwrap();
        assert_eq!(first.claim("g", ttl).await.unwrap(), None);
        second.release(&taken).await.unwrap();
        let back = first.claim("g", ttl).await.unwrap().expect("released");
        assert_eq!(back.token, 3);
        stale(second.save_snapshot("g", b"stale again").await);
        first.save_snapshot("g", b"question 2").await.unwrap();
        first.remove("g").await.unwrap();
        assert_eq!(second.games().await.unwrap(), Vec::<String>::new());
    }

    /// A PIN is held by one running game across the nodes until that game
    /// gives it back; any node finds the game by it meanwhile.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_pin_is_held_by_one_game_across_nodes() {
        let Some(place) = RedisPlace::shared() else {
            return;
        };
        let first = RedisLive::open(&place.url()).await.unwrap();
        let second = RedisLive::open(&place.url()).await.unwrap();
        assert!(first.reserve_pin("482913", "game-a").await.unwrap());
        assert!(!second.reserve_pin("482913", "game-b").await.unwrap());
        assert!(second.reserve_pin("482914", "game-b").await.unwrap());
        assert_eq!(
            second.game_of_pin("482913").await.unwrap().as_deref(),
            Some("game-a")
        );
        assert_eq!(second.game_of_pin("111111").await.unwrap(), None);
        // Only the game holding it gives it back.
        second.release_pin("482913", "game-b").await.unwrap();
        assert!(!second.reserve_pin("482913", "game-b").await.unwrap());
        first.release_pin("482913", "game-a").await.unwrap();
        assert_eq!(first.game_of_pin("482913").await.unwrap(), None);
        assert!(second.reserve_pin("482913", "game-c").await.unwrap());
        second.release_pin("482913", "game-c").await.unwrap();
        second.release_pin("482914", "game-b").await.unwrap();
        assert_eq!(place.keys(), Vec::<String>::new());
    }

    /// A lease renewed in time is never taken; one node's lease does not
    /// hold another game.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_renewed_lease_holds_the_game() {
        let Some(place) = RedisPlace::shared() else {
            return;
        };
        let owner = RedisLive::open(&place.url()).await.unwrap();
        let other = RedisLive::open(&place.url()).await.unwrap();
        let ttl = Duration::from_millis(300);
        let lease = owner.claim("held", ttl).await.unwrap().unwrap();
        for _ in 0..8 {
            tokio::time::sleep(Duration::from_millis(100)).await;
            assert!(owner.renew(&lease, ttl).await.unwrap());
            assert_eq!(other.claim("held", ttl).await.unwrap(), None);
        }
        let elsewhere = other.claim("free", ttl).await.unwrap().unwrap();
        assert_eq!(elsewhere.token, 1);
        owner.save_snapshot("held", b"still mine").await.unwrap();
        // Claiming again while holding it renews it with a newer token.
        let again = owner.claim("held", ttl).await.unwrap().unwrap();
        assert_eq!(again.token, lease.token + 1);
        owner.append("held", &join("cy")).await.unwrap();
    }

    /// With `replicas=1` a write is acknowledged only once a replica has
    /// it: against a Redis with a replica the write is on the replica when
    /// the call returns; against one without, the write fails.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn replicas_confirm_each_write_or_it_fails() {
        let Some(primary) = RedisPlace::private() else {
            return;
        };
        let alone = format!("{}&replicas=1&wait_ms=200", primary.url());
        let live = RedisLive::open(&alone).await.unwrap();
        let error = live.save_snapshot("g", b"lobby").await.unwrap_err();
        assert!(error.to_string().contains("0 of 1"), "{error}");
        assert!(live.write_problem().is_some());

        let Some(replica) = RedisPlace::replica_of(&primary) else {
            return;
        };
        let live = RedisLive::open(&alone.replace("wait_ms=200", "wait_ms=5000"))
            .await
            .unwrap();
        let mut on_replica = replica.connection();
        for n in 1..=20u64 {
            assert_eq!(live.append("g", &join(&format!("p{n}"))).await.unwrap(), n);
            let logged: u64 = redis::cmd("LLEN")
                .arg(format!("{}game:g:log", primary.prefix))
                .query(&mut on_replica)
                .unwrap();
            assert_eq!(logged, n, "the replica has every acknowledged entry");
        }
        live.save_snapshot("g", b"question 1").await.unwrap();
        let snapshot: Vec<u8> = redis::cmd("GET")
            .arg(format!("{}game:g:snapshot", primary.prefix))
            .query(&mut on_replica)
            .unwrap();
        assert_eq!(snapshot, b"question 1");
    }
}
