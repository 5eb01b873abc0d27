//! `Report::from_finished`: the figures of one game, from its stored
//! record alone (the played questions, the final standings, every answer).

use std::collections::{BTreeMap, BTreeSet};

use super::{AnswerCount, GameInfo, PlayerAnswer, PlayerReport, QuestionReport, Report};
use crate::game::AnswerRecord;
use crate::quiz::{text_match, AnswerValue, Kind};
use crate::store::{FinishedGame, PlayedQuestion, QuestionTotal};

fn kind_of(played: &PlayedQuestion) -> Option<Kind> {
    Kind::ALL.iter().copied().find(|k| k.name() == played.kind)
}

/// Whether answers to it are judged (a kind this build does not know is
/// taken as judged: its records say what was correct).
pub(super) fn is_scored(played: &PlayedQuestion) -> bool {
    !matches!(
        kind_of(played),
        Some(Kind::Poll | Kind::WordCloud | Kind::Slide)
    )
}

/// Whether players answer it at all.
pub(super) fn takes_answers(played: &PlayedQuestion) -> bool {
    kind_of(played) != Some(Kind::Slide)
}

/// Whether it moves streaks: the engine counts scored questions worth
/// points. A game stored before points were kept has 0 points and 0
/// seconds for every question; its questions count by kind alone.
fn moves_streaks(played: &PlayedQuestion) -> bool {
    let unrecorded = played.points == 0 && played.time_limit == 0;
    is_scored(played) && (played.points > 0 || unrecorded)
}

fn choice_text(played: &PlayedQuestion, i: usize) -> String {
    played
        .choices
        .get(i)
        .cloned()
        .unwrap_or_else(|| format!("#{}", i + 1))
}

/// An answer as players would read it.
pub(super) fn answer_text(played: &PlayedQuestion, answer: &AnswerValue) -> String {
    match answer {
        AnswerValue::Choice(i) if kind_of(played) == Some(Kind::Slider) => i.to_string(),
        AnswerValue::Choice(i) => choice_text(played, *i),
        AnswerValue::Number(x) => x.to_string(),
        AnswerValue::Choices(order) if kind_of(played) == Some(Kind::Ordering) => order
            .iter()
            .map(|&i| choice_text(played, i))
            .collect::<Vec<_>>()
            .join(" > "),
        AnswerValue::Choices(ticked) => {
            let mut ticked = ticked.clone();
            ticked.sort_unstable();
            ticked
                .iter()
                .map(|&i| choice_text(played, i))
                .collect::<Vec<_>>()
                .join(", ")
        }
        AnswerValue::Text(text) => text.trim().to_string(),
    }
}

/// Rounded to the nearest millisecond, halves up.
fn average(times: &[u64]) -> Option<u64> {
    let n = times.len() as u64;
    (n > 0).then(|| (times.iter().sum::<u64>() + n / 2) / n)
}

/// The middle time; for an even count the mean of the middle two, rounded down.
fn median(times: &[u64]) -> Option<u64> {
    let mut sorted = times.to_vec();
    sorted.sort_unstable();
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2),
    }
}

/// How many gave each answer: per choice for choice kinds (a multi
/// answer counts for every choice it ticks), else per different answer.
fn distribution(played: &PlayedQuestion, answers: &[&AnswerRecord]) -> Vec<AnswerCount> {
    let by_choice = matches!(
        kind_of(played),
        Some(Kind::Single | Kind::Multi | Kind::TrueFalse | Kind::Poll)
    ) && !played.choices.is_empty();
    if by_choice {
        let mut counts = vec![0u32; played.choices.len()];
        for a in answers {
            let picked = match &a.answer {
                AnswerValue::Choice(i) => std::slice::from_ref(i),
                AnswerValue::Choices(v) => v.as_slice(),
                AnswerValue::Number(_) | AnswerValue::Text(_) => &[],
            };
            for &i in picked {
                if let Some(n) = counts.get_mut(i) {
                    *n += 1;
                }
            }
        }
        return played
            .choices
            .iter()
            .zip(counts)
            .map(|(choice, count)| AnswerCount {
                answer: choice.clone(),
                count,
                correct: played.correct_text.contains(choice),
            })
            .collect();
    }
    // Typed answers group as the reveal groups them (case and spacing aside).
    let mut groups: BTreeMap<String, (u32, bool)> = BTreeMap::new();
    for a in answers {
        let key = match &a.answer {
            AnswerValue::Text(t) => text_match::display_form(t),
            other => answer_text(played, other),
        };
        let group = groups.entry(key).or_default();
        group.0 += 1;
        group.1 |= a.correct;
    }
    let mut list: Vec<AnswerCount> = groups
        .into_iter()
        .map(|(answer, (count, correct))| AnswerCount {
            answer,
            count,
            correct,
        })
        .collect();
    list.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.answer.cmp(&b.answer)));
    list
}

fn question_report(
    index: usize,
    played: &PlayedQuestion,
    answers: &[&AnswerRecord],
) -> QuestionReport {
    let answered = answers.len() as u32;
    let correct = answers.iter().filter(|a| a.correct).count() as u32;
    let accuracy =
        (is_scored(played) && answered > 0).then(|| f64::from(correct) / f64::from(answered));
    let times: Vec<u64> = answers.iter().map(|a| a.elapsed_ms).collect();
    QuestionReport {
        index,
        text: played.text.clone(),
        kind: played.kind.clone(),
        choices: played.choices.clone(),
        correct_text: played.correct_text.clone(),
        answered,
        correct,
        accuracy,
        distribution: distribution(played, answers),
        avg_ms: average(&times),
        median_ms: median(&times),
        difficult: accuracy.is_some_and(|a| a < 0.5),
    }
}

