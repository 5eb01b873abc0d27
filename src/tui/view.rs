//! Drawing: turns an `App` into a frame. The frame is a header (what game,
//! connection state), the current screen, and a footer (keys or a notice),
//! with the help and confirmation boxes drawn on top. Reads state only; the
//! local time comes in as an argument so countdowns can be tested.

mod bigpin;
mod columns;
mod lobby;
mod question;
mod reveal;
mod rounds;
mod setup;
mod standings;
mod summary;
pub mod theme;

use ratatui::layout::{Alignment, Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};
use ratatui::Frame;

use crate::protocol::PhaseView;

use super::input;
use super::state::{App, Link, Overlay, Screen};
use super::text::{t, tr};
use columns::fit;
pub use theme::Theme;

/// Draws the whole dashboard at local time `now` (ms since the Unix epoch).
pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, now: u64) {
    let [header, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
    ])
    .areas(frame.area());
    draw_header(frame, header, app, theme, now);
    let body = match (&app.screen, &app.link) {
        (Screen::Game, Link::Reconnecting { .. }) => {
            let [banner, rest] =
                Layout::vertical([Constraint::Length(4), Constraint::Min(0)]).areas(body);
            draw_reconnecting(frame, banner, app, theme, now);
            rest
        }
        _ => body,
    };
    match &app.screen {
        Screen::Picker => setup::draw_picker(frame, body, app, theme, now),
        Screen::Options => setup::draw_options(frame, body, app, theme),
        Screen::Game => draw_game(frame, body, app, theme, now),
        Screen::Lost { message } => standings::draw_lost(frame, body, message, theme),
        Screen::Summary => summary::draw_summary(frame, body, app, theme),
    }
    draw_footer(frame, footer, app, theme, now);
    match &app.overlay {
        Some(Overlay::Help) => draw_help(frame, app, theme),
        Some(Overlay::ConfirmQuit) => {
            let consequence = if app.embedded {
                t("confirm-quit-embedded")
            } else {
                t("confirm-quit-remote")
            };
            draw_confirm(frame, theme, &t("confirm-quit"), &consequence);
        }
        Some(Overlay::ConfirmEnd) => draw_confirm(
            frame,
            theme,
            &t("confirm-end"),
            &t("confirm-end-consequence"),
        ),
        Some(Overlay::ConfirmKick { nickname, .. }) => draw_confirm(
            frame,
            theme,
            &tr("confirm-kick", &[("nickname", nickname.into())]),
            &t("confirm-kick-consequence"),
        ),
        Some(Overlay::KickMatching { pattern }) => draw_kick_matching(frame, theme, pattern),
        Some(Overlay::ConfirmKickRecent { seconds }) => draw_confirm(
            frame,
            theme,
            &tr("confirm-kick-recent", &[("seconds", (*seconds).into())]),
            &t("confirm-kick-recent-consequence"),
        ),
        None => {}
    }
}

fn draw_game(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, now: u64) {
    let Some(game) = &app.game else {
        return;
    };
    match &game.phase {
        PhaseView::Lobby => lobby::draw(frame, area, app, game, theme),
        PhaseView::Intro { .. } | PhaseView::Answering { .. } => {
            question::draw_question(frame, area, app, game, theme, now)
        }
        PhaseView::Reveal { .. } => reveal::draw_reveal(frame, area, game, theme),
        PhaseView::Slide { .. } => question::draw_slide(frame, area, game, theme),
        PhaseView::Leaderboard {
            index,
            total,
            top,
            teams,
            ..
        } => standings::draw_leaderboard(frame, area, *index, *total, top, teams, theme),
        PhaseView::RoundSummary {
            round,
            top,
            total,
            index,
            ..
        } => rounds::draw_round_summary(frame, area, round, *index, *total, top, theme),
        PhaseView::Break {
            round,
            countdown,
            auto,
            ..
        } => rounds::draw_break(
            frame,
            area,
            round,
            countdown,
            *auto,
            app.server_now(now),
            theme,
        ),
        PhaseView::Podium { top, teams } => standings::draw_podium(frame, area, top, teams, theme),
        PhaseView::Ended => summary::draw_summary(frame, area, app, theme),
    }
}

