//! WebSocket connections: the upgrade, answered here rather than through
//! axum's `WebSocketUpgrade` so the task it spawns is the connection, then
//! the opening message (`hello`) and the connection's life in its game
//! (`pump`: reading frames, writing what the actor queued, closing).

use std::net::IpAddr;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use hyper::upgrade::{OnUpgrade, Upgraded};
use hyper_util::rt::TokioIo;
use tokio_tungstenite::tungstenite::handshake::derive_accept_key;
use tokio_tungstenite::tungstenite::protocol::{Role, WebSocketConfig};
use tokio_tungstenite::WebSocketStream;

use super::limits::ClientIp;
use super::outq;
use super::registry::GameHandle;
use super::{auth, AppState, SocketGuard};

mod hello;
mod pump;

/// Largest frame the server reads; larger ones close the socket with 1009.
pub const MAX_FRAME: usize = 4096;
/// Messages queued for one client before it counts as too slow.
pub const QUEUE: usize = 64;
/// Read buffer per connection. tungstenite allocates its default of 128 KiB
/// up front for every socket, while client frames are a few dozen bytes; a
/// larger frame still fits, its buffer grows for it.
const READ_BUFFER: usize = 512;

/// The socket under a connection: plain TCP or TLS, behind hyper's upgrade.
type Wire = TokioIo<Upgraded>;
type Socket = WebSocketStream<Wire>;

pub async fn upgrade(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    request: Request,
) -> Response {
    let (mut parts, _body) = request.into_parts();
    let accept = match accept_key(&parts.method, &parts.headers) {
        Ok(accept) => accept,
        Err(refusal) => return refusal.into_response(),
    };
    let Some(on_upgrade) = parts.extensions.remove::<OnUpgrade>() else {
        return (
            StatusCode::UPGRADE_REQUIRED,
            "this connection cannot be upgraded to a WebSocket",
        )
            .into_response();
    };
    let bearer = auth::bearer(&parts.headers).map(str::to_string);
    tokio::spawn(connection(Box::new(Opening {
        state,
        on_upgrade,
        ip,
        bearer,
    })));
    let mut response = Response::new(Body::empty());
    *response.status_mut() = StatusCode::SWITCHING_PROTOCOLS;
    let headers = response.headers_mut();
    headers.insert(header::CONNECTION, HeaderValue::from_static("upgrade"));
    headers.insert(header::UPGRADE, HeaderValue::from_static("websocket"));
    headers.insert(header::SEC_WEBSOCKET_ACCEPT, accept);
    response
}

/// Checks an opening handshake (RFC 6455, section 4.2.1) and returns the
/// `Sec-WebSocket-Accept` that answers it, or the response refusing it.
fn accept_key(
    method: &Method,
    headers: &HeaderMap,
) -> Result<HeaderValue, (StatusCode, &'static str)> {
    let refuse = |status: StatusCode, why: &'static str| Err((status, why));
    if method != Method::GET {
        return refuse(
            StatusCode::METHOD_NOT_ALLOWED,
            "a WebSocket opens with a GET request",
        );
    }
    let has = |name: header::HeaderName, token: &str| {
        headers.get_all(name).iter().any(|value| {
            value.to_str().is_ok_and(|v| {
                v.split(',')
                    .any(|part| part.trim().eq_ignore_ascii_case(token))
            })
        })
    };
    if !has(header::CONNECTION, "upgrade") {
        return refuse(
            StatusCode::BAD_REQUEST,
            "`Connection` header did not include 'upgrade'",
        );
    }
    if !has(header::UPGRADE, "websocket") {
        return refuse(
            StatusCode::BAD_REQUEST,
            "`Upgrade` header did not include 'websocket'",
        );
    }
    if headers
        .get(header::SEC_WEBSOCKET_VERSION)
        .is_none_or(|v| v.as_bytes() != b"13")
    {
        return refuse(
            StatusCode::BAD_REQUEST,
            "`Sec-WebSocket-Version` header did not include '13'",
        );
    }
    let Some(key) = headers.get(header::SEC_WEBSOCKET_KEY) else {
        return refuse(
            StatusCode::BAD_REQUEST,
            "`Sec-WebSocket-Key` header missing",
        );
    };
    Ok(HeaderValue::from_str(&derive_accept_key(key.as_bytes())).expect("an accept key is base64"))
}

