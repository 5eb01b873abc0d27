//! What clients see of a game: the phase view and the standings. Read-only
//! over `Game`; correct answers appear only in the reveal.

use std::collections::BTreeMap;

use crate::protocol::{AdvanceView, Entry, PhaseView, SliderView, Standing};
use crate::quiz::{shuffled_order, slider_value, AnswerValue, QuestionKind, TYPE_ANSWER_MAX};

use super::{leaderboard, shuffle, Game, Phase, PlayerId, LEADERBOARD_SIZE, PODIUM_SIZE};

impl Game {
    pub fn standings(&self, limit: usize) -> Vec<Standing> {
        leaderboard::rank(self.players().map(|p| (p.id, p.score)))
            .into_iter()
            .take(limit)
            .map(|(rank, player, score)| {
                let p = &self.players[player as usize];
                Standing {
                    rank,
                    player,
                    nickname: p.nickname.clone(),
                    score,
                    previous_rank: p.previous_rank,
                }
            })
            .collect()
    }

    /// The current phase as hosts and screens draw it. Correct answers
    /// appear only in `Reveal`.
    pub fn view(&self) -> PhaseView {
        let total = self.quiz.questions.len();
        let index = self.question;
        let q = &self.quiz.questions[index.min(total.saturating_sub(1))];
        match &self.phase {
            Phase::Lobby => PhaseView::Lobby,
            Phase::Intro { opens_at } => PhaseView::Intro {
                index,
                total,
                text: q.text.clone(),
                kind: q.kind.name().into(),
                time_limit_ms: u64::from(q.time_limit) * 1000,
                points: self.points_of(index),
                opens_at: *opens_at,
                media: q.media.clone(),
                on_screen: false,
                round: self.round_started_by(index),
                answering: None,
                next_media: self.next_media(index),
            },
            Phase::Answering {
                time_limit_ms,
                deadline,
                remaining_ms,
            } => self.answering_view(*time_limit_ms, *deadline, *remaining_ms),
            Phase::Reveal => self.reveal_view(index),
            Phase::Slide => PhaseView::Slide {
                index,
                total,
                text: q.text.clone(),
                body: match &q.kind {
                    QuestionKind::Slide { body } => body.clone(),
                    _ => None,
                },
                media: q.media.clone(),
                round: self.round_started_by(index),
                next_media: self.next_media(index),
            },
            Phase::Leaderboard => PhaseView::Leaderboard {
                index,
                total,
                top: self.standings(LEADERBOARD_SIZE),
                teams: self.team_standings(LEADERBOARD_SIZE),
                advance: self.advance_view(),
                next_media: self.next_media(index),
            },
            Phase::RoundSummary | Phase::Break => self.round_view(),
            Phase::Podium => PhaseView::Podium {
                top: self.standings(PODIUM_SIZE),
                teams: self.team_standings(PODIUM_SIZE),
            },
            Phase::Ended => PhaseView::Ended,
        }
    }

    /// The open question's `answering` state.
    fn answering_view(
        &self,
        time_limit_ms: u64,
        deadline: Option<u64>,
        remaining_ms: u64,
    ) -> PhaseView {
        let index = self.question;
        let q = &self.quiz.questions[index];
        PhaseView::Answering {
            index,
            total: self.quiz.questions.len(),
            text: q.text.clone(),
            kind: q.kind.name().into(),
            answers: self.shown_answers(index),
            time_limit_ms,
            points: self.points_of(index),
            deadline,
            remaining_ms: deadline.is_none().then_some(remaining_ms),
            slider: slider_view(&q.kind, false),
            max_length: match &q.kind {
                QuestionKind::TypeAnswer { .. } => Some(TYPE_ANSWER_MAX as u32),
                QuestionKind::WordCloud { max_length } => Some(*max_length),
                _ => None,
            },
            media: q.media.clone(),
            on_screen: false,
            start_order: None,
            round: self.round_started_by(index),
        }
    }

    /// The current phase as players draw it. An intro carries the
    /// `answering` state the page opens by itself at `opens_at`.
    pub fn player_view(&self) -> PhaseView {
        let view = self.view();
        let mut view = self.players_see(&view).unwrap_or(view);
        if let PhaseView::Intro {
            opens_at,
            time_limit_ms,
            answering,
            ..
        } = &mut view
        {
            let open = self.answering_view(
                *time_limit_ms,
                Some(*opens_at + *time_limit_ms),
                *time_limit_ms,
            );
            let open = self.players_see(&open).unwrap_or(open);
            *answering = Some(Box::new(open));
        }
        view
    }

