//! Which accepted kind a file is, from its first bytes. A file that starts
//! like an accepted kind but is cut short or contradicts itself is
//! `Damaged`; one that starts like none of them is `None`.

use super::{MediaError, MediaType};

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n";

/// ISO base media brands of audio-only files.
const AUDIO_BRANDS: &[&[u8; 4]] = &[b"M4A ", b"M4B "];
/// ISO base media brands of MP4 video browsers play.
const VIDEO_BRANDS: &[&[u8; 4]] = &[
    b"isom", b"iso2", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"avc1", b"M4V ", b"dash",
    b"MSNV",
];

pub fn sniff(bytes: &[u8]) -> Result<Option<MediaType>, MediaError> {
    if bytes.starts_with(PNG) {
        return Ok(Some(MediaType::Png));
    }
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Ok(Some(MediaType::Jpeg));
    }
    if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        return Ok(Some(MediaType::Gif));
    }
    if bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        return Ok(Some(MediaType::Webp));
    }
    if bytes.starts_with(b"OggS") {
        return ogg(bytes).map(Some);
    }
    if bytes.get(4..8) == Some(b"ftyp") {
        return iso_media(bytes);
    }
    if bytes.starts_with(&[0x1A, 0x45, 0xDF, 0xA3]) {
        return ebml(bytes);
    }
    if bytes.starts_with(b"ID3") {
        return id3(bytes).map(Some);
    }
    if mp3_frame(bytes).is_some() {
        return mp3_frames(bytes).map(Some);
    }
    Ok(None)
}

fn damaged(what: &str) -> MediaError {
    MediaError::Damaged(format!(
        "the file looks like {what} but its header is cut short or damaged"
    ))
}

/// An Ogg stream: its first page must carry a Vorbis, Opus or FLAC header
/// (Theora video and other streams are not accepted).
fn ogg(bytes: &[u8]) -> Result<MediaType, MediaError> {
    let segments = *bytes.get(26).ok_or_else(|| damaged("an OGG file"))? as usize;
    if bytes[4] != 0 {
        return Err(damaged("an OGG file"));
    }
    let packet = bytes
        .get(27 + segments..)
        .ok_or_else(|| damaged("an OGG file"))?;
    let audio = [&b"\x01vorbis"[..], b"OpusHead", b"\x7fFLAC"];
    if audio.iter().any(|codec| packet.starts_with(codec)) {
        Ok(MediaType::Ogg)
    } else if packet.len() < 8 {
        Err(damaged("an OGG file"))
    } else {
        Err(MediaError::Unsupported(
            "this OGG file holds no Vorbis, Opus or FLAC sound (OGG video is not accepted; \
             send MP4 or WebM)"
                .into(),
        ))
    }
}

/// An ISO base media file (MP4, M4A), told apart by its major brand.
fn iso_media(bytes: &[u8]) -> Result<Option<MediaType>, MediaError> {
    let brand: &[u8; 4] = bytes
        .get(8..12)
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| damaged("an MP4 file"))?;
    let size = u32::from_be_bytes(bytes[0..4].try_into().expect("four bytes"));
    if size != 0 && size < 16 {
        return Err(damaged("an MP4 file"));
    }
    if AUDIO_BRANDS.contains(&brand) {
        Ok(Some(MediaType::M4a))
    } else if VIDEO_BRANDS.contains(&brand) {
        Ok(Some(MediaType::Mp4))
    } else {
        // HEIC and AVIF pictures, QuickTime, 3GP: not played everywhere.
        Ok(None)
    }
}

/// An EBML variable-length integer: its value and length, or None.
fn vint(bytes: &[u8], keep_marker: bool) -> Option<(u64, usize)> {
    let first = *bytes.first()?;
    let len = first.leading_zeros() as usize + 1;
    if len > 8 {
        return None;
    }
    let mut value = if keep_marker {
        u64::from(first)
    } else {
        u64::from(first) & (0xFF >> len)
    };
    for b in bytes.get(1..len)? {
        value = (value << 8) | u64::from(*b);
    }
    Some((value, len))
}

