//! The host's pages in the host's language, in headless Chromium: with
//! French, Arabic or Japanese preferred (the browser's Accept-Language and
//! navigator.languages) the /host page signs in, lists the quizzes and
//! offers its options in that language, Arabic right to left with the top
//! bar mirrored, and its language menu switches and remembers; the account
//! page and the assignments page likewise; the page a player opens for a
//! self-paced assignment in the player's language, loading its own small
//! catalog and not the host's. Chromium as in tests/browser.rs.

mod common;

use common::browser::{chromium_or_skip, Browser, Page};
use common::tour::assert_clean;
use common::*;
use serde_json::json;
use std::time::Duration;

const HOST: &str = "rosa";
const PASSWORD: &str = "rosa-password-1";

const QUIZ: &str = r#"
id = "moons"
title = "Moons of the Solar System"
time_limit = 30

[[questions]]
kind = "single"
text = "Which planet has the moon Titan?"
answers = ["Jupiter", "Saturn", "Uranus"]
correct = "Saturn"

[[questions]]
kind = "true_false"
text = "Mars has two moons."
correct = true

[[questions]]
kind = "single"
text = "Which moon is the largest?"
answers = ["Ganymede", "Titan", "Europa"]
correct = "Ganymede"
"#;

/// A server with one host account, whose quiz it imported.
async fn server_with_host() -> TestServer {
    let server = TestServer::start().await;
    host_with_quiz(&server, HOST, PASSWORD, "moons.toml", QUIZ).await;
    server
}

/// Opens `url` and waits until the page has put itself in language `lang`.
async fn open_in(page: &mut Page, url: &str, lang: &str) {
    page.goto(url).await;
    page.wait_for(&format!(
        "document.readyState === 'complete' && document.documentElement.lang === '{lang}'"
    ))
    .await;
}

async fn sign_in(page: &mut Page) {
    page.wait_visible("#login-form").await;
    page.type_into("#login-username", HOST).await;
    page.type_into("#login-password", PASSWORD).await;
    page.tap("#login").await;
}

/// The page fits the phone: no sideways scrolling, and nothing so wide
/// that the browser widens its layout viewport beyond the screen's
/// (which `assert_fits_width` alone does not see).
async fn fits_phone(page: &mut Page) {
    page.assert_fits_width().await;
    assert_eq!(
        page.eval("window.innerWidth").await,
        json!(common::browser::PHONE.0),
        "the page is wider than the phone"
    );
}

/// The catalogs the page fetched, by path.
async fn catalogs_loaded(page: &mut Page) -> Vec<String> {
    let names = page
        .eval(
            "performance.getEntriesByType('resource').map(e => new URL(e.name).pathname)\
             .filter(p => p.startsWith('/assets/i18n/'))",
        )
        .await;
    names
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap().to_string())
        .collect()
}

/// What the /host page must say in one language.
struct HostPage {
    lang: &'static str,
    dir: &'static str,
    title: &'static str,
    heading: &'static str,
    sign_in: &'static str,
    signed_in: &'static str,
    status: &'static str,
    matching: &'static str,
    questions: &'static str,
    start: &'static str,
    start_quiz: &'static str,
    teams: &'static str,
    bad_intro: &'static str,
}

const FRENCH: HostPage = HostPage {
    lang: "fr",
    dir: "ltr",
    title: "Animer une partie – quizbox",
    heading: "Animer une partie",
    sign_in: "Se connecter",
    signed_in: "Connecté en tant que rosa",
    status: "{5} quiz",
    matching: "Quiz correspondants : {S} sur {5}",
    questions: "3 questions",
    start: "Lancer la partie",
    start_quiz: "Lancer « Moons of the Solar System »",
    teams: "Rouge\nBleu",
    bad_intro:
        "Les secondes avant l'ouverture des réponses doivent être un nombre entier de 0 à 30.",
};

