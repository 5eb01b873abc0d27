//! One import run over many files: detect each file's format, parse it,
//! check that no quiz id is defined twice, and produce the summary that
//! `quizbox import` and `POST /api/quizzes/import` both print. The batch is
//! all or nothing: `Prepared::is_ok` is false when any file has an error
//! (or, in strict mode, a warning), and then nothing may be written. This
//! module reads bytes and builds reports; it never touches storage.

use std::collections::HashMap;
use std::path::Path;

use serde::Serialize;

use super::{Diagnostic, Format, MediaFile, MediaLimits};
use crate::quiz::Quiz;

/// The error an import run ends with when its input is invalid; the
/// command line maps it to exit code 3.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Rejected(pub String);

/// One quiz a file holds.
#[derive(Debug, Clone, Serialize)]
pub struct QuizLine {
    pub id: String,
    pub title: String,
    pub questions: usize,
    /// "created" or "updated" once written; absent when only checked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<&'static str>,
}

/// What one input file gave.
#[derive(Debug, Clone, Serialize)]
pub struct FileReport {
    pub file: String,
    /// The format it was read as; `null` when it could not be told.
    pub format: Option<Format>,
    pub quizzes: Vec<QuizLine>,
    pub questions: usize,
    /// Media files that came with it (a bundle's, or embedded pictures).
    #[serde(skip_serializing_if = "is_zero")]
    pub media: usize,
    pub warnings: Vec<Diagnostic>,
    pub errors: Vec<Diagnostic>,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Totals {
    pub files: usize,
    pub quizzes: usize,
    pub questions: usize,
    #[serde(skip_serializing_if = "is_zero")]
    pub media: usize,
    pub warnings: usize,
    pub errors: usize,
    pub created: usize,
    pub updated: usize,
}

/// The machine summary of one run (`--json`, and the HTTP response).
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// True when every file is valid (and, in strict mode, has no warning).
    pub ok: bool,
    /// True when the quizzes were written; false for `--check` or a failed run.
    pub written: bool,
    pub strict: bool,
    pub files: Vec<FileReport>,
    pub totals: Totals,
}

/// Collects the files of one run.
#[derive(Debug, Default)]
pub struct Batch {
    limits: crate::config::ImportLimits,
    media_limits: MediaLimits,
    /// The media files of every file, each once.
    media: Vec<MediaFile>,
    reports: Vec<FileReport>,
    /// Each parsed quiz with the index of its file's report.
    quizzes: Vec<(usize, Quiz)>,
}

/// The file name without directories or extension: it names quizzes whose
/// format has no id or title of its own.
pub fn stem_of(name: &str) -> String {
    Path::new(name)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty() && s != "-")
        .unwrap_or_else(|| "quiz".to_string())
}

impl Batch {
    pub fn new() -> Batch {
        Batch::default()
    }

    /// A batch whose files are read within `limits`.
    pub fn within(limits: crate::config::ImportLimits) -> Batch {
        Batch {
            limits,
            ..Batch::default()
        }
    }

    /// The same batch, checking media files within `limits` rather than
    /// the default media limits.
    pub fn with_media_limits(mut self, limits: MediaLimits) -> Batch {
        self.media_limits = limits;
        self
    }

    /// Parses one file. `format` overrides detection.
    pub fn add(&mut self, name: &str, bytes: &[u8], format: Option<Format>) {
        let Some(format) = format.or_else(|| Format::detect(name, bytes)) else {
            self.add_unreadable(
                name,
                format!(
                    "cannot tell the format from the name or content; give --format ({})",
                    Format::NAMES.join(", ")
                ),
            );
            return;
        };
        let outcome = super::parse_full(
            format,
            bytes,
            &stem_of(name),
            &self.limits,
            &self.media_limits,
        );
        let index = self.reports.len();
        self.reports.push(FileReport {
            file: name.to_string(),
            format: Some(format),
            quizzes: outcome
                .quizzes
                .iter()
                .map(|q| QuizLine {
                    id: q.id.clone(),
                    title: q.title.clone(),
                    questions: q.questions.len(),
                    status: None,
                })
                .collect(),
            questions: outcome.quizzes.iter().map(|q| q.questions.len()).sum(),
            media: outcome.media.len(),
            warnings: outcome.warnings,
            errors: outcome.errors,
        });
        self.quizzes
            .extend(outcome.quizzes.into_iter().map(|q| (index, q)));
        for file in outcome.media {
            if !self.media.iter().any(|m| m.hash == file.hash) {
                self.media.push(file);
            }
        }
    }

    /// Records a file that could not be read at all.
    pub fn add_unreadable(&mut self, name: &str, message: String) {
        self.reports.push(FileReport {
            file: name.to_string(),
            format: None,
            quizzes: Vec::new(),
            questions: 0,
            media: 0,
            warnings: Vec::new(),
            errors: vec![Diagnostic::new(None, "", message)],
        });
    }

