//! The host's studio and report pages in the host's language, in headless
//! Chromium: with French, Arabic or Japanese preferred, the quiz library
//! (sign-in form, count, a quiz's line and buttons), the editor (heading,
//! kinds, fields, a round's line in the question list, the phone preview
//! with the player page's own words, its own check of an empty title), the
//! list of reports (count, a game's status) and a game's report (summary,
//! columns, ranks, the chart's words) are in that language, Arabic right to
//! left; what the quiz says (its title, questions, answers) and the
//! players' nicknames are left as they are, and run left to right on a
//! right-to-left page. No script error on any of them. Chromium as in tests/browser.rs.

mod common;

use std::time::Duration;

use common::browser::{chromium_or_skip, Browser, Page};
use common::tour::js;
use common::*;
use serde_json::{json, Value};

const HOST: &str = "mei";
const PASSWORD: &str = "mei-password-1";
const TITLE: &str = "Planets of Zorg";

const QUIZ: &str = r#"
id = "zorg"
title = "Planets of Zorg"
time_limit = 20

[[questions]]
round = "Inner worlds"
kind = "single"
text = "Which planet is largest?"
answers = ["Mars", "Jupiter", "Venus"]
correct = "Jupiter"

[[questions]]
kind = "true_false"
text = "The Moon has air."
correct = false
"#;

/// What one language's studio and report pages must say.
struct Expected {
    accept: &'static str,
    lang: &'static str,
    dir: &'static str,
    login_legend: &'static str,
    library_title: &'static str,
    /// The count once the search leaves one quiz of `total`.
    library_count: fn(usize) -> String,
    quiz_meta_starts: &'static str,
    host_button: &'static str,
    editor_heading: String,
    kind_single: &'static str,
    /// The label of the field naming the round a question starts.
    round_label: &'static str,
    /// The question list's line for the quiz's round, "Inner worlds".
    round_line: &'static str,
    save: &'static str,
    /// The editor's own check of an empty title, and its count.
    empty_field: &'static str,
    one_problem: &'static str,
    preview_meta: &'static str,
    reports_count: &'static str,
    status_starts: &'static str,
    report_heading: String,
    duration_term: &'static str,
    rank_column: &'static str,
    first_place: &'static str,
    answered: &'static str,
}

fn french() -> Expected {
    Expected {
        accept: "fr-CA,fr;q=0.9,en;q=0.5",
        lang: "fr",
        dir: "ltr",
        login_legend: "Connectez-vous pour écrire des quiz",
        library_title: "Bibliothèque de quiz – quizbox",
        library_count: |total| format!("1 quiz sur {total} correspondent"),
        quiz_meta_starts: "2 questions · modifié ",
        host_button: "Animer",
        editor_heading: format!("Modifier « {TITLE} »"),
        kind_single: "Choix unique",
        round_label: "Commence une manche nommée",
        round_line: "Manche : Inner worlds",
        save: "Enregistrer",
        empty_field: "Ne doit pas être vide.",
        one_problem: "Un point à corriger.",
        preview_meta: "Question 1 sur 2",
        reports_count: "1 partie",
        status_starts: "terminée, ",
        report_heading: format!("Rapport : {TITLE}"),
        duration_term: "Durée",
        rank_column: "Rang",
        first_place: "1er",
        answered: "Choix unique · 1 réponse · 1 juste",
    }
}

