//! The batch's outbox and the order its messages go out in. Nothing is
//! sent before the batch is on disk; then, in the order the engine
//! produced them:
//!
//! - a connection's `welcome` is its first message: messages for a player
//!   made earlier in the batch than their new connection's welcome (an
//!   acknowledgement for the connection it replaced) are held and follow
//!   it, and broadcasts made before it are not sent again (the welcome's
//!   state has them);
//! - the "answered N of M" count for hosts is coalesced to at most one per
//!   `ANSWER_COUNT_EVERY`, and one still waiting goes out before a phase
//!   change, so hosts see the final tally ahead of the reveal;
//! - a kick is sent, then the kicked player's socket is closed.
//!
//! Each broadcast is encoded once and the same bytes are queued for every
//! recipient; a message for one player is encoded as soon as it is made.

use std::time::Duration;

use tokio::time::Instant;
use tokio_tungstenite::tungstenite::Utf8Bytes;

use super::conns::{ConnTable, GameState};
use crate::game::{Audience, Output, PlayerId};
use crate::protocol::ServerMsg;

/// Hosts and screens get the "answered N of M" count at most this often.
pub(super) const ANSWER_COUNT_EVERY: Duration = Duration::from_millis(100);

/// A message waiting for the batch to commit (a reveal queues one per
/// player, so `ServerMsg` is kept small; see protocol.rs).
enum Delivery {
    Out(Output),
    Conn(u64, ServerMsg),
    /// A message for one player, encoded as soon as it was produced.
    Player(PlayerId, Utf8Bytes),
}

pub(super) struct Outbox {
    items: Vec<Delivery>,
    /// The latest answer count not yet sent, and when one was last sent:
    /// a burst of answers becomes a few updates, not one per answer.
    answer_count: Option<ServerMsg>,
    answer_count_sent: Option<Instant>,
    /// Answer acknowledgements queued since the actor started.
    acks: usize,
}

impl Outbox {
    pub(super) fn new() -> Outbox {
        Outbox {
            items: Vec::new(),
            answer_count: None,
            answer_count_sent: None,
            acks: 0,
        }
    }

    /// Where the next message queued stands in the batch.
    pub(super) fn position(&self) -> usize {
        self.items.len()
    }

    /// When the answer count waiting is due, if one waits.
    pub(super) fn count_due(&self) -> Option<Instant> {
        self.answer_count
            .as_ref()
            .and(self.answer_count_sent)
            .map(|sent| sent + ANSWER_COUNT_EVERY)
    }

    /// How many answer acknowledgements were queued so far.
    pub(super) fn acks(&self) -> usize {
        self.acks
    }

    /// Queues a message for one connection (a welcome, a refusal).
    pub(super) fn for_conn(&mut self, conn: u64, msg: ServerMsg) {
        self.items.push(Delivery::Conn(conn, msg));
    }

    /// Queues the engine's outputs. Messages for one player are encoded
    /// right away (a kick excepted: it also closes).
    pub(super) fn queue(&mut self, outputs: Vec<Output>) {
        self.items.reserve(outputs.len());
        for output in outputs {
            if matches!(output.msg, ServerMsg::AnswerAck { .. }) {
                self.acks += 1;
            }
            let delivery = match output {
                Output {
                    to: Audience::Player(player),
                    msg,
                } if !matches!(msg, ServerMsg::Kicked) => {
                    Delivery::Player(player, msg.to_json().into())
                }
                output => Delivery::Out(output),
            };
            self.items.push(delivery);
        }
    }

    /// Sends the batch's messages, in the order the engine produced them.
    pub(super) fn deliver<G: GameState>(
        &mut self,
        conns: &mut ConnTable,
        game: &mut G,
        now: Instant,
    ) {
        let items = std::mem::take(&mut self.items);
        // Messages for a player whose new connection's welcome comes later
        // in this batch (an acknowledgement for the connection it replaced):
        // they follow the welcome, which must be a connection's first message.
        let mut held: Vec<(u64, Utf8Bytes)> = Vec::new();
        for (position, delivery) in items.into_iter().enumerate() {
            match delivery {
                Delivery::Conn(conn, msg) => {
                    let text: Utf8Bytes = msg.to_json().into();
                    conns.send(game, conn, text, now);
                    if held.iter().any(|(to, _)| *to == conn) {
                        let (mine, others) = held.into_iter().partition(|(to, _)| *to == conn);
                        held = others;
                        for (_, text) in mine {
                            conns.send(game, conn, text, now);
                        }
                    }
                }
                Delivery::Player(player, text) => {
                    if let Some(conn) = conns.of_player(player) {
                        if conns.welcome_due(conn, position) {
                            held.push((conn, text));
                        } else {
                            conns.send(game, conn, text, now);
                        }
                    }
                }
                Delivery::Out(output) if matches!(output.msg, ServerMsg::AnswerCount { .. }) => {
                    self.answer_count = Some(output.msg)
                }
                Delivery::Out(output) => {
                    // A count still waiting goes out before the phase moves
                    // on, so hosts see the final tally ahead of the reveal.
                    if matches!(output.msg, ServerMsg::Phase { .. }) {
                        self.flush_answer_count_at(conns, game, position, now);
                    }
                    dispatch(conns, game, output, position, now)
                }
            }
        }
        conns.end_batch();
        if !game.answering() {
            self.answer_count = None;
        }
        let due = self
            .answer_count_sent
            .is_none_or(|sent| now.saturating_duration_since(sent) >= ANSWER_COUNT_EVERY);
        if due {
            self.flush_answer_count(conns, game, now);
        }
    }

    /// Sends the answer count waiting, if any (its timer fired).
    pub(super) fn flush_answer_count<G: GameState>(
        &mut self,
        conns: &mut ConnTable,
        game: &mut G,
        now: Instant,
    ) {
        self.flush_answer_count_at(conns, game, usize::MAX, now);
    }

    /// Sends the waiting answer count as if it stood at `position` of the
    /// batch being delivered: hosts whose welcome comes later skip it.
    fn flush_answer_count_at<G: GameState>(
        &mut self,
        conns: &mut ConnTable,
        game: &mut G,
        position: usize,
        now: Instant,
    ) {
        if let Some(msg) = self.answer_count.take() {
            self.answer_count_sent = Some(now);
            let to = Audience::Hosts;
            dispatch(conns, game, Output { to, msg }, position, now);
        }
    }
}

/// Encodes one output once and queues it for its audience, as if it stood
/// at `position` of the batch being delivered (`usize::MAX`: after every
/// welcome). A kicked player's socket is closed after the kick.
pub(super) fn dispatch<G: GameState>(
    conns: &mut ConnTable,
    game: &mut G,
    Output { to, msg }: Output,
    position: usize,
    now: Instant,
) {
    let kicked = matches!(msg, ServerMsg::Kicked);
    let text: Utf8Bytes = msg.to_json().into();
    match to {
        Audience::Player(p) => {
            let Some(conn) = conns.of_player(p) else {
                return;
            };
            conns.send(game, conn, text, now);
            if kicked {
                conns.kick(conn, p);
            }
        }
        Audience::Everyone | Audience::Hosts | Audience::Players => {
            conns.broadcast(game, &to, &text, position, now);
        }
    }
}

#[cfg(test)]
mod tests;
