//! A picture's width and height as its header declares them: PNG's IHDR,
//! JPEG's start-of-frame segment, GIF's logical screen descriptor, WebP's
//! VP8, VP8L or VP8X chunk. Nothing is decoded and nothing is allocated for
//! pixels, so a small file declaring a huge picture costs nothing to refuse.

use super::{MediaError, MediaType};

pub fn dimensions(media_type: MediaType, bytes: &[u8]) -> Result<(u64, u64), MediaError> {
    let found = match media_type {
        MediaType::Png => png(bytes),
        MediaType::Jpeg => jpeg(bytes),
        MediaType::Gif => gif(bytes),
        MediaType::Webp => webp(bytes),
        MediaType::Mp3 | MediaType::Ogg | MediaType::M4a | MediaType::Mp4 | MediaType::Webm => {
            return Err(MediaError::Damaged("a sound or video has no pixels".into()))
        }
    };
    found.ok_or_else(|| {
        MediaError::Damaged(format!(
            "the file looks like a {} picture but its header is cut short or damaged",
            media_type.extension().to_uppercase()
        ))
    })
}

fn be16(bytes: &[u8], at: usize) -> Option<u64> {
    let b = bytes.get(at..at + 2)?;
    Some(u64::from(u16::from_be_bytes([b[0], b[1]])))
}

fn le16(bytes: &[u8], at: usize) -> Option<u64> {
    let b = bytes.get(at..at + 2)?;
    Some(u64::from(u16::from_le_bytes([b[0], b[1]])))
}

fn be32(bytes: &[u8], at: usize) -> Option<u64> {
    let b = bytes.get(at..at + 4)?;
    Some(u64::from(u32::from_be_bytes([b[0], b[1], b[2], b[3]])))
}

fn le24(bytes: &[u8], at: usize) -> Option<u64> {
    let b = bytes.get(at..at + 3)?;
    Some(u64::from(b[0]) | u64::from(b[1]) << 8 | u64::from(b[2]) << 16)
}

/// The IHDR chunk comes first, 13 bytes long.
fn png(bytes: &[u8]) -> Option<(u64, u64)> {
    if be32(bytes, 8)? != 13 || bytes.get(12..16)? != b"IHDR" {
        return None;
    }
    let (width, height) = (be32(bytes, 16)?, be32(bytes, 20)?);
    // The format caps each side at 2^31 - 1.
    (width < 1 << 31 && height < 1 << 31).then_some((width, height))
}

/// Walks the segments up to the first start of frame (SOF0 to SOF15,
/// less DHT, JPG and DAC); the image data (SOS) or its end before one is
/// damage.
fn jpeg(bytes: &[u8]) -> Option<(u64, u64)> {
    let mut at = 2;
    loop {
        if *bytes.get(at)? != 0xFF {
            return None;
        }
        while *bytes.get(at)? == 0xFF {
            at += 1;
        }
        let marker = bytes[at];
        at += 1;
        match marker {
            // Markers without a length.
            0x01 | 0xD0..=0xD8 => continue,
            0xD9 | 0xDA => return None,
            _ => {}
        }
        let length = usize::from(u16::try_from(be16(bytes, at)?).ok()?);
        if length < 2 {
            return None;
        }
        if matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC) {
            if length < 8 {
                return None;
            }
            // Precision, then height and width.
            return Some((be16(bytes, at + 5)?, be16(bytes, at + 3)?));
        }
        at += length;
    }
}

/// The logical screen descriptor, after the six-byte signature.
fn gif(bytes: &[u8]) -> Option<(u64, u64)> {
    Some((le16(bytes, 6)?, le16(bytes, 8)?))
}

/// The first chunk after `RIFF size WEBP`: VP8X (extended: the canvas),
/// VP8L (lossless) or VP8 (lossy: a key frame's header).
fn webp(bytes: &[u8]) -> Option<(u64, u64)> {
    let chunk = bytes.get(12..16)?;
    match chunk {
        b"VP8X" => Some((le24(bytes, 24)? + 1, le24(bytes, 27)? + 1)),
        b"VP8L" => {
            if *bytes.get(20)? != 0x2F {
                return None;
            }
            let b = bytes.get(21..25)?;
            let bits = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
            Some((
                u64::from(bits & 0x3FFF) + 1,
                u64::from((bits >> 14) & 0x3FFF) + 1,
            ))
        }
        b"VP8 " => {
            if bytes.get(23..26)? != [0x9D, 0x01, 0x2A] {
                return None;
            }
            Some((le16(bytes, 26)? & 0x3FFF, le16(bytes, 28)? & 0x3FFF))
        }
        _ => None,
    }
}
