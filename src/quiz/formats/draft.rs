//! The shape every foreign format is read into before it becomes a `Quiz`:
//! questions with their source location, their kind, and for choice kinds
//! the answers flagged correct or not. `DraftQuiz::finish` applies defaults,
//! turns "several correct answers" on a single-choice question into a
//! located report, and runs the shared validation with each problem moved to
//! the question's own line. `numeric_slider` gives a numerical answer the
//! slider range its format leaves out. It must not know any one format.

use std::collections::HashSet;

use super::{Diagnostic, Outcome};
use crate::quiz::{slugify, Question, QuestionKind, Quiz, DEFAULT_POINTS, DEFAULT_TIME_LIMIT};

/// What kind a question read from a file is, and so how `answers` and
/// `correct` are read.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum DraftKind {
    /// Exactly one of `answers` is correct; several is a located error.
    #[default]
    Single,
    /// One or more of `answers` are correct.
    Multi,
    /// Any other kind, complete as the format read it (`answers` and
    /// `correct` are not used).
    Ready(QuestionKind),
}

/// A question as read from a file, before defaults and validation.
#[derive(Debug, Clone, Default)]
pub struct DraftQuestion {
    /// 1-based position among the questions of the source file, skipped ones
    /// included, so `questions[N]` in a message is the N-th in the file.
    pub number: usize,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub text: String,
    pub kind: DraftKind,
    pub answers: Vec<String>,
    /// 0-based indices of the answers marked correct.
    pub correct: Vec<usize>,
    pub time_limit: Option<u32>,
    pub points: Option<u32>,
    pub explanation: Option<String>,
    pub media: Option<String>,
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

/// A slider for a numerical answer `correct` ± `tolerance` from a format
/// that gives no range (GIFT, Moodle XML). It runs from 0 to the first of
/// 1, 2, 5 × 10ⁿ that is at least twice the answer (the mirror image for a
/// negative answer), so the answer sits inside the range and credit fades
/// over a sensible distance, in steps of the finest decimal the numbers are
/// written with. Past 5,000 positions the step grows to fit; the second
/// value is the warning when no position is then within the tolerance.
pub fn numeric_slider(
    correct: f64,
    tolerance: f64,
    unit: Option<String>,
) -> (QuestionKind, Option<String>) {
    let tolerance = tolerance.abs();
    let decimals = |x: f64| {
        let shown = format!("{}", x.abs());
        shown.split_once('.').map_or(0, |(_, f)| f.len()).min(6) as i32
    };
    let mut step = scaled(1.0, -decimals(correct).max(decimals(tolerance)));
    let reach = round_up(
        (2.0 * correct.abs())
            .max(correct.abs() + tolerance)
            .max(10.0 * step),
    );
    let (min, max) = if correct >= 0.0 {
        (0.0, reach)
    } else {
        (-reach, 0.0)
    };
    if reach / step > 5000.0 {
        step = round_up(reach / 5000.0);
    }
    // Information is lost only when no position earns full credit.
    let nearest = ((correct - min) / step).round() * step + min;
    let warning = ((nearest - correct).abs() > tolerance + step * 1e-6).then(|| {
        format!(
            "the answer is finer than a slider can show: it runs from {min} to {max} in steps of {step}, so no position is within {tolerance} of {correct} (the nearest earns nearly full credit)"
        )
    });
    let kind = QuestionKind::Slider {
        min,
        max,
        step,
        correct,
        tolerance,
        unit,
    };
    (kind, warning)
}

/// `m` × 10^`k`, correctly rounded for negative `k` too (0.1 × 2 is not 0.2
/// in binary, 2 / 10 is).
fn scaled(m: f64, k: i32) -> f64 {
    if k >= 0 {
        m * 10f64.powi(k)
    } else {
        m / 10f64.powi(-k)
    }
}

/// The first of 1, 2, 5 × 10ⁿ at or above `x` (> 0). Beyond what an `f64`
/// holds it gives `x` back, for validation to report.
fn round_up(x: f64) -> f64 {
    if !x.is_finite() || x <= 0.0 {
        return x;
    }
    let k = (x.log10().floor() as i32).clamp(-320, 310);
    for k in k - 1..=k + 1 {
        for m in [1.0, 2.0, 5.0] {
            let v = scaled(m, k);
            if v >= x * (1.0 - 1e-12) {
                return v;
            }
        }
    }
    scaled(1.0, k + 2)
}

/// The warning for a multi-select question whose right answers earn unequal
/// shares (GIFT's `~%70%`, Moodle's fractions): quizbox gives each right
/// answer the same share.
pub fn unequal_shares(weights: &[f64]) -> Option<String> {
    let first = *weights.first()?;
    // Moodle writes a third as 33.33333 and 33.33334.
    if weights.iter().all(|w| (w - first).abs() < 0.01) {
        return None;
    }
    let shown: Vec<String> = weights.iter().map(|w| format!("{w}%")).collect();
    Some(format!(
        "the right answers' shares ({}) become equal: each is worth 1/{} of the points",
        shown.join(", "),
        weights.len()
    ))
}

impl DraftQuiz {
    /// Builds and validates the quiz, adding it to `out` or recording why not.
    /// `fallback_id` is used when the draft names no id.
    pub fn finish(self, fallback_id: &str, out: &mut Outcome) {
        let mut errors = Vec::new();
        // `REPORTED` promises an error already in `out`; a format that broke
        // the promise must not let an unresolved answer through.
        let promised = !out.errors.is_empty();
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
            let kind = match q.kind {
                DraftKind::Ready(kind) => kind,
                DraftKind::Multi => {
                    if q.correct.contains(&REPORTED) && promised {
                        reported.insert(format!("questions[{}].correct", q.number));
                    } else if q.correct.contains(&REPORTED) {
                        errors.push(at(
                            "correct",
                            "the correct answers could not be read".into(),
                        ));
                    } else if q.correct.is_empty() {
                        errors.push(at("correct", "no answer is marked correct".into()));
                    }
                    QuestionKind::Multi {
                        answers: q.answers,
                        correct: q.correct,
                    }
                }
                DraftKind::Single => {
                    let correct = match q.correct.as_slice() {
                        [one] => {
                            if *one == REPORTED && promised {
                                reported.insert(format!("questions[{}].correct", q.number));
                            } else if *one == REPORTED {
                                errors.push(at(
                                    "correct",
                                    "the correct answer could not be read".into(),
                                ));
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
                                    "{} answers are marked correct; a single-choice question has one",
                                    many.len()
                                ),
                            ));
                            usize::MAX
                        }
                    };
                    QuestionKind::Single {
                        answers: q.answers,
                        correct,
                    }
                }
            };
            places.push((q.number, q.line, q.column));
            questions.push(Question {
                text: q.text,
                kind,
                time_limit: q.time_limit.unwrap_or(default_time),
                points: q.points.unwrap_or(default_points),
                explanation: q.explanation.filter(|e| !e.trim().is_empty()),
                media: q.media.filter(|m| !m.trim().is_empty()),
            });
        }
        let id = self.id.unwrap_or_else(|| slugify(fallback_id));
        let quiz = Quiz {
            rounds: Vec::new(),
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

    #[test]
    fn numerical_answers_get_a_sensible_slider() {
        let slider = |c: f64, t: f64| match numeric_slider(c, t, None) {
            (
                QuestionKind::Slider {
                    min,
                    max,
                    step,
                    correct,
                    tolerance,
                    ..
                },
                warning,
            ) => (min, max, step, correct, tolerance, warning.is_some()),
            other => panic!("{other:?}"),
        };
        assert_eq!(slider(5.0, 1.0), (0.0, 10.0, 1.0, 5.0, 1.0, false));
        assert_eq!(slider(2.75, 0.01), (0.0, 10.0, 0.01, 2.75, 0.01, false));
        assert_eq!(slider(1969.0, 0.0), (0.0, 5000.0, 1.0, 1969.0, 0.0, false));
        assert_eq!(slider(-40.0, 2.5), (-100.0, 0.0, 0.1, -40.0, 2.5, false));
        assert_eq!(slider(0.0, 0.0), (0.0, 10.0, 1.0, 0.0, 0.0, false));
        // Too fine for a slider: the step grows, and the warning says so
        // when no position is within the tolerance any more.
        assert_eq!(
            slider(299_792.0, 100.0),
            (0.0, 1_000_000.0, 200.0, 299_792.0, 100.0, false)
        );
        assert_eq!(
            slider(299_792.458, 0.0),
            (0.0, 1_000_000.0, 200.0, 299_792.458, 0.0, true)
        );
        // Numbers too large for a range stay invalid, without a panic.
        let (huge, _) = numeric_slider(1e308, 0.0, None);
        assert!(matches!(huge, QuestionKind::Slider { max, .. } if max.is_infinite()));
        for (c, t) in [(5.0, 1.0), (0.25, 0.0), (-7.5, 0.5), (123456.0, 3.0)] {
            let (kind, _) = numeric_slider(c, t, Some("km".into()));
            let q = Question {
                text: "Q".into(),
                kind,
                time_limit: 20,
                points: 1000,
                explanation: None,
                media: None,
            };
            let quiz = Quiz {
                rounds: Vec::new(),
                id: "n".into(),
                title: "N".into(),
                description: None,
                questions: vec![q],
            };
            assert_eq!(quiz.validate(&|_| None), vec![], "{c} {t}");
        }
    }

    #[test]
    fn unequal_shares_are_named() {
        assert_eq!(unequal_shares(&[50.0, 50.0]), None);
        assert_eq!(
            unequal_shares(&[70.0, 30.0]).as_deref(),
            Some("the right answers' shares (70%, 30%) become equal: each is worth 1/2 of the points")
        );
    }
}
