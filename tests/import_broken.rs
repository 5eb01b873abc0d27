//! Broken input never changes the database: each case runs the real binary
//! on a data directory that already holds a quiz, expects exit code 3 and a
//! `file:line` message, and compares every stored row before and after.

mod import_support;

use import_support::{fixture, quizbox, rows};
use serde_json::Value;

/// A data directory holding one imported quiz, so "unchanged" means
/// something.
fn seeded() -> tempfile::TempDir {
    let data = tempfile::tempdir().unwrap();
    let seed = fixture("import/solar.toml");
    let run = quizbox(data.path(), &["import", seed.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(rows(data.path()).len(), 1);
    data
}

/// Imports `path`, expects exit 3 with `expected` on stderr and no change.
fn rejected(path: &str, expected: &str) {
    let data = seeded();
    let before = rows(data.path());
    let file = fixture(path);
    let run = quizbox(data.path(), &["import", file.to_str().unwrap()]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    let shown = run.stderr.replace(fixture("").to_str().unwrap(), "");
    assert!(
        shown.contains(expected),
        "expected {expected:?} in:\n{shown}"
    );
    assert!(shown.contains("nothing was imported"), "{shown}");
    assert_eq!(rows(data.path()), before);
}

#[test]
fn truncated_xlsx() {
    rejected(
        "broken/truncated.xlsx",
        "error: broken/truncated.xlsx: not a readable .xlsx workbook",
    );
}

#[test]
fn gift_with_an_unclosed_brace() {
    rejected(
        "broken/unclosed.gift",
        "error: broken/unclosed.gift:4:9: questions[2]: unclosed `{`: the answer block has no closing `}`",
    );
}

#[test]
fn aiken_with_a_missing_answer_line() {
    rejected(
        "broken/missing_answer.aiken",
        "error: broken/missing_answer.aiken:6:1: questions[2].correct: no ANSWER line",
    );
}

#[test]
fn json_of_the_wrong_shape() {
    rejected(
        "broken/wrong_shape.json",
        "error: broken/wrong_shape.json:3:16: invalid type: map, expected a sequence",
    );
}

#[test]
fn a_directory_where_one_file_of_ten_is_bad() {
    let dir = fixture("one_bad");
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 10);
    rejected(
        "one_bad",
        "error: one_bad/csv_3_bad.csv:3:4: questions[2].correct: position 3 is out of range (1-2)",
    );
    // The nine good files alone import fine, so it is the one bad file
    // that held the batch back.
    let data = tempfile::tempdir().unwrap();
    let mut args = vec!["import".to_string()];
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if !path.file_name().unwrap().to_string_lossy().contains("bad") {
            args.push(path.to_string_lossy().into_owned());
        }
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let run = quizbox(data.path(), &args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(rows(data.path()).len(), 9);
}

#[test]
fn json_summary_locates_errors_and_writes_nothing() {
    let data = seeded();
    let before = rows(data.path());
    let file = fixture("broken/unclosed.gift");
    let run = quizbox(data.path(), &["import", "--json", file.to_str().unwrap()]);
    assert_eq!(run.code, 3);
    let summary: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        (summary["ok"].as_bool(), summary["written"].as_bool()),
        (Some(false), Some(false))
    );
    let error = &summary["files"][0]["errors"][0];
    assert_eq!(
        (error["line"].as_u64(), error["column"].as_u64()),
        (Some(4), Some(9))
    );
    assert_eq!(error["field"], "questions[2]");
    assert_eq!(summary["totals"]["errors"], 1);
    assert_eq!(rows(data.path()), before);
}

#[test]
fn check_validates_without_writing() {
    let data = seeded();
    let before = rows(data.path());
    let dir = fixture("import");
    let run = quizbox(
        data.path(),
        &["import", "--check", "--json", dir.to_str().unwrap()],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let summary: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        (summary["ok"].as_bool(), summary["written"].as_bool()),
        (Some(true), Some(false))
    );
    // Twelve quiz files and flags.zip, a bundle.
    assert_eq!(summary["totals"]["files"], 13);
    assert_eq!(summary["totals"]["media"], 2);
    assert_eq!(rows(data.path()), before);
}

#[test]
fn strict_mode_rejects_warnings() {
    let data = seeded();
    let before = rows(data.path());
    let file = fixture("import/moodle.xml");
    let run = quizbox(data.path(), &["import", "--strict", file.to_str().unwrap()]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        run.stderr.contains("3 warnings in strict mode"),
        "{}",
        run.stderr
    );
    assert_eq!(rows(data.path()), before);
}

#[test]
fn a_quiz_id_in_two_files_is_rejected() {
    let data = seeded();
    let before = rows(data.path());
    let dir = tempfile::tempdir().unwrap();
    for name in ["a.gift", "b.gift"] {
        std::fs::write(dir.path().join(name), "$CATEGORY: Same\n\nQ? {=a ~b}\n").unwrap();
    }
    let run = quizbox(data.path(), &["import", dir.path().to_str().unwrap()]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("b.gift: id: quiz id \"same\" is also defined by"),
        "{}",
        run.stderr
    );
    assert_eq!(rows(data.path()), before);
}

#[test]
fn unknown_content_and_missing_files_exit_3() {
    let data = seeded();
    let before = rows(data.path());
    let dir = tempfile::tempdir().unwrap();
    let odd = dir.path().join("notes.dat");
    std::fs::write(&odd, "just some words\n").unwrap();
    let run = quizbox(
        data.path(),
        &["import", odd.to_str().unwrap(), "/no/such/quiz.gift"],
    );
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        run.stderr.contains("notes.dat: cannot tell the format"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("/no/such/quiz.gift: no such file or directory"),
        "{}",
        run.stderr
    );
    assert_eq!(rows(data.path()), before);
}
