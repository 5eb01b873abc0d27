//! WebSocket connections: the opening handshake, then two halves. The reader
//! parses frames and forwards them to the game actor; the writer drains the
//! connection's bounded queue. Clock pings are answered here, off the actor.

use std::net::IpAddr;
use std::time::Duration;

use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use futures_util::{SinkExt, StreamExt};
use tokio::sync::{mpsc, oneshot};

use crate::protocol::{close, ClientMsg, ErrorCode, ServerMsg, PROTOCOL_VERSION};

use super::actor::{ActorMsg, Attach, Conn, Outbound};
use super::auth;
use super::limits::{self, ClientIp};
use super::{now_ms, AppState};

/// Largest frame the server reads; larger ones close the socket with 1009.
pub const MAX_FRAME: usize = 4096;
/// Messages queued for one client before it counts as too slow.
pub const QUEUE: usize = 64;
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

async fn connection(state: AppState, socket: WebSocket, ip: IpAddr, bearer: Option<String>) {
    let open = state.sockets.enter();
    let (mut sink, mut stream) = socket.split();

    let mut token = bearer;
    let hello = match tokio::time::timeout(HELLO_TIMEOUT, stream.next()).await {
        Ok(Some(Ok(Message::Text(text)))) if text.len() <= MAX_FRAME => {
            token = auth::opening_token(&text).or(token);
            serde_json::from_str::<ClientMsg>(&text).map_err(|e| e.to_string())
        }
        Ok(Some(Ok(Message::Text(_)))) => {
            return refuse(
                &mut sink,
                ErrorCode::TooBig,
                "message too big",
                close::TOO_BIG,
            )
            .await;
        }
        Ok(Some(Ok(_))) => Err("the first message must be a JSON text frame".into()),
        _ => return,
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
            return refuse(&mut sink, ErrorCode::Version, &message, close::VERSION).await;
        }
        Ok(_) => {
            let message = "the first message must be join, resume, host or watch";
            return refuse(&mut sink, ErrorCode::BadMessage, message, close::BAD_HELLO).await;
        }
        Err(e) => {
            let message = format!("malformed opening message: {e}");
            return refuse(&mut sink, ErrorCode::BadMessage, &message, close::BAD_HELLO).await;
        }
    };
    // While this address is over its allowance of wrong guesses, nothing
    // it tries is let in: being accepted would tell a right PIN from a wrong one.
    if let Err(wait) = state.limits.may_guess(ip) {
        let message = format!(
            "too many wrong PINs or keys from this address; try again in {} s",
            limits::retry_after_secs(wait)
        );
        return refuse(
            &mut sink,
            ErrorCode::RateLimited,
            &message,
            close::RATE_LIMITED,
        )
        .await;
    }
    let Some(game) = state.registry.by_pin(pin.trim()) else {
        state.limits.wrong_guess(ip);
        let message = format!("no game with PIN {}", pin.trim());
        return refuse(
            &mut sink,
            ErrorCode::UnknownGame,
            &message,
            close::UNKNOWN_GAME,
        )
        .await;
    };

    // A host may also present its token; one that is presented must be
    // valid, carry the host scope and belong to the game's creator (or an admin).
    if let (Attach::Host { .. }, Some(token)) = (&how, &token) {
        if let Err(message) = auth::check_host_token(&state, token, &game.id).await {
            return refuse(&mut sink, ErrorCode::Forbidden, &message, close::FORBIDDEN).await;
        }
    }

    let (tx, mut rx) = mpsc::channel::<Outbound>(QUEUE);
    let (kill, mut killed) = oneshot::channel();
    let (reply, attached) = oneshot::channel();
    let conn = Conn {
        tx: tx.clone(),
        kill,
    };
    if game
        .tx
        .send(ActorMsg::Attach { how, conn, reply })
        .await
        .is_err()
    {
        let message = "that game has just ended";
        return refuse(
            &mut sink,
            ErrorCode::UnknownGame,
            message,
            close::UNKNOWN_GAME,
        )
        .await;
    }
    let conn_id = match attached.await {
        Ok(Ok(id)) => id,
        Ok(Err(refusal)) => {
            if refusal.close == close::FORBIDDEN {
                state.limits.wrong_guess(ip);
            }
            return refuse(&mut sink, refusal.code, &refusal.message, refusal.close).await;
        }
        Err(_) => return,
    };

    let writer = tokio::spawn(async move {
        // Counted open until the last frame (a goodbye, on shutdown) is written.
        let _open = open;
        let mut can_be_killed = true;
        loop {
            let out = tokio::select! {
                biased;
                reason = &mut killed, if can_be_killed => match reason {
                    Ok((code, why)) => Outbound::Close(code, why),
                    Err(_) => {
                        can_be_killed = false;
                        continue;
                    }
                },
                out = rx.recv() => match out {
                    Some(out) => out,
                    None => break,
                },
            };
            // Whatever else is queued already goes out in the same write:
            // a reveal and the player's result cost one syscall, not two.
            let mut batch = Some(out);
            let mut closing = None;
            let mut fed = 0;
            while let Some(out) = batch.take() {
                match out {
                    Outbound::Text(text) => {
                        if sink.feed(Message::Text(text)).await.is_err() {
                            closing = Some(None);
                            break;
                        }
                    }
                    Outbound::Close(code, reason) => {
                        closing = Some(Some((code, reason)));
                        break;
                    }
                }
                fed += 1;
                if fed < WRITE_BATCH {
                    batch = rx.try_recv().ok();
                }
            }
            if sink.flush().await.is_err() {
                break;
            }
            if let Some(close) = closing {
                if let Some((code, reason)) = close {
                    let _ = sink.send(close_frame(code, reason)).await;
                }
                break;
            }
        }
        let _ = sink.close().await;
    });

    let rate = state.limits.message_limiter();
    while let Some(Ok(message)) = stream.next().await {
        if rate.as_ref().is_some_and(|r| r.check().is_err()) {
            let _ = tx.try_send(Outbound::Close(
                close::TOO_MANY_MESSAGES,
                "too many messages",
            ));
            // Read on (discarding) until the client answers the close, so
            // its unread frames do not turn our close frame into a reset.
            let _ = tokio::time::timeout(Duration::from_secs(1), async {
                while let Some(Ok(m)) = stream.next().await {
                    if matches!(m, Message::Close(_)) {
                        break;
                    }
                }
            })
            .await;
            break;
        }
        let text = match message {
            Message::Text(text) => text,
            Message::Binary(_) => {
                let error = ServerMsg::error(
                    ErrorCode::BadMessage,
                    "binary frames are not accepted; send JSON text",
                );
                let _ = tx.try_send(Outbound::Text(error.to_json().into()));
                continue;
            }
            Message::Close(_) => break,
            Message::Ping(_) | Message::Pong(_) => continue,
        };
        if text.len() > MAX_FRAME {
            let _ = tx.try_send(Outbound::Close(close::TOO_BIG, "message too big"));
            break;
        }
        match serde_json::from_str::<ClientMsg>(&text) {
            Ok(ClientMsg::Ping { t }) => {
                let pong = ServerMsg::Pong {
                    t,
                    server_time: now_ms(),
                };
                let _ = tx.try_send(Outbound::Text(pong.to_json().into()));
            }
            Ok(msg) => {
                if game
                    .tx
                    .send(ActorMsg::Client { conn: conn_id, msg })
                    .await
                    .is_err()
                {
                    break;
                }
            }
            Err(e) => {
                let error =
                    ServerMsg::error(ErrorCode::BadMessage, format!("malformed message: {e}"));
                let _ = tx.try_send(Outbound::Text(error.to_json().into()));
            }
        }
    }
    let _ = game.tx.send(ActorMsg::Detach { conn: conn_id }).await;
    drop(tx);
    let _ = writer.await;
}

fn close_frame(code: u16, reason: &str) -> Message {
    Message::Close(Some(CloseFrame {
        code,
        reason: reason.into(),
    }))
}

/// Sends an error message and closes with `code`.
async fn refuse<S>(sink: &mut S, error: ErrorCode, message: &str, code: u16)
where
    S: SinkExt<Message> + Unpin,
{
    let _ = sink
        .send(Message::Text(
            ServerMsg::error(error, message).to_json().into(),
        ))
        .await;
    let _ = sink.send(close_frame(code, "refused")).await;
    let _ = sink.close().await;
}
