//! The summary after the podium: the winner, then from the game's report
//! the accuracy of each question (a bar and a percentage, ⚠ for the
//! difficult ones), the most missed question and the top players with
//! their right answers; then where the report page and the full results
//! are. Until the report arrives the standings seen at the podium stand in.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

use super::standings::{ordinal, standing_line};
use super::{fit, Theme};
use crate::report::{QuestionReport, Report};
use crate::tui::state::{App, LiveGame, ReportStatus};

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
            Line::from(Span::styled(" Accuracy per question", theme.title())),
            Line::from(Span::styled(" The report could not be read:", theme.bad())),
            Line::from(Span::styled(format!(" {why}"), theme.bad())),
            Line::from(vec![
                Span::raw(" Press "),
                Span::styled("r", theme.key()),
                Span::raw(" to try again."),
            ]),
        ],
        ReportStatus::Loading | ReportStatus::NotAsked => vec![
            Line::from(Span::styled(" Accuracy per question", theme.title())),
            Line::from(Span::styled(" Loading the report…", theme.dim())),
        ],
    };
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), questions);
}

fn top_lines(game: &LiveGame, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = vec![
        Line::from(Span::styled(
            format!(" Game over: {}", game.quiz_title),
            theme.title(),
        )),
        Line::from(""),
    ];
    match game.standings.first() {
        Some(winner) => lines.push(Line::from(vec![
            Span::styled("  Winner: ", theme.title()),
            Span::styled(winner.nickname.clone(), theme.good()),
            Span::styled(format!("  {} points", winner.score), theme.strong()),
        ])),
        None => lines.push(Line::from("  Nobody played.")),
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
    let mut lines = vec![Line::from(Span::styled(" Top players", theme.title()))];
    let name_width = (width as usize).saturating_sub(30).clamp(6, 20);
    match report {
        Some(report) => {
            for p in report.players.iter().take(rows.min(10)) {
                lines.push(Line::from(vec![
                    Span::styled(format!(" {:>5}  ", ordinal(p.rank)), theme.strong()),
                    Span::raw(format!("{:<name_width$}", fit(&p.nickname, name_width))),
                    Span::styled(format!("{:>7}", p.score), theme.strong()),
                    Span::styled(format!("  {}/{} right", p.correct, p.answered), theme.dim()),
                ]));
            }
            if report.players.is_empty() {
                lines.push(Line::from("   Nobody played."));
            }
        }
        None => {
            for s in game.standings.iter().take(rows.min(5)) {
                lines.push(standing_line(s, name_width, theme, false));
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
    format!("{:.0} %", (share * 100.0).clamp(0.0, 100.0))
}

fn question_line(q: &QuestionReport, width: u16, theme: &Theme) -> Line<'static> {
    let mut spans = vec![Span::styled(
        format!(" {:>2} ", q.index + 1),
        theme.strong(),
    )];
    match q.accuracy {
        Some(share) => {
            spans.push(Span::styled(bar(share), theme.bar()));
            spans.push(Span::styled(
                format!(" {:>5}", percent(share)),
                theme.strong(),
            ));
            spans.push(if q.difficult {
                Span::styled(" ⚠ ", theme.bad())
            } else {
                Span::raw("   ")
            });
        }
        None => spans.push(Span::styled(
            format!("{:<w$}", "not scored", w = BAR + 9),
            theme.dim(),
        )),
    }
    let room = (width as usize).saturating_sub(BAR + 13);
    spans.push(Span::raw(fit(&q.text, room)));
    Line::from(spans)
}

fn question_lines(report: &Report, rows: usize, width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = vec![Line::from(Span::styled(
        " Accuracy per question (⚠ difficult: under 50 % right)",
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
            format!("    … {} more on the report page", total - shown),
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
                Span::styled(" Most missed: ", theme.title()),
                Span::styled(format!("question {} ", q.index + 1), theme.strong()),
                Span::raw(format!("“{}”", fit(&q.text, 40))),
                Span::styled(
                    format!(" ({} of {} right)", q.correct, q.answered),
                    theme.bad(),
                ),
            ])),
            None => lines.push(Line::from(" Most missed: no scored answers.")),
        }
        lines.push(Line::from(Span::styled(
            format!(
                " Participation {} of possible answers · {} of players answered every question",
                percent(report.game.participation),
                percent(report.game.completion)
            ),
            theme.dim(),
        )));
    }
    lines.push(Line::from(Span::styled(
        " Report (charts, every answer, CSV and xlsx):",
        theme.strong(),
    )));
    lines.push(Line::from(format!("   {}", game.report_url)));
    lines.push(Line::from(Span::styled(
        " Full results (every player and answer, JSON):",
        theme.strong(),
    )));
    lines.push(Line::from(format!("   {}", game.results_url)));
    lines
}
