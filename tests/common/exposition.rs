//! A strict reader of the Prometheus text exposition format (version
//! 0.0.4), for tests that scrape `/metrics`: any line it cannot read, a
//! `# TYPE` repeated or after its samples, a family's samples not kept
//! together, or a histogram whose buckets do not add up is an error.

use std::collections::{BTreeMap, HashMap};

#[derive(Debug, Clone, PartialEq)]
pub struct Sample {
    pub name: String,
    pub labels: BTreeMap<String, String>,
    pub value: f64,
}

#[derive(Debug, Default)]
pub struct Scrape {
    pub samples: Vec<Sample>,
    /// Each family's declared type.
    pub types: HashMap<String, String>,
}

impl Scrape {
    /// The value of the one sample named `name` with exactly `labels`.
    pub fn value(&self, name: &str, labels: &[(&str, &str)]) -> Option<f64> {
        let want: BTreeMap<String, String> = labels
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        self.samples
            .iter()
            .find(|s| s.name == name && s.labels == want)
            .map(|s| s.value)
    }
}

/// The family a sample belongs to: a histogram's `_bucket`, `_sum` and
/// `_count` are its own.
fn family<'a>(name: &'a str, types: &HashMap<String, String>) -> &'a str {
    for suffix in ["_bucket", "_sum", "_count"] {
        if let Some(base) = name.strip_suffix(suffix) {
            if types.get(base).is_some_and(|t| t == "histogram") {
                return base;
            }
        }
    }
    name
}

fn is_name(s: &str, colon: bool) -> bool {
    let mut chars = s.chars();
    let first = chars.next();
    let ok = |c: char| c.is_ascii_alphanumeric() || c == '_' || (colon && c == ':');
    first.is_some_and(|c| !c.is_ascii_digit() && ok(c)) && chars.all(ok)
}

fn number(s: &str) -> Result<f64, String> {
    match s {
        "+Inf" | "Inf" => Ok(f64::INFINITY),
        "-Inf" => Ok(f64::NEG_INFINITY),
        "NaN" => Ok(f64::NAN),
        _ => s.parse().map_err(|_| format!("not a number: {s:?}")),
    }
}

/// Reads one sample line: `name{label="value",...} value [timestamp]`.
fn sample(line: &str) -> Result<Sample, String> {
    let name_end = line.find(['{', ' ']).ok_or("no value")?;
    let name = &line[..name_end];
    if !is_name(name, true) {
        return Err(format!("bad metric name {name:?}"));
    }
    let mut labels = BTreeMap::new();
    let mut rest = &line[name_end..];
    if let Some(inner) = rest.strip_prefix('{') {
        let mut chars = inner.char_indices().peekable();
        loop {
            let start = chars.peek().map(|(i, _)| *i).ok_or("unclosed {")?;
            if inner[start..].starts_with('}') {
                rest = &inner[start + 1..];
                break;
            }
            let eq = inner[start..].find('=').ok_or("label without =")? + start;
            let label = &inner[start..eq];
            if !is_name(label, false) {
                return Err(format!("bad label name {label:?}"));
            }
            while chars.peek().is_some_and(|(i, _)| *i <= eq) {
                chars.next();
            }
            if chars.next().map(|(_, c)| c) != Some('"') {
                return Err(format!("label {label} has no quoted value"));
            }
            let mut value = String::new();
            loop {
                match chars.next().ok_or("unclosed label value")?.1 {
                    '"' => break,
                    '\\' => match chars.next().ok_or("dangling escape")?.1 {
                        '\\' => value.push('\\'),
                        '"' => value.push('"'),
                        'n' => value.push('\n'),
                        c => return Err(format!("bad escape \\{c}")),
                    },
                    '\n' => return Err("newline in label value".into()),
                    c => value.push(c),
                }
            }
            if labels.insert(label.to_string(), value).is_some() {
                return Err(format!("label {label} twice"));
            }
            match chars.peek().map(|(_, c)| *c) {
                Some(',') => {
                    chars.next();
                }
                Some('}') => {}
                _ => return Err("expected , or } after a label".into()),
            }
        }
    }
    let rest = rest.strip_prefix(' ').ok_or("no space before the value")?;
    let mut parts = rest.split(' ');
    let value = number(parts.next().ok_or("no value")?)?;
    if let Some(ts) = parts.next() {
        ts.parse::<i64>()
            .map_err(|_| format!("bad timestamp {ts:?}"))?;
    }
    if parts.next().is_some() {
        return Err("text after the timestamp".into());
    }
    Ok(Sample {
        name: name.to_string(),
        labels,
        value,
    })
}

