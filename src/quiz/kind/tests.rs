//! How each question kind judges answers: credit, refusals, reveal buckets
//! and entries, the shown order of ordering items, and answers on the wire.

use super::*;
use AnswerValue::{Choice, Choices, Number, Text};

fn answers(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("a{i}")).collect()
}

fn slider(min: f64, max: f64, step: f64, correct: f64, tolerance: f64) -> QuestionKind {
    QuestionKind::Slider {
        min,
        max,
        step,
        correct,
        tolerance,
        unit: None,
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn single_and_true_false() {
    let q = QuestionKind::Single {
        answers: answers(4),
        correct: 2,
    };
    assert_eq!(q.judge(&Choice(2)), Ok(1.0));
    assert_eq!(q.judge(&Choice(0)), Ok(0.0));
    assert_eq!(q.judge(&Choice(4)), Err(AnswerError::NoSuchChoice(4)));
    assert!(matches!(
        q.judge(&Text("a2".into())),
        Err(AnswerError::WrongShape(_))
    ));
    let t = QuestionKind::TrueFalse { correct: true };
    let f = QuestionKind::TrueFalse { correct: false };
    assert_eq!(t.judge(&Choice(0)), Ok(1.0));
    assert_eq!(t.judge(&Choice(1)), Ok(0.0));
    assert_eq!(f.judge(&Choice(1)), Ok(1.0));
    assert_eq!(f.judge(&Choice(2)), Err(AnswerError::NoSuchChoice(2)));
    assert_eq!(t.answers(), vec!["True", "False"]);
    assert_eq!(f.correct_choices(), vec![1]);
}

#[test]
fn multi_gives_partial_credit_and_never_below_zero() {
    // 5 answers, 2 correct (0 and 3): each right tick +1/2, each wrong −1/2.
    let q = QuestionKind::Multi {
        answers: answers(5),
        correct: vec![3, 0],
    };
    assert_eq!(q.judge(&Choices(vec![0, 3])), Ok(1.0));
    assert_eq!(q.judge(&Choices(vec![3, 0])), Ok(1.0));
    assert_eq!(q.judge(&Choices(vec![0])), Ok(0.5));
    assert_eq!(q.judge(&Choices(vec![0, 3, 1])), Ok(0.5));
    assert_eq!(q.judge(&Choices(vec![0, 1])), Ok(0.0));
    assert_eq!(q.judge(&Choices(vec![1, 2, 4])), Ok(0.0));
    // Everything ticked: 2 right, 3 wrong → below zero → 0.
    assert_eq!(q.judge(&Choices(vec![0, 1, 2, 3, 4])), Ok(0.0));
    // With 3 of 4 correct, all ticked keeps 2/3 (3 right − 1 wrong).
    let mostly = QuestionKind::Multi {
        answers: answers(4),
        correct: vec![0, 1, 2],
    };
    assert!(close(
        mostly.judge(&Choices(vec![0, 1, 2, 3])).unwrap(),
        2.0 / 3.0
    ));
    assert_eq!(q.judge(&Choices(vec![])), Err(AnswerError::Empty));
    assert_eq!(q.judge(&Choices(vec![0, 0])), Err(AnswerError::Repeated(0)));
    assert_eq!(
        q.judge(&Choices(vec![5])),
        Err(AnswerError::NoSuchChoice(5))
    );
    assert!(q.judge(&Choice(0)).is_err());
    assert_eq!(q.correct_choices(), vec![0, 3]);
    assert_eq!(q.buckets(&Choices(vec![4, 0])), vec![4, 0]);
}

#[test]
fn type_answer_ignores_case_accents_and_spaces() {
    let q = QuestionKind::TypeAnswer {
        accepted: vec!["São Paulo".into(), "Sao Paulo City".into()],
        typo_tolerance: false,
    };
    assert_eq!(q.judge(&Text("sao paulo".into())), Ok(1.0));
    assert_eq!(q.judge(&Text("  SÃO   PAULO ".into())), Ok(1.0));
    assert_eq!(q.judge(&Text("saopaulocity".into())), Ok(1.0));
    assert_eq!(q.judge(&Text("Sao Pablo".into())), Ok(0.0));
    let tolerant = QuestionKind::TypeAnswer {
        accepted: vec!["São Paulo".into()],
        typo_tolerance: true,
    };
    assert_eq!(tolerant.judge(&Text("Sao Pablo".into())), Ok(1.0)); // 8 letters: 1 edit allowed
    assert_eq!(tolerant.judge(&Text("Sao Paulp".into())), Ok(1.0));
    assert_eq!(tolerant.judge(&Text("Rio".into())), Ok(0.0));
}

#[test]
fn type_answer_edge_cases() {
    let q = QuestionKind::TypeAnswer {
        accepted: vec!["Oslo".into()],
        typo_tolerance: true,
    };
    // An empty or blank reply is refused, so the player can still answer.
    assert_eq!(q.judge(&Text(String::new())), Err(AnswerError::Empty));
    assert_eq!(q.judge(&Text(" \t ".into())), Err(AnswerError::Empty));
    assert_eq!(
        q.judge(&Text("x".repeat(TYPE_ANSWER_MAX + 1))),
        Err(AnswerError::TooLong(TYPE_ANSWER_MAX))
    );
    assert!(q.judge(&Choice(1)).is_err());
    assert_eq!(
        q.entry(&Text("  OSLO  city ".into())),
        Some("oslo city".into())
    );
}

#[test]
fn slider_full_within_tolerance_then_falling_to_zero() {
    // Range 0-100, correct 40 ± 5: full within 35-45; 0 at 50 beyond.
    let q = slider(0.0, 100.0, 1.0, 40.0, 5.0);
    assert_eq!(q.judge(&Number(40.0)), Ok(1.0));
    assert_eq!(q.judge(&Choice(45)), Ok(1.0));
    assert_eq!(q.judge(&Choice(35)), Ok(1.0));
    assert!(close(q.judge(&Choice(55)).unwrap(), 0.8)); // 10 beyond the tolerance, of 50
    assert!(close(q.judge(&Choice(20)).unwrap(), 0.7)); // 15 beyond
                                                        // At the bounds.
    assert!(close(q.judge(&Choice(0)).unwrap(), 0.3)); // 35 beyond
    assert_eq!(q.judge(&Choice(100)), Ok(0.0)); // 55 beyond → 0
    assert!(matches!(
        q.judge(&Number(100.5)),
        Err(AnswerError::OutOfRange(_))
    ));
    assert!(matches!(
        q.judge(&Number(-0.5)),
        Err(AnswerError::OutOfRange(_))
    ));
    assert!(q.judge(&Number(f64::NAN)).is_err());
    assert!(q.judge(&Text("40".into())).is_err());
    // Values snap to the step: 40.4 counts as 40.
    assert_eq!(slider_value(&Number(40.4), 0.0, 100.0, 1.0), Ok(40.0));
}

#[test]
fn slider_correct_at_a_bound_and_fractional_steps() {
    let q = slider(-1.0, 1.0, 0.1, -1.0, 0.0);
    assert_eq!(q.judge(&Number(-1.0)), Ok(1.0));
    // 0.1 + 0.2 style rounding still lands on the step.
    let r = slider(0.0, 1.0, 0.1, 0.3, 0.0);
    assert_eq!(r.judge(&Number(0.1 + 0.2)), Ok(1.0));
    assert_eq!(q.judge(&Number(1.0)), Ok(0.0)); // the far bound: 2 away, falloff 1
    assert!(close(q.judge(&Number(-0.5)).unwrap(), 0.5));
}

#[test]
fn ordering_scores_pairs_in_the_right_order() {
    let q = QuestionKind::Ordering { items: answers(4) };
    assert_eq!(q.judge(&Choices(vec![0, 1, 2, 3])), Ok(1.0));
    // Fully reversed: no pair right.
    assert_eq!(q.judge(&Choices(vec![3, 2, 1, 0])), Ok(0.0));
    // One neighbour swap: 5 of 6 pairs.
    assert!(close(
        q.judge(&Choices(vec![1, 0, 2, 3])).unwrap(),
        5.0 / 6.0
    ));
    assert!(close(
        q.judge(&Choices(vec![0, 3, 1, 2])).unwrap(),
        4.0 / 6.0
    ));
    assert!(q.judge(&Choices(vec![0, 1, 2])).is_err());
    assert_eq!(
        q.judge(&Choices(vec![0, 1, 2, 2])),
        Err(AnswerError::Repeated(2))
    );
    assert_eq!(
        q.judge(&Choices(vec![0, 1, 2, 4])),
        Err(AnswerError::NoSuchChoice(4))
    );
    // Counts per item in its right place.
    assert_eq!(q.buckets(&Choices(vec![0, 2, 1, 3])), vec![0, 3]);
}

#[test]
fn shown_order_is_a_permutation_and_never_the_answer() {
    for n in 2..=8 {
        for seed in 0..200u64 {
            let order = shuffled_order(seed, 3, n);
            let mut sorted = order.clone();
            sorted.sort_unstable();
            assert_eq!(sorted, (0..n).collect::<Vec<_>>());
            assert_ne!(order, sorted, "n={n} seed={seed}");
        }
    }
    assert_eq!(shuffled_order(7, 1, 5), shuffled_order(7, 1, 5));
}

#[test]
fn poll_and_word_cloud_are_unscored_and_slides_take_no_answer() {
    let poll = QuestionKind::Poll {
        answers: answers(3),
    };
    assert_eq!(poll.judge(&Choice(2)), Ok(0.0));
    assert!(poll.judge(&Choice(3)).is_err());
    assert!(!poll.is_scored());
    assert!(poll.correct_choices().is_empty());
    let cloud = QuestionKind::WordCloud { max_length: 5 };
    assert_eq!(cloud.judge(&Text("stars".into())), Ok(0.0));
    assert_eq!(
        cloud.judge(&Text("galaxy".into())),
        Err(AnswerError::TooLong(5))
    );
    assert_eq!(cloud.judge(&Text(" ".into())), Err(AnswerError::Empty));
    assert!(!cloud.is_scored());
    let slide = QuestionKind::Slide { body: None };
    assert_eq!(slide.judge(&Choice(0)), Err(AnswerError::NotAnswerable));
    assert!(!slide.takes_answers());
}

#[test]
fn answers_parse_from_bare_json_values() {
    let parse = |s: &str| serde_json::from_str::<AnswerValue>(s).unwrap();
    assert_eq!(parse("2"), Choice(2));
    assert_eq!(parse("2.5"), Number(2.5));
    assert_eq!(parse("-3"), Number(-3.0));
    assert_eq!(parse("[2, 0]"), Choices(vec![2, 0]));
    assert_eq!(parse("\"Paris\""), Text("Paris".into()));
    assert!(serde_json::from_str::<AnswerValue>("{\"a\": 1}").is_err());
}

#[test]
fn every_kind_is_listed_once_and_named_as_quiz_files_name_it() {
    let one_of_each = [
        QuestionKind::Single {
            answers: answers(2),
            correct: 0,
        },
        QuestionKind::Multi {
            answers: answers(3),
            correct: vec![0, 2],
        },
        QuestionKind::TrueFalse { correct: false },
        QuestionKind::TypeAnswer {
            accepted: vec!["Oslo".into()],
            typo_tolerance: true,
        },
        slider(0.0, 10.0, 1.0, 2.0, 0.0),
        QuestionKind::Ordering { items: answers(3) },
        QuestionKind::Poll {
            answers: answers(2),
        },
        QuestionKind::WordCloud { max_length: 20 },
        QuestionKind::Slide { body: None },
    ];
    let kinds: Vec<Kind> = one_of_each.iter().map(QuestionKind::kind).collect();
    assert_eq!(kinds, Kind::ALL);
    for question in &one_of_each {
        // The name is the `kind` tag quiz files and the wire carry.
        let json = serde_json::to_value(question).unwrap();
        assert_eq!(json["kind"], question.name(), "{json}");
    }
    let names: Vec<&str> = Kind::ALL.iter().map(|k| k.name()).collect();
    assert_eq!(names, KIND_NAMES);
    let mut distinct = names.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(distinct.len(), names.len(), "{names:?}");
    assert_eq!(Kind::TrueFalse.label(), "true/false");
    assert_eq!(Kind::WordCloud.label(), "word cloud");
}