fn arabic() -> Expected {
    Expected {
        accept: "ar-EG,ar;q=0.9,en;q=0.5",
        lang: "ar",
        dir: "rtl",
        login_legend: "سجّل الدخول لكتابة المسابقات",
        library_title: "مكتبة المسابقات – quizbox",
        library_count: |total| format!("تطابق 1 من {total}"),
        quiz_meta_starts: "سؤالان · عُدّلت ",
        host_button: "إدارة",
        editor_heading: format!("تحرير «{TITLE}»"),
        kind_single: "اختيار واحد",
        round_label: "تبدأ جولة باسم",
        round_line: "الجولة: Inner worlds",
        save: "حفظ",
        empty_field: "يجب ألّا يكون فارغًا.",
        one_problem: "مشكلة واحدة تحتاج إلى إصلاح.",
        preview_meta: "السؤال 1 من 2",
        reports_count: "لعبة واحدة",
        status_starts: "انتهت، ",
        report_heading: format!("التقرير: {TITLE}"),
        duration_term: "المدة",
        rank_column: "الترتيب",
        first_place: "1",
        answered: "اختيار واحد · أجاب 1 · صحيحة: 1",
    }
}

fn japanese() -> Expected {
    Expected {
        accept: "ja-JP,ja;q=0.9",
        lang: "ja",
        dir: "ltr",
        login_legend: "クイズを作るにはサインインしてください",
        library_title: "クイズライブラリ – quizbox",
        library_count: |total| format!("{total} 件中 1 件が一致"),
        quiz_meta_starts: "2 問 · 更新 ",
        host_button: "主催",
        editor_heading: format!("「{TITLE}」を編集"),
        kind_single: "単一選択",
        round_label: "この問題から始まるラウンドの名前",
        round_line: "ラウンド: Inner worlds",
        save: "保存",
        empty_field: "空にはできません。",
        one_problem: "修正が必要な箇所が 1 件あります。",
        preview_meta: "第1問 / 全2問",
        reports_count: "1 ゲーム",
        status_starts: "終了、",
        report_heading: format!("レポート: {TITLE}"),
        duration_term: "所要時間",
        rank_column: "順位",
        first_place: "1位",
        answered: "単一選択 · 1 人が回答 · 1 人が正解",
    }
}

/// A server with the quiz and a host account that signs in with a
/// password; returns it with the host's session token.
async fn server_with_host() -> (TestServer, String) {
    let server = TestServer::start().await;
    let token = host_with_quiz(&server, HOST, PASSWORD, "zorg.toml", QUIZ).await;
    (server, token)
}

