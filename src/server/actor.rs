//! One task per live game. It owns the `Game`, turns socket input into engine
//! input, persists what must survive, and fans the engine's outputs out:
//! each message is serialized once and the same bytes go to every recipient.
//! It never waits on a slow client: queues are bounded and a full queue
//! closes that one connection.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::ws::Utf8Bytes;
use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;

use crate::game::{
    Audience, Game, GameError, HostCommand, Input, Output, Phase, PlayerId, PODIUM_SIZE,
};
use crate::live::Live;
use crate::protocol::{close, ClientMsg, ErrorCode, PlayerInfo, Role, ServerMsg, PROTOCOL_VERSION};
use crate::store::{FinishedGame, PlayerOutcome, Store};

use super::now_ms;

/// What the actor sends down one connection's queue.
#[derive(Debug)]
pub enum Outbound {
    Text(Utf8Bytes),
    Close(u16, &'static str),
}

/// The actor's side of one WebSocket connection.
pub struct Conn {
    pub tx: mpsc::Sender<Outbound>,
    /// Closes the socket at once, skipping the queue (used when it is full).
    pub kill: oneshot::Sender<(u16, &'static str)>,
}

/// How a connection asks to attach to the game.
#[derive(Debug)]
pub enum Attach {
    Join { nickname: String },
    Resume { token: String },
    Host { key: String },
    Watch,
}

/// A refusal, sent to the client as an `error` and then a close.
#[derive(Debug, Clone)]
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
}

struct ConnEntry {
    role: Role,
    player: Option<PlayerId>,
    tx: mpsc::Sender<Outbound>,
    kill: Option<oneshot::Sender<(u16, &'static str)>>,
}

pub struct GameActor {
    game: Game,
    host_key: String,
    store: Arc<dyn Store>,
    live: Arc<dyn Live>,
    conns: HashMap<u64, ConnEntry>,
    by_player: HashMap<PlayerId, u64>,
    next_conn: u64,
    /// Where to generate resume tokens from.
    tokens: Box<dyn FnMut() -> String + Send + Sync>,
    on_end: Box<dyn FnOnce() + Send + Sync>,
}

impl GameActor {
    pub fn new(
        game: Game,
        host_key: String,
        store: Arc<dyn Store>,
        live: Arc<dyn Live>,
        tokens: Box<dyn FnMut() -> String + Send + Sync>,
        on_end: Box<dyn FnOnce() + Send + Sync>,
    ) -> Self {
        GameActor {
            game,
            host_key,
            store,
            live,
            conns: HashMap::new(),
            by_player: HashMap::new(),
            next_conn: 1,
            tokens,
            on_end,
        }
    }

    pub async fn run(mut self, mut inbox: mpsc::Receiver<ActorMsg>) {
        self.save_snapshot().await;
        loop {
            let deadline = self
                .game
                .next_deadline()
                .map(|d| Instant::now() + Duration::from_millis(d.saturating_sub(now_ms())));
            let msg = tokio::select! {
                msg = inbox.recv() => msg,
                _ = sleep_until(deadline) => {
                    self.apply(Input::Tick, None).await;
                    continue;
                }
            };
            let Some(msg) = msg else { break };
            match msg {
                ActorMsg::Attach { how, conn, reply } => {
                    let result = self.attach(how, conn);
                    let _ = reply.send(result);
                }
                ActorMsg::Client { conn, msg } => self.client(conn, msg).await,
                ActorMsg::Detach { conn } => self.detach(conn).await,
                ActorMsg::Results { reply } => {
                    let _ = reply.send(self.report(now_ms()));
                }
                ActorMsg::Shutdown { done } => {
                    self.save_snapshot().await;
                    for (_, entry) in self.conns.drain() {
                        let _ = entry
                            .tx
                            .try_send(Outbound::Close(close::GOING_AWAY, "server restarting"));
                    }
                    let _ = done.send(());
                    return;
                }
            }
            if *self.game.phase() == Phase::Ended {
                break;
            }
        }
        for (_, entry) in self.conns.drain() {
            let _ = entry
                .tx
                .try_send(Outbound::Close(close::GAME_OVER, "game over"));
        }
        if let Err(e) = self.live.remove(&self.game.id).await {
            tracing::warn!(game = %self.game.id, "could not remove live state: {e}");
        }
        (self.on_end)();
        tracing::info!(game = %self.game.id, pin = %self.game.pin, "game closed");
    }

