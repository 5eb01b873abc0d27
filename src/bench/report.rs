//! What a bench run measured: the JSON summary (`--json`) and its text form.

use serde::Serialize;

use super::spread::ServerShare;

/// Latency distribution, in milliseconds.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Percentiles {
    pub samples: usize,
    pub p50: f64,
    pub p90: f64,
    pub p99: f64,
    pub max: f64,
    pub mean: f64,
}

impl Percentiles {
    /// Nearest-rank percentiles of `samples`.
    pub fn of(mut samples: Vec<f64>) -> Percentiles {
        if samples.is_empty() {
            return Percentiles::default();
        }
        samples.sort_by(f64::total_cmp);
        let rank = |p: f64| {
            let i = ((p / 100.0) * samples.len() as f64).ceil() as usize;
            round2(samples[i.clamp(1, samples.len()) - 1])
        };
        Percentiles {
            samples: samples.len(),
            p50: rank(50.0),
            p90: rank(90.0),
            p99: rank(99.0),
            max: round2(*samples.last().expect("not empty")),
            mean: round2(samples.iter().sum::<f64>() / samples.len() as f64),
        }
    }
}

/// The server process, when the bench started it (read from /proc).
#[derive(Debug, Clone, Serialize)]
pub struct ServerProcess {
    pub pid: u32,
    /// From spawning the process to its first HTTP answer.
    pub start_ms: f64,
    /// Resident memory with the game created and nobody connected.
    pub idle_rss_bytes: u64,
    /// Resident memory once every player had joined (lobby).
    pub joined_rss_bytes: u64,
    /// Highest resident memory sampled while the players were connected and
    /// the questions ran (before the podium, where the results are saved).
    pub connected_rss_bytes: u64,
    /// Peak resident memory over the whole run (VmHWM), results saving included.
    pub peak_rss_bytes: u64,
    /// (connected − idle) / players.
    pub rss_per_player_bytes: u64,
    /// CPU time (user + system) from the first join to the end of the game.
    pub cpu_secs: f64,
    /// Of which while players were joining.
    pub join_cpu_secs: f64,
    /// Of which from the host's start to the end of the game.
    pub game_cpu_secs: f64,
    /// `cpu_secs` / (players × questions), in microseconds.
    pub cpu_us_per_player_question: f64,
}

/// The load generator: this process and its load processes, if any.
#[derive(Debug, Clone, Serialize)]
pub struct BenchProcess {
    /// CPU time (user + system) of all of them, summed.
    pub cpu_secs: f64,
    /// The sum of each one's peak resident memory (VmHWM).
    pub peak_rss_bytes: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The server the game was created on (the only one, unless several
    /// were given).
    pub server: String,
    /// With several servers, each one's share of the players; empty (and
    /// left out of the JSON) with one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub servers: Vec<ServerShare>,
    pub players: usize,
    pub questions: usize,
    /// Load processes the players ran in: 1 is this process; more are
    /// child processes, each with its share, while this one ran the host.
    pub processes: usize,
    pub joined: usize,
    pub join_failures: usize,
    /// First connection attempt to last `welcome`.
    pub join_secs: f64,
    pub joins_per_sec: f64,
    /// Server send time of each question's `answering` message to its
    /// receipt by a player (one sample per player and question).
    pub fanout_ms: Percentiles,
    /// Answer sent to `answer_ack` received.
    pub ack_ms: Percentiles,
    pub answers_sent: u64,
    pub answers_acked: u64,
    /// Answers the server refused (for example after the deadline).
    pub answers_refused: u64,
    /// Acknowledged answers missing from the game's saved results.
    pub lost_answers: u64,
    /// Player connections that ended before the game did (the host's included).
    pub dropped_connections: u64,
    /// Start to end of the game as the host saw it.
    pub game_secs: f64,
    pub server_process: Option<ServerProcess>,
    pub bench_process: Option<BenchProcess>,
    /// Why some connections dropped, a few examples.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub drop_reasons: Vec<String>,
}

impl Report {
    /// Whether the run kept every connection and every acknowledged answer.
    pub fn is_clean(&self) -> bool {
        self.lost_answers == 0 && self.dropped_connections == 0 && self.join_failures == 0
    }

