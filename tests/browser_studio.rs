//! The studio pages in headless Chromium, driven the way a keyboard user
//! drives them: every control is found by its accessible name (its label,
//! aria-label or text), focused, typed into and pressed with keys. A host
//! signs in, writes a quiz with an uploaded picture, a type-answer and a
//! slider question, reorders it, saves it, loses a race with a second tab
//! without losing a word, and hosts it for two players who see the picture.
//! The library: search, sort, import with located errors, export, duplicate,
//! delete and undo. An uploaded sound in both previews, and a refused file
//! named under its field. And the player page's first load stays within its
//! budget, none of the studio or the reports in it. Chromium as in tests/browser.rs.
//!
//! `UPDATE_DOCS=1` also writes the screenshots of docs/authoring.md.

mod common;

use std::time::Duration;

use common::browser::{chromium_or_skip, Browser, Page};
use common::tour::{assert_clean, js, unnamed_controls};
use common::*;
use quizbox::quiz::formats::ExportFormat;
use quizbox::server::auth;
use quizbox::store::UserRole;
use serde_json::{json, Value};

const HOST: &str = "hanna";
/// How wide the uploaded picture is, as phones must show it.
const PICTURE_WIDTH: u32 = 240;
const PASSWORD: &str = "hanna-password-1";

/// A server with a host account that signs in with a password.
async fn server_with_host() -> TestServer {
    let server = TestServer::start().await;
    let settings = settings_for(server.dir.path());
    let store = quizbox::store::open(&settings.database).await.unwrap();
    let hash = auth::hash_password(PASSWORD).unwrap();
    store
        .create_user(HOST, UserRole::Host, &hash)
        .await
        .unwrap();
    server
}

/// A JavaScript function finding the visible control named `name`: by its
/// aria-label, its label's text, or (buttons and links) its own text.
const NAMED: &str = "((name) => [...document.querySelectorAll('input, select, textarea, button, a[href]')].find(e => { \
    if (e.offsetParent === null && e.type !== 'file') return false; \
    const label = e.getAttribute('aria-label') || (e.labels && e.labels.length ? e.labels[0].textContent : '') \
      || ((e.tagName === 'BUTTON' || e.tagName === 'A') ? e.textContent : ''); \
    return label.trim().replace(/\\s+/g, ' ') === name; }))";

/// Waits for the control named `name` and puts the keyboard on it.
/// A page that redraws a list may replace the control between finding it
/// and focusing it, so both are tried again until the focus holds (the
/// wait fails the test if it never does).
async fn focus(page: &mut Page, name: &str) {
    let name = js(name);
    page.wait_for(&format!(
        "(() => {{ const e = {NAMED}({name}); if (!e) return false; e.focus(); \
         return document.activeElement === e; }})()"
    ))
    .await;
}

/// Types `text` into the focused field, replacing what it held.
async fn type_text(page: &mut Page, text: &str) {
    page.eval("document.activeElement.select && document.activeElement.select()")
        .await;
    page.call("Input.insertText", json!({ "text": text })).await;
}

/// Focuses the field named `name` and types `text` into it.
async fn fill(page: &mut Page, name: &str, text: &str) {
    focus(page, name).await;
    type_text(page, text).await;
}

/// Presses `key` with modifiers (1 Alt, 2 Ctrl, 8 Shift) on the focused element.
async fn press_with(page: &mut Page, key: &str, code: &str, key_code: u32, modifiers: u32) {
    for kind in ["rawKeyDown", "keyUp"] {
        page.call(
            "Input.dispatchKeyEvent",
            json!({"type": kind, "key": key, "code": code, "windowsVirtualKeyCode": key_code,
                   "nativeVirtualKeyCode": key_code, "modifiers": modifiers}),
        )
        .await;
    }
}

/// Focuses the control named `name` and presses Enter (buttons, links).
async fn activate(page: &mut Page, name: &str) {
    focus(page, name).await;
    page.press("Enter").await;
}

