//! How much one imported file may cost to read: the bytes a spreadsheet may
//! unpack to, the text a file may give, and how many imports the server
//! parses at once. These are the `[import]` settings; this module owns
//! their defaults and environment twins and never reads files itself.

use serde::{Deserialize, Serialize};

/// Environment twins of the `[import]` settings.
pub const ENV: &[&str] = &[
    "QUIZBOX_IMPORT_UNPACKED_BYTES",
    "QUIZBOX_IMPORT_TEXT_BYTES",
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
            parsers: 2,
        }
    }
}

impl ImportLimits {
    /// Applies the `QUIZBOX_IMPORT_*` environment variables over these settings.
    pub fn with_env(mut self) -> Result<ImportLimits, String> {
        fn read<T: std::str::FromStr>(name: &str, into: &mut T) -> Result<(), String>
        where
            T::Err: std::fmt::Display,
        {
            if let Ok(value) = std::env::var(name) {
                *into = value
                    .trim()
                    .parse()
                    .map_err(|e| format!("{name}={value:?} is not valid: {e}"))?;
            }
            Ok(())
        }
        read("QUIZBOX_IMPORT_UNPACKED_BYTES", &mut self.unpacked_bytes)?;
        read("QUIZBOX_IMPORT_TEXT_BYTES", &mut self.text_bytes)?;
        read("QUIZBOX_IMPORT_PARSERS", &mut self.parsers)?;
        if self.parsers == 0 {
            return Err("import.parsers must be at least 1".into());
        }
        Ok(self)
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
