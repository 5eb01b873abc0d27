//! Writes the Prometheus text exposition format, version 0.0.4: a `# HELP`
//! and a `# TYPE` line per metric, then its samples, one per line, label
//! values escaped.

use std::fmt::Write;

use super::Histogram;

#[derive(Default)]
pub(super) struct Text(String);

impl Text {
    pub(super) fn header(&mut self, name: &str, kind: &str, help: &str) {
        let help = help.replace('\\', "\\\\").replace('\n', "\\n");
        let _ = writeln!(self.0, "# HELP {name} {help}");
        let _ = writeln!(self.0, "# TYPE {name} {kind}");
    }

    pub(super) fn sample(&mut self, name: &str, labels: &[(&str, &str)], value: f64) {
        self.0.push_str(name);
        if !labels.is_empty() {
            self.0.push('{');
            for (i, (label, value)) in labels.iter().enumerate() {
                if i > 0 {
                    self.0.push(',');
                }
                let value = value
                    .replace('\\', "\\\\")
                    .replace('"', "\\\"")
                    .replace('\n', "\\n");
                let _ = write!(self.0, "{label}=\"{value}\"");
            }
            self.0.push('}');
        }
        let _ = writeln!(self.0, " {}", number(value));
    }

    pub(super) fn gauge(&mut self, name: &str, help: &str, value: f64) {
        self.header(name, "gauge", help);
        self.sample(name, &[], value);
    }

    pub(super) fn counter(&mut self, name: &str, help: &str, value: u64) {
        self.header(name, "counter", help);
        self.sample(name, &[], value as f64);
    }

    pub(super) fn histogram(
        &mut self,
        name: &str,
        help: &str,
        labels: &[(&str, &str)],
        histogram: &Histogram,
    ) {
        self.header(name, "histogram", help);
        self.histogram_samples(name, labels, histogram);
    }

    /// The `_bucket` lines (cumulative, ending with `+Inf`), `_sum` and
    /// `_count`. The count is the `+Inf` bucket's, so the two agree even
    /// while observations land.
    pub(super) fn histogram_samples(
        &mut self,
        name: &str,
        labels: &[(&str, &str)],
        histogram: &Histogram,
    ) {
        use std::sync::atomic::Ordering::Relaxed;
        let bucket = format!("{name}_bucket");
        let mut seen = 0u64;
        for (i, counted) in histogram.buckets.iter().enumerate() {
            seen += counted.load(Relaxed);
            let le = histogram
                .bounds
                .get(i)
                .map_or_else(|| "+Inf".to_string(), |b| number(*b));
            let mut with_le = labels.to_vec();
            with_le.push(("le", &le));
            self.sample(&bucket, &with_le, seen as f64);
        }
        let sum = histogram.sum_us.load(Relaxed) as f64 / 1e6;
        self.sample(&format!("{name}_sum"), labels, sum);
        self.sample(&format!("{name}_count"), labels, seen as f64);
    }

    pub(super) fn finish(self) -> String {
        self.0
    }
}

/// A sample value as Prometheus writes one: integers without a fraction.
fn number(value: f64) -> String {
    if value.is_nan() {
        "NaN".into()
    } else if value.is_infinite() {
        if value > 0.0 { "+Inf" } else { "-Inf" }.into()
    } else if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}
