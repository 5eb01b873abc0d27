use clap::CommandFactory;

use crate::config::env::COMMAND_ENV;
use crate::config::{known_env, Settings};

/// Every flag that has an environment twin, as `(subcommand, --long, env)`;
/// the subcommand is empty for global flags.
fn flags_with_env() -> Vec<(String, String, String)> {
    let cli = super::Cli::command();
    let mut found = Vec::new();
    let mut visit = |sub: &str, cmd: &clap::Command| {
        for arg in cmd
            .get_arguments()
            .filter(|a| !a.is_global_set() || sub.is_empty())
        {
            if let (Some(long), Some(env)) = (arg.get_long(), arg.get_env()) {
                let env = env.to_string_lossy().into_owned();
                found.push((sub.to_string(), format!("--{long}"), env));
            }
        }
    };
    visit("", &cli);
    for sub in cli.get_subcommands() {
        visit(sub.get_name(), sub);
    }
    found
}

/// `serve --listen` as `("serve", "--listen")`; `--data` as `("", "--data")`.
fn split(flag: &str) -> (&str, &str) {
    flag.rsplit_once(' ').unwrap_or(("", flag))
}

#[test]
fn every_flag_twin_is_the_declared_variable() {
    let declared: Vec<(&str, &str)> = Settings::settings()
        .iter()
        .flat_map(|s| s.flags.iter().map(move |f| (*f, s.env)))
        .chain(
            COMMAND_ENV
                .iter()
                .flat_map(|c| c.flags.iter().map(move |f| (*f, c.env))),
        )
        .collect();
    let flags = flags_with_env();
    let known = known_env();
    for (sub, long, env) in &flags {
        assert!(known.contains(env), "{sub} {long}: {env} is not known");
        let claimed = declared
            .iter()
            .find(|(flag, _)| split(flag) == (sub.as_str(), long.as_str()));
        assert_eq!(
            claimed.map(|(_, env)| *env),
            Some(env.as_str()),
            "{sub} {long} is declared with its variable {env}"
        );
    }
    let cli = super::Cli::command();
    for (flag, env) in &declared {
        let (sub, name) = split(flag);
        let cmd = match sub {
            "" => &cli,
            sub => cli.find_subcommand(sub).expect(flag),
        };
        let arg = cmd
            .get_arguments()
            .find(|a| match name.strip_prefix("--") {
                Some(long) => a.get_long() == Some(long),
                None => Some(name) == a.get_short().map(|c| format!("-{c}")).as_deref(),
            })
            .unwrap_or_else(|| panic!("{flag} is declared but clap has no such flag"));
        if name.starts_with("--") {
            assert_eq!(
                arg.get_env().map(|e| e.to_string_lossy().into_owned()),
                Some(env.to_string()),
                "{flag}"
            );
        }
    }
    assert!(flags.len() >= 15, "{flags:?}");
}

#[test]
fn a_default_stated_in_help_is_the_declared_one() {
    let defaults = toml::Table::try_from(Settings::default()).unwrap();
    let cli = super::Cli::command();
    let mut checked = 0;
    for setting in Settings::settings().iter().filter(|s| !s.derived()) {
        let default = match setting.table {
            "" => defaults.get(setting.key),
            table => defaults[table].get(setting.key),
        };
        let Some(default) = default else { continue };
        let default = match default {
            toml::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        for flag in setting.flags {
            let (sub, long) = split(flag);
            let Some(long) = long.strip_prefix("--") else {
                continue;
            };
            let cmd = match sub {
                "" => &cli,
                sub => cli.find_subcommand(sub).unwrap(),
            };
            let arg = cmd.get_arguments().find(|a| a.get_long() == Some(long));
            let help = arg.and_then(|a| a.get_help()).map(|h| h.to_string());
            let Some((_, stated)) = help.as_deref().and_then(|h| h.split_once("[default: ")) else {
                continue;
            };
            let stated = stated.split([']', ',']).next().unwrap();
            assert_eq!(stated, default, "{flag}: its help states another default");
            checked += 1;
        }
    }
    assert!(checked >= 4, "{checked}");
}

#[test]
fn an_age_is_a_number_with_its_unit() {
    use std::time::Duration;
    assert_eq!(super::parse_age("24h"), Ok(Duration::from_secs(86_400)));
    assert_eq!(super::parse_age("30m"), Ok(Duration::from_secs(1800)));
    assert_eq!(super::parse_age("7d"), Ok(Duration::from_secs(7 * 86_400)));
    assert_eq!(super::parse_age("0"), Ok(Duration::ZERO));
    assert_eq!(super::parse_age("90"), Ok(Duration::from_secs(90)));
    for wrong in ["", "h", "1.5h", "3w", "-1h", "99999999999999999999d"] {
        assert!(super::parse_age(wrong).is_err(), "{wrong}");
    }
}
