//! The native JSON format: the JSON twin of the native TOML format, with the
//! same keys and meanings (`correct` is an answer's text or its 1-based
//! position; quiz-level `time_limit` and `points` are defaults). A file holds
//! one quiz object or an array of them. The schema is docs/quiz.schema.json.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::draft::{DraftQuestion, DraftQuiz, REPORTED};
use super::json_locate::Locations;
use super::{line_col_at, Diagnostic, Outcome};
use crate::quiz::{slugify, QuestionKind, Quiz};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuiz {
    id: Option<String>,
    title: String,
    description: Option<String>,
    time_limit: Option<u32>,
    points: Option<u32>,
    questions: Vec<RawQuestion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    text: String,
    kind: Option<String>,
    #[serde(default)]
    answers: Vec<String>,
    /// An answer's text or its 1-based position; read by hand for a clearer message.
    correct: Option<Value>,
    time_limit: Option<u32>,
    points: Option<u32>,
    explanation: Option<String>,
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
    let mut out = Outcome::default();
    let count = raws.len();
    for (k, raw) in raws.into_iter().enumerate() {
        let prefix = if many {
            format!("[{k}]")
        } else {
            String::new()
        };
        let locate = |path: &str| found.offset(path).map(|offset| line_col_at(text, offset));
        let quiz_at = locate(&prefix);
        let mut questions = Vec::with_capacity(raw.questions.len());
        for (i, q) in raw.questions.into_iter().enumerate() {
            let path = if many {
                format!("{prefix}.questions[{i}]")
            } else {
                format!("questions[{i}]")
            };
            let (line, column) = locate(&path).unzip();
            let field = |f: &str| format!("questions[{}].{f}", i + 1);
            if let Some(kind) = q.kind.as_deref().filter(|k| *k != "single") {
                out.error(Diagnostic {
                    line,
                    column,
                    field: field("kind"),
                    message: format!("unknown question kind {kind:?} (supported: \"single\")"),
                });
            }
            let correct = match resolve_correct(q.correct.as_ref(), &q.answers) {
                Ok(index) => vec![index],
                Err(message) => {
                    out.error(Diagnostic {
                        line,
                        column,
                        field: field("correct"),
                        message,
                    });
                    vec![REPORTED]
                }
            };
            questions.push(DraftQuestion {
                number: i + 1,
                line,
                column,
                text: q.text,
                answers: q.answers,
                correct,
                time_limit: q.time_limit,
                points: q.points,
                explanation: q.explanation,
            });
        }
        let fallback = match (&raw.id, count) {
            (_, 1) => stem.to_string(),
            _ => slugify(&raw.title),
        };
        DraftQuiz {
            id: raw.id,
            title: raw.title,
            description: raw.description,
            line: quiz_at.map(|(l, _)| l).or(Some(1)),
            time_limit: raw.time_limit,
            points: raw.points,
            questions,
        }
        .finish(&fallback, &mut out);
    }
    out
}

/// `correct` as an index into `answers`, or the message saying why not.
fn resolve_correct(correct: Option<&Value>, answers: &[String]) -> Result<usize, String> {
    match correct {
        None => Err("missing: name the correct answer".into()),
        Some(Value::String(t)) => answers
            .iter()
            .position(|a| a == t)
            .ok_or_else(|| format!("{t:?} is not one of the answers")),
        Some(Value::Number(n)) => match n.as_u64() {
            Some(p) if p >= 1 && p as usize <= answers.len() => Ok(p as usize - 1),
            _ => Err(format!(
                "position {n} is out of range (1-{})",
                answers.len()
            )),
        },
        Some(other) => Err(format!(
            "must be an answer's text or its 1-based position, not {other}"
        )),
    }
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

#[derive(Serialize)]
struct OutQuiz<'a> {
    id: &'a str,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    questions: Vec<OutQuestion<'a>>,
}

#[derive(Serialize)]
struct OutQuestion<'a> {
    text: &'a str,
    kind: &'static str,
    answers: &'a [String],
    /// 1-based, as in the TOML format.
    correct: usize,
    time_limit: u32,
    points: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    explanation: Option<&'a str>,
}

fn out_quiz(quiz: &Quiz) -> OutQuiz<'_> {
    OutQuiz {
        id: &quiz.id,
        title: &quiz.title,
        description: quiz.description.as_deref(),
        questions: quiz
            .questions
            .iter()
            .filter_map(|q| match &q.kind {
                QuestionKind::Single { answers, correct } => Some(OutQuestion {
                    text: &q.text,
                    kind: q.kind.name(),
                    answers,
                    correct: correct + 1,
                    time_limit: q.time_limit,
                    points: q.points,
                    explanation: q.explanation.as_deref(),
                }),
                _ => None,
            })
            .collect(),
    }
}

/// Writes one quiz as an object, several as an array; `parse` reads either
/// back unchanged.
pub fn write(quizzes: &[Quiz]) -> String {
    let mut text = match quizzes {
        [one] => serde_json::to_string_pretty(&out_quiz(one)),
        many => serde_json::to_string_pretty(&many.iter().map(out_quiz).collect::<Vec<_>>()),
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
            vec!["t.json:3:3: questions[1].correct: position 3 is out of range (1-2)"]
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
