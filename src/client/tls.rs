//! HTTPS and WSS to a quizbox server with a pinned certificate key: trust on
//! first use, then refuse any other key. The pin is the SHA-256 of the
//! server certificate's public key (see `server::tls::fingerprint`), so a
//! server whose automatic certificate was renewed with the same key is still
//! recognised. Pins are kept in `known_servers.toml` in the data directory.
//!
//! Handshake signatures are still checked against the presented key, so a
//! server must hold the private key of the fingerprint it shows.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{verify_tls12_signature, verify_tls13_signature, CryptoProvider};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;
use tokio_rustls::TlsConnector;

use super::ClientError;

/// Checks the server's key against a pin; with no pin, accepts any key and
/// notes which one it saw (the first-use probe).
#[derive(Debug)]
struct PinnedKey {
    expected: Option<String>,
    seen: Arc<Mutex<Option<String>>>,
    provider: Arc<CryptoProvider>,
}

impl ServerCertVerifier for PinnedKey {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let fingerprint =
            crate::server::tls::fingerprint(end_entity).map_err(rustls::Error::General)?;
        *self.seen.lock().expect("fingerprint lock") = Some(fingerprint.clone());
        match &self.expected {
            Some(pin) if !pin.eq_ignore_ascii_case(&fingerprint) => Err(rustls::Error::General(
                format!("the server's certificate key changed: it is now SHA-256 {fingerprint}, pinned {pin}"),
            )),
            _ => Ok(ServerCertVerified::assertion()),
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// A client configuration that accepts only the key `pin` (or, with no
/// pin, any key, recording it in `seen`).
pub fn client_config(
    pin: Option<&str>,
    seen: Arc<Mutex<Option<String>>>,
) -> Arc<rustls::ClientConfig> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let verifier = PinnedKey {
        expected: pin.map(str::to_string),
        seen,
        provider: Arc::clone(&provider),
    };
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("ring supports the default protocol versions")
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Arc::new(config)
}

/// Wraps a connected stream in TLS, checking the key against `pin`.
pub async fn connect(
    stream: TcpStream,
    host: &str,
    pin: Option<&str>,
) -> Result<TlsStream<TcpStream>, ClientError> {
    let name = ServerName::try_from(host.to_string())
        .map_err(|e| ClientError::Tls(format!("{host}: {e}")))?;
    TlsConnector::from(client_config(pin, Arc::default()))
        .connect(name, stream)
        .await
        .map_err(|e| ClientError::Tls(e.to_string()))
}

/// Connects once and returns the fingerprint of the key the server shows.
pub async fn probe(host: &str, port: u16) -> Result<String, ClientError> {
    let stream = TcpStream::connect((host, port))
        .await
        .map_err(|source| ClientError::Connect {
            addr: format!("{host}:{port}"),
            source,
        })?;
    let seen = Arc::new(Mutex::new(None));
    let name = ServerName::try_from(host.to_string())
        .map_err(|e| ClientError::Tls(format!("{host}: {e}")))?;
    TlsConnector::from(client_config(None, Arc::clone(&seen)))
        .connect(name, stream)
        .await
        .map_err(|e| ClientError::Tls(e.to_string()))?;
    let fingerprint = seen.lock().expect("fingerprint lock").take();
    fingerprint.ok_or_else(|| ClientError::Tls("the server showed no certificate".into()))
}

/// What `pin_on_first_use` decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PinOutcome {
    /// The key matched the one given or pinned before.
    Known,
    /// First contact: the user trusted the key and it is now pinned.
    PinnedNow,
}

/// Connects once to an HTTPS server and settles which key to accept: the
/// fingerprint given (`--tls-fingerprint`), else the one pinned in `known`,
/// else (first use) the one the server shows if `trust` accepts it, which
/// is then pinned. A key different from the given or pinned one is refused.
pub async fn pin_on_first_use(
    server: super::Server,
    given: Option<&str>,
    known: &mut KnownServers,
    trust: impl FnOnce(&str) -> bool,
) -> Result<(super::Server, PinOutcome), ClientError> {
    let seen = probe(server.host(), server.port()).await?;
    let authority = server.authority();
    let changed = |expected: &str, source: String| {
        ClientError::Tls(format!(
            "the server at {authority} shows a different certificate key than {source}:\n  \
             expected  SHA-256 {expected}\n  shown     SHA-256 {seen}\n\
             Someone may be impersonating it. If the server was reinstalled, {}",
            if given.is_some() {
                "give its new fingerprint.".to_string()
            } else {
                format!("remove its line from {}.", known.path.display())
            }
        ))
    };
    if let Some(expected) = given {
        if !expected.trim().eq_ignore_ascii_case(&seen) {
            return Err(changed(expected.trim(), "the fingerprint given".into()));
        }
        return Ok((server.with_pin(&seen), PinOutcome::Known));
    }
    if let Some(pinned) = known.get(&authority) {
        if !pinned.eq_ignore_ascii_case(&seen) {
            return Err(changed(pinned, "the one pinned on first use".into()));
        }
        return Ok((server.with_pin(&seen), PinOutcome::Known));
    }
    if !trust(&seen) {
        return Err(ClientError::Tls(format!(
            "the certificate key of {authority} was not trusted; nothing was pinned"
        )));
    }
    known.pin(&authority, &seen).map_err(ClientError::Tls)?;
    Ok((server.with_pin(&seen), PinOutcome::PinnedNow))
}

/// Pinned keys by `host:port`, kept in a small TOML file.
#[derive(Debug, Default)]
pub struct KnownServers {
    path: PathBuf,
    pins: BTreeMap<String, String>,
}

impl KnownServers {
    /// `<data dir>/known_servers.toml`.
    pub fn file(data_dir: &Path) -> PathBuf {
        data_dir.join("known_servers.toml")
    }

    /// Reads the file; a missing file is an empty list.
    pub fn load(path: &Path) -> Result<KnownServers, String> {
        let pins = match std::fs::read_to_string(path) {
            Ok(text) => toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => BTreeMap::new(),
            Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
        };
        Ok(KnownServers {
            path: path.to_path_buf(),
            pins,
        })
    }

    pub fn get(&self, authority: &str) -> Option<&str> {
        self.pins.get(authority).map(String::as_str)
    }

    /// Pins `fingerprint` for `authority` and writes the file.
    pub fn pin(&mut self, authority: &str, fingerprint: &str) -> Result<(), String> {
        self.pins
            .insert(authority.to_string(), fingerprint.to_string());
        let text = toml::to_string(&self.pins).map_err(|e| e.to_string())?;
        let text = format!(
            "# Certificate keys (SHA-256) of quizbox servers, pinned on first use.\n\
             # Remove a line to trust that server's new key.\n{text}"
        );
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        }
        std::fs::write(&self.path, text)
            .map_err(|e| format!("cannot write {}: {e}", self.path.display()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_are_kept_per_server() {
        let dir = tempfile::tempdir().unwrap();
        let path = KnownServers::file(dir.path());
        let mut known = KnownServers::load(&path).unwrap();
        assert_eq!(known.get("pi:8443"), None);
        known.pin("pi:8443", "AB:CD").unwrap();
        known.pin("[::1]:8443", "EF:01").unwrap();
        let again = KnownServers::load(&path).unwrap();
        assert_eq!(again.get("pi:8443"), Some("AB:CD"));
        assert_eq!(again.get("[::1]:8443"), Some("EF:01"));
    }
}
