//! Engine stories about team mode: picked teams with uneven sizes and a
//! late joiner, shared devices that score once, drawn teams kept balanced
//! the same way on every replay, each player told their team's place as
//! the leaderboard and the podium show it, and the host's list checked.

use std::collections::BTreeMap;

use super::*;
use crate::protocol::{TeamInfo, TeamPlace, TeamStanding};
use crate::quiz::{Question, QuestionKind};

/// `n` single-choice questions worth 1,000 points, 20 s each, with a 1 s
/// intro; question `i`'s right answer is choice `i`.
fn game(n: usize, teams: TeamMode) -> Game {
    let quiz = Quiz {
        rounds: Vec::new(),
        id: "t".into(),
        title: "Teams".into(),
        description: None,
        questions: (0..n)
            .map(|i| Question {
                text: format!("Q{i}"),
                kind: QuestionKind::Single {
                    answers: vec!["a".into(), "b".into(), "c".into(), "d".into()],
                    correct: i,
                },
                time_limit: 20,
                points: 1000,
                explanation: None,
                media: None,
            })
            .collect(),
    };
    let options = GameOptions {
        intro_ms: 1000,
        seed: 7,
        teams,
        ..GameOptions::default()
    };
    Game::new("g".into(), "123456".into(), quiz, options, 0)
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn join(g: &mut Game, nickname: &str, now: u64) -> PlayerId {
    g.join(nickname, format!("token-{nickname}"), now)
        .unwrap()
        .0
}

fn pick(g: &mut Game, player: PlayerId, team: u32, now: u64) -> Result<Vec<Output>, GameError> {
    g.handle(
        Input::Team {
            player,
            team: Some(team),
            members: Vec::new(),
        },
        now,
    )
}

fn answer(g: &mut Game, player: PlayerId, choice: usize, now: u64) -> Vec<Output> {
    let question = g.question_index();
    g.handle(
        Input::Answer {
            player,
            question,
            answer: AnswerValue::Choice(choice),
            id: None,
        },
        now,
    )
    .unwrap()
}

fn host(g: &mut Game, cmd: HostCommand, now: u64) -> Vec<Output> {
    g.handle(Input::Host(cmd), now).unwrap()
}

fn standing(rank: u32, team: u32, name: &str, score: u64, members: u32) -> TeamStanding {
    TeamStanding {
        rank,
        team,
        name: name.into(),
        score,
        members,
    }
}

/// The team standings in the phase message hosts get.
fn teams_shown(outputs: &[Output]) -> Vec<TeamStanding> {
    outputs
        .iter()
        .find_map(|o| match (&o.to, &o.msg) {
            (Audience::Hosts | Audience::Everyone, ServerMsg::Phase { state }) => match &**state {
                PhaseView::Leaderboard { teams, .. } | PhaseView::Podium { teams, .. } => {
                    Some(teams.clone())
                }
                _ => None,
            },
            _ => None,
        })
        .expect("a leaderboard or podium")
}

#[test]
fn picked_teams_of_uneven_size_score_the_mean_and_a_late_joiner_joins_the_smaller() {
    let mut g = game(
        2,
        TeamMode::Pick {
            names: names(&["Red", " Blue "]),
        },
    );
    let ann = join(&mut g, "Ann", 0);
    let bob = join(&mut g, "Bob", 0);
    let cid = join(&mut g, "Cid", 0);
    let dee = join(&mut g, "Dee", 0);
    let eve = join(&mut g, "Eve", 0);
    assert_eq!(g.team_of(ann), None, "no team before a pick");
    for p in [ann, bob, cid] {
        pick(&mut g, p, 0, 10).unwrap();
    }
    // A change of mind in the lobby: Dee goes Red, then Blue.
    pick(&mut g, dee, 0, 10).unwrap();
    let told = pick(&mut g, dee, 1, 20).unwrap();
    let blue = TeamInfo {
        player: None,
        team: 1,
        name: "Blue".into(),
        members: Vec::new(),
    };
    assert!(told.contains(&out(
        Audience::Player(dee),
        ServerMsg::Team(Box::new(blue.clone()))
    )));
    assert!(told.contains(&out(
        Audience::Hosts,
        ServerMsg::Team(Box::new(TeamInfo {
            player: Some(dee),
            ..blue.clone()
        }))
    )));
    assert_eq!(pick(&mut g, eve, 2, 20), Err(GameError::NoSuchTeam));
    pick(&mut g, eve, 1, 30).unwrap();

    host(&mut g, HostCommand::Start, 1_000);
    assert_eq!(
        pick(&mut g, eve, 0, 1_500),
        Err(GameError::WrongPhase("teams are settled once you play"))
    );
    host(&mut g, HostCommand::Next, 1_100); // answers open
    for (p, choice) in [(ann, 0), (bob, 0), (cid, 3), (dee, 0), (eve, 2)] {
        answer(&mut g, p, choice, 1_200);
    }
    assert_eq!(*g.phase(), Phase::Reveal, "everyone answered");
    let board = host(&mut g, HostCommand::Next, 5_000);
    // Red: (1000 + 1000 + 0) / 3 = 666.7; Blue: (1000 + 0) / 2.
    assert_eq!(
        teams_shown(&board),
        vec![
            standing(1, 0, "Red", 667, 3),
            standing(2, 1, "Blue", 500, 2)
        ]
    );

    // Fay joins at the leaderboard and is placed in the smaller team.
    let (fay, joined) = g.join("Fay", "token-Fay".into(), 6_000).unwrap();
    let fay_team = TeamInfo {
        player: Some(fay),
        team: 1,
        name: "Blue".into(),
        members: Vec::new(),
    };
    assert!(joined.contains(&out(Audience::Hosts, ServerMsg::Team(Box::new(fay_team)))));
    assert_eq!(g.team_of(fay), Some(blue.clone()));
    assert_eq!(g.player(fay).unwrap().plays_from, 1);
    // Her 0 points count at once: Blue is (1000 + 0 + 0) / 3.
    assert_eq!(
        g.team_standings(10),
        vec![
            standing(1, 0, "Red", 667, 3),
            standing(2, 1, "Blue", 333, 3)
        ]
    );

    // The game survives a snapshot with its teams.
    let mut g: Game = serde_json::from_str(&serde_json::to_string(&g).unwrap()).unwrap();
    assert_eq!(g.team_of(fay), Some(blue));

    host(&mut g, HostCommand::Next, 10_000); // question 2's intro
    host(&mut g, HostCommand::Next, 10_100); // answers open
    answer(&mut g, fay, 1, 10_200);
    host(&mut g, HostCommand::Next, 12_000); // close
    let board = host(&mut g, HostCommand::Next, 13_000);
    assert_eq!(g.player(fay).unwrap().score, 1000);
    // Red: 2000 / 3 = 666.7; Blue: (1000 + 0 + 1000) / 3 = 666.7: a tie.
    assert_eq!(
        teams_shown(&board),
        vec![
            standing(1, 0, "Red", 667, 3),
            standing(1, 1, "Blue", 667, 3)
        ]
    );
    let podium = host(&mut g, HostCommand::Next, 14_000);
    assert_eq!(*g.phase(), Phase::Podium);
    assert_eq!(
        teams_shown(&podium),
        vec![
            standing(1, 0, "Red", 667, 3),
            standing(1, 1, "Blue", 667, 3)
        ]
    );
    // The player standings stay as they were, beside the teams'.
    let top: Vec<(u32, u64)> = g.standings(10).iter().map(|s| (s.rank, s.score)).collect();
    assert_eq!(
        top,
        vec![(1, 1000), (1, 1000), (1, 1000), (1, 1000), (5, 0), (5, 0)]
    );
}

/// The team place each player's `result` or `final` in `outputs` tells.
fn places_told(outputs: &[Output]) -> BTreeMap<PlayerId, Option<TeamPlace>> {
    outputs
        .iter()
        .filter_map(|o| match (&o.to, &o.msg) {
            (Audience::Player(p), ServerMsg::Result(r)) => Some((*p, r.team.as_deref().copied())),
            (Audience::Player(p), ServerMsg::Final { team, .. }) => {
                Some((*p, team.as_deref().copied()))
            }
            _ => None,
        })
        .collect()
}

fn place(rank: u32, teams: u32, score: u64) -> Option<TeamPlace> {
    Some(TeamPlace { rank, teams, score })
}

#[test]
fn each_player_is_told_their_teams_place_as_the_leaderboard_and_podium_show_it() {
    let mut g = game(
        2,
        TeamMode::Pick {
            names: names(&["Red", "Blue", "Green", "Gold"]),
        },
    );
    let ann = join(&mut g, "Ann", 0);
    let bob = join(&mut g, "Bob", 0);
    let cid = join(&mut g, "Cid", 0);
    let dee = join(&mut g, "Dee", 0);
    let eve = join(&mut g, "Eve", 0);
    // Gold has nobody, so there are three teams to be placed among.
    for (p, team) in [(ann, 0), (bob, 0), (cid, 1), (dee, 2), (eve, 2)] {
        pick(&mut g, p, team, 10).unwrap();
    }
    host(&mut g, HostCommand::Start, 1_000);
    host(&mut g, HostCommand::Next, 1_100);
    for (p, choice) in [(ann, 0), (bob, 3), (cid, 0), (dee, 0)] {
        answer(&mut g, p, choice, 1_200);
    }
    let closed = answer(&mut g, eve, 0, 1_200);
    // Blue 1000 and Green 1000 tie for first; Red (1000 + 0) / 2 is third.
    let (first, red) = (place(1, 3, 1000), place(3, 3, 500));
    assert_eq!(
        places_told(&closed),
        BTreeMap::from([
            (ann, red),
            (bob, red),
            (cid, first),
            (dee, first),
            (eve, first)
        ])
    );
    let board = host(&mut g, HostCommand::Next, 5_000);
    assert_eq!(
        teams_shown(&board),
        vec![
            standing(1, 1, "Blue", 1000, 1),
            standing(1, 2, "Green", 1000, 2),
            standing(3, 0, "Red", 500, 2)
        ]
    );

    host(&mut g, HostCommand::Next, 6_000);
    host(&mut g, HostCommand::Next, 6_100);
    answer(&mut g, eve, 1, 6_200);
    host(&mut g, HostCommand::Next, 8_000); // close
    host(&mut g, HostCommand::Next, 9_000); // leaderboard
    let podium = host(&mut g, HostCommand::Next, 10_000);
    assert_eq!(*g.phase(), Phase::Podium);
    // Green (1000 + 2000 + a 100 streak bonus) / 2 = 1550 leads.
    assert_eq!(
        teams_shown(&podium),
        vec![
            standing(1, 2, "Green", 1550, 2),
            standing(2, 1, "Blue", 1000, 1),
            standing(3, 0, "Red", 500, 2)
        ]
    );
    let (green, blue, red) = (place(1, 3, 1550), place(2, 3, 1000), place(3, 3, 500));
    assert_eq!(
        places_told(&podium),
        BTreeMap::from([
            (ann, red),
            (bob, red),
            (cid, blue),
            (dee, green),
            (eve, green)
        ])
    );
    let wire = podium
        .iter()
        .find(|o| o.to == Audience::Player(cid) && matches!(o.msg, ServerMsg::Final { .. }))
        .unwrap()
        .msg
        .to_json();
    assert_eq!(
        wire,
        r#"{"type":"final","rank":2,"score":1000,"players":5,"team":{"rank":2,"teams":3,"score":1000}}"#
    );
}

#[test]
fn a_shared_device_and_a_game_without_teams_are_told_no_team_place() {
    for mode in [TeamMode::Device, TeamMode::Off] {
        let mut g = game(1, mode);
        let ann = join(&mut g, "Ann", 0);
        let bob = join(&mut g, "Bob", 0);
        host(&mut g, HostCommand::Start, 1_000);
        host(&mut g, HostCommand::Next, 1_100);
        answer(&mut g, ann, 0, 1_200);
        let closed = answer(&mut g, bob, 1, 1_200);
        // A device's own place is its team's: nothing more to tell.
        assert_eq!(
            places_told(&closed),
            BTreeMap::from([(ann, None), (bob, None)])
        );
        host(&mut g, HostCommand::Next, 5_000);
        let podium = host(&mut g, HostCommand::Next, 6_000);
        assert_eq!(
            places_told(&podium),
            BTreeMap::from([(ann, None), (bob, None)])
        );
    }
}

#[test]
fn a_shared_device_scores_once_for_all_its_members() {
    let mut g = game(1, TeamMode::Device);
    let t1 = join(&mut g, "Table 1", 0);
    let t2 = join(&mut g, "Table 2", 0);
    let t3 = join(&mut g, "Table 3", 0);
    let members = |list: &[&str]| Input::Team {
        player: t1,
        team: None,
        members: names(list),
    };
    assert!(matches!(
        g.handle(members(&["a", "b", "c", "d", "e", "f", "g", "h", "i"]), 10),
        Err(GameError::BadMembers(_))
    ));
    let told = g.handle(members(&["Ann", " Bo ", "Cy"]), 10).unwrap();
    let table_1 = TeamInfo {
        player: None,
        team: t1,
        name: "Table 1".into(),
        members: names(&["Ann", "Bo", "Cy"]),
    };
    assert!(told.contains(&out(
        Audience::Player(t1),
        ServerMsg::Team(Box::new(table_1.clone()))
    )));
    g.handle(
        Input::Team {
            player: t2,
            team: None,
            members: names(&["Di"]),
        },
        10,
    )
    .unwrap();
    assert_eq!(
        g.handle(
            Input::Team {
                player: t3,
                team: Some(0),
                members: Vec::new()
            },
            10
        ),
        Err(GameError::NoSuchTeam),
        "devices do not pick from a list",
    );

    host(&mut g, HostCommand::Start, 1_000);
    host(&mut g, HostCommand::Next, 1_100);
    answer(&mut g, t1, 0, 1_200);
    answer(&mut g, t2, 1, 1_200);
    answer(&mut g, t3, 0, 1_200);
    let board = host(&mut g, HostCommand::Next, 5_000);
    // Three people on Table 1 do not make its 1,000 points 3,000.
    assert_eq!(
        teams_shown(&board),
        vec![
            standing(1, t1, "Table 1", 1000, 3),
            standing(1, t3, "Table 3", 1000, 1),
            standing(3, t2, "Table 2", 0, 1),
        ]
    );
    assert_eq!(g.team_of(t1), Some(table_1));
}

#[test]
fn drawn_teams_stay_balanced_and_replay_the_same() {
    let three = || TeamMode::Auto {
        names: names(&["Owls", "Foxes", "Bears"]),
    };
    let mut g = game(2, three());
    let ids: Vec<PlayerId> = (0..7).map(|i| join(&mut g, &format!("P{i}"), i)).collect();
    let sizes = |g: &Game| {
        let mut sizes = [0; 3];
        for p in g.players() {
            sizes[p.team.unwrap() as usize] += 1;
        }
        sizes
    };
    let mut sorted = sizes(&g);
    sorted.sort_unstable();
    assert_eq!(sorted, [2, 2, 3]);
    // The same seed and joins place everyone the same way.
    let mut again = game(2, three());
    for i in 0..7 {
        join(&mut again, &format!("P{i}"), i);
    }
    let teams = |g: &Game| g.players().map(|p| p.team).collect::<Vec<_>>();
    assert_eq!(teams(&g), teams(&again));
    // Players do not pick in a drawn game.
    assert_eq!(
        pick(&mut g, ids[0], 0, 10),
        Err(GameError::WrongPhase(
            "players do not choose teams in this game"
        ))
    );
    // A kicked player's place goes to the next to join, after the start too.
    let small = (0..3).find(|&t| sizes(&g)[t] == 2).unwrap();
    let leaver = ids
        .iter()
        .copied()
        .find(|&p| g.player(p).unwrap().team == Some(small as u32))
        .unwrap();
    host(&mut g, HostCommand::Kick { player: leaver }, 20);
    assert_eq!(sizes(&g)[small], 1);
    host(&mut g, HostCommand::Start, 30);
    let late = join(&mut g, "Late", 40);
    assert_eq!(g.player(late).unwrap().team, Some(small as u32));
    let mut sorted = sizes(&g);
    sorted.sort_unstable();
    assert_eq!(sorted, [2, 2, 3]);
}

#[test]
fn players_who_did_not_pick_are_placed_at_the_start() {
    let mut g = game(
        1,
        TeamMode::Pick {
            names: names(&["Red", "Blue"]),
        },
    );
    let ann = join(&mut g, "Ann", 0);
    let bob = join(&mut g, "Bob", 0);
    let cid = join(&mut g, "Cid", 0);
    pick(&mut g, ann, 0, 1).unwrap();
    pick(&mut g, bob, 0, 1).unwrap();
    let started = host(&mut g, HostCommand::Start, 10);
    assert_eq!(g.player(cid).unwrap().team, Some(1), "the smaller team");
    assert!(started.iter().any(|o| o.to == Audience::Player(cid)
        && matches!(&o.msg, ServerMsg::Team(t) if t.name == "Blue")));
}

#[test]
fn without_teams_nothing_changes() {
    let mut g = game(1, TeamMode::Off);
    let ann = join(&mut g, "Ann", 0);
    assert_eq!(g.team_of(ann), None);
    assert!(g.team_standings(10).is_empty());
    assert_eq!(
        pick(&mut g, ann, 0, 1),
        Err(GameError::WrongPhase(
            "players do not choose teams in this game"
        ))
    );
    let json = serde_json::to_value(&g.options).unwrap();
    assert!(json.get("teams").is_none(), "{json}");
}

#[test]
fn the_hosts_list_of_teams_is_checked() {
    let auto = |list: &[&str]| TeamMode::Auto { names: names(list) };
    assert!(auto(&["Red", "Blue"]).check().is_ok());
    assert!(TeamMode::Device.check().is_ok());
    assert!(TeamMode::Off.check().is_ok());
    assert!(auto(&["Solo"]).check().is_err());
    assert!(auto(&["Red", " "]).check().is_err());
    assert!(auto(&["Red", " Red"]).check().is_err());
    assert!(auto(&["Red", &"x".repeat(31)]).check().is_err());
    let many: Vec<String> = (0..21).map(|i| format!("T{i}")).collect();
    assert!(TeamMode::Pick { names: many }.check().is_err());
}
