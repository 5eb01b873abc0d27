//! A closed question's reveal, drawn for its kind: bars per choice with the
//! right ones named in text (single, multi, true/false), the distribution
//! alone (poll), the correct order (ordering), what was accepted and what
//! was typed (type answer), the correct value, the average and a histogram
//! (slider), and the entries most given first with the one the host may
//! hide picked out (word cloud).

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

use super::columns::{columns, pad, pad_left};
use super::question::{bar, heading, kind_label};
use super::theme::shape;
use super::Theme;
use crate::protocol::{Entry, PhaseView, SliderView};
use crate::tui::state::LiveGame;
use crate::tui::text::{number, t, tr};

/// "  ✓ correct", said in text so colour is never the only cue.
fn correct_mark() -> String {
    format!("  ✓ {}", t("reveal-correct"))
}

/// A count in its column of four.
fn count_cell(count: u32) -> String {
    format!(" {}", pad_left(&number(count), 4))
}

/// Lines kept free below a list of entries (answered count, explanation).
const BELOW_ENTRIES: usize = 4;

pub fn draw_reveal(frame: &mut Frame, area: Rect, game: &LiveGame, theme: &Theme) {
    let PhaseView::Reveal {
        index,
        total,
        text,
        kind,
        answers,
        correct,
        counts,
        answered,
        explanation,
        entries,
        accepted,
        slider,
        average,
        ..
    } = &game.phase
    else {
        return;
    };
    let width = area.width as usize;
    let mut lines = vec![
        Line::from(Span::styled(
            heading(
                *index,
                *total,
                &format!("  ·  {}  ·  {}", kind_label(kind), t("reveal-answers")),
            ),
            theme.title(),
        )),
        Line::from(""),
        Line::from(Span::styled(format!(" {text}"), theme.strong())),
        Line::from(""),
    ];
    let rows = (area.height as usize).saturating_sub(lines.len() + BELOW_ENTRIES);
    match kind.as_str() {
        "ordering" => push_order(&mut lines, answers, correct, counts, width, theme),
        "type_answer" => {
            lines.push(Line::from(vec![
                Span::styled(format!(" {} ", t("reveal-accepted")), theme.plain()),
                Span::styled(accepted.join(", "), theme.good()),
                Span::styled(correct_mark(), theme.good()),
            ]));
            push_entries(
                &mut lines,
                entries,
                game.can_hide().then_some(game.selected_entry),
                rows.saturating_sub(1),
                width,
                theme,
            );
        }
        "word_cloud" => push_entries(
            &mut lines,
            entries,
            game.can_hide().then_some(game.selected_entry),
            rows,
            width,
            theme,
        ),
        "slider" => push_slider(
            &mut lines,
            slider.as_ref(),
            *average,
            entries,
            rows,
            width,
            theme,
        ),
        "poll" => {
            push_choices(&mut lines, answers, &[], counts, width, theme);
            lines.push(Line::from(Span::styled(
                format!(" {}", t("form-poll")),
                theme.dim(),
            )));
        }
        _ => push_choices(&mut lines, answers, correct, counts, width, theme),
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        format!(
            " {}",
            tr("reveal-answered", &[("count", (*answered).into())])
        ),
        theme.dim(),
    )));
    if let Some(explanation) = explanation {
        lines.push(Line::from(""));
        lines.push(Line::from(format!(" {explanation}")));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
}