fn draw_header(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, now: u64) {
    let mut left = vec![Span::styled(" quizbox ", theme.title())];
    match (&app.screen, &app.game) {
        (Screen::Game | Screen::Summary | Screen::Lost { .. }, Some(game)) => {
            left.push(Span::styled(
                format!("· {} ", fit(&game.quiz_title, 40)),
                theme.strong(),
            ));
            left.push(Span::styled(
                format!("· {} ", tr("header-pin", &[("pin", (&game.pin).into())])),
                theme.strong(),
            ));
            if app.screen == Screen::Game && game.phase != PhaseView::Lobby {
                left.push(if game.joining_open() {
                    Span::styled(format!("· {} ", t("header-joining-open")), theme.good())
                } else if game.locked {
                    Span::styled(format!("· {} ", t("header-joining-locked")), theme.warn())
                } else {
                    Span::styled(format!("· {} ", t("header-joining-closed")), theme.dim())
                });
            }
            if let Some(advance) = game.advance() {
                left.push(match (advance.deadline, advance.remaining_ms) {
                    (Some(deadline), _) => Span::styled(
                        format!(
                            "· {} ",
                            tr(
                                "header-moving-on",
                                &[(
                                    "seconds",
                                    deadline
                                        .saturating_sub(app.server_now(now))
                                        .div_ceil(1000)
                                        .into()
                                )]
                            )
                        ),
                        theme.strong(),
                    ),
                    (None, left) => Span::styled(
                        format!(
                            "· {} ",
                            tr(
                                "header-advance-paused",
                                &[("seconds", left.unwrap_or(0).div_ceil(1000).into())]
                            )
                        ),
                        theme.warn(),
                    ),
                });
            }
        }
        _ => left.push(Span::styled(format!("· {}", app.server_url), theme.dim())),
    }
    let status = match &app.link {
        Link::Idle => Span::raw(""),
        Link::Connecting => Span::styled(format!("{} ", t("link-connecting")), theme.warn()),
        Link::Connected => Span::styled(format!("● {} ", t("link-connected")), theme.good()),
        Link::Reconnecting {
            attempt, retry_at, ..
        } => Span::styled(
            format!(
                "{} ",
                tr(
                    "link-reconnecting",
                    &[
                        ("attempt", (*attempt).into()),
                        (
                            "seconds",
                            retry_at.saturating_sub(now).div_ceil(1000).into()
                        ),
                    ]
                )
            ),
            theme.bad(),
        ),
    };
    let width = status.width() as u16;
    let [l, r] = Layout::horizontal([Constraint::Min(0), Constraint::Length(width)]).areas(area);
    frame.render_widget(Paragraph::new(Line::from(left)), l);
    frame.render_widget(Paragraph::new(Line::from(status)), r);
}

