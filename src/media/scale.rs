//! Scaling a large uploaded picture down for phones: a PNG or JPEG whose
//! longer side is over `media.max_image_side` is decoded, filtered down to
//! that side (keeping its shape), turned upright as its Exif orientation
//! says, and encoded again in its own format. Everything else is kept as
//! sent: GIFs may be animated, and the image crate encodes WebP only
//! losslessly, which would make a smaller photo a larger file.
//!
//! The picture's header has been checked against `limits.media_pixels`
//! before anything here runs (`inspect`); decoding then runs within the
//! image crate's own limits, set from that header, so a file whose data
//! disagrees with its header is refused rather than allocated for. It is
//! plain blocking work: the server runs it on a blocking thread, a few at
//! a time. It must not store or serve anything.

use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::{CompressionType, FilterType as PngFilter, PngEncoder};
use image::imageops::{self, FilterType};
use image::{
    DynamicImage, ImageDecoder, ImageEncoder, ImageError, ImageFormat, ImageReader, Limits,
    Primitive,
};

use super::{Inspected, MediaError, MediaType};

/// The filter pictures are scaled down with.
// Catmull-Rom is as sharp as Lanczos3 to the eye when shrinking, without
// its ringing around hard edges (text on slides), and reads 4 source
// pixels per output pixel and pass instead of 6.
const FILTER: FilterType = FilterType::CatmullRom;

/// How pictures are prepared (from the `[media]` settings).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScaleOptions {
    /// The longest side a stored picture may have; 0: no scaling.
    pub max_side: u32,
    /// JPEG quality of a scaled JPEG, 1 to 100.
    pub jpeg_quality: u8,
}

/// A picture scaled down and encoded again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scaled {
    pub bytes: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// What `scale` made of a picture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Prepared {
    Scaled(Scaled),
    /// Kept as sent, because of what this says: the picture uses a part of
    /// its format the decoder does not know (a browser may), or could not
    /// be encoded again.
    Kept(String),
}

/// Whether `scale` is for this picture: a PNG or JPEG whose longer side,
/// as its header declares it, is over `max_side` (never when it is 0).
pub fn wanted(inspected: &Inspected, max_side: u32) -> bool {
    let scalable = matches!(inspected.media_type, MediaType::Png | MediaType::Jpeg);
    match inspected.dimensions {
        Some((width, height)) if scalable && max_side > 0 => width.max(height) > max_side.into(),
        _ => false,
    }
}

/// The size a `width` x `height` picture is scaled to: its longer side
/// `max_side`, the shorter one in proportion, rounded, at least 1.
pub fn fitted(width: u32, height: u32, max_side: u32) -> (u32, u32) {
    let (long, short) = (width.max(height), width.min(height));
    if long <= max_side {
        return (width, height);
    }
    let scaled = (u64::from(short) * u64::from(max_side) + u64::from(long) / 2) / u64::from(long);
    let scaled = u32::try_from(scaled).unwrap_or(max_side).max(1);
    if width >= height {
        (max_side, scaled)
    } else {
        (scaled, max_side)
    }
}

/// Scales the picture down as `wanted` says it should be. A picture whose
/// data is damaged, or disagrees with its header, is refused.
pub fn scale(
    bytes: &[u8],
    inspected: &Inspected,
    options: ScaleOptions,
) -> Result<Prepared, MediaError> {
    let format = match inspected.media_type {
        MediaType::Png => ImageFormat::Png,
        MediaType::Jpeg => ImageFormat::Jpeg,
        _ => {
            return Ok(Prepared::Kept(
                "only PNG and JPEG pictures are scaled".into(),
            ))
        }
    };
    let Some((width, height)) = inspected.dimensions else {
        return Ok(Prepared::Kept("the picture's size is not known".into()));
    };
    let (Ok(width), Ok(height)) = (u32::try_from(width), u32::try_from(height)) else {
        return Err(disagreeing(inspected.media_type));
    };
    let mut limits = Limits::default();
    limits.max_image_width = Some(width);
    limits.max_image_height = Some(height);
    // At most 8 bytes a pixel (16-bit RGBA), and room for the chunks and
    // tables a decoder keeps beside the pixels (an ICC profile, Huffman
    // tables); a compressed text chunk that unpacks past it is refused.
    limits.max_alloc = Some(u64::from(width) * u64::from(height) * 8 + (16 << 20));
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits.clone());
    let decoded = reader
        .into_decoder()
        .and_then(|mut decoder| {
            let orientation = decoder.orientation()?;
            let icc = decoder.icc_profile()?;
            limits.reserve(decoder.total_bytes())?;
            Ok((DynamicImage::from_decoder(decoder)?, orientation, icc))
        })
        .map_err(|e| refusal(inspected.media_type, e));
    let (image, orientation, icc) = match decoded {
        Ok(decoded) => decoded,
        Err(Refusal::Damaged(e)) => return Err(e),
        Err(Refusal::Unknown(why)) => return Ok(Prepared::Kept(why)),
    };
    // Filtered before it is turned upright, so only the small copy turns.
    let (to_width, to_height) = fitted(image.width(), image.height(), options.max_side);
    let mut small = resized(image, to_width, to_height);
    small.apply_orientation(orientation);
    match encoded(&small, inspected.media_type, options.jpeg_quality, icc) {
        Ok(bytes) => Ok(Prepared::Scaled(Scaled {
            bytes,
            width: small.width(),
            height: small.height(),
        })),
        Err(e) => Ok(Prepared::Kept(format!(
            "it could not be encoded again: {e}"
        ))),
    }
}

enum Refusal {
    Damaged(MediaError),
    Unknown(String),
}

