//! Accepting and serving connections, plain and TLS, with the limits that
//! keep slow, idle and numerous clients from using up the server: a TLS
//! handshake, a request's headers and its body must arrive in time (an
//! idle kept-alive connection is closed after the header time), one address may
//! hold only so many connections that are not game sockets, and the
//! server as a whole stops accepting while it nears its open-file limit,
//! so the database and live files always have descriptors left.
//!
//! Game sockets are counted in the total (each holds a descriptor) but not
//! per address: a class behind one NAT address plays from one address.
//! Connections that are not game sockets may use at most half the total,
//! so a crowd of idle or slow HTTP clients leaves room for players.
//!
//! It must not look inside requests: routing is the router's.

use std::collections::HashMap;
use std::future::Future;
use std::io;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::extract::ConnectInfo;
use axum::Router;
use hyper::body::Incoming;
use hyper::service::Service as _;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio_rustls::TlsAcceptor;

use super::limits::client_key;
use super::tls::OverTls;
use crate::config::LimitSettings;

/// Kernel send buffer per plain connection (Linux doubles it for bookkeeping).
const SOCKET_SEND_BUFFER: usize = 32 * 1024;
/// Fewest connections the derived total allows, however low the file limit.
const MIN_CONNECTIONS: usize = 16;

/// Open connections, counted for the caps.
pub struct Slots {
    total: AtomicUsize,
    max_total: usize,
    /// Connections that have not become game sockets.
    http: AtomicUsize,
    max_http: usize,
    per_address: Mutex<HashMap<IpAddr, usize>>,
    max_per_address: usize,
    drained: tokio::sync::Notify,
}

/// A connection's place in the total; travels with its socket, into the
/// game socket it may become.
pub struct Slot(Arc<Slots>);

/// A connection's place among HTTP connections and its address's; given
/// back when it closes or becomes a game socket.
pub struct HttpSlot(Arc<Slots>, IpAddr);

/// Why a connection was turned away.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Full {
    Address,
    Server,
}

impl Slots {
    /// Caps from the settings; a `max_connections` of 0 is derived from
    /// the open-file limit minus `reserved_files`.
    pub fn new(settings: &LimitSettings) -> Slots {
        let max_total = match settings.max_connections {
            0 => {
                let files = rlimit::getrlimit(rlimit::Resource::NOFILE)
                    .map_or(1024, |(soft, _)| soft.min(usize::MAX as u64) as usize);
                files
                    .saturating_sub(settings.reserved_files as usize)
                    .max(MIN_CONNECTIONS)
            }
            n => n as usize,
        };
        let per_address = match settings.connections_per_address {
            0 => usize::MAX,
            n => n as usize,
        };
        Slots {
            total: AtomicUsize::new(0),
            max_total,
            http: AtomicUsize::new(0),
            max_http: (max_total / 2).max(1),
            per_address: Mutex::new(HashMap::new()),
            max_per_address: per_address,
            drained: tokio::sync::Notify::new(),
        }
    }

    pub fn max_total(&self) -> usize {
        self.max_total
    }

    /// Takes a place for a new connection from `ip`, if there is one.
    pub fn admit(self: &Arc<Self>, ip: IpAddr) -> Result<(Slot, HttpSlot), Full> {
        let key = client_key(ip);
        if !take(&self.total, self.max_total) {
            return Err(Full::Server);
        }
        let slot = Slot(Arc::clone(self));
        if !take(&self.http, self.max_http) {
            return Err(Full::Server);
        }
        let mut per_address = self.per_address.lock().expect("connections lock");
        let count = per_address.entry(key).or_insert(0);
        if *count >= self.max_per_address {
            self.http.fetch_sub(1, Ordering::SeqCst);
            return Err(Full::Address);
        }
        *count += 1;
        Ok((slot, HttpSlot(Arc::clone(self), key)))
    }

    /// Open HTTP connections (not game sockets).
    pub fn http_open(&self) -> usize {
        self.http.load(Ordering::SeqCst)
    }

    /// Waits until no HTTP connection is open.
    pub async fn http_drained(&self) {
        loop {
            let notified = self.drained.notified();
            if self.http_open() == 0 {
                return;
            }
            notified.await;
        }
    }
}

/// Adds one to `count` unless it is at `max`.
fn take(count: &AtomicUsize, max: usize) -> bool {
    count
        .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| {
            (n < max).then_some(n + 1)
        })
        .is_ok()
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.total.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Drop for HttpSlot {
    fn drop(&mut self) {
        let slots = &self.0;
        {
            let mut per_address = slots.per_address.lock().expect("connections lock");
            if let Some(count) = per_address.get_mut(&self.1) {
                *count -= 1;
                if *count == 0 {
                    per_address.remove(&self.1);
                }
            }
        }
        slots.http.fetch_sub(1, Ordering::SeqCst);
        slots.drained.notify_waiters();
    }
}

