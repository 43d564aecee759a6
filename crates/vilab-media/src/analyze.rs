//! The per-content analysis that ingest runs: kind, decode, PDQ with its
//! dihedral variants, EXIF leads and thumbnail, each stage timed.

use std::time::Duration;

use cpu_time::ThreadTime;

use vilab_core::DihedralHashes;
use vilab_core::model::{ErrorStage, ExifFields, MediaKind};

use crate::budget::{self, AFTER_DECODE, Limits};
use crate::decode::DEFAULT_MAX_PIXELS;
use crate::error::Allocation;
use crate::pixels::Pixels;
use crate::thumbnail::{DEFAULT_THUMBNAIL_SIDE, thumbnail_of};
use crate::{DecodedImage, MediaError, decode, detect_kind, exif_read};

/// How to analyse.
#[derive(Clone, Debug)]
pub struct AnalyzeOptions {
    /// Images with more pixels are recorded with an error, not decoded.
    pub max_pixels: u64,
    /// Longest side of thumbnails; 0 makes none.
    pub thumbnail_side: u32,
    /// Most bytes analysis may allocate for one content beyond its input
    /// (what ingest's memory budget granted it, [`crate::decode_cost`]);
    /// `None`: no cap. A stage that would need more is refused from the
    /// header with [`MediaError::OverBudget`], recorded as a problem.
    pub max_alloc: Option<u64>,
}

impl Default for AnalyzeOptions {
    fn default() -> Self {
        Self { max_pixels: DEFAULT_MAX_PIXELS, thumbnail_side: DEFAULT_THUMBNAIL_SIDE, max_alloc: None }
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
    /// What went wrong, by stage ([`MediaError::code`] says it without
    /// words).
    pub problems: Vec<(ErrorStage, MediaError)>,
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
    match exif_read::read_exif_within(bytes, kind, options.max_alloc) {
        Ok(exif) => analysis.exif = exif,
        Err(e) => analysis.problems.push((ErrorStage::Exif, e)),
    }
    analysis.times.exif = started.elapsed();

    let started = ThreadTime::now();
    let decoded = decode_within_budget(bytes, kind, options);
    analysis.times.decode = started.elapsed();
    let image = match decoded {
        Ok(image) => image,
        Err(e) => {
            analysis.problems.push((ErrorStage::Decode, e));
            return analysis;
        }
    };
    analysis.width = Some(image.full_width);
    analysis.height = Some(image.full_height);
    if let Some(damage) = &image.damage {
        analysis.problems.push((ErrorStage::Decode, MediaError::Damaged(damage.clone())));
    }

    let started = ThreadTime::now();
    match image.pdq() {
        Ok(pdq) => analysis.pdq = Some(pdq),
        Err(e) => analysis.problems.push((ErrorStage::Decode, e)),
    }
    analysis.times.pdq = started.elapsed();

    if options.thumbnail_side > 0 {
        let started = ThreadTime::now();
        match thumbnail_of(&image, options.thumbnail_side) {
            Ok(jpeg) => analysis.thumbnail = Some(jpeg),
            Err(e) => analysis.problems.push((ErrorStage::Decode, e)),
        }
        analysis.times.thumbnail = started.elapsed();
    }
    analysis
}

/// The decode of [`analyze`]: refused from the header when its estimate
/// ([`crate::budget`]) exceeds `max_alloc`, else decoded with the cap less
/// what PDQ and the thumbnail need after it.
fn decode_within_budget(bytes: &[u8], kind: MediaKind, options: &AnalyzeOptions) -> Result<Pixels, MediaError> {
    if let Some(cap) = options.max_alloc
        && let Ok(facts) = crate::header::read(bytes, kind)
    {
        let (w, h) = facts.size();
        // Over the pixel limit, the decoder refuses in those words.
        if u64::from(w) * u64::from(h) <= options.max_pixels {
            let needed = budget::decode_peak(&facts, bytes.len() as u64) + AFTER_DECODE + 3 * u64::from(w);
            if needed > cap {
                return Err(MediaError::OverBudget { what: Allocation::Decode(kind), needed, allowed: cap });
            }
        }
    }
    let limits =
        Limits { max_pixels: options.max_pixels, max_alloc: options.max_alloc.map(|c| c.saturating_sub(AFTER_DECODE)) };
    decode::decode_pixels(bytes, kind, &limits, true)
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
