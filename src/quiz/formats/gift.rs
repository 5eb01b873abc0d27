//! Moodle's GIFT text format. Questions are separated by blank lines; `//`
//! lines are comments; `$CATEGORY:` starts a new quiz. Multiple choice (an
//! `=` answer: single; only `~%50%` shares: multi), true/false, missing word,
//! short answer (type answer), numerical (slider), matching whose right-hand
//! sides are 1, 2, 3 … (ordering), essay (word cloud) and description
//! (slide) are read; other matching questions are reported and skipped.
//! This module reads records and question heads; `answers` reads the
//! answer blocks.
//! What is read, lost and warned about is listed in docs/formats.md.

mod answers;

use super::draft::{
    lost_feedback, unequal_shares, unsupported, DraftKind, DraftQuestion, DraftQuiz,
};
use super::text::{category_title, html_to_text, picture_source, title_from_stem};
use super::{Diagnostic, Outcome};
use crate::quiz::{slugify, QuestionKind, WORD_CLOUD_DEFAULT};
use answers::{choices, explain, fully_right, numerical, ordering, short_answer};

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
    let mut out = Outcome {
        // A picture's name in HTML text means nothing without its file.
        names_pictures: true,
        ..Outcome::default()
    };
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
            media: picture_source(&unescape(&s[pos..])),
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
        // A picture in the text is the question's media; a bundle brings its file.
        media: picture_source(&unescape(&s[pos..open])),
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

#[cfg(test)]
mod tests;