/// A socket with its place in the total, given back when the socket is
/// dropped (after the request, or after the game socket it became).
struct Counted<T> {
    io: T,
    _slot: Slot,
}

impl<T: AsyncRead + Unpin> AsyncRead for Counted<T> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.io).poll_read(cx, buf)
    }
}

impl<T: AsyncWrite + Unpin> AsyncWrite for Counted<T> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.io).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.io).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.io).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.io).poll_shutdown(cx)
    }
}

/// How connections are served: the timeouts, the caps and the router.
#[derive(Clone)]
pub struct Serving {
    pub app: Router,
    pub slots: Arc<Slots>,
    pub header_timeout: Duration,
    pub handshake_timeout: Duration,
    pub body_timeout: Duration,
    pub stop: watch::Receiver<bool>,
}

impl Serving {
    pub fn new(
        app: Router,
        slots: Arc<Slots>,
        settings: &LimitSettings,
    ) -> (Self, watch::Sender<bool>) {
        let (stop_tx, stop) = watch::channel(false);
        let serving = Serving {
            app,
            slots,
            header_timeout: Duration::from_secs(u64::from(settings.header_timeout_secs.max(1))),
            handshake_timeout: Duration::from_secs(u64::from(settings.tls_handshake_secs.max(1))),
            body_timeout: Duration::from_secs(u64::from(settings.body_timeout_secs.max(1))),
            stop,
        };
        (serving, stop_tx)
    }
}

/// Accepts connections on `listener` (TLS ones when `tls` is given) until
/// told to stop, then waits for open HTTP connections to finish.
pub async fn accept(listener: TcpListener, tls: Option<TlsAcceptor>, serving: Serving) {
    let mut stop = serving.stop.clone();
    let mut trouble = Trouble::default();
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = stop.wait_for(|s| *s) => break,
        };
        let (stream, peer) = match accepted {
            Ok(accepted) => accepted,
            Err(e) => {
                // Out of descriptors, or a connection reset before it was
                // taken: wait a moment rather than spin.
                trouble.note(format!("cannot accept a connection: {e}"));
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        let (slot, http) = match serving.slots.admit(peer.ip()) {
            Ok(slots) => slots,
            Err(full) => {
                let why = match full {
                    Full::Address => "too many open from its address",
                    Full::Server => "too many open in all",
                };
                trouble.note(format!("connection from {peer} refused: {why}"));
                refuse(stream, tls.is_none());
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let serving = serving.clone();
        match &tls {
            None => {
                // A small, fixed send buffer per socket: a phone that stops
                // reading backs up into its own bounded queue within a few
                // messages (and is then resynchronised) instead of parking
                // megabytes in the kernel.
                let _ = socket2::SockRef::from(&stream).set_send_buffer_size(SOCKET_SEND_BUFFER);
                let io = Counted {
                    io: stream,
                    _slot: slot,
                };
                tokio::spawn(serve_one(io, peer, false, http, serving));
            }
            Some(acceptor) => {
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    let handshake = acceptor.accept(stream);
                    match tokio::time::timeout(serving.handshake_timeout, handshake).await {
                        Ok(Ok(stream)) => {
                            let io = Counted {
                                io: stream,
                                _slot: slot,
                            };
                            serve_one(io, peer, true, http, serving).await;
                        }
                        Ok(Err(e)) => tracing::debug!(%peer, "tls handshake failed: {e}"),
                        Err(_) => tracing::debug!(%peer, "tls handshake timed out"),
                    }
                });
            }
        }
    }
    drop(listener);
    serving.slots.http_drained().await;
}

/// Refusals and accept errors, logged at most every few seconds: a flood
/// must not fill the disk with its log.
#[derive(Default)]
struct Trouble {
    logged_at: Option<std::time::Instant>,
    since: u64,
}

impl Trouble {
    const EVERY: Duration = Duration::from_secs(10);

    fn note(&mut self, what: String) {
        self.since += 1;
        if self.logged_at.is_none_or(|at| at.elapsed() >= Self::EVERY) {
            tracing::warn!(times = self.since, "{what}");
            self.logged_at = Some(std::time::Instant::now());
            self.since = 0;
        }
    }
}

/// Tells a plain-HTTP client it was turned away, if its socket takes the
/// few bytes at once; a TLS client just sees the connection close.
fn refuse(stream: TcpStream, plain: bool) {
    if plain {
        let _ = stream.try_write(
            b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 5\r\nContent-Length: 0\r\n\
              Connection: close\r\n\r\n",
        );
    }
}

