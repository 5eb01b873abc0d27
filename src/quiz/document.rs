//! A quiz as the REST API reads it: the JSON a `Quiz` serialises to (what
//! `GET /api/quizzes/{id}` answers), checked field by field so that every
//! problem is reported with where it is (`questions[2].answers`), then held
//! to the rules every quiz follows (`Quiz::validate`, the importer's). It
//! differs from the native JSON format where that shape does: choice
//! positions in `correct` count from 0, and `points` is a number. A
//! question without `kind` is a single-choice one, without `time_limit` or
//! `points` it gets the defaults, as in the native formats.

use serde_json::{Map, Value};

use super::formats::native::{kind_fields, COMMON};
use super::{
    slugify, Problem, Question, Quiz, Round, DEFAULT_POINTS, DEFAULT_TIME_LIMIT, KIND_NAMES,
    TITLE_MAX,
};

/// A quiz read from a request body.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The quiz; without an `id` in the body, its id is the slug of its title.
    pub quiz: Quiz,
    /// Whether the body named the id.
    pub id_given: bool,
}

/// What type a field must have.
#[derive(Clone, Copy)]
enum Shape {
    Text,
    Count,
    Number,
    Flag,
    Texts,
    Counts,
}

impl Shape {
    fn fits(self, value: &Value) -> bool {
        let count = |v: &Value| v.as_u64().is_some_and(|n| u32::try_from(n).is_ok());
        match self {
            Shape::Text => value.is_string(),
            Shape::Count => count(value),
            Shape::Number => value.is_number(),
            Shape::Flag => value.is_boolean(),
            Shape::Texts => value
                .as_array()
                .is_some_and(|a| a.iter().all(Value::is_string)),
            Shape::Counts => value.as_array().is_some_and(|a| a.iter().all(count)),
        }
    }

    fn wanted(self) -> &'static str {
        match self {
            Shape::Text => "must be a string",
            Shape::Count => "must be a whole number from 0",
            Shape::Number => "must be a number",
            Shape::Flag => "must be true or false",
            Shape::Texts => "must be a list of strings",
            Shape::Counts => "must be a list of answer positions counted from 0",
        }
    }
}

/// The shape of a question's field, for its kind.
fn shape(kind: &str, field: &str) -> Shape {
    match (field, kind) {
        ("time_limit" | "points" | "max_length", _) => Shape::Count,
        ("answers" | "items" | "accepted", _) => Shape::Texts,
        ("typo_tolerance", _) => Shape::Flag,
        ("min" | "max" | "step" | "tolerance", _) => Shape::Number,
        ("correct", "single") => Shape::Count,
        ("correct", "multi") => Shape::Counts,
        ("correct", "true_false") => Shape::Flag,
        ("correct", _) => Shape::Number,
        _ => Shape::Text,
    }
}

fn problem(field: impl Into<String>, message: impl Into<String>) -> Problem {
    Problem {
        line: None,
        field: field.into(),
        message: message.into(),
    }
}

