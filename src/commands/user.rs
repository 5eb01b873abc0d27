//! `quizbox user`: accounts and API tokens, written straight into the
//! store of the data directory. Whoever can run this on the server's data
//! directory already holds everything in it, so the command asks for no
//! credentials of its own. Secrets are shown once and never stored in clear.

use std::io::{BufRead, IsTerminal};

use anyhow::{bail, Context};

use crate::cli::{GlobalArgs, TokenCommand, UserArgs, UserCommand};
use crate::config::Overrides;
use crate::notify::mail::{self, Mailer, Outbox, RetryPolicy};
use crate::server::auth;
use crate::store::{self, accounts::parse_scopes, accounts::scopes_text, Store, TokenKind};

pub async fn run(global: &GlobalArgs, args: &UserArgs) -> anyhow::Result<()> {
    let settings = super::settings(global, Overrides::default())?;
    super::init_logging(&settings.log);
    let store = store::open(&settings.database).await?;
    store.migrate().await?;
    store.check_schema().await?;
    let store = store.as_ref();
    match &args.command {
        UserCommand::Add {
            name,
            role,
            password_stdin,
            email,
        } => {
            let name = auth::check_username(name).map_err(anyhow::Error::msg)?;
            if store.user_by_name(&name).await?.is_some() {
                bail!("a user named {name} exists already");
            }
            let email = email.as_deref().map(mail::check_address).transpose()?;
            if let Some(email) = &email {
                if store.contact_by_email(email).await?.is_some() {
                    bail!("another account has the address {email}");
                }
            }
            let password = new_password(*password_stdin, &name)?;
            let hash = hash(password).await?;
            let user = store.create_user(&name, *role, &hash).await?;
            if let Some(email) = &email {
                store
                    .set_contact(&user.username, Some(Some(email)), None)
                    .await?;
            }
            eprintln!("added {} ({})", user.username, role_name(user.role));
        }
        UserCommand::Set {
            name,
            email,
            report_mail,
        } => {
            let name = auth::check_username(name).map_err(anyhow::Error::msg)?;
            if email.is_none() && report_mail.is_none() {
                return Err(super::Usage(
                    "say what to change: --email ADDRESS and/or --report-mail on|off".into(),
                )
                .into());
            }
            let email = match email.as_deref().map(str::trim) {
                None => None,
                Some("") => Some(None),
                Some(text) => Some(Some(mail::check_address(text)?)),
            };
            let contact = store
                .set_contact(&name, email.as_ref().map(|e| e.as_deref()), *report_mail)
                .await?;
            if contact.report_mail && contact.email.is_none() {
                eprintln!("note: {name} gets no report mail until the account has an address");
            }
            eprintln!(
                "{name}: address {}, report mail {}",
                contact.email.as_deref().unwrap_or("none"),
                if contact.report_mail { "on" } else { "off" }
            );
        }
        UserCommand::Invite { email, role } => {
            invite(&settings, email, *role).await?;
        }
        UserCommand::List { json } => {
            let users = store.list_users().await?;
            if *json {
                println!("{}", serde_json::to_string_pretty(&users)?);
            } else {
                println!("{:<6} {:<24} {:<6} created", "id", "username", "role");
                for u in users {
                    println!(
                        "{:<6} {:<24} {:<6} {}",
                        u.id,
                        u.username,
                        role_name(u.role),
                        date(Some(u.created_at))
                    );
                }
            }
        }
        UserCommand::Passwd {
            name,
            password_stdin,
        } => {
            let name = auth::check_username(name).map_err(anyhow::Error::msg)?;
            if store.user_by_name(&name).await?.is_none() {
                bail!("no user named {name}");
            }
            let password = new_password(*password_stdin, &name)?;
            let hash = hash(password).await?;
            store.set_password(&name, &hash).await?;
            eprintln!("password changed for {name}; their login sessions have ended");
        }
        UserCommand::Delete {
            name,
            with_data: true,
            ..
        } => {
            let name = auth::check_username(name).map_err(anyhow::Error::msg)?;
            erase(store, &settings.data_dir, &name).await?;
        }
        UserCommand::Export { name, output } => {
            let name = auth::check_username(name).map_err(anyhow::Error::msg)?;
            let Some(export) = store.export_account(&name).await? else {
                bail!("no user named {name}");
            };
            let text = serde_json::to_string_pretty(&export)? + "\n";
            match output {
                Some(path) => {
                    write_private(path, text.as_bytes())?;
                    eprintln!("wrote everything stored about {name} to {}", path.display());
                }
                None => print!("{text}"),
            }
        }
        UserCommand::Delete {
            name, quizzes_to, ..
        } => {
            let name = auth::check_username(name).map_err(anyhow::Error::msg)?;
            let moved = store.delete_user(&name, quizzes_to.as_deref()).await?;
            match quizzes_to {
                Some(heir) if moved > 0 => {
                    eprintln!("deleted {name}; {moved} quizzes now belong to {heir}")
                }
                _ => eprintln!("deleted {name}"),
            }
        }
        UserCommand::Unlock { name, server } => {
            let name = auth::check_username(name).map_err(anyhow::Error::msg)?;
            unlock(&settings, &name, server.as_deref()).await?;
        }
        UserCommand::Token(command) => token(store, command).await?,
    }
    Ok(())
}