    fn attach(&mut self, how: Attach, conn: Conn) -> Result<u64, Refusal> {
        let refuse = |e: GameError, close: u16| Refusal {
            code: e.code(),
            message: e.to_string(),
            close,
        };
        let (role, player, token, outputs) = match how {
            Attach::Join { nickname } => {
                let token = (self.tokens)();
                let (id, outputs) = self
                    .game
                    .join(&nickname, token.clone())
                    .map_err(|e| refuse(e, close::JOIN_REFUSED))?;
                (Role::Player, Some(id), Some(token), outputs)
            }
            Attach::Resume { token } => {
                let id = self
                    .game
                    .player_by_token(&token)
                    .map_err(|e| refuse(e, close::FORBIDDEN))?;
                if let Some(old) = self.by_player.remove(&id) {
                    if let Some(entry) = self.conns.remove(&old) {
                        let _ = entry
                            .tx
                            .try_send(Outbound::Close(close::REPLACED, "connected elsewhere"));
                    }
                }
                let _ = self.game.handle(Input::Connected { player: id }, now_ms());
                (Role::Player, Some(id), Some(token), Vec::new())
            }
            Attach::Host { key } => {
                if !constant_time_eq(key.as_bytes(), self.host_key.as_bytes()) {
                    return Err(Refusal {
                        code: ErrorCode::Forbidden,
                        message: "that host key does not control this game".into(),
                        close: close::FORBIDDEN,
                    });
                }
                (Role::Host, None, None, Vec::new())
            }
            Attach::Watch => (Role::Screen, None, None, Vec::new()),
        };
        let id = self.next_conn;
        self.next_conn += 1;
        let welcome = self.welcome(role, player, token);
        // The welcome goes first on a fresh queue, so this cannot fail.
        let _ = conn.tx.try_send(Outbound::Text(welcome.to_json().into()));
        self.conns.insert(
            id,
            ConnEntry {
                role,
                player,
                tx: conn.tx,
                kill: Some(conn.kill),
            },
        );
        if let Some(p) = player {
            self.by_player.insert(p, id);
        }
        self.dispatch(outputs);
        Ok(id)
    }

    fn welcome(&self, role: Role, player: Option<PlayerId>, token: Option<String>) -> ServerMsg {
        let me = player.and_then(|id| self.game.player(id));
        ServerMsg::Welcome {
            v: PROTOCOL_VERSION,
            role,
            pin: self.game.pin.clone(),
            game_id: self.game.id.clone(),
            quiz_title: self.game.quiz.title.clone(),
            server_time: now_ms(),
            player: me.map(|p| PlayerInfo {
                id: p.id,
                nickname: p.nickname.clone(),
            }),
            token,
            score: me.map(|p| p.score),
            players: (role != Role::Player).then(|| {
                self.game
                    .players()
                    .map(|p| PlayerInfo {
                        id: p.id,
                        nickname: p.nickname.clone(),
                    })
                    .collect()
            }),
            answered: player.is_some_and(|p| self.game.has_answered(p)),
            state: self.game.view(),
        }
    }

    async fn client(&mut self, conn: u64, msg: ClientMsg) {
        let Some(entry) = self.conns.get(&conn) else {
            return;
        };
        let (role, player) = (entry.role, entry.player);
        let input = match msg {
            ClientMsg::Answer {
                question,
                answer,
                id,
            } => match player {
                Some(player) => Input::Answer {
                    player,
                    question,
                    answer,
                    id,
                },
                None => {
                    return self.send_error(conn, ErrorCode::WrongPhase, "only players answer");
                }
            },
            msg if msg.is_host_command() => {
                if role != Role::Host {
                    return self.send_error(conn, ErrorCode::NotHost, "only the host can do that");
                }
                Input::Host(match msg {
                    ClientMsg::Start => HostCommand::Start,
                    ClientMsg::Next => HostCommand::Next,
                    ClientMsg::Skip => HostCommand::Skip,
                    ClientMsg::Pause => HostCommand::Pause,
                    ClientMsg::Continue => HostCommand::Continue,
                    ClientMsg::Extend { seconds } => HostCommand::Extend { seconds },
                    ClientMsg::Kick { player } => HostCommand::Kick { player },
                    _ => HostCommand::End,
                })
            }
            _ => {
                return self.send_error(
                    conn,
                    ErrorCode::BadMessage,
                    "already attached to this game; send game messages only",
                );
            }
        };
        self.apply(input, Some(conn)).await;
    }

