//! The game engine: a pure state machine for one live game. It owns phases,
//! players, answers and scores. It never reads a clock, touches IO or draws
//! randomness: time arrives as `now` (ms since the Unix epoch) and tokens are
//! handed in. `Game` is `Serialize + Deserialize`; the snapshot is the game.

mod answers;
pub mod assignment;
mod close;
mod commands;
mod error;
mod flow;
mod index;
pub mod leaderboard;
mod lobby;
pub mod nickname;
mod rounds;
pub mod scoring;
mod shuffle;
pub mod teams;
mod view;

pub use error::GameError;
pub use teams::TeamMode;
pub use view::format_number;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::protocol::{PhaseView, PlayerInfo, PlayerResult, ServerMsg};
use crate::quiz::{AnswerValue, QuestionKind, Quiz};

pub type PlayerId = u32;

/// How many standings the leaderboard and the podium carry.
pub const LEADERBOARD_SIZE: usize = 10;
pub const PODIUM_SIZE: usize = 5;
/// Answers opening this much after the intro's `opens_at` (ms) are announced
/// to players too; see `open_answers_on_time`.
const LATE_OPEN_MS: u64 = 1_000;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GameOptions {
    /// How long the question is shown before answers open.
    pub intro_ms: u64,
    pub max_players: usize,
    pub streak_bonus: bool,
    /// Questions play in a shuffled order.
    #[serde(default)]
    pub shuffle_questions: bool,
    /// Choices of single, multi and poll questions appear in a shuffled order.
    #[serde(default)]
    pub shuffle_answers: bool,
    /// Question texts and answer texts appear on the big screen only; phones
    /// show coloured shapes.
    #[serde(default)]
    pub questions_on_screen_only: bool,
    /// Players get a generated friendly nickname instead of typing one.
    #[serde(default)]
    pub generated_nicknames: bool,
    /// Draw behind every shuffle and generated name (the server picks it at
    /// random; the same seed replays the same game).
    #[serde(default)]
    pub seed: u64,
    /// Nicknames containing any of these are refused; each entry is a
    /// `nickname::skeleton` (the server prepares them from its settings).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub blocked_words: Vec<String>,
    /// Combining marks a nickname may stack on one letter.
    #[serde(default = "default_nickname_marks")]
    pub nickname_marks: u8,
    /// Players may join after the start; they play from the next question
    /// that opens, with 0 points. Games saved before the option existed
    /// take the default, on.
    #[serde(default = "default_late_join")]
    pub late_join: bool,
    /// Reveal and leaderboard are each shown this many seconds, then the
    /// game moves on by itself; 0: the host moves on.
    #[serde(default, skip_serializing_if = "is_zero_u32")]
    pub auto_advance_secs: u32,
    /// Team mode: off, drawn teams, picked teams or one per shared device.
    #[serde(default, skip_serializing_if = "TeamMode::is_off")]
    pub teams: TeamMode,
    /// A quiz in rounds: the break between two rounds lasts this many
    /// seconds (0: no break). With auto-advance the game moves on by
    /// itself when it is over; otherwise the host moves on.
    #[serde(default = "default_break_secs")]
    pub break_secs: u32,
    /// The big screen's language (a catalog's tag, `fr`), whatever the
    /// presenting computer's browser prefers; None: the browser's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub screen_language: Option<String>,
}

/// The break between rounds when the host says nothing: a minute.
pub const DEFAULT_BREAK_SECS: u32 = 60;
/// The longest break between rounds: an hour.
pub const MAX_BREAK_SECS: u32 = 3_600;

fn default_break_secs() -> u32 {
    DEFAULT_BREAK_SECS
}

fn default_late_join() -> bool {
    true
}

fn is_zero_u32(n: &u32) -> bool {
    *n == 0
}

fn is_zero_usize(n: &usize) -> bool {
    *n == 0
}

fn default_nickname_marks() -> u8 {
    nickname::DEFAULT_MARKS_PER_LETTER
}