/// Focuses the select named `name` and picks the option labelled `option`.
/// (A headless select's popup takes no keys, so the value is set as the
/// keyboard would leave it, with the same `change` event.)
async fn choose(page: &mut Page, name: &str, option: &str) {
    focus(page, name).await;
    let done = page
        .eval(&format!(
            "(() => {{ const s = document.activeElement; const o = [...s.options].find(o => o.textContent === {}); \
             if (!o) return false; s.value = o.value; s.dispatchEvent(new Event('change', {{bubbles: true}})); return true; }})()",
            js(option)
        ))
        .await;
    assert_eq!(done, json!(true), "{name:?} offers {option:?}");
}

/// The value of the control named `name`.
async fn value_of(page: &mut Page, name: &str) -> String {
    page.wait_for(&format!("!!{NAMED}({})", js(name))).await;
    page.eval(&format!("{NAMED}({}).value", js(name)))
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// Signs in on the studio page shown, with the keyboard.
async fn sign_in(page: &mut Page) {
    fill(page, "Username", HOST).await;
    fill(page, "Password", PASSWORD).await;
    page.press("Enter").await;
}

/// No script error or CSP violation, and no failed request but the
/// refusals the story asked for (`expected`: their status codes).
fn assert_clean_but(page: &Page, expected: &[u16]) {
    assert!(
        page.problems.is_empty(),
        "console errors or CSP violations: {:?}",
        page.problems
    );
    for error in &page.network_errors {
        assert!(
            expected
                .iter()
                .any(|code| error.contains(&format!("status of {code} "))),
            "a request failed: {error}"
        );
    }
}

/// A 240×160 PNG in three colour bands (a flag): real, small, and looked at.
fn picture() -> Vec<u8> {
    let (w, h) = (PICTURE_WIDTH, 160u32);
    let mut raw = Vec::new();
    for _y in 0..h {
        raw.push(0); // no filter
        for x in 0..w {
            let rgb = match x * 3 / w {
                0 => [0xc8, 0x10, 0x2e],
                1 => [0xff, 0xd2, 0x3f],
                _ => [0x14, 0x59, 0xb8],
            };
            raw.extend_from_slice(&rgb);
        }
    }
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut z, &raw).unwrap();
    let idat = z.finish().unwrap();
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut chunk = |kind: &[u8], data: &[u8]| {
        png.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let mut crc = flate2::Crc::new();
        crc.update(kind);
        crc.update(data);
        png.extend_from_slice(kind);
        png.extend_from_slice(data);
        png.extend_from_slice(&crc.sum().to_be_bytes());
    };
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&w.to_be_bytes());
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    chunk(b"IHDR", &ihdr);
    chunk(b"IDAT", &idat);
    chunk(b"IEND", &[]);
    png
}

/// Saves with Ctrl+S and waits for the status to say how it went.
async fn save(page: &mut Page) -> String {
    page.eval("document.getElementById('save-status').textContent = ''")
        .await;
    press_with(page, "s", "KeyS", 83, 2).await;
    let status = page
        .wait_for(
            "(() => { const t = document.getElementById('save-status').textContent; \
             return t && t !== 'Saving…' ? t : ''; })()",
        )
        .await;
    status.as_str().unwrap().to_string()
}

/// Whether leaving the page now would ask first (unsaved changes).
async fn leaving_asks(page: &mut Page) -> bool {
    page.eval(
        "(() => { const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented; })()",
    )
    .await
        == json!(true)
}

