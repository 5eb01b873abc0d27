//! One game connection over WebSocket, in any role: open it with an opening
//! message (`host`, `join`, `resume`, `watch`), send client messages, and
//! receive server messages or the close code that ended it.

use std::net::{IpAddr, SocketAddr};

use futures_util::{SinkExt, StreamExt};
use tokio::net::{TcpSocket, TcpStream};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::handshake::client::Request;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;
use tokio_tungstenite::tungstenite::{Message, Utf8Bytes};
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use crate::protocol::{ClientMsg, ServerMsg};

use super::{ClientError, Server};

/// What the server sent next.
#[derive(Debug, Clone, PartialEq)]
pub enum Incoming {
    Msg(Box<ServerMsg>),
    /// A text frame that is not a server message this build understands.
    Unreadable(String),
    /// The connection ended: the close code when the server sent one
    /// (none when the transport just dropped), and why.
    Closed {
        code: Option<u16>,
        reason: String,
    },
}

/// How to open a connection when the defaults do not fit, as for a load
/// generator holding thousands of them.
#[derive(Debug, Clone, Copy)]
pub struct SocketOptions {
    /// Connect to this address instead of resolving the server's host.
    pub addr: SocketAddr,
    /// Local address to connect from (the kernel picks the port). Spreading
    /// clients over several 127.0.0.0/8 addresses lets one machine open more
    /// connections to a loopback server than one address has ephemeral ports.
    pub source: Option<IpAddr>,
    /// Capacity of the read buffer. tungstenite allocates 128 KiB per
    /// connection by default, far more than game messages need.
    pub read_buffer: usize,
}

/// A frame as it arrived: text, or the end of the connection.
#[derive(Debug, Clone, PartialEq)]
pub enum RawIncoming {
    Text(Utf8Bytes),
    Closed { code: Option<u16>, reason: String },
}

pub struct GameSocket {
    stream: WebSocketStream<MaybeTlsStream<TcpStream>>,
}

impl GameSocket {
    /// Connects to the server's `/ws` and sends `hello`, the opening message.
    pub async fn open(server: &Server, hello: &ClientMsg) -> Result<GameSocket, ClientError> {
        let request = request(server)?;
        // Over wss the server's key must match the pin (see `client::tls`).
        let connector = server.is_https().then(|| {
            tokio_tungstenite::Connector::Rustls(super::tls::client_config(
                server.pin(),
                Default::default(),
            ))
        });
        let (stream, _) =
            tokio_tungstenite::connect_async_tls_with_config(request, None, false, connector)
                .await?;
        let mut socket = GameSocket { stream };
        socket.send(hello).await?;
        Ok(socket)
    }

    /// Like `open`, from a chosen source address and with a small read buffer.
    pub async fn open_with(
        server: &Server,
        hello: &ClientMsg,
        options: SocketOptions,
    ) -> Result<GameSocket, ClientError> {
        let connect_error = |source| ClientError::Connect {
            addr: options.addr.to_string(),
            source,
        };
        let socket = match options.addr {
            SocketAddr::V4(_) => TcpSocket::new_v4(),
            SocketAddr::V6(_) => TcpSocket::new_v6(),
        }
        .map_err(connect_error)?;
        if let Some(ip) = options.source {
            // The port is chosen at connect: choosing it at bind is slow
            // with thousands of sockets on one source address.
            let _ = crate::os::bind_address_no_port(&socket);
            socket.bind((ip, 0).into()).map_err(connect_error)?;
        }
        let tcp = socket.connect(options.addr).await.map_err(connect_error)?;
        let _ = tcp.set_nodelay(true);
        let config = WebSocketConfig::default()
            .read_buffer_size(options.read_buffer)
            .write_buffer_size(0);
        let (stream, _) = tokio_tungstenite::client_async_with_config(
            request(server)?,
            MaybeTlsStream::Plain(tcp),
            Some(config),
        )
        .await?;
        let mut socket = GameSocket { stream };
        socket.send(hello).await?;
        Ok(socket)
    }

    pub async fn send(&mut self, msg: &ClientMsg) -> Result<(), ClientError> {
        let text = serde_json::to_string(msg).expect("client messages serialize");
        self.stream.send(Message::Text(text.into())).await?;
        Ok(())
    }

    /// The next message. Cancel-safe: usable as a `select!` branch.
    pub async fn recv(&mut self) -> Incoming {
        match self.recv_raw().await {
            RawIncoming::Text(text) => match serde_json::from_str::<ServerMsg>(&text) {
                Ok(msg) => Incoming::Msg(Box::new(msg)),
                Err(_) => Incoming::Unreadable(text.to_string()),
            },
            RawIncoming::Closed { code, reason } => Incoming::Closed { code, reason },
        }
    }

    /// The next text frame unparsed, for callers that read only a field or
    /// two of each message (the load generator). Cancel-safe.
    pub async fn recv_raw(&mut self) -> RawIncoming {
        loop {
            match self.stream.next().await {
                Some(Ok(Message::Text(text))) => return RawIncoming::Text(text),
                Some(Ok(Message::Close(frame))) => {
                    return RawIncoming::Closed {
                        code: frame.as_ref().map(|f| u16::from(f.code)),
                        reason: frame.map_or_else(String::new, |f| f.reason.to_string()),
                    };
                }
                Some(Ok(_)) => continue,
                Some(Err(e)) => {
                    return RawIncoming::Closed {
                        code: None,
                        reason: e.to_string(),
                    };
                }
                None => {
                    return RawIncoming::Closed {
                        code: None,
                        reason: "connection closed".into(),
                    };
                }
            }
        }
    }

    /// Closes politely; errors are irrelevant at this point.
    pub async fn close(&mut self) {
        let _ = self.stream.close(None).await;
    }
}

/// The upgrade request for the server's `/ws`, with its token if any.
fn request(server: &Server) -> Result<Request, ClientError> {
    let mut request = server.ws_url().into_client_request()?;
    if let Some(token) = server.token() {
        if let Ok(value) = HeaderValue::from_str(&format!("Bearer {token}")) {
            request.headers_mut().insert("authorization", value);
        }
    }
    Ok(request)
}