impl Report {
    pub fn from_finished(game: &FinishedGame) -> Report {
        let count = (game.question_count as usize)
            .max(game.questions.len())
            .max(
                game.answers
                    .iter()
                    .map(|a| a.question + 1)
                    .max()
                    .unwrap_or(0),
            );
        let played: Vec<PlayedQuestion> = (0..count)
            .map(|i| game.questions.get(i).cloned().unwrap_or_default())
            .collect();
        let mut by_question: Vec<Vec<&AnswerRecord>> = vec![Vec::new(); count];
        let mut by_player: BTreeMap<u32, Vec<Option<&AnswerRecord>>> = BTreeMap::new();
        for a in &game.answers {
            by_question[a.question].push(a);
            by_player
                .entry(a.player)
                .or_insert_with(|| vec![None; count])[a.question] = Some(a);
        }
        let questions: Vec<QuestionReport> = played
            .iter()
            .enumerate()
            .map(|(i, q)| question_report(i, q, &by_question[i]))
            .collect();

        let none = vec![None; count];
        let players: Vec<PlayerReport> = game
            .players
            .iter()
            .map(|p| {
                let answers = by_player.get(&p.player).unwrap_or(&none);
                let mut total = 0u64;
                let (mut streak, mut best_streak) = (0u32, 0u32);
                let mut scores = Vec::with_capacity(count);
                for (q, a) in played.iter().zip(answers) {
                    total += a.map_or(0, |a| u64::from(a.points));
                    scores.push(total);
                    if moves_streaks(q) {
                        streak = if a.is_some_and(|a| a.correct) {
                            streak + 1
                        } else {
                            0
                        };
                        best_streak = best_streak.max(streak);
                    }
                }
                let given: Vec<&AnswerRecord> = answers.iter().flatten().copied().collect();
                let times: Vec<u64> = given.iter().map(|a| a.elapsed_ms).collect();
                PlayerReport {
                    player: p.player,
                    nickname: p.nickname.clone(),
                    rank: p.rank,
                    score: p.score,
                    correct: p.correct,
                    answered: given.len() as u32,
                    avg_ms: average(&times),
                    best_streak,
                    scores,
                    answers: answers
                        .iter()
                        .map(|a| {
                            a.map(|a| PlayerAnswer {
                                question: a.question,
                                answer: answer_text(&played[a.question], &a.answer),
                                correct: a.correct,
                                points: a.points,
                                elapsed_ms: a.elapsed_ms,
                            })
                        })
                        .collect(),
                    team: p.team.clone(),
                }
            })
            .collect();

        // Only players still in the game at its end count: a kicked
        // player's earlier answers stay in the questions' figures.
        let listed: BTreeSet<u32> = game.players.iter().map(|p| p.player).collect();
        let answerable: BTreeSet<usize> = played
            .iter()
            .enumerate()
            .filter(|(_, q)| takes_answers(q))
            .map(|(i, _)| i)
            .collect();
        let given = game
            .answers
            .iter()
            .filter(|a| listed.contains(&a.player) && answerable.contains(&a.question))
            .count();
        let possible = listed.len() * answerable.len();
        let participation = if possible == 0 {
            0.0
        } else {
            given as f64 / possible as f64
        };
        let complete = listed
            .iter()
            .filter(|p| {
                let answers = by_player.get(p).unwrap_or(&none);
                answerable.iter().all(|&q| answers[q].is_some())
            })
            .count();
        let completion = if listed.is_empty() {
            0.0
        } else {
            complete as f64 / listed.len() as f64
        };

        let mut report = Report {
            game: GameInfo {
                id: game.id.clone(),
                pin: game.pin.clone(),
                quiz_id: game.quiz_id.clone(),
                quiz_title: game.quiz_title.clone(),
                created_at: game.created_at,
                started_at: game.started_at,
                ended_at: game.ended_at,
                players: game.players.len() as u32,
                questions: count as u32,
                participation,
                completion,
            },
            questions,
            players,
            teams: game.team_standings(),
        };
        if let Some(removed) = &game.players_removed {
            report.apply_totals(removed.players, &game.totals, &played, &answerable);
        }
        report
    }

    /// A game whose players' answers retention removed keeps, per
    /// question, how many answered and how many were right: its accuracy
    /// and participation come from those. Times, distributions and
    /// completion went with the answers.
    fn apply_totals(
        &mut self,
        players: u32,
        totals: &[QuestionTotal],
        played: &[PlayedQuestion],
        answerable: &BTreeSet<usize>,
    ) {
        self.game.players = players;
        let mut given = 0u64;
        for total in totals {
            let Some(q) = self.questions.get_mut(total.question as usize) else {
                continue;
            };
            q.answered = total.answers;
            q.correct = total.correct;
            let scored = played.get(total.question as usize).is_some_and(is_scored);
            q.accuracy = (scored && total.answers > 0)
                .then(|| f64::from(total.correct) / f64::from(total.answers));
            q.difficult = q.accuracy.is_some_and(|a| a < 0.5);
            if answerable.contains(&(total.question as usize)) {
                given += u64::from(total.answers);
            }
        }
        let possible = u64::from(players) * answerable.len() as u64;
        self.game.participation = if possible == 0 {
            0.0
        } else {
            given as f64 / possible as f64
        };
    }
}
