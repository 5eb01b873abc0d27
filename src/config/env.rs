//! The `QUIZBOX_*` names quizbox knows: each setting's variable (from its
//! declaration), the variables of command options that are not settings,
//! and those only the tests read. Any other `QUIZBOX_*` variable draws a
//! warning naming the closest known one.

/// A command option's environment twin that is not a setting: it tells a
/// client command where and as whom to connect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommandVar {
    pub env: &'static str,
    /// The flags it stands for, as in `Setting::flags`.
    pub flags: &'static [&'static str],
}

pub const COMMAND_ENV: &[CommandVar] = &[
    CommandVar {
        env: "QUIZBOX_SERVER",
        flags: &["host --server", "bench --server"],
    },
    CommandVar {
        env: "QUIZBOX_TOKEN",
        flags: &["host --token", "bench --token"],
    },
    CommandVar {
        env: "QUIZBOX_TLS_FINGERPRINT",
        flags: &["host --tls-fingerprint"],
    },
];

/// Read by the test suites (databases to test against, crash and fault
/// injection), never by a setting.
pub const TEST_ENV: &[&str] = &[
    "QUIZBOX_TEST_POSTGRES",
    "QUIZBOX_TEST_REDIS",
    "QUIZBOX_CHAOS_KILLS",
    "QUIZBOX_FAULT",
];

/// Every `QUIZBOX_*` variable quizbox reads.
pub fn known_env() -> Vec<&'static str> {
    let mut known: Vec<&'static str> = super::Settings::settings().iter().map(|s| s.env).collect();
    known.extend(COMMAND_ENV.iter().map(|c| c.env));
    known.extend(TEST_ENV);
    known
}

/// One warning line for each `QUIZBOX_*` variable that quizbox does not
/// read (likely a typo), naming the closest one it does.
pub fn unknown_env_warnings() -> Vec<String> {
    let known = known_env();
    let mut names: Vec<String> = std::env::vars_os()
        .filter_map(|(k, _)| k.into_string().ok())
        .filter(|k| k.starts_with("QUIZBOX_") && !known.contains(&k.as_str()))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let mut line = format!("warning: ignoring unknown environment variable {name}");
            if let Some(near) = closest(&name, known.iter().copied()) {
                line.push_str(&format!("; did you mean {near}?"));
            }
            line
        })
        .collect()
}

/// The candidate nearest to `name` by edit distance, if one is near enough
/// to be what was meant.
pub fn closest<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let most = (name.chars().count() / 4).max(2);
    candidates
        .map(|c| (strsim::levenshtein(name, c), c))
        .filter(|(distance, _)| *distance <= most)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, c)| c)
}
