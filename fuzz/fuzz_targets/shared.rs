//! The check every parser target runs: parsing arbitrary bytes never
//! panics, and whatever parses cleanly survives a native JSON round trip
//! (which also exercises the writer and the shared validation).

use quizbox::quiz::formats::{self, ExportFormat, Format};

pub fn check(format: Format, data: &[u8]) {
    let out = formats::parse(format, data, "fuzz");
    if !out.errors.is_empty() {
        assert!(out.quizzes.is_empty(), "a failed file keeps no quiz");
        return;
    }
    let (bytes, _) =
        formats::write(ExportFormat::Json, &out.quizzes).expect("JSON holds any quizzes");
    let back = formats::parse(Format::Json, &bytes, "fuzz");
    assert!(back.errors.is_empty(), "{:?}", back.errors);
    assert_eq!(back.quizzes, out.quizzes);
}
