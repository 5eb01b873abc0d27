//! Quiz file formats. Each format is one file that turns bytes into a
//! validated `Quiz` (and back, where the format can be written).

pub mod native_toml;

/// 1-based line number of a byte offset in `text`.
pub fn line_at(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}
