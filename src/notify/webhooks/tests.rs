//! Signing, the retry schedule, event lists and receiver URLs.

use super::*;

#[test]
fn the_signature_is_hmac_sha256_of_the_body() {
    // RFC 4231, test case 2.
    assert_eq!(
        sign("Jefe", b"what do ya want for nothing?"),
        "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    );
    assert_ne!(
        sign("Jefe", b"what do ya want for nothing!"),
        sign("Jefe", b"what do ya want for nothing?")
    );
}

#[test]
fn retries_wait_twice_as_long_each_time_up_to_the_cap() {
    let (first, max) = (Duration::from_secs(10), Duration::from_secs(60));
    let waits: Vec<u64> = (1..=6).map(|n| backoff(n, first, max).as_secs()).collect();
    assert_eq!(waits, vec![10, 20, 40, 60, 60, 60]);
    assert_eq!(backoff(200, first, max), max);
}

#[test]
fn event_lists_are_checked() {
    assert_eq!(parse_events("").unwrap(), Vec::<String>::new());
    assert_eq!(parse_events("*").unwrap(), Vec::<String>::new());
    assert_eq!(
        parse_events("game.finished, question.closed,game.finished").unwrap(),
        vec!["game.finished", "question.closed"]
    );
    let err = parse_events("game.over").unwrap_err().to_string();
    assert!(err.contains("\"game.over\""), "{err}");
}

#[test]
fn receivers_are_http_or_https_urls_with_a_host() {
    let r = send::Receiver::parse("https://hooks.example.org/q?x=1").unwrap();
    assert_eq!(
        r,
        send::Receiver::parse("https://hooks.example.org:443/q?x=1").unwrap()
    );
    assert!(check_url("http://127.0.0.1:9000").is_ok());
    assert!(check_url("http://[::1]:9000/hook").is_ok());
    for bad in [
        "ftp://example.org/",
        "example.org/hook",
        "http://user:pw@example.org/",
        "http:///x",
    ] {
        assert!(check_url(bad).is_err(), "{bad}");
    }
}

#[test]
fn secrets_are_long_and_differ() {
    let (a, b) = (new_secret(), new_secret());
    assert_eq!(a.len(), 64);
    assert_ne!(a, b);
}
