//! The real binary as a command-line tool: run with a data directory and
//! none of the caller's quizbox settings, and its exit code and output.

use std::path::Path;
use std::process::Command;

/// `quizbox --data DATA`, without the caller's `QUIZBOX_*` variables, user
/// config directory or service environment, which would change what it
/// reads.
pub fn quizbox(data: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_quizbox"));
    cmd.arg("--data").arg(data);
    for (k, _) in std::env::vars() {
        if k.starts_with("QUIZBOX_") {
            cmd.env_remove(k);
        }
    }
    for k in [
        "XDG_CONFIG_HOME",
        "STATE_DIRECTORY",
        "NOTIFY_SOCKET",
        "WATCHDOG_USEC",
    ] {
        cmd.env_remove(k);
    }
    // A config of the user's own in ~/.config/quizbox is read when the data
    // directory has none: point the lookup where nothing is.
    cmd.env("XDG_CONFIG_HOME", "/nonexistent/quizbox-tests");
    cmd
}

/// Runs it to the end: exit code, stdout and stderr.
pub fn output(cmd: &mut Command) -> (i32, String, String) {
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}