/// The titles of the questions in the editor's list, in order.
async fn listed(page: &mut Page) -> Value {
    page.eval("[...document.querySelectorAll('#question-list .q-title')].map(e => e.textContent)")
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_host_writes_a_quiz_saves_it_past_a_conflict_and_hosts_it() {
    let Some(binary) = chromium_or_skip("the studio browser test") else {
        return;
    };
    let server = server_with_host().await;
    let base = format!("http://{}", server.addr);
    let browser = Browser::launch(&binary);
    let mut page = Page::open(&browser).await;

    // The host page leads to the library, which asks to sign in.
    page.goto(&format!("{base}/host")).await;
    // Its script runs once the catalogs have come (after the load event)
    // and puts the keyboard on the sign-in form: wait for that, or Enter
    // would go to the form instead of the link.
    page.wait_for("document.activeElement && document.activeElement.id === 'login-username'")
        .await;
    activate(&mut page, "Quiz library").await;
    page.wait_for("location.pathname === '/studio'").await;
    page.wait_visible("#login-form").await;
    sign_in(&mut page).await;
    page.wait_visible("#library").await;
    page.wait_for("document.querySelectorAll('#library-list .library-item').length > 0")
        .await;
    assert_eq!(unnamed_controls(&mut page).await, json!([]));

    // A new quiz: title, then the first question, a single choice with a picture.
    activate(&mut page, "New quiz").await;
    page.wait_for(
        "location.pathname === '/studio/new' && (document.getElementById('editor') || {hidden: true}).hidden === false",
    )
    .await;
    page.assert_fits_width().await;
    fill(&mut page, "Title", "Red planet").await;
    fill(&mut page, "Description", "Three questions about Mars.").await;
    fill(&mut page, "Question", "Which flag is this?").await;
    fill(&mut page, "Answer 1", "Three bands").await;
    fill(&mut page, "Answer 2", "Two bands").await;
    // Four answers to start with: the last two go.
    activate(&mut page, "Remove answer 4").await;
    activate(&mut page, "Remove answer 3").await;
    assert_eq!(
        page.eval("document.querySelectorAll('.answer-rows li').length")
            .await,
        json!(2)
    );
    focus(&mut page, "Answer 1 is correct").await;
    page.press(" ").await;
    // The picture goes up through the media API; its address fills the field.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("flag.png");
    std::fs::write(&file, picture()).unwrap();
    focus(&mut page, "Upload picture, sound or video…").await;
    let input = page
        .eval("(() => { const f = document.querySelector('.media-fields input[type=file]'); f.id = 'media-file'; return f.id; })()")
        .await;
    let doc = page.call("DOM.getDocument", json!({})).await;
    let node = page
        .call(
            "DOM.querySelector",
            json!({"nodeId": doc["root"]["nodeId"], "selector": format!("#{}", input.as_str().unwrap())}),
        )
        .await;
    page.call(
        "DOM.setFileInputFiles",
        json!({"nodeId": node["nodeId"], "files": [file.to_str().unwrap()]}),
    )
    .await;
    let media = page
        .wait_for(&format!(
            "(() => {{ const v = {NAMED}('Picture, sound or video address'); return v && v.value.startsWith('/media/') ? v.value : ''; }})()"
        ))
        .await;
    let media = media.as_str().unwrap().to_string();
    assert!(
        regex_like_media(&media),
        "an uploaded picture's address: {media}"
    );
    // The phone preview shows it, as players will.
    page.wait_for(&format!(
        "(() => {{ const i = document.querySelector('#preview-phone img.q-image'); \
         return i && i.getAttribute('src') === {} && i.complete && i.naturalWidth === {PICTURE_WIDTH}; }})()",
        js(&media)
    ))
    .await;

    // A type-answer question, then a slider.
    choose(&mut page, "Kind of the new question", "Type answer").await;
    activate(&mut page, "Add question").await;
    page.wait_for("document.activeElement && document.activeElement.id === 'ed-text'")
        .await;
    type_text(&mut page, "Name the red planet").await;
    fill(&mut page, "Accepted answer 1", "Mars").await;
    choose(&mut page, "Kind of the new question", "Slider").await;
    activate(&mut page, "Add question").await;
    type_text(&mut page, "How many moons has Mars?").await;
    fill(&mut page, "Lowest value", "0").await;
    fill(&mut page, "Highest value", "5").await;
    fill(&mut page, "Correct value", "2").await;
    fill(&mut page, "Unit (optional)", "moons").await;
    assert_eq!(
        page.text_of("#preview-phone .slider-range").await,
        "0 moons5 moons"
    );
    assert_eq!(unnamed_controls(&mut page).await, json!([]));

    // Reordering with the keyboard: the slider goes up one place (Alt+↑ on
    // its line in the list), the focus stays on it.
    focus(&mut page, "Question 3, Slider: How many moons has Mars?").await;
    press_with(&mut page, "ArrowUp", "ArrowUp", 38, 1).await;
    assert_eq!(
        listed(&mut page).await,
        json!([
            "Which flag is this?",
            "How many moons has Mars?",
            "Name the red planet"
        ])
    );
    let focused = page
        .eval("document.activeElement.closest('.question-item').dataset.index")
        .await;
    assert_eq!(
        focused,
        json!("1"),
        "the keyboard stays on the moved question"
    );
    // And with the buttons: the type answer goes up, then back down.
    activate(&mut page, "Move question 3 up").await;
    activate(&mut page, "Move question 2 down").await;
    assert_eq!(
        listed(&mut page).await,
        json!([
            "Which flag is this?",
            "How many moons has Mars?",
            "Name the red planet"
        ])
    );

    // And with the mouse: the last question dragged onto the first.
    page.eval(
        "(() => { const items = document.querySelectorAll('#question-list .question-item'); \
         const data = new DataTransfer(); const fire = (node, type) => node.dispatchEvent( \
           new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: data})); \
         fire(items[2], 'dragstart'); fire(items[0], 'dragover'); fire(items[0], 'drop'); fire(items[2], 'dragend'); })()",
    )
    .await;
    assert_eq!(
        listed(&mut page).await,
        json!([
            "Name the red planet",
            "Which flag is this?",
            "How many moons has Mars?"
        ])
    );
    activate(&mut page, "Move question 1 down").await;
    activate(&mut page, "Move question 2 down").await;

    // A problem the server finds is shown beside its field, then fixed.
    activate(&mut page, "Question 2, Slider: How many moons has Mars?").await;
    fill(&mut page, "Correct value", "9").await;
    let status = save(&mut page).await;
    assert!(status.starts_with("Not saved"), "{status}");
    // The message stands under the field it names, which says so to screen readers.
    let described = page
        .wait_for(&format!(
            "(() => {{ const f = {NAMED}('Correct value'); if (f.getAttribute('aria-invalid') !== 'true') return ''; \
             return (f.getAttribute('aria-describedby') || '').split(' ').map(id => document.getElementById(id).textContent).join(' | '); }})()"
        ))
        .await;
    assert!(
        described.as_str().unwrap().contains("9 is outside 0 to 5"),
        "{described}"
    );
    // The list of problems names the question and takes the keyboard there.
    let listed_problem = page.text_of("#problem-list").await;
    assert!(
        listed_problem.starts_with("Question 2 (correct): 9 is outside 0 to 5"),
        "{listed_problem}"
    );
    fill(&mut page, "Correct value", "2").await;

    // Saved: the address becomes the quiz's, and the stored quiz is what was
    // typed. Until then, leaving the page asks first.
    assert!(leaving_asks(&mut page).await);
    let status = save(&mut page).await;
    assert!(status.starts_with("Saved"), "{status}");
    assert!(!leaving_asks(&mut page).await);
    let id = page
        .wait_for("(location.pathname.match(/^\\/studio\\/edit\\/(.+)$/) || [])[1]")
        .await;
    let id = id.as_str().unwrap().to_string();
    let stored = server.get_json(&format!("/api/quizzes/{id}")).await;
    assert_eq!(stored["title"], "Red planet");
    assert_eq!(stored["description"], "Three questions about Mars.");
    let questions = stored["questions"].as_array().unwrap();
    let kinds: Vec<&str> = questions
        .iter()
        .map(|q| q["kind"].as_str().unwrap_or("single"))
        .collect();
    assert_eq!(kinds, ["single", "slider", "type_answer"]);
    assert_eq!(questions[0]["answers"], json!(["Three bands", "Two bands"]));
    assert_eq!(questions[0]["media"], json!(media));
    assert_eq!(questions[1]["max"], json!(5.0));
    assert_eq!(questions[1]["correct"], json!(2.0));
    assert_eq!(questions[1]["unit"], "moons");
    assert_eq!(questions[2]["accepted"], json!(["Mars"]));
    activate(&mut page, "Question 1, Single choice: Which flag is this?").await;
    page.screenshot_for_docs("studio-editor.png", (1280, 860), 150 * 1024)
        .await;

    // A second tab opens the same quiz; the first saves a change; the
    // second's save is refused with the conflict, keeping all it typed.
    let mut other = Page::open_tab(&browser).await;
    other.goto(&format!("{base}/studio/edit/{id}")).await;
    other
        .wait_for("document.getElementById('quiz-title').value === 'Red planet'")
        .await;
    fill(&mut page, "Title", "Red planet quiz").await;
    assert!(save(&mut page).await.starts_with("Saved"));
    fill(&mut other, "Description", "Mars, from flags to moons.").await;
    activate(&mut other, "Question 3, Type answer: Name the red planet").await;
    fill(&mut other, "Accepted answer 1", "The red planet").await;
    let status = save(&mut other).await;
    assert!(status.contains("someone else saved"), "{status}");
    other.wait_visible("#conflict").await;
    assert_eq!(
        value_of(&mut other, "Description").await,
        "Mars, from flags to moons."
    );
    assert_eq!(
        value_of(&mut other, "Accepted answer 1").await,
        "The red planet"
    );
    let stored = server.get_json(&format!("/api/quizzes/{id}")).await;
    assert_eq!(
        stored["title"], "Red planet quiz",
        "the refused save wrote nothing"
    );
    assert_eq!(stored["description"], "Three questions about Mars.");
    // Overwriting keeps the second tab's text, its title included.
    activate(&mut other, "Overwrite with mine").await;
    other
        .wait_for("document.getElementById('save-status').textContent.startsWith('Saved')")
        .await;
    let stored = server.get_json(&format!("/api/quizzes/{id}")).await;
    assert_eq!(stored["title"], "Red planet");
    assert_eq!(stored["description"], "Mars, from flags to moons.");
    assert_eq!(
        stored["questions"][2]["accepted"],
        json!(["The red planet"])
    );
    // Its first save was refused (412), as it should be.
    assert_clean_but(&other, &[412]);

    // Hosting from the editor: the first tab reloads theirs, then hosts.
    fill(&mut page, "Description", "A change to lose").await;
    let status = save(&mut page).await;
    assert!(status.contains("someone else saved"), "{status}");
    activate(&mut page, "Reload theirs (discard my changes)").await;
    page.wait_for(
        "document.getElementById('quiz-description').value === 'Mars, from flags to moons.'",
    )
    .await;
    activate(&mut page, "Host").await;
    let pin = page
        .wait_for("(location.pathname.match(/^\\/screen\\/(\\d+)$/) || [])[1]")
        .await;
    let pin = pin.as_str().unwrap().to_string();

    // Two players join from their phones and see the picture. Each phone
    // is a browser of its own: tabs of one share the player's saved session.
    let other_phone = Browser::launch(&binary);
    let mut phones = Vec::new();
    for (nickname, phone_browser) in [("Ada", &browser), ("Bo", &other_phone)] {
        let mut phone = Page::open_tab(phone_browser).await;
        phone.goto(&format!("{base}/join/{pin}")).await;
        phone
            .wait_for(&format!(
                "document.querySelector('#pin').value === {}",
                js(&pin)
            ))
            .await;
        fill(&mut phone, "Nickname", nickname).await;
        phone.press("Enter").await;
        phone.wait_visible("#lobby").await;
        phones.push(phone);
    }
    page.wait_for("document.querySelector('#player-count').textContent === '2'")
        .await;
    page.tap("#start").await;
    for phone in &mut phones {
        phone
            .wait_for(&format!(
                "(() => {{ const i = document.querySelector('#q-media img'); \
                 return i && i.getAttribute('src') === {} && i.complete && i.naturalWidth === {PICTURE_WIDTH}; }})()",
                js(&media)
            ))
            .await;
        assert_eq!(phone.text_of("#q-text").await, "Which flag is this?");
        assert_clean(phone);
    }
    // The save with a slider problem (422) and the one after theirs (412).
    assert_clean_but(&page, &[412, 422]);
    server.stop().await;
}

/// `/media/` and 64 hex digits and an extension.
fn regex_like_media(url: &str) -> bool {
    let Some(name) = url.strip_prefix("/media/") else {
        return false;
    };
    let Some((hash, ext)) = name.split_once('.') else {
        return false;
    };
    hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit()) && ext == "png"
}

