//! `Store` stories about the schema, quizzes and finished games, each
//! generic over the backend's `StoreBackend` and run as its own test by
//! `store_suite!`.

use std::sync::Arc;

use super::{every_kind_quiz, finished_game, migrated, now_ms, quiz, StoreBackend};
use crate::store::{ImportCounts, QuizSummary, StoreError};

/// The summary of a stored quiz, from the listing.
pub(super) fn summary(list: &[QuizSummary], id: &str) -> QuizSummary {
    list.iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("quiz {id} is not listed: {list:?}"))
        .clone()
}

pub(super) fn ids(list: &[QuizSummary]) -> Vec<&str> {
    list.iter().map(|s| s.id.as_str()).collect()
}

/// A new place reports itself unmigrated; `migrate` applies every
/// migration once, in order; the schema is then current, also after a
/// restart.
pub async fn migrations_apply_once_and_the_schema_is_checked<B: StoreBackend>() {
    let Some(place) = B::place(false).await else {
        return;
    };
    let store = place.open().await;
    assert!(matches!(
        store.check_schema().await,
        Err(StoreError::NotMigrated)
    ));
    let pending = store.migration_status().await.unwrap();
    assert!(!pending.is_empty());
    assert!(
        pending.iter().all(|m| m.applied_at.is_none()),
        "{pending:?}"
    );

    let before = now_ms() / 1000;
    let applied = store.migrate().await.unwrap();
    let versions: Vec<i64> = pending.iter().map(|m| m.version).collect();
    assert_eq!(applied, versions);
    assert!(versions.windows(2).all(|w| w[0] < w[1]), "{versions:?}");
    assert_eq!(store.migrate().await.unwrap(), Vec::<i64>::new());
    store.check_schema().await.unwrap();
    let status = store.migration_status().await.unwrap();
    for (now, was) in status.iter().zip(&pending) {
        assert_eq!((now.version, &now.name), (was.version, &was.name));
        let at = now.applied_at.expect("applied");
        assert!(at >= before - 1 && at <= now_ms() / 1000 + 1, "{now:?}");
    }

    drop(store);
    let store = place.open().await;
    store.check_schema().await.unwrap();
    assert_eq!(store.migration_status().await.unwrap(), status);
    assert_eq!(store.migrate().await.unwrap(), Vec::<i64>::new());
}

