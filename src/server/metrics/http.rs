//! The HTTP side of metrics: `GET /metrics`, the count of requests by
//! route and status, and the access log (one line per request under the
//! log target `access`, when `access_log` is on).

use std::net::SocketAddr;
use std::time::Instant;

use axum::extract::{ConnectInfo, MatchedPath, Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::server::AppState;

/// The content type of the text exposition format.
pub const CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

/// What a request that matched no route is counted under.
pub const UNMATCHED: &str = "unmatched";

/// `GET /metrics`.
pub async fn metrics(State(state): State<AppState>) -> Response {
    let writable = state.live.write_problem().is_none() && state.store.write_problem().is_none();
    let text = state.metrics.render(state.registry.len(), writable);
    ([(header::CONTENT_TYPE, CONTENT_TYPE)], text).into_response()
}

/// Counts each request by its route's template and status, and writes the
/// access log's line for it.
pub async fn track(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_owned());
    let access = state.settings.access_log.then(|| {
        let peer = request
            .extensions()
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0);
        (request.method().clone(), peer)
    });
    let response = next.run(request).await;
    let status = response.status().as_u16();
    let route = route.as_deref().unwrap_or(UNMATCHED);
    state.metrics.http_request(route, status);
    if let Some((method, peer)) = access {
        let duration_ms = started.elapsed().as_micros() as f64 / 1000.0;
        let remote = peer.map_or_else(|| "-".to_string(), |p| p.to_string());
        tracing::info!(
            target: "access",
            %method,
            route,
            status,
            duration_ms,
            remote = %remote,
            "access"
        );
    }
    response
}
