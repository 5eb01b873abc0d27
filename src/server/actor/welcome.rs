//! The `welcome`: the whole state a connection starts from, sent first
//! when it attaches and again to a client that fell behind (see `conns`).
//! Also how the engine's `Game` serves the connection table as its
//! `GameState`.

use tokio_tungstenite::tungstenite::Utf8Bytes;

use super::conns::GameState;
use crate::game::{Game, Input, Phase, PlayerId};
use crate::protocol::{PlayerInfo, Role, ServerMsg, PROTOCOL_VERSION};
use crate::server::now_ms;

/// The state of `game` as a connection of `role` speaking for `player`
/// sees it; `token` is the player's resume token, for a player just in.
pub(super) fn welcome(
    game: &Game,
    role: Role,
    player: Option<PlayerId>,
    token: Option<String>,
) -> ServerMsg {
    let me = player.and_then(|id| game.player(id));
    ServerMsg::Welcome(Box::new(crate::protocol::Welcome {
        v: PROTOCOL_VERSION,
        role,
        pin: game.pin.clone(),
        game_id: game.id.clone(),
        quiz_title: game.quiz.title.clone(),
        server_time: now_ms(),
        player: me.map(|p| PlayerInfo {
            id: p.id,
            nickname: p.nickname.clone(),
            team: None,
            members: Vec::new(),
        }),
        token,
        score: me.map(|p| p.score),
        players: (role != Role::Player).then(|| {
            game.players()
                .map(|p| {
                    let team = game.team_of(p.id);
                    PlayerInfo {
                        id: p.id,
                        nickname: p.nickname.clone(),
                        members: team.as_ref().map(|t| t.members.clone()).unwrap_or_default(),
                        team: team.map(|t| t.name),
                    }
                })
                .collect()
        }),
        answered: player.is_some_and(|p| game.has_answered(p)),
        locked: role != Role::Player && game.is_locked(),
        late_join: role != Role::Player && game.options.late_join,
        plays_from: me.map(|p| p.plays_from).filter(|&from| from > 0),
        team_mode: (!game.options.teams.is_off()).then(|| game.options.teams.name().into()),
        teams: game
            .options
            .teams
            .names()
            .iter()
            .map(|n| n.trim().to_string())
            .collect(),
        team: player.and_then(|id| game.team_of(id)),
        screen_language: game
            .options
            .screen_language
            .clone()
            .filter(|_| role != Role::Player),
        state: if role == Role::Player {
            match player {
                Some(id) => game.player_view_of(id),
                None => game.player_view(),
            }
        } else {
            game.view()
        },
    }))
}

impl GameState for Game {
    fn welcome(&self, role: Role, player: Option<PlayerId>) -> Utf8Bytes {
        let token = player.and_then(|p| self.player(p)).map(|p| p.token.clone());
        welcome(self, role, player, token).to_json().into()
    }

    fn disconnected(&mut self, player: PlayerId) {
        let _ = self.handle(Input::Disconnected { player }, now_ms());
    }

    fn answering(&self) -> bool {
        matches!(self.phase(), Phase::Answering { .. })
    }
}
