//! Nickname rules: what a player may call themselves in a game. Pure text
//! rules, no IO: the list of blocked words comes in from the caller (the
//! server reads it from its settings and hands it over in `GameOptions`).
//!
//! A nickname is NFKC-normalized first, so look-alike compatibility forms
//! (full-width letters, ligatures, circled digits) become the plain
//! characters they stand for before any other rule sees them. Nicknames are
//! always data: pages render them as text, never as HTML.

use unicode_normalization::UnicodeNormalization;

/// Longest nickname, in characters.
pub const MAX_CHARS: usize = 20;

/// Invisible characters that reorder or hide text (bidirectional overrides
/// and isolates, zero-width spaces, the byte-order mark, word joiners): a
/// name built with them reads differently from what it is. Zero-width
/// joiners stay allowed, since emoji sequences need them.
fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
    )
}

/// NFKC-normalizes, trims and collapses inner whitespace; refuses empty,
/// over-long, control-character and invisible-formatting names with a
/// message fit to show the player.
pub fn normalize(raw: &str) -> Result<String, String> {
    let folded: String = raw.nfkc().collect();
    if folded.chars().any(|c| c.is_control()) {
        return Err("nicknames cannot contain control characters".into());
    }
    if folded.chars().any(is_invisible_format) {
        return Err("nicknames cannot contain invisible formatting characters".into());
    }
    let name = folded.split_whitespace().collect::<Vec<_>>().join(" ");
    let chars = name.chars().count();
    if chars == 0 {
        return Err("enter a nickname".into());
    }
    if chars > MAX_CHARS {
        return Err(format!(
            "nicknames can be at most {MAX_CHARS} characters (this one has {chars})"
        ));
    }
    Ok(name)
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
    use super::{check_blocked, normalize, skeleton};

    #[test]
    fn cleans_and_refuses() {
        assert_eq!(normalize("  Ann   Lee ").unwrap(), "Ann Lee");
        assert_eq!(normalize("Zoë 🦊").unwrap(), "Zoë 🦊");
        assert!(normalize("   ").is_err());
        assert!(normalize("").is_err());
        assert!(normalize(&"x".repeat(200))
            .unwrap_err()
            .contains("at most 20"));
        assert!(normalize("a\u{0007}b").is_err());
        assert_eq!(normalize(&"é".repeat(20)).unwrap().chars().count(), 20);
    }

    #[test]
    fn compatibility_forms_fold_to_plain_text() {
        // Full-width letters, a ligature, a decomposed accent.
        assert_eq!(normalize("Ａｎｎ").unwrap(), "Ann");
        assert_eq!(normalize("ﬁsh").unwrap(), "fish");
        assert_eq!(normalize("Zoe\u{0308}").unwrap(), "Zoë");
        // A no-break space is whitespace after NFKC and collapses.
        assert_eq!(normalize("Ann\u{00A0}\u{00A0}Lee").unwrap(), "Ann Lee");
        // Markup is kept as it is: it is data, and pages show it as text.
        assert_eq!(
            normalize("<img src=x>").unwrap(),
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
        ] {
            assert!(normalize(name).is_err(), "{name:?} accepted");
        }
        // Emoji sequences with zero-width joiners are fine.
        assert!(normalize("👩\u{200D}🚀 Ann").is_ok());
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
            let name = normalize(name).unwrap();
            assert!(check_blocked(&name, &blocked).is_err(), "{name:?} passed");
        }
        assert!(check_blocked("anything", &[]).is_ok());
        assert!(check_blocked("bad", &blocked).is_ok(), "a part is fine");
    }
}
