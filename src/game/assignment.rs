//! Self-paced assignments: the rules one player's run through a quiz
//! follows: the window it is open in, each question's timer (started when
//! the server shows the question, not when a page says so), resuming after
//! a reload, scoring as in live games, and closing. Pure like the rest of
//! the engine: the time comes in as an argument and storing is the
//! caller's (`store::AssignmentStore`).

use serde::{Deserialize, Serialize};

use super::scoring;
use crate::quiz::{shuffled_order, AnswerValue, Question, QuestionKind};

/// How late after its timer an answer may still arrive: the time it
/// spends on the network. Live games allow the same.
pub const GRACE_MS: i64 = 1_000;

/// When an assignment takes answers: from `opens_at` until `closes_at`, or
/// until the host closed it early (`closed_at`). Unix ms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Window {
    pub opens_at: i64,
    pub closes_at: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_at: Option<i64>,
}

/// Where an assignment stands at some moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WindowState {
    /// Not open yet.
    Scheduled,
    Open,
    Closed,
}

impl Window {
    /// The moment it stops taking answers.
    pub fn end(&self) -> i64 {
        self.closed_at
            .map_or(self.closes_at, |c| c.min(self.closes_at))
    }

    pub fn state(&self, now: i64) -> WindowState {
        if now >= self.end() {
            WindowState::Closed
        } else if now < self.opens_at {
            WindowState::Scheduled
        } else {
            WindowState::Open
        }
    }

    fn check(&self, now: i64) -> Result<(), Refusal> {
        match self.state(now) {
            WindowState::Scheduled => Err(Refusal::NotOpenYet),
            WindowState::Open => Ok(()),
            WindowState::Closed => Err(Refusal::Closed),
        }
    }
}

/// Where one player is in an assignment. Stored whole after every step.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// The question the player is on; the question count once finished.
    pub question: usize,
    /// When that question was first shown to them (its timer runs from
    /// here); `None` until it is shown.
    pub shown_at: Option<i64>,
    pub score: u64,
    pub correct: u32,
    pub streak: u32,
    /// Set when the last question is answered or its time ran out.
    pub finished_at: Option<i64>,
}

/// One answer as it was judged and scored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scored {
    pub question: usize,
    /// `None`: the player passed (or the question takes no answer).
    pub answer: Option<AnswerValue>,
    pub elapsed_ms: u64,
    pub time_limit_ms: u64,
    pub correct: bool,
    pub points: u32,
    pub streak_bonus: u32,
}

/// Why an answer is refused; the player's progress is unchanged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("this assignment is not open yet")]
    NotOpenYet,
    #[error("this assignment is closed")]
    Closed,
    #[error("you have answered every question")]
    Finished,
    #[error("question {got} is not the one you are on ({expected})")]
    WrongQuestion { expected: usize, got: usize },
    #[error("question {0} has not been shown yet")]
    NotShown(usize),
    #[error("the time for this question is up")]
    TimeUp,
    #[error("{0}")]
    Invalid(String),
}

/// One assignment's quiz and settings, as the rules need them.
#[derive(Debug, Clone, Copy)]
pub struct Rules<'a> {
    pub questions: &'a [Question],
    pub window: Window,
    /// Orders an ordering question's items as shown (as in live games).
    pub seed: u64,
    pub streak_bonus: bool,
}

fn time_limit_ms(q: &Question) -> i64 {
    i64::from(q.time_limit) * 1000
}

