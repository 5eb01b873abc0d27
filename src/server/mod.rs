//! The HTTP + WebSocket server: routes, shared state, start-up (migrations,
//! sample quizzes) and shutdown. `serve_with_listener` is the one entry that
//! both `quizbox serve` and the tests use.

pub mod account;
pub mod actor;
mod addresses;
pub mod api;
pub mod assets;
pub mod assignment_play;
pub mod assignments;
pub mod auth;
pub mod connections;
pub mod export;
pub mod import;
pub mod limits;
pub mod logins;
pub mod media;
pub mod memory;
pub mod metrics;
pub mod notify;
pub mod outq;
pub mod quizzes;
pub mod registry;
pub mod relay;
pub mod reports;
pub mod retention;
pub mod tls;
pub mod webhooks;
pub mod ws;

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{delete, get, post};
use axum::Router;
use tokio::net::TcpListener;

use crate::config::Settings;
use crate::live::{self, Live};
use crate::notify::mail::{Mailer, Outbox, RetryPolicy};
use crate::quiz::formats::native_toml;
use crate::store::{self, Store};
use registry::Registry;

pub use addresses::{advertised_urls, join_base_url, lan_addresses};

/// How long games get to persist and say goodbye on shutdown.
const SHUTDOWN_GAMES: std::time::Duration = std::time::Duration::from_secs(3);
/// How long open connections get to close after that.
const SHUTDOWN_CONNECTIONS: std::time::Duration = std::time::Duration::from_secs(1);

#[derive(Clone)]
pub struct AppState {
    pub settings: Arc<Settings>,
    pub store: Arc<dyn Store>,
    pub live: Arc<dyn Live>,
    pub registry: Arc<Registry>,
    pub sockets: Arc<SocketCount>,
    pub limits: Arc<limits::Limits>,
    pub logins: Arc<logins::LoginGate>,
    pub metrics: Arc<metrics::Metrics>,
    /// The mail queue and the server it goes to; `None` when `[mail]`
    /// names no server.
    pub mail: Option<(Outbox, Mailer)>,
    /// Game events on their way to webhooks.
    pub notify: Arc<Notifications>,
}

/// The notification queue and the webhook deliverer, until `serve_endpoints`
/// starts them.
pub struct Notifications {
    pub queue: crate::notify::EventQueue,
    deliverer: std::sync::Mutex<Option<crate::notify::webhooks::Deliverer>>,
}

/// The notification tasks while the server runs.
struct NotifyTasks {
    fanout: Option<crate::notify::Fanout>,
    deliverer: Option<tokio::task::JoinHandle<()>>,
}

impl Notifications {
    fn start(&self) -> NotifyTasks {
        let deliverer = self
            .deliverer
            .lock()
            .expect("deliverer lock")
            .take()
            .map(|d| tokio::spawn(d.run()));
        NotifyTasks {
            fanout: self.queue.start(),
            deliverer,
        }
    }
}

impl NotifyTasks {
    /// Queues what the games raised, then stops delivering; what is not
    /// delivered yet waits in the outbox for the next start.
    async fn stop(self) {
        if let Some(fanout) = self.fanout {
            fanout.stop().await;
        }
        if let Some(deliverer) = self.deliverer {
            deliverer.abort();
        }
    }
}

/// Open WebSocket connections, so shutdown can wait for their goodbyes to
/// be written (the HTTP server stops tracking a connection once upgraded).
#[derive(Default)]
pub struct SocketCount {
    open: std::sync::atomic::AtomicUsize,
    closed: tokio::sync::Notify,
}

/// Held by a connection task while its socket is open.
pub struct SocketGuard(Arc<SocketCount>);

impl SocketCount {
    pub fn enter(self: &Arc<Self>) -> SocketGuard {
        self.open.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        SocketGuard(Arc::clone(self))
    }

