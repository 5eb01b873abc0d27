//! The `QUIZBOX_*` names quizbox knows: each setting's variable (from its
//! declaration), the variables of command options that are not settings,
//! and those only the tests read. Each secret also has a `…_FILE` twin
//! naming a file that holds it. Any other `QUIZBOX_*` variable draws a
//! warning naming the closest known one.

/// A command option's environment twin that is not a setting: it tells a
/// client command where and as whom to connect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommandVar {
    pub env: &'static str,
    /// The flags it stands for, as in `Setting::flags`.
    pub flags: &'static [&'static str],
    /// Holds a credential: it has a `…_FILE` twin.
    pub secret: bool,
}

pub const COMMAND_ENV: &[CommandVar] = &[
    CommandVar {
        env: "QUIZBOX_SERVER",
        flags: &["host --server", "bench --server", "assignment --server"],
        secret: false,
    },
    CommandVar {
        env: "QUIZBOX_TOKEN",
        flags: &["host --token", "bench --token", "assignment --token"],
        secret: true,
    },
    CommandVar {
        env: "QUIZBOX_TLS_FINGERPRINT",
        flags: &["host --tls-fingerprint"],
        secret: false,
    },
    CommandVar {
        env: "QUIZBOX_HOST_LANG",
        flags: &["host --lang"],
        secret: false,
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
pub fn known_env() -> Vec<String> {
    let settings = super::Settings::settings();
    let mut known: Vec<String> = settings.iter().map(|s| s.env.to_string()).collect();
    known.extend(COMMAND_ENV.iter().map(|c| c.env.to_string()));
    known.extend(file_twins());
    known.extend(TEST_ENV.iter().map(|e| e.to_string()));
    known
}

/// The `…_FILE` twin of every secret: settings marked secret, and the
/// command options that carry a credential.
pub fn file_twins() -> Vec<String> {
    let settings = super::Settings::settings();
    let secrets = settings.iter().filter(|s| s.secret()).map(|s| s.env);
    secrets
        .chain(COMMAND_ENV.iter().filter(|c| c.secret).map(|c| c.env))
        .map(|env| format!("{env}_FILE"))
        .collect()
}

/// A secret from the environment: the variable `name` itself, or the
/// content of the file `name_FILE` names with its trailing newline
/// trimmed (so a password need not sit in the unit file or the process's
/// environment). Both at once is an error: which one was meant?
pub fn secret_env(name: &str) -> Result<Option<String>, String> {
    let file_var = format!("{name}_FILE");
    match (std::env::var_os(name), std::env::var_os(&file_var)) {
        (Some(_), Some(_)) => Err(format!(
            "both {name} and {file_var} are set: unset one of them"
        )),
        (Some(_), None) => Ok(std::env::var(name).ok()),
        (None, None) => Ok(None),
        (None, Some(path)) => match std::fs::read_to_string(&path) {
            Ok(text) => Ok(Some(text.trim_end_matches(['\n', '\r']).to_string())),
            Err(e) => Err(format!(
                "{file_var}={}: cannot read the file: {e}",
                std::path::Path::new(&path).display()
            )),
        },
    }
}

/// One warning line for each `QUIZBOX_*` variable that quizbox does not
/// read (likely a typo), naming the closest one it does.
pub fn unknown_env_warnings() -> Vec<String> {
    let known = known_env();
    let mut names: Vec<String> = std::env::vars_os()
        .filter_map(|(k, _)| k.into_string().ok())
        .filter(|k| k.starts_with("QUIZBOX_") && !known.contains(k))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let mut line = format!("warning: ignoring unknown environment variable {name}");
            if let Some(near) = closest(&name, known.iter().map(String::as_str)) {
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
