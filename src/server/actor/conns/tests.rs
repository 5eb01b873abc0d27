//! The connection table on its own: real queues, a real game, the time
//! passed in.

use super::super::testing::{game, received};
use super::*;
use crate::game::Game;

fn attach(table: &mut ConnTable, role: Role, player: Option<PlayerId>) -> (u64, outq::Receiver) {
    let (tx, rx) = outq::channel(64);
    (table.attach(role, player, tx, 0), rx)
}

fn text(s: &str) -> Utf8Bytes {
    s.to_string().into()
}

#[test]
fn attach_gives_ids_and_a_player_their_connection() {
    let (_game, ann, bob) = game();
    let mut table = ConnTable::new();
    let (host, _h) = attach(&mut table, Role::Host, None);
    let (a, _a) = attach(&mut table, Role::Player, Some(ann));
    assert_ne!(host, a);
    assert_eq!(table.get(host), Some((Role::Host, None)));
    assert_eq!(table.get(a), Some((Role::Player, Some(ann))));
    assert_eq!(table.of_player(ann), Some(a));
    assert_eq!(table.of_player(bob), None);
    assert_eq!(table.get(999), None);
}

#[test]
fn a_resume_replaces_the_players_old_connection() {
    let (mut game, ann, _) = game();
    let mut table = ConnTable::new();
    let (old, mut old_rx) = attach(&mut table, Role::Player, Some(ann));
    table.send(&mut game, old, text("before"), Instant::now());

    table.replace(ann, None);
    assert_eq!(table.get(old), None);
    assert_eq!(table.of_player(ann), None);
    let (new, mut new_rx) = attach(&mut table, Role::Player, Some(ann));
    assert_eq!(table.of_player(ann), Some(new));
    // The old socket gets what was queued, then its close.
    assert_eq!(
        received(&mut old_rx),
        ["before", &format!("close {}", close::REPLACED)]
    );
    assert!(received(&mut new_rx).is_empty());

    // The old socket's end is no news for the player; the new one's is.
    assert_eq!(table.detach(old), None);
    assert_eq!(table.of_player(ann), Some(new));
    assert_eq!(table.detach(new), Some(ann));
    assert_eq!(table.of_player(ann), None);
    assert_eq!(table.detach(new), None, "detached once");
}

#[test]
fn a_screen_detaching_concerns_no_player() {
    let mut table = ConnTable::new();
    let (screen, _rx) = attach(&mut table, Role::Screen, None);
    assert_eq!(table.detach(screen), None);
    assert_eq!(table.get(screen), None);
}

#[test]
fn a_kick_closes_the_socket_after_what_is_queued_and_forgets_the_player() {
    let (mut game, ann, bob) = game();
    let mut table = ConnTable::new();
    let (a, mut a_rx) = attach(&mut table, Role::Player, Some(ann));
    let (b, mut b_rx) = attach(&mut table, Role::Player, Some(bob));
    table.send(&mut game, a, text("kicked"), Instant::now());
    table.kick(a, ann);
    assert_eq!(
        received(&mut a_rx),
        ["kicked", &format!("close {}", close::KICKED)]
    );
    assert_eq!(table.get(a), None);
    assert_eq!(table.of_player(ann), None);
    assert_eq!(table.detach(a), None, "the kick already let it go");
    // Others stay.
    table.send(&mut game, b, text("still here"), Instant::now());
    assert_eq!(received(&mut b_rx), ["still here"]);
}

#[test]
fn closing_all_closes_every_socket_after_what_is_queued() {
    let (mut game, ann, _) = game();
    let mut table = ConnTable::new();
    let (a, mut a_rx) = attach(&mut table, Role::Player, Some(ann));
    let (_h, mut h_rx) = attach(&mut table, Role::Host, None);
    table.send(&mut game, a, text("last"), Instant::now());
    table.close_all(close::GAME_OVER, "game over");
    assert_eq!(
        received(&mut a_rx),
        ["last", &format!("close {}", close::GAME_OVER)]
    );
    assert_eq!(received(&mut h_rx), [format!("close {}", close::GAME_OVER)]);
    assert_eq!(table.get(a), None);
}

/// A player whose queue (room for 9) is full: the tenth message is missed.
fn lagging_player(
    game: &mut Game,
    player: PlayerId,
    at: Instant,
) -> (ConnTable, u64, outq::Receiver) {
    let mut table = ConnTable::new();
    let (tx, rx) = outq::channel(9);
    let conn = table.attach(Role::Player, Some(player), tx, 0);
    for i in 0..10 {
        table.send(game, conn, text(&format!("m{i}")), at);
    }
    (table, conn, rx)
}

