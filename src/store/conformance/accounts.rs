//! `Store` stories about accounts: users, password and token hashes, who
//! owns a quiz and who created a game.

use super::stories::{ids, summary};
use super::{migrated, now_ms, quiz, StoreBackend};
use crate::store::{
    Credential, NewToken, QuizAccess, Scope, StoreError, TokenInfo, TokenKind, User, UserRole,
};

fn token(user: &User, kind: TokenKind, name: &str, hash: &str, scopes: &[Scope]) -> NewToken {
    NewToken {
        user_id: user.id,
        kind,
        name: name.to_string(),
        hash: hash.to_string(),
        scopes: scopes.to_vec(),
        expires_at: None,
    }
}

/// Users and their hashes come back as created; a token stands for its
/// user, scopes and expiry until it expires or is revoked; a new password
/// ends login sessions but not API tokens.
pub async fn accounts_and_tokens_are_read_back_with_every_field<B: StoreBackend>() {
    let Some(place) = B::place(false).await else {
        return;
    };
    let store = migrated(&place).await;
    assert_eq!(store.list_users().await.unwrap(), vec![]);
    let before = now_ms();
    let ada = store
        .create_user("ada", UserRole::Admin, "$argon2id$ada")
        .await
        .unwrap();
    let bob = store
        .create_user("Bøb", UserRole::Host, "$argon2id$bob")
        .await
        .unwrap();
    let after = now_ms();
    assert_eq!((ada.username.as_str(), ada.role), ("ada", UserRole::Admin));
    assert_eq!((bob.username.as_str(), bob.role), ("Bøb", UserRole::Host));
    assert_ne!(ada.id, bob.id);
    assert!((before..=after).contains(&ada.created_at), "{ada:?}");
    assert!(store
        .create_user("ada", UserRole::Host, "other")
        .await
        .is_err());
    assert_eq!(
        store.list_users().await.unwrap(),
        [ada.clone(), bob.clone()]
    );
    assert_eq!(
        store.user_by_name("Bøb").await.unwrap(),
        Some((bob.clone(), "$argon2id$bob".to_string()))
    );
    assert_eq!(store.user_by_name("bob").await.unwrap(), None);

    let now = now_ms();
    let ci = store
        .create_token(&token(
            &bob,
            TokenKind::Api,
            "ci",
            "h-ci",
            &[Scope::Import, Scope::Host],
        ))
        .await
        .unwrap();
    let login = store
        .create_token(&NewToken {
            expires_at: Some(now + 3_600_000),
            ..token(&bob, TokenKind::Session, "login", "h-login", &[Scope::Host])
        })
        .await
        .unwrap();
    let stale = NewToken {
        expires_at: Some(now - 1),
        ..token(
            &ada,
            TokenKind::Session,
            "login",
            "h-stale",
            &[Scope::Export],
        )
    };
    store.create_token(&stale).await.unwrap();
    assert_eq!(
        store.credential("h-ci", now).await.unwrap(),
        Some(Credential {
            token_id: ci,
            user: bob.clone(),
            kind: TokenKind::Api,
            scopes: vec![Scope::Import, Scope::Host],
            expires_at: None,
        })
    );
    let session = store.credential("h-login", now).await.unwrap().unwrap();
    assert_eq!(
        (session.token_id, session.kind, session.expires_at),
        (login, TokenKind::Session, Some(now + 3_600_000))
    );
    assert_eq!(store.credential("h-stale", now).await.unwrap(), None);
    assert_eq!(store.credential("h-none", now).await.unwrap(), None);
    assert_eq!(
        store.credential("h-login", now + 3_600_000).await.unwrap(),
        None,
        "expired at its expiry time"
    );

    let tokens = store.list_tokens(None).await.unwrap();
    let ci_info = tokens.iter().find(|t| t.id == ci).unwrap();
    assert_eq!(
        ci_info,
        &TokenInfo {
            id: ci,
            username: "Bøb".into(),
            kind: TokenKind::Api,
            name: "ci".into(),
            scopes: vec![Scope::Import, Scope::Host],
            created_at: ci_info.created_at,
            expires_at: None,
            last_used_at: Some(now),
        }
    );
    assert!((before..=now_ms()).contains(&ci_info.created_at));
    assert_eq!(tokens.len(), 1, "expired tokens are not listed: {tokens:?}");
    assert_eq!(store.list_tokens(Some("ada")).await.unwrap(), vec![]);

    let login = store
        .create_token(&token(
            &bob,
            TokenKind::Session,
            "login",
            "h-login-2",
            &[Scope::Host],
        ))
        .await
        .unwrap();
    assert!(store.set_password("Bøb", "$argon2id$new").await.unwrap());
    assert!(!store.set_password("nobody", "x").await.unwrap());
    assert_eq!(
        store.user_by_name("Bøb").await.unwrap().unwrap().1,
        "$argon2id$new"
    );
    assert_eq!(store.credential("h-login-2", now).await.unwrap(), None);
    assert!(!store.revoke_token(login).await.unwrap());
    assert!(store.credential("h-ci", now).await.unwrap().is_some());

    let spare = store
        .create_token(&token(
            &bob,
            TokenKind::Api,
            "spare",
            "h-spare",
            &[Scope::Export],
        ))
        .await
        .unwrap();
    assert!(store.revoke_token(spare).await.unwrap());
    assert!(!store.revoke_token(spare).await.unwrap());
    assert_eq!(store.revoke_named(bob.id, "ci").await.unwrap(), 1);
    assert_eq!(store.revoke_named(bob.id, "ci").await.unwrap(), 0);
    assert_eq!(store.credential("h-ci", now).await.unwrap(), None);
    assert_eq!(store.list_tokens(Some("Bøb")).await.unwrap(), vec![]);
}

