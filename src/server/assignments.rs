//! Self-paced assignments for hosts over HTTP: publishing a quiz as an
//! assignment open between two times, listing, closing, and the results as
//! they fill. Who may do what is as for games: `host` publishes and
//! closes, `host` or `export` reads; hosts see what they published, admins
//! everything, and another's assignment answers 404. The players' side is
//! `assignment_play`; the rules are `game::assignment`'s.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use serde::{Deserialize, Serialize};

use crate::game::assignment::{leaderboard, Progress, Ranked, WindowState};
use crate::store::{Assignment, AssignmentSummary, NewAssignment, Scope, StoreError};

use super::api::{visible_quiz, ApiError};
use super::auth::Principal;
use super::{join_base_url, now_ms, AppState};

/// Reading assignments and their results: as reading game results.
const READ_ASSIGNMENTS: &[Scope] = &[Scope::Host, Scope::Export];
/// The longest an identifier prompt may be.
const MAX_IDENTIFIER_CHARS: usize = 40;
/// Letters of a code: no 0/o, 1/l/i, so a code read aloud or off a board
/// is typed right.
const CODE_LETTERS: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";
const CODE_LEN: usize = 6;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewAssignmentBody {
    pub quiz_id: String,
    /// Unix ms; absent: now.
    #[serde(default)]
    pub opens_at: Option<i64>,
    /// Unix ms.
    pub closes_at: i64,
    /// What players give instead of a nickname, e.g. "Student number".
    #[serde(default)]
    pub identifier: Option<String>,
    #[serde(default)]
    pub streak_bonus: Option<bool>,
}

/// An assignment as the API shows it.
#[derive(Debug, Serialize)]
pub struct AssignmentBody {
    #[serde(flatten)]
    pub summary: AssignmentSummary,
    pub state: WindowState,
    /// The players' link.
    pub link: String,
}

fn new_code() -> String {
    (0..CODE_LEN)
        .map(|_| char::from(CODE_LETTERS[rand::random_range(0..CODE_LETTERS.len())]))
        .collect()
}

fn owner_filter(who: &Principal) -> Option<i64> {
    (!who.is_admin()).then_some(who.user.id)
}

fn body_of(state: &AppState, headers: &HeaderMap, summary: AssignmentSummary) -> AssignmentBody {
    let window = crate::game::assignment::Window {
        opens_at: summary.opens_at,
        closes_at: summary.closes_at,
        closed_at: summary.closed_at,
    };
    AssignmentBody {
        state: window.state(now_ms() as i64),
        link: format!(
            "{}/a/{}",
            join_base_url(&state.settings, headers),
            summary.code
        ),
        summary,
    }
}

/// The summary of one assignment `who` may see (404 otherwise).
async fn visible_summary(
    state: &AppState,
    who: &Principal,
    code: &str,
) -> Result<AssignmentSummary, ApiError> {
    state
        .store
        .list_assignments(owner_filter(who))
        .await?
        .into_iter()
        .find(|a| a.code == code)
        .ok_or_else(|| ApiError::NotFound(format!("no assignment with code {code:?}")))
}

/// `GET /api/assignments`
pub async fn list(
    State(state): State<AppState>,
    who: Principal,
    headers: HeaderMap,
) -> Result<Json<Vec<AssignmentBody>>, ApiError> {
    who.require(READ_ASSIGNMENTS)?;
    let all = state.store.list_assignments(owner_filter(&who)).await?;
    Ok(Json(
        all.into_iter()
            .map(|a| body_of(&state, &headers, a))
            .collect(),
    ))
}

