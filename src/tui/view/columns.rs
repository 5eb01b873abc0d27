//! Text measured in terminal columns, the way ratatui lays it out: one
//! grapheme at a time, each as wide as unicode-width says (two for CJK and
//! most emoji, none for combining marks). Counting chars or bytes instead
//! cuts "山田太郎さん" at twice its room and misaligns every column after it.
//! Pads and cuts only; colours and layout stay with the screens.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// How many terminal columns `text` takes.
pub fn columns(text: &str) -> usize {
    text.graphemes(true).map(UnicodeWidthStr::width).sum()
}

/// `text` cut to at most `width` columns, with an ellipsis when cut. Cuts
/// between graphemes, so an accent, a ZWJ emoji or a Devanagari conjunct is
/// never split.
pub fn fit(text: &str, width: usize) -> String {
    if columns(text) <= width {
        return text.to_string();
    }
    let room = width.saturating_sub(1);
    let mut cut = String::new();
    let mut used = 0;
    for g in text.graphemes(true) {
        let w = g.width();
        if used + w > room {
            break;
        }
        used += w;
        cut.push_str(g);
    }
    if width > 0 {
        cut.push('…');
    }
    cut
}

/// `text` cut to `width` columns and padded with spaces on the right to
/// exactly `width` (a wide character that would straddle the edge leaves
/// a space instead).
pub fn pad(text: &str, width: usize) -> String {
    let mut cell = fit(text, width);
    let used = columns(&cell);
    cell.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    cell
}

/// `text` cut to `width` columns and padded on the left, for numbers and
/// other right-aligned columns.
pub fn pad_left(text: &str, width: usize) -> String {
    let cell = fit(text, width);
    let used = columns(&cell);
    format!("{}{cell}", " ".repeat(width.saturating_sub(used)))
}

/// `text` in lines of at most `width` columns: broken at spaces where it
/// has them, else between graphemes (Japanese and Chinese have no spaces).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(2);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in text.split_word_bounds() {
        let w = columns(word);
        if used + w > width && !line.is_empty() {
            lines.push(line.trim_end().to_string());
            line = String::new();
            used = 0;
            if word.trim().is_empty() {
                continue;
            }
        }
        if w > width {
            // A word longer than a line: as many graphemes as fit, each line.
            for g in word.graphemes(true) {
                let gw = columns(g);
                if used + gw > width {
                    lines.push(std::mem::take(&mut line));
                    used = 0;
                }
                line.push_str(g);
                used += gw;
            }
            continue;
        }
        line.push_str(word);
        used += w;
    }
    if !line.trim().is_empty() || lines.is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// `text` cut to `width` columns and centred in exactly `width`; an odd
/// space left over goes on the right, as `format!("{:^w$}")` does.
pub fn center(text: &str, width: usize) -> String {
    let cell = fit(text, width);
    let spare = width.saturating_sub(columns(&cell));
    format!(
        "{}{cell}{}",
        " ".repeat(spare / 2),
        " ".repeat(spare - spare / 2)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_scripts_are_measured_in_terminal_columns() {
        assert_eq!(columns("Ann"), 3);
        assert_eq!(columns("山田太郎さん"), 12);
        assert_eq!(columns("🦊 Fox"), 6);
        // Devanagari: the virama and vowel signs take no column of their own.
        assert_eq!(columns("नमस्ते"), 4);
        assert_eq!(columns("مرحبا"), 5);
        assert_eq!(columns("é"), 1, "e and a combining acute");
    }

    #[test]
    fn cutting_and_padding_keep_to_the_columns_given() {
        assert_eq!(fit("山田太郎さん", 12), "山田太郎さん");
        assert_eq!(fit("山田太郎さん", 7), "山田太…");
        assert_eq!(
            fit("山田太郎さん", 8),
            "山田太…",
            "no half of 郎 at the edge"
        );
        assert_eq!(fit("Annabelle", 5), "Anna…");
        // "स्ते" is one grapheme (a conjunct) two columns wide: kept whole.
        assert_eq!(fit("नमस्ते दुनिया", 4), "नम…");
        assert_eq!(fit("abc", 0), "");
        for width in 0..16 {
            for text in ["山田太郎さん", "🦊🦊🦊 fox", "नमस्ते", "Zoë", "مرحبا بكم"]
            {
                assert!(columns(&fit(text, width)) <= width, "{text} in {width}");
                assert_eq!(columns(&pad(text, width)), width, "{text} in {width}");
                assert_eq!(columns(&pad_left(text, width)), width, "{text}");
                assert_eq!(columns(&center(text, width)), width, "{text}");
            }
        }
        assert_eq!(pad("山田", 6), "山田  ");
        assert_eq!(pad_left("12", 4), "  12");
        assert_eq!(center("山", 5), " 山  ");
        assert_eq!(
            wrap("skip the question now", 10),
            ["skip the", "question", "now"]
        );
        let japanese = wrap("問題をスキップして正解を表示します", 10);
        assert!(japanese.len() > 1, "{japanese:?}");
        assert!(japanese.iter().all(|l| columns(l) <= 10), "{japanese:?}");
        assert_eq!(japanese.concat(), "問題をスキップして正解を表示します");
    }
}
