//! A question while it is open (intro countdown, what players answer with
//! for its kind, the countdown bar computed locally from the server's
//! deadline, "answered N/M") and a content slide. The reveal is `reveal`.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

use super::theme::shape;
use super::{fit, Theme};
use crate::protocol::{PhaseView, SliderView};
use crate::tui::state::{App, LiveGame};

/// Seconds shown for `ms` left: rounded up, so "0 s" means time is up.
pub(super) fn secs(ms: u64) -> u64 {
    ms.div_ceil(1000)
}

/// A bar of `width` cells, `filled` of them solid.
pub(super) fn bar(filled: usize, width: usize) -> String {
    let filled = filled.min(width);
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}

pub(super) fn heading(index: usize, total: usize, extra: &str) -> String {
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
            kind,
            points,
            time_limit_ms,
            opens_at,
            media,
            ..
        } => {
            let extra = format!("  ·  {}{}", kind_label(kind), points_label(*points));
            lines.push(Line::from(Span::styled(
                heading(*index, *total, &extra),
                theme.title(),
            )));
            lines.push(Line::from(""));
            lines.push(Line::from(Span::styled(format!(" {text}"), theme.strong())));
            push_media(&mut lines, media, theme);
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
            kind,
            time_limit_ms,
            points,
            deadline,
            remaining_ms,
            slider,
            max_length,
            media,
            ..
        } => {
            let left = match (deadline, remaining_ms) {
                (_, Some(frozen)) => *frozen,
                (Some(deadline), None) => deadline.saturating_sub(server_now),
                (None, None) => 0,
            };
            let paused = remaining_ms.is_some();
            let extra = format!(
                "  ·  {}{}{}",
                kind_label(kind),
                points_label(*points),
                if paused { "  ·  PAUSED" } else { "" }
            );
            lines.push(Line::from(Span::styled(
                heading(*index, *total, &extra),
                theme.title(),
            )));
            lines.push(Line::from(""));
            lines.push(Line::from(Span::styled(format!(" {text}"), theme.strong())));
            push_media(&mut lines, media, theme);
            lines.push(Line::from(""));
            push_answer_form(
                &mut lines,
                AnswerForm {
                    kind,
                    answers,
                    slider: slider.as_ref(),
                    max_length: *max_length,
                },
                width,
                theme,
            );
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

/// What a kind is called on screen (the wire name when unknown).
pub(super) fn kind_label(kind: &str) -> &str {
    match kind {
        "single" | "" => "one answer",
        "multi" => "several answers",
        "true_false" => "true or false",
        "type_answer" => "typed answer",
        "slider" => "slider",
        "ordering" => "put in order",
        "poll" => "poll",
        "word_cloud" => "word cloud",
        "slide" => "slide",
        other => other,
    }
}

pub(super) fn push_media(lines: &mut Vec<Line<'static>>, media: &Option<String>, theme: &Theme) {
    if let Some(media) = media {
        lines.push(Line::from(Span::styled(
            format!(" media: {media}"),
            theme.dim(),
        )));
    }
}

/// What an open question asks players for.
struct AnswerForm<'a> {
    kind: &'a str,
    answers: &'a [String],
    slider: Option<&'a SliderView>,
    max_length: Option<u32>,
}

/// The choices to pick, the items to arrange, or what players type or set.
fn push_answer_form(lines: &mut Vec<Line<'static>>, form: AnswerForm, width: usize, theme: &Theme) {
    let note = |text: String| Line::from(Span::styled(format!(" {text}"), theme.dim()));
    match form.kind {
        "type_answer" => lines.push(note(format!(
            "Players type their answer (up to {} characters).",
            form.max_length.unwrap_or(100)
        ))),
        "word_cloud" => lines.push(note(format!(
            "Players type a word or a short phrase (up to {} characters).",
            form.max_length.unwrap_or(20)
        ))),
        "slider" => {
            if let Some(s) = form.slider {
                let unit = s
                    .unit
                    .as_deref()
                    .map(|u| format!(" {u}"))
                    .unwrap_or_default();
                lines.push(note(format!(
                    "Players pick a number from {} to {}{unit}, in steps of {}.",
                    s.min, s.max, s.step
                )));
            }
        }
        "ordering" => {
            lines.push(note("Players put these in order:".into()));
            for (i, item) in form.answers.iter().enumerate() {
                lines.push(Line::from(vec![
                    Span::styled(format!("   {}. ", i + 1), theme.strong()),
                    Span::raw(fit(item, width.saturating_sub(7))),
                ]));
            }
        }
        kind => {
            for (i, answer) in form.answers.iter().enumerate() {
                lines.push(Line::from(vec![
                    Span::styled(format!("   {} ", shape(i)), theme.answer(i)),
                    Span::raw(fit(answer, width.saturating_sub(6))),
                ]));
            }
            match kind {
                "multi" => lines.push(note(
                    "Players tick every answer they think is right.".into(),
                )),
                "poll" => lines.push(note("A poll: no answer is right or wrong.".into())),
                _ => {}
            }
        }
    }
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
    if media.is_some() {
        lines.push(Line::from(""));
        push_media(&mut lines, media, theme);
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
