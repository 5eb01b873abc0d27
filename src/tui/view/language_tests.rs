//! The dashboard drawn in Japanese and in Arabic into a `TestBackend`:
//! the lobby with Japanese nicknames, an open question, the leaderboard,
//! the podium and the help box keep their layout (columns where English
//! puts them, right-aligned scores, whole borders, a QR code in one piece)
//! with texts of other widths and scripts, and numbers in the language's
//! digits where the language writes them so.

use super::wide_tests::{dump, find, render, row_from, rows, server};
use crate::i18n;
use crate::protocol::{PhaseView, ServerMsg, Standing};
use crate::tui::state::tests::{answering, in_lobby, player};
use crate::tui::state::{Action, App};
use crate::tui::text::{speak, tr};
use crate::tui::view::columns::columns;

const JAPANESE: [&str; 4] = ["山田太郎", "佐藤はなこ", "鈴木一郎さん", "たなか"];

fn standings(names: &[&str]) -> Vec<Standing> {
    names
        .iter()
        .enumerate()
        .map(|(i, n)| Standing {
            rank: i as u32 + 1,
            player: i as u32,
            nickname: n.to_string(),
            score: 4_215 - 1_100 * i as u64,
            previous_rank: Some(names.len() as u32 - i as u32),
        })
        .collect()
}

/// Every drawn row is exactly the terminal's width: nothing spills over
/// or leaves a wide character half drawn.
fn assert_rows_fit(buffer: &ratatui::buffer::Buffer) {
    let width = buffer.area.width as usize;
    for (y, row) in rows(buffer).iter().enumerate() {
        let used: usize = row.iter().map(|(_, s)| columns(s).max(1)).sum();
        assert_eq!(used, width, "row {y}:\n{}", dump(buffer));
    }
}

fn japanese_game() -> App {
    in_lobby(
        JAPANESE
            .iter()
            .enumerate()
            .map(|(i, n)| player(i as u32, n))
            .collect(),
    )
}

#[test]
fn the_lobby_in_japanese_keeps_its_columns_pin_and_qr_code() {
    let _ja = speak(i18n::language("ja").unwrap());
    let app = japanese_game();
    let buffer = render(&app, 140, 30);
    let all = dump(&buffer);
    assert_rows_fit(&buffer);
    for text in [
        "参加先",
        "ゲーム PIN",
        "プレイヤー(4)",
        "参加: 受付中",
        "PIN 482913",
    ] {
        find(&buffer, text);
    }
    // The nicknames start in the lobby's 23-column cells, as Latin ones do.
    for name in JAPANESE {
        let (x, _) = find(&buffer, name);
        assert_eq!((x - 2) % 23, 0, "{name} starts at {x}:\n{all}");
    }
    // The QR code is whole and flush right.
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
    assert!(qr.windows(2).all(|w| w[0] == w[1]), "{qr:?}\n{all}");
    assert_eq!(qr[0].1, 139, "{all}");
    // The footer's hints are Japanese, each whole.
    let (_, footer) = find(&buffer, "開始");
    assert_eq!(footer, 29, "{all}");
    let hints = row_from(&buffer, footer, 0);
    assert!(
        hints.contains("退出") && hints.contains("ヘルプ"),
        "{hints}"
    );
}

#[test]
fn a_question_in_japanese_counts_down_and_counts_answers() {
    let _ja = speak(i18n::language("ja").unwrap());
    let mut app = japanese_game();
    app.on_net(
        crate::tui::connection::NetEvent::Clock { offset_ms: 2_000 },
        0,
    );
    server(&mut app, ServerMsg::phase(answering(2, 100_000)));
    server(
        &mut app,
        ServerMsg::AnswerCount {
            index: 2,
            answered: 3,
            players: 4,
        },
    );
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
    terminal
        .draw(|frame| super::draw(frame, &app, &super::Theme { color: false }, 88_000))
        .unwrap();
    let buffer = terminal.backend().buffer().clone();
    let all = dump(&buffer);
    assert_rows_fit(&buffer);
    find(&buffer, "第3問 / 全12問");
    find(&buffer, "択一");
    find(&buffer, "1000点");
    let (_, y) = find(&buffer, "残り");
    let bar = row_from(&buffer, y, 0);
    assert!(bar.contains("残り 10秒"), "{bar}");
    assert_eq!(bar.matches('█').count(), bar.matches('░').count(), "{all}");
    let (_, y) = find(&buffer, "回答済み");
    assert!(row_from(&buffer, y, 0).contains("3/4"), "{all}");
}

#[test]
fn the_standings_in_japanese_keep_names_scores_and_changes_in_columns() {
    let _ja = speak(i18n::language("ja").unwrap());
    let mut app = japanese_game();
    let top = standings(&JAPANESE);
    server(
        &mut app,
        ServerMsg::phase(PhaseView::Leaderboard {
            index: 1,
            total: 12,
            top: top.clone(),
            teams: Vec::new(),
            advance: None,
            next_media: None,
        }),
    );
    let buffer = render(&app, 80, 24);
    let all = dump(&buffer);
    assert_rows_fit(&buffer);
    find(&buffer, "第2問終了時のランキング(全12問)");
    let name_x: Vec<u16> = JAPANESE.iter().map(|n| find(&buffer, n).0).collect();
    assert!(name_x.windows(2).all(|w| w[0] == w[1]), "{name_x:?}\n{all}");
    let ends: Vec<u16> = top
        .iter()
        .map(|s| {
            let score = s.score.to_string();
            find(&buffer, &score).0 + score.len() as u16
        })
        .collect();
    assert!(ends.windows(2).all(|w| w[0] == w[1]), "{ends:?}\n{all}");
    let (x, y) = find(&buffer, "1位");
    assert!(row_from(&buffer, y, x).contains("山田太郎"), "{all}");

    server(
        &mut app,
        ServerMsg::phase(PhaseView::Podium {
            top,
            teams: Vec::new(),
        }),
    );
    let buffer = render(&app, 80, 24);
    assert_rows_fit(&buffer);
    let (x, y) = find(&buffer, "優勝:");
    assert!(
        row_from(&buffer, y, x).contains("山田太郎") && row_from(&buffer, y, x).contains("4215点"),
        "{}",
        dump(&buffer)
    );
    find(&buffer, "1位 · 4215");
}

