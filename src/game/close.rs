//! Closing a question: scoring every pending answer at one moment (speed
//! points, streaks, ranks) and building the reveal and each player's result.

use std::collections::BTreeMap;

use super::*;

impl Game {
    /// Scores the open question and shows the reveal.
    pub(super) fn close_question(&mut self, now: u64) -> Vec<Output> {
        let mut outputs = Vec::new();
        self.close_question_into(&mut outputs, now);
        outputs
    }

    /// Scores the open question and appends the reveal and each player's
    /// result to `outputs`. A large game's reveal is the engine's largest
    /// output (one result per player), so `outputs` grows once, by exactly
    /// what it takes. Late joiners waiting for their first question are
    /// ranked but get no result for it; with auto-advance the reveal's
    /// countdown starts at `now`.
    pub(super) fn close_question_into(&mut self, outputs: &mut Vec<Output>, now: u64) {
        let index = self.question;
        let time_limit_ms = match self.phase {
            Phase::Answering { time_limit_ms, .. } => time_limit_ms,
            _ => u64::from(self.quiz.questions[index].time_limit) * 1000,
        };
        // Cloned so scoring can update players while reading the question.
        let question = self.quiz.questions[index].clone();
        let scored = question.kind.is_scored();
        let pending = std::mem::take(&mut self.pending);
        let streak_bonus_on = self.options.streak_bonus;
        let mut results: BTreeMap<PlayerId, (bool, bool, bool, u32, u32)> = BTreeMap::new();
        // Grown by exactly this question's answers: doubling would leave up
        // to half of a large game's records unused.
        self.answers.reserve_exact(pending.len());
        for p in self
            .players
            .iter_mut()
            .filter(|p| !p.kicked && p.plays_from <= index)
        {
            let Some(a) = pending.get(&p.id) else {
                if scored && question.points > 0 {
                    p.streak = 0;
                }
                results.insert(p.id, (false, false, false, 0, 0));
                continue;
            };
            let credit = question.kind.judge(&a.answer).unwrap_or(0.0);
            let correct = scored && credit >= 1.0;
            let partial = scored && credit > 0.0 && credit < 1.0;
            let (mut points, mut bonus) = (0, 0);
            if scored && question.points > 0 {
                if correct {
                    p.streak += 1;
                    p.correct += 1;
                    if streak_bonus_on {
                        bonus = scoring::streak_bonus(p.streak);
                    }
                } else {
                    p.streak = 0;
                }
                let earned = scoring::speed_points(question.points, a.elapsed_ms, time_limit_ms);
                points = (f64::from(earned) * credit).round() as u32 + bonus;
                p.score += u64::from(points);
            }
            results.insert(p.id, (true, correct, partial, points, bonus));
            self.answers.push(AnswerRecord {
                player: p.id,
                question: index,
                answer: a.answer.clone(),
                client_id: a.client_id.clone(),
                elapsed_ms: a.elapsed_ms,
                time_limit_ms,
                correct,
                points,
                streak_bonus: bonus,
            });
        }
        let standings = self.rerank();
        self.phase = Phase::Reveal;
        self.start_advance(now);
        let mut phase = self.phase_output();
        outputs.reserve_exact(phase.len() + standings.len());
        outputs.append(&mut phase);
        let players = standings.len() as u32;
        let team_places = self.team_places();
        for (position, (rank, player, score)) in standings.iter().enumerate() {
            let Some(&(answered, correct, partial, points, streak_bonus)) = results.get(player)
            else {
                continue;
            };
            let behind = position
                .checked_sub(1)
                .map(|above| standings[above].2 - score)
                .filter(|_| *rank > 1);
            outputs.push(out(
                Audience::Player(*player),
                ServerMsg::Result(PlayerResult {
                    index,
                    answered,
                    correct,
                    partial,
                    unscored: !scored,
                    points,
                    streak_bonus,
                    streak: self.players[*player as usize].streak,
                    score: *score,
                    rank: *rank,
                    players,
                    behind,
                    team: self.team_place_of(&team_places, *player),
                }),
            ));
        }
    }

    /// Recomputes ranks, remembering the previous ones; returns the standings.
    pub(super) fn rerank(&mut self) -> Vec<(u32, PlayerId, u64)> {
        let ranked = leaderboard::rank(self.players().map(|p| (p.id, p.score)));
        for &(rank, player, _) in &ranked {
            let p = &mut self.players[player as usize];
            p.previous_rank = Some(p.rank);
            p.rank = rank;
        }
        ranked
    }
}
