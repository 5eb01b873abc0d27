//! Clients of a game on any node. With live state shared on Redis, one
//! node runs each game (its lease holder); a client may still connect to
//! any node. That node passes the client's messages to the owner over
//! Redis pub/sub and gives the owner's messages to the client's socket:
//!
//! - `owner`: on the node running a game, a task subscribed to the game's
//!   inbound channel hands the other nodes' clients to the actor as remote
//!   connections, and announces itself when it starts;
//! - `proxy`: on a node with clients of a game another node runs, a task
//!   that stands in for the game's actor: sockets attach to it as to an
//!   actor, and it keeps their queues and lag policy. When the game moves
//!   to another node (a new owner announces itself) it attaches its
//!   clients again there, so their sockets stay open;
//! - `wire`: what goes over the channels.
//!
//! Pub/sub is at most once. Nothing is acknowledged that did not reach the
//! owner and its log; a client re-sends an unacknowledged answer on every
//! welcome, and a lost attach is answered after `ATTACH_WAIT` with "connect
//! again". With files for live state none of this runs.

mod owner;
mod proxy;
pub mod wire;

pub use owner::serve;
pub use proxy::Proxies;
