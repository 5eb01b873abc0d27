//! `quizbox assignment create|list|show|close`: self-paced assignments,
//! asked of a running server over its API (`/api/assignments`), as the
//! remote dashboard asks it for games. A server on this machine gets the
//! data directory's admin token when no token is given; a remote one never
//! does.

use anyhow::Context;
use serde_json::{json, Value};

use super::user::{date, duration_ms};
use super::Usage;
use crate::cli::{AssignmentArgs, AssignmentCommand, GlobalArgs};
use crate::client::Server;
use crate::config::Overrides;

pub async fn run(global: &GlobalArgs, args: &AssignmentArgs) -> anyhow::Result<()> {
    let settings = super::settings(global, Overrides::default()).ok();
    let url = match (&args.server, &settings) {
        (Some(url), _) => url.clone(),
        (None, Some(s)) => format!("http://127.0.0.1:{}", s.listen.port()),
        (None, None) => return Err(Usage("give the server with --server URL".into()).into()),
    };
    let mut server = Server::parse(&url, super::token(&args.token)?)?;
    if server.token().is_none() && server.is_loopback() {
        if let Some(token) = settings
            .as_ref()
            .and_then(|s| crate::server::auth::read_local_token(&s.data_dir))
        {
            server = Server::parse(&url, Some(token))?;
        }
    }
    match &args.command {
        AssignmentCommand::Create {
            quiz,
            closes_in,
            opens_in,
            identifier,
            json,
        } => {
            let open_for = duration_ms(closes_in).map_err(|e| Usage(e.to_string()))?;
            let delay = opens_in
                .as_deref()
                .map(duration_ms)
                .transpose()
                .map_err(|e| Usage(e.to_string()))?
                .unwrap_or(0);
            let opens_at = crate::server::now_ms() as i64 + delay;
            let body = json!({
                "quiz_id": quiz,
                "opens_at": opens_at,
                "closes_at": opens_at + open_for,
                "identifier": identifier,
            });
            let made: Value = server
                .post_json("/api/assignments", Some(&body))
                .await
                .with_context(|| format!("cannot create an assignment of {quiz:?} at {url}"))?;
            if *json {
                println!("{}", serde_json::to_string_pretty(&made)?);
            } else {
                println!("{}\t{}", text(&made["code"]), text(&made["link"]));
            }
            eprintln!(
                "assignment {} of {:?}: open {} to {} (UTC)",
                text(&made["code"]),
                text(&made["quiz_title"]),
                date(made["opens_at"].as_i64()),
                date(made["closes_at"].as_i64())
            );
            Ok(())
        }
        AssignmentCommand::List { json } => {
            let all: Vec<Value> = server
                .get_json("/api/assignments")
                .await
                .with_context(|| format!("cannot list assignments at {url}"))?;
            if *json {
                println!("{}", serde_json::to_string_pretty(&all)?);
                return Ok(());
            }
            println!(
                "{:<8}  {:<9}  {:>7}  {:>8}  {:<16}  quiz",
                "code", "state", "players", "finished", "closes (UTC)"
            );
            for a in &all {
                println!(
                    "{:<8}  {:<9}  {:>7}  {:>8}  {:<16}  {}",
                    text(&a["code"]),
                    text(&a["state"]),
                    a["player_count"],
                    a["finished_count"],
                    date(a["closed_at"].as_i64().or(a["closes_at"].as_i64())),
                    text(&a["quiz_title"])
                );
            }
            eprintln!("{} assignment(s)", all.len());
            Ok(())
        }
        AssignmentCommand::Show { code, json } => {
            let results: Value = server
                .get_json(&format!("/api/assignments/{code}"))
                .await
                .with_context(|| format!("cannot read assignment {code:?} at {url}"))?;
            if *json {
                println!("{}", serde_json::to_string_pretty(&results)?);
                return Ok(());
            }
            show(&results);
            Ok(())
        }
        AssignmentCommand::Close { code } => {
            let closed: Value = server
                .post_json(&format!("/api/assignments/{code}/close"), None)
                .await
                .with_context(|| format!("cannot close assignment {code:?} at {url}"))?;
            eprintln!(
                "assignment {code} closed at {} (UTC); {} of {} players finished",
                date(closed["closed_at"].as_i64()),
                closed["finished_count"],
                closed["player_count"]
            );
            Ok(())
        }
    }
}

fn text(v: &Value) -> &str {
    v.as_str().unwrap_or("-")
}

/// The results for people: the assignment, its leaderboard, then everyone
/// who started with how far they got.
fn show(r: &Value) {
    println!(
        "{}  {}  {}  (closes {} UTC)",
        text(&r["code"]),
        text(&r["quiz_title"]),
        text(&r["state"]),
        date(r["closed_at"].as_i64().or(r["closes_at"].as_i64()))
    );
    println!("{}", text(&r["link"]));
    let count = r["question_count"].as_u64().unwrap_or(0);
    println!("\nleaderboard (finished)");
    for line in r["leaderboard"].as_array().into_iter().flatten() {
        println!(
            "{:>4}. {:<24} {:>7} points  {:>3} correct",
            line["rank"],
            text(&line["name"]),
            line["score"],
            line["correct"]
        );
    }
    println!("\nplayers");
    for p in r["players"].as_array().into_iter().flatten() {
        let progress = if p["finished_at"].is_null() {
            format!(
                "at question {} of {count}",
                p["question"].as_u64().unwrap_or(0) + 1
            )
        } else {
            "finished".to_string()
        };
        println!(
            "  {:<24} {:>7} points  {progress}",
            text(&p["name"]),
            p["score"]
        );
    }
}
