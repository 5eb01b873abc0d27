//! `quizbox serve`: bind, print where to open it, run until Ctrl-C or SIGTERM.

use anyhow::Context;
use tokio::net::TcpListener;

use crate::cli::{GlobalArgs, ServeArgs};
use crate::config::Overrides;
use crate::server;

pub async fn run(global: &GlobalArgs, args: &ServeArgs) -> anyhow::Result<()> {
    let settings = super::settings(
        global,
        Overrides {
            listen: args.listen,
            public_url: args.public_url.clone(),
            max_players: args.max_players,
            ..Overrides::default()
        },
    )?;
    super::init_logging(&settings.log);
    raise_open_file_limit();
    std::fs::create_dir_all(&settings.data_dir).with_context(|| {
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
    let urls = server::advertised_urls(&settings, bound);
    tracing::info!(data = %settings.data_dir.display(), "quizbox {} listening on {bound}", env!("CARGO_PKG_VERSION"));
    eprintln!("\nquizbox is running.");
    for url in &urls {
        eprintln!("  players join at  {url}/");
    }
    if let Some(first) = urls.first() {
        eprintln!("  host a game at   {first}/host");
    }
    eprintln!("Press Ctrl-C to stop.\n");
    server::serve_prepared(state, listener, shutdown_signal()).await?;
    eprintln!("quizbox stopped.");
    Ok(())
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
