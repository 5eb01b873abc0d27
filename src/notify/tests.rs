//! The seam: raising never waits, a full queue drops and counts, and the
//! fan-out hands each event to every subscriber in order, also those
//! raised before it started and just before it stopped.

use std::sync::Mutex;

use super::*;
use crate::game::{Game, GameOptions};
use crate::quiz::Quiz;

fn game() -> Game {
    let quiz: Quiz = crate::quiz::formats::native_toml::parse(
        "title = \"Sums\"\n\n[[questions]]\ntext = \"2 + 2?\"\nanswers = [\"3\", \"4\"]\ncorrect = 1\n",
        "sums.toml",
        "sums",
    )
    .unwrap();
    Game::new(
        "g1".into(),
        "123456".into(),
        quiz,
        GameOptions::default(),
        1_000,
    )
}

#[derive(Default)]
struct Seen(Mutex<Vec<String>>);

#[async_trait]
impl Subscriber for Seen {
    async fn event(&self, event: &GameEvent) {
        self.0.lock().unwrap().push(event.id.clone());
    }
}

#[test]
fn a_full_queue_drops_and_counts_without_waiting() {
    let counts = Arc::new(Counts::default());
    let (events, mut rx) = Events::channel(2, Arc::clone(&counts));
    let game = game();
    for at in 0..5 {
        events.raise(GameEvent::created(&game, at));
    }
    assert_eq!(events.dropped(), 3);
    assert_eq!(Counts::get(&counts.dropped), 3);
    assert_eq!(rx.try_recv().unwrap().at, 0);
    assert_eq!(rx.try_recv().unwrap().at, 1);
    assert!(rx.try_recv().is_err());
    // Nobody listening: nothing is counted as dropped.
    Events::default().raise(GameEvent::created(&game, 0));
}

#[tokio::test]
async fn every_subscriber_gets_every_event_in_order() {
    let (a, b) = (Arc::new(Seen::default()), Arc::new(Seen::default()));
    let queue = EventQueue::new(8, Arc::default(), vec![a.clone(), b.clone()]);
    let game = game();
    queue.events().raise(GameEvent::created(&game, 1));
    let fanout = queue.start().expect("first start");
    assert!(queue.start().is_none());
    queue.events().raise(GameEvent::started(&game, 2));
    queue
        .events()
        .raise(GameEvent::question_closed(&game, 0, 3));
    fanout.stop().await;
    let want = vec![
        "g1:game.created".to_string(),
        "g1:game.started".into(),
        "g1:question.closed:0".into(),
    ];
    assert_eq!(*a.0.lock().unwrap(), want);
    assert_eq!(*b.0.lock().unwrap(), want);
}

#[test]
fn the_payload_names_the_game_the_quiz_and_the_times() {
    let game = game();
    let body = serde_json::to_value(GameEvent::question_closed(&game, 0, 5_000)).unwrap();
    assert_eq!(
        body,
        serde_json::json!({
            "id": "g1:question.closed:0",
            "event": "question.closed",
            "at": 5_000,
            "game": {"id": "g1", "pin": "123456", "created_at": 1_000,
                     "started_at": null, "ended_at": null},
            "quiz": {"id": "sums", "title": "Sums"},
            "question": {"index": 0, "answered": 0, "correct": 0},
        })
    );
}

#[test]
fn game_finished_carries_the_player_count_and_the_best_three() {
    let game = game();
    let mut results = crate::store::FinishedGame::from_game(&game, 9_000);
    results.players = ["Ann", "Bob", "Cid", "Dan", "Eve"]
        .iter()
        .enumerate()
        .map(|(i, name)| crate::store::PlayerOutcome {
            player: i as u32,
            nickname: name.to_string(),
            // Bob and Cid tie for second.
            rank: [1, 2, 2, 4, 5][i],
            score: [900, 500, 500, 100, 0][i],
            correct: 0,
            team: None,
        })
        .collect();
    let event = GameEvent::finished(&game, &results, 9_500);
    assert_eq!(event.id, "g1:game.finished");
    assert_eq!(event.players, Some(5));
    assert_eq!(event.game.ended_at, Some(9_000));
    let top: Vec<(u32, &str, u64)> = event
        .top
        .as_ref()
        .unwrap()
        .iter()
        .map(|p| (p.rank, p.nickname.as_str(), p.score))
        .collect();
    assert_eq!(top, vec![(1, "Ann", 900), (2, "Bob", 500), (2, "Cid", 500)]);
    assert!(event.question.is_none());
}
