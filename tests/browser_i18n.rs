//! The player page in the players' language, in headless Chromium: with
//! French, Arabic or Japanese preferred (the browser's Accept-Language and
//! navigator.languages) the join form, lobby, question and result are in
//! that language, Arabic right to left; a language without a catalog falls
//! back to English; the picker switches language and the choice is
//! remembered. The presenter screen takes the language the host set for
//! the game (French, Arabic right to left) over the browser's, and the
//! browser's when the game sets none. Chromium as in tests/browser.rs.

mod common;

use common::browser::{chromium_or_skip, Browser, Page};
use common::tour::*;
use common::*;
use std::time::Duration;

use serde_json::json;

const QUIZ: &str = r#"
id = "lang"
title = "Planets"
time_limit = 30

[[questions]]
kind = "single"
text = "Which planet is largest?"
answers = ["Mars", "Jupiter", "Venus"]
correct = "Jupiter"

[[questions]]
kind = "true_false"
text = "The Moon has air."
correct = false
"#;

async fn game(server: &TestServer) -> (String, String) {
    game_with(
        server,
        json!({"quiz_id": "lang", "intro_secs": 0, "streak_bonus": false}),
    )
    .await
}

/// Imports the quiz and creates a game of it with `options`; (pin, host key).
async fn game_with(server: &TestServer, options: serde_json::Value) -> (String, String) {
    let auth = format!("Bearer {}", server.token);
    let (status, _, body) = http_raw(
        server.addr,
        "POST",
        "/api/quizzes/import?name=lang.toml",
        Some(QUIZ),
        &[("Authorization", &auth)],
    )
    .await
    .unwrap();
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    let (status, created) = server.post_json("/api/games", &options).await;
    assert_eq!(status, 201, "{created}");
    let s = |k: &str| created[k].as_str().unwrap().to_string();
    (s("pin"), s("host_key"))
}

/// Chooses `tag` in the page's language menu, as a player would, and waits
/// for the page it reloads.
async fn pick(page: &mut Page, tag: &str) {
    page.eval(&format!(
        "window.__beforeReload = true; setTimeout(() => {{ const s = document.querySelector('#lang-picker'); \
         s.value = '{tag}'; s.dispatchEvent(new Event('change')); }}, 50)"
    ))
    .await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    page.wait_for("!window.__beforeReload && document.readyState === 'complete'")
        .await;
}

/// What one language's page must say.
struct Expected {
    lang: &'static str,
    dir: &'static str,
    title: &'static str,
    join_title: &'static str,
    pin_label: &'static str,
    join: &'static str,
    lobby: &'static str,
    question_1: &'static str,
    correct: &'static str,
    rank: &'static str,
}

const FRENCH: Expected = Expected {
    lang: "fr",
    dir: "ltr",
    title: "Rejoindre un quiz – quizbox",
    join_title: "Rejoindre un quiz",
    pin_label: "Code PIN de la partie",
    join: "Rejoindre",
    lobby: "C'est parti ! En attente de l'animateur…",
    question_1: "Question 1 sur 2",
    correct: "Correct ✓",
    rank: "1er sur 1",
};

const ARABIC: Expected = Expected {
    lang: "ar",
    dir: "rtl",
    title: "انضم إلى مسابقة – quizbox",
    join_title: "انضم إلى مسابقة",
    pin_label: "رمز اللعبة (PIN)",
    join: "انضمام",
    lobby: "أنت في اللعبة! في انتظار المضيف…",
    question_1: "السؤال 1 من 2",
    correct: "صحيح ✓",
    rank: "المركز 1 من 1",
};

const JAPANESE: Expected = Expected {
    lang: "ja",
    dir: "ltr",
    title: "クイズに参加 – quizbox",
    join_title: "クイズに参加",
    pin_label: "ゲームPIN",
    join: "参加する",
    lobby: "参加しました!ホストを待っています…",
    question_1: "第1問 / 全2問",
    correct: "正解 ✓",
    rank: "1人中 1位",
};