    /// Feeds one input to the engine, persists, and dispatches the outputs.
    async fn apply(&mut self, input: Input, from: Option<u64>) {
        let before = std::mem::discriminant(self.game.phase());
        let logged = matches!(input, Input::Answer { .. }).then(|| input.clone());
        match self.game.handle(input, now_ms()) {
            Ok(outputs) => {
                if let Some(answer) = logged {
                    // Acknowledged only once it is in the log.
                    if let Err(e) = self.live.append(&self.game.id, &answer).await {
                        tracing::error!(game = %self.game.id, "answer log append failed: {e}");
                    }
                }
                if std::mem::discriminant(self.game.phase()) != before {
                    self.save_snapshot().await;
                    if *self.game.phase() == Phase::Podium {
                        self.save_results().await;
                    }
                }
                self.dispatch(outputs);
            }
            Err(e) => {
                if let Some(conn) = from {
                    self.send_error(conn, e.code(), &e.to_string());
                }
            }
        }
    }

    async fn detach(&mut self, conn: u64) {
        let Some(entry) = self.conns.remove(&conn) else {
            return;
        };
        if let Some(player) = entry.player {
            if self.by_player.get(&player) == Some(&conn) {
                self.by_player.remove(&player);
                self.apply(Input::Disconnected { player }, None).await;
            }
        }
    }

    fn send_error(&mut self, conn: u64, code: ErrorCode, message: &str) {
        let text: Utf8Bytes = ServerMsg::error(code, message).to_json().into();
        self.send(conn, Outbound::Text(text));
    }

    /// Queues one message for one connection; a full queue closes it.
    fn send(&mut self, conn: u64, out: Outbound) {
        let Some(entry) = self.conns.get_mut(&conn) else {
            return;
        };
        if entry.tx.try_send(out).is_err() {
            if let Some(kill) = entry.kill.take() {
                let _ = kill.send((close::TOO_SLOW, "not reading fast enough"));
            }
            let entry = self.conns.remove(&conn).expect("present");
            if let Some(p) = entry.player {
                self.by_player.remove(&p);
                let _ = self
                    .game
                    .handle(Input::Disconnected { player: p }, now_ms());
            }
            tracing::debug!(conn, "closed a connection whose queue was full");
        }
    }

    fn dispatch(&mut self, outputs: Vec<Output>) {
        for Output { to, msg } in outputs {
            let closing = matches!(msg, ServerMsg::Kicked);
            let text: Utf8Bytes = msg.to_json().into();
            match to {
                Audience::Player(p) => {
                    if let Some(&conn) = self.by_player.get(&p) {
                        self.send(conn, Outbound::Text(text));
                        if closing {
                            self.send(conn, Outbound::Close(close::KICKED, "removed by the host"));
                            self.conns.remove(&conn);
                            self.by_player.remove(&p);
                        }
                    }
                }
                Audience::Everyone | Audience::Hosts => {
                    let targets: Vec<u64> = self
                        .conns
                        .iter()
                        .filter(|(_, c)| to == Audience::Everyone || c.role != Role::Player)
                        .map(|(&id, _)| id)
                        .collect();
                    for conn in targets {
                        self.send(conn, Outbound::Text(text.clone()));
                    }
                }
            }
        }
    }

    async fn save_snapshot(&self) {
        let snapshot = serde_json::to_vec(&self.game).expect("game serializes");
        if let Err(e) = self.live.save_snapshot(&self.game.id, &snapshot).await {
            tracing::error!(game = %self.game.id, "snapshot save failed: {e}");
        }
    }

    fn report(&self, now: u64) -> FinishedGame {
        let standings = self.game.standings(usize::MAX);
        FinishedGame {
            id: self.game.id.clone(),
            pin: self.game.pin.clone(),
            quiz_id: self.game.quiz.id.clone(),
            quiz_title: self.game.quiz.title.clone(),
            question_count: self.game.quiz.questions.len() as u32,
            created_at: self.game.created_at,
            started_at: self.game.started_at,
            ended_at: self.game.ended_at.unwrap_or(now),
            players: standings
                .into_iter()
                .map(|s| PlayerOutcome {
                    player: s.player,
                    correct: self.game.player(s.player).map_or(0, |p| p.correct),
                    nickname: s.nickname,
                    rank: s.rank,
                    score: s.score,
                })
                .collect(),
            answers: self.game.answers().to_vec(),
        }
    }

    async fn save_results(&self) {
        let report = self.report(now_ms());
        match self.store.save_finished_game(&report).await {
            Ok(()) => tracing::info!(
                game = %report.id,
                players = report.players.len(),
                winner = report.players.first().map(|p| p.nickname.as_str()).unwrap_or("-"),
                top = PODIUM_SIZE,
                "game finished and saved"
            ),
            Err(e) => tracing::error!(game = %report.id, "saving results failed: {e}"),
        }
    }
}

async fn sleep_until(deadline: Option<Instant>) {
    match deadline {
        Some(d) => tokio::time::sleep_until(d).await,
        None => std::future::pending().await,
    }
}

/// Compares secrets without revealing where they differ through timing.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
