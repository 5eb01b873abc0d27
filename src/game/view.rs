//! What clients see of a game: the phase view and the standings. Read-only
//! over `Game`; correct answers appear only in the reveal.

use crate::protocol::{PhaseView, Standing};

use super::{leaderboard, Game, Phase, LEADERBOARD_SIZE, PODIUM_SIZE};

impl Game {
    pub fn standings(&self, limit: usize) -> Vec<Standing> {
        leaderboard::rank(self.players().map(|p| (p.id, p.score)))
            .into_iter()
            .take(limit)
            .map(|(rank, player, score)| {
                let p = &self.players[player as usize];
                Standing {
                    rank,
                    player,
                    nickname: p.nickname.clone(),
                    score,
                    previous_rank: p.previous_rank,
                }
            })
            .collect()
    }

    /// The current phase as clients draw it. Correct answers appear only in
    /// `Reveal`.
    pub fn view(&self) -> PhaseView {
        let total = self.quiz.questions.len();
        let index = self.question;
        let q = &self.quiz.questions[index.min(total.saturating_sub(1))];
        match &self.phase {
            Phase::Lobby => PhaseView::Lobby,
            Phase::Intro { opens_at } => PhaseView::Intro {
                index,
                total,
                text: q.text.clone(),
                kind: q.kind.name().into(),
                time_limit_ms: u64::from(q.time_limit) * 1000,
                points: q.points,
                opens_at: *opens_at,
            },
            Phase::Answering {
                time_limit_ms,
                deadline,
                remaining_ms,
            } => PhaseView::Answering {
                index,
                total,
                text: q.text.clone(),
                kind: q.kind.name().into(),
                answers: q.kind.answers().to_vec(),
                time_limit_ms: *time_limit_ms,
                points: q.points,
                deadline: *deadline,
                remaining_ms: deadline.is_none().then_some(*remaining_ms),
            },
            Phase::Reveal => {
                let answers = q.kind.answers().to_vec();
                let mut counts = vec![0u32; answers.len()];
                let mut answered = 0;
                for a in self.answers.iter().filter(|a| a.question == index) {
                    answered += 1;
                    if let Some(c) = q.kind.bucket(&a.answer).and_then(|b| counts.get_mut(b)) {
                        *c += 1;
                    }
                }
                PhaseView::Reveal {
                    index,
                    total,
                    text: q.text.clone(),
                    answers,
                    correct: q.kind.correct_choices(),
                    counts,
                    answered,
                    explanation: q.explanation.clone(),
                }
            }
            Phase::Leaderboard => PhaseView::Leaderboard {
                index,
                total,
                top: self.standings(LEADERBOARD_SIZE),
            },
            Phase::Podium => PhaseView::Podium {
                top: self.standings(PODIUM_SIZE),
            },
            Phase::Ended => PhaseView::Ended,
        }
    }
}
