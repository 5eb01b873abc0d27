//! Scaling real pictures made here: the size they come out at, the
//! orientation and colour profile they keep, see-through edges that stay
//! clean, and pictures whose data is damaged or disagrees with the header.

use image::{GenericImageView, ImageBuffer, Luma, LumaA, Rgb, Rgba};

use super::*;
use crate::media::inspect;

const LIMIT: u64 = 40_000_000;

fn options(max_side: u32) -> ScaleOptions {
    ScaleOptions {
        max_side,
        jpeg_quality: 85,
    }
}

fn png_of(image: &DynamicImage) -> Vec<u8> {
    let mut out = Vec::new();
    image
        .write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
        .unwrap();
    out
}

fn jpeg_of(image: &DynamicImage) -> Vec<u8> {
    let mut out = Vec::new();
    image
        .write_with_encoder(JpegEncoder::new_with_quality(&mut out, 90))
        .unwrap();
    out
}

/// Left half red, right half blue.
fn halves(width: u32, height: u32) -> DynamicImage {
    DynamicImage::ImageRgb8(ImageBuffer::from_fn(width, height, |x, _| {
        if x < width / 2 {
            Rgb([255, 0, 0])
        } else {
            Rgb([0, 0, 255])
        }
    }))
}

/// An APP1 Exif segment holding only an orientation, right after SOI.
fn with_orientation(jpeg: &[u8], orientation: u16) -> Vec<u8> {
    let mut tiff = b"MM\0\x2A\0\0\0\x08".to_vec();
    tiff.extend(1u16.to_be_bytes());
    tiff.extend([0x01, 0x12, 0x00, 0x03, 0, 0, 0, 1]);
    tiff.extend(orientation.to_be_bytes());
    tiff.extend([0, 0, 0, 0, 0, 0]);
    let mut segment = vec![0xFF, 0xE1];
    segment.extend(u16::try_from(2 + 6 + tiff.len()).unwrap().to_be_bytes());
    segment.extend(b"Exif\0\0");
    segment.extend(tiff);
    let mut out = jpeg[..2].to_vec();
    out.extend(segment);
    out.extend(&jpeg[2..]);
    out
}

fn scaled(bytes: &[u8], max_side: u32) -> Scaled {
    let inspected = inspect(bytes, LIMIT).unwrap();
    assert!(scale::wanted(&inspected, max_side));
    match scale(bytes, &inspected, options(max_side)).unwrap() {
        Prepared::Scaled(scaled) => scaled,
        Prepared::Kept(why) => panic!("kept: {why}"),
    }
}

fn decoded(bytes: &[u8]) -> DynamicImage {
    image::load_from_memory(bytes).unwrap()
}

use super as scale;

#[test]
fn the_longer_side_is_fitted_and_the_shorter_follows_rounded() {
    assert_eq!(fitted(3000, 2000, 1600), (1600, 1067));
    assert_eq!(fitted(2000, 3000, 1600), (1067, 1600));
    assert_eq!(fitted(4032, 3024, 1600), (1600, 1200));
    assert_eq!(fitted(1601, 1601, 1600), (1600, 1600));
    assert_eq!(fitted(1600, 900, 1600), (1600, 900), "not over: unchanged");
    assert_eq!(fitted(100_000, 10, 1600), (1600, 1), "never 0 pixels");
}

#[test]
fn only_pngs_and_jpegs_over_the_side_are_wanted() {
    let at = |media_type, width, height| Inspected {
        media_type,
        dimensions: Some((width, height)),
    };
    assert!(wanted(&at(MediaType::Png, 1601, 10), 1600));
    assert!(wanted(&at(MediaType::Jpeg, 10, 1601), 1600));
    assert!(!wanted(&at(MediaType::Jpeg, 1600, 1600), 1600));
    assert!(
        !wanted(&at(MediaType::Jpeg, 5000, 5000), 0),
        "0 turns it off"
    );
    assert!(!wanted(&at(MediaType::Gif, 5000, 5000), 1600));
    assert!(!wanted(&at(MediaType::Webp, 5000, 5000), 1600));
    let sound = Inspected {
        media_type: MediaType::Mp3,
        dimensions: None,
    };
    assert!(!wanted(&sound, 1600));
}

#[test]
fn a_png_and_a_jpeg_come_out_in_their_own_format_at_the_fitted_size() {
    let png = scaled(&png_of(&halves(600, 400)), 300);
    assert_eq!((png.width, png.height), (300, 200));
    let back = inspect(&png.bytes, LIMIT).unwrap();
    assert_eq!(back.media_type, MediaType::Png);
    assert_eq!(back.dimensions, Some((300, 200)));
    let image = decoded(&png.bytes);
    assert_eq!(image.get_pixel(10, 100), Rgba([255, 0, 0, 255]));
    assert_eq!(image.get_pixel(290, 100), Rgba([0, 0, 255, 255]));

    let jpeg = scaled(&jpeg_of(&halves(600, 400)), 300);
    let back = inspect(&jpeg.bytes, LIMIT).unwrap();
    assert_eq!(back.media_type, MediaType::Jpeg);
    assert_eq!(back.dimensions, Some((300, 200)));
    let [r, g, b, _] = decoded(&jpeg.bytes).get_pixel(10, 100).0;
    assert!(r > 240 && g < 16 && b < 16, "{r} {g} {b}");
}

