//! `quizbox quiz`: list, show, delete and copy stored quizzes, straight in
//! the database of the data directory, as `import` and `export` work.
//! Whoever can run this on the data directory holds everything in it, so
//! it asks for no credentials; a delete asks for confirmation instead.

use std::io::{BufRead, IsTerminal, Write};

use anyhow::{bail, Context};

use super::user::date;
use super::Usage;
use crate::cli::{GlobalArgs, QuizArgs, QuizCommand, ShowFormat};
use crate::config::Overrides;
use crate::quiz::document::copy_of;
use crate::quiz::formats::{self, ExportFormat};
use crate::quiz::InvalidQuiz;
use crate::store::{self, ListedQuiz, QuizSummary, Store, StoredQuiz};

pub async fn run(global: &GlobalArgs, args: &QuizArgs) -> anyhow::Result<()> {
    let settings = super::settings(global, Overrides::default())?;
    super::init_logging(&settings.log);
    let store = store::open(&settings.database).await?;
    store.migrate().await?;
    store.check_schema().await?;
    let store = store.as_ref();
    match &args.command {
        QuizCommand::List { json } => list(store, *json).await,
        QuizCommand::Show { id, format } => {
            let stored = stored(store, id).await?;
            let format = match format {
                ShowFormat::Toml => ExportFormat::Toml,
                ShowFormat::Json => ExportFormat::Json,
            };
            let (bytes, warnings) =
                formats::write(format, &[stored.quiz]).map_err(anyhow::Error::msg)?;
            for w in warnings {
                eprintln!("warning: {w}");
            }
            super::write_stdout(&bytes)
        }
        QuizCommand::Delete { id, yes } => {
            let stored = stored(store, id).await?;
            if !yes && !confirmed(&stored)? {
                bail!("nothing deleted");
            }
            if !store.delete_quiz(id).await? {
                bail!("no quiz with id {id:?}: it was deleted meanwhile");
            }
            eprintln!(
                "deleted quiz {id} ({}); the results of games played with it are kept",
                stored.quiz.title
            );
            Ok(())
        }
        QuizCommand::Copy { id, title } => {
            let original = stored(store, id).await?;
            let copy =
                copy_of(&original.quiz, title.as_deref()).map_err(|problems| InvalidQuiz {
                    source_name: "--title".into(),
                    problems,
                })?;
            let made = store
                .create_quiz(&copy, "copy", original.owner, true)
                .await?;
            eprintln!("copied {id} to {} ({})", made.quiz.id, made.quiz.title);
            super::write_stdout(format!("{}\n", made.quiz.id).as_bytes())
        }
    }
}

async fn stored(store: &dyn Store, id: &str) -> anyhow::Result<StoredQuiz> {
    store
        .stored_quiz(id)
        .await?
        .with_context(|| format!("no quiz with id {id:?} (quizbox quiz list lists them)"))
}

/// Asks on the terminal; without one, the caller must have said `--yes`.
fn confirmed(stored: &StoredQuiz) -> anyhow::Result<bool> {
    if !std::io::stdin().is_terminal() {
        return Err(Usage(format!(
            "quizbox quiz delete asks before deleting, and standard input is not a terminal; \
             add --yes to delete {} without asking",
            stored.quiz.id
        ))
        .into());
    }
    eprint!(
        "delete quiz {} ({}, {} questions)? [y/N] ",
        stored.quiz.id,
        stored.quiz.title,
        stored.quiz.questions.len()
    );
    std::io::stderr().flush()?;
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(matches!(
        line.trim().to_ascii_lowercase().as_str(),
        "y" | "yes"
    ))
}

async fn list(store: &dyn Store, json: bool) -> anyhow::Result<()> {
    let quizzes = store.list_quizzes().await?;
    if json {
        let listed: Vec<ListedQuiz> = quizzes.into_iter().map(ListedQuiz::from).collect();
        let mut text = serde_json::to_string_pretty(&listed)?;
        text.push('\n');
        return super::write_stdout(text.as_bytes());
    }
    if quizzes.is_empty() {
        eprintln!("no quizzes yet; `quizbox import FILE` adds some");
        return Ok(());
    }
    super::write_stdout(table(&quizzes).as_bytes())
}

/// The listing as aligned columns; titles longer than 40 characters are cut.
fn table(quizzes: &[QuizSummary]) -> String {
    const TITLE: usize = 40;
    let title = |q: &QuizSummary| -> String {
        if q.title.chars().count() > TITLE {
            let cut: String = q.title.chars().take(TITLE - 1).collect();
            format!("{cut}…")
        } else {
            q.title.clone()
        }
    };
    let rows: Vec<[String; 5]> = quizzes
        .iter()
        .map(|q| {
            [
                q.id.clone(),
                title(q),
                q.question_count.to_string(),
                q.owner.clone().unwrap_or_else(|| "(shared)".into()),
                date(Some(q.updated_at)),
            ]
        })
        .collect();
    let head = ["id", "title", "questions", "owner", "updated"].map(String::from);
    let mut widths = [0; 5];
    for row in std::iter::once(&head).chain(&rows) {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    for row in std::iter::once(&head).chain(&rows) {
        let mut line = String::new();
        for (i, (cell, w)) in row.iter().zip(widths).enumerate() {
            let pad = w - cell.chars().count();
            if i == 2 {
                // Counts line up on the right.
                line.push_str(&" ".repeat(pad));
                line.push_str(cell);
            } else {
                line.push_str(cell);
                if i + 1 < row.len() {
                    line.push_str(&" ".repeat(pad));
                }
            }
            if i + 1 < row.len() {
                line.push_str("  ");
            }
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(id: &str, title: &str, questions: u32, owner: Option<&str>) -> QuizSummary {
        QuizSummary {
            id: id.into(),
            title: title.into(),
            description: None,
            question_count: questions,
            source: "import".into(),
            updated_at: 1_718_000_000_000,
            last_played: None,
            owner: owner.map(String::from),
        }
    }

    #[test]
    fn the_table_lines_up_and_cuts_long_titles() {
        let long = "A very long title that goes on and on past forty characters";
        let shown = table(&[
            summary("birds", "Birds", 12, Some("ann")),
            summary("x", long, 3, None),
        ]);
        assert_eq!(
            shown,
            "id     title                                     questions  owner     updated\n\
             birds  Birds                                            12  ann       2024-06-10 06:13\n\
             x      A very long title that goes on and on p…          3  (shared)  2024-06-10 06:13\n"
        );
    }
}
