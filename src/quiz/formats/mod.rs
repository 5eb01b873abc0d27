//! Quiz file formats. Each format is one file that turns bytes into validated
//! `Quiz`es plus located warnings and errors (and back, where the format can
//! be written). The list of formats is the table in `table`, their names and
//! detection are in `format`; this module owns the common `parse` and
//! `write` entries and the diagnostics, and never touches storage. Batches
//! of files (one import run) are assembled in `batch`.

pub mod aiken;
pub mod attach;
pub mod batch;
pub mod budget;
pub mod bundle;
mod bundle_write;
pub mod csv;
pub(crate) mod csv_formula;
pub mod csv_write;
pub mod draft;
mod format;
pub mod gift;
mod gift_write;
pub mod json_locate;
pub mod kahoot_xlsx;
mod kahoot_xlsx_write;
pub mod moodle_xml;
pub mod native;
pub mod native_json;
pub mod native_toml;
pub mod opentdb;
pub mod rahoot;
pub mod table;
pub mod text;
mod xlsx_parts;

use serde::Serialize;

use super::{Problem, Quiz};
pub use attach::{Attachment, MediaFile, MediaLimits, StoredMedia};
pub use format::{import_after_help, ExportFormat, Format};
use table::Reader;
pub use table::{FormatInfo, FORMATS};

/// 1-based line number of a byte offset in `text`.
pub fn line_at(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// 1-based (line, column) of a byte offset in `text`; the column counts
/// characters, not bytes.
pub fn line_col_at(text: &str, offset: usize) -> (usize, usize) {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let start = text[..end].rfind('\n').map_or(0, |i| i + 1);
    (line_at(text, end), text[start..end].chars().count() + 1)
}

/// Line and column lookups over one text. A parser asks for a place per
/// question and per field; counting from the start each time made a file
/// of 50,000 questions take 40 s. Lines are found by binary search, and a
/// column is counted on from the last place asked for on the same line,
/// so places asked in order along a long line (minified JSON) cost its
/// length once.
pub struct Lines<'a> {
    text: &'a str,
    /// Byte offset where each line starts.
    starts: Vec<usize>,
    /// The last place asked for: (byte offset, its column).
    last: std::cell::Cell<(usize, usize)>,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Lines<'a> {
        Lines {
            text,
            starts: std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                .collect(),
            last: std::cell::Cell::new((0, 1)),
        }
    }

    /// 1-based line of a byte offset, as `line_at`.
    pub fn line(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&start| start <= offset.min(self.text.len()))
    }

    /// 1-based (line, column) of a byte offset, as `line_col_at`.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let mut end = offset.min(self.text.len());
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let line = self.line(end);
        let start = self.starts[line - 1];
        let (last, last_column) = self.last.get();
        let column = if (start..=end).contains(&last) {
            last_column + self.text[last..end].chars().count()
        } else {
            self.text[start..end].chars().count() + 1
        };
        self.last.set((end, column));
        (line, column)
    }
}

/// One warning or error, located as precisely as the source allows: line and
/// column for text formats, row and column number for spreadsheets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// Dotted path of the field, e.g. `questions[3].answers`; may be empty.
    pub field: String,
    pub message: String,
}

impl Diagnostic {
    pub fn new(line: Option<usize>, field: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            line,
            column: None,
            field: field.into(),
            message: message.into(),
        }
    }

    pub fn at(
        line: usize,
        column: usize,
        field: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            line: Some(line),
            column: Some(column),
            field: field.into(),
            message: message.into(),
        }
    }

    /// `file:line:column: field: message`, leaving out what is unknown.
    pub fn render(&self, file: &str) -> String {
        let mut out = file.to_string();
        if let Some(line) = self.line {
            out.push_str(&format!(":{line}"));
            if let Some(column) = self.column {
                out.push_str(&format!(":{column}"));
            }
        }
        out.push_str(": ");
        if !self.field.is_empty() {
            out.push_str(&self.field);
            out.push_str(": ");
        }
        out.push_str(&self.message);
        out
    }
}

impl From<Problem> for Diagnostic {
    fn from(p: Problem) -> Self {
        Diagnostic::new(p.line, p.field, p.message)
    }
}

/// What parsing one file gave: the quizzes it holds when `errors` is empty,
/// and every warning and error found.
#[derive(Debug, Default)]
pub struct Outcome {
    pub quizzes: Vec<Quiz>,
    pub warnings: Vec<Diagnostic>,
    pub errors: Vec<Diagnostic>,
    /// Files that came with the quizzes (a bundle's files, pictures a
    /// Moodle XML file embeds), which questions' `media` name until
    /// `attach` makes them media.
    pub attachments: Vec<Attachment>,
    /// The media the quizzes use, checked, with their questions' `media`
    /// set to `/media/<sha256>.<ext>`: what an import stores before the
    /// quizzes.
    pub media: Vec<MediaFile>,
    /// Whether a question's `media` that is a file name comes from a
    /// picture in its text (GIFT, Moodle XML), and is dropped with a
    /// warning when no file of that name came with it. The native formats
    /// keep any `media` as written.
    pub names_pictures: bool,
}

impl Outcome {
    pub fn error(&mut self, d: Diagnostic) {
        self.errors.push(d);
    }

    pub fn warn(&mut self, d: Diagnostic) {
        self.warnings.push(d);
    }

    /// An outcome holding one error and nothing else.
    pub fn failed(d: Diagnostic) -> Outcome {
        Outcome {
            errors: vec![d],
            ..Outcome::default()
        }
    }

