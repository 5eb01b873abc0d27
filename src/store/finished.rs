//! How a game's record for reports is made from the engine's `Game`: the
//! quiz it played, its timings, the final standings and every scored answer.
//! The conversion lives here, beside the record, so the engine knows
//! nothing of storage.

use crate::game::Game;
use crate::quiz::{Question, QuestionKind};

use serde::{Deserialize, Serialize};

use super::{FinishedGame, PlayedQuestion, PlayerOutcome};

/// A team's line in a game's results: its score is the mean of its
/// players' scores, rounded (a shared device is one player).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamOutcome {
    pub rank: u32,
    pub team: String,
    pub score: u64,
    pub players: u32,
}

impl PlayedQuestion {
    /// A question as played: its texts, what is right, its limits.
    pub fn of(question: &Question) -> PlayedQuestion {
        PlayedQuestion {
            text: question.text.clone(),
            kind: question.kind.name().into(),
            choices: question.kind.answers(),
            correct_text: correct_text(&question.kind),
            time_limit: question.time_limit,
            points: question.points,
        }
    }
}

/// The right answer of a question as players would read it.
fn correct_text(kind: &QuestionKind) -> Vec<String> {
    match kind {
        QuestionKind::Single { .. }
        | QuestionKind::Multi { .. }
        | QuestionKind::TrueFalse { .. }
        | QuestionKind::Ordering { .. } => {
            let choices = kind.answers();
            kind.correct_choices()
                .into_iter()
                .filter_map(|i| choices.get(i).cloned())
                .collect()
        }
        QuestionKind::TypeAnswer { accepted, .. } => accepted.clone(),
        QuestionKind::Slider {
            correct,
            tolerance,
            unit,
            ..
        } => {
            let mut text = correct.to_string();
            if *tolerance > 0.0 {
                text.push_str(&format!(" ± {tolerance}"));
            }
            if let Some(unit) = unit.as_deref().filter(|u| !u.is_empty()) {
                text.push(' ');
                text.push_str(unit);
            }
            vec![text]
        }
        QuestionKind::Poll { .. } | QuestionKind::WordCloud { .. } | QuestionKind::Slide { .. } => {
            Vec::new()
        }
    }
}

impl FinishedGame {
    /// The team standings, best first (ties in the order their best player
    /// is listed); empty when the game had no teams.
    pub fn team_standings(&self) -> Vec<TeamOutcome> {
        let mut teams: Vec<(String, u64, u32)> = Vec::new();
        for p in &self.players {
            let Some(team) = &p.team else { continue };
            match teams.iter_mut().find(|t| &t.0 == team) {
                Some(t) => {
                    t.1 += p.score;
                    t.2 += 1;
                }
                None => teams.push((team.clone(), p.score, 1)),
            }
        }
        let means = teams
            .iter()
            .enumerate()
            .map(|(i, t)| (i as u32, (t.1 + u64::from(t.2) / 2) / u64::from(t.2)));
        crate::game::leaderboard::rank(means)
            .into_iter()
            .map(|(rank, i, score)| TeamOutcome {
                rank,
                team: teams[i as usize].0.clone(),
                score,
                players: teams[i as usize].2,
            })
            .collect()
    }

