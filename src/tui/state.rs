//! The dashboard's state and all its transitions: from key actions, network
//! events and server messages. Pure: no terminal, no sockets, no clock reads
//! (callers pass the local time in ms). A transition returns the `Effect`s the
//! run loop must carry out, such as a request for the network task.

mod options;

pub use options::{FormOutcome, OptionField, OptionsForm};

use crate::client::{CreatedGame, NewGame, QuizListing};
use crate::game::nickname::MAX_CHARS;
use crate::protocol::{ClientMsg, Entry, PhaseView, PlayerInfo, ServerMsg, Standing, Welcome};

use super::connection::{LinkStatus, NetEvent, Request};

/// Seconds one press of the extend key adds to the open question.
pub const EXTEND_SECS: u32 = 10;
/// How long a notice stays on screen.
pub const NOTICE_MS: u64 = 5_000;
/// Longest intro the server accepts.
pub const MAX_INTRO_SECS: u32 = 30;
/// Why a command was not sent.
const NOT_CONNECTED: &str = "not connected to the server: wait until it reconnects, then try again";

/// What the host asked for, already translated from keys (see `input`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    Help,
    Back,
    Up,
    Down,
    Left,
    Right,
    Type(char),
    Erase,
    Reload,
    Confirm,
    Toggle,
    Yes,
    No,
    Next,
    Pause,
    Extend,
    Skip,
    EndGame,
    Kick,
    /// Lock the lobby, or unlock it.
    Lock,
    /// Remove everyone who joined in the last `KICK_RECENT_SECS`.
    KickRecent,
    /// Type part of a name; everyone whose name contains it is removed.
    KickMatching,
    NewGame,
    /// Hide the chosen word-cloud or typed entry from the reveal.
    Hide,
}

/// Work for the run loop.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Net(Request),
    Quit,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    /// Choose a quiz.
    Picker,
    /// Game options for the chosen quiz.
    Options,
    /// A game: lobby, question, reveal, leaderboard, podium (by its phase).
    Game,
    /// The server no longer knows the game (it restarted, or the game ended).
    Lost { message: String },
    /// The game is over: standings and where the report is.
    Summary,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    Help,
    ConfirmQuit,
    ConfirmEnd,
    ConfirmKick {
        player: u32,
        nickname: String,
    },
    /// Remove everyone who joined in the last `seconds`.
    ConfirmKickRecent {
        seconds: u32,
    },
    /// The part of a name to remove players by, as typed so far.
    KickMatching {
        pattern: String,
    },
}

/// How far back `KickRecent` reaches: a flood of joins takes seconds, a
/// class takes minutes.
pub const KICK_RECENT_SECS: u32 = 60;

/// The state of the connection to the game.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Link {
    /// No game connection.
    Idle,
    Connecting,
    Connected,
    /// Lost; the next attempt is at local time `retry_at`.
    Reconnecting {
        attempt: u32,
        retry_at: u64,
        reason: String,
    },
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Picker {
    pub quizzes: Vec<QuizListing>,
    pub filter: String,
    /// Index into the filtered list.
    pub selected: usize,
    pub loading: bool,
    pub error: Option<String>,
}

impl Picker {
    /// Quizzes whose title, description or id contain every word of the filter.
    pub fn visible(&self) -> Vec<&QuizListing> {
        let words: Vec<String> = self
            .filter
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        self.quizzes
            .iter()
            .filter(|q| {
                let haystack = format!(
                    "{} {} {}",
                    q.title,
                    q.description.as_deref().unwrap_or(""),
                    q.id
                )
                .to_lowercase();
                words.iter().all(|w| haystack.contains(w.as_str()))
            })
            .collect()
    }

    pub fn current(&self) -> Option<&QuizListing> {
        self.visible().get(self.selected).copied()
    }

    fn clamp(&mut self) {
        let n = self.visible().len();
        self.selected = self.selected.min(n.saturating_sub(1));
    }
}

