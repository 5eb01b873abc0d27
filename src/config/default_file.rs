//! `quizbox config --default`: a commented config file written from the
//! declarations, each key with its doc comment, its environment variable
//! and flags, and its default. Keys whose default is derived (from the
//! data directory) or unset are commented out.

use super::{Setting, Settings};

const HEADER: &str = "\
# quizbox configuration. quizbox reads one file: the one --config FILE names,
# else the first that exists of <data dir>/quizbox.toml and
# ~/.config/quizbox/quizbox.toml ($XDG_CONFIG_HOME/quizbox/quizbox.toml).
# The systemd service reads /etc/quizbox/quizbox.toml.
# Precedence: built-in defaults < this file < QUIZBOX_* environment < command-line flags.
# A secret's variable has a _FILE twin that names a file holding the value.
";

/// The commented default file.
pub fn default_file() -> String {
    let defaults = toml::Table::try_from(Settings::default()).expect("settings serialize");
    let settings = Settings::settings();
    let mut out = String::from(HEADER);
    out.push_str("#\n# Set only in the environment or by a flag, not in this file:\n");
    for setting in settings.iter().filter(|s| !s.in_file()) {
        out.push_str(&format!("#   {} {}\n", setting.key, twins(setting)));
        for line in setting.doc.lines() {
            out.push_str(&format!("#     {}\n", line.trim()));
        }
    }
    let mut table = "";
    for setting in settings.iter().filter(|s| s.in_file()) {
        if setting.table != table {
            table = setting.table;
            out.push_str(&format!("\n[{table}]\n"));
            let doc = Settings::TABLES.iter().find(|(name, _)| *name == table);
            for line in doc.map_or("", |(_, doc)| doc).lines() {
                out.push_str(&format!("# {}\n", line.trim()));
            }
        }
        let value = match setting.table {
            "" => defaults.get(setting.key),
            t => defaults[t].get(setting.key),
        };
        out.push('\n');
        for line in setting.doc.lines() {
            out.push_str(&format!("# {}\n", line.trim()));
        }
        out.push_str(&format!("# {}\n", twins(setting)));
        match (value, setting.example) {
            (Some(value), _) if !setting.derived() => {
                out.push_str(&format!("{} = {value}\n", setting.key))
            }
            (Some(value), _) => out.push_str(&format!("# {} = {value}\n", setting.key)),
            (None, Some(example)) => out.push_str(&format!(
                "# {} = {}\n",
                setting.key,
                toml::Value::String(example.into())
            )),
            (None, None) => out.push_str(&format!("# {} =\n", setting.key)),
        }
    }
    out
}

/// `(QUIZBOX_LISTEN; serve --listen, host --listen)`; a secret's
/// variable with its file twin, `(QUIZBOX_DATABASE or QUIZBOX_DATABASE_FILE; --database)`.
fn twins(setting: &Setting) -> String {
    let env = match setting.secret() {
        true => format!("{0} or {0}_FILE", setting.env),
        false => setting.env.to_string(),
    };
    match setting.flags {
        [] => format!("({env})"),
        flags => format!("({env}; {})", flags.join(", ")),
    }
}
