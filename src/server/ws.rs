//! WebSocket connections: the opening handshake, then one task per
//! connection that parses the client's frames and forwards them to the game
//! actor, and writes what the actor queued for it (`outq`). Clock pings are
//! answered here, off the actor.

use std::net::IpAddr;
use std::time::Duration;

use axum::extract::ws::{CloseFrame, Message, Utf8Bytes, WebSocket, WebSocketUpgrade};
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use futures_util::{SinkExt, StreamExt};
use tokio::sync::{mpsc, oneshot};

use crate::protocol::{close, ClientMsg, ErrorCode, ServerMsg, PROTOCOL_VERSION};

use super::actor::{ActorMsg, Attach, Conn, Outbound};
use super::auth;
use super::limits::{self, ClientIp};
use super::outq::{self, Next};
use super::registry::GameHandle;
use super::{now_ms, AppState};

/// Largest frame the server reads; larger ones close the socket with 1009.
pub const MAX_FRAME: usize = 4096;
/// Messages queued for one client before it counts as too slow.
pub const QUEUE: usize = 64;
/// How long a closing connection waits for the client's answering close.
const CLOSE_WAIT: Duration = Duration::from_secs(1);
/// Time a client has to send its opening message.
const HELLO_TIMEOUT: Duration = Duration::from_secs(10);
/// Read buffer per connection. tungstenite allocates its default of 128 KiB
/// up front for every socket, while client frames are a few dozen bytes; a
/// larger frame still fits, its buffer grows for it.
const READ_BUFFER: usize = 512;
/// Frames queued together are written together up to this many bytes (the
/// buffer is allocated only as far as it is used). Its cap is left
/// unbounded: a host's `welcome` can be large, and the queue bounds what waits.
const WRITE_BUFFER: usize = 4096;
/// Most queued messages written with one flush.
const WRITE_BATCH: usize = 16;

pub async fn upgrade(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    ws: WebSocketUpgrade,
) -> Response {
    let bearer = auth::bearer(&headers).map(str::to_string);
    // Frames up to 16× our limit are read so we can answer them with a proper
    // close code instead of a transport error.
    ws.max_message_size(MAX_FRAME * 16)
        .max_frame_size(MAX_FRAME * 16)
        .read_buffer_size(READ_BUFFER)
        .write_buffer_size(WRITE_BUFFER)
        .on_upgrade(move |socket| connection(state, socket, ip, bearer))
}

async fn connection(state: AppState, mut socket: WebSocket, ip: IpAddr, bearer: Option<String>) {
    // Counted open until the last frame (a goodbye, on shutdown) is written.
    let _open = state.sockets.enter();
    // The opening runs boxed: its futures (the token check among them) are
    // large and done with once the client is in, and a game keeps this
    // task for every player it has.
    // (Each boxed future is bound first: a temporary would keep its room in
    // this task's state across the await.)
    let opening = Box::pin(attach(&state, &mut socket, ip, bearer));
    let Some((game, conn_id, rx)) = opening.await else {
        return;
    };
    let playing = Box::pin(play(&state, socket, &game, conn_id, rx));
    playing.await;
    let _ = game.tx.send(ActorMsg::Detach { conn: conn_id }).await;
}

