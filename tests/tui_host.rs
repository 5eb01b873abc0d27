//! The terminal dashboard end to end: the real `quizbox host` binary runs in
//! a tmux pane (its own tmux socket, temp data dir, free port); keys go in
//! with `send-keys`, the screen comes back with `capture-pane`. Players are
//! simulated over WebSockets. One story plays a whole game from the embedded
//! server; the other kills and restarts a separate `quizbox serve` under a
//! `--server` dashboard.
//!
//! tmux missing: skipped with a notice, except under CI=true where it fails.

mod common;

use std::net::{SocketAddr, TcpListener};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::Client;
use serde_json::{json, Value};

const WAIT: Duration = Duration::from_secs(20);

/// A tmux server of our own with one session running `command`.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn available() -> bool {
        let found = Command::new("tmux")
            .arg("-V")
            .output()
            .is_ok_and(|o| o.status.success());
        if !found {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "tmux is required for the dashboard tests under CI"
            );
            eprintln!("notice: tmux not found; skipping the terminal dashboard test");
        }
        found
    }

    /// Runs `command` in a `width`×`height` pane. When it exits the pane
    /// prints its exit status and stays, so a crash stays visible.
    fn start(name: &str, width: u16, height: u16, command: &str) -> Tmux {
        let socket = format!("quizbox-{name}-{}", std::process::id());
        let tmux = Tmux { socket };
        // The dashboard speaks the terminal's language: these tests read
        // its English, whatever the locale of the machine running them.
        let shell = format!("export LC_ALL=C.UTF-8; {command}; echo \"EXITED $?\"; sleep 600");
        tmux.run(&[
            "new-session",
            "-d",
            "-s",
            "main",
            "-x",
            &width.to_string(),
            "-y",
            &height.to_string(),
            &shell,
        ]);
        tmux
    }

    fn run(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .expect("tmux runs");
        assert!(
            out.status.success(),
            "tmux {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Key names as tmux knows them (Enter, Left, C-c, …).
    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "main"];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    /// Literal text, typed.
    fn type_text(&self, text: &str) {
        self.run(&["send-keys", "-t", "main", "-l", text]);
    }

    fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", "main"])
    }

    /// The screen with its escape sequences (colours, bold…).
    fn screen_with_styles(&self) -> String {
        self.run(&["capture-pane", "-p", "-e", "-t", "main"])
    }

    /// Waits until the screen contains `needle`; returns that screen.
    async fn wait_for(&self, needle: &str) -> String {
        self.wait_until(needle, |s| s.contains(needle)).await
    }

    async fn wait_until(&self, what: &str, done: impl Fn(&str) -> bool) -> String {
        let started = Instant::now();
        loop {
            let screen = self.screen();
            if done(&screen) {
                return screen;
            }
            assert!(
                started.elapsed() < WAIT,
                "waited {WAIT:?} for {what:?}; the screen shows:\n{screen}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let tmux = |args: &[&str]| {
            Command::new("tmux")
                .args(["-L", &self.socket])
                .args(args)
                .stderr(Stdio::null())
                .output()
        };
        let path = tmux(&["display-message", "-p", "#{socket_path}"])
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .unwrap_or_default();
        let _ = tmux(&["kill-server"]);
        if !path.is_empty() {
            let _ = std::fs::remove_file(path);
        }
    }
}

fn free_addr() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap()
}

fn binary() -> &'static str {
    env!("CARGO_BIN_EXE_quizbox")
}

/// The six-digit PIN from the header line (`· PIN 482913 ·`).
fn pin_on(screen: &str) -> String {
    let at = screen.find("PIN ").expect("a PIN on screen") + 4;
    let pin: String = screen[at..].chars().take(6).collect();
    assert!(
        pin.chars().all(|c| c.is_ascii_digit()),
        "{pin:?} in\n{screen}"
    );
    pin
}

/// Whether terminal output sets any foreground or background colour (39 and
/// 49 only go back to the terminal's defaults).
fn uses_colour(styled: &str) -> bool {
    styled.split("\x1b[").skip(1).any(|seq| {
        let params = seq.split('m').next().unwrap_or("");
        params
            .split(';')
            .any(|p| matches!(p.parse::<u32>(), Ok(30..=38 | 40..=48 | 90..=107)))
    })
}

