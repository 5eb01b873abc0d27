//! Checks a spreadsheet's zip parts before calamine opens it: each part is
//! unpacked and counted (never trusting the sizes the zip states), and the
//! shared-string table is read far enough to know how many strings it
//! holds and declares. A few kilobytes of zip can unpack to gigabytes, and
//! calamine holds every shared string and reserves room for as many as the
//! table declares; this module makes sure none of that happens. It keeps
//! nothing it unpacks.

use std::io::{BufReader, Cursor, Read};

use quick_xml::events::Event;
use zip::ZipArchive;

use super::budget::show_bytes;
use super::Diagnostic;
use crate::config::ImportLimits;

/// Most parts a workbook may hold: Kahoot!'s template has about a dozen,
/// and every part costs memory before any is read.
pub const MAX_PARTS: usize = 10_000;

/// Most bytes any other XML part may unpack to (the workbook, its
/// relationships, its styles): calamine keeps an entry for each sheet name,
/// relationship and style it finds there, and a real workbook's run to
/// kilobytes; 30 MB of sheet names took 190 MB to hold.
pub const MAX_OTHER_XML: u64 = 4 * 1024 * 1024;

/// Most shared strings a workbook may hold or declare: a sheet is read for
/// at most `MAX_CELLS` cells, so more strings could never be used.
pub const MAX_SHARED_STRINGS: usize = super::kahoot_xlsx::MAX_CELLS;

/// Most bytes of XML one shared string may take, and the longest stretch
/// of the table without a tag: a cell may hold 8,000 bytes of text (a few
/// times that once escaped), and calamine holds each string whole.
pub const MAX_SHARED_STRING_XML: u64 = 64 * 1024;

/// Unpacks and counts every part of the workbook in `bytes`.
pub fn check(bytes: &[u8], limits: &ImportLimits) -> Result<(), Diagnostic> {
    let refuse = |message: String| Diagnostic::new(None, "", message);
    // calamine first looks for an encrypted Office file; only a plain zip
    // goes further.
    if !bytes.starts_with(b"PK\x03\x04") {
        return Err(refuse(
            "not a readable .xlsx workbook (it does not start as a zip file); save the file again from the spreadsheet program".into(),
        ));
    }
    let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        refuse(format!(
            "not a readable .xlsx workbook ({e}); save the file again from the spreadsheet program"
        ))
    })?;
    if zip.len() > MAX_PARTS {
        return Err(refuse(format!(
            "the workbook holds {} parts; at most {MAX_PARTS} are read",
            zip.len()
        )));
    }
    let mut left = limits.unpacked_bytes;
    for index in 0..zip.len() {
        let part = zip.by_index(index).map_err(|e| {
            refuse(format!(
                "part {} of the workbook cannot be unpacked ({e})",
                index + 1
            ))
        })?;
        let name = part.name().to_string();
        let path = name.replace('\\', "/").to_ascii_lowercase();
        let shared_strings = path == "xl/sharedstrings.xml";
        // Sheets are read cell by cell, and the shared strings are counted below.
        let other_xml = !shared_strings
            && !path.starts_with("xl/worksheets/")
            && (path.ends_with(".xml") || path.ends_with(".rels"));
        let most = if other_xml {
            left.min(MAX_OTHER_XML)
        } else {
            left
        };
        let mut capped = Capped {
            inner: part,
            left: most,
            over: false,
            run_most: shared_strings.then_some(MAX_SHARED_STRING_XML),
            run: 0,
        };
        let result = if shared_strings {
            count_shared_strings(&mut capped)
        } else {
            std::io::copy(&mut capped, &mut std::io::sink())
                .map(drop)
                .map_err(|e| e.to_string())
        };
        let long_string = || {
            refuse(format!(
                "{name} holds a string of more than {}; no cell takes more than {} bytes of text",
                show_bytes(MAX_SHARED_STRING_XML),
                super::kahoot_xlsx::MAX_CELL_BYTES
            ))
        };
        if capped.run_most.is_some_and(|most| capped.run > most) {
            return Err(long_string());
        }
        if result.as_ref().is_err_and(|e| e == LONG_STRING) {
            return Err(long_string());
        }
        if capped.over && most < left {
            return Err(refuse(format!(
                "{name} unpacks to more than {}; a workbook's own parts are far smaller",
                show_bytes(MAX_OTHER_XML)
            )));
        }
        if capped.over {
            return Err(refuse(format!(
                "the workbook unpacks to more than {} (while unpacking {name}); the limit is the import.unpacked_bytes setting",
                show_bytes(limits.unpacked_bytes)
            )));
        }
        result.map_err(|e| refuse(format!("{name} cannot be read: {e}")))?;
        left -= most - capped.left;
    }
    Ok(())
}

