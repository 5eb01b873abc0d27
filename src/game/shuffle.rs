//! The shuffles a game may ask for, and each player's own starting order
//! of an ordering question, drawn from its seed so a game replays the same
//! way from its snapshot (or its live log) with no randomness of its own.

use crate::quiz::{splitmix64, QuestionKind, Quiz};

/// Shuffles the quiz's questions and/or the choices of its single, multi
/// and poll questions (remapping which are correct).
pub fn apply(quiz: &mut Quiz, seed: u64, questions: bool, answers: bool) {
    let mut state = seed;
    if questions {
        // Questions stay in their round: each round is shuffled apart.
        let mut bounds: Vec<usize> = quiz.rounds.iter().map(|r| r.start).collect();
        bounds.push(quiz.questions.len());
        let mut taken: Vec<Option<_>> = quiz.questions.drain(..).map(Some).collect();
        let mut from = 0;
        for to in bounds {
            let to = to.min(taken.len()).max(from);
            let order = permutation(&mut state, to - from);
            quiz.questions
                .extend(order.iter().filter_map(|&i| taken[from + i].take()));
            from = to;
        }
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

/// The order `player`'s list of ordering question `question`'s `n` items
/// starts in (`order[p]` is the item at place `p`): a shuffle of their own,
/// so submitting it untouched earns each player a different credit, and
/// never the correct order when there are 2 items or more (a draw that
/// comes out right is turned one place).
pub fn player_order(seed: u64, question: usize, player: u32, n: usize) -> Vec<usize> {
    // Question and player mixed in apart, so neither two questions nor two
    // players share a stream.
    let mut state = seed ^ (question as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    state ^= splitmix64(&mut (u64::from(player) ^ 0xD1B5_4A32_D192_ED03));
    let mut order = permutation(&mut state, n);
    if n >= 2 && order.iter().enumerate().all(|(p, &i)| p == i) {
        order.rotate_left(1);
    }
    order
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
