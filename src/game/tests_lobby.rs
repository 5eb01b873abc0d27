//! Engine stories about the lobby: locking it, and removing a flood of
//! players at once by when they joined or by name.

use super::*;
use crate::quiz::{Question, QuestionKind};

fn game() -> Game {
    let quiz = Quiz {
        rounds: Vec::new(),
        id: "t".into(),
        title: "Test".into(),
        description: None,
        questions: vec![Question {
            text: "Q0".into(),
            kind: QuestionKind::Single {
                answers: vec!["a".into(), "b".into()],
                correct: 0,
            },
            time_limit: 20,
            points: 1000,
            explanation: None,
            media: None,
        }],
    };
    Game::new("g".into(), "123456".into(), quiz, GameOptions::default(), 0)
}

fn host(g: &mut Game, cmd: HostCommand, now: u64) -> Result<Vec<Output>, GameError> {
    g.handle(Input::Host(cmd), now)
}

/// The players hosts were told left, and the count after.
fn left(outputs: &[Output]) -> (Vec<PlayerId>, u32) {
    let hosts: Vec<_> = outputs
        .iter()
        .filter_map(|o| match (&o.to, &o.msg) {
            (Audience::Hosts, ServerMsg::PlayersLeft { players, count }) => {
                Some((players.clone(), *count))
            }
            _ => None,
        })
        .collect();
    assert_eq!(hosts.len(), 1, "one message for hosts: {outputs:?}");
    hosts[0].clone()
}

#[test]
fn a_locked_lobby_refuses_joins_until_unlocked() {
    let mut g = game();
    g.join("Ann", "a".into(), 1_000).unwrap();
    let outputs = host(&mut g, HostCommand::Lock, 2_000).unwrap();
    assert_eq!(
        outputs,
        vec![out(Audience::Hosts, ServerMsg::Joining { open: false })]
    );
    assert!(g.is_locked());
    assert_eq!(
        g.join("Bob", "b".into(), 3_000).unwrap_err(),
        GameError::LobbyLocked
    );
    assert_eq!(
        GameError::LobbyLocked.code(),
        crate::protocol::ErrorCode::LobbyLocked
    );
    // The lock is game state: it survives a snapshot.
    let restored: Game = serde_json::from_str(&serde_json::to_string(&g).unwrap()).unwrap();
    assert!(restored.is_locked());
    host(&mut g, HostCommand::Unlock, 4_000).unwrap();
    g.join("Bob", "b".into(), 5_000).unwrap();
    assert_eq!(g.player_count(), 2);
    // The lock holds after the start too (late joiners), until the podium.
    host(&mut g, HostCommand::Start, 6_000).unwrap();
    host(&mut g, HostCommand::Lock, 7_000).unwrap();
    assert_eq!(
        g.join("Cid", "c".into(), 7_500).unwrap_err(),
        GameError::LobbyLocked
    );
    host(&mut g, HostCommand::End, 8_000).unwrap();
    assert!(matches!(
        host(&mut g, HostCommand::Unlock, 9_000),
        Err(GameError::WrongPhase(_))
    ));
}

#[test]
fn kick_recent_removes_the_last_seconds_joins_at_once() {
    let mut g = game();
    g.join("Ann", "a".into(), 10_000).unwrap();
    g.join("Bob", "b".into(), 40_000).unwrap();
    for i in 0..50u64 {
        g.join(&format!("x{i}"), format!("t{i}"), 100_000 + i * 20)
            .unwrap();
    }
    assert_eq!(g.player_count(), 52);
    // At 102 s, the last 30 s reach back to 72 s: the fifty, not Bob.
    let outputs = host(&mut g, HostCommand::KickRecent { seconds: 30 }, 102_000).unwrap();
    let (players, count) = left(&outputs);
    assert_eq!(players, (2..52).collect::<Vec<_>>());
    assert_eq!(count, 2);
    let kicked = outputs
        .iter()
        .filter(|o| matches!(o.msg, ServerMsg::Kicked))
        .count();
    assert_eq!(kicked, 50, "each of them is told");
    assert_eq!(g.players().map(|p| p.id).collect::<Vec<_>>(), vec![0, 1]);
    // Their names are free again; nobody else joined since.
    g.join("x3", "again".into(), 103_000).unwrap();
    assert_eq!(
        host(&mut g, HostCommand::KickRecent { seconds: 0 }, 104_000).unwrap_err(),
        GameError::BadKick("kick_recent takes 1 to 86,400 seconds")
    );
}

