//! The screens before a game exists: the quiz picker (filter, question
//! count, last played) and the game options.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};
use ratatui::Frame;

use super::columns::{columns, pad, pad_left};
use super::{fit, Theme};
use crate::tui::state::{App, OptionField};
use crate::tui::text::{t, tr};

/// "today", "3 days ago"…: when a quiz was last played, relative to `now`.
pub fn ago(now_ms: u64, then_ms: Option<i64>) -> String {
    let Some(then) = then_ms else {
        return t("ago-never");
    };
    let minutes = (now_ms as i64 - then).max(0) / 60_000;
    match minutes {
        0 => t("ago-just-now"),
        1..=59 => tr("ago-minutes", &[("count", minutes.into())]),
        60..=1439 => tr("ago-hours", &[("count", (minutes / 60).into())]),
        1440..=2879 => t("ago-yesterday"),
        _ => tr("ago-days", &[("count", (minutes / 1440).into())]),
    }
}

/// Columns of the picker's question count and last-played cells.
const COUNT_COLUMNS: usize = 10;
const AGO_COLUMNS: usize = 16;

pub fn draw_picker(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, now: u64) {
    let picker = &app.picker;
    let [top, filter, list, detail] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(2),
        Constraint::Min(3),
        Constraint::Length(4),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(vec![
            Line::from(Span::styled(
                format!(" {}", t("picker-title")),
                theme.title(),
            )),
            Line::from(""),
        ]),
        top,
    );
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::raw(format!(" {} ", t("picker-filter"))),
            Span::styled(picker.filter.clone(), theme.strong()),
            Span::styled("▏", theme.key()),
        ])),
        filter,
    );
    let visible = picker.visible();
    let mut lines = Vec::new();
    if picker.loading && picker.quizzes.is_empty() {
        lines.push(Line::from(Span::styled(
            format!(" {}", t("picker-loading")),
            theme.dim(),
        )));
    } else if let Some(error) = &picker.error {
        lines.push(Line::from(Span::styled(
            format!(" {}", tr("picker-load-failed", &[("error", error.into())])),
            theme.bad(),
        )));
        lines.push(Line::from(format!(" {}", t("picker-retry"))));
    } else if picker.quizzes.is_empty() {
        lines.push(Line::from(format!(" {}", t("picker-empty"))));
    } else if visible.is_empty() {
        lines.push(Line::from(format!(
            " {}",
            tr("picker-no-match", &[("filter", (&picker.filter).into())])
        )));
    } else {
        let width = list.width as usize;
        let title_width = width
            .saturating_sub(2 + COUNT_COLUMNS + 2 + AGO_COLUMNS)
            .max(10);
        let cell = |text: &str, width: usize| fit(text, width);
        lines.push(Line::from(Span::styled(
            format!(
                "  {}{}  {}",
                pad(
                    &cell(&t("picker-column-quiz"), title_width - 1),
                    title_width
                ),
                pad_left(
                    &cell(&t("picker-column-questions"), COUNT_COLUMNS),
                    COUNT_COLUMNS
                ),
                pad(&cell(&t("picker-column-played"), AGO_COLUMNS), AGO_COLUMNS),
            ),
            theme.dim(),
        )));
        // Scroll so the selection stays in view.
        let rows = (list.height as usize).saturating_sub(1).max(1);
        let first = picker.selected.saturating_sub(rows - 1);
        for (i, quiz) in visible.iter().enumerate().skip(first).take(rows) {
            let chosen = i == picker.selected;
            let count = crate::tui::text::number(quiz.question_count as i64);
            let text = format!(
                "{}{}{}  {}",
                if chosen { "› " } else { "  " },
                pad(&fit(&quiz.title, title_width - 1), title_width),
                pad_left(&count, COUNT_COLUMNS),
                pad(&fit(&ago(now, quiz.last_played), AGO_COLUMNS), AGO_COLUMNS)
            );
            let style = if chosen {
                theme.selected()
            } else {
                theme.plain()
            };
            lines.push(Line::from(Span::styled(text, style)));
        }
    }
    frame.render_widget(Paragraph::new(lines), list);
    if let Some(quiz) = picker.current() {
        let count = if visible.len() == picker.quizzes.len() {
            tr("picker-count", &[("count", picker.quizzes.len().into())])
        } else {
            tr(
                "picker-count-matching",
                &[
                    ("shown", visible.len().into()),
                    ("count", picker.quizzes.len().into()),
                ],
            )
        };
        frame.render_widget(
            Paragraph::new(vec![
                Line::from(Span::styled(
                    quiz.description.clone().unwrap_or_default(),
                    theme.plain(),
                )),
                Line::from(Span::styled(count, theme.dim())),
            ])
            .wrap(Wrap { trim: true })
            .block(Block::bordered().title(format!(" {} ", quiz.id))),
            detail,
        );
    }
}

