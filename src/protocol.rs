//! The wire protocol: every JSON message a player, host or screen exchanges
//! with the server over WebSocket (documented in docs/protocol.md). Shared by
//! the server, the web pages, the terminal dashboard and the load generator.
//! Messages carry `"type"`; the opening message carries the protocol version.

use serde::{Deserialize, Serialize};

use crate::quiz::AnswerValue;

/// Version spoken by this build; an opening message with another `v` is refused.
pub const PROTOCOL_VERSION: u32 = 1;

pub mod close;
mod error_code;

pub use error_code::ErrorCode;

/// Messages from a client. The first one on a socket must be `join`,
/// `resume`, `host` or `watch`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ClientMsg {
    /// Join a game in its lobby as a new player.
    Join {
        v: u32,
        pin: String,
        nickname: String,
    },
    /// Come back as a player who joined before, with the token from `welcome`.
    Resume { v: u32, pin: String, token: String },
    /// Control a game with the host key from `POST /api/games`.
    Host { v: u32, pin: String, key: String },
    /// Follow a game read-only (presenter screen without controls).
    Watch { v: u32, pin: String },
    /// Clock handshake: `t` is the client's clock in ms; answered by `pong`.
    Ping { t: f64 },
    /// A player's answer to question `question` (0-based). `id` is chosen by
    /// the client so a resent answer is recognised and not scored twice.
    Answer {
        question: usize,
        answer: AnswerValue,
        #[serde(default)]
        id: Option<String>,
    },
    /// Host: leave the lobby and show the first question.
    Start,
    /// Host: move on (close answering early, show leaderboard, next question, podium, end).
    Next,
    /// Host: close the current question now and reveal.
    Skip,
    /// Host: freeze the countdown.
    Pause,
    /// Host: continue a paused countdown.
    Continue,
    /// Host: give players `seconds` more on the current question.
    Extend { seconds: u32 },
    /// Host: remove a player.
    Kick { player: u32 },
    /// Host: finish the game now and show the podium (or end it, at the podium).
    End,
    /// Host: hide an entry from the word cloud or the typed answers shown
    /// at the reveal (`entry` as it appears in `entries`).
    Hide { entry: String },
    /// Host: refuse new players until `unlock` (in the lobby and after the start).
    Lock,
    /// Host: let new players join again.
    Unlock,
    /// Host: remove every player who joined in the last `seconds`.
    KickRecent { seconds: u32 },
    /// Host: remove every player whose nickname contains `pattern`
    /// (compared ignoring case and look-alike letters).
    KickMatching { pattern: String },
    /// Player, team mode: pick team `team` (an index into `welcome`'s
    /// `teams`, when players pick) or name who shares this device
    /// (`members`, one team per device). In the lobby, or while a late
    /// joiner waits for their first question.
    PickTeam {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        team: Option<u32>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        members: Vec<String>,
    },
}

/// What a connection is to a game.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Player,
    Host,
    Screen,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlayerInfo {
    pub id: u32,
    pub nickname: String,
    /// Team mode, to hosts and screens: the player's team, once placed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<String>,
    /// A shared device's team, to hosts and screens: who plays on it, as
    /// typed in with `pick_team` (the team is the device's nickname).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Standing {
    pub rank: u32,
    pub player: u32,
    pub nickname: String,
    pub score: u64,
    /// Rank before the last question (None before any question was scored).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_rank: Option<u32>,
}

/// A player's team. `team` is the index into the host's list (or the
/// player's id when each device is a team); `player` is set in the copy
/// hosts and screens get; `members` lists who shares a device.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub player: Option<u32>,
    pub team: u32,
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<String>,
}

/// A team's line on the team leaderboard: `score` is the mean of its
/// members' scores, rounded; `members` counts players (a shared device
/// counts the names typed in, at least 1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamStanding {
    pub rank: u32,
    pub team: u32,
    pub name: String,
    pub score: u64,
    pub members: u32,
}

/// A player's team's place, in their `result` and `final` (team modes
/// `auto` and `pick`): `rank` among the `teams` that have players, and
/// the team's `score`, as on the team leaderboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamPlace {
    pub rank: u32,
    pub teams: u32,
    pub score: u64,
}

/// A slider as players see it; `correct` and `tolerance` only at the reveal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SliderView {
    pub min: f64,
    pub max: f64,
    pub step: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correct: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tolerance: Option<f64>,
}

/// One distinct typed answer (or slider value) and how many gave it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub text: String,
    pub count: u32,
}

/// The auto-advance countdown of a reveal or a leaderboard: the game moves
/// on by itself at `deadline` (server clock, ms since the Unix epoch). While
/// the host has paused it, `deadline` is absent and `remaining_ms` says what
/// is left. `duration_ms` is how long the phase is shown in all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdvanceView {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remaining_ms: Option<u64>,
    pub duration_ms: u64,
}

