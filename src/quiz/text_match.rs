//! Comparing typed answers as a speaker of the answer's language expects:
//! compatibility forms, case, whitespace and accents of Latin, Greek and
//! Cyrillic letters do not matter; kana of either syllabary match; German
//! umlauts and ß match their spelled-out forms; Arabic diacritics, tatweel
//! and letter variants are folded; an optional small typo tolerance. Also
//! the form typed text is grouped under in a reveal. docs/formats.md
//! ("Type-answer matching") describes the rules for quiz authors.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Typed text reduced to what a comparison looks at: compatibility forms
/// folded (NFKD), accents of Latin, Greek, Cyrillic, Hebrew and Arabic
/// letters dropped (the umlauts ä, ö, ü kept, see [`matches`]), lower case,
/// letter variants folded, no whitespace, recomposed (NFC) so a kana with
/// its voiced mark or a Hangul syllable is one letter again.
pub fn fold(text: &str) -> String {
    let mut kept: Vec<char> = Vec::with_capacity(text.len());
    // Whether marks after the last base letter are accents to drop: true for
    // scripts whose marks are optional accents or vowel points; false for
    // kana (voiced marks make other words: は, ば, ぱ) and scripts such as
    // Devanagari or Thai whose vowel signs are combining marks.
    let mut drop_marks = true;
    for c in text.nfkd() {
        if is_combining_mark(c) {
            if c == '\u{308}' && drop_marks {
                if let Some(last) = kept.last_mut() {
                    if let Some(u) = with_umlaut(*last) {
                        *last = u;
                        continue;
                    }
                }
            }
            if !drop_marks && !matches!(c, '\u{fe00}'..='\u{fe0f}') {
                kept.push(c);
            }
            continue;
        }
        drop_marks = accents_optional(c);
        for l in c.to_lowercase() {
            fold_letter(l, &mut kept);
        }
    }
    // ة (teh marbuta) is written ه by many at the end of a word; the word
    // boundaries are only known before whitespace goes.
    for i in 0..kept.len() {
        let word_end = kept.get(i + 1).is_none_or(|n| !n.is_alphabetic());
        if kept[i] == 'ة' && word_end {
            kept[i] = 'ه';
        }
    }
    kept.into_iter()
        .filter(|c| !c.is_whitespace())
        .nfc()
        .collect()
}

/// Whether combining marks after `base` are accents a player may leave out:
/// Latin, Greek, Cyrillic, Hebrew and Arabic letters, and non-letters such
/// as digits (a keycap) and spaces.
fn accents_optional(base: char) -> bool {
    matches!(base,
        '\0'..='\u{052f}'
        | '\u{0590}'..='\u{06ff}'
        | '\u{0750}'..='\u{077f}'
        | '\u{08a0}'..='\u{08ff}'
        | '\u{1e00}'..='\u{1fff}'
        | '\u{fb1d}'..='\u{fdff}'
        | '\u{fe70}'..='\u{feff}')
        || !base.is_alphanumeric()
}

/// Appends the folded form of one lower-case letter.
fn fold_letter(c: char, out: &mut Vec<char>) {
    let folded = match c {
        'ß' => {
            out.extend(['s', 's']);
            return;
        }
        // Greek final sigma is the same letter as σ.
        'ς' => 'σ',
        // Dotless ı: an upper-case I is ı in Turkish and i elsewhere, so all
        // four forms of i match (İ already folded to i through NFKD).
        'ı' => 'i',
        // Tatweel only stretches a word.
        'ـ' => return,
        // Alef wasla; أ إ آ lose their hamza and madda as marks.
        'ٱ' => 'ا',
        // Alef maksura, often typed for a final ي.
        'ى' => 'ي',
        // Arabic-Indic and extended (Persian, Urdu) and Devanagari digits.
        '٠'..='٩' => digit(c, '٠'),
        '۰'..='۹' => digit(c, '۰'),
        '०'..='९' => digit(c, '०'),
        // Katakana to hiragana, iteration marks included.
        'ァ'..='ヶ' | 'ヽ' | 'ヾ' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
        _ => c,
    };
    out.push(folded);
}

