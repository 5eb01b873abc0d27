//! `quizbox serve`: bind, print where to open it, run until Ctrl-C or SIGTERM.
//! Under systemd (`Type=notify`) it says when it is ready and when it
//! stops, and keeps the watchdog fed.

use std::sync::Arc;

use std::io::{IsTerminal, Write};

use anyhow::Context;
use tokio::net::TcpListener;

use crate::cli::{GlobalArgs, ServeArgs};
use crate::config::{LogFormat, Overrides};
use crate::server;
use crate::server::notify::Notifier;

pub async fn run(global: &GlobalArgs, args: &ServeArgs, notifier: Notifier) -> anyhow::Result<()> {
    let notifier = Arc::new(notifier);
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
    let signals = shutdown_signal()?;
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
    if !args.no_qr && settings.log_format == LogFormat::Text && std::io::stdout().is_terminal() {
        print_join_qr(&urls);
    }
    say.line("Press Ctrl-C to stop.\n");
    // The listeners are bound and the stores open: connections made from
    // now on are served.
    let join = urls.first().map_or(bound.to_string(), |u| format!("{u}/"));
    notifier.tell(&format!("READY=1\nSTATUS=players join at {join}"));
    notifier.spawn_watchdog();
    let stopping = Arc::clone(&notifier);
    let shutdown = async move {
        signals.await;
        stopping.tell("STOPPING=1\nSTATUS=saving games and closing connections");
    };
    server::tls::serve_with_tls(state, listener, tls, shutdown).await?;
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

/// A QR code of the join address under the banner, for phones to scan
/// straight off the operator's terminal. A LAN address rather than
/// localhost, which no phone can reach.
fn print_join_qr(urls: &[String]) {
    let Some(url) = urls
        .iter()
        .find(|u| !u.contains("://localhost"))
        .or(urls.first())
    else {
        return;
    };
    let url = format!("{url}/");
    let Some(lines) = crate::qr::matrix(&url).map(|m| crate::qr::lines(&m)) else {
        return;
    };
    let width = lines.first().map_or(0, |l| l.chars().count());
    let mut text = String::new();
    match crossterm::terminal::size() {
        // Wrapped lines would not scan.
        Ok((columns, _)) if columns > 0 && usize::from(columns) < width + 2 => {
            text.push_str(&format!(
                "  (the QR code of {url} needs {} columns; this terminal has {columns})\n",
                width + 2
            ));
        }
        _ => {
            text.push_str(&format!("  scan to join     {url}\n"));
            let color = crate::color::allowed_on(true);
            text.push_str(&banner_qr(&lines, color));
        }
    }
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}

/// The code's lines indented under the banner. With colour, light modules
/// are bright white on black whatever the terminal's own colours, so the
/// code is dark-on-light on a light terminal too; without, the terminal's
/// usual light-on-dark does it.
fn banner_qr(lines: &[String], color: bool) -> String {
    let (start, end) = if color {
        ("\x1b[97;40m", "\x1b[0m")
    } else {
        ("", "")
    };
    lines
        .iter()
        .map(|line| format!("  {start}{line}{end}\n"))
        .collect()
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

/// Waits for Ctrl-C or SIGTERM. Both are listened for from the moment
/// this is called, before the banner says "Press Ctrl-C to stop.", so a
/// signal sent as soon as it shows is not lost.
fn shutdown_signal() -> anyhow::Result<impl std::future::Future<Output = ()>> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut interrupt = signal(SignalKind::interrupt()).context("cannot listen for Ctrl-C")?;
        let mut terminate = signal(SignalKind::terminate()).context("cannot listen for SIGTERM")?;
        Ok(async move {
            tokio::select! {
                _ = interrupt.recv() => {},
                _ = terminate.recv() => {},
            }
            tracing::info!("shutting down");
        })
    }
    #[cfg(not(unix))]
    {
        Ok(async {
            let _ = tokio::signal::ctrl_c().await;
            tracing::info!("shutting down");
        })
    }
}

#[cfg(test)]
mod tests {
    use super::banner_qr;

    #[test]
    fn the_banner_qr_is_coloured_only_when_asked() {
        let m = crate::qr::matrix("http://192.168.1.20:8080/").unwrap();
        let lines = crate::qr::lines(&m);
        let plain = banner_qr(&lines, false);
        assert!(!plain.contains('\x1b'));
        assert_eq!(plain.lines().count(), lines.len());
        for (shown, line) in plain.lines().zip(&lines) {
            assert_eq!(shown, format!("  {line}"));
        }
        let colored = banner_qr(&lines, true);
        assert_eq!(colored.matches("\x1b[97;40m").count(), lines.len());
        assert_eq!(colored.matches("\x1b[0m").count(), lines.len());
    }
}