#[test]
fn a_lagging_client_misses_messages_then_gets_the_whole_state_once_it_has_room() {
    let (mut game, ann, _) = game();
    let t0 = Instant::now();
    let (mut table, conn, mut rx) = lagging_player(&mut game, ann, t0);
    assert_eq!(table.lag_check_at(), Some(t0 + LAG_CHECK_EVERY));
    // Still full: missed too, and nothing else happens.
    table.send(&mut game, conn, text("missed"), t0);
    table.catch_up(&mut game, t0 + LAG_CHECK_EVERY);
    assert_eq!(table.lag_check_at(), Some(t0 + LAG_CHECK_EVERY * 2));

    // The client reads what it had; the timer finds room and resyncs it.
    let had = received(&mut rx);
    assert_eq!(had, (0..9).map(|i| format!("m{i}")).collect::<Vec<_>>());
    table.catch_up(&mut game, t0 + LAG_CHECK_EVERY * 2);
    assert_eq!(table.lag_check_at(), None, "nobody lags any more");
    table.send(&mut game, conn, text("next"), t0 + LAG_CHECK_EVERY * 2);
    let Some(Outbound::Text(welcome)) = rx.try_recv() else {
        panic!("a resync");
    };
    let welcome: serde_json::Value = serde_json::from_str(&welcome).unwrap();
    assert_eq!(welcome["type"], "welcome");
    assert_eq!(welcome["role"], "player");
    assert_eq!(welcome["player"]["nickname"], "Ann");
    assert_eq!(welcome["token"], "t-ann");
    assert_eq!(received(&mut rx), ["next"]);
}

#[test]
fn a_lagging_client_with_room_is_resynced_ahead_of_its_next_message() {
    let (mut game, ann, _) = game();
    let t0 = Instant::now();
    let (mut table, conn, mut rx) = lagging_player(&mut game, ann, t0);
    assert_eq!(received(&mut rx).len(), 9);
    // No timer: the next message finds the room itself.
    table.send(&mut game, conn, text("next"), t0);
    assert_eq!(received(&mut rx), ["welcome", "next"]);
    // The timer then finds nobody to resync.
    table.catch_up(&mut game, t0 + LAG_CHECK_EVERY);
    assert_eq!(table.lag_check_at(), None);
    assert!(received(&mut rx).is_empty());
}

#[test]
fn a_client_stuck_for_its_time_is_closed_at_once_and_its_player_disconnected() {
    let (mut game, ann, _) = game();
    let t0 = Instant::now();
    let (mut table, conn, mut rx) = lagging_player(&mut game, ann, t0);
    assert!(game.player(ann).unwrap().connected);

    table.catch_up(&mut game, t0 + STUCK_AFTER - Duration::from_millis(1));
    assert_eq!(table.get(conn), Some((Role::Player, Some(ann))), "not yet");
    table.catch_up(&mut game, t0 + STUCK_AFTER);
    assert_eq!(table.get(conn), None);
    assert_eq!(table.of_player(ann), None);
    assert_eq!(table.lag_check_at(), None);
    assert!(!game.player(ann).unwrap().connected);
    // The close skips the nine messages it never read.
    let first = received(&mut rx);
    assert_eq!(first[0], format!("kill {}", close::TOO_SLOW));
}

#[test]
fn broadcasts_reach_their_audience_only() {
    let (mut game, ann, bob) = game();
    let mut table = ConnTable::new();
    let (_, mut host) = attach(&mut table, Role::Host, None);
    let (_, mut screen) = attach(&mut table, Role::Screen, None);
    let (_, mut a) = attach(&mut table, Role::Player, Some(ann));
    let (_, mut b) = attach(&mut table, Role::Player, Some(bob));
    table.end_batch();
    let now = Instant::now();
    for (to, what) in [
        (Audience::Hosts, "to hosts"),
        (Audience::Players, "to players"),
        (Audience::Everyone, "to everyone"),
    ] {
        table.broadcast(&mut game, &to, &text(what), 0, now);
    }
    assert_eq!(received(&mut host), ["to hosts", "to everyone"]);
    assert_eq!(received(&mut screen), ["to hosts", "to everyone"]);
    assert_eq!(received(&mut a), ["to players", "to everyone"]);
    assert_eq!(received(&mut b), ["to players", "to everyone"]);
}

#[test]
fn a_broadcast_made_before_a_welcome_later_in_the_batch_is_not_sent_again() {
    let (mut game, ann, _) = game();
    let mut table = ConnTable::new();
    let (_, mut early) = attach(&mut table, Role::Host, None);
    table.end_batch();
    // Attached in this batch, its welcome at position 5.
    let (tx, mut late) = outq::channel(64);
    let conn = table.attach(Role::Player, Some(ann), tx, 5);
    assert!(table.welcome_due(conn, 3));
    assert!(!table.welcome_due(conn, 6));
    let now = Instant::now();
    table.broadcast(&mut game, &Audience::Everyone, &text("at 3"), 3, now);
    table.broadcast(&mut game, &Audience::Everyone, &text("at 6"), 6, now);
    table.broadcast(
        &mut game,
        &Audience::Everyone,
        &text("after all"),
        usize::MAX,
        now,
    );
    assert_eq!(received(&mut late), ["at 6", "after all"]);
    assert_eq!(received(&mut early), ["at 3", "at 6", "after all"]);
    // In the next batch it is an ordinary connection.
    table.end_batch();
    assert!(!table.welcome_due(conn, 0));
    table.broadcast(&mut game, &Audience::Everyone, &text("next batch"), 0, now);
    assert_eq!(received(&mut late), ["next batch"]);
}
