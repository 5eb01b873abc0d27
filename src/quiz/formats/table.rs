//! The one table of quiz file formats: for each, its name, extensions,
//! how its content is recognised, its reader, its writer if any, and the
//! question kinds it reads and keeps. Everything that lists formats (the
//! `--format` values, detection, the import API's `?format=`, export's
//! choice, docs/formats.md's table) is derived from `FORMATS`; this module
//! holds no parsing or writing of its own beyond adapting each format's
//! entry points to one shape.

use super::{
    aiken, bundle, bundle_write, csv, csv_write, gift, gift_write, kahoot_xlsx, kahoot_xlsx_write,
    moodle_xml, native_json, native_toml, opentdb, rahoot, Diagnostic, ExportFormat, Format,
    Outcome, StoredMedia,
};
use crate::config::ImportLimits;
use crate::quiz::{Kind, Quiz};

/// One format quizbox reads, and writes where it can.
pub struct FormatInfo {
    pub format: Format,
    /// The value of `--format` and `?format=`, and the `format` an import
    /// summary reports.
    pub name: &'static str,
    /// What `--help` says of it.
    pub help: &'static str,
    /// Its heading in docs/formats.md, and that heading's anchor.
    pub title: &'static str,
    pub anchor: &'static str,
    /// Extensions that name this format and no other.
    pub extensions: &'static [&'static str],
    /// Extensions it shares with other formats: read, then told apart by
    /// content.
    pub shared_extensions: &'static [&'static str],
    /// How its content is recognised when no extension of its own names it.
    pub content: Content,
    pub reader: Reader,
    /// The kinds its files can bring in.
    pub reads: &'static [Kind],
    pub export: Option<Export>,
    /// What the docs' table says of it beyond the columns.
    pub notes: &'static str,
}

/// A rule that recognises a format by the start of a file. Rules are tried
/// by `rank`, lowest first, and the first that matches decides: the JSON
/// formats with telling keys come before native JSON, which takes any JSON.
pub struct Content {
    pub rank: u8,
    pub matches: fn(&Head) -> bool,
    /// The rule in words, for the docs.
    pub says: &'static str,
}

/// The start of a file as content rules see it.
pub struct Head<'a> {
    pub bytes: &'a [u8],
    /// The first 64 KiB as text, without a byte-order mark or leading
    /// whitespace.
    pub text: &'a str,
    /// The text's lines, trimmed.
    pub lines: Vec<&'a str>,
}

/// How a format's file is read.
pub enum Reader {
    /// UTF-8 text: the text and the file's stem.
    Text(fn(&str, &str) -> Outcome),
    /// A binary workbook, which reads within the limits itself.
    Workbook(fn(&[u8], &str, &ImportLimits) -> Outcome),
}

/// How a format is written by `quizbox export`.
pub struct Export {
    pub format: ExportFormat,
    /// Extensions of `-o FILE` that choose this format; the first names
    /// the files of an export to a directory.
    pub extensions: &'static [&'static str],
    /// Whether several quizzes fit in one file.
    pub holds_many: bool,
    /// The file's bytes, adding a warning for each thing the format cannot
    /// hold; an error when the quizzes do not fit in one file.
    pub write: Writer,
    /// The kinds an export keeps; the others are left out with a warning.
    pub keeps: &'static [Kind],
    /// Whether its files hold the stored media the quizzes use.
    pub carries_media: bool,
    /// Whether its files are binary (never written to a terminal).
    pub binary: bool,
}

/// Writes quizzes into one file's bytes, with the stored media they use
/// for a format that carries media, adding warnings to the list.
pub type Writer = fn(&[Quiz], &StoredMedia, &mut Vec<String>) -> Result<Vec<u8>, String>;

const CHOICE_KINDS: &[Kind] = &[Kind::Single, Kind::Multi, Kind::TrueFalse];
/// Every kind but the unscored poll, which Moodle's formats cannot say.
const ALL_BUT_POLL: &[Kind] = &[
    Kind::Single,
    Kind::Multi,
    Kind::TrueFalse,
    Kind::TypeAnswer,
    Kind::Slider,
    Kind::Ordering,
    Kind::WordCloud,
    Kind::Slide,
];

