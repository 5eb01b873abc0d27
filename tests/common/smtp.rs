//! A real SMTP server for the mail tests: Python's aiosmtpd (installed by
//! .ci/run) on 127.0.0.1, storing every message it accepts in a Maildir
//! that the test reads back, parsed by Python's own `email` package. Its
//! port is chosen before it starts, so a test can point quizbox at it
//! while it is still down. Killed when dropped.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

/// Parses every message of a Maildir into JSON: addresses, subject,
/// Message-ID, the plain-text body and each attachment's name, type and
/// bytes (base64).
const PARSE: &str = r#"
import base64, email, email.policy, json, os, sys
out = []
root = sys.argv[1]
files = []
for sub in ("new", "cur"):
    d = os.path.join(root, sub)
    if os.path.isdir(d):
        files += [os.path.join(d, f) for f in os.listdir(d)]
for path in sorted(files, key=os.path.getmtime):
    with open(path, "rb") as f:
        m = email.message_from_binary_file(f, policy=email.policy.default)
    body = m.get_body(preferencelist=("plain",))
    out.append({
        "from": str(m["From"]), "to": str(m["To"]), "subject": str(m["Subject"]),
        "message_id": str(m["Message-ID"]),
        "body": body.get_content() if body is not None else None,
        "attachments": [
            {"filename": a.get_filename(), "content_type": a.get_content_type(),
             "base64": base64.b64encode(
                 a.get_content() if isinstance(a.get_content(), bytes)
                 else a.get_content().encode("utf-8")).decode("ascii")}
            for a in m.iter_attachments()
        ],
    })
print(json.dumps(out))
"#;

pub struct Smtp {
    pub port: u16,
    pub maildir: PathBuf,
    _dir: tempfile::TempDir,
    child: Option<Child>,
}

impl Smtp {
    /// A server not yet started, on a port that is free now.
    pub fn new() -> Smtp {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let dir = tempfile::tempdir().unwrap();
        Smtp {
            port,
            maildir: dir.path().join("Maildir"),
            _dir: dir,
            child: None,
        }
    }

    /// Starts it and waits until it accepts connections.
    pub async fn start(&mut self) {
        self.start_with(&[]).await
    }

    /// Starts it with more aiosmtpd options (`--tlscert`, `--smtpscert` …).
    pub async fn start_with(&mut self, options: &[&str]) {
        let probe = Command::new("python3")
            .args(["-c", "import aiosmtpd"])
            .status();
        assert!(
            probe.is_ok_and(|s| s.success()),
            "the mail tests need Python's aiosmtpd: python3 -m pip install aiosmtpd (.ci/run does)"
        );
        let child = Command::new("python3")
            .args(["-m", "aiosmtpd", "-n", "-l"])
            .arg(format!("127.0.0.1:{}", self.port))
            .args(options)
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(&self.maildir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        self.child = Some(child);
        let started = Instant::now();
        while tokio::net::TcpStream::connect(("127.0.0.1", self.port))
            .await
            .is_err()
        {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "aiosmtpd did not start"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The `[mail]` settings that send to it, as environment variables.
    pub fn env(&self) -> Vec<(&'static str, String)> {
        vec![
            ("QUIZBOX_MAIL_HOST", "127.0.0.1".into()),
            ("QUIZBOX_MAIL_PORT", self.port.to_string()),
            ("QUIZBOX_MAIL_SECURITY", "none".into()),
            ("QUIZBOX_MAIL_FROM", "quizbox <quiz@example.org>".into()),
            ("QUIZBOX_MAIL_TIMEOUT_SECS", "5".into()),
            ("QUIZBOX_MAIL_RETRY_FIRST_SECS", "1".into()),
            ("QUIZBOX_MAIL_RETRY_MAX_SECS", "1".into()),
        ]
    }

    /// Every message received so far, oldest first.
    pub fn messages(&self) -> Vec<Value> {
        if !self.maildir.exists() {
            return Vec::new();
        }
        let out = Command::new("python3")
            .args(["-c", PARSE])
            .arg(&self.maildir)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    }

    /// Waits until `n` messages have arrived (at most `limit`), then
    /// returns every message received.
    pub async fn wait_for(&self, n: usize, limit: Duration) -> Vec<Value> {
        let started = Instant::now();
        loop {
            let messages = self.messages();
            if messages.len() >= n {
                return messages;
            }
            assert!(
                started.elapsed() < limit,
                "{} of {n} messages arrived within {limit:?}",
                messages.len()
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
}

impl Drop for Smtp {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}