/// An EBML file: WebM when its header's DocType says so (other Matroska
/// files are not accepted).
fn ebml(bytes: &[u8]) -> Result<Option<MediaType>, MediaError> {
    let cut = || damaged("a WebM file");
    let (size, len) = vint(&bytes[4..], false).ok_or_else(cut)?;
    let start = 4 + len;
    let end = start
        .checked_add(usize::try_from(size).map_err(|_| cut())?)
        .filter(|end| *end <= bytes.len())
        .ok_or_else(cut)?;
    let mut at = start;
    while at < end {
        let (id, id_len) = vint(&bytes[at..end], true).ok_or_else(cut)?;
        let (size, size_len) = vint(&bytes[at + id_len..end], false).ok_or_else(cut)?;
        let data = at + id_len + size_len;
        let next = usize::try_from(size)
            .ok()
            .and_then(|s| data.checked_add(s))
            .filter(|next| *next <= end)
            .ok_or_else(cut)?;
        if id == 0x4282 {
            return Ok((&bytes[data..next] == b"webm").then_some(MediaType::Webm));
        }
        at = next;
    }
    Err(cut())
}

/// An ID3v2 tag, which must be followed by an MP3 frame (AAC and other
/// streams can carry one too).
fn id3(bytes: &[u8]) -> Result<MediaType, MediaError> {
    let cut = || damaged("an MP3 file");
    let header = bytes.get(..10).ok_or_else(cut)?;
    if !(2..=4).contains(&header[3]) || header[6..10].iter().any(|b| b & 0x80 != 0) {
        return Err(cut());
    }
    let size = header[6..10]
        .iter()
        .fold(0usize, |n, b| (n << 7) | usize::from(*b));
    let footer = if header[5] & 0x10 != 0 { 10 } else { 0 };
    let audio = bytes.get(10 + size + footer..).ok_or_else(cut)?;
    // Some files pad after the tag with zeros.
    let start = audio.iter().position(|b| *b != 0).ok_or_else(cut)?;
    if mp3_frame(&audio[start..]).is_none() {
        return Err(MediaError::Unsupported(
            "the file has an ID3 tag but no MP3 sound after it; send MP3, OGG or M4A".into(),
        ));
    }
    mp3_frames(&audio[start..])
}

/// The length in bytes of the MPEG audio layer III frame whose header
/// starts `bytes`, if it is one.
fn mp3_frame(bytes: &[u8]) -> Option<usize> {
    let h = bytes.get(..4)?;
    if h[0] != 0xFF || h[1] & 0xE0 != 0xE0 {
        return None;
    }
    let version = (h[1] >> 3) & 3; // 0: 2.5, 2: 2, 3: 1
    let layer = (h[1] >> 1) & 3; // 1: layer III
    let bitrate = usize::from(h[2] >> 4);
    let rate = usize::from((h[2] >> 2) & 3);
    if version == 1 || layer != 1 || bitrate == 0 || bitrate == 15 || rate == 3 {
        return None;
    }
    let padding = usize::from((h[2] >> 1) & 1);
    let (kbps, hz, per) = if version == 3 {
        const KBPS: [usize; 15] = [
            0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320,
        ];
        (KBPS[bitrate], [44_100, 48_000, 32_000][rate], 144)
    } else {
        const KBPS: [usize; 15] = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
        let hz = if version == 2 {
            [22_050, 24_000, 16_000][rate]
        } else {
            [11_025, 12_000, 8_000][rate]
        };
        (KBPS[bitrate], hz, 72)
    };
    Some(per * kbps * 1000 / hz + padding)
}

/// MP3 frames: the first is whole and followed by another where it ends,
/// when the file is that long, so a stray 0xFF 0xFB is not taken for sound.
fn mp3_frames(bytes: &[u8]) -> Result<MediaType, MediaError> {
    let first = mp3_frame(bytes).ok_or_else(|| damaged("an MP3 file"))?;
    match bytes.get(first..) {
        None => Err(damaged("an MP3 file")),
        Some(rest) if rest.len() >= 4 && mp3_frame(rest).is_none() => Err(damaged("an MP3 file")),
        Some(_) => Ok(MediaType::Mp3),
    }
}
