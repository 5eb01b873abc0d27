//! Question kinds, their list (`Kind::ALL`) and how each one judges an
//! answer. The engine judges through `QuestionKind`'s methods only; what a
//! new kind needs beyond its variant here (formats, views, pages, docs) is
//! the checklist in docs/architecture.md, "Adding a question kind".
//!
//! Credit rules (docs/formats.md "Question kinds" is the user-facing copy):
//! - single, true/false: 1 for the correct answer, else 0.
//! - multi: each correct answer ticked adds 1/k and each wrong one ticked
//!   takes 1/k away (k = number of correct answers), never below 0; only the
//!   exact set of correct answers counts as correct (and keeps a streak).
//! - type answer: 1 when the text matches an accepted answer ignoring case,
//!   accents and whitespace (and, with typo tolerance, one edit for answers
//!   of 4+ letters, two for 9+), else 0.
//! - slider: 1 within the tolerance of the correct value; beyond it credit
//!   falls linearly, reaching 0 at half the slider's range away.
//! - ordering: the share of item pairs the player put in the right relative
//!   order (fully reversed scores 0).
//! - poll, word cloud: unscored. Slide: takes no answer.

use serde::{Deserialize, Serialize};

use super::text_match;

/// Answers a choice question (single, multi, poll) may offer.
pub const CHOICES: std::ops::RangeInclusive<usize> = 2..=6;
/// Items an ordering question may have.
pub const ORDERING_ITEMS: std::ops::RangeInclusive<usize> = 2..=8;
/// Longest text a type-answer reply may be, in characters.
pub const TYPE_ANSWER_MAX: usize = 100;
/// Longest word-cloud entry allowed by a quiz, in characters.
pub const WORD_CLOUD_MAX: u32 = 100;
/// Default longest word-cloud entry.
pub const WORD_CLOUD_DEFAULT: u32 = 20;

/// Every kind of question, with what it needs to judge an answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum QuestionKind {
    /// Pick exactly one of 2–6 answers.
    Single {
        answers: Vec<String>,
        correct: usize,
    },
    /// Tick any number of 2–6 answers; one or more are correct.
    Multi {
        answers: Vec<String>,
        correct: Vec<usize>,
    },
    /// True or false.
    TrueFalse { correct: bool },
    /// Type the answer; any of `accepted` counts.
    TypeAnswer {
        accepted: Vec<String>,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        typo_tolerance: bool,
    },
    /// Pick a number on a slider from `min` to `max` in steps of `step`.
    Slider {
        min: f64,
        max: f64,
        #[serde(default = "one")]
        step: f64,
        correct: f64,
        #[serde(default, skip_serializing_if = "is_zero")]
        tolerance: f64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        unit: Option<String>,
    },
    /// Put the items in order; `items` lists them in the correct order.
    Ordering { items: Vec<String> },
    /// Unscored vote between 2–6 answers.
    Poll { answers: Vec<String> },
    /// Unscored short free text, gathered into a cloud on the big screen.
    WordCloud {
        #[serde(default = "word_cloud_default")]
        max_length: u32,
    },
    /// A content slide: no answer, the host moves on.
    Slide {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        body: Option<String>,
    },
}

fn one() -> f64 {
    1.0
}

fn is_zero(x: &f64) -> bool {
    *x == 0.0
}

fn word_cloud_default() -> u32 {
    WORD_CLOUD_DEFAULT
}

