//! Each accepted kind from its real leading bytes, each refusal, and
//! headers cut short or lying about themselves.

use super::*;

const LIMIT: u64 = 40_000_000;

/// A PNG signature and IHDR chunk (what `inspect` reads) with a real CRC.
fn png(width: u32, height: u32) -> Vec<u8> {
    let mut chunk = b"IHDR".to_vec();
    chunk.extend(width.to_be_bytes());
    chunk.extend(height.to_be_bytes());
    chunk.extend([8, 6, 0, 0, 0]);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    out.extend(13u32.to_be_bytes());
    out.extend(crc32(&chunk).to_be_bytes());
    out.splice(12..12, chunk);
    out
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for b in bytes {
        crc ^= u32::from(*b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// SOI, an APP0 (JFIF) segment, DQT, then SOF0 (or `sof`) with the size.
fn jpeg_with(sof: u8, width: u16, height: u16) -> Vec<u8> {
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10];
    out.extend(b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
    out.extend([0xFF, 0xDB, 0x00, 0x43, 0x00]);
    out.extend([1u8; 64]);
    out.extend([0xFF, 0xFF, sof, 0x00, 0x11, 0x08]); // a fill byte before the marker
    out.extend(height.to_be_bytes());
    out.extend(width.to_be_bytes());
    out.extend([3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
    out.extend([0xFF, 0xDA, 0x00, 0x0C]);
    out
}

fn jpeg(width: u16, height: u16) -> Vec<u8> {
    jpeg_with(0xC0, width, height)
}

fn gif(width: u16, height: u16) -> Vec<u8> {
    let mut out = b"GIF89a".to_vec();
    out.extend(width.to_le_bytes());
    out.extend(height.to_le_bytes());
    out.extend([0xF7, 0, 0]);
    out
}

fn riff(chunk: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = b"RIFF".to_vec();
    out.extend((4 + 8 + data.len() as u32).to_le_bytes());
    out.extend(b"WEBP");
    out.extend(chunk);
    out.extend((data.len() as u32).to_le_bytes());
    out.extend(data);
    out
}

fn webp_lossy(width: u16, height: u16) -> Vec<u8> {
    let mut data = vec![0x30, 0x01, 0x00, 0x9D, 0x01, 0x2A];
    data.extend(width.to_le_bytes());
    data.extend(height.to_le_bytes());
    riff(b"VP8 ", &data)
}

fn webp_lossless(width: u32, height: u32) -> Vec<u8> {
    let bits = (width - 1) | (height - 1) << 14;
    let mut data = vec![0x2F];
    data.extend(bits.to_le_bytes());
    riff(b"VP8L", &data)
}

fn webp_extended(width: u32, height: u32) -> Vec<u8> {
    let mut data = vec![0x10, 0, 0, 0];
    data.extend(&(width - 1).to_le_bytes()[..3]);
    data.extend(&(height - 1).to_le_bytes()[..3]);
    riff(b"VP8X", &data)
}

/// `count` MPEG-1 layer III frames at 128 kbit/s, 44.1 kHz (417 bytes each).
fn mp3(count: usize) -> Vec<u8> {
    let mut frame = vec![0xFF, 0xFB, 0x90, 0x64];
    frame.resize(417, 0x55);
    frame.repeat(count)
}

fn id3(body: &[u8]) -> Vec<u8> {
    let mut out = b"ID3\x04\x00\x00\x00\x00\x00\x0A".to_vec();
    out.extend(b"TIT2\0\0\0\0\0\0");
    out.extend(body);
    out
}

fn ogg(packet: &[u8]) -> Vec<u8> {
    let mut out = b"OggS\0\x02".to_vec();
    out.extend([0u8; 20]);
    out.push(1);
    out.push(packet.len() as u8);
    out.extend(packet);
    out
}

fn ftyp(brand: &[u8; 4]) -> Vec<u8> {
    let mut out = 24u32.to_be_bytes().to_vec();
    out.extend(b"ftyp");
    out.extend(brand);
    out.extend([0, 0, 2, 0]);
    out.extend(b"isommp41");
    out.extend(8u32.to_be_bytes());
    out.extend(b"free");
    out
}

/// An EBML header with a version element and the DocType.
fn ebml(doctype: &str) -> Vec<u8> {
    let mut body = vec![0x42, 0x86, 0x81, 0x01];
    body.extend([0x42, 0x82, 0x80 | doctype.len() as u8]);
    body.extend(doctype.as_bytes());
    let mut out = vec![0x1A, 0x45, 0xDF, 0xA3, 0x80 | body.len() as u8];
    out.extend(body);
    out.extend([0x18, 0x53, 0x80, 0x67]);
    out
}

fn kind(bytes: &[u8]) -> MediaType {
    inspect(bytes, LIMIT).unwrap().media_type
}

fn size(bytes: &[u8]) -> (u64, u64) {
    inspect(bytes, LIMIT).unwrap().dimensions.unwrap()
}

fn unsupported(bytes: &[u8]) -> String {
    match inspect(bytes, LIMIT) {
        Err(MediaError::Unsupported(m)) => m,
        other => panic!("not refused as unsupported: {other:?}"),
    }
}

fn damaged(bytes: &[u8]) {
    match inspect(bytes, LIMIT) {
        Err(MediaError::Damaged(_)) => {}
        other => panic!("not refused as damaged: {other:?}"),
    }
}

#[test]
fn png_size_comes_from_ihdr() {
    assert_eq!(kind(&png(640, 480)), MediaType::Png);
    assert_eq!(size(&png(640, 480)), (640, 480));
    // A real 1x1 picture, whole.
    let real = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44,
        0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F,
        0x15, 0xC4, 0x89,
    ];
    assert_eq!(real[..], png(1, 1)[..33]);
    assert_eq!(size(&real), (1, 1));
}

#[test]
fn png_headers_cut_short_or_lying_are_damaged() {
    let whole = png(10, 10);
    for cut in [9, 12, 16, 20, 23] {
        damaged(&whole[..cut]);
    }
    let mut not_ihdr = whole.clone();
    not_ihdr[12..16].copy_from_slice(b"IDAT");
    damaged(&not_ihdr);
    let mut long = whole.clone();
    long[11] = 14;
    damaged(&long);
    damaged(&png(0, 10));
    damaged(&png(10, 0));
    damaged(&png(u32::MAX, 1));
}

#[test]
fn a_small_png_declaring_fifty_thousand_squared_is_refused_before_any_decoding() {
    let bomb = png(50_000, 50_000);
    assert!(bomb.len() < 40);
    match inspect(&bomb, LIMIT) {
        Err(e @ MediaError::TooManyPixels { .. }) => {
            assert_eq!(
                e,
                MediaError::TooManyPixels {
                    width: 50_000,
                    height: 50_000,
                    limit: LIMIT
                }
            );
            assert!(e.to_string().contains("limits.media_pixels"), "{e}");
        }
        other => panic!("{other:?}"),
    }
    // Exactly at the limit is allowed, one row more is not.
    assert!(inspect(&png(8000, 5000), LIMIT).is_ok());
    assert!(inspect(&png(8000, 5001), LIMIT).is_err());
}

#[test]
fn jpeg_size_comes_from_the_first_frame_header() {
    assert_eq!(kind(&jpeg(1024, 768)), MediaType::Jpeg);
    assert_eq!(size(&jpeg(1024, 768)), (1024, 768));
    // Progressive (SOF2) too.
    assert_eq!(size(&jpeg_with(0xC2, 33, 44)), (33, 44));
    assert!(matches!(
        inspect(&jpeg(60_000, 60_000), LIMIT),
        Err(MediaError::TooManyPixels { .. })
    ));
}

#[test]
fn jpeg_headers_cut_short_or_lying_are_damaged() {
    let whole = jpeg(100, 100);
    for cut in [3, 5, 20, 90, 95, 97] {
        damaged(&whole[..cut]);
    }
    // A DHT segment (0xC4) is not a frame header; the image data follows
    // with no frame header ever given.
    damaged(&jpeg_with(0xC4, 100, 100));
    // A segment length of 1 cannot be.
    let mut short = whole.clone();
    short[5] = 1;
    damaged(&short);
    // Bytes where a marker must be.
    let mut stray = whole;
    stray[20] = 0x00;
    damaged(&stray);
    damaged(&jpeg(0, 100));
}

#[test]
fn gif_size_comes_from_the_screen_descriptor() {
    assert_eq!(kind(&gif(320, 200)), MediaType::Gif);
    assert_eq!(size(&gif(320, 200)), (320, 200));
    assert_eq!(size(b"GIF87a\x01\x00\x02\x00"), (1, 2));
    damaged(b"GIF89a\x01\x00\x02");
    damaged(&gif(0, 5));
    assert!(inspect(&gif(65_535, 65_535), LIMIT).is_err());
}

#[test]
fn webp_size_comes_from_its_first_chunk() {
    for (bytes, want) in [
        (webp_lossy(800, 600), (800, 600)),
        (webp_lossless(16_384, 2), (16_384, 2)),
        (webp_extended(4000, 3000), (4000, 3000)),
    ] {
        assert_eq!(kind(&bytes), MediaType::Webp);
        assert_eq!(size(&bytes), want);
    }
    assert!(matches!(
        inspect(&webp_extended(16_000_000, 16_000_000), LIMIT),
        Err(MediaError::TooManyPixels { .. })
    ));
}

#[test]
fn webp_headers_cut_short_or_lying_are_damaged() {
    for whole in [webp_lossy(8, 8), webp_lossless(8, 8), webp_extended(8, 8)] {
        damaged(&whole[..whole.len() - 1]);
        damaged(&whole[..16]);
    }
    let mut no_start_code = webp_lossy(8, 8);
    no_start_code[24] = 0;
    damaged(&no_start_code);
    let mut no_signature = webp_lossless(8, 8);
    no_signature[20] = 0x2E;
    damaged(&no_signature);
    damaged(&riff(b"ALPH", &[0; 12]));
    damaged(&webp_lossy(0, 8));
}

#[test]
fn mp3_is_known_by_its_tag_or_its_frames() {
    assert_eq!(kind(&mp3(3)), MediaType::Mp3);
    assert_eq!(kind(&mp3(1)), MediaType::Mp3);
    assert_eq!(kind(&id3(&mp3(2))), MediaType::Mp3);
    assert_eq!(inspect(&mp3(2), LIMIT).unwrap().dimensions, None);
    // Padding between the tag and the first frame.
    let mut padded = vec![0u8; 30];
    padded.extend(mp3(2));
    assert_eq!(kind(&id3(&padded)), MediaType::Mp3);
}

#[test]
fn mp3_cut_short_or_lying_is_refused() {
    // Less than one frame.
    damaged(&mp3(1)[..100]);
    // A frame not followed by another where it ends.
    let mut broken = mp3(2);
    broken[417] = 0x00;
    damaged(&broken);
    // A tag that says it is longer than the file.
    let mut tag = id3(&mp3(1));
    tag[7] = 0x7F;
    damaged(&tag);
    // A tag size with its high bit set (not synchsafe).
    let mut unsafe_size = id3(&mp3(1));
    unsafe_size[8] = 0x80;
    damaged(&unsafe_size);
    // A tag over AAC (ADTS), not MP3.
    let aac = id3(&[0xFF, 0xF1, 0x50, 0x80, 0x02, 0x1F, 0xFC]);
    assert!(unsupported(&aac).contains("ID3"));
    // Layer I or a reserved sample rate is not MP3.
    assert!(matches!(
        inspect(&[0xFF, 0xFF, 0x90, 0x64], LIMIT),
        Err(MediaError::Unsupported(_))
    ));
    assert!(matches!(
        inspect(&[0xFF, 0xFB, 0x9C, 0x64], LIMIT),
        Err(MediaError::Unsupported(_))
    ));
}

#[test]
fn ogg_is_accepted_for_vorbis_opus_and_flac_only() {
    assert_eq!(kind(&ogg(b"\x01vorbis\0\0\0\0\x02")), MediaType::Ogg);
    assert_eq!(kind(&ogg(b"OpusHead\x01\x02")), MediaType::Ogg);
    assert_eq!(kind(&ogg(b"\x7fFLAC\x01\x00\x00\x01")), MediaType::Ogg);
    assert!(unsupported(&ogg(b"\x80theora\x03\x02\x01")).contains("OGG video"));
    damaged(&ogg(b"Opus"));
    damaged(&ogg(b"OpusHead")[..27]);
    let mut version = ogg(b"OpusHead\x01\x02");
    version[4] = 1;
    damaged(&version);
}

#[test]
fn iso_media_is_told_apart_by_its_brand() {
    assert_eq!(kind(&ftyp(b"M4A ")), MediaType::M4a);
    for brand in [b"isom", b"mp42", b"avc1", b"iso6"] {
        assert_eq!(kind(&ftyp(brand)), MediaType::Mp4);
    }
    for other in [b"heic", b"avif", b"qt  ", b"3gp4"] {
        unsupported(&ftyp(other));
    }
    damaged(&ftyp(b"isom")[..10]);
    let mut tiny = ftyp(b"isom");
    tiny[3] = 8;
    damaged(&tiny);
}

#[test]
fn webm_is_known_by_its_doctype() {
    assert_eq!(kind(&ebml("webm")), MediaType::Webm);
    assert!(unsupported(&ebml("matroska")).contains("accepted"));
    let whole = ebml("webm");
    damaged(&whole[..10]);
    damaged(&whole[..4]);
    // A header whose size runs past the file.
    let mut long = whole.clone();
    long[4] = 0xFF;
    damaged(&long);
    // A child whose size runs past its header.
    let mut child = whole;
    child[11] = 0x9F;
    damaged(&child);
}

#[test]
fn svg_text_html_and_empty_files_are_unsupported_with_a_reason() {
    let svg = br#"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#;
    let message = unsupported(svg);
    assert!(
        message.contains("SVG") && message.contains("scripts"),
        "{message}"
    );
    assert!(unsupported(b"  <SVG width='10'>").contains("SVG"));
    let html = b"<!doctype html><html><body><img src=x onerror=alert(1)></body></html>";
    let message = unsupported(html);
    assert!(message.contains("PNG, JPEG, GIF or WebP"), "{message}");
    unsupported(b"just some text, named picture.png");
    assert!(unsupported(b"").contains("empty"));
    unsupported(b"%PDF-1.7\n");
    unsupported(b"BM\x36\x00\x00\x00");
}

#[test]
fn each_type_has_one_extension_and_mime_type() {
    for t in MediaType::ALL {
        assert_eq!(MediaType::from_extension(t.extension()), Some(t));
        assert_eq!(MediaType::from_mime(t.mime()), Some(t));
    }
    assert_eq!(MediaType::from_extension("svg"), None);
    assert_eq!(MediaType::from_mime("image/svg+xml"), None);
}

#[test]
fn content_addressed_names_and_references() {
    let hash = "ab".repeat(32);
    assert_eq!(
        parse_name(&format!("{hash}.png")),
        Some((hash.as_str(), MediaType::Png))
    );
    assert_eq!(url(&hash, MediaType::Webm), format!("/media/{hash}.webm"));
    for not in [
        format!("{hash}.svg"),
        format!("{hash}png"),
        format!("{}.png", "AB".repeat(32)),
        format!("{}.png", &hash[1..]),
        format!("{hash}.png.png"),
        "rings.jpg".into(),
    ] {
        assert_eq!(parse_name(&not), None, "{not}");
    }
    assert_eq!(
        referenced_hash(&format!("/media/{hash}.mp3")),
        Some(hash.as_str())
    );
    assert_eq!(
        referenced_hash(&format!("https://quiz.example/media/{hash}.jpg")),
        Some(hash.as_str())
    );
    assert_eq!(referenced_hash("/media/rings.jpg"), None);
    assert_eq!(referenced_hash(&format!("/media/{}", &hash[..63])), None);
}
