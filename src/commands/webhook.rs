//! `quizbox webhook add|list|remove|deliveries`: the webhooks in the
//! database of the data directory, written straight there as `quizbox
//! user` writes accounts (a running server sends new events to a webhook
//! added here as soon as they happen).

use anyhow::{bail, Context};

use super::user::date;
use super::Usage;
use crate::cli::{GlobalArgs, WebhookArgs, WebhookCommand};
use crate::config::Overrides;
use crate::notify::webhooks::{check_url, new_secret, parse_events};
use crate::store::{self, Attempt, DeliveryRecord, NewWebhook, Store};

pub async fn run(global: &GlobalArgs, args: &WebhookArgs) -> anyhow::Result<()> {
    let settings = super::settings(global, Overrides::default())?;
    super::init_logging(&settings.log);
    let store = store::open(&settings.database).await?;
    store.migrate().await?;
    store.check_schema().await?;
    let store = store.as_ref();
    match &args.command {
        WebhookCommand::Add {
            url,
            events,
            secret_file,
            json,
        } => {
            check_url(url).map_err(|e| Usage(e.to_string()))?;
            let events =
                parse_events(events.as_deref().unwrap_or("")).map_err(|e| Usage(e.to_string()))?;
            let (secret, generated) = match secret_file {
                Some(path) => {
                    let text = std::fs::read_to_string(path)
                        .with_context(|| format!("cannot read {}", path.display()))?;
                    let secret = text.lines().next().unwrap_or("").trim().to_string();
                    if secret.is_empty() {
                        bail!("{} holds no secret on its first line", path.display());
                    }
                    (secret, false)
                }
                None => (new_secret(), true),
            };
            let webhook = store
                .add_webhook(&NewWebhook {
                    url: url.trim().to_string(),
                    events,
                    secret,
                })
                .await?;
            if *json {
                let mut value = serde_json::to_value(&webhook)?;
                value["secret"] = webhook.secret.clone().into();
                println!("{}", serde_json::to_string_pretty(&value)?);
            } else if generated {
                println!("{}", webhook.secret);
            }
            eprintln!(
                "webhook {} added: {} for {}",
                webhook.id,
                webhook.url,
                events_text(&webhook.events)
            );
            if generated && !*json {
                eprintln!("its secret is printed above, this once: give it to the receiver");
            }
            Ok(())
        }
        WebhookCommand::List { json } => {
            let all = store.webhooks().await?;
            if *json {
                println!("{}", serde_json::to_string_pretty(&all)?);
                return Ok(());
            }
            println!("{:>4}  {:<16}  {:<48}  url", "id", "added", "events");
            for w in &all {
                println!(
                    "{:>4}  {:<16}  {:<48}  {}",
                    w.id,
                    date(Some(w.created_at)),
                    events_text(&w.events),
                    w.url
                );
            }
            eprintln!("{} webhook(s)", all.len());
            Ok(())
        }
        WebhookCommand::Remove { id } => {
            if !store.remove_webhook(*id).await? {
                bail!("no webhook {id}");
            }
            eprintln!("webhook {id} removed, with its deliveries");
            Ok(())
        }
        WebhookCommand::Deliveries { limit, json } => deliveries(store, *limit, *json).await,
    }
}

fn events_text(events: &[String]) -> String {
    if events.is_empty() {
        "every event".into()
    } else {
        events.join(",")
    }
}

async fn deliveries(store: &dyn Store, limit: usize, json: bool) -> anyhow::Result<()> {
    let all = store.deliveries(limit.max(1)).await?;
    if json {
        println!("{}", serde_json::to_string_pretty(&all)?);
        return Ok(());
    }
    for d in &all {
        print_delivery(d);
    }
    eprintln!("deliveries shown, newest first: {}", all.len());
    Ok(())
}

fn print_delivery(d: &DeliveryRecord) {
    let next = match d.next_at {
        Some(at) => format!(", next attempt {}", date(Some(at))),
        None => String::new(),
    };
    println!(
        "{:>6}  {}  {:<15}  webhook {} {}  {}{next}",
        d.id,
        date(Some(d.created_at)),
        d.event,
        d.webhook_id,
        d.url,
        d.state.as_str()
    );
    for a in &d.attempts {
        println!("          {}", attempt_text(a));
    }
}

fn attempt_text(a: &Attempt) -> String {
    let status = a
        .status
        .map_or("no answer".to_string(), |s| format!("HTTP {s}"));
    let error = a
        .error
        .as_deref()
        .map_or(String::new(), |e| format!(": {e}"));
    format!(
        "{}  {status} in {} ms{error}",
        date(Some(a.at)),
        a.duration_ms
    )
}
