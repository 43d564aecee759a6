//! Decoding of still images to 8-bit RGB, with a pixel limit against
//! decompression bombs: JPEG through libjpeg-turbo (scaled in the DCT
//! domain on the fast path), HEIC through libheif, the rest through the
//! `image` crate.

use std::io::Cursor;

use image::{DynamicImage, ImageFormat, ImageReader, Limits as ImageLimits};
use vilab_core::model::MediaKind;

use crate::MediaError;
use crate::budget::Limits;
use crate::error::{Allocation, Damage};
use crate::pixels::Pixels;

/// Default limit on decoded pixels: larger than any phone or camera sensor
/// (a 200 MP image is 600 MB of RGB), small enough that two workers cannot
/// exhaust a laptop's memory.
pub const DEFAULT_MAX_PIXELS: u64 = 200_000_000;

/// An image decoded to interleaved 8-bit RGB.
#[derive(Clone, Debug)]
pub struct DecodedImage {
    /// Width of `rgb` in pixels.
    pub width: u32,
    /// Height of `rgb` in pixels.
    pub height: u32,
    /// Interleaved RGB, `width * height * 3` bytes.
    pub rgb: Vec<u8>,
    /// Width of the image as stored in the file (differs from `width` when
    /// the decoder scaled in the DCT domain).
    pub full_width: u32,
    /// Height of the image as stored in the file.
    pub full_height: u32,
    /// Set when the decoder recovered from damaged data (a truncated or
    /// corrupt JPEG): the picture is partly filled, and this says why.
    pub damage: Option<Damage>,
}

impl DecodedImage {
    /// Whether the pixels were decoded at a reduced scale.
    pub fn is_scaled(&self) -> bool {
        self.width != self.full_width || self.height != self.full_height
    }

    /// The DCT scale denominator (1, 2, 4 or 8) that gives the stored size
    /// this image's size (`ceil(full / d)` on both sides); `None` when no
    /// such scale does.
    pub fn dct_denominator(&self) -> Option<u32> {
        [1, 2, 4, 8]
            .into_iter()
            .find(|&d| self.full_width.div_ceil(d) == self.width && self.full_height.div_ceil(d) == self.height)
    }
}

/// The `image` crate's format for a kind it decodes.
fn image_format(kind: MediaKind) -> Option<ImageFormat> {
    Some(match kind {
        MediaKind::Png => ImageFormat::Png,
        MediaKind::Gif => ImageFormat::Gif,
        MediaKind::Bmp => ImageFormat::Bmp,
        MediaKind::Webp => ImageFormat::WebP,
        MediaKind::Tiff => ImageFormat::Tiff,
        MediaKind::Jpeg | MediaKind::Heif | MediaKind::Zip | MediaKind::Other => return None,
    })
}

/// Decodes the whole image at full resolution to RGB (the first frame of an
/// animation, the first page of a TIFF): the exact path, pixel for pixel
/// what the PDQ reference hashes. Alpha is dropped, as the reference drops
/// it; grey is replicated to three channels.
pub fn decode_rgb(bytes: &[u8], kind: MediaKind, max_pixels: u64) -> Result<DecodedImage, MediaError> {
    decode_pixels(bytes, kind, &Limits::pixels(max_pixels), false).map(Pixels::into_decoded)
}

/// Decodes for ingest: the fastest path whose PDQ stays within the
/// conformance bound. A JPEG larger than PDQ's 512 x 512 working size is
/// decoded scaled in the DCT domain (see [`fast_jpeg_denominator`]), at
/// 1/8 by the DC-only decoder of [`crate::jpeg_dc`] when it handles the
/// file (the same pixels as libjpeg at 1/8, several times faster), else
/// by libjpeg; every other image is decoded as [`decode_rgb`] does.
pub fn decode_for_analysis(bytes: &[u8], kind: MediaKind, max_pixels: u64) -> Result<DecodedImage, MediaError> {
    decode_pixels(bytes, kind, &Limits::pixels(max_pixels), true).map(Pixels::into_decoded)
}

