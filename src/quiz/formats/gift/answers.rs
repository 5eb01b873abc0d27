//! A GIFT question's answer block: splitting it into `=`/`~` answers with
//! weights and feedback, choosing the explanation, and reading the blocks
//! that make an ordering, a type answer or a slider. The record and its
//! escapes belong to the parent module.

use super::super::draft::{lost_feedback, numeric_slider, unsupported, DraftKind, DraftQuestion};
use super::super::Outcome;
use super::{find_unescaped, unescape, Record};
use crate::quiz::{QuestionKind, ORDERING_ITEMS};

/// One answer of a choice block.
pub(super) struct Choice {
    pub(super) offset: usize,
    pub(super) correct_marker: bool,
    pub(super) weight: Option<f64>,
    pub(super) text: String,
    pub(super) feedback: String,
}

/// Splits an answer block into its `=` and `~` answers, with weights and
/// feedback; `None` (with the error in `out`) when it is malformed.
pub(super) fn choices(
    r: &Record,
    block: &str,
    block_at: usize,
    field: &dyn Fn(&str) -> String,
    out: &mut Outcome,
) -> Option<Vec<Choice>> {
    // Where each answer starts, found in one pass so a block with many
    // answers costs linear time.
    let starts: Vec<usize> = {
        let bytes = block.as_bytes();
        let mut starts = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\\' => i += 1,
                b'=' | b'~' => starts.push(i),
                _ => {}
            }
            i += 1;
        }
        starts
    };
    if starts.first() != Some(&0) {
        out.error(r.at(
            block_at,
            field("answers"),
            "answers must start with `=` (right) or `~` (wrong)",
        ));
        return None;
    }
    let mut choices: Vec<Choice> = Vec::new();
    for (k, &at) in starts.iter().enumerate() {
        let next = starts.get(k + 1).copied().unwrap_or(block.len());
        let segment = &block[at..next];
        let mut content = &segment[1..];
        let mut weight = None;
        if let Some(w) = content.strip_prefix('%') {
            if let Some(end) = w.find('%') {
                match w[..end].trim().parse::<f64>() {
                    Ok(v) if v.is_finite() => weight = Some(v),
                    _ => {
                        out.error(r.at(
                            block_at + at,
                            field("answers"),
                            format!("{:?} is not a percentage", &w[..end]),
                        ));
                        return None;
                    }
                }
                content = &w[end + 1..];
            }
        }
        let (text, feedback) = match find_unescaped(content, 0, "#") {
            Some(i) => (&content[..i], &content[i + 1..]),
            None => (content, ""),
        };
        choices.push(Choice {
            offset: block_at + at,
            correct_marker: segment.starts_with('='),
            weight,
            text: text.to_string(),
            feedback: feedback.to_string(),
        });
    }
    Some(choices)
}

/// Whether a choice earns full credit: `=` without a weight, or 100%.
pub(super) fn fully_right(c: &Choice) -> bool {
    match c.weight {
        Some(w) => (w - 100.0).abs() < 1e-9,
        None => c.correct_marker,
    }
}

/// The explanation of a question whose right answer is `right`: the general
/// feedback, else that answer's; every other feedback is reported lost.
pub(super) fn explain(
    mut q: DraftQuestion,
    choices: &[Choice],
    right: Option<usize>,
    general: Option<String>,
    clean: &dyn Fn(&str) -> String,
    out: &mut Outcome,
) -> DraftQuestion {
    let right_feedback = right
        .map(|i| clean(&choices[i].feedback))
        .unwrap_or_default();
    let mut lost = choices
        .iter()
        .enumerate()
        .filter(|(i, c)| !c.feedback.trim().is_empty() && right != Some(*i))
        .count();
    if general.is_some() && !right_feedback.is_empty() {
        lost += 1;
    }
    q.explanation = general.or(Some(right_feedback).filter(|f| !f.is_empty()));
    out.warnings.extend(lost_feedback(lost, &q));
    q
}

/// Matching pairs whose right-hand sides are the positions 1, 2, 3 … are an
/// ordering; any other matching is reported and skipped.
pub(super) fn ordering(
    mut q: DraftQuestion,
    choices: &[Choice],
    general: Option<String>,
    clean: &dyn Fn(&str) -> String,
    out: &mut Outcome,
) -> Option<DraftQuestion> {
    let mut placed: Vec<(usize, String)> = Vec::with_capacity(choices.len());
    for c in choices {
        // The last arrow: the right-hand side is a number, the item may hold `->`.
        let mut arrow = find_unescaped(&c.text, 0, "->").expect("checked by the caller");
        while let Some(next) = find_unescaped(&c.text, arrow + 2, "->") {
            arrow = next;
        }
        let position = clean(&c.text[arrow + 2..]).parse::<usize>().ok();
        match position {
            Some(p) => placed.push((p, clean(&c.text[..arrow]))),
            None => break,
        }
    }
    placed.sort_by_key(|(p, _)| *p);
    let is_order =
        placed.len() == choices.len() && placed.iter().enumerate().all(|(i, (p, _))| *p == i + 1);
    if !is_order || !ORDERING_ITEMS.contains(&placed.len()) {
        let why = if is_order {
            format!(
                "matching ({} items in order; an ordering question holds {}-{})",
                placed.len(),
                ORDERING_ITEMS.start(),
                ORDERING_ITEMS.end()
            )
        } else {
            "matching (only pairs whose right-hand sides are 1, 2, 3 … are read, as an ordering)"
                .to_string()
        };
        out.warn(unsupported(q.number, q.line, q.column, &why));
        return None;
    }
    q.kind = DraftKind::Ready(QuestionKind::Ordering {
        items: placed.into_iter().map(|(_, item)| item).collect(),
    });
    Some(explain(q, choices, None, general, clean, out))
}

