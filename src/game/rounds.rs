//! Rounds: after a round's last question, the round summary (the round's
//! points per player), then a break with a countdown before the next round.
//! The host moves on at any moment; with auto-advance the game moves on by
//! itself when the countdown runs out. Reading the rounds is the quiz's.

use super::*;
use crate::protocol::{AdvanceView, PhaseView, RoundInfo, RoundStanding};

impl Game {
    pub(super) fn show_round_summary(&mut self, now: u64) -> Vec<Output> {
        self.phase = Phase::RoundSummary;
        self.start_advance(now);
        self.phase_output()
    }

    /// The break before the next round, or the podium after the last round
    /// (and the next question straight away when breaks are off).
    pub(super) fn after_round(&mut self, now: u64) -> Vec<Output> {
        let last = self.question + 1 >= self.quiz.questions.len();
        if last || self.options.break_secs == 0 {
            return self.next_or_podium(now);
        }
        let ms = u64::from(self.options.break_secs) * 1000;
        self.phase = Phase::Break;
        self.advance = Some(Advance {
            deadline: Some(now + ms),
            remaining_ms: ms,
        });
        self.phase_output()
    }

    pub(super) fn after_break(&mut self, now: u64) -> Vec<Output> {
        self.next_or_podium(now)
    }

    /// The round the current question belongs to.
    pub fn round(&self) -> Option<usize> {
        self.quiz.round_of(self.question)
    }

    /// Round `round`'s points per player, best first (ties share a rank,
    /// as on the leaderboard), at most `limit`.
    pub fn round_standings(&self, round: usize, limit: usize) -> Vec<RoundStanding> {
        let questions = self.quiz.round_questions(round);
        let mut points: BTreeMap<PlayerId, u64> = self.players().map(|p| (p.id, 0)).collect();
        for a in &self.answers {
            if questions.contains(&a.question) {
                if let Some(total) = points.get_mut(&a.player) {
                    *total += u64::from(a.points);
                }
            }
        }
        leaderboard::rank(points)
            .into_iter()
            .take(limit)
            .map(|(rank, player, points)| {
                let p = &self.players[player as usize];
                RoundStanding {
                    rank,
                    player,
                    nickname: p.nickname.clone(),
                    points,
                    score: p.score,
                }
            })
            .collect()
    }

    /// Round `round` as clients name it.
    pub(super) fn round_info(&self, round: usize) -> Option<RoundInfo> {
        self.quiz.rounds.get(round).map(|r| RoundInfo {
            number: round,
            rounds: self.quiz.rounds.len(),
            name: r.name.clone(),
        })
    }

    /// The round question `index` starts, if it starts one.
    pub(super) fn round_started_by(&self, index: usize) -> Option<RoundInfo> {
        let round = self.quiz.round_of(index)?;
        (self.quiz.rounds[round].start == index)
            .then(|| self.round_info(round))
            .flatten()
    }

    /// The round summary or the break, as hosts and screens draw it.
    pub(super) fn round_view(&self) -> PhaseView {
        let index = self.question;
        let total = self.quiz.questions.len();
        if matches!(self.phase, Phase::Break) {
            let round = self.quiz.round_of(index + 1).unwrap_or_default();
            let countdown = self.advance.unwrap_or(Advance {
                deadline: None,
                remaining_ms: 0,
            });
            return PhaseView::Break {
                index,
                total,
                round: self.round_info(round).unwrap_or_else(|| RoundInfo {
                    number: round,
                    rounds: self.quiz.rounds.len(),
                    name: String::new(),
                }),
                countdown: AdvanceView {
                    deadline: countdown.deadline,
                    remaining_ms: countdown
                        .deadline
                        .is_none()
                        .then_some(countdown.remaining_ms),
                    duration_ms: u64::from(self.options.break_secs) * 1000,
                },
                auto: self.options.auto_advance_secs > 0,
                next_media: self.next_media(index),
            };
        }
        let round = self.round().unwrap_or_default();
        PhaseView::RoundSummary {
            index,
            total,
            round: self.round_info(round).unwrap_or_else(|| RoundInfo {
                number: round,
                rounds: self.quiz.rounds.len(),
                name: String::new(),
            }),
            top: self.round_standings(round, LEADERBOARD_SIZE),
            advance: self.advance_view(),
            next_media: self.next_media(index),
        }
    }
}
