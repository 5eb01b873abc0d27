//! The standard `process_*` metrics, read from /proc/self at scrape time
//! (Linux; elsewhere they are left out). Nothing is kept between scrapes.

use super::exposition::Text;

/// Clock ticks per second in /proc/<pid>/stat: Linux reports those fields
/// in USER_HZ, which is 100 on every architecture it supports.
const TICKS_PER_SEC: f64 = 100.0;

pub(super) fn render(out: &mut Text) {
    if let Some(stat) = Stat::read() {
        out.header(
            "process_cpu_seconds_total",
            "counter",
            "User and system CPU time spent, in seconds.",
        );
        out.sample("process_cpu_seconds_total", &[], stat.cpu_secs);
        if let Some(start) = stat.start_time {
            out.gauge(
                "process_start_time_seconds",
                "When the process started, in seconds since the Unix epoch.",
                start,
            );
        }
    }
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |key: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(key))
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|n| n.parse::<u64>().ok())
    };
    if let Some(kib) = field("VmRSS:") {
        out.gauge(
            "process_resident_memory_bytes",
            "Resident memory size in bytes.",
            (kib * 1024) as f64,
        );
    }
    if let Some(kib) = field("VmSize:") {
        out.gauge(
            "process_virtual_memory_bytes",
            "Virtual memory size in bytes.",
            (kib * 1024) as f64,
        );
    }
    if let Some(threads) = field("Threads:") {
        out.gauge(
            "process_threads",
            "OS threads in the process.",
            threads as f64,
        );
    }
    if let Ok(fds) = std::fs::read_dir("/proc/self/fd") {
        out.gauge(
            "process_open_fds",
            "Open file descriptors (sockets included).",
            fds.count() as f64,
        );
    }
    if let Some(max) = max_open_files() {
        out.gauge(
            "process_max_fds",
            "The limit on open file descriptors.",
            max as f64,
        );
    }
}

struct Stat {
    cpu_secs: f64,
    start_time: Option<f64>,
}

impl Stat {
    fn read() -> Option<Stat> {
        let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
        // Fields after the command name, which is in parentheses and may
        // hold spaces: utime, stime and starttime are fields 14, 15 and 22
        // of the whole line.
        let after = &stat[stat.rfind(')')? + 1..];
        let fields: Vec<&str> = after.split_whitespace().collect();
        let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<u64>().ok());
        let cpu_secs = (ticks(11)? + ticks(12)?) as f64 / TICKS_PER_SEC;
        let start_time = ticks(19)
            .zip(boot_time())
            .map(|(since_boot, boot)| boot as f64 + since_boot as f64 / TICKS_PER_SEC);
        Some(Stat {
            cpu_secs,
            start_time,
        })
    }
}

/// When the machine booted, in seconds since the Unix epoch (`btime`).
fn boot_time() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/stat").ok()?;
    stat.lines()
        .find_map(|l| l.strip_prefix("btime "))
        .and_then(|n| n.trim().parse().ok())
}

/// The soft limit on open files, from /proc/self/limits.
fn max_open_files() -> Option<u64> {
    let limits = std::fs::read_to_string("/proc/self/limits").ok()?;
    let line = limits.lines().find(|l| l.starts_with("Max open files"))?;
    let soft = line["Max open files".len()..].split_whitespace().next()?;
    soft.parse().ok()
}