    pub fn open(&self) -> usize {
        self.open.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Waits until every socket has closed.
    pub async fn all_closed(&self) {
        loop {
            let notified = self.closed.notified();
            if self.open() == 0 {
                return;
            }
            notified.await;
        }
    }
}

impl Drop for SocketGuard {
    fn drop(&mut self) {
        self.0
            .open
            .fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
        self.0.closed.notify_waiters();
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error(transparent)]
    Store(#[from] store::StoreError),
    #[error(transparent)]
    Live(#[from] live::LiveError),
    #[error("server error: {0}")]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Mail(#[from] crate::notify::mail::MailError),
    #[error(transparent)]
    Webhooks(#[from] crate::notify::webhooks::WebhookError),
}

/// Milliseconds since the Unix epoch: the clock the protocol speaks.
pub fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

/// Opens storage, applies migrations and loads the sample quizzes.
pub async fn prepare(settings: &Settings) -> Result<AppState, ServeError> {
    crate::os::private_files();
    keep_private(settings);
    let store = store::open(&settings.database).await?;
    let applied = store.migrate().await?;
    if !applied.is_empty() {
        tracing::info!(?applied, "database migrated");
    }
    store.check_schema().await?;
    let live = live::open(&settings.live).await?;
    let mut added = 0;
    for name in assets::SampleQuizzes::iter().filter(|n| n.ends_with(".toml")) {
        let file = assets::SampleQuizzes::get(&name).expect("listed file exists");
        let text = String::from_utf8_lossy(&file.data);
        let stem = name.trim_end_matches(".toml");
        match native_toml::parse(&text, &format!("quizzes/{name}"), stem) {
            Ok(quiz) => added += usize::from(store.insert_quiz_if_absent(&quiz, "sample").await?),
            Err(e) => tracing::warn!("sample quiz skipped: {e}"),
        }
    }
    if added > 0 {
        tracing::info!(added, "sample quizzes installed");
    }
    auth::first_start(store.as_ref(), settings).await?;
    let metrics = Arc::new(metrics::Metrics::default());
    let mail = match settings.mail.enabled() {
        true => Some((
            Outbox::new(Arc::clone(&store), &settings.mail),
            Mailer::new(&settings.mail)?,
        )),
        false => None,
    };
    let counts = Arc::clone(&metrics.notify);
    let webhooks = crate::notify::webhooks::Webhooks::new(
        Arc::clone(&store),
        &settings.webhooks,
        Arc::clone(&counts),
    )?;
    let queue =
        crate::notify::EventQueue::new(settings.webhooks.queue, counts, vec![webhooks.outbox]);
    let registry = Arc::new(
        Registry::new(
            Arc::clone(&store),
            Arc::clone(&live),
            registry::GameLimits::from(&settings.limits),
        )
        .with_metrics(Arc::clone(&metrics))
        .with_report_mail(mail.as_ref().map(|(outbox, _)| outbox.clone()))
        .with_events(queue.events())
        .with_lease(registry::lease_length(settings.live_lease_ms)),
    );
    let resumed = registry.restore_all().await?;
    registry.watch_for_orphans();
    if resumed > 0 {
        tracing::info!(
            resumed,
            "live games resumed; their countdowns wait for the host"
        );
    }
    Ok(AppState {
        settings: Arc::new(settings.clone()),
        store,
        live,
        registry,
        sockets: Arc::default(),
        limits: Arc::new(limits::Limits::new(&settings.limits)),
        logins: Arc::new(logins::LoginGate::new(&settings.limits)),
        metrics,
        mail,
        notify: Arc::new(Notifications {
            queue,
            deliverer: std::sync::Mutex::new(Some(webhooks.deliverer)),
        }),
    })
}

/// Closes the data directory, the database and the live directory to
/// everyone but their owner, when an older version or a hand-made
/// directory left them open (they hold password hashes, host keys and
/// resume tokens). Only these paths: the data directory may be shared.
fn keep_private(settings: &Settings) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let sqlite = settings
            .database
            .strip_prefix("sqlite://")
            .map(std::path::PathBuf::from);
        let live = settings
            .live
            .strip_prefix("files://")
            .map(std::path::PathBuf::from);
        let mut paths = vec![(settings.data_dir.clone(), 0o700)];
        if let Some(db) = sqlite {
            for suffix in ["", "-wal", "-shm"] {
                let mut name = db.clone().into_os_string();
                name.push(suffix);
                paths.push((name.into(), 0o600));
            }
        }
        paths.extend(live.map(|live| (live, 0o700)));
        for (path, private) in paths {
            let Ok(meta) = std::fs::metadata(&path) else {
                continue;
            };
            let mode = meta.permissions().mode() & 0o777;
            if mode & 0o077 != 0 {
                match std::fs::set_permissions(&path, std::fs::Permissions::from_mode(private)) {
                    Ok(()) => tracing::warn!(
                        path = %path.display(),
                        "was open to others ({mode:o}); now {private:o}"
                    ),
                    Err(e) => tracing::warn!(
                        path = %path.display(),
                        "is open to others ({mode:o}) and cannot be closed: {e}"
                    ),
                }
            }
        }
    }
    #[cfg(not(unix))]
    let _ = settings;
}

pub fn router(state: AppState) -> Router {
    let limits = &state.settings.limits;
    // A bundle may be larger than other imports (`import::import` tells
    // them apart once the body is in).
    let bundle_limit = state.settings.import.bundle_limit(limits.media_bytes);
    let (body_limit, import_limit) = (
        limits.body_bytes,
        limits
            .import_bytes
            .max(usize::try_from(bundle_limit).unwrap_or(usize::MAX)),
    );
    let mut router = Router::new();
    // With a listener of its own, /metrics is served there only.
    if state.settings.metrics.listen.is_none() {
        router = router.route("/metrics", get(metrics::http::metrics));
    }
    router
        .route("/", get(assets::join_page))
        .route("/join/{pin}", get(assets::join_pin_page))
        .route("/host", get(assets::host_page))
        .route("/studio", get(assets::studio_page))
        .route("/studio/new", get(assets::studio_editor_page))
        .route("/studio/edit/{id}", get(assets::studio_quiz_page))
        .route("/screen/{pin}", get(assets::screen_page))
        .route("/reports", get(assets::reports_page))
        .route("/reports/{game}", get(assets::report_page))
        .route("/assignments", get(assets::assignments_page))
        .route("/a/{code}", get(assets::assignment_page))
        .route("/assets/{*path}", get(assets::asset))
        .route("/media/{name}", get(media::serve))
        .route("/ws", get(ws::upgrade))
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(readyz))
        .route(
            "/api/quizzes",
            get(api::list_quizzes).post(quizzes::create_quiz),
        )
        .route(
            "/api/quizzes/{id}",
            get(quizzes::get_quiz)
                .put(quizzes::replace_quiz)
                .delete(quizzes::delete_quiz),
        )
        .route("/api/quizzes/{id}/copy", post(quizzes::copy_quiz))
        .route("/api/quizzes/{id}/export", get(export::export_quiz))
        .route("/api/quizzes/{id}/report", get(reports::quiz_report))
        .route(
            "/api/quizzes/import",
            post(import::import).layer((
                axum::extract::DefaultBodyLimit::max(import_limit),
                axum::Extension(import::Parsers::new(state.settings.import.parsers)),
            )),
        )
        // Reads its body itself, within limits.media_bytes.
        .route(
            "/api/media",
            post(media::upload).layer(axum::Extension(media::Scalers::new(
                state.settings.media.scalers,
            ))),
        )
        .route("/api/login", post(logins::login))
        .route("/api/logout", post(auth::logout))
        .route("/api/me", get(auth::me).patch(account::update_me))
        .route("/api/password-reset", post(account::request_reset))
        .route("/api/password-reset/confirm", post(account::confirm_reset))
        .route("/api/invitations/accept", post(account::accept_invite))
        .route("/account/{page}", get(assets::account_page))
        .route("/api/users/{name}/unlock", post(logins::unlock))
        .route("/api/webhooks", get(webhooks::list).post(webhooks::add))
        .route("/api/webhooks/deliveries", get(webhooks::deliveries))
        .route(
            "/api/webhooks/{id}",
            axum::routing::delete(webhooks::remove),
        )
        .route(
            "/api/assignments",
            get(assignments::list).post(assignments::create),
        )
        .route("/api/assignments/{code}", get(assignments::results))
        .route("/api/assignments/{code}/close", post(assignments::close))
        .route("/api/a/{code}", get(assignment_play::public))
        .route("/api/a/{code}/start", post(assignment_play::start))
        .route("/api/a/{code}/resume", post(assignment_play::resume))
        .route("/api/a/{code}/answer", post(assignment_play::answer))
        .route("/api/games", post(api::create_game))
        .route("/api/games/{game}", delete(reports::delete_game))
        .route("/api/games/{game}/results", get(api::results))
        .route("/api/games/{game}/report", get(reports::game_report))
        .route("/api/games/{game}/report.{format}", get(reports::download))
        .route("/api/reports/games", get(reports::list_games))
        .route("/api/games/{game}/qr.svg", get(api::join_qr))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            tls::redirect_plain_http,
        ))
        .layer(axum::middleware::map_response(assets::security_headers))
        .layer(axum::extract::DefaultBodyLimit::max(body_limit))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            metrics::http::track,
        ))
        .with_state(state)
}

