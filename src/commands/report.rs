//! `quizbox report`: finished games' reports straight from the database of
//! the data directory, as `quizbox quiz` reads quizzes: the list, a summary
//! for people, or a download (CSV, JSON, xlsx) written to a file or
//! standard output. Whoever can run this on the data directory holds
//! everything in it, so it asks for no credentials.

use std::io::IsTerminal;

use anyhow::Context;

use super::user::date;
use super::Usage;
use crate::cli::{GlobalArgs, ReportArgs};
use crate::config::Overrides;
use crate::report::{self, Report, ReportFormat};
use crate::store::{self, GameSummary, Store};

pub async fn run(global: &GlobalArgs, args: &ReportArgs) -> anyhow::Result<()> {
    // Usage first, so a mistake costs no database work.
    let format = match (args.format, &args.output) {
        (None, None) if args.json => Some(ReportFormat::Json),
        (Some(format), _) => Some(format),
        (None, Some(path)) => {
            let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            Some(ReportFormat::from_extension(ext).ok_or_else(|| {
                Usage(format!(
                    "cannot tell the format from {}: give --format csv, json or xlsx",
                    path.display()
                ))
            })?)
        }
        (None, None) => None,
    };
    if format == Some(ReportFormat::Xlsx)
        && args.output.is_none()
        && std::io::stdout().is_terminal()
    {
        return Err(Usage(
            "an xlsx workbook is not for a terminal: write it with -o FILE, or redirect standard output"
                .into(),
        )
        .into());
    }
    let settings = super::settings(global, Overrides::default())?;
    super::init_logging(&settings.log);
    let store = store::open(&settings.database).await?;
    store.migrate().await?;
    store.check_schema().await?;
    let store = store.as_ref();
    if args.list {
        return list(store, args.json).await;
    }
    let Some(id) = &args.game else {
        return Err(Usage("give a game's id, or --list".into()).into());
    };
    let game = store.finished_game(id).await?.with_context(|| {
        format!("no finished game with id {id:?} (quizbox report --list lists them)")
    })?;
    let report = Report::from_finished(&game);
    let Some(format) = format else {
        return super::write_stdout(summary(&report).as_bytes());
    };
    let bytes = report::write(&report, format)?;
    match &args.output {
        Some(path) => {
            std::fs::write(path, &bytes)
                .with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!("wrote {} ({} bytes)", path.display(), bytes.len());
            Ok(())
        }
        None => super::write_stdout(&bytes),
    }
}

async fn list(store: &dyn Store, json: bool) -> anyhow::Result<()> {
    let games = store.list_finished_games(None).await?;
    if json {
        let mut text = serde_json::to_string_pretty(&games)?;
        text.push('\n');
        return super::write_stdout(text.as_bytes());
    }
    if games.is_empty() {
        eprintln!("no finished games yet");
        return Ok(());
    }
    let head = ["id", "quiz", "ended", "players", "questions", "host"].map(String::from);
    let rows: Vec<[String; 6]> = games.iter().map(list_row).collect();
    super::write_stdout(columns(&head, &rows).as_bytes())
}

fn list_row(g: &GameSummary) -> [String; 6] {
    [
        g.id.clone(),
        cut(&g.quiz_title, 40),
        date(Some(g.ended_at as i64)),
        g.players.to_string(),
        g.questions.to_string(),
        g.host.clone().unwrap_or_else(|| "-".into()),
    ]
}

/// At most `max` characters, the last one an ellipsis when cut.
fn cut(text: &str, max: usize) -> String {
    if text.chars().count() > max {
        let kept: String = text.chars().take(max - 1).collect();
        format!("{kept}…")
    } else {
        text.to_string()
    }
}

/// Rows as left-aligned columns two spaces apart.
fn columns<const N: usize>(head: &[String; N], rows: &[[String; N]]) -> String {
    let mut widths = [0; N];
    for row in std::iter::once(head).chain(rows) {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    for row in std::iter::once(head).chain(rows) {
        let mut line = String::new();
        for (cell, w) in row.iter().zip(widths) {
            line.push_str(cell);
            line.push_str(&" ".repeat(w - cell.chars().count() + 2));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn percent(x: Option<f64>) -> String {
    x.map_or("-".into(), |x| format!("{:.1}%", x * 100.0))
}

fn seconds(ms: Option<u64>) -> String {
    ms.map_or("-".into(), |ms| format!("{:.1} s", ms as f64 / 1000.0))
}

/// The report for people: the game, its questions, its players.
fn summary(report: &Report) -> String {
    let g = &report.game;
    let mut out = format!(
        "{} (quiz {}), game {} with PIN {}\nended {} UTC; {} players, {} questions; \
         participation {}, completion {}\n\n",
        g.quiz_title,
        g.quiz_id,
        g.id,
        g.pin,
        date(Some(g.ended_at as i64)),
        g.players,
        g.questions,
        percent(Some(g.participation)),
        percent(Some(g.completion)),
    );
    let head = [
        "#", "question", "kind", "answered", "correct", "accuracy", "avg", "median", "",
    ]
    .map(String::from);
    let rows: Vec<[String; 9]> = report
        .questions
        .iter()
        .map(|q| {
            [
                (q.index + 1).to_string(),
                cut(&q.text, 40),
                q.kind.clone(),
                q.answered.to_string(),
                q.correct.to_string(),
                percent(q.accuracy),
                seconds(q.avg_ms),
                seconds(q.median_ms),
                if q.difficult { "difficult" } else { "" }.into(),
            ]
        })
        .collect();
    out.push_str(&columns(&head, &rows));
    out.push('\n');
    let head = [
        "rank",
        "nickname",
        "score",
        "correct",
        "answered",
        "avg",
        "best streak",
    ]
    .map(String::from);
    let rows: Vec<[String; 7]> = report
        .players
        .iter()
        .map(|p| {
            [
                p.rank.to_string(),
                cut(&p.nickname, 20),
                p.score.to_string(),
                p.correct.to_string(),
                p.answered.to_string(),
                seconds(p.avg_ms),
                p.best_streak.to_string(),
            ]
        })
        .collect();
    out.push_str(&columns(&head, &rows));
    out
}