#[test]
fn the_help_box_in_japanese_wraps_inside_its_border() {
    let _ja = speak(i18n::language("ja").unwrap());
    let mut app = japanese_game();
    app.on_action(Action::Help, 0);
    for width in [80, 64] {
        let buffer = render(&app, width, 30);
        let all = dump(&buffer);
        assert_rows_fit(&buffer);
        let (left, top) = find(&buffer, "┌");
        let right = rows(&buffer)[top as usize]
            .iter()
            .filter(|(_, s)| s == "┐")
            .map(|(x, _)| *x)
            .next()
            .unwrap_or_else(|| panic!("no top-right corner:\n{all}"));
        let (_, bottom) = find(&buffer, "└");
        // Every row of the box has both sides where the corners are.
        for y in top + 1..bottom {
            let row = &rows(&buffer)[y as usize];
            for side in [left, right] {
                assert!(
                    row.iter().any(|(x, s)| *x == side && s == "│"),
                    "row {y} lost its border at {side}:\n{all}"
                );
            }
        }
        for text in [" キー ", "このヘルプ", "終了(ゲーム中は確認あり)"] {
            assert!(all.contains(text), "{text}\n{all}");
        }
    }
}

#[test]
fn the_dashboard_in_arabic_writes_counts_and_scores_in_arabic_digits() {
    let _ar = speak(i18n::language("ar").unwrap());
    let names = ["ليلى", "山田太郎", "Ann"];
    let mut app = in_lobby(
        names
            .iter()
            .enumerate()
            .map(|(i, n)| player(i as u32, n))
            .collect(),
    );
    let buffer = render(&app, 100, 30);
    assert_rows_fit(&buffer);
    find(&buffer, "اللاعبون (٣)");
    // The PIN is typed on phones: it stays in ASCII digits.
    find(&buffer, "PIN 482913");
    for name in names {
        let (x, _) = find(&buffer, name);
        assert_eq!((x - 2) % 23, 0, "{name}:\n{}", dump(&buffer));
    }

    server(&mut app, ServerMsg::phase(answering(0, 10_000)));
    let buffer = render(&app, 80, 24);
    assert_rows_fit(&buffer);
    find(&buffer, "السؤال ١ من ١٢");
    find(&buffer, "١٠٠٠ نقطة");

    let top = standings(&names);
    server(
        &mut app,
        ServerMsg::phase(PhaseView::Leaderboard {
            index: 0,
            total: 12,
            top: top.clone(),
            teams: Vec::new(),
            advance: None,
            next_media: None,
        }),
    );
    let buffer = render(&app, 80, 24);
    let all = dump(&buffer);
    assert_rows_fit(&buffer);
    let ends: Vec<u16> = top
        .iter()
        .map(|s| {
            let score = tr("podium-points", &[("count", s.score.into())]);
            let digits = score.split(' ').next().unwrap().to_string();
            let (x, _) = find(&buffer, &digits);
            x + digits.chars().count() as u16
        })
        .collect();
    assert!(ends.windows(2).all(|w| w[0] == w[1]), "{ends:?}\n{all}");
    let (x, y) = find(&buffer, "٤٢١٥");
    assert!(row_from(&buffer, 0, 0).contains("PIN 482913"), "{all}");
    assert!(row_from(&buffer, y, 0)[..].contains("ليلى"), "{x}\n{all}");
    find(&buffer, "المركز ١");
}

#[test]
fn a_confirmation_grows_to_show_a_long_question_and_its_whole_consequence() {
    let _de = speak(i18n::language("de").unwrap());
    let mut app = japanese_game();
    // A long Japanese nickname in a German question: two lines, and the
    // consequence two more.
    app.overlay = Some(crate::tui::state::Overlay::ConfirmKick {
        player: 0,
        nickname: "山田太郎さんと仲間たちの会議室です".into(),
    });
    let buffer = render(&app, 80, 24);
    let all = dump(&buffer);
    assert_rows_fit(&buffer);
    let (left, top) = find(&buffer, "┌");
    let (x1, y1) = find(&buffer, "山田太郎さんと");
    let (_, y2) = find(&buffer, "entfernen?");
    let (x3, y3) = find(&buffer, "Die Verbindung wird getrennt;");
    let (_, y4) = find(&buffer, "zurück.");
    assert!(x1 > left && x3 > left && top < y1, "{all}");
    assert!(y1 < y2 && y2 < y3 && y3 < y4, "{all}");
    // The keys still show, above the bottom border.
    let (_, keys) = find(&buffer, "y ja");
    find(&buffer, "n nein");
    let (_, bottom) = find(&buffer, "└");
    assert!(y4 < keys && keys < bottom, "{all}");
}
