//! One simulated player: joins over a real WebSocket, answers each question
//! after a human-looking delay, and records what it measured — when each
//! question reached it, how long each answer took to be acknowledged, which
//! answers were acknowledged, and whether its connection survived the game.

use std::borrow::Cow;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use rand::Rng;
use serde::{Deserialize, Serialize};
use tokio::sync::{watch, Notify, Semaphore};
use tokio::time::Instant;

use crate::client::{GameSocket, Incoming, RawIncoming, Server, SocketOptions};
use crate::protocol::{close, ClientMsg, ServerMsg, PROTOCOL_VERSION};
use crate::quiz::AnswerValue;

/// How long a player waits for its `welcome`.
const WELCOME_WITHIN: Duration = Duration::from_secs(60);
/// Answer delays: log-normal around a median, clipped, so most players
/// answer within a couple of seconds and a few take much longer.
const MEDIAN_DELAY_SECS: f64 = 1.5;
const DELAY_SPREAD: f64 = 0.6;
const MIN_DELAY: Duration = Duration::from_millis(250);
pub const MAX_DELAY: Duration = Duration::from_secs(5);

/// Counters every player updates, for the host and the progress bar.
#[derive(Default)]
pub struct Tally {
    pub joined: AtomicUsize,
    pub join_failed: AtomicUsize,
    /// Signalled whenever a player joins or fails to.
    pub settled: Notify,
    pub answered: AtomicUsize,
    /// Set when the host sees the podium: the questions are over and the
    /// server is saving the results.
    pub podium: std::sync::atomic::AtomicBool,
}

impl Tally {
    pub fn settled_count(&self) -> usize {
        self.joined.load(Ordering::SeqCst) + self.join_failed.load(Ordering::SeqCst)
    }
}

/// What one player saw. A load process of its own sends it to the one
/// that gathers the figures as JSON, so every field is plain data.
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// The id the server gave this player; `None` if it never joined.
    pub player: Option<u32>,
    pub join_error: Option<String>,
    /// When the connection attempt started and when `welcome` arrived, in
    /// ms on the machine's monotonic clock (`os::monotonic_ms`), which the
    /// bench's processes share.
    pub join_started: Option<f64>,
    pub joined_at: Option<f64>,
    /// Server send time of the message that brings each question to the
    /// player (its `intro`, or `answering` when there is none) to its
    /// receipt, ms.
    pub fanout_ms: Vec<f64>,
    /// Answer sent to `answer_ack` received, ms.
    pub ack_ms: Vec<f64>,
    /// (question, answer id) of every acknowledged answer.
    pub acked: Vec<(usize, String)>,
    pub sent: u32,
    /// Answers the server refused with an `error`.
    pub refused: u32,
    /// Why the connection ended before the game did, if it did.
    pub dropped: Option<String>,
}

pub struct PlayerSpec {
    pub index: usize,
    pub server: Server,
    pub options: SocketOptions,
    pub pin: String,
    /// The game's intro length: the server shows a question this long
    /// before its `opens_at`.
    pub intro_ms: u64,
}

