//! The CSV download, and the rows it shares with the workbook's Answers
//! sheet: one row per player and question, players best first, questions
//! in the order played.

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

/// The answer rows, `ANSWER_HEADER`'s columns. `question` counts from 1,
/// as players saw it; an unanswered question has an empty answer and time.
pub(super) fn answer_rows(report: &Report) -> Vec<Vec<Cell>> {
    let game = &report.game;
    let text = |s: &str| Cell::Text(s.to_string());
    let flag = |b: bool| Cell::Text(if b { "yes" } else { "no" }.into());
    let mut rows = Vec::with_capacity(report.players.len() * report.questions.len());
    for p in &report.players {
        for q in &report.questions {
            let a = p.answers.get(q.index).and_then(Option::as_ref);
            rows.push(vec![
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
            ]);
        }
    }
    rows
}

pub(super) fn write(report: &Report) -> Result<Vec<u8>, ::csv::Error> {
    let mut out = ::csv::Writer::from_writer(Vec::new());
    out.write_record(ANSWER_HEADER)?;
    for row in answer_rows(report) {
        out.write_record(row.iter().map(|cell| match cell {
            Cell::Text(s) => cell_text(s),
            Cell::Number(x) => x.to_string(),
            Cell::Empty => String::new(),
        }))?;
    }
    out.into_inner().map_err(|e| e.into_error().into())
}
