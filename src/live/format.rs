//! The byte layout of the embedded live files, versioned, and how a file
//! damaged on disk is told apart from one a crash left unfinished.
//!
//! Format 2 (written now):
//!
//! - a log starts with 16 bytes: `quizbox-log\n` and the format number
//!   (u32 little-endian); each record's hash covers its sequence number as
//!   well as its body, so a flipped number is caught too;
//! - a snapshot or answers file starts with one line,
//!   `quizbox-live 2 fnv1a=<hash of the rest, 8 hex digits>`, then its JSON.
//!
//! Format 1 (written before the format had a number, still read, and still
//! appended to in a log that has it): the same records from the first byte
//! of the log, each hash covering the body only; snapshots and answers as
//! bare JSON.
//!
//! A crash can only leave the *last* record of a log unfinished: the file
//! is grown with zeros and synced before a record is written into them, so
//! an unfinished record lies inside the file and nothing valid follows it.
//! It was never acknowledged, and is dropped. Anything else that does not
//! read is damage: a record that does not match its hash with intact
//! records after it, or a record that runs past the end of the file (the
//! file was cut short). Damage is `LiveError::Corrupt`; a format newer than
//! this binary reads is `LiveError::Backend`, so a downgrade never sets a
//! game aside as damaged.
//!
//! Nothing here touches files; it reads and builds bytes.

use super::{LiveError, Result};

/// The format this version writes.
pub const FORMAT: u32 = 2;
/// The start of a format 2 log, before its format number.
const LOG_MAGIC: &[u8; 12] = b"quizbox-log\n";
/// Where a format 2 log's first record starts.
pub const LOG_START: usize = 16;
/// A record's header: body length (u32), hash (u32), last sequence number
/// of its batch (u64), all little-endian.
pub const HEADER: usize = 16;
/// The first word of a snapshot's or answers file's header line.
const FRAME: &str = "quizbox-live";
/// A header line is shorter than this.
const FRAME_LINE_MAX: usize = 64;

const FNV_START: u32 = 0x811c_9dc5;

