//! The apostrophe rule against CSV injection, both ways: `csv_write` puts
//! one before a text a spreadsheet would run as a formula, and `csv` takes
//! exactly that one away, so an export reads back unchanged. Nothing here
//! knows about columns or quizzes.

/// What makes a spreadsheet read a cell as a formula: OWASP's list for
/// CSV injection.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// True when `text` would start a formula once its leading apostrophes are
/// taken away.
fn starts_like_a_formula(text: &str) -> bool {
    text.trim_start_matches('\'').starts_with(FORMULA_STARTS)
}

/// A text cell as written: with one apostrophe in front when it would start
/// a formula (a spreadsheet shows the text and drops the apostrophe), and
/// also when it already starts with apostrophes before such a start, so
/// that `unguarded` gives back exactly the text.
pub fn guarded(text: &str) -> String {
    if starts_like_a_formula(text) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// A cell as read: `guarded` undone. Only an apostrophe before a formula
/// start goes, so "'Tis" stays as it is.
pub fn unguarded(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if starts_like_a_formula(cell) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_reads_back_as_written_and_no_formula_is_left_bare() {
        let cases = [
            ("=1+1", "'=1+1"),
            ("+33 1 23 45 67 89", "'+33 1 23 45 67 89"),
            ("-5 °C", "'-5 °C"),
            ("@channel", "'@channel"),
            ("\t=cmd", "'\t=cmd"),
            ("\r-x", "'\r-x"),
            ("'=already", "''=already"),
            ("''-twice", "'''-twice"),
            ("'Tis the season", "'Tis the season"),
            ("Paris", "Paris"),
            ("a = b", "a = b"),
            ("'", "'"),
            ("", ""),
        ];
        for (text, written) in cases {
            assert_eq!(guarded(text), written, "{text:?}");
            assert_eq!(unguarded(&guarded(text)), text, "{text:?}");
        }
        // A hand-written apostrophe before a formula is the spreadsheet's own
        // way to say "text", and is read as such.
        assert_eq!(unguarded("'=SUM(A1)"), "=SUM(A1)");
    }
}
