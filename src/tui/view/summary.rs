//! The summary after the podium: the winner, then from the game's report
//! the accuracy of each question (a bar and a percentage, ⚠ for the
//! difficult ones), the most missed question and the top players with
//! their right answers; then where the report page and the full results
//! are. Until the report arrives the standings seen at the podium stand in.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

use super::columns::{pad, pad_left};
use super::standings::{ordinal, rank_width, standing_line};
use super::{fit, Theme};
use crate::report::{QuestionReport, Report};
use crate::tui::state::{App, LiveGame, ReportStatus};
use crate::tui::text::{number, t, tr};

/// Cells of a question's accuracy bar.
const BAR: usize = 10;
/// Below this width the two lists are stacked instead of side by side.
const SIDE_BY_SIDE: u16 = 72;

pub fn draw_summary(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(game) = &app.game else {
        return;
    };
    let report = match &game.report {
        ReportStatus::Ready(report) => Some(report.as_ref()),
        _ => None,
    };
    let bottom = bottom_lines(game, report, theme);
    let [top, middle, end] = Layout::vertical([
        Constraint::Length(4),
        Constraint::Min(0),
        Constraint::Length(bottom.len() as u16),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(top_lines(game, theme)), top);
    frame.render_widget(Paragraph::new(bottom).wrap(Wrap { trim: false }), end);

    let (players, questions) = if middle.width >= SIDE_BY_SIDE {
        let [l, r] = Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)])
            .areas(middle);
        (l, r)
    } else {
        let [t, b] = Layout::vertical([Constraint::Percentage(40), Constraint::Percentage(60)])
            .areas(middle);
        (t, b)
    };
    let rows = players.height.saturating_sub(1) as usize;
    frame.render_widget(
        Paragraph::new(player_lines(game, report, rows, players.width, theme)),
        players,
    );
    let rows = questions.height.saturating_sub(1) as usize;
    let lines = match &game.report {
        ReportStatus::Ready(report) => question_lines(report, rows, questions.width, theme),
        ReportStatus::Failed(why) => vec![
            Line::from(Span::styled(
                format!(" {}", t("summary-accuracy")),
                theme.title(),
            )),
            Line::from(Span::styled(
                format!(" {}", t("summary-report-failed")),
                theme.bad(),
            )),
            Line::from(Span::styled(format!(" {why}"), theme.bad())),
            Line::from(format!(" {}", t("summary-retry"))),
        ],
        ReportStatus::Loading | ReportStatus::NotAsked => vec![
            Line::from(Span::styled(
                format!(" {}", t("summary-accuracy")),
                theme.title(),
            )),
            Line::from(Span::styled(
                format!(" {}", t("summary-loading")),
                theme.dim(),
            )),
        ],
    };
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), questions);
}

fn top_lines(game: &LiveGame, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = vec![
        Line::from(Span::styled(
            format!(
                " {}",
                tr("summary-title", &[("title", (&game.quiz_title).into())])
            ),
            theme.title(),
        )),
        Line::from(""),
    ];
    match game.standings.first() {
        Some(winner) => lines.push(Line::from(vec![
            Span::styled(format!("  {} ", t("podium-winner")), theme.title()),
            Span::styled(winner.nickname.clone(), theme.good()),
            Span::styled(
                format!(
                    "  {}",
                    tr("podium-points", &[("count", winner.score.into())])
                ),
                theme.strong(),
            ),
        ])),
        None => lines.push(Line::from(format!("  {}", t("podium-nobody")))),
    }
    lines
}

/// The top players: from the report with their right answers, else the
/// standings seen at the podium.
fn player_lines(
    game: &LiveGame,
    report: Option<&Report>,
    rows: usize,
    width: u16,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let mut lines = vec![Line::from(Span::styled(
        format!(" {}", t("summary-top-players")),
        theme.title(),
    ))];
    let name_width = (width as usize).saturating_sub(30).clamp(6, 20);
    match report {
        Some(report) => {
            let ranks = rank_width(report.players.iter().take(rows.min(10)).map(|p| p.rank));
            for p in report.players.iter().take(rows.min(10)) {
                lines.push(Line::from(vec![
                    Span::styled(
                        format!(" {}  ", pad_left(&ordinal(p.rank), ranks)),
                        theme.strong(),
                    ),
                    Span::raw(pad(&p.nickname, name_width)),
                    Span::styled(pad_left(&number(p.score), 7), theme.strong()),
                    Span::styled(
                        format!(
                            "  {}",
                            tr(
                                "summary-right",
                                &[
                                    ("correct", p.correct.into()),
                                    ("answered", p.answered.into())
                                ]
                            )
                        ),
                        theme.dim(),
                    ),
                ]));
            }
            if report.players.is_empty() {
                lines.push(Line::from(format!("   {}", t("podium-nobody"))));
            }
        }
        None => {
            let ranks = rank_width(game.standings.iter().take(rows.min(5)).map(|s| s.rank));
            for s in game.standings.iter().take(rows.min(5)) {
                lines.push(standing_line(s, ranks, name_width, theme, false));
            }
        }
    }
    lines
}

