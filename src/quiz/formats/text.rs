//! Text clean-up shared by the formats: HTML entities and tags (Moodle, Open
//! Trivia DB), RFC 3986 percent-decoding, and titles made from file names.
//!
//! The entity decoder is written here rather than taken from a crate: the
//! formats only ever use the XML five, numeric references and a few dozen
//! Latin-1 names, and a full HTML5 table (2,000+ names) would add far more
//! than it earns.

/// Named entities Open Trivia DB and Moodle's editors produce.
const ENTITIES: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("shy", '\u{ad}'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("deg", '°'),
    ("plusmn", '±'),
    ("times", '×'),
    ("divide", '÷'),
    ("micro", 'µ'),
    ("middot", '·'),
    ("frac12", '½'),
    ("frac14", '¼'),
    ("frac34", '¾'),
    ("sup2", '²'),
    ("sup3", '³'),
    ("pi", 'π'),
    ("euro", '€'),
    ("pound", '£'),
    ("yen", '¥'),
    ("cent", '¢'),
    ("sect", '§'),
    ("para", '¶'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("lsquo", '\u{2018}'),
    ("rsquo", '\u{2019}'),
    ("ldquo", '\u{201c}'),
    ("rdquo", '\u{201d}'),
    ("ndash", '\u{2013}'),
    ("mdash", '\u{2014}'),
    ("hellip", '\u{2026}'),
    ("iexcl", '¡'),
    ("iquest", '¿'),
    ("szlig", 'ß'),
    ("aacute", 'á'),
    ("Aacute", 'Á'),
    ("agrave", 'à'),
    ("Agrave", 'À'),
    ("acirc", 'â'),
    ("atilde", 'ã'),
    ("auml", 'ä'),
    ("Auml", 'Ä'),
    ("aring", 'å'),
    ("Aring", 'Å'),
    ("aelig", 'æ'),
    ("AElig", 'Æ'),
    ("ccedil", 'ç'),
    ("Ccedil", 'Ç'),
    ("eacute", 'é'),
    ("Eacute", 'É'),
    ("egrave", 'è'),
    ("Egrave", 'È'),
    ("ecirc", 'ê'),
    ("euml", 'ë'),
    ("iacute", 'í'),
    ("Iacute", 'Í'),
    ("igrave", 'ì'),
    ("icirc", 'î'),
    ("iuml", 'ï'),
    ("ntilde", 'ñ'),
    ("Ntilde", 'Ñ'),
    ("oacute", 'ó'),
    ("Oacute", 'Ó'),
    ("ograve", 'ò'),
    ("ocirc", 'ô'),
    ("otilde", 'õ'),
    ("ouml", 'ö'),
    ("Ouml", 'Ö'),
    ("oslash", 'ø'),
    ("Oslash", 'Ø'),
    ("uacute", 'ú'),
    ("Uacute", 'Ú'),
    ("ugrave", 'ù'),
    ("ucirc", 'û'),
    ("uuml", 'ü'),
    ("Uuml", 'Ü'),
    ("yacute", 'ý'),
    ("yuml", 'ÿ'),
];

/// Replaces HTML character references (`&amp;`, `&#039;`, `&#x27;`, ...).
/// An unknown or malformed reference is kept as written.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest[1..]
            .find(|c: char| c == ';' || c == '&' || c.is_whitespace())
            .map(|j| j + 1);
        let decoded = match end {
            Some(end) if rest.as_bytes()[end] == b';' => {
                let name = &rest[1..end];
                let c = if let Some(num) = name.strip_prefix('#') {
                    let code = match num.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok(),
                        None => num.parse::<u32>().ok(),
                    };
                    code.and_then(char::from_u32)
                } else {
                    ENTITIES.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
                };
                c.map(|c| (c, end + 1))
            }
            _ => None,
        };
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Inline elements, whose tags vanish without leaving a space.
const INLINE_TAGS: &[&str] = &[
    "a", "b", "i", "u", "s", "em", "strong", "span", "sub", "sup", "code", "small", "mark", "font",
];

/// Turns an HTML fragment into plain text: tags dropped (block tags such as
/// `<p>` and `<br>` become spaces), entities decoded, runs of white space
/// collapsed.
pub fn html_to_text(s: &str) -> String {
    let mut plain = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('<') {
        plain.push_str(&rest[..i]);
        match rest[i..].find('>') {
            Some(j) => {
                let tag = rest[i + 1..i + j].trim_start_matches('/');
                let name: String = tag
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .map(|c| c.to_ascii_lowercase())
                    .collect();
                if !INLINE_TAGS.contains(&name.as_str()) {
                    plain.push(' ');
                }
                rest = &rest[i + j + 1..];
            }
            None => {
                plain.push_str(&rest[i..]);
                rest = "";
            }
        }
    }
    plain.push_str(rest);
    collapse_spaces(&decode_entities(&plain))
}

