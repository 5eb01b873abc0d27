//! Files that come with quizzes, made media: a bundle's pictures and
//! sounds, and pictures a Moodle XML file embeds. A question's `media`
//! that names such a file (`picture.png`, or `/media/<sha256>.<ext>` for a
//! bundle's `media/` folder) is checked here as an upload is (its kind by
//! content, `limits.media_bytes`, `limits.media_pixels`, and for a
//! content-addressed name its SHA-256 and kind against the name) and
//! pointed at `/media/<sha256>.<ext>`. Nothing is stored here: the checked
//! files travel in `Outcome::media` to whoever writes the quizzes.

use std::collections::{BTreeMap, HashMap};

use sha2::{Digest, Sha256};

use super::budget::show_bytes;
use super::{Diagnostic, Outcome};
use crate::media::{self, MediaType};

/// A file that came with the quizzes, by the name questions use for it.
#[derive(Debug, Clone)]
pub struct Attachment {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// A media file checked for storing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaFile {
    /// SHA-256 of the bytes, lower-case hex.
    pub hash: String,
    pub media_type: MediaType,
    pub bytes: Vec<u8>,
}

/// Stored media by SHA-256, as an export that carries media is given it.
pub type StoredMedia = BTreeMap<String, (MediaType, Vec<u8>)>;

/// What one media file may be: the same limits as an upload's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MediaLimits {
    /// `limits.media_bytes`.
    pub bytes: usize,
    /// `limits.media_pixels`.
    pub pixels: u64,
}

impl MediaLimits {
    pub fn of(limits: &crate::config::LimitSettings) -> MediaLimits {
        MediaLimits {
            bytes: limits.media_bytes,
            pixels: limits.media_pixels,
        }
    }
}

impl Default for MediaLimits {
    fn default() -> MediaLimits {
        MediaLimits::of(&crate::config::LimitSettings::default())
    }
}

/// SHA-256 as lower-case hex, the name media is kept under.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A name a question's `media` gives for a file that came with it, rather
/// than an address or a path on the server.
fn is_file_name(media: &str) -> bool {
    !media.starts_with('/') && !media.contains("://") && !media.starts_with("data:")
}

/// Turns the outcome's attachments that questions name into checked
/// media, reporting files that do not pass, and pictures in question text
/// that no file answers.
pub fn attach(outcome: &mut Outcome, limits: &MediaLimits) {
    let attachments = std::mem::take(&mut outcome.attachments);
    let find = |name: &str| attachments.iter().position(|a| a.name == name);
    // Each attachment is checked once: its media URL, or None once refused.
    let mut checked: HashMap<usize, Option<String>> = HashMap::new();
    let many = outcome.quizzes.len() > 1;
    let mut quizzes = std::mem::take(&mut outcome.quizzes);
    for quiz in &mut quizzes {
        for (i, question) in quiz.questions.iter_mut().enumerate() {
            let Some(named) = question.media.clone() else {
                continue;
            };
            let field = if many {
                format!("{}: questions[{}].media", quiz.id, i + 1)
            } else {
                format!("questions[{}].media", i + 1)
            };
            let stored = named.strip_prefix("/media/").and_then(media::parse_name);
            let index = match stored {
                Some((hash, kind)) => find(&format!("media/{hash}.{}", kind.extension())),
                None if is_file_name(&named) => {
                    find(&named).or_else(|| find(&format!("media/{named}")))
                }
                None => continue,
            };
            let Some(index) = index else {
                if stored.is_none() && outcome.names_pictures {
                    outcome.warnings.push(Diagnostic::new(
                        None,
                        field,
                        format!(
                            "the file {named:?} did not come with the quiz, so the question is \
                             left without media; import the quiz in a bundle (a .zip holding \
                             the quiz file and its pictures)"
                        ),
                    ));
                    question.media = None;
                }
                // A content-addressed name the bundle lacks may be stored already.
                continue;
            };
            let url = checked
                .entry(index)
                .or_insert_with(|| check(&attachments[index], limits, outcome))
                .clone();
            question.media = url.or(question.media.take());
        }
    }
    outcome.quizzes = quizzes;
    for (index, attachment) in attachments.iter().enumerate() {
        if checked.contains_key(&index) {
            continue;
        }
        let addressed = attachment
            .name
            .strip_prefix("media/")
            .and_then(media::parse_name)
            .is_some();
        if addressed {
            // A damaged file is refused even when no question uses it.
            let before = outcome.media.len();
            if check(attachment, limits, outcome).is_none() {
                continue;
            }
            outcome.media.truncate(before);
        }
        let ext = attachment.name.rsplit_once('.').map(|(_, e)| e);
        let is_media = ext.is_some_and(|e| {
            MediaType::from_extension(&e.to_ascii_lowercase()).is_some()
                || e.eq_ignore_ascii_case("jpeg")
        });
        if is_media {
            outcome.warnings.push(Diagnostic::new(
                None,
                attachment.name.as_str(),
                "no question uses this file, so it is not stored",
            ));
        }
    }
}

/// Checks one attachment as an upload is checked, and for a
/// content-addressed name against its name. Adds it to `outcome.media`
/// and gives its URL, or reports why it is refused.
fn check(attachment: &Attachment, limits: &MediaLimits, outcome: &mut Outcome) -> Option<String> {
    let refuse = |outcome: &mut Outcome, message: String| {
        outcome
            .errors
            .push(Diagnostic::new(None, attachment.name.as_str(), message));
        None
    };
    let bytes = &attachment.bytes;
    if bytes.len() > limits.bytes {
        return refuse(
            outcome,
            format!(
                "the file holds {}, more than the {} a media file may (the limits.media_bytes setting)",
                show_bytes(bytes.len() as u64),
                show_bytes(limits.bytes as u64)
            ),
        );
    }
    let inspected = match media::inspect(bytes, limits.pixels) {
        Ok(inspected) => inspected,
        Err(e) => return refuse(outcome, e.to_string()),
    };
    let kind = inspected.media_type;
    let hash = sha256_hex(bytes);
    let named = attachment
        .name
        .strip_prefix("media/")
        .and_then(media::parse_name);
    if let Some((expected, named_kind)) = named {
        if expected != hash {
            return refuse(
                outcome,
                format!(
                    "the file's SHA-256 is {hash}, not the one its name gives: it was damaged or \
                     changed after the bundle was made"
                ),
            );
        }
        if named_kind != kind {
            return refuse(
                outcome,
                format!(
                    "the file's content is {}, not the {} its name gives",
                    kind.mime(),
                    named_kind.mime()
                ),
            );
        }
    }
    if !outcome.media.iter().any(|m| m.hash == hash) {
        outcome.media.push(MediaFile {
            hash: hash.clone(),
            media_type: kind,
            bytes: bytes.clone(),
        });
    }
    Some(media::url(&hash, kind))
}
