//! A game of six questions (single, multi, slide, type answer, poll,
//! ordering) and three players, every figure of its report worked out by
//! hand; its downloads read back with the csv crate and calamine.

use super::*;
use crate::game::AnswerRecord;
use crate::quiz::{AnswerValue, Question, QuestionKind, Quiz};
use crate::store::{FinishedGame, PlayedQuestion, PlayerOutcome, PlayersRemoved, QuestionTotal};

const NASTY: &str = "=HYPERLINK(\"x\")";

fn question(text: &str, kind: QuestionKind) -> Question {
    Question {
        text: text.into(),
        kind,
        time_limit: 20,
        points: 1000,
        explanation: None,
        media: None,
    }
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn quiz() -> Quiz {
    Quiz {
        rounds: Vec::new(),
        id: "mixed".into(),
        title: "Mixed bag".into(),
        description: None,
        questions: vec![
            question(
                "Capital of France?",
                QuestionKind::Single {
                    answers: strings(&["Paris", "Lyon", "Nice"]),
                    correct: 0,
                },
            ),
            question(
                "Primes?",
                QuestionKind::Multi {
                    answers: strings(&["2", "3", "4", "5"]),
                    correct: vec![0, 1, 3],
                },
            ),
            question("Break", QuestionKind::Slide { body: None }),
            question(
                "Largest ocean?",
                QuestionKind::TypeAnswer {
                    accepted: strings(&["Pacific"]),
                    typo_tolerance: false,
                },
            ),
            question(
                "Fun?",
                QuestionKind::Poll {
                    answers: strings(&["Yes", "No"]),
                },
            ),
            question(
                "Order",
                QuestionKind::Ordering {
                    items: strings(&["a", "b", "c"]),
                },
            ),
        ],
    }
}

fn record(
    player: u32,
    question: usize,
    answer: AnswerValue,
    elapsed_ms: u64,
    correct: bool,
    points: u32,
) -> AnswerRecord {
    AnswerRecord {
        player,
        question,
        answer,
        client_id: None,
        elapsed_ms,
        time_limit_ms: 20_000,
        correct,
        points,
        streak_bonus: 0,
    }
}

fn outcome(player: u32, nickname: &str, rank: u32, score: u64, correct: u32) -> PlayerOutcome {
    PlayerOutcome {
        player,
        nickname: nickname.into(),
        rank,
        score,
        correct,
        team: None,
    }
}

fn game() -> FinishedGame {
    use AnswerValue::{Choice, Choices, Text};
    let quiz = quiz();
    FinishedGame {
        id: "g-7".into(),
        pin: "123456".into(),
        quiz_id: quiz.id.clone(),
        quiz_title: quiz.title.clone(),
        question_count: 6,
        // 2026-03-01 10:00:00 UTC and on.
        created_at: 1_772_359_200_000,
        started_at: Some(1_772_359_260_000),
        ended_at: 1_772_359_500_000,
        questions: quiz.questions.iter().map(PlayedQuestion::of).collect(),
        players_removed: None,
        totals: Vec::new(),
        players: vec![
            outcome(0, "Ann", 1, 4450, 4),
            outcome(1, "Bob", 2, 1250, 1),
            outcome(2, NASTY, 3, 875, 1),
        ],
        answers: vec![
            record(0, 0, Choice(0), 400, true, 1000),
            record(1, 0, Choice(1), 3000, false, 0),
            record(2, 0, Choice(0), 5000, true, 875),
            record(0, 1, Choices(vec![3, 0, 1]), 2000, true, 1050),
            record(1, 1, Choices(vec![1, 2]), 4000, false, 0),
            record(0, 3, Text(" pacific ".into()), 1000, true, 1175),
            record(1, 3, Text("PACIFIC".into()), 6000, true, 850),
            record(2, 3, Text("Atlantic".into()), 2500, false, 0),
            record(0, 4, Choice(0), 800, false, 0),
            record(1, 4, Choice(0), 900, false, 0),
            record(2, 4, Choice(1), 1000, false, 0),
            record(0, 5, Choices(vec![0, 1, 2]), 3000, true, 1225),
            record(1, 5, Choices(vec![1, 0, 2]), 5001, false, 400),
        ],
    }
}

fn count(answer: &str, count: u32, correct: bool) -> AnswerCount {
    AnswerCount {
        answer: answer.into(),
        count,
        correct,
    }
}

fn given(
    question: usize,
    answer: &str,
    correct: bool,
    points: u32,
    elapsed_ms: u64,
) -> Option<PlayerAnswer> {
    Some(PlayerAnswer {
        question,
        answer: answer.into(),
        correct,
        points,
        elapsed_ms,
    })
}

#[allow(clippy::too_many_arguments)]
fn question_report(
    index: usize,
    answered: u32,
    correct: u32,
    accuracy: Option<f64>,
    distribution: Vec<AnswerCount>,
    avg_ms: Option<u64>,
    median_ms: Option<u64>,
    difficult: bool,
) -> QuestionReport {
    let played = PlayedQuestion::of(&quiz().questions[index]);
    QuestionReport {
        index,
        text: played.text,
        kind: played.kind,
        choices: played.choices,
        correct_text: played.correct_text,
        answered,
        correct,
        accuracy,
        distribution,
        avg_ms,
        median_ms,
        difficult,
    }
}

fn expected() -> Report {
    Report {
        game: GameInfo {
            id: "g-7".into(),
            pin: "123456".into(),
            quiz_id: "mixed".into(),
            quiz_title: "Mixed bag".into(),
            created_at: 1_772_359_200_000,
            started_at: Some(1_772_359_260_000),
            ended_at: 1_772_359_500_000,
            players: 3,
            questions: 6,
            // 13 answers of 3 players x 5 answerable questions.
            participation: 13.0 / 15.0,
            // Ann and Bob answered all five; the third player three.
            completion: 2.0 / 3.0,
        },
        questions: vec![
            question_report(
                0,
                3,
                2,
                Some(2.0 / 3.0),
                vec![
                    count("Paris", 2, true),
                    count("Lyon", 1, false),
                    count("Nice", 0, false),
                ],
                Some(2800),
                Some(3000),
                false,
            ),
            question_report(
                1,
                2,
                1,
                Some(0.5),
                vec![
                    count("2", 1, true),
                    count("3", 2, true),
                    count("4", 1, false),
                    count("5", 1, true),
                ],
                Some(3000),
                Some(3000),
                false,
            ),
            question_report(2, 0, 0, None, vec![], None, None, false),
            question_report(
                3,
                3,
                2,
                Some(2.0 / 3.0),
                vec![count("pacific", 2, true), count("atlantic", 1, false)],
                // 9500 / 3 = 3166.7
                Some(3167),
                Some(2500),
                false,
            ),
            question_report(
                4,
                3,
                0,
                None,
                vec![count("Yes", 2, false), count("No", 1, false)],
                Some(900),
                Some(900),
                false,
            ),
            question_report(
                5,
                2,
                1,
                Some(0.5),
                vec![count("a > b > c", 1, true), count("b > a > c", 1, false)],
                // 8001 / 2 = 4000.5 rounds up; the median rounds down.
                Some(4001),
                Some(4000),
                false,
            ),
        ],
        players: vec![
            PlayerReport {
                player: 0,
                nickname: "Ann".into(),
                rank: 1,
                score: 4450,
                correct: 4,
                answered: 5,
                avg_ms: Some(1440),
                best_streak: 4,
                scores: vec![1000, 2050, 2050, 3225, 3225, 4450],
                answers: vec![
                    given(0, "Paris", true, 1000, 400),
                    given(1, "2, 3, 5", true, 1050, 2000),
                    None,
                    given(3, "pacific", true, 1175, 1000),
                    given(4, "Yes", false, 0, 800),
                    given(5, "a > b > c", true, 1225, 3000),
                ],
                team: None,
            },
            PlayerReport {
                player: 1,
                nickname: "Bob".into(),
                rank: 2,
                score: 1250,
                correct: 1,
                answered: 5,
                // 18901 / 5 = 3780.2
                avg_ms: Some(3780),
                best_streak: 1,
                scores: vec![0, 0, 0, 850, 850, 1250],
                answers: vec![
                    given(0, "Lyon", false, 0, 3000),
                    given(1, "3, 4", false, 0, 4000),
                    None,
                    given(3, "PACIFIC", true, 850, 6000),
                    given(4, "Yes", false, 0, 900),
                    given(5, "b > a > c", false, 400, 5001),
                ],
                team: None,
            },
            PlayerReport {
                player: 2,
                nickname: NASTY.into(),
                rank: 3,
                score: 875,
                correct: 1,
                answered: 3,
                // 8500 / 3 = 2833.3
                avg_ms: Some(2833),
                best_streak: 1,
                scores: vec![875; 6],
                answers: vec![
                    given(0, "Paris", true, 875, 5000),
                    None,
                    None,
                    given(3, "Atlantic", false, 0, 2500),
                    given(4, "No", false, 0, 1000),
                    None,
                ],
                team: None,
            },
        ],
        teams: Vec::new(),
    }
}

#[test]
fn every_figure_of_a_game_is_worked_out() {
    let report = Report::from_finished(&game());
    assert_eq!(report, expected());
    // The played questions carry what the report names.
    assert_eq!(report.questions[1].correct_text, ["2", "3", "5"]);
    assert_eq!(report.questions[3].correct_text, ["Pacific"]);
    assert_eq!(report.questions[5].choices, ["a", "b", "c"]);
    assert!(report.questions[4].correct_text.is_empty());
}

#[test]
fn a_question_below_half_right_is_difficult_and_streaks_break() {
    let mut game = game();
    // Ann misses the multi: 1 of 2 right there is 0.5 (not difficult), 0 of 2 is.
    game.answers[3] = record(0, 1, AnswerValue::Choices(vec![2]), 2000, false, 0);
    let report = Report::from_finished(&game);
    assert_eq!(report.questions[1].accuracy, Some(0.0));
    assert!(report.questions[1].difficult);
    assert!(!report.questions[0].difficult);
    // Paris, miss, (slide), Pacific, (poll), order: a run of 2 at most.
    assert_eq!(report.players[0].best_streak, 2);
    assert_eq!(report.players[0].answers[1].as_ref().unwrap().answer, "4");
}

#[test]
fn a_game_stored_before_played_questions_kept_choices_still_reports() {
    let mut game = game();
    let old: Vec<PlayedQuestion> = serde_json::from_str(
        r#"[{"text":"Capital of France?","kind":"single"},{"text":"Primes?","kind":"multi"},
            {"text":"Break","kind":"slide"},{"text":"Largest ocean?","kind":"type_answer"},
            {"text":"Fun?","kind":"poll"},{"text":"Order","kind":"ordering"}]"#,
    )
    .unwrap();
    game.questions = old;
    let report = Report::from_finished(&game);
    assert_eq!(report.players[0].answers[0].as_ref().unwrap().answer, "#1");
    assert_eq!(
        report.players[0].answers[5].as_ref().unwrap().answer,
        "#1 > #2 > #3"
    );
    // Without choices, answers are grouped as given.
    assert_eq!(
        report.questions[0].distribution,
        [count("#1", 2, true), count("#2", 1, false)]
    );
    // Points were not kept: streaks count by kind.
    assert_eq!(report.players[0].best_streak, 4);
    assert_eq!(report.game.participation, 13.0 / 15.0);
}

