//! `quizbox healthcheck`: asks a running server's `/healthz` and `/readyz`
//! and says in one line whether it is healthy (exit 0) or why not (exit 1),
//! for scripts and container health checks.
//!
//! Over https:// the certificate is not checked: the question is whether
//! the server answers, and nothing secret is sent. (Its key is still
//! checked to sign the handshake; see `client::tls`.)

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::time::Duration;

use anyhow::bail;
use hyper::Method;

use crate::cli::{GlobalArgs, HealthcheckArgs};
use crate::client::{Call, ClientError, Server};
use crate::config::Overrides;

pub async fn run(global: &GlobalArgs, args: &HealthcheckArgs) -> anyhow::Result<()> {
    let url = match &args.url {
        Some(url) => url.clone(),
        None => {
            // Exit 1 here too, not the usual 3 of a settings error: a
            // container runtime reads any other code as something else.
            let settings = super::settings(global, Overrides::default()).map_err(|e| {
                anyhow::anyhow!("unhealthy: cannot tell where the server is: {e:#}")
            })?;
            format!("http://{}", local_address(settings.listen))
        }
    };
    let server = Server::parse(&url, None)?;
    let limit = Duration::from_secs(args.timeout.max(1));
    let base = server.base_url();
    for path in ["/healthz", "/readyz"] {
        let call = Call::new(Method::GET, path).within(limit);
        let reply = match server.request(call).await {
            Ok(reply) => reply,
            Err(ClientError::Timeout(_)) => {
                bail!(
                    "unhealthy: {base}{path} did not answer within {} s",
                    limit.as_secs()
                )
            }
            Err(e) => bail!("unhealthy: {base}{path}: {e}"),
        };
        if reply.status != 200 {
            let why = reply.text();
            let why = why.lines().next().unwrap_or("").trim();
            bail!("unhealthy: {base}{path} answered {}: {why}", reply.status);
        }
    }
    println!("healthy: {base} is up and ready");
    Ok(())
}

/// Where a server listening on `listen` is reached from this machine: a
/// wildcard address becomes loopback.
pub fn local_address(listen: SocketAddr) -> SocketAddr {
    let ip = match listen.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    SocketAddr::new(ip, listen.port())
}
