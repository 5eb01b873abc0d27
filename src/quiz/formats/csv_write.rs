//! Writing quizzes as CSV, in the layout `csv::parse` reads (see
//! docs/formats.md, "CSV"). Text that a spreadsheet would run as a formula
//! (`=`, `+`, `-`, `@`, tab, carriage return) is written behind an
//! apostrophe, which `csv::parse` takes away again.

use std::collections::HashMap;

use super::csv::*;
use super::csv_formula::guarded;
use crate::quiz::{Question, QuestionKind, Quiz};

/// The cells of one question for each column (empty where it has none).
fn cells_of(q: &Question) -> HashMap<Column, String> {
    let mut cells = HashMap::new();
    let mut put = |c: Column, v: String| {
        cells.insert(c, v);
    };
    put(Column::Question, guarded(&q.text));
    put(Column::Kind, q.kind.name().to_string());
    put(Column::TimeLimit, q.time_limit.to_string());
    put(Column::Points, q.points.to_string());
    put(
        Column::Explanation,
        guarded(q.explanation.as_deref().unwrap_or_default()),
    );
    put(
        Column::Media,
        guarded(q.media.as_deref().unwrap_or_default()),
    );
    let listed = match &q.kind {
        QuestionKind::Single { answers, .. }
        | QuestionKind::Multi { answers, .. }
        | QuestionKind::Poll { answers } => answers.as_slice(),
        QuestionKind::TypeAnswer { accepted, .. } => accepted.as_slice(),
        QuestionKind::Ordering { items } => items.as_slice(),
        _ => &[],
    };
    for (n, a) in listed.iter().enumerate() {
        put(Column::Answer(n), guarded(a));
    }
    match &q.kind {
        QuestionKind::Single { answers, correct } => {
            put(Column::Correct, correct_cell(answers, &[*correct]))
        }
        QuestionKind::Multi { answers, correct } => {
            put(Column::Correct, correct_cell(answers, correct))
        }
        QuestionKind::TrueFalse { correct } => put(Column::Correct, correct.to_string()),
        QuestionKind::TypeAnswer { typo_tolerance, .. } => {
            put(Column::TypoTolerance, typo_tolerance.to_string())
        }
        QuestionKind::Slider {
            min,
            max,
            step,
            correct,
            tolerance,
            unit,
        } => {
            put(Column::Min, min.to_string());
            put(Column::Max, max.to_string());
            put(Column::Step, step.to_string());
            put(Column::Correct, correct.to_string());
            put(Column::Tolerance, tolerance.to_string());
            put(Column::Unit, guarded(unit.as_deref().unwrap_or_default()));
        }
        QuestionKind::WordCloud { max_length } => put(Column::MaxLength, max_length.to_string()),
        QuestionKind::Slide { body } => {
            put(Column::Body, guarded(body.as_deref().unwrap_or_default()))
        }
        QuestionKind::Ordering { .. } | QuestionKind::Poll { .. } => {}
    }
    cells
}

/// The `correct` cell for answers `correct`: 1-based positions, unless the
/// cell would then read as an answer's text (answers "3", "2", "1"), which
/// `resolve_correct` tries first. One answer is then named by its text;
/// several are spaced apart.
fn correct_cell(answers: &[String], correct: &[usize]) -> String {
    let positions: Vec<String> = correct.iter().map(|c| (c + 1).to_string()).collect();
    let cell = positions.join(",");
    if !answers.contains(&cell) {
        cell
    } else if let [one] = correct {
        guarded(&answers[*one])
    } else {
        positions.join(", ")
    }
}

/// Writes quizzes as one CSV file with the quiz columns filled on every row.
/// Columns only some kinds use are written when a question needs them, so a
/// file of single-choice questions keeps the plain layout.
pub fn write(quizzes: &[Quiz]) -> String {
    let questions = || quizzes.iter().flat_map(|q| &q.questions);
    let rows: Vec<(&Quiz, HashMap<Column, String>)> = quizzes
        .iter()
        .flat_map(|quiz| quiz.questions.iter().map(move |q| (quiz, cells_of(q))))
        .collect();
    let width = rows
        .iter()
        .map(|(_, cells)| {
            cells
                .keys()
                .filter_map(|c| match c {
                    Column::Answer(n) => Some(n + 1),
                    _ => None,
                })
                .max()
                .unwrap_or(0)
        })
        .max()
        .unwrap_or(2)
        .max(4);
    let used = |c: Column| {
        rows.iter()
            .any(|(_, cells)| cells.get(&c).is_some_and(|v| !v.is_empty()))
    };
    let mut columns = vec![
        Column::QuizId,
        Column::QuizTitle,
        Column::QuizDescription,
        Column::Question,
    ];
    if questions().any(|q| !matches!(q.kind, QuestionKind::Single { .. })) {
        columns.push(Column::Kind);
    }
    columns.extend((0..width).map(Column::Answer));
    columns.extend([
        Column::Correct,
        Column::TimeLimit,
        Column::Points,
        Column::Explanation,
    ]);
    for optional in [
        Column::Media,
        Column::TypoTolerance,
        Column::Min,
        Column::Max,
        Column::Step,
        Column::Tolerance,
        Column::Unit,
        Column::MaxLength,
        Column::Body,
    ] {
        if used(optional) {
            columns.push(optional);
        }
    }
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut write_row = |row: Vec<String>| {
        writer
            .write_record(&row)
            .expect("writing to memory cannot fail");
    };
    write_row(columns.iter().map(|c| name_of(*c)).collect());
    for (quiz, cells) in &rows {
        let row = columns
            .iter()
            .map(|c| match c {
                Column::QuizId => quiz.id.clone(),
                Column::QuizTitle => guarded(&quiz.title),
                Column::QuizDescription => guarded(quiz.description.as_deref().unwrap_or_default()),
                other => cells.get(other).cloned().unwrap_or_default(),
            })
            .collect();
        write_row(row);
    }
    String::from_utf8(writer.into_inner().expect("flushing memory cannot fail"))
        .expect("CSV of UTF-8 cells is UTF-8")
}
