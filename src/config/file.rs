//! The file layer: reads `quizbox.toml` over the defaults, a key at a time
//! through the declarations, and turns what is wrong into an error naming
//! the file and line.

use std::ops::Range;
use std::path::Path;

use super::define::FileError;
use super::{ConfigError, Settings};

/// Reads the config file at `path` over `settings`.
pub fn apply(settings: &mut Settings, path: &Path) -> Result<(), ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let located = |span: Range<usize>, message: &str| ConfigError::Parse {
        path: path.to_path_buf(),
        line: line_at(&text, span.start),
        message: message.trim().to_string(),
    };
    let table = toml::de::DeTable::parse(&text)
        .map_err(|e| located(e.span().unwrap_or(0..0), e.message()))?;
    settings
        .apply_file(table.into_inner())
        .map_err(|FileError { span, message }| located(span, &message))
}

/// The 1-based line of byte `offset` in `text`.
fn line_at(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}
