//! The simulated host: attaches over the host protocol, starts the game once
//! every player has joined (or failed to), and moves it on after each reveal
//! and leaderboard with short pauses, until the game has ended.

use std::sync::atomic::Ordering;
use std::time::Duration;

use indicatif::ProgressBar;
use tokio::time::Instant;

use crate::client::{GameSocket, Incoming, Server};
use crate::protocol::{ClientMsg, PhaseView, ServerMsg, PROTOCOL_VERSION};

use super::player::Tally;
use super::BenchError;

/// Pauses a host would make to let the room read the screen, kept short.
const AFTER_REVEAL: Duration = Duration::from_millis(300);
const AFTER_LEADERBOARD: Duration = Duration::from_millis(200);
const AFTER_PODIUM: Duration = Duration::from_millis(500);

/// When the game started and ended, as the host saw it.
pub struct HostRun {
    pub started: Instant,
    pub ended: Instant,
}

pub struct Host {
    socket: GameSocket,
}

impl Host {
    pub async fn attach(server: &Server, pin: &str, key: &str) -> Result<Host, BenchError> {
        let hello = ClientMsg::Host {
            v: PROTOCOL_VERSION,
            pin: pin.into(),
            key: key.into(),
        };
        let mut socket = GameSocket::open(server, &hello)
            .await
            .map_err(|e| BenchError::Host(format!("cannot attach: {e}")))?;
        match socket.recv().await {
            Incoming::Msg(msg) if matches!(*msg, ServerMsg::Welcome(_)) => Ok(Host { socket }),
            other => Err(BenchError::Host(format!("refused: {other:?}"))),
        }
    }

    /// Keeps reading (so the host never lags) until `players` have settled.
    pub async fn wait_for_players(
        &mut self,
        tally: &Tally,
        players: usize,
        progress: &ProgressBar,
    ) -> Result<(), BenchError> {
        loop {
            let settled = tally.settled.notified();
            let count = tally.settled_count();
            progress.set_position(tally.joined.load(Ordering::SeqCst) as u64);
            if count >= players {
                return Ok(());
            }
            tokio::select! {
                _ = settled => {}
                _ = tokio::time::sleep(Duration::from_millis(100)) => {}
                incoming = self.socket.recv() => {
                    if let Incoming::Closed { code, reason } = incoming {
                        return Err(BenchError::Host(format!("connection closed ({code:?}) {reason}")));
                    }
                }
            }
        }
    }

    /// Starts the game and runs it to the end.
    pub async fn run_game(
        mut self,
        questions: usize,
        tally: &Tally,
        players: usize,
        progress: &ProgressBar,
    ) -> Result<HostRun, BenchError> {
        self.socket
            .send(&ClientMsg::Start)
            .await
            .map_err(|e| BenchError::Host(e.to_string()))?;
        let started = Instant::now();
        // The phase we last acted on, so a resynchronising `welcome` that
        // repeats it does not make us skip ahead twice.
        let mut acted: Option<(&'static str, usize)> = None;
        let mut next_at: Option<Instant> = None;
        let mut answered_before = 0;
        loop {
            let state = tokio::select! {
                incoming = self.socket.recv() => match incoming {
                    Incoming::Msg(msg) => match *msg {
                        ServerMsg::Phase { state } => Some(*state),
                        ServerMsg::Welcome(welcome) => Some(welcome.state),
                        ServerMsg::AnswerCount { answered, .. } => {
                            progress.set_position((answered_before + answered as usize) as u64);
                            None
                        }
                        ServerMsg::Error { message, .. } => {
                            return Err(BenchError::Host(format!("command refused: {message}")));
                        }
                        _ => None,
                    },
                    Incoming::Unreadable(_) => None,
                    Incoming::Closed { code, reason } => {
                        return Err(BenchError::Host(format!("connection closed ({code:?}) {reason}")));
                    }
                },
                _ = sleep_until(next_at) => {
                    next_at = None;
                    self.socket.send(&ClientMsg::Next).await.map_err(|e| BenchError::Host(e.to_string()))?;
                    None
                }
            };
            let Some(state) = state else { continue };
            let (step, pause) = match state {
                PhaseView::Intro { index, .. } => {
                    progress.set_message(format!("question {}/{questions}", index + 1));
                    answered_before = index * players;
                    continue;
                }
                PhaseView::Reveal { index, .. } => (("reveal", index), AFTER_REVEAL),
                PhaseView::Slide { index, .. } => (("slide", index), AFTER_REVEAL),
                PhaseView::Leaderboard { index, .. } => (("leaderboard", index), AFTER_LEADERBOARD),
                PhaseView::RoundSummary { index, .. } => {
                    (("round_summary", index), AFTER_LEADERBOARD)
                }
                PhaseView::Break { index, .. } => (("break", index), AFTER_LEADERBOARD),
                PhaseView::Podium { .. } => {
                    tally.podium.store(true, Ordering::SeqCst);
                    (("podium", 0), AFTER_PODIUM)
                }
                PhaseView::Ended => {
                    progress.set_position(tally.answered.load(Ordering::Relaxed) as u64);
                    return Ok(HostRun {
                        started,
                        ended: Instant::now(),
                    });
                }
                PhaseView::Lobby | PhaseView::Answering { .. } => continue,
            };
            if acted != Some(step) {
                acted = Some(step);
                next_at = Some(Instant::now() + pause);
            }
        }
    }
}

async fn sleep_until(at: Option<Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}