/// A quiz with every kind of question comes back whole; the listing says
/// its title, description, size, source and times, ordered by title
/// without regard to case; upserts replace, inserts keep the first,
/// imports count what they created and replaced; deletes delete.
pub async fn quizzes_are_read_back_with_every_field<B: StoreBackend>() {
    let Some(place) = B::place(false).await else {
        return;
    };
    let store = migrated(&place).await;
    assert_eq!(store.list_quizzes().await.unwrap(), vec![]);
    assert_eq!(store.get_quiz("every-kind").await.unwrap(), None);

    let every = every_kind_quiz();
    let before = now_ms();
    store.upsert_quiz(&every, "sample").await.unwrap();
    let after = now_ms();
    assert_eq!(store.get_quiz("every-kind").await.unwrap().unwrap(), every);
    let listed = summary(&store.list_quizzes().await.unwrap(), "every-kind");
    assert_eq!(
        listed,
        QuizSummary {
            id: every.id.clone(),
            title: every.title.clone(),
            description: every.description.clone(),
            question_count: every.questions.len() as u32,
            source: "sample".into(),
            updated_at: listed.updated_at,
            last_played: None,
            owner: None,
        }
    );
    assert!((before..=after).contains(&listed.updated_at), "{listed:?}");

    let birds = quiz("birds", "birds of the coast", 2);
    let zebras = quiz("zebras", "Zebras", 1);
    assert!(store.insert_quiz_if_absent(&birds, "x").await.unwrap());
    assert!(!store.insert_quiz_if_absent(&birds, "y").await.unwrap());
    assert!(store
        .insert_quiz_if_absent(&zebras, "import")
        .await
        .unwrap());
    assert_eq!(store.get_quiz("birds").await.unwrap().unwrap(), birds);
    assert_eq!(
        summary(&store.list_quizzes().await.unwrap(), "birds").source,
        "x"
    );
    assert_eq!(
        ids(&store.list_quizzes().await.unwrap()),
        ["birds", "every-kind", "zebras"]
    );

    let mut changed = every.clone();
    changed.title = "all the kinds".into();
    changed.description = None;
    changed.questions.truncate(3);
    store.upsert_quiz(&changed, "import").await.unwrap();
    assert_eq!(
        store.get_quiz("every-kind").await.unwrap().unwrap(),
        changed
    );
    let list = store.list_quizzes().await.unwrap();
    assert_eq!(ids(&list), ["every-kind", "birds", "zebras"]);
    let relisted = summary(&list, "every-kind");
    assert_eq!(
        (relisted.title.as_str(), relisted.description.as_deref()),
        ("all the kinds", None)
    );
    assert_eq!(
        (relisted.question_count, relisted.source.as_str()),
        (3, "import")
    );
    assert!(relisted.updated_at >= listed.updated_at);

    let counts = store
        .import_quizzes(&[quiz("owls", "Owls", 4), every.clone()], "import")
        .await
        .unwrap();
    assert_eq!(
        counts,
        ImportCounts {
            created: 1,
            updated: 1,
            questions: 4 + every.questions.len(),
            replaced: vec![false, true],
        }
    );
    assert_eq!(store.get_quiz("every-kind").await.unwrap().unwrap(), every);
    assert_eq!(store.list_quizzes().await.unwrap().len(), 4);

    assert!(store.delete_quiz("zebras").await.unwrap());
    assert!(!store.delete_quiz("zebras").await.unwrap());
    assert_eq!(store.get_quiz("zebras").await.unwrap(), None);
    assert_eq!(
        ids(&store.list_quizzes().await.unwrap()),
        ["birds", "every-kind", "owls"]
    );
}

/// A finished game comes back with every player, question and answer of
/// every shape; saving it again replaces it whole; the quiz's listing says
/// when it was last played.
pub async fn finished_games_are_read_back_with_every_answer<B: StoreBackend>() {
    let Some(place) = B::place(false).await else {
        return;
    };
    let store = migrated(&place).await;
    let every = every_kind_quiz();
    store.upsert_quiz(&every, "sample").await.unwrap();
    assert_eq!(store.finished_game("g-1").await.unwrap(), None);

    let game = finished_game("g-1", &every, 1_764_000_900_000);
    store
        .save_finished_game(Arc::new(game.clone()))
        .await
        .unwrap();
    assert_eq!(store.finished_game("g-1").await.unwrap().unwrap(), game);
    assert_eq!(store.write_problem(), None);
    let listed = summary(&store.list_quizzes().await.unwrap(), "every-kind");
    assert_eq!(listed.last_played, Some(1_764_000_900_000));

    // Saved again (a retry after a restart), with one player gone: whole.
    let mut again = game.clone();
    again.players.truncate(2);
    again.answers.retain(|a| a.player != 2);
    store
        .save_finished_game(Arc::new(again.clone()))
        .await
        .unwrap();
    assert_eq!(store.finished_game("g-1").await.unwrap().unwrap(), again);

    // A game ended before it started, with nobody in it.
    let mut empty = finished_game("g-2", &every, 1_764_000_950_000);
    empty.started_at = None;
    empty.players.clear();
    empty.answers.clear();
    store
        .save_finished_game(Arc::new(empty.clone()))
        .await
        .unwrap();
    assert_eq!(store.finished_game("g-2").await.unwrap().unwrap(), empty);
    assert_eq!(store.finished_game("g-1").await.unwrap().unwrap(), again);
    let listed = summary(&store.list_quizzes().await.unwrap(), "every-kind");
    assert_eq!(listed.last_played, Some(1_764_000_950_000));
}
