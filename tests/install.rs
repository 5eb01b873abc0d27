//! install.sh, run by bash into a `--root` tree with the real binary: a
//! first install, a second that changes no file, an upgrade that keeps
//! data and config, the prefix written into the unit, dist/ builds checked
//! against SHA256SUMS, uninstall and purge. And shellcheck over every
//! shell script in the repository.

use std::collections::BTreeMap;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn quizbox_binary() -> &'static str {
    env!("CARGO_BIN_EXE_quizbox")
}

/// Runs `script` with `args`, with none of the caller's quizbox variables.
fn run(script: &Path, args: &[&str]) -> (i32, String, String) {
    let mut cmd = Command::new("bash");
    cmd.arg(script).args(args);
    for (k, _) in std::env::vars() {
        if k.starts_with("QUIZBOX_") {
            cmd.env_remove(k);
        }
    }
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn install(args: &[&str]) -> (i32, String, String) {
    run(&repo().join("install.sh"), args)
}

/// Must succeed; returns what it printed.
fn install_ok(args: &[&str]) -> String {
    let (code, out, err) = install(args);
    assert_eq!(code, 0, "install.sh {args:?}:\n{out}\n{err}");
    out
}

fn sha256(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

/// Every path under `root` with its mode, its modification time and, for
/// a file, its SHA-256: what a run that changes nothing leaves alone.
fn listing(root: &Path) -> BTreeMap<PathBuf, (u32, i64, i64, String)> {
    let mut all = BTreeMap::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let meta = std::fs::symlink_metadata(&path).unwrap();
            let hash = if meta.is_file() {
                sha256(&path)
            } else {
                String::new()
            };
            if meta.is_dir() {
                dirs.push(path.clone());
            }
            let rel = path.strip_prefix(root).unwrap().to_path_buf();
            all.insert(
                rel,
                (meta.mode() & 0o7777, meta.mtime(), meta.mtime_nsec(), hash),
            );
        }
    }
    all
}

