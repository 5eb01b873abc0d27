//! What the native TOML and JSON formats share: a question's fields, read
//! from either syntax into a `Question` of any kind with every problem
//! located at the field it concerns, and the fields a question is written
//! back as. It knows no syntax: each format hands over its fields, as JSON
//! values, with their places in the file.

use std::collections::{BTreeMap, HashSet};

use serde_json::Value;

use super::Diagnostic;
use crate::quiz::{
    slugify, Question, QuestionKind, Quiz, Round, DEFAULT_POINTS, DEFAULT_TIME_LIMIT, KIND_NAMES,
    WORD_CLOUD_DEFAULT,
};

/// Where something is in the source: 1-based line and, where known, column.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Place {
    pub line: Option<usize>,
    pub column: Option<usize>,
}

/// A field's value and where it is written.
#[derive(Debug, Clone)]
pub struct Field {
    pub value: Value,
    pub place: Place,
}

/// One question as written: its fields by name, and where it starts.
#[derive(Debug, Clone, Default)]
pub struct RawQuestion {
    pub place: Place,
    pub fields: BTreeMap<String, Field>,
}

/// One quiz as written; the format has already read its header.
#[derive(Debug, Clone, Default)]
pub struct RawQuiz {
    pub id: Option<String>,
    pub title: String,
    pub description: Option<String>,
    pub place: Place,
    pub time_limit: Option<u32>,
    pub points: Option<Field>,
    pub questions: Vec<RawQuestion>,
}

/// Fields every question may have.
pub(crate) const COMMON: [&str; 7] = [
    "text",
    "round",
    "kind",
    "time_limit",
    "points",
    "media",
    "explanation",
];

/// Fields a kind takes besides the common ones.
pub(crate) fn kind_fields(kind: &str) -> &'static [&'static str] {
    match kind {
        "single" | "multi" => &["answers", "correct"],
        "true_false" => &["correct"],
        "type_answer" => &["accepted", "typo_tolerance"],
        "slider" => &["min", "max", "step", "correct", "tolerance", "unit"],
        "ordering" => &["items"],
        "poll" => &["answers"],
        "word_cloud" => &["max_length"],
        "slide" => &["body"],
        _ => &[],
    }
}

/// Reads `points`: a whole number, or "standard", "double" or "none".
pub fn points(value: &Value) -> Result<u32, String> {
    let named = match value {
        Value::String(s) => match s.as_str() {
            "standard" => Some(DEFAULT_POINTS),
            "double" => Some(2 * DEFAULT_POINTS),
            "none" => Some(0),
            _ => None,
        },
        Value::Number(n) => n.as_u64().and_then(|n| u32::try_from(n).ok()),
        _ => None,
    };
    named.ok_or_else(|| {
        format!(
            "must be a whole number of points or \"standard\" ({DEFAULT_POINTS}), \"double\" ({}) or \"none\" (0), not {}",
            2 * DEFAULT_POINTS,
            shown(value)
        )
    })
}

/// A value as a message shows it.
fn shown(value: &Value) -> String {
    match value {
        Value::Null => "an empty value".into(),
        Value::Object(_) => "a table".into(),
        Value::Array(_) => "a list".into(),
        other => other.to_string(),
    }
}

/// Builds the quiz and returns it with every problem found; the quiz is
/// usable only when the list is empty. `fallback_id` gives the id (as a
/// slug) when the file names none.
pub fn finish(raw: RawQuiz, fallback_id: &str) -> (Quiz, Vec<Diagnostic>) {
    let mut errors = Vec::new();
    let mut reported = HashSet::new();
    let default_time = raw.time_limit.unwrap_or(DEFAULT_TIME_LIMIT);
    let default_points = match &raw.points {
        None => DEFAULT_POINTS,
        Some(f) => points(&f.value).unwrap_or_else(|message| {
            errors.push(located(f.place, "points", message));
            DEFAULT_POINTS
        }),
    };
    let mut questions = Vec::with_capacity(raw.questions.len());
    for (i, q) in raw.questions.iter().enumerate() {
        let mut reader = Reader {
            q,
            number: i + 1,
            errors: &mut errors,
            reported: &mut reported,
        };
        questions.push(reader.question(default_time, default_points));
    }
    let mut rounds = Vec::new();
    for (i, q) in raw.questions.iter().enumerate() {
        match q.fields.get("round") {
            None => {}
            Some(Field {
                value: Value::String(name),
                ..
            }) => rounds.push(Round {
                start: i,
                name: name.trim().to_string(),
            }),
            Some(f) => {
                let field = format!("questions[{}].round", i + 1);
                reported.insert(field.clone());
                let message = format!(
                    "must be the name of the round this question starts, not {}",
                    shown(&f.value)
                );
                errors.push(located(f.place, &field, message));
            }
        }
    }
    let quiz = Quiz {
        id: raw.id.clone().unwrap_or_else(|| slugify(fallback_id)),
        title: raw.title.clone(),
        description: raw.description.clone().filter(|d| !d.trim().is_empty()),
        questions,
        rounds,
    };
    for p in quiz.validate(&|_| None) {
        if reported.contains(&p.field) {
            continue;
        }
        let place = place_of(&raw, &p.field);
        errors.push(located(place, &p.field, p.message));
    }
    (quiz, errors)
}

