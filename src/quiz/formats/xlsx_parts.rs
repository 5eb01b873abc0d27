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

use super::budget::{show_bytes, ImportLimits};
use super::Diagnostic;

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
        };
        let result = if shared_strings {
            count_shared_strings(&mut capped)
        } else {
            std::io::copy(&mut capped, &mut std::io::sink())
                .map(drop)
                .map_err(|e| e.to_string())
        };
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
    loop {
        buf.clear();
        match xml.read_event_into(&mut buf).map_err(|e| e.to_string())? {
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

/// A reader that fails once more than `left` bytes have come through.
struct Capped<R> {
    inner: R,
    left: u64,
    over: bool,
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        match self.left.checked_sub(n as u64) {
            Some(left) => {
                self.left = left;
                Ok(n)
            }
            None => {
                self.over = true;
                Err(std::io::Error::other("over the unpacked size limit"))
            }
        }
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
