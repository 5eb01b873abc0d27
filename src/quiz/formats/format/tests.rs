//! Names, extensions and content detection as the table gives them, held
//! to the values quizbox has always taken.

use super::*;

#[test]
fn names_are_the_ones_format_has_always_taken() {
    assert_eq!(
        Format::NAMES,
        ["toml", "json", "csv", "xlsx", "gift", "aiken", "moodle", "opentdb", "rahoot", "bundle"]
    );
    for format in Format::ALL {
        assert_eq!(Format::from_name(format.name()), Some(format));
        assert_eq!(format.info().format, format);
        assert_eq!(format.to_string(), format.name());
    }
    assert_eq!(Format::from_name("Moodle"), None);
    assert_eq!(Format::from_name("docx"), None);
    let writers: Vec<&str> = ExportFormat::ALL.iter().map(|f| f.name()).collect();
    assert_eq!(writers, ["toml", "json", "csv", "xlsx", "gift", "bundle"]);
}

#[test]
fn extensions_choose_formats_as_they_always_did() {
    let cases = [
        ("a.toml", Some(Format::Toml)),
        ("a.CSV", Some(Format::Csv)),
        ("dir.v2/a.xlsx", Some(Format::Xlsx)),
        ("a.gift", Some(Format::Gift)),
        ("a.aiken", Some(Format::Aiken)),
        ("a.xml", Some(Format::Moodle)),
        ("quiz.ZIP", Some(Format::Bundle)),
        ("a.json", None),
        ("a.txt", None),
        ("toml", None),
        ("a.docx", None),
    ];
    for (path, format) in cases {
        assert_eq!(Format::from_extension(path), format, "{path}");
    }
    for path in [
        "a.toml", "a.json", "a.csv", "a.xlsx", "a.gift", "a.aiken", "a.xml", "a.TXT", "a.zip",
    ] {
        assert!(Format::is_quiz_file(path), "{path}");
    }
    for path in ["a.md", "a.py", "toml", "a.tomlx"] {
        assert!(!Format::is_quiz_file(path), "{path}");
    }
    assert_eq!(
        Format::quiz_extensions(),
        ["toml", "csv", "xlsx", "gift", "aiken", "xml", "zip", "json", "txt"]
    );
}

#[test]
fn export_extensions_choose_writers() {
    use std::path::Path;
    let cases = [
        ("out.toml", Some(ExportFormat::Toml)),
        ("out.json", Some(ExportFormat::Json)),
        ("out.Csv", Some(ExportFormat::Csv)),
        ("out.xlsx", Some(ExportFormat::Xlsx)),
        ("out.gift", Some(ExportFormat::Gift)),
        ("out.txt", Some(ExportFormat::Gift)),
        ("out.zip", Some(ExportFormat::Bundle)),
        ("out.xml", None),
        ("out", None),
    ];
    for (path, format) in cases {
        assert_eq!(
            ExportFormat::from_extension(Path::new(path)),
            format,
            "{path}"
        );
    }
    let files: Vec<(&str, bool)> = ExportFormat::ALL
        .iter()
        .map(|f| (f.extension(), f.holds_many()))
        .collect();
    assert_eq!(
        files,
        [
            ("toml", false),
            ("json", true),
            ("csv", true),
            ("xlsx", false),
            ("gift", true),
            ("zip", false)
        ]
    );
}

#[test]
fn content_decides_in_the_order_of_the_rules() {
    let cases: [(&str, &[u8], Option<Format>); 13] = [
        (
            "a.json",
            b"{\"response_code\": 0, \"results\": []}",
            Some(Format::Opentdb),
        ),
        (
            "a.json",
            b"\xEF\xBB\xBF  {\"subject\": \"x\", \"questions\": []}",
            Some(Format::Rahoot),
        ),
        ("a.json", b"[{\"title\": \"x\"}]", Some(Format::Json)),
        // JSON is JSON even when it looks like other formats inside.
        ("a.txt", b"{\"text\": \"ANSWER: A\"}", Some(Format::Json)),
        // A workbook is the zip that holds `[Content_Types].xml`; any other is a bundle.
        (
            "-",
            b"PK\x03\x04..[Content_Types].xml..",
            Some(Format::Xlsx),
        ),
        ("upload", b"PK\x03\x04..quiz.toml..", Some(Format::Bundle)),
        (
            "a.txt",
            b"<?xml version=\"1.0\"?><quiz/>",
            Some(Format::Moodle),
        ),
        ("a.txt", b"Q?\nA. x\nB. y\nANSWER: A\n", Some(Format::Aiken)),
        ("a.txt", b"Q? {=a ~b}\n", Some(Format::Gift)),
        ("a.txt", b"$CATEGORY: x\n", Some(Format::Gift)),
        (
            "stdin",
            b"title = \"x\"\n[[questions]]\n",
            Some(Format::Toml),
        ),
        ("stdin", b"Question,Answer 1\n", Some(Format::Csv)),
        ("stdin", b"just words\n", None),
    ];
    for (path, bytes, format) in cases {
        assert_eq!(
            Format::detect(path, bytes),
            format,
            "{path} {:?}",
            String::from_utf8_lossy(bytes)
        );
    }
    // The extension wins over content.
    assert_eq!(
        Format::detect("a.csv", b"{\"subject\": 1}"),
        Some(Format::Csv)
    );
}

#[test]
fn a_character_cut_by_the_json_key_window_is_not_a_panic() {
    // `{` and 4,094 letters put an `é` across the 4 KiB the JSON rules look at.
    let text = format!("{{{}{}\"subject\": 1}}", "a".repeat(4094), "é".repeat(10));
    assert_eq!(
        Format::detect("upload", text.as_bytes()),
        Some(Format::Json)
    );
}

#[test]
fn format_names_are_what_serde_and_clap_take() {
    use clap::ValueEnum;
    for format in Format::ALL {
        let json = serde_json::to_string(&format).unwrap();
        assert_eq!(json, format!("\"{}\"", format.name()));
        assert_eq!(serde_json::from_str::<Format>(&json).unwrap(), format);
        assert_eq!(Format::from_str(format.name(), false), Ok(format));
    }
    let e = serde_json::from_str::<Format>("\"docx\"")
        .unwrap_err()
        .to_string();
    assert!(
        e.starts_with("unknown variant `docx`, expected one of `toml`, `json`, `csv`"),
        "{e}"
    );
    for format in ExportFormat::ALL {
        assert_eq!(ExportFormat::from_str(format.name(), false), Ok(format));
    }
    assert!(ExportFormat::from_str("moodle", false).is_err());
    assert!(import_after_help().starts_with(
        "Formats: toml, json, csv, xlsx (Kahoot! spreadsheet), gift, aiken, moodle (Moodle XML), \
         opentdb (Open Trivia DB), rahoot, bundle (Quiz bundle). Exit codes:"
    ));
}
