//! What scaling one uploaded phone photo costs: a 12 MP JPEG (4032 x 3024,
//! quality 90, made here with a photo's grain so it weighs what a camera's
//! does) through `media::scale` down to the default 1600 px, as
//! `POST /api/media` does it on one of its blocking threads. Also the
//! decoding alone, and the filtering alone with Catmull-Rom (what quizbox
//! uses) and Lanczos3, to show where the time goes.
//!
//! ```sh
//! cargo bench --bench media_scale              # 7 runs of each
//! cargo bench --bench media_scale -- --runs 15
//! ```
//!
//! It prints figures; it asserts nothing about time.

use std::io::Cursor;
use std::time::{Duration, Instant};

use image::codecs::jpeg::JpegEncoder;
use image::imageops::FilterType;
use image::{DynamicImage, ImageBuffer, Rgb};
use quizbox::media::inspect;
use quizbox::media::scale::{scale, Prepared, ScaleOptions};

const WIDTH: u32 = 4032;
const HEIGHT: u32 = 3024;

/// Smooth light across the frame with per-pixel grain from a fixed
/// sequence: the detail a camera records, which decides how much work the
/// JPEG codec does.
fn photo() -> Vec<u8> {
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let image = ImageBuffer::from_fn(WIDTH, HEIGHT, |x, y| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let grain = (seed % 24) as i32 - 12;
        let channel = |base: u32| (base as i32 + grain).clamp(0, 255) as u8;
        Rgb([
            channel(60 + 150 * x / WIDTH),
            channel(40 + 120 * y / HEIGHT),
            channel(200 - 120 * (x + y) / (WIDTH + HEIGHT)),
        ])
    });
    let mut out = Vec::new();
    DynamicImage::ImageRgb8(image)
        .write_with_encoder(JpegEncoder::new_with_quality(&mut out, 90))
        .expect("encodes");
    out
}

/// Runs `f` `runs` times; the fastest and the median.
fn timed(runs: usize, mut f: impl FnMut()) -> (Duration, Duration) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    (times[0], times[runs / 2])
}

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut runs = 7;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--runs" => {
                runs = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|&n| n > 0)
                    .expect("--runs takes a number over 0")
            }
            // cargo bench passes --bench.
            "--bench" => {}
            other => panic!("unknown argument {other}; the only one is --runs N"),
        }
    }
    let jpeg = photo();
    let inspected = inspect(&jpeg, 40_000_000).expect("a JPEG");
    let options = ScaleOptions {
        max_side: 1600,
        jpeg_quality: 85,
    };
    println!(
        "input: {WIDTH} x {HEIGHT} JPEG, {} bytes; {runs} runs each, fastest / median",
        jpeg.len()
    );

    let mut result = None;
    let (fastest, median) = timed(runs, || {
        result = Some(scale(&jpeg, &inspected, options).expect("scales"));
    });
    let Some(Prepared::Scaled(scaled)) = result else {
        panic!("not scaled: {result:?}");
    };
    println!(
        "media::scale to {} x {} ({} bytes, quality 85): {} / {}",
        scaled.width,
        scaled.height,
        scaled.bytes.len(),
        ms(fastest),
        ms(median)
    );

    let mut decoded = None;
    let (fastest, median) = timed(runs, || {
        let reader = image::ImageReader::with_format(Cursor::new(&jpeg), image::ImageFormat::Jpeg);
        decoded = Some(reader.decode().expect("decodes"));
    });
    println!("  decoding alone: {} / {}", ms(fastest), ms(median));
    let decoded = decoded.expect("ran");
    for filter in [FilterType::CatmullRom, FilterType::Lanczos3] {
        let (fastest, median) = timed(runs, || {
            std::hint::black_box(decoded.resize_exact(scaled.width, scaled.height, filter));
        });
        println!(
            "  filtering alone, {filter:?}: {} / {}",
            ms(fastest),
            ms(median)
        );
    }
}
