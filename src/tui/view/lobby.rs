//! The lobby: how to join (links, a QR code of the first one, the PIN in
//! large digits) and the players as they arrive, one of them selectable for
//! kicking. The QR code goes on the right when the terminal has room.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use super::columns::{columns, fit, pad};
use super::{bigpin, Theme};
use crate::qr;
use crate::tui::state::{App, Link, LiveGame};
use crate::tui::text::{t, tr};

pub fn draw(frame: &mut Frame, area: Rect, app: &App, game: &LiveGame, theme: &Theme) {
    let code = game
        .join_urls
        .first()
        .and_then(|url| qr::matrix(url))
        .map(|m| qr::lines(&m));
    // The QR code needs its full size to scan; without room it is left out.
    let (info, code_area) = match &code {
        Some(lines) => {
            let width = columns(&lines[0]) as u16;
            let height = lines.len() as u16 + 1;
            if area.width >= width + 44 && area.height >= height {
                let [info, _, right] = Layout::horizontal([
                    Constraint::Min(0),
                    Constraint::Length(1),
                    Constraint::Length(width),
                ])
                .areas(area);
                (info, Some(right))
            } else {
                (area, None)
            }
        }
        None => (area, None),
    };
    if let (Some(lines), Some(right)) = (&code, code_area) {
        let mut text: Vec<Line> = lines
            .iter()
            .map(|l| Line::from(Span::styled(l.clone(), theme.qr())))
            .collect();
        text.push(Line::from(Span::styled(
            format!("  {}", t("lobby-scan")),
            theme.dim(),
        )));
        frame.render_widget(Paragraph::new(text), right);
    }

    let width = info.width as usize;
    let mut lines = vec![Line::from(Span::styled(
        format!(" {}", t("lobby-join-at")),
        theme.title(),
    ))];
    for url in game.join_urls.iter().take(3) {
        lines.push(Line::from(Span::styled(
            format!("   {}", fit(url, width.saturating_sub(3))),
            theme.strong(),
        )));
    }
    if code.is_some() && code_area.is_none() {
        lines.push(Line::from(Span::styled(
            format!("   {}", t("lobby-enlarge-for-qr")),
            theme.dim(),
        )));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(vec![
        Span::styled(format!(" {} ", t("lobby-pin")), theme.title()),
        Span::styled(game.pin.clone(), theme.strong()),
    ]));
    let scale = if bigpin::width(&game.pin, 2) + 2 <= width {
        2
    } else {
        1
    };
    if bigpin::width(&game.pin, scale) + 2 <= width {
        for row in bigpin::lines(&game.pin, scale) {
            lines.push(Line::from(Span::styled(format!("  {row}"), theme.pin())));
        }
    }
    let special = game.special_options();
    if !special.is_empty() {
        lines.push(Line::from(Span::styled(
            format!(" {}", fit(&special.join(" · "), width.saturating_sub(1))),
            theme.dim(),
        )));
    }
    lines.push(Line::from(""));
    let waiting = match app.link {
        Link::Connected => String::new(),
        _ => format!("  {}", t("lobby-not-connected")),
    };
    let joining = if game.locked {
        Span::styled(format!("  {}", t("lobby-locked")), theme.warn())
    } else {
        Span::styled(format!("  {}", t("lobby-open")), theme.dim())
    };
    lines.push(Line::from(vec![
        Span::styled(
            format!(
                " {}",
                tr("lobby-players", &[("count", game.players.len().into())])
            ),
            theme.title(),
        ),
        joining,
        Span::styled(waiting, theme.warn()),
    ]));
    let used = lines.len();
    frame.render_widget(Paragraph::new(lines), info);

    let list_area = Rect {
        y: info.y + used as u16,
        height: info.height.saturating_sub(used as u16),
        ..info
    };
    draw_players(frame, list_area, game, theme);
}

/// Nicknames in as many columns as fit; the selected one marked with › and
/// reversed, so the mark does not rely on colour.
fn draw_players(frame: &mut Frame, area: Rect, game: &LiveGame, theme: &Theme) {
    if area.height == 0 {
        return;
    }
    if game.players.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(
                format!("   {}", t("lobby-waiting")),
                theme.dim(),
            )),
            area,
        );
        return;
    }
    const CELL: usize = 23;
    let columns = ((area.width as usize).saturating_sub(2) / CELL).max(1);
    let rows = area.height as usize;
    let capacity = columns * rows;
    let shown = if game.players.len() > capacity {
        capacity - 1
    } else {
        game.players.len()
    };
    // Keep the selected player visible by starting the window near it.
    let first = game
        .selected_player
        .saturating_sub(shown.saturating_sub(1))
        .min(game.players.len().saturating_sub(shown));
    let mut lines: Vec<Vec<Span>> = vec![vec![Span::raw(" ")]; rows];
    for (slot, (i, player)) in game
        .players
        .iter()
        .enumerate()
        .skip(first)
        .take(shown)
        .enumerate()
    {
        let chosen = i == game.selected_player;
        // Padded by terminal columns so a wide nickname keeps the next
        // column where it belongs.
        let name = match game.beside_nickname(player) {
            Some(beside) => format!("{} · {beside}", player.nickname),
            None => player.nickname.clone(),
        };
        let text = format!(
            "{}{} ",
            if chosen { "›" } else { " " },
            pad(&name, CELL - 2)
        );
        let style = if chosen {
            theme.selected()
        } else {
            theme.plain()
        };
        lines[slot % rows].push(Span::styled(text, style));
    }
    if shown < game.players.len() {
        let more = game.players.len() - shown;
        lines[shown % rows].push(Span::styled(
            format!(" {}", tr("lobby-more", &[("count", more.into())])),
            theme.dim(),
        ));
    }
    frame.render_widget(
        Paragraph::new(lines.into_iter().map(Line::from).collect::<Vec<_>>()),
        area,
    );
}
