//! The question flow: a question's intro, answers opening (on time or late
//! after a restart), the leaderboard, the podium and the end, and the phase
//! message each sends to whom; the auto-advance countdown of reveals and
//! leaderboards (started, paused, continued, run out). Host commands and
//! `Tick` drive it; closing a question is `close.rs`.

use super::*;

impl Game {
    pub(super) fn tick(&mut self, now: u64) -> Vec<Output> {
        match self.phase {
            Phase::Intro { opens_at } if now >= opens_at => {
                self.open_answers_on_time(opens_at, now)
            }
            Phase::Answering {
                deadline: Some(deadline),
                ..
            } if now >= deadline => self.close_question(now),
            Phase::Reveal | Phase::Leaderboard | Phase::RoundSummary => match self.advance {
                Some(Advance {
                    deadline: Some(deadline),
                    ..
                }) if now >= deadline => self.advance_now(now),
                _ => Vec::new(),
            },
            Phase::Break if self.options.auto_advance_secs > 0 => match self.advance {
                Some(Advance {
                    deadline: Some(deadline),
                    ..
                }) if now >= deadline => self.after_break(now),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    /// Moves on from the reveal or the leaderboard, as `next` does.
    pub(super) fn advance_now(&mut self, now: u64) -> Vec<Output> {
        match self.phase {
            Phase::Reveal => self.show_leaderboard(now),
            Phase::RoundSummary => self.after_round(now),
            _ => self.after_question(now),
        }
    }

    /// Starts the auto-advance countdown of the phase just shown, when
    /// the game has one.
    pub(super) fn start_advance(&mut self, now: u64) {
        let ms = u64::from(self.options.auto_advance_secs) * 1000;
        self.advance = (ms > 0).then_some(Advance {
            deadline: Some(now + ms),
            remaining_ms: ms,
        });
    }

    /// Freezes the auto-advance countdown; `None` when none is running.
    pub(super) fn pause_advance(&mut self, now: u64) -> Option<Vec<Output>> {
        let Some(Advance {
            deadline: Some(deadline),
            ..
        }) = self.advance()
        else {
            return None;
        };
        self.advance = Some(Advance {
            deadline: None,
            remaining_ms: deadline.saturating_sub(now),
        });
        Some(self.phase_output())
    }

    /// Runs a paused auto-advance countdown again with the time it had
    /// left; `None` when none is paused.
    pub(super) fn continue_advance(&mut self, now: u64) -> Option<Vec<Output>> {
        let Some(Advance {
            deadline: None,
            remaining_ms,
        }) = self.advance()
        else {
            return None;
        };
        self.advance = Some(Advance {
            deadline: Some(now + remaining_ms),
            remaining_ms,
        });
        Some(self.phase_output())
    }

    pub(super) fn show_question(&mut self, index: usize, now: u64) -> Vec<Output> {
        self.question = index;
        self.pending.clear();
        self.advance = None;
        if !self.quiz.questions[index].kind.takes_answers() {
            self.phase = Phase::Slide;
            return self.phase_output();
        }
        self.phase = Phase::Intro {
            opens_at: now + self.options.intro_ms,
        };
        if self.options.intro_ms == 0 {
            return self.open_answers(now);
        }
        self.phase_output()
    }

    /// Answers open at the end of the intro. Players' pages open them by
    /// themselves at `opens_at` (their intro carried the `answering` state),
    /// so only hosts and screens are sent the phase, and the countdown runs
    /// from `opens_at` as it does on the phones. Opening much later than
    /// that (a server that restarted during the intro) starts the countdown
    /// now and tells everyone.
    pub(super) fn open_answers_on_time(&mut self, opens_at: u64, now: u64) -> Vec<Output> {
        if now > opens_at + LATE_OPEN_MS {
            return self.open_answers(now);
        }
        let mut outputs = self.open_answers(opens_at);
        outputs.retain_mut(|o| match o.to {
            Audience::Everyone => {
                o.to = Audience::Hosts;
                true
            }
            Audience::Players => false,
            // Each player's own copy of an ordering question: their intro had it.
            Audience::Player(_) => !matches!(o.msg, ServerMsg::Phase { .. }),
            Audience::Hosts => true,
        });
        outputs
    }

    pub(super) fn open_answers(&mut self, now: u64) -> Vec<Output> {
        let time_limit_ms = u64::from(self.quiz.questions[self.question].time_limit) * 1000;
        self.phase = Phase::Answering {
            time_limit_ms,
            deadline: Some(now + time_limit_ms),
            remaining_ms: time_limit_ms,
        };
        self.phase_output()
    }

    pub(super) fn show_leaderboard(&mut self, now: u64) -> Vec<Output> {
        self.phase = Phase::Leaderboard;
        self.start_advance(now);
        self.phase_output()
    }

    pub(super) fn show_podium(&mut self, now: u64) -> Vec<Output> {
        let mut outputs = Vec::new();
        // Ending mid-question scores and reveals what was answered so far.
        if matches!(self.phase, Phase::Intro { .. } | Phase::Answering { .. }) {
            self.close_question_into(&mut outputs, now);
        }
        self.phase = Phase::Podium;
        self.advance = None;
        self.ended_at = Some(now);
        let mut phase = self.phase_output();
        let ranked = leaderboard::rank(self.players().map(|p| (p.id, p.score)));
        let players = ranked.len() as u32;
        let team_places = self.team_places();
        // One final placing per player: grown once, by exactly that.
        outputs.reserve_exact(phase.len() + ranked.len());
        outputs.append(&mut phase);
        for (rank, player, score) in ranked {
            outputs.push(out(
                Audience::Player(player),
                ServerMsg::Final {
                    rank,
                    score,
                    players,
                    team: self.team_place_of(&team_places, player),
                },
            ));
        }
        outputs
    }

    pub(super) fn end(&mut self) -> Vec<Output> {
        self.phase = Phase::Ended;
        self.phase_output()
    }

    /// The phase message, as one output for everyone, or one for hosts and
    /// screens and another for players when questions are on the big screen
    /// only.
    pub(super) fn phase_output(&self) -> Vec<Output> {
        self.phase_output_with(self.view())
    }

    pub(super) fn phase_output_with(&self, state: PhaseView) -> Vec<Output> {
        // Players are not sent the leaderboard: their result for the
        // question, rank included, stays on their screen. One message fewer
        // per player and question.
        if matches!(
            state,
            PhaseView::Leaderboard { .. } | PhaseView::RoundSummary { .. }
        ) {
            return vec![out(Audience::Hosts, ServerMsg::phase(state))];
        }
        // Players' intro carries the answering state (see `player_view`).
        let intro = matches!(state, PhaseView::Intro { .. });
        // An ordering question starts in a different order on every phone:
        // one copy per connected player. Other kinds stay one message for
        // all, encoded once.
        if self.arranged_per_player(&state) {
            let players_copy = if intro {
                self.player_view()
            } else {
                self.players_see(&state).unwrap_or_else(|| state.clone())
            };
            let mut outputs = Vec::with_capacity(1 + self.player_count() as usize);
            outputs.push(out(Audience::Hosts, ServerMsg::phase(state)));
            for p in self.players().filter(|p| p.connected) {
                let mut copy = players_copy.clone();
                self.arrange_for(&mut copy, p.id);
                outputs.push(out(Audience::Player(p.id), ServerMsg::phase(copy)));
            }
            return outputs;
        }
        if intro {
            return vec![
                out(Audience::Players, ServerMsg::phase(self.player_view())),
                out(Audience::Hosts, ServerMsg::phase(state)),
            ];
        }
        match self.players_see(&state) {
            None => vec![out(Audience::Everyone, ServerMsg::phase(state))],
            Some(redacted) => vec![
                out(Audience::Hosts, ServerMsg::phase(state)),
                out(Audience::Players, ServerMsg::phase(redacted)),
            ],
        }
    }
}
