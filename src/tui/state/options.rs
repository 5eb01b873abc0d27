//! The game options form shown before a game is created: which fields it
//! has, how keys change them, and the `POST /api/games` body it becomes.
//! Pure, like the rest of `state`.

use crate::client::{NewGame, QuizListing};

use super::{Action, MAX_INTRO_SECS};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OptionField {
    IntroSecs,
    StreakBonus,
    ShuffleQuestions,
    ShuffleAnswers,
    OnScreenOnly,
    GeneratedNicknames,
    LateJoin,
    AutoAdvanceSecs,
}

/// The step of the auto-advance seconds, and their most (the server's).
pub const AUTO_ADVANCE_STEP: u32 = 5;
pub const MAX_AUTO_ADVANCE_SECS: u32 = 600;

impl OptionField {
    /// Every field, top to bottom as drawn.
    pub const ALL: [OptionField; 8] = [
        OptionField::IntroSecs,
        OptionField::StreakBonus,
        OptionField::ShuffleQuestions,
        OptionField::ShuffleAnswers,
        OptionField::OnScreenOnly,
        OptionField::GeneratedNicknames,
        OptionField::LateJoin,
        OptionField::AutoAdvanceSecs,
    ];

    fn position(self) -> usize {
        Self::ALL.iter().position(|f| *f == self).unwrap_or(0)
    }

    /// The field below (wrapping to the top).
    pub fn next(self) -> OptionField {
        Self::ALL[(self.position() + 1) % Self::ALL.len()]
    }

    /// The field above (wrapping to the bottom).
    pub fn previous(self) -> OptionField {
        Self::ALL[(self.position() + Self::ALL.len() - 1) % Self::ALL.len()]
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionsForm {
    pub quiz: QuizListing,
    pub intro_secs: u32,
    pub streak_bonus: bool,
    pub shuffle_questions: bool,
    pub shuffle_answers: bool,
    pub questions_on_screen_only: bool,
    pub generated_nicknames: bool,
    pub late_join: bool,
    pub auto_advance_secs: u32,
    pub field: OptionField,
    /// Waiting for `POST /api/games`.
    pub creating: bool,
    pub error: Option<String>,
}

/// What an options key did.
pub enum FormOutcome {
    Stay,
    Back,
    Create(NewGame),
}

impl OptionsForm {
    /// The form for `quiz` with the server's defaults.
    pub fn new(quiz: QuizListing) -> OptionsForm {
        let defaults = NewGame::default();
        OptionsForm {
            quiz,
            intro_secs: defaults.intro_secs,
            streak_bonus: defaults.streak_bonus,
            shuffle_questions: defaults.shuffle_questions,
            shuffle_answers: defaults.shuffle_answers,
            questions_on_screen_only: defaults.questions_on_screen_only,
            generated_nicknames: defaults.generated_nicknames,
            late_join: defaults.late_join,
            auto_advance_secs: defaults.auto_advance_secs,
            field: OptionField::IntroSecs,
            creating: false,
            error: None,
        }
    }

    /// The on/off value of `field` (None for the seconds).
    pub fn flag(&self, field: OptionField) -> Option<bool> {
        match field {
            OptionField::IntroSecs | OptionField::AutoAdvanceSecs => None,
            OptionField::StreakBonus => Some(self.streak_bonus),
            OptionField::ShuffleQuestions => Some(self.shuffle_questions),
            OptionField::ShuffleAnswers => Some(self.shuffle_answers),
            OptionField::OnScreenOnly => Some(self.questions_on_screen_only),
            OptionField::GeneratedNicknames => Some(self.generated_nicknames),
            OptionField::LateJoin => Some(self.late_join),
        }
    }

    /// The seconds of `field` (None for the on/off ones).
    pub fn seconds(&self, field: OptionField) -> Option<u32> {
        match field {
            OptionField::IntroSecs => Some(self.intro_secs),
            OptionField::AutoAdvanceSecs => Some(self.auto_advance_secs),
            _ => None,
        }
    }

    fn flip(&mut self, field: OptionField) {
        let flag = match field {
            OptionField::IntroSecs | OptionField::AutoAdvanceSecs => return,
            OptionField::StreakBonus => &mut self.streak_bonus,
            OptionField::ShuffleQuestions => &mut self.shuffle_questions,
            OptionField::ShuffleAnswers => &mut self.shuffle_answers,
            OptionField::OnScreenOnly => &mut self.questions_on_screen_only,
            OptionField::GeneratedNicknames => &mut self.generated_nicknames,
            OptionField::LateJoin => &mut self.late_join,
        };
        *flag = !*flag;
    }

    /// The request that creates a game with these options.
    pub fn request(&self) -> NewGame {
        NewGame {
            quiz_id: self.quiz.id.clone(),
            intro_secs: self.intro_secs,
            streak_bonus: self.streak_bonus,
            shuffle_questions: self.shuffle_questions,
            shuffle_answers: self.shuffle_answers,
            questions_on_screen_only: self.questions_on_screen_only,
            generated_nicknames: self.generated_nicknames,
            late_join: self.late_join,
            auto_advance_secs: self.auto_advance_secs,
        }
    }

    /// Applies a key action. While the game is being created keys do nothing,
    /// so a second Enter never creates a second game.
    pub fn on_action(&mut self, action: Action) -> FormOutcome {
        if self.creating {
            return FormOutcome::Stay;
        }
        match action {
            Action::Up => self.field = self.field.previous(),
            Action::Down => self.field = self.field.next(),
            Action::Left if self.field == OptionField::IntroSecs => {
                self.intro_secs = self.intro_secs.saturating_sub(1)
            }
            Action::Right if self.field == OptionField::IntroSecs => {
                self.intro_secs = (self.intro_secs + 1).min(MAX_INTRO_SECS)
            }
            Action::Left if self.field == OptionField::AutoAdvanceSecs => {
                self.auto_advance_secs = self.auto_advance_secs.saturating_sub(AUTO_ADVANCE_STEP)
            }
            Action::Right if self.field == OptionField::AutoAdvanceSecs => {
                self.auto_advance_secs =
                    (self.auto_advance_secs + AUTO_ADVANCE_STEP).min(MAX_AUTO_ADVANCE_SECS)
            }
            Action::Left | Action::Right | Action::Toggle => self.flip(self.field),
            Action::Back => return FormOutcome::Back,
            Action::Confirm => {
                self.creating = true;
                self.error = None;
                return FormOutcome::Create(self.request());
            }
            _ => {}
        }
        FormOutcome::Stay
    }
}
