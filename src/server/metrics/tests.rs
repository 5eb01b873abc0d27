//! The registry's arithmetic and the text it renders.

use super::*;

#[test]
fn a_histogram_sorts_each_observation_into_its_bucket_and_renders_cumulatively() {
    let metrics = Metrics::default();
    for ms in [0.5, 1.0, 3.0, 3.0, 40.0, 9_000.0] {
        metrics
            .ack_latency
            .observe(Duration::from_secs_f64(ms / 1000.0));
    }
    assert_eq!(metrics.ack_latency.count(), 6);
    let text = metrics.render(0, true);
    let line = |prefix: &str| {
        text.lines()
            .find(|l| l.starts_with(prefix))
            .unwrap_or_else(|| panic!("no {prefix} in\n{text}"))
            .rsplit_once(' ')
            .unwrap()
            .1
            .to_string()
    };
    // 1 ms is in the bucket whose bound it is (le means "at most").
    assert_eq!(line("quizbox_answer_ack_seconds_bucket{le=\"0.001\"}"), "2");
    assert_eq!(
        line("quizbox_answer_ack_seconds_bucket{le=\"0.0025\"}"),
        "2"
    );
    assert_eq!(line("quizbox_answer_ack_seconds_bucket{le=\"0.005\"}"), "4");
    assert_eq!(line("quizbox_answer_ack_seconds_bucket{le=\"0.05\"}"), "5");
    assert_eq!(line("quizbox_answer_ack_seconds_bucket{le=\"5\"}"), "5");
    assert_eq!(line("quizbox_answer_ack_seconds_bucket{le=\"+Inf\"}"), "6");
    assert_eq!(line("quizbox_answer_ack_seconds_count"), "6");
    assert_eq!(line("quizbox_answer_ack_seconds_sum"), "9.0475");
}

#[test]
fn requests_are_counted_by_route_and_status_and_gauges_by_role() {
    let metrics = Metrics::default();
    metrics.http_request("/join/{pin}", 200);
    metrics.http_request("/join/{pin}", 200);
    metrics.http_request("/join/{pin}", 404);
    metrics.http_request(http::UNMATCHED, 404);
    metrics.connected(Role::Player).inc();
    metrics.connected(Role::Player).inc();
    metrics.connected(Role::Screen).inc();
    metrics.connected(Role::Player).dec();
    let text = metrics.render(3, false);
    for expected in [
        "quizbox_http_requests_total{route=\"/join/{pin}\",status=\"200\"} 2",
        "quizbox_http_requests_total{route=\"/join/{pin}\",status=\"404\"} 1",
        "quizbox_http_requests_total{route=\"unmatched\",status=\"404\"} 1",
        "quizbox_connections{role=\"player\"} 1",
        "quizbox_connections{role=\"host\"} 0",
        "quizbox_connections{role=\"screen\"} 1",
        "quizbox_live_games 3",
        "quizbox_storage_writable 0",
        "# TYPE quizbox_live_write_seconds histogram",
        "quizbox_live_write_seconds_count{kind=\"append\"} 0",
    ] {
        assert!(text.lines().any(|l| l == expected), "{expected} in\n{text}");
    }
    // One HELP and one TYPE per metric family, whatever its samples.
    let types: Vec<&str> = text.lines().filter(|l| l.starts_with("# TYPE ")).collect();
    let mut names: Vec<&str> = types.iter().map(|l| l.split(' ').nth(2).unwrap()).collect();
    names.sort();
    let all = names.len();
    names.dedup();
    assert_eq!(names.len(), all, "{types:?}");
}

#[cfg(target_os = "linux")]
#[test]
fn process_metrics_come_from_proc() {
    let text = Metrics::default().render(0, true);
    let value = |name: &str| -> f64 {
        let line = text
            .lines()
            .find(|l| l.starts_with(&format!("{name} ")))
            .unwrap_or_else(|| panic!("no {name} in\n{text}"));
        line.rsplit_once(' ').unwrap().1.parse().unwrap()
    };
    assert!(value("process_resident_memory_bytes") > 1_000_000.0);
    assert!(value("process_open_fds") >= 3.0);
    assert!(value("process_max_fds") >= value("process_open_fds"));
    assert!(value("process_threads") >= 1.0);
    assert!(value("process_cpu_seconds_total") >= 0.0);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs_f64();
    let started = value("process_start_time_seconds");
    assert!(
        started <= now + 1.0 && started > now - 86_400.0,
        "{started} {now}"
    );
}
