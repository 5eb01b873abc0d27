//! Nickname rules: what a player may call themselves in a game.

/// Longest nickname, in characters.
pub const MAX_CHARS: usize = 20;

/// Trims and collapses inner whitespace; refuses empty, over-long and
/// control-character names with a message fit to show the player.
pub fn normalize(raw: &str) -> Result<String, String> {
    if raw.chars().any(|c| c.is_control()) {
        return Err("nicknames cannot contain control characters".into());
    }
    let name = raw.split_whitespace().collect::<Vec<_>>().join(" ");
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

#[cfg(test)]
mod tests {
    use super::normalize;

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
}
