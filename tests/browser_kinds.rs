//! Every kind of question answered through the real player page in headless
//! Chromium: a slide, single choice with a picture from the media folder,
//! multi-select, true/false, a typed answer, a slider, ordering, a poll and a
//! word cloud, each answered by tapping, typing, sliding or reordering as a
//! player would. The server's results must hold the answer and the points
//! the scoring rules give, and the page the right feedback (correct, partly
//! correct, thanks). Also: media files served by plain name only. The game
//! options and the presenter screen are in tests/browser_screen.rs.
//! Chromium as in tests/browser.rs.

mod common;

use common::browser::{chromium_or_skip, Browser, Page};
use common::tour::*;
use common::*;
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_player_answers_every_kind_through_the_real_page() {
    let Some(binary) = chromium_or_skip("the every-kind browser test") else {
        return;
    };
    let server = server_with_tour().await;
    let (game_id, pin, key) = create_game(&server, json!({})).await;
    let browser = Browser::launch(&binary);
    let mut page = Page::open(&browser).await;
    let mut host = host(&server, &pin, &key).await;
    assert_eq!(
        join_on_page(&mut page, &server, &pin, &mut host).await,
        "Robin"
    );
    assert!(
        !page.is_visible("#nick-note").await,
        "the typed nickname is kept"
    );

    // 0. A slide: its title and text, nothing to answer.
    host.send(json!({"type": "start"})).await;
    host.until("phase", Some("slide")).await;
    page.wait_visible("#slide").await;
    assert_eq!(page.text_of("#s-text").await, "Welcome to the tour");
    assert_eq!(page.text_of("#s-body").await, "One question of each kind.");
    assert!(!page.is_visible("#answers").await);
    // The next question's picture loads while the slide is shown.
    page.wait_for(
        "performance.getEntriesByType('resource')\
         .some(e => new URL(e.name).pathname === '/media/mercury.png')",
    )
    .await;
    assert_eq!(page.text_of("#s-text").await, "Welcome to the tour");
    host.send(json!({"type": "next"})).await;

    // 1. Single choice, with its picture from the media folder.
    question_open(&mut page, 2).await;
    page.wait_for(&format!(
        "(() => {{ const i = document.querySelector('#q-media img'); \
         return i && i.complete && i.naturalWidth === 1 && i.alt === {} && i.getAttribute('src') === '/media/mercury.png'; }})()",
        js("Which planet is closest to the Sun?")
    ))
    .await;
    page.tap(".answer[data-index='1']").await;
    let (title, text) = result_shown(&mut page, 2).await;
    assert!(title.starts_with("Correct"), "{title}");
    let r = record(&server, &game_id, 1).await;
    assert_scored(&r, json!(1), 1000, 1.0);
    assert!(text.contains(&r["points"].to_string()), "{text}");
    host.until("phase", Some("reveal")).await;
    host_next(&mut host).await;

    // 2. Multi-select: tick Saturn only (one of the two ringed planets):
    // half the credit, "Partly correct".
    question_open(&mut page, 3).await;
    assert_eq!(
        page.eval("document.querySelector('.submit-answer').disabled")
            .await,
        json!(true),
        "nothing ticked, nothing to submit"
    );
    page.tap(".answer[data-index='0']").await;
    assert_eq!(
        page.eval(
            "document.querySelector(\".answer[data-index='0']\").getAttribute('aria-pressed')"
        )
        .await,
        json!("true")
    );
    page.tap(".answer[data-index='1']").await;
    page.tap(".answer[data-index='1']").await; // Mars ticked, then unticked
    page.tap(".submit-answer").await;
    let (title, text) = result_shown(&mut page, 3).await;
    assert!(title.starts_with("Partly correct"), "{title}");
    let r = record(&server, &game_id, 2).await;
    assert_scored(&r, json!([0]), 1000, 0.5);
    assert!(text.contains(&r["points"].to_string()), "{text}");
    assert!(page.text_of("#r-correct").await.contains("Uranus"));
    assert_eq!(
        page.text_of("#r-explanation").await,
        "All four giant planets have rings."
    );
    host.until("phase", Some("reveal")).await;
    host_next(&mut host).await;

    // 3. True or false: two big buttons.
    question_open(&mut page, 4).await;
    assert_eq!(
        page.eval(
            "[...document.querySelectorAll('#answers .answer')].map(b => b.textContent.trim())"
        )
        .await,
        json!(["▲True", "◆False"])
    );
    page.tap(".answer[data-index='0']").await;
    let (title, _) = result_shown(&mut page, 4).await;
    assert!(title.starts_with("Correct"), "{title}");
    assert_scored(&record(&server, &game_id, 3).await, json!(0), 1000, 1.0);
    host.until("phase", Some("reveal")).await;
    host_next(&mut host).await;

    // 4. Typed answer, one letter off, sent with Enter: correct (double points).
    question_open(&mut page, 5).await;
    assert_eq!(
        page.eval("document.querySelector('#answer-text').maxLength")
            .await,
        json!(100)
    );
    page.type_into("#answer-text", "Jupyter").await;
    page.press("Enter").await;
    let (title, _) = result_shown(&mut page, 5).await;
    assert!(title.starts_with("Correct"), "{title}");
    assert_scored(
        &record(&server, &game_id, 4).await,
        json!("Jupyter"),
        2000,
        1.0,
    );
    assert!(page.text_of("#r-correct").await.contains("Jupiter"));
    assert!(page.text_of("#r-mine").await.contains("Jupyter"));
    host.until("phase", Some("reveal")).await;
    host_next(&mut host).await;

    // 5. Slider from 0 to 10 moons, starting in the middle; two steps left
    // with the keyboard gives 3 against the correct 2: 1 - 1/5 of the credit.
    question_open(&mut page, 6).await;
    assert_eq!(page.text_of("#slider-value").await, "5 moons");
    page.eval("document.querySelector('#slider').focus()").await;
    page.press("ArrowLeft").await;
    page.press("ArrowLeft").await;
    page.wait_for("document.querySelector('#slider-value').textContent === '3 moons'")
        .await;
    page.tap(".submit-answer").await;
    let (title, _) = result_shown(&mut page, 6).await;
    assert!(title.starts_with("Partly correct"), "{title}");
    assert_scored(&record(&server, &game_id, 5).await, json!(3), 1000, 0.8);
    assert!(page.text_of("#r-correct").await.contains("2 moons"));
    host.until("phase", Some("reveal")).await;
    host_next(&mut host).await;

    // 6. Ordering: the items come shuffled; move them into place with the
    // up buttons. The keyboard focus stays on the item that moved.
    question_open(&mut page, 7).await;
    let target = ["Mercury", "Venus", "Earth", "Mars"];
    let shown = page
        .eval("[...document.querySelectorAll('#order-list .order-text')].map(e => e.textContent)")
        .await;
    assert_ne!(shown, json!(target), "shown shuffled");
    reorder(&mut page, &target).await;
    page.tap(".submit-answer").await;
    let (title, _) = result_shown(&mut page, 7).await;
    assert!(title.starts_with("Correct"), "{title}");
    // Sent as shown positions, recorded as the items in the player's order.
    assert_scored(
        &record(&server, &game_id, 6).await,
        json!([0, 1, 2, 3]),
        1000,
        1.0,
    );
    assert!(page.text_of("#r-correct").await.contains("Mercury"));
    host.until("phase", Some("reveal")).await;
    host_next(&mut host).await;

    // 7. A poll: no right or wrong, no points.
    question_open(&mut page, 8).await;
    page.tap(".answer[data-index='1']").await;
    let (title, text) = result_shown(&mut page, 8).await;
    assert_eq!(title, "Thanks for answering");
    assert!(!text.contains("Incorrect"), "{text}");
    assert_scored(&record(&server, &game_id, 7).await, json!(1), 0, 0.0);
    assert!(page.text_of("#r-mine").await.contains("Saturn"));
    host.until("phase", Some("reveal")).await;
    host_next(&mut host).await;

    // 8. Word cloud: a word, thanks, and the host can hide it again.
    question_open(&mut page, 9).await;
    assert_eq!(
        page.eval("document.querySelector('#answer-text').maxLength")
            .await,
        json!(20)
    );
    page.type_into("#answer-text", "Stars").await;
    page.tap(".submit-answer").await;
    let (title, _) = result_shown(&mut page, 9).await;
    assert_eq!(title, "Thanks for answering");
    assert_scored(&record(&server, &game_id, 8).await, json!("Stars"), 0, 0.0);
    let reveal = host.until("phase", Some("reveal")).await;
    assert_eq!(
        reveal["state"]["entries"],
        json!([{"text": "stars", "count": 1}])
    );
    host.send(json!({"type": "hide", "entry": "Stars"})).await;
    let hidden = host.until("phase", Some("reveal")).await;
    assert!(hidden["state"].get("entries").is_none(), "{hidden}");

    host.send(json!({"type": "end"})).await;
    let final_text = page
        .wait_for("(document.querySelector('#final') || {}).textContent")
        .await;
    assert!(final_text.as_str().unwrap().contains("1st"), "{final_text}");
    assert_clean(&page);
    server.stop().await;
}

