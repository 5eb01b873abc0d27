//! The `[media]` table: how uploaded pictures are prepared for phones.
//! `server::media` and `media::scale` act on it; this file only declares
//! it. What an upload may weigh is in `[limits]` (`media_bytes`,
//! `media_pixels`).

use super::define::settings_table;

settings_table! {
    /// The `[media]` table of quizbox.toml: how uploaded pictures are
    /// prepared for phones. See docs/operations.md, "Uploaded media".
    pub struct MediaSettings in "media" (data_dir) {
        /// A PNG or JPEG picture whose longer side has more pixels than this
        /// is scaled down to it on upload (keeping its shape) and stored
        /// scaled. 0 keeps every picture as it was sent. GIF and WebP
        /// pictures are always kept as they are.
        // 1600 px is sharp on a phone held either way and on a 1080p
        // projector, and a tenth of a 12 MP photo's pixels.
        max_image_side: u32 = 1600; env "QUIZBOX_MEDIA_MAX_IMAGE_SIDE";
        /// JPEG quality (1 to 100) of a scaled-down JPEG picture.
        jpeg_quality: u8 = 85; env "QUIZBOX_MEDIA_JPEG_QUALITY";
        /// Pictures scaled at once, each on a thread of its own away from
        /// the games; further uploads wait their turn. Each holds the whole
        /// decoded picture in memory (4 bytes per pixel, 8 for a 16-bit PNG).
        scalers: usize = 2; env "QUIZBOX_MEDIA_SCALERS";
    }
}

impl MediaSettings {
    /// Refuses values that cannot work.
    pub fn check(&self) -> Result<(), String> {
        if !(1..=100).contains(&self.jpeg_quality) {
            return Err(format!(
                "media.jpeg_quality must be from 1 to 100, not {}",
                self.jpeg_quality
            ));
        }
        if self.scalers == 0 {
            return Err("media.scalers must be at least 1".into());
        }
        Ok(())
    }
}