impl Rules<'_> {
    /// The player's progress at `now`: a question whose time ran out
    /// counts as not answered and the next one is shown from `now`, so a
    /// reload resumes where the player was, with the time that is left.
    /// Nothing new is shown outside the window.
    pub fn current(&self, progress: &Progress, now: i64) -> Progress {
        let mut p = progress.clone();
        let open = self.window.check(now).is_ok();
        while p.finished_at.is_none() {
            let Some(q) = self.questions.get(p.question) else {
                p.finished_at = Some(p.shown_at.unwrap_or(now));
                break;
            };
            match p.shown_at {
                None if open => {
                    p.shown_at = Some(now);
                    break;
                }
                None => break,
                Some(shown) => {
                    // Its end as the player saw it, so a finish is not
                    // dated at a later reload.
                    let end = shown + time_limit_ms(q);
                    if now <= end + GRACE_MS {
                        break;
                    }
                    if q.kind.is_scored() && q.points > 0 {
                        p.streak = 0;
                    }
                    p.question += 1;
                    p.shown_at = None;
                    if p.question == self.questions.len() {
                        p.finished_at = Some(end);
                    }
                }
            }
        }
        p
    }

    /// The player answers question `index` (`None`: passes) at `now`;
    /// returns their new progress and the scored answer to store. The
    /// caller passes the progress `current` gave.
    pub fn answer(
        &self,
        progress: &Progress,
        index: usize,
        answer: Option<AnswerValue>,
        now: i64,
    ) -> Result<(Progress, Scored), Refusal> {
        self.window.check(now)?;
        if progress.finished_at.is_some() {
            return Err(Refusal::Finished);
        }
        if index != progress.question {
            return Err(Refusal::WrongQuestion {
                expected: progress.question,
                got: index,
            });
        }
        let q = self.questions.get(index).ok_or(Refusal::Finished)?;
        let shown = progress.shown_at.ok_or(Refusal::NotShown(index))?;
        let limit = time_limit_ms(q);
        let elapsed = (now - shown).max(0);
        if elapsed > limit + GRACE_MS {
            return Err(Refusal::TimeUp);
        }
        let answer = match answer {
            Some(a) if q.kind.takes_answers() => Some(self.shown_to_items(index, a)),
            Some(_) => return Err(Refusal::Invalid("this question takes no answer".into())),
            None => None,
        };
        let credit = match &answer {
            Some(a) => q
                .kind
                .judge(a)
                .map_err(|e| Refusal::Invalid(e.to_string()))?,
            None => 0.0,
        };
        let scored_kind = q.kind.is_scored() && q.points > 0;
        let correct = scored_kind && credit >= 1.0;
        let mut next = progress.clone();
        let (mut points, mut bonus) = (0, 0);
        if scored_kind {
            if correct {
                next.streak += 1;
                next.correct += 1;
                if self.streak_bonus {
                    bonus = scoring::streak_bonus(next.streak);
                }
            } else {
                next.streak = 0;
            }
            let earned = scoring::speed_points(q.points, elapsed as u64, limit as u64);
            points = (f64::from(earned) * credit).round() as u32 + bonus;
            next.score += u64::from(points);
        }
        next.question += 1;
        next.shown_at = None;
        if next.question >= self.questions.len() {
            next.finished_at = Some(now);
        }
        let scored = Scored {
            question: index,
            answer,
            elapsed_ms: elapsed as u64,
            time_limit_ms: limit as u64,
            correct,
            points,
            streak_bonus: bonus,
        };
        Ok((next, scored))
    }

    /// The order an ordering question's items are shown in (`shown[k]` is
    /// the item at position `k`); identity for other kinds.
    pub fn shown_order(&self, index: usize) -> Vec<usize> {
        let kind = &self.questions[index].kind;
        let n = kind.answers().len();
        match kind {
            QuestionKind::Ordering { .. } => shuffled_order(self.seed, index, n),
            _ => (0..n).collect(),
        }
    }

    /// An ordering answer arrives as shown positions; judging takes items.
    fn shown_to_items(&self, index: usize, answer: AnswerValue) -> AnswerValue {
        match (&self.questions[index].kind, answer) {
            (QuestionKind::Ordering { .. }, AnswerValue::Choices(positions)) => {
                let shown = self.shown_order(index);
                AnswerValue::Choices(
                    positions
                        .into_iter()
                        .map(|k| shown.get(k).copied().unwrap_or(k))
                        .collect(),
                )
            }
            (_, answer) => answer,
        }
    }
}

/// One line of an assignment's leaderboard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ranked {
    pub rank: u32,
    pub name: String,
    pub score: u64,
    pub correct: u32,
    pub finished_at: i64,
}

/// The leaderboard of those who finished: best score first, an earlier
/// finish first among equals; equal scores and finishes share a rank.
pub fn leaderboard<'a>(players: impl IntoIterator<Item = (&'a str, &'a Progress)>) -> Vec<Ranked> {
    let mut done: Vec<Ranked> = players
        .into_iter()
        .filter_map(|(name, p)| {
            p.finished_at.map(|at| Ranked {
                rank: 0,
                name: name.to_string(),
                score: p.score,
                correct: p.correct,
                finished_at: at,
            })
        })
        .collect();
    done.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then(a.finished_at.cmp(&b.finished_at))
            .then_with(|| a.name.cmp(&b.name))
    });
    let mut previous: Option<(u64, i64, u32)> = None;
    for (i, line) in done.iter_mut().enumerate() {
        line.rank = match previous {
            Some((score, at, rank)) if score == line.score && at == line.finished_at => rank,
            _ => i as u32 + 1,
        };
        previous = Some((line.score, line.finished_at, line.rank));
    }
    done
}

#[cfg(test)]
#[path = "tests_assignment.rs"]
mod tests;
