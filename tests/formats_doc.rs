//! docs/formats.md's table of formats is drawn from the table in
//! `src/quiz/formats/table.rs`: this test regenerates it and fails, with a
//! diff, when the docs say something else. `UPDATE_DOCS=1 cargo test --test
//! formats_doc` writes the regenerated part into the docs instead.

use quizbox::quiz::formats::{table, ExportFormat, FORMATS};

const START: &str = "<!-- The part from here to the end mark is generated from FORMATS in \
src/quiz/formats/table.rs; UPDATE_DOCS=1 cargo test --test formats_doc rewrites it. -->\n";
const END: &str = "<!-- End of the generated part. -->\n";

fn docs_path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/formats.md")
}

/// The lines of `docs` and `table` that differ, `-` for the docs and `+` for
/// the table.
fn diff(docs: &str, table: &str) -> String {
    let (docs, table): (Vec<&str>, Vec<&str>) = (docs.lines().collect(), table.lines().collect());
    let mut out = String::new();
    for i in 0..docs.len().max(table.len()) {
        let (d, t) = (docs.get(i), table.get(i));
        if d != t {
            if let Some(d) = d {
                out.push_str(&format!("-{d}\n"));
            }
            if let Some(t) = t {
                out.push_str(&format!("+{t}\n"));
            }
        }
    }
    out
}

#[test]
fn the_docs_table_of_formats_is_the_one_the_code_has() {
    let text = std::fs::read_to_string(docs_path()).unwrap();
    let from = text.find(START).expect("the start mark in docs/formats.md") + START.len();
    let to = from
        + text[from..]
            .find(END)
            .expect("the end mark in docs/formats.md");
    let generated = table::docs_table();
    if text[from..to] == generated {
        return;
    }
    if std::env::var_os("UPDATE_DOCS").is_some_and(|v| v == "1") {
        let updated = format!("{}{generated}{}", &text[..from], &text[to..]);
        // Renamed into place, so the other tests never read half a file.
        let fresh = docs_path().with_extension("md.new");
        std::fs::write(&fresh, updated).unwrap();
        std::fs::rename(&fresh, docs_path()).unwrap();
        return;
    }
    panic!(
        "docs/formats.md's table of formats differs from FORMATS (- docs, + code):\n{}\n\
         Regenerate it with: UPDATE_DOCS=1 cargo test --test formats_doc",
        diff(&text[from..to], &generated)
    );
}

#[test]
fn the_generated_table_names_every_format_and_what_it_keeps() {
    let generated = table::docs_table();
    for f in FORMATS {
        let row = generated
            .lines()
            .find(|l| l.starts_with(&format!("| [{}](#{})", f.title, f.anchor)))
            .unwrap_or_else(|| panic!("a row for {}", f.name));
        assert!(row.contains(&format!("`{}`", f.name)), "{row}");
        for ext in f.extensions.iter().chain(f.shared_extensions) {
            assert!(row.contains(&format!("`.{ext}`")), "{row}");
        }
    }
    // The kinds, as the every-kind round trips check them.
    assert!(generated.contains(
        "| [Kahoot! spreadsheet](#kahoot-spreadsheet) | `xlsx` | `.xlsx` | `.xlsx`, one quiz a file \
         | single, multi, true/false | single, multi, true/false |"
    ));
    assert!(generated.contains(
        "| [GIFT](#gift) | `gift` | `.gift`, `.txt` | `.gift`, `.txt`, several quizzes a file \
         | every kind but poll | every kind but poll |"
    ));
    // Each heading the table links to exists.
    let text = std::fs::read_to_string(docs_path()).unwrap();
    for f in FORMATS {
        let heading = text
            .lines()
            .filter_map(|l| l.strip_prefix("## "))
            .find(|h| anchor(h) == f.anchor);
        assert!(heading.is_some(), "no heading for #{}", f.anchor);
    }
}

#[test]
fn the_export_usage_in_the_docs_lists_every_writer() {
    let text = std::fs::read_to_string(docs_path()).unwrap();
    let names: Vec<&str> = ExportFormat::ALL.iter().map(|f| f.name()).collect();
    let usage = format!("[--format {}]", names.join("|"));
    assert!(text.contains(&usage), "docs/formats.md should show {usage}");
}

/// A heading's anchor as GitHub makes it.
fn anchor(heading: &str) -> String {
    heading
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-')
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

#[test]
fn the_import_api_docs_list_every_format_name() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/protocol.md");
    let text = std::fs::read_to_string(path).unwrap();
    let names: Vec<String> = quizbox::quiz::formats::Format::NAMES
        .iter()
        .map(|n| format!("`{n}`"))
        .collect();
    let (last, rest) = names.split_last().unwrap();
    let row = format!("| `format` | {} or {last};", rest.join(", "));
    assert!(text.contains(&row), "docs/protocol.md should have {row}");
}