/// One bar per choice, proportional to how many chose it; the correct ones
/// say so in text, so colour is never the only cue.
fn push_choices(
    lines: &mut Vec<Line<'static>>,
    answers: &[String],
    correct: &[usize],
    counts: &[u32],
    width: usize,
    theme: &Theme,
) {
    let label_width = answers
        .iter()
        .map(|a| columns(a))
        .max()
        .unwrap_or(0)
        .clamp(6, 28);
    // "   ▲ label  bar  count  ✓ correct"
    let bar_width = width
        .saturating_sub(label_width + 5 + 6 + columns(&correct_mark()))
        .clamp(4, 40);
    let most = counts.iter().copied().max().unwrap_or(0).max(1) as usize;
    for (i, answer) in answers.iter().enumerate() {
        let count = counts.get(i).copied().unwrap_or(0);
        let right = correct.contains(&i);
        let filled = (count as usize * bar_width).div_ceil(most);
        let mut spans = vec![
            Span::styled(format!("   {} ", shape(i)), theme.answer(i)),
            Span::styled(
                format!("{} ", pad(answer, label_width)),
                if right { theme.good() } else { theme.plain() },
            ),
            Span::styled(bar(filled, bar_width), theme.answer(i)),
            Span::styled(count_cell(count), theme.strong()),
        ];
        if right {
            spans.push(Span::styled(correct_mark(), theme.good()));
        }
        lines.push(Line::from(spans));
    }
}

/// The items in the correct order (`correct` lists shown positions), each
/// with how many players put it in its right place.
fn push_order(
    lines: &mut Vec<Line<'static>>,
    answers: &[String],
    correct: &[usize],
    counts: &[u32],
    width: usize,
    theme: &Theme,
) {
    lines.push(Line::from(Span::styled(
        format!(" ✓ {}", t("reveal-correct-order")),
        theme.good(),
    )));
    let label_width = answers
        .iter()
        .map(|a| columns(a))
        .max()
        .unwrap_or(0)
        .clamp(6, 28);
    for (rank, &shown) in correct.iter().enumerate() {
        let item = answers.get(shown).map(String::as_str).unwrap_or("?");
        let placed = counts.get(shown).copied().unwrap_or(0);
        lines.push(Line::from(vec![
            Span::styled(format!("   {}. ", number(rank as i64 + 1)), theme.strong()),
            Span::styled(
                format!("{} ", pad(item, label_width.min(width))),
                theme.good(),
            ),
            Span::styled(
                format!(" {}", tr("reveal-placed", &[("count", placed.into())])),
                theme.dim(),
            ),
        ]));
    }
}

/// Entries with a bar and a count each, most given first; `selected` marks
/// the one the arrows chose for hiding. At most `rows` lines, scrolled so the
/// selection stays in view.
fn push_entries(
    lines: &mut Vec<Line<'static>>,
    entries: &[Entry],
    selected: Option<usize>,
    rows: usize,
    width: usize,
    theme: &Theme,
) {
    if entries.is_empty() {
        lines.push(Line::from(Span::styled(
            format!(" {}", t("reveal-no-answers")),
            theme.dim(),
        )));
        return;
    }
    let mut sorted: Vec<&Entry> = entries.iter().collect();
    sorted.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.text.cmp(&b.text)));
    let chosen = selected.and_then(|i| entries.get(i));
    let label_width = sorted
        .iter()
        .map(|e| columns(&e.text))
        .max()
        .unwrap_or(0)
        .clamp(6, 24);
    let bar_width = width.saturating_sub(label_width + 5 + 6).clamp(4, 30);
    let most = sorted[0].count.max(1) as usize;
    let rows = rows.max(2);
    let at = chosen
        .and_then(|c| sorted.iter().position(|e| std::ptr::eq(*e, c)))
        .unwrap_or(0);
    let first = if sorted.len() <= rows {
        0
    } else {
        at.saturating_sub(rows - 2)
    };
    let shown = if sorted.len() - first <= rows {
        sorted.len() - first
    } else {
        rows - 1
    };
    for e in sorted.iter().skip(first).take(shown) {
        let is_chosen = chosen.is_some_and(|c| std::ptr::eq(*e, c));
        let filled = (e.count as usize * bar_width).div_ceil(most);
        lines.push(Line::from(vec![
            Span::raw(if is_chosen { " › " } else { "   " }),
            Span::styled(
                pad(&e.text, label_width),
                if is_chosen {
                    theme.selected()
                } else {
                    theme.plain()
                },
            ),
            Span::raw(" "),
            Span::styled(bar(filled, bar_width), theme.bar()),
            Span::styled(count_cell(e.count), theme.strong()),
        ]));
    }
    let rest = sorted.len() - first - shown;
    if rest > 0 {
        lines.push(Line::from(Span::styled(
            format!("   … {}", tr("reveal-more", &[("count", rest.into())])),
            theme.dim(),
        )));
    }
}