fn fnv1a_from(hash: u32, bytes: &[u8]) -> u32 {
    bytes.iter().fold(hash, |hash, &b| {
        (hash ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

fn fnv1a(bytes: &[u8]) -> u32 {
    fnv1a_from(FNV_START, bytes)
}

fn record_hash(format: u32, last: u64, body: &[u8]) -> u32 {
    if format == 1 {
        fnv1a(body)
    } else {
        fnv1a_from(fnv1a(&last.to_le_bytes()), body)
    }
}

/// The first bytes of a new log.
pub fn log_header() -> [u8; LOG_START] {
    let mut header = [0; LOG_START];
    header[..LOG_MAGIC.len()].copy_from_slice(LOG_MAGIC);
    header[LOG_MAGIC.len()..].copy_from_slice(&FORMAT.to_le_bytes());
    header
}

/// Fills in a record's header (its first `HEADER` bytes) once its last
/// sequence number is known, for a log of `format`.
pub fn seal(record: &mut [u8], last: u64, format: u32) {
    let body = &record[HEADER..];
    let (len, hash) = (body.len() as u32, record_hash(format, last, body));
    record[..4].copy_from_slice(&len.to_le_bytes());
    record[4..8].copy_from_slice(&hash.to_le_bytes());
    record[8..16].copy_from_slice(&last.to_le_bytes());
}

/// What a log file holds.
#[derive(Debug)]
pub struct Scan<'a> {
    pub format: u32,
    /// Each whole record's last sequence number and body, in order.
    pub records: Vec<(u64, &'a [u8])>,
    /// Where the whole records end (the next record goes here).
    pub len: usize,
    /// Bytes of an unfinished last record after `len` (0 if none).
    pub unfinished: usize,
    /// The file holds nothing yet, not even its format header.
    pub blank: bool,
}

/// A whole record at `at` numbered after `after`: its last sequence number
/// and body.
fn record_at(bytes: &[u8], at: usize, format: u32, after: u64) -> Option<(u64, &[u8])> {
    let header = bytes.get(at..at + HEADER)?;
    let len = u32::from_le_bytes(header[..4].try_into().expect("4 bytes")) as usize;
    let hash = u32::from_le_bytes(header[4..8].try_into().expect("4 bytes"));
    let last = u64::from_le_bytes(header[8..16].try_into().expect("8 bytes"));
    let body = bytes.get(at + HEADER..(at + HEADER).checked_add(len)?)?;
    (len >= 2 && last > after && record_hash(format, last, body) == hash).then_some((last, body))
}

/// Whether a whole record numbered after `after` starts anywhere from `from` on.
fn record_after(bytes: &[u8], from: usize, format: u32, after: u64) -> bool {
    // A body is a JSON array: only places followed by `[` can start one.
    (from..bytes.len().saturating_sub(HEADER + 2))
        .filter(|&at| bytes[at + HEADER] == b'[')
        .any(|at| record_at(bytes, at, format, after).is_some())
}

/// Reads a log file's bytes: its format, whole records and unfinished end.
pub fn scan(bytes: &[u8]) -> Result<Scan<'_>> {
    let blank = bytes.iter().all(|&b| b == 0);
    let (format, start) = if blank {
        (FORMAT, 0)
    } else if bytes.starts_with(LOG_MAGIC) {
        let format = bytes
            .get(LOG_MAGIC.len()..LOG_START)
            .map_or(0, |b| u32::from_le_bytes(b.try_into().expect("4 bytes")));
        if format > FORMAT {
            return Err(LiveError::Backend(format!(
                "the log is in live format {format}, newer than this quizbox reads ({FORMAT})"
            )));
        }
        if format != FORMAT {
            return Err(LiveError::Corrupt(format!(
                "the log's header names no known format ({format})"
            )));
        }
        (format, LOG_START)
    } else {
        (1, 0)
    };
    let mut records = Vec::new();
    let mut at = start;
    let mut last = 0;
    while let Some(record) = record_at(bytes, at, format, last) {
        records.push(record);
        last = record.0;
        at += HEADER + record.1.len();
    }
    let end = bytes.iter().rposition(|&b| b != 0).map_or(0, |e| e + 1);
    if end > at {
        let claimed = bytes
            .get(at..at + 4)
            .map(|len| u32::from_le_bytes(len.try_into().expect("4 bytes")) as usize);
        match claimed {
            Some(len) if at + HEADER + len <= bytes.len() => {}
            _ => {
                return Err(LiveError::Corrupt(format!(
                    "the log is cut short: the record at byte {at} runs past its end ({} bytes)",
                    bytes.len()
                )))
            }
        }
        if record_after(bytes, at + 1, format, last) {
            return Err(LiveError::Corrupt(format!(
                "the log record at byte {at} (after entry {last}) is damaged, and whole records follow it"
            )));
        }
    }
    Ok(Scan {
        format,
        records,
        len: at.max(start),
        unfinished: end.saturating_sub(at),
        blank,
    })
}

/// A snapshot or answers file's bytes: the header line, then `body`.
pub fn frame(body: &[u8]) -> Vec<u8> {
    let line = format!("{FRAME} {FORMAT} fnv1a={:08x}\n", fnv1a(body));
    let mut bytes = Vec::with_capacity(line.len() + body.len());
    bytes.extend_from_slice(line.as_bytes());
    bytes.extend_from_slice(body);
    bytes
}

/// The body of a snapshot or answers file, checked against its header line
/// (a file of format 1 has none and is its own body).
pub fn unframe(bytes: &[u8]) -> Result<&[u8]> {
    if !bytes.starts_with(FRAME.as_bytes()) {
        return Ok(bytes);
    }
    let head = &bytes[..bytes.len().min(FRAME_LINE_MAX)];
    let newline = head
        .iter()
        .position(|&b| b == b'\n')
        .ok_or_else(|| LiveError::Corrupt("its header line has no end".into()))?;
    let (line, body) = (&bytes[..newline], &bytes[newline + 1..]);
    let line = std::str::from_utf8(line)
        .map_err(|_| LiveError::Corrupt("its header line is not text".into()))?;
    let mut words = line.split(' ').skip(1);
    let format: u32 = words
        .next()
        .and_then(|w| w.parse().ok())
        .ok_or_else(|| LiveError::Corrupt(format!("its header line {line:?} has no format")))?;
    if format > FORMAT {
        return Err(LiveError::Backend(format!(
            "it is in live format {format}, newer than this quizbox reads ({FORMAT})"
        )));
    }
    let hash = words
        .next()
        .and_then(|w| w.strip_prefix("fnv1a="))
        .and_then(|h| u32::from_str_radix(h, 16).ok());
    match hash {
        Some(hash) if format == FORMAT && words.next().is_none() => {
            if fnv1a(body) == hash {
                Ok(body)
            } else {
                Err(LiveError::Corrupt(
                    "its content does not match its checksum (changed or damaged on disk)".into(),
                ))
            }
        }
        _ => Err(LiveError::Corrupt(format!(
            "its header line {line:?} is not one quizbox writes"
        ))),
    }
}

/// A time as `YYYYMMDDTHHMMSSZ` (UTC), for naming a set-aside game's folder.
pub fn utc_stamp(time: std::time::SystemTime) -> String {
    let secs = time
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let (year, month, day, hour, minute, second) = crate::clock::utc_parts(secs);
    format!("{year:04}{month:02}{day:02}T{hour:02}{minute:02}{second:02}Z")
}

/// The game id in a folder name `<game>-<stamp>` or `<game>-<stamp>-<n>`.
pub fn game_of_stamped(name: &str) -> Option<&str> {
    let is_stamp = |part: &str| {
        let b = part.as_bytes();
        b.len() == 16
            && b[8] == b'T'
            && b[15] == b'Z'
            && b[..8].iter().chain(&b[9..15]).all(u8::is_ascii_digit)
    };
    let mut end = name.len();
    while let Some(dash) = name[..end].rfind('-') {
        if is_stamp(&name[dash + 1..end]) {
            return Some(&name[..dash]);
        }
        end = dash;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A log of `format` holding records of the given last numbers and bodies.
    fn log(format: u32, records: &[(u64, &str)]) -> Vec<u8> {
        let mut bytes = if format == 1 {
            Vec::new()
        } else {
            log_header().to_vec()
        };
        for (last, body) in records {
            let mut record = vec![0; HEADER];
            record.extend_from_slice(body.as_bytes());
            seal(&mut record, *last, format);
            bytes.extend_from_slice(&record);
        }
        bytes
    }

    const BODIES: [(u64, &str); 3] = [
        (2, r#"[{"entry":"a"},{"entry":"b"}]"#),
        (3, r#"[{"entry":"c"}]"#),
        (5, r#"[{"entry":"d"},{"entry":"e"}]"#),
    ];

    #[test]
    fn both_formats_read_whole_with_or_without_zeros_after() {
        for format in [1, 2] {
            let mut bytes = log(format, &BODIES);
            let whole = bytes.len();
            for zeros in [0, 4096] {
                bytes.resize(whole + zeros, 0);
                let scan = scan(&bytes).unwrap();
                assert_eq!(scan.format, format);
                assert_eq!(scan.records.len(), 3);
                assert_eq!(scan.records[2], (5, BODIES[2].1.as_bytes()));
                assert_eq!((scan.len, scan.unfinished), (whole, 0));
            }
        }
        let blank = scan(&[0; 64]).unwrap();
        assert!(blank.blank && blank.records.is_empty());
        assert_eq!((blank.format, blank.len), (FORMAT, 0));
    }

    #[test]
    fn an_unfinished_last_record_is_dropped_but_damage_before_whole_ones_is_not() {
        let mut bytes = log(FORMAT, &BODIES);
        let whole = bytes.len();
        let second = LOG_START + HEADER + BODIES[0].1.len();
        bytes.resize(whole + 4096, 0);
        // The last record's second half never reached the disk.
        let mut torn = bytes.clone();
        torn[whole - 10..whole].fill(0);
        let scan_torn = scan(&torn).unwrap();
        assert_eq!(scan_torn.records.len(), 2);
        assert_eq!(
            scan_torn.unfinished,
            whole - 10 - (whole - HEADER - BODIES[2].1.len())
        );
        // Nor did its header, only its body.
        let mut headless = bytes.clone();
        let third = whole - HEADER - BODIES[2].1.len();
        headless[third..third + HEADER].fill(0);
        assert_eq!(scan(&headless).unwrap().records.len(), 2);
        // A byte flipped in the middle record, in its number, in the first.
        for at in [second + HEADER + 3, second + 9, LOG_START + HEADER + 1] {
            let mut flipped = bytes.clone();
            flipped[at] ^= 0x04;
            let err = scan(&flipped).unwrap_err();
            assert!(matches!(err, LiveError::Corrupt(_)), "{at}: {err}");
        }
        // Cut short inside the middle record, or inside the last.
        for end in [second + HEADER + 4, whole - 1, second + 2] {
            let err = scan(&bytes[..end]).unwrap_err();
            assert!(err.to_string().contains("cut short"), "{end}: {err}");
        }
    }

    #[test]
    fn a_newer_format_is_not_called_damage() {
        let mut bytes = log(FORMAT, &BODIES);
        bytes[LOG_MAGIC.len()] = 3;
        assert!(matches!(scan(&bytes), Err(LiveError::Backend(_))));
        let framed = frame(b"{}");
        let newer = String::from_utf8(framed).unwrap().replacen(" 2 ", " 3 ", 1);
        assert!(matches!(
            unframe(newer.as_bytes()),
            Err(LiveError::Backend(_))
        ));
    }

    #[test]
    fn framed_files_check_their_content_and_bare_json_still_reads() {
        let body = br#"{"game":{"title":"Canberra"}}"#;
        let framed = frame(body);
        assert!(framed.starts_with(b"quizbox-live 2 fnv1a="));
        assert_eq!(unframe(&framed).unwrap(), body);
        let changed = String::from_utf8(framed.clone())
            .unwrap()
            .replace("Canberra", "Canberrb");
        assert!(matches!(
            unframe(changed.as_bytes()),
            Err(LiveError::Corrupt(_))
        ));
        assert!(unframe(&framed[..framed.len() - 1]).is_err());
        assert_eq!(unframe(body).unwrap(), body, "format 1: bare JSON");
    }

    #[test]
    fn set_aside_folders_are_named_by_game_and_time() {
        let time = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_796_279_580);
        let stamp = utc_stamp(time);
        assert_eq!(stamp, "20261203T063300Z");
        assert_eq!(game_of_stamped(&format!("ab12-{stamp}")), Some("ab12"));
        assert_eq!(game_of_stamped(&format!("a-b-{stamp}-2")), Some("a-b"));
        assert_eq!(game_of_stamped("notes"), None);
    }
}
