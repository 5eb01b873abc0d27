//! `quizbox import`: read files, directories or stdin, validate them as one
//! batch, and write every quiz in one transaction, or nothing at all when
//! any input is invalid (exit code 3). `--check` validates only; `--json`
//! prints the summary on stdout; a progress bar shows on stderr only when
//! stderr is a terminal. Media that came with the files (a bundle's, or
//! pictures a Moodle XML file embeds) is stored before the quizzes.

use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};

use crate::cli::{GlobalArgs, ImportArgs};
use crate::config::Overrides;
use crate::quiz::formats::batch::{Batch, Prepared};
use crate::quiz::formats::{Format, MediaLimits};

/// One thing to read: a file, or standard input.
enum Input {
    File(PathBuf),
    Stdin,
    /// A path that could not be listed or does not exist; reported as a file error.
    Missing(PathBuf, String),
}

/// Expands directories (recursively, sorted, hidden entries skipped) into
/// the quiz files they hold.
fn collect(paths: &[PathBuf]) -> Vec<Input> {
    let mut inputs = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin);
        } else if path.is_dir() {
            let before = inputs.len();
            walk(path, &mut inputs);
            if inputs.len() == before {
                let extensions: Vec<String> = Format::quiz_extensions()
                    .iter()
                    .map(|e| format!(".{e}"))
                    .collect();
                inputs.push(Input::Missing(
                    path.clone(),
                    format!(
                        "the directory holds no quiz files ({})",
                        extensions.join(", ")
                    ),
                ));
            }
        } else if path.exists() {
            inputs.push(Input::File(path.clone()));
        } else {
            inputs.push(Input::Missing(
                path.clone(),
                "no such file or directory".into(),
            ));
        }
    }
    inputs
}

fn walk(dir: &Path, inputs: &mut Vec<Input>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            inputs.push(Input::Missing(
                dir.to_path_buf(),
                format!("cannot list the directory: {e}"),
            ));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk(&path, inputs);
        } else if Format::is_quiz_file(&path.to_string_lossy()) {
            inputs.push(Input::File(path));
        }
    }
}

fn progress(len: usize) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len as u64);
    bar.set_style(
        ProgressStyle::with_template("{spinner} reading {pos}/{len} files {wide_msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

pub async fn run(global: &GlobalArgs, args: &ImportArgs) -> anyhow::Result<()> {
    let settings = super::settings(global, Overrides::default())?;
    super::init_logging(&settings.log);
    let inputs = collect(&args.inputs);
    let bar = progress(inputs.len());
    let mut batch =
        Batch::within(settings.import.clone()).with_media_limits(MediaLimits::of(&settings.limits));
    let most = Most {
        file: settings.limits.import_bytes,
        bundle: settings.import.bundle_limit(settings.limits.media_bytes),
    };
    for input in &inputs {
        match input {
            Input::Stdin => {
                let name = args.name.clone().unwrap_or_else(|| "stdin".into());
                match read_at_most(std::io::stdin().lock(), most, &name, args.format) {
                    Ok(bytes) => batch.add(&name, &bytes, args.format),
                    Err(e) => {
                        batch.add_unreadable(&name, format!("cannot read standard input: {e}"))
                    }
                }
            }
            Input::File(path) => {
                let name = path.display().to_string();
                bar.set_message(name.clone());
                match std::fs::File::open(path)
                    .and_then(|f| read_at_most(f, most, &name, args.format))
                {
                    Ok(bytes) => batch.add(&name, &bytes, args.format),
                    Err(e) => batch.add_unreadable(&name, format!("cannot read the file: {e}")),
                }
            }
            Input::Missing(path, why) => {
                batch.add_unreadable(&path.display().to_string(), why.clone())
            }
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    let mut prepared = batch.finish(args.strict);
    if prepared.is_ok() && !args.check {
        write(&settings.database, &mut prepared).await?;
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&prepared.summary)?);
    } else {
        eprint!("{}", prepared.render_text());
    }
    if prepared.is_ok() {
        Ok(())
    } else {
        Err(prepared.rejection().into())
    }
}

/// The largest file `quizbox import` reads: `limits.import_bytes`, the
/// same ceiling as the import API's, and for a quiz bundle its own limit
/// (`ImportLimits::bundle_limit`).
#[derive(Clone, Copy)]
struct Most {
    file: usize,
    bundle: u64,
}

/// The whole of `input`, or an error when it holds more than `most`
/// allows a file of its format (given, or detected from `name` and the
/// content).
fn read_at_most(
    input: impl Read,
    most: Most,
    name: &str,
    format: Option<Format>,
) -> std::io::Result<Vec<u8>> {
    let ceiling = (most.file as u64).max(most.bundle);
    let mut bytes = Vec::new();
    input.take(ceiling + 1).read_to_end(&mut bytes)?;
    let show = crate::quiz::formats::budget::show_bytes;
    if bytes.len() > most.file
        && (bytes.len() as u64 > ceiling
            || format.or_else(|| Format::detect(name, &bytes)) != Some(Format::Bundle))
    {
        return Err(std::io::Error::other(format!(
            "it is larger than {} (the limits.import_bytes setting); only a quiz bundle (.zip) \
             may be larger, up to {} (the import.bundle_bytes setting)",
            show(most.file as u64),
            show(most.bundle)
        )));
    }
    Ok(bytes)
}

/// Stores the batch's media files, then writes its quizzes in one
/// transaction, migrating the database first as `serve` would.
async fn write(database: &str, prepared: &mut Prepared) -> anyhow::Result<()> {
    let store = crate::store::open(database).await?;
    store.migrate().await?;
    store.check_schema().await?;
    for file in std::mem::take(&mut prepared.media) {
        store
            .put_media(file.media_type.mime(), file.bytes.into())
            .await
            .context("cannot store the media files; no quiz was imported")?;
    }
    let counts = store
        .import_quizzes(&prepared.quizzes, "import")
        .await
        .context("cannot write the quizzes; nothing was imported")?;
    prepared.record_written(&counts.replaced);
    Ok(())
}