/// The router of the metrics listener (`metrics.listen`): `/metrics` only.
pub fn metrics_router(state: AppState) -> Router {
    Router::new()
        .route("/metrics", get(metrics::http::metrics))
        .with_state(state)
}

/// Binds the metrics listener when `metrics.listen` is set, and serves
/// `/metrics` there until the process ends; returns its address.
pub async fn start_metrics_listener(state: &AppState) -> std::io::Result<Option<SocketAddr>> {
    let Some(addr) = state.settings.metrics.listen else {
        return Ok(None);
    };
    let listener = TcpListener::bind(addr).await.map_err(|e| {
        std::io::Error::new(
            e.kind(),
            format!("cannot listen on {addr} for metrics: {e}"),
        )
    })?;
    let bound = listener.local_addr()?;
    let router = metrics_router(state.clone());
    tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, router).await {
            tracing::error!("the metrics listener stopped: {e}");
        }
    });
    Ok(Some(bound))
}

async fn readyz(State(state): State<AppState>) -> (StatusCode, String) {
    if let Some(problem) = state.live.write_problem() {
        tracing::warn!("not ready: the live store cannot write: {problem}");
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            "live store cannot write".into(),
        );
    }
    if let Some(problem) = state.store.write_problem() {
        tracing::warn!("not ready: the database cannot save results: {problem}");
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            "database cannot save results".into(),
        );
    }
    match state.store.check_schema().await {
        Ok(()) => (StatusCode::OK, "ready".into()),
        Err(e) => (StatusCode::SERVICE_UNAVAILABLE, e.to_string()),
    }
}