/// `user delete NAME --with-data`: the account and everything it owns,
/// then what was removed, one kind a line.
async fn erase(store: &dyn Store, data_dir: &std::path::Path, name: &str) -> anyhow::Result<()> {
    let erased = store::privacy::erase_account_and_media(store, name).await?;
    for media in &erased.media {
        if let Some(kind) = crate::media::MediaType::from_mime(&media.media_type) {
            crate::server::media::forget_cached(data_dir, &media.hash, kind).with_context(
                || format!("cannot remove the cached copy of media {}", media.hash),
            )?;
        }
    }
    eprintln!("deleted {name} with everything it owned:");
    for (what, rows) in &erased.rows {
        eprintln!("  {rows:>6} {}", what.replace('_', " "));
    }
    eprintln!("  {:>6} media files", erased.media.len());
    if !erased.checkpointed {
        eprintln!(
            "note: the database is being read (a running server?); the removed rows leave its \
             write-ahead log at the next checkpoint"
        );
    }
    Ok(())
}

/// Adds the pending account, queues its invitation and tries to send it
/// at once; if the SMTP server cannot take it now, it stays queued for
/// the running server to send.
async fn invite(
    settings: &crate::config::Settings,
    email: &str,
    role: store::UserRole,
) -> anyhow::Result<()> {
    let mailer = Mailer::new(&settings.mail)?;
    let store = store::open(&settings.database).await?;
    let outbox = Outbox::new(store, &settings.mail);
    let base = mail::links::base_url(settings);
    let (user, id) = mail::links::invite(&outbox, &base, email, role).await?;
    eprintln!(
        "invited {email} as {} (pending account {}; the link works for 7 days)",
        role_name(role),
        user.username
    );
    let sent = outbox
        .deliver_due(&mailer, &RetryPolicy::from(&settings.mail))
        .await?;
    let state = outbox
        .store()
        .list_mail(100)
        .await?
        .into_iter()
        .find(|m| m.id == id);
    match state {
        Some(m) if m.sent_at.is_some() => eprintln!("invitation sent"),
        Some(m) => eprintln!(
            "invitation not sent yet ({}); a running server sends it when it can \
             (`quizbox mail queue` shows it)",
            m.last_error.as_deref().unwrap_or("waiting")
        ),
        None if sent > 0 => eprintln!("invitation sent"),
        None => eprintln!("invitation queued"),
    }
    Ok(())
}

/// Writes an export readable by its owner only: it holds the account's
/// players' nicknames and answers.
fn write_private(path: &std::path::Path, bytes: &[u8]) -> anyhow::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options
        .open(path)
        .with_context(|| format!("cannot write {}", path.display()))?;
    file.write_all(bytes)
        .with_context(|| format!("cannot write {}", path.display()))
}

/// Failed logins live in the running server's memory (slowing an account
/// down, never locking it), so unlocking asks the server, with the local
/// admin token.
async fn unlock(
    settings: &crate::config::Settings,
    name: &str,
    server: Option<&str>,
) -> anyhow::Result<()> {
    let url = match server {
        Some(url) => url.to_string(),
        None => format!("http://127.0.0.1:{}", settings.listen.port()),
    };
    let token = auth::read_local_token(&settings.data_dir).with_context(|| {
        format!(
            "no admin token in {} to ask the server with",
            settings.data_dir.display()
        )
    })?;
    let server = crate::client::Server::parse(&url, Some(token))?;
    let reply = server
        .unlock_account(name)
        .await
        .with_context(|| format!("cannot unlock {name} at {url}"))?;
    let failures = reply["failures"].as_u64().unwrap_or(0);
    eprintln!("{name}: {failures} recent failed logins forgotten");
    Ok(())
}

