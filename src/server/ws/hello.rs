//! A connection's opening message: it must be `join`, `resume`, `host` or
//! `watch` in protocol version 1, within `HELLO_TIMEOUT` and at most
//! `MAX_FRAME` bytes. It names the game by PIN (an address over its
//! allowance of wrong guesses is let in nowhere), a host's token is checked,
//! and the game's actor is asked to attach the connection. A refusal is
//! sent as an `error` frame and a close.

use std::net::IpAddr;
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use tokio::sync::oneshot;
use tokio_tungstenite::tungstenite::Message;

use crate::protocol::{close, ClientMsg, ErrorCode, Role, ServerMsg, PROTOCOL_VERSION};
use crate::server::actor::{ActorMsg, Attach, Conn};
use crate::server::auth;
use crate::server::limits;
use crate::server::outq;
use crate::server::registry::GameHandle;
use crate::server::AppState;

use super::pump::close_frame;
use super::{Socket, MAX_FRAME, QUEUE};

/// Time a client has to send its opening message.
const HELLO_TIMEOUT: Duration = Duration::from_secs(10);

/// Reads the opening message and attaches the connection to its game;
/// `None` when it was refused (the client has been told why).
pub(super) async fn attach(
    state: &AppState,
    socket: &mut Socket,
    ip: IpAddr,
    bearer: Option<String>,
) -> Option<(GameHandle, u64, outq::Receiver, Role)> {
    let mut token = bearer;
    let read = tokio::time::timeout(HELLO_TIMEOUT, socket.next()).await;
    if matches!(read, Ok(Some(Ok(_)))) {
        state.metrics.ws_messages_in.inc();
    }
    let hello = match read {
        Ok(Some(Ok(Message::Text(text)))) if text.len() <= MAX_FRAME => {
            token = auth::opening_token(&text).or(token);
            serde_json::from_str::<ClientMsg>(&text).map_err(|e| e.to_string())
        }
        Ok(Some(Ok(Message::Text(_)))) => {
            refuse(socket, ErrorCode::TooBig, "message too big", close::TOO_BIG).await;
            return None;
        }
        Ok(Some(Ok(_))) => Err("the first message must be a JSON text frame".into()),
        _ => return None,
    };
    let (pin, how) = match hello {
        Ok(ClientMsg::Join { v, pin, nickname }) if v == PROTOCOL_VERSION => (
            pin,
            Attach::Join {
                nickname,
                from: ip,
                per_address: state.settings.limits.joins_per_address,
            },
        ),
        Ok(ClientMsg::Resume { v, pin, token }) if v == PROTOCOL_VERSION => {
            (pin, Attach::Resume { token })
        }
        Ok(ClientMsg::Host { v, pin, key }) if v == PROTOCOL_VERSION => (pin, Attach::Host { key }),
        Ok(ClientMsg::Watch { v, pin }) if v == PROTOCOL_VERSION => (pin, Attach::Watch),
        Ok(
            ClientMsg::Join { v, .. }
            | ClientMsg::Resume { v, .. }
            | ClientMsg::Host { v, .. }
            | ClientMsg::Watch { v, .. },
        ) => {
            let message = format!(
                "protocol version {v} is not supported (this server speaks {PROTOCOL_VERSION})"
            );
            refuse(socket, ErrorCode::Version, &message, close::VERSION).await;
            return None;
        }
        Ok(
            ClientMsg::Ping { .. }
            | ClientMsg::Answer { .. }
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
            | ClientMsg::KickMatching { .. },
        ) => {
            let message = "the first message must be join, resume, host or watch";
            refuse(socket, ErrorCode::BadMessage, message, close::BAD_HELLO).await;
            return None;
        }
        Err(e) => {
            let message = format!("malformed opening message: {e}");
            refuse(socket, ErrorCode::BadMessage, &message, close::BAD_HELLO).await;
            return None;
        }
    };
    // While this address is over its allowance of wrong guesses, nothing
    // it tries is let in: being accepted would tell a right PIN from a wrong one.
    if let Err(wait) = state.limits.may_guess(ip) {
        let message = format!(
            "too many wrong PINs or keys from this address; try again in {} s",
            limits::retry_after_secs(wait)
        );
        refuse(
            socket,
            ErrorCode::RateLimited,
            &message,
            close::RATE_LIMITED,
        )
        .await;
        return None;
    }
    let mut game = state.registry.by_pin(pin.trim());
    if game.is_none() {
        game = state.registry.relayed(pin.trim()).await;
    }
    let Some(game) = game else {
        if state.registry.runs_elsewhere(pin.trim()) {
            refuse_moved(socket).await;
            return None;
        }
        state.limits.wrong_guess(ip);
        let message = format!("no game with PIN {}", pin.trim());
        refuse(
            socket,
            ErrorCode::UnknownGame,
            &message,
            close::UNKNOWN_GAME,
        )
        .await;
        return None;
    };

    // A host may also present its token; one that is presented must be
    // valid, carry the host scope and belong to the game's creator (or an admin).
    if let (Attach::Host { .. }, Some(token)) = (&how, &token) {
        if let Err(message) = auth::check_host_token(state, token, &game.id).await {
            refuse(socket, ErrorCode::Forbidden, &message, close::FORBIDDEN).await;
            return None;
        }
    }

    let role = match how {
        Attach::Join { .. } | Attach::Resume { .. } => Role::Player,
        Attach::Host { .. } => Role::Host,
        Attach::Watch => Role::Screen,
    };
    let (tx, rx) = outq::channel(QUEUE);
    let (reply, attached) = oneshot::channel();
    let conn = Conn::Local(tx);
    if game
        .tx
        .send(ActorMsg::Attach { how, conn, reply })
        .await
        .is_err()
    {
        if state.registry.runs_elsewhere(&game.pin) {
            refuse_moved(socket).await;
            return None;
        }
        let message = "that game has just ended";
        refuse(socket, ErrorCode::UnknownGame, message, close::UNKNOWN_GAME).await;
        return None;
    }
    match attached.await {
        Ok(Ok(id)) => Some((game, id, rx, role)),
        Ok(Err(refusal)) => {
            if refusal.close == close::FORBIDDEN {
                state.limits.wrong_guess(ip);
            }
            refuse(socket, refusal.code, &refusal.message, refusal.close).await;
            None
        }
        Err(_) => None,
    }
}

/// Sends an error message and closes with `code`.
async fn refuse(sink: &mut Socket, error: ErrorCode, message: &str, code: u16) {
    let _ = sink
        .send(Message::Text(
            ServerMsg::error(error, message).to_json().into(),
        ))
        .await;
    let _ = sink.send(close_frame(code, "refused")).await;
    let _ = sink.close(None).await;
}

/// Tells a client its game is run by another node now (taken over, or
/// being taken over): it is to connect again, as after a restart.
async fn refuse_moved(socket: &mut Socket) {
    refuse(
        socket,
        ErrorCode::StorageUnavailable,
        "the game is moving to another server; connect again",
        close::GOING_AWAY,
    )
    .await;
}
