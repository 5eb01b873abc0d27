//! HTTPS beside plain HTTP, with rustls (ring provider). `auto` makes a
//! self-signed certificate with rcgen for this machine's names and
//! addresses, keeps it in `<data dir>/tls`, reuses it, and renews it (with
//! the same key) when the names or addresses change; `on` uses the
//! operator's certificate and key files. Plain HTTP can answer every
//! request with a redirect to HTTPS.
//!
//! Fingerprints are SHA-256 of the certificate's public key (SPKI), not of
//! the whole certificate: an automatic renewal keeps the key, so a client
//! that pinned the server on first use still recognises it afterwards.
//!
//! It must not touch the game: both listeners serve the same router.

use std::future::Future;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{header, StatusCode, Uri};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use sha2::{Digest, Sha256};
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;

use super::{serve_endpoints, AppState, ServeError};
use crate::config::{Settings, TlsMode};

#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {why}")]
    Pem { path: PathBuf, why: String },
    #[error("tls mode `on` needs both a certificate (--tls-cert) and a key (--tls-key)")]
    MissingFiles,
    #[error("cannot make a certificate: {0}")]
    Generate(String),
    #[error("the certificate and key do not work together: {0}")]
    Config(String),
}

/// The certificate the server presents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertInfo {
    /// SHA-256 of the public key, as colon-separated hex pairs.
    pub fingerprint: String,
    /// The names (DNS and IP) the certificate is valid for, when known.
    pub names: Vec<String>,
    /// The PEM file it came from.
    pub cert_path: PathBuf,
    /// Whether an automatic certificate was made or renewed just now.
    pub renewed: bool,
}

/// A TLS listener ready to serve: bound socket, acceptor, certificate.
pub struct TlsEndpoint {
    pub listener: TcpListener,
    pub acceptor: TlsAcceptor,
    pub cert: CertInfo,
}

impl TlsEndpoint {
    /// Loads or makes the certificate the settings ask for, for `listener`.
    pub fn new(settings: &Settings, listener: TcpListener) -> Result<TlsEndpoint, TlsError> {
        let (config, cert) = server_config(settings)?;
        Ok(TlsEndpoint {
            listener,
            acceptor: TlsAcceptor::from(config),
            cert,
        })
    }
}

/// SHA-256 of the public key in a certificate, `AB:CD:…`.
pub fn fingerprint(cert: &CertificateDer<'_>) -> Result<String, String> {
    let parsed = webpki::EndEntityCert::try_from(cert).map_err(|e| e.to_string())?;
    let spki = parsed.subject_public_key_info();
    Ok(colon_hex(&Sha256::digest(spki.as_ref())))
}

fn colon_hex(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":")
}

/// The names an automatic certificate covers: localhost, this machine's
/// host name (and `NAME.local` for mDNS), loopback and every LAN address.
pub fn machine_names() -> Vec<String> {
    let mut names = vec!["localhost".to_string()];
    let host = gethostname::gethostname()
        .to_string_lossy()
        .trim()
        .to_lowercase();
    let is_dns = |n: &str| {
        !n.is_empty()
            && n.len() <= 253
            && n.split('.').all(|l| {
                !l.is_empty()
                    && l.len() <= 63
                    && !l.starts_with('-')
                    && !l.ends_with('-')
                    && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            })
    };
    if is_dns(&host) && host != "localhost" && host.parse::<IpAddr>().is_err() {
        names.push(host.clone());
        if !host.contains('.') {
            names.push(format!("{host}.local"));
        }
    }
    names.push("127.0.0.1".into());
    names.push("::1".into());
    names.extend(super::lan_addresses().iter().map(IpAddr::to_string));
    names.dedup();
    names
}

