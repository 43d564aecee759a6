//! The per-content analysis that ingest runs: kind, decode, PDQ with its
//! dihedral variants, EXIF leads and thumbnail, each stage timed.

use std::time::Duration;

use cpu_time::ThreadTime;

use vilab_core::DihedralHashes;
use vilab_core::model::{ErrorStage, ExifFields, MediaKind};

use crate::decode::DEFAULT_MAX_PIXELS;
use crate::thumbnail::{DEFAULT_THUMBNAIL_SIDE, make_thumbnail};
use crate::{DecodedImage, MediaError, decode, detect_kind, exif_read};

/// How to analyse.
#[derive(Clone, Debug)]
pub struct AnalyzeOptions {
    /// Images with more pixels are recorded with an error, not decoded.
    pub max_pixels: u64,
    /// Longest side of thumbnails; 0 makes none.
    pub thumbnail_side: u32,
}

impl Default for AnalyzeOptions {
    fn default() -> Self {
        Self { max_pixels: DEFAULT_MAX_PIXELS, thumbnail_side: DEFAULT_THUMBNAIL_SIDE }
    }
}

/// CPU time of the calling thread spent in each stage of [`analyze`], for
/// the benchmark's split (wall time counted the other processes' turns on
/// a busy machine).
#[derive(Clone, Copy, Debug, Default)]
pub struct StageTimes {
    /// Decoding pixels.
    pub decode: Duration,
    /// PDQ and its dihedral variants, luma conversion included.
    pub pdq: Duration,
    /// EXIF parsing.
    pub exif: Duration,
    /// Thumbnail scaling and encoding.
    pub thumbnail: Duration,
}

impl std::ops::AddAssign for StageTimes {
    fn add_assign(&mut self, other: Self) {
        self.decode += other.decode;
        self.pdq += other.pdq;
        self.exif += other.exif;
        self.thumbnail += other.thumbnail;
    }
}

/// What analysis learned about one content. Problems do not stop the other
/// stages: an image that fails to decode still has its EXIF read.
#[derive(Clone, Debug)]
pub struct Analysis {
    /// Kind detected from the bytes.
    pub kind: MediaKind,
    /// Pixel size of the image as stored, when the header could be read.
    pub width: Option<u32>,
    /// Pixel height.
    pub height: Option<u32>,
    /// The eight PDQ hashes, when decoded.
    pub pdq: Option<DihedralHashes>,
    /// EXIF leads, when present.
    pub exif: Option<ExifFields>,
    /// A small JPEG, when decoded and asked for.
    pub thumbnail: Option<Vec<u8>>,
    /// What went wrong, by stage, in words.
    pub problems: Vec<(ErrorStage, String)>,
    /// Time spent per stage.
    pub times: StageTimes,
}

/// Analyses one content held in memory.
pub fn analyze(bytes: &[u8], options: &AnalyzeOptions) -> Analysis {
    let kind = detect_kind(bytes);
    let mut analysis = Analysis {
        kind,
        width: None,
        height: None,
        pdq: None,
        exif: None,
        thumbnail: None,
        problems: Vec::new(),
        times: StageTimes::default(),
    };
    if !kind.is_image() {
        return analysis;
    }

    let started = ThreadTime::now();
    match exif_read::read_exif(bytes, kind) {
        Ok(exif) => analysis.exif = exif,
        Err(e) => analysis.problems.push((ErrorStage::Exif, e.to_string())),
    }
    analysis.times.exif = started.elapsed();

    let started = ThreadTime::now();
    let decoded = decode::decode_for_analysis(bytes, kind, options.max_pixels);
    analysis.times.decode = started.elapsed();
    let image = match decoded {
        Ok(image) => image,
        Err(e) => {
            analysis.problems.push((ErrorStage::Decode, e.to_string()));
            return analysis;
        }
    };
    analysis.width = Some(image.full_width);
    analysis.height = Some(image.full_height);
    if let Some(damage) = &image.damage {
        analysis.problems.push((ErrorStage::Decode, damage.clone()));
    }

    let started = ThreadTime::now();
    match pdq_of(&image) {
        Ok(pdq) => analysis.pdq = Some(pdq),
        Err(e) => analysis.problems.push((ErrorStage::Decode, e.to_string())),
    }
    analysis.times.pdq = started.elapsed();

    if options.thumbnail_side > 0 {
        let started = ThreadTime::now();
        match make_thumbnail(&image, options.thumbnail_side) {
            Ok(jpeg) => analysis.thumbnail = Some(jpeg),
            Err(e) => analysis.problems.push((ErrorStage::Decode, e.to_string())),
        }
        analysis.times.thumbnail = started.elapsed();
    }
    analysis
}

/// PDQ with dihedral variants of decoded pixels. Pixels decoded scaled are
/// sampled at the reference's 512 x 512 grid of the full-size image
/// ([`vilab_core::pdq::pdq_luma_from_scaled_rgb8`]).
pub fn pdq_of(image: &DecodedImage) -> Result<DihedralHashes, MediaError> {
    let (w, h) = (image.width as usize, image.height as usize);
    let full = (image.full_width as usize, image.full_height as usize);
    let (luma, lw, lh) = match image.dct_denominator() {
        Some(d) if d > 1 => vilab_core::pdq::pdq_luma_from_scaled_rgb8(&image.rgb, (w, h), full, d as usize)?,
        _ => vilab_core::pdq::pdq_luma_from_rgb8(&image.rgb, w, h)?,
    };
    Ok(vilab_core::pdq::hash_luma_dihedral(&luma, lw, lh)?)
}
