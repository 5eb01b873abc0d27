//! Stamps `quizbox --version` with the commit and date a build was made
//! from, when the build says so: scripts/dist.sh sets QUIZBOX_BUILD_COMMIT
//! and QUIZBOX_BUILD_DATE. Other builds print the bare version.

fn main() {
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