fn digit(c: char, zero: char) -> char {
    char::from(b'0' + (c as u32 - zero as u32) as u8)
}

/// ä, ö or ü for a, o or u, which take an umlaut.
fn with_umlaut(c: char) -> Option<char> {
    match c {
        'a' => Some('ä'),
        'o' => Some('ö'),
        'u' => Some('ü'),
        _ => None,
    }
}

/// a, o or u for ä, ö or ü.
fn umlaut_base(c: char) -> Option<char> {
    match c {
        'ä' => Some('a'),
        'ö' => Some('o'),
        'ü' => Some('u'),
        _ => None,
    }
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

/// The edits tolerated against the folded accepted answer `a`. A Han
/// ideograph or a Hangul syllable carries a whole word or syllable, so one
/// edit in a short answer of them is another word: answers holding them get
/// none under 6 characters and 1 from 6.
fn tolerance_for(a: &[char]) -> usize {
    if a.iter().copied().any(is_ideographic) {
        usize::from(a.len() >= 6)
    } else {
        tolerated_edits(a.len())
    }
}

fn is_ideographic(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{9fff}'
        | '\u{ac00}'..='\u{d7af}'
        | '\u{f900}'..='\u{faff}'
        | '\u{20000}'..='\u{3ffff}')
}

/// Whether `typed` matches `accepted`: their folds are equal, where an
/// umlaut on either side also matches its plain vowel or the vowel and an
/// e (ü, u, ue); with typo tolerance, within the edits tolerated.
pub fn matches(accepted: &str, typed: &str, typo_tolerance: bool) -> bool {
    let (a, t) = (fold(accepted), fold(typed));
    if a.is_empty() || t.is_empty() {
        return false;
    }
    if a == t {
        return true;
    }
    let a: Vec<char> = a.chars().collect();
    let t: Vec<char> = t.chars().collect();
    let allowed = if typo_tolerance { tolerance_for(&a) } else { 0 };
    // Spelling out umlauts can only make a side longer by one per umlaut.
    let umlauts = a.iter().chain(&t).filter(|c| umlaut_base(**c).is_some());
    let umlauts = umlauts.count();
    // Unequal folds with nothing to tolerate never match: skip the table.
    if allowed + umlauts == 0 || a.len().abs_diff(t.len()) > allowed + umlauts {
        return false;
    }
    edit_distance(&a, &t) <= allowed
}

/// Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`:
/// the optimal string alignment distance, where an umlaut costs nothing
/// against its plain vowel or against that vowel followed by e.
pub fn edit_distance(a: &[char], b: &[char]) -> usize {
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for i in 0..=a.len() {
        d[i * w] = i;
    }
    for (j, cell) in d.iter_mut().enumerate().take(w) {
        *cell = j;
    }
    let plain = |c: char| umlaut_base(c).unwrap_or(c);
    // Whether `u` is an umlaut spelled out as the two letters `x` `y`.
    let spelled = |u: char, x: char, y: char| umlaut_base(u) == Some(x) && y == 'e';
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(plain(a[i - 1]) != plain(b[j - 1]));
            let mut best = (d[(i - 1) * w + j] + 1)
                .min(d[i * w + j - 1] + 1)
                .min(d[(i - 1) * w + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[(i - 2) * w + j - 2] + 1);
            }
            if j > 1 && spelled(a[i - 1], b[j - 2], b[j - 1]) {
                best = best.min(d[(i - 1) * w + j - 2]);
            }
            if i > 1 && spelled(b[j - 1], a[i - 2], a[i - 1]) {
                best = best.min(d[(i - 2) * w + j - 1]);
            }
            d[i * w + j] = best;
        }
    }
    d[a.len() * w + b.len()]
}

/// How typed text is shown and grouped in a reveal: compatibility forms
/// folded (NFKC: full-width letters and digits as ASCII, half-width katakana
/// as full-width), trimmed, inner whitespace collapsed to one space, lower
/// case. Texts grouped together always fold alike, so a group is judged as
/// one answer.
pub fn display_form(text: &str) -> String {
    let text: String = text.nfkc().collect();
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests;
