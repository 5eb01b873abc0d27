//! Writes a quiz as Kahoot!'s spreadsheet template: instruction rows, the
//! header on row 8 and one question per row from row 9 (columns A-H), so
//! the file uploads to Kahoot! and reads back with `kahoot_xlsx::parse`.
//! Single and multi-select questions keep their answers (several correct
//! ones as `1,3`); true/false questions are written with the answers
//! "True" and "False". Other kinds have no place in the template and are
//! left out with a warning naming each. Questions with 5 or 6 answers get
//! extra "Answer 5"/"Answer 6" columns after H, which Kahoot! ignores;
//! points, media and explanations have no column.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, XlsxError};

use super::question_label;
use crate::quiz::{Question, QuestionKind, Quiz, DEFAULT_POINTS};

const HEADER_ROW: u32 = 7;

/// Whether the template has a place for a question's kind.
fn kept(q: &Question) -> bool {
    matches!(
        q.kind,
        QuestionKind::Single { .. } | QuestionKind::Multi { .. } | QuestionKind::TrueFalse { .. }
    )
}

pub fn write(quiz: &Quiz, warnings: &mut Vec<String>) -> Result<Vec<u8>, String> {
    build(quiz, warnings).map_err(|e| format!("cannot write the spreadsheet: {e}"))
}

fn build(quiz: &Quiz, warnings: &mut Vec<String>) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    // A fixed creation time (the writer's default is now), so the same
    // quiz always makes the same file: exports can be compared and cached.
    let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
    workbook.set_properties(&DocProperties::new().set_creation_datetime(&created));
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
        .filter(|q| kept(q))
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
    let mut row = HEADER_ROW;
    for (i, q) in quiz.questions.iter().enumerate() {
        let true_false = ["True".to_string(), "False".to_string()];
        let (answers, correct): (&[String], Vec<usize>) = match &q.kind {
            QuestionKind::Single { answers, correct } => (answers, vec![*correct]),
            QuestionKind::Multi { answers, correct } => {
                if correct.len() == 1 {
                    warnings.push(format!(
                        "{}: a multi-select question with one correct answer reads back as single choice (the template has no kind column)",
                        question_label(quiz, i)
                    ));
                }
                let mut correct = correct.clone();
                correct.sort_unstable();
                (answers, correct)
            }
            QuestionKind::TrueFalse { correct } => (&true_false, vec![usize::from(!*correct)]),
            other => {
                // `kept` says no to exactly these.
                warnings.push(format!(
                    "{}: left out: the template has no {} questions",
                    question_label(quiz, i),
                    other.name().replace('_', " ")
                ));
                continue;
            }
        };
        row += 1;
        sheet.write_number(row, 0, f64::from(row - HEADER_ROW))?;
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
        match correct.as_slice() {
            [one] => sheet.write_number(row, 7, (one + 1) as f64)?,
            many => {
                let positions: Vec<String> = many.iter().map(|c| (c + 1).to_string()).collect();
                sheet.write_string(row, 7, positions.join(","))?
            }
        };
    }
    let count =
        |f: &dyn Fn(&Question) -> bool| quiz.questions.iter().filter(|q| kept(q) && f(q)).count();
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
    let media = count(&|q| q.media.is_some());
    if media > 0 {
        warnings.push(format!(
            "{}: {media} question(s) have media, which the template cannot hold",
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
