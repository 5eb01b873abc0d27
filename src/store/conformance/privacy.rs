//! `Privacy` stories: old games losing their players and answers, then
//! going whole; an account exported without its secrets and erased with
//! everything it owns. Whether removed rows also leave a backend's files
//! is that backend's own test (SQLite: `store::sqlite::privacy`).

use std::sync::Arc;

use super::{every_kind_quiz, finished_game, migrated, StoreBackend};
use crate::store::mail::{LinkPurpose, NewMail};
use crate::store::{
    FinishedGame, NewToken, PlayersRemoved, QuestionTotal, Scope, Store, StoreError, TokenKind,
    UserRole,
};

pub const DAY: u64 = 86_400_000;
pub const NOW: u64 = 1_800_000_000_000;

/// `finished_game` with `-tag` after each nickname, so each game's can be
/// told apart (and searched for in a backend's files).
pub fn with_nicknames(mut game: FinishedGame, tag: &str) -> FinishedGame {
    for p in &mut game.players {
        p.nickname = format!("{}-{tag}", p.nickname);
    }
    game
}

/// Games `old` (100 days), `middle` (40) and `recent` (1) before `NOW`.
pub async fn three_ages(store: &dyn Store) {
    let quiz = every_kind_quiz();
    for (id, age) in [("old", 100), ("middle", 40), ("recent", 1)] {
        let game = with_nicknames(finished_game(id, &quiz, NOW - age * DAY), id);
        store.save_finished_game(Arc::new(game)).await.unwrap();
    }
}

/// Players and answers of games older than 30 days go, one batch at a
/// time and oldest first, leaving the game, its number of players and
/// per-question totals; then games older than 60 days go whole; recent
/// games are untouched throughout.
pub async fn old_games_lose_their_players_then_go_whole<B: StoreBackend>() {
    let Some(place) = B::place(false).await else {
        return;
    };
    let store = migrated(&place).await;
    let root = store
        .create_user("root", UserRole::Admin, "hash")
        .await
        .unwrap();
    three_ages(store.as_ref()).await;
    for id in ["old", "middle", "recent"] {
        store.record_game_host(id, root.id).await.unwrap();
    }
    let quiz = every_kind_quiz();

    let cutoff = NOW - 30 * DAY;
    assert_eq!(store.remove_player_data(cutoff, NOW, 1).await.unwrap(), 1);
    let old = store.finished_game("old").await.unwrap().unwrap();
    assert!(old.players.is_empty() && old.answers.is_empty(), "{old:?}");
    let middle = store.finished_game("middle").await.unwrap().unwrap();
    assert_eq!(middle.players.len(), 3, "the next batch's");
    assert_eq!(store.remove_player_data(cutoff, NOW, 1).await.unwrap(), 1);
    assert_eq!(store.remove_player_data(cutoff, NOW, 1).await.unwrap(), 0);

    let old = store.finished_game("old").await.unwrap().unwrap();
    assert_eq!(
        old.players_removed,
        Some(PlayersRemoved {
            at: NOW,
            players: 3
        })
    );
    // Players 1 and 3 right (950 - 10 × player), a streak bonus of 100
    // each from the third question on; player 2 wrong throughout.
    let totals: Vec<(u32, u32, u32, u64)> = old
        .totals
        .iter()
        .map(|t| (t.question, t.answers, t.correct, t.points))
        .collect();
    assert_eq!(
        totals,
        [
            (0, 3, 2, 1860),
            (1, 3, 2, 1860),
            (2, 3, 2, 2060),
            (3, 3, 2, 2060)
        ]
    );
    assert_eq!(old.questions.len(), quiz.questions.len(), "questions stay");
    assert_eq!(old.quiz_title, quiz.title);
    assert_eq!(old.ended_at, NOW - 100 * DAY);
    let recent = store.finished_game("recent").await.unwrap().unwrap();
    assert_eq!(
        recent,
        with_nicknames(finished_game("recent", &quiz, NOW - DAY), "recent")
    );

    assert_eq!(store.remove_games(NOW - 60 * DAY, 10).await.unwrap(), 1);
    assert_eq!(store.finished_game("old").await.unwrap(), None);
    assert_eq!(store.game_host("old").await.unwrap(), None);
    assert!(store.finished_game("middle").await.unwrap().is_some());
    assert_eq!(store.game_host("middle").await.unwrap(), Some(root.id));
    assert_eq!(store.remove_games(NOW - 60 * DAY, 10).await.unwrap(), 0);
    store.checkpoint().await.unwrap();
}

