//! `Store` stories about mail: accounts' addresses and report opt-in,
//! invited accounts and one-time links, and the outgoing mail queue with
//! its claims, retries and restarts.

use super::{migrated, now_ms, StoreBackend};
use crate::store::mail::{Attachment, Attempt, LinkPurpose, NewMail};
use crate::store::{StoreError, UserRole};

fn mail(n: u32) -> NewMail {
    NewMail {
        kind: "report".into(),
        about: Some(format!("game-{n}")),
        recipient: format!("host{n}@example.org"),
        subject: format!("Quiz report {n}"),
        body: format!("body {n}\nline two"),
        attachments: vec![Attachment {
            name: format!("r{n}.csv"),
            content_type: "text/csv".into(),
            bytes: vec![0, 1, 2, 255, n as u8],
        }],
        message_id: format!("<{n}@example.org>"),
    }
}

/// An address belongs to one account; the opt-in is kept; an invited
/// account cannot be found by name until it accepts its link, which works
/// once and not after it expires; a reset link sets the password once.
pub async fn addresses_invitations_and_links_work_once<B: StoreBackend>() {
    let Some(place) = B::place(false).await else {
        return;
    };
    let store = migrated(&place).await;
    let ada = store
        .create_user("ada", UserRole::Admin, "$argon2id$ada")
        .await
        .unwrap();
    let contact = store.contact(ada.id).await.unwrap().unwrap();
    assert_eq!(
        (contact.email, contact.report_mail, contact.pending),
        (None, false, false)
    );
    let set = store
        .set_contact("ada", Some(Some("Ada@Example.org")), Some(true))
        .await
        .unwrap();
    assert_eq!(set.email.as_deref(), Some("Ada@Example.org"));
    assert!(set.report_mail);
    let found = store.contact_by_email("ada@example.ORG").await.unwrap();
    assert_eq!(found.map(|c| c.username), Some("ada".to_string()));
    let only_opt_in = store.set_contact("ada", None, Some(false)).await.unwrap();
    assert_eq!(only_opt_in.email.as_deref(), Some("Ada@Example.org"));
    assert!(!only_opt_in.report_mail);
    assert!(matches!(
        store.set_contact("nobody", None, Some(true)).await,
        Err(StoreError::NotFound(_))
    ));

    // An invitation to a taken address is refused; to a new one it makes a
    // pending account that no password opens.
    assert!(matches!(
        store
            .create_pending_user("invited-1", UserRole::Host, "ADA@example.org")
            .await,
        Err(StoreError::Conflict(_))
    ));
    let invited = store
        .create_pending_user("invited-2", UserRole::Host, "cy@example.org")
        .await
        .unwrap();
    assert!(store.contact(invited.id).await.unwrap().unwrap().pending);
    let now = now_ms();
    store
        .create_link(invited.id, LinkPurpose::Invite, "hash-old", now + 60_000)
        .await
        .unwrap();
    store
        .create_link(invited.id, LinkPurpose::Invite, "hash-inv", now + 60_000)
        .await
        .unwrap();
    // The newer link replaced the older one; a link is for its purpose only.
    assert_eq!(
        store
            .link_user("hash-old", LinkPurpose::Invite, now)
            .await
            .unwrap(),
        None
    );
    assert_eq!(
        store
            .link_user("hash-inv", LinkPurpose::Reset, now)
            .await
            .unwrap(),
        None
    );
    assert_eq!(
        store
            .accept_invite("hash-inv", "ada", "$argon2id$x", now)
            .await
            .map_err(|e| matches!(e, StoreError::Conflict(_))),
        Err(true),
        "a taken username is refused"
    );
    let accepted = store
        .accept_invite("hash-inv", "cy", "$argon2id$cy", now)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (accepted.id, accepted.username.as_str()),
        (invited.id, "cy")
    );
    assert_eq!(
        store.user_by_name("cy").await.unwrap().map(|(_, h)| h),
        Some("$argon2id$cy".to_string())
    );
    assert!(!store.contact(invited.id).await.unwrap().unwrap().pending);
    assert_eq!(
        store
            .accept_invite("hash-inv", "cy2", "$argon2id$y", now)
            .await
            .unwrap(),
        None,
        "used once"
    );

    store
        .create_link(ada.id, LinkPurpose::Reset, "hash-reset", now + 1_000)
        .await
        .unwrap();
    assert_eq!(
        store
            .use_reset("hash-reset", "$argon2id$new", now + 1_000)
            .await
            .unwrap(),
        None,
        "expired"
    );
    let reset = store
        .use_reset("hash-reset", "$argon2id$new", now)
        .await
        .unwrap();
    assert_eq!(reset.map(|u| u.id), Some(ada.id));
    assert_eq!(
        store.user_by_name("ada").await.unwrap().map(|(_, h)| h),
        Some("$argon2id$new".to_string())
    );
    assert_eq!(
        store
            .use_reset("hash-reset", "$argon2id$again", now)
            .await
            .unwrap(),
        None,
        "used once"
    );
}

