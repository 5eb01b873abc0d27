//! The CSV format: one question per row under a header row naming the
//! columns (see docs/formats.md). Rows with a `quiz_id` (or `quiz_title`)
//! column group into several quizzes. Reading is strict about the header and
//! about every cell it uses; `write` produces a file `parse` reads back.

use std::collections::HashMap;

use super::draft::{DraftQuestion, DraftQuiz, REPORTED};
use super::text::title_from_stem;
use super::{Diagnostic, Outcome};
use crate::quiz::{slugify, QuestionKind, Quiz};

/// Most answer columns a file may have (`answer1` … `answer6`).
const MAX_ANSWERS: usize = 6;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    QuizId,
    QuizTitle,
    QuizDescription,
    Question,
    Answer(usize),
    Correct,
    TimeLimit,
    Points,
    Explanation,
}

fn column_named(name: &str) -> Option<Column> {
    let key: String = name
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-'))
        .flat_map(char::to_lowercase)
        .collect();
    Some(match key.as_str() {
        "quizid" => Column::QuizId,
        "quiztitle" => Column::QuizTitle,
        "quizdescription" => Column::QuizDescription,
        "question" | "text" => Column::Question,
        "correct" => Column::Correct,
        "timelimit" => Column::TimeLimit,
        "points" => Column::Points,
        "explanation" => Column::Explanation,
        other => {
            let n: usize = other.strip_prefix("answer")?.parse().ok()?;
            if !(1..=MAX_ANSWERS).contains(&n) {
                return None;
            }
            Column::Answer(n - 1)
        }
    })
}

fn csv_error(e: &csv::Error) -> Diagnostic {
    let line = e.position().map(|p| p.line() as usize);
    let message = match e.kind() {
        csv::ErrorKind::Utf8 { err, .. } => format!("the row is not UTF-8 text: {err}"),
        _ => e.to_string(),
    };
    Diagnostic::new(line, "", message)
}

/// A question row's place in the file: 1-based line, and 1-based column
/// number of a cell.
fn cell(line: usize, column: usize, field: String, message: String) -> Diagnostic {
    Diagnostic::at(line, column, field, message)
}

