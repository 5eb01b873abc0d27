//! `Call` against small scripted servers: each reply framing, the headers
//! sent, and the time limit against a server that never answers.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::sync::oneshot;

use super::*;

/// Reads one request (head and Content-Length body) and returns it as text.
async fn read_request<S: AsyncRead + Unpin>(stream: &mut S) -> String {
    let mut raw = Vec::new();
    let mut buf = [0u8; 1024];
    let head_end = loop {
        if let Some(at) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            break at + 4;
        }
        let n = stream.read(&mut buf).await.unwrap();
        assert!(n > 0, "the client closed mid-request");
        raw.extend_from_slice(&buf[..n]);
    };
    let head = String::from_utf8_lossy(&raw[..head_end]).to_ascii_lowercase();
    let length: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .map_or(0, |v| v.trim().parse().unwrap());
    while raw.len() < head_end + length {
        let n = stream.read(&mut buf).await.unwrap();
        assert!(n > 0, "the client closed mid-body");
        raw.extend_from_slice(&buf[..n]);
    }
    String::from_utf8(raw).unwrap()
}

/// Writes `response` to whoever connects first and hands back the request
/// it read. With `close`, the server then closes; without, it keeps the
/// connection open until the client goes.
async fn scripted(response: &'static [u8], close: bool) -> (SocketAddr, oneshot::Receiver<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (seen, request) = oneshot::channel();
    tokio::spawn(async move {
        let (mut stream, _) = listener.accept().await.unwrap();
        let _ = seen.send(read_request(&mut stream).await);
        answer(&mut stream, response, close).await;
    });
    (addr, request)
}

async fn answer<S: AsyncRead + AsyncWrite + Unpin>(stream: &mut S, response: &[u8], close: bool) {
    stream.write_all(response).await.unwrap();
    if close {
        stream.shutdown().await.unwrap();
    } else {
        // Hold the connection until the client drops it.
        let mut rest = Vec::new();
        let _ = stream.read_to_end(&mut rest).await;
    }
}

#[tokio::test]
async fn a_chunked_reply_is_put_back_together_and_the_request_carries_its_headers() {
    let (addr, request) = scripted(
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-Kind: chunked\r\n\r\n\
          5\r\nhello\r\n7\r\n, world\r\n0\r\n\r\n",
        false,
    )
    .await;
    let server = Server::at(addr, Some("s3cret".into()));
    let call = Call::new(Method::POST, "/api/things?x=1")
        .header("X-Trace", "abc")
        .body("payload");
    let reply = server.request(call).await.unwrap();
    assert_eq!(reply.status, 200);
    assert_eq!(reply.body, "hello, world");
    assert_eq!(reply.header("x-kind"), Some("chunked"));

    let request = request.await.unwrap();
    assert!(
        request.starts_with("POST /api/things?x=1 HTTP/1.1\r\n"),
        "{request}"
    );
    let lower = request.to_ascii_lowercase();
    for line in [
        format!("host: {addr}\r\n"),
        "authorization: bearer s3cret\r\n".into(),
        "connection: close\r\n".into(),
        "x-trace: abc\r\n".into(),
        "content-length: 7\r\n".into(),
    ] {
        assert!(lower.contains(&line), "{line:?} missing from {request}");
    }
    assert!(request.ends_with("\r\n\r\npayload"), "{request}");
}

#[tokio::test]
async fn a_content_length_reply_ends_at_its_length_while_the_server_keeps_the_connection() {
    let (addr, _request) = scripted(
        b"HTTP/1.1 201 Created\r\nContent-Length: 4\r\nETag: \"v1\"\r\n\r\nabcd",
        false,
    )
    .await;
    let call = Call::new(Method::GET, "/thing").within(Duration::from_secs(5));
    let reply = Server::at(addr, None).request(call).await.unwrap();
    assert_eq!(reply.status, 201);
    assert_eq!(reply.text(), "abcd");
    assert_eq!(reply.header("etag"), Some("\"v1\""));
}

