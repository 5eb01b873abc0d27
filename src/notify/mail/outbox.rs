//! The outgoing mail queue and the task that empties it. A message is
//! written to the relational store first (`MailStore::queue_mail`) and sent
//! afterwards, by one task per server: a message that cannot be sent is
//! tried again later, each wait twice the one before (up to
//! `mail.retry_max_secs`), until it is sent, the server refuses it for
//! good, or it is older than `mail.give_up_hours`. Queued mail outlives a
//! restart: the task picks it up on start. Each message is claimed for a
//! while before it is sent, so two senders never send it both.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;

use super::smtp::{Mailer, Outgoing};
use super::MailError;
use crate::config::MailSettings;
use crate::store::mail::{Attempt, NewMail, QueuedMail};
use crate::store::Store;

/// Messages sent in one pass before the queue is looked at again.
const BATCH: usize = 10;
/// The longest the task sleeps without looking at the queue: mail queued
/// by another process (`quizbox user invite`) goes out within this.
const LOOK_EVERY: Duration = Duration::from_secs(30);

/// How long to wait before each retry, and when to give up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    pub first: Duration,
    pub max: Duration,
    pub give_up_after: Duration,
}

impl From<&MailSettings> for RetryPolicy {
    fn from(s: &MailSettings) -> Self {
        RetryPolicy {
            first: Duration::from_secs(s.retry_first_secs.max(1)),
            max: Duration::from_secs(s.retry_max_secs.max(s.retry_first_secs.max(1))),
            give_up_after: Duration::from_secs(s.give_up_hours.saturating_mul(3600)),
        }
    }
}

impl RetryPolicy {
    /// The wait after a message's `failures`-th failed attempt (1 = the first).
    pub fn delay(&self, failures: u32) -> Duration {
        let doubled = self
            .first
            .saturating_mul(1u32 << failures.saturating_sub(1).min(20));
        doubled.min(self.max)
    }

    /// What to record after a failed attempt at `mail` at `now`.
    pub fn after_failure(&self, mail: &QueuedMail, error: &MailError, now: i64) -> Attempt {
        let error_text = error.to_string();
        let permanent = matches!(
            error,
            MailError::Smtp {
                permanent: true,
                ..
            }
        ) || matches!(error, MailError::Address(_) | MailError::Build(_));
        let age = Duration::from_millis(now.saturating_sub(mail.queued_at).max(0) as u64);
        if permanent || age >= self.give_up_after {
            return Attempt::GiveUp { error: error_text };
        }
        let wait = self.delay(mail.attempts + 1);
        Attempt::Retry {
            error: error_text,
            at: now + wait.as_millis() as i64,
        }
    }
}

/// Where messages are queued: the store, and a nudge for the sending task
/// of this process so it need not wait for its next look.
#[derive(Clone)]
pub struct Outbox {
    store: Arc<dyn Store>,
    wake: Arc<Notify>,
    /// The sender's domain, for Message-IDs.
    domain: String,
}

impl Outbox {
    pub fn new(store: Arc<dyn Store>, settings: &MailSettings) -> Outbox {
        Outbox {
            store,
            wake: Arc::new(Notify::new()),
            domain: super::sender_domain(settings.from.as_deref()),
        }
    }

    pub fn store(&self) -> &Arc<dyn Store> {
        &self.store
    }

    /// Queues a message (durably: it is in the store when this returns)
    /// and wakes the sender. Returns its id. With `about`, a message of
    /// this kind about that thing is queued once (see `MailStore::queue_mail`).
    #[allow(clippy::too_many_arguments)]
    pub async fn queue(
        &self,
        kind: &str,
        about: Option<&str>,
        to: &str,
        subject: &str,
        body: String,
        attachments: Vec<crate::store::mail::Attachment>,
    ) -> Result<i64, MailError> {
        let mail = NewMail {
            kind: kind.into(),
            about: about.map(str::to_string),
            recipient: to.into(),
            subject: subject.into(),
            body,
            attachments,
            message_id: super::new_message_id(&self.domain),
        };
        let id = self
            .store
            .queue_mail(&mail, crate::server::now_ms() as i64)
            .await?;
        tracing::info!(mail = id, kind, "mail queued");
        self.wake.notify_one();
        Ok(id)
    }

