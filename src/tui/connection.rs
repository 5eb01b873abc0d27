//! The dashboard's network task. It owns every socket and HTTP call; the UI
//! talks to it only through channels (`Request` in, `NetEvent` out), so the
//! UI never waits on the network. A lost game connection is re-established
//! with backoff by sending the same `host` opening message again; the server
//! keeps the game while its host is away.

use std::time::Duration;

use tokio::sync::mpsc::{self, UnboundedReceiver, UnboundedSender};
use tokio::task::JoinHandle;
use tokio::time::Instant;

use crate::client::{
    local_now_ms, ClockSync, CreatedGame, GameSocket, Incoming, NewGame, QuizListing, Server,
};
use crate::protocol::{close, ClientMsg, ErrorCode, ServerMsg, PROTOCOL_VERSION};
use crate::report::Report;

use super::text::{t, tr};

/// What the UI asks of the network.
#[derive(Debug, Clone, PartialEq)]
pub enum Request {
    LoadQuizzes,
    CreateGame(NewGame),
    /// Connect to a game as its host (and stay connected).
    Attach {
        pin: String,
        key: String,
    },
    /// A host command for the attached game.
    Send(ClientMsg),
    /// Leave the attached game.
    Detach,
    /// The report of a finished game, for the summary.
    LoadReport {
        game_id: String,
    },
}

