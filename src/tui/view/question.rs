//! A question while it is open (intro countdown, answers, the countdown bar
//! computed locally from the server's deadline, "answered N/M") and its
//! reveal (how many chose each answer as bars, the right one named in text).

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

use super::theme::shape;
use super::{fit, Theme};
use crate::protocol::PhaseView;
use crate::tui::state::{App, LiveGame};

/// Seconds shown for `ms` left: rounded up, so "0 s" means time is up.
fn secs(ms: u64) -> u64 {
    ms.div_ceil(1000)
}

/// A bar of `width` cells, `filled` of them solid.
fn bar(filled: usize, width: usize) -> String {
    let filled = filled.min(width);
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}

fn heading(index: usize, total: usize, extra: &str) -> String {
    format!(" Question {} of {total}{extra}", index + 1)
}

pub fn draw_question(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    game: &LiveGame,
    theme: &Theme,
    now: u64,
) {
    let server_now = app.server_now(now);
    let width = area.width as usize;
    let mut lines = Vec::new();
    match &game.phase {
        PhaseView::Intro {
            index,
            total,
            text,
            points,
            time_limit_ms,
            opens_at,
            ..
        } => {
            lines.push(Line::from(Span::styled(
                heading(*index, *total, &points_label(*points)),
                theme.title(),
            )));
            lines.push(Line::from(""));
            lines.push(Line::from(Span::styled(format!(" {text}"), theme.strong())));
            lines.push(Line::from(""));
            lines.push(Line::from(Span::styled(
                format!(
                    " Answers open in {} s  ·  then {} s to answer",
                    secs(opens_at.saturating_sub(server_now)),
                    secs(*time_limit_ms)
                ),
                theme.warn(),
            )));
        }
        PhaseView::Answering {
            index,
            total,
            text,
            answers,
            time_limit_ms,
            points,
            deadline,
            remaining_ms,
            ..
        } => {
            let left = match (deadline, remaining_ms) {
                (_, Some(frozen)) => *frozen,
                (Some(deadline), None) => deadline.saturating_sub(server_now),
                (None, None) => 0,
            };
            let paused = remaining_ms.is_some();
            let extra = format!(
                "{}{}",
                points_label(*points),
                if paused { "  ·  PAUSED" } else { "" }
            );
            lines.push(Line::from(Span::styled(
                heading(*index, *total, &extra),
                theme.title(),
            )));
            lines.push(Line::from(""));
            lines.push(Line::from(Span::styled(format!(" {text}"), theme.strong())));
            lines.push(Line::from(""));
            for (i, answer) in answers.iter().enumerate() {
                lines.push(Line::from(vec![
                    Span::styled(format!("   {} ", shape(i)), theme.answer(i)),
                    Span::raw(fit(answer, width.saturating_sub(6))),
                ]));
            }
            lines.push(Line::from(""));
            let bar_width = width.saturating_sub(14).min(60);
            let filled = if *time_limit_ms == 0 {
                0
            } else {
                (left as u128 * bar_width as u128).div_ceil(*time_limit_ms as u128) as usize
            };
            let state = if paused { "paused" } else { "left" };
            lines.push(Line::from(vec![
                Span::raw(" "),
                Span::styled(bar(filled, bar_width), theme.bar()),
                Span::styled(format!(" {:>3} s {state}", secs(left)), theme.strong()),
            ]));
            let answered = game
                .answered
                .map_or_else(|| "?".to_string(), |n| n.to_string());
            lines.push(Line::from(""));
            lines.push(Line::from(vec![
                Span::styled(" Answered ", theme.plain()),
                Span::styled(format!("{answered}/{}", game.player_count), theme.strong()),
            ]));
        }
        _ => {}
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
}

fn points_label(points: u32) -> String {
    match points {
        0 => "  ·  no points".into(),
        p => format!("  ·  {p} points"),
    }
}

pub fn draw_reveal(frame: &mut Frame, area: Rect, game: &LiveGame, theme: &Theme) {
    let PhaseView::Reveal {
        index,
        total,
        text,
        answers,
        correct,
        counts,
        answered,
        explanation,
        ..
    } = &game.phase
    else {
        return;
    };
    let width = area.width as usize;
    let mut lines = vec![
        Line::from(Span::styled(
            heading(*index, *total, "  ·  answers"),
            theme.title(),
        )),
        Line::from(""),
        Line::from(Span::styled(format!(" {text}"), theme.strong())),
        Line::from(""),
    ];
    let label_width = answers
        .iter()
        .map(|a| a.chars().count())
        .max()
        .unwrap_or(0)
        .clamp(6, 28);
    // "   ▲ label  bar  count  ✓ correct"
    let bar_width = width.saturating_sub(label_width + 5 + 6 + 12).clamp(4, 40);
    let most = counts.iter().copied().max().unwrap_or(0).max(1) as usize;
    for (i, answer) in answers.iter().enumerate() {
        let count = counts.get(i).copied().unwrap_or(0);
        let right = correct.contains(&i);
        let filled = (count as usize * bar_width).div_ceil(most);
        let mut spans = vec![
            Span::styled(format!("   {} ", shape(i)), theme.answer(i)),
            Span::styled(
                format!("{:<label_width$} ", fit(answer, label_width)),
                if right { theme.good() } else { theme.plain() },
            ),
            Span::styled(bar(filled, bar_width), theme.answer(i)),
            Span::styled(format!(" {count:>4}"), theme.strong()),
        ];
        if right {
            spans.push(Span::styled("  ✓ correct", theme.good()));
        }
        lines.push(Line::from(spans));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        format!(" {answered} answered"),
        theme.dim(),
    )));
    if let Some(explanation) = explanation {
        lines.push(Line::from(""));
        lines.push(Line::from(format!(" {explanation}")));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
}

pub fn draw_slide(frame: &mut Frame, area: Rect, game: &LiveGame, theme: &Theme) {
    let PhaseView::Slide {
        index,
        total,
        text,
        body,
        media,
    } = &game.phase
    else {
        return;
    };
    let mut lines = vec![
        Line::from(Span::styled(
            heading(*index, *total, "  ·  slide"),
            theme.title(),
        )),
        Line::from(""),
        Line::from(Span::styled(format!(" {text}"), theme.strong())),
        Line::from(""),
    ];
    for line in body.as_deref().unwrap_or_default().lines() {
        lines.push(Line::from(format!(" {line}")));
    }
    if let Some(media) = media {
        lines.push(Line::from(""));
        lines.push(Line::from(format!(" media: {media}")));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        " n: next  ·  no answers on a slide",
        theme.dim(),
    )));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_and_seconds_round_the_way_a_viewer_expects() {
        assert_eq!(bar(3, 5), "███░░");
        assert_eq!(bar(9, 4), "████");
        assert_eq!(secs(0), 0);
        assert_eq!(secs(1), 1);
        assert_eq!(secs(12_000), 12);
        assert_eq!(secs(12_001), 13);
    }
}
