use serde_json::json;

use super::*;
use crate::quiz::QuestionKind;

fn every_kind() -> Quiz {
    let text = include_str!("../../../quizzes/every-kind.toml");
    crate::quiz::formats::native_toml::parse(text, "every-kind.toml", "every-kind").unwrap()
}

fn shown(problems: &[Problem]) -> Vec<String> {
    problems.iter().map(|p| p.to_string()).collect()
}

#[test]
fn what_get_answers_reads_back_unchanged() {
    let quiz = every_kind();
    let read = read(serde_json::to_value(&quiz).unwrap()).unwrap();
    assert_eq!(read.quiz, quiz);
    assert!(read.id_given);
}

#[test]
fn an_id_is_the_titles_slug_and_kind_time_and_points_have_defaults() {
    let read = read(json!({
        "title": "Capitals of Europe!",
        "questions": [{"text": "Capital of Italy?", "answers": ["Milan", "Rome"], "correct": 1}]
    }))
    .unwrap();
    assert!(!read.id_given);
    assert_eq!(read.quiz.id, "capitals-of-europe");
    let q = &read.quiz.questions[0];
    assert_eq!(
        q.kind,
        QuestionKind::Single {
            answers: vec!["Milan".into(), "Rome".into()],
            correct: 1
        }
    );
    assert_eq!(
        (q.time_limit, q.points),
        (DEFAULT_TIME_LIMIT, DEFAULT_POINTS)
    );
}

#[test]
fn every_problem_is_reported_where_it_is() {
    let problems = read(json!({
        "id": "Bad Id",
        "title": "T",
        "colour": "red",
        "questions": [
            {"text": "ok?", "kind": "true_false", "correct": true},
            {"text": "Q", "answers": ["a", "b"], "correct": "b", "time_limit": -3},
            {"text": "Q", "kind": "true_false", "answers": ["a"], "correct": true},
            {"text": "Q", "kind": "riddle"},
            {"text": "Q", "kind": "multi", "answers": ["a", "b"]},
            "not a question"
        ]
    }))
    .unwrap_err();
    assert_eq!(
        shown(&problems),
        [
            "colour: is not a field of a quiz (it has id, title, description, questions and rounds)",
            "questions[2].correct: must be a whole number from 0",
            "questions[2].time_limit: must be a whole number from 0",
            "questions[3].answers: is not a field of a true_false question (it takes text, round, kind, time_limit, points, media, explanation, correct)",
            "questions[4].kind: \"riddle\" is not a question kind (one of single, multi, true_false, type_answer, slider, ordering, poll, word_cloud, slide)",
            "questions[5]: missing field `correct`",
            "questions[6]: must be an object: a question",
        ]
    );

    // A well-formed quiz is held to the importer's rules, located alike.
    let problems = read(json!({
        "id": "Bad Id",
        "title": " ",
        "questions": [
            {"text": "Q", "answers": ["a", "b"], "correct": 0},
            {"text": "Q", "answers": ["a", "a", "b"], "correct": 5, "time_limit": 2}
        ]
    }))
    .unwrap_err();
    assert_eq!(
        shown(&problems),
        [
            "id: \"Bad Id\" is not a valid id (use 1-64 lowercase letters, digits and '-')",
            "title: must not be empty",
            "questions[2].time_limit: 2 s is out of range (5-240 s)",
            "questions[2].answers: answer \"a\" appears twice",
            "questions[2].correct: must name one of the answers",
        ]
    );
    let problems = read(json!([1, 2])).unwrap_err();
    assert_eq!(
        (problems[0].field.as_str(), problems[0].message.as_str()),
        ("", "must be a JSON object: a quiz")
    );
}

#[test]
fn a_copy_is_titled_as_one_and_fits() {
    assert_eq!(copy_title("Birds"), "Birds (copy)");
    let long = "x".repeat(TITLE_MAX);
    let title = copy_title(&long);
    assert_eq!(title.chars().count(), TITLE_MAX);
    assert!(title.ends_with(" (copy)"));
}

#[test]
fn a_copy_gets_a_new_title_and_its_slug() {
    let quiz = every_kind();
    let copy = copy_of(&quiz, None).unwrap();
    assert_eq!(copy.title, format!("{} (copy)", quiz.title));
    assert_eq!(copy.id, slugify(&copy.title));
    assert_eq!(copy.questions, quiz.questions);
    let named = copy_of(&quiz, Some("  Kinds, again ")).unwrap();
    assert_eq!(
        (named.id.as_str(), named.title.as_str()),
        ("kinds-again", "Kinds, again")
    );
    let problems = copy_of(&quiz, Some(" ")).unwrap_err();
    assert_eq!(problems[0].to_string(), "title: must not be empty");
}
