//! Moodle's GIFT text format. Questions are separated by blank lines; `//`
//! lines are comments; `$CATEGORY:` starts a new quiz. Multiple choice (an
//! `=` answer: single; only `~%50%` shares: multi), true/false, missing word,
//! short answer (type answer), numerical (slider), matching whose right-hand
//! sides are 1, 2, 3 … (ordering), essay (word cloud) and description
//! (slide) are read; other matching questions are reported and skipped.
//! What is read, lost and warned about is listed in docs/formats.md.

use super::draft::{
    lost_feedback, numeric_slider, unequal_shares, unsupported, DraftKind, DraftQuestion, DraftQuiz,
};
use super::text::{category_title, html_to_text, title_from_stem};
use super::{Diagnostic, Outcome};
use crate::quiz::{slugify, QuestionKind, ORDERING_ITEMS, WORD_CLOUD_DEFAULT};

/// One question's source: its lines joined, and where each line starts.
struct Record<'a> {
    text: String,
    /// (offset in `text`, source line number, source line)
    lines: Vec<(usize, usize, &'a str)>,
}

impl Record<'_> {
    /// Source line and column of an offset in the record's text.
    fn place(&self, offset: usize) -> (usize, usize) {
        let i = self
            .lines
            .partition_point(|(start, _, _)| *start <= offset)
            .max(1)
            - 1;
        let (start, line, source) = self.lines[i];
        let within = offset.saturating_sub(start).min(source.len());
        let mut within = within;
        while !source.is_char_boundary(within) {
            within -= 1;
        }
        (line, source[..within].chars().count() + 1)
    }

    fn at(&self, offset: usize, field: String, message: impl Into<String>) -> Diagnostic {
        let (line, column) = self.place(offset);
        Diagnostic::at(line, column, field, message)
    }
}

/// A quiz being filled: the questions before any `$CATEGORY`, or one category.
struct Group {
    draft: DraftQuiz,
    fallback_id: String,
    count: usize,
}

pub fn parse(text: &str, stem: &str) -> Outcome {
    let mut out = Outcome::default();
    let mut groups = vec![Group {
        draft: DraftQuiz {
            title: title_from_stem(stem),
            line: Some(1),
            ..DraftQuiz::default()
        },
        fallback_id: stem.to_string(),
        count: 0,
    }];
    let mut record: Option<Record> = None;
    let flush = |record: &mut Option<Record>, groups: &mut Vec<Group>, out: &mut Outcome| {
        if let Some(r) = record.take() {
            let group = groups.last_mut().expect("there is always a group");
            group.count += 1;
            if let Some(q) = question(&r, group.count, out) {
                group.draft.questions.push(q);
            }
        }
    };
    for (i, line) in text.split('\n').enumerate() {
        let line_no = i + 1;
        let line = line.strip_suffix('\r').unwrap_or(line);
        let trimmed = line.trim();
        if trimmed.starts_with("//") {
            continue;
        }
        if trimmed.is_empty() {
            flush(&mut record, &mut groups, &mut out);
            continue;
        }
        if let Some(path) = trimmed.strip_prefix("$CATEGORY:") {
            flush(&mut record, &mut groups, &mut out);
            let name = category_title(path);
            groups.push(Group {
                draft: DraftQuiz {
                    title: name.clone(),
                    line: Some(line_no),
                    ..DraftQuiz::default()
                },
                fallback_id: slugify(&name),
                count: 0,
            });
            continue;
        }
        let r = record.get_or_insert_with(|| Record {
            text: String::new(),
            lines: Vec::new(),
        });
        if !r.text.is_empty() {
            r.text.push('\n');
        }
        r.lines.push((r.text.len(), line_no, line));
        r.text.push_str(line);
    }
    flush(&mut record, &mut groups, &mut out);
    let mut any = false;
    for group in groups {
        if group.count > 0 {
            any = true;
            group.draft.finish(&group.fallback_id, &mut out);
        }
    }
    if !any {
        out.error(Diagnostic::new(
            Some(1),
            "questions",
            "the file has no questions",
        ));
    }
    out
}

