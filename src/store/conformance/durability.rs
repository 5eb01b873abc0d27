//! `Store` stories about writes meeting each other, a restart and a
//! failing disk or database: nothing committed is lost, nothing failed is
//! half there.

use std::sync::Arc;

use super::stories::{ids, summary};
use super::{every_kind_quiz, finished_game, migrated, now_ms, quiz, StoreBackend};
use crate::store::{NewToken, Scope, TokenKind, UserRole};

const WRITERS: usize = 8;

/// Eight tasks at once import, upsert and insert quizzes, fight over one
/// quiz id, save finished games and create users with tokens: every write
/// is there afterwards, exactly once.
pub async fn concurrent_writers_lose_nothing<B: StoreBackend>() {
    let Some(place) = B::place(false).await else {
        return;
    };
    let store = migrated(&place).await;
    let every = every_kind_quiz();
    let mut tasks = Vec::new();
    for writer in 0..WRITERS {
        let store = Arc::clone(&store);
        let every = every.clone();
        tasks.push(tokio::spawn(async move {
            let (a, b) = (format!("w{writer}-a"), format!("w{writer}-b"));
            let imported = [quiz(&a, &a, 2), quiz(&b, &b, 3)];
            let counts = store.import_quizzes(&imported, "import").await.unwrap();
            assert_eq!(counts.created, 2);
            let upserted = quiz(&format!("w{writer}-c"), &format!("w{writer}-c"), 1);
            store.upsert_quiz(&upserted, "import").await.unwrap();
            let mut contested = quiz("contested", &format!("contested by {writer}"), writer + 1);
            contested.description = Some(format!("{writer}"));
            store.upsert_quiz(&contested, "import").await.unwrap();
            store.insert_quiz_if_absent(&every, "sample").await.unwrap();
            let mut games = Vec::new();
            for n in 0..2 {
                let id = format!("w{writer}-game{n}");
                let game = finished_game(&id, &imported[0], 1_764_000_000_000 + writer as u64);
                store
                    .save_finished_game(Arc::new(game.clone()))
                    .await
                    .unwrap();
                games.push(game);
            }
            let user = store
                .create_user(&format!("host{writer}"), UserRole::Host, "hash")
                .await
                .unwrap();
            let hash = format!("token-of-{writer}");
            store
                .create_token(&NewToken {
                    user_id: user.id,
                    kind: TokenKind::Api,
                    name: "ci".into(),
                    hash: hash.clone(),
                    scopes: vec![Scope::Host],
                    expires_at: None,
                })
                .await
                .unwrap();
            (imported, upserted, games, user, hash)
        }));
    }
    let mut users = Vec::new();
    for task in tasks {
        let (imported, upserted, games, user, hash) = task.await.unwrap();
        for quiz in imported.iter().chain([&upserted]) {
            assert_eq!(store.get_quiz(&quiz.id).await.unwrap().as_ref(), Some(quiz));
        }
        for game in games {
            assert_eq!(store.finished_game(&game.id).await.unwrap().unwrap(), game);
        }
        let credential = store.credential(&hash, now_ms()).await.unwrap().unwrap();
        assert_eq!(credential.user, user);
        users.push(user);
    }
    let list = store.list_quizzes().await.unwrap();
    assert_eq!(list.len(), WRITERS * 3 + 2, "{:?}", ids(&list));
    assert_eq!(store.get_quiz("every-kind").await.unwrap().unwrap(), every);
    // The contested quiz is one writer's whole, not a mix of several.
    let contested = store.get_quiz("contested").await.unwrap().unwrap();
    let writer: usize = contested.description.as_deref().unwrap().parse().unwrap();
    assert_eq!(contested, {
        let mut q = quiz("contested", &format!("contested by {writer}"), writer + 1);
        q.description = Some(format!("{writer}"));
        q
    });
    assert_eq!(
        summary(&list, "contested").question_count as usize,
        writer + 1
    );
    let mut stored = store.list_users().await.unwrap();
    stored.sort_by_key(|u| u.id);
    users.sort_by_key(|u| u.id);
    assert_eq!(stored, users);
}

