//! `quizbox config`: show the effective configuration or a default file.

use crate::cli::{ConfigArgs, GlobalArgs};
use crate::config::{default_file, Overrides};

pub fn run(global: &GlobalArgs, args: &ConfigArgs) -> anyhow::Result<()> {
    if args.default {
        print!("{}", default_file());
        return Ok(());
    }
    let settings = super::settings(global, Overrides::default())?;
    println!("# effective quizbox configuration (secrets redacted)");
    print!("{}", settings.to_toml());
    Ok(())
}