    /// The game as it stands at `now` (ms since the Unix epoch): `now` is
    /// its end time unless it has ended already. Players come best first.
    pub fn from_game(game: &Game, now: u64) -> FinishedGame {
        let standings = game.standings(usize::MAX);
        FinishedGame {
            id: game.id.clone(),
            pin: game.pin.clone(),
            quiz_id: game.quiz.id.clone(),
            quiz_title: game.quiz.title.clone(),
            question_count: game.quiz.questions.len() as u32,
            questions: game.quiz.questions.iter().map(PlayedQuestion::of).collect(),
            created_at: game.created_at,
            started_at: game.started_at,
            ended_at: game.ended_at.unwrap_or(now),
            players: standings
                .into_iter()
                .map(|s| PlayerOutcome {
                    player: s.player,
                    correct: game.player(s.player).map_or(0, |p| p.correct),
                    nickname: s.nickname,
                    rank: s.rank,
                    score: s.score,
                    team: game.team_of(s.player).map(|t| t.name),
                })
                .collect(),
            answers: game.answers().to_vec(),
            players_removed: None,
            totals: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::game::{GameOptions, HostCommand, Input, Phase};
    use crate::quiz::{AnswerValue, Question, QuestionKind, Quiz};

    fn quiz() -> Quiz {
        let single = |text: &str, correct| Question {
            text: text.into(),
            kind: QuestionKind::Single {
                answers: vec!["a".into(), "b".into(), "c".into(), "d".into()],
                correct,
            },
            time_limit: 20,
            points: 1000,
            explanation: None,
            media: None,
        };
        Quiz {
            rounds: Vec::new(),
            id: "capitals".into(),
            title: "Capitals".into(),
            description: None,
            questions: vec![single("Paris?", 0), single("Rome?", 2)],
        }
    }

    fn answer(game: &mut Game, player: u32, choice: usize, now: u64) {
        let question = game.question_index();
        game.handle(
            Input::Answer {
                player,
                question,
                answer: AnswerValue::Choice(choice),
                id: None,
            },
            now,
        )
        .unwrap();
    }

    fn host(game: &mut Game, cmd: HostCommand, now: u64) {
        game.handle(Input::Host(cmd), now).unwrap();
    }

    #[test]
    fn a_played_game_becomes_its_report() {
        let options = GameOptions {
            intro_ms: 1000,
            ..GameOptions::default()
        };
        let mut game = Game::new("g1".into(), "482913".into(), quiz(), options, 5_000);
        let (ann, _) = game.join("Ann", "t-ann".into(), 6_000).unwrap();
        let (bob, _) = game.join("Bob", "t-bob".into(), 6_500).unwrap();

        host(&mut game, HostCommand::Start, 10_000);
        game.handle(Input::Tick, 11_000).unwrap();
        // Q0: Ann right at once (1000), Bob wrong.
        answer(&mut game, ann, 0, 11_200);
        answer(&mut game, bob, 1, 12_000);
        assert_eq!(game.phase(), &Phase::Reveal);
        // A game still in play ends, as far as its report says, at `now`.
        let midway = FinishedGame::from_game(&game, 12_500);
        assert_eq!(midway.ended_at, 12_500);
        assert_eq!(midway.answers.len(), 2);
        host(&mut game, HostCommand::Next, 13_000);
        host(&mut game, HostCommand::Next, 14_000);
        game.handle(Input::Tick, 15_000).unwrap();
        // Q1: Bob right after 10 s of 20 (750), Ann gives no answer.
        answer(&mut game, bob, 2, 25_000);
        game.handle(Input::Tick, 35_000).unwrap();
        host(&mut game, HostCommand::Next, 36_000);
        host(&mut game, HostCommand::Next, 37_000);
        assert_eq!(game.phase(), &Phase::Podium);

        // At the podium the game has ended: its own end time is kept.
        let report = FinishedGame::from_game(&game, 40_000);
        assert_eq!(report.id, "g1");
        assert_eq!(report.pin, "482913");
        assert_eq!(report.quiz_id, "capitals");
        assert_eq!(report.quiz_title, "Capitals");
        assert_eq!(report.question_count, 2);
        let questions: Vec<(&str, &str)> = report
            .questions
            .iter()
            .map(|q| (q.text.as_str(), q.kind.as_str()))
            .collect();
        assert_eq!(questions, [("Paris?", "single"), ("Rome?", "single")]);
        assert_eq!(report.questions[1].choices, ["a", "b", "c", "d"]);
        assert_eq!(report.questions[1].correct_text, ["c"]);
        assert_eq!(report.questions[1].time_limit, 20);
        assert_eq!(report.questions[1].points, 1000);
        assert_eq!(report.created_at, 5_000);
        assert_eq!(report.started_at, Some(10_000));
        assert_eq!(report.ended_at, 37_000);
        assert_eq!(
            report.players,
            [
                PlayerOutcome {
                    player: ann,
                    nickname: "Ann".into(),
                    rank: 1,
                    score: 1000,
                    correct: 1,
                    team: None,
                },
                PlayerOutcome {
                    player: bob,
                    nickname: "Bob".into(),
                    rank: 2,
                    score: 750,
                    correct: 1,
                    team: None,
                },
            ]
        );
        let answers: Vec<(u32, usize, bool, u32)> = report
            .answers
            .iter()
            .map(|a| (a.player, a.question, a.correct, a.points))
            .collect();
        assert_eq!(
            answers,
            [
                (ann, 0, true, 1000),
                (bob, 0, false, 0),
                (bob, 1, true, 750)
            ]
        );
    }

    #[test]
    fn every_kind_is_kept_with_its_choices_and_right_answer() {
        let strings = |items: &[&str]| items.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let slider = |correct, tolerance, unit: Option<&str>| QuestionKind::Slider {
            min: 0.0,
            max: 10.0,
            step: 0.5,
            correct,
            tolerance,
            unit: unit.map(String::from),
        };
        let cases: Vec<(QuestionKind, Vec<String>, Vec<String>)> = vec![
            (
                QuestionKind::Single {
                    answers: strings(&["a", "b"]),
                    correct: 1,
                },
                strings(&["a", "b"]),
                strings(&["b"]),
            ),
            (
                QuestionKind::Multi {
                    answers: strings(&["a", "b", "c"]),
                    correct: vec![2, 0],
                },
                strings(&["a", "b", "c"]),
                strings(&["a", "c"]),
            ),
            (
                QuestionKind::TrueFalse { correct: false },
                strings(&["True", "False"]),
                strings(&["False"]),
            ),
            (
                QuestionKind::TypeAnswer {
                    accepted: strings(&["Jupiter", "planet Jupiter"]),
                    typo_tolerance: true,
                },
                vec![],
                strings(&["Jupiter", "planet Jupiter"]),
            ),
            (
                slider(2.5, 0.5, Some("moons")),
                vec![],
                strings(&["2.5 ± 0.5 moons"]),
            ),
            (slider(3.0, 0.0, None), vec![], strings(&["3"])),
            (
                QuestionKind::Ordering {
                    items: strings(&["first", "second"]),
                },
                strings(&["first", "second"]),
                strings(&["first", "second"]),
            ),
            (
                QuestionKind::Poll {
                    answers: strings(&["x", "y"]),
                },
                strings(&["x", "y"]),
                vec![],
            ),
            (QuestionKind::WordCloud { max_length: 20 }, vec![], vec![]),
            (QuestionKind::Slide { body: None }, vec![], vec![]),
        ];
        for (kind, choices, correct) in cases {
            let question = Question {
                text: "Which?".into(),
                kind,
                time_limit: 15,
                points: 500,
                explanation: None,
                media: None,
            };
            let played = PlayedQuestion::of(&question);
            assert_eq!(played.kind, question.kind.name());
            assert_eq!(played.choices, choices, "{}", played.kind);
            assert_eq!(played.correct_text, correct, "{}", played.kind);
            assert_eq!((played.time_limit, played.points), (15, 500));
        }
    }
}
