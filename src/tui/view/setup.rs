//! The screens before a game exists: the quiz picker (filter, question
//! count, last played) and the game options.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};
use ratatui::Frame;

use super::{fit, Theme};
use crate::tui::state::{App, OptionField};

/// "today", "3 days ago"…: when a quiz was last played, relative to `now`.
pub fn ago(now_ms: u64, then_ms: Option<i64>) -> String {
    let Some(then) = then_ms else {
        return "never".into();
    };
    let minutes = (now_ms as i64 - then).max(0) / 60_000;
    match minutes {
        0 => "just now".into(),
        1..=59 => format!("{minutes} min ago"),
        60..=1439 => format!("{} h ago", minutes / 60),
        1440..=2879 => "yesterday".into(),
        _ => format!("{} days ago", minutes / 1440),
    }
}

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
            Line::from(Span::styled(" Choose a quiz", theme.title())),
            Line::from(""),
        ]),
        top,
    );
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::raw(" Filter: "),
            Span::styled(picker.filter.clone(), theme.strong()),
            Span::styled("▏", theme.key()),
        ])),
        filter,
    );
    let visible = picker.visible();
    let mut lines = Vec::new();
    if picker.loading && picker.quizzes.is_empty() {
        lines.push(Line::from(Span::styled(" loading quizzes…", theme.dim())));
    } else if let Some(error) = &picker.error {
        lines.push(Line::from(Span::styled(
            format!(" Could not load the quizzes: {error}"),
            theme.bad(),
        )));
        lines.push(Line::from(" Press Ctrl-R to try again."));
    } else if picker.quizzes.is_empty() {
        lines.push(Line::from(
            " No quizzes yet. Import one with: quizbox import FILE",
        ));
    } else if visible.is_empty() {
        lines.push(Line::from(format!(
            " No quiz matches \"{}\" (Esc clears the filter).",
            picker.filter
        )));
    } else {
        let width = list.width as usize;
        let title_width = width.saturating_sub(2 + 11 + 14).max(10);
        lines.push(Line::from(Span::styled(
            format!(
                "  {:<title_width$}{:>9}  {:<12}",
                "Quiz", "Questions", "Last played"
            ),
            theme.dim(),
        )));
        // Scroll so the selection stays in view.
        let rows = (list.height as usize).saturating_sub(1).max(1);
        let first = picker.selected.saturating_sub(rows - 1);
        for (i, quiz) in visible.iter().enumerate().skip(first).take(rows) {
            let chosen = i == picker.selected;
            let text = format!(
                "{}{:<title_width$}{:>9}  {:<12}",
                if chosen { "› " } else { "  " },
                fit(&quiz.title, title_width - 1),
                quiz.question_count,
                ago(now, quiz.last_played)
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
            format!("{} quizzes", picker.quizzes.len())
        } else {
            format!(
                "{} of {} quizzes match",
                visible.len(),
                picker.quizzes.len()
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
    let row = |field: OptionField, label: &str, value: String| {
        let chosen = form.field == field;
        Line::from(vec![
            Span::raw(if chosen { " › " } else { "   " }),
            Span::styled(
                format!("{label:<34}"),
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
            Span::styled(" New game: ", theme.title()),
            Span::styled(form.quiz.title.clone(), theme.strong()),
            Span::raw(format!(" ({} questions)", form.quiz.question_count)),
        ]),
        Line::from(""),
    ];
    for field in OptionField::ALL {
        let value = match (form.flag(field), form.seconds(field)) {
            (_, Some(0)) if field == OptionField::AutoAdvanceSecs => "◀ off ▶".into(),
            (_, Some(secs)) => format!("◀ {secs} ▶"),
            (Some(true), _) => "[x] on".into(),
            (Some(false) | None, _) => "[ ] off".into(),
        };
        lines.push(row(field, option_label(field), value));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        format!("   {}", option_help(form.field)),
        theme.dim(),
    )));
    lines.push(Line::from(""));
    if form.creating {
        lines.push(Line::from(Span::styled(
            "   creating the game…",
            theme.warn(),
        )));
    } else if let Some(error) = &form.error {
        lines.push(Line::from(Span::styled(
            format!("   Could not create the game: {error}"),
            theme.bad(),
        )));
    } else {
        lines.push(Line::from(vec![
            Span::raw("   Press "),
            Span::styled("Enter", theme.key()),
            Span::raw(" to create the game and open its lobby."),
        ]));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
}

fn option_label(field: OptionField) -> &'static str {
    match field {
        OptionField::IntroSecs => "Seconds before answers open",
        OptionField::StreakBonus => "Streak bonus",
        OptionField::ShuffleQuestions => "Shuffle questions",
        OptionField::ShuffleAnswers => "Shuffle answers",
        OptionField::OnScreenOnly => "Questions on the big screen only",
        OptionField::GeneratedNicknames => "Generated nicknames",
        OptionField::LateJoin => "Late join",
        OptionField::AutoAdvanceSecs => "Auto-advance after (seconds)",
    }
}

/// One line on what the chosen option does.
fn option_help(field: OptionField) -> &'static str {
    match field {
        OptionField::IntroSecs => "Each question is shown this long before players can answer.",
        OptionField::StreakBonus => "+100 per right answer in a row, up to +500.",
        OptionField::ShuffleQuestions => "The questions are played in a random order.",
        OptionField::ShuffleAnswers => "The choices of each question appear in a random order.",
        OptionField::OnScreenOnly => {
            "Phones show coloured shapes only; read the question on the big screen."
        }
        OptionField::GeneratedNicknames => {
            "Players get a friendly name like \"Brave Otter\" instead of typing one."
        }
        OptionField::LateJoin => {
            "Players may join after the start; they play from the next question with 0 points."
        }
        OptionField::AutoAdvanceSecs => {
            "Answers and leaderboard are shown this long, then the game moves on by itself."
        }
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