    /// Sends what is due now (at most `BATCH` messages); returns how many
    /// were sent. Messages are claimed one at a time, each for as long as
    /// one attempt may take, so one left claimed by a sender that died is
    /// free again soon.
    pub async fn deliver_due(
        &self,
        mailer: &Mailer,
        policy: &RetryPolicy,
    ) -> Result<usize, MailError> {
        let lease = mailer.timeout() + Duration::from_secs(30);
        let mut sent = 0;
        for _ in 0..BATCH {
            let now = crate::server::now_ms() as i64;
            let claimed = self
                .store
                .claim_due_mail(now, now + lease.as_millis() as i64, 1)
                .await?;
            let Some(mail) = claimed.into_iter().next() else {
                break;
            };
            sent += usize::from(self.attempt(mailer, policy, mail).await? == Attempt::Sent);
        }
        Ok(sent)
    }

    /// One attempt at one claimed message, recorded.
    async fn attempt(
        &self,
        mailer: &Mailer,
        policy: &RetryPolicy,
        mail: QueuedMail,
    ) -> Result<Attempt, MailError> {
        let outgoing = Outgoing {
            to: &mail.recipient,
            subject: &mail.subject,
            body: &mail.body,
            attachments: &mail.attachments,
            message_id: &mail.message_id,
        };
        let result = mailer.send(&outgoing).await;
        let now = crate::server::now_ms() as i64;
        let attempt = match &result {
            Ok(()) => Attempt::Sent,
            Err(e) => policy.after_failure(&mail, e, now),
        };
        match &attempt {
            Attempt::Sent => tracing::info!(
                mail = mail.id,
                kind = %mail.kind,
                attempts = mail.attempts + 1,
                "mail sent"
            ),
            Attempt::Retry { error, at } => tracing::warn!(
                mail = mail.id,
                kind = %mail.kind,
                retry_in_ms = at - now,
                "mail not sent, will retry: {error}"
            ),
            Attempt::GiveUp { error } => tracing::error!(
                mail = mail.id,
                kind = %mail.kind,
                "mail given up: {error}"
            ),
        }
        self.store
            .mail_attempted(mail.id, attempt.clone(), now)
            .await?;
        Ok(attempt)
    }

    /// Empties the queue for as long as the server runs: sends what is due,
    /// then sleeps until the next message is due, something is queued in
    /// this process, or `LOOK_EVERY` has passed.
    pub async fn run(self, mailer: Mailer, policy: RetryPolicy) {
        tracing::info!(server = %mailer.server(), "mail queue running");
        loop {
            if let Err(e) = self.deliver_due(&mailer, &policy).await {
                tracing::warn!("mail queue: {e}");
            }
            let now = crate::server::now_ms() as i64;
            let wait = match self.store.next_mail_due().await {
                Ok(Some(at)) => Duration::from_millis(at.saturating_sub(now).max(0) as u64),
                Ok(None) => LOOK_EVERY,
                Err(_) => Duration::from_secs(1),
            };
            // Never spin: a store that keeps failing is asked again shortly.
            let wait = wait.clamp(Duration::from_millis(200), LOOK_EVERY);
            tokio::select! {
                _ = tokio::time::sleep(wait) => {}
                _ = self.wake.notified() => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn queued(attempts: u32, queued_at: i64) -> QueuedMail {
        QueuedMail {
            id: 1,
            kind: "report".into(),
            recipient: "ana@example.org".into(),
            subject: "s".into(),
            body: "b".into(),
            attachments: Vec::new(),
            message_id: "<1@x>".into(),
            queued_at,
            attempts,
            next_attempt_at: queued_at,
            last_error: None,
            sent_at: None,
            failed_at: None,
        }
    }

    #[test]
    fn retries_wait_twice_as_long_each_time_up_to_the_most_then_give_up() {
        let policy = RetryPolicy {
            first: Duration::from_secs(30),
            max: Duration::from_secs(300),
            give_up_after: Duration::from_secs(3600),
        };
        let waits: Vec<u64> = (1..=6).map(|n| policy.delay(n).as_secs()).collect();
        assert_eq!(waits, [30, 60, 120, 240, 300, 300]);
        assert_eq!(policy.delay(u32::MAX), Duration::from_secs(300));

        let down = MailError::Smtp {
            permanent: false,
            message: "Connection refused".into(),
        };
        assert_eq!(
            policy.after_failure(&queued(2, 0), &down, 1_000),
            Attempt::Retry {
                error: "Connection refused".into(),
                at: 1_000 + 120_000
            }
        );
        let refused = MailError::Smtp {
            permanent: true,
            message: "550 no such user".into(),
        };
        assert_eq!(
            policy.after_failure(&queued(0, 0), &refused, 1_000),
            Attempt::GiveUp {
                error: "550 no such user".into()
            }
        );
        assert_eq!(
            policy.after_failure(&queued(9, 0), &down, 3_600_000),
            Attempt::GiveUp {
                error: "Connection refused".into()
            }
        );
    }
}