fn located(place: Place, field: &str, message: String) -> Diagnostic {
    Diagnostic {
        line: place.line,
        column: place.column,
        field: field.to_string(),
        message,
    }
}

/// Where a validation problem's field is written: `questions[N].answers[2]`
/// is on the line of question N's `answers`, else of question N.
fn place_of(raw: &RawQuiz, field: &str) -> Place {
    let Some((n, rest)) = field
        .strip_prefix("questions[")
        .and_then(|r| r.split_once("]."))
    else {
        return raw.place;
    };
    let Some(q) = n
        .parse::<usize>()
        .ok()
        .and_then(|n| raw.questions.get(n.wrapping_sub(1)))
    else {
        return raw.place;
    };
    let key = rest.split(['[', '.']).next().unwrap_or(rest);
    q.fields.get(key).map_or(q.place, |f| f.place)
}

/// Reads one question's fields, recording each problem it finds.
struct Reader<'a> {
    q: &'a RawQuestion,
    number: usize,
    errors: &'a mut Vec<Diagnostic>,
    /// Fields already reported precisely; validation would only repeat them.
    reported: &'a mut HashSet<String>,
}

impl<'a> Reader<'a> {
    fn path(&self, field: &str) -> String {
        format!("questions[{}].{field}", self.number)
    }

    fn error(&mut self, field: &str, message: String) {
        let place = self.q.fields.get(field).map_or(self.q.place, |f| f.place);
        let path = self.path(field);
        self.reported.insert(path.clone());
        self.errors.push(located(place, &path, message));
    }

