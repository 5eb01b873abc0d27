//! The game options form shown before a game is created: which fields it
//! has, how keys change them, and the `POST /api/games` body it becomes.
//! Pure, like the rest of `state`.

use crate::client::{NewGame, QuizListing};
use crate::game::teams::{MAX_TEAMS, MAX_TEAM_NAME};
use crate::game::{TeamMode, MAX_BREAK_SECS};
use crate::i18n::{self, LANGUAGES};
use crate::tui::text::t;

use super::{Action, MAX_INTRO_SECS};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OptionField {
    IntroSecs,
    StreakBonus,
    ShuffleQuestions,
    ShuffleAnswers,
    OnScreenOnly,
    /// The big screen's language: the browser's, or one of the catalogs'.
    ScreenLanguage,
    GeneratedNicknames,
    LateJoin,
    AutoAdvanceSecs,
    /// The break between two rounds of a quiz in rounds.
    BreakSecs,
    TeamMode,
    /// Only in team modes with the host's names (auto, pick).
    TeamNames,
}

/// The step of the auto-advance seconds, and their most (the server's).
pub const AUTO_ADVANCE_STEP: u32 = 5;
pub const MAX_AUTO_ADVANCE_SECS: u32 = 600;

/// The step of the break between rounds: a quarter of a minute, so the
/// usual half, one, two or five minutes are a few presses away.
pub const BREAK_STEP: u32 = 15;

impl OptionField {
    /// Every field, top to bottom as drawn.
    pub const ALL: [OptionField; 12] = [
        OptionField::IntroSecs,
        OptionField::StreakBonus,
        OptionField::ShuffleQuestions,
        OptionField::ShuffleAnswers,
        OptionField::OnScreenOnly,
        OptionField::ScreenLanguage,
        OptionField::GeneratedNicknames,
        OptionField::LateJoin,
        OptionField::AutoAdvanceSecs,
        OptionField::BreakSecs,
        OptionField::TeamMode,
        OptionField::TeamNames,
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

/// How teams form, as the form offers it; the names are the form's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TeamChoice {
    Off,
    Auto,
    Pick,
    Device,
}

impl TeamChoice {
    /// In the order ← → step through them.
    pub const ALL: [TeamChoice; 4] = [
        TeamChoice::Off,
        TeamChoice::Auto,
        TeamChoice::Pick,
        TeamChoice::Device,
    ];

    /// As the form shows it.
    pub fn label(self) -> String {
        match self {
            TeamChoice::Off => t("teams-off"),
            TeamChoice::Auto => t("teams-auto"),
            TeamChoice::Pick => t("teams-pick"),
            TeamChoice::Device => t("teams-device"),
        }
    }

    /// Whether the host names the teams.
    pub fn takes_names(self) -> bool {
        match self {
            TeamChoice::Auto | TeamChoice::Pick => true,
            TeamChoice::Off | TeamChoice::Device => false,
        }
    }

