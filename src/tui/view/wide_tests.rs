//! Nicknames and answers in wide and combining scripts (Japanese, emoji,
//! Devanagari, Arabic) drawn into a `TestBackend`: every column after them
//! starts where it does for Latin names, and borders and the QR code stay
//! whole. Positions are read from the buffer in terminal columns.

use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::Terminal;

use super::*;
use crate::protocol::{Entry, ServerMsg, Standing};
use crate::tui::connection::NetEvent;
use crate::tui::state::tests::{in_lobby, player};
use crate::tui::state::{Action, App};

const THEME: Theme = Theme { color: false };

pub(super) fn render(app: &App, width: u16, height: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| draw(frame, app, &THEME, 0)).unwrap();
    terminal.backend().buffer().clone()
}

/// Each row as (column, symbol) for the cells a reader sees: the cell
/// after a double-width character is covered by it and left out.
pub(super) fn rows(buffer: &Buffer) -> Vec<Vec<(u16, String)>> {
    let area = buffer.area;
    (0..area.height)
        .map(|y| {
            let mut row = Vec::new();
            let mut covered = 0;
            for x in 0..area.width {
                if covered > 0 {
                    covered -= 1;
                    continue;
                }
                let symbol = buffer[(x, y)].symbol().to_string();
                covered = columns::columns(&symbol).saturating_sub(1);
                row.push((x, symbol));
            }
            row
        })
        .collect()
}

