//! What nodes send each other about a game over Redis pub/sub (see
//! `live::redis::Bus`). To the owner, on `game:G:in`: a client's attach,
//! message, detach or request for a fresh state, as JSON (`ToOwner`),
//! tagged with the relaying node and its connection id. From the owner:
//! broadcasts and the owner's announcement on `game:G:out`, heard by every
//! node with clients of the game; per-connection messages (a welcome, an
//! acknowledgement, a close, a refusal) on `game:G:to:NODE`, heard only by
//! that node. The outgoing ones are a kind byte, then binary fields, then
//! the message's JSON as the actor encoded it, so a broadcast is not
//! encoded again.

use serde::{Deserialize, Serialize};

use crate::game::Audience;
use crate::protocol::{close, ClientMsg, Role};
use crate::server::actor::{Attach, Refusal};

const TEXT: u8 = b'T';
const CLOSE: u8 = b'C';
const REFUSED: u8 = b'R';
const BROADCAST: u8 = b'B';
const OWNER: u8 = b'O';

/// A relaying node's message for a game's owner.
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "k", rename_all = "snake_case")]
pub enum ToOwner {
    Attach {
        node: String,
        conn: u64,
        how: Attach,
    },
    Client {
        node: String,
        conn: u64,
        msg: ClientMsg,
    },
    Detach {
        node: String,
        conn: u64,
    },
    /// The connection missed messages (its socket fell behind): send it
    /// the whole current state.
    Resync {
        node: String,
        conn: u64,
    },
    /// The node still relays clients of the game (sent every third of a
    /// lease while it does): a node silent for a whole lease is taken for
    /// dead, and its clients for gone.
    Alive {
        node: String,
    },
}

impl ToOwner {
    /// The relaying node it comes from.
    pub fn node(&self) -> &str {
        match self {
            ToOwner::Attach { node, .. }
            | ToOwner::Client { node, .. }
            | ToOwner::Detach { node, .. }
            | ToOwner::Resync { node, .. }
            | ToOwner::Alive { node } => node,
        }
    }

    pub fn encode(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("a relay message encodes")
    }
}

/// What a relaying node hears from a game's owner.
#[derive(Debug, PartialEq)]
pub enum ToRelay<'a> {
    /// A message for one connection.
    Text(u64, &'a [u8]),
    /// Close one connection after what was sent.
    Close(u64, u16),
    /// The connection's attach was refused.
    Refused(u64, Refusal),
    /// A message for every connection of the game that `Heard` reaches.
    Broadcast(Heard, &'a [u8]),
    /// A node has started running the game; a new value means a new owner.
    Owner(u64),
}

/// Who hears a broadcast.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heard {
    Everyone,
    Hosts,
    Players,
}

impl Heard {
    fn byte(self) -> u8 {
        match self {
            Heard::Everyone => b'E',
            Heard::Hosts => b'H',
            Heard::Players => b'P',
        }
    }

    fn from_byte(b: u8) -> Option<Heard> {
        match b {
            b'E' => Some(Heard::Everyone),
            b'H' => Some(Heard::Hosts),
            b'P' => Some(Heard::Players),
            _ => None,
        }
    }

    /// Who a broadcast to `to` reaches (None: one player, not a broadcast).
    pub fn of(to: &Audience) -> Option<Heard> {
        match to {
            Audience::Everyone => Some(Heard::Everyone),
            Audience::Hosts => Some(Heard::Hosts),
            Audience::Players => Some(Heard::Players),
            Audience::Player(_) => None,
        }
    }

    /// Whether a connection of `role` hears it (as the actor decides for
    /// its own sockets).
    pub fn reaches(self, role: Role) -> bool {
        match self {
            Heard::Everyone => true,
            Heard::Hosts => role != Role::Player,
            Heard::Players => role == Role::Player,
        }
    }
}

fn tagged(kind: u8, conn: u64, rest: &[u8]) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(9 + rest.len());
    bytes.push(kind);
    bytes.extend_from_slice(&conn.to_be_bytes());
    bytes.extend_from_slice(rest);
    bytes
}

