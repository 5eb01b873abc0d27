//! Kahoot!'s spreadsheet template (.xlsx), read with calamine. The header
//! row is found by its titles ("Question", "Answer 1" … "Answer 4", "Time
//! limit", "Correct answer(s)") wherever it is, so the instruction rows
//! above it are skipped. Correct answers are 1-based positions like `1,3`;
//! a question with several is multi-select, and one whose only answers are
//! "True" and "False" is true/false (the template has no kind column, so
//! Kahoot!'s own true/false questions are written that way). Locations are
//! (row, column) with both 1-based, as a spreadsheet shows them.

use std::collections::BTreeMap;
use std::io::Cursor;

use calamine::{Data, DataRef, Reader, Xlsx};

use super::budget::show_bytes;
use super::draft::{DraftKind, DraftQuestion, DraftQuiz, REPORTED};
use super::text::title_from_stem;
use super::{Diagnostic, Outcome};
use crate::config::ImportLimits;
use crate::quiz::QuestionKind;

/// Where each known column is, 0-based within the sheet.
#[derive(Debug, Default)]
struct Columns {
    question: Option<usize>,
    answers: Vec<usize>,
    time_limit: Option<usize>,
    correct: Option<usize>,
    /// An "Image link" column: an address, or a picture's name in a bundle.
    image: Option<usize>,
}

fn header_columns(row: &[Data]) -> Columns {
    let mut columns = Columns::default();
    let mut answers: Vec<(usize, usize)> = Vec::new();
    for (i, cell) in row.iter().enumerate() {
        let Data::String(title) = cell else { continue };
        let title = title.trim().to_ascii_lowercase();
        if title.starts_with("question") {
            columns.question = Some(i);
        } else if let Some(rest) = title.strip_prefix("answer ") {
            if let Some(n) = rest.chars().next().and_then(|c| c.to_digit(10)) {
                answers.push((n as usize, i));
            }
        } else if title.starts_with("time limit") {
            columns.time_limit = Some(i);
        } else if title.starts_with("correct answer") {
            columns.correct = Some(i);
        } else if title.starts_with("image") {
            columns.image = Some(i);
        }
    }
    answers.sort();
    columns.answers = answers.into_iter().map(|(_, i)| i).collect();
    columns
}

/// A cell as text: numbers without a needless `.0`, blanks as "".
fn cell_text(cell: Option<&Data>) -> String {
    match cell {
        None | Some(Data::Empty) => String::new(),
        Some(Data::String(s)) => s.trim().to_string(),
        Some(Data::Float(f)) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Some(Data::Float(f)) => f.to_string(),
        Some(Data::Int(i)) => i.to_string(),
        Some(Data::Bool(b)) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Some(Data::DateTimeIso(s) | Data::DurationIso(s)) => s.clone(),
        Some(Data::DateTime(d)) => d.as_f64().to_string(),
        Some(Data::Error(e)) => format!("#{e:?}"),
    }
}

/// Most cells read from a sheet, and the columns kept (A to BL): Kahoot's
/// template uses A to H. Cells are read one by one, because building the
/// sheet as one dense grid would let a single far-away cell (XFD1048576)
/// demand gigabytes.
pub const MAX_CELLS: usize = 500_000;
const MAX_COLUMNS: u32 = 64;

/// Most text one cell may hold: no quiz field takes more (see
/// `crate::quiz::LONGEST_TEXT`), in characters of up to 4 bytes.
pub const MAX_CELL_BYTES: usize = 4 * crate::quiz::LONGEST_TEXT;

/// The text of a cell as calamine hands it over, before it is copied.
fn text_of<'a>(value: &'a DataRef<'_>) -> Option<&'a str> {
    match value {
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => Some(s),
        DataRef::SharedString(s) => Some(s),
        DataRef::Int(_)
        | DataRef::Float(_)
        | DataRef::Bool(_)
        | DataRef::DateTime(_)
        | DataRef::Error(_)
        | DataRef::Empty => None,
    }
}