/// The decode behind [`decode_rgb`] (`fast` false) and
/// [`decode_for_analysis`] (`fast` true), to the pixels analysis holds:
/// grey stays one channel, a GIF keeps only its first frame's part of the
/// screen. Every decoder is held to `limits`: the pixel limit from the
/// header, and the byte cap as far as each library lets it be held (see
/// [`crate::budget`]).
pub(crate) fn decode_pixels(bytes: &[u8], kind: MediaKind, limits: &Limits, fast: bool) -> Result<Pixels, MediaError> {
    match kind {
        MediaKind::Jpeg if fast => {
            let eighth = crate::jpeg_dc::dimensions(bytes).is_ok_and(|(w, h)| fast_jpeg_denominator(w, h) == 8);
            // Whatever the DC decoder declines (other formats, damage, the
            // cap) libjpeg decodes at the same scale, and words any damage.
            if eighth && let Ok(image) = crate::jpeg_dc::decode_eighth_within(bytes, limits) {
                return Ok(Pixels::from_decoded(image));
            }
            jpeg_image(bytes, limits, fast_jpeg_denominator).map(Pixels::from_decoded)
        }
        MediaKind::Jpeg => jpeg_image(bytes, limits, |_, _| 1).map(Pixels::from_decoded),
        MediaKind::Heif => crate::heif::decode_heif_within(bytes, limits).map(Pixels::from_decoded),
        MediaKind::Gif => crate::gif::decode_gif(bytes, limits),
        _ => image_crate(bytes, kind, limits),
    }
}

/// PNG, BMP, WebP and TIFF through the `image` crate, with its allocation
/// limit set to the cap, and the conversion to 8-bit RGB or grey priced
/// before it is made.
fn image_crate(bytes: &[u8], kind: MediaKind, limits: &Limits) -> Result<Pixels, MediaError> {
    let Some(format) = image_format(kind) else {
        return Err(MediaError::undecodable(kind, "not an image"));
    };
    let (width, height) = ImageReader::with_format(Cursor::new(bytes), format)
        .into_dimensions()
        .map_err(|e| MediaError::undecodable(kind, e))?;
    check_pixel_limit(width, height, limits.max_pixels)?;
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut image_limits = ImageLimits::default();
    // Bound the decoder's own allocations too: a lying header must not get
    // past the check above by way of a larger internal buffer. With a cap,
    // the crate's allocations (its output and, where the decoder counts
    // them, its buffers) stay within it.
    let legacy = limits.max_pixels.saturating_mul(8);
    image_limits.max_alloc = Some(limits.max_alloc.map_or(legacy, |cap| cap.min(legacy)));
    reader.limits(image_limits);
    let image = reader.decode().map_err(|e| match e {
        image::ImageError::Limits(_) if limits.max_alloc.is_some() => MediaError::OverBudget {
            what: Allocation::Decode(kind),
            needed: u64::from(width) * u64::from(height) * 3,
            allowed: limits.max_alloc.unwrap_or_default(),
        },
        e => MediaError::undecodable(kind, e),
    })?;
    let (w, h) = (image.width(), image.height());
    let pixels = u64::from(w) * u64::from(h);
    let held = image.as_bytes().len() as u64;
    let converted = match &image {
        DynamicImage::ImageRgb8(_)
        | DynamicImage::ImageRgba8(_)
        | DynamicImage::ImageLuma8(_)
        | DynamicImage::ImageLumaA8(_) => 0,
        DynamicImage::ImageLuma16(_) | DynamicImage::ImageLumaA16(_) => pixels,
        _ => pixels * 3,
    };
    limits.check(Allocation::Conversion(kind), held + converted)?;
    Ok(match image {
        DynamicImage::ImageRgb8(rgb) => Pixels::whole(w, h, 3, rgb.into_raw()),
        DynamicImage::ImageRgba8(rgba) => Pixels::whole(w, h, 3, drop_alpha(rgba.into_raw(), 4)),
        DynamicImage::ImageLuma8(grey) => Pixels::whole(w, h, 1, grey.into_raw()),
        DynamicImage::ImageLumaA8(grey) => Pixels::whole(w, h, 1, drop_alpha(grey.into_raw(), 2)),
        grey @ (DynamicImage::ImageLuma16(_) | DynamicImage::ImageLumaA16(_)) => {
            Pixels::whole(w, h, 1, grey.into_luma8().into_raw())
        }
        other => Pixels::whole(w, h, 3, other.into_rgb8().into_raw()),
    })
}

/// Drops the last channel of each pixel in place (the `image` crate's
/// RGBA to RGB and grey-alpha to grey drop it too, unblended), keeping the
/// buffer: a second copy would cost more than the alpha does.
fn drop_alpha(mut data: Vec<u8>, channels: usize) -> Vec<u8> {
    let kept = channels - 1;
    let pixels = data.len() / channels;
    for i in 0..pixels {
        data.copy_within(i * channels..i * channels + kept, i * kept);
    }
    data.truncate(pixels * kept);
    data
}