    pub fn render_text(&self) -> String {
        let mut s = String::new();
        let line = |s: &mut String, text: String| {
            s.push_str(&text);
            s.push('\n');
        };
        if self.servers.is_empty() {
            line(
                &mut s,
                format!(
                    "quizbox bench: {} players, {} questions against {}",
                    self.players, self.questions, self.server
                ),
            );
        } else {
            line(
                &mut s,
                format!(
                    "quizbox bench: {} players, {} questions against {} servers",
                    self.players,
                    self.questions,
                    self.servers.len()
                ),
            );
            for share in &self.servers {
                line(
                    &mut s,
                    format!(
                        "  {}{} {} players, {} joined, {} dropped; fan-out p50 {:.1} ms p99 {:.1} ms; ack p99 {:.1} ms",
                        share.url,
                        if share.host { " (host)" } else { "" },
                        share.players,
                        share.joined,
                        share.dropped_connections,
                        share.fanout_ms.p50,
                        share.fanout_ms.p99,
                        share.ack_ms.p99
                    ),
                );
            }
        }
        line(
            &mut s,
            format!(
                "  joined        {} of {} in {:.2} s ({:.0} joins/s){}",
                self.joined,
                self.players,
                self.join_secs,
                self.joins_per_sec,
                if self.join_failures > 0 {
                    format!(", {} failed", self.join_failures)
                } else {
                    String::new()
                }
            ),
        );
        let pct = |p: &Percentiles| {
            format!(
                "p50 {:.1} ms  p90 {:.1} ms  p99 {:.1} ms  max {:.1} ms  ({} samples)",
                p.p50, p.p90, p.p99, p.max, p.samples
            )
        };
        line(&mut s, format!("  fan-out       {}", pct(&self.fanout_ms)));
        line(&mut s, format!("  answer ack    {}", pct(&self.ack_ms)));
        line(
            &mut s,
            format!(
                "  answers       {} sent, {} acknowledged, {} refused, {} lost",
                self.answers_sent, self.answers_acked, self.answers_refused, self.lost_answers
            ),
        );
        line(
            &mut s,
            format!("  dropped       {} connections", self.dropped_connections),
        );
        for reason in &self.drop_reasons {
            line(&mut s, format!("                e.g. {reason}"));
        }
        line(&mut s, format!("  game          {:.1} s", self.game_secs));
        if let Some(p) = &self.server_process {
            line(
                &mut s,
                format!(
                    "  server        started in {:.0} ms; CPU {:.2} s ({:.2} s joining, {:.2} s playing) = {:.1} µs per player-question",
                    p.start_ms, p.cpu_secs, p.join_cpu_secs, p.game_cpu_secs, p.cpu_us_per_player_question
                ),
            );
            line(
                &mut s,
                format!(
                    "                RSS idle {}, joined {}, connected {}, peak {}; {:.2} KiB per player",
                    mib(p.idle_rss_bytes),
                    mib(p.joined_rss_bytes),
                    mib(p.connected_rss_bytes),
                    mib(p.peak_rss_bytes),
                    p.rss_per_player_bytes as f64 / 1024.0
                ),
            );
        }
        let processes = match self.processes {
            1 => "1 process".to_string(),
            n => format!("this process and {n} with the players"),
        };
        match &self.bench_process {
            Some(b) => line(
                &mut s,
                format!(
                    "  load generator CPU {:.2} s, peak RSS {} ({processes})",
                    b.cpu_secs,
                    mib(b.peak_rss_bytes)
                ),
            ),
            None => line(&mut s, format!("  load generator {processes}")),
        }
        s
    }
}

fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_use_the_nearest_rank() {
        let p = Percentiles::of((1..=100).map(f64::from).rev().collect());
        assert_eq!(
            (p.samples, p.p50, p.p90, p.p99, p.max),
            (100, 50.0, 90.0, 99.0, 100.0)
        );
        assert_eq!(p.mean, 50.5);
        let one = Percentiles::of(vec![7.25]);
        assert_eq!((one.p50, one.p99, one.max), (7.25, 7.25, 7.25));
        assert_eq!(Percentiles::of(Vec::new()).samples, 0);
    }

    fn report(servers: Vec<ServerShare>) -> Report {
        Report {
            server: "http://127.0.0.1:1".into(),
            servers,
            players: 3,
            questions: 1,
            processes: 1,
            joined: 3,
            join_failures: 0,
            join_secs: 0.1,
            joins_per_sec: 30.0,
            fanout_ms: Percentiles::of(vec![1.0, 2.0, 3.0]),
            ack_ms: Percentiles::of(vec![1.0, 2.0, 3.0]),
            answers_sent: 3,
            answers_acked: 3,
            answers_refused: 0,
            lost_answers: 0,
            dropped_connections: 0,
            game_secs: 5.0,
            server_process: None,
            bench_process: None,
            drop_reasons: Vec::new(),
        }
    }

    #[test]
    fn several_servers_are_each_named_with_their_share() {
        let one = report(Vec::new()).render_text();
        assert!(
            one.starts_with("quizbox bench: 3 players, 1 questions against http://127.0.0.1:1\n")
        );
        let json = serde_json::to_value(report(Vec::new())).unwrap();
        assert!(
            json.get("servers").is_none(),
            "one server keeps the old JSON"
        );

        let share = |url: &str, host: bool, players: usize, fanout: f64| ServerShare {
            url: url.into(),
            host,
            players,
            joined: players,
            dropped_connections: 0,
            fanout_ms: Percentiles::of(vec![fanout]),
            ack_ms: Percentiles::of(vec![fanout / 2.0]),
        };
        let spread = report(vec![
            share("http://127.0.0.1:1", true, 2, 10.0),
            share("http://127.0.0.1:2", false, 1, 30.0),
        ]);
        let text = spread.render_text();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[0],
            "quizbox bench: 3 players, 1 questions against 2 servers"
        );
        assert!(lines[1].starts_with("  http://127.0.0.1:1 (host) 2 players, 2 joined, 0 dropped; fan-out p50 10.0 ms p99 10.0 ms"), "{text}");
        assert!(
            lines[2].starts_with(
                "  http://127.0.0.1:2 1 players, 1 joined, 0 dropped; fan-out p50 30.0 ms"
            ),
            "{text}"
        );
        assert_eq!(
            serde_json::to_value(&spread).unwrap()["servers"][1]["players"],
            1
        );
    }

    #[test]
    fn the_report_says_how_many_processes_ran_the_players() {
        let mut one = report(Vec::new());
        one.bench_process = Some(BenchProcess {
            cpu_secs: 1.5,
            peak_rss_bytes: 64 * 1024 * 1024,
        });
        assert!(
            one.render_text()
                .contains("  load generator CPU 1.50 s, peak RSS 64.0 MiB (1 process)\n"),
            "{}",
            one.render_text()
        );
        let mut three = report(Vec::new());
        three.processes = 3;
        assert!(three
            .render_text()
            .contains("  load generator this process and 3 with the players\n"));
        assert_eq!(serde_json::to_value(&three).unwrap()["processes"], 3);
    }
}
