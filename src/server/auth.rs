//! Accounts and credentials: password hashing (argon2id), tokens, the
//! `Principal` a request acts as, login and logout, and the first start
//! (an admin with a random password and a local token file).
//!
//! Tokens are 256 random bits, shown once and stored only as their SHA-256
//! hash: a high-entropy secret needs no slow hash, and a hash lookup finds
//! it in one indexed query. Login sessions and API tokens are the same kind
//! of thing with different lifetimes, so one table and one check serve both
//! (rather than signed JWTs, which could not be revoked one by one without a
//! table anyway). Passwords get argon2id with the crate's default cost.
//!
//! It must not decide which quiz or game a principal may touch beyond the
//! role and scope rules below; the API handlers ask.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use argon2::password_hash::{Output, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use base64::Engine;
use rand::Rng;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::api::ApiError;
use super::{now_ms, AppState, ServeError};
use crate::config::Settings;
use crate::store::{
    Credential, NewToken, QuizAccess, Scope, Store, StoreError, TokenKind, User, UserRole,
};

/// Prefix of every token quizbox makes, so secret scanners can spot them.
pub const TOKEN_PREFIX: &str = "qb_";
/// Name of the local admin token in listings.
pub const LOCAL_TOKEN_NAME: &str = "local";
/// Longest password accepted (argon2 takes any length; this bounds the work).
pub const MAX_PASSWORD: usize = 1024;

/// Where the local admin token lives.
pub fn token_file(data_dir: &Path) -> PathBuf {
    data_dir.join("admin.token")
}

/// The local admin token from the data directory, if there is one.
pub fn read_local_token(data_dir: &Path) -> Option<String> {
    let text = std::fs::read_to_string(token_file(data_dir)).ok()?;
    let token = text.trim();
    well_formed(token).then(|| token.to_string())
}

/// A new random token: the prefix and 32 random bytes, base64url.
pub fn new_token() -> String {
    let bytes: [u8; 32] = rand::rng().random();
    format!(
        "{TOKEN_PREFIX}{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    )
}

/// Whether `token` looks like one of ours (and so is worth a lookup).
fn well_formed(token: &str) -> bool {
    token.len() >= TOKEN_PREFIX.len() + 32
        && token.len() <= 128
        && token.starts_with(TOKEN_PREFIX)
        && token[TOKEN_PREFIX.len()..]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// SHA-256 of a token, lower-case hex: the only form that is stored.
pub fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A random password of 20 URL-safe characters (120 bits).
pub fn random_password() -> String {
    let bytes: [u8; 15] = rand::rng().random();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// An argon2id hash in PHC form. Slow on purpose: call off the async runtime.
pub fn hash_password(password: &str) -> Result<String, String> {
    let salt: [u8; 16] = rand::rng().random();
    let salt = SaltString::encode_b64(&salt).map_err(|e| e.to_string())?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| format!("cannot hash the password: {e}"))
}

/// Checks a password against a stored hash. Slow on purpose.
pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

/// Argon2 working memory kept between logins. A fresh 19 MiB buffer per
/// check would be freed into whichever allocator arena its thread used,
/// and each of the blocking pool's threads keeps its own: a few bursts of
/// logins left the server hundreds of MiB larger. The login gate bounds
/// how many checks run at once, so the pool holds at most that many.
static BLOCKS: Mutex<Vec<Vec<Block>>> = Mutex::new(Vec::new());

/// `verify_password` with working memory from the pool; `hash` is `None`
/// for a user that does not exist (a decoy is checked instead, so both
/// take as long).
pub fn verify_pooled(password: &str, hash: Option<&str>) -> bool {
    let hash = hash.unwrap_or_else(|| decoy_hash());
    let Ok(parsed) = PasswordHash::new(hash) else {
        return false;
    };
    let (Ok(algorithm), Ok(params), Some(salt), Some(expected)) = (
        Algorithm::try_from(parsed.algorithm),
        Params::try_from(&parsed),
        parsed.salt,
        parsed.hash,
    ) else {
        return false;
    };
    let version = match parsed.version.map(Version::try_from).transpose() {
        Ok(version) => version.unwrap_or_default(),
        Err(_) => return false,
    };
    let mut salt_bytes = [0u8; 64];
    let Ok(salt) = salt.decode_b64(&mut salt_bytes) else {
        return false;
    };
    let mut blocks = BLOCKS
        .lock()
        .expect("argon2 pool lock")
        .pop()
        .unwrap_or_default();
    let count = params.block_count();
    if blocks.len() < count {
        blocks.resize(count, Block::default());
    }
    let mut out = vec![0u8; expected.len()];
    let computed = Argon2::new(algorithm, version, params)
        .hash_password_into_with_memory(password.as_bytes(), salt, &mut out, &mut blocks[..count])
        .is_ok();
    BLOCKS.lock().expect("argon2 pool lock").push(blocks);
    // `Output` compares in constant time.
    computed && Output::new(&out).is_ok_and(|out| out == expected)
}

/// A hash to verify against when the user does not exist, so a wrong name
/// takes as long as a wrong password and does not reveal which it was.
fn decoy_hash() -> &'static str {
    static DECOY: OnceLock<String> = OnceLock::new();
    DECOY.get_or_init(|| hash_password(&random_password()).unwrap_or_default())
}

/// Usernames: 1–32 of a–z, 0–9, `.`, `_`, `-`, compared in lower case.
pub fn check_username(name: &str) -> Result<String, String> {
    let name = name.trim().to_lowercase();
    if name.is_empty() || name.len() > 32 {
        return Err("a username has 1 to 32 characters".into());
    }
    if !name
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'_' | b'-'))
    {
        return Err("a username may only use letters a-z, digits, '.', '_' and '-'".into());
    }
    Ok(name)
}

