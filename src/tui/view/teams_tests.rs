//! Team games on the dashboard: each player's team in the lobby, shared
//! devices, and the team standings under the leaderboard and the podium.

use super::tests::{line_with, screen, server, standings};
use super::*;
use crate::protocol::ServerMsg;
use crate::tui::connection::{LinkStatus, NetEvent};
use crate::tui::state::tests::{in_lobby, player};
use crate::tui::state::Action;

#[test]
fn the_lobby_shows_each_players_team_as_they_are_placed() {
    let mut ann = player(0, "Ann");
    ann.team = Some("Red".into());
    let mut app = in_lobby(vec![ann, player(1, "Bob")]);
    let lines = screen(&app, 0);
    assert!(line_with(&lines, "Ann").contains("Ann · Red"));
    assert!(!line_with(&lines, "Bob").contains('·'));
    server(
        &mut app,
        ServerMsg::Team(Box::new(crate::protocol::TeamInfo {
            player: Some(1),
            team: 1,
            name: "Blue".into(),
            members: Vec::new(),
        })),
    );
    let lines = screen(&app, 0);
    assert!(
        line_with(&lines, "Bob").contains("Bob · Blue"),
        "{}",
        lines.join("\n")
    );
}

#[test]
fn a_shared_device_shows_who_plays_on_it_not_its_team_twice() {
    use crate::tui::state::tests::{created, quiz, welcome};
    // Teams one per shared device, chosen on the form.
    let mut app = App::new("http://127.0.0.1:8080".into(), false, Vec::new());
    app.on_net(
        NetEvent::Quizzes(Ok(vec![quiz("world-capitals", "World Capitals", 12)])),
        0,
    );
    app.on_action(Action::Confirm, 0);
    app.on_action(Action::Up, 0);
    app.on_action(Action::Left, 0);
    app.on_action(Action::Confirm, 0);
    app.on_net(NetEvent::GameCreated(Ok(created("482913"))), 0);
    app.on_net(NetEvent::Link(LinkStatus::Connected), 0);
    assert_eq!(
        app.game.as_ref().unwrap().settings.teams,
        crate::game::TeamMode::Device
    );
    // Each device is its own team, named after its nickname.
    let device = |id: u32, name: &str| {
        let mut p = player(id, name);
        p.team = Some(name.into());
        p
    };
    server(
        &mut app,
        welcome(
            vec![device(0, "Table 1"), device(1, "Table 2")],
            PhaseView::Lobby,
        ),
    );
    let lines = screen(&app, 0);
    assert_eq!(line_with(&lines, "Table 1").matches("Table 1").count(), 1);
    assert!(!line_with(&lines, "Table 1").contains('·'), "{lines:?}");
    // Table 1 types in who plays on it.
    server(
        &mut app,
        ServerMsg::Team(Box::new(crate::protocol::TeamInfo {
            player: Some(0),
            team: 0,
            name: "Table 1".into(),
            members: vec!["Ann".into(), "Bo".into(), "Cy".into()],
        })),
    );
    let lines = screen(&app, 0);
    assert!(
        line_with(&lines, "Table 1").contains("Table 1 · Ann, Bo, Cy"),
        "{}",
        lines.join("\n")
    );
    assert!(!line_with(&lines, "Table 2").contains('·'));
    // After a reconnect the welcome lists them.
    let mut table_2 = device(1, "Table 2");
    table_2.members = vec!["Dee".into()];
    server(
        &mut app,
        welcome(vec![device(0, "Table 1"), table_2], PhaseView::Lobby),
    );
    let lines = screen(&app, 0);
    assert!(line_with(&lines, "Table 2").contains("Table 2 · Dee"));
    assert!(!line_with(&lines, "Table 1").contains('·'));
}

#[test]
fn a_team_game_lists_the_teams_under_the_leaderboard_and_the_podium() {
    let mut app = in_lobby(vec![player(0, "Ann"), player(1, "Bob")]);
    let teams = vec![
        crate::protocol::TeamStanding {
            rank: 1,
            team: 1,
            name: "Blue".into(),
            score: 1_878,
            members: 2,
        },
        crate::protocol::TeamStanding {
            rank: 2,
            team: 0,
            name: "Red".into(),
            score: 940,
            members: 1,
        },
    ];
    server(
        &mut app,
        ServerMsg::phase(PhaseView::Leaderboard {
            index: 1,
            total: 12,
            top: standings(),
            teams: teams.clone(),
            advance: None,
            next_media: None,
        }),
    );
    let lines = screen(&app, 0);
    let heading = lines.iter().position(|l| l.trim() == "Teams").unwrap();
    let blue = line_with(&lines, "Blue");
    assert!(
        blue.contains("1st") && blue.contains("1878") && blue.contains("2 players"),
        "{blue}"
    );
    assert!(line_with(&lines, "Red").contains("1 player"));
    let dee = lines.iter().position(|l| l.contains("Dee")).unwrap();
    assert!(dee < heading, "players first, then teams");

    server(
        &mut app,
        ServerMsg::phase(PhaseView::Podium {
            top: standings(),
            teams,
        }),
    );
    let lines = screen(&app, 0);
    assert!(
        lines.iter().any(|l| l.trim() == "Teams"),
        "{}",
        lines.join("\n")
    );
    assert!(line_with(&lines, "Blue").contains("1878"));
    assert!(line_with(&lines, "Red").contains("2nd"));
}
