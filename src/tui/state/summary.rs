//! The summary screen after the podium: the game's report, asked of the
//! server once the game is over (`GET /api/games/{game}/report`), and
//! asked again with `r` when that failed.

use crate::report::Report;

use super::{Action, App, Effect, Request, Screen};

/// Where the report of the game shown stands.
#[derive(Debug, Clone, PartialEq)]
pub enum ReportStatus {
    /// The game is not over yet.
    NotAsked,
    Loading,
    Ready(Box<Report>),
    /// Why it could not be read; `r` asks again.
    Failed(String),
}

impl App {
    /// Asks for the report once the summary shows and nobody has asked yet.
    pub(super) fn ask_for_report(&mut self) -> Vec<Effect> {
        if self.screen != Screen::Summary {
            return Vec::new();
        }
        let Some(game) = self.game.as_mut() else {
            return Vec::new();
        };
        if game.report != ReportStatus::NotAsked {
            return Vec::new();
        }
        game.report = ReportStatus::Loading;
        vec![Effect::Net(Request::LoadReport {
            game_id: game.game_id.clone(),
        })]
    }

    pub(super) fn on_report(&mut self, result: Result<Box<Report>, String>) {
        let Some(game) = self.game.as_mut() else {
            return;
        };
        // A reply for another game (the host moved on) is not this one's.
        let ours = match &result {
            Ok(report) => report.game.id == game.game_id,
            Err(_) => game.report == ReportStatus::Loading,
        };
        if ours {
            game.report = match result {
                Ok(report) => ReportStatus::Ready(report),
                Err(e) => ReportStatus::Failed(e),
            };
        }
    }

    /// Keys on the summary: a new game, or the report asked for again.
    pub(super) fn on_summary(&mut self, action: Action) -> Vec<Effect> {
        match action {
            Action::Confirm | Action::NewGame => self.back_to_picker(),
            Action::Reload => {
                if let Some(game) = self.game.as_mut() {
                    if matches!(game.report, ReportStatus::Failed(_)) {
                        game.report = ReportStatus::NotAsked;
                    }
                }
                self.ask_for_report()
            }
            _ => Vec::new(),
        }
    }
}
