//! Quiz bundles: one zip file holding a quiz file and the media its
//! questions use. quizbox writes `quiz.toml` (native TOML), `media/` with
//! each file named `<sha256>.<ext>`, and `manifest.json`; it reads that,
//! and also a zip holding one file of any other format (GIFT, Moodle XML,
//! a Kahoot! spreadsheet…) with the pictures it names. This module unpacks
//! the zip within the import limits (entries counted, bytes counted while
//! unpacking, never trusting the sizes the zip states; names that would
//! leave the bundle refused), reads the quiz file with its own format and
//! hands every other file on as an attachment (`attach` checks them). It
//! writes nothing anywhere: files live in memory until the store takes them.
//! Bundles have a limit of their own, larger than other imports' and
//! following the media limit (`import.bundle_bytes`), so that every bundle
//! quizbox exports imports again.

use std::io::{Cursor, Read};

use serde::Deserialize;
use zip::ZipArchive;

use super::batch::stem_of;
use super::budget::show_bytes;
use super::{Attachment, Diagnostic, Format, Outcome};
use crate::config::ImportLimits;

/// Most entries a bundle may hold: a quiz of 500 questions with a picture
/// each and room to spare. Each entry costs memory before any is read.
pub const MAX_ENTRIES: usize = 2_000;

/// The manifest's name, and the bundle layout version this build writes.
pub const MANIFEST: &str = "manifest.json";
pub const VERSION: u32 = 1;

/// What `manifest.json` says; every key is optional.
#[derive(Debug, Default, Deserialize)]
struct Manifest {
    #[serde(default)]
    quizbox_bundle: Option<u32>,
    /// The quiz file's name in the bundle.
    #[serde(default)]
    quiz: Option<String>,
}

/// Reads a bundle: its quiz file in that file's format, its other files as
/// attachments named by their path from the quiz file's folder.
pub fn parse(bytes: &[u8], _stem: &str, limits: &ImportLimits) -> Outcome {
    let entries = match unpack(bytes, limits) {
        Ok(entries) => entries,
        Err(d) => return Outcome::failed(d),
    };
    let manifest = match entries.iter().find(|(name, _)| name == MANIFEST) {
        None => Manifest::default(),
        Some((_, bytes)) => match serde_json::from_slice::<Manifest>(bytes) {
            Ok(m) => m,
            Err(e) => return refused(MANIFEST, format!("not a readable manifest: {e}")),
        },
    };
    if let Some(version) = manifest.quizbox_bundle.filter(|v| *v > VERSION) {
        return refused(
            MANIFEST,
            format!(
                "the bundle is of layout {version}, from a newer quizbox; this one reads layout {VERSION}"
            ),
        );
    }
    let quiz_name = match manifest.quiz {
        Some(name) => name,
        None => match quiz_file(&entries) {
            Ok(name) => name,
            Err(d) => return Outcome::failed(d),
        },
    };
    let Some(position) = entries.iter().position(|(name, _)| *name == quiz_name) else {
        return refused(
            MANIFEST,
            format!("names the quiz file {quiz_name:?}, which the bundle does not hold"),
        );
    };
    let (_, quiz_bytes) = &entries[position];
    let format = match Format::detect(&quiz_name, quiz_bytes) {
        None | Some(Format::Bundle) => {
            return refused(
                &quiz_name,
                "cannot tell this file's format; a bundle holds a quiz file in one of the other formats"
                    .into(),
            )
        }
        Some(format) => format,
    };
    let mut outcome = super::read(format, quiz_bytes, &stem_of(&quiz_name), limits);
    for d in outcome.errors.iter_mut().chain(outcome.warnings.iter_mut()) {
        d.field = if d.field.is_empty() {
            quiz_name.clone()
        } else {
            format!("{quiz_name}: {}", d.field)
        };
    }
    let folder = quiz_name.rsplit_once('/').map(|(dir, _)| format!("{dir}/"));
    outcome.attachments.extend(
        entries
            .into_iter()
            .enumerate()
            .filter(|(i, (name, _))| *i != position && name != MANIFEST)
            .map(|(_, (name, bytes))| Attachment {
                name: match &folder {
                    Some(dir) => name.strip_prefix(dir.as_str()).unwrap_or(&name).to_string(),
                    None => name,
                },
                bytes,
            }),
    );
    outcome
}