/// The rustls server configuration for the settings' mode (not `off`).
pub fn server_config(
    settings: &Settings,
) -> Result<(Arc<rustls::ServerConfig>, CertInfo), TlsError> {
    let (chain, key, cert) = match settings.tls.mode {
        TlsMode::On | TlsMode::Off => {
            let (Some(cert_path), Some(key_path)) = (&settings.tls.cert, &settings.tls.key) else {
                return Err(TlsError::MissingFiles);
            };
            let (chain, key) = read_pem(cert_path, key_path)?;
            let fingerprint = fingerprint(&chain[0]).map_err(|why| TlsError::Pem {
                path: cert_path.clone(),
                why,
            })?;
            let info = CertInfo {
                fingerprint,
                names: Vec::new(),
                cert_path: cert_path.clone(),
                renewed: false,
            };
            (chain, key, info)
        }
        TlsMode::Auto => {
            let info = ensure_auto_cert(&settings.data_dir.join("tls"), &machine_names())?;
            let dir = settings.data_dir.join("tls");
            let (chain, key) = read_pem(&dir.join("cert.pem"), &dir.join("key.pem"))?;
            (chain, key, info)
        }
    };
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| TlsError::Config(e.to_string()))?
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .map_err(|e| TlsError::Config(e.to_string()))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok((Arc::new(config), cert))
}

fn read_pem(
    cert_path: &Path,
    key_path: &Path,
) -> Result<(Vec<CertificateDer<'static>>, PrivateKeyDer<'static>), TlsError> {
    let pem_error = |path: &Path| {
        let path = path.to_path_buf();
        move |e: rustls::pki_types::pem::Error| TlsError::Pem {
            path: path.clone(),
            why: e.to_string(),
        }
    };
    let cert_text = std::fs::read(cert_path).map_err(|source| TlsError::Read {
        path: cert_path.to_path_buf(),
        source,
    })?;
    let chain = CertificateDer::pem_slice_iter(&cert_text)
        .collect::<Result<Vec<_>, _>>()
        .map_err(pem_error(cert_path))?;
    if chain.is_empty() {
        return Err(TlsError::Pem {
            path: cert_path.to_path_buf(),
            why: "no certificate in the file".into(),
        });
    }
    let key_text = std::fs::read(key_path).map_err(|source| TlsError::Read {
        path: key_path.to_path_buf(),
        source,
    })?;
    let key = PrivateKeyDer::from_pem_slice(&key_text).map_err(pem_error(key_path))?;
    Ok((chain, key))
}

/// Makes sure `dir` holds a self-signed certificate for exactly `names`:
/// reuses it when the names are the same, otherwise signs a new one with the
/// same key (made on first use, mode 0600).
pub fn ensure_auto_cert(dir: &Path, names: &[String]) -> Result<CertInfo, TlsError> {
    let (cert_path, key_path, names_path) = (
        dir.join("cert.pem"),
        dir.join("key.pem"),
        dir.join("names.txt"),
    );
    let wanted = names.join("\n") + "\n";
    let key_pem = match std::fs::read_to_string(&key_path) {
        Ok(pem) => Some(pem),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(source) => {
            return Err(TlsError::Read {
                path: key_path,
                source,
            })
        }
    };
    let current = std::fs::read_to_string(&names_path).ok();
    if let (Some(_), Some(current), true) = (&key_pem, &current, cert_path.is_file()) {
        if *current == wanted {
            let text = std::fs::read(&cert_path).map_err(|source| TlsError::Read {
                path: cert_path.clone(),
                source,
            })?;
            let cert = CertificateDer::from_pem_slice(&text).map_err(|e| TlsError::Pem {
                path: cert_path.clone(),
                why: e.to_string(),
            })?;
            let fingerprint = fingerprint(&cert).map_err(|why| TlsError::Pem {
                path: cert_path.clone(),
                why,
            })?;
            return Ok(CertInfo {
                fingerprint,
                names: names.to_vec(),
                cert_path,
                renewed: false,
            });
        }
    }
    let generate = |e: rcgen::Error| TlsError::Generate(e.to_string());
    let key = match &key_pem {
        Some(pem) => rcgen::KeyPair::from_pem(pem).map_err(generate)?,
        None => {
            let key = rcgen::KeyPair::generate().map_err(generate)?;
            write_private(&key_path, &key.serialize_pem())?;
            key
        }
    };
    let mut params = rcgen::CertificateParams::new(names.to_vec()).map_err(generate)?;
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "quizbox (self-signed)");
    params
        .distinguished_name
        .push(rcgen::DnType::OrganizationName, "quizbox");
    params.extended_key_usages = vec![rcgen::ExtendedKeyUsagePurpose::ServerAuth];
    let cert = params.self_signed(&key).map_err(generate)?;
    write_file(&cert_path, &cert.pem())?;
    write_file(&names_path, &wanted)?;
    let fingerprint = fingerprint(cert.der()).map_err(TlsError::Generate)?;
    tracing::info!(file = %cert_path.display(), %fingerprint, "self-signed certificate made for {}", names.join(", "));
    Ok(CertInfo {
        fingerprint,
        names: names.to_vec(),
        cert_path,
        renewed: true,
    })
}

