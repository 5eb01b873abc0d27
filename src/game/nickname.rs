//! Nickname rules: what a player may call themselves in a game. Pure text
//! rules, no IO: the list of blocked words and the limit on marks come in
//! from the caller (the server reads them from its settings and hands them
//! over in `GameOptions`).
//!
//! A nickname is NFKC-normalized first, so look-alike compatibility forms
//! (full-width letters, ligatures, circled digits) become the plain
//! characters they stand for before any other rule sees them. It must show
//! something: invisible characters, blank-looking letters and piles of
//! combining marks are refused, and two names that look alike (Unicode's
//! confusable skeleton, UTS #39) cannot play in one game. Nicknames are
//! always data: pages render them as text, never as HTML.

use unicode_normalization::UnicodeNormalization;
use unicode_properties::emoji::{is_emoji_presentation_selector, is_zwj, UnicodeEmoji};
use unicode_properties::general_category::{
    GeneralCategory, GeneralCategoryGroup, UnicodeGeneralCategory,
};

/// Longest nickname, in characters.
pub const MAX_CHARS: usize = 20;

/// Combining marks allowed on one letter unless the server says otherwise
/// (Thai and Arabic use two; Zalgo text piles up dozens).
pub const DEFAULT_MARKS_PER_LETTER: u8 = 2;

/// Whether `c` is in Unicode's Default_Ignorable_Code_Point set: characters
/// that fonts draw as nothing (joiners, variation selectors, tag
/// characters, Hangul fillers, the Khmer inherent vowels, ...).
/// unicode-security keeps its table of them to itself, but its skeleton is
/// defined to drop exactly these, so a character whose skeleton is empty is
/// one of them.
fn is_default_ignorable(c: char) -> bool {
    let mut one = [0; 4];
    let empty = unicode_security::skeleton(c.encode_utf8(&mut one))
        .next()
        .is_none();
    empty
}

/// Characters drawn as an empty cell though they are not in the ignorable
/// set nor whitespace: the blank Braille pattern.
fn is_blank_looking(c: char) -> bool {
    c == '\u{2800}'
}

/// A nonspacing or enclosing mark: drawn on the character before it.
fn is_stacking_mark(c: char) -> bool {
    matches!(
        c.general_category(),
        GeneralCategory::NonspacingMark | GeneralCategory::EnclosingMark
    )
}

/// Something a reader sees: a letter, digit, punctuation or symbol that
/// is not blank-looking.
fn is_visible_base(c: char) -> bool {
    matches!(
        c.general_category_group(),
        GeneralCategoryGroup::Letter
            | GeneralCategoryGroup::Number
            | GeneralCategoryGroup::Punctuation
            | GeneralCategoryGroup::Symbol
    ) && !c.is_whitespace()
        && !is_default_ignorable(c)
        && !is_blank_looking(c)
}

/// An emoji other than the ASCII digits, `#` and `*` (which are emoji too,
/// for keycaps).
fn is_emoji(c: char) -> bool {
    c.is_emoji_char() && !c.is_ascii()
}

/// Refuses invisible and formatting characters (General_Category Cf and
/// the Default_Ignorable_Code_Point set). Emoji sequences keep what they
/// need: U+FE0F right after an emoji, and a zero-width joiner between two
/// emoji (a skin tone or U+FE0F may come between).
fn check_invisible(chars: &[char]) -> Result<(), String> {
    for (i, &c) in chars.iter().enumerate() {
        let ignorable = c.general_category() == GeneralCategory::Format || is_default_ignorable(c);
        if !ignorable {
            continue;
        }
        let before = i.checked_sub(1).map(|b| chars[b]);
        let after = chars.get(i + 1).copied();
        let in_emoji = if is_emoji_presentation_selector(c) {
            before.is_some_and(|b| b.is_emoji_char())
        } else if is_zwj(c) {
            before.is_some_and(|b| {
                is_emoji(b) || b.is_emoji_component() && !b.is_ascii() || b == '\u{FE0F}'
            }) && after.is_some_and(is_emoji)
        } else {
            false
        };
        if !in_emoji {
            return Err(format!(
                "nicknames cannot contain invisible or formatting characters (U+{:04X})",
                c as u32
            ));
        }
    }
    Ok(())
}