#[test]
fn a_game_without_players_has_no_participation() {
    let mut game = game();
    game.players.clear();
    game.answers.clear();
    let report = Report::from_finished(&game);
    assert_eq!(
        (report.game.participation, report.game.completion),
        (0.0, 0.0)
    );
    assert!(report
        .questions
        .iter()
        .all(|q| q.accuracy.is_none() && q.avg_ms.is_none()));
}

#[test]
fn a_game_whose_answers_retention_removed_reports_from_its_totals() {
    let full = Report::from_finished(&game());
    let mut purged = game();
    // What retention keeps: per question, answers given, right ones, points.
    purged.totals = (0..6u32)
        .filter_map(|q| {
            let given: Vec<&AnswerRecord> = purged
                .answers
                .iter()
                .filter(|a| a.question == q as usize)
                .collect();
            (!given.is_empty()).then(|| QuestionTotal {
                question: q,
                answers: given.len() as u32,
                correct: given.iter().filter(|a| a.correct).count() as u32,
                points: given.iter().map(|a| u64::from(a.points)).sum(),
            })
        })
        .collect();
    purged.players_removed = Some(PlayersRemoved {
        at: 1_780_000_000_000,
        players: 3,
    });
    purged.players.clear();
    purged.answers.clear();
    let report = Report::from_finished(&purged);
    assert_eq!(report.game.players, 3);
    assert_eq!(report.game.participation, full.game.participation);
    let counts = |r: &Report| -> Vec<(u32, u32, Option<f64>, bool)> {
        r.questions
            .iter()
            .map(|q| (q.answered, q.correct, q.accuracy, q.difficult))
            .collect()
    };
    assert_eq!(counts(&report), counts(&full));
    // Q0: 3 answered, 2 right; the poll is not judged; the slide takes none.
    assert_eq!(counts(&report)[0], (3, 2, Some(2.0 / 3.0), false));
    assert_eq!(counts(&report)[4], (3, 0, None, false));
    assert_eq!(counts(&report)[2], (0, 0, None, false));
    // What went with the answers.
    assert!(report.players.is_empty());
    assert!(report
        .questions
        .iter()
        .all(|q| q.distribution.iter().all(|d| d.count == 0) && q.avg_ms.is_none()));
}