fn arg(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn a_second_install_changes_nothing_an_upgrade_keeps_data_and_config_and_purge_removes_them() {
    let root = tempfile::tempdir().unwrap();
    let r = arg(root.path());
    let out = install_ok(&["--root", r, "--binary", quizbox_binary()]);
    assert!(
        out.contains("--root: not creating the user quizbox"),
        "{out}"
    );
    assert!(out.contains("--root: not starting the service"), "{out}");
    assert!(out.contains("players join at  http://"), "{out}");
    assert!(out.contains(":8080/\n"), "the default port: {out}");

    let bin = root.path().join("usr/local/bin/quizbox");
    let unit = root.path().join("etc/systemd/system/quizbox.service");
    let conf = root.path().join("etc/quizbox/quizbox.toml");
    let state = root.path().join("var/lib/quizbox");
    assert_eq!(sha256(&bin), sha256(Path::new(quizbox_binary())));
    assert_eq!(mode(&bin), 0o755);
    assert_eq!(
        std::fs::read_to_string(&unit).unwrap(),
        std::fs::read_to_string(repo().join("systemd/quizbox.service")).unwrap(),
        "the default prefix leaves the unit as it is"
    );
    assert_eq!(mode(&unit), 0o644);
    let defaults = Command::new(quizbox_binary())
        .args(["config", "--default"])
        .output()
        .unwrap()
        .stdout;
    assert_eq!(std::fs::read(&conf).unwrap(), defaults);
    assert_eq!(mode(&conf), 0o640, "it may hold secrets");
    assert!(state.is_dir());
    assert_eq!(mode(&state), 0o750);

    let before = listing(root.path());
    let out = install_ok(&["--root", r, "--binary", quizbox_binary()]);
    assert_eq!(
        listing(root.path()),
        before,
        "the second run changed a file"
    );
    assert!(
        out.contains(&format!("unchanged {}", bin.display())),
        "{out}"
    );
    assert!(out.contains(&format!("kept {}", conf.display())), "{out}");

    // The admin's config and the server's data, then a new binary.
    let edited = "listen = \"0.0.0.0:9099\"\nmax_players = 40\n";
    std::fs::write(&conf, edited).unwrap();
    std::fs::write(state.join("quizbox.db"), "the games").unwrap();
    let newer = root.path().join("quizbox-newer");
    let mut bytes = std::fs::read(quizbox_binary()).unwrap();
    bytes.extend_from_slice(b"another build");
    std::fs::write(&newer, &bytes).unwrap();
    std::fs::set_permissions(&newer, std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = install_ok(&["--root", r, "--binary", arg(&newer)]);
    assert!(
        out.contains(&format!("installed {}", bin.display())),
        "{out}"
    );
    assert_eq!(sha256(&bin), sha256(&newer), "the upgrade is installed");
    assert_eq!(std::fs::read_to_string(&conf).unwrap(), edited);
    assert_eq!(
        std::fs::read_to_string(state.join("quizbox.db")).unwrap(),
        "the games"
    );
    assert!(out.contains(":9099/\n"), "the port from the config: {out}");

    let out = install_ok(&["--root", r, "--uninstall"]);
    assert!(!bin.exists() && !unit.exists(), "{out}");
    assert_eq!(std::fs::read_to_string(&conf).unwrap(), edited);
    assert!(state.join("quizbox.db").is_file());
    assert!(out.contains("kept the data"), "{out}");

    install_ok(&["--root", r, "--uninstall", "--purge"]);
    assert!(!conf.exists() && !conf.parent().unwrap().exists());
    assert!(!state.exists());
}

#[test]
fn a_prefix_goes_into_the_units_command() {
    let root = tempfile::tempdir().unwrap();
    let r = arg(root.path());
    install_ok(&[
        "--root",
        r,
        "--prefix",
        "/opt/quizbox",
        "--binary",
        quizbox_binary(),
    ]);
    assert!(root.path().join("opt/quizbox/bin/quizbox").is_file());
    assert!(!root.path().join("usr/local/bin/quizbox").exists());
    let unit =
        std::fs::read_to_string(root.path().join("etc/systemd/system/quizbox.service")).unwrap();
    assert!(
        unit.contains(
            "\nExecStart=/opt/quizbox/bin/quizbox --config /etc/quizbox/quizbox.toml serve\n"
        ),
        "{unit}"
    );
    assert!(!unit.contains("/usr/local/bin"), "{unit}");
    install_ok(&["--root", r, "--prefix", "/opt/quizbox", "--uninstall"]);
    assert!(!root.path().join("opt/quizbox/bin/quizbox").exists());
}

#[test]
fn a_dist_build_is_installed_only_when_it_matches_sha256sums() {
    // A release directory as scripts/dist.sh leaves it, holding this
    // machine's build under its dist/ name.
    let release = tempfile::tempdir().unwrap();
    let rel = release.path();
    std::fs::copy(repo().join("install.sh"), rel.join("install.sh")).unwrap();
    std::fs::create_dir_all(rel.join("systemd")).unwrap();
    std::fs::copy(
        repo().join("systemd/quizbox.service"),
        rel.join("systemd/quizbox.service"),
    )
    .unwrap();
    std::fs::copy(repo().join("Cargo.toml"), rel.join("Cargo.toml")).unwrap();
    std::fs::create_dir_all(rel.join("dist")).unwrap();
    let name = format!(
        "quizbox-{}-{}-unknown-linux-musl",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::ARCH
    );
    let build = rel.join("dist").join(&name);
    std::fs::copy(quizbox_binary(), &build).unwrap();
    let other = format!(
        "quizbox-{}-riscv64-unknown-linux-musl",
        env!("CARGO_PKG_VERSION")
    );
    let good = format!("{}  {other}\n{}  {name}\n", "0".repeat(64), sha256(&build));
    std::fs::write(rel.join("dist/SHA256SUMS"), &good).unwrap();
    let script = rel.join("install.sh");

    let root = tempfile::tempdir().unwrap();
    let (code, out, err) = run(&script, &["--root", arg(root.path())]);
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(
        out.contains(&format!("dist/{name} matches its SHA-256")),
        "{out}"
    );
    assert_eq!(
        sha256(&root.path().join("usr/local/bin/quizbox")),
        sha256(&build)
    );

    // A build that is not what SHA256SUMS says is refused, and nothing is
    // built or installed in its place.
    let tampered = good.replace(&sha256(&build), &"f".repeat(64));
    std::fs::write(rel.join("dist/SHA256SUMS"), tampered).unwrap();
    let root = tempfile::tempdir().unwrap();
    let (code, out, err) = run(&script, &["--root", arg(root.path())]);
    assert_eq!(code, 1, "{out}\n{err}");
    assert!(
        err.contains(&format!("dist/{name} does not match its SHA-256")),
        "{err}"
    );
    assert!(!root.path().join("usr/local/bin/quizbox").exists());

    std::fs::remove_file(rel.join("dist/SHA256SUMS")).unwrap();
    let (code, _, err) = run(&script, &["--root", arg(root.path())]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("SHA256SUMS is missing"), "{err}");
}

#[test]
fn mistakes_exit_1_with_a_message_that_says_what_to_do() {
    let root = tempfile::tempdir().unwrap();
    let r = arg(root.path());
    let missing = root.path().join("no-such-binary");
    let cases: [(Vec<&str>, &str); 4] = [
        (
            vec!["--frobnicate"],
            "unknown option --frobnicate (see install.sh --help)",
        ),
        (vec!["--root", r, "--binary", arg(&missing)], "no such file"),
        (
            vec!["--root", r, "--purge"],
            "--purge goes with --uninstall",
        ),
        (
            vec!["--root", r, "--prefix", "opt", "--binary", quizbox_binary()],
            "--prefix must be an absolute path",
        ),
    ];
    for (args, message) in cases {
        let (code, out, err) = install(&args);
        assert_eq!(code, 1, "{args:?}: {out}{err}");
        assert!(err.starts_with("install.sh: error: "), "{err}");
        assert!(err.contains(message), "{args:?}: {err}");
    }
    assert!(
        listing(root.path()).is_empty(),
        "nothing is written on a mistake"
    );
    let (code, help, _) = install(&["--help"]);
    assert_eq!(code, 0);
    for option in ["--binary", "--prefix", "--root", "--uninstall", "--purge"] {
        assert!(help.contains(option), "{option} in --help");
    }
}

/// Shell scripts in the repository: `*.sh`, and files whose first line
/// runs sh or bash (like .ci/run).
fn shell_scripts() -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut dirs = vec![repo()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if path.is_dir() {
                if !matches!(name.as_str(), ".git" | "target" | "node_modules") {
                    dirs.push(path);
                }
                continue;
            }
            let first = std::fs::read(&path)
                .map(|b| {
                    let end = b.iter().position(|&c| c == b'\n').unwrap_or(b.len());
                    String::from_utf8_lossy(&b[..end]).into_owned()
                })
                .unwrap_or_default();
            let shebang = first.starts_with("#!")
                && (first.ends_with("/sh") || first.contains("bash") || first.ends_with(" sh"));
            if name.ends_with(".sh") || shebang {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

#[test]
fn every_shell_script_passes_shellcheck() {
    let scripts = shell_scripts();
    for expected in ["install.sh", ".ci/run"] {
        assert!(
            scripts.contains(&repo().join(expected)),
            "{expected} is among {scripts:?}"
        );
    }
    let out = match Command::new("shellcheck").args(&scripts).output() {
        Ok(out) => out,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            assert!(
                std::env::var_os("CI").is_none(),
                "shellcheck is not installed; CI must have it (apt package shellcheck)"
            );
            eprintln!("skipped: shellcheck is not installed (apt package shellcheck)");
            return;
        }
        Err(e) => panic!("shellcheck: {e}"),
    };
    assert!(
        out.status.success(),
        "shellcheck {scripts:?}:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