/// Hands `path` to the page's file input `selector`, as choosing it would.
async fn choose_files(page: &mut Page, selector: &str, paths: &[&std::path::Path]) {
    let doc = page.call("DOM.getDocument", json!({})).await;
    let node = page
        .call(
            "DOM.querySelector",
            json!({"nodeId": doc["root"]["nodeId"], "selector": selector}),
        )
        .await;
    let files: Vec<&str> = paths.iter().map(|p| p.to_str().unwrap()).collect();
    page.call(
        "DOM.setFileInputFiles",
        json!({"nodeId": node["nodeId"], "files": files}),
    )
    .await;
}

/// The titles the library lists, in order.
async fn library_titles(page: &mut Page) -> Vec<String> {
    let titles = page
        .eval("[...document.querySelectorAll('#library-list .quiz-name')].map(e => e.textContent)")
        .await;
    serde_json::from_value(titles).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_library_imports_exports_duplicates_and_deletes_with_undo() {
    let Some(binary) = chromium_or_skip("the library browser test") else {
        return;
    };
    let server = server_with_host().await;
    let base = format!("http://{}", server.addr);
    let browser = Browser::launch(&binary);
    let mut page = Page::open(&browser).await;
    page.goto(&format!("{base}/studio")).await;
    sign_in(&mut page).await;
    page.wait_for("document.querySelectorAll('#library-list .library-item').length > 0")
        .await;
    let samples = library_titles(&mut page).await;
    // A host may organise quizzes from a phone: nothing scrolls sideways.
    page.assert_fits_width().await;

    // Two files at once: one imports, the other is refused with its
    // problems located, and nothing of it is written.
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("southern-capitals.csv");
    std::fs::write(
        &good,
        "quiz_title,question,answer1,answer2,answer3,correct\n\
         Southern capitals,Capital of Australia?,Sydney,Canberra,Perth,2\n\
         Southern capitals,Capital of Japan?,Kyoto,Tokyo,Osaka,2\n",
    )
    .unwrap();
    let bad = dir.path().join("broken.toml");
    std::fs::write(
        &bad,
        "title = \"Broken\"\n\n[[questions]]\ntext = \"Capital of Peru?\"\nanswers = [\"Lima\"]\ncorrect = 3\n",
    )
    .unwrap();
    focus(&mut page, "Choose files to import…").await;
    choose_files(&mut page, "#import-file", &[&good, &bad]).await;
    let report = page
        .wait_for("(() => { const t = document.getElementById('import-report').textContent; return t.includes('1 of 2 files imported') ? t : ''; })()")
        .await;
    let report = report.as_str().unwrap();
    assert!(
        report.contains("capitals.csv: imported “Southern capitals” (2 questions, created)"),
        "{report}"
    );
    assert!(report.contains("broken.toml: not imported"), "{report}");
    assert!(
        report.contains("error: line 5: questions[1].answers: a single-choice question needs 2-6 answers (found 1)"),
        "{report}"
    );
    assert!(
        report.contains("error: line 6: questions[1].correct:"),
        "{report}"
    );
    page.wait_for("[...document.querySelectorAll('#library-list .quiz-name')].some(e => e.textContent === 'Southern capitals')")
        .await;
    assert!(!library_titles(&mut page)
        .await
        .contains(&"Broken".to_string()));
    assert_eq!(unnamed_controls(&mut page).await, json!([]));

    // Sorting: by title, and by last change (the import is the newest).
    let titles = library_titles(&mut page).await;
    let mut by_title = titles.clone();
    by_title.sort_by_key(|t| t.to_lowercase());
    assert_eq!(titles, by_title);
    choose(&mut page, "Sort by", "Last changed").await;
    assert_eq!(library_titles(&mut page).await[0], "Southern capitals");
    choose(&mut page, "Sort by", "Title").await;

    // Search narrows the list and says how far.
    fill(&mut page, "Search", "southern").await;
    page.wait_for("document.querySelectorAll('#library-list .library-item').length === 1")
        .await;
    assert_eq!(
        page.text_of("#library-count").await,
        format!("1 of {} quizzes match", samples.len() + 1)
    );
    page.screenshot_for_docs("studio-library.png", (1280, 860), 150 * 1024)
        .await;

    // Export as CSV: the file downloaded is the server's export.
    let downloads = tempfile::tempdir().unwrap();
    page.call(
        "Page.setDownloadBehavior",
        json!({"behavior": "allow", "downloadPath": downloads.path().to_str().unwrap()}),
    )
    .await;
    // Every format quizbox writes is offered, and no other.
    let offered = page
        .eval(&format!(
            "[...{NAMED}('Export format for Southern capitals').options].map(o => o.value)"
        ))
        .await;
    let written: Vec<&str> = ExportFormat::ALL.iter().map(|f| f.name()).collect();
    assert_eq!(offered, json!(written));
    choose(&mut page, "Export format for Southern capitals", "CSV").await;
    activate(&mut page, "Export Southern capitals").await;
    let file = downloads.path().join("southern-capitals.csv");
    let mut waited = 0;
    while !file.exists() && waited < 150 {
        tokio::time::sleep(Duration::from_millis(100)).await;
        waited += 1;
    }
    let (status, exported) = server
        .get("/api/quizzes/southern-capitals/export?format=csv")
        .await;
    assert_eq!(status, 200, "{exported}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), exported);
    assert!(exported.contains("Capital of Japan?"), "{exported}");

    // Duplicate, then delete the copy: a confirmation first, then a few
    // seconds to undo, which brings it back whole.
    activate(&mut page, "Duplicate Southern capitals").await;
    page.wait_for("document.querySelectorAll('#library-list .library-item').length === 2")
        .await;
    let copy_title = library_titles(&mut page)
        .await
        .into_iter()
        .find(|t| t != "Southern capitals")
        .unwrap();
    let copy_id = page
        .eval(&format!(
            "[...document.querySelectorAll('#library-list .library-item')].find(li => li.querySelector('.quiz-name').textContent === {}).dataset.id",
            js(&copy_title)
        ))
        .await;
    let copy_id = copy_id.as_str().unwrap().to_string();
    let copy = server.get_json(&format!("/api/quizzes/{copy_id}")).await;
    assert_eq!(copy["questions"].as_array().unwrap().len(), 2);

    activate(&mut page, &format!("Delete {copy_title}")).await;
    page.wait_for("document.getElementById('confirm-delete').open")
        .await;
    assert_eq!(
        page.text_of("#confirm-title").await,
        format!("Delete “{copy_title}”?")
    );
    // "Keep it" has the focus: Enter keeps it.
    page.press("Enter").await;
    page.wait_for("!document.getElementById('confirm-delete').open")
        .await;
    assert_eq!(server.get(&format!("/api/quizzes/{copy_id}")).await.0, 200);

    activate(&mut page, &format!("Delete {copy_title}")).await;
    page.wait_for("document.getElementById('confirm-delete').open")
        .await;
    activate(&mut page, "Delete").await;
    // (The bar is fixed to the window, so it has no offset parent to test.)
    page.wait_for("!document.getElementById('undo-bar').hidden")
        .await;
    assert_eq!(server.get(&format!("/api/quizzes/{copy_id}")).await.0, 404);
    let focused = page
        .eval("document.activeElement.getAttribute('aria-label')")
        .await;
    assert_eq!(focused, json!(format!("Undo deleting {copy_title}")));
    page.press("Enter").await;
    page.wait_for(&format!(
        "[...document.querySelectorAll('#library-list .quiz-name')].some(e => e.textContent === {})",
        js(&copy_title)
    ))
    .await;
    let back = server.get_json(&format!("/api/quizzes/{copy_id}")).await;
    assert_eq!(back["questions"], copy["questions"]);
    assert_eq!(back["title"], copy["title"]);
    // The broken file's import was refused (422), as it should be.
    assert_clean_but(&page, &[422]);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_player_page_loads_within_its_budget_without_the_studio_or_reports() {
    let Some(binary) = chromium_or_skip("the page weight test") else {
        return;
    };
    let server = TestServer::start().await;
    let browser = Browser::launch(&binary);
    let mut page = Page::open(&browser).await;
    page.goto(&format!("http://{}/", server.addr)).await;
    // Every module the page imports has loaded once the join form works.
    page.wait_for("document.readyState === 'complete' && performance.getEntriesByType('resource').length >= 5")
        .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let loaded = page
        .eval(
            "[performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')]\
             .map(e => ({name: new URL(e.name).pathname, bytes: e.transferSize}))",
        )
        .await;
    let loaded = loaded.as_array().unwrap();
    let total: u64 = loaded.iter().map(|e| e["bytes"].as_u64().unwrap()).sum();
    let names: Vec<&str> = loaded.iter().map(|e| e["name"].as_str().unwrap()).collect();
    assert!(
        names.contains(&"/assets/player.js") && names.contains(&"/assets/style.css"),
        "{names:?}"
    );
    assert!(
        loaded.iter().all(|e| e["bytes"].as_u64().unwrap() > 0),
        "every file came over the network, none from a cache: {loaded:?}"
    );
    for name in &names {
        assert!(
            !name.contains("studio") && !name.contains("signin") && !name.contains("report"),
            "the player page loads {name}"
        );
    }
    assert!(
        total <= 50 * 1024,
        "the player page's first load is {total} bytes: {loaded:?}"
    );
    assert_clean(&page);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sound_plays_in_both_previews_and_a_refused_file_says_why() {
    let Some(binary) = chromium_or_skip("the studio media browser test") else {
        return;
    };
    let server = server_with_host().await;
    let browser = Browser::launch(&binary);
    let mut page = Page::open(&browser).await;
    page.goto(&format!("http://{}/studio/new", server.addr))
        .await;
    sign_in(&mut page).await;
    page.wait_for("(document.getElementById('editor') || {hidden: true}).hidden === false")
        .await;
    fill(&mut page, "Question", "Which planet sounds like this?").await;

    // Three MPEG layer III frames (128 kbit/s, 44.1 kHz): a sound.
    let dir = tempfile::tempdir().unwrap();
    let sound = dir.path().join("planet.mp3");
    let mut frame = vec![0xFF, 0xFB, 0x90, 0x64];
    frame.resize(417, 0x55);
    std::fs::write(&sound, frame.repeat(3)).unwrap();
    focus(&mut page, "Upload picture, sound or video…").await;
    choose_files(&mut page, ".media-fields input[type=file]", &[&sound]).await;
    let url = page
        .wait_for(&format!(
            "(() => {{ const v = {NAMED}('Picture, sound or video address'); return v && v.value.endsWith('.mp3') ? v.value : ''; }})()"
        ))
        .await;
    let url = url.as_str().unwrap().to_string();
    assert!(url.starts_with("/media/"), "{url}");
    // The phone plays it with its controls, named for the question.
    let phone = page
        .wait_for(&format!(
            "(() => {{ const a = document.querySelector('#preview-phone audio.q-audio'); \
             return a && a.getAttribute('src') === {} && a.controls ? a.getAttribute('aria-label') : ''; }})()",
            js(&url)
        ))
        .await;
    assert_eq!(phone, json!("Sound for Which planet sounds like this?"));
    // So does the big screen.
    activate(&mut page, "Big screen").await;
    page.wait_for(&format!(
        "(() => {{ const a = document.querySelector('#preview-screen audio.q-audio'); return a && a.getAttribute('src') === {}; }})()",
        js(&url)
    ))
    .await;
    assert_eq!(
        page.eval("document.getElementById('preview-as-screen').getAttribute('aria-pressed')")
            .await,
        json!("true")
    );

    // An SVG is refused (it can carry scripts): the message names the file
    // under the media field, and the sound stays.
    let svg = dir.path().join("ring.svg");
    std::fs::write(
        &svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><circle r=\"5\"/></svg>",
    )
    .unwrap();
    choose_files(&mut page, ".media-fields input[type=file]", &[&svg]).await;
    let said = page
        .wait_for(&format!(
            "(() => {{ const f = {NAMED}('Picture, sound or video address'); if (f.getAttribute('aria-invalid') !== 'true') return ''; \
             return (f.getAttribute('aria-describedby') || '').split(' ').map(id => document.getElementById(id).textContent).join(' | '); }})()"
        ))
        .await;
    assert!(said.as_str().unwrap().contains("ring.svg: "), "{said}");
    assert_eq!(
        value_of(&mut page, "Picture, sound or video address").await,
        url
    );
    // The refusal (415) is the only failed request.
    assert_clean_but(&page, &[415]);
    server.stop().await;
}