/// Imports by an account own the new quizzes; shared quizzes and other
/// accounts' are not replaced unless asked; a host sees shared quizzes and
/// their own; deleting a user hands their quizzes on and takes their tokens
/// and games; the last admin stays.
pub async fn quizzes_belong_to_accounts_and_pass_on<B: StoreBackend>() {
    let Some(place) = B::place(false).await else {
        return;
    };
    let store = migrated(&place).await;
    let ada = store
        .create_user("ada", UserRole::Admin, "a")
        .await
        .unwrap();
    let bob = store.create_user("bob", UserRole::Host, "b").await.unwrap();
    let shared = quiz("shared", "Shared one", 2);
    let owned = quiz("owned", "Bob's own", 3);
    store.upsert_quiz(&shared, "sample").await.unwrap();
    let counts = store
        .import_quizzes_owned(std::slice::from_ref(&owned), "import", bob.id, false)
        .await
        .unwrap();
    assert_eq!((counts.created, counts.updated), (1, 0));
    assert_eq!(store.quiz_owner("shared").await.unwrap(), Some(None));
    assert_eq!(store.quiz_owner("owned").await.unwrap(), Some(Some(bob.id)));
    assert_eq!(store.quiz_owner("none").await.unwrap(), None);

    let for_bob = store
        .list_quizzes_for(QuizAccess::SharedAnd(bob.id))
        .await
        .unwrap();
    assert_eq!(ids(&for_bob), ["owned", "shared"]);
    assert_eq!(summary(&for_bob, "owned").owner.as_deref(), Some("bob"));
    assert_eq!(summary(&for_bob, "shared").owner, None);
    let for_ada = store
        .list_quizzes_for(QuizAccess::SharedAnd(ada.id))
        .await
        .unwrap();
    assert_eq!(ids(&for_ada), ["shared"]);
    let all = store.list_quizzes_for(QuizAccess::All).await.unwrap();
    assert_eq!(all, store.list_quizzes().await.unwrap());
    assert_eq!(ids(&all), ["owned", "shared"]);

    // Bob's import over the shared quiz changes nothing at all.
    let mut bobs_shared = shared.clone();
    bobs_shared.title = "mine now".into();
    let refused = store
        .import_quizzes_owned(
            &[quiz("new", "New", 1), bobs_shared.clone()],
            "import",
            bob.id,
            false,
        )
        .await;
    assert!(
        matches!(refused, Err(StoreError::Conflict(_))),
        "{refused:?}"
    );
    assert_eq!(store.get_quiz("shared").await.unwrap().unwrap(), shared);
    assert_eq!(store.get_quiz("new").await.unwrap(), None);
    // An admin may replace it; it stays shared.
    let counts = store
        .import_quizzes_owned(std::slice::from_ref(&bobs_shared), "import", ada.id, true)
        .await
        .unwrap();
    assert_eq!(counts.replaced, vec![true]);
    assert_eq!(
        store.get_quiz("shared").await.unwrap().unwrap(),
        bobs_shared
    );
    assert_eq!(store.quiz_owner("shared").await.unwrap(), Some(None));

    store.record_game_host("game-1", bob.id).await.unwrap();
    assert_eq!(store.game_host("game-1").await.unwrap(), Some(bob.id));
    assert_eq!(store.game_host("game-2").await.unwrap(), None);
    store
        .create_token(&token(&bob, TokenKind::Api, "ci", "h-bob", &[Scope::Host]))
        .await
        .unwrap();

    let keeps = store.delete_user("bob", None).await;
    assert!(matches!(keeps, Err(StoreError::Conflict(_))), "{keeps:?}");
    let nobody = store.delete_user("nobody", None).await;
    assert!(matches!(nobody, Err(StoreError::NotFound(_))), "{nobody:?}");
    assert_eq!(store.delete_user("bob", Some("ada")).await.unwrap(), 1);
    assert_eq!(store.quiz_owner("owned").await.unwrap(), Some(Some(ada.id)));
    assert_eq!(store.list_users().await.unwrap(), vec![ada.clone()]);
    assert_eq!(store.credential("h-bob", now_ms()).await.unwrap(), None);
    assert_eq!(store.game_host("game-1").await.unwrap(), None);
    let last = store.delete_user("ada", None).await;
    assert!(matches!(last, Err(StoreError::Conflict(_))), "{last:?}");
    assert_eq!(store.list_users().await.unwrap(), vec![ada]);
}