/// Reads a quiz from the JSON of a request body: the quiz, or every
/// problem found (all of them, not only the first).
pub fn read(value: Value) -> Result<Document, Vec<Problem>> {
    let Value::Object(mut top) = value else {
        return Err(vec![problem("", "must be a JSON object: a quiz")]);
    };
    let mut problems = Vec::new();
    for key in top.keys() {
        if !["id", "title", "description", "questions", "rounds"].contains(&key.as_str()) {
            problems.push(problem(
                key.as_str(),
                "is not a field of a quiz (it has id, title, description, questions and rounds)",
            ));
        }
    }
    let mut text = |key: &str, required: bool| match top.remove(key) {
        Some(Value::String(s)) => Some(s),
        None | Some(Value::Null) if !required => None,
        None | Some(Value::Null) => {
            problems.push(problem(key, "is missing"));
            None
        }
        Some(_) => {
            problems.push(problem(key, "must be a string"));
            None
        }
    };
    let id = text("id", false);
    let title = text("title", true);
    let description = text("description", false);
    // Rounds come as a list (`rounds`, as a quiz is answered) or as a
    // `round` name on a round's first question (as the native formats write).
    let mut rounds: Vec<Round> = match top.remove("rounds") {
        None | Some(Value::Null) => Vec::new(),
        Some(value) => serde_json::from_value(value).unwrap_or_else(|_| {
            problems.push(problem(
                "rounds",
                "must be a list of rounds, each with start (a question counted from 0) and name",
            ));
            Vec::new()
        }),
    };
    let questions = match top.remove("questions") {
        Some(Value::Array(list)) => list
            .into_iter()
            .enumerate()
            .filter_map(|(i, q)| question(i, q, &mut rounds, &mut problems))
            .collect(),
        None => {
            problems.push(problem("questions", "is missing"));
            Vec::new()
        }
        Some(_) => {
            problems.push(problem("questions", "must be a list of questions"));
            Vec::new()
        }
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    let title = title.unwrap_or_default();
    let quiz = Quiz {
        id: id.clone().unwrap_or_else(|| slugify(&title)),
        title,
        description,
        questions,
        rounds,
    };
    let problems = quiz.validate(&|_| None);
    if problems.is_empty() {
        Ok(Document {
            quiz,
            id_given: id.is_some(),
        })
    } else {
        Err(problems)
    }
}

/// Question `index` (0-based; messages count from 1, as the importer's do).
fn question(
    index: usize,
    value: Value,
    rounds: &mut Vec<Round>,
    problems: &mut Vec<Problem>,
) -> Option<Question> {
    let at = format!("questions[{}]", index + 1);
    let Value::Object(mut fields) = value else {
        problems.push(problem(at, "must be an object: a question"));
        return None;
    };
    let kind = match fields.get("kind") {
        None => "single".to_string(),
        Some(Value::String(kind)) if KIND_NAMES.contains(&kind.as_str()) => kind.clone(),
        Some(other) => {
            problems.push(problem(
                format!("{at}.kind"),
                format!(
                    "{other} is not a question kind (one of {})",
                    KIND_NAMES.join(", ")
                ),
            ));
            return None;
        }
    };
    let before = problems.len();
    // Absent optional texts may be written as null.
    fields.retain(|_, v| !v.is_null());
    for (key, value) in &fields {
        let known = COMMON.contains(&key.as_str()) || kind_fields(&kind).contains(&key.as_str());
        if !known {
            problems.push(problem(
                format!("{at}.{key}"),
                format!(
                    "is not a field of a {kind} question (it takes {})",
                    takes(&kind)
                ),
            ));
        } else if key != "kind" && !shape(&kind, key).fits(value) {
            problems.push(problem(format!("{at}.{key}"), shape(&kind, key).wanted()));
        }
    }
    if problems.len() > before {
        return None;
    }
    if let Some(Value::String(name)) = fields.remove("round") {
        rounds.push(Round {
            start: index,
            name: name.trim().to_string(),
        });
        rounds.sort_by_key(|r| r.start);
    }
    defaults(&mut fields, &kind);
    serde_json::from_value(Value::Object(fields))
        .map_err(|e| problems.push(problem(at, e.to_string())))
        .ok()
}

fn defaults(fields: &mut Map<String, Value>, kind: &str) {
    fields.insert("kind".into(), Value::from(kind));
    fields
        .entry("time_limit")
        .or_insert(Value::from(DEFAULT_TIME_LIMIT));
    fields
        .entry("points")
        .or_insert(Value::from(DEFAULT_POINTS));
}

/// The fields a kind takes, as a message lists them.
fn takes(kind: &str) -> String {
    COMMON
        .iter()
        .chain(kind_fields(kind))
        .copied()
        .collect::<Vec<_>>()
        .join(", ")
}

/// Appended to a copy's title.
const COPY_MARK: &str = " (copy)";

/// The title of a copy: "Title (copy)", shortened to fit.
pub fn copy_title(title: &str) -> String {
    let room = TITLE_MAX - COPY_MARK.chars().count();
    let kept: String = title.chars().take(room).collect();
    format!("{}{COPY_MARK}", kept.trim_end())
}

/// A copy of `quiz` under `title` (default: "… (copy)") and a new id made
/// from it; or every problem that makes it an invalid quiz (a title given too long).
pub fn copy_of(quiz: &Quiz, title: Option<&str>) -> Result<Quiz, Vec<Problem>> {
    let mut copy = quiz.clone();
    copy.title = match title {
        Some(title) => title.trim().to_string(),
        None => copy_title(&quiz.title),
    };
    copy.id = slugify(&copy.title);
    let problems = copy.validate(&|_| None);
    if problems.is_empty() {
        Ok(copy)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests;