/// Joins, plays until the game ends (or `stop` turns true) and reports.
pub async fn play(
    spec: PlayerSpec,
    tally: Arc<Tally>,
    gate: Arc<Semaphore>,
    mut stop: watch::Receiver<bool>,
) -> Outcome {
    let mut outcome = Outcome::default();
    let hello = ClientMsg::Join {
        v: PROTOCOL_VERSION,
        pin: spec.pin.clone(),
        nickname: format!("p{}", spec.index),
    };
    let joining = async {
        let _permit = gate.acquire().await;
        outcome.join_started = Some(crate::os::monotonic_ms());
        let mut socket = GameSocket::open_with(&spec.server, &hello, spec.options)
            .await
            .map_err(|e| e.to_string())?;
        loop {
            match socket.recv().await {
                Incoming::Msg(msg) => match *msg {
                    ServerMsg::Welcome(welcome) => {
                        return Ok((socket, welcome.player.map(|p| p.id)));
                    }
                    ServerMsg::Error { message, .. } => return Err(message),
                    _ => continue,
                },
                Incoming::Unreadable(text) => return Err(format!("unreadable: {text}")),
                Incoming::Closed { code, reason } => {
                    return Err(format!("closed ({code:?}) {reason}"))
                }
            }
        }
    };
    let joined = tokio::select! {
        joined = tokio::time::timeout(WELCOME_WITHIN, joining) => joined,
        _ = stopped(&mut stop) => return outcome,
    };
    let mut socket = match joined {
        Ok(Ok((socket, Some(id)))) => {
            outcome.player = Some(id);
            outcome.joined_at = Some(crate::os::monotonic_ms());
            tally.joined.fetch_add(1, Ordering::SeqCst);
            tally.settled.notify_waiters();
            socket
        }
        failed => {
            outcome.join_error = Some(match failed {
                Ok(Err(e)) => e,
                Ok(Ok(_)) => "welcome without a player id".into(),
                Err(_) => "no welcome within 60 s".into(),
            });
            tally.join_failed.fetch_add(1, Ordering::SeqCst);
            tally.settled.notify_waiters();
            return outcome;
        }
    };

    // (question, when to send) of the answer being thought about, then
    // (question, id, when sent) of the one waiting for its acknowledgement.
    let mut thinking: Option<(usize, Instant)> = None;
    let mut waiting: Option<(usize, String, Instant)> = None;
    // The question whose answers this player has open.
    let mut opened: Option<usize> = None;
    let mut ended = false;
    loop {
        let answer_due = thinking.map(|(_, at)| at);
        tokio::select! {
            incoming = socket.recv_raw() => match incoming {
                RawIncoming::Text(text) => {
                    let received = now_ms_f64();
                    let Ok(peek) = serde_json::from_str::<Peek>(&text) else { continue };
                    match (peek.kind, peek.state) {
                        // The intro brings the question and its answers; the
                        // player's page opens them at `opens_at`.
                        ("phase", Some(PeekState { phase: "intro", index: Some(index), opens_at: Some(opens_at), .. })) => {
                            let sent = opens_at.saturating_sub(spec.intro_ms) as f64;
                            outcome.fanout_ms.push((received - sent).max(0.0));
                            let opens_in = Duration::from_millis((opens_at as f64 - received).max(0.0) as u64);
                            thinking = Some((index, Instant::now() + opens_in + think_time()));
                            opened = Some(index);
                        }
                        // Without an intro, or opened early by the host.
                        ("phase", Some(PeekState { phase: "answering", index: Some(index), time_limit_ms: Some(limit), deadline: Some(deadline), .. })) if opened != Some(index) => {
                            let sent = deadline.saturating_sub(limit) as f64;
                            outcome.fanout_ms.push((received - sent).max(0.0));
                            thinking = Some((index, Instant::now() + think_time()));
                            opened = Some(index);
                        }
                        ("phase", Some(PeekState { phase: "reveal", .. })) => thinking = None,
                        ("phase", Some(PeekState { phase: "ended", .. })) => ended = true,
                        ("answer_ack", _) => {
                            if let Some((question, expected, at)) = waiting.take() {
                                if peek.index == Some(question) && peek.id.as_deref() == Some(expected.as_str()) {
                                    outcome.ack_ms.push(at.elapsed().as_secs_f64() * 1000.0);
                                    outcome.acked.push((question, expected));
                                } else {
                                    waiting = Some((question, expected, at));
                                }
                            }
                        }
                        ("error", _) if waiting.take().is_some() => outcome.refused += 1,
                        _ => {}
                    }
                }
                RawIncoming::Closed { code, reason } => {
                    if !ended && code != Some(close::GAME_OVER) {
                        outcome.dropped = Some(match code {
                            Some(code) => format!("closed with {code} {reason}"),
                            None => reason,
                        });
                    }
                    return outcome;
                }
            },
            _ = sleep_until(answer_due) => {
                let (question, _) = thinking.take().expect("an answer was due");
                let id = format!("p{}q{question}", spec.index);
                let answer = ClientMsg::Answer {
                    question,
                    answer: AnswerValue::Choice(rand::rng().random_range(0..4)),
                    id: Some(id.clone()),
                };
                let at = Instant::now();
                if let Err(e) = socket.send(&answer).await {
                    outcome.dropped = Some(format!("send failed: {e}"));
                    return outcome;
                }
                outcome.sent += 1;
                tally.answered.fetch_add(1, Ordering::Relaxed);
                waiting = Some((question, id, at));
            }
            _ = stopped(&mut stop) => {
                if !ended {
                    outcome.dropped = Some("still connected when the run stopped".into());
                }
                socket.close().await;
                return outcome;
            }
        }
    }
}

