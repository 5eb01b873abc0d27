//! Comparing typed answers: case-, accent- and whitespace-insensitive, with
//! an optional small typo tolerance, and the form typed text is grouped
//! under in a reveal.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Typed text reduced to what a comparison looks at: compatibility forms
/// folded (NFKD), accents dropped, lower case, no whitespace.
pub fn fold(text: &str) -> String {
    text.nfkd()
        .filter(|c| !is_combining_mark(*c) && !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The edits tolerated against an accepted answer of `len` folded letters
/// when typo tolerance is on: none under 4 letters, 1 from 4, 2 from 9.
pub fn tolerated_edits(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=8 => 1,
        _ => 2,
    }
}

/// Whether `typed` matches `accepted`.
pub fn matches(accepted: &str, typed: &str, typo_tolerance: bool) -> bool {
    let (a, t) = (fold(accepted), fold(typed));
    if a.is_empty() || t.is_empty() {
        return false;
    }
    if a == t {
        return true;
    }
    if !typo_tolerance {
        return false;
    }
    let a: Vec<char> = a.chars().collect();
    let t: Vec<char> = t.chars().collect();
    let allowed = tolerated_edits(a.len());
    allowed > 0 && a.len().abs_diff(t.len()) <= allowed && edit_distance(&a, &t) <= allowed
}

/// Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`:
/// the optimal string alignment distance.
pub fn edit_distance(a: &[char], b: &[char]) -> usize {
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for i in 0..=a.len() {
        d[i * w] = i;
    }
    for (j, cell) in d.iter_mut().enumerate().take(w) {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[(i - 1) * w + j] + 1)
                .min(d[i * w + j - 1] + 1)
                .min(d[(i - 1) * w + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[(i - 2) * w + j - 2] + 1);
            }
            d[i * w + j] = best;
        }
    }
    d[a.len() * w + b.len()]
}

/// How typed text is shown and grouped in a reveal: trimmed, inner
/// whitespace collapsed to one space, lower case.
pub fn display_form(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_accents_and_whitespace_do_not_matter() {
        assert!(matches("Zürich", "zurich", false));
        assert!(matches("São Paulo", "  SAO   PAULO ", false));
        assert!(matches("New York", "newyork", false));
        assert!(matches("ﬁre", "fire", false)); // ligature folds
        assert!(!matches("Paris", "Pariss", false));
    }

    #[test]
    fn typo_tolerance_depends_on_length() {
        assert!(matches("Paris", "Pariss", true)); // 5 letters: 1 edit
        assert!(matches("Paris", "Prais", true)); // a swap is one edit
        assert!(!matches("Paris", "Prias", true)); // two edits
        assert!(!matches("Rome", "Roma", false));
        assert!(matches("Rome", "Roma", true)); // 4 letters: 1 edit
        assert!(!matches("Oslo", "Olso1", true));
        assert!(!matches("Ra", "Re", true)); // under 4 letters: exact only
        assert!(matches("Copenhagen", "Copenhagn", true));
        assert!(matches("Copenhagen", "Kopenhagn", true)); // 10 letters: 2 edits
        assert!(!matches("Copenhagen", "Kopenhgn", true));
    }

    #[test]
    fn empty_text_never_matches() {
        assert!(!matches("Paris", "", true));
        assert!(!matches("Paris", "   ", true));
        assert!(!matches("", "", true));
    }

    #[test]
    fn display_form_groups_equal_answers() {
        assert_eq!(display_form("  Ice   Cream "), "ice cream");
        assert_eq!(display_form("ICE CREAM"), display_form("ice  cream"));
    }
}