/// Reads the opening message and attaches the connection to its game;
/// `None` when it was refused (the client has been told why).
async fn attach(
    state: &AppState,
    socket: &mut WebSocket,
    ip: IpAddr,
    bearer: Option<String>,
) -> Option<(GameHandle, u64, outq::Receiver)> {
    let mut token = bearer;
    let hello = match tokio::time::timeout(HELLO_TIMEOUT, socket.next()).await {
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
        Ok(ClientMsg::Join { v, pin, nickname }) if v == PROTOCOL_VERSION => {
            (pin, Attach::Join { nickname })
        }
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
        Ok(_) => {
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
    let Some(game) = state.registry.by_pin(pin.trim()) else {
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

    let (tx, rx) = outq::channel(QUEUE);
    let (reply, attached) = oneshot::channel();
    let conn = Conn { tx };
    if game
        .tx
        .send(ActorMsg::Attach { how, conn, reply })
        .await
        .is_err()
    {
        let message = "that game has just ended";
        refuse(socket, ErrorCode::UnknownGame, message, close::UNKNOWN_GAME).await;
        return None;
    }
    match attached.await {
        Ok(Ok(id)) => Some((game, id, rx)),
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

/// How a connection in a game ended, seen from the server.
enum Ending {
    /// We close with this code and reason (or without one).
    Close(Option<(u16, &'static str)>),
    /// The client closed, or the socket failed.
    Gone,
}

/// The connection once in its game: one task reads the client's frames
/// and writes what the actor queued for it.
async fn play(
    state: &AppState,
    mut socket: WebSocket,
    game: &GameHandle,
    conn_id: u64,
    mut rx: outq::Receiver,
) {
    let rate = state.limits.message_limiter();
    let ending = loop {
        tokio::select! {
            biased;
            next = rx.recv() => match next {
                Next::Msg(first) => match write_batch(&mut socket, first, &mut rx).await {
                    Ok(None) => {}
                    Ok(Some(close)) => break Ending::Close(Some(close)),
                    Err(()) => break Ending::Gone,
                },
                Next::Kill(code, reason) => break Ending::Close(Some((code, reason))),
                // The actor let go of this connection without a word.
                Next::Closed => break Ending::Close(None),
            },
            incoming = socket.next() => {
                let Some(Ok(message)) = incoming else { break Ending::Gone };
                if rate.as_ref().is_some_and(|r| r.check().is_err()) {
                    break Ending::Close(Some((close::TOO_MANY_MESSAGES, "too many messages")));
                }
                match read(message) {
                    Read::Reply(text) => {
                        if socket.send(Message::Text(text)).await.is_err() {
                            break Ending::Gone;
                        }
                    }
                    Read::Forward(msg) => {
                        // Should the game's actor be gone, its goodbye is
                        // queued already and the next turn writes it.
                        let msg = ActorMsg::Client { conn: conn_id, msg };
                        if let Err(mpsc::error::TrySendError::Full(msg)) = game.tx.try_send(msg) {
                            // Rarely needed, so its future lives apart from
                            // this task's (a game keeps one per player).
                            let sending = Box::pin(game.tx.send(msg));
                            let _ = sending.await;
                        }
                    }
                    Read::Skip => {}
                    Read::End(ending) => break ending,
                }
            }
        }
    };
    let finishing = Box::pin(finish(socket, ending));
    finishing.await;
}

/// Closes the socket: sends our close frame, if we are the ones closing,
/// and waits a moment for the client's answer.
async fn finish(mut socket: WebSocket, ending: Ending) {
    if let Ending::Close(close) = ending {
        let sent = match close {
            Some((code, reason)) => socket.send(close_frame(code, reason)).await,
            None => socket.close().await,
        };
        if sent.is_ok() {
            // Read on (discarding) until the client answers the close, so
            // its unread frames do not turn our close frame into a reset.
            let _ = tokio::time::timeout(CLOSE_WAIT, async {
                while let Some(Ok(m)) = socket.next().await {
                    if matches!(m, Message::Close(_)) {
                        break;
                    }
                }
            })
            .await;
        }
    }
    // Sends the reply to a client's close, if one is due.
    let _ = socket.close().await;
}

/// What to do with one frame from a client in a game.
enum Read {
    /// Answer it here with this message.
    Reply(Utf8Bytes),
    /// Pass it on to the game's actor.
    Forward(ClientMsg),
    Skip,
    End(Ending),
}

/// Sorts one frame. Replies are encoded here, not in the connection's
/// task, so no `ServerMsg` (about 500 bytes) is kept in its state.
fn read(message: Message) -> Read {
    let text = match message {
        Message::Text(text) => text,
        Message::Binary(_) => {
            let error = ServerMsg::error(
                ErrorCode::BadMessage,
                "binary frames are not accepted; send JSON text",
            );
            return Read::Reply(error.to_json().into());
        }
        Message::Close(_) => return Read::End(Ending::Gone),
        Message::Ping(_) | Message::Pong(_) => return Read::Skip,
    };
    if text.len() > MAX_FRAME {
        return Read::End(Ending::Close(Some((close::TOO_BIG, "message too big"))));
    }
    let reply = match serde_json::from_str::<ClientMsg>(&text) {
        // Clock pings are answered here, off the actor.
        Ok(ClientMsg::Ping { t }) => ServerMsg::Pong {
            t,
            server_time: now_ms(),
        },
        Ok(msg) => return Read::Forward(msg),
        Err(e) => ServerMsg::error(ErrorCode::BadMessage, format!("malformed message: {e}")),
    };
    Read::Reply(reply.to_json().into())
}

/// Writes `first` and whatever else is queued already with one flush: a
/// reveal and the player's result cost one syscall, not two. Returns the
/// close that ended the batch, if one did.
async fn write_batch(
    socket: &mut WebSocket,
    first: Outbound,
    rx: &mut outq::Receiver,
) -> Result<Option<(u16, &'static str)>, ()> {
    let mut next = Some(first);
    let mut fed = 0;
    let mut closing = None;
    while let Some(out) = next.take() {
        match out {
            Outbound::Text(text) => socket.feed(Message::Text(text)).await.map_err(|_| ())?,
            Outbound::Close(code, reason) => {
                closing = Some((code, reason));
                break;
            }
        }
        fed += 1;
        if fed < WRITE_BATCH {
            next = rx.try_recv();
        }
    }
    socket.flush().await.map_err(|_| ())?;
    Ok(closing)
}

fn close_frame(code: u16, reason: &str) -> Message {
    Message::Close(Some(CloseFrame {
        code,
        reason: reason.into(),
    }))
}

/// Sends an error message and closes with `code`.
async fn refuse(sink: &mut WebSocket, error: ErrorCode, message: &str, code: u16) {
    let _ = sink
        .send(Message::Text(
            ServerMsg::error(error, message).to_json().into(),
        ))
        .await;
    let _ = sink.send(close_frame(code, "refused")).await;
    let _ = sink.close().await;
}
