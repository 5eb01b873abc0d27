//! The quiz picker screen: the list of quizzes, its filter and selection,
//! and a quiz named on the command line chosen once the list arrives.

use crate::client::QuizListing;

use super::{Action, App, Effect, OptionsForm, Request, Screen};

/// The picker's list and what the host typed and chose in it.
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

    pub(super) fn clamp(&mut self) {
        let n = self.visible().len();
        self.selected = self.selected.min(n.saturating_sub(1));
    }
}

impl App {
    pub(super) fn preselect_quiz(&mut self, wanted: &str) {
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

    pub(super) fn open_options(&mut self, quiz: QuizListing) {
        self.options = Some(OptionsForm::new(quiz));
        self.screen = Screen::Options;
    }

    pub(super) fn on_picker(&mut self, action: Action) -> Vec<Effect> {
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
}