    /// The current phase as `player` draws it: `player_view` with, for an
    /// ordering question, the order this player's list starts in.
    pub fn player_view_of(&self, player: PlayerId) -> PhaseView {
        let mut view = self.player_view();
        self.arrange_for(&mut view, player);
        view
    }

    /// Whether players' copies of `state` differ from player to player:
    /// answers of an ordering question are shown or about to open.
    pub(super) fn arranged_per_player(&self, state: &PhaseView) -> bool {
        matches!(state, PhaseView::Intro { .. } | PhaseView::Answering { .. })
            && matches!(
                self.quiz.questions.get(self.question).map(|q| &q.kind),
                Some(QuestionKind::Ordering { .. })
            )
    }

    /// Puts `player`'s starting order into a players' copy of the open
    /// ordering question (and into the `answering` state an intro carries).
    pub(super) fn arrange_for(&self, view: &mut PhaseView, player: PlayerId) {
        if !self.arranged_per_player(view) {
            return;
        }
        match view {
            PhaseView::Intro {
                answering: Some(open),
                ..
            } => self.arrange_for(open, player),
            PhaseView::Answering { start_order, .. } => {
                *start_order = Some(self.start_order(self.question, player));
            }
            _ => {}
        }
    }

    /// Where `player`'s list of ordering question `index` starts: the shown
    /// positions in the order of the player's own shuffle of the items.
    pub fn start_order(&self, index: usize, player: PlayerId) -> Vec<usize> {
        let shown = self.shown_order(index);
        let mut position = vec![0; shown.len()];
        for (k, &i) in shown.iter().enumerate() {
            position[i] = k;
        }
        shuffle::player_order(self.options.seed, index, player, shown.len())
            .into_iter()
            .map(|i| position[i])
            .collect()
    }

    /// What players get instead of `state` when questions are on the big
    /// screen only: the same phase with the texts and the next question's
    /// media left out (None: the same as everyone's).
    pub(super) fn players_see(&self, state: &PhaseView) -> Option<PhaseView> {
        if !self.options.questions_on_screen_only {
            return None;
        }
        let mut redacted = state.clone();
        match &mut redacted {
            PhaseView::Intro {
                text,
                on_screen,
                next_media,
                ..
            } => {
                text.clear();
                *on_screen = true;
                *next_media = None;
            }
            PhaseView::Answering {
                text,
                answers,
                on_screen,
                ..
            } => {
                text.clear();
                answers.iter_mut().for_each(String::clear);
                *on_screen = true;
            }
            // Phones show no question's media then: nothing to load ahead.
            PhaseView::Reveal { next_media, .. }
            | PhaseView::Slide { next_media, .. }
            | PhaseView::Leaderboard { next_media, .. }
            | PhaseView::RoundSummary { next_media, .. }
            | PhaseView::Break { next_media, .. } => {
                next_media.take()?;
            }
            _ => return None,
        }
        Some(redacted)
    }

    /// The media of the question after `index`, which pages load while
    /// `index` is shown so that it is there when its question opens.
    pub(super) fn next_media(&self, index: usize) -> Option<String> {
        self.quiz.questions.get(index + 1)?.media.clone()
    }

    /// Points a question is worth (0 for kinds that are never scored).
    fn points_of(&self, index: usize) -> u32 {
        let q = &self.quiz.questions[index];
        if q.kind.is_scored() {
            q.points
        } else {
            0
        }
    }

    /// The order an ordering question's items are shown in (`shown[k]` is
    /// the item at position `k`); identity for other kinds.
    pub(super) fn shown_order(&self, index: usize) -> Vec<usize> {
        let kind = &self.quiz.questions[index].kind;
        let n = kind.answers().len();
        match kind {
            QuestionKind::Ordering { .. } => shuffled_order(self.options.seed, index, n),
            _ => (0..n).collect(),
        }
    }

    fn shown_answers(&self, index: usize) -> Vec<String> {
        let answers = self.quiz.questions[index].kind.answers();
        self.shown_order(index)
            .into_iter()
            .map(|i| answers[i].clone())
            .collect()
    }

