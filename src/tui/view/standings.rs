//! Standings screens: the leaderboard (top 10 with rank changes ▲▼), the
//! podium, and the notice shown when the server no longer has the game.
//! (The summary after the podium is `summary`'s.)

use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

use super::{fit, Theme};
use crate::protocol::Standing;

/// "▲ 2", "▼ 1" or "–" against the rank before the last question.
pub fn rank_change(s: &Standing) -> String {
    match s.previous_rank {
        Some(before) if before > s.rank => format!("▲ {}", before - s.rank),
        Some(before) if before < s.rank => format!("▼ {}", s.rank - before),
        _ => "–".into(),
    }
}

/// "1st", "2nd", "3rd", "4th", "11th"…
pub fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

pub(super) fn standing_line(
    s: &Standing,
    name_width: usize,
    theme: &Theme,
    with_change: bool,
) -> Line<'static> {
    let mut spans = vec![
        Span::styled(format!("  {:>5}  ", ordinal(s.rank)), theme.strong()),
        Span::raw(format!("{:<name_width$}", fit(&s.nickname, name_width))),
        Span::styled(format!("{:>8}", s.score), theme.strong()),
    ];
    if with_change {
        let change = rank_change(s);
        let style = if change.starts_with('▲') {
            theme.good()
        } else if change.starts_with('▼') {
            theme.bad()
        } else {
            theme.dim()
        };
        spans.push(Span::styled(format!("   {change}"), style));
    }
    Line::from(spans)
}

pub fn draw_leaderboard(
    frame: &mut Frame,
    area: Rect,
    index: usize,
    total: usize,
    top: &[Standing],
    theme: &Theme,
) {
    let name_width = (area.width as usize).saturating_sub(30).min(24);
    let mut lines = vec![
        Line::from(Span::styled(
            format!(" Leaderboard after question {} of {total}", index + 1),
            theme.title(),
        )),
        Line::from(""),
    ];
    if top.is_empty() {
        lines.push(Line::from("   Nobody is playing."));
    }
    for s in top.iter().take(10) {
        lines.push(standing_line(s, name_width, theme, true));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

pub fn draw_podium(frame: &mut Frame, area: Rect, top: &[Standing], theme: &Theme) {
    let mut lines = vec![
        Line::from(Span::styled(" Podium", theme.title())),
        Line::from(""),
    ];
    if let Some(winner) = top.first() {
        lines.push(Line::from(vec![
            Span::styled("  Winner: ", theme.title()),
            Span::styled(winner.nickname.clone(), theme.good()),
            Span::styled(format!("  {} points", winner.score), theme.strong()),
        ]));
        lines.push(Line::from(""));
    }
    // Blocks for the top three, tallest in the middle: 2nd, 1st, 3rd; each
    // with its name, place and score on top.
    let order: Vec<&Standing> = [1usize, 0, 2].iter().filter_map(|&i| top.get(i)).collect();
    const COL: usize = 18;
    let height = |s: &Standing| match s.rank {
        1 => 5,
        2 => 3,
        _ => 2,
    };
    let tallest = order.iter().map(|s| height(s)).max().unwrap_or(0);
    let cell = |text: String| format!("{:^COL$}", fit(&text, COL - 2));
    for row in 0..tallest + 2 {
        let mut spans = vec![Span::raw("  ")];
        for s in &order {
            let top_row = tallest - height(s);
            spans.push(match row {
                r if r < top_row => Span::raw(" ".repeat(COL)),
                r if r == top_row => Span::styled(cell(s.nickname.clone()), theme.strong()),
                r if r == top_row + 1 => {
                    Span::raw(cell(format!("{} · {}", ordinal(s.rank), s.score)))
                }
                _ => Span::styled(format!(" {} ", "█".repeat(COL - 2)), theme.bar()),
            });
        }
        lines.push(Line::from(spans));
    }
    if top.len() > 3 {
        lines.push(Line::from(""));
        for s in &top[3..] {
            lines.push(standing_line(s, 24, theme, false));
        }
    }
    if top.is_empty() {
        lines.push(Line::from("   Nobody played."));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

pub fn draw_lost(frame: &mut Frame, area: Rect, message: &str, theme: &Theme) {
    let lines = vec![
        Line::from(""),
        Line::from(Span::styled(
            "This game no longer exists on the server.",
            theme.bad(),
        )),
        Line::from(""),
        Line::from(format!("The server said: {message}.")),
        Line::from("It may have ended, or the server restarted without it."),
        Line::from(""),
        Line::from(vec![
            Span::raw("Press "),
            Span::styled("Enter", theme.key()),
            Span::raw(" to choose a quiz and start a new game, or "),
            Span::styled("q", theme.key()),
            Span::raw(" to quit."),
        ]),
    ];
    frame.render_widget(
        Paragraph::new(lines)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        area,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_read_as_ordinals_and_changes() {
        let names: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal).to_vec();
        assert_eq!(
            names,
            ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st"]
        );
        let s = |rank, previous_rank| Standing {
            rank,
            player: 0,
            nickname: "Ann".into(),
            score: 0,
            previous_rank,
        };
        assert_eq!(rank_change(&s(1, Some(3))), "▲ 2");
        assert_eq!(rank_change(&s(4, Some(2))), "▼ 2");
        assert_eq!(rank_change(&s(2, Some(2))), "–");
        assert_eq!(rank_change(&s(2, None)), "–");
    }
}
