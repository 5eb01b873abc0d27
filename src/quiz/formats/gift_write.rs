//! Writes quizzes as GIFT: one `$CATEGORY` per quiz (so the title comes
//! back on import), with the explanation as general feedback. Single and
//! multi-select questions become multiple choice (multi with equal `~%50%`
//! shares and matching penalties), true/false `{T}`/`{F}`, type answer
//! short answer, slider numerical `{#value:tolerance}`, ordering a matching
//! onto 1, 2, 3 …, word cloud an essay and a slide a description. GIFT has
//! no polls, time limits, points, media, slider ranges or slide bodies; a
//! warning names each question that loses something.

use super::question_label;
use crate::quiz::{QuestionKind, Quiz, DEFAULT_POINTS, DEFAULT_TIME_LIMIT, WORD_CLOUD_DEFAULT};

/// Escapes GIFT's special characters and line breaks.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '~' | '=' | '#' | '{' | '}' | ':' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A question's text at the start of its line: an empty `::::` title keeps
/// a text starting with `//` from reading as a comment, and `[plain]` keeps
/// one starting with a format marker such as `[html]` as written.
fn question_text(s: &str) -> String {
    let text = escape(s);
    if text.starts_with("//") {
        format!("::::{text}")
    } else if ["[html]", "[moodle]", "[plain]", "[markdown]"]
        .iter()
        .any(|m| text.starts_with(m))
    {
        format!("[plain]{text}")
    } else {
        text
    }
}

/// An answer after its `=` or `~`: escaped, and set off by a space when it
/// starts with `%`, which would otherwise open a weight.
fn answer(s: &str) -> String {
    let text = escape(s);
    if text.starts_with('%') {
        format!(" {text}")
    } else {
        text
    }
}

