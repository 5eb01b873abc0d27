//! The `[retention]` table: how long finished games keep their players'
//! answers and nicknames, and how long the games themselves are kept.
//! `server::retention` acts on it; this file only declares and checks it.

use super::define::settings_table;

settings_table! {
    /// The `[retention]` table of quizbox.toml. See docs/privacy.md.
    pub struct RetentionSettings in "retention" (data_dir) {
        /// Days a finished game keeps its players' nicknames and answers;
        /// after that only the game, its questions and per-question totals
        /// remain. 0 keeps them forever.
        answers_days: u32 = 0; env "QUIZBOX_RETENTION_ANSWERS_DAYS";
        /// Days a finished game is kept at all; after that it is removed
        /// whole. 0 keeps games forever. When both are set it may not be
        /// shorter than answers_days.
        games_days: u32 = 0; env "QUIZBOX_RETENTION_GAMES_DAYS";
        /// Minutes between two runs of the retention job (it also runs when
        /// the server starts). Only used when a number of days is set.
        every_minutes: u32 = 60; env "QUIZBOX_RETENTION_EVERY_MINUTES";
    }
}

impl RetentionSettings {
    /// Whether anything is ever removed.
    pub fn enabled(&self) -> bool {
        self.answers_days > 0 || self.games_days > 0
    }

    /// Refuses values that cannot work.
    pub fn check(&self) -> Result<(), String> {
        if self.answers_days > 0 && self.games_days > 0 && self.games_days < self.answers_days {
            return Err(format!(
                "retention.games_days ({}) may not be shorter than retention.answers_days ({}): \
                 a game removed whole takes its answers with it",
                self.games_days, self.answers_days
            ));
        }
        if self.every_minutes == 0 {
            return Err("retention.every_minutes must be at least 1".into());
        }
        Ok(())
    }
}