    /// An ordering answer arrives as shown positions; the engine keeps and
    /// judges item indices. Out-of-range positions are kept as they are so
    /// judging refuses them.
    pub(super) fn shown_to_items(&self, answer: AnswerValue) -> AnswerValue {
        match (&self.quiz.questions[self.question].kind, answer) {
            (QuestionKind::Ordering { .. }, AnswerValue::Choices(positions)) => {
                let shown = self.shown_order(self.question);
                AnswerValue::Choices(
                    positions
                        .into_iter()
                        .map(|k| shown.get(k).copied().unwrap_or(k))
                        .collect(),
                )
            }
            (_, answer) => answer,
        }
    }

    fn reveal_view(&self, index: usize) -> PhaseView {
        let q = &self.quiz.questions[index];
        let shown = self.shown_order(index);
        // Where each item (by quiz index) is shown.
        let mut position = vec![0; shown.len()];
        for (k, &i) in shown.iter().enumerate() {
            position[i] = k;
        }
        let mut counts = vec![0u32; shown.len()];
        let mut answered = 0;
        let mut entries: BTreeMap<String, u32> = BTreeMap::new();
        let (mut sum, mut values) = (0.0, 0u32);
        for a in self.answers.iter().filter(|a| a.question == index) {
            answered += 1;
            for b in q.kind.buckets(&a.answer) {
                if let Some(c) = position.get(b).and_then(|&k| counts.get_mut(k)) {
                    *c += 1;
                }
            }
            if let Some(e) = q.kind.entry(&a.answer) {
                *entries.entry(e).or_default() += 1;
            }
            if let QuestionKind::Slider { min, max, step, .. } = &q.kind {
                if let Ok(v) = slider_value(&a.answer, *min, *max, *step) {
                    sum += v;
                    values += 1;
                    *entries.entry(format_number(v)).or_default() += 1;
                }
            }
        }
        let hidden = self.hidden.get(&index);
        let mut entries: Vec<Entry> = entries
            .into_iter()
            .filter(|(text, _)| hidden.is_none_or(|h| !h.contains(text)))
            .map(|(text, count)| Entry { text, count })
            .collect();
        entries.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.text.cmp(&b.text)));
        entries.truncate(REVEAL_ENTRIES);
        let mut correct: Vec<usize> = q
            .kind
            .correct_choices()
            .into_iter()
            .filter_map(|i| position.get(i).copied())
            .collect();
        if !matches!(q.kind, QuestionKind::Ordering { .. }) {
            correct.sort_unstable();
        }
        PhaseView::Reveal {
            index,
            total: self.quiz.questions.len(),
            text: q.text.clone(),
            kind: q.kind.name().into(),
            answers: self.shown_answers(index),
            correct,
            counts,
            answered,
            explanation: q.explanation.clone(),
            entries,
            accepted: match &q.kind {
                QuestionKind::TypeAnswer { accepted, .. } => accepted.clone(),
                _ => Vec::new(),
            },
            slider: slider_view(&q.kind, true),
            average: (values > 0).then(|| sum / f64::from(values)),
            advance: self.advance_view(),
            next_media: self.next_media(index),
        }
    }

    /// The auto-advance countdown as clients draw it.
    pub(super) fn advance_view(&self) -> Option<AdvanceView> {
        self.advance().map(|a| AdvanceView {
            deadline: a.deadline,
            remaining_ms: a.deadline.is_none().then_some(a.remaining_ms),
            duration_ms: u64::from(self.options.auto_advance_secs) * 1000,
        })
    }
}

/// How many distinct entries a reveal lists.
pub const REVEAL_ENTRIES: usize = 50;

fn slider_view(kind: &QuestionKind, reveal: bool) -> Option<SliderView> {
    let QuestionKind::Slider {
        min,
        max,
        step,
        correct,
        tolerance,
        unit,
    } = kind
    else {
        return None;
    };
    Some(SliderView {
        min: *min,
        max: *max,
        step: *step,
        unit: unit.clone(),
        correct: reveal.then_some(*correct),
        tolerance: reveal.then_some(*tolerance),
    })
}

/// A slider value as text: no trailing zeros, at most 6 decimals.
pub fn format_number(v: f64) -> String {
    let text = format!("{v:.6}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".into()
    } else {
        text.into()
    }
}
