//! Uploaded media: what kind of file a body is, judged from its content
//! alone (magic bytes, never a name or a Content-Type), and how many pixels
//! a picture declares, read from its header without decoding it. It also
//! owns the content-addressed names (`/media/<sha256>.<ext>`) quizzes use,
//! and which quizzes use which stored media (`usage`), and scales large
//! pictures down for phones (`scale`, the only part that decodes). It
//! must not store or serve anything.

mod pixels;
pub mod scale;
mod sniff;
#[cfg(test)]
mod tests;
mod usage;

pub use usage::{media_use, quiz_media, MediaUse};

use serde::Serialize;

/// What `inspect` accepts: pictures, sounds and videos every current
/// browser plays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum MediaType {
    Png,
    Jpeg,
    Gif,
    Webp,
    Mp3,
    Ogg,
    M4a,
    Mp4,
    Webm,
}

impl MediaType {
    pub const ALL: [MediaType; 9] = [
        MediaType::Png,
        MediaType::Jpeg,
        MediaType::Gif,
        MediaType::Webp,
        MediaType::Mp3,
        MediaType::Ogg,
        MediaType::M4a,
        MediaType::Mp4,
        MediaType::Webm,
    ];

    /// The MIME type it is stored and served as.
    pub fn mime(self) -> &'static str {
        match self {
            MediaType::Png => "image/png",
            MediaType::Jpeg => "image/jpeg",
            MediaType::Gif => "image/gif",
            MediaType::Webp => "image/webp",
            MediaType::Mp3 => "audio/mpeg",
            MediaType::Ogg => "audio/ogg",
            MediaType::M4a => "audio/mp4",
            MediaType::Mp4 => "video/mp4",
            MediaType::Webm => "video/webm",
        }
    }

    /// The extension of its URL.
    pub fn extension(self) -> &'static str {
        match self {
            MediaType::Png => "png",
            MediaType::Jpeg => "jpg",
            MediaType::Gif => "gif",
            MediaType::Webp => "webp",
            MediaType::Mp3 => "mp3",
            MediaType::Ogg => "ogg",
            MediaType::M4a => "m4a",
            MediaType::Mp4 => "mp4",
            MediaType::Webm => "webm",
        }
    }

    pub fn from_mime(mime: &str) -> Option<MediaType> {
        MediaType::ALL.into_iter().find(|t| t.mime() == mime)
    }

    pub fn from_extension(ext: &str) -> Option<MediaType> {
        MediaType::ALL.into_iter().find(|t| t.extension() == ext)
    }

    pub fn is_image(self) -> bool {
        matches!(
            self,
            MediaType::Png | MediaType::Jpeg | MediaType::Gif | MediaType::Webp
        )
    }
}

/// Why a file is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MediaError {
    /// Not one of the accepted kinds (HTTP 415).
    #[error("{0}")]
    Unsupported(String),
    /// Of an accepted kind, but its header is cut short or contradicts
    /// itself (HTTP 422).
    #[error("{0}")]
    Damaged(String),
    /// A picture declaring more pixels than allowed (HTTP 413).
    #[error(
        "the picture is {width} x {height} pixels, more than the {limit} pixels allowed \
         (the limits.media_pixels setting); make it smaller first"
    )]
    TooManyPixels { width: u64, height: u64, limit: u64 },
}

/// What an accepted file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Inspected {
    pub media_type: MediaType,
    /// A picture's width and height from its header.
    pub dimensions: Option<(u64, u64)>,
}

const ACCEPTED: &str =
    "PNG, JPEG, GIF or WebP pictures, MP3, OGG or M4A sounds, MP4 or WebM videos";

/// Says what `bytes` are, from their content only, and refuses what is not
/// accepted, what is damaged, and pictures over `max_pixels`.
pub fn inspect(bytes: &[u8], max_pixels: u64) -> Result<Inspected, MediaError> {
    let Some(media_type) = sniff::sniff(bytes)? else {
        return Err(MediaError::Unsupported(refusal(bytes)));
    };
    let dimensions = if media_type.is_image() {
        let (width, height) = pixels::dimensions(media_type, bytes)?;
        if width == 0 || height == 0 {
            return Err(MediaError::Damaged(format!(
                "the {} header declares a picture of {width} x {height} pixels",
                media_type.extension().to_uppercase()
            )));
        }
        if width.saturating_mul(height) > max_pixels {
            return Err(MediaError::TooManyPixels {
                width,
                height,
                limit: max_pixels,
            });
        }
        Some((width, height))
    } else {
        None
    };
    Ok(Inspected {
        media_type,
        dimensions,
    })
}

/// The message for a file of no accepted kind, naming what it looks like
/// where that helps.
fn refusal(bytes: &[u8]) -> String {
    let head = &bytes[..bytes.len().min(1024)];
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    if text.contains("<svg") {
        return format!(
            "SVG pictures are not accepted: they can carry scripts. Send {ACCEPTED}, \
             for example the SVG exported as PNG"
        );
    }
    if bytes.is_empty() {
        return format!("the file is empty; send {ACCEPTED}");
    }
    format!("the file's content is none of the accepted kinds: {ACCEPTED}")
}

/// The SHA-256 and extension in a content-addressed media name
/// (`<64 lower-case hex>.<ext>`), if `name` is one.
pub fn parse_name(name: &str) -> Option<(&str, MediaType)> {
    let (hash, ext) = name.split_once('.')?;
    let media_type = MediaType::from_extension(ext)?;
    is_hash(hash).then_some((hash, media_type))
}

/// A SHA-256 as lower-case hex.
pub fn is_hash(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// The URL path media is served at.
pub fn url(hash: &str, media_type: MediaType) -> String {
    format!("/media/{hash}.{}", media_type.extension())
}

/// The hashes of stored media a question's `media` field names: its
/// `/media/<sha256>` part, also inside a full address. Errs on the side of
/// keeping: any 64 hex digits after `/media/` count.
pub fn referenced_hash(media: &str) -> Option<&str> {
    let start = media.find("/media/")? + "/media/".len();
    let hash = media.get(start..start + 64)?;
    is_hash(hash).then_some(hash)
}
