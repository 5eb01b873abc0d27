//! `Format` and `ExportFormat`, the names of the formats quizbox reads and
//! writes, and everything asked of them by name: their `--format` values,
//! `?format=` and summary names, detection by extension and content, and
//! export's choice by extension. All of it is read from the table in
//! `table`; nothing here lists a format again.

use serde::{Deserialize, Serialize};

use super::table::{Export, FormatInfo, Head, FORMATS};

/// Every format quizbox reads, in the order of `FORMATS`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Toml,
    Json,
    Csv,
    Xlsx,
    Gift,
    Aiken,
    Moodle,
    Opentdb,
    Rahoot,
    Bundle,
}

/// Every format `quizbox export` writes, in the order of `FORMATS`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    Toml,
    Json,
    Csv,
    Xlsx,
    Gift,
    Bundle,
}

// `Format::info` and `ExportFormat::info` index the table by variant, so it
// must list them in declaration order.
const _: () = {
    let mut i = 0;
    while i < FORMATS.len() {
        assert!(FORMATS[i].format as usize == i, "FORMATS out of order");
        i += 1;
    }
    let mut i = 0;
    while i < ExportFormat::ALL.len() {
        assert!(ExportFormat::ALL[i] as usize == i, "writers out of order");
        i += 1;
    }
};

impl Format {
    /// Every format, as the table lists them.
    pub const ALL: [Format; FORMATS.len()] = {
        let mut all = [Format::Toml; FORMATS.len()];
        let mut i = 0;
        while i < FORMATS.len() {
            all[i] = FORMATS[i].format;
            i += 1;
        }
        all
    };

    /// Every format's name, as `--format` and `?format=` take it.
    pub const NAMES: [&'static str; FORMATS.len()] = {
        let mut names = [""; FORMATS.len()];
        let mut i = 0;
        while i < FORMATS.len() {
            names[i] = FORMATS[i].name;
            i += 1;
        }
        names
    };

    /// The format's entry in the table.
    pub fn info(self) -> &'static FormatInfo {
        &FORMATS[self as usize]
    }

    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// The format named `name` (as `--format` takes it), if any.
    pub fn from_name(name: &str) -> Option<Format> {
        FORMATS.iter().find(|f| f.name == name).map(|f| f.format)
    }

    /// The format a file name's extension names without doubt, if any.
    /// Extensions shared by several formats (`.json`, `.txt`) need `detect`.
    pub fn from_extension(path: &str) -> Option<Format> {
        let ext = path.rsplit_once('.')?.1.to_ascii_lowercase();
        FORMATS
            .iter()
            .find(|f| f.extensions.contains(&ext.as_str()))
            .map(|f| f.format)
    }

    /// Every extension an import of a directory picks up: first those that
    /// name one format, then those shared by several.
    pub fn quiz_extensions() -> Vec<&'static str> {
        let mut all: Vec<&'static str> = Vec::new();
        let own = FORMATS.iter().flat_map(|f| f.extensions.iter());
        let shared = FORMATS.iter().flat_map(|f| f.shared_extensions.iter());
        for ext in own.chain(shared) {
            if !all.contains(ext) {
                all.push(ext);
            }
        }
        all
    }

    /// True for file names an import of a directory picks up.
    pub fn is_quiz_file(path: &str) -> bool {
        let ext = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
        ext.is_some_and(|ext| {
            FORMATS.iter().any(|f| {
                f.extensions.contains(&ext.as_str()) || f.shared_extensions.contains(&ext.as_str())
            })
        })
    }

    /// The format of a file, from its extension and, where that is not
    /// enough, its content. `None` when nothing fits.
    pub fn detect(path: &str, bytes: &[u8]) -> Option<Format> {
        if let Some(format) = Format::from_extension(path) {
            return Some(format);
        }
        let text = String::from_utf8_lossy(&bytes[..bytes.len().min(64 * 1024)]);
        let text = text.trim_start_matches('\u{feff}').trim_start();
        let head = Head {
            bytes,
            text,
            lines: text.lines().map(str::trim).collect(),
        };
        let mut rules: Vec<&FormatInfo> = FORMATS.iter().collect();
        rules.sort_by_key(|f| f.content.rank);
        rules
            .into_iter()
            .find(|f| (f.content.matches)(&head))
            .map(|f| f.format)
    }
}

