//! The run's figures from every player's raw outcome, wherever the player
//! ran: latencies as percentiles over all the samples (never an average of
//! each load process's percentiles, which would hide a slow process's
//! tail), answers counted, and each acknowledged answer looked up in the
//! saved results. It reads outcomes only; it does not talk to anything.

use std::collections::HashSet;

use super::player::Outcome;
use super::report::Percentiles;

/// At most this many examples of why connections dropped.
const DROP_REASONS: usize = 5;

/// (player id, question, answer id) of every answer the game saved.
pub type Saved<'a> = HashSet<(u32, usize, &'a str)>;

/// What every player measured, together.
#[derive(Debug, Clone, Default)]
pub struct Merged {
    pub fanout_ms: Percentiles,
    pub ack_ms: Percentiles,
    pub answers_sent: u64,
    pub answers_acked: u64,
    pub answers_refused: u64,
    /// Acknowledged answers missing from the saved results.
    pub lost_answers: u64,
    pub dropped_connections: u64,
    pub drop_reasons: Vec<String>,
    /// First connection attempt to last `welcome`, over every player (the
    /// times are on a clock all the bench's processes share).
    pub join_secs: f64,
}

pub fn merge(outcomes: &[Outcome], saved: &Saved<'_>) -> Merged {
    let samples = outcomes.iter().map(|o| o.fanout_ms.len()).sum();
    let mut fanout = Vec::with_capacity(samples);
    let mut ack = Vec::with_capacity(samples);
    let mut merged = Merged::default();
    for o in outcomes {
        fanout.extend_from_slice(&o.fanout_ms);
        ack.extend_from_slice(&o.ack_ms);
        merged.answers_sent += u64::from(o.sent);
        merged.answers_refused += u64::from(o.refused);
        merged.answers_acked += o.acked.len() as u64;
        if let Some(id) = o.player {
            merged.lost_answers += o
                .acked
                .iter()
                .filter(|(q, client_id)| !saved.contains(&(id, *q, client_id.as_str())))
                .count() as u64;
        }
        if let Some(reason) = &o.dropped {
            merged.dropped_connections += 1;
            if merged.drop_reasons.len() < DROP_REASONS {
                merged.drop_reasons.push(reason.clone());
            }
        }
        if let Some(reason) = &o.join_error {
            if merged.drop_reasons.len() < DROP_REASONS {
                merged.drop_reasons.push(format!("join failed: {reason}"));
            }
        }
    }
    let first_attempt = outcomes
        .iter()
        .filter_map(|o| o.join_started)
        .min_by(f64::total_cmp);
    let last_welcome = outcomes
        .iter()
        .filter_map(|o| o.joined_at)
        .max_by(f64::total_cmp);
    if let (Some(a), Some(b)) = (first_attempt, last_welcome) {
        merged.join_secs = ((b - a) / 1000.0).max(0.0);
    }
    merged.fanout_ms = Percentiles::of(fanout);
    merged.ack_ms = Percentiles::of(ack);
    merged
}

#[cfg(test)]
mod tests;