/// The scored question with the fewest right answers for those given (the
/// earliest of equals), if any scored question was answered.
pub fn most_missed(report: &Report) -> Option<&QuestionReport> {
    report
        .questions
        .iter()
        .filter(|q| q.answered > 0)
        .filter_map(|q| q.accuracy.map(|a| (a, q)))
        .fold(
            None,
            |best: Option<(f64, &QuestionReport)>, (a, q)| match best {
                Some((b, _)) if b <= a => best,
                _ => Some((a, q)),
            },
        )
        .map(|(_, q)| q)
}

/// "████████░░": `share` of `BAR` cells filled, rounded.
fn bar(share: f64) -> String {
    let filled = ((share.clamp(0.0, 1.0) * BAR as f64).round() as usize).min(BAR);
    format!("{}{}", "█".repeat(filled), "░".repeat(BAR - filled))
}

fn percent(share: f64) -> String {
    let whole = (share * 100.0).clamp(0.0, 100.0).round() as i64;
    tr("summary-percent", &[("value", whole.into())])
}

fn question_line(q: &QuestionReport, width: u16, theme: &Theme) -> Line<'static> {
    let mut spans = vec![Span::styled(
        format!(" {} ", pad_left(&number(q.index + 1), 2)),
        theme.strong(),
    )];
    match q.accuracy {
        Some(share) => {
            spans.push(Span::styled(bar(share), theme.bar()));
            spans.push(Span::styled(
                format!(" {}", pad_left(&percent(share), 5)),
                theme.strong(),
            ));
            spans.push(if q.difficult {
                Span::styled(" ⚠ ", theme.bad())
            } else {
                Span::raw("   ")
            });
        }
        None => spans.push(Span::styled(
            pad(&fit(&t("summary-not-scored"), BAR + 9), BAR + 9),
            theme.dim(),
        )),
    }
    let room = (width as usize).saturating_sub(BAR + 13);
    spans.push(Span::raw(fit(&q.text, room)));
    Line::from(spans)
}

fn question_lines(report: &Report, rows: usize, width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = vec![Line::from(Span::styled(
        format!(" {}", t("summary-accuracy-legend")),
        theme.title(),
    ))];
    let total = report.questions.len();
    // One row kept for "… more" when they do not all fit.
    let shown = if total > rows {
        rows.saturating_sub(1)
    } else {
        total
    };
    for q in report.questions.iter().take(shown) {
        lines.push(question_line(q, width, theme));
    }
    if shown < total {
        lines.push(Line::from(Span::styled(
            format!(
                "    … {}",
                tr("summary-more", &[("count", (total - shown).into())])
            ),
            theme.dim(),
        )));
    }
    lines
}

fn bottom_lines(game: &LiveGame, report: Option<&Report>, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    if let Some(report) = report {
        match most_missed(report) {
            Some(q) => lines.push(Line::from(vec![
                Span::styled(format!(" {} ", t("summary-most-missed")), theme.title()),
                Span::styled(
                    format!(
                        "{} ",
                        tr("summary-question", &[("index", (q.index + 1).into())])
                    ),
                    theme.strong(),
                ),
                Span::raw(format!("“{}”", fit(&q.text, 40))),
                Span::styled(
                    format!(
                        " ({})",
                        tr(
                            "summary-right-of",
                            &[
                                ("correct", q.correct.into()),
                                ("answered", q.answered.into())
                            ]
                        )
                    ),
                    theme.bad(),
                ),
            ])),
            None => lines.push(Line::from(format!(
                " {} {}",
                t("summary-most-missed"),
                t("summary-none-missed")
            ))),
        }
        lines.push(Line::from(Span::styled(
            format!(
                " {}",
                tr(
                    "summary-participation",
                    &[
                        (
                            "participation",
                            (&percent(report.game.participation)).into()
                        ),
                        ("completion", (&percent(report.game.completion)).into()),
                    ]
                )
            ),
            theme.dim(),
        )));
    }
    lines.push(Line::from(Span::styled(
        format!(" {}", t("summary-report-link")),
        theme.strong(),
    )));
    lines.push(Line::from(format!("   {}", game.report_url)));
    lines.push(Line::from(Span::styled(
        format!(" {}", t("summary-results-link")),
        theme.strong(),
    )));
    lines.push(Line::from(format!("   {}", game.results_url)));
    lines
}