/// A game this dashboard created and controls.
#[derive(Debug, Clone, PartialEq)]
pub struct LiveGame {
    pub game_id: String,
    pub pin: String,
    pub host_key: String,
    pub quiz_title: String,
    /// The options the game was created with.
    pub settings: NewGame,
    /// Where players join; the first one is in the QR code.
    pub join_urls: Vec<String>,
    pub results_url: String,
    pub players: Vec<PlayerInfo>,
    /// Index into `players` for kicking.
    pub selected_player: usize,
    /// Index into the reveal's `entries` for hiding one.
    pub selected_entry: usize,
    /// Players in the game (not kicked), as the server last counted them.
    pub player_count: u32,
    /// The lobby is locked: nobody can join.
    pub locked: bool,
    pub phase: PhaseView,
    /// Answers to the open question; unknown after a reconnect until the next count.
    pub answered: Option<u32>,
    /// The last standings seen (leaderboard or podium), for the summary.
    pub standings: Vec<Standing>,
}

impl LiveGame {
    fn new(created: CreatedGame, quiz_title: String, lan_bases: &[String], base: &str) -> Self {
        let mut join_urls = vec![created.join_url.clone()];
        for lan in lan_bases {
            let url = format!("{lan}/join/{}", created.pin);
            if !join_urls.contains(&url) {
                join_urls.push(url);
            }
        }
        LiveGame {
            results_url: format!("{base}/api/games/{}/results", created.game_id),
            game_id: created.game_id,
            pin: created.pin,
            host_key: created.host_key,
            quiz_title,
            settings: NewGame::default(),
            join_urls,
            players: Vec::new(),
            selected_player: 0,
            selected_entry: 0,
            player_count: 0,
            locked: false,
            phase: PhaseView::Lobby,
            answered: None,
            standings: Vec::new(),
        }
    }

    /// The options that differ from a plain game, in words, for the lobby.
    pub fn special_options(&self) -> Vec<&'static str> {
        let s = &self.settings;
        [
            (s.shuffle_questions, "shuffled questions"),
            (s.shuffle_answers, "shuffled answers"),
            (
                s.questions_on_screen_only,
                "questions on the big screen only",
            ),
            (s.generated_nicknames, "generated nicknames"),
            (!s.streak_bonus, "no streak bonus"),
        ]
        .into_iter()
        .filter_map(|(on, label)| on.then_some(label))
        .collect()
    }

    /// Whether the open question's countdown is frozen.
    pub fn paused(&self) -> bool {
        matches!(
            self.phase,
            PhaseView::Answering {
                remaining_ms: Some(_),
                ..
            }
        )
    }

    fn question_index(&self) -> Option<usize> {
        match self.phase {
            PhaseView::Intro { index, .. }
            | PhaseView::Answering { index, .. }
            | PhaseView::Reveal { index, .. }
            | PhaseView::Slide { index, .. }
            | PhaseView::Leaderboard { index, .. } => Some(index),
            _ => None,
        }
    }

    /// The entries shown at the reveal (word cloud, typed answers, slider
    /// values), empty in any other phase.
    pub fn entries(&self) -> &[Entry] {
        match &self.phase {
            PhaseView::Reveal { entries, .. } => entries,
            _ => &[],
        }
    }

    /// Whether the host may hide entries now: the reveal of a word cloud
    /// or a typed-answer question with something to hide.
    pub fn can_hide(&self) -> bool {
        match &self.phase {
            PhaseView::Reveal { kind, entries, .. } => {
                matches!(kind.as_str(), "word_cloud" | "type_answer") && !entries.is_empty()
            }
            _ => false,
        }
    }

    /// The entry the arrows have chosen, if hiding is possible.
    pub fn selected_entry(&self) -> Option<&Entry> {
        if !self.can_hide() {
            return None;
        }
        self.entries().get(self.selected_entry)
    }

    fn set_phase(&mut self, phase: PhaseView) {
        let fresh_question = matches!(phase, PhaseView::Intro { .. } | PhaseView::Answering { .. })
            && !matches!(
                self.phase,
                PhaseView::Intro { .. } | PhaseView::Answering { .. }
            );
        if fresh_question {
            self.answered = Some(0);
        }
        match &phase {
            PhaseView::Leaderboard { top, .. } | PhaseView::Podium { top } => {
                self.standings = top.clone();
            }
            _ => {}
        }
        // The same reveal re-sent after a hide keeps the place in the list;
        // a new reveal starts at the top.
        let same_reveal = matches!(
            (&self.phase, &phase),
            (PhaseView::Reveal { index: a, .. }, PhaseView::Reveal { index: b, .. }) if a == b
        );
        self.phase = phase;
        self.selected_entry = if same_reveal {
            self.selected_entry
                .min(self.entries().len().saturating_sub(1))
        } else {
            0
        };
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub until: u64,
}

