//! `Store` stories about quiz revisions, the quiz API's ETags: every write
//! gives a quiz a revision no version of any quiz had before; a replace or
//! delete that expects a revision happens only at that revision, and of
//! writers holding the same one exactly one wins.

use std::collections::BTreeSet;
use std::sync::Arc;

use super::{every_kind_quiz, finished_game, migrated, quiz, StoreBackend};
use crate::store::{StoreError, StoredQuiz, UserRole, Written};

/// Every way of writing a quiz gives it a new revision, never one seen
/// before (not even when a deleted quiz comes back under its id); a
/// replace or delete at a stale revision writes nothing and names the
/// current one; a new quiz's id is made unique on request; deleting a
/// quiz leaves the games played with it.
pub async fn quiz_revisions_guard_replace_and_delete<B: StoreBackend>() {
    let Some(place) = B::place(false).await else {
        return;
    };
    let store = migrated(&place).await;
    let ann = store
        .create_user("ann", UserRole::Host, "hash")
        .await
        .unwrap();
    let mut seen = BTreeSet::new();
    let mut fresh = |revision: i64| assert!(seen.insert(revision), "{revision} given twice");

    let birds = quiz("birds", "Birds", 3);
    let created = store
        .create_quiz(&birds, "api", Some(ann.id), false)
        .await
        .unwrap();
    assert_eq!((&created.quiz, created.owner), (&birds, Some(ann.id)));
    fresh(created.revision);
    assert_eq!(
        store.stored_quiz("birds").await.unwrap(),
        Some(created.clone())
    );
    assert_eq!(store.quiz_owner("birds").await.unwrap(), Some(Some(ann.id)));
    // A taken id is refused, or made unique when asked.
    assert!(matches!(
        store.create_quiz(&birds, "api", None, false).await,
        Err(StoreError::Conflict(_))
    ));
    let second = store.create_quiz(&birds, "copy", None, true).await.unwrap();
    let third = store
        .create_quiz(&birds, "copy", Some(ann.id), true)
        .await
        .unwrap();
    assert_eq!((second.quiz.id.as_str(), second.owner), ("birds-2", None));
    assert_eq!(
        (third.quiz.id.as_str(), third.owner),
        ("birds-3", Some(ann.id))
    );
    assert_eq!(
        store.get_quiz("birds-2").await.unwrap().unwrap().title,
        "Birds"
    );
    fresh(second.revision);
    fresh(third.revision);
    let long = quiz(&"x".repeat(64), "Long", 1);
    store.create_quiz(&long, "api", None, false).await.unwrap();
    let shortened = store.create_quiz(&long, "api", None, true).await.unwrap();
    assert_eq!(shortened.quiz.id, format!("{}-2", "x".repeat(62)));

    // A replace at the current revision writes and moves it on; at the old
    // one it writes nothing and says where the quiz is now.
    let mut owls = quiz("birds", "Owls", 2);
    let Written::Done(r2) = store
        .replace_quiz(&owls, Some(created.revision))
        .await
        .unwrap()
    else {
        panic!("a replace at the current revision is written");
    };
    fresh(r2);
    let stale = quiz("birds", "Stale", 1);
    assert_eq!(
        store
            .replace_quiz(&stale, Some(created.revision))
            .await
            .unwrap(),
        Written::Stale(r2)
    );
    let now = store.stored_quiz("birds").await.unwrap().unwrap();
    assert_eq!(
        now,
        StoredQuiz {
            quiz: owls.clone(),
            revision: r2,
            owner: Some(ann.id),
        },
        "a stale replace changes nothing, and a replace keeps the owner"
    );
    let listed = store.list_quizzes().await.unwrap();
    let entry = listed.iter().find(|q| q.id == "birds").unwrap();
    assert_eq!((entry.title.as_str(), entry.question_count), ("Owls", 2));
    assert_eq!(entry.source, "api", "a replace keeps the source");
    // Without an expected revision it writes whatever the revision.
    owls.description = Some("nocturnal".into());
    let Written::Done(r3) = store.replace_quiz(&owls, None).await.unwrap() else {
        panic!("an unconditional replace is written");
    };
    fresh(r3);
    // Imports and upserts move it on too.
    store.upsert_quiz(&owls, "import").await.unwrap();
    let r4 = store.stored_quiz("birds").await.unwrap().unwrap().revision;
    fresh(r4);
    store
        .import_quizzes(std::slice::from_ref(&owls), "import")
        .await
        .unwrap();
    let r5 = store.stored_quiz("birds").await.unwrap().unwrap().revision;
    fresh(r5);
    assert_eq!(
        store
            .replace_quiz(&quiz("nope", "Nope", 1), None)
            .await
            .unwrap(),
        Written::Missing
    );

    // A game played with the quiz outlives it.
    let game = finished_game("g-birds", &owls, 1_764_000_900_000);
    store
        .save_finished_game(Arc::new(game.clone()))
        .await
        .unwrap();
    assert_eq!(
        store.delete_quiz_at("birds", Some(r4)).await.unwrap(),
        Written::Stale(r5)
    );
    assert!(store.stored_quiz("birds").await.unwrap().is_some());
    assert_eq!(
        store.delete_quiz_at("birds", Some(r5)).await.unwrap(),
        Written::Done(r5)
    );
    assert_eq!(store.stored_quiz("birds").await.unwrap(), None);
    assert_eq!(
        store.delete_quiz_at("birds", None).await.unwrap(),
        Written::Missing
    );
    assert_eq!(store.finished_game("g-birds").await.unwrap().unwrap(), game);

    // Made again under the same id, it gets a revision never seen: an ETag
    // of the deleted quiz does not match the new one.
    let again = store
        .create_quiz(&every_kind_quiz(), "api", None, false)
        .await
        .unwrap();
    fresh(again.revision);
    let reborn = store
        .create_quiz(&birds, "api", Some(ann.id), false)
        .await
        .unwrap();
    fresh(reborn.revision);
    assert_eq!(
        store.replace_quiz(&owls, Some(r5)).await.unwrap(),
        Written::Stale(reborn.revision)
    );

    // After a restart the revisions go on from where they were.
    drop(store);
    let store = place.open().await;
    assert_eq!(
        store.stored_quiz("birds").await.unwrap().unwrap().revision,
        reborn.revision
    );
    let Written::Done(after) = store.replace_quiz(&owls, None).await.unwrap() else {
        panic!("written after a restart");
    };
    fresh(after);
}