/// Makes a token, stores its hash and returns the token (shown once).
pub async fn issue_token(
    store: &dyn Store,
    user_id: i64,
    kind: TokenKind,
    name: &str,
    scopes: &[Scope],
    expires_at: Option<i64>,
) -> Result<String, StoreError> {
    let token = new_token();
    store
        .create_token(&NewToken {
            user_id,
            kind,
            name: name.to_string(),
            hash: token_hash(&token),
            scopes: scopes.to_vec(),
            expires_at,
        })
        .await?;
    Ok(token)
}

/// Who a request acts as: a user, through one token with its scopes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    pub user: User,
    pub token_id: i64,
    pub kind: TokenKind,
    pub scopes: Vec<Scope>,
    pub expires_at: Option<i64>,
}

impl From<Credential> for Principal {
    fn from(c: Credential) -> Self {
        Principal {
            user: c.user,
            token_id: c.token_id,
            kind: c.kind,
            scopes: c.scopes,
            expires_at: c.expires_at,
        }
    }
}

impl Principal {
    pub fn is_admin(&self) -> bool {
        self.user.role == UserRole::Admin
    }

    /// Fails with 403 unless the token carries one of `scopes`.
    pub fn require(&self, scopes: &[Scope]) -> Result<(), ApiError> {
        if scopes.iter().any(|s| self.scopes.contains(s)) {
            return Ok(());
        }
        let wanted: Vec<&str> = scopes.iter().map(|s| s.as_str()).collect();
        Err(ApiError::Forbidden(format!(
            "this token lacks the {} scope",
            wanted.join(" or ")
        )))
    }

    /// Admins may use every quiz; hosts shared ones and their own.
    pub fn may_use_quiz(&self, owner: Option<i64>) -> bool {
        self.is_admin() || owner.is_none_or(|o| o == self.user.id)
    }

    /// Admins may run every game; hosts those they created.
    pub fn may_run_game(&self, creator: Option<i64>) -> bool {
        self.is_admin() || creator == Some(self.user.id)
    }

    pub fn quiz_access(&self) -> QuizAccess {
        if self.is_admin() {
            QuizAccess::All
        } else {
            QuizAccess::SharedAnd(self.user.id)
        }
    }
}

/// The bearer token of a request, if it sent one.
pub fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.trim().split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim())
        .filter(|t| !t.is_empty())
}

/// The principal a token stands for: `Ok(None)` when it is unknown,
/// revoked or expired.
pub async fn authenticate(store: &dyn Store, token: &str) -> Result<Option<Principal>, StoreError> {
    if !well_formed(token) {
        return Ok(None);
    }
    Ok(store
        .credential(&token_hash(token), now_ms() as i64)
        .await?
        .map(Principal::from))
}

impl FromRequestParts<AppState> for Principal {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let Some(token) = bearer(&parts.headers) else {
            return Err(ApiError::Unauthorized(
                "sign in first: send a token as `Authorization: Bearer TOKEN`".into(),
            ));
        };
        authenticate(state.store.as_ref(), token)
            .await?
            .ok_or_else(|| {
                ApiError::Unauthorized(
                    "that token is not valid (unknown, revoked or expired)".into(),
                )
            })
    }
}

