//! One POST to a webhook receiver, over HTTP or HTTPS, within a time limit.
//! HTTPS receivers are checked against the public CAs built in
//! (webpki-roots; a static binary has no system store to rely on) and the
//! CAs of `webhooks.ca_file`. Each POST has a connection of its own
//! (`client::exchange` does the HTTP).

use std::sync::Arc;
use std::time::Duration;

use hyper::Method;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName};
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;

use super::WebhookError;
use crate::client::{exchange, Call, Reply};
use crate::config::WebhookSettings;

/// Where a webhook's POSTs go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receiver {
    https: bool,
    host: String,
    port: u16,
    /// Path and query, at least `/`.
    path: String,
}

impl Receiver {
    pub fn parse(url: &str) -> Result<Receiver, WebhookError> {
        let bad = |why: &str| WebhookError::BadUrl {
            url: url.to_string(),
            why: why.to_string(),
        };
        let uri: hyper::Uri = url.trim().parse().map_err(|e| bad(&format!("{e}")))?;
        let https = match uri.scheme_str() {
            Some("http") => false,
            Some("https") => true,
            _ => return Err(bad("it must start with http:// or https://")),
        };
        let authority = uri.authority().ok_or_else(|| bad("it names no host"))?;
        if authority.as_str().contains('@') {
            return Err(bad("user names and passwords in the URL are not sent"));
        }
        let host = authority
            .host()
            .trim_start_matches('[')
            .trim_end_matches(']');
        if host.is_empty() {
            return Err(bad("it names no host"));
        }
        let port = authority.port_u16().unwrap_or(if https { 443 } else { 80 });
        let path = uri
            .path_and_query()
            .map_or("/".to_string(), |p| p.as_str().to_string());
        Ok(Receiver {
            https,
            host: host.to_string(),
            port,
            path: if path.is_empty() { "/".into() } else { path },
        })
    }

    /// `host:port` as the `Host` header says it.
    fn authority(&self) -> String {
        if self.host.contains(':') {
            format!("[{}]:{}", self.host, self.port)
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }
}

/// Makes POSTs to receivers: the TLS configuration and the time limit.
#[derive(Clone)]
pub struct Sender {
    tls: TlsConnector,
    timeout: Duration,
}

impl Sender {
    pub fn new(settings: &WebhookSettings) -> Result<Sender, WebhookError> {
        let mut roots =
            rustls::RootCertStore::from_iter(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        if let Some(path) = &settings.ca_file {
            let failed = |why: String| WebhookError::CaFile {
                path: path.display().to_string(),
                why,
            };
            let text = std::fs::read(path).map_err(|e| failed(e.to_string()))?;
            let mut added = 0;
            for cert in CertificateDer::pem_slice_iter(&text) {
                let cert = cert.map_err(|e| failed(e.to_string()))?;
                roots.add(cert).map_err(|e| failed(e.to_string()))?;
                added += 1;
            }
            if added == 0 {
                return Err(failed("it holds no PEM certificate".into()));
            }
        }
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| WebhookError::CaFile {
                path: String::new(),
                why: e.to_string(),
            })?
            .with_root_certificates(roots)
            .with_no_client_auth();
        Ok(Sender {
            tls: TlsConnector::from(Arc::new(config)),
            timeout: Duration::from_secs(u64::from(settings.timeout_secs)),
        })
    }

    /// POSTs `body` with `headers` to `url`. `Err` says why no answer came
    /// (bad URL, connection, TLS, time out); any answer is `Ok`.
    pub async fn post(
        &self,
        url: &str,
        headers: &[(&str, String)],
        body: String,
    ) -> Result<Reply, String> {
        let to = Receiver::parse(url).map_err(|e| e.to_string())?;
        let mut call = Call::new(Method::POST, to.path.clone())
            .header("Content-Type", "application/json")
            .header("User-Agent", concat!("quizbox/", env!("CARGO_PKG_VERSION")))
            .body(body)
            .within(self.timeout);
        for (name, value) in headers {
            call = call.header(*name, value.clone());
        }
        let authority = to.authority();
        let attempt = async {
            let tcp = TcpStream::connect((to.host.as_str(), to.port))
                .await
                .map_err(|e| format!("cannot connect to {authority}: {e}"))?;
            if to.https {
                let name = ServerName::try_from(to.host.clone())
                    .map_err(|e| format!("{}: {e}", to.host))?;
                let tls = self
                    .tls
                    .connect(name, tcp)
                    .await
                    .map_err(|e| format!("TLS with {authority}: {e}"))?;
                exchange(tls, &authority, call).await
            } else {
                exchange(tcp, &authority, call).await
            }
            .map_err(|e| e.to_string())
        };
        tokio::time::timeout(self.timeout, attempt)
            .await
            .map_err(|_| format!("no answer within {} s", self.timeout.as_secs()))?
    }
}
