//! The shape every foreign format is read into before it becomes a `Quiz`:
//! questions with their source location and answers flagged correct or not.
//! `DraftQuiz::finish` applies defaults, turns "several correct answers" into
//! a located report, and runs the shared validation with each problem moved
//! to the question's own line. It must not know any one format.

use std::collections::HashSet;

use super::{Diagnostic, Outcome};
use crate::quiz::{slugify, Question, QuestionKind, Quiz, DEFAULT_POINTS, DEFAULT_TIME_LIMIT};

/// A question as read from a file, before defaults and validation.
#[derive(Debug, Clone, Default)]
pub struct DraftQuestion {
    /// 1-based position among the questions of the source file, skipped ones
    /// included, so `questions[N]` in a message is the N-th in the file.
    pub number: usize,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub text: String,
    pub answers: Vec<String>,
    /// 0-based indices of the answers marked correct.
    pub correct: Vec<usize>,
    pub time_limit: Option<u32>,
    pub points: Option<u32>,
    pub explanation: Option<String>,
}

/// The `correct` index of a question whose correct answer the format could
/// not resolve and has already reported an error for.
pub const REPORTED: usize = usize::MAX;

/// A quiz as read from a file.
#[derive(Debug, Clone, Default)]
pub struct DraftQuiz {
    /// An id the file states; otherwise one is made from the title or stem.
    pub id: Option<String>,
    pub title: String,
    pub description: Option<String>,
    pub line: Option<usize>,
    pub time_limit: Option<u32>,
    pub points: Option<u32>,
    pub questions: Vec<DraftQuestion>,
}

/// The warning for a question of a kind quizbox cannot play yet; the
/// question is left out and the warning says so.
pub fn unsupported(
    number: usize,
    line: Option<usize>,
    column: Option<usize>,
    kind: &str,
) -> Diagnostic {
    Diagnostic {
        line,
        column,
        field: format!("questions[{number}]"),
        message: format!("question kind {kind} is not supported yet; the question is skipped"),
    }
}

/// The warning for feedback a question cannot keep: quizbox shows one
/// explanation per question, so per-answer feedback beyond it is lost.
pub fn lost_feedback(lost: usize, q: &DraftQuestion) -> Option<Diagnostic> {
    (lost > 0).then(|| Diagnostic {
        line: q.line,
        column: q.column,
        field: format!("questions[{}].feedback", q.number),
        message: format!(
            "feedback on {lost} answer{} is not kept (a question has one explanation: the general feedback, else the right answer's)",
            if lost == 1 { "" } else { "s" }
        ),
    })
}

impl DraftQuiz {
    /// Builds and validates the quiz, adding it to `out` or recording why not.
    /// `fallback_id` is used when the draft names no id.
    pub fn finish(self, fallback_id: &str, out: &mut Outcome) {
        let mut errors = Vec::new();
        // Fields the format already reported precisely; validation would only repeat them.
        let mut reported: HashSet<String> = HashSet::new();
        let default_time = self.time_limit.unwrap_or(DEFAULT_TIME_LIMIT);
        let default_points = self.points.unwrap_or(DEFAULT_POINTS);
        let mut places = Vec::with_capacity(self.questions.len());
        let mut questions = Vec::with_capacity(self.questions.len());
        for q in self.questions {
            let at = |field: &str, message: String| Diagnostic {
                line: q.line,
                column: q.column,
                field: format!("questions[{}].{field}", q.number),
                message,
            };
            let correct = match q.correct.as_slice() {
                [one] => {
                    if *one == REPORTED {
                        reported.insert(format!("questions[{}].correct", q.number));
                    }
                    *one
                }
                [] => {
                    errors.push(at("correct", "no answer is marked correct".into()));
                    usize::MAX
                }
                many => {
                    errors.push(at(
                        "correct",
                        format!(
                            "{} answers are marked correct; questions with several correct answers are not supported yet",
                            many.len()
                        ),
                    ));
                    usize::MAX
                }
            };
            places.push((q.number, q.line, q.column));
            questions.push(Question {
                text: q.text,
                kind: QuestionKind::Single {
                    answers: q.answers,
                    correct,
                },
                time_limit: q.time_limit.unwrap_or(default_time),
                points: q.points.unwrap_or(default_points),
                explanation: q.explanation.filter(|e| !e.trim().is_empty()),
                media: None,
            });
        }
        let id = self.id.unwrap_or_else(|| slugify(fallback_id));
        let quiz = Quiz {
            id,
            title: self.title,
            description: self.description.filter(|d| !d.trim().is_empty()),
            questions,
        };
        reported.extend(errors.iter().map(|d| d.field.clone()));
        if quiz.questions.is_empty() && !out.errors.is_empty() {
            // Its questions failed with their own errors; "no questions" adds nothing.
            reported.insert("questions".into());
        }
        for p in quiz.validate(&|_| None) {
            // Validation numbers kept questions; messages use the file's numbering.
            let (field, place) = renumber(&p.field, &places);
            if reported.contains(&field) {
                continue;
            }
            let (line, column) = match place {
                Some((_, line, column)) => (line, column),
                None => (self.line, None),
            };
            errors.push(Diagnostic {
                line,
                column,
                field,
                message: p.message,
            });
        }
        if errors.is_empty() {
            out.quizzes.push(quiz);
        } else {
            out.errors.extend(errors);
        }
    }
}

