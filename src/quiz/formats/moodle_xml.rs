//! Moodle XML question banks. `multichoice` (one right answer) and
//! `truefalse` become single-choice questions; `shortanswer`, `numerical`
//! and every other type are reported with their line and skipped.
//! `<question type="category">` starts a new quiz. `defaultgrade` scales
//! points (1 = 1000). The XML is read into a small element tree first.

use quick_xml::events::Event;
use quick_xml::Reader;

use super::draft::{lost_feedback, unsupported, DraftQuestion, DraftQuiz};
use super::text::{category_title, decode_entities, html_to_text, title_from_stem};
use super::{line_col_at, Diagnostic, Outcome};
use crate::quiz::{slugify, DEFAULT_POINTS};

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
    let place = |offset: usize| line_col_at(text, offset);
    if root.name != "quiz" {
        let (line, column) = place(root.offset);
        return Outcome::failed(Diagnostic::at(
            line,
            column,
            "",
            format!("the root element is <{}>; Moodle XML has <quiz>", root.name),
        ));
    }
    let mut out = Outcome::default();
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
            "multichoice" | "truefalse" => {
                choice_question(element, kind, number, (line, column), &mut out)
            }
            other => {
                let name = match other {
                    "shortanswer" => "short answer",
                    "numerical" => "numerical",
                    "" => "(no type attribute)",
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

fn choice_question(
    element: &Element,
    kind: &str,
    number: usize,
    (line, column): (usize, usize),
    out: &mut Outcome,
) -> Option<DraftQuestion> {
    let field = |f: &str| format!("questions[{number}].{f}");
    let at = |f: &str, message: String| Diagnostic::at(line, column, field(f), message);
    let question_html = element
        .child("questiontext")
        .and_then(|t| t.child("text"))
        .map_or("", |t| t.text.as_str());
    if question_html.contains("<img") {
        out.warn(at(
            "text",
            "images are not imported; the question keeps its text only".into(),
        ));
    }
    let mut q = DraftQuestion {
        number,
        line: Some(line),
        column: Some(column),
        text: element
            .child("questiontext")
            .map(|t| t.rich_text())
            .unwrap_or_default(),
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
    let mut fractions = Vec::new();
    let mut feedback = Vec::new();
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
        let text = answer.rich_text();
        q.answers.push(if kind == "truefalse" {
            match text.to_ascii_lowercase().as_str() {
                "true" => "True".to_string(),
                "false" => "False".to_string(),
                _ => text,
            }
        } else {
            text
        });
        fractions.push(fraction);
        feedback.push(
            answer
                .child("feedback")
                .map(|f| f.rich_text())
                .unwrap_or_default(),
        );
    }
    let full: Vec<usize> = (0..fractions.len())
        .filter(|&i| (fractions[i] - 100.0).abs() < 1e-6)
        .collect();
    let partial: Vec<usize> = (0..fractions.len())
        .filter(|&i| fractions[i] > 0.0 && fractions[i] < 100.0 - 1e-6)
        .collect();
    if full.len() > 1 || (full.is_empty() && partial.len() > 1) {
        out.warn(unsupported(
            number,
            Some(line),
            Some(column),
            "multiple answer (several answers earn credit)",
        ));
        return None;
    }
    for &i in &partial {
        out.warn(at(
            "answers",
            format!(
                "partial credit ({}%) is not supported; {:?} counts as wrong",
                fractions[i], q.answers[i]
            ),
        ));
    }
    q.correct = full.clone();
    let general = element
        .child("generalfeedback")
        .map(|f| f.rich_text())
        .filter(|f| !f.is_empty());
    let right = full
        .first()
        .map(|&i| feedback[i].clone())
        .unwrap_or_default();
    let mut lost = feedback
        .iter()
        .enumerate()
        .filter(|(i, f)| !full.contains(i) && !f.is_empty())
        .count();
    if general.is_some() && !right.is_empty() {
        lost += 1;
    }
    q.explanation = general.or(Some(right).filter(|r| !r.is_empty()));
    out.warnings.extend(lost_feedback(lost, &q));
    Some(q)
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
        assert_eq!(quiz.questions[1].kind.answers(), ["True", "False"]);
        assert_eq!(out.warnings.len(), 1);
        assert_eq!(out.warnings[0].line, Some(18));
        assert!(out.warnings[0].message.contains("essay"));
    }

    #[test]
    fn broken_xml_is_located() {
        let out = parse("<quiz>\n  <question type=\"multichoice\">\n</quiz>\n", "b");
        assert_eq!(out.errors.len(), 1);
        assert_eq!(out.errors[0].line, Some(3), "{:?}", out.errors);
    }
}
