//! Lookups that keep joining, answering and resuming from scanning every
//! player: the nicknames in use, resume tokens, and how many players are in
//! the game and connected. With ten thousand players a scan per join or per
//! answer is a hundred million steps per question.
//!
//! It is derived from the player list only: never serialized, and rebuilt
//! on first use after a game is loaded from a snapshot or cloned.

use std::collections::{HashMap, HashSet};

use super::{nickname, Player, PlayerId};

#[derive(Debug, Default)]
pub(super) struct Index {
    built: bool,
    /// Look-alike forms (`nickname::look_alike`) of the nicknames of
    /// players who were not kicked.
    nicknames: HashSet<String>,
    tokens: HashMap<String, PlayerId>,
    /// Players not kicked.
    active: u32,
    /// Players not kicked and connected.
    connected: u32,
    /// Players not kicked who joined after the start (few), so counting
    /// those still waiting for their first question scans only them.
    late: Vec<PlayerId>,
}

/// A copy starts unbuilt: copies are snapshots, which are only read.
impl Clone for Index {
    fn clone(&self) -> Self {
        Index::default()
    }
}

/// Derived data: two games are equal when their players are.
impl PartialEq for Index {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Index {
    /// Builds the index from `players` unless it is already built.
    pub(super) fn ensure(&mut self, players: &[Player]) {
        if self.built {
            return;
        }
        *self = Index {
            built: true,
            ..Index::default()
        };
        for p in players.iter().filter(|p| !p.kicked) {
            self.add(p);
        }
    }

    pub(super) fn is_built(&self) -> bool {
        self.built
    }

    pub(super) fn active(&self) -> u32 {
        self.active
    }

    pub(super) fn connected(&self) -> u32 {
        self.connected
    }

    /// Whether a current player's nickname looks like one whose
    /// `nickname::look_alike` form is `look_alike`.
    pub(super) fn nickname_taken(&self, look_alike: &str) -> bool {
        self.nicknames.contains(look_alike)
    }

    pub(super) fn late(&self) -> &[PlayerId] {
        &self.late
    }

    pub(super) fn by_token(&self, token: &str) -> Option<PlayerId> {
        self.tokens.get(token).copied()
    }

    /// A player joined (call after `ensure`).
    pub(super) fn add(&mut self, p: &Player) {
        self.nicknames.insert(nickname::look_alike(&p.nickname));
        self.tokens.insert(p.token.clone(), p.id);
        self.active += 1;
        self.connected += u32::from(p.connected);
        if p.plays_from > 0 {
            self.late.push(p.id);
        }
    }

    /// A player was kicked; `p` as it was just before.
    pub(super) fn remove(&mut self, p: &Player) {
        self.nicknames.remove(&nickname::look_alike(&p.nickname));
        self.tokens.remove(&p.token);
        self.active -= 1;
        self.connected -= u32::from(p.connected);
        self.late.retain(|&id| id != p.id);
    }

    /// A current player's connection changed from `was` to `now`.
    pub(super) fn connection(&mut self, was: bool, now: bool) {
        match (was, now) {
            (false, true) => self.connected += 1,
            (true, false) => self.connected -= 1,
            _ => {}
        }
    }

    pub(super) fn all_disconnected(&mut self) {
        self.connected = 0;
    }
}
