//! `quizbox config --default`: a commented config file written from the
//! declarations, each key with its doc comment, its environment variable
//! and flags, and its default. Keys whose default is derived (from the
//! data directory) or unset are commented out.

use super::{Setting, Settings};

const HEADER: &str = "\
# quizbox configuration. Put it at <data dir>/quizbox.toml or pass --config FILE.
# Precedence: built-in defaults < this file < QUIZBOX_* environment < command-line flags.
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

/// `(QUIZBOX_LISTEN; serve --listen, host --listen)`
fn twins(setting: &Setting) -> String {
    match setting.flags {
        [] => format!("({})", setting.env),
        flags => format!("({}; {})", setting.env, flags.join(", ")),
    }
}