/// Plays the quiz to its end with one player, Zoë, who gets both questions
/// right; returns the game's id once its report is there.
async fn play(server: &TestServer, token: &str) -> String {
    let options = json!({"quiz_id": "zorg", "intro_secs": 0, "streak_bonus": false});
    let (status, body) = http_as(
        token,
        server.addr,
        "POST",
        "/api/games",
        Some(&options.to_string()),
    )
    .await
    .unwrap();
    assert_eq!(status, 201, "{body}");
    let created: Value = serde_json::from_str(&body).unwrap();
    let s = |k: &str| created[k].as_str().unwrap().to_string();
    let (game, pin, key) = (s("game_id"), s("pin"), s("host_key"));
    let mut host = host(server, &pin, &key).await;
    let mut zoe = join(server, &pin, "Zoë").await;
    host.send(json!({"type": "start"})).await;
    // Jupiter (the second answer), then false (the second of true/false).
    for index in 0..2u64 {
        loop {
            let open = zoe.until("phase", Some("answering")).await;
            if open["state"]["index"] == index {
                break;
            }
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
        zoe.send(json!({"type": "answer", "question": index, "answer": 1}))
            .await;
        zoe.until("answer_ack", None).await;
        host.until("phase", Some("reveal")).await;
        host.send(json!({"type": "next"})).await;
        let after = host.until("phase", None).await;
        if after["state"]["phase"] == "leaderboard" {
            host.send(json!({"type": "next"})).await;
        }
    }
    loop {
        let phase = host.until("phase", None).await;
        if phase["state"]["phase"] == "podium" {
            break;
        }
        host.send(json!({"type": "next"})).await;
    }
    host.send(json!({"type": "next"})).await;
    host.until_closed().await;
    for _ in 0..100 {
        let (status, _) = http_as(
            token,
            server.addr,
            "GET",
            &format!("/api/games/{game}/report"),
            None,
        )
        .await
        .unwrap();
        if status == 200 {
            return game;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("no report of game {game}");
}

/// The text of the first element matching `selector`, once it is there.
async fn text(page: &mut Page, selector: &str) -> String {
    page.wait_for(&format!("!!document.querySelector({})", js(selector)))
        .await;
    page.text_of(selector).await
}

/// The page is in `want`'s language and direction, its style sheet too.
async fn assert_language(page: &mut Page, want: &Expected) {
    page.wait_for(&format!(
        "document.documentElement.lang === '{}'",
        want.lang
    ))
    .await;
    assert_eq!(
        page.eval("[document.documentElement.dir, getComputedStyle(document.body).direction]")
            .await,
        json!([want.dir, want.dir]),
        "{}",
        want.lang
    );
}

/// No script error and no failed request on the page.
fn assert_no_errors(page: &Page, lang: &str) {
    assert!(
        page.problems.is_empty(),
        "{lang}: console errors or CSP violations: {:?}",
        page.problems
    );
    // Before signing in, the pages ask who is signed in and are told 401.
    for error in &page.network_errors {
        assert!(error.contains("status of 401 "), "{lang}: {error}");
    }
}

async fn studio_and_reports_in(
    binary: &std::path::Path,
    server: &TestServer,
    game: &str,
    want: &Expected,
) {
    let base = format!("http://{}", server.addr);
    let browser = Browser::launch(binary);
    let mut page = Page::open(&browser).await;
    page.prefer_languages(want.accept).await;
    let lang = want.lang;

    // The library: its sign-in form, then the quiz.
    page.goto(&format!("{base}/studio")).await;
    assert_language(&mut page, want).await;
    page.wait_for("document.querySelector('#login-form').offsetParent !== null")
        .await;
    assert_eq!(
        text(&mut page, "#login-form legend").await,
        want.login_legend
    );
    assert_eq!(page.eval("document.title").await, json!(want.library_title));
    page.type_into("#login-username", HOST).await;
    page.type_into("#login-password", PASSWORD).await;
    page.tap("#login").await;
    page.wait_for("!!document.querySelector('#library-list .library-item[data-id=zorg]')")
        .await;
    // The sample quizzes are there too; the search leaves ours.
    let total = page
        .eval("document.querySelectorAll('#library-list .library-item').length")
        .await
        .as_u64()
        .unwrap() as usize;
    assert!(total > 1, "{lang}: {total} quizzes");
    page.type_into("#library-search", "zorg").await;
    page.wait_for("document.querySelectorAll('#library-list .library-item').length === 1")
        .await;
    assert_eq!(
        text(&mut page, "#library-count").await,
        (want.library_count)(total)
    );
    assert_eq!(text(&mut page, ".quiz-name a").await, TITLE, "{lang}");
    let meta = text(&mut page, ".quiz-meta").await;
    assert!(meta.starts_with(want.quiz_meta_starts), "{lang}: {meta}");
    assert_eq!(
        text(&mut page, ".item-actions button.primary").await,
        want.host_button
    );
    page.assert_fits_width().await;
    assert_no_errors(&page, lang);

    // The editor, its first question and the phone's preview of it.
    page.goto(&format!("{base}/studio/edit/zorg")).await;
    assert_language(&mut page, want).await;
    page.wait_for("!!document.querySelector('#ed-kind')").await;
    assert_eq!(
        text(&mut page, "#editor-heading").await,
        want.editor_heading
    );
    assert_eq!(
        page.eval("document.querySelector('#ed-kind').selectedOptions[0].textContent")
            .await,
        json!(want.kind_single)
    );
    assert_eq!(text(&mut page, "#save").await, want.save);
    // The round the first question starts: its field and its line in the list.
    assert_eq!(
        page.eval("[document.querySelector('#ed-round').labels[0].textContent, document.querySelector('#ed-round').value]")
            .await,
        json!([want.round_label, "Inner worlds"])
    );
    assert_eq!(
        text(&mut page, "#question-list .q-round").await,
        want.round_line
    );
    // The quiz's English text runs left to right, whatever the page's direction.
    assert_eq!(
        page.eval(
            "['#quiz-title', '#ed-text', '#question-list .q-title', '#preview-phone .q-text']\
             .map(s => getComputedStyle(document.querySelector(s)).direction)"
        )
        .await,
        json!(["ltr", "ltr", "ltr", "ltr"]),
        "{lang}"
    );
    assert_eq!(
        text(&mut page, "#preview-phone .meta").await,
        want.preview_meta
    );
    assert_eq!(
        text(&mut page, "#preview-phone .q-text").await,
        "Which planet is largest?"
    );
    let answers = page
        .eval("[...document.querySelectorAll('#preview-phone .answers button')].map(b => b.textContent)")
        .await;
    for answer in ["Mars", "Jupiter", "Venus"] {
        assert!(answers.to_string().contains(answer), "{lang}: {answers}");
    }
    assert_no_errors(&page, lang);

    // A new quiz's title left empty: the editor's own message, in the page's language.
    page.goto(&format!("{base}/studio/new")).await;
    page.wait_for("document.activeElement && document.activeElement.id === 'quiz-title'")
        .await;
    page.eval(
        "document.getElementById('quiz-title').dispatchEvent(new FocusEvent('focusout', {bubbles: true}))",
    )
    .await;
    assert_eq!(
        page.eval(
            "[[...document.querySelectorAll('#editor .field-error')].map(e => e.textContent), \
             document.getElementById('check-status').textContent]"
        )
        .await,
        json!([[want.empty_field], want.one_problem]),
        "{lang}"
    );
    assert_no_errors(&page, lang);

    // The reports: the list, then the game's report.
    page.goto(&format!("{base}/reports")).await;
    assert_language(&mut page, want).await;
    page.wait_for("document.querySelectorAll('#games-list tr.game-row').length === 1")
        .await;
    assert_eq!(text(&mut page, "#games-count").await, want.reports_count);
    let status = page
        .eval("document.querySelector('#games-list tr.game-row').cells[3].textContent")
        .await;
    assert!(
        status.as_str().unwrap().starts_with(want.status_starts),
        "{lang}: {status}"
    );
    page.assert_fits_width().await;
    assert_no_errors(&page, lang);

    page.goto(&format!("{base}/reports/{game}")).await;
    assert_language(&mut page, want).await;
    page.wait_for("document.querySelectorAll('#players-list tr.player-row').length === 1")
        .await;
    assert_eq!(text(&mut page, "#report-title").await, want.report_heading);
    let terms = page
        .eval("[...document.querySelectorAll('#summary dt')].map(d => d.textContent)")
        .await;
    assert!(
        terms
            .as_array()
            .unwrap()
            .contains(&json!(want.duration_term)),
        "{lang}: {terms}"
    );
    assert_eq!(
        text(&mut page, "#players-table th[scope=col]").await,
        want.rank_column
    );
    let first = page
        .eval("[...document.querySelector('#players-list tr.player-row').cells].map(c => c.textContent)")
        .await;
    assert_eq!(first[0], want.first_place, "{lang}: {first}");
    assert!(
        first[1].as_str().unwrap().contains("Zoë"),
        "{lang}: {first}"
    );
    assert_eq!(
        text(&mut page, "tr.question-row .question-about").await,
        want.answered
    );
    assert_eq!(
        text(&mut page, "tr.question-row .question-text").await,
        "Which planet is largest?"
    );
    page.assert_fits_width().await;
    assert_no_errors(&page, lang);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_studio_and_reports_speak_french_arabic_and_japanese_when_preferred() {
    let Some(binary) = chromium_or_skip("the studio languages browser test") else {
        return;
    };
    let (server, token) = server_with_host().await;
    let game = play(&server, &token).await;
    for want in [french(), arabic(), japanese()] {
        studio_and_reports_in(&binary, &server, &game, &want).await;
    }
    server.stop().await;
}
