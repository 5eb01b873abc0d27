//! The real `quizbox` binary at a shell and a terminal: completion scripts
//! loaded into a real bash, manual pages rendered by `man`, `NO_COLOR`, and
//! the join QR code under `serve`'s banner on a terminal (a pty made by
//! `script` from util-linux) and not when piped.
//!
//! `man` or `script` missing: that test is skipped with a notice, except
//! under CI=true where it fails.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

const WAIT: Duration = Duration::from_secs(30);

fn binary() -> &'static str {
    env!("CARGO_BIN_EXE_quizbox")
}

/// The binary with no `QUIZBOX_*` or colour variables of the caller's.
fn quizbox() -> Command {
    let mut cmd = Command::new(binary());
    clean_env(&mut cmd);
    cmd
}

fn clean_env(cmd: &mut Command) {
    for (k, _) in std::env::vars() {
        if k.starts_with("QUIZBOX_") || k == "NO_COLOR" || k.starts_with("CLICOLOR") {
            cmd.env_remove(k);
        }
    }
}

fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{cmd:?}: {out:?}");
    String::from_utf8(out.stdout).unwrap()
}

/// Whether `program` runs; if not, skip (with a notice) unless under CI.
fn available(program: &str, arg: &str) -> bool {
    let found = Command::new(program)
        .arg(arg)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "{program} is required for this test under CI"
        );
        eprintln!("notice: {program} not found; skipping this test");
    }
    found
}

/// What bash's completion offers for `line` (the word under the cursor is
/// its last), with `quizbox completions bash` loaded the way a user loads
/// it: the function is found through `complete -p`, as readline finds it.
fn bash_completes(line: &str) -> Vec<String> {
    let script = r#"
source <("$QUIZBOX" completions bash) || exit 9
spec=$(complete -p quizbox) || exit 8
fn=$(printf '%s\n' "$spec" | sed -n 's/.* -F \([^ ]*\) .*/\1/p')
[ -n "$fn" ] || exit 7
COMP_LINE=$LINE
COMP_POINT=${#COMP_LINE}
read -r -a COMP_WORDS <<< "$LINE"
case $LINE in *' ') COMP_WORDS+=("") ;; esac
COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
cur=${COMP_WORDS[COMP_CWORD]}
prev=${COMP_WORDS[COMP_CWORD-1]}
"$fn" quizbox "$cur" "$prev"
printf '%s\n' "${COMPREPLY[@]}"
"#;
    let out = Command::new("bash")
        .args(["--norc", "--noprofile", "-c", script])
        .env("QUIZBOX", binary())
        .env("LINE", line)
        .output()
        .unwrap();
    assert!(out.status.success(), "{line}: {out:?}");
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn bash_completes_commands_and_a_commands_options() {
    if !available("bash", "--version") {
        return;
    }
    assert_eq!(bash_completes("quizbox se"), ["serve"]);
    let m = bash_completes("quizbox m");
    assert!(
        m.contains(&"man".to_string()) && m.contains(&"migrate".to_string()),
        "{m:?}"
    );
    assert_eq!(bash_completes("quizbox serve --no"), ["--no-qr"]);
    assert_eq!(bash_completes("quizbox serve --tls-l"), ["--tls-listen"]);
    let shells = bash_completes("quizbox completions ");
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        assert!(shells.contains(&shell.to_string()), "{shells:?}");
    }
    // An option of another command is not offered here.
    assert!(bash_completes("quizbox import --no").is_empty());
}

#[test]
fn every_shell_gets_a_script_naming_the_commands() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let script = stdout_of(quizbox().args(["completions", shell]));
        for word in ["quizbox", "serve", "completions", "no-qr", "tls-listen"] {
            assert!(script.contains(word), "{shell}: {word}");
        }
    }
    // Where the shell is here, it parses its script.
    for (shell, check) in [("zsh", "-n"), ("fish", "--no-execute")] {
        let found = Command::new(shell)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success());
        if !found {
            eprintln!("notice: {shell} not found; its script is not parsed");
            continue;
        }
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("quizbox.completion");
        std::fs::write(&path, stdout_of(quizbox().args(["completions", shell]))).unwrap();
        let status = Command::new(shell).arg(check).arg(&path).status().unwrap();
        assert!(status.success(), "{shell} parses its script");
    }
    let out = quizbox().args(["completions", "tcsh"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("possible values: bash"), "{err}");
}

