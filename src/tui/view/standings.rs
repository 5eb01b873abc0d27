//! Standings screens: the leaderboard (top 10 with rank changes ▲▼), the
//! podium (each with the team standings below in a team game), and the notice shown when the server no longer has the game.
//! (The summary after the podium is `summary`'s.)

use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

use super::columns::{center, columns, fit, pad, pad_left};
use super::Theme;
use crate::protocol::{Standing, TeamStanding};
use crate::tui::text::{number, t, tr};

/// A score in its column of eight.
pub(super) fn score_cell(score: impl TryInto<i64>) -> String {
    pad_left(&number(score), 8)
}

/// "▲ 2", "▼ 1" or "–" against the rank before the last question.
pub fn rank_change(s: &Standing) -> String {
    match s.previous_rank {
        Some(before) if before > s.rank => format!("▲ {}", number(before - s.rank)),
        Some(before) if before < s.rank => format!("▼ {}", number(s.rank - before)),
        _ => "–".into(),
    }
}

/// "1st", "2nd", "3rd", "4th", "11th"… in the dashboard's language.
pub fn ordinal(n: u32) -> String {
    tr("rank", &[("rank", n.into())])
}

/// The columns rank cells need for `ranks`: the widest one ("1st",
/// "المركز ١٢"), at least 5.
pub(super) fn rank_width(ranks: impl IntoIterator<Item = u32>) -> usize {
    ranks
        .into_iter()
        .map(|r| columns(&ordinal(r)))
        .max()
        .unwrap_or(0)
        .max(5)
}

pub(super) fn standing_line(
    s: &Standing,
    rank_width: usize,
    name_width: usize,
    theme: &Theme,
    with_change: bool,
) -> Line<'static> {
    let mut spans = vec![
        Span::styled(
            format!("  {}  ", pad_left(&ordinal(s.rank), rank_width)),
            theme.strong(),
        ),
        Span::raw(pad(&s.nickname, name_width)),
        Span::styled(score_cell(s.score), theme.strong()),
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
    teams: &[TeamStanding],
    theme: &Theme,
) {
    let name_width = (area.width as usize).saturating_sub(30).min(24);
    let mut lines = vec![
        Line::from(Span::styled(
            format!(
                " {}",
                tr(
                    "board-heading",
                    &[("index", (index + 1).into()), ("total", total.into())]
                )
            ),
            theme.title(),
        )),
        Line::from(""),
    ];
    if top.is_empty() {
        lines.push(Line::from(format!("   {}", t("board-nobody"))));
    }
    let ranks = rank_width(top.iter().take(10).map(|s| s.rank));
    for s in top.iter().take(10) {
        lines.push(standing_line(s, ranks, name_width, theme, true));
    }
    team_lines(&mut lines, teams, name_width, theme);
    frame.render_widget(Paragraph::new(lines), area);
}

/// The team standings under a heading, when the game has teams.
fn team_lines(
    lines: &mut Vec<Line<'static>>,
    teams: &[TeamStanding],
    name_width: usize,
    theme: &Theme,
) {
    if teams.is_empty() {
        return;
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        format!(" {}", t("board-teams")),
        theme.title(),
    )));
    let ranks = rank_width(teams.iter().map(|t| t.rank));
    for team in teams {
        let members = tr("board-members", &[("count", team.members.into())]);
        lines.push(Line::from(vec![
            Span::styled(
                format!("  {}  ", pad_left(&ordinal(team.rank), ranks)),
                theme.strong(),
            ),
            Span::raw(pad(&team.name, name_width)),
            Span::styled(score_cell(team.score), theme.strong()),
            Span::styled(format!("   {members}"), theme.dim()),
        ]));
    }
}

pub fn draw_podium(
    frame: &mut Frame,
    area: Rect,
    top: &[Standing],
    teams: &[TeamStanding],
    theme: &Theme,
) {
    let mut lines = vec![
        Line::from(Span::styled(
            format!(" {}", t("podium-title")),
            theme.title(),
        )),
        Line::from(""),
    ];
    if let Some(winner) = top.first() {
        lines.push(Line::from(vec![
            Span::styled(format!("  {} ", t("podium-winner")), theme.title()),
            Span::styled(fit(&winner.nickname, 40), theme.good()),
            Span::styled(
                format!(
                    "  {}",
                    tr("podium-points", &[("count", winner.score.into())])
                ),
                theme.strong(),
            ),
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
    let cell = |text: String| format!(" {} ", center(&text, COL - 2));
    for row in 0..tallest + 2 {
        let mut spans = vec![Span::raw("  ")];
        for s in &order {
            let top_row = tallest - height(s);
            spans.push(match row {
                r if r < top_row => Span::raw(" ".repeat(COL)),
                r if r == top_row => Span::styled(cell(s.nickname.clone()), theme.strong()),
                r if r == top_row + 1 => {
                    Span::raw(cell(format!("{} · {}", ordinal(s.rank), number(s.score))))
                }
                _ => Span::styled(format!(" {} ", "█".repeat(COL - 2)), theme.bar()),
            });
        }
        lines.push(Line::from(spans));
    }
    if top.len() > 3 {
        lines.push(Line::from(""));
        let ranks = rank_width(top[3..].iter().map(|s| s.rank));
        for s in &top[3..] {
            lines.push(standing_line(s, ranks, 24, theme, false));
        }
    }
    if top.is_empty() {
        lines.push(Line::from(format!("   {}", t("podium-nobody"))));
    }
    team_lines(&mut lines, teams, 24, theme);
    frame.render_widget(Paragraph::new(lines), area);
}

pub fn draw_lost(frame: &mut Frame, area: Rect, message: &str, theme: &Theme) {
    let lines = vec![
        Line::from(""),
        Line::from(Span::styled(t("lost-title"), theme.bad())),
        Line::from(""),
        Line::from(tr("lost-server-said", &[("message", message.into())])),
        Line::from(t("lost-why")),
        Line::from(""),
        Line::from(t("lost-what-now")),
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