/// A percentage as GIFT writes it: at most five decimals, no trailing zeros.
fn percent(x: f64) -> String {
    let text = format!("{x:.5}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

pub fn write(quizzes: &[Quiz], warnings: &mut Vec<String>) -> String {
    let mut out = String::new();
    for quiz in quizzes {
        out.push_str(&format!(
            "// quiz {}\n$CATEGORY: {}\n\n",
            quiz.id,
            quiz.title.replace('/', "-").replace(['\n', '\r'], " ")
        ));
        let custom = quiz
            .questions
            .iter()
            .filter(|q| q.time_limit != DEFAULT_TIME_LIMIT || q.points != DEFAULT_POINTS)
            .count();
        if custom > 0 {
            warnings.push(format!(
                "{}: {custom} question(s) have their own time limit or points, which GIFT cannot hold",
                quiz.id
            ));
        }
        let media = quiz.questions.iter().filter(|q| q.media.is_some()).count();
        if media > 0 {
            warnings.push(format!(
                "{}: {media} question(s) have media, which GIFT cannot hold",
                quiz.id
            ));
        }
        for (i, q) in quiz.questions.iter().enumerate() {
            let mut note = |message: &str| {
                warnings.push(format!("{}: {message}", question_label(quiz, i)));
            };
            // Each answer line, written between the braces.
            let lines: Vec<String> = match &q.kind {
                QuestionKind::Single { answers, correct } => answers
                    .iter()
                    .enumerate()
                    .map(|(j, a)| format!("{}{}", if j == *correct { "=" } else { "~" }, answer(a)))
                    .collect(),
                QuestionKind::Multi { answers, correct } => {
                    // Each right answer earns 1/k and each wrong one costs as
                    // much: quizbox's rule, in Moodle's terms.
                    let share = percent(100.0 / correct.len().max(1) as f64);
                    answers
                        .iter()
                        .enumerate()
                        .map(|(j, a)| {
                            let sign = if correct.contains(&j) { "" } else { "-" };
                            format!("~%{sign}{share}%{}", escape(a))
                        })
                        .collect()
                }
                QuestionKind::TrueFalse { correct } => {
                    vec![if *correct { "T" } else { "F" }.to_string()]
                }
                QuestionKind::TypeAnswer {
                    accepted,
                    typo_tolerance,
                } => {
                    if accepted.iter().all(|a| a.contains("->")) {
                        note("left out: a GIFT short answer whose every answer holds `->` reads as matching");
                        continue;
                    }
                    if *typo_tolerance {
                        note("typo tolerance is not kept (a GIFT short answer is matched exactly)");
                    }
                    accepted.iter().map(|a| format!("={}", answer(a))).collect()
                }
                QuestionKind::Slider {
                    correct, tolerance, ..
                } => {
                    note("the slider's range, step and unit are not kept (a GIFT numerical answer holds the value and its tolerance)");
                    vec![format!("#{correct}:{tolerance}")]
                }
                QuestionKind::Ordering { items } => items
                    .iter()
                    .enumerate()
                    .map(|(j, item)| format!("={} -> {}", answer(item), j + 1))
                    .collect(),
                QuestionKind::WordCloud { max_length } => {
                    if *max_length != WORD_CLOUD_DEFAULT {
                        note(&format!("the word cloud's longest entry ({max_length} characters) is not kept (a GIFT essay has none; reading it back gives {WORD_CLOUD_DEFAULT})"));
                    }
                    Vec::new()
                }
                QuestionKind::Poll { .. } => {
                    note("left out: GIFT has no unscored poll");
                    continue;
                }
                QuestionKind::Slide { body } => {
                    if body.is_some() {
                        note("the slide's body is not kept (a GIFT description is its text alone)");
                    }
                    if q.explanation.is_some() {
                        note("the slide's explanation is not kept (a GIFT description has no feedback)");
                    }
                    out.push_str(&question_text(&q.text));
                    out.push_str("\n\n");
                    continue;
                }
            };
            out.push_str(&question_text(&q.text));
            out.push_str(" {\n");
            for line in &lines {
                out.push_str(line);
                out.push('\n');
            }
            if let Some(e) = &q.explanation {
                out.push_str("####");
                out.push_str(&escape(e));
                out.push('\n');
            }
            out.push_str("}\n\n");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::gift;
    use super::*;
    use crate::quiz::Question;

    #[test]
    fn written_gift_reads_back() {
        let quiz = Quiz {
            rounds: Vec::new(),
            id: "tricky".into(),
            title: "Tricky: {all} = #1".into(),
            description: None,
            questions: vec![Question {
                text: "a~b=c#d{e}f:g\\h".into(),
                kind: QuestionKind::Single {
                    answers: vec!["x = 1".into(), "y -> 2".into(), "z\\".into()],
                    correct: 2,
                },
                time_limit: DEFAULT_TIME_LIMIT,
                points: DEFAULT_POINTS,
                explanation: Some("because: {reasons}".into()),
                media: None,
            }],
        };
        let text = write(std::slice::from_ref(&quiz), &mut Vec::new());
        let out = gift::parse(&text, "x");
        assert!(out.errors.is_empty(), "{:?}\n{text}", out.errors);
        assert_eq!(out.quizzes[0].title, quiz.title);
        assert_eq!(out.quizzes[0].questions, quiz.questions);
    }

    #[test]
    fn multi_select_reads_back_whatever_its_number_of_right_answers() {
        for correct in [vec![1], vec![0, 2], vec![0, 1, 2]] {
            let quiz = Quiz {
                rounds: Vec::new(),
                id: "multi".into(),
                title: "Multi".into(),
                description: None,
                questions: vec![Question {
                    text: "Tick".into(),
                    kind: QuestionKind::Multi {
                        answers: vec!["a".into(), "b".into(), "c".into(), "d".into()],
                        correct,
                    },
                    time_limit: DEFAULT_TIME_LIMIT,
                    points: DEFAULT_POINTS,
                    explanation: None,
                    media: None,
                }],
            };
            let mut warnings = Vec::new();
            let text = write(std::slice::from_ref(&quiz), &mut warnings);
            let out = gift::parse(&text, "x");
            assert!(out.errors.is_empty(), "{:?}\n{text}", out.errors);
            assert_eq!(out.warnings, vec![], "{text}");
            assert_eq!(warnings, Vec::<String>::new());
            assert_eq!(out.quizzes[0].questions, quiz.questions, "{text}");
        }
    }
}