/// Serves one connection's requests until it closes, times out or becomes
/// a game socket (which then goes on by itself).
async fn serve_one<T>(
    io: Counted<T>,
    peer: SocketAddr,
    over_tls: bool,
    http: HttpSlot,
    serving: Serving,
) where
    T: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let app = TowerToHyperService::new(serving.app);
    let body_timeout = serving.body_timeout;
    let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
        request.extensions_mut().insert(ConnectInfo(peer));
        if over_tls {
            request.extensions_mut().insert(OverTls);
        }
        app.call(request.map(|body| Deadline::new(body, body_timeout)))
    });
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(serving.header_timeout);
    let connection = builder
        .serve_connection(TokioIo::new(io), service)
        .with_upgrades();
    tokio::pin!(connection);
    let mut stop = serving.stop;
    let mut stopping = false;
    loop {
        tokio::select! {
            result = connection.as_mut() => {
                if let Err(e) = result {
                    tracing::debug!(%peer, "connection ended: {e}");
                }
                break;
            }
            _ = stop.wait_for(|s| *s), if !stopping => {
                stopping = true;
                connection.as_mut().graceful_shutdown();
            }
        }
    }
    drop(http);
}

/// A request body that must arrive in full before its deadline; one that
/// comes too slowly ends in an error (the handler answers 400 and the
/// connection closes).
struct Deadline {
    body: Incoming,
    /// None for a body that is already complete (most requests have none).
    expires: Option<Pin<Box<tokio::time::Sleep>>>,
}

impl Deadline {
    fn new(body: Incoming, within: Duration) -> Deadline {
        let expires = (!hyper::body::Body::is_end_stream(&body))
            .then(|| Box::pin(tokio::time::sleep(within)));
        Deadline { body, expires }
    }
}

impl hyper::body::Body for Deadline {
    type Data = hyper::body::Bytes;
    type Error = Box<dyn std::error::Error + Send + Sync>;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<hyper::body::Frame<Self::Data>, Self::Error>>> {
        if let Poll::Ready(frame) = Pin::new(&mut self.body).poll_frame(cx) {
            return Poll::Ready(frame.map(|f| f.map_err(Into::into)));
        }
        match self.expires.as_mut().map(|sleep| sleep.as_mut().poll(cx)) {
            Some(Poll::Ready(())) => {
                Poll::Ready(Some(Err("the request body came too slowly".into())))
            }
            _ => Poll::Pending,
        }
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> hyper::body::SizeHint {
        self.body.size_hint()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slots(total: u32, per_address: u32) -> Arc<Slots> {
        Arc::new(Slots::new(&LimitSettings {
            max_connections: total,
            connections_per_address: per_address,
            ..LimitSettings::default()
        }))
    }

    #[test]
    fn each_address_has_its_share_and_http_half_the_total() {
        let slots = slots(8, 3);
        let a = IpAddr::from([192, 0, 2, 1]);
        let b = IpAddr::from([192, 0, 2, 2]);
        let mut held: Vec<_> = (0..3).map(|_| slots.admit(a).unwrap()).collect();
        assert_eq!(slots.admit(a).err(), Some(Full::Address));
        held.push(slots.admit(b).unwrap());
        // Four HTTP connections are half of eight: no fifth, from anyone.
        assert_eq!(
            slots.admit(IpAddr::from([192, 0, 2, 3])).err(),
            Some(Full::Server)
        );
        // Two become game sockets: they keep their place in the total only.
        let games: Vec<Slot> = held.drain(..2).map(|(slot, _http)| slot).collect();
        assert_eq!(slots.http_open(), 2);
        held.extend((0..2).map(|_| slots.admit(a).unwrap()));
        // Six of eight open: HTTP is full again, and the total nearly.
        assert_eq!(slots.admit(b).err(), Some(Full::Server));
        drop(held);
        drop(games);
        assert_eq!(slots.http_open(), 0);
        assert_eq!(slots.total.load(Ordering::SeqCst), 0);
        assert!(slots.per_address.lock().unwrap().is_empty());
    }

    #[test]
    fn the_total_leaves_the_reserve_of_the_file_limit() {
        let slots = Slots::new(&LimitSettings {
            max_connections: 0,
            reserved_files: 100,
            ..LimitSettings::default()
        });
        let (soft, _) = rlimit::getrlimit(rlimit::Resource::NOFILE).unwrap();
        assert_eq!(
            slots.max_total(),
            (soft as usize - 100).max(MIN_CONNECTIONS)
        );
    }
}
