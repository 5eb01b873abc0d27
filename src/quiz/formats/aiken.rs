//! The Aiken text format: a question line, lettered options (`A.` or `A)`),
//! then `ANSWER: X`. Every question is a single choice, so nothing is lost;
//! a question without its ANSWER line is an error at the question's line.

use super::draft::{DraftQuestion, DraftQuiz};
use super::text::title_from_stem;
use super::{Diagnostic, Outcome};

struct Pending {
    question: DraftQuestion,
    letters: Vec<char>,
}

/// `A. text` or `A) text`: the letter and the text.
fn option(line: &str) -> Option<(char, &str)> {
    let mut chars = line.chars();
    let letter = chars.next().filter(char::is_ascii_uppercase)?;
    let rest = chars.as_str();
    let text = rest
        .strip_prefix(". ")
        .or_else(|| rest.strip_prefix(") "))?;
    Some((letter, text.trim()))
}

fn answer_line(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("ANSWER")?;
    let rest = rest.trim_start().strip_prefix(':').unwrap_or(rest);
    Some(rest.trim())
}

pub fn parse(text: &str, stem: &str) -> Outcome {
    let mut out = Outcome::default();
    let mut draft = DraftQuiz {
        title: title_from_stem(stem),
        line: Some(1),
        ..DraftQuiz::default()
    };
    let mut pending: Option<Pending> = None;
    let mut number = 0;
    let missing_answer = |p: &Pending, out: &mut Outcome| {
        out.error(Diagnostic {
            line: p.question.line,
            column: Some(1),
            field: format!("questions[{}].correct", p.question.number),
            message: "no ANSWER line: end the question with a line like `ANSWER: B`".into(),
        });
    };
    for (i, raw) in text.split('\n').enumerate() {
        let line_no = i + 1;
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        let field = |n: usize, f: &str| format!("questions[{n}].{f}");
        if let Some(letter) = answer_line(line) {
            let Some(p) = pending.take() else {
                out.error(Diagnostic::at(
                    line_no,
                    1,
                    "",
                    "ANSWER line without a question before it",
                ));
                continue;
            };
            let mut q = p.question;
            if q.answers.is_empty() {
                out.error(Diagnostic::at(
                    line_no,
                    1,
                    field(q.number, "answers"),
                    "the question has no options (lines like `A. Paris`)",
                ));
                continue;
            }
            let found = letter
                .chars()
                .next()
                .filter(|_| letter.chars().count() == 1)
                .and_then(|l| p.letters.iter().position(|&x| x == l));
            match found {
                Some(index) => {
                    q.correct = vec![index];
                    draft.questions.push(q);
                }
                None => out.error(Diagnostic::at(
                    line_no,
                    1,
                    field(q.number, "correct"),
                    format!(
                        "ANSWER {letter:?} is not one of the option letters ({})",
                        p.letters.iter().collect::<String>()
                    ),
                )),
            }
            continue;
        }
        if let Some((letter, answer)) = option(line) {
            if let Some(p) = pending.as_mut() {
                let expected = char::from_u32('A' as u32 + p.letters.len() as u32).unwrap_or('?');
                if letter != expected {
                    out.error(Diagnostic::at(
                        line_no,
                        1,
                        field(p.question.number, "answers"),
                        format!("option {letter} where {expected} was expected"),
                    ));
                }
                p.letters.push(letter);
                p.question.answers.push(answer.to_string());
                continue;
            }
        }
        // Any other line starts a question, or continues one that has no options yet.
        match pending.as_mut() {
            Some(p) if p.letters.is_empty() => {
                p.question.text.push(' ');
                p.question.text.push_str(line);
            }
            _ => {
                if let Some(p) = pending.take() {
                    missing_answer(&p, &mut out);
                }
                number += 1;
                pending = Some(Pending {
                    question: DraftQuestion {
                        number,
                        line: Some(line_no),
                        column: Some(1),
                        text: line.to_string(),
                        ..DraftQuestion::default()
                    },
                    letters: Vec::new(),
                });
            }
        }
    }
    if let Some(p) = pending.take() {
        missing_answer(&p, &mut out);
    }
    if number == 0 {
        out.error(Diagnostic::new(
            Some(1),
            "questions",
            "the file has no questions",
        ));
        return out;
    }
    draft.finish(stem, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_questions_and_reports_a_missing_answer_line() {
        let text = "What is 2+2?\nA. 3\nB. 4\nANSWER: B\n\nLargest ocean?\nA) Atlantic\nB) Pacific\nC) Indian\n\nSmallest?\nA. Pluto\nB. Mercury\nANSWER: B\n";
        let out = parse(text, "mixed");
        let shown: Vec<String> = out.errors.iter().map(|d| d.render("m.txt")).collect();
        assert_eq!(shown, vec!["m.txt:6:1: questions[2].correct: no ANSWER line: end the question with a line like `ANSWER: B`"]);
        let good = parse("What is 2+2?\nA. 3\nB. 4\nANSWER: B\n", "m");
        assert_eq!(good.quizzes[0].questions[0].kind.answers(), ["3", "4"]);
        assert_eq!(good.quizzes[0].questions[0].kind.correct_choices(), vec![1]);
    }
}
