//! One HTTP/1 request of any kind (`Call`) and its whole reply (`Reply`):
//! status, headers and the body as bytes, however the server framed it
//! (Content-Length, chunked, or until it closes). hyper does the framing;
//! this module adds a time limit and the headers every call needs. Each call
//! has a connection of its own and says `Connection: close`.
//!
//! `Server::request` connects (over TLS with the pinned key when the server
//! is `https://`); `exchange` runs a call over a stream the caller has
//! already connected, such as TLS with a configuration of its own. Neither
//! looks at the status: a 404 is a reply like any other.

use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::header::{self, HeaderMap, HeaderName, HeaderValue};
use hyper::Method;
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;

use super::{ClientError, Server};

/// How long one request may take unless its `Call` says otherwise,
/// connection included.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// A request to make: method, path (with its query), extra headers, an
/// optional body, and how long the whole exchange may take.
#[derive(Debug, Clone)]
pub struct Call {
    method: Method,
    path: String,
    headers: Vec<(String, String)>,
    body: Option<Bytes>,
    limit: Duration,
}

impl Call {
    /// `method path` with no body, limited to `REQUEST_TIMEOUT`.
    pub fn new(method: Method, path: impl Into<String>) -> Call {
        Call {
            method,
            path: path.into(),
            headers: Vec::new(),
            body: None,
            limit: REQUEST_TIMEOUT,
        }
    }

    /// Adds a request header. `Host` given here replaces the server's
    /// authority, `Authorization` the server's token.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Call {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Sends `body`, with its `Content-Length`.
    pub fn body(mut self, body: impl Into<Bytes>) -> Call {
        self.body = Some(body.into());
        self
    }

    /// Allows the whole exchange `limit` instead of `REQUEST_TIMEOUT`.
    pub fn within(mut self, limit: Duration) -> Call {
        self.limit = limit;
        self
    }

    pub fn method(&self) -> &Method {
        &self.method
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    pub fn limit(&self) -> Duration {
        self.limit
    }

    fn has_header(&self, name: &HeaderName) -> bool {
        self.headers
            .iter()
            .any(|(n, _)| n.eq_ignore_ascii_case(name.as_str()))
    }

    /// What a timeout error names.
    fn describe(&self) -> String {
        format!("{} {}", self.method, self.path)
    }

    fn into_request(self, authority: &str) -> Result<hyper::Request<Full<Bytes>>, ClientError> {
        let invalid = |e: &dyn std::fmt::Display| ClientError::Request(e.to_string());
        let mut request = hyper::Request::builder()
            .method(self.method.clone())
            .uri(self.path.as_str());
        if !self.has_header(&header::HOST) {
            request = request.header(header::HOST, authority);
        }
        request = request.header(header::CONNECTION, "close");
        for (name, value) in &self.headers {
            let name = HeaderName::from_bytes(name.as_bytes()).map_err(|e| invalid(&e))?;
            let value = HeaderValue::from_str(value).map_err(|e| invalid(&e))?;
            request = request.header(name, value);
        }
        request
            .body(Full::new(self.body.unwrap_or_default()))
            .map_err(|e| invalid(&e))
    }
}

/// A whole reply: status, headers and the body, de-framed.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Reply {
    /// A header's value as text (the first, if repeated; `None` when absent
    /// or not visible ASCII).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The body as text, invalid UTF-8 replaced.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

impl Server {
    /// Makes `call` to this server: connects, over HTTPS checks the pinned
    /// key, and sends the server's token as `Authorization: Bearer` unless
    /// the call has its own. The call's limit covers all of it.
    pub async fn request(&self, mut call: Call) -> Result<Reply, ClientError> {
        if let Some(token) = self.token() {
            if !call.has_header(&header::AUTHORIZATION) {
                call = call.header(header::AUTHORIZATION.as_str(), format!("Bearer {token}"));
            }
        }
        let (what, limit) = (call.describe(), call.limit);
        tokio::time::timeout(limit, async {
            let stream = TcpStream::connect(self.host_port())
                .await
                .map_err(|source| ClientError::Connect {
                    addr: self.authority(),
                    source,
                })?;
            if self.is_https() {
                let tls = super::tls::connect(stream, self.host(), self.pin()).await?;
                send(tls, &self.authority(), call).await
            } else {
                send(stream, &self.authority(), call).await
            }
        })
        .await
        .map_err(|_| ClientError::Timeout(what))?
    }
}

/// Makes `call` over `io`, a stream already connected (and, if need be,
/// encrypted) to the server at `authority` (`host:port`, sent as `Host`).
/// The call's limit covers the exchange.
pub async fn exchange<IO>(io: IO, authority: &str, call: Call) -> Result<Reply, ClientError>
where
    IO: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let (what, limit) = (call.describe(), call.limit);
    tokio::time::timeout(limit, send(io, authority, call))
        .await
        .map_err(|_| ClientError::Timeout(what))?
}

async fn send<IO>(io: IO, authority: &str, call: Call) -> Result<Reply, ClientError>
where
    IO: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let request = call.into_request(authority)?;
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(io)).await?;
    // The connection future drives the socket; dropping it (on return or
    // when the caller's time runs out) closes the connection.
    let driver = tokio::spawn(connection);
    let _abort = AbortOnDrop(&driver);
    let response = sender.send_request(request).await?;
    let status = response.status().as_u16();
    let (parts, body) = response.into_parts();
    let body = body.collect().await?.to_bytes();
    Ok(Reply {
        status,
        headers: parts.headers,
        body,
    })
}

/// Stops the task driving a connection when the call ends, however it ends.
struct AbortOnDrop<'a, T>(&'a tokio::task::JoinHandle<T>);

impl<T> Drop for AbortOnDrop<'_, T> {
    fn drop(&mut self) {
        self.0.abort();
    }
}

#[cfg(test)]
#[path = "request_tests.rs"]
mod tests;
