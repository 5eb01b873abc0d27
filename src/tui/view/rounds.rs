//! Rounds screens: the round summary (the round's points per player) and
//! the break before the next round with its countdown.

use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use super::columns::{pad, pad_left};
use super::standings::score_cell;
use super::standings::{ordinal, rank_width};
use super::Theme;
use crate::protocol::{AdvanceView, RoundInfo, RoundStanding};
use crate::tui::text::{number, t, tr};

pub fn draw_round_summary(
    frame: &mut Frame,
    area: Rect,
    round: &RoundInfo,
    index: usize,
    total: usize,
    top: &[RoundStanding],
    theme: &Theme,
) {
    let name_width = (area.width as usize).saturating_sub(36).min(24);
    let mut lines = vec![
        Line::from(Span::styled(
            format!(
                " {}",
                tr(
                    "round-end",
                    &[
                        ("round", (round.number + 1).into()),
                        ("rounds", round.rounds.into()),
                        ("name", (&round.name).into()),
                    ]
                )
            ),
            theme.title(),
        )),
        Line::from(Span::styled(
            format!(
                " {}",
                tr(
                    "round-after-question",
                    &[("index", (index + 1).into()), ("total", total.into())]
                )
            ),
            theme.dim(),
        )),
        Line::from(""),
    ];
    if top.is_empty() {
        lines.push(Line::from(format!("   {}", t("board-nobody"))));
    }
    let ranks = rank_width(top.iter().map(|s| s.rank));
    for s in top {
        lines.push(Line::from(vec![
            Span::styled(
                format!("  {}  ", pad_left(&ordinal(s.rank), ranks)),
                theme.strong(),
            ),
            Span::raw(pad(&s.nickname, name_width)),
            Span::styled(
                format!("{} {}", score_cell(s.points), t("round-this-round")),
                theme.strong(),
            ),
            Span::styled(
                format!("   {}", tr("round-in-all", &[("score", s.score.into())])),
                theme.dim(),
            ),
        ]));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// The break: the next round's name and the time left, counted from the
/// server's clock (`server_now`).
pub fn draw_break(
    frame: &mut Frame,
    area: Rect,
    next: &RoundInfo,
    countdown: &AdvanceView,
    auto: bool,
    server_now: u64,
    theme: &Theme,
) {
    let left = match (countdown.deadline, countdown.remaining_ms) {
        (Some(deadline), _) => deadline.saturating_sub(server_now),
        (None, left) => left.unwrap_or(0),
    };
    let secs = left.div_ceil(1000);
    let clock = format!("{}:{}", number(secs / 60), pad_zero(secs % 60));
    let status = match (countdown.deadline, auto, left) {
        (None, _, _) => Span::styled(t("break-paused"), theme.warn()),
        (Some(_), true, _) => Span::styled(t("break-auto"), theme.dim()),
        (Some(_), false, 0) => Span::styled(t("break-over"), theme.warn()),
        (Some(_), false, _) => Span::styled(t("break-running"), theme.dim()),
    };
    let lines = vec![
        Line::from(Span::styled(t("break-title"), theme.title())),
        Line::from(""),
        Line::from(Span::styled(clock, theme.strong())),
        Line::from(""),
        Line::from(tr(
            "break-next",
            &[
                ("round", (next.number + 1).into()),
                ("rounds", next.rounds.into()),
                ("name", (&next.name).into()),
            ],
        )),
        Line::from(status),
    ];
    frame.render_widget(Paragraph::new(lines).alignment(Alignment::Center), area);
}

/// Seconds of a clock, two digits in the dashboard's.
fn pad_zero(secs: u64) -> String {
    let digits = number(secs);
    if secs < 10 {
        format!("{}{digits}", number(0))
    } else {
        digits
    }
}
