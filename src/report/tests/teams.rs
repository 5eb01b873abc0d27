//! A team game's report: each player's team and the team standings, in
//! every download.

use super::downloads::{expected_rows, sheet};
use super::*;

#[test]
fn a_team_game_keeps_each_players_team_and_the_team_standings() {
    let mut game = game();
    for (p, team) in game.players.iter_mut().zip(["Owls", "Foxes", "Foxes"]) {
        p.team = Some(team.into());
    }
    let report = Report::from_finished(&game);
    let teams: Vec<Option<&str>> = report.players.iter().map(|p| p.team.as_deref()).collect();
    assert_eq!(teams, [Some("Owls"), Some("Foxes"), Some("Foxes")]);
    // Foxes: (1250 + 875) / 2 = 1062.5, rounded half up.
    assert_eq!(
        report.teams,
        vec![
            crate::store::TeamOutcome {
                rank: 1,
                team: "Owls".into(),
                score: 4450,
                players: 1,
            },
            crate::store::TeamOutcome {
                rank: 2,
                team: "Foxes".into(),
                score: 1063,
                players: 2,
            },
        ]
    );
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["teams"][1]["score"], 1063);
    assert_eq!(json["players"][2]["team"], "Foxes");
    // Without teams, neither appears.
    let json = serde_json::to_value(Report::from_finished(&self::game())).unwrap();
    assert!(json.get("teams").is_none() && json["players"][0].get("team").is_none());
}

/// `game()` played in teams: Ann for the Owls, the other two for a team
/// whose name a spreadsheet would take for a formula.
fn team_game() -> FinishedGame {
    let mut game = game();
    for (p, team) in game.players.iter_mut().zip(["Owls", "=Foxes", "=Foxes"]) {
        p.team = Some(team.into());
    }
    game
}

/// `expected_rows()` with each player's team after the nickname.
fn expected_team_rows() -> Vec<Vec<String>> {
    let mut rows = expected_rows();
    for (i, row) in rows.iter_mut().enumerate() {
        // Six questions a player, players best first.
        row.insert(6, if i < 6 { "Owls" } else { "'=Foxes" }.into());
    }
    rows
}

#[test]
fn a_team_games_csv_has_each_players_team_then_the_team_standings() {
    let bytes = write(&Report::from_finished(&team_game()), ReportFormat::Csv).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    let (answers, teams) = text.split_once("\n\nteam_rank,").unwrap();
    let mut reader = ::csv::Reader::from_reader(answers.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let mut expected_header = csv::ANSWER_HEADER.to_vec();
    expected_header.insert(6, "team");
    assert_eq!(header, expected_header);
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    assert_eq!(rows, expected_team_rows());

    let teams = format!("team_rank,{teams}");
    let mut reader = ::csv::Reader::from_reader(teams.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, csv::TEAM_HEADER);
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    // =Foxes: (1250 + 875) / 2, rounded half up.
    assert_eq!(
        rows,
        [["1", "Owls", "4450", "1"], ["2", "'=Foxes", "1063", "2"]]
    );

    // A game without teams has neither.
    let plain = write(&Report::from_finished(&game()), ReportFormat::Csv).unwrap();
    let plain = String::from_utf8(plain).unwrap();
    assert!(!plain.contains("team"), "{plain}");
}

#[test]
fn a_team_games_workbook_has_a_team_column_and_a_teams_sheet() {
    use calamine::{Data, Reader};
    let bytes = write(&Report::from_finished(&team_game()), ReportFormat::Xlsx).unwrap();
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(
        book.sheet_names(),
        ["Summary", "Questions", "Players", "Answers", "Teams"]
    );
    let s = |t: &str| Data::String(t.into());
    let n = |x: f64| Data::Float(x);

    let players = sheet(&mut book, "Players");
    let rows: Vec<Vec<Data>> = players.rows().map(|r| r.to_vec()).collect();
    assert_eq!(
        rows[0][..5],
        [s("rank"), s("player"), s("nickname"), s("team"), s("score")]
    );
    assert_eq!(rows[0][9], s("after_q1"));
    assert_eq!(
        rows[1][..5],
        [n(1.0), n(0.0), s("Ann"), s("Owls"), n(4450.0)]
    );
    assert_eq!(rows[3][3], s("'=Foxes"));
    assert_eq!(rows[3][14], n(875.0));

    let answers = sheet(&mut book, "Answers");
    let rows: Vec<Vec<String>> = answers
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::Float(x) => x.to_string(),
                    Data::String(t) => t.clone(),
                    Data::Empty => String::new(),
                    other => panic!("unexpected cell {other:?}"),
                })
                .collect()
        })
        .collect();
    assert_eq!(rows[0][5..8], ["nickname", "team", "final_score"]);
    assert_eq!(rows[1..], expected_team_rows());

    let teams = sheet(&mut book, "Teams");
    let rows: Vec<Vec<Data>> = teams.rows().map(|r| r.to_vec()).collect();
    assert_eq!(
        rows,
        [
            csv::TEAM_HEADER.map(s).to_vec(),
            vec![n(1.0), s("Owls"), n(4450.0), n(1.0)],
            vec![n(2.0), s("'=Foxes"), n(1063.0), n(2.0)],
        ]
    );
    let formulas = book.worksheet_formula("Teams").unwrap();
    assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()));
}