/// Smallest side of a 1/8-scale decode, in pixels: there each pixel (an
/// 8 x 8 block mean) spans at most two steps of the reference's 512-point
/// sampling grid, half of PDQ's first box-filter window (4 steps at 512),
/// so the block mean only adds a little blur inside a blur PDQ applies
/// anyway. A 12 MP photo (4000 x 3000 or 4032 x 3024) decodes at 1/8.
pub const MIN_EIGHTH_SIDE: u32 = 256;

/// The DCT scale denominator of the fast path: 8 when both sides stay at
/// [`MIN_EIGHTH_SIDE`] or more; else 2 when both halves stay at 512 or more
/// (each pixel within one grid step: the earlier rule, kept for mid-sized
/// images, whose conformance images it leaves identical to the reference);
/// else 1 (full size). A quarter would need both sides at 2045 or more,
/// where an eighth already applies. PDQ samples a scaled image at the
/// reference's grid of the full one
/// ([`vilab_core::pdq::pdq_luma_from_scaled_rgb8`]).
pub fn fast_jpeg_denominator(width: u32, height: u32) -> u32 {
    let fits = |d: u32, side: u32| width.div_ceil(d) >= side && height.div_ceil(d) >= side;
    if fits(8, MIN_EIGHTH_SIDE) {
        8
    } else if fits(2, vilab_core::pdq::PDQ_RESIZE_SIDE as u32) {
        2
    } else {
        1
    }
}

fn jpeg_image(
    bytes: &[u8],
    limits: &Limits,
    denominator: impl Fn(u32, u32) -> u32,
) -> Result<DecodedImage, MediaError> {
    let decoded = crate::jpeg::decode_jpeg_within(bytes, limits, denominator)?;
    let mut image = decoded.image;
    if decoded.warnings > 0 {
        image.damage =
            Some(Damage { kind: MediaKind::Jpeg, warnings: decoded.warnings, first_warning: decoded.first_warning });
    }
    Ok(image)
}