#[test]
fn a_quiz_report_adds_up_its_games_in_quiz_order() {
    let first = game();
    // A second game played the questions in another order: the ordering
    // question first, the single one last.
    let mut second = game();
    second.id = "g-8".into();
    second.questions.swap(0, 5);
    for a in &mut second.answers {
        a.question = match a.question {
            0 => 5,
            5 => 0,
            q => q,
        };
    }
    // Everyone got the single question right in the second game.
    for a in second.answers.iter_mut().filter(|a| a.question == 5) {
        a.correct = true;
    }
    // A third game where "Fun?" had changed is not counted for it.
    let mut third = game();
    third.id = "g-9".into();
    third.questions[4].text = "Fun, really?".into();
    third.answers.retain(|a| a.question == 4);

    let report = QuizReport::from_games(&quiz(), &[first, second, third]);
    let line = |index: usize, text: &str, games, answered, correct, accuracy| QuizQuestion {
        index,
        text: text.into(),
        games,
        answered,
        correct,
        accuracy,
    };
    assert_eq!(
        report,
        QuizReport {
            quiz_id: "mixed".into(),
            quiz_title: "Mixed bag".into(),
            games: 3,
            questions: vec![
                line(0, "Capital of France?", 3, 6, 5, Some(5.0 / 6.0)),
                line(1, "Primes?", 3, 4, 2, Some(0.5)),
                line(2, "Break", 3, 0, 0, None),
                line(3, "Largest ocean?", 3, 6, 4, Some(4.0 / 6.0)),
                line(4, "Fun?", 2, 6, 0, None),
                line(5, "Order", 3, 4, 2, Some(0.5)),
            ],
            missed_most: vec![1, 5, 3, 0],
        }
    );
}

