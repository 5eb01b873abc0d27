//! A connection once in its game: one task reads the client's frames
//! (clock pings answered here, off the actor; everything else forwarded to
//! the actor, whose routing decides), writes what the actor queued for it
//! (`outq`), and closes the socket when either side is done.
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
use std::pin::Pin;
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use tokio::io::{AsyncWrite, AsyncWriteExt};
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::Message;

use crate::protocol::{close, ClientMsg, ErrorCode, ServerMsg};
use crate::server::actor::{ActorMsg, Outbound};
use crate::server::now_ms;
use crate::server::outq::{self, Next};

use super::{Line, Socket, MAX_FRAME};

/// How long a closing connection waits for the client's answering close.
const CLOSE_WAIT: Duration = Duration::from_secs(1);
/// Most queued messages written with one call.
const WRITE_BATCH: usize = 16;
/// A worker thread's frame buffer is given back when a batch grew it past
/// this (a host's `welcome` can be large).
const SCRATCH_KEEP: usize = 64 * 1024;

/// How a connection in a game ended, seen from the server.
pub(super) enum Ending {
    /// We close with this code and reason (or without one).
    Close(Option<(u16, &'static str)>),
    /// The client closed, or the socket failed.
    Gone,
}

/// The connection once in its game: one task reads the client's frames
/// and writes what the actor queued for it.
pub(super) async fn play(line: &mut Line) -> Ending {
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
    let metrics = &state.metrics;
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
                    match write_batch(socket, first, rx, metrics).await {
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
                metrics.ws_messages_in.inc();
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
                        metrics.ws_messages_out.inc();
                    }
                    Read::Forward(msg) => {
                        // Should the game's actor be gone, its goodbye is
                        // queued already and the next turn writes it.
                        let at = std::time::Instant::now();
                        let msg = ActorMsg::Client { conn: conn_id, msg, at };
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
pub(super) async fn finish(line: Line, ending: Ending) {
    let Line {
        state,
        mut socket,
        game,
        conn_id,
        role,
        ..
    } = line;
    state.metrics.connected(role).dec();
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
        // The actor's routing sorts the rest, with a match that names
        // every message.
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
    metrics: &crate::server::metrics::Metrics,
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
        metrics.ws_messages_out.add(fed as u64);
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

pub(super) fn close_frame(code: u16, reason: &str) -> Message {
    Message::Close(Some(CloseFrame {
        code: CloseCode::from(code),
        reason: reason.into(),
    }))
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
}