pub(super) fn dump(buffer: &Buffer) -> String {
    rows(buffer)
        .iter()
        .map(|r| r.iter().map(|(_, s)| s.as_str()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Where `needle` starts (column, row), the first time it appears.
pub(super) fn find(buffer: &Buffer, needle: &str) -> (u16, u16) {
    for (y, row) in rows(buffer).iter().enumerate() {
        let text: String = row.iter().map(|(_, s)| s.as_str()).collect();
        if let Some(at) = text.find(needle) {
            let mut offset = 0;
            for (x, symbol) in row {
                if offset == at {
                    return (*x, y as u16);
                }
                offset += symbol.len();
            }
        }
    }
    panic!("{needle:?} not drawn:\n{}", dump(buffer));
}

/// The text of row `y` from column `from` to the end.
pub(super) fn row_from(buffer: &Buffer, y: u16, from: u16) -> String {
    rows(buffer)[y as usize]
        .iter()
        .filter(|(x, _)| *x >= from)
        .map(|(_, s)| s.as_str())
        .collect()
}

pub(super) fn server(app: &mut App, msg: ServerMsg) {
    app.on_net(NetEvent::Server(Box::new(msg)), 0);
}

const NAMES: [&str; 6] = [
    "山田太郎さん",
    "🦊 Fox",
    "नमस्ते",
    "مرحبا",
    "Ann",
    "山田太郎さんと仲間たちの会議室",
];

#[test]
fn wide_nicknames_keep_the_lobby_columns_and_the_qr_code_in_place() {
    // Enough players for several columns in a short terminal.
    let mut players: Vec<_> = NAMES
        .iter()
        .enumerate()
        .map(|(i, n)| player(i as u32, n))
        .collect();
    for i in NAMES.len()..24 {
        players.push(player(i as u32, &format!("p{i:02}")));
    }
    let app = in_lobby(players);
    let buffer = render(&app, 140, 26);
    let all = dump(&buffer);
    // Cells are 23 columns wide from column 1: a nickname starts one column
    // after its cell (the selection mark) whatever its script.
    let mut seen_columns = std::collections::BTreeSet::new();
    for name in NAMES.iter().take(5).copied().chain(["p06", "p12", "p20"]) {
        let (x, _) = find(&buffer, name);
        assert_eq!((x - 2) % 23, 0, "{name} starts at {x}:\n{all}");
        seen_columns.insert(x);
    }
    assert!(
        seen_columns.len() >= 2,
        "players in several columns:\n{all}"
    );
    // The long one is cut by width with an ellipsis, 21 columns at most.
    let (x, y) = find(&buffer, "山田太郎さんと");
    let cut = row_from(&buffer, y, x);
    assert!(cut.starts_with("山田太郎さんと仲間た…"), "{cut}");
    assert!(!all.contains("会議室"), "{all}");
    // The QR code's rows all start in one column and keep their width.
    let qr: Vec<(u16, u16)> = rows(&buffer)
        .iter()
        .filter_map(|row| {
            let blocks: Vec<u16> = row
                .iter()
                .filter(|(x, s)| *x > 60 && ["█", "▀", "▄"].contains(&s.as_str()))
                .map(|(x, _)| *x)
                .collect();
            (blocks.len() > 20).then(|| (blocks[0], *blocks.last().unwrap()))
        })
        .collect();
    assert!(qr.len() > 10, "{all}");
    assert!(
        qr.windows(2).all(|w| w[0] == w[1]),
        "QR rows moved: {qr:?}\n{all}"
    );
    assert_eq!(qr[0].1, 139, "the code ends at the right edge");
}

#[test]
fn wide_nicknames_keep_the_leaderboard_columns_aligned() {
    let mut app = in_lobby(vec![player(0, "Ann")]);
    let top: Vec<Standing> = NAMES
        .iter()
        .enumerate()
        .map(|(i, n)| Standing {
            rank: i as u32 + 1,
            player: i as u32,
            nickname: n.to_string(),
            score: 5_000 - 700 * i as u64,
            previous_rank: Some(i as u32 + 2),
        })
        .collect();
    server(
        &mut app,
        ServerMsg::phase(PhaseView::Leaderboard {
            index: 0,
            total: 3,
            top: top.clone(),
            teams: Vec::new(),
            advance: None,
            next_media: None,
        }),
    );
    let buffer = render(&app, 80, 24);
    let all = dump(&buffer);
    let name_x: Vec<u16> = NAMES
        .iter()
        .map(|n| find(&buffer, &n.chars().take(3).collect::<String>()).0)
        .collect();
    assert!(name_x.windows(2).all(|w| w[0] == w[1]), "{name_x:?}\n{all}");
    // Scores are right-aligned: each ends in the same column, and the
    // rank change starts in the same column, on every row.
    let ends: Vec<u16> = top
        .iter()
        .map(|s| {
            let score = s.score.to_string();
            find(&buffer, &score).0 + score.len() as u16
        })
        .collect();
    assert!(ends.windows(2).all(|w| w[0] == w[1]), "{ends:?}\n{all}");
    let (_, first) = find(&buffer, "山田太郎さん ");
    let marks: Vec<u16> = (0..NAMES.len() as u16)
        .map(|i| {
            rows(&buffer)[(first + i) as usize]
                .iter()
                .find(|(_, s)| s == "▲")
                .unwrap_or_else(|| panic!("row {i} has no ▲:\n{all}"))
                .0
        })
        .collect();
    assert!(marks.windows(2).all(|w| w[0] == w[1]), "{marks:?}\n{all}");
    let (_, y) = find(&buffer, "山田太郎さんと");
    assert!(row_from(&buffer, y, 0).contains('…'), "cut by width\n{all}");
}

#[test]
fn wide_answers_keep_the_answer_list_aligned() {
    let mut app = in_lobby(vec![player(0, "Ann")]);
    let entries: Vec<Entry> = [("東京都", 5), ("🗼🗼", 4), ("Tokyo", 3), ("टोक्यो", 2)]
        .iter()
        .map(|(text, count)| Entry {
            text: text.to_string(),
            count: *count,
        })
        .collect();
    server(
        &mut app,
        ServerMsg::phase(PhaseView::Reveal {
            index: 0,
            total: 3,
            text: "日本の首都は？".into(),
            answers: Vec::new(),
            correct: Vec::new(),
            counts: Vec::new(),
            answered: 14,
            explanation: None,
            kind: "type_answer".into(),
            entries,
            accepted: vec!["東京".into(), "とうきょう".into()],
            slider: None,
            average: None,
            advance: None,
            next_media: None,
        }),
    );
    let buffer = render(&app, 80, 24);
    let all = dump(&buffer);
    assert!(all.contains("日本の首都は？"), "{all}");
    assert!(all.contains("東京, とうきょう"), "{all}");
    // Each entry's bar starts in the same column, so the counts line up.
    let bars: Vec<(u16, u16)> = ["東京都", "🗼🗼", "Tokyo", "टोक्यो"]
        .iter()
        .map(|t| {
            let (x, y) = find(&buffer, t);
            let bar = rows(&buffer)[y as usize]
                .iter()
                .find(|(bx, s)| *bx > x && (s == "█" || s == "░"))
                .unwrap_or_else(|| panic!("{t} has no bar:\n{all}"))
                .0;
            (x, bar)
        })
        .collect();
    assert!(
        bars.windows(2).all(|w| w[0] == w[1]),
        "labels and bars: {bars:?}\n{all}"
    );
}

#[test]
fn a_wide_nickname_in_the_kick_box_keeps_its_border() {
    let mut app = in_lobby(vec![player(0, "山田太郎さん🦊")]);
    app.on_action(Action::Kick, 0);
    let buffer = render(&app, 80, 24);
    let all = dump(&buffer);
    let (x, y) = find(&buffer, "山田太郎さん🦊");
    let rows = rows(&buffer);
    // The box's left and right borders are in the same columns on every
    // row between its corners.
    let left = rows
        .iter()
        .find_map(|r| r.iter().find(|(_, s)| s == "┌").map(|c| c.0))
        .unwrap_or_else(|| panic!("no box:\n{all}"));
    let right = rows
        .iter()
        .find_map(|r| r.iter().find(|(_, s)| s == "┐").map(|c| c.0))
        .unwrap();
    let line = &rows[y as usize];
    let at = |col: u16| line.iter().find(|(cx, _)| *cx == col).map(|c| c.1.as_str());
    assert_eq!(at(left), Some("│"), "{all}");
    assert_eq!(at(right), Some("│"), "{all}");
    assert!(x > left && x < right);
}
