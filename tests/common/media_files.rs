//! Small media files the tests make, each valid as far as its type's
//! header goes, and the SHA-256 names uploads are stored under.

use sha2::{Digest, Sha256};

/// A 1x1 PNG, whole and valid.
pub const PNG_1X1: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0xDA, 0x63, 0x64, 0x60, 0xF8, 0x5F,
    0x0F, 0x00, 0x02, 0x87, 0x01, 0x80, 0xEB, 0x47, 0xBA, 0x92, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
    0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
];

/// `frames` MPEG-1 layer III frames (128 kbit/s, 44.1 kHz, 417 bytes
/// each) whose payload differs at every position, so a wrong range shows.
pub fn mp3(frames: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(frames * 417);
    for f in 0..frames {
        out.extend([0xFF, 0xFB, 0x90, 0x64]);
        out.extend((4..417).map(|i| ((f * 417 + i) % 251) as u8));
    }
    out
}

/// Lower-case hex SHA-256, the name media is stored under.
pub fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `frames` MPEG-1 layer III frames (128 kbit/s, 44.1 kHz, 26 ms each)
/// whose side information says every granule is empty: a sound a browser
/// decodes and plays, as silence.
pub fn silent_mp3(frames: usize) -> Vec<u8> {
    let mut frame = vec![0u8; 417];
    frame[..4].copy_from_slice(&[0xFF, 0xFB, 0x90, 0x64]);
    frame.repeat(frames)
}