#[test]
fn kick_matching_compares_look_alikes_ignoring_case() {
    let mut g = game();
    g.join("Ann", "a".into(), 0).unwrap();
    g.join("Robot", "r".into(), 0).unwrap();
    g.join("bot1", "b1".into(), 0).unwrap();
    g.join("BOT 2", "b2".into(), 0).unwrap();
    // A Cyrillic о in the middle looks the same and is caught too.
    g.join("b\u{043E}t3", "b3".into(), 0).unwrap();
    let outputs = host(
        &mut g,
        HostCommand::KickMatching {
            pattern: " Bot ".into(),
        },
        1_000,
    )
    .unwrap();
    let (players, count) = left(&outputs);
    assert_eq!(players, vec![1, 2, 3, 4], "Robot contains bot");
    assert_eq!(count, 1);
    assert_eq!(
        host(
            &mut g,
            HostCommand::KickMatching {
                pattern: "zed".into()
            },
            2_000
        )
        .unwrap_err(),
        GameError::NoneMatched
    );
    assert!(matches!(
        host(
            &mut g,
            HostCommand::KickMatching {
                pattern: "  ".into()
            },
            2_000
        ),
        Err(GameError::BadKick(_))
    ));
}

#[test]
fn a_logged_join_replays_even_if_todays_rules_would_refuse_it() {
    // Logged by a build that accepted a joiner appended to a name, and a
    // look-alike beside it; then Cid joined and the host kicked player 2.
    let mut g = game();
    assert_eq!(g.rejoin_logged("Ann", "a".into(), 1_000), Ok(0));
    assert_eq!(g.rejoin_logged("Ann\u{200C}", "b".into(), 2_000), Ok(1));
    assert_eq!(g.rejoin_logged("  \u{0410}nn ", "c".into(), 3_000), Ok(2));
    assert_eq!(g.rejoin_logged("Cid", "d".into(), 4_000), Ok(3));
    host(&mut g, HostCommand::Kick { player: 2 }, 5_000).unwrap();
    let names: Vec<&str> = g.players().map(|p| p.nickname.as_str()).collect();
    assert_eq!(
        names,
        ["Ann", "Ann\u{200C}", "Cid"],
        "the kick hit the same player"
    );
    assert_eq!(g.player_by_token("d"), Ok(3));
    // A new join still meets today's rules.
    assert!(matches!(
        g.join("Ann\u{200D}", "e".into(), 6_000),
        Err(GameError::NicknameInvalid(_))
    ));
    g.options.late_join = false;
    host(&mut g, HostCommand::Start, 7_000).unwrap();
    assert_eq!(
        g.rejoin_logged("Dee", "f".into(), 8_000),
        Err(GameError::GameStarted)
    );
}

#[test]
fn a_bulk_kick_during_a_question_closes_it_when_the_rest_have_answered() {
    let mut g = game();
    let (ann, _) = g.join("Ann", "a".into(), 0).unwrap();
    g.join("spam1", "s1".into(), 50_000).unwrap();
    g.join("spam2", "s2".into(), 50_000).unwrap();
    host(&mut g, HostCommand::Start, 60_000).unwrap();
    g.handle(Input::Tick, 63_000).unwrap();
    g.handle(
        Input::Answer {
            player: ann,
            question: 0,
            answer: crate::quiz::AnswerValue::Choice(0),
            id: None,
        },
        64_000,
    )
    .unwrap();
    let outputs = host(
        &mut g,
        HostCommand::KickMatching {
            pattern: "spam".into(),
        },
        65_000,
    )
    .unwrap();
    assert_eq!(left(&outputs).1, 1);
    assert_eq!(
        *g.phase(),
        Phase::Reveal,
        "only Ann was left, and she answered"
    );
}