/// The `"token"` field of a WebSocket opening message, if it has one (the
/// protocol messages themselves ignore unknown fields).
pub fn opening_token(text: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct WithToken {
        token: Option<String>,
    }
    serde_json::from_str::<WithToken>(text)
        .ok()?
        .token
        .filter(|t| !t.is_empty())
}

/// A host connection's token: valid, with the host scope, and its user
/// created the game (or is an admin). The error is fit to show the client.
pub async fn check_host_token(state: &AppState, token: &str, game_id: &str) -> Result<(), String> {
    let refused = |why: &str| Err(format!("that token cannot host this game: {why}"));
    let who = match authenticate(state.store.as_ref(), token).await {
        Ok(Some(who)) => who,
        Ok(None) => return refused("it is not valid (unknown, revoked or expired)"),
        Err(e) => {
            tracing::error!("store error checking a host token: {e}");
            return refused("it could not be checked");
        }
    };
    if !who.scopes.contains(&Scope::Host) {
        return refused("it lacks the host scope");
    }
    match state.store.game_host(game_id).await {
        Ok(creator) if who.may_run_game(creator) => Ok(()),
        Ok(_) => refused("another account created it"),
        Err(e) => {
            tracing::error!("store error checking a host token: {e}");
            refused("it could not be checked")
        }
    }
}

/// Runs a slow (argon2) job off the async runtime.
async fn blocking<T: Send + 'static>(job: impl FnOnce() -> T + Send + 'static) -> T {
    tokio::task::spawn_blocking(job)
        .await
        .expect("password hashing does not panic")
}

/// Makes sure an admin exists and the local token file holds a working
/// admin token. On the very first start it creates the admin `admin` with a
/// random password and prints it once; a token file put in the data
/// directory before that first start is adopted, so automation can provision
/// a known token.
pub async fn first_start(store: &dyn Store, settings: &Settings) -> Result<(), ServeError> {
    let users = store.list_users().await?;
    let mut admins: Vec<&User> = users.iter().filter(|u| u.role == UserRole::Admin).collect();
    let mut created = None;
    if admins.is_empty() {
        let taken = |name: &str| users.iter().any(|u| u.username == name);
        let username = std::iter::once("admin".to_string())
            .chain((2..).map(|n| format!("admin{n}")))
            .find(|n| !taken(n))
            .expect("some name is free");
        let password = random_password();
        let hash = {
            let password = password.clone();
            blocking(move || hash_password(&password)).await
        }
        .map_err(StoreError::Backend)?;
        let user = store.create_user(&username, UserRole::Admin, &hash).await?;
        tracing::info!(user = %user.username, "first start: admin account created");
        created = Some((user, password));
    }
    let admin = match &created {
        Some((user, _)) => user.clone(),
        None => {
            admins.sort_by_key(|u| u.id);
            admins[0].clone()
        }
    };
    let path = token_file(&settings.data_dir);
    if settings.auth.local_token {
        let existing = read_local_token(&settings.data_dir);
        let works = match &existing {
            Some(token) => authenticate(store, token)
                .await?
                .is_some_and(|p| p.is_admin()),
            None => false,
        };
        if works {
            tighten_permissions(&path);
        } else {
            store.revoke_named(admin.id, LOCAL_TOKEN_NAME).await?;
            let token = match existing.filter(|_| created.is_some()) {
                Some(provisioned) => {
                    store
                        .create_token(&NewToken {
                            user_id: admin.id,
                            kind: TokenKind::Api,
                            name: LOCAL_TOKEN_NAME.into(),
                            hash: token_hash(&provisioned),
                            scopes: Scope::ALL.to_vec(),
                            expires_at: None,
                        })
                        .await?;
                    provisioned
                }
                None => {
                    issue_token(
                        store,
                        admin.id,
                        TokenKind::Api,
                        LOCAL_TOKEN_NAME,
                        &Scope::ALL,
                        None,
                    )
                    .await?
                }
            };
            write_secret(&path, &token)?;
            tracing::info!(file = %path.display(), user = %admin.username, "local admin token written");
        }
    }
    if let Some((user, password)) = created {
        if settings.log_format == crate::config::LogFormat::Json {
            // Every line of a JSON log is JSON: the box below becomes one
            // event, shown once all the same.
            tracing::warn!(
                user = %user.username,
                password = %password,
                "quizbox created the admin account on first start; its password is shown once, here"
            );
            return Ok(());
        }
        let rule = "─".repeat(64);
        eprintln!("\n{rule}");
        eprintln!(" quizbox created the admin account on first start. Shown once:");
        eprintln!("   username  {}", user.username);
        eprintln!("   password  {password}");
        eprintln!(
            " Sign in at /host with it; change it with `quizbox user passwd {}`.",
            user.username
        );
        if settings.auth.local_token {
            eprintln!(" `quizbox host` on this machine uses {}.", path.display());
        }
        eprintln!("{rule}\n");
    }
    Ok(())
}

