use super::*;

#[test]
fn players_go_round_robin_over_the_servers() {
    let order: Vec<usize> = (0..7).map(|i| server_of(i, 3)).collect();
    assert_eq!(order, vec![0, 1, 2, 0, 1, 2, 0]);
    assert_eq!(counts(30_000, 3), vec![10_000, 10_000, 10_000]);
    assert_eq!(counts(10, 3), vec![4, 3, 3]);
    assert_eq!(counts(2, 3), vec![1, 1, 0]);
    // One server takes everyone, as before.
    assert_eq!(counts(500, 1), vec![500]);
    assert!((0..500).all(|i| server_of(i, 1) == 0));
}

#[test]
fn each_server_reports_only_its_own_players() {
    let player = |id: Option<u32>, fanout: f64, dropped: bool| Outcome {
        player: id,
        fanout_ms: vec![fanout],
        ack_ms: vec![fanout / 10.0],
        dropped: dropped.then(|| "closed".to_string()),
        ..Outcome::default()
    };
    // Players 0 and 2 on the first server, 1 and 3 on the second.
    let outcomes = vec![
        player(Some(1), 10.0, false),
        player(Some(2), 200.0, true),
        player(None, 30.0, false),
        player(Some(4), 400.0, false),
    ];
    let urls = vec![
        "http://127.0.0.1:1".to_string(),
        "http://127.0.0.1:2".to_string(),
    ];
    let shares = shares(&urls, &outcomes);
    assert_eq!(shares.len(), 2);
    let (a, b) = (&shares[0], &shares[1]);
    assert!(a.host && !b.host);
    assert_eq!(
        (a.url.as_str(), a.players, a.joined),
        ("http://127.0.0.1:1", 2, 1)
    );
    assert_eq!((b.players, b.joined, b.dropped_connections), (2, 2, 1));
    assert_eq!(a.dropped_connections, 0);
    assert_eq!((a.fanout_ms.samples, a.fanout_ms.max), (2, 30.0));
    assert_eq!((b.fanout_ms.p50, b.fanout_ms.max), (200.0, 400.0));
    assert_eq!(b.ack_ms.max, 40.0);
}
