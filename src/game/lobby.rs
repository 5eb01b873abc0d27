//! The lobby: players joining (nickname rules, the lock, the player
//! limit, joining late) and the friendly names generated for them. Removing players, one
//! or many, is a host command (`commands.rs`).

use super::*;

impl Game {
    /// Whether the host locked the lobby.
    pub fn is_locked(&self) -> bool {
        self.locked
    }

    /// Whether a player may join now: the game is not over, it is in its
    /// lobby or lets players join late, and the host has not locked it.
    pub fn joining_open(&self) -> bool {
        self.join_refusal().is_none()
    }

    fn join_refusal(&self) -> Option<GameError> {
        match self.phase {
            Phase::Lobby => {}
            Phase::Podium | Phase::Ended => return Some(GameError::GameStarted),
            _ if !self.options.late_join => return Some(GameError::GameStarted),
            _ => {}
        }
        self.locked.then_some(GameError::LobbyLocked)
    }

    /// Adds a player at `now`: in the lobby, or after the start when the
    /// game lets players join late (they play from the next question that
    /// opens). `token` is the secret the player resumes with.
    pub fn join(
        &mut self,
        nickname: &str,
        token: String,
        now: u64,
    ) -> Result<(PlayerId, Vec<Output>), GameError> {
        if let Some(refusal) = self.join_refusal() {
            return Err(refusal);
        }
        self.index.ensure(&self.players);
        let nickname = if self.options.generated_nicknames {
            self.generate_nickname()
        } else {
            let nickname = nickname::normalize(nickname, self.options.nickname_marks)
                .map_err(GameError::NicknameInvalid)?;
            nickname::check_blocked(&nickname, &self.options.blocked_words)
                .map_err(GameError::NicknameInvalid)?;
            nickname
        };
        if self.index.nickname_taken(&nickname::look_alike(&nickname)) {
            return Err(GameError::NicknameTaken(nickname));
        }
        if self.player_count() as usize >= self.options.max_players {
            return Err(GameError::GameFull(self.options.max_players));
        }
        let id = self.add_player(nickname.clone(), token, now);
        let count = self.player_count();
        let mut outputs = vec![out(
            Audience::Hosts,
            ServerMsg::PlayerJoined {
                player: Box::new(PlayerInfo {
                    id,
                    nickname,
                    team: self.team_of(id).map(|t| t.name),
                    members: Vec::new(),
                }),
                count,
            },
        )];
        // The player learns their team from `welcome`; hosts from this.
        outputs.extend(
            self.team_outputs(id)
                .into_iter()
                .filter(|o| o.to == Audience::Hosts),
        );
        Ok((id, outputs))
    }

    /// Replays a join the live log says was accepted. The nickname rules
    /// and limits in force now are not applied again: a name accepted
    /// before an upgrade made the rules stricter stays, and the players
    /// after it keep their ids (which later inputs in the log name). Only
    /// a game past its lobby refuses.
    pub fn rejoin_logged(
        &mut self,
        nickname: &str,
        token: String,
        at: u64,
    ) -> Result<PlayerId, GameError> {
        match self.join(nickname, token.clone(), at) {
            Ok((id, _)) => Ok(id),
            Err(GameError::GameStarted) => Err(GameError::GameStarted),
            Err(_) => {
                self.index.ensure(&self.players);
                Ok(self.add_player(nickname::fold(nickname), token, at))
            }
        }
    }

    /// Appends a player (the index must be built); returns its id. A
    /// player added after the start plays from the next question: the one
    /// in progress (intro, answers, slide) or just closed is not theirs.
    fn add_player(&mut self, nickname: String, token: String, now: u64) -> PlayerId {
        let id = self.players.len() as PlayerId;
        let plays_from = match self.phase {
            Phase::Lobby => 0,
            _ => self.question + 1,
        };
        self.players.push(Player {
            id,
            nickname,
            token,
            score: 0,
            streak: 0,
            correct: 0,
            rank: 1,
            previous_rank: None,
            kicked: false,
            connected: true,
            joined_at: now,
            plays_from,
            team: None,
            members: Vec::new(),
        });
        self.index.add(&self.players[id as usize]);
        self.place_new_player(id);
        id
    }

    /// Whether `player` answers the question shown now (a late joiner
    /// waits for the next one).
    pub fn plays_now(&self, player: PlayerId) -> bool {
        self.player(player)
            .is_some_and(|p| p.plays_from <= self.question)
    }

    /// Current players who joined late and wait for their first question:
    /// how many, and how many of them are connected.
    pub(super) fn waiting(&mut self) -> (u32, u32) {
        self.index.ensure(&self.players);
        let (mut active, mut connected) = (0, 0);
        for &id in self.index.late() {
            let p = &self.players[id as usize];
            if !p.kicked && p.plays_from > self.question {
                active += 1;
                connected += u32::from(p.connected);
            }
        }
        (active, connected)
    }

    /// The next free generated nickname.
    fn generate_nickname(&self) -> String {
        let mut n = self.players.len() as u32;
        loop {
            let name = nickname::generated(self.options.seed, n);
            if !self.index.nickname_taken(&nickname::look_alike(&name)) {
                return name;
            }
            n += 1;
        }
    }
}
