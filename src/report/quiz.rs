//! How each question of a quiz fared across every finished game played
//! with it. A game keeps its own copy of the questions, in the order it
//! played them (perhaps shuffled), so a quiz question is found in a game by
//! its text and kind; one changed since a game was played is not found in
//! that game.

use serde::{Deserialize, Serialize};

use crate::quiz::Quiz;
use crate::store::FinishedGame;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuizReport {
    pub quiz_id: String,
    pub quiz_title: String,
    /// Finished games counted.
    pub games: u32,
    /// In the quiz's order.
    pub questions: Vec<QuizQuestion>,
    /// Question indices by accuracy, lowest first (ties in quiz order);
    /// questions without an accuracy are left out.
    pub missed_most: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuizQuestion {
    /// Position in the quiz, from 0.
    pub index: usize,
    pub text: String,
    /// Games in which it was played.
    pub games: u32,
    pub answered: u32,
    pub correct: u32,
    /// `correct / answered`; `None` when unscored or never answered.
    pub accuracy: Option<f64>,
}

impl QuizReport {
    pub fn from_games(quiz: &Quiz, games: &[FinishedGame]) -> QuizReport {
        let questions: Vec<QuizQuestion> =
            quiz.questions
                .iter()
                .enumerate()
                .map(|(index, question)| {
                    let (mut played_in, mut answered, mut correct) = (0u32, 0u32, 0u32);
                    for game in games {
                        let Some(at) = game.questions.iter().position(|p| {
                            p.text == question.text && p.kind == question.kind.name()
                        }) else {
                            continue;
                        };
                        played_in += 1;
                        for a in game.answers.iter().filter(|a| a.question == at) {
                            answered += 1;
                            correct += u32::from(a.correct);
                        }
                    }
                    let accuracy = (question.kind.is_scored() && answered > 0)
                        .then(|| f64::from(correct) / f64::from(answered));
                    QuizQuestion {
                        index,
                        text: question.text.clone(),
                        games: played_in,
                        answered,
                        correct,
                        accuracy,
                    }
                })
                .collect();
        let mut rated: Vec<(f64, usize)> = questions
            .iter()
            .filter_map(|q| q.accuracy.map(|a| (a, q.index)))
            .collect();
        rated.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        QuizReport {
            quiz_id: quiz.id.clone(),
            quiz_title: quiz.title.clone(),
            games: games.len() as u32,
            questions,
            missed_most: rated.into_iter().map(|(_, i)| i).collect(),
        }
    }
}
