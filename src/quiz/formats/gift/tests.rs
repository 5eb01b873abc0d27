//! The GIFT reader against real GIFT text: every kind it brings in,
//! escapes, categories and located errors and warnings.

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
    let out = parse(
        "$CATEGORY: $course$/top\n\n$CATEGORY: $course$/top/Rivers\n\nLongest? {=Nile ~Thames}\n",
        "x",
    );
    assert_eq!(out.quizzes.len(), 1, "{:?}", out.errors);
    assert_eq!(
        (out.quizzes[0].id.as_str(), out.quizzes[0].title.as_str()),
        ("rivers", "Rivers")
    );
}
