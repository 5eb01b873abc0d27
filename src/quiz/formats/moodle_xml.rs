//! Moodle XML question banks. `multichoice` (single, or multi when
//! `<single>` is false), `truefalse`, `shortanswer` (type answer),
//! `numerical` (slider), `ordering`, `essay` (word cloud) and `description`
//! (slide) are read; every other type is reported with its line and
//! skipped. `<question type="category">` starts a new quiz. `defaultgrade`
//! scales points (1 = 1000). The XML is read into a small element tree first.

use quick_xml::events::Event;
use quick_xml::Reader;

use super::draft::{
    lost_feedback, numeric_slider, unequal_shares, unsupported, DraftKind, DraftQuestion, DraftQuiz,
};
use super::text::{category_title, decode_entities, html_to_text, title_from_stem};
use super::{line_col_at, Diagnostic, Outcome};
use crate::quiz::{slugify, QuestionKind, DEFAULT_POINTS, WORD_CLOUD_DEFAULT};

mod picture;
use picture::picture;

/// Deeper nesting than any question bank has; it bounds recursion.
const MAX_DEPTH: usize = 64;

#[derive(Debug, Default)]
struct Element {
    name: String,
    attrs: Vec<(String, String)>,
    children: Vec<Element>,
    text: String,
    offset: usize,
}

impl Element {
    fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }

    fn children<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }

    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The text of a `<text>` child, made plain according to `format`.
    fn rich_text(&self) -> String {
        let raw = self.child("text").map_or("", |t| t.text.as_str());
        match self.attr("format") {
            Some("plain_text") | Some("markdown") => raw.trim().to_string(),
            _ => html_to_text(raw),
        }
    }
}

