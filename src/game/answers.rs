//! A player's answer arriving: checked against the open question, kept
//! pending (scored only when the question closes), acknowledged once and
//! again on a resend, and the question closed early once every connected
//! player who plays it has answered (late joiners wait for the next one).

use super::*;

impl Game {
    pub(super) fn answer(
        &mut self,
        player: PlayerId,
        question: usize,
        answer: AnswerValue,
        client_id: Option<String>,
        now: u64,
    ) -> Result<Vec<Output>, GameError> {
        let Some(plays_from) = self.player(player).map(|p| p.plays_from) else {
            return Err(GameError::NoSuchPlayer(player));
        };
        let ack = |id| {
            vec![out(
                Audience::Player(player),
                ServerMsg::AnswerAck {
                    index: question,
                    id,
                },
            )]
        };
        // A resent answer for a question already scored is acknowledged
        // again. The open question has no scored answers yet, so the common
        // case skips looking through every answer of the game.
        let open = question == self.question
            && matches!(self.phase, Phase::Intro { .. } | Phase::Answering { .. });
        if client_id.is_some()
            && !open
            && self
                .answers
                .iter()
                .any(|a| a.player == player && a.question == question && a.client_id == client_id)
        {
            return Ok(ack(client_id));
        }
        if question != self.question {
            return Err(GameError::WrongQuestion { got: question });
        }
        if plays_from > question {
            return Err(GameError::JoinedLate { from: plays_from });
        }
        if let Some(previous) = self.pending.get(&player) {
            if client_id.is_some() && previous.client_id == client_id {
                return Ok(ack(client_id));
            }
            return Err(GameError::AlreadyAnswered);
        }
        let (time_limit_ms, deadline, remaining_ms) = match self.phase {
            Phase::Answering {
                time_limit_ms,
                deadline,
                remaining_ms,
            } => (time_limit_ms, deadline, remaining_ms),
            Phase::Intro { .. } => return Err(GameError::WrongPhase("answers are not open yet")),
            Phase::Lobby => return Err(GameError::WrongPhase("the game has not started")),
            Phase::Slide => return Err(GameError::WrongPhase("a slide takes no answer")),
            _ => return Err(GameError::TooLate),
        };
        let remaining = match deadline {
            Some(d) if now > d => return Err(GameError::TooLate),
            Some(d) => d - now,
            None => remaining_ms,
        };
        let answer = self.shown_to_items(answer);
        self.quiz.questions[self.question]
            .kind
            .judge(&answer)
            .map_err(|e| GameError::InvalidAnswer(e.to_string()))?;
        self.pending.insert(
            player,
            PendingAnswer {
                answer,
                client_id: client_id.clone(),
                elapsed_ms: time_limit_ms.saturating_sub(remaining),
            },
        );
        let mut outputs = ack(client_id);
        let (waiting, _) = self.waiting();
        outputs.push(out(
            Audience::Hosts,
            ServerMsg::AnswerCount {
                index: self.question,
                answered: self.pending.len() as u32,
                players: self.player_count().saturating_sub(waiting),
            },
        ));
        self.close_if_all_answered(&mut outputs, now);
        Ok(outputs)
    }

    /// Closes the question, appending its reveal and results to `outputs`,
    /// once every connected player has answered.
    pub(super) fn close_if_all_answered(&mut self, outputs: &mut Vec<Output>, now: u64) {
        if !matches!(self.phase, Phase::Answering { .. }) {
            return;
        }
        // Every pending answer is from a current player, so fewer pending
        // answers than connected players settles it without a scan.
        let (_, waiting) = self.waiting();
        if (self.pending.len() as u32) < self.index.connected().saturating_sub(waiting) {
            return;
        }
        let (mut connected, mut answered) = (0, 0);
        let question = self.question;
        for p in self
            .players()
            .filter(|p| p.connected && p.plays_from <= question)
        {
            connected += 1;
            answered += usize::from(self.pending.contains_key(&p.id));
        }
        let all_answered = connected > 0 && answered == connected;
        if all_answered {
            self.close_question_into(outputs, now);
        }
    }
}
