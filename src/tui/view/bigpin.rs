//! The game PIN in large digits built from block characters, readable from
//! the back of a room. Drawn by hand: a 3×5 pixel font is a dozen lines and
//! needs no figlet crate or font file.

/// Rows of each digit, 3 pixels wide and 5 high.
const FONT: [[&str; 5]; 10] = [
    ["███", "█ █", "█ █", "█ █", "███"],
    ["██ ", " █ ", " █ ", " █ ", "███"],
    ["███", "  █", "███", "█  ", "███"],
    ["███", "  █", "███", "  █", "███"],
    ["█ █", "█ █", "███", "  █", "  █"],
    ["███", "█  ", "███", "  █", "███"],
    ["███", "█  ", "███", "█ █", "███"],
    ["███", "  █", "  █", "  █", "  █"],
    ["███", "█ █", "███", "█ █", "███"],
    ["███", "█ █", "███", "  █", "███"],
];

/// Height of the big digits in rows.
pub const HEIGHT: u16 = 5;

/// Columns the PIN takes: each pixel is `scale` cells wide, digits one apart.
pub fn width(pin: &str, scale: usize) -> usize {
    let n = pin.chars().filter(char::is_ascii_digit).count();
    if n == 0 {
        0
    } else {
        n * 3 * scale + (n - 1)
    }
}

/// The PIN as `HEIGHT` lines; non-digits are skipped.
pub fn lines(pin: &str, scale: usize) -> Vec<String> {
    let digits: Vec<usize> = pin
        .chars()
        .filter_map(|c| c.to_digit(10).map(|d| d as usize))
        .collect();
    (0..HEIGHT as usize)
        .map(|row| {
            digits
                .iter()
                .map(|&d| {
                    FONT[d][row]
                        .chars()
                        .flat_map(|c| std::iter::repeat_n(c, scale))
                        .collect::<String>()
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_are_drawn_side_by_side_at_both_scales() {
        let small = lines("17", 1);
        assert_eq!(
            small,
            ["██  ███", " █    █", " █    █", " █    █", "███   █"]
        );
        assert_eq!(small[0].chars().count(), width("17", 1));
        let wide = lines("482913", 2);
        assert_eq!(wide.len(), 5);
        assert!(wide.iter().all(|l| l.chars().count() == width("482913", 2)));
        assert_eq!(width("482913", 2), 41);
        assert_eq!(&wide[0][..], "██  ██ ██████ ██████ ██████ ████   ██████");
    }
}