impl ExportFormat {
    /// Every format with a writer, as the table lists them.
    pub const ALL: [ExportFormat; writers()] = {
        let mut all = [ExportFormat::Toml; writers()];
        let (mut i, mut n) = (0, 0);
        while i < FORMATS.len() {
            if let Some(export) = &FORMATS[i].export {
                all[n] = export.format;
                n += 1;
            }
            i += 1;
        }
        all
    };

    /// The table's entry of the format this writes.
    pub fn info(self) -> &'static FormatInfo {
        FORMATS
            .iter()
            .find(|f| f.export.as_ref().is_some_and(|e| e.format == self))
            .expect("every export format has its entry in FORMATS")
    }

    fn export(self) -> &'static Export {
        self.info()
            .export
            .as_ref()
            .expect("found by its export entry")
    }

    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// The extension of the files it writes into a directory.
    pub fn extension(self) -> &'static str {
        self.export().extensions[0]
    }

    /// Whether several quizzes fit in one file of this format.
    pub fn holds_many(self) -> bool {
        self.export().holds_many
    }

    /// The export format an `-o FILE`'s extension chooses, if any.
    pub fn from_extension(path: &std::path::Path) -> Option<ExportFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        FORMATS
            .iter()
            .filter_map(|f| f.export.as_ref())
            .find(|e| e.extensions.contains(&ext.as_str()))
            .map(|e| e.format)
    }

    /// Whether its files hold the stored media the quizzes use, which the
    /// caller then gathers for `write`.
    pub fn carries_media(self) -> bool {
        self.export().carries_media
    }

    /// Whether its files are binary, never for a terminal.
    pub fn is_binary(self) -> bool {
        self.export().binary
    }

    /// Writes quizzes in this format, adding a warning for each thing the
    /// format cannot hold.
    pub fn write(
        self,
        quizzes: &[crate::quiz::Quiz],
        media: &super::StoredMedia,
        warnings: &mut Vec<String>,
    ) -> Result<Vec<u8>, String> {
        (self.export().write)(quizzes, media, warnings)
    }
}

/// How many formats have a writer.
const fn writers() -> usize {
    let (mut i, mut n) = (0, 0);
    while i < FORMATS.len() {
        if FORMATS[i].export.is_some() {
            n += 1;
        }
        i += 1;
    }
    n
}

/// `quizbox import --help`'s closing words: the formats and exit codes.
pub fn import_after_help() -> String {
    let names: Vec<String> = FORMATS
        .iter()
        .map(|f| {
            let title = f.title.trim_start_matches("Native ");
            if title.eq_ignore_ascii_case(f.name) {
                f.name.to_string()
            } else {
                format!("{} ({})", f.name, f.title)
            }
        })
        .collect();
    format!(
        "Formats: {}. Exit codes: 0 imported (or valid with --check), 3 invalid input \
         (nothing written), 1 other failure.",
        names.join(", ")
    )
}

impl clap::ValueEnum for Format {
    fn value_variants<'a>() -> &'a [Self] {
        &Format::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        let info = self.info();
        Some(clap::builder::PossibleValue::new(info.name).help(info.help))
    }
}

impl clap::ValueEnum for ExportFormat {
    fn value_variants<'a>() -> &'a [Self] {
        &ExportFormat::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        let info = self.info();
        Some(clap::builder::PossibleValue::new(info.name).help(info.help))
    }
}

impl Serialize for Format {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for Format {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Format, D::Error> {
        let name = String::deserialize(deserializer)?;
        Format::from_name(&name)
            .ok_or_else(|| serde::de::Error::unknown_variant(&name, &Format::NAMES))
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests;