/// Quizzes, users, tokens, games and their hosts written before the
/// backend is dropped are all there when it is opened again, whose schema
/// is still current.
pub async fn a_restart_between_write_and_read_keeps_everything<B: StoreBackend>() {
    let Some(place) = B::place(false).await else {
        return;
    };
    let store = migrated(&place).await;
    let every = every_kind_quiz();
    let owls = quiz("owls", "Owls", 4);
    store.upsert_quiz(&every, "sample").await.unwrap();
    store
        .import_quizzes(std::slice::from_ref(&owls), "import")
        .await
        .unwrap();
    store
        .upsert_quiz(&quiz("gone", "Gone", 1), "x")
        .await
        .unwrap();
    store.delete_quiz("gone").await.unwrap();
    let ada = store
        .create_user("ada", UserRole::Admin, "$argon2id$ada")
        .await
        .unwrap();
    let token = NewToken {
        user_id: ada.id,
        kind: TokenKind::Session,
        name: "login".into(),
        hash: "h-ada".into(),
        scopes: Scope::ALL.to_vec(),
        expires_at: Some(now_ms() + 3_600_000),
    };
    let token_id = store.create_token(&token).await.unwrap();
    let game = finished_game("g-1", &every, 1_764_000_900_000);
    store
        .save_finished_game(Arc::new(game.clone()))
        .await
        .unwrap();
    store.record_game_host("g-1", ada.id).await.unwrap();
    let listed = store.list_quizzes().await.unwrap();

    drop(store);
    let store = place.open().await;
    store.check_schema().await.unwrap();
    assert_eq!(store.list_quizzes().await.unwrap(), listed);
    assert_eq!(ids(&listed), ["every-kind", "owls"]);
    assert_eq!(store.get_quiz("every-kind").await.unwrap().unwrap(), every);
    assert_eq!(store.get_quiz("owls").await.unwrap().unwrap(), owls);
    assert_eq!(store.get_quiz("gone").await.unwrap(), None);
    assert_eq!(store.list_users().await.unwrap(), vec![ada.clone()]);
    assert_eq!(
        store.user_by_name("ada").await.unwrap().unwrap().1,
        "$argon2id$ada"
    );
    let credential = store.credential("h-ada", now_ms()).await.unwrap().unwrap();
    assert_eq!(
        (credential.token_id, &credential.user, &credential.scopes),
        (token_id, &ada, &token.scopes)
    );
    assert_eq!(store.finished_game("g-1").await.unwrap().unwrap(), game);
    assert_eq!(store.game_host("g-1").await.unwrap(), Some(ada.id));
}

/// Writes that fail return an error and leave what was there before;
/// `write_problem` names a failed save of results until it succeeds; once
/// writes work again they succeed; a restart after another failed write
/// finds nothing of it.
pub async fn a_failing_write_leaves_the_state_before_it<B: StoreBackend>() {
    let Some(place) = B::place(true).await else {
        return;
    };
    let store = migrated(&place).await;
    let every = every_kind_quiz();
    store.upsert_quiz(&every, "sample").await.unwrap();
    let ada = store
        .create_user("ada", UserRole::Admin, "a")
        .await
        .unwrap();
    let first = finished_game("g-1", &every, 1_764_000_900_000);
    store
        .save_finished_game(Arc::new(first.clone()))
        .await
        .unwrap();
    let listed = store.list_quizzes().await.unwrap();
    let reports = place.reports_write_problems();

    place.break_writes().await;
    let second = finished_game("g-2", &every, 1_764_000_990_000);
    assert!(store
        .save_finished_game(Arc::new(second.clone()))
        .await
        .is_err());
    if reports {
        let problem = store.write_problem().expect("the failed save is reported");
        assert!(problem.contains("g-2"), "{problem}");
    }
    let mut changed = every.clone();
    changed.title = "changed".into();
    assert!(store.upsert_quiz(&changed, "import").await.is_err());
    let batch = [quiz("owls", "Owls", 3), changed.clone()];
    assert!(store.import_quizzes(&batch, "import").await.is_err());
    assert!(store.create_user("bob", UserRole::Host, "b").await.is_err());
    assert!(store.delete_quiz("every-kind").await.is_err());

    assert_eq!(store.finished_game("g-2").await.unwrap(), None);
    assert_eq!(store.finished_game("g-1").await.unwrap().unwrap(), first);
    assert_eq!(store.get_quiz("every-kind").await.unwrap().unwrap(), every);
    assert_eq!(store.get_quiz("owls").await.unwrap(), None);
    assert_eq!(store.list_quizzes().await.unwrap(), listed);
    assert_eq!(store.list_users().await.unwrap(), vec![ada.clone()]);

    place.mend_writes().await;
    store
        .save_finished_game(Arc::new(second.clone()))
        .await
        .unwrap();
    assert_eq!(store.write_problem(), None);
    assert_eq!(store.finished_game("g-2").await.unwrap().unwrap(), second);
    let counts = store.import_quizzes(&batch, "import").await.unwrap();
    assert_eq!(counts.replaced, vec![false, true]);
    let bob = store.create_user("bob", UserRole::Host, "b").await.unwrap();

    // A second fault, then a restart: the failed writes left nothing.
    place.break_writes().await;
    assert!(store
        .import_quizzes(&[quiz("lost", "Lost", 2)], "import")
        .await
        .is_err());
    assert!(store
        .save_finished_game(Arc::new(finished_game("g-3", &every, 1_764_001_000_000)))
        .await
        .is_err());
    place.mend_writes().await;
    drop(store);
    let store = place.open().await;
    store.check_schema().await.unwrap();
    assert_eq!(store.get_quiz("lost").await.unwrap(), None);
    assert_eq!(store.finished_game("g-3").await.unwrap(), None);
    assert_eq!(store.finished_game("g-2").await.unwrap().unwrap(), second);
    assert_eq!(
        store.get_quiz("every-kind").await.unwrap().unwrap(),
        changed
    );
    assert_eq!(
        ids(&store.list_quizzes().await.unwrap()),
        ["every-kind", "owls"]
    );
    assert_eq!(store.list_users().await.unwrap(), vec![ada, bob]);
    store
        .import_quizzes(&[quiz("lost", "Lost", 2)], "import")
        .await
        .unwrap();
    assert!(store.get_quiz("lost").await.unwrap().is_some());
}
