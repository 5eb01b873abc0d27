//! The studio pages in headless Chromium, driven the way a keyboard user
//! drives them: every control is found by its accessible name (its label,
//! aria-label or text), focused, typed into and pressed with keys. A host
//! signs in, writes a quiz with an uploaded picture, a type-answer and a
//! slider question, reorders it, saves it, loses a race with a second tab
//! without losing a word, and hosts it for two players who see the picture
//! and answer every question on their phones, up to the big screen's podium.
//! A quiz in rounds keeps each round on its first question through a save,
//! moves, a copy and a removal, and gains a round named with the keyboard.
//! The library: search, sort, import with located errors, export, duplicate,
//! delete and undo. An uploaded sound in both previews, and a refused file
//! named under its field. The editor's own checks as the host types: a
//! question's text emptied and its correct answer removed are flagged
//! beside their fields (aria-invalid, aria-describedby), counted and marked
//! in the list, the server still judges a save, and fixing them clears
//! every message; a new question is pristine until it is touched. And the
//! player page's first load stays within its budget, none of the studio or
//! the reports in it. Chromium as in tests/browser.rs.
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
/// aria-label, its label's text, or (buttons and links) its own text less
/// what is hidden from screen readers (an answer's shape badge).
const NAMED: &str = "((name) => [...document.querySelectorAll('input, select, textarea, button, a[href]')].find(e => { \
    if (e.offsetParent === null && e.type !== 'file') return false; \
    const own = () => { const c = e.cloneNode(true); c.querySelectorAll('[aria-hidden=true]').forEach(n => n.remove()); \
      return c.textContent; }; \
    const label = e.getAttribute('aria-label') || (e.labels && e.labels.length ? e.labels[0].textContent : '') \
      || ((e.tagName === 'BUTTON' || e.tagName === 'A') ? own() : ''); \
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
    activate(&mut page, "Start").await;

    // 1. The picture on both phones; Ada taps the right flag, Bo the other.
    for phone in &mut phones {
        phone
            .wait_for(&format!(
                "(() => {{ const i = document.querySelector('#q-media img'); \
                 return i && i.getAttribute('src') === {} && i.complete && i.naturalWidth === {PICTURE_WIDTH}; }})()",
                js(&media)
            ))
            .await;
        assert_eq!(phone.text_of("#q-text").await, "Which flag is this?");
    }
    activate(&mut phones[0], "Three bands").await;
    activate(&mut phones[1], "Two bands").await;
    next_question(&mut page, "Next question").await;

    // 2. The slider, from the middle of 0 to 5 moons: Ada one step left to
    // the right 2, Bo two steps right to 5.
    for (phone, (key, steps, value)) in phones
        .iter_mut()
        .zip([("ArrowLeft", 1, "2 moons"), ("ArrowRight", 2, "5 moons")])
    {
        question_on_phone(phone, "How many moons has Mars?").await;
        assert_eq!(phone.text_of("#slider-value").await, "3 moons");
        focus(phone, "Your answer").await;
        for _ in 0..steps {
            phone.press(key).await;
        }
        phone
            .wait_for(&format!(
                "document.querySelector('#slider-value').textContent === {}",
                js(value)
            ))
            .await;
        activate(phone, "Submit").await;
    }
    let titles = results_on_phones(&mut phones, 2).await;
    assert!(titles[0].starts_with("Correct"), "{titles:?}");
    assert!(!titles[1].starts_with("Correct"), "{titles:?}");
    next_question(&mut page, "Next question").await;

    // 3. The typed answer, sent with Enter: the accepted one (as the
    // overwriting tab left it) and a wrong one.
    for (phone, typed) in phones.iter_mut().zip(["the red planet", "Venus"]) {
        question_on_phone(phone, "Name the red planet").await;
        fill(phone, "Your answer", typed).await;
        phone.press("Enter").await;
    }
    let titles = results_on_phones(&mut phones, 3).await;
    assert!(titles[0].starts_with("Correct"), "{titles:?}");
    assert!(titles[1].starts_with("Incorrect"), "{titles:?}");
    next_question(&mut page, "Next: podium").await;

    // The podium on the big screen: Ada first, each with the score the
    // game's results hold, and each phone with its final place.
    let podium = page
        .wait_for(
            "(() => { const names = [...document.querySelectorAll('#podium .podium-nick')]; \
             return document.querySelector('#podium-view').offsetParent !== null && names.length === 2 \
               ? names.map((n, i) => [n.textContent, document.querySelectorAll('#podium .podium-score')[i].textContent]) : null; })()",
        )
        .await;
    let results = game_results(&server, &pin).await;
    let players = results["players"].as_array().unwrap();
    let standings: Vec<(String, u64)> = players
        .iter()
        .map(|p| {
            (
                p["nickname"].as_str().unwrap().to_string(),
                p["score"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(standings[0].0, "Ada", "{results}");
    assert_eq!(standings[1].0, "Bo", "{results}");
    assert!(standings[0].1 > standings[1].1, "{results}");
    for (shown, (nickname, score)) in podium.as_array().unwrap().iter().zip(&standings) {
        assert_eq!(shown[0], json!(nickname));
        let digits: String = shown[1]
            .as_str()
            .unwrap()
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        assert_eq!(digits, score.to_string(), "{shown}");
    }
    // Every answer is in the results: the slider's and the typed ones included.
    let answer = |player: &str, question: u64| {
        let id = players.iter().find(|p| p["nickname"] == player).unwrap()["player"].clone();
        results["answers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["player"] == id && a["question"] == question)
            .unwrap_or_else(|| panic!("{player} answered question {question}: {results}"))
            .clone()
    };
    assert_eq!(answer("Ada", 0)["answer"], json!(0));
    assert_eq!(answer("Bo", 0)["answer"], json!(1));
    assert_eq!(answer("Ada", 1)["answer"], json!(2));
    assert_eq!(answer("Ada", 1)["correct"], json!(true));
    assert_eq!(answer("Bo", 1)["answer"], json!(5));
    assert_eq!(answer("Ada", 2)["answer"], json!("the red planet"));
    assert_eq!(answer("Ada", 2)["correct"], json!(true));
    assert_eq!(answer("Bo", 2)["answer"], json!("Venus"));
    assert_eq!(answer("Bo", 2)["correct"], json!(false));
    for (phone, place) in phones.iter_mut().zip(["1st", "2nd"]) {
        let said = phone
            .wait_for("(() => { const f = document.querySelector('#final'); return f && !f.hidden ? f.textContent : ''; })()")
            .await;
        assert!(said.as_str().unwrap().contains(place), "{said}");
        assert_clean(phone);
    }
    // The save with a slider problem (422) and the one after theirs (412).
    assert_clean_but(&page, &[412, 422]);
    server.stop().await;
}

/// Waits until the phone shows the question `text` with its answers open.
async fn question_on_phone(phone: &mut Page, text: &str) {
    phone
        .wait_for(&format!(
            "document.querySelector('#question').offsetParent !== null && \
             document.querySelector('#q-text').textContent === {} && \
             document.querySelectorAll('#answers button:not(:disabled), #answers input:not(:disabled)').length > 0",
            js(text)
        ))
        .await;
}

/// Waits for both phones' results of question `n` (1-based, of 3); their headlines.
async fn results_on_phones(phones: &mut [Page], n: usize) -> Vec<String> {
    let mut titles = Vec::new();
    for phone in phones {
        let title = phone
            .wait_for(&format!(
                "(() => {{ const t = document.querySelector('#result .result-title'); \
                 return document.querySelector('#reveal').offsetParent !== null && \
                   document.querySelector('#r-meta').textContent === 'Question {n} of 3' && t && t.textContent; }})()"
            ))
            .await;
        titles.push(title.as_str().unwrap().to_string());
    }
    titles
}

/// The host on the big screen, by keyboard: from the reveal (once every
/// player answered) to the leaderboard, then on with `then` (the next
/// question, or the podium).
async fn next_question(screen: &mut Page, then: &str) {
    activate(screen, "Next: leaderboard").await;
    screen.wait_visible("#leaderboard-view").await;
    activate(screen, then).await;
}

/// The results of the game with `pin`, once it has reached its podium.
async fn game_results(server: &TestServer, pin: &str) -> Value {
    for _ in 0..100 {
        let games = server.get_json("/api/reports/games").await;
        if let Some(game) = games.as_array().unwrap().iter().find(|g| g["pin"] == pin) {
            let id = game["id"].as_str().unwrap();
            return server.get_json(&format!("/api/games/{id}/results")).await;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the game {pin} is not among the finished games");
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

/// A pub quiz in three rounds' worth of questions, two of them named.
const PUB_NIGHT: &str = r#"id = "pub-night"
title = "Pub night"

[[questions]]
round = "Warm-up"
text = "Capital of France?"
answers = ["Paris", "Lyon"]
correct = 1

[[questions]]
text = "Capital of Spain?"
answers = ["Madrid", "Seville"]
correct = 1

[[questions]]
round = "Music"
text = "Who sang Thriller?"
answers = ["Michael Jackson", "Prince"]
correct = 1

[[questions]]
text = "Who sang Yesterday?"
answers = ["The Beatles", "The Kinks"]
correct = 1

[[questions]]
text = "Largest ocean?"
answers = ["Pacific", "Atlantic"]
correct = 1
"#;

/// The rounds the editor's list shows, question by question ("" where none starts).
async fn listed_rounds(page: &mut Page) -> Value {
    page.eval(
        "[...document.querySelectorAll('#question-list .question-item')].map(li => \
         (li.querySelector('.q-round') || {textContent: ''}).textContent)",
    )
    .await
}

/// The stored quiz's questions and rounds, as `GET /api/quizzes/{id}` answers.
async fn stored_rounds(server: &TestServer, id: &str) -> (Vec<String>, Value) {
    let stored = server.get_json(&format!("/api/quizzes/{id}")).await;
    let texts = stored["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["text"].as_str().unwrap().to_string())
        .collect();
    (texts, stored["rounds"].clone())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rounds_stay_with_their_questions_through_the_editor() {
    let Some(binary) = chromium_or_skip("the studio rounds browser test") else {
        return;
    };
    let server = server_with_host().await;
    let browser = Browser::launch(&binary);
    let mut page = Page::open(&browser).await;
    page.goto(&format!("http://{}/studio", server.addr)).await;
    sign_in(&mut page).await;
    page.wait_for("document.querySelectorAll('#library-list .library-item').length > 0")
        .await;

    // The host imports a quiz in rounds (theirs, so theirs to change) and opens it.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pub-night.toml");
    std::fs::write(&file, PUB_NIGHT).unwrap();
    focus(&mut page, "Choose files to import…").await;
    choose_files(&mut page, "#import-file", &[&file]).await;
    activate(&mut page, "Edit Pub night").await;
    page.wait_for(
        "location.pathname === '/studio/edit/pub-night' && \
         (document.getElementById('quiz-title') || {}).value === 'Pub night'",
    )
    .await;
    // Each round's name stands on its first question's line, and is read with it.
    assert_eq!(
        listed_rounds(&mut page).await,
        json!(["Round: Warm-up", "", "Round: Music", "", ""])
    );
    focus(
        &mut page,
        "Question 3, Single choice: Who sang Thriller?, starts round Music",
    )
    .await;
    page.press("Enter").await;
    assert_eq!(value_of(&mut page, "Starts a round named").await, "Music");

    // Saved without touching the rounds: they are kept as they were.
    fill(&mut page, "Title", "Pub night out").await;
    assert!(save(&mut page).await.starts_with("Saved"));
    let (_, rounds) = stored_rounds(&server, "pub-night").await;
    assert_eq!(
        rounds,
        json!([{"start": 0, "name": "Warm-up"}, {"start": 2, "name": "Music"}])
    );

    // A third round, named on the last question with the keyboard.
    activate(&mut page, "Question 5, Single choice: Largest ocean?").await;
    fill(&mut page, "Starts a round named", "Finale").await;
    assert_eq!(
        listed_rounds(&mut page).await,
        json!(["Round: Warm-up", "", "Round: Music", "", "Round: Finale"])
    );

    // Moves: the Warm-up's first question goes down one (Alt+↓), taking
    // its round along; then the Finale's goes up above "Who sang Yesterday?".
    focus(
        &mut page,
        "Question 1, Single choice: Capital of France?, starts round Warm-up",
    )
    .await;
    press_with(&mut page, "ArrowDown", "ArrowDown", 40, 1).await;
    assert_eq!(
        listed(&mut page).await,
        json!([
            "Capital of Spain?",
            "Capital of France?",
            "Who sang Thriller?",
            "Who sang Yesterday?",
            "Largest ocean?"
        ])
    );
    activate(&mut page, "Move question 5 up").await;
    assert_eq!(
        listed_rounds(&mut page).await,
        json!(["", "Round: Warm-up", "Round: Music", "Round: Finale", ""])
    );

    // A copy of the Music's first question follows it in its round; removing
    // the original hands the round to the copy, and says so.
    activate(
        &mut page,
        "Question 3, Single choice: Who sang Thriller?, starts round Music",
    )
    .await;
    activate(&mut page, "Duplicate question 3").await;
    assert_eq!(
        listed_rounds(&mut page).await,
        json!([
            "",
            "Round: Warm-up",
            "Round: Music",
            "",
            "Round: Finale",
            ""
        ])
    );
    activate(
        &mut page,
        "Question 3, Single choice: Who sang Thriller?, starts round Music",
    )
    .await;
    activate(&mut page, "Remove question 3").await;
    assert_eq!(
        page.text_of("#order-status").await,
        "Question 3 (Who sang Thriller?) removed. Round Music now starts at question 3."
    );
    assert_eq!(
        listed_rounds(&mut page).await,
        json!(["", "Round: Warm-up", "Round: Music", "Round: Finale", ""])
    );

    // Saved, the quiz has its questions in the new order and each round
    // where it was put.
    assert!(save(&mut page).await.starts_with("Saved"));
    let (texts, rounds) = stored_rounds(&server, "pub-night").await;
    assert_eq!(
        texts,
        [
            "Capital of Spain?",
            "Capital of France?",
            "Who sang Thriller?",
            "Largest ocean?",
            "Who sang Yesterday?"
        ]
    );
    assert_eq!(
        rounds,
        json!([
            {"start": 1, "name": "Warm-up"},
            {"start": 2, "name": "Music"},
            {"start": 3, "name": "Finale"}
        ])
    );
    // A round's name emptied ends it: its questions join the round above.
    activate(
        &mut page,
        "Question 4, Single choice: Largest ocean?, starts round Finale",
    )
    .await;
    focus(&mut page, "Starts a round named").await;
    page.eval("document.activeElement.select()").await;
    press_with(&mut page, "Backspace", "Backspace", 8, 0).await;
    assert_eq!(value_of(&mut page, "Starts a round named").await, "");
    assert!(save(&mut page).await.starts_with("Saved"));
    let (_, rounds) = stored_rounds(&server, "pub-night").await;
    assert_eq!(
        rounds,
        json!([{"start": 1, "name": "Warm-up"}, {"start": 2, "name": "Music"}])
    );
    assert_eq!(unnamed_controls(&mut page).await, json!([]));
    assert_clean_but(&page, &[]);
    server.stop().await;
}

/// What the editor shows of its problems: the messages beside fields, how
/// many controls are marked invalid, the count beside Save, and the
/// question list's marks.
async fn problems_shown(page: &mut Page) -> Value {
    page.eval(
        "({ errors: [...document.querySelectorAll('#editor .field-error')].map(e => e.textContent), \
           invalid: document.querySelectorAll('#editor [aria-invalid=true]').length, \
           count: (document.getElementById('check-status') || {textContent: ''}).textContent, \
           marked: [...document.querySelectorAll('#question-list .q-problems')].map(e => e.textContent) })",
    )
    .await
}

/// Waits until the control named `name` is marked invalid and returns the
/// texts that describe it, joined with " | " (its note, then its problems).
async fn invalid_and_described(page: &mut Page, name: &str, says: &str) -> String {
    let described = page
        .wait_for(&format!(
            "(() => {{ const f = {NAMED}({}); if (!f || f.getAttribute('aria-invalid') !== 'true') return ''; \
             const d = (f.getAttribute('aria-describedby') || '').split(' ').filter(Boolean) \
               .map(id => document.getElementById(id).textContent).join(' | '); \
             return d.includes({}) ? d : ''; }})()",
            js(name),
            js(says)
        ))
        .await;
    described.as_str().unwrap().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_editor_checks_what_is_typed_beside_each_field_and_still_saves() {
    let Some(binary) = chromium_or_skip("the studio checks browser test") else {
        return;
    };
    let server = server_with_host().await;
    let browser = Browser::launch(&binary);
    let mut page = Page::open(&browser).await;
    page.goto(&format!("http://{}/studio", server.addr)).await;
    sign_in(&mut page).await;
    page.wait_visible("#library").await;
    activate(&mut page, "New quiz").await;
    page.wait_for(
        "location.pathname === '/studio/new' && (document.getElementById('editor') || {hidden: true}).hidden === false",
    )
    .await;
    // A new quiz is pristine: nothing is flagged before the host types.
    let clean = json!({"errors": [], "invalid": 0, "count": "", "marked": []});
    assert_eq!(problems_shown(&mut page).await, clean);

    // A multiple-choice question, filled in: what is typed is fine.
    fill(&mut page, "Title", "Rings").await;
    choose(&mut page, "Kind", "Multiple choice").await;
    fill(&mut page, "Question", "Which planets have rings?").await;
    fill(&mut page, "Answer 1", "Saturn").await;
    fill(&mut page, "Answer 2", "Mars").await;
    fill(&mut page, "Answer 3", "Jupiter").await;
    activate(&mut page, "Remove answer 4").await;
    assert_eq!(problems_shown(&mut page).await, clean);

    // By keyboard: the question's text emptied, and its only correct answer removed.
    focus(&mut page, "Question").await;
    page.eval("document.activeElement.select()").await;
    press_with(&mut page, "Backspace", "Backspace", 8, 0).await;
    activate(&mut page, "Remove answer 1").await;
    // Each message stands beside its field, which is marked invalid and described by it.
    let text = invalid_and_described(&mut page, "Question", "Must not be empty.").await;
    assert_eq!(text, "Must not be empty.");
    for mark in ["Answer 1 is correct", "Answer 2 is correct"] {
        let said =
            invalid_and_described(&mut page, mark, "Mark at least one answer as correct.").await;
        assert_eq!(said, "Mark at least one answer as correct.");
    }
    assert_eq!(
        problems_shown(&mut page).await,
        json!({
            "errors": ["Must not be empty.", "Mark at least one answer as correct."],
            "invalid": 3,
            "count": "2 problems to fix.",
            "marked": ["⚠ 2"]
        })
    );
    let pick = page
        .eval("document.querySelector('#question-list .question-pick').getAttribute('aria-label')")
        .await;
    assert_eq!(
        pick,
        json!("Question 1, Multiple choice: (no text yet) (2 to fix)")
    );

    // Saving stays possible: the server, the judge, refuses with its own
    // messages, which stand beside the same fields.
    let status = save(&mut page).await;
    assert_eq!(status, "Not saved: 2 things to fix.");
    invalid_and_described(&mut page, "Question", "must not be empty").await;
    invalid_and_described(
        &mut page,
        "Answer 1 is correct",
        "a multi-select question needs at least one correct answer",
    )
    .await;
    assert_eq!(
        page.eval("document.getElementById('check-status').textContent")
            .await,
        json!("2 problems to fix.")
    );

    // Fixed by keyboard: every message goes, and the save goes through.
    fill(&mut page, "Question", "Which of these has rings?").await;
    focus(&mut page, "Answer 2 is correct").await;
    page.press(" ").await;
    page.wait_for("document.querySelectorAll('#editor .field-error').length === 0")
        .await;
    assert_eq!(problems_shown(&mut page).await, clean);
    assert!(
        page.eval("document.getElementById('problems').hidden")
            .await
            == json!(true)
    );
    let status = save(&mut page).await;
    assert!(status.starts_with("Saved"), "{status}");
    let id = page
        .wait_for("(location.pathname.match(/^\\/studio\\/edit\\/(.+)$/) || [])[1]")
        .await;
    let stored = server
        .get_json(&format!("/api/quizzes/{}", id.as_str().unwrap()))
        .await;
    let q = &stored["questions"][0];
    assert_eq!(q["text"], "Which of these has rings?");
    assert_eq!(q["answers"], json!(["Mars", "Jupiter"]));
    assert_eq!(q["correct"], json!([1]));

    // A question added afterwards is pristine until its text is left empty.
    activate(&mut page, "Add question").await;
    page.wait_for("document.activeElement && document.activeElement.id === 'ed-text'")
        .await;
    assert_eq!(problems_shown(&mut page).await, clean);
    page.press("Tab").await;
    invalid_and_described(&mut page, "Question", "Must not be empty.").await;
    assert_eq!(
        problems_shown(&mut page).await,
        json!({
            "errors": ["Must not be empty."],
            "invalid": 1,
            "count": "One problem to fix.",
            "marked": ["⚠ 1"]
        })
    );
    assert_eq!(unnamed_controls(&mut page).await, json!([]));
    assert_clean_but(&page, &[422]);
    server.stop().await;
}