/// Runs the server on an already bound listener until `shutdown` resolves.
pub async fn serve_with_listener(
    settings: Settings,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), ServeError> {
    let state = prepare(&settings).await?;
    serve_prepared(state, listener, shutdown).await
}

/// Runs the server for state from `prepare` (lets a caller announce readiness in between).
pub async fn serve_prepared(
    state: AppState,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), ServeError> {
    serve_endpoints(state, listener, None, shutdown).await
}

/// Serves plain HTTP on `plain` and, with `tls`, HTTPS beside it (the same
/// router; requests that came over TLS are marked `OverTls`) until
/// `shutdown`.
pub(crate) async fn serve_endpoints(
    state: AppState,
    plain: TcpListener,
    tls: Option<(TcpListener, tokio_rustls::TlsAcceptor)>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), ServeError> {
    let registry = Arc::clone(&state.registry);
    let sockets = Arc::clone(&state.sockets);
    let notify = state.notify.start();
    let slots = Arc::new(connections::Slots::new(&state.settings.limits));
    tracing::debug!(max = slots.max_total(), "connections capped");
    let (serving, stop_accepting) =
        connections::Serving::new(router(state.clone()), slots, &state.settings.limits);
    // The mail queue is emptied while the server runs; what is left (or
    // was being sent) is picked up by the next start.
    let mail_sender = state.mail.clone().map(|(outbox, mailer)| {
        let policy = RetryPolicy::from(&state.settings.mail);
        tokio::spawn(outbox.run(mailer, policy))
    });
    let mut servers = vec![tokio::spawn(connections::accept(
        plain,
        None,
        serving.clone(),
    ))];
    if let Some((listener, acceptor)) = tls {
        servers.push(tokio::spawn(connections::accept(
            listener,
            Some(acceptor),
            serving,
        )));
    }
    let retention = retention::spawn(
        Arc::clone(&state.store),
        state.settings.retention.clone(),
        Arc::clone(&state.metrics),
    );
    shutdown.await;
    if let Some(job) = retention {
        job.abort();
    }
    if let Some(sender) = mail_sender {
        sender.abort();
    }
    // Stop accepting first, then let every game persist and tell its
    // clients; connections get a moment to close before we return.
    let _ = stop_accepting.send(true);
    if tokio::time::timeout(SHUTDOWN_GAMES, registry.shutdown())
        .await
        .is_err()
    {
        tracing::warn!("some games did not confirm shutdown in time");
    }
    notify.stop().await;
    if tokio::time::timeout(SHUTDOWN_CONNECTIONS, sockets.all_closed())
        .await
        .is_err()
    {
        tracing::debug!(open = sockets.open(), "sockets still open at exit");
    }
    let all = futures_util::future::join_all(servers);
    if tokio::time::timeout(SHUTDOWN_CONNECTIONS, all)
        .await
        .is_err()
    {
        tracing::debug!("connections still open at exit");
    }
    Ok(())
}