#[tokio::test]
async fn a_reply_without_a_length_runs_until_the_server_closes() {
    let (addr, _request) = scripted(b"HTTP/1.1 404 Not Found\r\n\r\nno such page", true).await;
    let reply = Server::at(addr, None)
        .request(Call::new(Method::GET, "/missing"))
        .await
        .unwrap();
    assert_eq!((reply.status, reply.text().as_str()), (404, "no such page"));
}

#[tokio::test]
async fn a_silent_server_is_a_timeout_within_the_calls_limit() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let silent = tokio::spawn(async move {
        let (mut stream, _) = listener.accept().await.unwrap();
        let mut all = Vec::new();
        let _ = stream.read_to_end(&mut all).await;
    });
    let started = Instant::now();
    let call = Call::new(Method::GET, "/slow").within(Duration::from_millis(300));
    let err = Server::at(addr, None).request(call).await.unwrap_err();
    let took = started.elapsed();
    assert!(
        matches!(&err, ClientError::Timeout(what) if what == "GET /slow"),
        "{err}"
    );
    assert!(took >= Duration::from_millis(300), "{took:?}");
    assert!(took < Duration::from_secs(3), "{took:?}");
    // Giving up closed the connection: the listener sees its end.
    tokio::time::timeout(Duration::from_secs(5), silent)
        .await
        .expect("the connection was closed")
        .unwrap();
}

#[tokio::test]
async fn an_exchange_over_a_given_stream_sends_the_callers_host_and_authorization() {
    let (client, mut server) = tokio::io::duplex(4096);
    let served = tokio::spawn(async move {
        let request = read_request(&mut server).await;
        answer(
            &mut server,
            b"HTTP/1.1 204 No Content\r\nX-Seen: yes\r\n\r\n",
            false,
        )
        .await;
        request
    });
    let call = Call::new(Method::DELETE, "/api/quizzes/q1")
        .header("Host", "quiz.lan:8080")
        .header("Authorization", "Bearer mine");
    let reply = exchange(client, "ignored:1", call).await.unwrap();
    assert_eq!((reply.status, reply.body.len()), (204, 0));
    assert_eq!(reply.header("x-seen"), Some("yes"));
    let request = served.await.unwrap().to_ascii_lowercase();
    assert!(request.starts_with("delete /api/quizzes/q1 "), "{request}");
    assert!(request.contains("host: quiz.lan:8080\r\n"), "{request}");
    assert!(!request.contains("ignored"), "{request}");
    assert_eq!(request.matches("authorization:").count(), 1, "{request}");
    assert!(
        request.contains("authorization: bearer mine\r\n"),
        "{request}"
    );
}

#[tokio::test]
async fn a_server_token_gives_way_to_the_calls_own_authorization() {
    let (addr, request) = scripted(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", true).await;
    let call = Call::new(Method::GET, "/api/me").header("authorization", "Bearer other");
    let reply = Server::at(addr, Some("s3cret".into()))
        .request(call)
        .await
        .unwrap();
    assert_eq!(reply.status, 200);
    let request = request.await.unwrap().to_ascii_lowercase();
    assert!(
        request.contains("authorization: bearer other\r\n"),
        "{request}"
    );
    assert!(!request.contains("s3cret"), "{request}");
}

#[tokio::test]
async fn no_listener_is_a_connect_error_and_a_bad_header_is_refused_before_sending() {
    let addr = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let err = Server::at(addr, None)
        .request(Call::new(Method::GET, "/"))
        .await
        .unwrap_err();
    assert!(matches!(err, ClientError::Connect { .. }), "{err}");

    let (client, _server) = tokio::io::duplex(64);
    let call = Call::new(Method::GET, "/").header("X-Bad", "line\r\nbreak");
    let err = exchange(client, "pi:80", call).await.unwrap_err();
    assert!(matches!(err, ClientError::Request(_)), "{err}");
}