/// `POST /api/assignments`
pub async fn create(
    State(state): State<AppState>,
    who: Principal,
    headers: HeaderMap,
    body: Result<Json<NewAssignmentBody>, axum::extract::rejection::JsonRejection>,
) -> Result<(StatusCode, Json<AssignmentBody>), ApiError> {
    who.require(&[Scope::Host])?;
    let Json(body) = body?;
    let quiz = visible_quiz(&state, &who, &body.quiz_id).await?;
    let now = now_ms() as i64;
    let opens_at = body.opens_at.unwrap_or(now);
    if body.closes_at <= opens_at || body.closes_at <= now {
        return Err(ApiError::BadRequest(
            "closes_at must be later than opens_at and than now".into(),
        ));
    }
    let identifier = body
        .identifier
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|s| !s.is_empty());
    if let Some(id) = &identifier {
        if id.chars().count() > MAX_IDENTIFIER_CHARS || id.chars().any(char::is_control) {
            return Err(ApiError::BadRequest(format!(
                "the identifier prompt must be at most {MAX_IDENTIFIER_CHARS} characters of text"
            )));
        }
    }
    let mut new = NewAssignment {
        code: new_code(),
        quiz,
        owner: Some(who.user.id),
        opens_at,
        closes_at: body.closes_at,
        identifier,
        seed: rand::random(),
        streak_bonus: body.streak_bonus.unwrap_or(true),
    };
    // A code is one of 31^6; a clash is rare, a second one rarer still.
    let mut tries = 0;
    let made = loop {
        match state.store.create_assignment(&new).await {
            Err(StoreError::Conflict(_)) if tries < 5 => {
                tries += 1;
                new.code = new_code();
            }
            made => break made?,
        }
    };
    let summary = visible_summary(&state, &who, &made.code).await?;
    Ok((
        StatusCode::CREATED,
        Json(body_of(&state, &headers, summary)),
    ))
}

/// `POST /api/assignments/{code}/close`: stops taking answers now.
pub async fn close(
    State(state): State<AppState>,
    who: Principal,
    headers: HeaderMap,
    Path(code): Path<String>,
) -> Result<Json<AssignmentBody>, ApiError> {
    who.require(&[Scope::Host])?;
    visible_summary(&state, &who, &code).await?;
    state.store.close_assignment(&code, now_ms() as i64).await?;
    let summary = visible_summary(&state, &who, &code).await?;
    Ok(Json(body_of(&state, &headers, summary)))
}

/// One question's figures in the results.
#[derive(Debug, Serialize)]
pub struct QuestionResult {
    pub text: String,
    pub kind: String,
    pub answered: u32,
    pub correct: u32,
}

/// One player's line in the results.
#[derive(Debug, Serialize)]
pub struct PlayerResult {
    pub name: String,
    pub started_at: i64,
    #[serde(flatten)]
    pub progress: Progress,
    /// Points per question (`null`: not answered).
    pub points: Vec<Option<u32>>,
}

/// `GET /api/assignments/{code}`: the assignment and its results so far.
#[derive(Debug, Serialize)]
pub struct Results {
    #[serde(flatten)]
    pub assignment: AssignmentBody,
    pub questions: Vec<QuestionResult>,
    /// Those who finished, best first.
    pub leaderboard: Vec<Ranked>,
    /// Everyone who started, in the order they did.
    pub players: Vec<PlayerResult>,
}

pub async fn results(
    State(state): State<AppState>,
    who: Principal,
    headers: HeaderMap,
    Path(code): Path<String>,
) -> Result<Json<Results>, ApiError> {
    who.require(READ_ASSIGNMENTS)?;
    let summary = visible_summary(&state, &who, &code).await?;
    let Some(assignment): Option<Assignment> = state.store.assignment(&code).await? else {
        return Err(ApiError::NotFound(format!(
            "no assignment with code {code:?}"
        )));
    };
    let players = state.store.assignment_players(&code).await?;
    let answers = state.store.assignment_answers(&code).await?;
    let count = assignment.quiz.questions.len();
    let mut questions: Vec<QuestionResult> = assignment
        .quiz
        .questions
        .iter()
        .map(|q| QuestionResult {
            text: q.text.clone(),
            kind: q.kind.name().to_string(),
            answered: 0,
            correct: 0,
        })
        .collect();
    let mut lines: Vec<PlayerResult> = players
        .iter()
        .map(|p| PlayerResult {
            name: p.name.clone(),
            started_at: p.started_at,
            progress: p.progress.clone(),
            points: vec![None; count],
        })
        .collect();
    for a in &answers {
        let q = a.scored.question;
        if let Some(result) = questions.get_mut(q) {
            if a.scored.answer.is_some() {
                result.answered += 1;
            }
            result.correct += u32::from(a.scored.correct);
        }
        if let Some(line) = players
            .iter()
            .position(|p| p.id == a.player)
            .and_then(|i| lines.get_mut(i))
        {
            if let Some(slot) = line.points.get_mut(q) {
                *slot = Some(a.scored.points);
            }
        }
    }
    let board = leaderboard(players.iter().map(|p| (p.name.as_str(), &p.progress)));
    Ok(Json(Results {
        assignment: body_of(&state, &headers, summary),
        questions,
        leaderboard: board,
        players: lines,
    }))
}