/// Refuses a combining mark with nothing to sit on (at the start or after
/// a space) and more than `most` stacked on one character (Zalgo text).
/// Marks are counted decomposed, so an accented letter counts its accent.
fn check_marks(name: &str, most: u8) -> Result<(), String> {
    let mut on_base = false;
    let mut stacked = 0u32;
    for c in name.nfd() {
        if is_stacking_mark(c) || c.general_category() == GeneralCategory::SpacingMark {
            if !on_base {
                return Err("an accent or mark needs a letter before it".into());
            }
            if is_stacking_mark(c) {
                stacked += 1;
                if stacked > u32::from(most) {
                    return Err(format!("at most {most} accents or marks on one letter"));
                }
            }
        } else if is_default_ignorable(c) {
            // An emoji's variation selector or joiner: neither a base nor a mark.
        } else {
            on_base = !c.is_whitespace();
            stacked = 0;
        }
    }
    Ok(())
}

/// NFKC-normalizes, trims and collapses inner whitespace, and nothing
/// else: the form of a name accepted under earlier rules.
pub fn fold(raw: &str) -> String {
    let folded: String = raw.nfkc().collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// NFKC-normalizes, trims and collapses inner whitespace; refuses empty,
/// over-long, control-character, invisible-formatting and blank-looking
/// names and names with more than `marks_per_letter` combining marks on a
/// letter, with a message fit to show the player.
pub fn normalize(raw: &str, marks_per_letter: u8) -> Result<String, String> {
    let folded: String = raw.nfkc().collect();
    if folded.chars().any(|c| c.is_control()) {
        return Err("nicknames cannot contain control characters".into());
    }
    let chars: Vec<char> = folded.chars().collect();
    check_invisible(&chars)?;
    let name = folded.split_whitespace().collect::<Vec<_>>().join(" ");
    let chars: Vec<char> = name.chars().collect();
    if chars.is_empty() {
        return Err("enter a nickname".into());
    }
    if chars.len() > MAX_CHARS {
        return Err(format!(
            "nicknames can be at most {MAX_CHARS} characters (this one has {})",
            chars.len()
        ));
    }
    if !chars.iter().any(|&c| is_visible_base(c)) {
        return Err("nicknames need at least one visible letter, digit or symbol".into());
    }
    check_marks(&name, marks_per_letter)?;
    Ok(name)
}

/// The form nicknames are compared in to tell whether one is taken: the
/// UTS #39 confusable skeleton, ignoring case. "Ann", "ANN", "Аnn" (with a
/// Cyrillic А) and "Ann" with a joiner appended all look alike and share it.
pub fn look_alike(nickname: &str) -> String {
    let lower = nickname.to_lowercase();
    unicode_security::skeleton(&lower)
        .collect::<String>()
        .to_lowercase()
}

/// The form blocked words are compared in: NFKC, lower case, letters and
/// digits only. "B.a d", "ＢＡＤ" and "bad" all become "bad".
pub fn skeleton(text: &str) -> String {
    text.nfkc()
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Refuses a nickname (already normalized) whose skeleton contains the
/// skeleton of any blocked word. `blocked` holds skeletons (see `skeleton`);
/// empty entries are ignored.
pub fn check_blocked(nickname: &str, blocked: &[String]) -> Result<(), String> {
    if blocked.is_empty() {
        return Ok(());
    }
    let name = skeleton(nickname);
    if blocked
        .iter()
        .any(|word| !word.is_empty() && name.contains(word.as_str()))
    {
        return Err("that nickname is not allowed here; choose another".into());
    }
    Ok(())
}

const ADJECTIVES: [&str; 32] = [
    "Brave", "Clever", "Cosmic", "Daring", "Eager", "Fancy", "Fuzzy", "Gentle", "Giddy", "Happy",
    "Jolly", "Kind", "Lucky", "Mellow", "Mighty", "Nimble", "Noble", "Plucky", "Quick", "Quiet",
    "Rapid", "Shiny", "Silly", "Sleepy", "Snappy", "Sunny", "Swift", "Tiny", "Witty", "Zany",
    "Zesty", "Bold",
];

const ANIMALS: [&str; 32] = [
    "Otter", "Panda", "Falcon", "Koala", "Tiger", "Badger", "Beaver", "Bison", "Camel", "Cobra",
    "Dingo", "Eagle", "Ferret", "Gecko", "Heron", "Hippo", "Ibis", "Jaguar", "Lemur", "Llama",
    "Lynx", "Moose", "Narwhal", "Newt", "Owl", "Parrot", "Puffin", "Quokka", "Raven", "Seal",
    "Walrus", "Yak",
];

/// A Kahoot-style friendly nickname ("Brave Otter") for the `n`-th player of
/// a game whose draw is `seed`. The first 1,024 players of a game get
/// distinct names; later ones get a number after the name.
pub fn generated(seed: u64, n: u32) -> String {
    let combos = (ADJECTIVES.len() * ANIMALS.len()) as u64;
    // An odd stride visits every combination once before repeating.
    let stride = ((seed | 1) % combos) | 1;
    let k = (seed.rotate_left(17) + u64::from(n) * stride) % combos;
    let name = format!(
        "{} {}",
        ADJECTIVES[(k / ANIMALS.len() as u64) as usize],
        ANIMALS[(k % ANIMALS.len() as u64) as usize]
    );
    match u64::from(n) / combos {
        0 => name,
        round => format!("{name} {}", round + 1),
    }
}

#[cfg(test)]
mod tests {
    use super::{check_blocked, look_alike, normalize, skeleton, DEFAULT_MARKS_PER_LETTER};

    fn norm(raw: &str) -> Result<String, String> {
        normalize(raw, DEFAULT_MARKS_PER_LETTER)
    }

    #[test]
    fn cleans_and_refuses() {
        assert_eq!(norm("  Ann   Lee ").unwrap(), "Ann Lee");
        assert_eq!(norm("Zoë 🦊").unwrap(), "Zoë 🦊");
        assert!(norm("   ").is_err());
        assert!(norm("").is_err());
        assert!(norm(&"x".repeat(200)).unwrap_err().contains("at most 20"));
        assert!(norm("a\u{0007}b").is_err());
        assert_eq!(norm(&"é".repeat(20)).unwrap().chars().count(), 20);
    }

    #[test]
    fn compatibility_forms_fold_to_plain_text() {
        // Full-width letters, a ligature, a decomposed accent.
        assert_eq!(norm("Ａｎｎ").unwrap(), "Ann");
        assert_eq!(norm("ﬁsh").unwrap(), "fish");
        assert_eq!(norm("Zoe\u{0308}").unwrap(), "Zoë");
        // A no-break space is whitespace after NFKC and collapses.
        assert_eq!(norm("Ann\u{00A0}\u{00A0}Lee").unwrap(), "Ann Lee");
        // Markup is kept as it is: it is data, and pages show it as text.
        assert_eq!(
            norm("<img src=x>").unwrap(),
            "<img src=x>",
            "not escaped here; rendering is the page's job"
        );
    }

    #[test]
    fn invisible_and_control_characters_are_refused() {
        for name in [
            "evil\u{202E}gnp",
            "a\u{200B}b",
            "\u{FEFF}Ann",
            "Ann\u{2066}x",
            "tab\there",
            "new\nline",
            "nul\u{0}",
            "del\u{7f}",
            "c1\u{0085}",
            "soft\u{00AD}hyphen",
        ] {
            assert!(norm(name).is_err(), "{name:?} accepted");
        }
    }

    #[test]
    fn ann_with_an_invisible_character_appended_is_refused() {
        // Each of these draws nothing after "Ann" in common fonts.
        for tail in [
            "\u{200C}",                    // zero-width non-joiner
            "\u{200D}",                    // zero-width joiner
            "\u{034F}",                    // combining grapheme joiner
            "\u{FE0F}",                    // variation selector 16
            "\u{E0100}",                   // variation selector 17
            "\u{E0041}\u{E0042}\u{E007F}", // tag characters
            "\u{180B}",                    // Mongolian free variation selector
        ] {
            let name = format!("Ann{tail}");
            let refused = norm(&name).unwrap_err();
            assert!(refused.contains("invisible"), "{name:?}: {refused}");
            assert_eq!(look_alike(&name), look_alike("Ann"), "{name:?}");
        }
    }

    #[test]
    fn blank_looking_names_are_refused() {
        for name in [
            "\u{3164}",                 // Hangul filler
            "\u{3164}\u{3164}\u{3164}", // three of them
            "\u{2800}",                 // blank Braille pattern
            "\u{2800} \u{2800}",
            "\u{115F}", // Hangul choseong filler
            "\u{17B4}", // Khmer inherent vowel
            "\u{0301}", // a combining mark alone
            "\u{0301}\u{0302}",
            " \u{0300}",
        ] {
            assert!(norm(name).is_err(), "{name:?} accepted");
        }
        // A mark after a space has nothing to sit on, even beside letters.
        assert!(norm("Ann \u{0301}").is_err());
    }

    #[test]
    fn marks_are_capped_per_letter() {
        let zalgo = "Z\u{0300}\u{0301}\u{0302}\u{0303}\u{0304}algo";
        assert!(norm(zalgo).unwrap_err().contains("at most 2"));
        assert!(normalize(zalgo, 5).is_ok(), "the cap is a setting");
        // Real names stack up to two: Vietnamese, Thai, Arabic with shadda.
        for name in [
            "Nguyễn",
            "Phạm Thị",
            "น้ำ",
            "\u{0645}\u{0651}\u{064E}د",
            "Zoë",
        ] {
            assert_eq!(norm(name).map(|_| ()), Ok(()), "{name:?}");
        }
        assert!(norm("e\u{0301}\u{0302}\u{0303}").is_err());
    }

    #[test]
    fn emoji_sequences_keep_their_joiners() {
        for name in [
            "👩\u{200D}🚀 Ann",      // astronaut
            "❤\u{FE0F}\u{200D}🔥",   // heart on fire
            "👩🏽\u{200D}🚀",          // with a skin tone
            "1\u{FE0F}\u{20E3} Ann", // keycap one
        ] {
            assert!(norm(name).is_ok(), "{name:?} refused");
        }
        assert!(norm("Ann\u{200D}🚀").is_err(), "a joiner after a letter");
        assert!(norm("🚀\u{200D}").is_err(), "a joiner at the end");
    }

    #[test]
    fn look_alikes_share_a_form() {
        let ann = look_alike("Ann");
        for same in ["ann", "ANN", "\u{0410}nn", "Ａｎｎ"] {
            assert_eq!(look_alike(same), ann, "{same:?}");
        }
        assert_eq!(look_alike("B0B"), look_alike("Bob"));
        assert_eq!(look_alike("pay"), look_alike("\u{0440}\u{0430}y"));
        assert_ne!(look_alike("Ann"), look_alike("Anna"));
        assert_ne!(look_alike("Bob"), look_alike("Rob"));
    }

    #[test]
    fn blocked_words_match_through_case_spacing_and_width() {
        let blocked = vec![skeleton("Badword"), String::new()];
        assert!(check_blocked("Ann", &blocked).is_ok());
        for name in [
            "badword",
            "BADWORD",
            "b.a.d word",
            "xxbadwordxx",
            "ｂａｄｗｏｒｄ",
        ] {
            let name = norm(name).unwrap();
            assert!(check_blocked(&name, &blocked).is_err(), "{name:?} passed");
        }
        assert!(check_blocked("anything", &[]).is_ok());
        assert!(check_blocked("bad", &blocked).is_ok(), "a part is fine");
    }
}
