//! `quizbox host`: the terminal dashboard. With `--server` it is a client of
//! a running server; without, it starts the server in this process on the
//! same data directory, so one command runs a whole event. Either way the
//! server's log goes to `<data dir>/host.log`, never over the dashboard.

use std::io::IsTerminal;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context;
use tokio::net::TcpListener;
use tokio::sync::oneshot;

use crate::cli::{GlobalArgs, HostArgs};
use crate::client::{tls, Server};
use crate::config::{Overrides, Settings};
use crate::server;
use crate::tui::{self, view::Theme, Dashboard};

pub async fn run(global: &GlobalArgs, args: &HostArgs) -> anyhow::Result<()> {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        anyhow::bail!(
            "quizbox host draws a dashboard and needs a terminal; \
             use `quizbox serve` and the /host page to run a game without one"
        );
    }
    let theme = Theme::from_env();
    match &args.server {
        Some(url) => {
            let settings = super::settings(global, Overrides::default()).ok();
            let mut server = Server::parse(url, super::token(&args.token)?)?;
            // A server on this machine gets the local admin token when none
            // was given; a remote one never does.
            if server.token().is_none() && server.is_loopback() {
                if let Some(token) = settings
                    .as_ref()
                    .and_then(|s| server::auth::read_local_token(&s.data_dir))
                {
                    server = Server::parse(url, Some(token))?;
                }
            }
            if server.is_https() {
                server =
                    pin_server(server, args.tls_fingerprint.as_deref(), settings.as_ref()).await?;
            }
            // A remote dashboard logs only if it has a data directory to log in.
            let log = settings.and_then(|s| log_to_file(&s).ok());
            let dashboard = Dashboard {
                server,
                embedded: false,
                lan_bases: Vec::new(),
                quiz: args.quiz.clone(),
                theme,
                language: args.lang.unwrap_or_else(tui::text::language_from_env),
            };
            tui::run(dashboard, signals()).await?;
            if let Some(log) = log {
                eprintln!("quizbox host: log in {}", log.display());
            }
            Ok(())
        }
        None => embedded(global, args, theme).await,
    }
}

async fn embedded(global: &GlobalArgs, args: &HostArgs, theme: Theme) -> anyhow::Result<()> {
    let settings = super::settings(
        global,
        Overrides {
            listen: args.listen,
            public_url: args.public_url.clone(),
            ..Overrides::default()
        },
    )?;
    std::fs::create_dir_all(&settings.data_dir).with_context(|| {
        format!(
            "cannot create data directory {}",
            settings.data_dir.display()
        )
    })?;
    let log = log_to_file(&settings)?;
    let listener = TcpListener::bind(settings.listen)
        .await
        .with_context(|| format!("cannot listen on {}", settings.listen))?;
    let bound = listener.local_addr()?;
    let state = server::prepare(&settings).await?;
    if let Some(at) = server::start_metrics_listener(&state).await? {
        tracing::info!("metrics at http://{at}/metrics");
    }
    tracing::info!(data = %settings.data_dir.display(), "quizbox {} listening on {bound} (embedded in the host dashboard)", env!("CARGO_PKG_VERSION"));
    let (stop, stopped) = oneshot::channel::<()>();
    let serving = tokio::spawn(server::serve_prepared(state, listener, async move {
        let _ = stopped.await;
    }));

    let lan_bases = if settings.public_url.is_some() {
        Vec::new()
    } else {
        server::lan_addresses()
            .into_iter()
            .filter(|ip| bound.ip().is_unspecified() || *ip == bound.ip())
            .map(|ip| format!("http://{ip}:{}", bound.port()))
            .collect()
    };
    let dashboard = Dashboard {
        server: Server::at(
            reachable(bound),
            super::token(&args.token)?
                .or_else(|| server::auth::read_local_token(&settings.data_dir)),
        ),
        embedded: true,
        lan_bases,
        quiz: args.quiz.clone(),
        theme,
        language: args.lang.unwrap_or_else(tui::text::language_from_env),
    };
    let result = tui::run(dashboard, signals()).await;

    let _ = stop.send(());
    match tokio::time::timeout(Duration::from_secs(10), serving).await {
        Ok(Ok(Err(e))) => tracing::error!("server stopped with an error: {e}"),
        Err(_) => tracing::warn!("server did not stop within 10 s"),
        _ => {}
    }
    eprintln!(
        "quizbox host: server stopped; its log is in {}",
        log.display()
    );
    result.map_err(Into::into)
}

/// Settles which certificate key an https server may show: the given
/// fingerprint, the one pinned before, or (first contact) the one it shows
/// now, after asking on the terminal.
async fn pin_server(
    server: Server,
    given: Option<&str>,
    settings: Option<&Settings>,
) -> anyhow::Result<Server> {
    let data_dir = settings.map(|s| s.data_dir.clone()).context(
        "no data directory to keep pinned servers in; set --data or give --tls-fingerprint",
    )?;
    let path = tls::KnownServers::file(&data_dir);
    let mut known = tls::KnownServers::load(&path).map_err(anyhow::Error::msg)?;
    let authority = server.authority();
    let trust = |fingerprint: &str| {
        eprintln!("First connection to {authority} over HTTPS. Its certificate key is");
        eprintln!("  SHA-256 {fingerprint}");
        eprintln!("Compare it with the one `quizbox serve` printed on that machine.");
        eprint!("Trust this server and remember its key? [y/N] ");
        let mut answer = String::new();
        let _ = std::io::stdin().read_line(&mut answer);
        matches!(answer.trim(), "y" | "Y" | "yes" | "Yes")
    };
    let (server, outcome) = tls::pin_on_first_use(server, given, &mut known, trust).await?;
    if outcome == tls::PinOutcome::PinnedNow {
        eprintln!("Pinned in {}.", path.display());
    }
    Ok(server)
}

/// Where this process can reach its own listener.
fn reachable(bound: SocketAddr) -> SocketAddr {
    match bound.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => (Ipv4Addr::LOCALHOST, bound.port()).into(),
        IpAddr::V6(ip) if ip.is_unspecified() => (Ipv6Addr::LOCALHOST, bound.port()).into(),
        _ => bound,
    }
}

/// Sends tracing output to `<data dir>/host.log` (appending).
fn log_to_file(settings: &Settings) -> anyhow::Result<PathBuf> {
    let path = settings.data_dir.join("host.log");
    let file = open_log(&path)?;
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    let (targets, refused) = super::log_filter(&settings.log);
    let _ = tracing_subscriber::fmt()
        .with_writer(std::sync::Mutex::new(file))
        .with_ansi(false)
        .with_target(false)
        .finish()
        .with(targets)
        .try_init();
    if let Some(why) = refused {
        tracing::warn!("{why}");
    }
    Ok(path)
}

fn open_log(path: &Path) -> anyhow::Result<std::fs::File> {
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .with_context(|| format!("cannot open log file {}", path.display()))
}

/// Resolves on SIGTERM or SIGHUP (the SSH session went away). Ctrl-C is not
/// a signal here: in raw mode it arrives as a key and the dashboard asks.
async fn signals() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let (Ok(mut term), Ok(mut hup)) = (
            signal(SignalKind::terminate()),
            signal(SignalKind::hangup()),
        ) else {
            return std::future::pending().await;
        };
        tokio::select! {
            _ = term.recv() => {},
            _ = hup.recv() => {},
        }
    }
    #[cfg(not(unix))]
    std::future::pending::<()>().await
}
