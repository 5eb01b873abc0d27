//! The CSV format: one question per row under a header row naming the
//! columns (see docs/formats.md). Rows with a `quiz_id` (or `quiz_title`)
//! column group into several quizzes. A `kind` column chooses each row's
//! kind (empty: single, or multi when `correct` lists several answers), and
//! optional columns hold what other kinds need (`min` … `unit` for a slider,
//! `typo_tolerance`, `max_length`, `body`, `media`). Reading is strict about
//! the header and about every cell it uses; `csv_write::write` produces a file `parse`
//! reads back unchanged.

use std::collections::HashMap;

use super::csv_formula;
use super::draft::{DraftKind, DraftQuestion, DraftQuiz, REPORTED};
use super::text::title_from_stem;
use super::{Diagnostic, Outcome};
use crate::quiz::{slugify, QuestionKind, CHOICES, KIND_NAMES, ORDERING_ITEMS, WORD_CLOUD_DEFAULT};

/// Most answer columns a file may have (`answer1` … `answer8`): choice
/// questions use up to 6, ordering questions up to 8.
pub(super) const MAX_ANSWERS: usize = if *ORDERING_ITEMS.end() > *CHOICES.end() {
    *ORDERING_ITEMS.end()
} else {
    *CHOICES.end()
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Column {
    QuizId,
    QuizTitle,
    QuizDescription,
    Question,
    Kind,
    Answer(usize),
    Correct,
    TimeLimit,
    Points,
    Explanation,
    Media,
    TypoTolerance,
    Min,
    Max,
    Step,
    Tolerance,
    Unit,
    MaxLength,
    Body,
}

/// Every column's name as written, in the order `write` puts them.
pub(super) const NAMED: [(Column, &str); 17] = [
    (Column::QuizId, "quiz_id"),
    (Column::QuizTitle, "quiz_title"),
    (Column::QuizDescription, "quiz_description"),
    (Column::Question, "question"),
    (Column::Kind, "kind"),
    (Column::Correct, "correct"),
    (Column::TimeLimit, "time_limit"),
    (Column::Points, "points"),
    (Column::Explanation, "explanation"),
    (Column::Media, "media"),
    (Column::TypoTolerance, "typo_tolerance"),
    (Column::Min, "min"),
    (Column::Max, "max"),
    (Column::Step, "step"),
    (Column::Tolerance, "tolerance"),
    (Column::Unit, "unit"),
    (Column::MaxLength, "max_length"),
];

pub(super) fn name_of(column: Column) -> String {
    match column {
        Column::Answer(n) => format!("answer{}", n + 1),
        Column::Body => "body".into(),
        other => NAMED
            .iter()
            .find(|(c, _)| *c == other)
            .map_or(String::new(), |(_, name)| name.to_string()),
    }
}

fn column_named(name: &str) -> Option<Column> {
    let key: String = name
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-'))
        .flat_map(char::to_lowercase)
        .collect();
    if key == "text" {
        return Some(Column::Question);
    }
    if key == "body" {
        return Some(Column::Body);
    }
    if let Some((column, _)) = NAMED.iter().find(|(_, n)| n.replace('_', "") == key) {
        return Some(*column);
    }
    let n: usize = key.strip_prefix("answer")?.parse().ok()?;
    (1..=MAX_ANSWERS)
        .contains(&n)
        .then_some(Column::Answer(n - 1))
}

/// The columns a kind reads besides the ones every row has.
pub(super) fn kind_columns(kind: &str) -> &'static [Column] {
    use Column::*;
    match kind {
        "single" | "multi" => &[Answer(0), Correct],
        "true_false" => &[Correct],
        "type_answer" => &[Answer(0), TypoTolerance],
        "slider" => &[Min, Max, Step, Correct, Tolerance, Unit],
        "ordering" | "poll" => &[Answer(0)],
        "word_cloud" => &[MaxLength],
        "slide" => &[Body],
        _ => &[],
    }
}