async fn plays_a_question_in(binary: &std::path::Path, accept: &str, want: &Expected) {
    let server = TestServer::start().await;
    let (pin, key) = game(&server).await;
    let browser = Browser::launch(binary);
    let mut phone = Page::open(&browser).await;
    phone.prefer_languages(accept).await;
    phone
        .goto(&format!("http://{}/join/{pin}", server.addr))
        .await;
    phone
        .wait_for(&format!(
            "document.documentElement.lang === '{}'",
            want.lang
        ))
        .await;
    assert_eq!(phone.text_of("#join-title").await, want.join_title);
    let lang = want.lang;
    let first = phone.eval("navigator.languages[0]").await;
    assert!(
        first.as_str().unwrap().starts_with(lang),
        "{lang}: the browser prefers {first}"
    );
    assert_eq!(
        phone.eval("document.documentElement.dir").await,
        json!(want.dir)
    );
    assert_eq!(
        phone
            .eval("getComputedStyle(document.body).direction")
            .await,
        json!(want.dir)
    );
    assert_eq!(phone.eval("document.title").await, json!(want.title));
    assert_eq!(phone.text_of("label[for=pin]").await, want.pin_label);
    assert_eq!(phone.text_of("#join").await, want.join);
    assert_eq!(
        phone
            .eval("document.querySelector('#lang-picker').value")
            .await,
        json!(lang)
    );
    phone.assert_fits_width().await;

    let mut host = host(&server, &pin, &key).await;
    phone.type_into("#nickname", "Zoë").await;
    phone.tap("#join").await;
    host.until("player_joined", None).await;
    phone
        .wait_for("document.querySelector('#lobby').offsetParent !== null")
        .await;
    assert_eq!(phone.text_of("#lobby h1").await, want.lobby);
    assert!(phone.text_of("#lobby .you-are").await.contains("Zoë"));
    phone.assert_fits_width().await;

    host.send(json!({"type": "start"})).await;
    phone
        .wait_for(
            "document.querySelector('#question').offsetParent !== null && \
             document.querySelectorAll('#answers button:not(:disabled)').length === 3",
        )
        .await;
    assert_eq!(phone.text_of("#q-meta").await, want.question_1);
    assert_eq!(unnamed_controls(&mut phone).await, json!([]));
    phone.assert_fits_width().await;
    // Jupiter, the second answer, is right; the only player answering ends the question.
    phone
        .eval("document.querySelectorAll('#answers button')[1].click()")
        .await;
    let title = phone
        .wait_for(
            "(() => { const t = document.querySelector('#result .result-title'); \
             return document.querySelector('#reveal').offsetParent !== null && t && t.textContent; })()",
        )
        .await;
    assert_eq!(title, json!(want.correct), "{lang}");
    assert_eq!(phone.text_of("#result .result-rank").await, want.rank);
    assert_eq!(
        phone.text_of("#r-meta").await,
        want.question_1,
        "{lang}: the reveal's heading"
    );
    assert_clean(&phone);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_player_page_speaks_french_arabic_and_japanese_when_preferred() {
    let Some(binary) = chromium_or_skip("the languages browser test") else {
        return;
    };
    plays_a_question_in(&binary, "fr-CA,fr;q=0.9,en;q=0.5", &FRENCH).await;
    plays_a_question_in(&binary, "ar-EG,ar;q=0.9,en;q=0.5", &ARABIC).await;
    plays_a_question_in(&binary, "ja-JP,ja;q=0.9", &JAPANESE).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_language_falls_back_and_the_picker_remembers_a_choice() {
    let Some(binary) = chromium_or_skip("the language picker browser test") else {
        return;
    };
    let server = TestServer::start().await;
    let browser = Browser::launch(&binary);
    let mut phone = Page::open(&browser).await;
    // Swahili has no catalog; Traditional Chinese is not served Simplified.
    phone.prefer_languages("sw-KE,sw;q=0.9,zh-TW;q=0.8").await;
    let base = format!("http://{}", server.addr);
    phone.goto(&format!("{base}/")).await;
    phone
        .wait_for("document.documentElement.lang === 'en' && document.querySelector('#lang-picker').options.length > 10")
        .await;
    assert_eq!(phone.text_of("#join-title").await, "Join a quiz");
    assert_eq!(
        phone.eval("document.documentElement.dir").await,
        json!("ltr")
    );
    let loaded = phone
        .eval("performance.getEntriesByType('resource').map(e => new URL(e.name).pathname).filter(p => p.startsWith('/assets/i18n/'))")
        .await;
    assert_eq!(
        loaded,
        json!(["/assets/i18n/en.json"]),
        "only the chosen language loads"
    );

    // Each language is named in itself.
    let names = phone
        .eval("[...document.querySelectorAll('#lang-picker option')].map(o => o.textContent)")
        .await;
    for name in [
        "Deutsch",
        "العربية",
        "日本語",
        "简体中文",
        "Polski",
        "Türkçe",
    ] {
        assert!(names.as_array().unwrap().contains(&json!(name)), "{names}");
    }
    // Picking German reloads the page in German, and a later visit keeps it.
    pick(&mut phone, "de").await;
    phone
        .wait_for("document.documentElement.lang === 'de' && document.querySelector('#join-title').textContent === 'Einem Quiz beitreten'")
        .await;
    phone.goto(&format!("{base}/join/123456")).await;
    phone
        .wait_for("document.documentElement.lang === 'de' && document.querySelector('#join').textContent === 'Beitreten'")
        .await;
    assert_eq!(
        phone
            .eval("document.querySelector('#sound-toggle').title")
            .await,
        json!("Tonsignale auf diesem Telefon")
    );
    // A refusal is worded by the page, in its language, with the PIN.
    phone.type_into("#nickname", "Jörg").await;
    phone.tap("#join").await;
    let error = phone
        .wait_for("document.querySelector('#join-error').textContent")
        .await;
    assert_eq!(
        error,
        json!("Es gibt kein Spiel mit der PIN 123456. Prüfe die PIN auf dem Bildschirm.")
    );
    // Hebrew, right to left, by the picker too.
    pick(&mut phone, "he").await;
    phone
        .wait_for(
            "document.documentElement.lang === 'he' && document.documentElement.dir === 'rtl'",
        )
        .await;
    assert_eq!(phone.text_of("#join-title").await, "הצטרפות לחידון");
    phone.assert_fits_width().await;
    assert_clean(&phone);
    server.stop().await;
}

/// Opens the big screen with host controls, its browser preferring `accept`,
/// and waits for the lobby in `lang`.
async fn open_screen(
    browser: &Browser,
    server: &TestServer,
    pin: &str,
    key: &str,
    accept: &str,
    lang: &str,
) -> Page {
    let mut screen = Page::open(browser).await;
    screen.prefer_languages(accept).await;
    screen
        .goto(&format!("http://{}/screen/{pin}#key={key}", server.addr))
        .await;
    screen
        .wait_for(&format!(
            "document.documentElement.lang === '{lang}' && \
             document.querySelector('#lobby-view').offsetParent !== null && \
             !document.querySelector('#start').hidden"
        ))
        .await;
    screen
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_presenter_screen_speaks_the_games_language_over_the_browsers() {
    let Some(binary) = chromium_or_skip("the presenter screen languages browser test") else {
        return;
    };
    let server = TestServer::start().await;
    let browser = Browser::launch(&binary);

    // French set for the game; the projecting browser prefers German.
    let (pin, key) = game_with(
        &server,
        json!({"quiz_id": "lang", "intro_secs": 0, "screen_language": "fr"}),
    )
    .await;
    let mut screen = open_screen(&browser, &server, &pin, &key, "de-DE,de;q=0.9", "fr").await;
    let first = screen.eval("navigator.languages[0]").await;
    assert_eq!(first, json!("de-DE"));
    assert_eq!(
        screen.eval("document.documentElement.dir").await,
        json!("ltr")
    );
    assert_eq!(
        screen.text_of("#lobby-view .pin-label").await,
        "Code PIN de la partie"
    );
    assert!(screen
        .text_of(".join-how")
        .await
        .starts_with("Allez sur http://"));
    assert_eq!(screen.text_of("#joining").await, "Inscriptions ouvertes");
    assert_eq!(
        screen.text_of("#no-players").await,
        "En attente de joueurs…"
    );
    assert_eq!(
        screen.text_of("#lock").await,
        "Verrouiller la salle d'attente"
    );
    assert_eq!(screen.text_of("#start").await, "Démarrer");
    assert_eq!(
        screen.text_of("#control-hint").await,
        "Espace ou Entrée : suite"
    );
    assert_eq!(
        screen.eval("document.querySelector('#qr').alt").await,
        json!("Code QR pour rejoindre")
    );
    assert_eq!(
        screen
            .eval("document.querySelector('#controls').getAttribute('aria-label')")
            .await,
        json!("Commandes de l'animateur")
    );

    let _zoe = join(&server, &pin, "Zoë").await;
    screen
        .wait_for("document.querySelector('#player-count').textContent === '1'")
        .await;
    assert_eq!(screen.text_of("#player-noun").await, "joueur");
    assert_eq!(
        screen
            .eval("document.querySelector('#player-list .kick').getAttribute('aria-label')")
            .await,
        json!("Exclure Zoë")
    );

    screen.tap("#start").await;
    screen
        .wait_for("document.querySelector('#q-meta').textContent === 'Question 1 sur 2'")
        .await;
    assert_eq!(screen.text_of("#q-label").await, "Temps restant");
    assert_eq!(screen.text_of("#next").await, "Clore les réponses");
    assert_eq!(screen.text_of("#answered").await, "0 sur 1 ont répondu");
    assert_eq!(unnamed_controls(&mut screen).await, json!([]));
    screen.tap("#next").await;
    screen
        .wait_for("document.querySelector('#reveal-view').offsetParent !== null")
        .await;
    assert_eq!(screen.text_of("#r-meta").await, "Question 1 sur 2");
    assert_eq!(screen.text_of("#r-answered").await, "0 joueur a répondu");
    assert_eq!(screen.text_of("#next").await, "Suite : classement");
    assert!(screen.text_of("#chart").await.contains("✓ Correct"));
    assert_clean(&screen);

    // Arabic set for the game, right to left; the browser prefers English.
    let (pin, key) = game_with(
        &server,
        json!({"quiz_id": "lang", "intro_secs": 0, "screen_language": "ar"}),
    )
    .await;
    let mut screen = open_screen(&browser, &server, &pin, &key, "en-US,en;q=0.9", "ar").await;
    assert_eq!(
        screen.eval("document.documentElement.dir").await,
        json!("rtl")
    );
    assert_eq!(
        screen
            .eval("getComputedStyle(document.body).direction")
            .await,
        json!("rtl")
    );
    assert_eq!(
        screen.text_of("#lobby-view .pin-label").await,
        "رمز اللعبة (PIN)"
    );
    assert_eq!(screen.text_of("#joining").await, "الانضمام مفتوح");
    assert_eq!(screen.text_of("#start").await, "ابدأ");
    assert_eq!(screen.text_of("#sound-mute").await, "كتم الصوت");
    screen.tap("#start").await;
    screen
        .wait_for("document.querySelector('#q-meta').textContent === 'السؤال 1 من 2'")
        .await;
    assert_eq!(screen.text_of("#q-label").await, "الوقت المتبقي");
    assert_eq!(screen.text_of("#next").await, "أغلق الإجابات");
    assert_clean(&screen);

    // No language set: the screen follows its browser.
    let (pin, key) = game_with(&server, json!({"quiz_id": "lang", "intro_secs": 0})).await;
    let mut screen = open_screen(&browser, &server, &pin, &key, "fr-FR,fr;q=0.9", "fr").await;
    assert_eq!(screen.text_of("#start").await, "Démarrer");
    assert_clean(&screen);

    // A language without a catalog is refused when the game is created.
    let (status, body) = server
        .post_json(
            "/api/games",
            &json!({"quiz_id": "lang", "screen_language": "xx"}),
        )
        .await;
    assert_eq!(status, 400, "{body}");
    assert!(body.to_string().contains("screen_language"), "{body}");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_team_box_is_in_the_players_language() {
    let Some(binary) = chromium_or_skip("the team box languages browser test") else {
        return;
    };
    let server = TestServer::start().await;
    let (pin, key) = game_with(
        &server,
        json!({"quiz_id": "lang", "teams": {"mode": "pick", "names": ["Rouge", "Bleu"]}}),
    )
    .await;
    let browser = Browser::launch(&binary);
    let mut phone = Page::open(&browser).await;
    phone.prefer_languages("fr-FR,fr;q=0.9").await;
    let mut host = host(&server, &pin, &key).await;
    join_on_page(&mut phone, &server, &pin, &mut host).await;
    phone
        .wait_for("document.querySelectorAll('#team-pick button').length === 2")
        .await;
    assert_eq!(
        phone.text_of("#team-line").await,
        "Votre équipe : pas encore"
    );
    assert_eq!(
        phone
            .eval("document.querySelector('#team-pick').getAttribute('aria-label')")
            .await,
        json!("Choisissez votre équipe")
    );
    phone
        .eval("document.querySelector('#team-pick button[data-team=\"1\"]').click()")
        .await;
    phone
        .wait_for("document.querySelector('#team-name').textContent === 'Bleu'")
        .await;
    assert_eq!(phone.text_of("#team-line").await, "Votre équipe : Bleu");
    assert_eq!(unnamed_controls(&mut phone).await, json!([]));
    assert_clean(&phone);
    server.stop().await;
}