/// Queued mail comes back whole; a claimed message is not claimed again
/// until its lease ends; attempts are counted; sent and given-up mail is
/// never due again; the queue outlives a restart.
pub async fn mail_is_queued_claimed_retried_and_kept_across_a_restart<B: StoreBackend>() {
    let Some(place) = B::place(false).await else {
        return;
    };
    let t = 1_000_000;
    {
        let store = migrated(&place).await;
        assert_eq!(store.next_mail_due().await.unwrap(), None);
        let first = store.queue_mail(&mail(1), t).await.unwrap();
        let second = store.queue_mail(&mail(2), t + 10).await.unwrap();
        // The report of a game is queued once, whatever its Message-ID.
        let again = NewMail {
            message_id: "<other@example.org>".into(),
            ..mail(2)
        };
        assert_eq!(store.queue_mail(&again, t + 20).await.unwrap(), second);
        let unrelated = |n| NewMail {
            about: None,
            ..mail(n)
        };
        assert!(
            store.queue_mail(&unrelated(1), t).await.is_err(),
            "one Message-ID, one message"
        );
        assert_eq!(store.next_mail_due().await.unwrap(), Some(t));
        assert_eq!(
            store.claim_due_mail(t - 1, t + 500, 10).await.unwrap(),
            vec![]
        );

        let claimed = store.claim_due_mail(t + 10, t + 500, 1).await.unwrap();
        let [one] = &claimed[..] else {
            panic!("one claimed: {claimed:?}")
        };
        assert_eq!(one.id, first);
        let expected = mail(1);
        assert_eq!(
            (&one.kind, &one.recipient, &one.subject, &one.body),
            (
                &expected.kind,
                &expected.recipient,
                &expected.subject,
                &expected.body
            )
        );
        assert_eq!(one.attachments, expected.attachments);
        assert_eq!(
            (one.message_id.as_str(), one.queued_at, one.attempts),
            ("<1@example.org>", t, 0)
        );

        // The first is leased: only the second is due now.
        let again = store.claim_due_mail(t + 20, t + 500, 10).await.unwrap();
        assert_eq!(again.iter().map(|m| m.id).collect::<Vec<_>>(), [second]);
        store
            .mail_attempted(
                first,
                Attempt::Retry {
                    error: "connection refused".into(),
                    at: t + 1_000,
                },
                t + 30,
            )
            .await
            .unwrap();
        store
            .mail_attempted(
                second,
                Attempt::GiveUp {
                    error: "550 no".into(),
                },
                t + 40,
            )
            .await
            .unwrap();
    }
    // A restart: what was queued is still there, with its attempts.
    let store = migrated(&place).await;
    assert_eq!(store.next_mail_due().await.unwrap(), Some(t + 1_000));
    let listed = store.list_mail(10).await.unwrap();
    assert_eq!(listed.len(), 2);
    assert_eq!(listed[0].attempts, 1);
    assert_eq!(listed[0].last_error.as_deref(), Some("connection refused"));
    assert_eq!(
        (listed[1].failed_at, listed[1].last_error.as_deref()),
        (Some(t + 40), Some("550 no"))
    );
    let due = store
        .claim_due_mail(t + 1_000, t + 2_000, 10)
        .await
        .unwrap();
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].attempts, 1);
    store
        .mail_attempted(due[0].id, Attempt::Sent, t + 1_100)
        .await
        .unwrap();
    assert_eq!(store.next_mail_due().await.unwrap(), None);
    assert_eq!(
        store.claim_due_mail(i64::MAX, i64::MAX, 10).await.unwrap(),
        vec![]
    );
    // Done with both: newest first.
    let listed = store.list_mail(10).await.unwrap();
    assert_eq!(listed[0].failed_at, Some(t + 40));
    let sent = &listed[1];
    assert_eq!(
        (sent.sent_at, sent.attempts, sent.last_error.clone()),
        (Some(t + 1_100), 2, None)
    );
}
