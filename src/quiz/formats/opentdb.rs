//! Open Trivia DB API responses (`{"response_code": 0, "results": [...]}`),
//! in any of the API's encodings: HTML entities (the default), `url3986`
//! and `base64`, recognised from the `type` values. `multiple` questions keep
//! their answers with the right one at a place fixed by the question text (so
//! a re-import gives the same quiz); `boolean` becomes a true/false question.

use base64::Engine;
use serde::Deserialize;

use super::draft::{DraftKind, DraftQuestion, DraftQuiz};
use super::json_locate::Locations;
use super::native_json::json_error;
use super::text::{decode_entities, percent_decode, title_from_stem};
use super::{Diagnostic, Outcome};
use crate::quiz::QuestionKind;

#[derive(Deserialize)]
struct Response {
    #[serde(default)]
    response_code: i64,
    results: Vec<RawQuestion>,
}

#[derive(Deserialize)]
struct RawQuestion {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    category: String,
    question: String,
    correct_answer: String,
    incorrect_answers: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Html,
    Url,
    Base64,
}

impl Encoding {
    fn detect(first: &RawQuestion) -> Encoding {
        let b64 = base64::engine::general_purpose::STANDARD;
        let plain = |s: &str| matches!(s, "multiple" | "boolean");
        if !plain(&first.kind)
            && b64
                .decode(&first.kind)
                .is_ok_and(|k| plain(&String::from_utf8_lossy(&k)))
        {
            Encoding::Base64
        } else if first.question.contains('%') && !first.question.contains(' ') {
            Encoding::Url
        } else {
            Encoding::Html
        }
    }

    fn decode(self, s: &str) -> Option<String> {
        match self {
            Encoding::Html => Some(decode_entities(s)),
            Encoding::Url => percent_decode(s),
            Encoding::Base64 => base64::engine::general_purpose::STANDARD
                .decode(s)
                .ok()
                .and_then(|b| String::from_utf8(b).ok()),
        }
    }
}

