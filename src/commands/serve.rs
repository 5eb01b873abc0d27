//! `quizbox serve`: bind, print where to open it, run until Ctrl-C or SIGTERM.

use anyhow::Context;
use tokio::net::TcpListener;

use crate::cli::{GlobalArgs, ServeArgs};
use crate::config::{LogFormat, Overrides};
use crate::server;

pub async fn run(global: &GlobalArgs, args: &ServeArgs) -> anyhow::Result<()> {
    let settings = super::settings_unwarned(
        global,
        Overrides {
            listen: args.listen,
            public_url: args.public_url.clone(),
            max_players: args.max_players,
            ..Overrides::default()
        },
    )?;
    let settings = with_monitor_flags(with_tls_flags(settings, args), args);
    super::init_logging_as(&settings.log, settings.log_format);
    let say = Banner(settings.log_format);
    for warning in crate::config::unknown_env_warnings() {
        match settings.log_format {
            LogFormat::Text => eprintln!("{warning}"),
            LogFormat::Json => tracing::warn!("{}", warning.trim_start_matches("warning: ")),
        }
    }
    raise_open_file_limit();
    let mut data_dir = std::fs::DirBuilder::new();
    data_dir.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut data_dir, 0o700);
    data_dir.create(&settings.data_dir).with_context(|| {
        format!(
            "cannot create data directory {}",
            settings.data_dir.display()
        )
    })?;
    let listener = TcpListener::bind(settings.listen)
        .await
        .with_context(|| format!("cannot listen on {}", settings.listen))?;
    let bound = listener.local_addr()?;
    let state = server::prepare(&settings).await?;
    let metrics_at = server::start_metrics_listener(&state).await?;
    let tls = start_tls(&settings, say).await?;
    let urls = server::advertised_urls(&settings, bound);
    tracing::info!(data = %settings.data_dir.display(), "quizbox {} listening on {bound}", env!("CARGO_PKG_VERSION"));
    say.line("\nquizbox is running.");
    for url in &urls {
        say.line(&format!("  players join at  {url}/"));
    }
    let https_urls: Vec<String> = match &tls {
        Some(tls) => server::advertised_urls(&settings, tls.listener.local_addr()?)
            .iter()
            .map(|url| url.replacen("http://", "https://", 1))
            .collect(),
        None => Vec::new(),
    };
    // Hosts type a password: send them where it is encrypted (a public URL
    // is the operator's to choose).
    let host_base = match &settings.public_url {
        None => https_urls.first().or(urls.first()),
        Some(_) => urls.first(),
    };
    if let Some(first) = host_base {
        say.line(&format!("  host a game at   {first}/host"));
    }
    if let Some(tls) = &tls {
        for url in &https_urls {
            say.line(&format!("  over HTTPS at    {url}/"));
        }
        say.line(&format!(
            "  certificate key  SHA-256 {}",
            tls.cert.fingerprint
        ));
        if settings.tls.redirect {
            say.line("  plain HTTP redirects to HTTPS");
        }
    }
    match metrics_at {
        Some(at) => say.line(&format!("  metrics at       http://{at}/metrics")),
        None => say.line("  metrics at       /metrics on the addresses above"),
    }
    say.line("Press Ctrl-C to stop.\n");
    server::tls::serve_with_tls(state, listener, tls, shutdown_signal()).await?;
    say.line("quizbox stopped.");
    Ok(())
}

/// The start-up banner: lines for people on stderr, or, with JSON logs,
/// log events, so every line a collector reads is JSON.
#[derive(Clone, Copy)]
struct Banner(LogFormat);

impl Banner {
    fn line(self, text: &str) {
        match self.0 {
            LogFormat::Text => eprintln!("{text}"),
            LogFormat::Json => {
                let text = text.trim();
                if !text.is_empty() {
                    tracing::info!("{text}");
                }
            }
        }
    }
}

/// The `[metrics]` listener and log settings with the command line's flags
/// (and their environment twins) on top.
fn with_monitor_flags(
    mut settings: crate::config::Settings,
    args: &ServeArgs,
) -> crate::config::Settings {
    if let Some(format) = args.log_format {
        settings.log_format = format;
    }
    if let Some(on) = args.access_log {
        settings.access_log = on;
    }
    if let Some(listen) = args.metrics_listen {
        settings.metrics.listen = Some(listen);
    }
    settings
}

/// The `[tls]` settings with the command line's flags (and their
/// environment twins) on top. Certificate files alone turn TLS on.
fn with_tls_flags(
    mut settings: crate::config::Settings,
    args: &ServeArgs,
) -> crate::config::Settings {
    let tls = &mut settings.tls;
    if let Some(cert) = &args.tls_cert {
        tls.cert = Some(cert.clone());
    }
    if let Some(key) = &args.tls_key {
        tls.key = Some(key.clone());
    }
    match args.tls {
        Some(mode) => tls.mode = mode,
        None if args.tls_cert.is_some() && args.tls_key.is_some() => {
            tls.mode = crate::config::TlsMode::On
        }
        None => {}
    }
    if let Some(listen) = args.tls_listen {
        tls.listen = listen;
    }
    if let Some(redirect) = args.tls_redirect {
        tls.redirect = redirect;
    }
    settings
}

/// Binds HTTPS and loads (or makes) its certificate, unless TLS is off.
async fn start_tls(
    settings: &crate::config::Settings,
    say: Banner,
) -> anyhow::Result<Option<server::tls::TlsEndpoint>> {
    if settings.tls.mode == crate::config::TlsMode::Off {
        return Ok(None);
    }
    let listener = TcpListener::bind(settings.tls.listen)
        .await
        .with_context(|| format!("cannot listen on {} for HTTPS", settings.tls.listen))?;
    let endpoint = server::tls::TlsEndpoint::new(settings, listener)?;
    if endpoint.cert.renewed {
        say.line(&format!(
            "quizbox made a self-signed certificate for {} ({})",
            endpoint.cert.names.join(", "),
            endpoint.cert.cert_path.display()
        ));
    }
    Ok(Some(endpoint))
}

/// Every player holds a socket, and the usual soft limit of 1024 open files
/// would cap a game near a thousand players: raise it to the hard limit.
fn raise_open_file_limit() {
    let before = rlimit::getrlimit(rlimit::Resource::NOFILE).map(|(soft, _)| soft);
    match (before, rlimit::increase_nofile_limit(u64::MAX)) {
        (Ok(before), Ok(now)) if now > before => {
            tracing::info!("open-file limit raised from {before} to {now}")
        }
        (_, Ok(now)) => tracing::info!("open-file limit is {now} (the hard limit)"),
        (_, Err(e)) => tracing::warn!("cannot raise the open-file limit: {e}"),
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down");
}
