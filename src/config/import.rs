//! The `[import]` table: what one imported file may cost to read, and how
//! many imports the server parses at once. `quiz::formats` counts against
//! them; this file only declares them.

use super::define::settings_table;

settings_table! {
    /// The `[import]` table of quizbox.toml: what one imported file may
    /// cost to read, from the command line or the API. See docs/security.md.
    pub struct ImportLimits in "import" (data_dir) {
        /// Bytes a spreadsheet's parts, or a quiz bundle's entries, may
        /// unpack to, all together, counted while unpacking (the sizes a zip
        /// file states are not trusted).
        // Kahoot! workbooks with pictures run to a few MiB, and pictures
        // barely shrink when zipped; the import route takes 16 MiB.
        unpacked_bytes: u64 = 32 * 1024 * 1024; env "QUIZBOX_IMPORT_UNPACKED_BYTES";
        /// Text one file may give: the whole file for the text formats, the
        /// cells kept for a spreadsheet.
        text_bytes: usize = 16 * 1024 * 1024; env "QUIZBOX_IMPORT_TEXT_BYTES";
        /// Pieces a text file may hold: values in JSON and TOML, tags in
        /// Moodle XML, lines in GIFT, Aiken and CSV. Parsing turns each into
        /// a hundred bytes or more of memory, so the text size alone does
        /// not bound it.
        // A 500-question quiz in any format holds a few tens of thousands.
        pieces: usize = 50_000; env "QUIZBOX_IMPORT_PIECES";
        /// Files POST /api/quizzes/import parses at once, each on a thread
        /// of its own away from the games; more are refused with 429.
        parsers: usize = 2; env "QUIZBOX_IMPORT_PARSERS";
    }
}

impl ImportLimits {
    /// Refuses values that cannot work.
    pub fn check(&self) -> Result<(), String> {
        if self.parsers == 0 {
            return Err("import.parsers must be at least 1".into());
        }
        Ok(())
    }
}
