//! Keys to actions. What a key means depends on the screen (in the quiz
//! picker letters filter; in a game they are commands) and on an open dialog.
//! Also the key lists shown in the footer and in the `?` help, so the keys
//! and their descriptions live in one file.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::protocol::PhaseView;

use super::state::{Action, App, OptionField, Overlay, ReportStatus, Screen};
use super::text::t;

/// The action for a key press, if the key means anything here.
pub fn action(app: &App, key: KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    // In raw mode Ctrl-C is a key like any other: it asks to quit.
    if ctrl && matches!(key.code, KeyCode::Char('c' | 'q')) {
        return Some(if app.overlay == Some(Overlay::ConfirmQuit) {
            Action::Yes
        } else {
            Action::Quit
        });
    }
    if let Some(overlay) = &app.overlay {
        return Some(match (overlay, key.code) {
            (Overlay::Help, _) => Action::Back,
            // Typing part of a name: letters are text, not answers.
            (Overlay::KickMatching { .. }, KeyCode::Enter) => Action::Yes,
            (Overlay::KickMatching { .. }, KeyCode::Esc) => Action::No,
            (Overlay::KickMatching { .. }, KeyCode::Backspace) => Action::Erase,
            (Overlay::KickMatching { .. }, KeyCode::Char(c)) if !ctrl => Action::Type(c),
            (Overlay::KickMatching { .. }, _) => return None,
            (_, KeyCode::Char('y' | 'Y') | KeyCode::Enter) => Action::Yes,
            (_, KeyCode::Char('n' | 'N') | KeyCode::Esc) => Action::No,
            _ => return None,
        });
    }
    if key.code == KeyCode::F(1) {
        return Some(Action::Help);
    }
    if app.screen == Screen::Picker {
        return match key.code {
            KeyCode::Char('r') if ctrl => Some(Action::Reload),
            KeyCode::F(5) => Some(Action::Reload),
            KeyCode::Char('?') => Some(Action::Help),
            KeyCode::Char(c) if !ctrl => Some(Action::Type(c)),
            KeyCode::Backspace => Some(Action::Erase),
            KeyCode::Esc => Some(Action::Back),
            KeyCode::Up => Some(Action::Up),
            KeyCode::Down => Some(Action::Down),
            KeyCode::Enter => Some(Action::Confirm),
            _ => None,
        };
    }
    if typing_team_names(app) {
        // The team names are text: letters are typed, not keys.
        match key.code {
            KeyCode::Char(c) if !ctrl => return Some(Action::Type(c)),
            KeyCode::Backspace => return Some(Action::Erase),
            _ => {}
        }
    }
    let common = match key.code {
        KeyCode::Char('?') => Some(Action::Help),
        KeyCode::Char('q') => Some(Action::Quit),
        KeyCode::Up | KeyCode::Char('k') if app.screen == Screen::Options => Some(Action::Up),
        KeyCode::Up => Some(Action::Up),
        KeyCode::Down | KeyCode::Char('j') => Some(Action::Down),
        KeyCode::Esc => Some(Action::Back),
        _ => None,
    };
    if common.is_some() {
        return common;
    }
    match app.screen {
        Screen::Picker => None,
        Screen::Options => match key.code {
            KeyCode::Left | KeyCode::Char('-' | 'h') => Some(Action::Left),
            KeyCode::Right | KeyCode::Char('+' | '=' | 'l') => Some(Action::Right),
            KeyCode::Char(' ') => Some(Action::Toggle),
            KeyCode::Enter => Some(Action::Confirm),
            _ => None,
        },
        Screen::Game => match key.code {
            KeyCode::Enter | KeyCode::Char(' ' | 'n') => Some(Action::Next),
            KeyCode::Char('p') => Some(Action::Pause),
            KeyCode::Char('+' | '=' | 't') => Some(Action::Extend),
            KeyCode::Char('s') => Some(Action::Skip),
            KeyCode::Char('e') => Some(Action::EndGame),
            KeyCode::Char('k' | 'x') | KeyCode::Delete => Some(Action::Kick),
            KeyCode::Char('K') => Some(Action::KickRecent),
            KeyCode::Char('m') => Some(Action::KickMatching),
            KeyCode::Char('l') => Some(Action::Lock),
            KeyCode::Char('h') => Some(Action::Hide),
            _ => None,
        },
        Screen::Lost { .. } | Screen::Summary => match key.code {
            KeyCode::Enter | KeyCode::Char('n') => Some(Action::NewGame),
            KeyCode::Char('r') => Some(Action::Reload),
            _ => None,
        },
    }
}

