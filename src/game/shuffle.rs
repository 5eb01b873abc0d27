//! The shuffles a game may ask for, drawn from its seed so a game replays
//! the same way from its snapshot.

use crate::quiz::{splitmix64, QuestionKind, Quiz};

/// Shuffles the quiz's questions and/or the choices of its single, multi
/// and poll questions (remapping which are correct).
pub fn apply(quiz: &mut Quiz, seed: u64, questions: bool, answers: bool) {
    let mut state = seed;
    if questions {
        let order = permutation(&mut state, quiz.questions.len());
        let mut taken: Vec<Option<_>> = quiz.questions.drain(..).map(Some).collect();
        quiz.questions = order.iter().filter_map(|&i| taken[i].take()).collect();
    }
    if answers {
        for q in &mut quiz.questions {
            match &mut q.kind {
                QuestionKind::Single { answers, correct } => {
                    let order = permutation(&mut state, answers.len());
                    *answers = order.iter().map(|&i| answers[i].clone()).collect();
                    *correct = new_position(&order, *correct);
                }
                QuestionKind::Multi { answers, correct } => {
                    let order = permutation(&mut state, answers.len());
                    *answers = order.iter().map(|&i| answers[i].clone()).collect();
                    for c in correct.iter_mut() {
                        *c = new_position(&order, *c);
                    }
                    correct.sort_unstable();
                }
                QuestionKind::Poll { answers } => {
                    let order = permutation(&mut state, answers.len());
                    *answers = order.iter().map(|&i| answers[i].clone()).collect();
                }
                _ => {}
            }
        }
    }
}

/// `order[k]` is the old index of what now sits at position `k`.
fn permutation(state: &mut u64, n: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        let j = (splitmix64(state) % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    order
}

fn new_position(order: &[usize], old: usize) -> usize {
    order.iter().position(|&i| i == old).unwrap_or(old)
}