/// Everything the dashboard shows.
#[derive(Debug, Clone, PartialEq)]
pub struct App {
    /// The server runs inside this process (quitting stops it).
    pub embedded: bool,
    /// `http://host:port` of the server.
    pub server_url: String,
    /// Extra `http://ip:port` bases players can join at (this machine's LAN
    /// addresses, for an embedded server).
    pub lan_bases: Vec<String>,
    pub screen: Screen,
    pub picker: Picker,
    pub options: Option<OptionsForm>,
    pub game: Option<LiveGame>,
    pub link: Link,
    pub overlay: Option<Overlay>,
    pub notice: Option<Notice>,
    /// Server clock minus local clock.
    pub clock_offset_ms: i64,
    /// A quiz id from the command line to open once the list arrives.
    pub preselect: Option<String>,
}

impl App {
    pub fn new(server_url: String, embedded: bool, lan_bases: Vec<String>) -> App {
        App {
            embedded,
            server_url,
            lan_bases,
            screen: Screen::Picker,
            picker: Picker {
                loading: true,
                ..Picker::default()
            },
            options: None,
            game: None,
            link: Link::Idle,
            overlay: None,
            notice: None,
            clock_offset_ms: 0,
            preselect: None,
        }
    }

    /// The requests to make when the dashboard opens.
    pub fn start(&self) -> Vec<Effect> {
        vec![Effect::Net(Request::LoadQuizzes)]
    }

    /// The server's clock, estimated from ours.
    pub fn server_now(&self, local_now: u64) -> u64 {
        (local_now as i64 + self.clock_offset_ms).max(0) as u64
    }

    /// The notice to show at `now`, if it has not expired.
    pub fn notice_at(&self, now: u64) -> Option<&str> {
        self.notice
            .as_ref()
            .filter(|n| n.until > now)
            .map(|n| n.text.as_str())
    }

    fn note(&mut self, text: impl Into<String>, now: u64) {
        self.notice = Some(Notice {
            text: text.into(),
            until: now + NOTICE_MS,
        });
    }

    // ---- network events ------------------------------------------------

    pub fn on_net(&mut self, event: NetEvent, now: u64) -> Vec<Effect> {
        match event {
            NetEvent::Quizzes(Ok(list)) => {
                self.picker.quizzes = list;
                self.picker.loading = false;
                self.picker.error = None;
                self.picker.clamp();
                if let Some(id) = self.preselect.take() {
                    self.preselect_quiz(&id);
                }
            }
            NetEvent::Quizzes(Err(e)) => {
                self.picker.loading = false;
                self.picker.error = Some(e);
            }
            NetEvent::GameCreated(Ok(created)) => {
                let (title, settings) = self
                    .options
                    .as_mut()
                    .map(|o| {
                        o.creating = false;
                        (o.quiz.title.clone(), o.request())
                    })
                    .unwrap_or_default();
                let mut game = LiveGame::new(created, title, &self.lan_bases, &self.server_url);
                game.settings = settings;
                let attach = Request::Attach {
                    pin: game.pin.clone(),
                    key: game.host_key.clone(),
                };
                self.game = Some(game);
                self.screen = Screen::Game;
                self.link = Link::Connecting;
                return vec![Effect::Net(attach)];
            }
            NetEvent::GameCreated(Err(e)) => {
                if let Some(o) = self.options.as_mut() {
                    o.creating = false;
                    o.error = Some(e);
                }
            }
            NetEvent::Clock { offset_ms } => self.clock_offset_ms = offset_ms,
            NetEvent::Server(msg) => self.on_server(*msg, now),
            NetEvent::Link(status) => self.on_link(status, now),
        }
        Vec::new()
    }

    fn preselect_quiz(&mut self, wanted: &str) {
        let wanted = wanted.trim();
        let exact = self
            .picker
            .quizzes
            .iter()
            .find(|q| q.id == wanted || q.title.eq_ignore_ascii_case(wanted))
            .cloned();
        match exact {
            Some(quiz) => self.open_options(quiz),
            None => {
                self.picker.filter = wanted.to_string();
                self.picker.selected = 0;
            }
        }
    }

