//! `quizbox doctor`: checks the data directory and reports what needs an
//! operator: pending database migrations, live games whose files do not
//! read whole, and games set aside in quarantine. It changes no game.

use serde::Serialize;

use crate::cli::{DoctorArgs, GlobalArgs};
use crate::config::Overrides;
use crate::live::Quarantined;
use crate::server::registry::{read_game, Unrestorable};

#[derive(Serialize)]
struct Report {
    /// Migrations not applied yet, by name.
    pending_migrations: Vec<String>,
    /// Games whose files read whole: `serve` resumes them.
    live_games: Vec<LiveGame>,
    /// Games whose files do not: `serve` sets the damaged ones aside.
    unreadable: Vec<Unreadable>,
    quarantined: Vec<Quarantined>,
}

#[derive(Serialize)]
struct LiveGame {
    game: String,
    pin: String,
    players: u32,
    /// Log entries after the snapshot (replayed on start).
    entries_to_replay: usize,
}

#[derive(Serialize)]
struct Unreadable {
    game: String,
    /// True when the files are damaged (set aside on the next start); false
    /// when they could not be read now (left in place).
    damaged: bool,
    problem: String,
}

pub async fn run(global: &GlobalArgs, args: &DoctorArgs) -> anyhow::Result<()> {
    let settings = super::settings(global, Overrides::default())?;
    super::init_logging(&settings.log);
    let store = crate::store::open(&settings.database).await?;
    let pending_migrations = store
        .migration_status()
        .await?
        .into_iter()
        .filter(|m| m.applied_at.is_none())
        .map(|m| format!("{:04} {}", m.version, m.name))
        .collect();
    let live = crate::live::open(&settings.live).await?;
    let mut report = Report {
        pending_migrations,
        live_games: Vec::new(),
        unreadable: Vec::new(),
        quarantined: live.quarantined().await?,
    };
    for game in live.games().await? {
        match read_game(live.as_ref(), &game).await {
            Ok(Some(stored)) => report.live_games.push(LiveGame {
                pin: stored.snapshot.game.pin.clone(),
                players: stored.snapshot.game.player_count(),
                entries_to_replay: stored.entries.len(),
                game,
            }),
            Ok(None) => {}
            Err(e) => report.unreadable.push(Unreadable {
                game,
                damaged: matches!(e, Unrestorable::Damaged(_)),
                problem: e.to_string(),
            }),
        }
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print_report(&report, &crate::config::redact_url(&settings.live));
    }
    let problems =
        report.pending_migrations.len() + report.unreadable.len() + report.quarantined.len();
    if problems > 0 {
        anyhow::bail!("{problems} problem(s) found in the data directory");
    }
    Ok(())
}

fn print_report(report: &Report, live: &str) {
    if report.pending_migrations.is_empty() {
        println!("database: every migration applied");
    } else {
        println!(
            "database: {} migration(s) pending (quizbox migrate applies them):",
            report.pending_migrations.len()
        );
        for name in &report.pending_migrations {
            println!("  {name}");
        }
    }
    println!(
        "live games ({live}): {} read whole",
        report.live_games.len()
    );
    for g in &report.live_games {
        println!(
            "  {}  PIN {}  {} players, {} log entries to replay",
            g.game, g.pin, g.players, g.entries_to_replay
        );
    }
    for g in &report.unreadable {
        let what = if g.damaged {
            "damaged, set aside in quarantine on the next start"
        } else {
            "unreadable now, left in place"
        };
        println!("  {}  {what}: {}", g.game, g.problem);
    }
    if report.quarantined.is_empty() {
        println!("quarantine: empty");
    } else {
        println!(
            "quarantine: {} game(s) set aside as damaged (look, then delete or repair):",
            report.quarantined.len()
        );
        for q in &report.quarantined {
            println!("  {}  {}", q.game, q.path);
            println!("      {}", q.reason);
        }
    }
}
