//! A join link as a QR code drawn with Unicode half blocks, for the
//! dashboard's lobby and `quizbox serve`'s banner: the module matrix comes
//! from the `qrcode` crate, and each character shows two rows of modules
//! (▀ ▄ █ or space). Light modules are ink, so on the usual dark terminal
//! ground the code reads dark-on-light with a light quiet zone. It draws
//! text only; where it goes and in which colours is the caller's.

use qrcode::{Color, EcLevel, QrCode};

/// Light modules around the code. The standard asks for 4; 2 is what phone
/// scanners need in practice and saves terminal rows.
pub const QUIET: usize = 2;

/// The module matrix with its quiet zone; `true` is a light module.
pub fn matrix(text: &str) -> Option<Vec<Vec<bool>>> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let size = width + 2 * QUIET;
    Some(
        (0..size)
            .map(|y| {
                (0..size)
                    .map(|x| {
                        let inside = (QUIET..QUIET + width).contains(&x)
                            && (QUIET..QUIET + width).contains(&y);
                        !inside || colors[(y - QUIET) * width + (x - QUIET)] == Color::Light
                    })
                    .collect()
            })
            .collect(),
    )
}

/// Two matrix rows per line of text.
pub fn lines(matrix: &[Vec<bool>]) -> Vec<String> {
    matrix
        .chunks(2)
        .map(|pair| {
            let top = &pair[0];
            let bottom = pair.get(1);
            top.iter()
                .enumerate()
                .map(|(x, &up)| {
                    let down = bottom.is_some_and(|row| row[x]);
                    match (up, down) {
                        (true, true) => '█',
                        (true, false) => '▀',
                        (false, true) => '▄',
                        (false, false) => ' ',
                    }
                })
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_has_a_light_quiet_zone_and_finder_patterns() {
        let m = matrix("http://192.168.1.20:8080/join/482913").unwrap();
        let size = m.len();
        assert_eq!(size, 29 + 2 * QUIET, "version 3 for a join link");
        assert!(m.iter().all(|row| row.len() == size));
        // Quiet zone: the outer rows and columns are all light.
        for q in 0..QUIET {
            assert!(m[q].iter().all(|&light| light), "top row {q}");
            assert!(m[size - 1 - q].iter().all(|&light| light), "bottom row {q}");
            assert!(
                m.iter().all(|row| row[q] && row[size - 1 - q]),
                "side column {q}"
            );
        }
        // Top-left finder: dark ring, light ring, dark 3×3 core.
        let at = |x: usize, y: usize| m[QUIET + y][QUIET + x];
        assert!(!at(0, 0) && !at(6, 0) && !at(0, 6) && !at(6, 6));
        assert!(at(1, 1) && at(5, 1) && at(1, 5));
        assert!(!at(2, 2) && !at(3, 3) && !at(4, 4));
    }

    #[test]
    fn half_blocks_pack_two_rows_per_line() {
        let m = vec![
            vec![true, true, false, false],
            vec![true, false, true, false],
            vec![false, true, true, false],
        ];
        assert_eq!(lines(&m), ["█▀▄ ", " ▀▀ "]);
        let full = matrix("x").unwrap();
        let text = lines(&full);
        assert_eq!(text.len(), full.len().div_ceil(2));
        assert!(text[0].chars().all(|c| c == '█'), "quiet zone on top");
    }

    #[test]
    fn every_module_is_the_qrcode_crates_and_every_line_shows_two_rows() {
        let url = "http://192.168.1.20:8080/";
        let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::L).unwrap();
        let width = code.width();
        let colors = code.to_colors();
        let m = matrix(url).unwrap();
        assert_eq!(m.len(), width + 2 * QUIET);
        for y in 0..width {
            for x in 0..width {
                assert_eq!(
                    m[QUIET + y][QUIET + x],
                    colors[y * width + x] == Color::Light,
                    "module ({x}, {y})"
                );
            }
        }
        // Read the half blocks back into rows: the same matrix.
        let text = lines(&m);
        assert_eq!(text.len(), m.len().div_ceil(2));
        for (i, line) in text.iter().enumerate() {
            assert_eq!(line.chars().count(), m.len(), "line {i}");
            for (x, c) in line.chars().enumerate() {
                let (up, down) = match c {
                    '█' => (true, true),
                    '▀' => (true, false),
                    '▄' => (false, true),
                    ' ' => (false, false),
                    other => panic!("{other:?} in line {i}"),
                };
                assert_eq!(up, m[2 * i][x], "({x}, {})", 2 * i);
                if let Some(row) = m.get(2 * i + 1) {
                    assert_eq!(down, row[x], "({x}, {})", 2 * i + 1);
                }
            }
        }
        assert!(
            matrix(&"x".repeat(8000)).is_none(),
            "too long for any QR code"
        );
    }
}
