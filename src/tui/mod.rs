//! The terminal host dashboard (`quizbox host`): pick a quiz, run the lobby,
//! drive the game with keys, show reveal, leaderboard and podium.
//!
//! The run loop here only waits on channels and a redraw timer: keys come
//! from a reader thread, network events from the task in `connection`, so a
//! slow or missing server never freezes the screen. `state` holds every
//! transition (tested without a terminal), `view` draws, `input` maps keys,
//! `terminal` guarantees the terminal is restored, `text` has the words in
//! the host's language.

pub mod connection;
pub mod input;
pub mod state;
pub mod terminal;
pub mod text;
pub mod view;

use std::future::Future;
use std::io;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use crossterm::event::{self, Event};
use tokio::sync::mpsc;

use crate::client::{local_now_ms, Server};
use state::{App, Effect};
use terminal::TerminalGuard;
use view::Theme;

/// How often the screen is redrawn when nothing happens (countdowns move).
const REDRAW: Duration = Duration::from_millis(200);

/// What the dashboard needs to start.
#[derive(Debug, Clone)]
pub struct Dashboard {
    pub server: Server,
    /// The server runs in this process (quitting stops it).
    pub embedded: bool,
    /// Extra `http://ip:port` bases for join links (LAN addresses).
    pub lan_bases: Vec<String>,
    /// A quiz id or title to open straight away.
    pub quiz: Option<String>,
    pub theme: Theme,
    /// The language of every text the dashboard shows.
    pub language: &'static crate::i18n::Language,
}

/// Runs the dashboard until the host quits or `shutdown` resolves (a signal).
pub async fn run(dashboard: Dashboard, shutdown: impl Future<Output = ()>) -> io::Result<()> {
    text::set_language(dashboard.language);
    let mut guard = TerminalGuard::enter()?;
    let (requests, mut events) = connection::spawn(dashboard.server.clone());
    let (keys_tx, mut keys) = mpsc::unbounded_channel();
    let stop = Arc::new(AtomicBool::new(false));
    let reader = {
        let stop = Arc::clone(&stop);
        std::thread::spawn(move || read_terminal(keys_tx, &stop))
    };

    let mut app = App::new(
        dashboard.server.base_url(),
        dashboard.embedded,
        dashboard.lan_bases,
    );
    app.preselect = dashboard.quiz;
    let theme = dashboard.theme;
    let mut pending = app.start();
    let mut redraw = tokio::time::interval(REDRAW);
    redraw.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    tokio::pin!(shutdown);
    let result = loop {
        let mut quit = false;
        for effect in pending.drain(..) {
            match effect {
                Effect::Net(request) => {
                    let _ = requests.send(request);
                }
                Effect::Quit => quit = true,
            }
        }
        if quit {
            break Ok(());
        }
        let now = local_now_ms();
        if let Err(e) = guard
            .terminal
            .draw(|frame| view::draw(frame, &app, &theme, now))
        {
            break Err(e);
        }
        tokio::select! {
            Some(event) = keys.recv() => {
                if let Event::Key(key) = event {
                    if let Some(action) = input::action(&app, key) {
                        pending = app.on_action(action, local_now_ms());
                    }
                }
                // Resize and other events just lead to a redraw.
            }
            Some(event) = events.recv() => pending = app.on_net(event, local_now_ms()),
            _ = redraw.tick() => {}
            _ = &mut shutdown => break Ok(()),
        }
    };
    stop.store(true, Ordering::Relaxed);
    drop(guard);
    let _ = reader.join();
    result
}

/// Forwards terminal events until told to stop or the receiver is gone.
/// Polls with a timeout so the thread notices `stop` and never outlives the
/// dashboard by more than a moment.
fn read_terminal(events: mpsc::UnboundedSender<Event>, stop: &AtomicBool) {
    while !stop.load(Ordering::Relaxed) {
        match event::poll(Duration::from_millis(100)) {
            Ok(true) => match event::read() {
                Ok(event) => {
                    if events.send(event).is_err() {
                        return;
                    }
                }
                Err(_) => return,
            },
            Ok(false) => {}
            Err(_) => return,
        }
    }
}