const ARABIC: HostPage = HostPage {
    lang: "ar",
    dir: "rtl",
    title: "استضافة لعبة – quizbox",
    heading: "استضافة لعبة",
    sign_in: "تسجيل الدخول",
    signed_in: "مسجّل الدخول باسم rosa",
    status: "{5} مسابقات",
    matching: "{S} من {5} مسابقة مطابقة",
    questions: "{3} أسئلة",
    start: "ابدأ اللعبة",
    start_quiz: "ابدأ «Moons of the Solar System»",
    teams: "الأحمر\nالأزرق",
    bad_intro: "يجب أن تكون الثواني قبل فتح الإجابات عددًا صحيحًا من 0 إلى {30}.",
};

const JAPANESE: HostPage = HostPage {
    lang: "ja",
    dir: "ltr",
    title: "ゲームを主催 – quizbox",
    heading: "ゲームを主催",
    sign_in: "サインイン",
    signed_in: "rosa としてサインイン中",
    status: "{5}件のクイズ",
    matching: "{5}件中 {S}件が一致",
    questions: "3問",
    start: "ゲームを開始",
    start_quiz: "「Moons of the Solar System」を開始",
    teams: "赤\n青",
    bad_intro: "回答受付までの秒数は 0〜30 の整数にしてください。",
};