const RIVALS: usize = 8;

/// Eight writers hold the same revision and replace the quiz at once
/// (then eight delete it at once): exactly one wins each time, the others
/// are told the winner's revision, and the stored quiz is the winner's.
pub async fn writers_with_the_same_revision_one_wins<B: StoreBackend>() {
    let Some(place) = B::place(false).await else {
        return;
    };
    let store = migrated(&place).await;
    let held = store
        .create_quiz(&quiz("contested", "Contested", 2), "api", None, false)
        .await
        .unwrap()
        .revision;
    let mut tasks = Vec::new();
    for writer in 0..RIVALS {
        let store = Arc::clone(&store);
        tasks.push(tokio::spawn(async move {
            let mine = quiz("contested", &format!("Written by {writer}"), writer + 1);
            let outcome = store.replace_quiz(&mine, Some(held)).await.unwrap();
            (mine, outcome)
        }));
    }
    let mut outcomes = Vec::new();
    for task in tasks {
        outcomes.push(task.await.unwrap());
    }
    let winners: Vec<_> = outcomes
        .iter()
        .filter_map(|(quiz, outcome)| match outcome {
            Written::Done(revision) => Some((quiz.clone(), *revision)),
            _ => None,
        })
        .collect();
    assert_eq!(winners.len(), 1, "{outcomes:?}");
    let (winner, revision) = winners[0].clone();
    for (_, outcome) in &outcomes {
        assert!(
            matches!(outcome, Written::Done(_)) || *outcome == Written::Stale(revision),
            "{outcomes:?}"
        );
    }
    let stored = store.stored_quiz("contested").await.unwrap().unwrap();
    assert_eq!((stored.quiz, stored.revision), (winner, revision));

    let mut tasks = Vec::new();
    for _ in 0..RIVALS {
        let store = Arc::clone(&store);
        tasks.push(tokio::spawn(async move {
            store
                .delete_quiz_at("contested", Some(revision))
                .await
                .unwrap()
        }));
    }
    let mut deletes = Vec::new();
    for task in tasks {
        deletes.push(task.await.unwrap());
    }
    assert_eq!(
        deletes
            .iter()
            .filter(|d| **d == Written::Done(revision))
            .count(),
        1,
        "{deletes:?}"
    );
    assert!(
        deletes
            .iter()
            .all(|d| matches!(d, Written::Done(_) | Written::Missing)),
        "{deletes:?}"
    );
    assert_eq!(store.stored_quiz("contested").await.unwrap(), None);
}