    fn step(self, forward: bool) -> TeamChoice {
        let n = Self::ALL.len();
        let at = Self::ALL.iter().position(|c| *c == self).unwrap_or(0);
        Self::ALL[if forward {
            (at + 1) % n
        } else {
            (at + n - 1) % n
        }]
    }
}

/// The team names the form starts with, as the host page's.
pub const DEFAULT_TEAM_NAMES: &str = "Red, Blue";

/// The most characters the team names' line takes: every team's longest
/// name with its ", ".
const MAX_TEAM_NAMES_TEXT: usize = MAX_TEAMS * (MAX_TEAM_NAME + 2);

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
    /// The break between rounds (0: none).
    pub break_secs: u32,
    pub team_choice: TeamChoice,
    /// The big screen's language tag; None lets the projector's browser
    /// choose.
    pub screen_language: Option<&'static str>,
    /// The team names, separated by commas.
    pub team_names: String,
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
            break_secs: defaults.break_secs,
            team_choice: TeamChoice::Off,
            screen_language: None,
            team_names: DEFAULT_TEAM_NAMES.into(),
            field: OptionField::IntroSecs,
            creating: false,
            error: None,
        }
    }

    /// The on/off value of `field` (None for the seconds and the teams).
    pub fn flag(&self, field: OptionField) -> Option<bool> {
        match field {
            OptionField::IntroSecs
            | OptionField::AutoAdvanceSecs
            | OptionField::BreakSecs
            | OptionField::ScreenLanguage
            | OptionField::TeamMode
            | OptionField::TeamNames => None,
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
            OptionField::BreakSecs => Some(self.break_secs),
            _ => None,
        }
    }

    fn flip(&mut self, field: OptionField) {
        let flag = match field {
            OptionField::IntroSecs
            | OptionField::AutoAdvanceSecs
            | OptionField::BreakSecs
            | OptionField::ScreenLanguage
            | OptionField::TeamMode
            | OptionField::TeamNames => return,
            OptionField::StreakBonus => &mut self.streak_bonus,
            OptionField::ShuffleQuestions => &mut self.shuffle_questions,
            OptionField::ShuffleAnswers => &mut self.shuffle_answers,
            OptionField::OnScreenOnly => &mut self.questions_on_screen_only,
            OptionField::GeneratedNicknames => &mut self.generated_nicknames,
            OptionField::LateJoin => &mut self.late_join,
        };
        *flag = !*flag;
    }

    /// The big screen's language as the form shows it: its own name, or
    /// that the browser chooses.
    pub fn screen_language_label(&self) -> String {
        match self.screen_language.and_then(i18n::language) {
            Some(language) => format!("{} ({})", language.name, language.tag),
            None => t("option-screen-language-browser"),
        }
    }

    /// The next or previous big-screen language: the browser's, then each
    /// catalog's in the order `i18n::LANGUAGES` lists them, wrapping.
    fn step_screen_language(&mut self, forward: bool) {
        let choices: Vec<Option<&'static str>> = std::iter::once(None)
            .chain(LANGUAGES.iter().map(|l| Some(l.tag)))
            .collect();
        let n = choices.len();
        let at = choices
            .iter()
            .position(|c| *c == self.screen_language)
            .unwrap_or(0);
        self.screen_language = choices[if forward {
            (at + 1) % n
        } else {
            (at + n - 1) % n
        }];
    }

    /// Whether `field` is on the form now: the team names only when the
    /// host names the teams.
    pub fn shows(&self, field: OptionField) -> bool {
        field != OptionField::TeamNames || self.team_choice.takes_names()
    }

    /// The team mode chosen, with the names as typed (trimmed, empty ones
    /// left out).
    pub fn teams(&self) -> TeamMode {
        let names = || {
            self.team_names
                .split(',')
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(String::from)
                .collect()
        };
        match self.team_choice {
            TeamChoice::Off => TeamMode::Off,
            TeamChoice::Auto => TeamMode::Auto { names: names() },
            TeamChoice::Pick => TeamMode::Pick { names: names() },
            TeamChoice::Device => TeamMode::Device,
        }
    }

    /// Moves to the next field shown, down or up, wrapping.
    fn step_field(&mut self, down: bool) {
        loop {
            self.field = if down {
                self.field.next()
            } else {
                self.field.previous()
            };
            if self.shows(self.field) {
                break;
            }
        }
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
            break_secs: self.break_secs,
            teams: self.teams(),
            screen_language: self.screen_language.map(String::from),
        }
    }

    /// Applies a key action. While the game is being created keys do nothing,
    /// so a second Enter never creates a second game.
    pub fn on_action(&mut self, action: Action) -> FormOutcome {
        if self.creating {
            return FormOutcome::Stay;
        }
        match action {
            Action::Up => self.step_field(false),
            Action::Down => self.step_field(true),
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
            Action::Left if self.field == OptionField::BreakSecs => {
                self.break_secs = self.break_secs.saturating_sub(BREAK_STEP)
            }
            Action::Right if self.field == OptionField::BreakSecs => {
                self.break_secs = (self.break_secs + BREAK_STEP).min(MAX_BREAK_SECS)
            }
            Action::Left if self.field == OptionField::ScreenLanguage => {
                self.step_screen_language(false)
            }
            Action::Right | Action::Toggle if self.field == OptionField::ScreenLanguage => {
                self.step_screen_language(true)
            }
            Action::Left if self.field == OptionField::TeamMode => {
                self.team_choice = self.team_choice.step(false)
            }
            Action::Right | Action::Toggle if self.field == OptionField::TeamMode => {
                self.team_choice = self.team_choice.step(true)
            }
            // Past the longest list the server takes, more letters are
            // left out.
            Action::Type(c)
                if self.field == OptionField::TeamNames
                    && self.team_names.chars().count() < MAX_TEAM_NAMES_TEXT =>
            {
                self.team_names.push(c)
            }
            Action::Erase if self.field == OptionField::TeamNames => {
                self.team_names.pop();
            }
            Action::Left | Action::Right | Action::Toggle => self.flip(self.field),
            Action::Back => return FormOutcome::Back,
            Action::Confirm => {
                // The server would refuse these names: say why here, on
                // the field to fix.
                if let Err(problem) = self.teams().check() {
                    self.error = Some(problem);
                    self.field = OptionField::TeamNames;
                    return FormOutcome::Stay;
                }
                self.creating = true;
                self.error = None;
                return FormOutcome::Create(self.request());
            }
            _ => {}
        }
        FormOutcome::Stay
    }
}