    fn get(&self, field: &str) -> Option<&'a Value> {
        self.q.fields.get(field).map(|f| &f.value)
    }

    fn question(&mut self, default_time: u32, default_points: u32) -> Question {
        let kind_name = match self.get("kind") {
            None => Some("single".to_string()),
            Some(Value::String(k)) if KIND_NAMES.contains(&k.as_str()) => Some(k.clone()),
            Some(other) => {
                let names: Vec<String> = KIND_NAMES.iter().map(|k| format!("{k:?}")).collect();
                self.error(
                    "kind",
                    format!(
                        "unknown question kind {} (supported: {})",
                        shown(other),
                        names.join(", ")
                    ),
                );
                None
            }
        };
        if let Some(kind) = &kind_name {
            self.check_fields(kind);
        }
        let text = match self.get("text") {
            Some(Value::String(t)) => t.clone(),
            Some(other) => {
                let message = format!("must be text, not {}", shown(other));
                self.error("text", message);
                "?".into()
            }
            None => {
                self.error("text", "missing: every question needs its text".into());
                "?".into()
            }
        };
        // A question whose kind is unknown still gets one, so that later
        // questions keep their numbers; a slide has no fields to fault.
        let kind = match kind_name.as_deref() {
            Some(kind) => self.kind(kind),
            None => QuestionKind::Slide { body: None },
        };
        let time_limit = self
            .whole("time_limit", "a whole number of seconds")
            .unwrap_or(default_time);
        let points = match self.q.fields.get("points") {
            None => default_points,
            Some(f) => points(&f.value).unwrap_or_else(|message| {
                self.error("points", message);
                default_points
            }),
        };
        Question {
            text,
            kind,
            time_limit,
            points,
            explanation: self.optional_text("explanation"),
            media: self.optional_text("media"),
        }
    }

    /// Reports fields that belong to another kind, or to none.
    fn check_fields(&mut self, kind: &str) {
        let own = kind_fields(kind);
        let unexpected: Vec<String> = self
            .q
            .fields
            .keys()
            .filter(|k| !COMMON.contains(&k.as_str()) && !own.contains(&k.as_str()))
            .cloned()
            .collect();
        for key in unexpected {
            let owners: Vec<&str> = KIND_NAMES
                .iter()
                .copied()
                .filter(|k| kind_fields(k).contains(&key.as_str()))
                .collect();
            let takes = own.join(", ");
            let message = if owners.is_empty() {
                format!(
                    "unknown field `{key}` (a question takes {}{}{takes})",
                    COMMON.join(", "),
                    if own.is_empty() { "" } else { ", " }
                )
            } else {
                format!(
                    "`{key}` does not belong to a {kind} question (it is for {}; a {kind} question takes {})",
                    owners.join(", "),
                    if takes.is_empty() { "no other fields" } else { &takes }
                )
            };
            self.error(&key, message);
        }
    }

    fn kind(&mut self, kind: &str) -> QuestionKind {
        match kind {
            "single" => {
                let answers = self.texts("answers", true);
                let correct = self.single_correct(&answers);
                QuestionKind::Single { answers, correct }
            }
            "multi" => {
                let answers = self.texts("answers", true);
                let correct = self.multi_correct(&answers);
                QuestionKind::Multi { answers, correct }
            }
            "true_false" => {
                let correct = match self.get("correct") {
                    Some(Value::Bool(b)) => *b,
                    Some(other) => {
                        let message = format!("must be true or false, not {}", shown(other));
                        self.error("correct", message);
                        true
                    }
                    None => {
                        self.error(
                            "correct",
                            "missing: say whether the statement is true or false".into(),
                        );
                        true
                    }
                };
                QuestionKind::TrueFalse { correct }
            }
            "type_answer" => QuestionKind::TypeAnswer {
                accepted: self.texts("accepted", true),
                typo_tolerance: self.boolean("typo_tolerance").unwrap_or(false),
            },
            "slider" => {
                let before = self.errors.len();
                let mut number =
                    |field: &str, default: Option<f64>| match (self.get(field), default) {
                        (Some(Value::Number(n)), _) => n.as_f64().unwrap_or(0.0),
                        (Some(other), d) => {
                            let message = format!("must be a number, not {}", shown(other));
                            self.error(field, message);
                            d.unwrap_or(0.0)
                        }
                        (None, Some(d)) => d,
                        (None, None) => {
                            self.error(
                                field,
                                format!("missing: a slider question needs `{field}`"),
                            );
                            0.0
                        }
                    };
                let (min, max) = (number("min", None), number("max", None));
                let (step, correct) = (number("step", Some(1.0)), number("correct", None));
                let tolerance = number("tolerance", Some(0.0));
                if self.errors.len() > before {
                    // Range checks on made-up numbers would only mislead.
                    for field in ["slider", "max", "step", "correct", "tolerance"] {
                        let path = self.path(field);
                        self.reported.insert(path);
                    }
                }
                QuestionKind::Slider {
                    min,
                    max,
                    step,
                    correct,
                    tolerance,
                    unit: self.optional_text("unit"),
                }
            }
            "ordering" => QuestionKind::Ordering {
                items: self.texts("items", true),
            },
            "poll" => QuestionKind::Poll {
                answers: self.texts("answers", true),
            },
            "word_cloud" => QuestionKind::WordCloud {
                max_length: self
                    .whole("max_length", "a whole number of characters")
                    .unwrap_or(WORD_CLOUD_DEFAULT),
            },
            _ => QuestionKind::Slide {
                body: self.optional_text("body"),
            },
        }
    }

    /// A list of texts; missing is an error when `required`.
    fn texts(&mut self, field: &str, required: bool) -> Vec<String> {
        match self.get(field) {
            Some(Value::Array(items)) if items.iter().all(Value::is_string) => items
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
            Some(other) => {
                let message = format!("must be a list of texts, not {}", shown(other));
                self.error(field, message);
                Vec::new()
            }
            None if required => {
                self.error(field, format!("missing: list the {field}"));
                Vec::new()
            }
            None => Vec::new(),
        }
    }

    fn optional_text(&mut self, field: &str) -> Option<String> {
        match self.get(field) {
            None => None,
            Some(Value::String(t)) => Some(t.clone()).filter(|t| !t.trim().is_empty()),
            Some(other) => {
                let message = format!("must be text, not {}", shown(other));
                self.error(field, message);
                None
            }
        }
    }

    fn boolean(&mut self, field: &str) -> Option<bool> {
        match self.get(field) {
            None => None,
            Some(Value::Bool(b)) => Some(*b),
            Some(other) => {
                let message = format!("must be true or false, not {}", shown(other));
                self.error(field, message);
                None
            }
        }
    }

    fn whole(&mut self, field: &str, what: &str) -> Option<u32> {
        let value = self.get(field)?;
        match value.as_u64().and_then(|n| u32::try_from(n).ok()) {
            Some(n) => Some(n),
            None => {
                let message = format!("must be {what}, not {}", shown(value));
                self.error(field, message);
                None
            }
        }
    }

    /// One answer named by its text or 1-based position.
    fn resolve(value: &Value, answers: &[String]) -> Result<usize, String> {
        match value {
            Value::String(t) => answers
                .iter()
                .position(|a| a == t)
                .ok_or_else(|| format!("{t:?} is not one of the answers")),
            Value::Number(n) => match n.as_u64() {
                Some(p) if p >= 1 && p <= answers.len() as u64 => Ok(p as usize - 1),
                _ => Err(format!(
                    "position {n} is out of range (1-{})",
                    answers.len()
                )),
            },
            other => Err(format!(
                "must be an answer's text or its 1-based position, not {}",
                shown(other)
            )),
        }
    }

    fn single_correct(&mut self, answers: &[String]) -> usize {
        let resolved = match self.get("correct") {
            None => Err("missing: name the correct answer".to_string()),
            Some(Value::Array(_)) => Err(
                "a single question has one correct answer; use kind = \"multi\" for several"
                    .to_string(),
            ),
            Some(value) => Self::resolve(value, answers),
        };
        resolved.unwrap_or_else(|message| {
            self.error("correct", message);
            usize::MAX
        })
    }

    fn multi_correct(&mut self, answers: &[String]) -> Vec<usize> {
        let values = match self.get("correct") {
            None => {
                self.error(
                    "correct",
                    "missing: name the correct answers (a list of texts or 1-based positions)"
                        .into(),
                );
                return Vec::new();
            }
            Some(Value::Array(values)) => values.clone(),
            Some(one) => vec![one.clone()],
        };
        let mut correct = Vec::with_capacity(values.len());
        for value in &values {
            match Self::resolve(value, answers) {
                Ok(i) => correct.push(i),
                Err(message) => self.error("correct", message),
            }
        }
        correct
    }
}