pub fn draw_options(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(form) = &app.options else {
        return;
    };
    let shown: Vec<OptionField> = OptionField::ALL
        .into_iter()
        .filter(|f| form.shows(*f))
        .collect();
    // The labels' column is as wide as the widest label, at most half the
    // screen, so the values line up in every language.
    let label_width = shown
        .iter()
        .map(|f| columns(&option_label(*f)))
        .max()
        .unwrap_or(0)
        .min((area.width as usize / 2).max(10))
        + 2;
    let row = |field: OptionField, label: &str, value: String| {
        let chosen = form.field == field;
        Line::from(vec![
            Span::raw(if chosen { " › " } else { "   " }),
            Span::styled(
                pad(&fit(label, label_width - 2), label_width),
                if chosen {
                    theme.selected()
                } else {
                    theme.plain()
                },
            ),
            Span::styled(value, theme.strong()),
        ])
    };
    let mut lines = vec![
        Line::from(vec![
            Span::styled(format!(" {} ", t("options-title")), theme.title()),
            Span::styled(form.quiz.title.clone(), theme.strong()),
            Span::raw(format!(
                " ({})",
                tr(
                    "options-questions",
                    &[("count", form.quiz.question_count.into())]
                )
            )),
        ]),
        Line::from(""),
    ];
    for field in shown {
        let value = match (form.flag(field), form.seconds(field)) {
            _ if field == OptionField::TeamMode => format!("◀ {} ▶", form.team_choice.label()),
            _ if field == OptionField::ScreenLanguage => {
                format!("◀ {} ▶", form.screen_language_label())
            }
            _ if field == OptionField::TeamNames => {
                let cursor = if form.field == field { "▏" } else { "" };
                format!("{}{cursor}", form.team_names)
            }
            // Neither moving on by itself nor a break: off.
            (_, Some(0))
                if matches!(field, OptionField::AutoAdvanceSecs | OptionField::BreakSecs) =>
            {
                format!("◀ {} ▶", t("option-off"))
            }
            (_, Some(secs)) => format!("◀ {} ▶", crate::tui::text::number(secs)),
            (Some(true), _) => format!("[x] {}", t("option-on")),
            (Some(false) | None, _) => format!("[ ] {}", t("option-off")),
        };
        lines.push(row(field, &option_label(field), value));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        format!("   {}", option_help(form.field)),
        theme.dim(),
    )));
    lines.push(Line::from(""));
    if form.creating {
        lines.push(Line::from(Span::styled(
            format!("   {}", t("options-creating")),
            theme.warn(),
        )));
    } else if let Some(error) = &form.error {
        lines.push(Line::from(Span::styled(
            format!(
                "   {}",
                tr("options-create-failed", &[("error", error.into())])
            ),
            theme.bad(),
        )));
    } else {
        lines.push(Line::from(format!("   {}", t("options-press-enter"))));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
}

fn option_label(field: OptionField) -> String {
    match field {
        OptionField::IntroSecs => t("option-intro"),
        OptionField::StreakBonus => t("option-streak"),
        OptionField::ShuffleQuestions => t("option-shuffle-questions"),
        OptionField::ShuffleAnswers => t("option-shuffle-answers"),
        OptionField::OnScreenOnly => t("option-screen-only"),
        OptionField::ScreenLanguage => t("option-screen-language"),
        OptionField::GeneratedNicknames => t("option-generated-nicknames"),
        OptionField::LateJoin => t("option-late-join"),
        OptionField::AutoAdvanceSecs => t("option-auto-advance"),
        OptionField::BreakSecs => t("option-break"),
        OptionField::TeamMode => t("option-teams"),
        OptionField::TeamNames => t("option-team-names"),
    }
}

/// One line on what the chosen option does.
fn option_help(field: OptionField) -> String {
    match field {
        OptionField::IntroSecs => t("option-intro-help"),
        OptionField::StreakBonus => t("option-streak-help"),
        OptionField::ShuffleQuestions => t("option-shuffle-questions-help"),
        OptionField::ShuffleAnswers => t("option-shuffle-answers-help"),
        OptionField::OnScreenOnly => t("option-screen-only-help"),
        OptionField::ScreenLanguage => t("option-screen-language-help"),
        OptionField::GeneratedNicknames => t("option-generated-nicknames-help"),
        OptionField::LateJoin => t("option-late-join-help"),
        OptionField::AutoAdvanceSecs => t("option-auto-advance-help"),
        OptionField::BreakSecs => t("option-break-help"),
        OptionField::TeamMode => t("option-teams-help"),
        OptionField::TeamNames => t("option-team-names-help"),
    }
}

#[cfg(test)]
mod tests {
    use super::ago;

    #[test]
    fn last_played_reads_as_a_relative_time() {
        let now = 1_800_000_000_000u64;
        let minutes = |m: i64| Some(now as i64 - m * 60_000);
        assert_eq!(ago(now, None), "never");
        assert_eq!(ago(now, minutes(0)), "just now");
        assert_eq!(ago(now, minutes(5)), "5 min ago");
        assert_eq!(ago(now, minutes(125)), "2 h ago");
        assert_eq!(ago(now, minutes(1500)), "yesterday");
        assert_eq!(ago(now, minutes(10 * 1440)), "10 days ago");
        assert_eq!(ago(now, Some(now as i64 + 99_999)), "just now");
    }
}
