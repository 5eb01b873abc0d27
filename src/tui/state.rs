//! The dashboard's state and all its transitions: from key actions, network
//! events and server messages. Pure: no terminal, no sockets, no clock reads
//! (callers pass the local time in ms). A transition returns the `Effect`s the
//! run loop must carry out, such as a request for the network task.
//!
//! This file holds what every screen shares (actions, effects, the link,
//! overlays, network events and the routing of keys); each screen's own
//! state and transitions are beside it: `picker`, `options`, `live` (the
//! game being run) and `summary` (the game's report after the podium).

mod live;
mod options;
mod picker;
mod summary;

pub use live::LiveGame;
pub use options::{FormOutcome, OptionField, OptionsForm};
pub use picker::Picker;
pub use summary::ReportStatus;

use crate::game::nickname::MAX_CHARS;
use crate::protocol::ClientMsg;

use super::connection::{LinkStatus, NetEvent, Request};

/// Seconds one press of the extend key adds to the open question.
pub const EXTEND_SECS: u32 = 10;
/// How long a notice stays on screen.
pub const NOTICE_MS: u64 = 5_000;
/// Longest intro the server accepts.
pub const MAX_INTRO_SECS: u32 = 30;

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
            NetEvent::Server(msg) => {
                self.on_server(*msg, now);
                return self.ask_for_report();
            }
            NetEvent::Link(status) => {
                self.on_link(status, now);
                return self.ask_for_report();
            }
            NetEvent::Report(result) => self.on_report(result),
        }
        Vec::new()
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

    // ---- key actions ---------------------------------------------------

    pub fn on_action(&mut self, action: Action, now: u64) -> Vec<Effect> {
        if let Some(overlay) = self.overlay.take() {
            let effects = self.on_overlay(overlay, action);
            let sends = effects
                .iter()
                .any(|e| matches!(e, Effect::Net(Request::Send(_))));
            if sends && self.link != Link::Connected {
                self.note(crate::tui::text::t("notice-not-connected"), now);
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
            Screen::Summary => self.on_summary(action),
            Screen::Lost { .. } => match action {
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
}

#[cfg(test)]
pub(crate) mod tests;
