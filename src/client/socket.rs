//! One game connection over WebSocket, in any role: open it with an opening
//! message (`host`, `join`, `resume`, `watch`), send client messages, and
//! receive server messages or the close code that ended it.

use futures_util::{SinkExt, StreamExt};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::Message;
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

pub struct GameSocket {
    stream: WebSocketStream<MaybeTlsStream<TcpStream>>,
}

impl GameSocket {
    /// Connects to the server's `/ws` and sends `hello`, the opening message.
    pub async fn open(server: &Server, hello: &ClientMsg) -> Result<GameSocket, ClientError> {
        let mut request = server.ws_url().into_client_request()?;
        if let Some(token) = server.token() {
            if let Ok(value) = HeaderValue::from_str(&format!("Bearer {token}")) {
                request.headers_mut().insert("authorization", value);
            }
        }
        let (stream, _) = tokio_tungstenite::connect_async(request).await?;
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
        loop {
            match self.stream.next().await {
                Some(Ok(Message::Text(text))) => {
                    return match serde_json::from_str::<ServerMsg>(&text) {
                        Ok(msg) => Incoming::Msg(Box::new(msg)),
                        Err(_) => Incoming::Unreadable(text.to_string()),
                    };
                }
                Some(Ok(Message::Close(frame))) => {
                    return Incoming::Closed {
                        code: frame.as_ref().map(|f| u16::from(f.code)),
                        reason: frame.map_or_else(String::new, |f| f.reason.to_string()),
                    };
                }
                Some(Ok(_)) => continue,
                Some(Err(e)) => {
                    return Incoming::Closed {
                        code: None,
                        reason: e.to_string(),
                    };
                }
                None => {
                    return Incoming::Closed {
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
