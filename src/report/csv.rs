//! The CSV download, and the rows it shares with the workbook's Answers
//! sheet: one row per player and question, players best first, questions
//! in the order played. A team game adds a `team` column after `nickname`,
//! and after a blank line a second table, the team standings
//! (`TEAM_HEADER`), which the workbook has as its Teams sheet.

use super::{cell_text, Report};

/// A cell of the answer rows: text is neutralised when written, numbers
/// stay numbers.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Cell {
    Text(String),
    Number(f64),
    Empty,
}

pub(super) const ANSWER_HEADER: [&str; 16] = [
    "game_id",
    "quiz_id",
    "quiz_title",
    "rank",
    "player",
    "nickname",
    "final_score",
    "question",
    "question_text",
    "kind",
    "answered",
    "answer",
    "correct",
    "points",
    "elapsed_ms",
    "score_after",
];

/// The team standings' columns, best first.
pub(super) const TEAM_HEADER: [&str; 4] = ["team_rank", "team", "team_score", "team_players"];

/// Where a team game puts its `team` column: after `nickname`.
const TEAM_COLUMN: usize = 6;

/// The answer rows' header: `ANSWER_HEADER`, with `team` in a team game.
pub(super) fn answer_header(report: &Report) -> Vec<&'static str> {
    let mut header = ANSWER_HEADER.to_vec();
    if report.has_teams() {
        header.insert(TEAM_COLUMN, "team");
    }
    header
}

/// The team standings' rows, `TEAM_HEADER`'s columns; none without teams.
pub(super) fn team_rows(report: &Report) -> Vec<Vec<Cell>> {
    report
        .teams
        .iter()
        .map(|t| {
            vec![
                Cell::Number(f64::from(t.rank)),
                Cell::Text(t.team.clone()),
                Cell::Number(t.score as f64),
                Cell::Number(f64::from(t.players)),
            ]
        })
        .collect()
}

/// The answer rows, `answer_header`'s columns. `question` counts from 1,
/// as players saw it; an unanswered question has an empty answer and time.
pub(super) fn answer_rows(report: &Report) -> Vec<Vec<Cell>> {
    let game = &report.game;
    let text = |s: &str| Cell::Text(s.to_string());
    let flag = |b: bool| Cell::Text(if b { "yes" } else { "no" }.into());
    let teams = report.has_teams();
    let mut rows = Vec::with_capacity(report.players.len() * report.questions.len());
    for p in &report.players {
        for q in &report.questions {
            let a = p.answers.get(q.index).and_then(Option::as_ref);
            let mut row = vec![
                text(&game.id),
                text(&game.quiz_id),
                text(&game.quiz_title),
                Cell::Number(f64::from(p.rank)),
                Cell::Number(f64::from(p.player)),
                text(&p.nickname),
                Cell::Number(p.score as f64),
                Cell::Number(q.index as f64 + 1.0),
                text(&q.text),
                text(&q.kind),
                flag(a.is_some()),
                a.map_or(Cell::Empty, |a| text(&a.answer)),
                flag(a.is_some_and(|a| a.correct)),
                Cell::Number(a.map_or(0.0, |a| f64::from(a.points))),
                a.map_or(Cell::Empty, |a| Cell::Number(a.elapsed_ms as f64)),
                Cell::Number(p.scores.get(q.index).copied().unwrap_or(0) as f64),
            ];
            if teams {
                let team = p.team.as_deref().map_or(Cell::Empty, text);
                row.insert(TEAM_COLUMN, team);
            }
            rows.push(row);
        }
    }
    rows
}

pub(super) fn write(report: &Report) -> Result<Vec<u8>, ::csv::Error> {
    let mut bytes = table(answer_header(report), answer_rows(report))?;
    if report.has_teams() {
        // A blank line, then the standings with their own header: one file
        // a spreadsheet opens whole, each table readable on its own.
        bytes.push(b'\n');
        bytes.extend(table(TEAM_HEADER.to_vec(), team_rows(report))?);
    }
    Ok(bytes)
}

fn table(header: Vec<&str>, rows: Vec<Vec<Cell>>) -> Result<Vec<u8>, ::csv::Error> {
    let mut out = ::csv::Writer::from_writer(Vec::new());
    out.write_record(header)?;
    for row in rows {
        out.write_record(row.iter().map(|cell| match cell {
            Cell::Text(s) => cell_text(s),
            Cell::Number(x) => x.to_string(),
            Cell::Empty => String::new(),
        }))?;
    }
    out.into_inner().map_err(|e| e.into_error().into())
}