/// Reads a whole exposition, strictly.
pub fn parse(text: &str) -> Result<Scrape, String> {
    let mut scrape = Scrape::default();
    let mut helped = HashMap::new();
    let mut done: Vec<String> = Vec::new();
    let mut current: Option<String> = None;
    if !text.is_empty() && !text.ends_with('\n') {
        return Err("the last line has no newline".into());
    }
    for (n, line) in text.lines().enumerate() {
        let at = |e: String| format!("line {}: {e}: {line:?}", n + 1);
        if line.is_empty() {
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            let words: Vec<&str> = comment.trim_start().splitn(3, ' ').collect();
            match words.as_slice() {
                ["TYPE", name, kind] => {
                    if !is_name(name, true) {
                        return Err(at("bad name".into()));
                    }
                    if !["counter", "gauge", "histogram", "summary", "untyped"].contains(kind) {
                        return Err(at(format!("unknown type {kind}")));
                    }
                    let sampled =
                        current.as_deref() == Some(*name) || done.iter().any(|d| d == name);
                    if scrape.types.contains_key(*name) || sampled {
                        return Err(at("TYPE repeated or after its samples".into()));
                    }
                    scrape.types.insert(name.to_string(), kind.to_string());
                }
                ["HELP", name, ..] if helped.insert(name.to_string(), ()).is_some() => {
                    return Err(at("HELP repeated".into()));
                }
                _ => {}
            }
            continue;
        }
        let sample = sample(line).map_err(at)?;
        let fam = family(&sample.name, &scrape.types).to_string();
        if current.as_deref() != Some(&fam) {
            if done.contains(&fam) {
                return Err(at(format!("samples of {fam} are not together")));
            }
            if let Some(previous) = current.replace(fam.clone()) {
                done.push(previous);
            }
        }
        scrape.samples.push(sample);
    }
    check_histograms(&scrape)?;
    Ok(scrape)
}

/// Each histogram series: `le` buckets rising to `+Inf`, counts never
/// falling, `+Inf` equal to `_count`, and a `_sum`.
fn check_histograms(scrape: &Scrape) -> Result<(), String> {
    for (name, _) in scrape.types.iter().filter(|(_, t)| *t == "histogram") {
        let bucket = format!("{name}_bucket");
        let mut series: BTreeMap<BTreeMap<String, String>, Vec<(f64, f64)>> = BTreeMap::new();
        for s in scrape.samples.iter().filter(|s| s.name == bucket) {
            let mut labels = s.labels.clone();
            let le = labels.remove("le").ok_or(format!("{bucket} without le"))?;
            series
                .entry(labels)
                .or_default()
                .push((number(&le)?, s.value));
        }
        for (labels, buckets) in series {
            let pairs: Vec<(&str, &str)> = labels
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            if buckets
                .windows(2)
                .any(|w| w[0].0 >= w[1].0 || w[0].1 > w[1].1)
            {
                return Err(format!(
                    "{name}{labels:?}: buckets out of order: {buckets:?}"
                ));
            }
            let last = buckets.last().ok_or("no buckets")?;
            if last.0 != f64::INFINITY {
                return Err(format!("{name}{labels:?}: no +Inf bucket"));
            }
            let count = scrape
                .value(&format!("{name}_count"), &pairs)
                .ok_or(format!("{name}{labels:?}: no _count"))?;
            if count != last.1 {
                return Err(format!(
                    "{name}{labels:?}: _count {count} is not +Inf's {}",
                    last.1
                ));
            }
            scrape
                .value(&format!("{name}_sum"), &pairs)
                .ok_or(format!("{name}{labels:?}: no _sum"))?;
        }
    }
    Ok(())
}