    /// Puts warnings and errors in source order, keeping the first
    /// `MAX_DIAGNOSTICS` of each; a failed file keeps no quiz.
    fn settle(mut self) -> Outcome {
        let key = |d: &Diagnostic| (d.line.unwrap_or(0), d.column.unwrap_or(0));
        for list in [&mut self.warnings, &mut self.errors] {
            list.sort_by_key(key);
            if list.len() > MAX_DIAGNOSTICS {
                let more = list.len() - MAX_DIAGNOSTICS;
                list.truncate(MAX_DIAGNOSTICS);
                list.push(Diagnostic::new(
                    None,
                    "",
                    format!("and {more} more like these (the first {MAX_DIAGNOSTICS} are shown)"),
                ));
            }
        }
        if !self.errors.is_empty() {
            self.quizzes.clear();
            self.media.clear();
        }
        self.attachments.clear();
        self
    }
}

/// Most errors, and most warnings, reported for one file: a file with
/// thousands of mistakes needs its first ones fixed, and a report the size
/// of the file helps no one.
pub const MAX_DIAGNOSTICS: usize = 200;

/// Parses one file in `format` within the default `ImportLimits`.
pub fn parse(format: Format, bytes: &[u8], stem: &str) -> Outcome {
    parse_within(format, bytes, stem, &crate::config::ImportLimits::default())
}

/// Parses one file in `format` within `limits` and the default media limits.
pub fn parse_within(
    format: Format,
    bytes: &[u8],
    stem: &str,
    limits: &crate::config::ImportLimits,
) -> Outcome {
    parse_full(format, bytes, stem, limits, &MediaLimits::default())
}

/// Parses one file in `format`. `stem` (the file name without extension)
/// gives the id, and the title where the format has none. A text format's
/// file larger than `limits.text_bytes` is refused unread. Pictures that
/// came with the file become checked media within `media`.
pub fn parse_full(
    format: Format,
    bytes: &[u8],
    stem: &str,
    limits: &crate::config::ImportLimits,
    media: &MediaLimits,
) -> Outcome {
    // A bundle's own limit follows the media limit it is read under.
    let resolved;
    let limits = if format == Format::Bundle && limits.bundle_bytes == 0 {
        resolved = crate::config::ImportLimits {
            bundle_bytes: limits.bundle_limit(media.bytes),
            ..limits.clone()
        };
        &resolved
    } else {
        limits
    };
    let mut outcome = read(format, bytes, stem, limits);
    if outcome.errors.is_empty() {
        attach::attach(&mut outcome, media);
    }
    outcome.settle()
}

/// Reads one file in `format`, unsettled and with its attachments as they
/// came.
fn read(format: Format, bytes: &[u8], stem: &str, limits: &crate::config::ImportLimits) -> Outcome {
    let read = match format.info().reader {
        Reader::Workbook(read) => return read(bytes, stem, limits),
        Reader::Text(read) => read,
    };
    if bytes.len() > limits.text_bytes {
        Outcome::failed(Diagnostic::new(
            None,
            "",
            format!(
                "the file holds {} of text; at most {} are read (the import.text_bytes setting)",
                budget::show_bytes(bytes.len() as u64),
                budget::show_bytes(limits.text_bytes as u64)
            ),
        ))
    } else if let Some(at) = budget::past_pieces(format, bytes, limits.pieces) {
        let good = String::from_utf8_lossy(&bytes[..at]);
        let (line, column) = line_col_at(&good, good.len());
        Outcome::failed(Diagnostic::at(
            line,
            column,
            "",
            format!(
                "the file holds more than {} {}; the limit is the import.pieces setting",
                limits.pieces,
                budget::piece_name(format)
            ),
        ))
    } else {
        match decode_utf8(bytes) {
            Err(d) => Outcome::failed(d),
            Ok(text) => read(text, stem),
        }
    }
}

/// The file as UTF-8 text without a byte-order mark, or where it stops being UTF-8.
pub fn decode_utf8(bytes: &[u8]) -> Result<&str, Diagnostic> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let good = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
        let (line, column) = line_col_at(good, good.len());
        Diagnostic::at(
            line,
            column,
            "",
            "the file is not UTF-8 text (save it as UTF-8)",
        )
    })
}

/// How an export warning names one question: its quiz, its number and the
/// start of its text.
pub(crate) fn question_label(quiz: &Quiz, index: usize) -> String {
    let text = &quiz.questions[index].text;
    let mut start: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
        start.push('…');
    }
    format!("{}: question {} {start:?}", quiz.id, index + 1)
}

/// Writes quizzes in an export format, with warnings about what the format
/// cannot hold. Several quizzes need a format where `holds_many` is true.
pub fn write(format: ExportFormat, quizzes: &[Quiz]) -> Result<(Vec<u8>, Vec<String>), String> {
    write_with_media(format, quizzes, &StoredMedia::new())
}

/// `write` for a format that carries media (`ExportFormat::carries_media`),
/// given the stored media the quizzes use.
pub fn write_with_media(
    format: ExportFormat,
    quizzes: &[Quiz],
    media: &StoredMedia,
) -> Result<(Vec<u8>, Vec<String>), String> {
    let mut warnings = Vec::new();
    let bytes = format.write(quizzes, media, &mut warnings)?;
    Ok((bytes, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_give_the_places_counting_from_the_start_gives() {
        let text = "ab\né€😀x\n\nlong line, long line\ntail";
        let lines = Lines::new(text);
        // In order, backwards, past the end and inside a character.
        let mut offsets: Vec<usize> = (0..=text.len() + 2).collect();
        offsets.extend((0..=text.len()).rev());
        offsets.extend([5, 4, 30, 2, 3]);
        for offset in offsets {
            assert_eq!(
                lines.line(offset),
                line_at(text, offset),
                "line at {offset}"
            );
            assert_eq!(
                lines.line_col(offset),
                line_col_at(text, offset),
                "place at {offset}"
            );
        }
    }
}
