//! How much one imported file may cost to read: the bytes a spreadsheet may
//! unpack to, the text a file may give, the pieces a text file may hold,
//! and how many imports the server parses at once. These are the
//! `[import]` settings; this module owns their defaults and environment
//! twins, and counts a text file's pieces before it is parsed.

use serde::{Deserialize, Serialize};

use super::Format;

/// Environment twins of the `[import]` settings.
pub const ENV: &[&str] = &[
    "QUIZBOX_IMPORT_UNPACKED_BYTES",
    "QUIZBOX_IMPORT_TEXT_BYTES",
    "QUIZBOX_IMPORT_PIECES",
    "QUIZBOX_IMPORT_PARSERS",
];

/// The `[import]` table of quizbox.toml.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ImportLimits {
    /// Bytes a spreadsheet's parts may unpack to, all together, counted
    /// while unpacking (the sizes a zip file states are not trusted).
    pub unpacked_bytes: u64,
    /// Text one file may give: the whole file for the text formats, the
    /// cells kept for a spreadsheet.
    pub text_bytes: usize,
    /// Pieces a text file may hold: values in JSON and TOML, tags in
    /// Moodle XML, lines in GIFT, Aiken and CSV. Parsing turns each into
    /// a hundred bytes or more of memory, so the text size alone does not
    /// bound it.
    pub pieces: usize,
    /// Files `POST /api/quizzes/import` parses at once, each on a thread of
    /// its own away from the games; more are refused with 429.
    pub parsers: usize,
}

impl Default for ImportLimits {
    fn default() -> Self {
        ImportLimits {
            // Kahoot! workbooks with pictures run to a few MiB, and pictures
            // barely shrink when zipped; the import route takes 16 MiB.
            unpacked_bytes: 32 * 1024 * 1024,
            text_bytes: 16 * 1024 * 1024,
            // A 500-question quiz in any format holds a few tens of thousands.
            pieces: 50_000,
            parsers: 2,
        }
    }
}

impl ImportLimits {
    /// Applies the `QUIZBOX_IMPORT_*` environment variables over these settings.
    pub fn with_env(mut self) -> Result<ImportLimits, String> {
        use crate::config::read_env as read;
        read("QUIZBOX_IMPORT_UNPACKED_BYTES", &mut self.unpacked_bytes)?;
        read("QUIZBOX_IMPORT_TEXT_BYTES", &mut self.text_bytes)?;
        read("QUIZBOX_IMPORT_PIECES", &mut self.pieces)?;
        read("QUIZBOX_IMPORT_PARSERS", &mut self.parsers)?;
        if self.parsers == 0 {
            return Err("import.parsers must be at least 1".into());
        }
        Ok(self)
    }
}

/// The byte offset where `text`, read as `format`, comes to more than `most`
/// pieces, or `None` when it holds no more. Strings are skipped in JSON,
/// where one line may hold a whole file; elsewhere every marker counts,
/// which can only overcount.
pub fn past_pieces(format: Format, text: &[u8], most: usize) -> Option<usize> {
    let mut count = 0usize;
    let mut tick = |offset: usize| {
        count += 1;
        (count > most).then_some(offset)
    };
    match format {
        Format::Json | Format::Opentdb | Format::Rahoot => {
            let (mut in_string, mut escaped) = (false, false);
            for (i, &b) in text.iter().enumerate() {
                if in_string {
                    match b {
                        _ if escaped => escaped = false,
                        b'\\' => escaped = true,
                        b'"' => in_string = false,
                        _ => {}
                    }
                } else if b == b'"' {
                    in_string = true;
                } else if matches!(b, b',' | b'[' | b'{') {
                    if let Some(at) = tick(i) {
                        return Some(at);
                    }
                }
            }
            None
        }
        Format::Toml => text
            .iter()
            .enumerate()
            .filter(|(_, b)| matches!(b, b',' | b'=' | b'[' | b'{'))
            .find_map(|(i, _)| tick(i)),
        Format::Moodle => text
            .iter()
            .enumerate()
            .filter(|(_, &b)| b == b'<')
            .find_map(|(i, _)| tick(i)),
        Format::Csv | Format::Gift | Format::Aiken => text
            .iter()
            .enumerate()
            .filter(|(_, &b)| b == b'\n')
            .find_map(|(i, _)| tick(i)),
        // Counted cell by cell while the sheet is read.
        Format::Xlsx => None,
    }
}

/// The name of what `past_pieces` counts in `format`.
pub fn piece_name(format: Format) -> &'static str {
    match format {
        Format::Json | Format::Opentdb | Format::Rahoot => "values",
        Format::Toml => "values",
        Format::Moodle => "tags",
        Format::Csv | Format::Gift | Format::Aiken => "lines",
        Format::Xlsx => "cells",
    }
}

/// Bytes in a human unit for messages: "32 MiB", "8 KiB", "100 bytes".
pub fn show_bytes(n: u64) -> String {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * 1024;
    if n >= MIB && n % MIB == 0 {
        format!("{} MiB", n / MIB)
    } else if n >= KIB && n % KIB == 0 {
        format!("{} KiB", n / KIB)
    } else {
        format!("{n} bytes")
    }
}