/// The non-empty rows of the first sheet: (0-based row, cells from column A).
/// Every cell shown by a shared string would be a copy of it, so the text
/// kept is counted against `text_bytes` before anything is copied.
fn read_rows(
    workbook: &mut Xlsx<Cursor<&[u8]>>,
    text_bytes: usize,
) -> Result<Vec<(usize, Vec<Data>)>, Diagnostic> {
    let failed =
        |what: &str, e: &dyn std::fmt::Display| Diagnostic::new(None, "", format!("{what}: {e}"));
    let Some(name) = workbook.sheet_names().first().cloned() else {
        return Err(Diagnostic::new(None, "", "the workbook has no sheets"));
    };
    let mut reader = workbook
        .worksheet_cells_reader(&name)
        .map_err(|e| failed("cannot read the first sheet", &e))?;
    let mut cells: BTreeMap<(u32, u32), Data> = BTreeMap::new();
    let mut seen = 0;
    let mut text = 0usize;
    while let Some(cell) = reader
        .next_cell()
        .map_err(|e| failed("cannot read the first sheet", &e))?
    {
        seen += 1;
        if seen > MAX_CELLS {
            return Err(Diagnostic::new(
                None,
                "",
                format!("the sheet has more than {MAX_CELLS} cells"),
            ));
        }
        let (row, col) = cell.get_position();
        let value = cell.get_value();
        if col >= MAX_COLUMNS || *value == DataRef::Empty {
            continue;
        }
        let len = text_of(value).map_or(0, str::len);
        let (line, column) = (row as usize + 1, col as usize + 1);
        if len > MAX_CELL_BYTES {
            return Err(Diagnostic::at(
                line,
                column,
                "",
                format!(
                    "the cell holds {} of text; no quiz field takes more than {} characters",
                    show_bytes(len as u64),
                    crate::quiz::LONGEST_TEXT
                ),
            ));
        }
        text += len;
        if text > text_bytes {
            return Err(Diagnostic::at(
                line,
                column,
                "",
                format!(
                    "the sheet's cells hold more than {} of text; the limit is the import.text_bytes setting",
                    show_bytes(text_bytes as u64)
                ),
            ));
        }
        cells.insert((row, col), value.clone().into());
    }
    let mut rows: Vec<(usize, Vec<Data>)> = Vec::new();
    for ((row, col), value) in cells {
        if rows.last().is_none_or(|(r, _)| *r != row as usize) {
            rows.push((row as usize, Vec::new()));
        }
        let cells = &mut rows.last_mut().expect("pushed above").1;
        cells.resize(col as usize, Data::Empty);
        cells.push(value);
    }
    Ok(rows)
}