#[test]
fn true_false_and_slider_answers_read_as_players_gave_them() {
    use AnswerValue::{Choice, Number};
    let questions = [
        question("Is water wet?", QuestionKind::TrueFalse { correct: true }),
        question(
            "Moons of Mars?",
            QuestionKind::Slider {
                min: 0.0,
                max: 10.0,
                step: 0.5,
                correct: 2.0,
                tolerance: 0.0,
                unit: None,
            },
        ),
    ];
    let mut game = game();
    game.question_count = 2;
    game.questions = questions.iter().map(PlayedQuestion::of).collect();
    game.answers = vec![
        record(0, 0, Choice(0), 1000, true, 1000),
        record(1, 0, Choice(1), 2000, false, 0),
        record(0, 1, Choice(2), 1000, true, 1000),
        record(1, 1, Number(2.5), 3000, false, 600),
        record(2, 1, Number(7.5), 4000, false, 0),
    ];
    let report = Report::from_finished(&game);
    assert_eq!(
        report.questions[0].distribution,
        [count("True", 1, true), count("False", 1, false)]
    );
    assert_eq!(report.questions[1].correct_text, ["2"]);
    assert_eq!(
        report.questions[1].distribution,
        [
            count("2", 1, true),
            count("2.5", 1, false),
            count("7.5", 1, false)
        ]
    );
    assert_eq!(report.questions[1].accuracy, Some(1.0 / 3.0));
    assert!(report.questions[1].difficult);
    assert_eq!(report.questions[1].median_ms, Some(3000));
    assert_eq!(report.players[1].scores, [0, 600]);
    assert_eq!(
        report.players[1].answers[0].as_ref().unwrap().answer,
        "False"
    );
    assert_eq!(report.players[2].answers[1].as_ref().unwrap().answer, "7.5");
    // Two players of three answered both questions.
    assert_eq!(report.game.participation, 5.0 / 6.0);
    assert_eq!(report.game.completion, 2.0 / 3.0);
}

mod downloads;
mod teams;
