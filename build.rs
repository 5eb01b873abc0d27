//! Stamps `quizbox --version` with the commit and date a build was made
//! from, when the build says so: scripts/dist.sh sets QUIZBOX_BUILD_COMMIT
//! and QUIZBOX_BUILD_DATE. Other builds print the bare version.
//!
//! Also deflates the message catalogs of `locales/` for the binary to
//! embed (`$OUT_DIR/catalogs.rs`, a table of paths and deflated bytes):
//! Fluent text shrinks to a fifth, and release builds read them once.

use std::io::Write;
use std::path::{Path, PathBuf};

fn main() {
    deflate_catalogs();
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=QUIZBOX_BUILD_COMMIT");
    println!("cargo:rerun-if-env-changed=QUIZBOX_BUILD_DATE");
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let given = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    let stamp = match (given("QUIZBOX_BUILD_COMMIT"), given("QUIZBOX_BUILD_DATE")) {
        (Some(commit), Some(date)) => format!("{version} ({commit} {date})"),
        (Some(commit), None) => format!("{version} ({commit})"),
        (None, Some(date)) => format!("{version} ({date})"),
        (None, None) => version,
    };
    // Not a QUIZBOX_ name: cargo also sets this variable for the tests it
    // runs, and quizbox warns about QUIZBOX_ variables it does not know.
    println!("cargo:rustc-env=STAMPED_VERSION={stamp}");
}

/// Writes `$OUT_DIR/catalogs.rs`: `&[(path under locales/, deflated bytes)]`,
/// sorted by path.
fn deflate_catalogs() {
    println!("cargo:rerun-if-changed=locales");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    let root = Path::new("locales");
    let mut files = Vec::new();
    collect_ftl(root, &mut files);
    let mut named: Vec<(String, PathBuf)> = files
        .into_iter()
        .map(|path| {
            let name = path
                .strip_prefix(root)
                .expect("under locales/")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            (name, path)
        })
        .collect();
    named.sort();
    let mut table = String::from("&[\n");
    for (i, (name, path)) in named.iter().enumerate() {
        let data = std::fs::read(path).expect("reading a catalog");
        let mut encoder =
            flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
        encoder.write_all(&data).expect("deflating to memory");
        let deflated = out.join(format!("catalog-{i}.deflate"));
        std::fs::write(&deflated, encoder.finish().expect("deflating to memory"))
            .expect("writing to OUT_DIR");
        table.push_str(&format!("    ({name:?}, include_bytes!({deflated:?})),\n"));
    }
    table.push(']');
    std::fs::write(out.join("catalogs.rs"), table).expect("writing to OUT_DIR");
}

fn collect_ftl(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("reading locales/") {
        let path = entry.expect("reading locales/").path();
        if path.is_dir() {
            collect_ftl(&path, files);
        } else if path.extension().is_some_and(|e| e == "ftl") {
            files.push(path);
        }
    }
}