type Place = (usize, Option<usize>, Option<usize>);

/// Rewrites `questions[K].x` (K counting kept questions) to the file's
/// numbering, and returns that question's place.
fn renumber(field: &str, places: &[Place]) -> (String, Option<Place>) {
    let Some(rest) = field.strip_prefix("questions[") else {
        return (field.to_string(), None);
    };
    let Some((k, tail)) = rest.split_once(']') else {
        return (field.to_string(), None);
    };
    match k
        .parse::<usize>()
        .ok()
        .and_then(|k| places.get(k.wrapping_sub(1)))
    {
        Some(place) => (format!("questions[{}]{tail}", place.0), Some(*place)),
        None => (field.to_string(), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(number: usize, line: usize, answers: &[&str], correct: &[usize]) -> DraftQuestion {
        DraftQuestion {
            number,
            line: Some(line),
            column: Some(1),
            text: format!("Question {number}"),
            answers: answers.iter().map(|a| a.to_string()).collect(),
            correct: correct.to_vec(),
            ..DraftQuestion::default()
        }
    }

    #[test]
    fn defaults_apply_and_problems_keep_file_numbering() {
        let mut out = Outcome::default();
        DraftQuiz {
            title: "T".into(),
            time_limit: Some(30),
            questions: vec![q(1, 1, &["a", "b"], &[1])],
            ..DraftQuiz::default()
        }
        .finish("My Quiz", &mut out);
        assert_eq!(out.quizzes[0].id, "my-quiz");
        assert_eq!(out.quizzes[0].questions[0].time_limit, 30);
        assert_eq!(out.quizzes[0].questions[0].points, 1000);

        let mut out = Outcome::default();
        DraftQuiz {
            title: "T".into(),
            // Question 2 of the file was skipped, so the kept second is number 3.
            questions: vec![
                q(1, 1, &["a", "b"], &[0]),
                q(3, 9, &["a"], &[0]),
                q(4, 12, &["a", "b"], &[0, 1]),
            ],
            ..DraftQuiz::default()
        }
        .finish("t", &mut out);
        assert!(out.quizzes.is_empty());
        let shown: Vec<String> = out.errors.iter().map(|d| d.render("f")).collect();
        assert!(shown.contains(&"f:9:1: questions[3].answers: a single-choice question needs 2-6 answers (found 1)".to_string()), "{shown:?}");
        assert!(
            shown.iter().any(
                |s| s.starts_with("f:12:1: questions[4].correct: 2 answers are marked correct")
            ),
            "{shown:?}"
        );
        assert_eq!(shown.len(), 2, "{shown:?}");
    }
}