    /// Checks ids across files and settles the outcome of the run.
    pub fn finish(mut self, strict: bool) -> Prepared {
        let mut first: HashMap<String, usize> = HashMap::new();
        for (file, quiz) in &self.quizzes {
            match first.get(&quiz.id) {
                Some(&earlier) => {
                    let message = if earlier == *file {
                        format!(
                            "quiz id {:?} appears twice in this file; ids must be unique",
                            quiz.id
                        )
                    } else {
                        format!(
                            "quiz id {:?} is also defined by {}; one import cannot hold a quiz twice",
                            quiz.id, self.reports[earlier].file
                        )
                    };
                    self.reports[*file]
                        .errors
                        .push(Diagnostic::new(None, "id", message));
                }
                None => {
                    first.insert(quiz.id.clone(), *file);
                }
            }
        }
        let mut totals = Totals {
            files: self.reports.len(),
            ..Totals::default()
        };
        for r in &self.reports {
            totals.quizzes += r.quizzes.len();
            totals.questions += r.questions;
            totals.media += r.media;
            totals.warnings += r.warnings.len();
            totals.errors += r.errors.len();
        }
        let ok = totals.errors == 0 && !(strict && totals.warnings > 0) && totals.files > 0;
        Prepared {
            summary: Summary {
                ok,
                written: false,
                strict,
                files: self.reports,
                totals,
            },
            quizzes: self.quizzes.into_iter().map(|(_, q)| q).collect(),
            media: if ok { self.media } else { Vec::new() },
        }
    }
}

/// A settled batch: its summary and, when it is ok, the quizzes to write
/// and the media files to store before them.
#[derive(Debug)]
pub struct Prepared {
    pub summary: Summary,
    pub quizzes: Vec<Quiz>,
    pub media: Vec<MediaFile>,
}

impl Prepared {
    pub fn is_ok(&self) -> bool {
        self.summary.ok
    }

    /// Marks the quizzes written; `replaced[i]` says whether the i-th quiz
    /// (in batch order) replaced one with the same id.
    pub fn record_written(&mut self, replaced: &[bool]) {
        let mut flags = replaced.iter();
        for line in self
            .summary
            .files
            .iter_mut()
            .flat_map(|f| f.quizzes.iter_mut())
        {
            let was = flags.next().copied().unwrap_or(false);
            line.status = Some(if was { "updated" } else { "created" });
            if was {
                self.summary.totals.updated += 1;
            } else {
                self.summary.totals.created += 1;
            }
        }
        self.summary.written = true;
    }

    /// The human report: every problem as `file:line:column: field: message`,
    /// one line per file, and a closing line.
    pub fn render_text(&self) -> String {
        let mut out = String::new();
        for f in &self.summary.files {
            for d in &f.errors {
                out.push_str(&format!("error: {}\n", d.render(&f.file)));
            }
            for d in &f.warnings {
                out.push_str(&format!("warning: {}\n", d.render(&f.file)));
            }
            if f.errors.is_empty() {
                let format = f.format.map_or("?", Format::name);
                let media = match f.media {
                    0 => String::new(),
                    1 => ", 1 media file".to_string(),
                    n => format!(", {n} media files"),
                };
                out.push_str(&format!(
                    "{}: {} quiz{}, {} question{}{media} ({format})\n",
                    f.file,
                    f.quizzes.len(),
                    if f.quizzes.len() == 1 { "" } else { "zes" },
                    f.questions,
                    if f.questions == 1 { "" } else { "s" },
                ));
            }
        }
        let t = &self.summary.totals;
        if self.summary.written {
            out.push_str(&format!(
                "imported {} quizzes ({} new, {} updated), {} questions from {} files\n",
                t.quizzes, t.created, t.updated, t.questions, t.files
            ));
        } else if self.summary.ok {
            out.push_str(&format!(
                "checked {} files: {} quizzes, {} questions, {} warnings; nothing written\n",
                t.files, t.quizzes, t.questions, t.warnings
            ));
        }
        // A failed run's closing line is the command's error message.
        out
    }

    /// Why the run is rejected, for the exit-code error.
    pub fn rejection(&self) -> Rejected {
        let t = &self.summary.totals;
        let reason = if t.files == 0 {
            "no input files".to_string()
        } else if t.errors > 0 {
            format!(
                "{} error{} in {} file{}",
                t.errors,
                if t.errors == 1 { "" } else { "s" },
                t.files,
                if t.files == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{} warning{} in strict mode",
                t.warnings,
                if t.warnings == 1 { "" } else { "s" }
            )
        };
        Rejected(format!("invalid input ({reason}); nothing was imported"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quiz_id_defined_twice_rejects_the_batch() {
        let mut batch = Batch::new();
        let gift = b"Capital of France? {=Paris ~Lyon}\n";
        batch.add("a/capitals.gift", gift, None);
        batch.add("b/capitals.gift", gift, None);
        let prepared = batch.finish(false);
        assert!(!prepared.is_ok());
        let text = prepared.render_text();
        assert!(text.contains("error: b/capitals.gift: id: quiz id \"capitals\" is also defined by a/capitals.gift"), "{text}");
    }

    #[test]
    fn strict_mode_turns_warnings_into_failure() {
        let gift = b"Fine? {=a ~b}\n\nPair? {=a -> x =b -> y}\n";
        let mut batch = Batch::new();
        batch.add("k.gift", gift, None);
        assert!(batch.finish(false).is_ok());
        let mut batch = Batch::new();
        batch.add("k.gift", gift, None);
        let strict = batch.finish(true);
        assert!(!strict.is_ok());
        assert!(strict.rejection().0.contains("1 warning in strict mode"));
    }
}
