//! Writes a quiz as Kahoot!'s spreadsheet template: instruction rows, the
//! header on row 8 and one question per row from row 9 (columns A-H), so
//! the file uploads to Kahoot! and reads back with `kahoot_xlsx::parse`.
//! Questions with 5 or 6 answers get extra "Answer 5"/"Answer 6" columns
//! after H, which Kahoot! ignores; points and explanations have no column.

use rust_xlsxwriter::{Format, Workbook, XlsxError};

use crate::quiz::{QuestionKind, Quiz, DEFAULT_POINTS};

const HEADER_ROW: u32 = 7;

pub fn write(quiz: &Quiz, warnings: &mut Vec<String>) -> Result<Vec<u8>, String> {
    build(quiz, warnings).map_err(|e| format!("cannot write the spreadsheet: {e}"))
}

fn build(quiz: &Quiz, warnings: &mut Vec<String>) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Sheet1")?;
    let bold = Format::new().set_bold();
    sheet.write_string_with_format(0, 1, &quiz.title, &bold)?;
    let notes = [
        "Add questions, at least two answer alternatives, time limit and choose correct answers (at least one).",
        "Questions have a limit of 120 characters and answers can have 75 characters max.",
        "If several answers are correct, separate them with a comma.",
        "Time limit: 5, 10, 20, 30, 60, 90, 120, or 240 secs.",
    ];
    for (i, note) in notes.iter().enumerate() {
        sheet.write_string(2 + i as u32, 1, *note)?;
    }
    let widest = quiz
        .questions
        .iter()
        .map(|q| q.kind.answers().len())
        .max()
        .unwrap_or(4)
        .max(4);
    let mut header = vec![
        "Question - max 120 characters".to_string(),
        "Answer 1 - max 75 characters".into(),
        "Answer 2 - max 75 characters".into(),
        "Answer 3 - max 75 characters".into(),
        "Answer 4 - max 75 characters".into(),
        "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs".into(),
        "Correct answer(s) - choose at least one".into(),
    ];
    header.extend((5..=widest).map(|n| format!("Answer {n} - max 75 characters")));
    for (i, title) in header.iter().enumerate() {
        sheet.write_string_with_format(HEADER_ROW, 1 + i as u16, title, &bold)?;
    }
    sheet.set_column_width(1, 60)?;
    for (i, q) in quiz.questions.iter().enumerate() {
        let row = HEADER_ROW + 1 + i as u32;
        let QuestionKind::Single { answers, correct } = &q.kind else {
            continue;
        };
        sheet.write_number(row, 0, (i + 1) as f64)?;
        sheet.write_string(row, 1, &q.text)?;
        for (j, a) in answers.iter().enumerate() {
            // Answers 1-4 sit in C-F; 5 and 6 in the extra columns after H.
            let col = if j < 4 {
                2 + j as u16
            } else {
                8 + (j - 4) as u16
            };
            sheet.write_string(row, col, a)?;
        }
        sheet.write_number(row, 6, f64::from(q.time_limit))?;
        sheet.write_number(row, 7, (correct + 1) as f64)?;
    }
    let count =
        |f: &dyn Fn(&crate::quiz::Question) -> bool| quiz.questions.iter().filter(|q| f(q)).count();
    let wide = count(&|q| q.kind.answers().len() > 4);
    if wide > 0 {
        warnings.push(format!("{}: {wide} question(s) have 5-6 answers; answers 5 and 6 go in extra columns Kahoot! does not read", quiz.id));
    }
    let points = count(&|q| q.points != DEFAULT_POINTS);
    if points > 0 {
        warnings.push(format!(
            "{}: {points} question(s) have their own points, which the template cannot hold",
            quiz.id
        ));
    }
    let explained = count(&|q| q.explanation.is_some());
    if explained > 0 {
        warnings.push(format!(
            "{}: {explained} explanation(s) are left out (the template has no column for them)",
            quiz.id
        ));
    }
    workbook.save_to_buffer()
}
