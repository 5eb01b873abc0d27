//! Spreading one game over several servers: `quizbox bench --server A
//! --server B …` creates the game and attaches the host on the first, and
//! deals the players round-robin over all of them. The report then names
//! each server with its share of the players and what they measured there.

use serde::Serialize;

use super::player::Outcome;
use super::report::Percentiles;

/// Which server (an index into the `--server` list) player `index` uses.
pub fn server_of(index: usize, servers: usize) -> usize {
    index % servers.max(1)
}

/// How many of `players` each of `servers` servers gets.
pub fn counts(players: usize, servers: usize) -> Vec<usize> {
    let mut counts = vec![0; servers.max(1)];
    for index in 0..players {
        counts[server_of(index, servers)] += 1;
    }
    counts
}

/// One server's share of a run spread over several.
#[derive(Debug, Clone, Serialize)]
pub struct ServerShare {
    pub url: String,
    /// Whether the game was created and the host attached here.
    pub host: bool,
    pub players: usize,
    pub joined: usize,
    pub dropped_connections: u64,
    /// Fan-out as measured by this server's players.
    pub fanout_ms: Percentiles,
    /// Answer acknowledgement as measured by this server's players.
    pub ack_ms: Percentiles,
}

/// Each server's share, from the players' outcomes in player order.
pub fn shares(urls: &[String], outcomes: &[Outcome]) -> Vec<ServerShare> {
    urls.iter()
        .enumerate()
        .map(|(n, url)| {
            let mine = || {
                outcomes
                    .iter()
                    .enumerate()
                    .filter(move |(i, _)| server_of(*i, urls.len()) == n)
                    .map(|(_, o)| o)
            };
            ServerShare {
                url: url.clone(),
                host: n == 0,
                players: mine().count(),
                joined: mine().filter(|o| o.player.is_some()).count(),
                dropped_connections: mine().filter(|o| o.dropped.is_some()).count() as u64,
                fanout_ms: Percentiles::of(mine().flat_map(|o| o.fanout_ms.clone()).collect()),
                ack_ms: Percentiles::of(mine().flat_map(|o| o.ack_ms.clone()).collect()),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