/// Writes a secret file readable by its owner only (0600), atomically.
pub fn write_secret(path: &Path, secret: &str) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let temp = path.with_extension("tmp");
    let _ = std::fs::remove_file(&temp);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&temp)?;
    std::io::Write::write_all(&mut file, format!("{secret}\n").as_bytes())?;
    file.sync_all()?;
    std::fs::rename(&temp, path)
}

/// A secret file someone made readable to others goes back to 0600.
fn tighten_permissions(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = std::fs::metadata(path) {
            if meta.permissions().mode() & 0o077 != 0 {
                tracing::warn!(file = %path.display(), "token file was readable by others; now 0600");
                let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
            }
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Login {
    pub username: String,
    pub password: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct SessionBody {
    pub token: String,
    pub username: String,
    pub role: UserRole,
    pub scopes: Vec<Scope>,
    /// Unix ms; absent for tokens that do not expire.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
}

/// `POST /api/logout`: revokes the token the request was made with.
pub async fn logout(State(state): State<AppState>, who: Principal) -> Result<Response, ApiError> {
    state.store.revoke_token(who.token_id).await?;
    tracing::info!(user = %who.user.username, kind = who.kind.as_str(), "signed out");
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Me {
    pub username: String,
    pub role: UserRole,
    pub kind: TokenKind,
    pub scopes: Vec<Scope>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    /// Where mail for this account goes (`PATCH /api/me` sets it).
    #[serde(default)]
    pub email: Option<String>,
    /// Mail this account the report of each game it finishes.
    #[serde(default)]
    pub report_mail: bool,
}

/// `GET /api/me`: who this token is, and the account's mail settings.
pub async fn me(State(state): State<AppState>, who: Principal) -> Result<Json<Me>, ApiError> {
    let contact = state.store.contact(who.user.id).await?;
    Ok(Json(Me {
        username: who.user.username,
        role: who.user.role,
        kind: who.kind,
        scopes: who.scopes,
        expires_at: who.expires_at,
        email: contact.as_ref().and_then(|c| c.email.clone()),
        report_mail: contact.is_some_and(|c| c.report_mail),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_prefixed_and_hashed() {
        let (a, b) = (new_token(), new_token());
        assert_ne!(a, b);
        assert!(well_formed(&a), "{a}");
        assert_eq!(a.len(), TOKEN_PREFIX.len() + 43);
        assert_eq!(token_hash(&a).len(), 64);
        assert_ne!(token_hash(&a), token_hash(&b));
        assert!(!well_formed("qb_short"));
        assert!(!well_formed(&format!("xx_{}", &a[3..])));
        assert!(!well_formed(&format!("{a}!")));
    }

    #[test]
    fn passwords_hash_with_argon2id_and_verify() {
        let hash = hash_password("correct horse").unwrap();
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(verify_password("correct horse", &hash));
        assert!(!verify_password("wrong horse", &hash));
        assert!(!verify_password("correct horse", "not a hash"));
        assert!(verify_pooled("correct horse", Some(&hash)));
        assert!(!verify_pooled("wrong horse", Some(&hash)));
        assert!(!verify_pooled("correct horse", Some("not a hash")));
        assert!(!verify_pooled("correct horse", None));
    }

    #[test]
    fn bearer_tokens_and_usernames() {
        let mut headers = HeaderMap::new();
        assert_eq!(bearer(&headers), None);
        headers.insert(header::AUTHORIZATION, "Bearer  abc ".parse().unwrap());
        assert_eq!(bearer(&headers), Some("abc"));
        headers.insert(header::AUTHORIZATION, "Basic abc".parse().unwrap());
        assert_eq!(bearer(&headers), None);
        assert_eq!(check_username(" Ann.Lee ").unwrap(), "ann.lee");
        assert!(check_username("ann lee").is_err());
        assert!(check_username("").is_err());
        assert!(check_username(&"a".repeat(33)).is_err());
    }
}