fn draw_footer(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, now: u64) {
    if let Some(notice) = app.notice_at(now) {
        frame.render_widget(
            Paragraph::new(Line::from(Span::styled(format!(" {notice}"), theme.warn()))),
            area,
        );
        return;
    }
    // Hints that do not fit are left out whole, from the end (help and
    // quit come last), rather than cut in the middle of a word.
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    for (key, what) in input::hints(app) {
        let what = format!(" {what}  ");
        let needed = columns::columns(&key) + columns::columns(&what);
        if used + needed > area.width as usize {
            break;
        }
        used += needed;
        spans.push(Span::styled(key, theme.key()));
        spans.push(Span::raw(what));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn draw_reconnecting(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, now: u64) {
    let Link::Reconnecting {
        attempt,
        retry_at,
        reason,
    } = &app.link
    else {
        return;
    };
    let wait = retry_at.saturating_sub(now).div_ceil(1000);
    let lines = vec![
        Line::from(Span::styled(
            tr(
                "link-lost",
                &[
                    ("reason", reason.into()),
                    ("attempt", (*attempt).into()),
                    ("seconds", wait.into()),
                ],
            ),
            theme.bad(),
        )),
        Line::from(t("link-lost-game-goes-on")),
    ];
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(Block::bordered().border_style(theme.bad())),
        area,
    );
}

/// A box of `width`×`height` in the middle of the frame, cleared.
fn centered(frame: &mut Frame, width: u16, height: u16) -> Rect {
    let area = frame.area();
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [rect] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    frame.render_widget(Clear, rect);
    // A wide character (a Japanese nickname) just left of the box would
    // still cover the box's first column: blank it so the border shows.
    if rect.x > 0 {
        let buffer = frame.buffer_mut();
        for y in rect.y..rect.y + rect.height {
            let cell = &mut buffer[(rect.x - 1, y)];
            if columns::columns(cell.symbol()) > 1 {
                cell.set_symbol(" ");
            }
        }
    }
    rect
}

fn draw_confirm(frame: &mut Frame, theme: &Theme, question: &str, consequence: &str) {
    // Tall enough for the question and its consequence as they wrap in 58
    // columns: a language with longer sentences gets more lines, not cut ones.
    let wrapped = columns::wrap(question, 58).len() + columns::wrap(consequence, 58).len();
    let area = centered(frame, 60, wrapped as u16 + 4);
    let lines = vec![
        Line::from(Span::styled(question, theme.strong())),
        Line::from(consequence),
        Line::from(""),
        Line::from(vec![
            Span::styled("y", theme.key()),
            Span::raw(format!(" {}   ", t("confirm-yes"))),
            Span::styled("n", theme.key()),
            Span::raw(format!(" {}", t("confirm-no"))),
        ]),
    ];
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .alignment(Alignment::Center)
            .block(Block::bordered().title(format!(" {} ", t("confirm-title")))),
        area,
    );
}

/// The prompt for removing players by part of their name.
fn draw_kick_matching(frame: &mut Frame, theme: &Theme, pattern: &str) {
    let area = centered(frame, 60, 7);
    let lines = vec![
        Line::from(Span::styled(t("kick-matching-prompt"), theme.strong())),
        Line::from(Span::styled(format!("{pattern}_"), theme.strong())),
        Line::from(t("kick-matching-how")),
        Line::from(vec![
            Span::styled("Enter", theme.key()),
            Span::raw(format!(" {}   ", t("kick-matching-remove"))),
            Span::styled("Esc", theme.key()),
            Span::raw(format!(" {}", t("kick-matching-cancel"))),
        ]),
    ];
    frame.render_widget(
        Paragraph::new(lines)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true })
            .block(Block::bordered().title(format!(" {} ", t("kick-matching-title")))),
        area,
    );
}

fn draw_help(frame: &mut Frame, app: &App, theme: &Theme) {
    let keys = input::help(app);
    // As wide as the longest description needs, within the frame; a
    // description that still does not fit wraps under itself.
    let frame_width = frame.area().width as usize;
    let widest = keys
        .iter()
        .map(|(_, what)| columns::columns(what))
        .max()
        .unwrap_or(0);
    let width = (widest + 14 + 2)
        .clamp(62, frame_width.max(62))
        .min(frame_width);
    let room = width.saturating_sub(14 + 2).max(1);
    let mut lines: Vec<Line> = Vec::new();
    for (key, what) in keys {
        let mut first = true;
        for part in columns::wrap(&what, room) {
            let key = if first { key.as_str() } else { "" };
            first = false;
            lines.push(Line::from(vec![
                Span::styled(format!("{key:>12}  "), theme.key()),
                Span::raw(part),
            ]));
        }
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(t("help-close"), theme.dim())));
    let height = lines.len() as u16 + 2;
    let area = centered(frame, width as u16, height);
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(format!(" {} ", t("help-title")))),
        area,
    );
}

#[cfg(test)]
mod kind_tests;
#[cfg(test)]
mod language_tests;
#[cfg(test)]
mod modes_tests;
#[cfg(test)]
mod options_tests;
#[cfg(test)]
mod rounds_tests;
#[cfg(test)]
mod summary_tests;
#[cfg(test)]
mod teams_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod wide_tests;
