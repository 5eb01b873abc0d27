//! The quiz API a quiz editor uses: `GET`, `PUT` and `DELETE
//! /api/quizzes/{id}`, `POST /api/quizzes` and `POST
//! /api/quizzes/{id}/copy`. Bodies are the JSON `GET` answers with
//! (`quiz::document`), checked with the importer's rules. A quiz's `ETag`
//! is its store revision; `PUT` must send it back in `If-Match` (428
//! otherwise) and a stale one gets 412 with the current one, the store
//! checking and writing in one step so two editors cannot both win.
//!
//! Reading needs the `host` or `export` scope, writing `host` or `import`.
//! Hosts change their own quizzes and copy shared ones; only admins change
//! shared ones (403). Another account's quiz answers 404, as for `GET`.

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::Value;

use super::api::{ApiError, READ_QUIZZES};
use super::auth::Principal;
use super::AppState;
use crate::quiz::document::{self, copy_of, Document};
use crate::quiz::Problem;
use crate::store::{Scope, StoredQuiz, Written};

/// Writing quizzes: hosts edit their own, import tokens feed them.
const WRITE_QUIZZES: &[Scope] = &[Scope::Host, Scope::Import];

/// A revision as an entity tag (strong, quoted).
pub fn etag(revision: i64) -> String {
    format!("\"r{revision}\"")
}

/// What an `If-Match` or `If-None-Match` header asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Condition {
    /// `*`: whatever version there is.
    Any,
    /// A list of entity tags: the revisions they name (`None` for a tag
    /// that is not one of ours), each with whether it is weak.
    Tags(Vec<(Option<i64>, bool)>),
}

impl Condition {
    /// The header's condition; `None` when it is absent.
    fn of(headers: &HeaderMap, name: header::HeaderName) -> Option<Condition> {
        let values: Vec<&str> = headers
            .get_all(name)
            .iter()
            .map(|v| v.to_str().unwrap_or(""))
            .collect();
        if values.is_empty() {
            return None;
        }
        let tags: Vec<&str> = values
            .iter()
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .collect();
        if tags == ["*"] {
            return Some(Condition::Any);
        }
        Some(Condition::Tags(
            tags.iter()
                .map(|tag| {
                    let (weak, tag) = match tag.strip_prefix("W/") {
                        Some(rest) => (true, rest),
                        None => (false, *tag),
                    };
                    let revision = tag
                        .strip_prefix("\"r")
                        .and_then(|t| t.strip_suffix('"'))
                        .and_then(|n| n.parse().ok());
                    (revision, weak)
                })
                .collect(),
        ))
    }

    /// `If-Match`: strong comparison, so a weak tag never matches.
    fn matches_strongly(&self, revision: i64) -> bool {
        match self {
            Condition::Any => true,
            Condition::Tags(tags) => tags.contains(&(Some(revision), false)),
        }
    }

    /// `If-None-Match`: weak comparison.
    fn matches_weakly(&self, revision: i64) -> bool {
        match self {
            Condition::Any => true,
            Condition::Tags(tags) => tags.iter().any(|(r, _)| *r == Some(revision)),
        }
    }
}

/// A response carrying a quiz and its `ETag`; not stored by shared caches,
/// revalidated by the client's own.
fn with_quiz(status: StatusCode, stored: &StoredQuiz) -> Response {
    let mut response = (status, Json(&stored.quiz)).into_response();
    tag(&mut response, stored.revision);
    response
}

fn tag(response: &mut Response, revision: i64) {
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&etag(revision)) {
        headers.insert(header::ETAG, value);
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-cache"),
    );
}

fn created(stored: &StoredQuiz) -> Response {
    let mut response = with_quiz(StatusCode::CREATED, stored);
    if let Ok(value) = HeaderValue::from_str(&format!("/api/quizzes/{}", stored.quiz.id)) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

fn stale(id: &str, current: i64) -> ApiError {
    ApiError::PreconditionFailed {
        message: format!(
            "quiz {id:?} has changed since that version (it is now {}); fetch it again \
             and make the change on the current version",
            etag(current)
        ),
        etag: etag(current),
    }
}

fn missing(id: &str) -> ApiError {
    ApiError::NotFound(format!("no quiz with id {id:?}"))
}

/// The quiz if it exists and `who` may use it; 404 otherwise.
async fn visible(state: &AppState, who: &Principal, id: &str) -> Result<StoredQuiz, ApiError> {
    match state.store.stored_quiz(id).await? {
        Some(stored) if who.may_use_quiz(stored.owner) => Ok(stored),
        _ => Err(missing(id)),
    }
}

/// The quiz if `who` may change it: 404 as for `visible`, 403 for a
/// shared quiz and a host.
async fn writable(state: &AppState, who: &Principal, id: &str) -> Result<StoredQuiz, ApiError> {
    let stored = visible(state, who, id).await?;
    if stored.owner.is_none() && !who.is_admin() {
        return Err(ApiError::Forbidden(format!(
            "quiz {id:?} is shared: only an admin changes it; copy it \
             (POST /api/quizzes/{id}/copy) to have one of your own"
        )));
    }
    Ok(stored)
}

/// The body as JSON; `None` when it is empty.
fn json_body(body: Result<Bytes, BytesRejection>) -> Result<Option<Value>, ApiError> {
    let body = body.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::TooLarge(e.body_text())
        } else {
            ApiError::BadRequest(e.body_text())
        }
    })?;
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    serde_json::from_slice(&body)
        .map(Some)
        .map_err(|e| ApiError::BadRequest(format!("the body is not JSON: {e}")))
}