fn disagreeing(media_type: MediaType) -> MediaError {
    MediaError::Damaged(format!(
        "the {} picture's data does not agree with the size its header declares",
        media_type.extension().to_uppercase()
    ))
}

fn refusal(media_type: MediaType, e: ImageError) -> Refusal {
    let name = media_type.extension().to_uppercase();
    match e {
        ImageError::Limits(_) => Refusal::Damaged(disagreeing(media_type)),
        ImageError::Unsupported(e) => {
            Refusal::Unknown(format!("the {name} decoder does not support it: {e}"))
        }
        ImageError::Decoding(_) | ImageError::IoError(_) => Refusal::Damaged(MediaError::Damaged(
            format!("the {name} picture's data is damaged or cut short: {e}"),
        )),
        ImageError::Parameter(_) | ImageError::Encoding(_) => {
            Refusal::Unknown(format!("the {name} decoder failed: {e}"))
        }
    }
}

/// The picture at `width` x `height`. `imageops::resize` expects colour
/// premultiplied by alpha and PNGs store it straight, so a picture with
/// see-through pixels is premultiplied first: otherwise the hidden colour
/// of transparent pixels (often black) bleeds into the visible edges.
fn resized(image: DynamicImage, width: u32, height: u32) -> DynamicImage {
    match image {
        DynamicImage::ImageRgba8(mut buffer) => {
            let straight = premultiply(&mut buffer, 4);
            let mut out = imageops::resize(&buffer, width, height, FILTER);
            if straight {
                unpremultiply(&mut out, 4);
            }
            DynamicImage::ImageRgba8(out)
        }
        DynamicImage::ImageLumaA8(mut buffer) => {
            let straight = premultiply(&mut buffer, 2);
            let mut out = imageops::resize(&buffer, width, height, FILTER);
            if straight {
                unpremultiply(&mut out, 2);
            }
            DynamicImage::ImageLumaA8(out)
        }
        DynamicImage::ImageRgba16(mut buffer) => {
            let straight = premultiply(&mut buffer, 4);
            let mut out = imageops::resize(&buffer, width, height, FILTER);
            if straight {
                unpremultiply(&mut out, 4);
            }
            DynamicImage::ImageRgba16(out)
        }
        DynamicImage::ImageLumaA16(mut buffer) => {
            let straight = premultiply(&mut buffer, 2);
            let mut out = imageops::resize(&buffer, width, height, FILTER);
            if straight {
                unpremultiply(&mut out, 2);
            }
            DynamicImage::ImageLumaA16(out)
        }
        opaque => opaque.resize_exact(width, height, FILTER),
    }
}

/// Multiplies each pixel's colour by its alpha (the last of `channels`
/// samples), unless every pixel is opaque; says whether it did.
fn premultiply<T>(samples: &mut [T], channels: usize) -> bool
where
    T: Primitive + Into<u64> + TryFrom<u64>,
{
    let max: u64 = T::DEFAULT_MAX_VALUE.into();
    let opaque = samples
        .chunks_exact(channels)
        .all(|px| px[channels - 1] == T::DEFAULT_MAX_VALUE);
    if opaque {
        return false;
    }
    for px in samples.chunks_exact_mut(channels) {
        let (colour, alpha) = px.split_at_mut(channels - 1);
        let alpha: u64 = alpha[0].into();
        for c in colour {
            let value: u64 = (*c).into();
            *c = T::try_from((value * alpha + max / 2) / max).unwrap_or(T::DEFAULT_MAX_VALUE);
        }
    }
    true
}

/// The inverse of `premultiply`; a fully transparent pixel keeps colour 0.
fn unpremultiply<T>(samples: &mut [T], channels: usize)
where
    T: Primitive + Into<u64> + TryFrom<u64>,
{
    let max: u64 = T::DEFAULT_MAX_VALUE.into();
    for px in samples.chunks_exact_mut(channels) {
        let (colour, alpha) = px.split_at_mut(channels - 1);
        let alpha: u64 = alpha[0].into();
        for c in colour {
            let value: u64 = (*c).into();
            let straight = match alpha {
                0 => 0,
                a => ((value * max + a / 2) / a).min(max),
            };
            *c = T::try_from(straight).unwrap_or(T::DEFAULT_MAX_VALUE);
        }
    }
}

/// The picture in its own format again, with the colour profile it came
/// with. Its Exif block is not carried over: the orientation is applied,
/// and a phone photo's location and camera need not travel to every
/// player.
fn encoded(
    image: &DynamicImage,
    media_type: MediaType,
    jpeg_quality: u8,
    icc: Option<Vec<u8>>,
) -> Result<Vec<u8>, ImageError> {
    let mut out = Vec::new();
    match media_type {
        MediaType::Jpeg => {
            let mut encoder = JpegEncoder::new_with_quality(&mut out, jpeg_quality);
            if let Some(icc) = icc {
                // A profile the encoder cannot hold is left out: the
                // colours are then read as sRGB, as most are.
                let _ = encoder.set_icc_profile(icc);
            }
            match image {
                DynamicImage::ImageLuma8(_) | DynamicImage::ImageRgb8(_) => {
                    image.write_with_encoder(encoder)?
                }
                other => DynamicImage::ImageRgb8(other.to_rgb8()).write_with_encoder(encoder)?,
            }
        }
        _ => {
            let mut encoder = PngEncoder::new_with_quality(
                &mut out,
                CompressionType::Default,
                PngFilter::Adaptive,
            );
            if let Some(icc) = icc {
                let _ = encoder.set_icc_profile(icc);
            }
            image.write_with_encoder(encoder)?;
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