impl Default for GameOptions {
    fn default() -> Self {
        GameOptions {
            intro_ms: 3_000,
            max_players: 10_000,
            streak_bonus: true,
            shuffle_questions: false,
            shuffle_answers: false,
            questions_on_screen_only: false,
            generated_nicknames: false,
            seed: 0,
            blocked_words: Vec::new(),
            nickname_marks: nickname::DEFAULT_MARKS_PER_LETTER,
            late_join: true,
            auto_advance_secs: 0,
            teams: TeamMode::Off,
            break_secs: DEFAULT_BREAK_SECS,
            screen_language: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Player {
    pub id: PlayerId,
    pub nickname: String,
    /// Secret that lets this player reconnect; never sent to anyone else.
    pub token: String,
    pub score: u64,
    pub streak: u32,
    pub correct: u32,
    pub rank: u32,
    pub previous_rank: Option<u32>,
    pub kicked: bool,
    pub connected: bool,
    /// When the player joined (ms since the Unix epoch), for removing the
    /// players of a join flood at once.
    #[serde(default)]
    pub joined_at: u64,
    /// The first question this player answers: 0 for players who joined in
    /// the lobby, the question after the one in progress for a late joiner.
    #[serde(default, skip_serializing_if = "is_zero_usize")]
    pub plays_from: usize,
    /// Team mode: the index of the player's team in the host's list
    /// (`None` until placed; unused for shared devices).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<u32>,
    /// A shared device: the names of the people playing on it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<String>,
}

/// One answer as scored when its question closed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerRecord {
    pub player: PlayerId,
    pub question: usize,
    pub answer: AnswerValue,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// Time from answers opening to the server receiving it (pauses excluded).
    pub elapsed_ms: u64,
    /// The question's time limit in force (extensions included).
    pub time_limit_ms: u64,
    pub correct: bool,
    /// Points earned, streak bonus included.
    pub points: u32,
    pub streak_bonus: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct PendingAnswer {
    answer: AnswerValue,
    client_id: Option<String>,
    elapsed_ms: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "phase", rename_all = "snake_case")]
pub enum Phase {
    Lobby,
    Intro {
        opens_at: u64,
    },
    Answering {
        time_limit_ms: u64,
        /// `None` while paused.
        deadline: Option<u64>,
        /// Time left, kept while paused.
        remaining_ms: u64,
    },
    Reveal,
    /// A content slide is shown until the host moves on.
    Slide,
    Leaderboard,
    /// A round is over: its points per player, after its last question.
    RoundSummary,
    /// The break before the next round; its countdown is `Game::advance`.
    Break,
    Podium,
    Ended,
}

/// The auto-advance countdown of a reveal or a leaderboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Advance {
    /// When the game moves on; `None` while paused.
    pub deadline: Option<u64>,
    /// Time left, kept while paused.
    pub remaining_ms: u64,
}

/// Who an output is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Every player, host and screen.
    Everyone,
    /// Hosts and screens.
    Hosts,
    /// Every player (not hosts or screens).
    Players,
    Player(PlayerId),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Output {
    pub to: Audience,
    pub msg: ServerMsg,
}

fn out(to: Audience, msg: ServerMsg) -> Output {
    Output { to, msg }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "cmd", rename_all = "snake_case")]
pub enum HostCommand {
    Start,
    Next,
    Skip,
    Pause,
    Continue,
    Extend {
        seconds: u32,
    },
    Kick {
        player: PlayerId,
    },
    End,
    /// Refuse new players (the lobby stays as it is).
    Lock,
    /// Let new players join again.
    Unlock,
    /// Remove every player who joined in the last `seconds`.
    KickRecent {
        seconds: u32,
    },
    /// Remove every player whose nickname contains `pattern`, both compared
    /// in their look-alike form (`nickname::look_alike`).
    KickMatching {
        pattern: String,
    },
    /// Hide an entry (as shown in the reveal's `entries`) of the closed question.
    Hide {
        entry: String,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "input", rename_all = "snake_case")]