fn config() -> WebSocketConfig {
    // Frames up to 16× our limit are read so we can answer them with a proper
    // close code instead of a transport error. tungstenite writes only the
    // closing handshake (and pongs), so its writes go out at once.
    WebSocketConfig::default()
        .max_message_size(Some(MAX_FRAME * 16))
        .max_frame_size(Some(MAX_FRAME * 16))
        .read_buffer_size(READ_BUFFER)
        .write_buffer_size(0)
}

/// A connection attached to its game.
struct Line {
    state: AppState,
    socket: Socket,
    game: GameHandle,
    conn_id: u64,
    rx: outq::Receiver,
    /// What it attached as (counted in `metrics` until it is finished).
    role: crate::protocol::Role,
    /// Counted open until the last frame (a goodbye, on shutdown) is written.
    _open: SocketGuard,
}

/// What a connection starts from.
struct Opening {
    state: AppState,
    on_upgrade: OnUpgrade,
    ip: IpAddr,
    bearer: Option<String>,
}

/// A connection's task, as long as its client is connected, so its size
/// counts once per player. The opening runs boxed: its futures (the
/// handshake's, the token check) are large and done with once the client
/// is in. Large values are never an `async fn`'s arguments here: an
/// argument keeps a slot of its own in the future beside the local it is
/// moved to, so the line is a local, lent to `play`, and the opening comes
/// boxed. (Each boxed future is bound first: a temporary would keep its
/// room in this task's state across the await.)
async fn connection(opening: Box<Opening>) {
    let opened = Box::pin(open(opening));
    let Some(mut line) = opened.await else {
        return;
    };
    let ending = pump::play(&mut line).await;
    let finishing = Box::pin(pump::finish(line, ending));
    finishing.await;
}

/// Completes the upgrade and attaches the connection to its game; `None`
/// when it failed or was refused (the client has been told why).
async fn open(opening: Box<Opening>) -> Option<Line> {
    let Opening {
        state,
        on_upgrade,
        ip,
        bearer,
    } = *opening;
    let upgraded = on_upgrade.await.ok()?;
    let _open = state.sockets.enter();
    let mut socket =
        WebSocketStream::from_raw_socket(TokioIo::new(upgraded), Role::Server, Some(config()))
            .await;
    let (game, conn_id, rx, role) = hello::attach(&state, &mut socket, ip, bearer).await?;
    state.metrics.connected(role).inc();
    Some(Line {
        state,
        socket,
        game,
        conn_id,
        rx,
        role,
        _open,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_handshake_is_answered_as_rfc_6455_says() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::CONNECTION,
            HeaderValue::from_static("keep-alive, Upgrade"),
        );
        headers.insert(header::UPGRADE, HeaderValue::from_static("websocket"));
        headers.insert(
            header::SEC_WEBSOCKET_VERSION,
            HeaderValue::from_static("13"),
        );
        headers.insert(
            header::SEC_WEBSOCKET_KEY,
            HeaderValue::from_static("dGhlIHNhbXBsZSBub25jZQ=="),
        );
        // The example of RFC 6455, section 1.3.
        assert_eq!(
            accept_key(&Method::GET, &headers).unwrap(),
            "s3pPLMBiTxaQ9kYGzzhZRbK+xOo="
        );
        assert_eq!(
            accept_key(&Method::POST, &headers).unwrap_err().0,
            StatusCode::METHOD_NOT_ALLOWED
        );
        for (name, value) in [
            (header::CONNECTION, "keep-alive"),
            (header::UPGRADE, "h2c"),
            (header::SEC_WEBSOCKET_VERSION, "8"),
        ] {
            let mut wrong = headers.clone();
            wrong.insert(name.clone(), HeaderValue::from_static(value));
            let (status, why) = accept_key(&Method::GET, &wrong).unwrap_err();
            assert_eq!(status, StatusCode::BAD_REQUEST, "{name}: {why}");
        }
        let mut keyless = headers.clone();
        keyless.remove(header::SEC_WEBSOCKET_KEY);
        assert_eq!(
            accept_key(&Method::GET, &keyless).unwrap_err().0,
            StatusCode::BAD_REQUEST
        );
    }
}