fn write_file(path: &Path, text: &str) -> Result<(), TlsError> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|source| TlsError::Write {
            path: dir.to_path_buf(),
            source,
        })?;
    }
    std::fs::write(path, text).map_err(|source| TlsError::Write {
        path: path.to_path_buf(),
        source,
    })
}

fn write_private(path: &Path, text: &str) -> Result<(), TlsError> {
    super::auth::write_secret(path, text.trim_end()).map_err(|source| TlsError::Write {
        path: path.to_path_buf(),
        source,
    })
}

/// Marks requests that came over TLS (the redirect lets them through).
#[derive(Debug, Clone, Copy)]
pub struct OverTls;

/// The pages where hosts sign in or set a password: `/host`, the
/// studio's, the reports', the assignments' and `/account/…` (mailed
/// links). An assignment's players' page (`/a/CODE`) is not one.
fn is_sign_in_page(path: &str) -> bool {
    ["/host", "/studio", "/reports", "/assignments", "/account"]
        .iter()
        .any(|page| {
            path.strip_prefix(page)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
        })
}

/// Middleware: with `tls.redirect`, a plain-HTTP request gets a permanent
/// redirect to the same path over HTTPS. Health checks stay on plain HTTP.
/// Whenever HTTPS is on, the pages where hosts sign in or set a password
/// (`/host`, the studio's and the reports', `/account/…` from a mailed
/// link, whose `#` part the browser keeps across the redirect) asked for
/// over plain HTTP from another machine are sent there too, so the browser
/// never sends a password in clear (the API would refuse it anyway).
pub async fn redirect_plain_http(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let tls = &state.settings.tls;
    let plain = request.extensions().get::<OverTls>().is_none();
    let health = matches!(request.uri().path(), "/healthz" | "/readyz" | "/metrics");
    let path = request.uri().path();
    let sign_in = is_sign_in_page(path) && {
        let how = super::logins::Transport {
            peer: request
                .extensions()
                .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
                .map(|c| c.0.ip()),
            over_tls: !plain,
        };
        !super::logins::password_may_travel(&state.settings.auth, tls, &how)
    };
    let redirect = plain && tls.mode != TlsMode::Off && (tls.redirect || sign_in);
    if !redirect || health {
        return next.run(request).await;
    }
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("localhost");
    match https_url(host, tls.listen.port(), request.uri()) {
        Some(location) => (
            StatusCode::PERMANENT_REDIRECT,
            [(header::LOCATION, location)],
        )
            .into_response(),
        None => (StatusCode::BAD_REQUEST, "bad Host header").into_response(),
    }
}

