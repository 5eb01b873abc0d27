//! The downloads of a game's report: CSV, JSON and the workbook, and their
//! file names.

use super::*;

pub(super) fn expected_rows() -> Vec<Vec<String>> {
    let report = expected();
    let mut rows = Vec::new();
    for p in &report.players {
        for q in &report.questions {
            let a = p.answers[q.index].as_ref();
            let nickname = if p.nickname == NASTY {
                format!("'{NASTY}")
            } else {
                p.nickname.clone()
            };
            rows.push(vec![
                "g-7".to_string(),
                "mixed".into(),
                "Mixed bag".into(),
                p.rank.to_string(),
                p.player.to_string(),
                nickname,
                p.score.to_string(),
                (q.index + 1).to_string(),
                q.text.clone(),
                q.kind.clone(),
                if a.is_some() { "yes" } else { "no" }.into(),
                a.map_or(String::new(), |a| a.answer.clone()),
                if a.is_some_and(|a| a.correct) {
                    "yes"
                } else {
                    "no"
                }
                .into(),
                a.map_or(0, |a| a.points).to_string(),
                a.map_or(String::new(), |a| a.elapsed_ms.to_string()),
                p.scores[q.index].to_string(),
            ]);
        }
    }
    rows
}

#[test]
fn the_csv_reads_back_row_for_row_with_formulas_neutralised() {
    let bytes = write(&Report::from_finished(&game()), ReportFormat::Csv).unwrap();
    let mut reader = ::csv::Reader::from_reader(bytes.as_slice());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, csv::ANSWER_HEADER);
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    assert_eq!(rows.len(), 18);
    assert_eq!(rows, expected_rows());
    // Spot checks against the figures by hand.
    assert_eq!(rows[1][11], "2, 3, 5");
    assert_eq!(rows[14][5], "'=HYPERLINK(\"x\")");
    assert_eq!(rows[17][15], "875");
}

#[test]
fn the_json_download_is_the_report() {
    let report = Report::from_finished(&game());
    let bytes = write(&report, ReportFormat::Json).unwrap();
    let back: Report = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(back, report);
    let value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(value["questions"][2]["accuracy"], serde_json::Value::Null);
    assert_eq!(value["players"][0]["answers"][2], serde_json::Value::Null);
}

pub(super) fn sheet(
    book: &mut calamine::Xlsx<std::io::Cursor<Vec<u8>>>,
    name: &str,
) -> calamine::Range<calamine::Data> {
    use calamine::Reader;
    book.worksheet_range(name).unwrap()
}

#[test]
fn the_workbook_has_a_sheet_per_view() {
    use calamine::{Data, Reader};
    let bytes = write(&Report::from_finished(&game()), ReportFormat::Xlsx).unwrap();
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes.clone())).unwrap();
    assert_eq!(
        book.sheet_names(),
        ["Summary", "Questions", "Players", "Answers"]
    );
    let s = |t: &str| Data::String(t.into());
    let n = |x: f64| Data::Float(x);

    let summary = sheet(&mut book, "Summary");
    let rows: Vec<Vec<Data>> = summary.rows().map(|r| r.to_vec()).collect();
    assert_eq!(
        rows,
        [
            vec![s("Game"), s("g-7")],
            vec![s("PIN"), s("123456")],
            vec![s("Quiz"), s("Mixed bag")],
            vec![s("Quiz id"), s("mixed")],
            vec![s("Created (UTC)"), s("2026-03-01 10:00:00")],
            vec![s("Started (UTC)"), s("2026-03-01 10:01:00")],
            vec![s("Ended (UTC)"), s("2026-03-01 10:05:00")],
            vec![s("Players"), n(3.0)],
            vec![s("Questions"), n(6.0)],
            vec![s("Participation"), n(13.0 / 15.0)],
            vec![s("Completion"), n(2.0 / 3.0)],
        ]
    );

    let questions = sheet(&mut book, "Questions");
    let rows: Vec<Vec<Data>> = questions.rows().map(|r| r.to_vec()).collect();
    assert_eq!(rows.len(), 7);
    assert_eq!(rows[0], xlsx::QUESTION_HEADER.map(s).to_vec());
    assert_eq!(
        rows[2],
        [
            n(2.0),
            s("Primes?"),
            s("multi"),
            s("2; 3; 5"),
            n(2.0),
            n(1.0),
            n(0.5),
            n(3000.0),
            n(3000.0),
            s("no"),
        ]
    );
    // The slide: no accuracy, no times.
    assert_eq!(
        rows[3],
        [
            n(3.0),
            s("Break"),
            s("slide"),
            // An empty text is written as no cell at all.
            Data::Empty,
            n(0.0),
            n(0.0),
            Data::Empty,
            Data::Empty,
            Data::Empty,
            s("no"),
        ]
    );

    let players = sheet(&mut book, "Players");
    let rows: Vec<Vec<Data>> = players.rows().map(|r| r.to_vec()).collect();
    assert_eq!(rows[0][8], s("after_q1"));
    assert_eq!(rows[0][13], s("after_q6"));
    assert_eq!(
        rows[3],
        [
            n(3.0),
            n(2.0),
            s("'=HYPERLINK(\"x\")"),
            n(875.0),
            n(1.0),
            n(3.0),
            n(2833.0),
            n(1.0),
            n(875.0),
            n(875.0),
            n(875.0),
            n(875.0),
            n(875.0),
            n(875.0),
        ]
    );

    // The answers are the CSV's rows: numbers as numbers, texts as texts.
    let answers = sheet(&mut book, "Answers");
    let rows: Vec<Vec<String>> = answers
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::Float(x) => x.to_string(),
                    Data::String(t) => t.clone(),
                    Data::Empty => String::new(),
                    other => panic!("unexpected cell {other:?}"),
                })
                .collect()
        })
        .collect();
    assert_eq!(rows[0], csv::ANSWER_HEADER);
    assert_eq!(rows[1..], expected_rows());
    assert!(matches!(answers.get((1, 3)), Some(Data::Float(_))));
    assert!(matches!(answers.get((15, 5)), Some(Data::String(_))));
    // No cell is a formula.
    let formulas = book.worksheet_formula("Answers").unwrap();
    assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()));
    // The same report makes the same file.
    assert_eq!(
        write(&Report::from_finished(&game()), ReportFormat::Xlsx).unwrap(),
        bytes
    );
}

#[test]
fn file_names_say_quiz_day_and_game() {
    let mut report = Report::from_finished(&game());
    assert_eq!(
        report.file_name(ReportFormat::Csv),
        "mixed-2026-03-01-g-7.csv"
    );
    report.game.quiz_id = "a b/../c".into();
    assert_eq!(
        report.file_name(ReportFormat::Xlsx),
        "a_b_.._c-2026-03-01-g-7.xlsx"
    );
    assert_eq!(
        ReportFormat::from_extension("JSON"),
        Some(ReportFormat::Json)
    );
    assert_eq!(ReportFormat::from_extension("pdf"), None);
}
