//! The lifecycle events a game raises (`notify::Events`): created once its
//! first snapshot is on disk, started when the lobby gives way to the first
//! question, a question closed when its answers are scored, finished once
//! the results are saved (`results`). Raised only at phase changes, never
//! per answer, and without waiting: the queue drops what it has no room for.

use std::mem::{discriminant, Discriminant};

use super::*;
use crate::notify::GameEvent;

impl GameActor {
    /// Where the game raises its lifecycle events.
    pub fn with_events(mut self, events: crate::notify::Events) -> Self {
        self.events = events;
        self
    }

    pub(super) fn raise_created(&self) {
        self.events
            .raise(GameEvent::created(&self.game, self.game.created_at));
    }

    /// After a phase change from a phase like `before`.
    pub(super) fn raise_phase_events(&self, before: Discriminant<Phase>) {
        let now = now_ms();
        let was_open = before == discriminant(&Phase::Intro { opens_at: 0 })
            || before
                == discriminant(&Phase::Answering {
                    time_limit_ms: 0,
                    deadline: None,
                    remaining_ms: 0,
                });
        match self.game.phase() {
            Phase::Intro { .. } | Phase::Answering { .. } | Phase::Slide
                if before == discriminant(&Phase::Lobby) =>
            {
                self.events.raise(GameEvent::started(
                    &self.game,
                    self.game.started_at.unwrap_or(now),
                ));
            }
            // Ending the game mid-question scores it on the way to the podium.
            Phase::Reveal | Phase::Podium if was_open => {
                let index = self.game.question_index();
                self.events
                    .raise(GameEvent::question_closed(&self.game, index, now));
            }
            _ => {}
        }
    }

    /// The results just saved.
    pub(super) fn raise_finished(&self, results: &FinishedGame) {
        self.events
            .raise(GameEvent::finished(&self.game, results, now_ms()));
    }
}