/// `text` with each `{n}` written as the page writes the number n in its language.
async fn with_numbers(page: &mut Page, lang: &str, text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let close = open + rest[open..].find('}').unwrap();
        out.push_str(&rest[..open]);
        let n = &rest[open + 1..close];
        let written = page
            .eval(&format!(
                "new Intl.NumberFormat('{lang}', {{ useGrouping: false }}).format({n})"
            ))
            .await;
        out.push_str(written.as_str().unwrap());
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

async fn hosts_in(binary: &std::path::Path, accept: &str, want: &HostPage) {
    let server = server_with_host().await;
    let browser = Browser::launch(binary);
    let mut page = Page::open(&browser).await;
    page.prefer_languages(accept).await;
    let lang = want.lang;
    open_in(&mut page, &format!("http://{}/host", server.addr), lang).await;
    assert_eq!(
        page.eval("document.documentElement.dir").await,
        json!(want.dir),
        "{lang}"
    );
    assert_eq!(
        page.eval("getComputedStyle(document.body).direction").await,
        json!(want.dir),
        "{lang}"
    );
    assert_eq!(page.eval("document.title").await, json!(want.title));
    assert_eq!(page.text_of("h1").await, want.heading);
    assert_eq!(page.text_of("#login").await, want.sign_in);
    assert_eq!(
        page.eval("document.getElementById('lang-picker').value")
            .await,
        json!(lang)
    );
    // The host set's catalog and the pages' one, of this language only.
    let mut loaded = catalogs_loaded(&mut page).await;
    loaded.sort();
    assert_eq!(
        loaded,
        vec![
            format!("/assets/i18n/host/{lang}.json"),
            format!("/assets/i18n/{lang}.json")
        ]
        .into_iter()
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect::<Vec<_>>(),
        "{lang}"
    );

    sign_in(&mut page).await;
    page.wait_for(
        "document.querySelector('#quiz-list .quiz[data-id=moons]') || document.getElementById('host-error').textContent",
    )
    .await;
    assert_eq!(page.text_of("#host-error").await, "", "{lang}");
    assert_eq!(page.text_of("#signed-in").await, want.signed_in);
    // The moons quiz and the server's four samples.
    let total = page
        .eval("document.querySelectorAll('#quiz-list .quiz').length")
        .await;
    assert_eq!(total, json!(5));
    let status = with_numbers(&mut page, lang, want.status).await;
    assert_eq!(page.text_of("#quiz-status").await, status);
    let questions = with_numbers(&mut page, lang, want.questions).await;
    assert_eq!(
        page.text_of("#quiz-list .quiz[data-id=moons] .quiz-meta")
            .await,
        questions
    );
    // The quiz's own title is content: never translated.
    assert_eq!(
        page.text_of("#quiz-list .quiz[data-id=moons] .quiz-name")
            .await,
        "Moons of the Solar System"
    );
    assert_eq!(page.text_of("#start-game").await, want.start);
    assert_eq!(
        page.eval("document.getElementById('team-names').value")
            .await,
        json!(want.teams)
    );
    // Every label of the options is the catalog's, none left in English.
    let english = page
        .eval(
            "[...document.querySelectorAll('#host-form label, #host-form legend, #host-form option:not([lang])')]\
             .map(e => e.textContent.trim()).filter(t => /^(Choose a quiz|Game options|Streak bonus|Late join|Teams|Big screen language)$/.test(t))",
        )
        .await;
    assert_eq!(english, json!([]), "{lang}");

    fits_phone(&mut page).await;
    // Filtered: how many of the five are shown, in words and digits of the language.
    page.type_into("#quiz-filter", "Moons").await;
    let shown = page
        .eval("document.querySelectorAll('#quiz-list .quiz:not([hidden])').length")
        .await
        .as_u64()
        .unwrap();
    assert!((1..5).contains(&shown), "{shown}");
    let matching = with_numbers(
        &mut page,
        lang,
        &want.matching.replace("{S}", &format!("{{{shown}}}")),
    )
    .await;
    assert_eq!(page.text_of("#quiz-status").await, matching);
    page.tap("#quiz-list .quiz[data-id=moons] .quiz-name").await;
    page.wait_for("!document.getElementById('start-game').disabled")
        .await;
    assert_eq!(page.text_of("#start-game").await, want.start_quiz);
    // A refused option says why in the page's language.
    page.eval("document.getElementById('intro-secs').value = '45'")
        .await;
    page.tap("#start-game").await;
    page.wait_for("document.getElementById('host-error').textContent !== ''")
        .await;
    let bad_intro = with_numbers(&mut page, lang, want.bad_intro).await;
    assert_eq!(page.text_of("#host-error").await, bad_intro);
    page.eval("document.getElementById('intro-secs').value = '3'")
        .await;

    if want.dir == "rtl" {
        // The layout mirrors: the brand at the right, the menu at the left.
        let sides = page
            .eval(
                "(() => { const w = innerWidth / 2; \
                  const brand = document.querySelector('.brand').getBoundingClientRect(); \
                  const menu = document.getElementById('lang-picker').getBoundingClientRect(); \
                  return [brand.left > w, menu.right < w]; })()",
            )
            .await;
        assert_eq!(sides, json!([true, true]), "{lang}");
    }
    fits_phone(&mut page).await;
    assert_clean(&page);

    // Starting goes on to the big screen.
    page.tap("#start-game").await;
    page.wait_for("location.pathname.startsWith('/screen/')")
        .await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_host_page_in_french() {
    let Some(binary) = chromium_or_skip("the French host page test") else {
        return;
    };
    hosts_in(&binary, "fr-CA,fr;q=0.9,en;q=0.5", &FRENCH).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_host_page_in_arabic_right_to_left() {
    let Some(binary) = chromium_or_skip("the Arabic host page test") else {
        return;
    };
    hosts_in(&binary, "ar-EG,ar;q=0.9", &ARABIC).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_host_page_in_japanese() {
    let Some(binary) = chromium_or_skip("the Japanese host page test") else {
        return;
    };
    hosts_in(&binary, "ja-JP,ja;q=0.9", &JAPANESE).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_host_pages_language_menu_switches_and_remembers() {
    let Some(binary) = chromium_or_skip("the host language menu test") else {
        return;
    };
    let server = server_with_host().await;
    let browser = Browser::launch(&binary);
    let mut page = Page::open(&browser).await;
    page.prefer_languages("en-US,en;q=0.9").await;
    let url = format!("http://{}/host", server.addr);
    open_in(&mut page, &url, "en").await;
    assert_eq!(page.text_of("h1").await, "Host a game");
    // The menu listens once the page's script has filled it (after the
    // catalogs came, past the load event).
    page.wait_for("document.getElementById('lang-picker').options.length > 0")
        .await;
    page.eval(
        "window.__beforeReload = true; setTimeout(() => { const s = document.getElementById('lang-picker'); \
         s.value = 'he'; s.dispatchEvent(new Event('change')); }, 50)",
    )
    .await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    page.wait_for(
        "!window.__beforeReload && document.readyState === 'complete' && document.documentElement.lang === 'he'",
    )
    .await;
    assert_eq!(page.text_of("h1").await, "הנחיית משחק");
    assert_eq!(
        page.eval("document.documentElement.dir").await,
        json!("rtl")
    );
    // Remembered: a new visit of another host page is in Hebrew too.
    open_in(
        &mut page,
        &format!("http://{}/assignments", server.addr),
        "he",
    )
    .await;
    assert_eq!(page.text_of("h1").await, "מטלות");
    assert_eq!(page.text_of("#login").await, "התחברות");
    assert_clean(&page);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_account_pages_in_french_and_arabic() {
    let Some(binary) = chromium_or_skip("the account page language test") else {
        return;
    };
    let server = TestServer::start().await;
    let browser = Browser::launch(&binary);
    let mut page = Page::open(&browser).await;
    page.prefer_languages("fr-FR,fr;q=0.9").await;
    open_in(
        &mut page,
        &format!("http://{}/account/reset#not-a-real-secret", server.addr),
        "fr",
    )
    .await;
    assert_eq!(
        page.eval("document.title").await,
        json!("Votre compte – quizbox")
    );
    assert_eq!(
        page.text_of("#account-title").await,
        "Définir un nouveau mot de passe"
    );
    assert_eq!(
        page.text_of("label[for=account-password]").await,
        "Nouveau mot de passe (8 caractères au moins)"
    );
    assert_eq!(
        page.text_of("#account-submit").await,
        "Définir le mot de passe"
    );
    page.type_into("#account-password", "first-password").await;
    page.type_into("#account-again", "other-password").await;
    page.tap("#account-submit").await;
    page.wait_for("document.getElementById('account-error').textContent !== ''")
        .await;
    assert_eq!(
        page.text_of("#account-error").await,
        "Les deux mots de passe diffèrent."
    );
    assert_clean(&page);

    let mut arabic = Page::open(&browser).await;
    arabic.prefer_languages("ar").await;
    open_in(
        &mut arabic,
        &format!("http://{}/account/invite", server.addr),
        "ar",
    )
    .await;
    assert_eq!(
        arabic.eval("document.documentElement.dir").await,
        json!("rtl")
    );
    assert_eq!(
        arabic.text_of("#account-title").await,
        "مرحبًا بك في quizbox"
    );
    // No secret after '#': the page says so, in Arabic.
    assert_eq!(
        arabic.text_of("#account-error").await,
        "هذا العنوان ينقصه رمزه السري: افتح الرابط من البريد مرة أخرى."
    );
    assert_clean(&arabic);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_assignment_published_in_french_is_taken_in_arabic_and_japanese() {
    let Some(binary) = chromium_or_skip("the assignment language test") else {
        return;
    };
    let server = server_with_host().await;
    let base = format!("http://{}", server.addr);
    let browser = Browser::launch(&binary);

    // The host publishes in French.
    let mut host = Page::open(&browser).await;
    host.prefer_languages("fr-FR,fr;q=0.9").await;
    open_in(&mut host, &format!("{base}/assignments"), "fr").await;
    assert_eq!(host.text_of("h1").await, "Devoirs");
    sign_in(&mut host).await;
    host.wait_for("document.querySelector('#quiz option[value=\"moons\"]')")
        .await;
    assert_eq!(host.text_of("#create").await, "Publier le devoir");
    host.eval("document.getElementById('quiz').value = 'moons'")
        .await;
    host.type_into("#identifier", "Numéro d'étudiant").await;
    host.tap("#create").await;
    host.wait_for(
        "document.querySelectorAll('#list tr.assignment-row').length === 1 || document.getElementById('page-error').textContent",
    )
    .await;
    assert_eq!(host.text_of("#page-error").await, "");
    assert_eq!(host.text_of("#count").await, "1 devoir");
    fits_phone(&mut host).await;
    assert_eq!(
        host.text_of("#list tr.assignment-row .state").await,
        "ouvert"
    );
    // The closing time written the French way, as the browser's Intl does.
    let (cell, french) = {
        let v = host
            .eval(
                "(async () => { const all = await (await fetch('/api/assignments', \
                 { headers: { Authorization: 'Bearer ' + JSON.parse(localStorage.getItem('quizbox.host.session')).token } })).json(); \
                 return [document.querySelector('#list tr.assignment-row td:nth-of-type(5)').textContent, \
                 new Date(all[0].closes_at).toLocaleString('fr', { dateStyle: 'medium', timeStyle: 'short' })]; })()",
            )
            .await;
        (
            v[0].as_str().unwrap().to_string(),
            v[1].as_str().unwrap().to_string(),
        )
    };
    assert_eq!(cell, french);
    let code = host
        .eval("document.querySelector('#list tr.assignment-row').dataset.code")
        .await
        .as_str()
        .unwrap()
        .to_string();
    host.wait_visible("#results").await;
    assert!(
        host.text_of("#results-summary")
            .await
            .starts_with("ouvert · 0 joueur a commencé, 0 terminé · clôture "),
        "{}",
        host.text_of("#results-summary").await
    );
    assert_clean(&host);

    // A student whose phone prefers Arabic.
    let mut phone = Page::open(&browser).await;
    phone.prefer_languages("ar-SA,ar;q=0.9").await;
    open_in(&mut phone, &format!("{base}/a/{code}"), "ar").await;
    phone.wait_visible("#start-form").await;
    assert_eq!(
        phone.eval("document.documentElement.dir").await,
        json!("rtl")
    );
    // What the host typed is content: as typed.
    assert_eq!(phone.text_of("#name-label").await, "Numéro d'étudiant");
    assert_eq!(phone.text_of("#begin").await, "ابدأ");
    let three = with_numbers(&mut phone, "ar", "{3}").await;
    assert!(
        phone
            .text_of("#window")
            .await
            .starts_with(&format!("عدد الأسئلة: {three} · مفتوح حتى ")),
        "{}",
        phone.text_of("#window").await
    );
    // Its own small catalog and the player page's, never the host's.
    let mut loaded = catalogs_loaded(&mut phone).await;
    loaded.sort();
    assert_eq!(
        loaded,
        vec!["/assets/i18n/ar.json", "/assets/i18n/assignment/ar.json"]
    );
    phone.type_into("#name", "s-1001").await;
    phone.tap("#begin").await;
    phone
        .wait_for("document.body.dataset.view === 'question'")
        .await;
    let (one, of_three) = (with_numbers(&mut phone, "ar", "{1}").await, three.clone());
    assert_eq!(
        phone.text_of("#question-number").await,
        format!("السؤال {one} من {of_three}")
    );
    assert_eq!(phone.text_of("#pass").await, "تخطَّ هذا السؤال");
    phone.tap("#controls button.answer[data-index='1']").await;
    phone.wait_visible("#feedback-view").await;
    assert_eq!(phone.text_of("#feedback-title").await, "صحيح!");
    assert_eq!(phone.text_of("#next").await, "السؤال التالي");
    fits_phone(&mut phone).await;
    assert_clean(&phone);

    // Another in Japanese skips every question and sees the ordinal rank.
    let mut other = Page::open(&browser).await;
    other.prefer_languages("ja").await;
    // Another origin, so storage of its own.
    let other_base = format!("http://localhost:{}", server.addr.port());
    open_in(&mut other, &format!("{other_base}/a/{code}"), "ja").await;
    other.wait_visible("#start-form").await;
    assert_eq!(other.text_of("#begin").await, "開始");
    other.type_into("#name", "s-1002").await;
    other.tap("#begin").await;
    for n in 1..=3 {
        other
            .wait_for(&format!(
                "document.body.dataset.view === 'question' && document.getElementById('question-view').dataset.index === '{}'",
                n - 1
            ))
            .await;
        assert_eq!(
            other.text_of("#question-number").await,
            format!("第{n}問 / 全3問")
        );
        other.tap("#pass").await;
        other.wait_visible("#feedback-view").await;
        assert_eq!(other.text_of("#feedback-title").await, "スキップしました");
        other.tap("#next").await;
    }
    other.wait_visible("#done-view").await;
    assert_eq!(other.text_of("#done-view h2").await, "終了!");
    assert_eq!(other.text_of("#done-score").await, "0問正解で 0点でした。");
    assert_eq!(
        other.text_of("#done-rank").await,
        "完了した人の中で 1位です。"
    );
    assert_clean(&other);
    server.stop().await;
}