/// A round of a quiz in rounds: its place (`number` counted from 0, of
/// `rounds`) and name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundInfo {
    pub number: usize,
    pub rounds: usize,
    pub name: String,
}

/// One player's points in a round (`points`), with their score in the game
/// (`score`); `rank` is by the round's points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundStanding {
    pub rank: u32,
    pub player: u32,
    pub nickname: String,
    pub points: u64,
    pub score: u64,
}

/// The phase a game is in, as a client needs to draw it. Sent in `welcome`
/// and on every phase change; never contains a correct answer before the
/// reveal. When the game shows questions on the big screen only, players get
/// `on_screen: true` with the question text and answer texts left empty
/// (phones then show coloured shapes, one per answer). The phases before a
/// question (the previous one's intro, reveal and leaderboard, a slide, a
/// round's summary and break) carry its media as `next_media`, so pages
/// load it before it shows; players get none when questions are on the big
/// screen only, where phones show no media.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "phase", rename_all = "snake_case")]
pub enum PhaseView {
    Lobby,
    /// The question is shown; answers open at `opens_at`.
    Intro {
        index: usize,
        total: usize,
        text: String,
        kind: String,
        time_limit_ms: u64,
        points: u32,
        opens_at: u64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        media: Option<String>,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        on_screen: bool,
        /// The round this question starts, when it is a round's first.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        round: Option<RoundInfo>,
        /// Players only: the `answering` state their page switches to by
        /// itself at `opens_at`. Players are sent no `answering` phase when
        /// the intro runs its course, only when the host opens answers early.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        answering: Option<Box<PhaseView>>,
        /// The next question's media, for the page to load ahead of it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        next_media: Option<String>,
    },
    /// Answers open until `deadline` (server clock, ms since the Unix epoch).
    /// While paused, `deadline` is absent and `remaining_ms` says what is left.
    /// `answers` holds the choices (single, multi, true/false, poll) or the
    /// items to arrange, in the order shown (ordering); `slider` and
    /// `max_length` describe slider and typed answers. A player's copy of
    /// an ordering question carries `start_order`: the shown positions in
    /// the order that player's list starts in, a shuffle of their own.
    Answering {
        index: usize,
        total: usize,
        text: String,
        kind: String,
        answers: Vec<String>,
        time_limit_ms: u64,
        points: u32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        deadline: Option<u64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        remaining_ms: Option<u64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        slider: Option<SliderView>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max_length: Option<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        media: Option<String>,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        on_screen: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        start_order: Option<Vec<usize>>,
        /// The round this question starts, when it is a round's first
        /// (as in the intro; with no intro, only here).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        round: Option<RoundInfo>,
    },
    /// Answering closed. `correct` lists the correct answers' indices (for
    /// ordering: the shown positions in the correct order); `counts` how many
    /// chose each answer (multi: ticked it; ordering: put it in its right
    /// place). Typed answers and word clouds list `entries`, most given
    /// first; a type-answer question also shows what was `accepted`.
    Reveal {
        index: usize,
        total: usize,
        text: String,
        #[serde(default)]
        kind: String,
        answers: Vec<String>,
        correct: Vec<usize>,
        counts: Vec<u32>,
        answered: u32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        explanation: Option<String>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        entries: Vec<Entry>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        accepted: Vec<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        slider: Option<SliderView>,
        /// Slider: the mean of the values given.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        average: Option<f64>,
        /// With auto-advance: when the game moves on by itself.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        advance: Option<AdvanceView>,
        /// The next question's media, for the page to load ahead of it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        next_media: Option<String>,
    },
    /// A content slide: no answers; the host moves on.
    Slide {
        index: usize,
        total: usize,
        text: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        body: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        media: Option<String>,
        /// The round this slide starts, when it is a round's first.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        round: Option<RoundInfo>,
        /// The next question's media, for the page to load ahead of it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        next_media: Option<String>,
    },
    Leaderboard {
        index: usize,
        total: usize,
        top: Vec<Standing>,
        /// Team mode: the team standings.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        teams: Vec<TeamStanding>,
        /// With auto-advance: when the game moves on by itself.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        advance: Option<AdvanceView>,
        /// The next question's media, for the page to load ahead of it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        next_media: Option<String>,
    },
    /// Hosts and screens: a round is over (`index` is its last question);
    /// `top` ranks the players by the round's points.
    RoundSummary {
        index: usize,
        total: usize,
        round: RoundInfo,
        top: Vec<RoundStanding>,
        /// With auto-advance: when the game moves on by itself.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        advance: Option<AdvanceView>,
        /// The next question's media, for the page to load ahead of it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        next_media: Option<String>,
    },
    /// The break before `round` (the next round); `countdown` runs to its
    /// end. With `auto` the game moves on by itself then; otherwise the
    /// host does (at any moment, as during the break).
    Break {
        index: usize,
        total: usize,
        round: RoundInfo,
        countdown: AdvanceView,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        auto: bool,
        /// The next question's media, for the page to load ahead of it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        next_media: Option<String>,
    },
    Podium {
        top: Vec<Standing>,
        /// Team mode: the team podium.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        teams: Vec<TeamStanding>,
    },
    Ended,
}