/// Reads Kahoot!'s template within `limits`: the zip parts are unpacked and
/// counted first (`xlsx_parts`), then the cells are read.
pub fn parse(bytes: &[u8], stem: &str, limits: &ImportLimits) -> Outcome {
    if let Err(d) = super::xlsx_parts::check(bytes, limits) {
        return Outcome::failed(d);
    }
    let mut workbook = match Xlsx::new(Cursor::new(bytes)) {
        Ok(w) => w,
        Err(e) => {
            return Outcome::failed(Diagnostic::new(
                None,
                "",
                format!("not a readable .xlsx workbook ({e}); save the file again from the spreadsheet program"),
            ))
        }
    };
    let rows = match read_rows(&mut workbook, limits.text_bytes) {
        Ok(rows) => rows,
        Err(d) => return Outcome::failed(d),
    };
    // Absolute 1-based row and column numbers, as the spreadsheet shows them.
    let place = |i: usize, col: usize| (rows[i].0 + 1, col + 1);
    let header = rows.iter().enumerate().find_map(|(i, (_, row))| {
        let columns = header_columns(row);
        (columns.question.is_some() && columns.answers.len() >= 2).then_some((i, columns))
    });
    let Some((header_row, columns)) = header else {
        return Outcome::failed(Diagnostic::new(
            None,
            "",
            "no header row with \"Question\", \"Answer 1\" and \"Answer 2\" columns (is this Kahoot!'s quiz template?)",
        ));
    };
    let question_col = columns.question.expect("found with the header");
    let mut out = Outcome {
        // A picture named in the image column means nothing without its file.
        names_pictures: true,
        ..Outcome::default()
    };
    if columns.correct.is_none() {
        let (line, column) = place(header_row, question_col);
        out.error(Diagnostic::at(
            line,
            column,
            "",
            "the header row has no \"Correct answer(s)\" column",
        ));
        return out;
    }
    let mut questions = Vec::new();
    let mut number = 0;
    for (r, (_, row)) in rows.iter().enumerate().skip(header_row + 1) {
        let used: Vec<usize> = std::iter::once(question_col)
            .chain(columns.answers.iter().copied())
            .chain(columns.correct)
            .collect();
        if used.iter().all(|&c| cell_text(row.get(c)).is_empty()) {
            continue;
        }
        number += 1;
        let (line, column) = place(r, question_col);
        let at = |col: usize, field: &str, message: String| {
            let (line, column) = place(r, col);
            Diagnostic::at(
                line,
                column,
                format!("questions[{number}].{field}"),
                message,
            )
        };
        // Positions refer to the template's answer columns, blanks included.
        let cells: Vec<String> = columns
            .answers
            .iter()
            .map(|&c| cell_text(row.get(c)))
            .collect();
        let mut answers = Vec::new();
        let mut index_of = Vec::new();
        for text in &cells {
            index_of.push((!text.is_empty()).then_some(answers.len()));
            if !text.is_empty() {
                answers.push(text.clone());
            }
        }
        let mut q = DraftQuestion {
            number,
            line: Some(line),
            column: Some(column),
            text: cell_text(row.get(question_col)),
            answers,
            media: columns
                .image
                .map(|c| cell_text(row.get(c)))
                .filter(|link| !link.is_empty()),
            ..DraftQuestion::default()
        };
        if let Some(tc) = columns.time_limit {
            let raw = cell_text(row.get(tc));
            if !raw.is_empty() {
                match raw.parse::<u32>() {
                    Ok(t) => q.time_limit = Some(t),
                    Err(_) => {
                        out.error(at(
                            tc,
                            "time_limit",
                            format!("{raw:?} is not a whole number of seconds"),
                        ));
                    }
                }
            }
        }
        let cc = columns.correct.expect("checked above");
        let raw = cell_text(row.get(cc));
        let mut correct = Vec::new();
        let mut bad = raw.is_empty();
        for part in raw
            .split([',', ';'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            match part
                .parse::<usize>()
                .ok()
                .filter(|p| (1..=cells.len()).contains(p))
            {
                Some(p) => match index_of[p - 1] {
                    Some(i) => correct.push(i),
                    None => {
                        out.error(at(
                            cc,
                            "correct",
                            format!("answer {p} is marked correct but its cell is empty"),
                        ));
                        bad = true;
                    }
                },
                None => {
                    out.error(at(
                        cc,
                        "correct",
                        format!("{part:?} is not an answer number (1-{})", cells.len()),
                    ));
                    bad = true;
                }
            }
        }
        correct.sort_unstable();
        correct.dedup();
        if raw.is_empty() {
            out.error(at(
                cc,
                "correct",
                "missing: give the number of the correct answer".into(),
            ));
        }
        if bad {
            q.correct = vec![REPORTED];
        } else if let Some(truth) = true_false(&q.answers, &correct) {
            q.kind = DraftKind::Ready(QuestionKind::TrueFalse { correct: truth });
        } else {
            if correct.len() > 1 {
                q.kind = DraftKind::Multi;
            }
            q.correct = correct;
        }
        questions.push(q);
    }
    if number == 0 {
        let (line, column) = place(header_row, question_col);
        out.error(Diagnostic::at(
            line,
            column,
            "questions",
            "no question rows below the header row",
        ));
        return out;
    }
    DraftQuiz {
        title: title_from_stem(stem),
        line: None,
        questions,
        ..DraftQuiz::default()
    }
    .finish(stem, &mut out);
    out
}

/// The truth a row states when its only answers are "True" and "False"
/// (either order, any case) with one of them correct.
fn true_false(answers: &[String], correct: &[usize]) -> Option<bool> {
    let [a, b] = answers else { return None };
    let is = |s: &str, word: &str| s.eq_ignore_ascii_case(word);
    let pair = (is(a, "true") && is(b, "false")) || (is(a, "false") && is(b, "true"));
    match correct {
        [one] if pair => Some(is(&answers[*one], "true")),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_xlsxwriter::Workbook;

    #[test]
    fn a_far_away_cell_does_not_build_a_giant_grid() {
        let mut workbook = Workbook::new();
        let sheet = workbook.add_worksheet();
        sheet
            .write_string(7, 1, "Question - max 120 characters")
            .unwrap();
        sheet.write_string(7, 2, "Answer 1").unwrap();
        sheet.write_string(7, 3, "Answer 2").unwrap();
        sheet.write_string(7, 4, "Correct answer(s)").unwrap();
        sheet.write_string(8, 1, "Far away?").unwrap();
        sheet.write_string(8, 2, "yes").unwrap();
        sheet.write_string(8, 3, "no").unwrap();
        sheet.write_number(8, 4, 1).unwrap();
        // The last cell a sheet can have; a dense grid would need 17 billion cells.
        sheet.write_string(1_048_575, 16_383, "corner").unwrap();
        let bytes = workbook.save_to_buffer().unwrap();
        let out = parse(&bytes, "far", &ImportLimits::default());
        assert!(out.errors.is_empty(), "{:?}", out.errors);
        assert_eq!(out.quizzes[0].questions[0].text, "Far away?");
        assert_eq!(out.quizzes[0].questions[0].kind.answers(), ["yes", "no"]);
    }
}