pub(super) fn belongs(column: Column, kind: &str) -> bool {
    use Column::*;
    match column {
        QuizId | QuizTitle | QuizDescription | Question | Kind | TimeLimit | Points
        | Explanation | Media => true,
        Answer(_) => kind_columns(kind).contains(&Answer(0)),
        other => kind_columns(kind).contains(&other),
    }
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
                format!("unknown column {name:?} (expected question, kind, answer1-answer{MAX_ANSWERS}, correct, time_limit, points, explanation, media, typo_tolerance, min, max, step, tolerance, unit, max_length, body, quiz_id, quiz_title, quiz_description)"),
            )),
        }
    }
    // Without a kind column every row is a choice question, which needs
    // these; with one, each row's kind says what it needs.
    let required: &[Column] = if columns.contains(&Column::Kind) {
        &[Column::Question]
    } else {
        &[
            Column::Question,
            Column::Answer(0),
            Column::Answer(1),
            Column::Correct,
        ]
    };
    for &column in required {
        if !columns.contains(&column) && out.errors.is_empty() {
            out.error(Diagnostic::at(
                1,
                1,
                "",
                format!("the header row has no {} column", name_of(column)),
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
        if record.len() > columns.len() {
            out.error(cell(
                line,
                columns.len() + 1,
                format!("questions[{number}].row"),
                format!(
                    "the row has {} cells but the header names {}",
                    record.len(),
                    columns.len()
                ),
            ));
        }
        // The row's non-empty cells, with their 1-based column numbers.
        let cells: HashMap<Column, (usize, String)> = columns
            .iter()
            .zip(record.iter())
            .enumerate()
            .filter(|(_, (_, v))| !v.trim().is_empty())
            .map(|(i, (&c, v))| (c, (i + 1, csv_formula::unguarded(v.trim()).to_string())))
            .collect();
        let row = Row {
            line,
            number,
            cells: &cells,
            has_correct: columns.contains(&Column::Correct),
        };
        let q = row.question(&mut out);
        let text = |c: Column| cells.get(&c).map(|(_, v)| v.clone());
        let (quiz_id, quiz_title) = (text(Column::QuizId), text(Column::QuizTitle));
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
            draft.description = text(Column::QuizDescription);
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

/// One question row being read.
struct Row<'a> {
    line: usize,
    number: usize,
    cells: &'a HashMap<Column, (usize, String)>,
    has_correct: bool,
}

impl Row<'_> {
    fn field(&self, f: &str) -> String {
        format!("questions[{}].{f}", self.number)
    }

    fn error(&self, column: Column, message: String, out: &mut Outcome) {
        let col = self.cells.get(&column).map_or(1, |(c, _)| *c);
        out.error(cell(self.line, col, self.field(&name_of(column)), message));
    }

    fn get(&self, column: Column) -> Option<&str> {
        self.cells.get(&column).map(|(_, v)| v.as_str())
    }

    fn whole(&self, column: Column, out: &mut Outcome) -> Option<u32> {
        let value = self.get(column)?;
        let parsed = value.parse::<u32>().ok();
        if parsed.is_none() {
            let message = format!("{value:?} is not a whole number of 0 or more");
            self.error(column, message, out);
        }
        parsed
    }

    fn number(&self, column: Column, default: Option<f64>, out: &mut Outcome) -> f64 {
        match (self.get(column), default) {
            (Some(v), _) => match v.parse::<f64>() {
                Ok(x) if x.is_finite() => x,
                _ => {
                    self.error(column, format!("{v:?} is not a number"), out);
                    0.0
                }
            },
            (None, Some(d)) => d,
            (None, None) => {
                let message = format!("missing: a slider question needs {}", name_of(column));
                self.error(column, message, out);
                0.0
            }
        }
    }

    fn boolean(&self, column: Column, out: &mut Outcome) -> Option<bool> {
        let value = self.get(column)?;
        match value.to_ascii_lowercase().as_str() {
            "true" | "yes" | "1" => Some(true),
            "false" | "no" | "0" => Some(false),
            _ => {
                self.error(column, format!("{value:?} is not true or false"), out);
                None
            }
        }
    }

    /// The answer cells in order; a gap before a later answer is a mistake.
    fn answers(&self, out: &mut Outcome) -> Vec<String> {
        let last = (0..MAX_ANSWERS).rposition(|n| self.get(Column::Answer(n)).is_some());
        let mut answers = Vec::new();
        for n in 0..last.map_or(0, |l| l + 1) {
            match self.get(Column::Answer(n)) {
                Some(text) => answers.push(text.to_string()),
                None => out.error(cell(
                    self.line,
                    1,
                    self.field(&format!("answers[{}]", n + 1)),
                    format!("answer{} is empty but a later answer is not", n + 1),
                )),
            }
        }
        answers
    }

    fn question(&self, out: &mut Outcome) -> DraftQuestion {
        let mut q = DraftQuestion {
            number: self.number,
            line: Some(self.line),
            column: Some(1),
            text: self.get(Column::Question).unwrap_or_default().to_string(),
            explanation: self.get(Column::Explanation).map(str::to_string),
            media: self.get(Column::Media).map(str::to_string),
            ..DraftQuestion::default()
        };
        q.time_limit = self.whole(Column::TimeLimit, out);
        q.points = self.whole(Column::Points, out);
        let written = self.get(Column::Kind).map(str::to_ascii_lowercase);
        let kind = written.as_deref().unwrap_or("single");
        if !KIND_NAMES.contains(&kind) {
            let names: Vec<String> = KIND_NAMES.iter().map(|k| format!("{k:?}")).collect();
            let message = format!(
                "unknown question kind {kind:?} (supported: {})",
                names.join(", ")
            );
            self.error(Column::Kind, message, out);
            q.kind = DraftKind::Ready(QuestionKind::Slide { body: None });
            return q;
        }
        let mut foreign: Vec<Column> = self
            .cells
            .keys()
            .copied()
            .filter(|c| !belongs(*c, kind))
            .collect();
        foreign.sort_by_key(|c| self.cells[c].0);
        for column in foreign {
            let message = format!(
                "the {} column does not belong to a {kind} question; leave it empty",
                name_of(column)
            );
            self.error(column, message, out);
        }
        q.kind = match kind {
            "single" | "multi" => {
                q.answers = self.answers(out);
                let correct = self.get(Column::Correct).unwrap_or_default();
                q.correct = match resolve_correct(correct, &q.answers, self.has_correct) {
                    Ok(indices) => indices,
                    Err(message) => {
                        self.error(Column::Correct, message, out);
                        vec![REPORTED]
                    }
                };
                // No kind and several correct answers: multi, as in Kahoot!'s template.
                if kind == "multi" || (written.is_none() && q.correct.len() > 1) {
                    DraftKind::Multi
                } else {
                    DraftKind::Single
                }
            }
            "true_false" => {
                let correct = self.boolean(Column::Correct, out);
                if self.get(Column::Correct).is_none() {
                    self.error(Column::Correct, "missing: write true or false".into(), out);
                }
                DraftKind::Ready(QuestionKind::TrueFalse {
                    correct: correct.unwrap_or(true),
                })
            }
            "type_answer" => DraftKind::Ready(QuestionKind::TypeAnswer {
                accepted: self.answers(out),
                typo_tolerance: self.boolean(Column::TypoTolerance, out).unwrap_or(false),
            }),
            "slider" => {
                let before = out.errors.len();
                let slider = QuestionKind::Slider {
                    min: self.number(Column::Min, None, out),
                    max: self.number(Column::Max, None, out),
                    step: self.number(Column::Step, Some(1.0), out),
                    correct: self.number(Column::Correct, None, out),
                    tolerance: self.number(Column::Tolerance, Some(0.0), out),
                    unit: self.get(Column::Unit).map(str::to_string),
                };
                if out.errors.len() > before {
                    // The file already fails; a slide in its place keeps
                    // range checks on made-up numbers from adding noise.
                    DraftKind::Ready(QuestionKind::Slide { body: None })
                } else {
                    DraftKind::Ready(slider)
                }
            }
            "ordering" => DraftKind::Ready(QuestionKind::Ordering {
                items: self.answers(out),
            }),
            "poll" => DraftKind::Ready(QuestionKind::Poll {
                answers: self.answers(out),
            }),
            "word_cloud" => DraftKind::Ready(QuestionKind::WordCloud {
                max_length: self
                    .whole(Column::MaxLength, out)
                    .unwrap_or(WORD_CLOUD_DEFAULT),
            }),
            _ => DraftKind::Ready(QuestionKind::Slide {
                body: self.get(Column::Body).map(str::to_string),
            }),
        };
        q
    }
}

/// `correct` is a 1-based position, an answer's text, or positions joined
/// by commas (several correct answers).
fn resolve_correct(
    value: &str,
    answers: &[String],
    has_column: bool,
) -> Result<Vec<usize>, String> {
    if value.is_empty() {
        return Err(if has_column {
            "missing: name the correct answer".into()
        } else {
            "the header row has no correct column".into()
        });
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

#[cfg(test)]
mod tests;