/// Reads the shared-string table, refusing one that holds or declares more
/// strings than a sheet could use.
fn count_shared_strings(part: &mut impl Read) -> Result<(), String> {
    let mut xml = quick_xml::Reader::from_reader(BufReader::new(part));
    // As lenient as calamine, so no workbook it reads is refused here.
    xml.config_mut().check_end_names = false;
    xml.config_mut().check_comments = false;
    let mut buf = Vec::new();
    let mut strings = 0usize;
    // XML bytes of text in the string being read.
    let mut text = 0u64;
    loop {
        buf.clear();
        let event = xml.read_event_into(&mut buf).map_err(|e| e.to_string())?;
        text += match &event {
            Event::Text(t) => t.len(),
            Event::CData(t) => t.len(),
            Event::GeneralRef(r) => r.len(),
            _ => 0,
        } as u64;
        if text > MAX_SHARED_STRING_XML {
            return Err(LONG_STRING.into());
        }
        match event {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                b"sst" => {
                    for a in e.attributes().flatten() {
                        if a.key.local_name().as_ref() != b"uniqueCount" {
                            continue;
                        }
                        let declared = std::str::from_utf8(&a.value)
                            .ok()
                            .and_then(|v| v.parse::<usize>().ok());
                        if declared.is_none_or(|n| n > MAX_SHARED_STRINGS) {
                            return Err(format!(
                                "it declares {} shared strings; at most {MAX_SHARED_STRINGS} are read",
                                String::from_utf8_lossy(&a.value)
                            ));
                        }
                    }
                }
                b"si" => {
                    text = 0;
                    strings += 1;
                    if strings > MAX_SHARED_STRINGS {
                        return Err(format!(
                            "it holds more than {MAX_SHARED_STRINGS} shared strings"
                        ));
                    }
                }
                _ => {}
            },
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

/// What `count_shared_strings` answers for one string too long to use.
const LONG_STRING: &str = "a shared string is too long";

/// A reader that fails once more than `left` bytes have come through, or,
/// with `run_most`, once that many bytes have come without a `<`: an XML
/// reader holds a whole text in memory before it hands it over.
struct Capped<R> {
    inner: R,
    left: u64,
    over: bool,
    run_most: Option<u64>,
    /// Bytes since the last `<`.
    run: u64,
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        match self.left.checked_sub(n as u64) {
            Some(left) => self.left = left,
            None => {
                self.over = true;
                return Err(std::io::Error::other("over the unpacked size limit"));
            }
        }
        if let Some(most) = self.run_most {
            for &b in &buf[..n] {
                self.run = if b == b'<' { 0 } else { self.run + 1 };
                if self.run > most {
                    return Err(std::io::Error::other("a text runs too long"));
                }
            }
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, bytes) in parts {
            zip.start_file(*name, zip::write::SimpleFileOptions::default())
                .unwrap();
            zip.write_all(bytes).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    #[test]
    fn a_table_declaring_billions_of_strings_is_refused_before_calamine_reserves_them() {
        // calamine reserves room for `uniqueCount` strings up front: 96 GB here.
        let bytes = zip_of(&[(
            "xl/SharedStrings.xml",
            br#"<sst uniqueCount="4000000000"><si><t>Paris</t></si></sst>"#,
        )]);
        let refused = check(&bytes, &ImportLimits::default()).unwrap_err();
        assert_eq!(
            refused.message,
            "xl/SharedStrings.xml cannot be read: it declares 4000000000 shared strings; at most 500000 are read"
        );
    }

    #[test]
    fn the_workbook_s_own_parts_stay_small_while_sheets_may_be_large() {
        let sheet_names = br#"<sheet name="S" sheetId="1" r:id="rId1"/>"#.repeat(110_000);
        let refused = check(
            &zip_of(&[("xl/workbook.xml", &sheet_names)]),
            &ImportLimits::default(),
        )
        .unwrap_err();
        assert_eq!(
            refused.message,
            "xl/workbook.xml unpacks to more than 4 MiB; a workbook's own parts are far smaller"
        );
        assert!(check(
            &zip_of(&[("xl/worksheets/sheet1.xml", &sheet_names)]),
            &ImportLimits::default()
        )
        .is_ok());
    }

    #[test]
    fn a_shared_string_is_refused_past_64_kib_whole_or_in_runs() {
        let runs = format!("<si>{}</si>", "<r><t>aaaa</t></r>".repeat(20_000));
        let one = format!("<si><t>{}</t></si>", "a".repeat(70_000));
        for string in [runs, one] {
            let table = format!("<sst><si><t>Paris</t></si>{string}</sst>");
            let refused = check(
                &zip_of(&[("xl/sharedStrings.xml", table.as_bytes())]),
                &ImportLimits::default(),
            )
            .unwrap_err();
            assert_eq!(
                refused.message,
                "xl/sharedStrings.xml holds a string of more than 64 KiB; no cell takes more than 8000 bytes of text"
            );
        }
        let fine = format!("<sst><si><t>{}</t></si></sst>", "a".repeat(8_000));
        assert!(check(
            &zip_of(&[("xl/sharedStrings.xml", fine.as_bytes())]),
            &ImportLimits::default()
        )
        .is_ok());
    }

    #[test]
    fn unpacked_bytes_are_counted_across_parts() {
        let part = vec![b'x'; 600];
        let bytes = zip_of(&[("a.xml", &part), ("b.xml", &part)]);
        let limits = ImportLimits {
            unpacked_bytes: 1000,
            ..ImportLimits::default()
        };
        let refused = check(&bytes, &limits).unwrap_err();
        assert!(
            refused.message.starts_with(
                "the workbook unpacks to more than 1000 bytes (while unpacking b.xml)"
            ),
            "{}",
            refused.message
        );
        assert!(check(&zip_of(&[("a.xml", &part)]), &limits).is_ok());
        assert!(check(b"not a zip", &limits).is_err());
    }
}
