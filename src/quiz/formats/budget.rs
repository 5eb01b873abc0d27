//! How much one imported file may cost to read, counted against the
//! `[import]` settings (`config::ImportLimits`, declared there): a text
//! file's pieces before it is parsed, and byte sizes for messages.

use super::Format;

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
        // Its quiz file is counted in its own format once unpacked.
        Format::Bundle => None,
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
        Format::Bundle => "entries",
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