/// A game saved with what retention left of it reads back the same, so a
/// backup restored or a save repeated keeps the totals.
pub async fn a_game_saved_again_keeps_what_retention_left<B: StoreBackend>() {
    let Some(place) = B::place(false).await else {
        return;
    };
    let store = migrated(&place).await;
    let mut game = finished_game("g", &every_kind_quiz(), NOW);
    game.players.clear();
    game.answers.clear();
    game.players_removed = Some(PlayersRemoved {
        at: NOW + 5,
        players: 12,
    });
    game.totals = vec![QuestionTotal {
        question: 1,
        answers: 12,
        correct: 7,
        points: 6_300,
    }];
    store
        .save_finished_game(Arc::new(game.clone()))
        .await
        .unwrap();
    assert_eq!(store.finished_game("g").await.unwrap(), Some(game));
}

/// `ann` (a host) with an API token, a quiz of hers, a finished game she
/// created and a live one; `root` (the only admin); and a game of a
/// shared quiz that nobody's account created. Returns ann's id and game.
pub async fn account_with_everything(store: &dyn Store) -> (i64, FinishedGame) {
    let ann = store
        .create_user("ann", UserRole::Host, "$argon2id$secret-hash")
        .await
        .unwrap();
    store
        .create_user("root", UserRole::Admin, "$argon2id$root")
        .await
        .unwrap();
    store
        .create_token(&NewToken {
            user_id: ann.id,
            kind: TokenKind::Api,
            name: "ci".into(),
            hash: "ab".repeat(32),
            scopes: vec![Scope::Import, Scope::Host],
            expires_at: Some(NOW as i64),
        })
        .await
        .unwrap();
    let mut quiz = every_kind_quiz();
    quiz.id = "anns-quiz".into();
    store
        .create_quiz(&quiz, "api", Some(ann.id), false)
        .await
        .unwrap();
    let game = finished_game("anns-game", &quiz, NOW);
    store
        .save_finished_game(Arc::new(game.clone()))
        .await
        .unwrap();
    store.record_game_host("anns-game", ann.id).await.unwrap();
    store.record_game_host("anns-live", ann.id).await.unwrap();
    // Her address, a reset link and two messages to her; one to someone else.
    store
        .set_contact("ann", Some(Some("ann@example.org")), Some(true))
        .await
        .unwrap();
    store
        .create_link(ann.id, LinkPurpose::Reset, "0f0f", NOW as i64 + 3_600_000)
        .await
        .unwrap();
    for (n, to) in [
        (1, "ann@example.org"),
        (2, "ann@example.org"),
        (3, "bo@example.org"),
    ] {
        let mail = NewMail {
            kind: "test".into(),
            about: None,
            recipient: to.into(),
            subject: format!("message {n}"),
            body: "hello".into(),
            attachments: Vec::new(),
            message_id: format!("<m{n}@quizbox.test>"),
        };
        store.queue_mail(&mail, NOW as i64).await.unwrap();
    }
    let other = finished_game("other", &every_kind_quiz(), NOW);
    let other = with_nicknames(other, "other");
    store.save_finished_game(Arc::new(other)).await.unwrap();
    (ann.id, game)
}

