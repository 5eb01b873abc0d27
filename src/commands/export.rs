//! `quizbox export`: write stored quizzes as TOML, JSON, CSV, a Kahoot!
//! spreadsheet, GIFT or a bundle (a zip with the quiz and its stored
//! media), to standard output, one file, or one file per quiz in a
//! directory. What a format cannot hold is reported on stderr.

use std::io::{IsTerminal, Write};

use anyhow::{bail, Context};

use crate::cli::{ExportArgs, GlobalArgs};
use crate::config::Overrides;
use crate::quiz::formats::{self, ExportFormat, StoredMedia};
use crate::quiz::Quiz;

pub async fn run(global: &GlobalArgs, args: &ExportArgs) -> anyhow::Result<()> {
    let settings = super::settings(global, Overrides::default())?;
    super::init_logging(&settings.log);
    let store = crate::store::open(&settings.database).await?;
    store.check_schema().await?;
    let ids: Vec<String> = if args.all {
        store
            .list_quizzes()
            .await?
            .into_iter()
            .map(|q| q.id)
            .collect()
    } else {
        args.quizzes.clone()
    };
    let mut quizzes: Vec<Quiz> = Vec::with_capacity(ids.len());
    for id in &ids {
        match store.get_quiz(id).await? {
            Some(quiz) => quizzes.push(quiz),
            None => bail!("no quiz with id {id:?} (quizbox export --all lists every quiz)"),
        }
    }
    if quizzes.is_empty() {
        bail!("there are no quizzes to export");
    }
    let to_dir = args
        .output
        .as_ref()
        .filter(|p| p.is_dir() || p.to_string_lossy().ends_with('/'));
    let format = args
        .format
        .or_else(|| {
            args.output
                .as_deref()
                .filter(|_| to_dir.is_none())
                .and_then(ExportFormat::from_extension)
        })
        .unwrap_or(ExportFormat::Toml);

    if let Some(dir) = to_dir {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        for quiz in &quizzes {
            let path = dir.join(format!("{}.{}", quiz.id, format.extension()));
            let bytes = encode(format, std::slice::from_ref(quiz), &*store).await?;
            std::fs::write(&path, bytes)
                .with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!("wrote {}", path.display());
        }
        return Ok(());
    }
    if quizzes.len() > 1 && !format.holds_many() {
        bail!(
            "a {} file holds one quiz; give -o a directory to write one file per quiz",
            format.extension()
        );
    }
    let bytes = encode(format, &quizzes, &*store).await?;
    match &args.output {
        Some(path) => {
            std::fs::write(path, bytes)
                .with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!("wrote {} quiz(zes) to {}", quizzes.len(), path.display());
        }
        None => {
            if format.is_binary() && std::io::stdout().is_terminal() {
                bail!(
                    "a {} file is binary; give -o FILE or redirect standard output",
                    format.extension()
                );
            }
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(&bytes)?;
            stdout.flush()?;
        }
    }
    Ok(())
}

/// The file's bytes, with the format's warnings printed on stderr. A
/// format that carries media gets the stored media the quizzes use.
async fn encode(
    format: ExportFormat,
    quizzes: &[Quiz],
    store: &dyn crate::store::Store,
) -> anyhow::Result<Vec<u8>> {
    let media = if format.carries_media() {
        crate::store::media::used_by(store, quizzes).await?
    } else {
        StoredMedia::new()
    };
    let (bytes, warnings) =
        formats::write_with_media(format, quizzes, &media).map_err(anyhow::Error::msg)?;
    for w in warnings {
        eprintln!("warning: {w}");
    }
    Ok(bytes)
}
