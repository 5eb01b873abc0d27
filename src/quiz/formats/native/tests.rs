//! The shared native reader: kinds, keys, points and located errors.

use super::*;

fn raw(fields: &[(&str, Value, usize)]) -> RawQuestion {
    RawQuestion {
        place: Place {
            line: Some(1),
            column: None,
        },
        fields: fields
            .iter()
            .map(|(k, v, line)| {
                let place = Place {
                    line: Some(*line),
                    column: None,
                };
                (
                    k.to_string(),
                    Field {
                        value: v.clone(),
                        place,
                    },
                )
            })
            .collect(),
    }
}

fn errors_of(q: RawQuestion) -> Vec<String> {
    let quiz = RawQuiz {
        title: "T".into(),
        questions: vec![q],
        ..RawQuiz::default()
    };
    let mut errors = finish(quiz, "t").1;
    errors.sort_by_key(|d| d.line);
    errors.iter().map(|d| d.render("f")).collect()
}

#[test]
fn points_take_numbers_and_names() {
    assert_eq!(points(&Value::from("standard")), Ok(1000));
    assert_eq!(points(&Value::from("double")), Ok(2000));
    assert_eq!(points(&Value::from("none")), Ok(0));
    assert_eq!(points(&Value::from(750)), Ok(750));
    let err = points(&Value::from("triple")).unwrap_err();
    assert!(err.contains("not \"triple\""), "{err}");
    assert!(points(&Value::from(-5)).is_err());
    assert!(points(&Value::from(1.5)).is_err());
}

#[test]
fn fields_of_another_kind_are_located_and_name_their_kind() {
    let shown = errors_of(raw(&[
        ("text", Value::from("Q"), 2),
        ("answers", Value::from(vec!["a", "b"]), 3),
        ("correct", Value::from(1), 4),
        ("items", Value::from(vec!["x", "y"]), 5),
        ("colour", Value::from(3), 6),
    ]));
    assert_eq!(shown.len(), 2, "{shown:?}");
    assert!(shown[0].starts_with("f:5: questions[1].items: `items` does not belong to a single question (it is for ordering; a single question takes answers, correct)"), "{shown:?}");
    assert!(
        shown[1].starts_with("f:6: questions[1].colour: unknown field `colour`"),
        "{shown:?}"
    );
}

#[test]
fn slider_problems_are_not_repeated_by_validation() {
    let shown = errors_of(raw(&[
        ("text", Value::from("Q"), 2),
        ("kind", Value::from("slider"), 3),
        ("min", Value::from("zero"), 4),
        ("max", Value::from(10), 5),
        ("correct", Value::from(3), 6),
    ]));
    assert_eq!(
        shown,
        vec!["f:4: questions[1].min: must be a number, not \"zero\""]
    );
    let shown = errors_of(raw(&[
        ("text", Value::from("Q"), 2),
        ("kind", Value::from("slider"), 3),
        ("min", Value::from(0), 4),
        ("max", Value::from(10), 5),
        ("correct", Value::from(30), 6),
    ]));
    assert_eq!(
        shown,
        vec!["f:6: questions[1].correct: 30 is outside 0 to 10"]
    );
}