/// Reads the document into a tree, or the located reason it is not XML.
fn read_tree(text: &str) -> Result<Element, Diagnostic> {
    let mut reader = Reader::from_str(text);
    let located = |offset: u64, message: String| {
        let (line, column) = line_col_at(text, offset as usize);
        Diagnostic::at(line, column, "", message)
    };
    let mut stack: Vec<Element> = vec![Element::default()];
    loop {
        let offset = reader.buffer_position() as usize;
        let event = reader
            .read_event()
            .map_err(|e| located(reader.error_position(), format!("not well-formed XML: {e}")))?;
        let open = |e: &quick_xml::events::BytesStart| -> Result<Element, Diagnostic> {
            let mut attrs = Vec::new();
            for a in e.attributes() {
                let a = a.map_err(|err| located(offset as u64, format!("bad attribute: {err}")))?;
                let key = String::from_utf8_lossy(a.key.as_ref()).into_owned();
                let value = a
                    .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .map_err(|err| located(offset as u64, format!("bad attribute value: {err}")))?;
                attrs.push((key, value.into_owned()));
            }
            Ok(Element {
                name: String::from_utf8_lossy(e.local_name().as_ref()).into_owned(),
                attrs,
                offset,
                ..Element::default()
            })
        };
        match event {
            Event::Start(e) => {
                if stack.len() > MAX_DEPTH {
                    return Err(located(
                        offset as u64,
                        "elements are nested too deeply".into(),
                    ));
                }
                let element = open(&e)?;
                stack.push(element);
            }
            Event::Empty(e) => {
                let element = open(&e)?;
                stack.last_mut().expect("root stays").children.push(element);
            }
            Event::End(_) => {
                let done = stack.pop().expect("reader checks nesting");
                match stack.last_mut() {
                    Some(parent) => parent.children.push(done),
                    None => return Err(located(offset as u64, "unexpected closing tag".into())),
                }
            }
            Event::Text(t) => {
                let s = t
                    .xml10_content()
                    .map_err(|e| located(offset as u64, e.to_string()))?;
                stack.last_mut().expect("root stays").text.push_str(&s);
            }
            Event::CData(t) => {
                let s = t
                    .decode()
                    .map_err(|e| located(offset as u64, e.to_string()))?;
                stack.last_mut().expect("root stays").text.push_str(&s);
            }
            Event::GeneralRef(r) => {
                let name = r
                    .decode()
                    .map_err(|e| located(offset as u64, e.to_string()))?;
                let decoded = decode_entities(&format!("&{name};"));
                stack
                    .last_mut()
                    .expect("root stays")
                    .text
                    .push_str(&decoded);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if stack.len() != 1 {
        let open = stack.last().map_or(0, |e| e.offset);
        return Err(located(
            open as u64,
            format!(
                "<{}> is never closed",
                stack.last().map_or("", |e| e.name.as_str())
            ),
        ));
    }
    let mut root = stack.pop().expect("one left");
    match root.children.len() {
        1 => Ok(root.children.remove(0)),
        0 => Err(Diagnostic::new(Some(1), "", "the document has no elements")),
        _ => Err(located(
            root.children[1].offset as u64,
            "the document has more than one root element".into(),
        )),
    }
}

pub fn parse(text: &str, stem: &str) -> Outcome {
    let root = match read_tree(text) {
        Ok(root) => root,
        Err(d) => return Outcome::failed(d),
    };
    let lines = super::Lines::new(text);
    let place = |offset: usize| lines.line_col(offset);
    if root.name != "quiz" {
        let (line, column) = place(root.offset);
        return Outcome::failed(Diagnostic::at(
            line,
            column,
            "",
            format!("the root element is <{}>; Moodle XML has <quiz>", root.name),
        ));
    }
    let mut out = Outcome {
        // A picture's name in HTML text means nothing without its file.
        names_pictures: true,
        ..Outcome::default()
    };
    let mut groups: Vec<(DraftQuiz, String, usize)> = vec![(
        DraftQuiz {
            title: title_from_stem(stem),
            line: Some(1),
            ..DraftQuiz::default()
        },
        stem.to_string(),
        0,
    )];
    for element in root.children("question") {
        let (line, column) = place(element.offset);
        let kind = element.attr("type").unwrap_or("");
        if kind == "category" {
            let path = element
                .child("category")
                .map(|c| c.rich_text())
                .unwrap_or_default();
            let name = category_title(&path);
            groups.push((
                DraftQuiz {
                    title: name.clone(),
                    line: Some(line),
                    ..DraftQuiz::default()
                },
                slugify(&name),
                0,
            ));
            continue;
        }
        let group = groups.last_mut().expect("there is always a group");
        group.2 += 1;
        let number = group.2;
        let q = match kind {
            "multichoice" | "truefalse" | "shortanswer" | "numerical" | "ordering" | "essay"
            | "description" => question(element, kind, number, (line, column), &mut out),
            other => {
                let name = match other {
                    "" => "(no type attribute)",
                    "multianswer" => "embedded answers (cloze)",
                    other => other,
                };
                out.warn(unsupported(number, Some(line), Some(column), name));
                None
            }
        };
        if let Some(q) = q {
            group.0.questions.push(q);
        }
    }
    let mut any = false;
    for (draft, fallback, count) in groups {
        if count > 0 {
            any = true;
            draft.finish(&fallback, &mut out);
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

/// One `<answer>`: its text, fraction (percent of the credit), feedback and
/// element.
struct Answer<'a> {
    text: String,
    fraction: f64,
    feedback: String,
    element: &'a Element,
}

/// Whether a fraction is full credit.
fn full(fraction: f64) -> bool {
    (fraction - 100.0).abs() < 1e-6
}

fn question(
    element: &Element,
    kind: &str,
    number: usize,
    (line, column): (usize, usize),
    out: &mut Outcome,
) -> Option<DraftQuestion> {
    let field = |f: &str| format!("questions[{number}].{f}");
    let at = |f: &str, message: String| Diagnostic::at(line, column, field(f), message);
    let mut q = DraftQuestion {
        number,
        line: Some(line),
        column: Some(column),
        text: element
            .child("questiontext")
            .map(|t| t.rich_text())
            .unwrap_or_default(),
        media: picture(element, number, (line, column), out),
        ..DraftQuestion::default()
    };
    if let Some(grade) = element.child("defaultgrade") {
        match grade.text.trim().parse::<f64>() {
            Ok(g) if g >= 0.0 && g * f64::from(DEFAULT_POINTS) <= f64::from(u32::MAX) => {
                q.points = Some((g * f64::from(DEFAULT_POINTS)).round() as u32);
            }
            _ => {
                out.error(at(
                    "points",
                    format!(
                        "defaultgrade {:?} is not a grade of 0 or more",
                        grade.text.trim()
                    ),
                ));
                return None;
            }
        }
    }
    let mut answers = Vec::new();
    for answer in element.children("answer") {
        let fraction = match answer.attr("fraction").unwrap_or("0").trim().parse::<f64>() {
            Ok(f) if f.is_finite() => f,
            _ => {
                out.error(at(
                    "answers",
                    format!(
                        "answer fraction {:?} is not a number",
                        answer.attr("fraction").unwrap_or("")
                    ),
                ));
                return None;
            }
        };
        answers.push(Answer {
            text: answer.rich_text(),
            fraction,
            feedback: answer
                .child("feedback")
                .map(|f| f.rich_text())
                .unwrap_or_default(),
            element: answer,
        });
    }
    let general = element
        .child("generalfeedback")
        .map(|f| f.rich_text())
        .filter(|f| !f.is_empty());
    // The answer whose feedback becomes the explanation when there is no
    // general feedback.
    let right = match kind {
        "multichoice" => {
            let single = element
                .child("single")
                .is_none_or(|s| !matches!(s.text.trim(), "false" | "0"));
            choices(&mut q, &answers, single, out)?
        }
        "truefalse" => {
            let right = answers.iter().position(|a| full(a.fraction));
            let truth = right.map(|i| answers[i].text.eq_ignore_ascii_case("true"));
            let Some(truth) = truth else {
                out.error(at(
                    "correct",
                    "no answer has full credit (fraction 100)".into(),
                ));
                return None;
            };
            q.kind = DraftKind::Ready(QuestionKind::TrueFalse { correct: truth });
            right
        }
        "shortanswer" => {
            let mut accepted = Vec::new();
            for a in &answers {
                if full(a.fraction) {
                    if a.text.contains('*') {
                        out.warn(at(
                            "accepted",
                            format!("the wildcard in {:?} is matched as a plain `*`", a.text),
                        ));
                    }
                    accepted.push(a.text.clone());
                } else if a.fraction > 0.0 {
                    out.warn(at(
                        "accepted",
                        format!(
                            "partial credit ({}%) is not supported; {:?} is not accepted",
                            a.fraction, a.text
                        ),
                    ));
                }
            }
            if element
                .child("usecase")
                .is_some_and(|u| matches!(u.text.trim(), "1" | "true"))
            {
                out.warn(at(
                    "accepted",
                    "answers are matched ignoring case, so the case-sensitive setting is not kept"
                        .into(),
                ));
            }
            if accepted.is_empty() {
                out.warn(unsupported(
                    number,
                    Some(line),
                    Some(column),
                    "short answer without a fully right answer",
                ));
                return None;
            }
            q.kind = DraftKind::Ready(QuestionKind::TypeAnswer {
                accepted,
                typo_tolerance: false,
            });
            answers.iter().position(|a| full(a.fraction))
        }
        "numerical" => {
            let Some(right) = answers.iter().position(|a| full(a.fraction)) else {
                out.error(at(
                    "correct",
                    "no answer has full credit (fraction 100)".into(),
                ));
                return None;
            };
            let a = &answers[right];
            let number = |s: &str| s.trim().parse::<f64>().ok().filter(|x| x.is_finite());
            let Some(correct) = number(&a.text) else {
                out.error(at(
                    "correct",
                    format!("answer {:?} is not a number", a.text),
                ));
                return None;
            };
            let tolerance = a
                .element
                .child("tolerance")
                .and_then(|t| number(&t.text))
                .unwrap_or(0.0);
            let others = answers.iter().filter(|a| a.fraction > 0.0).count() - 1;
            if others > 0 {
                out.warn(at(
                    "correct",
                    format!(
                        "{others} other answer{} with partial credit not kept: the slider gives credit for closeness to {correct} instead",
                        if others == 1 { "" } else { "s" }
                    ),
                ));
            }
            // The unit the answer is given in: the one with multiplier 1.
            let unit = element.child("units").and_then(|units| {
                units
                    .children("unit")
                    .find(|u| {
                        u.child("multiplier")
                            .and_then(|m| number(&m.text))
                            .is_none_or(|m| m == 1.0)
                    })
                    .and_then(|u| u.child("unit_name"))
                    .map(|n| n.text.trim().to_string())
                    .filter(|n| !n.is_empty())
            });
            let (kind, warning) = numeric_slider(correct, tolerance, unit);
            if let Some(message) = warning {
                out.warn(at("step", message));
            }
            q.kind = DraftKind::Ready(kind);
            Some(right)
        }
        "ordering" => {
            // The fraction of an ordering answer is its place in the order.
            let mut placed: Vec<(f64, String)> = answers
                .iter()
                .map(|a| (a.fraction, a.text.clone()))
                .collect();
            placed.sort_by(|a, b| a.0.total_cmp(&b.0));
            q.kind = DraftKind::Ready(QuestionKind::Ordering {
                items: placed.into_iter().map(|(_, item)| item).collect(),
            });
            None
        }
        "essay" => {
            q.kind = DraftKind::Ready(QuestionKind::WordCloud {
                max_length: WORD_CLOUD_DEFAULT,
            });
            None
        }
        _ => {
            q.kind = DraftKind::Ready(QuestionKind::Slide { body: None });
            None
        }
    };
    let right_feedback = right
        .map(|i| answers[i].feedback.clone())
        .unwrap_or_default();
    let mut lost = answers
        .iter()
        .enumerate()
        .filter(|(i, a)| Some(*i) != right && !a.feedback.is_empty())
        .count();
    if general.is_some() && !right_feedback.is_empty() {
        lost += 1;
    }
    q.explanation = general.or(Some(right_feedback).filter(|r| !r.is_empty()));
    out.warnings.extend(lost_feedback(lost, &q));
    Some(q)
}

/// A `multichoice` question: single when `single` (several fully right
/// answers are reported and skipped), else multi with every answer that
/// earns credit correct. Returns the answer whose feedback explains.
fn choices(
    q: &mut DraftQuestion,
    answers: &[Answer],
    single: bool,
    out: &mut Outcome,
) -> Option<Option<usize>> {
    let at = |f: &str, message: String| Diagnostic {
        line: q.line,
        column: q.column,
        field: format!("questions[{}].{f}", q.number),
        message,
    };
    q.answers = answers.iter().map(|a| a.text.clone()).collect();
    let fulls: Vec<usize> = (0..answers.len())
        .filter(|&i| full(answers[i].fraction))
        .collect();
    let credited: Vec<usize> = (0..answers.len())
        .filter(|&i| answers[i].fraction > 1e-6)
        .collect();
    if !single {
        q.kind = DraftKind::Multi;
        q.correct.clone_from(&credited);
        let shares: Vec<f64> = credited.iter().map(|&i| answers[i].fraction).collect();
        if let Some(message) = unequal_shares(&shares) {
            out.warn(at("correct", message));
        }
        return Some(credited.first().copied());
    }
    if fulls.len() > 1 || (fulls.is_empty() && credited.len() > 1) {
        out.warn(unsupported(
            q.number,
            q.line,
            q.column,
            "single-answer multiple choice with several right answers (any one of them counts)",
        ));
        return None;
    }
    for &i in credited.iter().filter(|i| !fulls.contains(i)) {
        out.warn(at(
            "answers",
            format!(
                "partial credit ({}%) is not supported; {:?} counts as wrong",
                answers[i].fraction, answers[i].text
            ),
        ));
    }
    q.correct.clone_from(&fulls);
    Some(fulls.first().copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_choices_and_reports_other_types() {
        let text = r#"<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/top/Europe</text></category></question>
  <question type="multichoice">
    <name><text>France</text></name>
    <questiontext format="html"><text><![CDATA[<p>Capital of <b>France</b>?</p>]]></text></questiontext>
    <generalfeedback format="html"><text>Paris &amp; the Seine.</text></generalfeedback>
    <defaultgrade>2.0000000</defaultgrade>
    <single>true</single>
    <answer fraction="100" format="html"><text>Paris</text></answer>
    <answer fraction="0" format="html"><text>Lyon</text></answer>
  </question>
  <question type="truefalse">
    <questiontext format="moodle_auto_format"><text>Berlin is in Germany.</text></questiontext>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
  <question type="essay">
    <questiontext format="html"><text>Discuss.</text></questiontext>
  </question>
  <question type="matching">
    <questiontext format="html"><text>Pair them.</text></questiontext>
  </question>
</quiz>"#;
        let out = parse(text, "bank");
        assert!(out.errors.is_empty(), "{:?}", out.errors);
        let quiz = &out.quizzes[0];
        assert_eq!(
            (quiz.id.as_str(), quiz.title.as_str()),
            ("europe", "Europe")
        );
        let q = &quiz.questions[0];
        assert_eq!(q.text, "Capital of France?");
        assert_eq!(q.points, 2000);
        assert_eq!(q.explanation.as_deref(), Some("Paris & the Seine."));
        assert_eq!(
            quiz.questions[1].kind,
            QuestionKind::TrueFalse { correct: true }
        );
        assert_eq!(
            quiz.questions[2].kind,
            QuestionKind::WordCloud { max_length: 20 }
        );
        assert_eq!(out.warnings.len(), 1);
        assert_eq!(out.warnings[0].line, Some(21));
        assert!(out.warnings[0].message.contains("matching"));
    }

    #[test]
    fn broken_xml_is_located() {
        let out = parse("<quiz>\n  <question type=\"multichoice\">\n</quiz>\n", "b");
        assert_eq!(out.errors.len(), 1);
        assert_eq!(out.errors[0].line, Some(3), "{:?}", out.errors);
    }
}