pub fn parse(text: &str, stem: &str) -> Outcome {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let header = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => return Outcome::failed(csv_error(&e)),
    };
    let mut out = Outcome::default();
    let mut columns = Vec::with_capacity(header.len());
    for (i, name) in header.iter().enumerate() {
        match column_named(name) {
            Some(c) if columns.contains(&c) => out.error(cell(1, i + 1, String::new(), format!("column {name:?} appears twice"))),
            Some(c) => columns.push(c),
            None if name.trim().is_empty() => out.error(cell(1, i + 1, String::new(), "a column has no name".into())),
            None => out.error(cell(
                1,
                i + 1,
                String::new(),
                format!("unknown column {name:?} (expected question, answer1-answer6, correct, time_limit, points, explanation, quiz_id, quiz_title, quiz_description)"),
            )),
        }
    }
    for required in [
        Column::Question,
        Column::Answer(0),
        Column::Answer(1),
        Column::Correct,
    ] {
        if !columns.contains(&required) && out.errors.is_empty() {
            let name = match required {
                Column::Question => "question".to_string(),
                Column::Answer(n) => format!("answer{}", n + 1),
                _ => "correct".to_string(),
            };
            out.error(Diagnostic::at(
                1,
                1,
                "",
                format!("the header row has no {name} column"),
            ));
        }
    }
    if !out.errors.is_empty() {
        return out;
    }

    // Quizzes in order of first appearance, keyed by quiz_id or quiz_title.
    let mut quizzes: Vec<(String, DraftQuiz)> = Vec::new();
    let mut quiz_index: HashMap<String, usize> = HashMap::new();
    let mut number = 0;
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                out.error(csv_error(&e));
                return out;
            }
        };
        let line = record.position().map_or(0, |p| p.line() as usize);
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        number += 1;
        let field = |f: &str| format!("questions[{number}].{f}");
        if record.len() > columns.len() {
            out.error(cell(
                line,
                columns.len() + 1,
                field("row"),
                format!(
                    "the row has {} cells but the header names {}",
                    record.len(),
                    columns.len()
                ),
            ));
        }
        let mut q = DraftQuestion {
            number,
            line: Some(line),
            column: Some(1),
            ..DraftQuestion::default()
        };
        let mut answers: [Option<(usize, String)>; MAX_ANSWERS] = Default::default();
        let (mut quiz_id, mut quiz_title, mut quiz_description) = (None, None, None);
        let mut correct_cell = None;
        for (i, (&column, value)) in columns.iter().zip(record.iter()).enumerate() {
            let value = value.trim();
            let col = i + 1;
            let number_cell = |name: &str, out: &mut Outcome| -> Option<u32> {
                if value.is_empty() {
                    return None;
                }
                match value.parse::<u32>() {
                    Ok(n) => Some(n),
                    Err(_) => {
                        out.error(cell(
                            line,
                            col,
                            field(name),
                            format!("{value:?} is not a whole number of 0 or more"),
                        ));
                        None
                    }
                }
            };
            match column {
                Column::QuizId => quiz_id = Some(value.to_string()).filter(|v| !v.is_empty()),
                Column::QuizTitle => quiz_title = Some(value.to_string()).filter(|v| !v.is_empty()),
                Column::QuizDescription => {
                    quiz_description = Some(value.to_string()).filter(|v| !v.is_empty())
                }
                Column::Question => q.text = value.to_string(),
                Column::Answer(n) => {
                    if !value.is_empty() {
                        answers[n] = Some((col, value.to_string()));
                    }
                }
                Column::Correct => correct_cell = Some((col, value.to_string())),
                Column::TimeLimit => q.time_limit = number_cell("time_limit", &mut out),
                Column::Points => q.points = number_cell("points", &mut out),
                Column::Explanation => q.explanation = Some(value.to_string()),
            }
        }
        // Answers fill answer1, answer2, … in order; a gap is a mistake.
        let last = answers.iter().rposition(Option::is_some);
        for (n, a) in answers.iter().enumerate() {
            match a {
                Some((_, text)) => q.answers.push(text.clone()),
                None if last.is_some_and(|last| n < last) => {
                    out.error(cell(
                        line,
                        1,
                        field(&format!("answers[{}]", n + 1)),
                        format!("answer{} is empty but a later answer is not", n + 1),
                    ));
                }
                None => {}
            }
        }
        let (col, correct) = correct_cell.unwrap_or((1, String::new()));
        q.correct = match resolve_correct(&correct, &q.answers) {
            Ok(indices) => indices,
            Err(message) => {
                out.error(cell(line, col, field("correct"), message));
                vec![REPORTED]
            }
        };
        let key = quiz_id
            .clone()
            .or_else(|| quiz_title.clone())
            .unwrap_or_default();
        let index = match quiz_index.get(&key) {
            Some(&i) => i,
            None => {
                quiz_index.insert(key.clone(), quizzes.len());
                quizzes.push((
                    key,
                    DraftQuiz {
                        line: Some(line),
                        ..DraftQuiz::default()
                    },
                ));
                quizzes.len() - 1
            }
        };
        let draft = &mut quizzes[index].1;
        if draft.id.is_none() {
            draft.id = quiz_id;
        }
        if draft.title.is_empty() {
            draft.title = quiz_title.unwrap_or_default();
        }
        if draft.description.is_none() {
            draft.description = quiz_description;
        }
        draft.questions.push(q);
    }
    if number == 0 {
        out.error(Diagnostic::new(
            Some(1),
            "questions",
            "the file has no question rows",
        ));
        return out;
    }
    let several = quizzes.len() > 1;
    for (_, mut draft) in quizzes {
        let fallback = if draft.title.is_empty() || !several {
            stem.to_string()
        } else {
            slugify(&draft.title)
        };
        if draft.title.is_empty() {
            draft.title = title_from_stem(stem);
        }
        draft.finish(&fallback, &mut out);
    }
    out
}

/// `correct` is a 1-based position, an answer's text, or positions joined
/// by commas (several correct answers, which validation then reports).
fn resolve_correct(value: &str, answers: &[String]) -> Result<Vec<usize>, String> {
    if value.is_empty() {
        return Err("missing: name the correct answer".into());
    }
    if let Some(i) = answers.iter().position(|a| a == value) {
        return Ok(vec![i]);
    }
    let positions: Result<Vec<usize>, _> = value
        .split(',')
        .map(|p| p.trim().parse::<usize>())
        .collect();
    match positions {
        Ok(positions) => positions
            .into_iter()
            .map(|p| {
                if (1..=answers.len()).contains(&p) {
                    Ok(p - 1)
                } else {
                    Err(format!(
                        "position {p} is out of range (1-{})",
                        answers.len()
                    ))
                }
            })
            .collect(),
        Err(_) => Err(format!("{value:?} is not one of the answers")),
    }
}

