//! A client of a quizbox server: any HTTP/1 request (`request`), the REST
//! API's JSON calls (`http`), game connections over WebSocket (`socket`)
//! and the clock-offset handshake (`clock`). The terminal dashboard and the
//! tests use it, and the load generator can reuse it. It knows addresses and wire formats only: no screens, no retry
//! policy (callers decide when to reconnect).

pub mod clock;
pub mod http;
pub mod request;
pub mod socket;
pub mod tls;

pub use clock::{local_now_ms, ClockSync};
pub use http::{CreatedGame, NewGame, QuizListing};
pub use request::{exchange, Call, Reply};
pub use socket::{GameSocket, Incoming, RawIncoming, SocketOptions};

/// Everything that can go wrong talking to a server.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error("invalid server address {url:?}: {why}")]
    BadUrl { url: String, why: &'static str },
    #[error("cannot reach {addr}: {source}")]
    Connect {
        addr: String,
        source: std::io::Error,
    },
    #[error("{0} timed out")]
    Timeout(String),
    #[error("HTTP error: {0}")]
    Http(#[from] hyper::Error),
    #[error("{message} (HTTP {status})")]
    Status { status: u16, message: String },
    #[error("unexpected reply from the server: {0}")]
    Decode(String),
    #[error("WebSocket error: {0}")]
    WebSocket(#[from] tokio_tungstenite::tungstenite::Error),
    #[error("TLS: {0}")]
    Tls(String),
    #[error("cannot send that request: {0}")]
    Request(String),
}

/// Where a server is, and the token to present to it.
///
/// `http://` or `https://`; over HTTPS the server's certificate key must
/// match `pin` (see `tls`). The token travels as `Authorization: Bearer` on
/// every request and WebSocket handshake.
#[derive(Clone, PartialEq, Eq)]
pub struct Server {
    host: String,
    port: u16,
    token: Option<String>,
    https: bool,
    /// SHA-256 of the certificate key an HTTPS server must show.
    pin: Option<String>,
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Server")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .field("https", &self.https)
            .field("pin", &self.pin)
            .finish()
    }
}

impl Server {
    /// Parses `http://HOST[:PORT][/]`, `https://HOST[:PORT][/]`, `HOST:PORT`
    /// or `[V6]:PORT`.
    pub fn parse(url: &str, token: Option<String>) -> Result<Server, ClientError> {
        let bad = |why| ClientError::BadUrl {
            url: url.to_string(),
            why,
        };
        let trimmed = url.trim();
        let (https, rest) = if let Some(rest) = trimmed.strip_prefix("http://") {
            (false, rest)
        } else if let Some(rest) = trimmed.strip_prefix("https://") {
            (true, rest)
        } else if trimmed.contains("://") {
            return Err(bad("only http:// and https:// addresses are supported"));
        } else {
            (false, trimmed)
        };
        let authority = match rest.split_once('/') {
            Some((authority, "")) => authority,
            Some(_) => return Err(bad("a server address has no path")),
            None => rest,
        };
        let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
            let (host, tail) = v6.split_once(']').ok_or_else(|| bad("unclosed '['"))?;
            match tail.strip_prefix(':') {
                Some(port) => (host, Some(port)),
                None if tail.is_empty() => (host, None),
                None => return Err(bad("unexpected text after ']'")),
            }
        } else {
            match authority.rsplit_once(':') {
                Some((host, port)) => (host, Some(port)),
                None => (authority, None),
            }
        };
        if host.is_empty() {
            return Err(bad("no host name"));
        }
        let port = match port {
            Some(p) => p
                .parse::<u16>()
                .map_err(|_| bad("the port is not a number"))?,
            None if https => 443,
            None => 80,
        };
        Ok(Server {
            host: host.to_string(),
            port,
            token: token.filter(|t| !t.is_empty()),
            https,
            pin: None,
        })
    }

    /// A server reached at a socket address (the embedded server).
    pub fn at(addr: std::net::SocketAddr, token: Option<String>) -> Server {
        Server {
            host: addr.ip().to_string(),
            port: addr.port(),
            token,
            https: false,
            pin: None,
        }
    }

    /// The same server, accepted over HTTPS only with this certificate key.
    pub fn with_pin(mut self, fingerprint: &str) -> Server {
        self.pin = Some(fingerprint.to_string());
        self
    }

    pub fn is_https(&self) -> bool {
        self.https
    }

    pub fn pin(&self) -> Option<&str> {
        self.pin.as_deref()
    }

    pub fn host(&self) -> &str {
        &self.host
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// `host:port`, with brackets around an IPv6 address.
    pub fn authority(&self) -> String {
        if self.host.contains(':') {
            format!("[{}]:{}", self.host, self.port)
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }

    /// `http://host:port` (or `https://`), no trailing slash.
    pub fn base_url(&self) -> String {
        let scheme = if self.https { "https" } else { "http" };
        format!("{scheme}://{}", self.authority())
    }

    /// The WebSocket endpoint, `ws://host:port/ws` (or `wss://`).
    pub fn ws_url(&self) -> String {
        let scheme = if self.https { "wss" } else { "ws" };
        format!("{scheme}://{}/ws", self.authority())
    }

    /// Where a game's results (the report) can be fetched.
    pub fn results_url(&self, game_id: &str) -> String {
        format!("{}/api/games/{game_id}/results", self.base_url())
    }

    pub fn token(&self) -> Option<&str> {
        self.token.as_deref()
    }

    /// Whether the server is on this machine (localhost or a loopback address).
    pub fn is_loopback(&self) -> bool {
        self.host.eq_ignore_ascii_case("localhost")
            || self
                .host
                .parse::<std::net::IpAddr>()
                .is_ok_and(|ip| ip.is_loopback())
    }

    fn host_port(&self) -> (&str, u16) {
        (&self.host, self.port)
    }

    /// The first socket address the server's host name resolves to.
    pub async fn resolve(&self) -> Result<std::net::SocketAddr, ClientError> {
        let connect_error = |source| ClientError::Connect {
            addr: self.authority(),
            source,
        };
        tokio::net::lookup_host(self.host_port())
            .await
            .map_err(connect_error)?
            .next()
            .ok_or_else(|| {
                connect_error(std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    "the host name has no address",
                ))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_addresses_parse_in_their_usual_forms() {
        let s = Server::parse("http://127.0.0.1:8080/", None).unwrap();
        assert_eq!(s.base_url(), "http://127.0.0.1:8080");
        assert_eq!(s.ws_url(), "ws://127.0.0.1:8080/ws");
        assert_eq!(
            s.results_url("abc"),
            "http://127.0.0.1:8080/api/games/abc/results"
        );
        assert_eq!(
            Server::parse("quiz.local", None).unwrap().authority(),
            "quiz.local:80"
        );
        assert_eq!(
            Server::parse("[::1]:9000", None).unwrap().base_url(),
            "http://[::1]:9000"
        );
        let with_token = Server::parse("pi:8080", Some("s3cret".into())).unwrap();
        assert_eq!(with_token.token(), Some("s3cret"));
        assert!(!format!("{with_token:?}").contains("s3cret"));
        assert_eq!(
            Server::parse("pi:8080", Some(String::new()))
                .unwrap()
                .token(),
            None
        );
    }

    #[test]
    fn unsupported_server_addresses_are_refused_with_a_reason() {
        for (url, why) in [
            ("gopher://pi:70", "https://"),
            ("ftp://pi", "only http:// and https://"),
            ("http://pi:80/quiz", "no path"),
            ("http://pi:eighty", "not a number"),
            ("http://:8080", "no host"),
        ] {
            let err = Server::parse(url, None).unwrap_err().to_string();
            assert!(err.contains(why), "{url}: {err}");
        }
    }
}
