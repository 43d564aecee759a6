//! Encoding a generated picture into the file formats found on seized
//! media: JPEG at a chosen quality, PNG, GIF, BMP, lossless WebP and TIFF.

use std::io::Cursor;

use image::codecs::bmp::BmpEncoder;
use image::codecs::gif::GifEncoder;
use image::codecs::png::PngEncoder;
use image::codecs::tiff::TiffEncoder;
use image::codecs::webp::WebPEncoder;
use image::{ExtendedColorType, ImageEncoder, ImageError, RgbImage};
use serde::{Deserialize, Serialize};
use vilab_core::model::MediaKind;

use crate::error::SynthError;

/// A file format (and, for JPEG, quality) to write a picture in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Encoding {
    /// Baseline JPEG, 4:2:2 chroma, at this quality (1..=100).
    Jpeg {
        /// Quality factor, 1 (smallest) to 100 (best).
        quality: u8,
    },
    /// PNG, 8-bit RGB.
    Png,
    /// GIF, palette quantised to 256 colours.
    Gif,
    /// Uncompressed 24-bit BMP.
    Bmp,
    /// Lossless WebP.
    WebpLossless,
    /// Uncompressed RGB TIFF.
    Tiff,
}

impl Encoding {
    /// The kind that detection from the bytes (magic) will report.
    pub fn kind(self) -> MediaKind {
        match self {
            Encoding::Jpeg { .. } => MediaKind::Jpeg,
            Encoding::Png => MediaKind::Png,
            Encoding::Gif => MediaKind::Gif,
            Encoding::Bmp => MediaKind::Bmp,
            Encoding::WebpLossless => MediaKind::Webp,
            Encoding::Tiff => MediaKind::Tiff,
        }
    }

    /// The usual lowercase file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Encoding::Jpeg { .. } => "jpg",
            Encoding::Png => "png",
            Encoding::Gif => "gif",
            Encoding::Bmp => "bmp",
            Encoding::WebpLossless => "webp",
            Encoding::Tiff => "tif",
        }
    }
}

/// Encodes `img` as a JPEG at `quality` (1..=100; 90 is a typical camera
/// setting). The output starts with SOI and a JFIF APP0 segment.
///
/// # Panics
///
/// If a side of `img` exceeds 65,535 pixels, the JPEG format's limit.
pub fn jpeg_bytes(img: &RgbImage, quality: u8) -> Vec<u8> {
    encode_raw(img, Encoding::Jpeg { quality })
        .expect("a JPEG of at most 65535x65535 pixels always encodes into memory")
}

/// Encodes `img` in `encoding`.
///
/// # Errors
///
/// [`SynthError::Encode`] when the encoder refuses the picture (a side
/// beyond the format's limit).
pub fn encode(img: &RgbImage, encoding: Encoding) -> Result<Vec<u8>, SynthError> {
    encode_raw(img, encoding).map_err(|source| SynthError::Encode {
        target: "in-memory picture".into(),
        encoding,
        source,
    })
}

/// The encoders themselves, with the `image` crate's error.
pub(crate) fn encode_raw(img: &RgbImage, encoding: Encoding) -> Result<Vec<u8>, ImageError> {
    let (w, h) = img.dimensions();
    let rgb = ExtendedColorType::Rgb8;
    let mut out = Vec::new();
    match encoding {
        Encoding::Jpeg { quality } => {
            // Cameras and phones write baseline JPEG with 4:2:0 chroma
            // subsampling; the `image` crate's encoder writes 4:4:4, whose
            // files cost about twice as much to decode. Decoding cost is
            // what benchmarks measure, so the files must be camera-like.
            let mut encoder = jpeg_encoder::Encoder::new(&mut out, quality.clamp(1, 100));
            encoder.set_sampling_factor(jpeg_encoder::SamplingFactor::R_4_2_0);
            let (w16, h16) = (u16::try_from(w), u16::try_from(h));
            let (Ok(w16), Ok(h16)) = (w16, h16) else {
                return Err(ImageError::Limits(image::error::LimitError::from_kind(
                    image::error::LimitErrorKind::DimensionError,
                )));
            };
            encoder.encode(img.as_raw(), w16, h16, jpeg_encoder::ColorType::Rgb).map_err(|e| {
                ImageError::Encoding(image::error::EncodingError::new(image::ImageFormat::Jpeg.into(), e))
            })?;
        }
        Encoding::Png => PngEncoder::new(&mut out).write_image(img, w, h, rgb)?,
        // Speed 30 is NeuQuant's fastest sampling; quality is beside the
        // point for test material.
        Encoding::Gif => GifEncoder::new_with_speed(&mut out, 30).encode(img, w, h, rgb)?,
        Encoding::Bmp => BmpEncoder::new(&mut out).write_image(img, w, h, rgb)?,
        Encoding::WebpLossless => WebPEncoder::new_lossless(&mut out).write_image(img, w, h, rgb)?,
        Encoding::Tiff => {
            // TIFF needs to seek back to patch offsets.
            let mut cursor = Cursor::new(Vec::new());
            TiffEncoder::new(&mut cursor).write_image(img, w, h, rgb)?;
            out = cursor.into_inner();
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::scene;

    #[test]
    fn every_encoding_decodes_back_to_the_same_size() {
        let img = scene(3, 64, 48);
        for encoding in [
            Encoding::Jpeg { quality: 80 },
            Encoding::Png,
            Encoding::Gif,
            Encoding::Bmp,
            Encoding::WebpLossless,
            Encoding::Tiff,
        ] {
            let bytes = encode(&img, encoding).unwrap();
            let back = image::load_from_memory(&bytes).unwrap_or_else(|e| panic!("{encoding:?}: {e}"));
            assert_eq!((back.width(), back.height()), (64, 48), "{encoding:?}");
        }
    }

    #[test]
    fn lossless_encodings_keep_every_pixel() {
        let img = scene(4, 40, 30);
        for encoding in [Encoding::Png, Encoding::Bmp, Encoding::WebpLossless, Encoding::Tiff] {
            let bytes = encode(&img, encoding).unwrap();
            assert_eq!(image::load_from_memory(&bytes).unwrap().to_rgb8(), img, "{encoding:?}");
        }
    }
}