/// Position of the first unescaped `pat` in `s` at or after `from`.
fn find_unescaped(s: &str, from: usize, pat: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        if bytes[i] == b'\\' {
            i += 2;
            continue;
        }
        if bytes[i..].starts_with(pat.as_bytes()) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Resolves GIFT's escapes: `\~ \= \# \{ \} \: \\` and `\n` for a line break.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some(e @ ('~' | '=' | '#' | '{' | '}' | ':' | '\\')) => out.push(e),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// One answer of a choice block.
struct Choice {
    offset: usize,
    correct_marker: bool,
    weight: Option<f64>,
    text: String,
    feedback: String,
}

/// Reads one question record; `None` when it is skipped or broken (the
/// reason is in `out`).
fn question(r: &Record, number: usize, out: &mut Outcome) -> Option<DraftQuestion> {
    let s = r.text.as_str();
    let field = |f: &str| {
        if f.is_empty() {
            format!("questions[{number}]")
        } else {
            format!("questions[{number}].{f}")
        }
    };
    let (line, column) = r.place(s.len() - s.trim_start().len());
    let mut pos = s.len() - s.trim_start().len();
    if s[pos..].starts_with("::") {
        match find_unescaped(s, pos + 2, "::") {
            Some(end) => pos = end + 2,
            None => {
                out.error(r.at(
                    pos,
                    field("title"),
                    "the question title has no closing `::`",
                ));
                return None;
            }
        }
    }
    let rest = &s[pos..];
    pos += rest.len() - rest.trim_start().len();
    let mut html = false;
    for marker in ["[html]", "[moodle]", "[plain]", "[markdown]"] {
        if s[pos..].starts_with(marker) {
            html = marker == "[html]";
            pos += marker.len();
            break;
        }
    }
    let clean = |raw: &str| {
        let text = unescape(raw);
        if html {
            html_to_text(&text)
        } else {
            text.trim().to_string()
        }
    };
    let Some(open) = find_unescaped(s, pos, "{") else {
        // A description: text without an answer block is shown as a slide.
        if let Some(stray) = find_unescaped(s, pos, "}") {
            out.error(r.at(
                stray,
                field(""),
                "`}` without an opening `{` (write \\} for a literal brace)",
            ));
            return None;
        }
        return Some(DraftQuestion {
            number,
            line: Some(line),
            column: Some(column),
            text: clean(&s[pos..]),
            kind: DraftKind::Ready(QuestionKind::Slide { body: None }),
            ..DraftQuestion::default()
        });
    };
    let Some(close) = find_unescaped(s, open + 1, "}") else {
        out.error(r.at(
            open,
            field(""),
            "unclosed `{`: the answer block has no closing `}` (write \\{ for a literal brace)",
        ));
        return None;
    };
    if let Some(inner) = find_unescaped(&s[..close], open + 1, "{") {
        out.error(r.at(
            inner,
            field(""),
            "`{` inside an answer block (write \\{ for a literal brace)",
        ));
        return None;
    }
    if let Some(second) = find_unescaped(s, close + 1, "{") {
        out.error(r.at(
            second,
            field(""),
            "a second answer block; a question has one",
        ));
        return None;
    }
    if let Some(stray) =
        find_unescaped(s, close + 1, "}").or_else(|| find_unescaped(&s[..open], pos, "}"))
    {
        out.error(r.at(
            stray,
            field(""),
            "`}` without an opening `{` (write \\} for a literal brace)",
        ));
        return None;
    }
    let before = clean(&s[pos..open]);
    let after = clean(&s[close + 1..]);
    let text = if after.is_empty() {
        before
    } else {
        // Missing-word question: the blank goes where the answers were.
        format!("{before} _____ {after}").trim().to_string()
    };
    let mut q = DraftQuestion {
        number,
        line: Some(line),
        column: Some(column),
        text,
        ..DraftQuestion::default()
    };

    let mut body = &s[open + 1..close];
    let mut general = None;
    if let Some(i) = find_unescaped(body, 0, "####") {
        general = Some(clean(&body[i + 4..])).filter(|g| !g.is_empty());
        body = &body[..i];
    }
    let trimmed = body.trim();
    let body_at = open + 1 + (body.len() - body.trim_start().len());
    if trimmed.is_empty() {
        q.kind = DraftKind::Ready(QuestionKind::WordCloud {
            max_length: WORD_CLOUD_DEFAULT,
        });
        q.explanation = general;
        return Some(q);
    }
    if let Some(numbers) = trimmed.strip_prefix('#') {
        return numerical(r, q, numbers, body_at + 1, general, out);
    }
    let head_end = find_unescaped(trimmed, 0, "#").unwrap_or(trimmed.len());
    let head = trimmed[..head_end].trim().to_ascii_uppercase();
    if matches!(head.as_str(), "T" | "TRUE" | "F" | "FALSE") {
        let truth = head.starts_with('T');
        let mut feedback = Vec::new();
        let mut at = head_end;
        while at < trimmed.len() {
            let next = find_unescaped(trimmed, at + 1, "#").unwrap_or(trimmed.len());
            feedback.push(clean(&trimmed[at + 1..next]));
            at = next;
        }
        // Moodle shows the first feedback after a wrong answer, the second after a right one.
        let wrong = feedback.first().cloned().unwrap_or_default();
        let right = feedback.get(1).cloned().unwrap_or_default();
        q.kind = DraftKind::Ready(QuestionKind::TrueFalse { correct: truth });
        let lost =
            usize::from(!wrong.is_empty()) + usize::from(general.is_some() && !right.is_empty());
        q.explanation = general.or(Some(right).filter(|f| !f.is_empty()));
        out.warnings.extend(lost_feedback(lost, &q));
        return Some(q);
    }

    let choices = choices(r, trimmed, body_at, &field, out)?;
    // Matching pairs are all `=` answers of the form `left -> right`.
    if choices
        .iter()
        .all(|c| c.correct_marker && find_unescaped(&c.text, 0, "->").is_some())
    {
        return ordering(q, &choices, general, &clean, out);
    }
    if choices.iter().all(|c| c.correct_marker) {
        return short_answer(r, q, &choices, general, &clean, out);
    }
    let partial: Vec<usize> = (0..choices.len())
        .filter(|&i| {
            choices[i]
                .weight
                .is_some_and(|w| w > 0.0 && w < 100.0 - 1e-9)
        })
        .collect();
    let mut correct: Vec<usize> = (0..choices.len())
        .filter(|&i| fully_right(&choices[i]))
        .collect();
    if !choices.iter().any(|c| c.correct_marker) {
        // Moodle's rule: a multiple choice without an `=` answer takes
        // several answers, and every answer with a positive weight is right.
        q.kind = DraftKind::Multi;
        correct = (0..choices.len())
            .filter(|&i| choices[i].weight.is_some_and(|w| w > 0.0))
            .collect();
        let weights: Vec<f64> = correct.iter().filter_map(|&i| choices[i].weight).collect();
        if let Some(message) = unequal_shares(&weights) {
            out.warn(r.at(choices[correct[0]].offset, field("correct"), message));
        }
    } else if correct.len() > 1 {
        out.warn(unsupported(
            number,
            Some(line),
            Some(column),
            "multiple choice with several fully right answers (any one of them counts)",
        ));
        return None;
    } else {
        for &i in &partial {
            let c = &choices[i];
            out.warn(r.at(
                c.offset,
                field("answers"),
                format!(
                    "partial credit ({}%) is not supported; {:?} counts as wrong",
                    c.weight.unwrap_or(0.0),
                    clean(&c.text)
                ),
            ));
        }
    }
    q.answers = choices.iter().map(|c| clean(&c.text)).collect();
    q.correct = correct.clone();
    Some(explain(
        q,
        &choices,
        correct.first().copied(),
        general,
        &clean,
        out,
    ))
}

/// Splits an answer block into its `=` and `~` answers, with weights and
/// feedback; `None` (with the error in `out`) when it is malformed.
fn choices(
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
fn fully_right(c: &Choice) -> bool {
    match c.weight {
        Some(w) => (w - 100.0).abs() < 1e-9,
        None => c.correct_marker,
    }
}

/// The explanation of a question whose right answer is `right`: the general
/// feedback, else that answer's; every other feedback is reported lost.
fn explain(
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
fn ordering(
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
fn short_answer(
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
fn numerical(
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
fn number_and_tolerance(text: &str) -> Option<(f64, f64)> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::QuestionKind;

    #[test]
    fn reads_choice_true_false_and_missing_word() {
        let text = "// a comment\n::Q1:: What is 2+2? {\n  =4 # right\n  ~3 # close\n  ~5\n}\n\n\
                    The sky is blue.{T}\n\nThe {=cat ~dog ~cow} sat on the mat.\n\n\
                    Escapes \\{ok\\} and a \\= sign? {=a\\=b ~c\\#d ####Because.}\n";
        let out = parse(text, "maths");
        assert!(out.errors.is_empty(), "{:?}", out.errors);
        let quiz = &out.quizzes[0];
        assert_eq!((quiz.id.as_str(), quiz.title.as_str()), ("maths", "Maths"));
        let q = &quiz.questions;
        assert_eq!(q[0].text, "What is 2+2?");
        assert_eq!(q[0].kind.answers(), ["4", "3", "5"]);
        assert_eq!(q[0].explanation.as_deref(), Some("right"));
        assert_eq!(q[1].kind.answers(), ["True", "False"]);
        assert_eq!(q[1].kind.correct_choices(), vec![0]);
        assert_eq!(q[2].text, "The _____ sat on the mat.");
        assert_eq!(q[3].text, "Escapes {ok} and a = sign?");
        assert_eq!(q[3].kind.answers(), ["a=b", "c#d"]);
        assert_eq!(q[3].explanation.as_deref(), Some("Because."));
        // The wrong answer's feedback "close" is reported as not kept.
        assert_eq!(out.warnings.len(), 1, "{:?}", out.warnings);
        assert_eq!(out.warnings[0].line, Some(2));
    }

    #[test]
    fn every_kind_gift_has_is_read() {
        let text = "Two plus two? {=4 =four =%50%for}\n\nBill? {#2.75:0.01}\n\nWrite. {}\n\n\
                    Order {=b->2 =a->1 =c->3}\n\nPair {=a->x =b->y}\n\nRings? {~%50%Saturn ~%50%Uranus ~%-100%Mars}\n\n\
                    Just some words.\n\nYear? {#=1969 =%50%1970}\n";
        let out = parse(text, "k");
        assert!(out.errors.is_empty(), "{:?}", out.errors);
        let kinds: Vec<QuestionKind> = out.quizzes[0]
            .questions
            .iter()
            .map(|q| q.kind.clone())
            .collect();
        assert_eq!(
            kinds,
            vec![
                QuestionKind::TypeAnswer {
                    accepted: vec!["4".into(), "four".into()],
                    typo_tolerance: false
                },
                QuestionKind::Slider {
                    min: 0.0,
                    max: 10.0,
                    step: 0.01,
                    correct: 2.75,
                    tolerance: 0.01,
                    unit: None
                },
                QuestionKind::WordCloud { max_length: 20 },
                QuestionKind::Ordering {
                    items: vec!["a".into(), "b".into(), "c".into()]
                },
                QuestionKind::Multi {
                    answers: vec!["Saturn".into(), "Uranus".into(), "Mars".into()],
                    correct: vec![0, 1]
                },
                QuestionKind::Slide { body: None },
                QuestionKind::Slider {
                    min: 0.0,
                    max: 5000.0,
                    step: 1.0,
                    correct: 1969.0,
                    tolerance: 0.0,
                    unit: None
                },
            ]
        );
        assert_eq!(out.quizzes[0].questions[5].text, "Just some words.");
        let warned: Vec<(Option<usize>, &str)> = out
            .warnings
            .iter()
            .map(|w| (w.line, w.message.as_str()))
            .collect();
        assert_eq!(
            warned,
            vec![
                (Some(1), "partial credit (50%) is not supported; \"for\" is not accepted"),
                (Some(9), "question kind matching (only pairs whose right-hand sides are 1, 2, 3 … are read, as an ordering) is not supported yet; the question is skipped"),
                (Some(15), "1 other numerical answer is not kept: the slider gives credit for closeness to 1969 instead"),
            ]
        );
    }

    #[test]
    fn an_unclosed_brace_names_its_line_and_column() {
        let out = parse("Fine? {=a ~b}\n\nBroken? {=a ~b\n\nNext? {=c ~d}\n", "b");
        let shown: Vec<String> = out.errors.iter().map(|d| d.render("b.gift")).collect();
        assert_eq!(shown, vec!["b.gift:3:9: questions[2]: unclosed `{`: the answer block has no closing `}` (write \\{ for a literal brace)"]);
    }

    #[test]
    fn categories_start_quizzes() {
        let out = parse("$CATEGORY: $course$/top\n\n$CATEGORY: $course$/top/Rivers\n\nLongest? {=Nile ~Thames}\n", "x");
        assert_eq!(out.quizzes.len(), 1, "{:?}", out.errors);
        assert_eq!(
            (out.quizzes[0].id.as_str(), out.quizzes[0].title.as_str()),
            ("rivers", "Rivers")
        );
    }
}
