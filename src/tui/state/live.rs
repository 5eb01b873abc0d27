//! The game screen: the game this dashboard created (`LiveGame`), kept up to
//! date from the server's messages, and the keys that become host commands
//! in each phase.

use crate::client::{CreatedGame, NewGame};
use crate::game::TeamMode;
use crate::i18n;
use crate::protocol::{
    AdvanceView, ClientMsg, Entry, PhaseView, PlayerInfo, ServerMsg, Standing, Welcome,
};
use crate::tui::text::{t, tr};

use super::{
    Action, App, Effect, Link, Notice, Overlay, ReportStatus, Request, Screen, EXTEND_SECS,
    KICK_RECENT_SECS,
};

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
    /// The game's report page, for after the game.
    pub report_url: String,
    pub players: Vec<PlayerInfo>,
    /// Index into `players` for kicking.
    pub selected_player: usize,
    /// Index into the reveal's `entries` for hiding one.
    pub selected_entry: usize,
    /// Players in the game (not kicked), as the server last counted them.
    pub player_count: u32,
    /// The host locked joining: nobody can join.
    pub locked: bool,
    /// The game lets players join after the start.
    pub late_join: bool,
    pub phase: PhaseView,
    /// Answers to the open question; unknown after a reconnect until the next count.
    pub answered: Option<u32>,
    /// The last standings seen (leaderboard or podium), for the summary.
    pub standings: Vec<Standing>,
    /// The report the summary shows once the game is over.
    pub report: ReportStatus,
}

impl LiveGame {
    pub(super) fn new(
        created: CreatedGame,
        quiz_title: String,
        lan_bases: &[String],
        base: &str,
    ) -> Self {
        let mut join_urls = vec![created.join_url.clone()];
        for lan in lan_bases {
            let url = format!("{lan}/join/{}", created.pin);
            if !join_urls.contains(&url) {
                join_urls.push(url);
            }
        }
        LiveGame {
            results_url: format!("{base}/api/games/{}/results", created.game_id),
            report_url: format!("{base}/reports/{}", created.game_id),
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
            late_join: true,
            phase: PhaseView::Lobby,
            answered: None,
            standings: Vec::new(),
            report: ReportStatus::NotAsked,
        }
    }

    /// The options that differ from a plain game, in words, for the lobby.
    pub fn special_options(&self) -> Vec<String> {
        let s = &self.settings;
        let mut special: Vec<String> = [
            (s.shuffle_questions, t("special-shuffled-questions")),
            (s.shuffle_answers, t("special-shuffled-answers")),
            (s.questions_on_screen_only, t("special-screen-only")),
            (s.generated_nicknames, t("special-generated-nicknames")),
            (!s.streak_bonus, t("special-no-streak-bonus")),
            (!s.late_join, t("special-no-late-join")),
            (s.auto_advance_secs > 0, t("special-auto-advance")),
        ]
        .into_iter()
        .filter_map(|(on, text)| on.then_some(text))
        .collect();
        if let Some(language) = s.screen_language.as_deref().and_then(i18n::language) {
            special.push(tr(
                "special-screen-language",
                &[("language", language.name.into())],
            ));
        }
        special
    }

    /// What the lobby shows beside a player's nickname: their team, or on
    /// a shared device (whose team is its nickname) who plays on it.
    pub fn beside_nickname(&self, player: &PlayerInfo) -> Option<String> {
        match self.settings.teams {
            TeamMode::Device => (!player.members.is_empty()).then(|| player.members.join(", ")),
            TeamMode::Off | TeamMode::Auto { .. } | TeamMode::Pick { .. } => player.team.clone(),
        }
    }

    /// Whether a player may join now: not locked, and in the lobby or
    /// later in a game that lets players join late (until the podium).
    pub fn joining_open(&self) -> bool {
        !self.locked
            && match self.phase {
                PhaseView::Lobby => true,
                PhaseView::Podium { .. } | PhaseView::Ended => false,
                _ => self.late_join,
            }
    }

    /// The auto-advance countdown of the reveal or leaderboard shown.
    pub fn advance(&self) -> Option<AdvanceView> {
        match &self.phase {
            PhaseView::Reveal { advance, .. }
            | PhaseView::Leaderboard { advance, .. }
            | PhaseView::RoundSummary { advance, .. } => *advance,
            _ => None,
        }
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
            PhaseView::Leaderboard { top, .. } | PhaseView::Podium { top, .. } => {
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

impl App {
    pub(super) fn on_server(&mut self, msg: ServerMsg, now: u64) {
        let Some(game) = self.game.as_mut() else {
            return;
        };
        match msg {
            ServerMsg::Welcome(welcome) => {
                let Welcome {
                    players,
                    state,
                    locked,
                    late_join,
                    ..
                } = *welcome;
                self.link = Link::Connected;
                game.locked = locked;
                game.late_join = late_join;
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
                if let PhaseView::Leaderboard { top, .. } | PhaseView::Podium { top, .. } =
                    &game.phase
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
                    game.players.push(*player);
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
                self.note(
                    tr("notice-removed", &[("count", players.len().into())]),
                    now,
                );
            }
            ServerMsg::Joining { open } => game.locked = !open,
            ServerMsg::Team(info) => {
                if let Some(p) = game.players.iter_mut().find(|p| Some(p.id) == info.player) {
                    p.team = Some(info.name);
                    p.members = info.members;
                }
            }
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
                    text: tr("notice-storage", &[("problem", (&problem).into())]),
                    until: u64::MAX,
                });
            }
            ServerMsg::Storage { problem: None } => self.note(t("notice-storage-back"), now),
            ServerMsg::Error { message, .. } => {
                self.note(tr("notice-server", &[("message", (&message).into())]), now)
            }
            // Pongs are the network task's; the rest are for players.
            _ => {}
        }
    }

    pub(super) fn on_game(&mut self, action: Action, now: u64) -> Vec<Effect> {
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
                    self.note(t("notice-nobody-to-remove"), now);
                }
                return Vec::new();
            }
            (PhaseView::Podium { .. } | PhaseView::Ended, Action::Lock) => None,
            (_, Action::Lock) => Some(if game.locked {
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
                    self.note(t("notice-nothing-to-hide"), now);
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
            (PhaseView::Break { countdown, .. }, Action::Pause) => Some(match countdown.deadline {
                None => ClientMsg::Continue,
                Some(_) => ClientMsg::Pause,
            }),
            (
                PhaseView::Reveal { .. }
                | PhaseView::Leaderboard { .. }
                | PhaseView::RoundSummary { .. },
                Action::Pause,
            ) => match game.advance() {
                Some(AdvanceView { deadline: None, .. }) => Some(ClientMsg::Continue),
                Some(_) => Some(ClientMsg::Pause),
                None => None,
            },
            (PhaseView::Answering { .. }, Action::Extend) => Some(ClientMsg::Extend {
                seconds: EXTEND_SECS,
            }),
            _ => None,
        };
        let Some(command) = command else {
            return Vec::new();
        };
        if !connected {
            self.note(t("notice-not-connected"), now);
            return Vec::new();
        }
        vec![Effect::Net(Request::Send(command))]
    }
}
