//! The players' side of self-paced assignments over HTTP, without an
//! account: the assignment's public face, starting it under a nickname or
//! the identifier the host asked for, and then each step (resume, answer)
//! with the resume token the start gave. The server decides everything by
//! its own clock through `game::assignment::Rules`, and a step is stored
//! durably (`AssignmentStore::save_progress`) before it is answered; a
//! step the store cannot write is answered 503 `storage_unavailable`, as
//! in live games, and may be sent again.
//! Unknown codes count as wrong guesses, as wrong PINs do.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use base64::Engine;
use rand::Rng;
use serde::{Deserialize, Serialize};

use crate::game::assignment::{leaderboard, Progress, Ranked, Refusal, Rules, WindowState};
use crate::game::nickname;
use crate::quiz::{AnswerValue, QuestionKind};
use crate::store::{Assignment, AssignmentAnswer, AssignmentPlayer, StoreError};

use super::api::ApiError;
use super::auth::token_hash;
use super::limits::{self, ClientIp};
use super::{now_ms, AppState};

/// How many lines of the leaderboard a player is shown.
const BOARD_LINES: usize = 10;
/// How often a step is computed again when another request for the same
/// player wrote first (two tabs, a double tap).
const STEP_TRIES: usize = 4;

fn rules(a: &Assignment) -> Rules<'_> {
    Rules {
        questions: &a.quiz.questions,
        window: a.window,
        seed: a.seed,
        streak_bonus: a.streak_bonus,
    }
}