async fn join(addr: SocketAddr, pin: &str, nickname: &str) -> Client {
    let mut player = Client::connect(&format!("ws://{addr}/ws")).await;
    player
        .send(json!({"type": "join", "v": 1, "pin": pin, "nickname": nickname}))
        .await;
    let welcome = player.until("welcome", None).await;
    assert_eq!(welcome["player"]["nickname"], nickname);
    player
}

async fn get_json(addr: SocketAddr, path: &str, dir: &std::path::Path) -> Value {
    let token = common::admin_token(dir);
    let (status, body) = common::http_as(&token, addr, "GET", path, None)
        .await
        .unwrap();
    assert_eq!(status, 200, "GET {path}: {body}");
    serde_json::from_str(&body).unwrap()
}

async fn wait_ready(addr: SocketAddr) {
    let started = Instant::now();
    while !matches!(
        common::http(addr, "GET", "/readyz", None).await,
        Ok((200, _))
    ) {
        assert!(started.elapsed() < WAIT, "server at {addr} did not start");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_whole_game_hosted_from_the_terminal_with_an_embedded_server() {
    if !Tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let addr = free_addr();
    let tmux = Tmux::start(
        "game",
        100,
        30,
        &format!(
            "{} --data {} host --listen {addr}",
            binary(),
            dir.path().display()
        ),
    );

    // Pick the quiz by typing part of its name.
    tmux.wait_for("World Capitals").await;
    tmux.type_text("capit");
    let picker = tmux.wait_for("Filter: capit").await;
    assert!(
        !picker.contains("Science Basics"),
        "filtered out:\n{picker}"
    );
    tmux.keys(&["Enter"]);
    tmux.wait_for("New game: World Capitals (12 questions)")
        .await;
    // No intro: answers open as soon as a question shows.
    tmux.keys(&["Left", "Left", "Left"]);
    tmux.wait_for("◀ 0 ▶").await;
    tmux.keys(&["Enter"]);

    let lobby = tmux.wait_for("● connected").await;
    let pin = pin_on(&lobby);
    assert!(lobby.contains(&format!("/join/{pin}")), "{lobby}");
    assert!(
        uses_colour(&tmux.screen_with_styles()),
        "colours by default"
    );

    let quiz = get_json(addr, "/api/quizzes/world-capitals", dir.path()).await;
    let questions = quiz["questions"].as_array().unwrap().clone();
    let names = ["Ann", "Bob", "Cid"];
    let mut players = Vec::new();
    for name in names {
        players.push(join(addr, &pin, name).await);
    }
    let lobby = tmux.wait_for("Players (3)").await;
    for name in names {
        assert!(lobby.contains(name), "{name} in the lobby:\n{lobby}");
    }
    assert!(lobby.contains("scan to join"), "{lobby}");
    // Shrinking the terminal drops the QR code; growing it brings it back.
    tmux.run(&["resize-window", "-t", "main", "-x", "60", "-y", "20"]);
    let small = tmux.wait_for("enlarge the window").await;
    assert!(small.contains(&format!("Game PIN {pin}")), "{small}");
    tmux.run(&["resize-window", "-t", "main", "-x", "100", "-y", "30"]);
    tmux.wait_for("scan to join").await;

    tmux.keys(&["Enter"]);
    for (index, question) in questions.iter().enumerate() {
        let correct = question["correct"].as_u64().unwrap();
        let wrong = (correct + 1) % question["answers"].as_array().unwrap().len() as u64;
        for p in players.iter_mut() {
            let open = p.until("phase", Some("answering")).await;
            assert_eq!(open["state"]["index"], index);
        }
        tmux.wait_for(&format!("Question {} of 12", index + 1))
            .await;
        if index == 1 {
            // Pause, add time, continue: the countdown follows.
            tmux.keys(&["p"]);
            tmux.wait_for("PAUSED").await;
            tmux.keys(&["+"]);
            tmux.wait_until("the frozen time grows past the limit", |s| {
                s.lines().any(|l| {
                    l.contains("s paused")
                        && l.split_whitespace()
                            .rev()
                            .nth(2)
                            .and_then(|n| n.parse::<u32>().ok())
                            .is_some_and(|n| n > 20)
                })
            })
            .await;
            tmux.keys(&["p"]);
            tmux.wait_for("s left").await;
        }
        // Ann: first and right. Bob: right on even questions. Cid: wrong.
        let choices = [correct, if index % 2 == 0 { correct } else { wrong }, wrong];
        for (who, choice) in choices.into_iter().enumerate() {
            players[who]
                .send(json!({"type": "answer", "question": index, "answer": choice}))
                .await;
            players[who].until("answer_ack", None).await;
            if who == 0 {
                // The count moves live while the others think.
                tmux.wait_for("Answered 1/3").await;
            }
        }
        // Everyone answered: the reveal comes by itself.
        let reveal = tmux.wait_for("✓ correct").await;
        let right_answer = question["answers"][correct as usize].as_str().unwrap();
        let marked = reveal.lines().find(|l| l.contains("✓ correct")).unwrap();
        assert!(marked.contains(right_answer), "{marked}");
        assert!(reveal.contains("3 answered"), "{reveal}");
        tmux.keys(&["Enter"]);
        let board = tmux
            .wait_for(&format!("Leaderboard after question {} of 12", index + 1))
            .await;
        let first = board.lines().find(|l| l.contains("1st")).unwrap();
        assert!(first.contains("Ann"), "Ann leads:\n{board}");
        tmux.keys(&["Enter"]);
    }

    let podium = tmux.wait_for("Winner").await;
    let winner = podium.lines().find(|l| l.contains("Winner")).unwrap();
    assert!(winner.contains("Ann"), "{podium}");
    for name in ["Bob", "Cid"] {
        assert!(podium.contains(name), "{name} on the podium:\n{podium}");
    }
    println!("podium:\n{podium}");

    tmux.keys(&["Enter"]);
    let summary = tmux.wait_for("Game over: World Capitals").await;
    let results_path = summary
        .lines()
        .filter_map(|l| l.trim().strip_prefix(&format!("http://{addr}")))
        .find(|path| path.ends_with("/results"))
        .unwrap_or_else(|| panic!("results URL on\n{summary}"))
        .to_string();
    let game = results_path
        .trim_start_matches("/api/games/")
        .trim_end_matches("/results");
    assert!(
        summary.contains(&format!("http://{addr}/reports/{game}")),
        "the report page on\n{summary}"
    );
    // The game's report, read from the server: Ann answered all twelve
    // right, so she leads the top players with 12 of 12; Bob only the
    // even ones (the first, third…), so the second question is the first
    // with one right answer of three.
    let summary = tmux.wait_for("Most missed").await;
    assert!(summary.contains("Accuracy per question"), "{summary}");
    let missed = summary.lines().find(|l| l.contains("Most missed")).unwrap();
    assert!(
        missed.contains("Most missed: question 2 ") && missed.contains("(1 of 3 right)"),
        "{missed}"
    );
    summary
        .lines()
        .find(|l| l.contains(" 2 ███░░░░░░░  33 % ⚠"))
        .unwrap_or_else(|| panic!("question 2 at 33 %:\n{summary}"));
    let ann = summary
        .lines()
        .find(|l| l.contains("1st  Ann"))
        .unwrap_or_else(|| panic!("{summary}"));
    assert!(ann.contains("12/12 right"), "{ann}");
    println!("summary:\n{summary}");
    let results = get_json(addr, &results_path, dir.path()).await;
    assert_eq!(results["status"], "finished");
    assert_eq!(results["players"][0]["nickname"], "Ann");
    assert_eq!(results["players"][0]["correct"], 12);

    // Quit: the terminal is given back and the embedded server stops.
    tmux.keys(&["q"]);
    let after = tmux.wait_for("EXITED").await;
    assert!(after.contains("EXITED 0"), "{after}");
    assert!(after.contains("server stopped"), "{after}");
    assert!(
        !after.contains("Game over"),
        "alternate screen left:\n{after}"
    );
    assert!(std::fs::read_to_string(dir.path().join("host.log"))
        .unwrap()
        .contains("game finished and saved"));
}

/// The admin token every `ServeProcess` data directory starts with.
const SERVE_TOKEN: &str = "qb_tui-host-test-token-0123456789abcdefghijkl";

/// A `quizbox serve` child process, killed on drop.
struct ServeProcess {
    child: Option<Child>,
}

impl ServeProcess {
    async fn start(dir: &std::path::Path, addr: SocketAddr) -> ServeProcess {
        // A token put in place before the first start is adopted, so the
        // dashboard's one token works on every data directory of this test.
        if !dir.join("admin.token").exists() {
            std::fs::write(dir.join("admin.token"), format!("{SERVE_TOKEN}\n")).unwrap();
        }
        let child = Command::new(binary())
            .arg("--data")
            .arg(dir)
            .args(["-q", "serve", "--listen", &addr.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        wait_ready(addr).await;
        ServeProcess { child: Some(child) }
    }

    fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for ServeProcess {
    fn drop(&mut self) {
        self.kill();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_dashboard_survives_the_server_going_away() {
    if !Tmux::available() {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let own = tempfile::tempdir().unwrap();
    let addr = free_addr();
    let mut server = ServeProcess::start(data.path(), addr).await;
    let tmux = Tmux::start(
        "restart",
        80,
        24,
        &format!(
            "NO_COLOR=1 {} --data {} host --server http://{addr} --token {SERVE_TOKEN}",
            binary(),
            own.path().display()
        ),
    );

    tmux.wait_for("Science Basics").await;
    tmux.type_text("science");
    tmux.wait_for("Filter: science").await;
    tmux.keys(&["Enter"]);
    tmux.wait_for("New game: Science Basics").await;
    tmux.keys(&["Enter"]);
    let lobby = tmux.wait_for("● connected").await;
    let pin = pin_on(&lobby);
    let _ann = join(addr, &pin, "Ann").await;
    tmux.wait_for("Players (1)").await;
    assert!(
        !uses_colour(&tmux.screen_with_styles()),
        "NO_COLOR: no colours at all"
    );

    // The server dies: the dashboard says so and keeps working.
    server.kill();
    let lost = tmux.wait_for("reconnecting").await;
    assert!(lost.contains(&format!("PIN {pin}")), "{lost}");
    tmux.keys(&["?"]);
    tmux.wait_for("pause or continue the countdown").await;
    tmux.keys(&["Escape"]);
    tmux.wait_until("help closed", |s| !s.contains("pause or continue"))
        .await;
    tmux.keys(&["Enter"]);
    tmux.wait_for("not connected to the server").await;

    // It comes back on the same data: the same game continues.
    let _server = ServeProcess::start(data.path(), addr).await;
    let back = tmux.wait_for("● connected").await;
    assert_eq!(pin_on(&back), pin, "same game");
    assert!(!back.contains("reconnecting"), "{back}");
    assert!(
        back.contains("Players (1)") && back.contains("Ann"),
        "{back}"
    );
    tmux.keys(&["Enter"]);
    tmux.wait_for("Question 1 of 12").await;

    // A server without the game (fresh data): the dashboard says the game is
    // gone and a new one can be started from the picker.
    drop(_server);
    tmux.wait_for("reconnecting").await;
    let fresh = tempfile::tempdir().unwrap();
    let mut server = ServeProcess::start(fresh.path(), addr).await;
    let gone = tmux
        .wait_for("This game no longer exists on the server.")
        .await;
    assert!(gone.contains("start a new game"), "{gone}");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Choose a quiz").await;
    tmux.wait_for("Science Basics").await;
    tmux.keys(&["Enter"]);
    tmux.wait_for("New game:").await;
    tmux.keys(&["Enter"]);
    let again = tmux.wait_for("● connected").await;
    let new_pin = pin_on(&again);
    assert_ne!(new_pin, pin, "a new game");
    let _bob = join(addr, &new_pin, "Bob").await;
    tmux.wait_for("Players (1)").await;

    // Ctrl-C asks, then quits cleanly.
    tmux.keys(&["C-c"]);
    tmux.wait_for("Quit the dashboard?").await;
    tmux.keys(&["y"]);
    let after = tmux.wait_for("EXITED").await;
    assert!(after.contains("EXITED 0"), "{after}");
    server.kill();
}

/// Answers the open question by the texts the player was shown.
async fn answer_by_text(player: &mut Client, open: &Value, answer: Value) {
    let shown: Vec<&str> = open["state"]["answers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    let at = |text: &str| shown.iter().position(|s| *s == text).unwrap();
    let answer = match answer {
        // A list of texts: ticks or an order, sent as shown positions.
        Value::Array(texts) => json!(texts
            .iter()
            .map(|t| at(t.as_str().unwrap()))
            .collect::<Vec<_>>()),
        Value::String(text) if shown.contains(&text.as_str()) => json!(at(&text)),
        other => other,
    };
    let index = &open["state"]["index"];
    player
        .send(json!({"type": "answer", "question": index, "answer": answer}))
        .await;
    player.until("answer_ack", None).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_kind_hosted_from_the_terminal_and_a_word_cloud_entry_hidden() {
    if !Tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let addr = free_addr();
    let tmux = Tmux::start(
        "kinds",
        100,
        32,
        &format!(
            "NO_COLOR=1 {} --data {} host --listen {addr}",
            binary(),
            dir.path().display()
        ),
    );
    tmux.wait_for("Every Kind of Question").await;
    tmux.type_text("every");
    tmux.keys(&["Enter"]);
    tmux.wait_for("New game: Every Kind of Question (9 questions)")
        .await;
    tmux.keys(&["Left", "Left", "Left"]);
    tmux.wait_for("◀ 0 ▶").await;
    // Up from the top wraps to the last options: teams, the break between
    // rounds, auto-advance, late join, generated nicknames.
    tmux.keys(&["Up", "Up", "Up", "Up", "Up", "Space"]);
    tmux.wait_until("generated nicknames on", |s| {
        s.lines()
            .any(|l| l.contains("Generated nicknames") && l.contains("[x] on"))
    })
    .await;
    tmux.keys(&["Enter"]);
    let lobby = tmux.wait_for("● connected").await;
    let pin = pin_on(&lobby);
    assert!(lobby.contains("generated nicknames"), "{lobby}");

    let mut players = Vec::new();
    for _ in 0..3 {
        let mut p = Client::connect(&format!("ws://{addr}/ws")).await;
        p.send(json!({"type": "join", "v": 1, "pin": pin, "nickname": "Typed"}))
            .await;
        let welcome = p.until("welcome", None).await;
        assert_ne!(welcome["player"]["nickname"], "Typed", "a generated name");
        players.push(p);
    }
    tmux.wait_for("Players (3)").await;
    tmux.keys(&["Enter"]);
    let slide = tmux.wait_for("Welcome to the solar system tour").await;
    assert!(slide.contains("one of each kind"), "{slide}");
    tmux.keys(&["n"]);

    // Each kind: what the three answer, and what its reveal must show.
    let plan: [([Value; 3], &str); 8] = [
        (
            [json!("Mercury"), json!("Venus"), json!("Mercury")],
            "Mercury",
        ),
        (
            [
                json!(["Saturn", "Uranus"]),
                json!(["Mars"]),
                json!(["Saturn"]),
            ],
            "Uranus",
        ),
        ([json!("True"), json!("False"), json!("True")], "True"),
        (
            [json!("jupiter"), json!("Jupitr"), json!("Mars")],
            "Accepted: Jupiter",
        ),
        ([json!(2), json!(5), json!(2)], "Correct: 2"),
        (
            [
                json!(["Mercury", "Venus", "Earth", "Mars"]),
                json!(["Venus", "Mercury", "Earth", "Mars"]),
                json!(["Mars", "Earth", "Venus", "Mercury"]),
            ],
            "1. Mercury",
        ),
        (
            [json!("Mars"), json!("Saturn"), json!("Mars")],
            "no answer is right or wrong",
        ),
        ([json!("Stars"), json!(" stars"), json!("Rude")], "stars"),
    ];
    for (index, (answers, shows)) in plan.into_iter().enumerate() {
        let index = index + 1;
        tmux.wait_for(&format!("Question {} of 9", index + 1)).await;
        for (p, answer) in players.iter_mut().zip(answers) {
            let open = p.until("phase", Some("answering")).await;
            assert_eq!(open["state"]["index"], index);
            answer_by_text(p, &open, answer).await;
        }
        let reveal = tmux.wait_for("3 answered").await;
        let line = reveal
            .lines()
            .find(|l| l.contains(shows))
            .unwrap_or_else(|| panic!("{shows:?} on\n{reveal}"));
        match index {
            1 | 3 => assert!(line.contains("✓ correct"), "{reveal}"),
            2 => {
                let ticked = reveal.lines().filter(|l| l.contains("✓ correct")).count();
                assert_eq!(ticked, 2, "Saturn and Uranus:\n{reveal}");
            }
            7 => assert!(
                !reveal.contains('✓'),
                "a poll has no right answer:\n{reveal}"
            ),
            8 => {
                // Entries most given first; ↓ chooses "rude", h hides it.
                let stars = reveal.lines().position(|l| l.contains("stars")).unwrap();
                let rude = reveal.lines().position(|l| l.contains("rude")).unwrap();
                assert!(stars < rude, "{reveal}");
                tmux.keys(&["Down"]);
                tmux.wait_until("rude chosen", |s| {
                    s.lines().any(|l| l.contains("rude") && l.contains('›'))
                })
                .await;
                tmux.keys(&["h"]);
                tmux.wait_until("rude hidden", |s| !s.contains("rude"))
                    .await;
                // Players get the reveal again, without it.
                let first = players[0].until("phase", Some("reveal")).await;
                assert!(first["state"]["entries"].to_string().contains("rude"));
                let hidden = players[0].until("phase", Some("reveal")).await;
                let entries = hidden["state"]["entries"].to_string();
                assert!(
                    !entries.contains("rude") && entries.contains("stars"),
                    "{entries}"
                );
            }
            _ => {}
        }
        tmux.keys(&["Enter"]);
        tmux.wait_for("Leaderboard after question").await;
        tmux.keys(&["Enter"]);
    }
    tmux.wait_for("Winner").await;
    tmux.keys(&["Enter"]);
    tmux.wait_for("Game over: Every Kind of Question").await;
    tmux.keys(&["q"]);
    let after = tmux.wait_for("EXITED").await;
    assert!(after.contains("EXITED 0"), "{after}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dashboard_speaks_the_terminals_language_and_sets_the_big_screens() {
    if !Tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let addr = free_addr();
    // The locale of this one command is Japanese (LC_ALL wins over the
    // English the other tests set).
    let tmux = Tmux::start(
        "japanese",
        100,
        32,
        &format!(
            "LC_ALL=ja_JP.UTF-8 NO_COLOR=1 {} --data {} host --listen {addr}",
            binary(),
            dir.path().display()
        ),
    );
    tmux.wait_for("クイズを選択").await;
    tmux.wait_for("Every Kind of Question").await;
    tmux.type_text("every");
    tmux.keys(&["Enter"]);
    tmux.wait_for("新しいゲーム: Every Kind of Question (9問)")
        .await;
    let options = tmux.wait_for("大画面の言語").await;
    assert!(options.contains("ブラウザーに従う"), "{options}");
    // Down to the big screen's language, then two steps on: English, Español.
    tmux.keys(&["Down", "Down", "Down", "Down", "Down", "Right", "Right"]);
    tmux.wait_for("◀ Español (es) ▶").await;
    tmux.keys(&["Enter"]);
    let lobby = tmux.wait_for("● 接続済み").await;
    assert!(lobby.contains("大画面: Español"), "{lobby}");
    assert!(lobby.contains("プレイヤー(0)"), "{lobby}");
    let pin = pin_on(&lobby);
    // The big screen of the game gets Spanish from the server.
    let mut screen = Client::connect(&format!("ws://{addr}/ws")).await;
    screen
        .send(json!({"type": "watch", "v": 1, "pin": pin}))
        .await;
    let welcome = screen.until("welcome", None).await;
    assert_eq!(welcome["screen_language"], "es", "{welcome}");
    // A player joins: the count in Japanese follows.
    let _player = join(addr, &pin, "山田太郎").await;
    let lobby = tmux.wait_for("山田太郎").await;
    assert!(lobby.contains("プレイヤー(1)"), "{lobby}");
    // Quitting asks first, in Japanese; y (the key, not a word) confirms.
    tmux.keys(&["q"]);
    tmux.wait_for("ダッシュボードを終了しますか").await;
    tmux.keys(&["y"]);
    tmux.wait_for("EXITED 0").await;
}