/// A player's own result after a question closes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlayerResult {
    pub index: usize,
    pub answered: bool,
    pub correct: bool,
    /// Some but not all of the credit (multi, slider, ordering).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub partial: bool,
    /// The question earns no points (poll, word cloud).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unscored: bool,
    /// Points earned on this question, streak bonus included.
    pub points: u32,
    pub streak_bonus: u32,
    pub streak: u32,
    pub score: u64,
    pub rank: u32,
    pub players: u32,
    /// Points behind the player ranked just above (None when first).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub behind: Option<u64>,
    /// Team mode: the player's team's place once the question is scored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<Box<TeamPlace>>,
}

/// Reply to the opening message (`ServerMsg::Welcome`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Welcome {
    pub v: u32,
    pub role: Role,
    pub pin: String,
    pub game_id: String,
    pub quiz_title: String,
    pub server_time: u64,
    /// Player only: who you are, and the token to `resume` with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub player: Option<PlayerInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// Player only: score so far (non-zero after a resume).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<u64>,
    /// Host and screen only: everyone in the game.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub players: Option<Vec<PlayerInfo>>,
    /// Player only: whether this player already answered the open question.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub answered: bool,
    /// Host and screen only: the host locked joining; joins are refused.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub locked: bool,
    /// Host and screen only: the game lets players join after the start.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub late_join: bool,
    /// Player only: a late joiner's first question (0-based); the phases
    /// of earlier questions are not theirs to play.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plays_from: Option<usize>,
    /// Team mode: `auto`, `pick` or `device` (absent when off).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team_mode: Option<String>,
    /// Team mode: the host's team names (auto and pick).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub teams: Vec<String>,
    /// Player only, team mode: the player's team once placed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<TeamInfo>,
    /// Host and screen only: the language the host chose for the big
    /// screen (a catalog's tag); absent: the browser's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub screen_language: Option<String>,
    pub state: PhaseView,
}

/// Messages from the server.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ServerMsg {
    /// Reply to the opening message.
    Welcome(Box<Welcome>),
    Pong {
        t: f64,
        server_time: u64,
    },
    /// The game moved to another phase.
    Phase {
        state: Box<PhaseView>,
    },
    /// Host and screen: someone joined the lobby. Boxed to keep every
    /// message small (see `server_messages_stay_small`).
    PlayerJoined {
        player: Box<PlayerInfo>,
        count: u32,
    },
    /// Host and screen: someone was kicked.
    PlayerLeft {
        player: u32,
        count: u32,
    },
    /// Host and screen: how many have answered the open question.
    AnswerCount {
        index: usize,
        answered: u32,
        players: u32,
    },
    /// The countdown was frozen; `remaining_ms` is left on it.
    Paused {
        index: usize,
        remaining_ms: u64,
    },
    /// The countdown runs again (after `continue` or `extend`).
    Deadline {
        index: usize,
        deadline: u64,
        time_limit_ms: u64,
    },
    /// Player: your answer is locked in.
    AnswerAck {
        index: usize,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        id: Option<String>,
    },
    /// Player: your result for the question that just closed.
    Result(PlayerResult),
    /// Player: final placing (team mode: with the team's).
    Final {
        rank: u32,
        score: u64,
        players: u32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        team: Option<Box<TeamPlace>>,
    },
    /// Player: the host removed you.
    Kicked,
    /// Host and screen: the host locked (`open: false`) or unlocked joining.
    Joining {
        open: bool,
    },
    /// Team mode: a player's team (on a pick, the members of a shared
    /// device, or placement at the start). Players get their own; hosts
    /// and screens get everyone's, with `player`.
    Team(Box<TeamInfo>),
    /// Host and screen: the host removed these players at once.
    PlayersLeft {
        players: Vec<u32>,
        count: u32,
    },
    /// The server cannot save to its disk (`problem`, in words for people)
    /// and the game is paused until it can; `problem` null: it saves again.
    /// Answers refused meanwhile get `storage_unavailable`.
    Storage {
        problem: Option<String>,
    },
    /// A request was refused; the connection stays open unless a close follows.
    Error {
        code: ErrorCode,
        message: String,
    },
}

impl ServerMsg {
    /// The phase message for `state`.
    pub fn phase(state: PhaseView) -> Self {
        ServerMsg::Phase {
            state: Box::new(state),
        }
    }

    pub fn error(code: ErrorCode, message: impl Into<String>) -> Self {
        ServerMsg::Error {
            code,
            message: message.into(),
        }
    }

    /// Serializes to the JSON text sent on the wire.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("server messages always serialize")
    }
}

#[cfg(test)]
mod tests;