/// FNV-1a: a hash fixed forever, unlike std's, so answer order is stable.
fn stable_hash(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

pub fn parse(text: &str, stem: &str) -> Outcome {
    let response: Response = match serde_json::from_str(text) {
        Ok(r) => r,
        Err(e) => return Outcome::failed(json_error(text, &e)),
    };
    if response.response_code != 0 {
        let meaning = match response.response_code {
            1 => "no results: the API had too few questions for the query",
            2 => "invalid parameter in the query",
            3 => "session token not found",
            4 => "session token has returned every question",
            5 => "rate limit: too many requests",
            _ => "unknown response code",
        };
        return Outcome::failed(Diagnostic::new(
            Some(1),
            "response_code",
            format!(
                "{} ({meaning}); the file holds no usable questions",
                response.response_code
            ),
        ));
    }
    let Some(first) = response.results.first() else {
        return Outcome::failed(Diagnostic::new(
            Some(1),
            "results",
            "the file has no questions",
        ));
    };
    let encoding = Encoding::detect(first);
    let found = Locations::scan(text);
    let mut out = Outcome::default();
    let mut categories: Vec<String> = Vec::new();
    let mut questions = Vec::with_capacity(response.results.len());
    let lines = super::Lines::new(text);
    for (i, raw) in response.results.iter().enumerate() {
        let number = i + 1;
        let (line, column) = found
            .offset(&format!("results[{i}]"))
            .map(|o| lines.line_col(o))
            .unzip();
        let decode = |s: &str, what: &str, out: &mut Outcome| {
            encoding.decode(s).unwrap_or_else(|| {
                out.error(Diagnostic {
                    line,
                    column,
                    field: format!("questions[{number}].{what}"),
                    message: format!("{s:?} is not valid {encoding:?}-encoded text"),
                });
                String::new()
            })
        };
        let kind = decode(&raw.kind, "type", &mut out);
        let category = decode(&raw.category, "category", &mut out);
        if !category.is_empty() && !categories.contains(&category) {
            categories.push(category);
        }
        let correct = decode(&raw.correct_answer, "correct_answer", &mut out)
            .trim()
            .to_string();
        let wrong: Vec<String> = raw
            .incorrect_answers
            .iter()
            .map(|a| decode(a, "incorrect_answers", &mut out).trim().to_string())
            .collect();
        let question = decode(&raw.question, "question", &mut out);
        let (kind, answers, index) = match kind.as_str() {
            "boolean" => {
                let truth = correct.eq_ignore_ascii_case("true");
                (
                    DraftKind::Ready(QuestionKind::TrueFalse { correct: truth }),
                    Vec::new(),
                    Vec::new(),
                )
            }
            "multiple" => {
                let at = (stable_hash(&question) % (wrong.len() as u64 + 1)) as usize;
                let mut answers = wrong;
                answers.insert(at, correct);
                (DraftKind::Single, answers, vec![at])
            }
            other => {
                out.error(Diagnostic {
                    line,
                    column,
                    field: format!("questions[{number}].type"),
                    message: format!(
                        "unknown question type {other:?} (expected \"multiple\" or \"boolean\")"
                    ),
                });
                continue;
            }
        };
        questions.push(DraftQuestion {
            number,
            line,
            column,
            text: question.trim().to_string(),
            kind,
            answers,
            correct: index,
            ..DraftQuestion::default()
        });
    }
    let description = match categories.as_slice() {
        [] => None,
        list => Some(format!("Open Trivia DB: {}", list.join(", "))),
    };
    DraftQuiz {
        title: title_from_stem(stem),
        description,
        line: Some(1),
        questions,
        ..DraftQuiz::default()
    }
    .finish(stem, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_encoding_gives_the_same_quiz() {
        let html = r#"{"response_code":0,"results":[{"type":"multiple","difficulty":"easy","category":"Science &amp; Nature","question":"What&#039;s H&lt;sub&gt;2&lt;/sub&gt;O?","correct_answer":"Water","incorrect_answers":["Salt","Sand","Air"]},{"type":"boolean","difficulty":"easy","category":"Science &amp; Nature","question":"The Sun is a star.","correct_answer":"True","incorrect_answers":["False"]}]}"#;
        let url = r#"{"response_code":0,"results":[{"type":"multiple","difficulty":"easy","category":"Science%20%26%20Nature","question":"What%27s%20H%3Csub%3E2%3C%2Fsub%3EO%3F","correct_answer":"Water","incorrect_answers":["Salt","Sand","Air"]},{"type":"boolean","difficulty":"easy","category":"Science%20%26%20Nature","question":"The%20Sun%20is%20a%20star.","correct_answer":"True","incorrect_answers":["False"]}]}"#;
        let b64 = r#"{"response_code":0,"results":[{"type":"bXVsdGlwbGU=","difficulty":"ZWFzeQ==","category":"U2NpZW5jZSAmIE5hdHVyZQ==","question":"V2hhdCdzIEg8c3ViPjI8L3N1Yj5PPw==","correct_answer":"V2F0ZXI=","incorrect_answers":["U2FsdA==","U2FuZA==","QWly"]},{"type":"Ym9vbGVhbg==","difficulty":"ZWFzeQ==","category":"U2NpZW5jZSAmIE5hdHVyZQ==","question":"VGhlIFN1biBpcyBhIHN0YXIu","correct_answer":"VHJ1ZQ==","incorrect_answers":["RmFsc2U="]}]}"#;
        let quizzes: Vec<_> = [html, url, b64]
            .iter()
            .map(|t| parse(t, "trivia"))
            .collect();
        for out in &quizzes {
            assert!(out.errors.is_empty(), "{:?}", out.errors);
        }
        let q = &quizzes[0].quizzes[0];
        assert_eq!(q.questions[0].text, "What's H<sub>2</sub>O?");
        assert_eq!(
            q.description.as_deref(),
            Some("Open Trivia DB: Science & Nature")
        );
        let choices = q.questions[0].kind.answers();
        assert_eq!(choices[q.questions[0].kind.correct_choices()[0]], "Water");
        assert_eq!(
            q.questions[1].kind,
            QuestionKind::TrueFalse { correct: true }
        );
        assert_eq!(quizzes[1].quizzes, quizzes[0].quizzes);
        assert_eq!(quizzes[2].quizzes, quizzes[0].quizzes);
    }
}
