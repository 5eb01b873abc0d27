//! What a message from an attached connection asks of the game: an engine
//! `Input`, a refusal, or nothing a game does (an opening message or a
//! clock ping after the connection is in).
//!
//! Each function here is one `match` over every `ClientMsg` with no
//! catch-all arm, so a new message does not compile until it is routed.
//! Nothing here sees the game, the connections or the clock.

use crate::game::{HostCommand, Input, PlayerId};
use crate::protocol::{ClientMsg, ErrorCode, Role};

/// Where one message goes.
#[derive(Debug, PartialEq)]
pub(super) enum Route {
    /// To the engine.
    Play(Input),
    /// Back to its sender as an `error`; the game is not asked.
    Refused(ErrorCode, &'static str),
    /// Not a game message: an opening message (`join`, `resume`, `host`,
    /// `watch`) or a `ping`, which the connection answers itself.
    NotGame,
}

/// Routes `msg` from a connection of `role` speaking for `player`.
pub(super) fn route(msg: ClientMsg, role: Role, player: Option<PlayerId>) -> Route {
    let command = match msg {
        ClientMsg::Answer {
            question,
            answer,
            id,
        } => {
            return match player {
                Some(player) => Route::Play(Input::Answer {
                    player,
                    question,
                    answer,
                    id,
                }),
                None => Route::Refused(ErrorCode::WrongPhase, "only players answer"),
            }
        }
        ClientMsg::PickTeam { team, members } => {
            return match player {
                Some(player) => Route::Play(Input::Team {
                    player,
                    team,
                    members,
                }),
                None => Route::Refused(ErrorCode::WrongPhase, "only players pick teams"),
            }
        }
        ClientMsg::Start => HostCommand::Start,
        ClientMsg::Next => HostCommand::Next,
        ClientMsg::Skip => HostCommand::Skip,
        ClientMsg::Pause => HostCommand::Pause,
        ClientMsg::Continue => HostCommand::Continue,
        ClientMsg::Extend { seconds } => HostCommand::Extend { seconds },
        ClientMsg::Kick { player } => HostCommand::Kick { player },
        ClientMsg::End => HostCommand::End,
        ClientMsg::Hide { entry } => HostCommand::Hide { entry },
        ClientMsg::Lock => HostCommand::Lock,
        ClientMsg::Unlock => HostCommand::Unlock,
        ClientMsg::KickRecent { seconds } => HostCommand::KickRecent { seconds },
        ClientMsg::KickMatching { pattern } => HostCommand::KickMatching { pattern },
        ClientMsg::Join { .. }
        | ClientMsg::Resume { .. }
        | ClientMsg::Host { .. }
        | ClientMsg::Watch { .. }
        | ClientMsg::Ping { .. } => return Route::NotGame,
    };
    if role != Role::Host {
        return Route::Refused(ErrorCode::NotHost, "only the host can do that");
    }
    Route::Play(Input::Host(command))
}

/// Whether accepting `msg` would need a log write (an answer or a host
/// command): while the disk fails such messages are refused at once,
/// whoever sends them.
pub(super) fn needs_write(msg: &ClientMsg) -> bool {
    match msg {
        ClientMsg::Answer { .. }
        | ClientMsg::PickTeam { .. }
        | ClientMsg::Start
        | ClientMsg::Next
        | ClientMsg::Skip
        | ClientMsg::Pause
        | ClientMsg::Continue
        | ClientMsg::Extend { .. }
        | ClientMsg::Kick { .. }
        | ClientMsg::End
        | ClientMsg::Hide { .. }
        | ClientMsg::Lock
        | ClientMsg::Unlock
        | ClientMsg::KickRecent { .. }
        | ClientMsg::KickMatching { .. } => true,
        ClientMsg::Join { .. }
        | ClientMsg::Resume { .. }
        | ClientMsg::Host { .. }
        | ClientMsg::Watch { .. }
        | ClientMsg::Ping { .. } => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::AnswerValue;

    const PROTOCOL: u32 = crate::protocol::PROTOCOL_VERSION;

    #[test]
    fn a_players_answer_goes_to_the_engine_as_theirs() {
        let msg = ClientMsg::Answer {
            question: 2,
            answer: AnswerValue::Choice(1),
            id: Some("a-7".into()),
        };
        assert_eq!(
            route(msg, Role::Player, Some(7)),
            Route::Play(Input::Answer {
                player: 7,
                question: 2,
                answer: AnswerValue::Choice(1),
                id: Some("a-7".into()),
            })
        );
    }

    #[test]
    fn only_players_answer() {
        for role in [Role::Host, Role::Screen] {
            let msg = ClientMsg::Answer {
                question: 0,
                answer: AnswerValue::Choice(0),
                id: None,
            };
            assert_eq!(
                route(msg, role, None),
                Route::Refused(ErrorCode::WrongPhase, "only players answer")
            );
        }
    }

    fn host_messages() -> Vec<(ClientMsg, HostCommand)> {
        vec![
            (ClientMsg::Start, HostCommand::Start),
            (ClientMsg::Next, HostCommand::Next),
            (ClientMsg::Skip, HostCommand::Skip),
            (ClientMsg::Pause, HostCommand::Pause),
            (ClientMsg::Continue, HostCommand::Continue),
            (
                ClientMsg::Extend { seconds: 15 },
                HostCommand::Extend { seconds: 15 },
            ),
            (
                ClientMsg::Kick { player: 4 },
                HostCommand::Kick { player: 4 },
            ),
            (ClientMsg::End, HostCommand::End),
            (
                ClientMsg::Hide {
                    entry: "rude".into(),
                },
                HostCommand::Hide {
                    entry: "rude".into(),
                },
            ),
            (ClientMsg::Lock, HostCommand::Lock),
            (ClientMsg::Unlock, HostCommand::Unlock),
            (
                ClientMsg::KickRecent { seconds: 30 },
                HostCommand::KickRecent { seconds: 30 },
            ),
            (
                ClientMsg::KickMatching {
                    pattern: "bot".into(),
                },
                HostCommand::KickMatching {
                    pattern: "bot".into(),
                },
            ),
        ]
    }

    #[test]
    fn each_host_message_is_its_engine_command() {
        let messages = host_messages();
        assert_eq!(messages.len(), 13, "every host command is listed");
        for (msg, command) in messages {
            assert!(needs_write(&msg), "{msg:?} is logged");
            assert_eq!(
                route(msg, Role::Host, None),
                Route::Play(Input::Host(command))
            );
        }
    }

    #[test]
    fn host_messages_from_anyone_else_are_refused_with_not_host() {
        for role in [Role::Player, Role::Screen] {
            for (msg, _) in host_messages() {
                let player = (role == Role::Player).then_some(3);
                assert_eq!(
                    route(msg, role, player),
                    Route::Refused(ErrorCode::NotHost, "only the host can do that"),
                    "{role:?}"
                );
            }
        }
    }

    #[test]
    fn opening_messages_and_pings_after_attach_are_not_game_messages() {
        let pin = || "482913".to_string();
        let openings = || {
            vec![
                ClientMsg::Join {
                    v: PROTOCOL,
                    pin: pin(),
                    nickname: "Ann".into(),
                },
                ClientMsg::Resume {
                    v: PROTOCOL,
                    pin: pin(),
                    token: "t".into(),
                },
                ClientMsg::Host {
                    v: PROTOCOL,
                    pin: pin(),
                    key: "k".into(),
                },
                ClientMsg::Watch {
                    v: PROTOCOL,
                    pin: pin(),
                },
                ClientMsg::Ping { t: 12.5 },
            ]
        };
        for (role, player) in [
            (Role::Player, Some(1)),
            (Role::Host, None),
            (Role::Screen, None),
        ] {
            for msg in openings() {
                assert!(!needs_write(&msg), "{msg:?} writes nothing");
                assert_eq!(route(msg, role, player), Route::NotGame);
            }
        }
        let answer = ClientMsg::Answer {
            question: 0,
            answer: AnswerValue::Choice(0),
            id: None,
        };
        assert!(needs_write(&answer));
    }
}