#[test]
fn a_grey_png_stays_grey_and_a_sixteen_bit_one_keeps_its_depth() {
    let grey = DynamicImage::ImageLuma8(ImageBuffer::from_fn(500, 50, |x, _| {
        Luma([(x % 256) as u8])
    }));
    let out = decoded(&scaled(&png_of(&grey), 250).bytes);
    assert_eq!(out.color(), image::ColorType::L8);
    let deep = DynamicImage::ImageRgb16(ImageBuffer::from_fn(500, 50, |x, _| {
        Rgb([x as u16 * 100, 40_000, 1])
    }));
    let out = decoded(&scaled(&png_of(&deep), 250).bytes);
    assert_eq!(out.color(), image::ColorType::Rgb16);
    assert_eq!(out.dimensions(), (250, 25));
}

#[test]
fn a_photo_taken_sideways_is_stored_upright_without_its_exif() {
    // Stored as 600 x 400 with "rotate 90° clockwise to show": a portrait
    // photo, whose left (red) edge is its top.
    let sideways = with_orientation(&jpeg_of(&halves(600, 400)), 6);
    assert_eq!(
        inspect(&sideways, LIMIT).unwrap().dimensions,
        Some((600, 400))
    );
    let out = scaled(&sideways, 300);
    assert_eq!((out.width, out.height), (200, 300));
    let image = decoded(&out.bytes);
    assert_eq!(image.dimensions(), (200, 300));
    let [r, _, b, _] = image.get_pixel(100, 10).0;
    assert!(r > 240 && b < 16, "the top is red: {r} {b}");
    let [r, _, b, _] = image.get_pixel(100, 290).0;
    assert!(r < 16 && b > 240, "the bottom is blue: {r} {b}");
    let mut decoder = ImageReader::with_format(Cursor::new(&out.bytes), ImageFormat::Jpeg)
        .into_decoder()
        .unwrap();
    assert_eq!(decoder.exif_metadata().unwrap(), None);
    assert_eq!(
        decoder.orientation().unwrap(),
        image::metadata::Orientation::NoTransforms
    );
}

#[test]
fn the_colour_profile_is_kept() {
    let profile: Vec<u8> = (0..600u32).map(|i| (i % 251) as u8).collect();
    let mut jpeg = Vec::new();
    let mut encoder = JpegEncoder::new_with_quality(&mut jpeg, 90);
    encoder.set_icc_profile(profile.clone()).unwrap();
    halves(600, 400).write_with_encoder(encoder).unwrap();
    let out = scaled(&jpeg, 300);
    let mut decoder = ImageReader::with_format(Cursor::new(&out.bytes), ImageFormat::Jpeg)
        .into_decoder()
        .unwrap();
    assert_eq!(decoder.icc_profile().unwrap(), Some(profile));
}

#[test]
fn see_through_edges_keep_their_colour() {
    // Left half fully transparent black, right half opaque white: every
    // pixel that shows anything must stay white, not darken towards the
    // hidden black.
    let picture = DynamicImage::ImageRgba8(ImageBuffer::from_fn(400, 40, |x, _| {
        if x < 201 {
            Rgba([0, 0, 0, 0])
        } else {
            Rgba([255, 255, 255, 255])
        }
    }));
    let out = decoded(&scaled(&png_of(&picture), 100).bytes).to_rgba8();
    let edge: Vec<_> = out.pixels().filter(|p| p[3] > 0 && p[3] < 255).collect();
    assert!(!edge.is_empty(), "the edge is partly transparent");
    for p in out.pixels().filter(|p| p[3] > 0) {
        assert!(p[0] >= 250 && p[1] >= 250 && p[2] >= 250, "{p:?}");
    }
    let grey = DynamicImage::ImageLumaA8(ImageBuffer::from_fn(400, 40, |x, _| {
        if x < 201 {
            LumaA([0, 0])
        } else {
            LumaA([255, 255])
        }
    }));
    let out = decoded(&scaled(&png_of(&grey), 100).bytes).to_luma_alpha8();
    for p in out.pixels().filter(|p| p[1] > 0) {
        assert!(p[0] >= 250, "{p:?}");
    }
}

#[test]
fn damaged_data_is_refused() {
    let mut png = png_of(&halves(600, 400));
    png.truncate(png.len() / 2);
    let inspected = inspect(&png, LIMIT).unwrap();
    let err = scale(&png, &inspected, options(300)).unwrap_err();
    assert!(
        matches!(&err, MediaError::Damaged(m) if m.contains("PNG picture's data is damaged")),
        "{err}"
    );
    let jpeg = jpeg_of(&halves(600, 400));
    let cut = &jpeg[..jpeg.len() / 3];
    let inspected = inspect(cut, LIMIT).unwrap();
    match scale(cut, &inspected, options(300)) {
        Err(MediaError::Damaged(m)) => assert!(m.contains("JPEG"), "{m}"),
        // A JPEG decoder may fill in what is missing, as browsers do.
        Ok(Prepared::Scaled(out)) => assert_eq!((out.width, out.height), (300, 200)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn data_larger_than_its_header_says_is_refused_by_the_decoders_own_limits() {
    // What `inspect` read says 300 x 200; the picture is 600 x 400. The
    // decoder, held to the header's size, refuses before allocating.
    for bytes in [png_of(&halves(600, 400)), jpeg_of(&halves(600, 400))] {
        let mut inspected = inspect(&bytes, LIMIT).unwrap();
        inspected.dimensions = Some((300, 200));
        let err = scale(&bytes, &inspected, options(100)).unwrap_err();
        assert!(
            matches!(&err, MediaError::Damaged(m) if m.contains("does not agree with the size")),
            "{err}"
        );
    }
}