/// Whether the options form has the team names chosen.
fn typing_team_names(app: &App) -> bool {
    app.screen == Screen::Options
        && app
            .options
            .as_ref()
            .is_some_and(|f| f.field == OptionField::TeamNames)
}

/// Keys (as the keyboard names them) and what they do.
type KeyList = Vec<(String, String)>;

/// The few keys worth showing in the footer right now.
pub fn hints(app: &App) -> KeyList {
    match &app.screen {
        Screen::Picker => vec![
            (t("key-type"), t("hint-filter")),
            ("↑↓".into(), t("hint-choose")),
            ("Enter".into(), t("hint-select")),
            ("?".into(), t("hint-help")),
            ("Ctrl-C".into(), t("hint-quit")),
        ],
        Screen::Options if typing_team_names(app) => vec![
            (t("key-type"), t("hint-team-names-commas-between")),
            ("↑↓".into(), t("hint-option")),
            ("Enter".into(), t("hint-create-game")),
            ("Esc".into(), t("hint-back")),
            ("F1".into(), t("hint-help")),
        ],
        Screen::Options => vec![
            ("↑↓".into(), t("hint-option")),
            ("←→".into(), t("hint-change")),
            ("Enter".into(), t("hint-create-game")),
            ("Esc".into(), t("hint-back")),
            ("?".into(), t("hint-help")),
        ],
        Screen::Summary
            if app
                .game
                .as_ref()
                .is_some_and(|g| matches!(g.report, ReportStatus::Failed(_))) =>
        {
            vec![
                ("r".into(), t("hint-load-report-again")),
                ("Enter".into(), t("hint-new-game")),
                ("q".into(), t("hint-quit")),
            ]
        }
        Screen::Lost { .. } | Screen::Summary => {
            vec![
                ("Enter".into(), t("hint-new-game")),
                ("q".into(), t("hint-quit")),
                ("?".into(), t("hint-help")),
            ]
        }
        Screen::Game => match app.game.as_ref().map(|g| &g.phase) {
            Some(PhaseView::Lobby) => vec![
                ("Enter".into(), t("hint-start")),
                ("↑↓".into(), t("hint-select")),
                ("k".into(), t("hint-kick")),
                ("K".into(), t("hint-kick-recent")),
                (
                    "l".into(),
                    if app.game.as_ref().is_some_and(|g| g.locked) {
                        t("hint-unlock")
                    } else {
                        t("hint-lock")
                    },
                ),
                ("?".into(), t("hint-help")),
            ],
            Some(PhaseView::Intro { .. }) => vec![
                ("Enter".into(), t("hint-open-answers")),
                ("s".into(), t("hint-skip")),
                ("e".into(), t("hint-end-game")),
                ("?".into(), t("hint-help")),
            ],
            Some(PhaseView::Answering { remaining_ms, .. }) => vec![
                ("Enter".into(), t("hint-close")),
                (
                    "p".into(),
                    if remaining_ms.is_some() {
                        t("hint-continue")
                    } else {
                        t("hint-pause")
                    },
                ),
                ("+".into(), t("hint-10-s-more")),
                ("s".into(), t("hint-skip")),
                ("e".into(), t("hint-end")),
                ("?".into(), t("hint-help")),
            ],
            Some(PhaseView::Reveal { .. } | PhaseView::Leaderboard { .. })
                if app.game.as_ref().is_some_and(|g| g.advance().is_some()) =>
            {
                let paused = app
                    .game
                    .as_ref()
                    .and_then(|g| g.advance())
                    .is_some_and(|a| a.deadline.is_none());
                vec![
                    ("Enter".into(), t("hint-move-now")),
                    (
                        "p".into(),
                        if paused {
                            t("hint-continue")
                        } else {
                            t("hint-pause")
                        },
                    ),
                    ("e".into(), t("hint-end-game")),
                    ("?".into(), t("hint-help")),
                ]
            }
            Some(PhaseView::Reveal { .. }) if app.game.as_ref().is_some_and(|g| g.can_hide()) => {
                vec![
                    ("Enter".into(), t("hint-leaderboard")),
                    ("↑↓".into(), t("hint-choose-entry")),
                    ("h".into(), t("hint-hide-entry")),
                    ("e".into(), t("hint-end-game")),
                    ("?".into(), t("hint-help")),
                ]
            }
            Some(PhaseView::Reveal { .. }) => {
                vec![
                    ("Enter".into(), t("hint-leaderboard")),
                    ("e".into(), t("hint-end-game")),
                    ("?".into(), t("hint-help")),
                ]
            }
            Some(PhaseView::Slide { .. }) => {
                vec![
                    ("n Enter".into(), t("hint-next")),
                    ("e".into(), t("hint-end-game")),
                    ("?".into(), t("hint-help")),
                ]
            }
            Some(PhaseView::Leaderboard { index, total, .. }) if index + 1 >= *total => {
                vec![
                    ("Enter".into(), t("hint-podium")),
                    ("?".into(), t("hint-help")),
                ]
            }
            Some(PhaseView::Leaderboard { .. }) => {
                vec![
                    ("Enter".into(), t("hint-next-question")),
                    ("e".into(), t("hint-end-game")),
                    ("?".into(), t("hint-help")),
                ]
            }
            Some(PhaseView::Podium { .. }) => vec![
                ("Enter".into(), t("hint-finish-game")),
                ("?".into(), t("hint-help")),
            ],
            _ => vec![("?".into(), t("hint-help")), ("q".into(), t("hint-quit"))],
        },
    }
}