/// The correct value with its tolerance, the range, the average, and how
/// many gave each value, smallest first.
fn push_slider(
    lines: &mut Vec<Line<'static>>,
    slider: Option<&SliderView>,
    average: Option<f64>,
    entries: &[Entry],
    rows: usize,
    width: usize,
    theme: &Theme,
) {
    let Some(s) = slider else {
        return;
    };
    let unit = s
        .unit
        .as_deref()
        .map(|u| format!(" {u}"))
        .unwrap_or_default();
    let (correct, tolerance) = (s.correct.unwrap_or(f64::NAN), s.tolerance.unwrap_or(0.0));
    let value = format!("{correct}{unit}");
    let mut answer = format!(
        " {}",
        tr("reveal-slider-correct", &[("value", (&value).into())])
    );
    if tolerance > 0.0 {
        answer.push_str(&format!(" (± {tolerance})"));
    }
    lines.push(Line::from(vec![
        Span::styled(answer, theme.good()),
        Span::styled(correct_mark(), theme.good()),
    ]));
    let (min, max, step) = (s.min.to_string(), s.max.to_string(), s.step.to_string());
    lines.push(Line::from(Span::styled(
        format!(
            " {}",
            tr(
                "reveal-slider-range",
                &[
                    ("min", (&min).into()),
                    ("max", (&max).into()),
                    ("unit", (&unit).into()),
                    ("step", (&step).into()),
                ]
            )
        ),
        theme.dim(),
    )));
    lines.push(Line::from(match average {
        Some(avg) => {
            let value = format!("{}{unit}", (avg * 100.0).round() / 100.0);
            format!(" {}", tr("reveal-average", &[("value", (&value).into())]))
        }
        None => format!(" {}", t("reveal-average-none")),
    }));
    let mut values: Vec<(f64, &Entry)> = entries
        .iter()
        .filter_map(|e| e.text.parse::<f64>().ok().map(|v| (v, e)))
        .collect();
    values.sort_by(|a, b| a.0.total_cmp(&b.0));
    let most = values
        .iter()
        .map(|(_, e)| e.count)
        .max()
        .unwrap_or(1)
        .max(1) as usize;
    let label_width = values
        .iter()
        .map(|(_, e)| columns(&e.text))
        .max()
        .unwrap_or(0)
        .max(3);
    let bar_width = width
        .saturating_sub(label_width + 5 + 6 + columns(&correct_mark()))
        .clamp(4, 30);
    let rows = rows.saturating_sub(3).max(1);
    for (value, e) in values.iter().take(rows) {
        let within = (value - correct).abs() <= tolerance + 1e-9;
        let filled = (e.count as usize * bar_width).div_ceil(most);
        let mut spans = vec![
            Span::styled(
                format!("   {} ", pad_left(&e.text, label_width)),
                if within { theme.good() } else { theme.plain() },
            ),
            Span::styled(bar(filled, bar_width), theme.bar()),
            Span::styled(count_cell(e.count), theme.strong()),
        ];
        if within {
            spans.push(Span::styled(correct_mark(), theme.good()));
        }
        lines.push(Line::from(spans));
    }
    if values.len() > rows {
        lines.push(Line::from(Span::styled(
            format!(
                "   … {}",
                tr(
                    "reveal-more-values",
                    &[("count", (values.len() - rows).into())]
                )
            ),
            theme.dim(),
        )));
    }
}