#[tokio::test]
async fn media_files_are_served_by_plain_name_only() {
    let server = server_with_tour().await;
    let media = server.dir.path().join("media");
    std::fs::write(media.join("notes.txt"), "not a picture").unwrap();
    std::fs::write(media.join(".hidden.png"), PNG).unwrap();
    std::fs::create_dir(media.join("sub")).unwrap();
    std::fs::write(media.join("sub").join("deep.png"), PNG).unwrap();

    let (status, head, body) = http_raw(server.addr, "GET", "/media/mercury.png", None, &[])
        .await
        .unwrap();
    assert_eq!(status, 200, "{head:?}");
    assert_eq!(body, PNG);
    assert_eq!(head["content-type"], "image/png", "{head:?}");
    assert_eq!(head["x-content-type-options"], "nosniff", "{head:?}");
    let etag = head
        .get("etag")
        .expect("an etag")
        .to_str()
        .unwrap()
        .to_string();
    let (status, _, body) = http_raw(
        server.addr,
        "GET",
        "/media/mercury.png",
        None,
        &[("If-None-Match", &etag)],
    )
    .await
    .unwrap();
    assert_eq!((status, body.len()), (304, 0));

    // The database sits one folder up: no name reaches it.
    assert!(server.dir.path().join("quizbox.db").exists());
    for path in [
        "/media/../quizbox.db",
        "/media/..%2Fquizbox.db",
        "/media/%2E%2E%2Fquizbox.db",
        "/media/sub/deep.png",
        "/media/sub%2Fdeep.png",
        "/media/.hidden.png",
        "/media/notes.txt",
        "/media/missing.png",
        "/media/",
    ] {
        let (status, _, _) = http_raw(server.addr, "GET", path, None, &[]).await.unwrap();
        assert_eq!(status, 404, "{path}");
    }
    server.stop().await;
}