pub fn text(conn: u64, text: &[u8]) -> Vec<u8> {
    tagged(TEXT, conn, text)
}

pub fn close(conn: u64, code: u16) -> Vec<u8> {
    tagged(CLOSE, conn, &code.to_be_bytes())
}

pub fn refused(conn: u64, refusal: &Refusal) -> Vec<u8> {
    let json = serde_json::to_vec(refusal).expect("a refusal encodes");
    tagged(REFUSED, conn, &json)
}

pub fn broadcast(heard: Heard, text: &[u8]) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(2 + text.len());
    bytes.push(BROADCAST);
    bytes.push(heard.byte());
    bytes.extend_from_slice(text);
    bytes
}

pub fn owner(nonce: u64) -> Vec<u8> {
    tagged(OWNER, nonce, &[])
}

/// Reads one message from a game's owner; None if it is not one.
pub fn decode(bytes: &[u8]) -> Option<ToRelay<'_>> {
    let (&kind, rest) = bytes.split_first()?;
    if kind == BROADCAST {
        let (&heard, text) = rest.split_first()?;
        return Some(ToRelay::Broadcast(Heard::from_byte(heard)?, text));
    }
    let conn = u64::from_be_bytes(rest.get(..8)?.try_into().ok()?);
    let rest = &rest[8..];
    match kind {
        TEXT => Some(ToRelay::Text(conn, rest)),
        CLOSE => Some(ToRelay::Close(
            conn,
            u16::from_be_bytes(rest.try_into().ok()?),
        )),
        REFUSED => Some(ToRelay::Refused(conn, serde_json::from_slice(rest).ok()?)),
        OWNER => Some(ToRelay::Owner(conn)),
        _ => None,
    }
}

/// The reason sent with a close code the actor uses (the socket's close
/// frame carries one; the code is what clients act on).
pub fn reason(code: u16) -> &'static str {
    match code {
        close::GAME_OVER => "game over",
        close::KICKED => "removed by the host",
        close::REPLACED => "connected elsewhere",
        close::TOO_SLOW => "not reading",
        close::GOING_AWAY => "server restarting",
        _ => "closed",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::ErrorCode;

    #[test]
    fn every_message_from_the_owner_reads_back() {
        let refusal = Refusal {
            code: ErrorCode::Forbidden,
            message: "that host key does not control this game".into(),
            close: close::FORBIDDEN,
        };
        let encoded = [
            text(7, br#"{"type":"welcome"}"#),
            close(u64::MAX, close::KICKED),
            refused(3, &refusal),
            broadcast(Heard::Hosts, br#"{"type":"answer_count"}"#),
            owner(0xfeed),
        ];
        let decoded: Vec<_> = encoded.iter().map(|b| decode(b).unwrap()).collect();
        assert_eq!(
            decoded,
            vec![
                ToRelay::Text(7, br#"{"type":"welcome"}"#),
                ToRelay::Close(u64::MAX, close::KICKED),
                ToRelay::Refused(3, refusal),
                ToRelay::Broadcast(Heard::Hosts, br#"{"type":"answer_count"}"#),
                ToRelay::Owner(0xfeed),
            ]
        );
        assert_eq!(decode(b""), None);
        assert_eq!(decode(b"T123"), None, "a connection id is 8 bytes");
        assert_eq!(decode(crate::live::redis::RECONNECTED), None);
    }

    #[test]
    fn a_broadcast_reaches_the_roles_the_actor_would_send_it_to() {
        assert!(Heard::Hosts.reaches(Role::Screen));
        assert!(!Heard::Hosts.reaches(Role::Player));
        assert!(Heard::Players.reaches(Role::Player));
        assert!(!Heard::Players.reaches(Role::Host));
        assert!(Heard::Everyone.reaches(Role::Player));
        assert_eq!(Heard::of(&Audience::Player(1)), None);
    }
}
