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
        /// Largest quiz bundle (a .zip of a quiz and its media) that POST
        /// /api/quizzes/import and `quizbox import` accept, and the most its
        /// entries may unpack to. 0: derived from the media limit,
        /// import.unpacked_bytes + 4 x limits.media_bytes (112 MiB with the
        /// defaults), so that a bundle exported with media at the full
        /// upload size imports again.
        bundle_bytes: u64 = 0; env "QUIZBOX_IMPORT_BUNDLE_BYTES";
        /// Files POST /api/quizzes/import parses at once, each on a thread
        /// of its own away from the games; more are refused with 429.
        parsers: usize = 2; env "QUIZBOX_IMPORT_PARSERS";
    }
}

/// How many media files at the full `limits.media_bytes` a bundle holds
/// beyond `import.unpacked_bytes` when `import.bundle_bytes` is 0.
pub const BUNDLE_MEDIA_FILES: u64 = 4;

impl ImportLimits {
    /// The largest bundle, packed or unpacked: `bundle_bytes`, or derived
    /// from `media_bytes` (`limits.media_bytes`) when it is 0. Never below
    /// what any other import may unpack to.
    pub fn bundle_limit(&self, media_bytes: usize) -> u64 {
        let derived = self
            .unpacked_bytes
            .saturating_add((media_bytes as u64).saturating_mul(BUNDLE_MEDIA_FILES));
        match self.bundle_bytes {
            0 => derived,
            set => set,
        }
    }

    /// Refuses values that cannot work.
    pub fn check(&self) -> Result<(), String> {
        if self.parsers == 0 {
            return Err("import.parsers must be at least 1".into());
        }
        Ok(())
    }
}