fn invalid(problems: Vec<Problem>) -> ApiError {
    let count = problems.len();
    ApiError::Invalid {
        message: format!(
            "the quiz is not valid: {count} problem{}",
            if count == 1 { "" } else { "s" }
        ),
        problems,
    }
}

/// The quiz a body holds, or 422 with every problem.
fn quiz_of(body: Result<Bytes, BytesRejection>) -> Result<Document, ApiError> {
    let value = json_body(body)?
        .ok_or_else(|| ApiError::BadRequest("the body must be a quiz as JSON".into()))?;
    document::read(value).map_err(invalid)
}

pub async fn get_quiz(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    who.require(READ_QUIZZES)?;
    let stored = visible(&state, &who, &id).await?;
    if Condition::of(&headers, header::IF_NONE_MATCH)
        .is_some_and(|c| c.matches_weakly(stored.revision))
    {
        let mut response = StatusCode::NOT_MODIFIED.into_response();
        tag(&mut response, stored.revision);
        return Ok(response);
    }
    Ok(with_quiz(StatusCode::OK, &stored))
}

pub async fn create_quiz(
    State(state): State<AppState>,
    who: Principal,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    who.require(WRITE_QUIZZES)?;
    let Document { quiz, id_given } = quiz_of(body)?;
    let stored = state
        .store
        .create_quiz(&quiz, "api", Some(who.user.id), !id_given)
        .await?;
    Ok(created(&stored))
}

pub async fn replace_quiz(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    who.require(WRITE_QUIZZES)?;
    let current = writable(&state, &who, &id).await?;
    let Some(condition) = Condition::of(&headers, header::IF_MATCH) else {
        return Err(ApiError::PreconditionRequired(format!(
            "a PUT needs If-Match with the ETag of the version it changes (GET \
             /api/quizzes/{id} answers with it, now {}), so that changes made \
             meanwhile are not lost",
            etag(current.revision)
        )));
    };
    let Document { mut quiz, id_given } = quiz_of(body)?;
    if id_given && quiz.id != id {
        return Err(invalid(vec![Problem {
            line: None,
            field: "id".into(),
            message: format!(
                "is {:?}, but this is quiz {id:?}: a quiz keeps its id (copy it for \
                 another id)",
                quiz.id
            ),
        }]));
    }
    quiz.id = id.clone();
    if !condition.matches_strongly(current.revision) {
        return Err(stale(&id, current.revision));
    }
    // The store checks again, in the same step as the write: another
    // request may have written since `current` was read.
    let expected = match condition {
        Condition::Any => None,
        Condition::Tags(_) => Some(current.revision),
    };
    match state.store.replace_quiz(&quiz, expected).await? {
        Written::Done(revision) => Ok(with_quiz(
            StatusCode::OK,
            &StoredQuiz {
                quiz,
                revision,
                owner: current.owner,
            },
        )),
        Written::Stale(now) => Err(stale(&id, now)),
        Written::Missing => Err(missing(&id)),
    }
}

pub async fn delete_quiz(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<StatusCode, ApiError> {
    who.require(WRITE_QUIZZES)?;
    let current = writable(&state, &who, &id).await?;
    let expected = match Condition::of(&headers, header::IF_MATCH) {
        None | Some(Condition::Any) => None,
        Some(condition) if condition.matches_strongly(current.revision) => Some(current.revision),
        Some(_) => return Err(stale(&id, current.revision)),
    };
    match state.store.delete_quiz_at(&id, expected).await? {
        Written::Done(_) => Ok(StatusCode::NO_CONTENT),
        Written::Stale(now) => Err(stale(&id, now)),
        Written::Missing => Err(missing(&id)),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct CopyBody {
    title: Option<String>,
}

pub async fn copy_quiz(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    who.require(WRITE_QUIZZES)?;
    let original = visible(&state, &who, &id).await?;
    let asked: CopyBody = match json_body(body)? {
        None => CopyBody::default(),
        Some(value) => serde_json::from_value(value)
            .map_err(|e| ApiError::BadRequest(format!("the body must be {{\"title\": …}}: {e}")))?,
    };
    let copy = copy_of(&original.quiz, asked.title.as_deref()).map_err(invalid)?;
    let stored = state
        .store
        .create_quiz(&copy, "copy", Some(who.user.id), true)
        .await?;
    Ok(created(&stored))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(name: header::HeaderName, value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(name, HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn if_match_compares_strongly_and_if_none_match_weakly() {
        let m = |v: &str| Condition::of(&headers(header::IF_MATCH, v), header::IF_MATCH).unwrap();
        assert!(m("\"r7\"").matches_strongly(7));
        assert!(!m("\"r7\"").matches_strongly(8));
        assert!(m("\"r1\", \"r7\"").matches_strongly(7));
        assert!(!m("W/\"r7\"").matches_strongly(7));
        assert!(m("W/\"r7\"").matches_weakly(7));
        assert!(m("*").matches_strongly(123));
        assert!(!m("\"7\"").matches_strongly(7), "a tag not of ours");
        assert!(!m("r7").matches_strongly(7), "unquoted");
        assert_eq!(Condition::of(&HeaderMap::new(), header::IF_MATCH), None);
        assert_eq!(etag(42), "\"r42\"");
    }
}
