//! Moodle's GIFT text format. Questions are separated by blank lines; `//`
//! lines are comments; `$CATEGORY:` starts a new quiz. Multiple choice,
//! true/false (as a "True"/"False" single choice) and missing-word
//! questions are read; short answer, numerical, matching, essay and
//! multiple-answer questions are reported and skipped. What is read, lost and
//! warned about is listed in docs/formats.md.

use super::draft::{lost_feedback, unsupported, DraftQuestion, DraftQuiz};
use super::text::{category_title, html_to_text, title_from_stem};
use super::{Diagnostic, Outcome};
use crate::quiz::slugify;

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
        out.warn(unsupported(
            number,
            Some(line),
            Some(column),
            "description (text without an answer block)",
        ));
        return None;
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
        out.warn(unsupported(number, Some(line), Some(column), "essay"));
        return None;
    }
    if trimmed.starts_with('#') {
        out.warn(unsupported(number, Some(line), Some(column), "numerical"));
        return None;
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
        q.answers = vec!["True".into(), "False".into()];
        q.correct = vec![if truth { 0 } else { 1 }];
        let lost =
            usize::from(!wrong.is_empty()) + usize::from(general.is_some() && !right.is_empty());
        q.explanation = general.or(Some(right).filter(|f| !f.is_empty()));
        out.warnings.extend(lost_feedback(lost, &q));
        return Some(q);
    }

    let mut choices: Vec<Choice> = Vec::new();
    // Where each answer starts, found in one pass so a block with many
    // answers costs linear time.
    let starts: Vec<usize> = {
        let bytes = trimmed.as_bytes();
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
            body_at,
            field("answers"),
            "answers must start with `=` (right) or `~` (wrong)",
        ));
        return None;
    }
    for (k, &at) in starts.iter().enumerate() {
        let next = starts.get(k + 1).copied().unwrap_or(trimmed.len());
        let segment = &trimmed[at..next];
        let mut content = &segment[1..];
        let mut weight = None;
        if let Some(w) = content.strip_prefix('%') {
            if let Some(end) = w.find('%') {
                match w[..end].trim().parse::<f64>() {
                    Ok(v) if v.is_finite() => weight = Some(v),
                    _ => {
                        out.error(r.at(
                            body_at + at,
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
            offset: body_at + at,
            correct_marker: segment.starts_with('='),
            weight,
            text: text.to_string(),
            feedback: clean(feedback),
        });
    }
    // Matching pairs are all `=` answers of the form `left -> right`.
    if choices
        .iter()
        .all(|c| c.correct_marker && find_unescaped(&c.text, 0, "->").is_some())
    {
        out.warn(unsupported(number, Some(line), Some(column), "matching"));
        return None;
    }
    if choices.iter().all(|c| c.correct_marker) {
        out.warn(unsupported(
            number,
            Some(line),
            Some(column),
            "short answer",
        ));
        return None;
    }
    let full = |c: &Choice| match c.weight {
        Some(w) => (w - 100.0).abs() < 1e-9,
        None => c.correct_marker,
    };
    let partial: Vec<&Choice> = choices
        .iter()
        .filter(|c| c.weight.is_some_and(|w| w > 0.0 && w < 100.0 - 1e-9))
        .collect();
    let correct: Vec<usize> = (0..choices.len()).filter(|&i| full(&choices[i])).collect();
    if correct.is_empty() && partial.len() >= 2 {
        out.warn(unsupported(
            number,
            Some(line),
            Some(column),
            "multiple answer (credit shared between answers)",
        ));
        return None;
    }
    if correct.len() > 1 {
        out.warn(unsupported(
            number,
            Some(line),
            Some(column),
            "multiple answer (several answers marked right)",
        ));
        return None;
    }
    for c in &partial {
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
    q.answers = choices.iter().map(|c| clean(&c.text)).collect();
    q.correct = correct.clone();
    let right_feedback = correct
        .first()
        .map(|&i| choices[i].feedback.clone())
        .unwrap_or_default();
    let mut lost = choices
        .iter()
        .enumerate()
        .filter(|(i, c)| !correct.contains(i) && !c.feedback.is_empty())
        .count();
    if general.is_some() && !right_feedback.is_empty() {
        lost += 1;
    }
    q.explanation = general.or(Some(right_feedback).filter(|f| !f.is_empty()));
    out.warnings.extend(lost_feedback(lost, &q));
    Some(q)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn unsupported_kinds_are_reported_and_skipped() {
        let text = "Two plus two? {=4 =four}\n\nPi? {#3.14:0.01}\n\nWrite. {}\n\nPick {=a->1 =b->2 =c->3}\n\nOk? {=yes ~no}\n";
        let out = parse(text, "k");
        assert!(out.errors.is_empty(), "{:?}", out.errors);
        let kinds: Vec<(Option<usize>, String)> = out
            .warnings
            .iter()
            .map(|w| (w.line, w.message.clone()))
            .collect();
        assert_eq!(kinds.len(), 4, "{kinds:?}");
        assert!(kinds[0].1.contains("short answer") && kinds[0].0 == Some(1));
        assert!(kinds[1].1.contains("numerical") && kinds[1].0 == Some(3));
        assert!(kinds[2].1.contains("essay"));
        assert!(kinds[3].1.contains("matching"));
        assert_eq!(out.quizzes[0].questions.len(), 1);
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