/// Refuses images whose stated size exceeds the pixel limit.
pub(crate) fn check_pixel_limit(width: u32, height: u32, max_pixels: u64) -> Result<(), MediaError> {
    if u64::from(width) * u64::from(height) > max_pixels {
        return Err(MediaError::TooLarge { width, height, limit: max_pixels });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `image` crate's own limit, without the header estimate in
    /// front of it: the palette PNG bomb's 784 MB output is refused by
    /// its allocation limit, in our words.
    #[test]
    fn image_crate_keeps_to_the_cap() {
        let bomb = vilab_synth::bombs::png_palette(14_000, 14_000);
        let limits = Limits { max_pixels: DEFAULT_MAX_PIXELS, max_alloc: Some(100 << 20) };
        match decode_pixels(&bomb, MediaKind::Png, &limits, true) {
            Err(MediaError::OverBudget { allowed, .. }) => assert_eq!(allowed, 100 << 20),
            other => panic!("{:?}", other.map(|p| p.data.len())),
        }
    }

    /// The DC decoder declines past the cap and libjpeg, within it,
    /// decodes the same picture.
    #[test]
    fn dc_decoder_declines_past_the_cap() {
        let (w, h) = (2048u16, 2048u16);
        let pixels: Vec<u8> = (0..usize::from(w) * usize::from(h)).flat_map(|i| [(i % 251) as u8, 7, 90]).collect();
        let mut jpeg = Vec::new();
        jpeg_encoder::Encoder::new(&mut jpeg, 85).encode(&pixels, w, h, jpeg_encoder::ColorType::Rgb).unwrap();
        let tight = Limits { max_pixels: DEFAULT_MAX_PIXELS, max_alloc: Some(jpeg.len() as u64) };
        assert!(crate::jpeg_dc::decode_eighth_within(&jpeg, &tight).is_err());
        let roomy = Limits { max_alloc: Some(64 << 20), ..tight };
        let dc = crate::jpeg_dc::decode_eighth_within(&jpeg, &roomy).unwrap();
        let libjpeg = jpeg_image(&jpeg, &Limits { max_alloc: Some(2 << 20), ..tight }, fast_jpeg_denominator).unwrap();
        assert_eq!(dc.rgb, libjpeg.rgb);
    }

    /// Grey-alpha and RGBA lose their alpha in place, and 16-bit grey is
    /// narrowed to one channel: the same pixels as the `image` crate's
    /// conversion to RGB.
    #[test]
    fn held_pixels_are_the_image_crates_rgb() {
        let (w, h) = (37u32, 23u32);
        let grey16 = image::ImageBuffer::from_fn(w, h, |x, y| image::Luma([(x * 1777 + y * 911) as u16]));
        let mut cases = vec![image::DynamicImage::ImageLuma16(grey16.clone())];
        cases.push(image::DynamicImage::ImageLumaA16(image::ImageBuffer::from_fn(w, h, |x, y| {
            image::LumaA([grey16.get_pixel(x, y)[0], (x * 3) as u16])
        })));
        let l8 = image::DynamicImage::ImageLuma16(grey16).into_luma8();
        cases.push(image::DynamicImage::ImageLumaA8(image::ImageBuffer::from_fn(w, h, |x, y| {
            image::LumaA([l8.get_pixel(x, y)[0], (y * 5) as u8])
        })));
        cases.push(image::DynamicImage::ImageRgba8(image::ImageBuffer::from_fn(w, h, |x, y| {
            image::Rgba([x as u8, y as u8, (x * y) as u8, (x + y) as u8])
        })));
        cases.push(image::DynamicImage::ImageRgb16(image::ImageBuffer::from_fn(w, h, |x, y| {
            image::Rgb([(x * 999) as u16, (y * 2001) as u16, 40_000])
        })));
        for image in cases {
            let mut png = Vec::new();
            image.write_to(&mut Cursor::new(&mut png), ImageFormat::Png).unwrap();
            let ours = decode_rgb(&png, MediaKind::Png, DEFAULT_MAX_PIXELS).unwrap();
            assert_eq!(ours.rgb, image.to_rgb8().into_raw(), "{:?}", image.color());
        }
    }

    /// A 12 MP-class JPEG goes through the DC decoder: the same pixels as
    /// libjpeg at 1/8; damaged, the same pixels and words as before.
    #[test]
    fn eighths_come_from_the_dc_decoder_and_damage_from_libjpeg() {
        let (w, h) = (2048u16, 2056u16);
        let pixels: Vec<u8> =
            (0..usize::from(w) * usize::from(h)).flat_map(|i| [(i % 251) as u8, (i / 2048 % 253) as u8, 90]).collect();
        let mut jpeg = Vec::new();
        jpeg_encoder::Encoder::new(&mut jpeg, 85).encode(&pixels, w, h, jpeg_encoder::ColorType::Rgb).unwrap();
        assert_eq!(fast_jpeg_denominator(u32::from(w), u32::from(h)), 8);
        assert!(crate::jpeg_dc::decode_eighth(&jpeg, DEFAULT_MAX_PIXELS).is_ok());
        let libjpeg = jpeg_image(&jpeg, &Limits::pixels(DEFAULT_MAX_PIXELS), fast_jpeg_denominator).unwrap();
        let ours = decode_for_analysis(&jpeg, MediaKind::Jpeg, DEFAULT_MAX_PIXELS).unwrap();
        assert_eq!((ours.width, ours.height, ours.damage), (256, 257, None));
        assert_eq!(ours.rgb, libjpeg.rgb);

        let cut = &jpeg[..jpeg.len() * 2 / 3];
        assert!(crate::jpeg_dc::decode_eighth(cut, DEFAULT_MAX_PIXELS).is_err());
        let libjpeg = jpeg_image(cut, &Limits::pixels(DEFAULT_MAX_PIXELS), fast_jpeg_denominator).unwrap();
        let ours = decode_for_analysis(cut, MediaKind::Jpeg, DEFAULT_MAX_PIXELS).unwrap();
        assert!(
            ours.damage.as_ref().is_some_and(|d| d.to_string().starts_with("damaged JPEG data")),
            "{:?}",
            ours.damage
        );
        assert_eq!((ours.damage, ours.rgb), (libjpeg.damage, libjpeg.rgb));
    }

    #[test]
    fn fast_scale_keeps_sides_at_256_for_eighths_and_512_otherwise() {
        assert_eq!(fast_jpeg_denominator(4000, 3000), 8);
        assert_eq!(fast_jpeg_denominator(4032, 3024), 8);
        assert_eq!(fast_jpeg_denominator(8000, 6000), 8);
        assert_eq!(fast_jpeg_denominator(2048, 2048), 8);
        assert_eq!(fast_jpeg_denominator(3000, 2000), 2);
        assert_eq!(fast_jpeg_denominator(2041, 4000), 8);
        assert_eq!(fast_jpeg_denominator(2040, 4000), 2);
        assert_eq!(fast_jpeg_denominator(2048, 4000), 8);
        assert_eq!(fast_jpeg_denominator(1600, 1004), 1);
        assert_eq!(fast_jpeg_denominator(1200, 1100), 2);
        assert_eq!(fast_jpeg_denominator(300, 200), 1);
    }
}
