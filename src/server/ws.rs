//! WebSocket connections: the opening handshake, then one task per
//! connection that parses the client's frames and forwards them to the game
//! actor, and writes what the actor queued for it (`outq`). Clock pings are
//! answered here, off the actor.
//!
//! tungstenite parses what clients send; what the server sends is framed
//! here and written straight to the socket. A server's frames are never
//! masked, so a frame is a 2–10 byte header before the JSON the actor
//! encoded once: the frames of a batch are laid out in a buffer each
//! worker thread keeps, and written with one call. A connection keeps no
//! write buffer of its own (tungstenite's grew to the largest batch it had
//! written and stayed that size), except for what a slow client leaves
//! unwritten, held only until it is.

use std::cell::RefCell;
use std::io;
use std::net::IpAddr;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use futures_util::{SinkExt, StreamExt};
use hyper::upgrade::{OnUpgrade, Upgraded};
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncWrite, AsyncWriteExt};
use tokio::sync::{mpsc, oneshot};
use tokio_tungstenite::tungstenite::handshake::derive_accept_key;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::protocol::{CloseFrame, Role, WebSocketConfig};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::WebSocketStream;

use crate::protocol::{close, ClientMsg, ErrorCode, ServerMsg, PROTOCOL_VERSION};

use super::actor::{ActorMsg, Attach, Conn, Outbound};
use super::auth;
use super::limits::{self, ClientIp};
use super::outq::{self, Next};
use super::registry::GameHandle;
use super::{now_ms, AppState, SocketGuard};

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
/// Most queued messages written with one call.
const WRITE_BATCH: usize = 16;
/// A worker thread's frame buffer is given back when a batch grew it past
/// this (a host's `welcome` can be large).
const SCRATCH_KEEP: usize = 64 * 1024;

/// The socket under a connection: plain TCP or TLS, behind hyper's upgrade.
type Wire = TokioIo<Upgraded>;
type Socket = WebSocketStream<Wire>;

pub async fn upgrade(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    request: Request,
) -> Response {
    let (mut parts, _body) = request.into_parts();
    let accept = match accept_key(&parts.method, &parts.headers) {
        Ok(accept) => accept,
        Err(refusal) => return refusal.into_response(),
    };
    let Some(on_upgrade) = parts.extensions.remove::<OnUpgrade>() else {
        return (
            StatusCode::UPGRADE_REQUIRED,
            "this connection cannot be upgraded to a WebSocket",
        )
            .into_response();
    };
    let bearer = auth::bearer(&parts.headers).map(str::to_string);
    tokio::spawn(connection(Box::new(Opening {
        state,
        on_upgrade,
        ip,
        bearer,
    })));
    let mut response = Response::new(Body::empty());
    *response.status_mut() = StatusCode::SWITCHING_PROTOCOLS;
    let headers = response.headers_mut();
    headers.insert(header::CONNECTION, HeaderValue::from_static("upgrade"));
    headers.insert(header::UPGRADE, HeaderValue::from_static("websocket"));
    headers.insert(header::SEC_WEBSOCKET_ACCEPT, accept);
    response
}

/// Checks an opening handshake (RFC 6455, section 4.2.1) and returns the
/// `Sec-WebSocket-Accept` that answers it, or the response refusing it.
fn accept_key(
    method: &Method,
    headers: &HeaderMap,
) -> Result<HeaderValue, (StatusCode, &'static str)> {
    let refuse = |status: StatusCode, why: &'static str| Err((status, why));
    if method != Method::GET {
        return refuse(
            StatusCode::METHOD_NOT_ALLOWED,
            "a WebSocket opens with a GET request",
        );
    }
    let has = |name: header::HeaderName, token: &str| {
        headers.get_all(name).iter().any(|value| {
            value.to_str().is_ok_and(|v| {
                v.split(',')
                    .any(|part| part.trim().eq_ignore_ascii_case(token))
            })
        })
    };
    if !has(header::CONNECTION, "upgrade") {
        return refuse(
            StatusCode::BAD_REQUEST,
            "`Connection` header did not include 'upgrade'",
        );
    }
    if !has(header::UPGRADE, "websocket") {
        return refuse(
            StatusCode::BAD_REQUEST,
            "`Upgrade` header did not include 'websocket'",
        );
    }
    if headers
        .get(header::SEC_WEBSOCKET_VERSION)
        .is_none_or(|v| v.as_bytes() != b"13")
    {
        return refuse(
            StatusCode::BAD_REQUEST,
            "`Sec-WebSocket-Version` header did not include '13'",
        );
    }
    let Some(key) = headers.get(header::SEC_WEBSOCKET_KEY) else {
        return refuse(
            StatusCode::BAD_REQUEST,
            "`Sec-WebSocket-Key` header missing",
        );
    };
    Ok(HeaderValue::from_str(&derive_accept_key(key.as_bytes())).expect("an accept key is base64"))
}