/// A number as written back: whole values without a fraction.
fn number(x: f64) -> Value {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        Value::from(x as i64)
    } else {
        Value::from(x)
    }
}

/// A question's fields in the order they are written, with `correct`
/// answers as 1-based positions (exact even when answers repeat).
pub fn fields(q: &Question) -> Vec<(&'static str, Value)> {
    let mut out = vec![
        ("text", Value::from(q.text.as_str())),
        ("kind", Value::from(q.kind.name())),
    ];
    match &q.kind {
        QuestionKind::Single { answers, correct } => {
            out.push(("answers", Value::from(answers.clone())));
            out.push(("correct", Value::from(correct + 1)));
        }
        QuestionKind::Multi { answers, correct } => {
            out.push(("answers", Value::from(answers.clone())));
            let positions: Vec<usize> = correct.iter().map(|c| c + 1).collect();
            out.push(("correct", Value::from(positions)));
        }
        QuestionKind::TrueFalse { correct } => out.push(("correct", Value::from(*correct))),
        QuestionKind::TypeAnswer {
            accepted,
            typo_tolerance,
        } => {
            out.push(("accepted", Value::from(accepted.clone())));
            out.push(("typo_tolerance", Value::from(*typo_tolerance)));
        }
        QuestionKind::Slider {
            min,
            max,
            step,
            correct,
            tolerance,
            unit,
        } => {
            out.push(("min", number(*min)));
            out.push(("max", number(*max)));
            out.push(("step", number(*step)));
            out.push(("correct", number(*correct)));
            out.push(("tolerance", number(*tolerance)));
            if let Some(unit) = unit {
                out.push(("unit", Value::from(unit.as_str())));
            }
        }
        QuestionKind::Ordering { items } => out.push(("items", Value::from(items.clone()))),
        QuestionKind::Poll { answers } => out.push(("answers", Value::from(answers.clone()))),
        QuestionKind::WordCloud { max_length } => {
            out.push(("max_length", Value::from(*max_length)))
        }
        QuestionKind::Slide { body } => {
            if let Some(body) = body {
                out.push(("body", Value::from(body.as_str())));
            }
        }
    }
    out.push(("time_limit", Value::from(q.time_limit)));
    out.push(("points", Value::from(q.points)));
    if let Some(media) = &q.media {
        out.push(("media", Value::from(media.as_str())));
    }
    if let Some(e) = &q.explanation {
        out.push(("explanation", Value::from(e.as_str())));
    }
    out
}

#[cfg(test)]
mod tests;