pub enum Input {
    Answer {
        player: PlayerId,
        question: usize,
        answer: AnswerValue,
        id: Option<String>,
    },
    Host(HostCommand),
    Connected {
        player: PlayerId,
    },
    Disconnected {
        player: PlayerId,
    },
    /// The deadline from `next_deadline` has passed.
    Tick,
    /// A player picks a team (`team`, pick mode) or names who shares the
    /// device (`members`, device mode).
    Team {
        player: PlayerId,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        team: Option<u32>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        members: Vec<String>,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Game {
    pub id: String,
    pub pin: String,
    pub quiz: Quiz,
    pub options: GameOptions,
    pub created_at: u64,
    pub started_at: Option<u64>,
    pub ended_at: Option<u64>,
    phase: Phase,
    /// Index of the current (or last) question.
    question: usize,
    players: Vec<Player>,
    pending: BTreeMap<PlayerId, PendingAnswer>,
    answers: Vec<AnswerRecord>,
    /// Entries the host hid from reveals, by question.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    hidden: BTreeMap<usize, Vec<String>>,
    /// The host locked the lobby: joins are refused.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    locked: bool,
    /// The auto-advance countdown of the reveal or leaderboard shown now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    advance: Option<Advance>,
    #[serde(skip)]
    index: index::Index,
}

impl Game {
    /// A game in its lobby. The shuffles the options ask for are applied to
    /// the quiz here, drawn from `options.seed`.
    pub fn new(id: String, pin: String, mut quiz: Quiz, options: GameOptions, now: u64) -> Game {
        shuffle::apply(
            &mut quiz,
            options.seed,
            options.shuffle_questions,
            options.shuffle_answers,
        );
        Game {
            id,
            pin,
            quiz,
            options,
            created_at: now,
            started_at: None,
            ended_at: None,
            phase: Phase::Lobby,
            question: 0,
            players: Vec::new(),
            pending: BTreeMap::new(),
            answers: Vec::new(),
            hidden: BTreeMap::new(),
            locked: false,
            advance: None,
            index: index::Index::default(),
        }
    }

    pub fn phase(&self) -> &Phase {
        &self.phase
    }

    pub fn question_index(&self) -> usize {
        self.question
    }

    pub fn players(&self) -> impl Iterator<Item = &Player> {
        self.players.iter().filter(|p| !p.kicked)
    }

    pub fn player(&self, id: PlayerId) -> Option<&Player> {
        self.players.get(id as usize).filter(|p| !p.kicked)
    }

    pub fn player_count(&self) -> u32 {
        if self.index.is_built() {
            return self.index.active();
        }
        self.players().count() as u32
    }

    /// Every answer scored so far, in the order questions closed.
    pub fn answers(&self) -> &[AnswerRecord] {
        &self.answers
    }

    /// Whether question `index` has been scored: its answers are final.
    pub fn is_closed(&self, index: usize) -> bool {
        index < self.question
            || (index == self.question
                && matches!(
                    self.phase,
                    Phase::Reveal
                        | Phase::Leaderboard
                        | Phase::RoundSummary
                        | Phase::Break
                        | Phase::Podium
                        | Phase::Ended
                ))
    }

    /// Moves the scored answers out, so a caller can store them apart from
    /// the snapshot and serialize the rest; `put_answers` puts them back.
    pub fn take_answers(&mut self) -> Vec<AnswerRecord> {
        std::mem::take(&mut self.answers)
    }

    pub fn put_answers(&mut self, answers: Vec<AnswerRecord>) {
        self.answers = answers;
    }

    pub fn has_answered(&self, player: PlayerId) -> bool {
        matches!(self.phase, Phase::Intro { .. } | Phase::Answering { .. })
            && self.pending.contains_key(&player)
    }

    pub fn is_over(&self) -> bool {
        matches!(self.phase, Phase::Podium | Phase::Ended)
    }

    /// When the engine next needs an `Input::Tick`.
    pub fn next_deadline(&self) -> Option<u64> {
        match self.phase {
            Phase::Intro { opens_at } => Some(opens_at),
            Phase::Answering { deadline, .. } => deadline,
            Phase::Reveal | Phase::Leaderboard | Phase::RoundSummary => {
                self.advance.and_then(|a| a.deadline)
            }
            // Without auto-advance the break's countdown runs out and the
            // game waits for the host.
            Phase::Break if self.options.auto_advance_secs > 0 => {
                self.advance.and_then(|a| a.deadline)
            }
            _ => None,
        }
    }

    /// The countdown shown now: the auto-advance of a reveal, leaderboard
    /// or round summary, or a break's.
    pub fn advance(&self) -> Option<Advance> {
        match self.phase {
            Phase::Reveal | Phase::Leaderboard | Phase::RoundSummary | Phase::Break => self.advance,
            _ => None,
        }
    }

    /// Prepares a game restored after the server stopped: nobody is connected
    /// yet, and a running countdown is paused with the time it had left at
    /// `last_seen` (the last moment the old server recorded), at least 1 s,
    /// so no one loses the time the server was down. The host continues it.
    pub fn suspend(&mut self, last_seen: u64) {
        for p in &mut self.players {
            p.connected = false;
        }
        self.index.all_disconnected();
        if let Phase::Answering {
            time_limit_ms,
            deadline: Some(deadline),
            ..
        } = self.phase
        {
            self.phase = Phase::Answering {
                time_limit_ms,
                deadline: None,
                remaining_ms: deadline.saturating_sub(last_seen).max(1_000),
            };
        }
        if let Some(Advance {
            deadline: Some(deadline),
            ..
        }) = self.advance
        {
            self.advance = Some(Advance {
                deadline: None,
                remaining_ms: deadline.saturating_sub(last_seen).max(1_000),
            });
        }
    }

    /// The player a resume token belongs to.
    pub fn player_by_token(&self, token: &str) -> Result<PlayerId, GameError> {
        if self.index.is_built() {
            return self.index.by_token(token).ok_or(GameError::BadToken);
        }
        self.players()
            .find(|p| p.token == token)
            .map(|p| p.id)
            .ok_or(GameError::BadToken)
    }

    pub fn handle(&mut self, input: Input, now: u64) -> Result<Vec<Output>, GameError> {
        match input {
            Input::Answer {
                player,
                question,
                answer,
                id,
            } => self.answer(player, question, answer, id, now),
            Input::Host(cmd) => self.command(cmd, now),
            Input::Connected { player } | Input::Disconnected { player } => {
                let connected = matches!(input, Input::Connected { .. });
                self.index.ensure(&self.players);
                let p = self
                    .players
                    .get_mut(player as usize)
                    .ok_or(GameError::NoSuchPlayer(player))?;
                let was = p.connected;
                p.connected = connected;
                if !p.kicked {
                    self.index.connection(was, connected);
                }
                Ok(Vec::new())
            }
            Input::Tick => Ok(self.tick(now)),
            Input::Team {
                player,
                team,
                members,
            } => self.choose_team(player, team, members),
        }
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_kinds;
#[cfg(test)]
mod tests_lobby;
#[cfg(test)]
mod tests_media;
#[cfg(test)]
mod tests_modes;
#[cfg(test)]
mod tests_ordering;
#[cfg(test)]
mod tests_rounds;
#[cfg(test)]
mod tests_scripts;
#[cfg(test)]
mod tests_teams;
