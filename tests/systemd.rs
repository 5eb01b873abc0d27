//! `quizbox serve` under systemd's protocol, played by the test: the real
//! binary sends READY=1 with its join address once it serves, WATCHDOG=1
//! at half of `$WATCHDOG_USEC`, and STOPPING=1 on SIGTERM before a clean
//! exit. And systemd/quizbox.service's sandbox as `systemd-analyze
//! security` scores it.
#![cfg(target_os = "linux")]

use std::io::{Read, Write};
use std::os::unix::net::UnixDatagram;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// `quizbox serve` on a free 127.0.0.1 port with data in systemd's
/// `$STATE_DIRECTORY` (no --data), telling `notify_socket`.
fn serve(home: &Path, state: &Path, notify_socket: &str, watchdog: &[(&str, &str)]) -> Child {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_quizbox"));
    for (k, _) in std::env::vars() {
        if k.starts_with("QUIZBOX_") || k.starts_with("XDG_") || k.starts_with("WATCHDOG_") {
            cmd.env_remove(k);
        }
    }
    cmd.env("HOME", home)
        .env("STATE_DIRECTORY", state)
        .env("NOTIFY_SOCKET", notify_socket)
        .envs(watchdog.iter().copied())
        .args(["serve", "--listen", "127.0.0.1:0"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// Kills the server if a test fails before it stops it.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn receive(socket: &UnixDatagram) -> String {
    let mut buf = [0u8; 4096];
    let n = socket
        .recv(&mut buf)
        .expect("a notification within the socket's timeout");
    String::from_utf8(buf[..n].to_vec()).unwrap()
}

fn healthz(addr: &str) -> String {
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET /healthz HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut reply = String::new();
    stream.read_to_string(&mut reply).unwrap();
    reply
}

#[test]
fn serve_tells_systemd_ready_with_its_address_feeds_the_watchdog_and_says_stopping() {
    let home = tempfile::tempdir().unwrap();
    let state = home.path().join("state");
    std::fs::create_dir_all(&state).unwrap();
    let path = home.path().join("notify");
    let socket = UnixDatagram::bind(&path).unwrap();
    socket
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    // A 400 ms watchdog: a message every 200 ms.
    let mut server = Running(serve(
        home.path(),
        &state,
        path.to_str().unwrap(),
        &[("WATCHDOG_USEC", "400000")],
    ));

    let ready = receive(&socket);
    let ready_at = Instant::now();
    let mut lines = ready.lines();
    assert_eq!(lines.next(), Some("READY=1"), "{ready}");
    let status = lines.next().unwrap_or_default();
    let addr = status
        .strip_prefix("STATUS=players join at http://")
        .and_then(|rest| rest.strip_suffix('/'))
        .unwrap_or_else(|| panic!("a status with the join address: {status:?}"));
    assert!(addr.starts_with("127.0.0.1:"), "{addr}");
    // Ready means served, at once, with the data in $STATE_DIRECTORY.
    let reply = healthz(addr);
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    assert!(
        state.join("quizbox.db").is_file(),
        "the database is in $STATE_DIRECTORY"
    );

    // The first keep-alive goes right after READY=1, then one every
    // 200 ms: the fifth comes about 800 ms later.
    for _ in 0..5 {
        assert_eq!(receive(&socket), "WATCHDOG=1");
    }
    let took = ready_at.elapsed();
    assert!(
        took >= Duration::from_millis(500) && took < Duration::from_secs(4),
        "five keep-alives 200 ms apart took {took:?}"
    );

    let pid = server.0.id().to_string();
    let killed = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(killed.success());
    let stopping = loop {
        match receive(&socket) {
            keepalive if keepalive == "WATCHDOG=1" => continue,
            message => break message,
        }
    };
    assert!(stopping.starts_with("STOPPING=1\n"), "{stopping}");
    let deadline = Instant::now() + Duration::from_secs(15);
    let status = loop {
        if let Some(status) = server.0.try_wait().unwrap() {
            break status;
        }
        assert!(
            Instant::now() < deadline,
            "serve did not exit after SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "a clean exit after SIGTERM: {status}");
}

#[test]
fn an_abstract_socket_is_told_and_another_process_watchdog_is_not_fed() {
    let home = tempfile::tempdir().unwrap();
    let state = home.path().join("state");
    let name = format!("quizbox-test-notify-{}", std::process::id());
    let socket = {
        use std::os::linux::net::SocketAddrExt;
        let addr = std::os::unix::net::SocketAddr::from_abstract_name(name.as_bytes()).unwrap();
        UnixDatagram::bind_addr(&addr).unwrap()
    };
    socket
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    // WATCHDOG_PID names another process (systemd sets it for the main
    // process only): this one must not feed that watchdog.
    let _server = Running(serve(
        home.path(),
        &state,
        &format!("@{name}"),
        &[("WATCHDOG_USEC", "200000"), ("WATCHDOG_PID", "1")],
    ));
    let ready = receive(&socket);
    assert!(
        ready.starts_with("READY=1\nSTATUS=players join at "),
        "{ready}"
    );
    socket
        .set_read_timeout(Some(Duration::from_millis(600)))
        .unwrap();
    let mut buf = [0u8; 64];
    match socket.recv(&mut buf) {
        Ok(n) => panic!("unexpected {:?}", String::from_utf8_lossy(&buf[..n])),
        Err(e) => assert!(
            matches!(
                e.kind(),
                std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
            ),
            "{e}"
        ),
    }
}

/// The "Overall exposure level" of `systemd-analyze security`, e.g. 1.1.
fn exposure(report: &str) -> Option<f64> {
    let line = report
        .lines()
        .find(|l| l.contains("Overall exposure level"))?;
    let (_, after) = line.split_once(": ")?;
    after.split_whitespace().next()?.parse().ok()
}

/// Runs `systemd-analyze ARGS`, or says why not: `None` outside CI when
/// it is not installed.
fn systemd_analyze(args: &[&std::ffi::OsStr]) -> Option<std::process::Output> {
    match Command::new("systemd-analyze").args(args).output() {
        Ok(out) => Some(out),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            assert!(
                std::env::var_os("CI").is_none(),
                "systemd-analyze is not installed; CI must have it (apt package systemd)"
            );
            eprintln!("skipped: systemd-analyze is not installed (apt package systemd)");
            None
        }
        Err(e) => panic!("systemd-analyze: {e}"),
    }
}

#[test]
fn the_unit_has_no_key_systemd_does_not_know() {
    // With this build's binary in ExecStart=, which verify checks exists.
    let dir = tempfile::tempdir().unwrap();
    let unit = Path::new(env!("CARGO_MANIFEST_DIR")).join("systemd/quizbox.service");
    let text = std::fs::read_to_string(unit).unwrap();
    assert!(text.contains("\nExecStart=/usr/local/bin/quizbox "));
    let copy = dir.path().join("quizbox.service");
    let here = text.replace("/usr/local/bin/quizbox", env!("CARGO_BIN_EXE_quizbox"));
    std::fs::write(&copy, here).unwrap();
    let Some(out) = systemd_analyze(&["verify".as_ref(), "--man=false".as_ref(), copy.as_ref()])
    else {
        return;
    };
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success() && said.trim().is_empty(), "{said}");
}

#[test]
fn the_units_sandbox_scores_ok() {
    let unit = Path::new(env!("CARGO_MANIFEST_DIR")).join("systemd/quizbox.service");
    let Some(out) = systemd_analyze(&[
        "security".as_ref(),
        "--offline=true".as_ref(),
        "--no-pager".as_ref(),
        unit.as_ref(),
    ]) else {
        return;
    };
    let report = String::from_utf8_lossy(&out.stdout);
    let score = exposure(&report).unwrap_or_else(|| {
        panic!(
            "no overall exposure level in:\n{report}\n{}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    assert!(
        score <= 2.0,
        "systemd-analyze scores the unit {score} (at most 2.0 wanted):\n{report}"
    );
    assert_eq!(
        exposure("→ Overall exposure level for quizbox.service: 9.6 UNSAFE 😨"),
        Some(9.6)
    );
}
