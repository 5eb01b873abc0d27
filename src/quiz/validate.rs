//! The rules every quiz must satisfy whatever format it came from.

use super::{
    is_valid_id, Problem, QuestionKind, Quiz, ACCEPTED_MAX, ANSWER_MAX, CHOICES, LONG_TEXT_MAX,
    MEDIA_MAX, ORDERING_ITEMS, QUESTIONS_MAX, ROUND_NAME_MAX, TIME_LIMIT_RANGE, TITLE_MAX,
    TYPE_ANSWER_MAX, WORD_CLOUD_MAX,
};

/// "longer than N characters (M)" when `text` has more than `max` characters.
fn too_long(text: &str, max: usize) -> Option<String> {
    // Counting stops just past the limit, so a huge text costs no more than a fair one.
    let count = text.chars().take(max + 1).count();
    (count > max).then(|| {
        format!(
            "longer than {max} characters ({} characters)",
            text.chars().count()
        )
    })
}

impl Quiz {
    /// Checks the rules every quiz must satisfy whatever format it came from.
    /// `line_of(question_index)` lets a format attach source lines.
    pub fn validate(&self, line_of: &dyn Fn(Option<usize>) -> Option<usize>) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut push = |q: Option<usize>, field: String, message: String| {
            problems.push(Problem {
                line: line_of(q),
                field,
                message,
            })
        };
        if !is_valid_id(&self.id) {
            push(
                None,
                "id".into(),
                format!(
                    "{:?} is not a valid id (use 1-64 lowercase letters, digits and '-')",
                    self.id
                ),
            );
        }
        if self.title.trim().is_empty() {
            push(None, "title".into(), "must not be empty".into());
        } else if let Some(m) = too_long(&self.title, TITLE_MAX) {
            push(None, "title".into(), m);
        }
        if let Some(m) = self
            .description
            .as_deref()
            .and_then(|d| too_long(d, LONG_TEXT_MAX))
        {
            push(None, "description".into(), m);
        }
        let mut previous: Option<usize> = None;
        for (i, round) in self.rounds.iter().enumerate() {
            let in_range = round.start < self.questions.len();
            let field = if in_range {
                format!("questions[{}].round", round.start + 1)
            } else {
                format!("rounds[{}]", i + 1)
            };
            let q = in_range.then_some(round.start);
            if !in_range {
                push(
                    q,
                    field.clone(),
                    format!(
                        "starts at question {} but the quiz has {}",
                        round.start + 1,
                        self.questions.len()
                    ),
                );
            }
            if previous.is_some_and(|p| p >= round.start) {
                push(
                    q,
                    field.clone(),
                    "rounds must start at different questions, in order".into(),
                );
            }
            previous = Some(round.start);
            if round.name.trim().is_empty() {
                push(q, field, "a round needs a name".into());
            } else if let Some(m) = too_long(&round.name, ROUND_NAME_MAX) {
                push(q, field, m);
            }
        }
        if self.questions.is_empty() {
            push(
                None,
                "questions".into(),
                "a quiz needs at least one question".into(),
            );
        } else if self.questions.len() > QUESTIONS_MAX {
            push(
                None,
                "questions".into(),
                format!(
                    "a quiz may hold at most {QUESTIONS_MAX} questions (found {})",
                    self.questions.len()
                ),
            );
        }
        for (i, q) in self.questions.iter().take(QUESTIONS_MAX).enumerate() {
            let at = |f: &str| format!("questions[{}].{f}", i + 1);
            if q.text.trim().is_empty() {
                push(Some(i), at("text"), "must not be empty".into());
            } else if let Some(m) = too_long(&q.text, LONG_TEXT_MAX) {
                push(Some(i), at("text"), m);
            }
            if let Some(m) = q
                .explanation
                .as_deref()
                .and_then(|e| too_long(e, LONG_TEXT_MAX))
            {
                push(Some(i), at("explanation"), m);
            }
            if let Some(m) = q.media.as_deref().and_then(|e| too_long(e, MEDIA_MAX)) {
                push(Some(i), at("media"), m);
            }
            if !TIME_LIMIT_RANGE.contains(&q.time_limit) {
                push(
                    Some(i),
                    at("time_limit"),
                    format!(
                        "{} s is out of range ({}-{} s)",
                        q.time_limit,
                        TIME_LIMIT_RANGE.start(),
                        TIME_LIMIT_RANGE.end()
                    ),
                );
            }
            for (field, message) in kind_problems(&q.kind) {
                push(Some(i), at(&field), message);
            }
        }
        problems
    }
}

