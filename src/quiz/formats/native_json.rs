//! The native JSON format: the JSON twin of the native TOML format, with the
//! same keys and meanings for every question kind (shared in `native`;
//! quiz-level `time_limit` and `points` are defaults). A file holds one quiz
//! object or an array of them. The schema is docs/quiz.schema.json.

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde::Deserialize;
use serde_json::{Map, Value};

use super::json_locate::Locations;
use super::native::{self, Field, Place, RawQuestion};
use super::{Diagnostic, Lines, Outcome};
use crate::quiz::{slugify, Question, Quiz};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuiz {
    id: Option<String>,
    title: String,
    description: Option<String>,
    time_limit: Option<u32>,
    /// A number or "standard", "double", "none"; read by `native::points`.
    points: Option<Value>,
    questions: Vec<Map<String, Value>>,
}

/// Parses one quiz object or an array of quiz objects.
pub fn parse(text: &str, stem: &str) -> Outcome {
    let many = text.trim_start().starts_with('[');
    let parsed = if many {
        serde_json::from_str::<Vec<RawQuiz>>(text)
    } else {
        serde_json::from_str::<RawQuiz>(text).map(|q| vec![q])
    };
    let raws = match parsed {
        Ok(raws) => raws,
        Err(e) => return Outcome::failed(json_error(text, &e)),
    };
    let found = Locations::scan(text);
    let lines = Lines::new(text);
    let locate = |path: &str| {
        let (line, column) = found
            .offset(path)
            .map(|offset| lines.line_col(offset))
            .unzip();
        Place { line, column }
    };
    let mut out = Outcome::default();
    let count = raws.len();
    for (k, raw) in raws.into_iter().enumerate() {
        let prefix = if many {
            format!("[{k}]")
        } else {
            String::new()
        };
        let at = |path: &str| {
            if many {
                locate(&format!("{prefix}.{path}"))
            } else {
                locate(path)
            }
        };
        let questions = raw
            .questions
            .into_iter()
            .enumerate()
            .map(|(i, fields)| RawQuestion {
                place: at(&format!("questions[{i}]")),
                fields: fields
                    .into_iter()
                    .map(|(key, value)| {
                        let place = at(&format!("questions[{i}].{key}"));
                        (key, Field { value, place })
                    })
                    .collect(),
            })
            .collect();
        let fallback = match (&raw.id, count) {
            (_, 1) => stem.to_string(),
            _ => slugify(&raw.title),
        };
        let mut place = locate(&prefix);
        if place.line.is_none() {
            place.line = Some(1);
        }
        let (quiz, errors) = native::finish(
            native::RawQuiz {
                id: raw.id,
                title: raw.title,
                description: raw.description,
                place,
                time_limit: raw.time_limit,
                points: raw.points.map(|value| Field {
                    value,
                    place: at("points"),
                }),
                questions,
            },
            &fallback,
        );
        if errors.is_empty() {
            out.quizzes.push(quiz);
        } else {
            out.errors.extend(errors);
        }
    }
    out
}

/// A serde_json error as a located diagnostic. serde_json may point at the
/// white space just before the offending value; the column is moved onto
/// the value itself.
pub fn json_error(text: &str, e: &serde_json::Error) -> Diagnostic {
    let message = e.to_string();
    // serde_json appends " at line L column C"; the location is kept apart.
    let message = match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message,
    };
    if e.line() == 0 {
        return Diagnostic::new(None, "", message);
    }
    let (line, mut column) = (e.line(), e.column());
    if let Some(source) = text.lines().nth(line - 1) {
        let skipped = source
            .chars()
            .skip(column.saturating_sub(1))
            .take_while(|c| c.is_whitespace())
            .count();
        if column.saturating_sub(1) + skipped < source.chars().count() {
            column += skipped;
        }
    }
    Diagnostic::at(line, column, "", message)
}