/// A page as `man` renders it for a reader, with words that were
/// hyphenated at a line's end joined and spaces collapsed.
fn man_text(page: &Path) -> String {
    let out = Command::new("man")
        .arg("-l")
        .arg(page)
        .env("MANWIDTH", "100")
        .env("MANPAGER", "cat")
        .env("PAGER", "cat")
        .env_remove("MAN_KEEP_FORMATTING")
        .output()
        .unwrap();
    assert!(out.status.success(), "man -l {}: {out:?}", page.display());
    let text = String::from_utf8(out.stdout).unwrap();
    let joined = text.replace("\u{2010}\n", "").replace("-\n", "-");
    joined.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn manual_pages_render_with_man() {
    if !available("man", "--version") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let main = dir.path().join("printed.1");
    std::fs::write(&main, stdout_of(quizbox().arg("man"))).unwrap();
    let text = man_text(&main);
    assert!(
        text.contains("NAME quizbox - Self-hosted live quiz appliance"),
        "{text}"
    );
    assert!(text.contains("SUBCOMMANDS"), "{text}");
    assert!(text.contains("quizbox-serve(1)"), "{text}");
    assert!(
        text.contains("Exit codes: 0 ok, 1 runtime failure"),
        "{text}"
    );

    let pages = dir.path().join("man1");
    let out = quizbox()
        .args(["man", "--dir"])
        .arg(&pages)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let mut written: Vec<String> = std::fs::read_dir(&pages)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    written.sort();
    for page in [
        "quizbox.1",
        "quizbox-serve.1",
        "quizbox-completions.1",
        "quizbox-man.1",
        "quizbox-user-token-create.1",
        "quizbox-quiz-delete.1",
    ] {
        assert!(written.contains(&page.to_string()), "{page}: {written:?}");
    }
    assert!(!written.iter().any(|p| p.contains("help")), "{written:?}");
    assert_eq!(
        std::fs::read(pages.join("quizbox.1")).unwrap(),
        std::fs::read(&main).unwrap(),
        "the printed page is the main page"
    );
    let serve = man_text(&pages.join("quizbox-serve.1"));
    assert!(
        serve.contains("NAME quizbox-serve - Run the server"),
        "{serve}"
    );
    assert!(
        serve.contains("--no-qr Do not draw a QR code of the join address"),
        "{serve}"
    );
    assert!(
        serve.contains("--listen") && serve.contains("QUIZBOX_LISTEN"),
        "{serve}"
    );

    // A directory that cannot be made says so, and which.
    let file = dir.path().join("a-file");
    std::fs::write(&file, "").unwrap();
    let out = quizbox()
        .args(["man", "--dir"])
        .arg(file.join("man1"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("cannot create directory") && err.contains("a-file"),
        "{err}"
    );
}

/// A command run under `script`, so its stdout and stderr are a terminal;
/// what the terminal showed comes back on `output`. `stop` sends Ctrl-C
/// through the terminal, as a person would.
struct Pty {
    child: Child,
    output: mpsc::Receiver<Vec<u8>>,
    seen: Vec<u8>,
}

impl Pty {
    fn start(args: &[&str], env: &[(&str, &str)]) -> Pty {
        Pty::start_with_columns(args, env, None)
    }

    /// With `columns`, the terminal is made that narrow first.
    fn start_with_columns(args: &[&str], env: &[(&str, &str)], columns: Option<u16>) -> Pty {
        let quoted: Vec<String> = std::iter::once(binary())
            .chain(args.iter().copied())
            .map(|a| format!("'{}'", a.replace('\'', r"'\''")))
            .collect();
        let mut shell = format!("exec {}", quoted.join(" "));
        if let Some(columns) = columns {
            shell = format!("stty cols {columns} rows 40 && {shell}");
        }
        let mut cmd = Command::new("script");
        clean_env(&mut cmd);
        cmd.args(["-q", "-e", "-c", &shell, "/dev/null"])
            .envs(env.iter().copied())
            .env("TERM", "xterm-256color")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        let mut child = cmd.spawn().expect("script runs");
        let mut stdout = child.stdout.take().unwrap();
        let (tx, output) = mpsc::channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = stdout.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Pty {
            child,
            output,
            seen: Vec::new(),
        }
    }

    /// Everything shown until `needle`, or until the command ended.
    fn until(&mut self, needle: &str) -> String {
        let deadline = Instant::now() + WAIT;
        while !String::from_utf8_lossy(&self.seen).contains(needle) {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.output.recv_timeout(left) {
                Ok(bytes) => self.seen.extend(bytes),
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    panic!(
                        "{needle:?} not shown: {}",
                        String::from_utf8_lossy(&self.seen)
                    )
                }
            }
        }
        String::from_utf8_lossy(&self.seen).into_owned()
    }

    /// Ctrl-C, then everything shown until the command ended.
    fn stop(mut self) -> String {
        let mut stdin = self.child.stdin.take().unwrap();
        let _ = stdin.write_all(b"\x03").and_then(|()| stdin.flush());
        let shown = self.until("\u{0}never shown\u{0}");
        let deadline = Instant::now() + WAIT;
        while self.child.try_wait().unwrap().is_none() {
            assert!(
                Instant::now() < deadline,
                "still running after Ctrl-C: {shown}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        shown
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        // Closing the terminal hangs up on the command too.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

const QR_BLOCKS: [char; 3] = ['█', '▀', '▄'];

#[test]
fn help_and_log_lines_carry_no_escapes_under_no_color() {
    if !available("script", "--version") {
        return;
    }
    let help = |env: &[(&str, &str)]| {
        let mut pty = Pty::start(&["--help"], env);
        pty.until("Print version");
        pty.stop()
    };
    let colored = help(&[]);
    assert!(colored.contains("Usage:"), "{colored}");
    assert!(colored.contains('\x1b'), "help is styled on a terminal");
    let plain = help(&[("NO_COLOR", "1")]);
    assert!(
        plain.contains("Usage:") && !plain.contains('\x1b'),
        "{plain:?}"
    );
    let empty = help(&[("NO_COLOR", "")]);
    assert!(empty.contains('\x1b'), "an empty NO_COLOR does not count");
    let piped = stdout_of(quizbox().arg("--help"));
    assert!(piped.contains("Usage:") && !piped.contains('\x1b'));

    // A warning line, on a terminal under NO_COLOR and piped (the log's
    // lines are looked at under `serve` below).
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let mut pty = Pty::start(
        &["--data", data, "config"],
        &[("NO_COLOR", "1"), ("QUIZBOX_LISTN", "x")],
    );
    pty.until("did you mean");
    let shown = pty.stop();
    assert!(
        shown.contains("warning:") && !shown.contains('\x1b'),
        "{shown:?}"
    );
    // A warning line too.
    let warned = quizbox()
        .args(["--data", data, "config"])
        .env("QUIZBOX_LISTN", "x")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&warned.stderr);
    assert!(err.contains("warning:") && !err.contains('\x1b'), "{err:?}");
}

/// The join address `serve` shows first, from its banner.
fn join_url(shown: &str) -> String {
    let line = shown
        .lines()
        .find(|l| l.contains("players join at"))
        .unwrap_or_else(|| panic!("{shown}"));
    line.split_whitespace().last().unwrap().to_string()
}

#[test]
fn serve_draws_the_join_qr_on_a_terminal_and_not_when_piped() {
    if !available("script", "--version") {
        return;
    }
    let serve_in = |extra: &[&str], env: &[(&str, &str)], columns: Option<u16>| {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().to_str().unwrap();
        let mut args = vec!["--data", data, "serve", "--listen", "127.0.0.1:0"];
        args.extend(extra);
        let mut pty = Pty::start_with_columns(&args, env, columns);
        pty.until("Press Ctrl-C to stop.");
        pty.stop().replace("\r\n", "\n")
    };
    let serve = |extra: &[&str], env: &[(&str, &str)]| serve_in(extra, env, None);

    // Without colour: no escapes in the log's lines or anywhere, and the
    // code's lines exactly as the qrcode crate's matrix draws them, under
    // the banner and before its last line.
    let plain = serve(&[], &[("NO_COLOR", "1")]);
    assert!(
        plain.contains(" INFO ") && plain.contains("listening on"),
        "{plain}"
    );
    assert!(!plain.contains('\x1b'), "{plain:?}");
    let url = join_url(&plain);
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    assert!(
        plain.contains(&format!("scan to join     {url}")),
        "{plain}"
    );
    let lines = quizbox::qr::lines(&quizbox::qr::matrix(&url).unwrap());
    let drawn = lines.iter().map(|l| format!("  {l}\n")).collect::<String>();
    let at = plain.find(&drawn).unwrap_or_else(|| panic!("{plain}"));
    assert!(at > plain.find("players join at").unwrap());
    assert!(at < plain.find("Press Ctrl-C to stop.").unwrap());

    // With colour: the log's levels coloured, and the same code, light
    // modules bright white on black.
    let colored = serve(&[], &[]);
    assert!(colored.contains("\x1b[32m INFO\x1b[0m"), "{colored:?}");
    let url = join_url(&colored);
    let lines = quizbox::qr::lines(&quizbox::qr::matrix(&url).unwrap());
    for line in &lines {
        assert!(
            colored.contains(&format!("  \x1b[97;40m{line}\x1b[0m\n")),
            "{colored}"
        );
    }

    // --no-qr: the banner without it.
    let without = serve(&["--no-qr"], &[]);
    assert!(without.contains("players join at"), "{without}");
    assert!(!without.contains("scan to join"), "{without}");
    assert!(!without.contains(QR_BLOCKS), "{without}");

    // A terminal too narrow for the code, whose lines would wrap: a note.
    let narrow = serve_in(&[], &[("NO_COLOR", "1")], Some(30));
    let url = join_url(&narrow);
    let needs = quizbox::qr::lines(&quizbox::qr::matrix(&url).unwrap())[0]
        .chars()
        .count()
        + 2;
    assert!(needs > 30);
    assert!(
        narrow.contains(&format!(
            "the QR code of {url} needs {needs} columns; this terminal has 30"
        )),
        "{narrow}"
    );
    assert!(!narrow.contains("scan to join"), "{narrow}");
    let wide = serve_in(&[], &[("NO_COLOR", "1")], Some(100));
    assert!(wide.contains("scan to join"), "{wide}");

    // Piped: no code, and the log has no escapes.
    let dir = tempfile::tempdir().unwrap();
    let mut child = quizbox()
        .args(["--data"])
        .arg(dir.path())
        .args(["serve", "--listen", "127.0.0.1:0"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut all = Vec::new();
        let mut buf = [0u8; 4096];
        while let Ok(n) = stderr.read(&mut buf) {
            if n == 0 {
                break;
            }
            all.extend(&buf[..n]);
            if String::from_utf8_lossy(&all).contains("Press Ctrl-C to stop.") {
                break;
            }
        }
        let _ = tx.send(all);
    });
    let err = rx.recv_timeout(WAIT);
    let _ = child.kill();
    let mut out = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    let _ = child.wait();
    let err = String::from_utf8(err.expect("the banner within 30 s")).unwrap();
    assert!(
        err.contains("players join at") && err.contains("INFO"),
        "{err}"
    );
    assert!(
        !err.contains('\x1b') && !out.contains('\x1b'),
        "{err:?} {out:?}"
    );
    assert!(!err.contains("scan to join") && !out.contains("scan to join"));
    assert!(
        !err.contains(QR_BLOCKS) && !out.contains(QR_BLOCKS),
        "{out}"
    );
}