    fn on_link(&mut self, status: LinkStatus, now: u64) {
        if self.game.is_none() {
            return;
        }
        match status {
            LinkStatus::Connecting => self.link = Link::Connecting,
            LinkStatus::Connected => self.link = Link::Connected,
            LinkStatus::Reconnecting {
                attempt,
                retry_in_ms,
                reason,
            } => {
                self.link = Link::Reconnecting {
                    attempt,
                    retry_at: now + retry_in_ms,
                    reason,
                }
            }
            LinkStatus::Gone { message } => {
                self.link = Link::Idle;
                if self.screen == Screen::Game {
                    self.overlay = None;
                    self.screen = Screen::Lost { message };
                }
            }
            LinkStatus::Over => {
                self.link = Link::Idle;
                if self.screen == Screen::Game {
                    self.overlay = None;
                    self.screen = Screen::Summary;
                }
            }
        }
    }

    fn on_server(&mut self, msg: ServerMsg, now: u64) {
        let Some(game) = self.game.as_mut() else {
            return;
        };
        match msg {
            ServerMsg::Welcome(welcome) => {
                let Welcome {
                    players,
                    state,
                    locked,
                    ..
                } = *welcome;
                self.link = Link::Connected;
                game.locked = locked;
                let players = players.unwrap_or_default();
                game.player_count = players.len() as u32;
                game.players = players;
                game.selected_player = game
                    .selected_player
                    .min(game.players.len().saturating_sub(1));
                // After a reconnect the count of the open question is unknown
                // until the next answer arrives.
                let same_question = match &state {
                    PhaseView::Intro { index, .. } | PhaseView::Answering { index, .. } => {
                        game.question_index() == Some(*index)
                    }
                    _ => false,
                };
                if !same_question {
                    game.answered = None;
                }
                let ended = state == PhaseView::Ended;
                game.phase = state;
                if let PhaseView::Leaderboard { top, .. } | PhaseView::Podium { top } = &game.phase
                {
                    game.standings = top.clone();
                }
                if ended {
                    self.screen = Screen::Summary;
                }
            }
            ServerMsg::Phase { state } => {
                let ended = *state == PhaseView::Ended;
                game.set_phase(*state);
                if ended {
                    self.overlay = None;
                    self.screen = Screen::Summary;
                }
            }
            ServerMsg::PlayerJoined { player, count } => {
                if !game.players.iter().any(|p| p.id == player.id) {
                    game.players.push(player);
                }
                game.player_count = count;
            }
            ServerMsg::PlayerLeft { player, count } => {
                game.players.retain(|p| p.id != player);
                game.player_count = count;
                game.selected_player = game
                    .selected_player
                    .min(game.players.len().saturating_sub(1));
            }
            ServerMsg::PlayersLeft { players, count } => {
                game.players.retain(|p| !players.contains(&p.id));
                game.player_count = count;
                game.selected_player = game
                    .selected_player
                    .min(game.players.len().saturating_sub(1));
                self.note(format!("removed {} players", players.len()), now);
            }
            ServerMsg::Joining { open } => game.locked = !open,
            ServerMsg::AnswerCount {
                index,
                answered,
                players,
            } if game.question_index() == Some(index) => {
                game.answered = Some(answered);
                game.player_count = players;
            }
            ServerMsg::Paused {
                index: at,
                remaining_ms: left,
            } => {
                if let PhaseView::Answering {
                    index,
                    deadline,
                    remaining_ms,
                    ..
                } = &mut game.phase
                {
                    if *index == at {
                        *deadline = None;
                        *remaining_ms = Some(left);
                    }
                }
            }
            ServerMsg::Deadline {
                index: at,
                deadline: new_deadline,
                time_limit_ms: limit,
            } => {
                if let PhaseView::Answering {
                    index,
                    deadline,
                    remaining_ms,
                    time_limit_ms,
                    ..
                } = &mut game.phase
                {
                    if *index == at {
                        *deadline = Some(new_deadline);
                        *remaining_ms = None;
                        *time_limit_ms = limit;
                    }
                }
            }
            // Shown until the server saves again; the text says whether the game
            // is paused (live store) or only its results wait (database).
            ServerMsg::Storage {
                problem: Some(problem),
            } => {
                self.notice = Some(Notice {
                    text: format!("STORAGE: {problem}"),
                    until: u64::MAX,
                });
            }
            ServerMsg::Storage { problem: None } => {
                self.note("saving works again; the game goes on", now)
            }
            ServerMsg::Error { message, .. } => self.note(format!("server: {message}"), now),
            // Pongs are the network task's; the rest are for players.
            _ => {}
        }
    }