/// Declares `Kind` and its list `Kind::ALL` from one list of kinds, so a
/// kind is in `ALL` (and in every table and test built from it) as soon as
/// it exists. `QuestionKind::kind` matches every variant without a wildcard:
/// a new variant does not compile until it is listed here.
macro_rules! kinds {
    ($($(#[$doc:meta])* $variant:ident => $name:literal, $label:literal;)+) => {
        /// A question's kind without its content: what a quiz file's `kind`
        /// names.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Kind {
            $($(#[$doc])* $variant,)+
        }

        impl Kind {
            /// Every kind, in the order quiz files and the docs list them.
            pub const ALL: &'static [Kind] = &[$(Kind::$variant,)+];

            /// The kind's name in quiz files and on the wire.
            pub const fn name(self) -> &'static str {
                match self {
                    $(Kind::$variant => $name,)+
                }
            }

            /// The kind as the docs and messages call it.
            pub const fn label(self) -> &'static str {
                match self {
                    $(Kind::$variant => $label,)+
                }
            }
        }

        /// Every kind's name, as written in quiz files and sent on the wire.
        pub const KIND_NAMES: &[&str] = &[$($name,)+];
    };
}

kinds! {
    /// Pick exactly one answer.
    Single => "single", "single";
    /// Tick any number of answers.
    Multi => "multi", "multi";
    /// True or false.
    TrueFalse => "true_false", "true/false";
    /// Type the answer.
    TypeAnswer => "type_answer", "type answer";
    /// Pick a number on a slider.
    Slider => "slider", "slider";
    /// Put items in order.
    Ordering => "ordering", "ordering";
    /// Unscored vote.
    Poll => "poll", "poll";
    /// Unscored short free text.
    WordCloud => "word_cloud", "word cloud";
    /// A content slide.
    Slide => "slide", "slide";
}

/// What a player sent as their answer. On the wire it is a bare JSON value:
/// a number for single, true/false and poll (the answer's index) and for a
/// slider (the value), a list of indices for multi and ordering, a string
/// for type answer and word cloud.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum AnswerValue {
    /// Index of the chosen answer; also a whole slider value.
    Choice(usize),
    /// A slider value.
    Number(f64),
    /// Ticked answers (multi) or the items in the player's order (ordering).
    Choices(Vec<usize>),
    /// Typed text.
    Text(String),
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    #[error("answer {0} does not exist for this question")]
    NoSuchChoice(usize),
    #[error("this question takes {0}")]
    WrongShape(&'static str),
    #[error("the answer is empty")]
    Empty,
    #[error("the answer is longer than {0} characters")]
    TooLong(usize),
    #[error("answer {0} is ticked twice")]
    Repeated(usize),
    #[error("the value is outside the slider ({0})")]
    OutOfRange(String),
    #[error("a slide takes no answer")]
    NotAnswerable,
}

impl QuestionKind {
    /// The kind without its content. No wildcard arm: a new variant does not
    /// compile until `kinds!` lists it, and so `Kind::ALL` holds it.
    pub fn kind(&self) -> Kind {
        match self {
            QuestionKind::Single { .. } => Kind::Single,
            QuestionKind::Multi { .. } => Kind::Multi,
            QuestionKind::TrueFalse { .. } => Kind::TrueFalse,
            QuestionKind::TypeAnswer { .. } => Kind::TypeAnswer,
            QuestionKind::Slider { .. } => Kind::Slider,
            QuestionKind::Ordering { .. } => Kind::Ordering,
            QuestionKind::Poll { .. } => Kind::Poll,
            QuestionKind::WordCloud { .. } => Kind::WordCloud,
            QuestionKind::Slide { .. } => Kind::Slide,
        }
    }

    pub fn name(&self) -> &'static str {
        self.kind().name()
    }

    /// Whether answers earn points and move streaks.
    pub fn is_scored(&self) -> bool {
        !matches!(
            self,
            QuestionKind::Poll { .. } | QuestionKind::WordCloud { .. } | QuestionKind::Slide { .. }
        )
    }

    /// Whether players answer at all.
    pub fn takes_answers(&self) -> bool {
        !matches!(self, QuestionKind::Slide { .. })
    }

    /// The texts players choose between or arrange, in quiz order (empty for
    /// kinds without choices).
    pub fn answers(&self) -> Vec<String> {
        match self {
            QuestionKind::Single { answers, .. }
            | QuestionKind::Multi { answers, .. }
            | QuestionKind::Poll { answers } => answers.clone(),
            QuestionKind::TrueFalse { .. } => vec!["True".into(), "False".into()],
            QuestionKind::Ordering { items } => items.clone(),
            _ => Vec::new(),
        }
    }

    /// Indices of the correct choices, revealed only after answering closes
    /// (for ordering: every item, in the correct order).
    pub fn correct_choices(&self) -> Vec<usize> {
        match self {
            QuestionKind::Single { correct, .. } => vec![*correct],
            QuestionKind::Multi { correct, .. } => {
                let mut c = correct.clone();
                c.sort_unstable();
                c
            }
            QuestionKind::TrueFalse { correct } => vec![usize::from(!*correct)],
            QuestionKind::Ordering { items } => (0..items.len()).collect(),
            _ => Vec::new(),
        }
    }

    /// Checks an answer: `Ok(credit)` from 0.0 to 1.0 of the question's
    /// points it earns (always 0.0 for unscored kinds), or why it is not a
    /// valid answer at all. Ordering answers list item indices in quiz order.
    pub fn judge(&self, answer: &AnswerValue) -> Result<f64, AnswerError> {
        match self {
            QuestionKind::Single { answers, correct } => {
                let i = choice(answer, answers.len())?;
                Ok(if i == *correct { 1.0 } else { 0.0 })
            }
            QuestionKind::TrueFalse { correct } => {
                let i = choice(answer, 2)?;
                Ok(if (i == 0) == *correct { 1.0 } else { 0.0 })
            }
            QuestionKind::Poll { answers } => choice(answer, answers.len()).map(|_| 0.0),
            QuestionKind::Multi { answers, correct } => {
                let ticked = choices(answer, answers.len())?;
                if ticked.is_empty() {
                    return Err(AnswerError::Empty);
                }
                let right = ticked.iter().filter(|i| correct.contains(i)).count() as f64;
                let wrong = ticked.len() as f64 - right;
                let k = correct.len().max(1) as f64;
                Ok(((right - wrong) / k).clamp(0.0, 1.0))
            }
            QuestionKind::Ordering { items } => {
                let order = choices(answer, items.len())?;
                if order.len() != items.len() {
                    return Err(AnswerError::WrongShape("every item, each once"));
                }
                Ok(ordering_credit(&order))
            }
            QuestionKind::TypeAnswer {
                accepted,
                typo_tolerance,
            } => {
                let typed = text(answer, TYPE_ANSWER_MAX)?;
                let hit = accepted
                    .iter()
                    .any(|a| text_match::matches(a, typed, *typo_tolerance));
                Ok(if hit { 1.0 } else { 0.0 })
            }
            QuestionKind::WordCloud { max_length } => {
                text(answer, *max_length as usize).map(|_| 0.0)
            }
            QuestionKind::Slider {
                min,
                max,
                step,
                correct,
                tolerance,
                ..
            } => {
                let value = slider_value(answer, *min, *max, *step)?;
                Ok(slider_credit(value, *min, *max, *correct, *tolerance))
            }
            QuestionKind::Slide { .. } => Err(AnswerError::NotAnswerable),
        }
    }

    /// The answer indices an answer counts for in the reveal's distribution
    /// (empty for kinds whose reveal shows entries or values instead).
    pub fn buckets(&self, answer: &AnswerValue) -> Vec<usize> {
        match (self, answer) {
            (
                QuestionKind::Single { .. }
                | QuestionKind::TrueFalse { .. }
                | QuestionKind::Poll { .. },
                AnswerValue::Choice(i),
            ) => vec![*i],
            (QuestionKind::Multi { .. }, AnswerValue::Choices(v)) => v.clone(),
            // Ordering: how many put each item in its right place.
            (QuestionKind::Ordering { .. }, AnswerValue::Choices(v)) => v
                .iter()
                .enumerate()
                .filter(|(pos, item)| pos == *item)
                .map(|(pos, _)| pos)
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The text an answer adds to the reveal's list of entries (type answer
    /// and word cloud), normalized so equal answers group together.
    pub fn entry(&self, answer: &AnswerValue) -> Option<String> {
        match (self, answer) {
            (
                QuestionKind::TypeAnswer { .. } | QuestionKind::WordCloud { .. },
                AnswerValue::Text(t),
            ) => Some(text_match::display_form(t)),
            _ => None,
        }
    }
}

fn choice(answer: &AnswerValue, n: usize) -> Result<usize, AnswerError> {
    match answer {
        AnswerValue::Choice(i) if *i < n => Ok(*i),
        AnswerValue::Choice(i) => Err(AnswerError::NoSuchChoice(*i)),
        _ => Err(AnswerError::WrongShape("the index of one answer")),
    }
}

fn choices(answer: &AnswerValue, n: usize) -> Result<Vec<usize>, AnswerError> {
    let AnswerValue::Choices(v) = answer else {
        return Err(AnswerError::WrongShape("a list of answer indices"));
    };
    let mut seen = vec![false; n];
    for &i in v {
        match seen.get_mut(i) {
            None => return Err(AnswerError::NoSuchChoice(i)),
            Some(true) => return Err(AnswerError::Repeated(i)),
            Some(s) => *s = true,
        }
    }
    Ok(v.clone())
}

fn text(answer: &AnswerValue, max_chars: usize) -> Result<&str, AnswerError> {
    let AnswerValue::Text(t) = answer else {
        return Err(AnswerError::WrongShape("text"));
    };
    if t.trim().is_empty() {
        return Err(AnswerError::Empty);
    }
    if t.trim().chars().count() > max_chars {
        return Err(AnswerError::TooLong(max_chars));
    }
    Ok(t)
}

/// A slider answer as the value it stands for, snapped to the nearest step.
pub fn slider_value(
    answer: &AnswerValue,
    min: f64,
    max: f64,
    step: f64,
) -> Result<f64, AnswerError> {
    let value = match answer {
        AnswerValue::Number(x) => *x,
        AnswerValue::Choice(i) => *i as f64,
        _ => return Err(AnswerError::WrongShape("a number")),
    };
    let slack = step.abs() * 1e-6;
    if !value.is_finite() || value < min - slack || value > max + slack {
        return Err(AnswerError::OutOfRange(format!("{min} to {max}")));
    }
    let steps = ((value - min) / step).round();
    Ok((min + steps * step).clamp(min, max))
}

/// Credit for a slider `value` against `correct`: full within `tolerance`,
/// then falling linearly to 0 at half the range beyond it.
pub fn slider_credit(value: f64, min: f64, max: f64, correct: f64, tolerance: f64) -> f64 {
    let off = (value - correct).abs() - tolerance;
    // A little slack so 0.1 + 0.2 style rounding never misses the tolerance.
    if off <= 1e-9 * (max - min).abs().max(1.0) {
        return 1.0;
    }
    let falloff = (max - min) / 2.0;
    if falloff <= 0.0 {
        return 0.0;
    }
    (1.0 - off / falloff).clamp(0.0, 1.0)
}

/// Share of item pairs in the right relative order; `order` lists item
/// indices (correct position = index) in the order the player put them.
pub fn ordering_credit(order: &[usize]) -> f64 {
    let n = order.len();
    if n < 2 {
        return 1.0;
    }
    let mut right = 0usize;
    for a in 0..n {
        for b in a + 1..n {
            right += usize::from(order[a] < order[b]);
        }
    }
    right as f64 / (n * (n - 1) / 2) as f64
}

/// The order the items of an ordering question are shown in: a permutation
/// drawn from `seed` and the question's position, never the correct order
/// (for two or more items). `shown[k]` is the item shown in position `k`.
pub fn shuffled_order(seed: u64, question: usize, n: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut state = seed ^ (question as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    for i in (1..n).rev() {
        let j = (splitmix64(&mut state) % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    if n >= 2 && order.iter().enumerate().all(|(k, &i)| k == i) {
        order.rotate_left(1);
    }
    order
}

/// The SplitMix64 step: a small, well-mixed deterministic generator.
pub fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests;
