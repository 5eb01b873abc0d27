//! What the actor is sent (`ActorMsg`, on its bounded mailbox) and what it
//! sends back down each connection's queue (`Outbound`).

use std::net::IpAddr;

use tokio::sync::oneshot;
use tokio_tungstenite::tungstenite::Utf8Bytes;

use crate::protocol::{ClientMsg, ErrorCode};
use crate::server::outq;
use crate::store::FinishedGame;

/// What the actor sends down one connection's queue.
#[derive(Debug)]
pub enum Outbound {
    Text(Utf8Bytes),
    Close(u16, &'static str),
}

/// The actor's side of one WebSocket connection.
pub enum Conn {
    /// A socket on this node: its queue, whose `kill` closes the socket at
    /// once, skipping what is queued (used when it is stuck).
    Local(outq::Sender),
    /// A socket on another node, which relays the game to it (see
    /// `server::relay`).
    Remote(Remote),
}

/// A connection another node holds: the actor knows it by `id`, and what
/// it sends it is published on `to` for that node's connection `conn`.
#[derive(Debug, Clone)]
pub struct Remote {
    pub id: u64,
    pub to: std::sync::Arc<str>,
    pub conn: u64,
}

/// How a connection asks to attach to the game.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[serde(tag = "as", rename_all = "snake_case")]
pub enum Attach {
    /// `from` is the client's address (as `limits::client_key` counts
    /// them); at most `per_address` joins from one address, 0 for no limit.
    Join {
        nickname: String,
        from: IpAddr,
        per_address: u32,
    },
    Resume {
        token: String,
    },
    Host {
        key: String,
    },
    Watch,
}

/// A refusal, sent to the client as an `error` and then a close.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Refusal {
    pub code: ErrorCode,
    pub message: String,
    pub close: u16,
}

pub enum ActorMsg {
    Attach {
        how: Attach,
        conn: Conn,
        reply: oneshot::Sender<Result<u64, Refusal>>,
    },
    Client {
        conn: u64,
        msg: ClientMsg,
        /// When it was read from the socket.
        at: std::time::Instant,
    },
    Detach {
        conn: u64,
    },
    /// Current standings and answers, for the results API.
    Results {
        reply: oneshot::Sender<FinishedGame>,
    },
    /// The server is stopping: persist and tell everyone.
    Shutdown {
        done: oneshot::Sender<()>,
    },
    /// Another node has taken the game over (its lease here is gone):
    /// stop at once, writing nothing more.
    LeaseLost,
    /// A connection another node relays fell behind there: send it the
    /// whole current state.
    Resync {
        conn: u64,
    },
}