/// Every format, in the order `--help`, messages and the docs list them.
pub const FORMATS: &[FormatInfo] = &[
    FormatInfo {
        format: Format::Toml,
        name: "toml",
        help: "The native TOML format",
        title: "Native TOML",
        anchor: "native-toml-format",
        extensions: &["toml"],
        shared_extensions: &[],
        content: Content {
            rank: 8,
            matches: |head| head.lines.contains(&"[[questions]]"),
            says: "a `[[questions]]` line",
        },
        reader: Reader::Text(read_toml),
        reads: Kind::ALL,
        export: Some(Export {
            format: ExportFormat::Toml,
            extensions: &["toml"],
            holds_many: false,
            write: write_toml,
            carries_media: false,
            binary: false,
            keeps: Kind::ALL,
        }),
        notes: "lossless",
    },
    FormatInfo {
        format: Format::Json,
        name: "json",
        help: "The native JSON format (the TOML format's JSON twin)",
        title: "Native JSON",
        anchor: "native-json-format",
        extensions: &[],
        shared_extensions: &["json"],
        content: Content {
            rank: 4,
            matches: |head| is_json(head.text),
            says: "any other JSON",
        },
        reader: Reader::Text(native_json::parse),
        reads: Kind::ALL,
        export: Some(Export {
            format: ExportFormat::Json,
            extensions: &["json"],
            holds_many: true,
            write: |quizzes, _, _| Ok(native_json::write(quizzes).into_bytes()),
            carries_media: false,
            binary: false,
            keeps: Kind::ALL,
        }),
        notes: "lossless; schema in [quiz.schema.json](quiz.schema.json)",
    },
    FormatInfo {
        format: Format::Csv,
        name: "csv",
        help: "Comma-separated values with a header row",
        title: "CSV",
        anchor: "csv",
        extensions: &["csv"],
        shared_extensions: &[],
        content: Content {
            rank: 9,
            matches: |head| {
                head.lines
                    .first()
                    .is_some_and(|l| l.to_ascii_lowercase().contains("question") && l.contains(','))
            },
            says: "a first line naming a `question` column",
        },
        reader: Reader::Text(csv::parse),
        reads: Kind::ALL,
        export: Some(Export {
            format: ExportFormat::Csv,
            extensions: &["csv"],
            holds_many: true,
            write: |quizzes, _, _| Ok(csv_write::write(quizzes).into_bytes()),
            carries_media: false,
            binary: false,
            keeps: Kind::ALL,
        }),
        notes: "lossless except surrounding spaces",
    },
    FormatInfo {
        format: Format::Xlsx,
        name: "xlsx",
        help: "Kahoot!'s spreadsheet template",
        title: "Kahoot! spreadsheet",
        anchor: "kahoot-spreadsheet",
        extensions: &["xlsx"],
        shared_extensions: &[],
        content: Content {
            rank: 0,
            matches: |head| is_zip(head.bytes) && holds(head.bytes, b"[Content_Types].xml"),
            says: "a zip archive holding `[Content_Types].xml`",
        },
        reader: Reader::Workbook(kahoot_xlsx::parse),
        reads: CHOICE_KINDS,
        export: Some(Export {
            format: ExportFormat::Xlsx,
            extensions: &["xlsx"],
            holds_many: false,
            write: write_xlsx,
            carries_media: false,
            binary: true,
            keeps: CHOICE_KINDS,
        }),
        notes: "Kahoot!'s quiz template layout",
    },
    FormatInfo {
        format: Format::Gift,
        name: "gift",
        help: "Moodle's GIFT text format",
        title: "GIFT",
        anchor: "gift",
        extensions: &["gift"],
        shared_extensions: &["txt"],
        content: Content {
            rank: 7,
            matches: |head| {
                head.lines.iter().any(|l| l.starts_with("$CATEGORY:"))
                    || (head.text.contains('{') && head.text.contains('}'))
            },
            says: "a `$CATEGORY:` line or braces",
        },
        reader: Reader::Text(gift::parse),
        reads: ALL_BUT_POLL,
        export: Some(Export {
            format: ExportFormat::Gift,
            extensions: &["gift", "txt"],
            holds_many: true,
            write: |quizzes, _, warnings| Ok(gift_write::write(quizzes, warnings).into_bytes()),
            carries_media: false,
            binary: false,
            keeps: ALL_BUT_POLL,
        }),
        notes: "Moodle's text format",
    },
    FormatInfo {
        format: Format::Aiken,
        name: "aiken",
        help: "The Aiken text format",
        title: "Aiken",
        anchor: "aiken",
        extensions: &["aiken"],
        shared_extensions: &["txt"],
        content: Content {
            rank: 6,
            matches: |head| {
                head.lines
                    .iter()
                    .any(|l| l.starts_with("ANSWER:") || l.starts_with("ANSWER "))
            },
            says: "an `ANSWER:` line",
        },
        reader: Reader::Text(aiken::parse),
        reads: &[Kind::Single],
        export: None,
        notes: "",
    },
    FormatInfo {
        format: Format::Moodle,
        name: "moodle",
        help: "Moodle XML",
        title: "Moodle XML",
        anchor: "moodle-xml",
        extensions: &["xml"],
        shared_extensions: &[],
        content: Content {
            rank: 5,
            matches: |head| head.text.starts_with("<?xml") || head.text.starts_with("<quiz"),
            says: "a start of `<?xml` or `<quiz`",
        },
        reader: Reader::Text(moodle_xml::parse),
        reads: ALL_BUT_POLL,
        export: None,
        notes: "",
    },
    FormatInfo {
        format: Format::Opentdb,
        name: "opentdb",
        help: "Open Trivia DB API responses",
        title: "Open Trivia DB",
        anchor: "open-trivia-db",
        extensions: &[],
        shared_extensions: &["json"],
        content: Content {
            rank: 2,
            matches: |head| {
                is_json(head.text) && {
                    let keys = json_head(head.text);
                    keys.contains("\"response_code\"") || keys.contains("\"results\"")
                }
            },
            says: "JSON with a `response_code` or `results` key",
        },
        reader: Reader::Text(opentdb::parse),
        reads: &[Kind::Single, Kind::TrueFalse],
        export: None,
        notes: "all three API encodings",
    },
    FormatInfo {
        format: Format::Rahoot,
        name: "rahoot",
        help: "Rahoot's quiz JSON",
        title: "Rahoot",
        anchor: "rahoot",
        extensions: &[],
        shared_extensions: &["json"],
        content: Content {
            rank: 3,
            matches: |head| is_json(head.text) && json_head(head.text).contains("\"subject\""),
            says: "JSON with a `subject` key",
        },
        reader: Reader::Text(rahoot::parse),
        reads: &[Kind::Single, Kind::Multi],
        export: None,
        notes: "",
    },
    FormatInfo {
        format: Format::Bundle,
        name: "bundle",
        help: "A zip holding a quiz file and its media",
        title: "Quiz bundle",
        anchor: "quiz-bundle",
        extensions: &["zip"],
        shared_extensions: &[],
        content: Content {
            rank: 1,
            matches: |head| is_zip(head.bytes),
            says: "any other zip archive",
        },
        reader: Reader::Workbook(bundle::parse),
        reads: Kind::ALL,
        export: Some(Export {
            format: ExportFormat::Bundle,
            extensions: &["zip"],
            holds_many: false,
            write: bundle_write::write,
            carries_media: true,
            binary: true,
            keeps: Kind::ALL,
        }),
        notes: "native TOML with its media; or another format's file with its pictures",
    },
];

fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// Whether `needle` appears in `bytes`: a zip's entry names are stored
/// uncompressed, in each entry's header and in the central directory.
fn holds(bytes: &[u8], needle: &[u8]) -> bool {
    bytes.windows(needle.len()).any(|w| w == needle)
}

fn is_json(text: &str) -> bool {
    text.starts_with('{') || text.starts_with('[')
}

/// Where the JSON formats' telling top-level keys are looked for: the
/// first 4 KiB, ending before any character cut in two.
fn json_head(text: &str) -> &str {
    let mut end = text.len().min(4096);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn read_toml(text: &str, stem: &str) -> Outcome {
    match native_toml::parse(text, stem, stem) {
        Ok(quiz) => Outcome {
            quizzes: vec![quiz],
            ..Outcome::default()
        },
        Err(e) => Outcome {
            errors: e.problems.into_iter().map(Diagnostic::from).collect(),
            ..Outcome::default()
        },
    }
}

fn write_toml(quizzes: &[Quiz], _: &StoredMedia, _: &mut Vec<String>) -> Result<Vec<u8>, String> {
    match quizzes {
        [quiz] => Ok(native_toml::write(quiz).into_bytes()),
        _ => Err("the TOML format holds one quiz per file".into()),
    }
}

fn write_xlsx(
    quizzes: &[Quiz],
    _: &StoredMedia,
    warnings: &mut Vec<String>,
) -> Result<Vec<u8>, String> {
    match quizzes {
        [quiz] => kahoot_xlsx_write::write(quiz, warnings),
        _ => Err("the Kahoot! spreadsheet holds one quiz per file".into()),
    }
}

/// The part of docs/formats.md drawn from the table: one row per format,
/// then how a file's format is detected. tests/formats_doc.rs keeps the
/// docs equal to it.
pub fn docs_table() -> String {
    let mut out = String::from(
        "| Format | `--format` | Read from | Export | Kinds read | Kinds an export keeps | Notes |\n\
         |---|---|---|---|---|---|---|\n",
    );
    for f in FORMATS {
        let from: Vec<String> = f
            .extensions
            .iter()
            .chain(f.shared_extensions)
            .map(|e| format!("`.{e}`"))
            .collect();
        let (export, keeps) = match &f.export {
            Some(e) => (
                format!(
                    "{}, {}",
                    e.extensions
                        .iter()
                        .map(|e| format!("`.{e}`"))
                        .collect::<Vec<_>>()
                        .join(", "),
                    if e.holds_many {
                        "several quizzes a file"
                    } else {
                        "one quiz a file"
                    }
                ),
                kinds_in_words(e.keeps),
            ),
            None => ("no".to_string(), "—".to_string()),
        };
        out.push_str(&format!(
            "| [{}](#{}) | `{}` | {} | {export} | {} | {keeps} | {} |\n",
            f.title,
            f.anchor,
            f.name,
            from.join(", "),
            kinds_in_words(f.reads),
            f.notes
        ));
    }
    let own: Vec<String> = FORMATS
        .iter()
        .flat_map(|f| f.extensions)
        .map(|e| format!("`.{e}`"))
        .collect();
    let mut shared: Vec<String> = Vec::new();
    for e in FORMATS.iter().flat_map(|f| f.shared_extensions) {
        let e = format!("`.{e}`");
        if !shared.contains(&e) {
            shared.push(e);
        }
    }
    let mut rules: Vec<&FormatInfo> = FORMATS.iter().collect();
    rules.sort_by_key(|f| f.content.rank);
    let rules: Vec<String> = rules
        .iter()
        .map(|f| format!("{} is `{}`", f.content.says, f.name))
        .collect();
    out.push_str(&format!(
        "\n**Detection.** Without `--format`, an extension that names one format \
         decides: {}. Other names ({}, standard input) are recognised by content, \
         by the first of these rules that fits: {}. When nothing fits, the file is \
         an error that asks for `--format`.\n",
        own.join(", "),
        shared.join(", "),
        rules.join(", ")
    ));
    out
}

/// A list of kinds as the docs say it: "every kind", "every kind but poll",
/// or the kinds by name.
fn kinds_in_words(kinds: &[Kind]) -> String {
    let missing: Vec<&str> = Kind::ALL
        .iter()
        .filter(|k| !kinds.contains(k))
        .map(|k| k.label())
        .collect();
    match missing.len() {
        0 => "every kind".to_string(),
        1 | 2 => format!("every kind but {}", missing.join(" and ")),
        _ => kinds
            .iter()
            .map(|k| k.label())
            .collect::<Vec<_>>()
            .join(", "),
    }
}
