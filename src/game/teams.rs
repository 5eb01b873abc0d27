//! Team mode: which team each player is in, and the team standings. Teams
//! are drawn at random and kept balanced, picked by players from the host's
//! list, or one per shared device with its members' names. A team's score
//! is the mean of its members' points (a device is one member however many
//! people share it). Placement draws from the game's seed, so a replay
//! places everyone the same way; it never reads a clock or randomness.

use serde::{Deserialize, Serialize};

use crate::protocol::{TeamInfo, TeamPlace, TeamStanding};
use crate::quiz::splitmix64;

use super::*;

/// The most teams a game may have.
pub const MAX_TEAMS: usize = 20;
/// The longest a team name may be, in characters.
pub const MAX_TEAM_NAME: usize = 30;
/// The most names a shared device may list.
pub const MAX_MEMBERS: usize = 8;

/// How a game forms teams.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "mode", rename_all = "snake_case")]
pub enum TeamMode {
    /// Everyone plays for themselves.
    #[default]
    Off,
    /// Every player joins the smallest of these teams (ties drawn at random).
    Auto { names: Vec<String> },
    /// Players pick one of these teams; who has not picked when the game
    /// starts (or joins late) is placed as in `Auto`.
    Pick { names: Vec<String> },
    /// Each player is a shared device and its own team, named after its
    /// nickname, with the members' names typed in.
    Device,
}

impl TeamMode {
    pub fn is_off(&self) -> bool {
        matches!(self, TeamMode::Off)
    }

    /// The host's team names (auto and pick; none otherwise).
    pub fn names(&self) -> &[String] {
        match self {
            TeamMode::Auto { names } | TeamMode::Pick { names } => names,
            TeamMode::Off | TeamMode::Device => &[],
        }
    }

    /// The mode's wire name: `off`, `auto`, `pick` or `device`.
    pub fn name(&self) -> &'static str {
        match self {
            TeamMode::Off => "off",
            TeamMode::Auto { .. } => "auto",
            TeamMode::Pick { .. } => "pick",
            TeamMode::Device => "device",
        }
    }

    /// Whether the host's list makes sense: auto and pick need 2 to
    /// `MAX_TEAMS` names, each non-empty, short, and different from the others.
    pub fn check(&self) -> Result<(), String> {
        let names = self.names();
        if matches!(self, TeamMode::Auto { .. } | TeamMode::Pick { .. })
            && !(2..=MAX_TEAMS).contains(&names.len())
        {
            return Err(format!("give 2 to {MAX_TEAMS} team names"));
        }
        for (i, name) in names.iter().enumerate() {
            let trimmed = name.trim();
            if trimmed.is_empty() || trimmed.chars().count() > MAX_TEAM_NAME {
                return Err(format!("team names are 1 to {MAX_TEAM_NAME} characters"));
            }
            if names[..i].iter().any(|n| n.trim() == trimmed) {
                return Err(format!("the team name {trimmed:?} is given twice"));
            }
        }
        Ok(())
    }
}

impl Game {
    /// The team `player` plays for, as the player and the results see it.
    pub fn team_of(&self, player: PlayerId) -> Option<TeamInfo> {
        let p = self.players.get(player as usize)?;
        match &self.options.teams {
            TeamMode::Off => None,
            TeamMode::Device => Some(TeamInfo {
                player: None,
                team: p.id,
                name: p.nickname.clone(),
                members: p.members.clone(),
            }),
            TeamMode::Auto { names } | TeamMode::Pick { names } => {
                let team = p.team?;
                Some(TeamInfo {
                    player: None,
                    team,
                    name: names.get(team as usize)?.trim().to_string(),
                    members: Vec::new(),
                })
            }
        }
    }

    /// Places a player who just joined: into the smallest team when teams
    /// are drawn, or when players pick but the game has started.
    pub(super) fn place_new_player(&mut self, id: PlayerId) {
        let draw = match &self.options.teams {
            TeamMode::Auto { names } => !names.is_empty(),
            TeamMode::Pick { names } => !names.is_empty() && !matches!(self.phase, Phase::Lobby),
            TeamMode::Off | TeamMode::Device => false,
        };
        if draw {
            self.players[id as usize].team = Some(self.smallest_team(id));
        }
    }

    /// At the start: players who did not pick a team are placed, in join
    /// order, each into the smallest team then.
    pub(super) fn place_unpicked(&mut self) {
        if !matches!(&self.options.teams, TeamMode::Pick { names } if !names.is_empty()) {
            return;
        }
        for id in 0..self.players.len() as PlayerId {
            let p = &self.players[id as usize];
            if !p.kicked && p.team.is_none() {
                self.players[id as usize].team = Some(self.smallest_team(id));
            }
        }
    }

    /// The team with the fewest members; a tie is drawn from the seed and
    /// the player's id.
    fn smallest_team(&self, id: PlayerId) -> u32 {
        let mut sizes = vec![0u32; self.options.teams.names().len()];
        for p in self.players() {
            if let Some(t) = p.team.filter(|&t| (t as usize) < sizes.len()) {
                sizes[t as usize] += 1;
            }
        }
        let least = sizes.iter().copied().min().unwrap_or(0);
        let tied: Vec<u32> = (0..sizes.len() as u32)
            .filter(|&t| sizes[t as usize] == least)
            .collect();
        let mut state = self.options.seed ^ u64::from(id).wrapping_mul(0xA24B_AED4_963E_E407);
        tied[(splitmix64(&mut state) % tied.len().max(1) as u64) as usize]
    }

