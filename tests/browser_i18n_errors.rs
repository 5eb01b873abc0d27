//! The server's refusals in the page's language, in headless Chromium: a
//! French player who types a PIN no game has, a nickname the server
//! refuses (too many accents on one letter) and a nickname another player
//! holds reads each refusal in French, worded by the page from the error's
//! code, then joins and reads a refused answer in French too; a French
//! presenter screen words a refused kick in French. Chromium as in
//! tests/browser.rs.

mod common;

use common::browser::{chromium_or_skip, Browser, Page};
use common::tour::*;
use common::*;

use serde_json::json;

/// Keeps every WebSocket the page opens in `window.__sockets`, so the test
/// can send what the page's own controls never would.
async fn record_sockets(page: &mut Page) {
    page.call(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({"source": "if (!window.__sockets) { window.__sockets = []; const Native = window.WebSocket; \
                          window.WebSocket = class extends Native { \
                          constructor(...args) { super(...args); window.__sockets.push(this); } }; }"}),
    )
    .await;
}

/// Sends `msg` on the page's latest WebSocket.
async fn send_raw(page: &mut Page, msg: serde_json::Value) {
    page.eval(&format!(
        "window.__sockets[window.__sockets.length - 1].send({})",
        serde_json::to_string(&msg.to_string()).unwrap()
    ))
    .await;
}

/// Types `pin` and `nickname`, taps Join and returns the refusal shown
/// under the form, once the page has shown one.
async fn refused(phone: &mut Page, pin: &str, nickname: &str) -> String {
    phone.type_into("#pin", pin).await;
    phone.type_into("#nickname", nickname).await;
    phone
        .eval("document.querySelector('#join-error').textContent = ''")
        .await;
    phone.tap("#join").await;
    let shown = phone
        .wait_for(
            "!document.querySelector('#join').disabled && \
             document.querySelector('#join-error').textContent",
        )
        .await;
    shown.as_str().unwrap().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_french_player_reads_the_servers_refusals_in_french() {
    let Some(binary) = chromium_or_skip("the refusals' language browser test") else {
        return;
    };
    let server = server_with_tour().await;
    let (_, pin, key) = create_game(&server, json!({})).await;
    let mut host = host(&server, &pin, &key).await;
    let _zoe = join(&server, &pin, "Zoë").await;
    host.until("player_joined", None).await;

    let browser = Browser::launch(&binary);
    let mut phone = Page::open(&browser).await;
    phone.prefer_languages("fr-FR,fr;q=0.9,en;q=0.5").await;
    record_sockets(&mut phone).await;
    phone.goto(&format!("http://{}/", server.addr)).await;
    phone
        .wait_for("document.documentElement.lang === 'fr'")
        .await;

    // A PIN no game has.
    let wrong = if pin == "111111" { "222222" } else { "111111" };
    assert_eq!(
        refused(&mut phone, wrong, "Léa").await,
        format!("Aucune partie n'a le code PIN {wrong}. Vérifiez le code à l'écran.")
    );
    // A nickname the server's rules refuse: five accents on one letter
    // (the server says "at most 2 accents or marks on one letter").
    assert_eq!(
        refused(&mut phone, &pin, "Le\u{301}\u{302}\u{303}\u{304}\u{308}a").await,
        "Ce pseudo ne peut pas être utilisé. Choisissez-en un autre."
    );
    assert_eq!(
        phone.eval("document.activeElement.id").await,
        json!("nickname"),
        "the field to change has the focus"
    );
    // A nickname another player holds.
    assert_eq!(
        refused(&mut phone, &pin, "Zoë").await,
        "Le pseudo Zoë est déjà pris dans cette partie. Choisissez-en un autre."
    );

    // And a nickname of its own gets in.
    phone.type_into("#nickname", "Léa").await;
    phone.tap("#join").await;
    host.until("player_joined", None).await;
    phone
        .wait_for("document.querySelector('#lobby').offsetParent !== null")
        .await;
    // An answer before the game has started ("the game has not started").
    send_raw(
        &mut phone,
        json!({"type": "answer", "question": 0, "answer": 0}),
    )
    .await;
    let banner = phone
        .wait_for("!document.querySelector('#banner').hidden && document.querySelector('#banner').textContent")
        .await;
    assert_eq!(
        banner,
        json!("Ce n'est pas possible à ce moment de la partie.")
    );
    assert_clean(&phone);

    // The presenter, in French: a kick of a player the game does not have.
    let mut screen = Page::open(&browser).await;
    screen.prefer_languages("fr-FR,fr;q=0.9").await;
    record_sockets(&mut screen).await;
    screen
        .goto(&format!("http://{}/screen/{pin}#key={key}", server.addr))
        .await;
    screen
        .wait_for(
            "document.documentElement.lang === 'fr' && \
             document.querySelector('#lobby-view').offsetParent !== null && \
             !document.querySelector('#start').hidden",
        )
        .await;
    send_raw(&mut screen, json!({"type": "kick", "player": 999})).await;
    let notice = screen
        .wait_for("!document.querySelector('#notice').hidden && document.querySelector('#notice').textContent")
        .await;
    assert_eq!(notice, json!("Ce joueur n'est pas dans cette partie."));
    assert_clean(&screen);
    server.stop().await;
}