/// The few fields a player reads from each server message. Parsing only
/// these keeps the load generator's own cost per message low, so what it
/// measures is mostly the server.
#[derive(Deserialize)]
struct Peek<'a> {
    #[serde(rename = "type", borrow)]
    kind: &'a str,
    #[serde(default)]
    index: Option<usize>,
    #[serde(default, borrow)]
    id: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    state: Option<PeekState<'a>>,
}

#[derive(Deserialize)]
struct PeekState<'a> {
    #[serde(borrow)]
    phase: &'a str,
    #[serde(default)]
    index: Option<usize>,
    #[serde(default)]
    time_limit_ms: Option<u64>,
    #[serde(default)]
    deadline: Option<u64>,
    #[serde(default)]
    opens_at: Option<u64>,
}

/// A human-looking delay before answering.
pub fn think_time() -> Duration {
    let mut rng = rand::rng();
    // Box–Muller: one standard normal draw from two uniform ones.
    let (u1, u2): (f64, f64) = (rng.random_range(f64::EPSILON..1.0), rng.random());
    let normal = (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos();
    let secs = MEDIAN_DELAY_SECS * (DELAY_SPREAD * normal).exp();
    Duration::from_secs_f64(secs).clamp(MIN_DELAY, MAX_DELAY)
}

/// Wall clock in ms since the Unix epoch, with sub-millisecond precision.
pub fn now_ms_f64() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

/// Resolves once the run is told to stop.
async fn stopped(stop: &mut watch::Receiver<bool>) {
    let _ = stop.wait_for(|s| *s).await;
}

async fn sleep_until(at: Option<Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn peeking_reads_the_fields_of_real_server_messages() {
        use crate::protocol::PhaseView;
        let answering = ServerMsg::phase(PhaseView::Answering {
            index: 3,
            total: 10,
            text: "Which \"one\"?".into(),
            kind: "single".into(),
            answers: vec!["a".into(), "b".into()],
            time_limit_ms: 10_000,
            points: 1000,
            deadline: Some(1_718_000_083_000),
            remaining_ms: None,
            slider: None,
            max_length: None,
            media: None,
            on_screen: false,
            start_order: None,
            round: None,
        })
        .to_json();
        let peek: Peek = serde_json::from_str(&answering).unwrap();
        let state = peek.state.unwrap();
        assert_eq!((peek.kind, state.phase), ("phase", "answering"));
        assert_eq!(state.index, Some(3));
        assert_eq!(state.time_limit_ms, Some(10_000));
        assert_eq!(state.deadline, Some(1_718_000_083_000));

        // A player's intro carries the answering state inside it.
        let ServerMsg::Phase { state: open } = serde_json::from_str(&answering).unwrap() else {
            unreachable!()
        };
        let intro = ServerMsg::phase(PhaseView::Intro {
            index: 3,
            total: 10,
            text: "Which \"one\"?".into(),
            kind: "single".into(),
            time_limit_ms: 10_000,
            points: 1000,
            opens_at: 1_718_000_073_000,
            media: None,
            on_screen: false,
            round: None,
            answering: Some(open),
            next_media: None,
        })
        .to_json();
        let peek: Peek = serde_json::from_str(&intro).unwrap();
        let state = peek.state.unwrap();
        assert_eq!((peek.kind, state.phase), ("phase", "intro"));
        assert_eq!(state.index, Some(3));
        assert_eq!(state.opens_at, Some(1_718_000_073_000));

        let ack = ServerMsg::AnswerAck {
            index: 3,
            id: Some("p7q3".into()),
        }
        .to_json();
        let peek: Peek = serde_json::from_str(&ack).unwrap();
        assert_eq!(peek.kind, "answer_ack");
        assert_eq!((peek.index, peek.id.as_deref()), (Some(3), Some("p7q3")));

        let ended = ServerMsg::phase(PhaseView::Ended).to_json();
        let peek: Peek = serde_json::from_str(&ended).unwrap();
        assert_eq!(peek.state.unwrap().phase, "ended");
    }

    #[test]
    fn think_times_stay_within_bounds_and_centre_on_the_median() {
        let mut times: Vec<Duration> = (0..2000).map(|_| think_time()).collect();
        assert!(times.iter().all(|t| (MIN_DELAY..=MAX_DELAY).contains(t)));
        times.sort();
        let median = times[1000].as_secs_f64();
        assert!((1.2..1.8).contains(&median), "median {median}");
    }
}