/// The export holds the account, its tokens, quizzes and games field by
/// field and no password or token hash; the erasure removes all of it,
/// says how many of each, and leaves others' games and the last admin.
pub async fn an_account_is_exported_and_erased_with_everything_it_owns<B: StoreBackend>() {
    let Some(place) = B::place(false).await else {
        return;
    };
    let store = migrated(&place).await;
    let (ann, game) = account_with_everything(store.as_ref()).await;
    // An assignment of hers with a player, and one of nobody's.
    let homework = crate::store::NewAssignment {
        code: "anns-hw".into(),
        quiz: every_kind_quiz(),
        owner: Some(ann),
        opens_at: NOW as i64,
        closes_at: NOW as i64 + 86_400_000,
        identifier: Some("Student number".into()),
        seed: 1,
        streak_bonus: true,
    };
    store.create_assignment(&homework).await.unwrap();
    store
        .join_assignment("anns-hw", "s-1", "hash-anns-hw", NOW as i64)
        .await
        .unwrap();
    let shared = crate::store::NewAssignment {
        code: "open-hw".into(),
        owner: None,
        ..homework.clone()
    };
    store.create_assignment(&shared).await.unwrap();

    let export = store.export_account("ann").await.unwrap().unwrap();
    let assignments = export["assignments"].as_array().unwrap();
    assert_eq!(assignments.len(), 1, "{assignments:?}");
    assert_eq!(assignments[0]["code"], "anns-hw");
    assert_eq!(assignments[0]["quiz_id"], "every-kind");
    assert_eq!(assignments[0]["closes_at"], NOW as i64 + 86_400_000);
    assert_eq!(assignments[0]["players"], 1);
    assert_eq!(export["account"]["id"], ann);
    assert_eq!(export["account"]["username"], "ann");
    assert_eq!(export["account"]["role"], "host");
    assert!(export["account"]["created_at"].as_i64().unwrap() > 0);
    assert_eq!(export["account"]["email"], "ann@example.org");
    assert_eq!(export["account"]["report_mail"], true);
    assert_eq!(export["account"]["pending"], false);
    let mail: Vec<&str> = export["mail"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["subject"].as_str().unwrap())
        .collect();
    assert_eq!(mail, ["message 1", "message 2"]);
    assert_eq!(export["account_links"][0]["purpose"], "reset");
    assert!(export["account_links"][0].get("hash").is_none());
    let text = export.to_string();
    assert!(
        !text.contains("argon2") && !text.contains(&"ab".repeat(32)),
        "{text}"
    );
    assert_eq!(export["tokens"].as_array().unwrap().len(), 1);
    let token = &export["tokens"][0];
    assert_eq!(token["name"], "ci");
    assert_eq!(token["kind"], "api");
    assert_eq!(token["scopes"], serde_json::json!(["import", "host"]));
    assert_eq!(token["expires_at"], NOW);
    assert_eq!(token["last_used_at"], serde_json::Value::Null);
    let quizzes = export["quizzes"].as_array().unwrap();
    assert_eq!(quizzes.len(), 1);
    assert_eq!(quizzes[0]["id"], "anns-quiz");
    assert_eq!(quizzes[0]["source"], "api");
    let mut quiz = every_kind_quiz();
    quiz.id = "anns-quiz".into();
    assert_eq!(
        serde_json::from_value::<crate::quiz::Quiz>(quizzes[0]["quiz"].clone()).unwrap(),
        quiz
    );
    // The game reads back as the store's own record of it.
    let games = export["games"].as_array().unwrap();
    assert_eq!(games.len(), 1);
    let exported: FinishedGame = serde_json::from_value(games[0].clone()).unwrap();
    assert_eq!(exported, game);
    let created: Vec<&str> = export["games_created"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["game_id"].as_str().unwrap())
        .collect();
    assert_eq!(created, ["anns-game", "anns-live"]);
    assert_eq!(store.export_account("nobody").await.unwrap(), None);

    let erased = store.erase_account("ann").await.unwrap();
    let erased: Vec<(&str, usize)> = erased.iter().map(|(k, n)| (k.as_str(), *n)).collect();
    assert_eq!(
        erased,
        [
            ("answers", 12),
            ("players", 3),
            ("question_totals", 0),
            ("games", 1),
            ("games_created", 2),
            ("assignments", 1),
            ("quizzes", 1),
            ("tokens", 1),
            ("mail", 2),
            ("account_links", 1),
            ("account", 1)
        ]
    );
    assert!(store.user_by_name("ann").await.unwrap().is_none());
    // Her assignment went with its players; nobody's stays.
    assert_eq!(store.assignment("anns-hw").await.unwrap(), None);
    assert_eq!(
        store
            .assignment_player("anns-hw", "hash-anns-hw")
            .await
            .unwrap(),
        None
    );
    assert!(store.assignment("open-hw").await.unwrap().is_some());
    assert_eq!(store.finished_game("anns-game").await.unwrap(), None);
    assert_eq!(store.game_host("anns-live").await.unwrap(), None);
    assert_eq!(store.get_quiz("anns-quiz").await.unwrap(), None);
    assert_eq!(store.list_tokens(None).await.unwrap(), vec![]);
    assert!(store.finished_game("other").await.unwrap().is_some());
    assert_eq!(store.export_account("ann").await.unwrap(), None);
    let left: Vec<String> = store
        .list_mail(10)
        .await
        .unwrap()
        .into_iter()
        .map(|m| m.recipient)
        .collect();
    assert_eq!(left, ["bo@example.org"]);
    store.checkpoint().await.unwrap();

    // The last admin stays, as with a plain delete.
    let err = store.erase_account("root").await.unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err}");
    assert!(store.user_by_name("root").await.unwrap().is_some());
    let err = store.erase_account("ann").await.unwrap_err();
    assert!(matches!(err, StoreError::NotFound(_)), "{err}");
}