async fn token(store: &dyn Store, command: &TokenCommand) -> anyhow::Result<()> {
    match command {
        TokenCommand::Create {
            user,
            scope,
            expires,
            name,
        } => {
            let username = auth::check_username(user).map_err(anyhow::Error::msg)?;
            let Some((user, _)) = store.user_by_name(&username).await? else {
                bail!("no user named {username}");
            };
            let scopes = parse_scopes(scope).map_err(anyhow::Error::msg)?;
            let expires_at = match expires {
                Some(text) => Some(crate::server::now_ms() as i64 + duration_ms(text)?),
                None => None,
            };
            let token =
                auth::issue_token(store, user.id, TokenKind::Api, name, &scopes, expires_at)
                    .await?;
            // The token alone on stdout, so `TOKEN=$(quizbox user token create …)` works.
            println!("{token}");
            eprintln!(
                "token for {} with scopes {} ({}); it is shown only this once",
                user.username,
                scopes_text(&scopes),
                match expires_at {
                    Some(at) => format!("expires {}", date(Some(at))),
                    None => "does not expire".into(),
                }
            );
        }
        TokenCommand::List { user, json } => {
            let user = user
                .as_deref()
                .map(auth::check_username)
                .transpose()
                .map_err(anyhow::Error::msg)?;
            let tokens = store.list_tokens(user.as_deref()).await?;
            if *json {
                println!("{}", serde_json::to_string_pretty(&tokens)?);
            } else {
                println!(
                    "{:<6} {:<16} {:<8} {:<12} {:<20} {:<17} {:<17} last used",
                    "id", "user", "kind", "name", "scopes", "created", "expires"
                );
                for t in tokens {
                    println!(
                        "{:<6} {:<16} {:<8} {:<12} {:<20} {:<17} {:<17} {}",
                        t.id,
                        t.username,
                        t.kind.as_str(),
                        t.name,
                        scopes_text(&t.scopes),
                        date(Some(t.created_at)),
                        if t.expires_at.is_some() {
                            date(t.expires_at)
                        } else {
                            "never".into()
                        },
                        date(t.last_used_at)
                    );
                }
            }
        }
        TokenCommand::Revoke { id } => {
            if !store.revoke_token(*id).await? {
                bail!("no token with id {id}");
            }
            eprintln!("revoked token {id}");
        }
    }
    Ok(())
}

/// The password for a new account or a change: standard input with
/// `--password-stdin`, else typed twice at the terminal, else made up and
/// printed once.
fn new_password(from_stdin: bool, username: &str) -> anyhow::Result<String> {
    let password = if from_stdin {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .context("cannot read the password from standard input")?;
        line.trim_end_matches(['\r', '\n']).to_string()
    } else if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password(format!("password for {username}: "))?;
        let again = rpassword::prompt_password("again: ")?;
        if first != again {
            bail!("the two passwords differ; nothing changed");
        }
        first
    } else {
        let made = auth::random_password();
        eprintln!("password for {username} (shown once): {made}");
        made
    };
    if password.chars().count() < 8 {
        bail!("a password needs at least 8 characters");
    }
    if password.len() > auth::MAX_PASSWORD {
        bail!("a password has at most {} bytes", auth::MAX_PASSWORD);
    }
    Ok(password)
}

async fn hash(password: String) -> anyhow::Result<String> {
    tokio::task::spawn_blocking(move || auth::hash_password(&password))
        .await?
        .map_err(anyhow::Error::msg)
}

fn role_name(role: store::UserRole) -> &'static str {
    match role {
        store::UserRole::Admin => "admin",
        store::UserRole::Host => "host",
    }
}

/// `90d`, `12h`, `30m`, `45s` in milliseconds.
pub(super) fn duration_ms(text: &str) -> anyhow::Result<i64> {
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let n: i64 = number
        .parse()
        .ok()
        .filter(|n| *n > 0)
        .with_context(|| format!("{text:?} is not a duration like 90d, 12h or 30m"))?;
    let unit_ms = match unit {
        "d" => 86_400_000,
        "h" => 3_600_000,
        "m" => 60_000,
        "s" => 1_000,
        _ => bail!("{text:?} is not a duration like 90d, 12h or 30m"),
    };
    n.checked_mul(unit_ms).context("that duration is too long")
}

/// A Unix-ms time as `YYYY-MM-DD HH:MM` (UTC), or `-`.
pub(super) fn date(ms: Option<i64>) -> String {
    let Some(ms) = ms else {
        return "-".into();
    };
    let secs = ms.div_euclid(1000);
    let (year, month, day, hour, minute, _) = crate::clock::utc_parts(secs);
    format!("{year:04}-{month:02}-{day:02} {hour:02}:{minute:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_and_dates() {
        assert_eq!(duration_ms("90d").unwrap(), 90 * 86_400_000);
        assert_eq!(duration_ms("12h").unwrap(), 12 * 3_600_000);
        assert!(duration_ms("12").is_err());
        assert!(duration_ms("0d").is_err());
        assert!(duration_ms("d").is_err());
        assert_eq!(date(Some(0)), "1970-01-01 00:00");
        assert_eq!(date(Some(1_718_000_000_000)), "2024-06-10 06:13");
        assert_eq!(date(None), "-");
    }
}