    /// A player picks a team (pick mode) or names who shares the device
    /// (device mode): in the lobby, or while a late joiner waits for their
    /// first question.
    pub(super) fn choose_team(
        &mut self,
        player: PlayerId,
        team: Option<u32>,
        members: Vec<String>,
    ) -> Result<Vec<Output>, GameError> {
        let p = self.player(player).ok_or(GameError::NoSuchPlayer(player))?;
        if !(matches!(self.phase, Phase::Lobby) || p.plays_from > self.question) {
            return Err(GameError::WrongPhase("teams are settled once you play"));
        }
        match &self.options.teams {
            TeamMode::Pick { names } => {
                let team = team
                    .filter(|&t| (t as usize) < names.len())
                    .ok_or(GameError::NoSuchTeam)?;
                self.players[player as usize].team = Some(team);
            }
            TeamMode::Device => {
                if team.is_some() {
                    return Err(GameError::NoSuchTeam);
                }
                if members.len() > MAX_MEMBERS {
                    return Err(GameError::BadMembers(format!(
                        "a device lists at most {MAX_MEMBERS} names"
                    )));
                }
                let mut names = Vec::with_capacity(members.len());
                for name in &members {
                    let name = nickname::normalize(name, self.options.nickname_marks)
                        .map_err(GameError::BadMembers)?;
                    nickname::check_blocked(&name, &self.options.blocked_words)
                        .map_err(GameError::BadMembers)?;
                    names.push(name);
                }
                self.players[player as usize].members = names;
            }
            TeamMode::Off | TeamMode::Auto { .. } => {
                return Err(GameError::WrongPhase(
                    "players do not choose teams in this game",
                ))
            }
        }
        Ok(self.team_outputs(player))
    }

    /// The player's team, told to the player and to hosts and screens.
    pub(super) fn team_outputs(&self, player: PlayerId) -> Vec<Output> {
        let Some(info) = self.team_of(player) else {
            return Vec::new();
        };
        let for_hosts = TeamInfo {
            player: Some(player),
            ..info.clone()
        };
        vec![
            out(Audience::Player(player), ServerMsg::Team(Box::new(info))),
            out(Audience::Hosts, ServerMsg::Team(Box::new(for_hosts))),
        ]
    }

    /// The teams best first, at most `limit`: each team's score is the
    /// mean of its current members' scores, rounded; a team with no
    /// members is not listed. Empty when teams are off.
    pub fn team_standings(&self, limit: usize) -> Vec<TeamStanding> {
        let mut teams: Vec<(String, u64, u32)> = Vec::new();
        match &self.options.teams {
            TeamMode::Off => return Vec::new(),
            TeamMode::Device => {
                // A device is its own team, numbered by the player's id.
                let ranked = leaderboard::rank(self.players().map(|p| (p.id, p.score)));
                return ranked
                    .into_iter()
                    .take(limit)
                    .map(|(rank, id, score)| {
                        let p = &self.players[id as usize];
                        TeamStanding {
                            rank,
                            team: id,
                            name: p.nickname.clone(),
                            score,
                            members: p.members.len().max(1) as u32,
                        }
                    })
                    .collect();
            }
            TeamMode::Auto { names } | TeamMode::Pick { names } => {
                let mut sums = vec![(0u64, 0u32); names.len()];
                for p in self.players() {
                    if let Some(sum) = p.team.and_then(|t| sums.get_mut(t as usize)) {
                        sum.0 += p.score;
                        sum.1 += 1;
                    }
                }
                for (name, (sum, n)) in names.iter().zip(sums) {
                    let mean = if n == 0 {
                        0
                    } else {
                        (sum + u64::from(n) / 2) / u64::from(n)
                    };
                    teams.push((name.trim().to_string(), mean, n));
                }
            }
        }
        let listed = teams
            .iter()
            .enumerate()
            .filter(|(_, t)| t.2 > 0)
            .map(|(i, t)| (i as u32, t.1));
        leaderboard::rank(listed)
            .into_iter()
            .take(limit)
            .map(|(rank, team, score)| {
                let (name, _, members) = &teams[team as usize];
                TeamStanding {
                    rank,
                    team,
                    name: name.clone(),
                    score,
                    members: *members,
                }
            })
            .collect()
    }

    /// Every team's place now, by team index, for the players' `result`
    /// and `final`: computed once per question, looked up per player.
    /// Empty but in modes `auto` and `pick`: a shared device's own place
    /// is its team's.
    pub(super) fn team_places(&self) -> Vec<Option<TeamPlace>> {
        if !matches!(
            self.options.teams,
            TeamMode::Auto { .. } | TeamMode::Pick { .. }
        ) {
            return Vec::new();
        }
        let standings = self.team_standings(usize::MAX);
        let teams = standings.len() as u32;
        let mut places = vec![None; self.options.teams.names().len()];
        for s in standings {
            if let Some(place) = places.get_mut(s.team as usize) {
                *place = Some(TeamPlace {
                    rank: s.rank,
                    teams,
                    score: s.score,
                });
            }
        }
        places
    }

    /// `player`'s team's place among `places` (from `team_places`).
    pub(super) fn team_place_of(
        &self,
        places: &[Option<TeamPlace>],
        player: PlayerId,
    ) -> Option<Box<TeamPlace>> {
        let team = self.players.get(player as usize)?.team?;
        places.get(team as usize).copied().flatten().map(Box::new)
    }
}