/// A quiz as written: header fields, then each question's fields in the
/// order `native::fields` gives (a `serde_json::Map` would sort them).
struct OutQuiz<'a>(&'a Quiz);

/// A question and, when it starts a round, the round's name.
struct OutQuestion<'a>(&'a Question, Option<&'a str>);

impl Serialize for OutQuiz<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let quiz = self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &quiz.id)?;
        map.serialize_entry("title", &quiz.title)?;
        if let Some(d) = &quiz.description {
            map.serialize_entry("description", d)?;
        }
        let questions: Vec<OutQuestion> = quiz
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| OutQuestion(q, quiz.round_starting(i).map(|r| r.name.as_str())))
            .collect();
        map.serialize_entry("questions", &questions)?;
        map.end()
    }
}

impl Serialize for OutQuestion<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let fields = native::fields(self.0);
        let mut map = serializer.serialize_map(None)?;
        if let Some(round) = self.1 {
            map.serialize_entry("round", round)?;
        }
        for (key, value) in &fields {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Writes one quiz as an object, several as an array; `parse` reads either
/// back unchanged.
pub fn write(quizzes: &[Quiz]) -> String {
    let mut text = match quizzes {
        [one] => serde_json::to_string_pretty(&OutQuiz(one)),
        many => serde_json::to_string_pretty(&many.iter().map(OutQuiz).collect::<Vec<_>>()),
    }
    .expect("quizzes serialise to JSON");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"{
  "id": "capitals",
  "title": "Capitals",
  "time_limit": 15,
  "questions": [
    {"text": "Capital of Australia?", "answers": ["Sydney", "Canberra"], "correct": "Canberra",
     "explanation": "Purpose-built."},
    {"text": "Capital of Japan?", "kind": "single", "answers": ["Osaka", "Tokyo"], "correct": 2,
     "points": 2000, "time_limit": 30}
  ]
}"#;

    #[test]
    fn parses_every_field_and_writes_back() {
        let out = parse(GOOD, "x");
        assert!(out.errors.is_empty(), "{:?}", out.errors);
        let quiz = &out.quizzes[0];
        assert_eq!(quiz.id, "capitals");
        assert_eq!(quiz.questions[0].kind.correct_choices(), vec![1]);
        assert_eq!(
            (quiz.questions[0].time_limit, quiz.questions[0].points),
            (15, 1000)
        );
        assert_eq!(
            (quiz.questions[1].time_limit, quiz.questions[1].points),
            (30, 2000)
        );
        let again = parse(&write(&out.quizzes), "y");
        assert_eq!(again.quizzes, out.quizzes);
    }

    #[test]
    fn problems_are_located() {
        let text = "{\"title\": \"T\",\n \"questions\": [\n  {\"text\": \"Q\", \"answers\": [\"a\", \"b\"], \"correct\": 3}\n]}";
        let out = parse(text, "t");
        let shown: Vec<String> = out.errors.iter().map(|d| d.render("t.json")).collect();
        assert_eq!(
            shown,
            vec!["t.json:3:51: questions[1].correct: position 3 is out of range (1-2)"]
        );
        let text = "{\"title\": \"T\",\n \"questions\": [\n  {\"text\": \"Q\", \"kind\": \"true_false\",\n   \"answers\": [\"a\", \"b\"], \"correct\": true}\n]}";
        let shown: Vec<String> = parse(text, "t")
            .errors
            .iter()
            .map(|d| d.render("t.json"))
            .collect();
        assert_eq!(
            shown,
            vec!["t.json:4:15: questions[1].answers: `answers` does not belong to a true_false question (it is for single, multi, poll; a true_false question takes correct)"]
        );
        let out = parse("{\"title\": \"T\", \"questions\": {}}", "t");
        assert_eq!(out.errors[0].line, Some(1), "{:?}", out.errors);
        assert!(
            out.errors[0]
                .message
                .contains("invalid type: map, expected a sequence"),
            "{:?}",
            out.errors
        );
    }
}
