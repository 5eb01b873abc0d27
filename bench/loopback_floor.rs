//! The floor under `quizbox bench`'s CPU figure: what this machine's kernel
//! charges a server for the socket traffic of a game, with no quizbox in it.
//!
//! A bare server (one thread, nonblocking sockets, `epoll`, no WebSocket
//! framing, no JSON, no game) does per player and question exactly the
//! socket work `quizbox serve` cannot avoid: it writes the question to every
//! player, reads each answer and writes its acknowledgement, and writes the
//! reveal to every player — one read and three writes. The players are a
//! child process (this same program) on 127.0.0.1 that answers each
//! question after a log-normal delay like `quizbox bench`'s players (median
//! 1.5 s, clipped to 0.25–5 s), so answers arrive spread out as in a game.
//! The figure is the server's user + system CPU time divided by players ×
//! questions.
//!
//! ```sh
//! cargo bench --bench loopback_floor -- --players 10000 --questions 5
//! cargo bench --bench loopback_floor -- --players 10000 --questions 5 --no-answers
//! ```
//!
//! `--no-answers` leaves out the answer and its acknowledgement (two writes
//! per player and question). Traffic stays on 127.0.0.1 and the run stops
//! by itself: every wait is bounded.

use std::io::{ErrorKind, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::fd::AsRawFd;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use quizbox::bench::player::think_time;

/// Frame sizes of quizbox's own for a four-answer question: a player's
/// intro, an acknowledgement, a reveal with the player's result, and a
/// masked answer frame.
const QUESTION: usize = 448;
const ACK: usize = 45;
const REVEAL: usize = 388;
const ANSWER: usize = 64;
/// No run takes longer than this; past it the run fails.
const LIMIT: Duration = Duration::from_secs(300);

struct Options {
    players: usize,
    questions: usize,
    answers: bool,
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut options = Options {
        players: 10_000,
        questions: 5,
        answers: true,
    };
    let mut client_of = None;
    while let Some(arg) = args.next() {
        let mut number = |name: &str| -> usize {
            args.next()
                .and_then(|v| v.parse().ok())
                .unwrap_or_else(|| panic!("{name} needs a number"))
        };
        match arg.as_str() {
            "--players" => options.players = number("--players"),
            "--questions" => options.questions = number("--questions"),
            "--no-answers" => options.answers = false,
            "--client-of" => client_of = Some(number("--client-of") as u16),
            // `cargo bench` passes `--bench`; a filter may follow.
            _ => {}
        }
    }
    assert!(options.players > 0 && options.questions > 0);
    let _ = rlimit::increase_nofile_limit(u64::MAX);
    match client_of {
        Some(port) => players(port, &options),
        None => server(&options),
    }
}

/// Kills the players' process if the server side gives up.
struct Players(Child);

impl Drop for Players {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn server(options: &Options) {
    let n = options.players;
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let port = listener.local_addr().unwrap().port();
    let mut command = Command::new(std::env::current_exe().unwrap());
    command.args([
        "--client-of",
        &port.to_string(),
        "--players",
        &n.to_string(),
        "--questions",
        &options.questions.to_string(),
    ]);
    if !options.answers {
        command.arg("--no-answers");
    }
    let mut child = Players(
        command
            .stdin(Stdio::null())
            .spawn()
            .expect("start the players"),
    );

    let epoll = Epoll::new();
    let mut conns = Vec::with_capacity(n);
    while conns.len() < n {
        let (stream, _) = listener.accept().expect("accept");
        stream.set_nodelay(true).unwrap();
        stream.set_nonblocking(true).unwrap();
        epoll.add(&stream, conns.len() as u64);
        conns.push(stream);
    }
    // Let the last handshakes settle before counting.
    std::thread::sleep(Duration::from_millis(300));

    let started = Instant::now();
    let cpu_before = cpu_seconds();
    let question = vec![b'q'; QUESTION];
    let ack = vec![b'a'; ACK];
    let reveal = vec![b'r'; REVEAL];
    let mut buf = vec![0u8; 4096];
    let mut pending = vec![0usize; n];
    for _ in 0..options.questions {
        for c in conns.iter_mut() {
            write_all(c, &question);
        }
        let mut answered = if options.answers { 0 } else { n };
        while answered < n {
            assert!(started.elapsed() < LIMIT, "the players stopped answering");
            for token in epoll.wait(1000) {
                let i = token as usize;
                loop {
                    match conns[i].read(&mut buf) {
                        Ok(0) => panic!("player {i} hung up"),
                        Ok(k) => {
                            pending[i] += k;
                            while pending[i] >= ANSWER {
                                pending[i] -= ANSWER;
                                answered += 1;
                                write_all(&mut conns[i], &ack);
                            }
                        }
                        Err(e) if e.kind() == ErrorKind::WouldBlock => break,
                        Err(e) => panic!("read: {e}"),
                    }
                }
            }
        }
        for c in conns.iter_mut() {
            write_all(c, &reveal);
        }
        // The host's pause between questions; sleeping costs no CPU.
        std::thread::sleep(Duration::from_millis(300));
    }
    let (user, system) = cpu_seconds();
    let (user, system) = (user - cpu_before.0, system - cpu_before.1);
    let cpu = user + system;
    let status = child.0.wait().expect("the players' exit");
    assert!(status.success(), "the players failed: {status}");
    let writes = if options.answers { 3 } else { 2 };
    let reads = usize::from(options.answers);
    println!(
        "{n} players × {} questions, {reads} read and {writes} writes per player-question: \
         server CPU {cpu:.3} s ({user:.3} s user, {system:.3} s system) = {:.1} µs per player-question",
        options.questions,
        cpu * 1e6 / (n * options.questions) as f64,
    );
}

fn players(port: u16, options: &Options) {
    let n = options.players;
    let per_question = QUESTION + REVEAL + if options.answers { ACK } else { 0 };
    let total = per_question * options.questions;
    let epoll = Epoll::new();
    let mut conns = Vec::with_capacity(n);
    for i in 0..n {
        let stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
        stream.set_nodelay(true).unwrap();
        stream.set_nonblocking(true).unwrap();
        epoll.add(&stream, i as u64);
        conns.push(stream);
    }
    let started = Instant::now();
    let answer = vec![b'x'; ANSWER];
    let mut buf = vec![0u8; 4096];
    let mut received = vec![0usize; n];
    let mut due: std::collections::BinaryHeap<std::cmp::Reverse<(Instant, usize)>> =
        std::collections::BinaryHeap::new();
    let mut done = 0;
    while done < n {
        assert!(started.elapsed() < LIMIT, "the server stopped sending");
        let now = Instant::now();
        while let Some(&std::cmp::Reverse((at, i))) = due.peek() {
            if at > now {
                break;
            }
            due.pop();
            write_all(&mut conns[i], &answer);
        }
        let timeout = due.peek().map_or(1000, |std::cmp::Reverse((at, _))| {
            at.saturating_duration_since(now).as_millis() as i32 + 1
        });
        for token in epoll.wait(timeout) {
            let i = token as usize;
            loop {
                match conns[i].read(&mut buf) {
                    Ok(0) => panic!("the server hung up"),
                    Ok(k) => {
                        // Questions that arrived in full with this read:
                        // each is answered after a while.
                        let questions = |bytes: usize| {
                            bytes
                                .checked_sub(QUESTION)
                                .map_or(0, |b| b / per_question + 1)
                        };
                        let before = questions(received[i]);
                        received[i] += k;
                        if options.answers {
                            for _ in before..questions(received[i]) {
                                due.push(std::cmp::Reverse((Instant::now() + think_time(), i)));
                            }
                        }
                        if received[i] == total {
                            done += 1;
                        }
                    }
                    Err(e) if e.kind() == ErrorKind::WouldBlock => break,
                    Err(e) => panic!("read: {e}"),
                }
            }
        }
    }
}

fn write_all(stream: &mut TcpStream, mut bytes: &[u8]) {
    let started = Instant::now();
    while !bytes.is_empty() {
        match stream.write(bytes) {
            Ok(k) => bytes = &bytes[k..],
            Err(e) if e.kind() == ErrorKind::WouldBlock => {
                assert!(started.elapsed() < LIMIT, "a socket stayed full");
                std::thread::yield_now();
            }
            Err(e) => panic!("write: {e}"),
        }
    }
}

/// User and system CPU time of this process, in seconds.
fn cpu_seconds() -> (f64, f64) {
    // SAFETY: getrusage writes one rusage into the zeroed value it is given.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_SELF, &mut usage);
        usage
    };
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    (secs(usage.ru_utime), secs(usage.ru_stime))
}

/// A level-triggered epoll set of sockets, each known by a token.
struct Epoll {
    fd: i32,
    events: std::cell::RefCell<Vec<libc::epoll_event>>,
}

impl Epoll {
    fn new() -> Epoll {
        // SAFETY: epoll_create1 takes no pointers.
        let fd = unsafe { libc::epoll_create1(libc::EPOLL_CLOEXEC) };
        assert!(
            fd >= 0,
            "epoll_create1: {}",
            std::io::Error::last_os_error()
        );
        Epoll {
            fd,
            events: std::cell::RefCell::new(vec![libc::epoll_event { events: 0, u64: 0 }; 1024]),
        }
    }

    fn add(&self, stream: &TcpStream, token: u64) {
        let mut event = libc::epoll_event {
            events: libc::EPOLLIN as u32,
            u64: token,
        };
        // SAFETY: the event outlives the call; the socket is open.
        let rc = unsafe {
            libc::epoll_ctl(self.fd, libc::EPOLL_CTL_ADD, stream.as_raw_fd(), &mut event)
        };
        assert!(rc == 0, "epoll_ctl: {}", std::io::Error::last_os_error());
    }

    /// The tokens of the sockets that can be read, waiting up to `ms`.
    fn wait(&self, ms: i32) -> Vec<u64> {
        let mut events = self.events.borrow_mut();
        // SAFETY: the buffer holds `events.len()` entries for the kernel to fill.
        let k = unsafe { libc::epoll_wait(self.fd, events.as_mut_ptr(), events.len() as i32, ms) };
        if k < 0 {
            let e = std::io::Error::last_os_error();
            assert!(e.kind() == ErrorKind::Interrupted, "epoll_wait: {e}");
            return Vec::new();
        }
        events[..k as usize].iter().map(|e| e.u64).collect()
    }
}

impl Drop for Epoll {
    fn drop(&mut self) {
        // SAFETY: the descriptor is ours and closed once.
        unsafe { libc::close(self.fd) };
    }
}
