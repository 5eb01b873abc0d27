//! The CSV reader against real files: headers and aliases, every kind,
//! quoting, and located errors.

use super::*;
use crate::quiz::formats::csv_write::write;

#[test]
fn reads_rows_groups_quizzes_and_writes_back() {
    let text = "Question,Answer 1,Answer 2,Answer 3,Correct,Time limit,Points,Explanation,quiz_id,quiz_title\n\
                Capital of France?,Paris,Lyon,,1,30,2000,Seine,eu,Europe\n\
                \"Capital of Peru, please?\",Quito,Lima,Bogota,Lima,,,,sa,South America\n";
    let out = parse(text, "x");
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    assert_eq!(out.quizzes.len(), 2);
    let eu = &out.quizzes[0];
    assert_eq!((eu.id.as_str(), eu.title.as_str()), ("eu", "Europe"));
    assert_eq!(eu.questions[0].kind.answers(), ["Paris", "Lyon"]);
    assert_eq!(
        (eu.questions[0].time_limit, eu.questions[0].points),
        (30, 2000)
    );
    assert_eq!(out.quizzes[1].questions[0].text, "Capital of Peru, please?");
    assert_eq!(out.quizzes[1].questions[0].kind.correct_choices(), vec![1]);
    let again = parse(&write(&out.quizzes), "y");
    assert_eq!(again.quizzes, out.quizzes);
}

#[test]
fn cell_problems_name_line_and_column() {
    let text = "question,answer1,answer2,answer3,correct,time_limit\nQ,a,,c,4,fast\n";
    let out = parse(text, "x");
    let shown: Vec<String> = out.errors.iter().map(|d| d.render("q.csv")).collect();
    assert!(
        shown.contains(
            &"q.csv:2:5: questions[1].correct: position 4 is out of range (1-2)".to_string()
        ),
        "{shown:?}"
    );
    assert!(
        shown.contains(
            &"q.csv:2:6: questions[1].time_limit: \"fast\" is not a whole number of 0 or more"
                .to_string()
        ),
        "{shown:?}"
    );
    assert!(
        shown
            .iter()
            .any(|s| s.contains("answer2 is empty but a later answer is not")),
        "{shown:?}"
    );
    let out = parse("question,answer1,answer2,colour,correct\n", "x");
    assert!(
        out.errors[0]
            .render("q.csv")
            .starts_with("q.csv:1:4: unknown column \"colour\""),
        "{:?}",
        out.errors
    );
}

#[test]
fn every_kind_has_its_columns_and_writes_back() {
    let text = "question,kind,answer1,answer2,answer3,correct,min,max,step,tolerance,unit,typo_tolerance,max_length,body,media\n\
                Rings?,multi,Saturn,Mars,Uranus,\"1,3\",,,,,,,,,/media/rings.png\n\
                Venus spins backwards.,true_false,,,,TRUE,,,,,,,,,\n\
                Largest planet?,type_answer,Jupiter,Jove,,,,,,,,yes,,,\n\
                Moons of Mars?,slider,,,,2,0,10,,0.5,moons,,,,\n\
                Order from the Sun.,ordering,Mercury,Venus,Earth,,,,,,,,,,\n\
                Favourite?,poll,Mars,Saturn,,,,,,,,,,,\n\
                One word?,word_cloud,,,,,,,,,,,12,,\n\
                Welcome,slide,,,,,,,,,,,,Nine questions.,\n\
                Two right,,a,b,c,\"1,2\",,,,,,,,,\n";
    let out = parse(text, "kinds");
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    let q = &out.quizzes[0].questions;
    let strings = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        q[0].kind,
        QuestionKind::Multi {
            answers: strings(&["Saturn", "Mars", "Uranus"]),
            correct: vec![0, 2]
        }
    );
    assert_eq!(q[0].media.as_deref(), Some("/media/rings.png"));
    assert_eq!(q[1].kind, QuestionKind::TrueFalse { correct: true });
    assert_eq!(
        q[2].kind,
        QuestionKind::TypeAnswer {
            accepted: strings(&["Jupiter", "Jove"]),
            typo_tolerance: true
        }
    );
    assert_eq!(
        q[3].kind,
        QuestionKind::Slider {
            min: 0.0,
            max: 10.0,
            step: 1.0,
            correct: 2.0,
            tolerance: 0.5,
            unit: Some("moons".into())
        }
    );
    assert_eq!(q[4].kind.name(), "ordering");
    assert_eq!(q[5].kind.name(), "poll");
    assert_eq!(q[6].kind, QuestionKind::WordCloud { max_length: 12 });
    assert_eq!(
        q[7].kind,
        QuestionKind::Slide {
            body: Some("Nine questions.".into())
        }
    );
    // No kind and several correct answers: multi.
    assert_eq!(q[8].kind.name(), "multi");
    let written = write(&out.quizzes);
    let again = parse(&written, "y");
    assert_eq!(again.quizzes, out.quizzes, "{written}");
}

#[test]
fn cells_of_another_kind_and_unknown_kinds_are_located() {
    let text = "question,kind,answer1,answer2,correct,min,max\n\
                Q1,true_false,a,,false,,\n\
                Q2,slider,,,3,0,x\n\
                Q3,matching,a,b,1,,\n\
                Q4,single,a,b,\"1,2\",,\n";
    let out = parse(text, "x");
    let shown: Vec<String> = out.errors.iter().map(|d| d.render("k.csv")).collect();
    assert_eq!(
        shown,
        vec![
            "k.csv:2:3: questions[1].answer1: the answer1 column does not belong to a true_false question; leave it empty",
            "k.csv:3:7: questions[2].max: \"x\" is not a number",
            "k.csv:4:2: questions[3].kind: unknown question kind \"matching\" (supported: \"single\", \"multi\", \"true_false\", \"type_answer\", \"slider\", \"ordering\", \"poll\", \"word_cloud\", \"slide\")",
            "k.csv:5:1: questions[4].correct: 2 answers are marked correct; a single-choice question has one",
        ]
    );
}