    // ---- key actions ---------------------------------------------------

    pub fn on_action(&mut self, action: Action, now: u64) -> Vec<Effect> {
        if let Some(overlay) = self.overlay.take() {
            let effects = self.on_overlay(overlay, action);
            let sends = effects
                .iter()
                .any(|e| matches!(e, Effect::Net(Request::Send(_))));
            if sends && self.link != Link::Connected {
                self.note(NOT_CONNECTED, now);
                return Vec::new();
            }
            return effects;
        }
        match action {
            Action::Help => {
                self.overlay = Some(Overlay::Help);
                return Vec::new();
            }
            Action::Quit => {
                if self.screen == Screen::Game {
                    self.overlay = Some(Overlay::ConfirmQuit);
                    return Vec::new();
                }
                return vec![Effect::Quit];
            }
            _ => {}
        }
        match self.screen.clone() {
            Screen::Picker => self.on_picker(action),
            Screen::Options => self.on_options(action),
            Screen::Game => self.on_game(action, now),
            Screen::Lost { .. } | Screen::Summary => match action {
                Action::Confirm | Action::NewGame => self.back_to_picker(),
                _ => Vec::new(),
            },
        }
    }

    fn on_overlay(&mut self, overlay: Overlay, action: Action) -> Vec<Effect> {
        let yes = matches!(action, Action::Yes);
        match overlay {
            Overlay::Help => Vec::new(),
            Overlay::ConfirmQuit if yes => vec![Effect::Quit],
            Overlay::ConfirmEnd if yes => vec![Effect::Net(Request::Send(ClientMsg::End))],
            Overlay::ConfirmKick { player, .. } if yes => {
                vec![Effect::Net(Request::Send(ClientMsg::Kick { player }))]
            }
            Overlay::ConfirmKickRecent { seconds } if yes => {
                vec![Effect::Net(Request::Send(ClientMsg::KickRecent {
                    seconds,
                }))]
            }
            Overlay::KickMatching { mut pattern } => {
                match action {
                    Action::Type(c) if pattern.chars().count() < MAX_CHARS => pattern.push(c),
                    Action::Erase => {
                        pattern.pop();
                    }
                    Action::Yes if !pattern.trim().is_empty() => {
                        let pattern = pattern.trim().to_string();
                        return vec![Effect::Net(Request::Send(ClientMsg::KickMatching {
                            pattern,
                        }))];
                    }
                    Action::No | Action::Back => return Vec::new(),
                    _ => {}
                }
                self.overlay = Some(Overlay::KickMatching { pattern });
                Vec::new()
            }
            // Anything but yes or no keeps the question on screen.
            other if !matches!(action, Action::No | Action::Back) => {
                self.overlay = Some(other);
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    fn back_to_picker(&mut self) -> Vec<Effect> {
        self.game = None;
        self.options = None;
        self.link = Link::Idle;
        self.screen = Screen::Picker;
        self.picker.loading = true;
        vec![
            Effect::Net(Request::Detach),
            Effect::Net(Request::LoadQuizzes),
        ]
    }

    fn open_options(&mut self, quiz: QuizListing) {
        self.options = Some(OptionsForm::new(quiz));
        self.screen = Screen::Options;
    }

    fn on_picker(&mut self, action: Action) -> Vec<Effect> {
        let picker = &mut self.picker;
        match action {
            Action::Type(c) => {
                picker.filter.push(c);
                picker.selected = 0;
            }
            Action::Erase => {
                picker.filter.pop();
                picker.selected = 0;
            }
            Action::Back => {
                picker.filter.clear();
                picker.selected = 0;
            }
            Action::Up => picker.selected = picker.selected.saturating_sub(1),
            Action::Down => {
                picker.selected += 1;
                picker.clamp();
            }
            Action::Reload => {
                picker.loading = true;
                return vec![Effect::Net(Request::LoadQuizzes)];
            }
            Action::Confirm => {
                if let Some(quiz) = picker.current().cloned() {
                    self.open_options(quiz);
                }
            }
            _ => {}
        }
        Vec::new()
    }

    fn on_options(&mut self, action: Action) -> Vec<Effect> {
        let Some(form) = self.options.as_mut() else {
            self.screen = Screen::Picker;
            return Vec::new();
        };
        match form.on_action(action) {
            FormOutcome::Stay => Vec::new(),
            FormOutcome::Back => {
                self.options = None;
                self.screen = Screen::Picker;
                Vec::new()
            }
            FormOutcome::Create(new) => vec![Effect::Net(Request::CreateGame(new))],
        }
    }

    fn on_game(&mut self, action: Action, now: u64) -> Vec<Effect> {
        let connected = self.link == Link::Connected;
        let Some(game) = self.game.as_mut() else {
            return Vec::new();
        };
        // Moving a selection needs no server. At a reveal with entries to
        // hide the arrows choose an entry; elsewhere they choose a player.
        match action {
            Action::Up if game.can_hide() => {
                game.selected_entry = game.selected_entry.saturating_sub(1);
                return Vec::new();
            }
            Action::Down if game.can_hide() => {
                game.selected_entry =
                    (game.selected_entry + 1).min(game.entries().len().saturating_sub(1));
                return Vec::new();
            }
            Action::Up => {
                game.selected_player = game.selected_player.saturating_sub(1);
                return Vec::new();
            }
            Action::Down => {
                game.selected_player =
                    (game.selected_player + 1).min(game.players.len().saturating_sub(1));
                return Vec::new();
            }
            _ => {}
        }
        let command = match (&game.phase, action) {
            (PhaseView::Lobby, Action::Next | Action::Confirm) => Some(ClientMsg::Start),
            (PhaseView::Lobby, Action::Kick) => {
                if let Some(p) = game.players.get(game.selected_player) {
                    self.overlay = Some(Overlay::ConfirmKick {
                        player: p.id,
                        nickname: p.nickname.clone(),
                    });
                } else {
                    self.note("nobody to remove yet", now);
                }
                return Vec::new();
            }
            (PhaseView::Lobby, Action::Lock) => Some(if game.locked {
                ClientMsg::Unlock
            } else {
                ClientMsg::Lock
            }),
            (PhaseView::Lobby, Action::KickMatching) => {
                self.overlay = Some(Overlay::KickMatching {
                    pattern: String::new(),
                });
                return Vec::new();
            }
            (PhaseView::Lobby, Action::KickRecent) => {
                self.overlay = Some(Overlay::ConfirmKickRecent {
                    seconds: KICK_RECENT_SECS,
                });
                return Vec::new();
            }
            (PhaseView::Ended, _) => None,
            (PhaseView::Reveal { .. }, Action::Hide) => match game.selected_entry() {
                Some(entry) => Some(ClientMsg::Hide {
                    entry: entry.text.clone(),
                }),
                None => {
                    self.note("no entry to hide on this question", now);
                    return Vec::new();
                }
            },
            (
                PhaseView::Lobby
                | PhaseView::Intro { .. }
                | PhaseView::Answering { .. }
                | PhaseView::Reveal { .. }
                | PhaseView::Slide { .. }
                | PhaseView::Leaderboard { .. },
                Action::EndGame,
            ) => {
                self.overlay = Some(Overlay::ConfirmEnd);
                return Vec::new();
            }
            (_, Action::Next | Action::Confirm) => Some(ClientMsg::Next),
            (PhaseView::Intro { .. } | PhaseView::Answering { .. }, Action::Skip) => {
                Some(ClientMsg::Skip)
            }
            (PhaseView::Answering { .. }, Action::Pause) => Some(if game.paused() {
                ClientMsg::Continue
            } else {
                ClientMsg::Pause
            }),
            (PhaseView::Answering { .. }, Action::Extend) => Some(ClientMsg::Extend {
                seconds: EXTEND_SECS,
            }),
            _ => None,
        };
        let Some(command) = command else {
            return Vec::new();
        };
        if !connected {
            self.note(NOT_CONNECTED, now);
            return Vec::new();
        }
        vec![Effect::Net(Request::Send(command))]
    }
}

#[cfg(test)]
pub(crate) mod tests;