fn refused(field: &str, message: String) -> Outcome {
    Outcome::failed(Diagnostic::new(None, field, message))
}

/// The one quiz file among the entries outside `media/`.
fn quiz_file(entries: &[(String, Vec<u8>)]) -> Result<String, Diagnostic> {
    let candidates: Vec<&str> = entries
        .iter()
        .map(|(name, _)| name.as_str())
        .filter(|name| !name.starts_with("media/") && *name != MANIFEST)
        .filter(|name| {
            Format::is_quiz_file(name) && Format::from_extension(name) != Some(Format::Bundle)
        })
        .collect();
    match candidates.as_slice() {
        [one] => Ok(one.to_string()),
        [] => Err(Diagnostic::new(
            None,
            "",
            format!(
                "the bundle holds no quiz file (quiz.toml, or one file of another format: {})",
                Format::quiz_extensions()
                    .iter()
                    .filter(|e| Format::from_extension(&format!("x.{e}")) != Some(Format::Bundle))
                    .map(|e| format!(".{e}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )),
        several => {
            if let Some(native) = several
                .iter()
                .find(|n| **n == "quiz.toml" || **n == "quiz.json")
            {
                return Ok(native.to_string());
            }
            Err(Diagnostic::new(
                None,
                "",
                format!(
                    "the bundle holds several quiz files ({}); a bundle holds one quiz file, or names it in {MANIFEST}",
                    several.join(", ")
                ),
            ))
        }
    }
}

/// Every file entry's name (with `/` between folders) and bytes, within
/// `MAX_ENTRIES` and the bundle limit (`ImportLimits::bundle_limit`)
/// counted as unpacked. Folders,
/// hidden files and macOS's `__MACOSX/` copies are passed over.
fn unpack(bytes: &[u8], limits: &ImportLimits) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    let refuse = |message: String| Diagnostic::new(None, "", message);
    if !bytes.starts_with(b"PK\x03\x04") && !bytes.starts_with(b"PK\x05\x06") {
        return Err(refuse("not a zip file; a bundle is a .zip file".into()));
    }
    let mut zip = ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| refuse(format!("not a readable zip file ({e})")))?;
    if zip.len() > MAX_ENTRIES {
        return Err(refuse(format!(
            "the bundle holds {} entries; at most {MAX_ENTRIES} are read",
            zip.len()
        )));
    }
    let most = limits.bundle_limit(crate::config::LimitSettings::default().media_bytes);
    let mut left = most;
    let mut entries = Vec::new();
    for index in 0..zip.len() {
        let entry = zip
            .by_index(index)
            .map_err(|e| refuse(format!("entry {} cannot be unpacked ({e})", index + 1)))?;
        let raw = entry.name().to_string();
        if entry.is_dir() {
            continue;
        }
        let Some(path) = entry.enclosed_name().filter(|_| !raw.contains('\\')) else {
            return Err(Diagnostic::new(
                None,
                raw.as_str(),
                "the name leads outside the bundle (an absolute path or `..`); the bundle is refused",
            ));
        };
        let parts: Vec<String> = path
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        if parts.iter().any(|p| p.starts_with('.') || p == "__MACOSX") {
            continue;
        }
        let name = parts.join("/");
        let mut unpacked = Vec::new();
        let read = entry
            .take(left + 1)
            .read_to_end(&mut unpacked)
            .map_err(|e| {
                Diagnostic::new(None, name.as_str(), format!("cannot be unpacked ({e})"))
            })?;
        if read as u64 > left {
            return Err(refuse(format!(
                "the bundle unpacks to more than {} (while unpacking {name}); the limit is the import.bundle_bytes setting",
                show_bytes(most)
            )));
        }
        left -= read as u64;
        if entries.iter().any(|(n, _)| *n == name) {
            return Err(Diagnostic::new(
                None,
                name.as_str(),
                "the bundle holds two entries of this name",
            ));
        }
        entries.push((name, unpacked));
    }
    Ok(entries)
}