fn config() -> WebSocketConfig {
    // Frames up to 16× our limit are read so we can answer them with a proper
    // close code instead of a transport error. tungstenite writes only the
    // closing handshake (and pongs), so its writes go out at once.
    WebSocketConfig::default()
        .max_message_size(Some(MAX_FRAME * 16))
        .max_frame_size(Some(MAX_FRAME * 16))
        .read_buffer_size(READ_BUFFER)
        .write_buffer_size(0)
}

/// A connection attached to its game.
struct Line {
    state: AppState,
    socket: Socket,
    game: GameHandle,
    conn_id: u64,
    rx: outq::Receiver,
    /// Counted open until the last frame (a goodbye, on shutdown) is written.
    _open: SocketGuard,
}

/// What a connection starts from.
struct Opening {
    state: AppState,
    on_upgrade: OnUpgrade,
    ip: IpAddr,
    bearer: Option<String>,
}

/// A connection's task, as long as its client is connected, so its size
/// counts once per player. The opening runs boxed: its futures (the
/// handshake's, the token check) are large and done with once the client
/// is in. Large values are never an `async fn`'s arguments here: an
/// argument keeps a slot of its own in the future beside the local it is
/// moved to, so the line is a local, lent to `play`, and the opening comes
/// boxed. (Each boxed future is bound first: a temporary would keep its
/// room in this task's state across the await.)
async fn connection(opening: Box<Opening>) {
    let opened = Box::pin(open(opening));
    let Some(mut line) = opened.await else {
        return;
    };
    let ending = play(&mut line).await;
    let finishing = Box::pin(finish(line, ending));
    finishing.await;
}

/// Completes the upgrade and attaches the connection to its game; `None`
/// when it failed or was refused (the client has been told why).
async fn open(opening: Box<Opening>) -> Option<Line> {
    let Opening {
        state,
        on_upgrade,
        ip,
        bearer,
    } = *opening;
    let upgraded = on_upgrade.await.ok()?;
    let _open = state.sockets.enter();
    let mut socket =
        WebSocketStream::from_raw_socket(TokioIo::new(upgraded), Role::Server, Some(config()))
            .await;
    let (game, conn_id, rx) = attach(&state, &mut socket, ip, bearer).await?;
    Some(Line {
        state,
        socket,
        game,
        conn_id,
        rx,
        _open,
    })
}

