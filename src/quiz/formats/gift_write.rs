//! Writes quizzes as GIFT: one `$CATEGORY` per quiz (so the title comes
//! back on import), each question as a multiple choice with the
//! explanation as general feedback. GIFT has no time limits or points;
//! when a quiz uses other values than the defaults, a warning says so.

use crate::quiz::{QuestionKind, Quiz, DEFAULT_POINTS, DEFAULT_TIME_LIMIT};

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
        for q in &quiz.questions {
            let QuestionKind::Single { answers, correct } = &q.kind else {
                continue;
            };
            out.push_str(&escape(&q.text));
            out.push_str(" {\n");
            for (i, a) in answers.iter().enumerate() {
                out.push_str(if i == *correct { "=" } else { "~" });
                out.push_str(&escape(a));
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
}