/// `https://HOST:PORT/path?query` for a request that came to `host`.
fn https_url(host: &str, port: u16, uri: &Uri) -> Option<String> {
    let name = match host.strip_prefix('[') {
        Some(rest) => format!("[{}]", rest.split_once(']')?.0),
        None => host.rsplit_once(':').map_or(host, |(n, _)| n).to_string(),
    };
    let valid = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']');
    if name.is_empty() || !name.chars().all(valid) {
        return None;
    }
    let path = uri.path_and_query().map_or("/", |p| p.as_str());
    Some(if port == 443 {
        format!("https://{name}{path}")
    } else {
        format!("https://{name}:{port}{path}")
    })
}

/// Runs the plain listener and, with `tls`, the HTTPS listener beside it,
/// until `shutdown`. The same router serves both; plain HTTP redirects when
/// the settings say so.
pub async fn serve_with_tls(
    mut state: AppState,
    plain: TcpListener,
    tls: Option<TlsEndpoint>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), ServeError> {
    let Some(tls) = tls else {
        return serve_endpoints(state, plain, None, shutdown).await;
    };
    // Redirects name the port actually bound.
    let mut settings = (*state.settings).clone();
    settings.tls.listen = tls.listener.local_addr()?;
    state.settings = Arc::new(settings);
    serve_endpoints(state, plain, Some((tls.listener, tls.acceptor)), shutdown).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redirects_keep_the_host_name_and_path() {
        let uri: Uri = "/join/123456?x=1".parse().unwrap();
        assert_eq!(
            https_url("192.0.2.5:8080", 8443, &uri).unwrap(),
            "https://192.0.2.5:8443/join/123456?x=1"
        );
        assert_eq!(
            https_url("[2001:db8::1]:8080", 443, &uri).unwrap(),
            "https://[2001:db8::1]/join/123456?x=1"
        );
        assert_eq!(
            https_url("quiz.lan", 8443, &"/".parse().unwrap()).unwrap(),
            "https://quiz.lan:8443/"
        );
        assert!(https_url("evil.com/x", 8443, &uri).is_none());
        assert!(https_url("", 8443, &uri).is_none());
    }

    #[test]
    fn sign_in_pages_are_the_hosts_not_the_players() {
        for page in [
            "/host",
            "/studio",
            "/studio/edit/q",
            "/reports",
            "/reports/g-1",
            "/account/reset",
            "/account/invite",
            "/assignments",
        ] {
            assert!(is_sign_in_page(page), "{page}");
        }
        for page in [
            "/",
            "/join/123456",
            "/screen/123456",
            "/a/hw7k2p",
            "/reportsx",
            "/studios",
            "/assets/reports.js",
        ] {
            assert!(!is_sign_in_page(page), "{page}");
        }
    }

    #[test]
    fn automatic_certificates_are_reused_and_renewed_with_the_same_key() {
        let dir = tempfile::tempdir().unwrap();
        let tls = dir.path().join("tls");
        let names = vec!["localhost".to_string(), "127.0.0.1".to_string()];
        let first = ensure_auto_cert(&tls, &names).unwrap();
        assert!(first.renewed);
        let cert = std::fs::read(tls.join("cert.pem")).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(tls.join("key.pem"))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }

        let again = ensure_auto_cert(&tls, &names).unwrap();
        assert!(!again.renewed, "same names: reused");
        assert_eq!(std::fs::read(tls.join("cert.pem")).unwrap(), cert);

        // A new address: a new certificate, with the same key.
        let moved = vec![names[0].clone(), names[1].clone(), "192.0.2.44".into()];
        let renewed = ensure_auto_cert(&tls, &moved).unwrap();
        assert!(renewed.renewed);
        assert_ne!(std::fs::read(tls.join("cert.pem")).unwrap(), cert);
        assert_eq!(renewed.fingerprint, first.fingerprint, "the key is kept");
        assert_eq!(renewed.fingerprint.len(), 32 * 3 - 1);
    }

    #[test]
    fn machine_names_cover_localhost_and_loopback() {
        let names = machine_names();
        for name in ["localhost", "127.0.0.1", "::1"] {
            assert!(names.iter().any(|n| n == name), "{names:?}");
        }
    }
}