/// `{=a =b}`: every fully right answer is accepted; answers with partial
/// credit are reported and left out.
pub(super) fn short_answer(
    r: &Record,
    mut q: DraftQuestion,
    choices: &[Choice],
    general: Option<String>,
    clean: &dyn Fn(&str) -> String,
    out: &mut Outcome,
) -> Option<DraftQuestion> {
    let mut accepted = Vec::new();
    for c in choices {
        if fully_right(c) {
            accepted.push(clean(&c.text));
        } else {
            out.warn(r.at(
                c.offset,
                format!("questions[{}].accepted", q.number),
                format!(
                    "partial credit ({}%) is not supported; {:?} is not accepted",
                    c.weight.unwrap_or(0.0),
                    clean(&c.text)
                ),
            ));
        }
    }
    if accepted.is_empty() {
        out.warn(unsupported(
            q.number,
            q.line,
            q.column,
            "short answer without a fully right answer",
        ));
        return None;
    }
    let right = choices.iter().position(fully_right);
    q.kind = DraftKind::Ready(QuestionKind::TypeAnswer {
        accepted,
        typo_tolerance: false,
    });
    Some(explain(q, choices, right, general, clean, out))
}

/// `{#5:1}`, `{#4..6}` or several `{#=5:0 =%50%5:2}`: a slider around the
/// fully right answer (see `numeric_slider`); answers with partial credit
/// are reported, since the slider's credit for closeness replaces them.
pub(super) fn numerical(
    r: &Record,
    mut q: DraftQuestion,
    block: &str,
    block_at: usize,
    general: Option<String>,
    out: &mut Outcome,
) -> Option<DraftQuestion> {
    let field = |f: &str| format!("questions[{}].{f}", q.number);
    let lead = block.len() - block.trim_start().len();
    let (block, block_at) = (block.trim_start(), block_at + lead);
    let choices = if block.starts_with(['=', '~']) {
        choices(r, block, block_at, &field, out)?
    } else {
        let (text, feedback) = match find_unescaped(block, 0, "#") {
            Some(i) => (&block[..i], &block[i + 1..]),
            None => (block, ""),
        };
        vec![Choice {
            offset: block_at,
            correct_marker: true,
            weight: None,
            text: text.to_string(),
            feedback: feedback.to_string(),
        }]
    };
    let mut values = Vec::with_capacity(choices.len());
    for c in &choices {
        match number_and_tolerance(&unescape(&c.text)) {
            Some(v) => values.push(v),
            None => {
                out.error(r.at(
                    c.offset,
                    field("correct"),
                    format!(
                        "{:?} is not a number (write 5, 5:0.5 for a tolerance, or 4..6)",
                        unescape(&c.text).trim()
                    ),
                ));
                return None;
            }
        }
    }
    let Some(right) = choices.iter().position(fully_right) else {
        out.error(r.at(
            block_at,
            field("correct"),
            "no numerical answer earns full credit",
        ));
        return None;
    };
    let others = choices.iter().filter(|c| !fully_right(c)).count();
    if others > 0 {
        out.warn(r.at(
            block_at,
            field("correct"),
            format!(
                "{others} other numerical answer{} not kept: the slider gives credit for closeness to {} instead",
                if others == 1 { " is" } else { "s are" },
                values[right].0
            ),
        ));
    }
    let (correct, tolerance) = values[right];
    let (kind, warning) = numeric_slider(correct, tolerance, None);
    if let Some(message) = warning {
        out.warn(r.at(block_at, field("step"), message));
    }
    q.kind = DraftKind::Ready(kind);
    let clean = |raw: &str| unescape(raw).trim().to_string();
    Some(explain(q, &choices, Some(right), general, &clean, out))
}

/// `5`, `5:0.5` (value and tolerance) or `4..6` (a range) as
/// (value, tolerance).
pub(super) fn number_and_tolerance(text: &str) -> Option<(f64, f64)> {
    let text = text.trim();
    let finite = |s: &str| s.trim().parse::<f64>().ok().filter(|x| x.is_finite());
    let (value, tolerance) = if let Some((low, high)) = text.split_once("..") {
        let (low, high) = (finite(low)?, finite(high)?);
        ((low + high) / 2.0, (high - low).abs() / 2.0)
    } else if let Some((value, tolerance)) = text.split_once(':') {
        (finite(value)?, finite(tolerance)?.abs())
    } else {
        (finite(text)?, 0.0)
    };
    Some((value, tolerance))
}
