//! Import throughput, GIFT and CSV into SQLite. Ignored by default; run in
//! release and read the figures it prints:
//!
//! ```sh
//! cargo test --release --test import_bench -- --ignored --nocapture
//! ```
//!
//! Each format is measured twice: in-process (parse + one-transaction store
//! write, timed separately) and end to end through the real binary
//! (`quizbox import FILE`, process start and migrations included). The
//! method and the recorded results are in docs/performance.md.

mod import_support;

use std::time::Instant;

use quizbox::config::ImportLimits;
use quizbox::quiz::formats::batch::Batch;
use quizbox::store::sqlite::SqliteStore;
use quizbox::store::Store;

/// Quizzes × questions in each generated file.
const QUIZZES: usize = 2_000;
const PER_QUIZ: usize = 50;
/// Floor the issue sets for both formats, in questions per second.
const TARGET: f64 = 20_000.0;

fn gift() -> String {
    let mut text = String::with_capacity(QUIZZES * PER_QUIZ * 120);
    for quiz in 0..QUIZZES {
        text.push_str(&format!("$CATEGORY: $course$/top/Bench quiz {quiz}\n\n"));
        for q in 0..PER_QUIZ {
            text.push_str(&format!(
                "::q{q}:: Question {q} of quiz {quiz}: which answer is right? {{\n  =Right answer {q}#Well done.\n  ~Wrong answer A\n  ~Wrong answer B\n  ~Wrong answer C\n  ####Because answer {q} is right.\n}}\n\n"
            ));
        }
    }
    text
}

fn csv() -> String {
    let mut text = String::with_capacity(QUIZZES * PER_QUIZ * 120);
    text.push_str("quiz_id,quiz_title,question,answer1,answer2,answer3,answer4,correct,time_limit,points,explanation\n");
    for quiz in 0..QUIZZES {
        for q in 0..PER_QUIZ {
            text.push_str(&format!(
                "bench-{quiz},Bench quiz {quiz},\"Question {q} of quiz {quiz}, which answer is right?\",Right answer {q},Wrong answer A,Wrong answer B,Wrong answer C,1,20,1000,Because answer {q} is right.\n"
            ));
        }
    }
    text
}

fn rate(questions: usize, seconds: f64) -> f64 {
    questions as f64 / seconds
}

async fn measure(name: &str, text: String) -> (f64, f64) {
    let total = QUIZZES * PER_QUIZ;
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("bench.db").to_string_lossy()).unwrap();
    store.migrate().await.unwrap();

    let start = Instant::now();
    // The generated files are larger than one upload may be: lift the ceilings.
    let mut batch = Batch::within(ImportLimits {
        text_bytes: usize::MAX,
        pieces: usize::MAX,
        ..ImportLimits::default()
    });
    batch.add(&format!("bench.{name}"), text.as_bytes(), None);
    let prepared = batch.finish(false);
    let parsed = start.elapsed().as_secs_f64();
    assert!(prepared.is_ok(), "{}", prepared.render_text());
    assert_eq!(prepared.summary.totals.questions, total);
    let counts = store
        .import_quizzes(&prepared.quizzes, "import")
        .await
        .unwrap();
    let all = start.elapsed().as_secs_f64();
    assert_eq!((counts.created, counts.questions), (QUIZZES, total));
    let in_process = rate(total, all);
    println!(
        "{name}: {total} questions in {QUIZZES} quizzes, {:.1} MB: parse {:.3} s, store {:.3} s, total {:.3} s = {:.0} questions/s in process",
        text.len() as f64 / 1e6,
        parsed,
        all - parsed,
        all,
        in_process
    );

    let file = dir.path().join(format!("bench.{name}"));
    std::fs::write(&file, &text).unwrap();
    let data = tempfile::tempdir().unwrap();
    std::fs::write(
        data.path().join("quizbox.toml"),
        "[limits]\nimport_bytes = 1073741824\n\n[import]\ntext_bytes = 1073741824\npieces = 100000000\n",
    )
    .unwrap();
    let start = Instant::now();
    let run = import_support::quizbox(data.path(), &["import", file.to_str().unwrap()]);
    let elapsed = start.elapsed().as_secs_f64();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(import_support::rows(data.path()).len(), QUIZZES);
    let end_to_end = rate(total, elapsed);
    println!(
        "{name}: quizbox import {}: {elapsed:.3} s = {end_to_end:.0} questions/s end to end",
        file.display()
    );
    (in_process, end_to_end)
}

#[tokio::test]
#[ignore = "throughput figures; run in release with --ignored --nocapture"]
async fn gift_and_csv_import_throughput() {
    if cfg!(debug_assertions) {
        println!("note: a debug build; the figures in docs/performance.md come from --release");
    }
    let gift = measure("gift", gift()).await;
    let csv = measure("csv", csv()).await;
    if !cfg!(debug_assertions) {
        for (name, (in_process, end_to_end)) in [("gift", gift), ("csv", csv)] {
            assert!(
                in_process >= TARGET,
                "{name}: {in_process:.0} questions/s in process is below {TARGET}"
            );
            assert!(
                end_to_end >= TARGET,
                "{name}: {end_to_end:.0} questions/s end to end is below {TARGET}"
            );
        }
    }
}