fn new_resume_token() -> String {
    let bytes: [u8; 24] = rand::rng().random();
    format!(
        "qa_{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    )
}

/// The assignment for a code, counting an unknown one as a wrong guess.
async fn assignment_at(state: &AppState, ip: ClientIp, code: &str) -> Result<Assignment, ApiError> {
    if let Err(wait) = state.limits.may_guess(ip.0) {
        return Err(ApiError::TooMany {
            message: "too many wrong codes from this address".into(),
            retry_after: limits::retry_after_secs(wait),
        });
    }
    match state.store.assignment(code).await? {
        Some(a) => Ok(a),
        None => {
            state.limits.wrong_guess(ip.0);
            Err(ApiError::NotFound(format!(
                "no assignment with code {code:?}"
            )))
        }
    }
}

/// What anyone with the link sees before starting.
#[derive(Debug, Serialize)]
pub struct PublicView {
    pub code: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub question_count: usize,
    /// What to ask players for; absent: a nickname.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    pub opens_at: i64,
    pub closes_at: i64,
    pub state: WindowState,
    /// The server's clock (Unix ms), so a page can count down with it.
    pub now: i64,
}

/// `GET /api/a/{code}`
pub async fn public(
    State(state): State<AppState>,
    ip: ClientIp,
    Path(code): Path<String>,
) -> Result<Json<PublicView>, ApiError> {
    let a = assignment_at(&state, ip, &code).await?;
    let now = now_ms() as i64;
    Ok(Json(PublicView {
        code: a.code.clone(),
        title: a.quiz.title.clone(),
        description: a.quiz.description.clone(),
        question_count: a.quiz.questions.len(),
        identifier: a.identifier.clone(),
        opens_at: a.window.opens_at,
        closes_at: a.window.end(),
        state: a.window.state(now),
        now,
    }))
}

/// A question as a player sees it: never its correct answer.
#[derive(Debug, Serialize)]
pub struct QuestionView {
    pub index: usize,
    pub text: String,
    pub kind: &'static str,
    /// Choices or items, in the order shown.
    pub answers: Vec<String>,
    pub time_limit: u32,
    pub points: u32,
    /// When its time runs out (server clock, Unix ms).
    pub deadline: i64,
    pub remaining_ms: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub media: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slider: Option<SliderRange>,
}

#[derive(Debug, Serialize)]
pub struct SliderRange {
    pub min: f64,
    pub max: f64,
    pub step: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

/// Where a player stands: the question to answer now, or their result.
#[derive(Debug, Serialize)]
pub struct PlayerView {
    pub name: String,
    pub state: WindowState,
    pub question_count: usize,
    /// The question they are on (the count once finished).
    pub position: usize,
    pub score: u64,
    pub correct: u32,
    pub finished: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub question: Option<QuestionView>,
    /// Their rank among those who finished, once they did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rank: Option<u32>,
    /// The top of the leaderboard, once they finished or it closed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub leaderboard: Vec<Ranked>,
    pub closes_at: i64,
    pub now: i64,
}

fn question_view(a: &Assignment, p: &Progress) -> Option<QuestionView> {
    let shown_at = p.shown_at?;
    let index = p.question;
    let q = a.quiz.questions.get(index)?;
    let all = q.kind.answers();
    let answers = rules(a)
        .shown_order(index)
        .into_iter()
        .map(|i| all[i].clone())
        .collect();
    let deadline = shown_at + i64::from(q.time_limit) * 1000;
    let slider = match &q.kind {
        QuestionKind::Slider {
            min,
            max,
            step,
            unit,
            ..
        } => Some(SliderRange {
            min: *min,
            max: *max,
            step: *step,
            unit: unit.clone(),
        }),
        _ => None,
    };
    Some(QuestionView {
        index,
        text: q.text.clone(),
        kind: q.kind.name(),
        answers,
        time_limit: q.time_limit,
        points: if q.kind.is_scored() { q.points } else { 0 },
        deadline,
        remaining_ms: (deadline - now_ms() as i64).max(0),
        media: q.media.clone(),
        slider,
    })
}

async fn player_view(
    state: &AppState,
    a: &Assignment,
    player: &AssignmentPlayer,
    now: i64,
) -> Result<PlayerView, ApiError> {
    let p = &player.progress;
    let finished = p.finished_at.is_some();
    let window = a.window.state(now);
    let (mut rank, mut board) = (None, Vec::new());
    if finished || window == WindowState::Closed {
        let players = state.store.assignment_players(&a.code).await?;
        let all = leaderboard(players.iter().map(|p| (p.name.as_str(), &p.progress)));
        rank = all.iter().find(|r| r.name == player.name).map(|r| r.rank);
        board = all.into_iter().take(BOARD_LINES).collect();
    }
    Ok(PlayerView {
        name: player.name.clone(),
        state: window,
        question_count: a.quiz.questions.len(),
        position: p.question,
        score: p.score,
        correct: p.correct,
        finished,
        question: question_view(a, p),
        rank,
        leaderboard: board,
        closes_at: a.window.end(),
        now,
    })
}

/// The player holding `token`, caught up with the clock (a question whose
/// time ran out counts as not answered; the next is shown from now).
async fn caught_up(
    state: &AppState,
    a: &Assignment,
    token: &str,
) -> Result<(AssignmentPlayer, i64), ApiError> {
    let hash = token_hash(token);
    for _ in 0..STEP_TRIES {
        let Some(mut player) = state.store.assignment_player(&a.code, &hash).await? else {
            return Err(ApiError::Unauthorized(
                "that resume token is not one of this assignment's; start again".into(),
            ));
        };
        let now = now_ms() as i64;
        let current = rules(a).current(&player.progress, now);
        if current == player.progress
            || state
                .store
                .save_progress(player.id, &player.progress, &current, None)
                .await
                .map_err(not_saved)?
        {
            player.progress = current;
            return Ok((player, now));
        }
    }
    Err(busy())
}

/// What a player is told when their step could not be stored.
const NOT_SAVED: &str = "not saved: the server cannot write to its disk; send it again in a moment";

/// A step the store could not write (a full or failing disk, a database
/// out of reach) is answered as a live game answers it, 503
/// `storage_unavailable` with `Retry-After`: nothing was saved, and sending
/// the same step again once the store writes again is safe (an answer
/// already taken is acknowledged, never scored twice). Other store errors
/// stay what they are.
fn not_saved(e: StoreError) -> ApiError {
    match e {
        StoreError::Backend(detail) => {
            tracing::warn!("an assignment step could not be stored: {detail}");
            ApiError::StorageUnavailable(NOT_SAVED.into())
        }
        other => ApiError::Store(other),
    }
}

fn busy() -> ApiError {
    ApiError::Unavailable {
        message: "this player's answers are arriving from several places at once; try again".into(),
        retry_after: 1,
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StartBody {
    pub name: String,
}

#[derive(Debug, Serialize)]
pub struct Started {
    /// Kept by the page (localStorage) to resume after a reload.
    pub token: String,
    #[serde(flatten)]
    pub view: PlayerView,
}

/// `POST /api/a/{code}/start`
pub async fn start(
    State(state): State<AppState>,
    ip: ClientIp,
    Path(code): Path<String>,
    body: Result<Json<StartBody>, axum::extract::rejection::JsonRejection>,
) -> Result<(StatusCode, Json<Started>), ApiError> {
    let a = assignment_at(&state, ip, &code).await?;
    let Json(body) = body?;
    match a.window.state(now_ms() as i64) {
        WindowState::Open => {}
        WindowState::Scheduled => return Err(refused(Refusal::NotOpenYet)),
        WindowState::Closed => return Err(refused(Refusal::Closed)),
    }
    let limits = &state.settings.limits;
    let name =
        nickname::normalize(&body.name, limits.nickname_marks).map_err(ApiError::BadRequest)?;
    if a.identifier.is_none() {
        nickname::check_blocked(&name, &limits.blocked_skeletons())
            .map_err(ApiError::BadRequest)?;
    }
    let token = new_resume_token();
    let joined = state
        .store
        .join_assignment(&code, &name, &token_hash(&token), now_ms() as i64)
        .await;
    if let Err(StoreError::Conflict(_)) = &joined {
        return Err(ApiError::Store(StoreError::Conflict(format!(
            "{name:?} has started this assignment already; on the device it was started on, \
             it goes on where it was"
        ))));
    }
    joined.map_err(not_saved)?;
    let (player, now) = caught_up(&state, &a, &token).await?;
    let view = player_view(&state, &a, &player, now).await?;
    Ok((StatusCode::CREATED, Json(Started { token, view })))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResumeBody {
    pub token: String,
}

/// `POST /api/a/{code}/resume`: where the player is, the current question
/// shown (its timer starts the first time).
pub async fn resume(
    State(state): State<AppState>,
    ip: ClientIp,
    Path(code): Path<String>,
    body: Result<Json<ResumeBody>, axum::extract::rejection::JsonRejection>,
) -> Result<Json<PlayerView>, ApiError> {
    let a = assignment_at(&state, ip, &code).await?;
    let Json(body) = body?;
    let (player, now) = caught_up(&state, &a, &body.token).await?;
    Ok(Json(player_view(&state, &a, &player, now).await?))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerBody {
    pub token: String,
    pub question: usize,
    /// As in live games (docs/protocol.md); `null` passes.
    pub answer: Option<AnswerValue>,
}

/// What became of an answer.
#[derive(Debug, Serialize)]
pub struct AnswerResult {
    pub question: usize,
    pub correct: bool,
    pub points: u32,
    pub streak_bonus: u32,
    /// This answer had been taken before (a retry): it is not scored again.
    pub repeat: bool,
    pub player: PlayerView,
}

fn refused(r: Refusal) -> ApiError {
    match r {
        Refusal::Invalid(m) => ApiError::BadRequest(m),
        other => ApiError::Store(StoreError::Conflict(other.to_string())),
    }
}

/// `POST /api/a/{code}/answer`
pub async fn answer(
    State(state): State<AppState>,
    ip: ClientIp,
    Path(code): Path<String>,
    body: Result<Json<AnswerBody>, axum::extract::rejection::JsonRejection>,
) -> Result<Json<AnswerResult>, ApiError> {
    let a = assignment_at(&state, ip, &code).await?;
    let Json(body) = body?;
    for _ in 0..STEP_TRIES {
        let (player, _) = caught_up(&state, &a, &body.token).await?;
        let now = now_ms() as i64;
        let step = rules(&a).answer(&player.progress, body.question, body.answer.clone(), now);
        let (next, scored) = match step {
            Ok(step) => step,
            Err(Refusal::WrongQuestion { got, expected }) if got < expected => {
                return repeat(&state, &a, &player, got, now).await;
            }
            Err(Refusal::Finished) if body.question < a.quiz.questions.len() => {
                return repeat(&state, &a, &player, body.question, now).await;
            }
            Err(r) => return Err(refused(r)),
        };
        let record = AssignmentAnswer {
            player: player.id,
            scored,
            answered_at: now,
        };
        if state
            .store
            .save_progress(player.id, &player.progress, &next, Some(&record))
            .await
            .map_err(not_saved)?
        {
            let done = AssignmentPlayer {
                progress: next,
                ..player
            };
            return Ok(Json(AnswerResult {
                question: record.scored.question,
                correct: record.scored.correct,
                points: record.scored.points,
                streak_bonus: record.scored.streak_bonus,
                repeat: false,
                player: player_view(&state, &a, &done, now).await?,
            }));
        }
    }
    Err(busy())
}

/// The answer already stored for a question the player has moved past:
/// acknowledged again, never scored again.
async fn repeat(
    state: &AppState,
    a: &Assignment,
    player: &AssignmentPlayer,
    question: usize,
    now: i64,
) -> Result<Json<AnswerResult>, ApiError> {
    let stored = state
        .store
        .assignment_answers(&a.code)
        .await?
        .into_iter()
        .find(|r| r.player == player.id && r.scored.question == question);
    let Some(stored) = stored else {
        return Err(refused(Refusal::TimeUp));
    };
    Ok(Json(AnswerResult {
        question,
        correct: stored.scored.correct,
        points: stored.scored.points,
        streak_bonus: stored.scored.streak_bonus,
        repeat: true,
        player: player_view(state, a, player, now).await?,
    }))
}
