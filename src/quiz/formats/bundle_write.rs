//! Writes a quiz bundle: `manifest.json`, the quiz as `quiz.toml` and
//! every stored media file its questions use as `media/<sha256>.<ext>`.
//! Media is stored uncompressed (pictures and sounds are compressed
//! already), the rest deflated.

use std::collections::BTreeSet;
use std::io::{Cursor, Write};

use serde_json::json;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::bundle::{MANIFEST, VERSION};
use super::{native_toml, question_label, StoredMedia};
use crate::media::{self, referenced_hash};
use crate::quiz::Quiz;

/// The quiz file's name in a bundle quizbox writes.
pub const QUIZ_FILE: &str = "quiz.toml";

pub fn write(
    quizzes: &[Quiz],
    stored: &StoredMedia,
    warnings: &mut Vec<String>,
) -> Result<Vec<u8>, String> {
    let [quiz] = quizzes else {
        return Err("a bundle holds one quiz".into());
    };
    let mut hashes = BTreeSet::new();
    for (i, question) in quiz.questions.iter().enumerate() {
        let Some(named) = question.media.as_deref() else {
            continue;
        };
        match referenced_hash(named).filter(|h| stored.contains_key(*h)) {
            Some(hash) => {
                hashes.insert(hash.to_string());
            }
            None => warnings.push(format!(
                "{}: its media {named:?} is not a stored upload, so the bundle refers to it without holding it",
                question_label(quiz, i)
            )),
        }
    }
    let deflated = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .unix_permissions(0o644);
    let kept = deflated.compression_method(CompressionMethod::Stored);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let fail = |e: &dyn std::fmt::Display| format!("cannot write the bundle: {e}");
    let mut files = Vec::new();
    for hash in &hashes {
        let (kind, bytes) = &stored[hash];
        let name = format!("media/{hash}.{}", kind.extension());
        files.push(json!({
            "name": name,
            "type": kind.mime(),
            "size": bytes.len(),
            "url": media::url(hash, *kind),
        }));
    }
    let manifest = json!({
        "quizbox_bundle": VERSION,
        "quiz": QUIZ_FILE,
        "id": quiz.id,
        "title": quiz.title,
        "media": files,
    });
    let manifest = serde_json::to_vec_pretty(&manifest).map_err(|e| fail(&e))?;
    zip.start_file(MANIFEST, deflated).map_err(|e| fail(&e))?;
    zip.write_all(&manifest).map_err(|e| fail(&e))?;
    zip.start_file(QUIZ_FILE, deflated).map_err(|e| fail(&e))?;
    zip.write_all(native_toml::write(quiz).as_bytes())
        .map_err(|e| fail(&e))?;
    for hash in &hashes {
        let (kind, bytes) = &stored[hash];
        zip.start_file(format!("media/{hash}.{}", kind.extension()), kept)
            .map_err(|e| fail(&e))?;
        zip.write_all(bytes).map_err(|e| fail(&e))?;
    }
    let cursor = zip.finish().map_err(|e| fail(&e))?;
    Ok(cursor.into_inner())
}
