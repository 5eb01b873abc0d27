//! Drawing: turns an `App` into a frame. The frame is a header (what game,
//! connection state), the current screen, and a footer (keys or a notice),
//! with the help and confirmation boxes drawn on top. Reads state only; the
//! local time comes in as an argument so countdowns can be tested.

mod bigpin;
mod lobby;
mod question;
mod reveal;
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
                "The server runs inside this dashboard: quitting stops it and ends the game."
            } else {
                "The game keeps running on the server without its host."
            };
            draw_confirm(frame, theme, "Quit the dashboard?", consequence);
        }
        Some(Overlay::ConfirmEnd) => draw_confirm(
            frame,
            theme,
            "End the game now?",
            "Answers so far are scored and the podium is shown.",
        ),
        Some(Overlay::ConfirmKick { nickname, .. }) => draw_confirm(
            frame,
            theme,
            &format!("Remove {nickname} from the game?"),
            "They are disconnected and cannot rejoin with the same session.",
        ),
        Some(Overlay::KickMatching { pattern }) => draw_kick_matching(frame, theme, pattern),
        Some(Overlay::ConfirmKickRecent { seconds }) => draw_confirm(
            frame,
            theme,
            &format!("Remove everyone who joined in the last {seconds} s?"),
            "For a flood of joins: lock the lobby first (l) so they cannot come back.",
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
            index, total, top, ..
        } => standings::draw_leaderboard(frame, area, *index, *total, top, theme),
        PhaseView::Podium { top } => standings::draw_podium(frame, area, top, theme),
        PhaseView::Ended => summary::draw_summary(frame, area, app, theme),
    }
}

fn draw_header(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, now: u64) {
    let mut left = vec![Span::styled(" quizbox ", theme.title())];
    match (&app.screen, &app.game) {
        (Screen::Game | Screen::Summary | Screen::Lost { .. }, Some(game)) => {
            left.push(Span::styled(
                format!("· {} ", game.quiz_title),
                theme.strong(),
            ));
            left.push(Span::styled(format!("· PIN {} ", game.pin), theme.strong()));
            if app.screen == Screen::Game && game.phase != PhaseView::Lobby {
                left.push(if game.joining_open() {
                    Span::styled("· joining open ", theme.good())
                } else if game.locked {
                    Span::styled("· joining LOCKED (l) ", theme.warn())
                } else {
                    Span::styled("· joining closed ", theme.dim())
                });
            }
            if let Some(advance) = game.advance() {
                left.push(match (advance.deadline, advance.remaining_ms) {
                    (Some(deadline), _) => Span::styled(
                        format!(
                            "· moving on in {} s ",
                            deadline.saturating_sub(app.server_now(now)).div_ceil(1000)
                        ),
                        theme.strong(),
                    ),
                    (None, left) => Span::styled(
                        format!(
                            "· auto-advance PAUSED, {} s left ",
                            left.unwrap_or(0).div_ceil(1000)
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
        Link::Connecting => Span::styled("connecting… ", theme.warn()),
        Link::Connected => Span::styled("● connected ", theme.good()),
        Link::Reconnecting {
            attempt, retry_at, ..
        } => Span::styled(
            format!(
                "reconnecting… attempt {attempt}, next in {} s ",
                retry_at.saturating_sub(now).div_ceil(1000)
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
    let mut spans = vec![Span::raw(" ")];
    for (key, what) in input::hints(app) {
        spans.push(Span::styled(key, theme.key()));
        spans.push(Span::raw(format!(" {what}  ")));
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
            format!("Connection to the server lost ({reason}). reconnecting… (attempt {attempt}, next try in {wait} s)"),
            theme.bad(),
        )),
        Line::from("The game keeps running on the server; commands wait until the link is back."),
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
    rect
}

fn draw_confirm(frame: &mut Frame, theme: &Theme, question: &str, consequence: &str) {
    let area = centered(frame, 60, 7);
    let lines = vec![
        Line::from(Span::styled(question, theme.strong())),
        Line::from(consequence),
        Line::from(""),
        Line::from(vec![
            Span::styled("y", theme.key()),
            Span::raw(" yes   "),
            Span::styled("n", theme.key()),
            Span::raw(" no"),
        ]),
    ];
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .alignment(Alignment::Center)
            .block(Block::bordered().title(" confirm ")),
        area,
    );
}

/// The prompt for removing players by part of their name.
fn draw_kick_matching(frame: &mut Frame, theme: &Theme, pattern: &str) {
    let area = centered(frame, 60, 7);
    let lines = vec![
        Line::from(Span::styled(
            "Remove everyone whose name contains:",
            theme.strong(),
        )),
        Line::from(Span::styled(format!("{pattern}_"), theme.strong())),
        Line::from("Compared ignoring case and look-alike letters."),
        Line::from(vec![
            Span::styled("Enter", theme.key()),
            Span::raw(" remove   "),
            Span::styled("Esc", theme.key()),
            Span::raw(" cancel"),
        ]),
    ];
    frame.render_widget(
        Paragraph::new(lines)
            .alignment(Alignment::Center)
            .block(Block::bordered().title(" remove by name ")),
        area,
    );
}

fn draw_help(frame: &mut Frame, app: &App, theme: &Theme) {
    let keys = input::help(app);
    let height = keys.len() as u16 + 4;
    let area = centered(frame, 62, height);
    let mut lines: Vec<Line> = keys
        .into_iter()
        .map(|(key, what)| {
            Line::from(vec![
                Span::styled(format!("{key:>12}  "), theme.key()),
                Span::raw(what),
            ])
        })
        .collect();
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        "any key closes this help",
        theme.dim(),
    )));
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(" keys ")),
        area,
    );
}

/// `text` cut to `width` columns with an ellipsis.
fn fit(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod kind_tests;
#[cfg(test)]
mod modes_tests;
#[cfg(test)]
mod summary_tests;
#[cfg(test)]
mod tests;
