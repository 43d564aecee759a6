//! The whole path for one original and one audience: decode, redact or
//! crop, orient, encode.

use vilab_core::model::MediaKind;

use crate::{Audience, Region, RegionKind, Rgb, SanitizeError, encode_jpeg, orient, public_crops, redact};

/// Choices of [`sanitize`] that are not the regions.
#[derive(Clone, Debug)]
pub struct SanitizeOptions {
    /// JPEG quality of renditions.
    pub quality: u8,
    /// Gap in pixels (of the original) kept between a public crop and any
    /// person region.
    pub crop_margin: u32,
    /// Longest side of a public crop, in pixels.
    pub crop_max_side: u32,
    /// Most pixels the original may decode to (against decompression
    /// bombs).
    pub max_pixels: u64,
}

impl Default for SanitizeOptions {
    fn default() -> Self {
        SanitizeOptions {
            quality: 85,
            crop_margin: 64,
            crop_max_side: 1024,
            max_pixels: vilab_media::decode::DEFAULT_MAX_PIXELS,
        }
    }
}

/// One rendition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Output {
    /// The bytes: a bare JFIF JPEG, or the original's bytes for
    /// [`Audience::Original`].
    pub bytes: Vec<u8>,
    /// For a public crop, the index of its object region in the slice
    /// given.
    pub object_region: Option<usize>,
    /// Width and height of the JPEG (after orientation); `None` for the
    /// original, which is not decoded.
    pub size: Option<(u32, u32)>,
}

/// Renditions of `original` for `audience`: the original's bytes
/// unchanged for [`Audience::Original`]; one redacted JPEG for partner and
/// trainee; one JPEG per object region for the public, in region order.
/// A public crop that is refused fails the whole call (the error names
/// the object and the person region), so that a caller cannot publish the
/// others without noticing; `public_crops` gives them one by one.
pub fn sanitize(
    original: &[u8],
    kind: MediaKind,
    orientation: Option<u16>,
    regions: &[Region],
    audience: Audience,
    options: &SanitizeOptions,
) -> Result<Vec<Output>, SanitizeError> {
    if audience == Audience::Original {
        return Ok(vec![Output { bytes: original.to_vec(), object_region: None, size: None }]);
    }
    if !(1..=100).contains(&options.quality) {
        return Err(SanitizeError::Quality(options.quality));
    }
    let decoded = vilab_media::decode_rgb(original, kind, options.max_pixels).map_err(SanitizeError::Decode)?;
    let mut image = Rgb { width: decoded.width, height: decoded.height, pixels: decoded.rgb };
    let orientation = orientation.unwrap_or(1);
    let finish = |image: Rgb, object_region: Option<usize>| -> Result<Output, SanitizeError> {
        let image = orient(image, orientation);
        let bytes = encode_jpeg(&image, options.quality)?;
        Ok(Output { bytes, object_region, size: Some((image.width, image.height)) })
    };
    match audience {
        Audience::Public => {
            let objects = (0..regions.len()).filter(|&i| regions[i].kind == RegionKind::Object);
            let crops = public_crops(&image, regions, options.crop_margin, options.crop_max_side);
            objects.zip(crops).map(|(i, crop)| finish(crop?, Some(i))).collect()
        }
        // Partner and trainee (the original returned above).
        _ => {
            redact(&mut image, regions)?;
            Ok(vec![finish(image, None)?])
        }
    }
}