/// Reads the opening message and attaches the connection to its game;
/// `None` when it was refused (the client has been told why).
async fn attach(
    state: &AppState,
    socket: &mut Socket,
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
async fn play(line: &mut Line) -> Ending {
    let Line {
        state,
        socket,
        game,
        conn_id,
        rx,
        ..
    } = line;
    let conn_id = *conn_id;
    let rate = state.limits.message_limiter();
    // tungstenite answers a client's ping itself; its pong must be out
    // before a frame of ours goes after it.
    let mut pong_due = false;
    // Nothing is read (so no pong is written) before the actor's first
    // message, the welcome, is out: a client's first message is its welcome.
    let mut welcomed = false;
    loop {
        tokio::select! {
            biased;
            next = rx.recv() => match next {
                Next::Msg(first) => {
                    if std::mem::take(&mut pong_due) && socket.flush().await.is_err() {
                        break Ending::Gone;
                    }
                    welcomed = true;
                    match write_batch(socket, first, rx).await {
                        Ok(None) => {}
                        Ok(Some(close)) => break Ending::Close(Some(close)),
                        Err(()) => break Ending::Gone,
                    }
                }
                Next::Kill(code, reason) => break Ending::Close(Some((code, reason))),
                // The actor let go of this connection without a word.
                Next::Closed => break Ending::Close(None),
            },
            incoming = socket.next(), if welcomed => {
                let Some(Ok(message)) = incoming else { break Ending::Gone };
                if rate.as_ref().is_some_and(|r| r.check().is_err()) {
                    break Ending::Close(Some((close::TOO_MANY_MESSAGES, "too many messages")));
                }
                match read(message) {
                    Read::Reply(text) => {
                        if std::mem::take(&mut pong_due) && socket.flush().await.is_err() {
                            break Ending::Gone;
                        }
                        if write_text(socket, &text).await.is_err() {
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
                    Read::Ping => pong_due = true,
                    Read::Skip => {}
                    Read::End(ending) => break ending,
                }
            }
        }
    }
}

/// Closes the socket: sends our close frame, if we are the ones closing,
/// and waits a moment for the client's answer.
/// Then tells the game the connection is gone.
async fn finish(line: Line, ending: Ending) {
    let Line {
        mut socket,
        game,
        conn_id,
        ..
    } = line;
    if let Ending::Close(close) = ending {
        let sent = match close {
            Some((code, reason)) => socket.send(close_frame(code, reason)).await,
            None => socket.close(None).await,
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
    let _ = socket.close(None).await;
    let _ = game.tx.send(ActorMsg::Detach { conn: conn_id }).await;
}

/// What to do with one frame from a client in a game.
enum Read {
    /// Answer it here with this message (JSON).
    Reply(String),
    /// Pass it on to the game's actor.
    Forward(ClientMsg),
    /// A ping, which tungstenite has answered.
    Ping,
    Skip,
    End(Ending),
}

/// Sorts one frame. Replies are encoded here, not in the connection's
/// task, so no `ServerMsg` is kept in its state.
fn read(message: Message) -> Read {
    let text = match message {
        Message::Text(text) => text,
        Message::Binary(_) => {
            let error = ServerMsg::error(
                ErrorCode::BadMessage,
                "binary frames are not accepted; send JSON text",
            );
            return Read::Reply(error.to_json());
        }
        Message::Close(_) => return Read::End(Ending::Gone),
        Message::Ping(_) => return Read::Ping,
        Message::Pong(_) | Message::Frame(_) => return Read::Skip,
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
    Read::Reply(reply.to_json())
}

thread_local! {
    /// Where a batch's frames are laid out before they are written.
    static SCRATCH: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Writes `first` and whatever else is queued already with one call: a
/// reveal and the player's result cost one syscall, not two. Returns the
/// close that ended the batch, if one did.
async fn write_batch(
    socket: &mut Socket,
    first: Outbound,
    rx: &mut outq::Receiver,
) -> Result<Option<(u16, &'static str)>, ()> {
    let (left, closing) = SCRATCH.with_borrow_mut(|buf| {
        buf.clear();
        let mut next = Some(first);
        let mut fed = 0;
        let mut closing = None;
        while let Some(out) = next.take() {
            match out {
                Outbound::Text(text) => put_frame(buf, OP_TEXT, text.as_bytes()),
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
        let left = write_now(socket.get_mut(), buf).map_err(|_| ())?;
        if buf.capacity() > SCRATCH_KEEP {
            *buf = Vec::new();
        }
        Ok((left, closing))
    })?;
    finish_write(socket.get_mut(), left).await?;
    Ok(closing)
}

/// Writes one text frame.
async fn write_text(socket: &mut Socket, text: &str) -> Result<(), ()> {
    let left = SCRATCH.with_borrow_mut(|buf| {
        buf.clear();
        put_frame(buf, OP_TEXT, text.as_bytes());
        write_now(socket.get_mut(), buf).map_err(|_| ())
    })?;
    finish_write(socket.get_mut(), left).await
}

/// Opcode of a final text frame (FIN set).
const OP_TEXT: u8 = 0x81;

/// Appends one unmasked frame (RFC 6455, section 5.2).
fn put_frame(buf: &mut Vec<u8>, first_byte: u8, payload: &[u8]) {
    let len = payload.len();
    buf.push(first_byte);
    if len < 126 {
        buf.push(len as u8);
    } else if let Ok(len) = u16::try_from(len) {
        buf.push(126);
        buf.extend_from_slice(&len.to_be_bytes());
    } else {
        buf.push(127);
        buf.extend_from_slice(&(len as u64).to_be_bytes());
    }
    buf.extend_from_slice(payload);
}

/// Writes as much of `buf` as the socket takes without waiting, and
/// returns what is left (nothing, unless the client is slow to read).
fn write_now<W: AsyncWrite + Unpin>(wire: &mut W, buf: &[u8]) -> io::Result<Vec<u8>> {
    let mut cx = Context::from_waker(Waker::noop());
    let mut done = 0;
    while done < buf.len() {
        match Pin::new(&mut *wire).poll_write(&mut cx, &buf[done..]) {
            Poll::Ready(Ok(0)) => return Err(io::ErrorKind::WriteZero.into()),
            Poll::Ready(Ok(n)) => done += n,
            Poll::Ready(Err(e)) if e.kind() == io::ErrorKind::Interrupted => {}
            Poll::Ready(Err(e)) => return Err(e),
            Poll::Pending => break,
        }
    }
    Ok(buf[done..].to_vec())
}

/// Writes what `write_now` left, waiting for the socket, then flushes
/// (a TLS stream may hold records back until then).
async fn finish_write<W: AsyncWrite + Unpin>(wire: &mut W, left: Vec<u8>) -> Result<(), ()> {
    if !left.is_empty() {
        wire.write_all(&left).await.map_err(|_| ())?;
    }
    wire.flush().await.map_err(|_| ())
}

fn close_frame(code: u16, reason: &str) -> Message {
    Message::Close(Some(CloseFrame {
        code: CloseCode::from(code),
        reason: reason.into(),
    }))
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

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use tokio_tungstenite::tungstenite::protocol::frame::coding::{Data, OpCode};
    use tokio_tungstenite::tungstenite::protocol::frame::FrameHeader;

    use super::*;

    #[test]
    fn frames_carry_each_length_form_and_parse_back() {
        // 7-bit, 16-bit and 64-bit lengths, at and around their edges.
        for len in [0, 1, 125, 126, 127, 65_535, 65_536, 70_000] {
            let payload = vec![b'x'; len];
            let mut buf = Vec::new();
            put_frame(&mut buf, OP_TEXT, &payload);
            let mut cursor = Cursor::new(&buf);
            let (header, size) = FrameHeader::parse(&mut cursor)
                .expect("a well-formed header")
                .expect("a whole header");
            assert!(header.is_final, "len {len}");
            assert_eq!(header.opcode, OpCode::Data(Data::Text), "len {len}");
            assert_eq!(header.mask, None, "a server's frames are not masked");
            assert_eq!(size, len as u64);
            assert_eq!(
                &buf[cursor.position() as usize..],
                &payload[..],
                "len {len}"
            );
        }
    }

    #[tokio::test]
    async fn what_a_slow_reader_leaves_unwritten_follows_in_order() {
        use tokio::io::AsyncReadExt;

        // A pipe that takes 1 KiB before the reader drains it, as a full
        // socket buffer would.
        let (mut server, mut client) = tokio::io::duplex(1024);
        let mut buf = Vec::new();
        for i in 0..50u32 {
            let text = format!("{{\"n\":{i},\"pad\":\"{}\"}}", "y".repeat(200));
            put_frame(&mut buf, OP_TEXT, text.as_bytes());
        }
        let left = write_now(&mut server, &buf).unwrap();
        assert_eq!(
            left.len(),
            buf.len() - 1024,
            "written up to what the pipe took"
        );
        let reader = tokio::spawn(async move {
            let mut got = vec![0; buf.len()];
            client.read_exact(&mut got).await.unwrap();
            (got, buf)
        });
        finish_write(&mut server, left).await.unwrap();
        let (got, sent) = reader.await.unwrap();
        assert_eq!(got, sent);
    }

    #[test]
    fn the_handshake_is_answered_as_rfc_6455_says() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::CONNECTION,
            HeaderValue::from_static("keep-alive, Upgrade"),
        );
        headers.insert(header::UPGRADE, HeaderValue::from_static("websocket"));
        headers.insert(
            header::SEC_WEBSOCKET_VERSION,
            HeaderValue::from_static("13"),
        );
        headers.insert(
            header::SEC_WEBSOCKET_KEY,
            HeaderValue::from_static("dGhlIHNhbXBsZSBub25jZQ=="),
        );
        // The example of RFC 6455, section 1.3.
        assert_eq!(
            accept_key(&Method::GET, &headers).unwrap(),
            "s3pPLMBiTxaQ9kYGzzhZRbK+xOo="
        );
        assert_eq!(
            accept_key(&Method::POST, &headers).unwrap_err().0,
            StatusCode::METHOD_NOT_ALLOWED
        );
        for (name, value) in [
            (header::CONNECTION, "keep-alive"),
            (header::UPGRADE, "h2c"),
            (header::SEC_WEBSOCKET_VERSION, "8"),
        ] {
            let mut wrong = headers.clone();
            wrong.insert(name.clone(), HeaderValue::from_static(value));
            let (status, why) = accept_key(&Method::GET, &wrong).unwrap_err();
            assert_eq!(status, StatusCode::BAD_REQUEST, "{name}: {why}");
        }
        let mut keyless = headers.clone();
        keyless.remove(header::SEC_WEBSOCKET_KEY);
        assert_eq!(
            accept_key(&Method::GET, &keyless).unwrap_err().0,
            StatusCode::BAD_REQUEST
        );
    }
}