/// Writes quizzes as one CSV file with the quiz columns filled on every row.
pub fn write(quizzes: &[Quiz]) -> String {
    let width = quizzes
        .iter()
        .flat_map(|q| &q.questions)
        .map(|q| q.kind.answers().len())
        .max()
        .unwrap_or(2)
        .max(4);
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header = vec![
        "quiz_id".to_string(),
        "quiz_title".into(),
        "quiz_description".into(),
        "question".into(),
    ];
    header.extend((1..=width).map(|n| format!("answer{n}")));
    header.extend(["correct", "time_limit", "points", "explanation"].map(String::from));
    let write_row = |writer: &mut csv::Writer<Vec<u8>>, row: Vec<String>| {
        writer
            .write_record(&row)
            .expect("writing to memory cannot fail");
    };
    write_row(&mut writer, header);
    for quiz in quizzes {
        for q in &quiz.questions {
            let QuestionKind::Single { answers, correct } = &q.kind else {
                continue;
            };
            let mut row = vec![
                quiz.id.clone(),
                quiz.title.clone(),
                quiz.description.clone().unwrap_or_default(),
                q.text.clone(),
            ];
            row.extend((0..width).map(|i| answers.get(i).cloned().unwrap_or_default()));
            row.push((correct + 1).to_string());
            row.push(q.time_limit.to_string());
            row.push(q.points.to_string());
            row.push(q.explanation.clone().unwrap_or_default());
            write_row(&mut writer, row);
        }
    }
    String::from_utf8(writer.into_inner().expect("flushing memory cannot fail"))
        .expect("CSV of UTF-8 cells is UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_rows_groups_quizzes_and_writes_back() {
        let text = "Question,Answer 1,Answer 2,Answer 3,Correct,Time limit,Points,Explanation,quiz_id,quiz_title\n\
                    Capital of France?,Paris,Lyon,,1,30,2000,Seine,eu,Europe\n\
                    \"Capital of Peru, please?\",Quito,Lima,Bogota,Lima,,,,sa,South America\n";
        let out = parse(text, "x");
        assert!(out.errors.is_empty(), "{:?}", out.errors);
        assert_eq!(out.quizzes.len(), 2);
        let eu = &out.quizzes[0];
        assert_eq!((eu.id.as_str(), eu.title.as_str()), ("eu", "Europe"));
        assert_eq!(eu.questions[0].kind.answers(), ["Paris", "Lyon"]);
        assert_eq!(
            (eu.questions[0].time_limit, eu.questions[0].points),
            (30, 2000)
        );
        assert_eq!(out.quizzes[1].questions[0].text, "Capital of Peru, please?");
        assert_eq!(out.quizzes[1].questions[0].kind.correct_choices(), vec![1]);
        let again = parse(&write(&out.quizzes), "y");
        assert_eq!(again.quizzes, out.quizzes);
    }

    #[test]
    fn cell_problems_name_line_and_column() {
        let text = "question,answer1,answer2,answer3,correct,time_limit\nQ,a,,c,4,fast\n";
        let out = parse(text, "x");
        let shown: Vec<String> = out.errors.iter().map(|d| d.render("q.csv")).collect();
        assert!(
            shown.contains(
                &"q.csv:2:5: questions[1].correct: position 4 is out of range (1-2)".to_string()
            ),
            "{shown:?}"
        );
        assert!(
            shown.contains(
                &"q.csv:2:6: questions[1].time_limit: \"fast\" is not a whole number of 0 or more"
                    .to_string()
            ),
            "{shown:?}"
        );
        assert!(
            shown
                .iter()
                .any(|s| s.contains("answer2 is empty but a later answer is not")),
            "{shown:?}"
        );
        let out = parse("question,answer1,answer2,colour,correct\n", "x");
        assert!(
            out.errors[0]
                .render("q.csv")
                .starts_with("q.csv:1:4: unknown column \"colour\""),
            "{:?}",
            out.errors
        );
    }
}
