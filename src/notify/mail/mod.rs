//! Mail: composing messages (`report`, `links`), the durable queue and the
//! task that empties it (`outbox`), and sending one message through the
//! configured SMTP server (`smtp`). Every message goes through the queue in
//! the relational store, so a message survives a restart and an SMTP
//! server that is down; only `quizbox mail test` sends directly. It must
//! not hold up a game: the game actor only hands over a game id.

pub mod links;
pub mod outbox;
pub mod report;
pub mod smtp;

pub use outbox::{Outbox, RetryPolicy};
pub use smtp::Mailer;

/// Why a message could not be composed or sent.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    /// `[mail]` is not set up, or set up in a way that cannot work.
    #[error("{0}")]
    Config(String),
    /// An address that is not one.
    #[error("{0:?} is not a mail address")]
    Address(String),
    #[error("cannot build the message: {0}")]
    Build(String),
    /// The SMTP server could not be reached, or refused. `permanent`: it
    /// said the message will never be accepted (a 5xx reply).
    #[error("{message}")]
    Smtp { permanent: bool, message: String },
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
}

/// Whether `text` looks like one mail address (`name@domain`, no spaces
/// or angle brackets): what an account's address must be.
pub fn check_address(text: &str) -> Result<String, MailError> {
    let text = text.trim();
    let valid = text.len() <= 254
        && text.parse::<lettre::Address>().is_ok()
        && !text.contains(['<', '>', ' ', ',']);
    match valid {
        true => Ok(text.to_string()),
        false => Err(MailError::Address(text.to_string())),
    }
}

/// A fresh Message-ID, the same for every attempt at one message.
pub fn new_message_id(domain: &str) -> String {
    use rand::Rng;
    let token: u128 = rand::rng().random();
    format!("<{token:032x}@{domain}>")
}

/// The domain of the sender's address, for Message-IDs.
pub fn sender_domain(from: Option<&str>) -> String {
    from.and_then(|f| f.parse::<lettre::message::Mailbox>().ok())
        .map(|m| m.email.domain().to_string())
        .unwrap_or_else(|| "quizbox.invalid".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_checked() {
        assert_eq!(
            check_address(" ana@example.org ").unwrap(),
            "ana@example.org"
        );
        assert!(check_address("ana").is_err());
        assert!(check_address("Ana <ana@example.org>").is_err());
        assert!(check_address("a b@example.org").is_err());
        assert_eq!(
            sender_domain(Some("quizbox <quiz@example.org>")),
            "example.org"
        );
        assert_eq!(sender_domain(None), "quizbox.invalid");
        let (a, b) = (new_message_id("x.org"), new_message_id("x.org"));
        assert_ne!(a, b);
        assert!(a.starts_with('<') && a.ends_with("@x.org>"), "{a}");
    }
}