/// What the network tells the UI.
#[derive(Debug, Clone, PartialEq)]
pub enum NetEvent {
    Quizzes(Result<Vec<QuizListing>, String>),
    GameCreated(Result<CreatedGame, String>),
    Server(Box<ServerMsg>),
    /// The report `LoadReport` asked for.
    Report(Result<Box<Report>, String>),
    /// A better estimate of server clock minus local clock.
    Clock {
        offset_ms: i64,
    },
    Link(LinkStatus),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkStatus {
    Connecting,
    /// The server accepted us as host (its `welcome` follows as a `Server` event).
    Connected,
    Reconnecting {
        attempt: u32,
        retry_in_ms: u64,
        reason: String,
    },
    /// The server refused us for good: the game is unknown, or the key is wrong.
    Gone {
        message: String,
    },
    /// The game is over (close 4011).
    Over,
}

/// How long to wait for the WebSocket handshake and the `welcome`.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// With no frame at all for this long, the connection counts as dead.
const SILENCE_LIMIT: Duration = Duration::from_secs(15);
/// Keep-alive ping interval (also refreshes the clock estimate).
const KEEPALIVE: Duration = Duration::from_secs(5);
/// Clock handshake: this many pings, this far apart, after each welcome.
const CLOCK_PINGS: u32 = 5;
const CLOCK_PING_GAP: Duration = Duration::from_millis(150);

/// Delay before reconnect attempt `attempt` (1-based): 250 ms doubling to 4 s.
pub fn backoff(attempt: u32) -> Duration {
    let ms = 250u64.saturating_mul(1 << attempt.saturating_sub(1).min(4));
    Duration::from_millis(ms.min(4_000))
}

/// Starts the network task for `server`.
pub fn spawn(server: Server) -> (UnboundedSender<Request>, UnboundedReceiver<NetEvent>) {
    let (requests, inbox) = mpsc::unbounded_channel();
    let (events, outbox) = mpsc::unbounded_channel();
    tokio::spawn(run(server, inbox, events));
    (requests, outbox)
}

async fn run(
    server: Server,
    mut inbox: UnboundedReceiver<Request>,
    events: UnboundedSender<NetEvent>,
) {
    let mut link: Option<(UnboundedSender<ClientMsg>, JoinHandle<()>)> = None;
    while let Some(request) = inbox.recv().await {
        match request {
            Request::LoadQuizzes => {
                let (server, events) = (server.clone(), events.clone());
                tokio::spawn(async move {
                    let list = server.list_quizzes().await.map_err(|e| e.to_string());
                    let _ = events.send(NetEvent::Quizzes(list));
                });
            }
            Request::CreateGame(new) => {
                let (server, events) = (server.clone(), events.clone());
                tokio::spawn(async move {
                    let created = server.create_game(&new).await.map_err(|e| e.to_string());
                    let _ = events.send(NetEvent::GameCreated(created));
                });
            }
            Request::Attach { pin, key } => {
                if let Some((_, task)) = link.take() {
                    task.abort();
                }
                let (tx, rx) = mpsc::unbounded_channel();
                let task = tokio::spawn(host_link(server.clone(), pin, key, rx, events.clone()));
                link = Some((tx, task));
            }
            Request::Send(msg) => {
                if let Some((tx, _)) = &link {
                    let _ = tx.send(msg);
                }
            }
            Request::Detach => {
                if let Some((_, task)) = link.take() {
                    task.abort();
                }
            }
            Request::LoadReport { game_id } => {
                let (server, events) = (server.clone(), events.clone());
                tokio::spawn(async move {
                    let report = server
                        .game_report(&game_id)
                        .await
                        .map(Box::new)
                        .map_err(|e| e.to_string());
                    let _ = events.send(NetEvent::Report(report));
                });
            }
        }
    }
    if let Some((_, task)) = link.take() {
        task.abort();
    }
}

/// How one connection attempt ended.
enum Ending {
    /// Worth another try.
    Lost { reason: String, was_connected: bool },
    /// Final; tell the UI and stop.
    Final(LinkStatus),
}

/// Keeps a host connection to one game alive until it ends for good.
async fn host_link(
    server: Server,
    pin: String,
    key: String,
    mut outgoing: UnboundedReceiver<ClientMsg>,
    events: UnboundedSender<NetEvent>,
) {
    let hello = ClientMsg::Host {
        v: PROTOCOL_VERSION,
        pin,
        key,
    };
    let mut attempt = 0u32;
    let _ = events.send(NetEvent::Link(LinkStatus::Connecting));
    loop {
        match connect_and_serve(&server, &hello, &mut outgoing, &events).await {
            Ending::Final(status) => {
                let _ = events.send(NetEvent::Link(status));
                return;
            }
            Ending::Lost {
                reason,
                was_connected,
            } => {
                attempt = if was_connected { 1 } else { attempt + 1 };
                let delay = backoff(attempt);
                tracing::info!(attempt, ?delay, "game connection lost: {reason}");
                let _ = events.send(NetEvent::Link(LinkStatus::Reconnecting {
                    attempt,
                    retry_in_ms: delay.as_millis() as u64,
                    reason,
                }));
                // Commands typed meanwhile cannot be delivered; stale ones
                // must not fire later, so they are dropped.
                let until = Instant::now() + delay;
                loop {
                    tokio::select! {
                        _ = tokio::time::sleep_until(until) => break,
                        msg = outgoing.recv() => if msg.is_none() { return },
                    }
                }
            }
        }
    }
}

async fn connect_and_serve(
    server: &Server,
    hello: &ClientMsg,
    outgoing: &mut UnboundedReceiver<ClientMsg>,
    events: &UnboundedSender<NetEvent>,
) -> Ending {
    let lost = |reason: String| Ending::Lost {
        reason,
        was_connected: false,
    };
    let mut socket =
        match tokio::time::timeout(CONNECT_TIMEOUT, GameSocket::open(server, hello)).await {
            Ok(Ok(socket)) => socket,
            Ok(Err(e)) => return lost(e.to_string()),
            Err(_) => return lost(t("reason-no-answer")),
        };
    let mut clock = ClockSync::default();
    let mut refusal: Option<String> = None;
    // The first message is the welcome or a refusal (an error, then a close).
    loop {
        let first = match tokio::time::timeout(CONNECT_TIMEOUT, socket.recv()).await {
            Ok(first) => first,
            Err(_) => return lost(t("reason-no-welcome")),
        };
        match first {
            Incoming::Msg(msg) => match *msg {
                ServerMsg::Welcome(ref welcome) => {
                    clock.welcome(welcome.server_time, local_now_ms());
                    let _ = events.send(NetEvent::Clock {
                        offset_ms: clock.offset_ms(),
                    });
                    let _ = events.send(NetEvent::Link(LinkStatus::Connected));
                    let _ = events.send(NetEvent::Server(msg));
                    break;
                }
                ServerMsg::Error { code, message } => {
                    if matches!(
                        code,
                        ErrorCode::UnknownGame | ErrorCode::Forbidden | ErrorCode::Version
                    ) {
                        refusal = Some(message);
                    } else {
                        return lost(message);
                    }
                }
                _ => {}
            },
            Incoming::Unreadable(_) => {}
            Incoming::Closed { code, reason } => {
                return match (refusal, code) {
                    (Some(message), _) => Ending::Final(LinkStatus::Gone { message }),
                    (None, Some(code)) if is_final(code) => {
                        Ending::Final(final_status(code, reason))
                    }
                    (None, _) => lost(describe_close(code, &reason)),
                };
            }
        }
    }
    let ending = serve(&mut socket, &mut clock, outgoing, events).await;
    if matches!(ending, Ending::Lost { .. }) {
        socket.close().await;
    }
    ending
}

/// Relays messages both ways and pings until the connection ends.
async fn serve(
    socket: &mut GameSocket,
    clock: &mut ClockSync,
    outgoing: &mut UnboundedReceiver<ClientMsg>,
    events: &UnboundedSender<NetEvent>,
) -> Ending {
    let lost = |reason: String| Ending::Lost {
        reason,
        was_connected: true,
    };
    let mut pings_sent = 0u32;
    let mut next_ping = Instant::now();
    let mut last_heard = Instant::now();
    loop {
        tokio::select! {
            incoming = socket.recv() => {
                last_heard = Instant::now();
                match incoming {
                    Incoming::Msg(msg) => {
                        if let ServerMsg::Pong { t, server_time } = *msg {
                            if clock.pong(t, server_time, local_now_ms()) {
                                let _ = events.send(NetEvent::Clock { offset_ms: clock.offset_ms() });
                            }
                        } else {
                            let _ = events.send(NetEvent::Server(msg));
                        }
                    }
                    Incoming::Unreadable(text) => {
                        tracing::warn!("ignoring a message this build does not understand: {text}");
                    }
                    Incoming::Closed { code, reason } => {
                        return match code {
                            Some(code) if is_final(code) => Ending::Final(final_status(code, reason)),
                            _ => lost(describe_close(code, &reason)),
                        };
                    }
                }
            }
            msg = outgoing.recv() => {
                let Some(msg) = msg else {
                    socket.close().await;
                    return Ending::Final(LinkStatus::Over);
                };
                if let Err(e) = socket.send(&msg).await {
                    return lost(e.to_string());
                }
            }
            _ = tokio::time::sleep_until(next_ping) => {
                if last_heard.elapsed() > SILENCE_LIMIT {
                    return lost(t("reason-silent"));
                }
                let ping = ClientMsg::Ping { t: local_now_ms() as f64 };
                if let Err(e) = socket.send(&ping).await {
                    return lost(e.to_string());
                }
                pings_sent += 1;
                next_ping = Instant::now()
                    + if pings_sent < CLOCK_PINGS { CLOCK_PING_GAP } else { KEEPALIVE };
            }
        }
    }
}

/// Close codes after which reconnecting with the same opening message is pointless.
fn is_final(code: u16) -> bool {
    matches!(
        code,
        close::BAD_HELLO
            | close::VERSION
            | close::FORBIDDEN
            | close::UNKNOWN_GAME
            | close::GAME_OVER
            | close::REPLACED
    )
}

fn final_status(code: u16, reason: String) -> LinkStatus {
    match code {
        close::GAME_OVER => LinkStatus::Over,
        close::UNKNOWN_GAME => LinkStatus::Gone {
            message: t("reason-unknown-game"),
        },
        close::REPLACED => LinkStatus::Gone {
            message: t("reason-replaced"),
        },
        _ => LinkStatus::Gone {
            message: describe_close(Some(code), &reason),
        },
    }
}

fn describe_close(code: Option<u16>, reason: &str) -> String {
    match (code, reason.is_empty()) {
        (Some(close::GOING_AWAY), _) => t("reason-restarting"),
        (Some(code), false) => tr(
            "reason-closed-why",
            &[
                ("code", code.to_string().as_str().into()),
                ("reason", reason.into()),
            ],
        ),
        (Some(code), true) => tr(
            "reason-closed",
            &[("code", code.to_string().as_str().into())],
        ),
        (None, false) => reason.to_string(),
        (None, true) => t("reason-lost"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_a_cap() {
        let ms: Vec<u128> = (1..=7).map(|a| backoff(a).as_millis()).collect();
        assert_eq!(ms, [250, 500, 1000, 2000, 4000, 4000, 4000]);
    }

    #[test]
    fn only_refusals_and_game_over_stop_reconnecting() {
        for code in [close::UNKNOWN_GAME, close::FORBIDDEN, close::GAME_OVER] {
            assert!(is_final(code), "{code}");
        }
        for code in [close::GOING_AWAY, close::TOO_SLOW, 1006, 1000] {
            assert!(!is_final(code), "{code}");
        }
        assert_eq!(
            final_status(close::GAME_OVER, String::new()),
            LinkStatus::Over
        );
        assert!(matches!(
            final_status(close::UNKNOWN_GAME, "refused".into()),
            LinkStatus::Gone { message } if message.contains("no game with this PIN")
        ));
        assert_eq!(
            describe_close(Some(1001), "server restarting"),
            "the server is restarting"
        );
    }
}