/// Every key of the current screen, for the `?` help.
pub fn help(app: &App) -> KeyList {
    let mut keys = match &app.screen {
        Screen::Picker => vec![
            (t("key-letters"), t("help-filter-quizzes-title-description")),
            ("Backspace".into(), t("help-remove-last-filter-letter")),
            ("Esc".into(), t("help-clear-filter")),
            ("↑ ↓".into(), t("help-choose-quiz")),
            ("Enter".into(), t("help-game-options-chosen-quiz")),
            ("Ctrl-R, F5".into(), t("help-reload-quiz-list")),
        ],
        Screen::Options => vec![
            ("↑ ↓".into(), t("help-choose-option")),
            ("← → - +".into(), t("help-fewer-more-seconds-before")),
            ("Space ← →".into(), t("help-turn-chosen-option-off")),
            ("← → Space".into(), t("help-teams-off-drawn-random")),
            ("← →".into(), t("help-screen-language")),
            (t("key-letters"), t("help-team-names-separated-commas")),
            ("Enter".into(), t("help-create-game-open-lobby")),
            ("Esc".into(), t("help-back-quiz-list")),
        ],
        Screen::Game => vec![
            ("Enter Space".into(), t("help-start-move-open-close")),
            ("↑ ↓".into(), t("help-choose-player-lobby")),
            ("k Del".into(), t("help-remove-chosen-player")),
            ("K".into(), t("help-lobby-remove-everyone-joined")),
            ("m".into(), t("help-lobby-remove-everyone-whose")),
            ("l".into(), t("help-lock-joining-nobody-can")),
            ("p".into(), t("help-pause-continue-countdown-autoadvance")),
            ("+".into(), t("help-give-10-more-seconds")),
            ("s".into(), t("help-skip-question-reveal-now")),
            ("e".into(), t("help-end-game-early-podium")),
            ("↑ ↓  h".into(), t("help-word-cloud-choose-entry")),
        ],
        Screen::Summary => vec![
            ("Enter n".into(), t("help-choose-quiz-start-new")),
            ("r".into(), t("help-load-games-report-again")),
            ("q".into(), t("help-quit")),
        ],
        Screen::Lost { .. } => vec![
            ("Enter n".into(), t("help-choose-quiz-start-new")),
            ("q".into(), t("help-quit")),
        ],
    };
    keys.push(("?  F1".into(), t("help-this-help")));
    keys.push(("q Ctrl-C".into(), t("help-quit-asks-first-during")));
    keys
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::state::tests::{in_lobby, player};

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn ctrl(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
    }

    #[test]
    fn letters_filter_in_the_picker_and_command_in_a_game() {
        let picker = App::new("http://127.0.0.1:8080".into(), false, Vec::new());
        assert_eq!(
            action(&picker, key(KeyCode::Char('q'))),
            Some(Action::Type('q'))
        );
        assert_eq!(
            action(&picker, key(KeyCode::Char('s'))),
            Some(Action::Type('s'))
        );
        assert_eq!(action(&picker, ctrl('r')), Some(Action::Reload));
        assert_eq!(
            action(&picker, key(KeyCode::Backspace)),
            Some(Action::Erase)
        );

        let game = in_lobby(vec![player(0, "Ann")]);
        assert_eq!(action(&game, key(KeyCode::Char('q'))), Some(Action::Quit));
        assert_eq!(action(&game, key(KeyCode::Char('s'))), Some(Action::Skip));
        assert_eq!(action(&game, key(KeyCode::Char('p'))), Some(Action::Pause));
        assert_eq!(action(&game, key(KeyCode::Char('+'))), Some(Action::Extend));
        assert_eq!(
            action(&game, key(KeyCode::Char('e'))),
            Some(Action::EndGame)
        );
        assert_eq!(action(&game, key(KeyCode::Delete)), Some(Action::Kick));
        assert_eq!(action(&game, key(KeyCode::Enter)), Some(Action::Next));
        assert_eq!(action(&game, key(KeyCode::Char('?'))), Some(Action::Help));
        let mut release = key(KeyCode::Enter);
        release.kind = KeyEventKind::Release;
        assert_eq!(action(&game, release), None);
    }

    #[test]
    fn the_remove_by_name_prompt_takes_letters_as_text() {
        let mut game = in_lobby(vec![player(0, "Ann")]);
        assert_eq!(
            action(&game, key(KeyCode::Char('m'))),
            Some(Action::KickMatching)
        );
        game.overlay = Some(Overlay::KickMatching {
            pattern: String::new(),
        });
        for c in ['n', 'y', 'q', 'k'] {
            assert_eq!(action(&game, key(KeyCode::Char(c))), Some(Action::Type(c)));
        }
        assert_eq!(action(&game, key(KeyCode::Backspace)), Some(Action::Erase));
        assert_eq!(action(&game, key(KeyCode::Enter)), Some(Action::Yes));
        assert_eq!(action(&game, key(KeyCode::Esc)), Some(Action::No));
        assert_eq!(action(&game, ctrl('c')), Some(Action::Quit));
    }

    #[test]
    fn ctrl_c_asks_to_quit_and_a_second_ctrl_c_confirms() {
        let mut game = in_lobby(Vec::new());
        assert_eq!(action(&game, ctrl('c')), Some(Action::Quit));
        game.on_action(Action::Quit, 0);
        assert_eq!(action(&game, ctrl('c')), Some(Action::Yes));
        assert_eq!(action(&game, key(KeyCode::Char('y'))), Some(Action::Yes));
        assert_eq!(action(&game, key(KeyCode::Esc)), Some(Action::No));
        assert_eq!(action(&game, key(KeyCode::Char('x'))), None);
        // Any key closes the help.
        game.overlay = Some(Overlay::Help);
        assert_eq!(action(&game, key(KeyCode::Char('x'))), Some(Action::Back));
    }

    #[test]
    fn h_hides_in_a_game_and_moves_left_in_the_options() {
        let mut game = in_lobby(Vec::new());
        assert_eq!(action(&game, key(KeyCode::Char('h'))), Some(Action::Hide));
        game.screen = Screen::Options;
        assert_eq!(action(&game, key(KeyCode::Char('h'))), Some(Action::Left));
        assert_eq!(action(&game, key(KeyCode::Char(' '))), Some(Action::Toggle));
    }

    #[test]
    fn every_screen_has_hints_and_help_that_mention_quitting() {
        let game = in_lobby(Vec::new());
        assert!(hints(&game).iter().any(|(k, w)| *k == "k" && *w == "kick"));
        assert!(help(&game).iter().any(|(_, w)| w.contains("quit")));
    }
}
