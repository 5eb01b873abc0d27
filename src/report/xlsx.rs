//! The workbook download: a sheet per view. Summary (the game's figures),
//! Questions (one row per question), Players (one row per player, with the
//! running total after each question) and Answers (the CSV's rows); a team
//! game adds a `team` column to Players and Answers and a Teams sheet (the
//! team standings, the CSV's second table). Texts
//! are written as strings, which spreadsheets never evaluate, with the
//! CSV's leading apostrophe too so both downloads read the same.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use super::csv::{answer_header, answer_rows, team_rows, Cell, TEAM_HEADER};
use super::{cell_text, utc_text, Report};

pub(super) fn write(report: &Report) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    // The game's own end date rather than now, so the same report always
    // makes the same file.
    let (y, m, d, ..) = crate::clock::utc_parts((report.game.ended_at / 1000) as i64);
    let created = ExcelDateTime::from_ymd(y as u16, m as u8, d as u8)?;
    workbook.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let bold = Format::new().set_bold();
    let percent = Format::new().set_num_format("0.0%");

    let sheet = workbook.add_worksheet();
    sheet.set_name("Summary")?;
    summary(sheet, report, &bold, &percent)?;

    let sheet = workbook.add_worksheet();
    sheet.set_name("Questions")?;
    questions(sheet, report, &bold, &percent)?;

    let sheet = workbook.add_worksheet();
    sheet.set_name("Players")?;
    players(sheet, report, &bold)?;

    let sheet = workbook.add_worksheet();
    sheet.set_name("Answers")?;
    table(sheet, &answer_header(report), &answer_rows(report), &bold)?;

    if report.has_teams() {
        let sheet = workbook.add_worksheet();
        sheet.set_name("Teams")?;
        table(sheet, &TEAM_HEADER, &team_rows(report), &bold)?;
        sheet.set_column_width(1, 24)?;
    }
    workbook.save_to_buffer()
}

fn table(
    sheet: &mut Worksheet,
    titles: &[&str],
    rows: &[Vec<Cell>],
    bold: &Format,
) -> Result<(), XlsxError> {
    header(sheet, titles, bold)?;
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            put(sheet, r as u32 + 1, c as u16, cell)?;
        }
    }
    Ok(())
}

fn header(sheet: &mut Worksheet, titles: &[&str], bold: &Format) -> Result<(), XlsxError> {
    for (c, title) in titles.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *title, bold)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

fn put(sheet: &mut Worksheet, row: u32, col: u16, cell: &Cell) -> Result<(), XlsxError> {
    match cell {
        Cell::Text(s) => sheet.write_string(row, col, cell_text(s))?,
        Cell::Number(x) => sheet.write_number(row, col, *x)?,
        Cell::Empty => sheet,
    };
    Ok(())
}

fn summary(
    sheet: &mut Worksheet,
    report: &Report,
    bold: &Format,
    percent: &Format,
) -> Result<(), XlsxError> {
    let game = &report.game;
    let text = |s: &str| Cell::Text(s.to_string());
    let rows = [
        ("Game", text(&game.id)),
        ("PIN", text(&game.pin)),
        ("Quiz", text(&game.quiz_title)),
        ("Quiz id", text(&game.quiz_id)),
        ("Created (UTC)", text(&utc_text(game.created_at))),
        (
            "Started (UTC)",
            game.started_at.map_or(Cell::Empty, |t| text(&utc_text(t))),
        ),
        ("Ended (UTC)", text(&utc_text(game.ended_at))),
        ("Players", Cell::Number(f64::from(game.players))),
        ("Questions", Cell::Number(f64::from(game.questions))),
    ];
    for (r, (label, value)) in rows.iter().enumerate() {
        sheet.write_string_with_format(r as u32, 0, *label, bold)?;
        put(sheet, r as u32, 1, value)?;
    }
    let r = rows.len() as u32;
    sheet.write_string_with_format(r, 0, "Participation", bold)?;
    sheet.write_number_with_format(r, 1, game.participation, percent)?;
    sheet.write_string_with_format(r + 1, 0, "Completion", bold)?;
    sheet.write_number_with_format(r + 1, 1, game.completion, percent)?;
    sheet.set_column_width(0, 16)?;
    sheet.set_column_width(1, 40)?;
    Ok(())
}

pub(super) const QUESTION_HEADER: [&str; 10] = [
    "question",
    "text",
    "kind",
    "correct_answer",
    "answered",
    "correct",
    "accuracy",
    "avg_ms",
    "median_ms",
    "difficult",
];

fn questions(
    sheet: &mut Worksheet,
    report: &Report,
    bold: &Format,
    percent: &Format,
) -> Result<(), XlsxError> {
    header(sheet, &QUESTION_HEADER, bold)?;
    let number = |x: Option<u64>| x.map_or(Cell::Empty, |x| Cell::Number(x as f64));
    for (i, q) in report.questions.iter().enumerate() {
        let r = i as u32 + 1;
        let cells = [
            Cell::Number(q.index as f64 + 1.0),
            Cell::Text(q.text.clone()),
            Cell::Text(q.kind.clone()),
            Cell::Text(q.correct_text.join("; ")),
            Cell::Number(f64::from(q.answered)),
            Cell::Number(f64::from(q.correct)),
        ];
        for (c, cell) in cells.iter().enumerate() {
            put(sheet, r, c as u16, cell)?;
        }
        if let Some(accuracy) = q.accuracy {
            sheet.write_number_with_format(r, 6, accuracy, percent)?;
        }
        put(sheet, r, 7, &number(q.avg_ms))?;
        put(sheet, r, 8, &number(q.median_ms))?;
        sheet.write_string(r, 9, if q.difficult { "yes" } else { "no" })?;
    }
    sheet.set_column_width(1, 50)?;
    sheet.set_column_width(3, 30)?;
    Ok(())
}

/// The Players sheet's `team` column, in a team game: after `nickname`.
const TEAM: usize = 3;

fn players(sheet: &mut Worksheet, report: &Report, bold: &Format) -> Result<(), XlsxError> {
    let teams = report.has_teams();
    let mut titles: Vec<String> = [
        "rank",
        "player",
        "nickname",
        "team",
        "score",
        "correct",
        "answered",
        "avg_ms",
        "best_streak",
    ]
    .map(String::from)
    .to_vec();
    if !teams {
        titles.remove(TEAM);
    }
    let fixed = titles.len();
    titles.extend(
        report
            .questions
            .iter()
            .map(|q| format!("after_q{}", q.index + 1)),
    );
    let titles: Vec<&str> = titles.iter().map(String::as_str).collect();
    header(sheet, &titles, bold)?;
    for (i, p) in report.players.iter().enumerate() {
        let r = i as u32 + 1;
        let mut cells = vec![
            Cell::Number(f64::from(p.rank)),
            Cell::Number(f64::from(p.player)),
            Cell::Text(p.nickname.clone()),
            Cell::Number(p.score as f64),
            Cell::Number(f64::from(p.correct)),
            Cell::Number(f64::from(p.answered)),
            p.avg_ms.map_or(Cell::Empty, |x| Cell::Number(x as f64)),
            Cell::Number(f64::from(p.best_streak)),
        ];
        if teams {
            let team = p.team.clone().map_or(Cell::Empty, Cell::Text);
            cells.insert(TEAM, team);
        }
        for (c, cell) in cells.iter().enumerate() {
            put(sheet, r, c as u16, cell)?;
        }
        for (k, total) in p.scores.iter().enumerate() {
            sheet.write_number(r, (fixed + k) as u16, *total as f64)?;
        }
    }
    sheet.set_column_width(2, 24)?;
    Ok(())
}
