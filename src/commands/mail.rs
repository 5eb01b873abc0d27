//! `quizbox mail`: a test message sent at once through the configured SMTP
//! server (not queued: its point is to see the server's answer now), and
//! the queue a running server works through.

use std::sync::Arc;

use anyhow::bail;

use crate::cli::{GlobalArgs, MailArgs, MailCommand};
use crate::config::Overrides;
use crate::notify::mail::smtp::Outgoing;
use crate::notify::mail::{self, Mailer};
use crate::store::{self, Store};

pub async fn run(global: &GlobalArgs, args: &MailArgs) -> anyhow::Result<()> {
    let settings = super::settings(global, Overrides::default())?;
    super::init_logging(&settings.log);
    match &args.command {
        MailCommand::Test { address } => {
            let address = mail::check_address(address)?;
            let mailer = Mailer::new(&settings.mail)?;
            let message_id = mail::new_message_id(mailer.from().email.domain());
            let body = format!(
                "This is a test message from quizbox at {}.\n\n\
                 Mail works: game reports, invitations and password resets can be sent.\n",
                mail::links::base_url(&settings)
            );
            let outgoing = Outgoing {
                to: &address,
                subject: "quizbox test message",
                body: &body,
                attachments: &[],
                message_id: &message_id,
            };
            eprintln!("sending to {address} through {} …", mailer.server());
            match mailer.send(&outgoing).await {
                Ok(()) => eprintln!("sent: the server accepted the message for {address}"),
                Err(e) => bail!("not sent: {e}"),
            }
        }
        MailCommand::Queue { limit, json } => {
            let store = open(&settings.database).await?;
            let queued = store.list_mail(*limit).await?;
            if *json {
                println!("{}", serde_json::to_string_pretty(&queued)?);
                return Ok(());
            }
            println!(
                "{:<6} {:<7} {:<28} {:<9} {:<17} state",
                "id", "kind", "to", "attempts", "queued"
            );
            for m in queued {
                let state = match (m.sent_at, m.failed_at, &m.last_error) {
                    (Some(at), _, _) => format!("sent {}", super::user::date(Some(at))),
                    (_, Some(_), error) => {
                        format!("given up: {}", error.as_deref().unwrap_or("-"))
                    }
                    (_, _, Some(error)) => format!(
                        "next try {}; last error: {error}",
                        super::user::date(Some(m.next_attempt_at))
                    ),
                    (_, _, None) => "waiting".into(),
                };
                println!(
                    "{:<6} {:<7} {:<28} {:<9} {:<17} {state}",
                    m.id,
                    m.kind,
                    m.recipient,
                    m.attempts,
                    super::user::date(Some(m.queued_at)),
                );
            }
        }
    }
    Ok(())
}

async fn open(database: &str) -> anyhow::Result<Arc<dyn Store>> {
    let store = store::open(database).await?;
    store.migrate().await?;
    store.check_schema().await?;
    Ok(store)
}