/// What is wrong with one question's kind-specific fields, as
/// (field, message) pairs.
fn kind_problems(kind: &QuestionKind) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let name = match kind {
        QuestionKind::Single { .. } => "single-choice",
        QuestionKind::Multi { .. } => "multi-select",
        other => other.name(),
    };
    match kind {
        QuestionKind::Single { answers, correct } => {
            texts(&mut found, "answers", answers, CHOICES, name);
            if *correct >= answers.len() {
                found.push(("correct".into(), "must name one of the answers".into()));
            }
        }
        QuestionKind::Multi { answers, correct } => {
            texts(&mut found, "answers", answers, CHOICES, name);
            if correct.is_empty() {
                found.push((
                    "correct".into(),
                    "a multi-select question needs at least one correct answer".into(),
                ));
            }
            for (j, c) in correct.iter().enumerate() {
                if *c >= answers.len() {
                    found.push(("correct".into(), "must name only the answers".into()));
                } else if correct[..j].contains(c) {
                    found.push(("correct".into(), format!("answer {} is named twice", c + 1)));
                }
            }
        }
        QuestionKind::TrueFalse { .. } => {}
        QuestionKind::Slide { body } => {
            if let Some(m) = body.as_deref().and_then(|b| too_long(b, LONG_TEXT_MAX)) {
                found.push(("body".into(), m));
            }
        }
        QuestionKind::Poll { answers } => texts(&mut found, "answers", answers, CHOICES, name),
        QuestionKind::Ordering { items } => texts(&mut found, "items", items, ORDERING_ITEMS, name),
        QuestionKind::TypeAnswer { accepted, .. } => {
            if accepted.is_empty() {
                found.push((
                    "accepted".into(),
                    "a type-answer question needs at least one accepted answer".into(),
                ));
            } else if accepted.len() > ACCEPTED_MAX {
                found.push((
                    "accepted".into(),
                    format!(
                        "a type-answer question takes at most {ACCEPTED_MAX} accepted answers (found {})",
                        accepted.len()
                    ),
                ));
            }
            // Past the ceiling only the count is reported: the entries are not worth reading.
            let listed = if accepted.len() > ACCEPTED_MAX {
                &[][..]
            } else {
                &accepted[..]
            };
            for (j, a) in listed.iter().enumerate() {
                if super::text_match::fold(a).is_empty() {
                    found.push((format!("accepted[{}]", j + 1), "must not be empty".into()));
                } else if a.chars().count() > TYPE_ANSWER_MAX {
                    found.push((
                        format!("accepted[{}]", j + 1),
                        format!("longer than {TYPE_ANSWER_MAX} characters"),
                    ));
                }
            }
        }
        QuestionKind::WordCloud { max_length } => {
            if !(1..=WORD_CLOUD_MAX).contains(max_length) {
                found.push((
                    "max_length".into(),
                    format!("must be 1-{WORD_CLOUD_MAX} characters"),
                ));
            }
        }
        QuestionKind::Slider {
            min,
            max,
            step,
            correct,
            tolerance,
            unit,
        } => {
            if let Some(m) = unit.as_deref().and_then(|u| too_long(u, ANSWER_MAX)) {
                found.push(("unit".into(), m));
            }
            let all = [*min, *max, *step, *correct, *tolerance];
            if all.iter().any(|x| !x.is_finite()) {
                found.push(("slider".into(), "numbers must be finite".into()));
            } else {
                if min >= max {
                    found.push(("max".into(), format!("must be above min ({min})")));
                }
                if *step <= 0.0 {
                    found.push(("step".into(), "must be above 0".into()));
                } else if (max - min) / step > 10_000.0 {
                    found.push((
                        "step".into(),
                        "gives more than 10,000 positions; use a larger step".into(),
                    ));
                }
                if correct < min || correct > max {
                    found.push((
                        "correct".into(),
                        format!("{correct} is outside {min} to {max}"),
                    ));
                }
                if *tolerance < 0.0 {
                    found.push(("tolerance".into(), "must not be negative".into()));
                }
            }
        }
    }
    found
}

/// Checks a list of answer or item texts: how many, none empty, no repeats.
fn texts(
    found: &mut Vec<(String, String)>,
    field: &str,
    list: &[String],
    range: std::ops::RangeInclusive<usize>,
    kind: &str,
) {
    if !range.contains(&list.len()) {
        let article = if kind.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        found.push((
            field.into(),
            format!(
                "{article} {kind} question needs {}-{} {field} (found {})",
                range.start(),
                range.end(),
                list.len()
            ),
        ));
    }
    // Past the ceiling only the count is reported: comparing every entry
    // with every other would cost the square of an attacker's list.
    if list.len() > *range.end() {
        return;
    }
    for (j, a) in list.iter().enumerate() {
        if a.trim().is_empty() {
            found.push((format!("{field}[{}]", j + 1), "must not be empty".into()));
        } else if let Some(m) = too_long(a, ANSWER_MAX) {
            found.push((format!("{field}[{}]", j + 1), m));
        } else if list[..j].contains(a) {
            let one = field.trim_end_matches('s');
            found.push((field.into(), format!("{one} {a:?} appears twice")));
        }
    }
}