/// The `src` of the first `<img>` in HTML text, entities decoded and
/// Moodle's `@@PLUGINFILE@@/` prefix and percent-escapes taken off: the
/// name of a file that came with the text, or an address.
pub fn picture_source(html: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    let start = lower.find("<img")?;
    let end = lower[start..].find('>').map_or(lower.len(), |e| start + e);
    let tag = &html[start..end];
    let at = tag.to_ascii_lowercase().find("src=")? + 4;
    let rest = &tag[at..];
    let value = match rest.chars().next()? {
        quote @ ('"' | '\'') => rest[1..].split(quote).next()?,
        // `<img src=x.png/>`: the slash closes the tag.
        _ => rest
            .split(char::is_whitespace)
            .next()?
            .trim_end_matches('/'),
    };
    let value = decode_entities(value.trim());
    let value = value.strip_prefix("@@PLUGINFILE@@/").unwrap_or(&value);
    let value = percent_decode(value).unwrap_or_else(|| value.to_string());
    (!value.is_empty()).then_some(value)
}

/// Trims and turns every run of white space (non-breaking too) into one space.
pub fn collapse_spaces(s: &str) -> String {
    s.split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// RFC 3986 percent-decoding, as Open Trivia DB's `encode=url3986` uses.
/// `None` if the escapes are malformed or do not decode to UTF-8.
pub fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            let hex = std::str::from_utf8(hex).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The title of a Moodle category path: its last part that is not a
/// placeholder such as `$course$` (`$course$/top/Physics` is `Physics`).
pub fn category_title(path: &str) -> String {
    path.trim()
        .rsplit('/')
        .map(str::trim)
        .find(|p| !(p.is_empty() || p.starts_with('$') && p.ends_with('$')))
        .unwrap_or("Quiz")
        .to_string()
}

/// A title made from a file name: `world-capitals` becomes `World capitals`.
pub fn title_from_stem(stem: &str) -> String {
    let spaced = collapse_spaces(&stem.replace(['-', '_'], " "));
    let mut chars = spaced.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => "Quiz".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_picture_source_is_the_first_img_src_as_a_file_name() {
        let cases = [
            (
                r#"<p>Flag?</p><img src="flag.png" alt="x">"#,
                Some("flag.png"),
            ),
            (
                r#"<IMG alt='a' SRC='pictures/a&amp;b.png'/>"#,
                Some("pictures/a&b.png"),
            ),
            (
                r#"<img src="@@PLUGINFILE@@/my%20flag.png">"#,
                Some("my flag.png"),
            ),
            (r#"<img src=bare.gif width=3>"#, Some("bare.gif")),
            (r#"<img src=pictures/bare.gif/>"#, Some("pictures/bare.gif")),
            (
                r#"<img src="https://example.org/x.png">"#,
                Some("https://example.org/x.png"),
            ),
            (r#"<img src="a.png"><img src="b.png">"#, Some("a.png")),
            (r#"<img src="100%.png">"#, Some("100%.png")),
            (r#"<img alt="no source">"#, None),
            (r#"<img src="">"#, None),
            ("no picture", None),
        ];
        for (html, source) in cases {
            assert_eq!(picture_source(html).as_deref(), source, "{html}");
        }
    }

    #[test]
    fn entities_decode_named_and_numeric() {
        assert_eq!(
            decode_entities(
                "Tom &amp; Jerry&#039;s &quot;caf&eacute;&quot; &#x27;x&#39; &bogus; & done"
            ),
            "Tom & Jerry's \"café\" 'x' &bogus; & done"
        );
        assert_eq!(decode_entities("&#xZZ; &#99999999;"), "&#xZZ; &#99999999;");
    }

    #[test]
    fn html_becomes_plain_text() {
        assert_eq!(
            html_to_text("<p>What is <b>2&nbsp;+&nbsp;2</b>?</p>\n<br/>"),
            "What is 2 + 2?"
        );
    }

    #[test]
    fn percent_decoding_rejects_bad_escapes() {
        assert_eq!(
            percent_decode("caf%C3%A9%20au%20lait").as_deref(),
            Some("café au lait")
        );
        assert_eq!(percent_decode("100%"), None);
        assert_eq!(percent_decode("%FF"), None);
    }

    #[test]
    fn titles_from_file_names() {
        assert_eq!(title_from_stem("world-capitals"), "World capitals");
        assert_eq!(title_from_stem("__"), "Quiz");
    }
}
