//! The studio checks the server's rules in the page (assets/studio-check.js)
//! with the server's limits written out as constants: each must be the
//! limit the server enforces, or the page would pass what a save refuses.

use quizbox::quiz;

/// `const NAME = value;` lines of the script, the value as written.
fn constants(script: &str) -> Vec<(String, String)> {
    script
        .lines()
        .filter_map(|line| line.strip_prefix("const "))
        .filter_map(|rest| {
            let (name, value) = rest.split_once(" = ")?;
            let value = value.strip_suffix(';')?;
            Some((name.to_string(), value.to_string()))
        })
        .collect()
}

fn range<T: std::fmt::Display>(r: &std::ops::RangeInclusive<T>) -> String {
    format!("[{}, {}]", r.start(), r.end())
}

#[test]
fn the_studios_limits_are_the_servers() {
    let script = std::fs::read_to_string("assets/studio-check.js").unwrap();
    let found = constants(&script);
    let expected = [
        ("TITLE_MAX", quiz::TITLE_MAX.to_string()),
        ("LONG_TEXT_MAX", quiz::LONG_TEXT_MAX.to_string()),
        ("ANSWER_MAX", quiz::ANSWER_MAX.to_string()),
        ("MEDIA_MAX", quiz::MEDIA_MAX.to_string()),
        ("QUESTIONS_MAX", quiz::QUESTIONS_MAX.to_string()),
        ("ACCEPTED_MAX", quiz::ACCEPTED_MAX.to_string()),
        ("TYPE_ANSWER_MAX", quiz::TYPE_ANSWER_MAX.to_string()),
        ("WORD_CLOUD_MAX", quiz::WORD_CLOUD_MAX.to_string()),
        ("CHOICES", range(&quiz::CHOICES)),
        ("ORDERING_ITEMS", range(&quiz::ORDERING_ITEMS)),
        ("TIME_LIMIT", range(&quiz::TIME_LIMIT_RANGE)),
        ("U32_MAX", u32::MAX.to_string()),
    ];
    for (name, value) in expected {
        let written = found
            .iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("assets/studio-check.js has no const {name}"))
            .1
            .replace('_', "");
        assert_eq!(written, value, "{name} in assets/studio-check.js");
    }
    let limits: Vec<&str> = found
        .iter()
        .filter(|(n, _)| {
            n.chars()
                .all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit())
        })
        .map(|(n, _)| n.as_str())
        .collect();
    assert_eq!(
        limits.len(),
        12,
        "a limit in the script that this test does not compare: {limits:?}"
    );
}
