//! What a synthetic seizure should contain.

use serde::{Deserialize, Serialize};

use crate::error::SynthError;

/// The recipe for [`generate_seizure`](crate::generate_seizure). Counts
/// are exact: the manifest reports them back, and tests rely on them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SeizureSpec {
    /// Everything in the seizure is a pure function of this seed.
    pub seed: u64,
    /// Pictures with their own content on disk: mostly JPEG, about one in
    /// five PNG, GIF, BMP, WebP or TIFF (the first is always a JPEG,
    /// and each format appears once the count reaches 10).
    pub unique_images: usize,
    /// Extra copies of unique pictures (same bytes, other paths); some
    /// are disguised with a `.dat`, `.txt`, `.tmp` or no extension.
    pub exact_duplicates: usize,
    /// Edited versions of unique JPEGs (resized, recompressed, cropped,
    /// flipped, rotated), cycling through the five transforms.
    pub near_duplicates: usize,
    /// Picture sizes (width, height) to draw from. Non-JPEG pictures use
    /// only sizes up to 800x600 so the uncompressed formats stay small.
    pub image_sizes: Vec<(u32, u32)>,
    /// Whether camera and phone folders get EXIF (make, model, time, GPS,
    /// serial numbers). Without it every picture is stripped.
    pub camera_exif: bool,
    /// Whether to add the non-image files (text, a small PDF, random
    /// binary, an ini file, a CSV).
    pub non_images: bool,
    /// Whether to add the corrupt files (truncated JPEG, JPEG header then
    /// garbage, empty `.jpg`, PNG with a bad IHDR CRC, JPEG magic then
    /// garbage).
    pub corrupt_files: bool,
    /// Whether to add the zip archives: one valid zip holding pictures and
    /// a nested zip, and one truncated (corrupt) zip.
    pub archives: bool,
    /// New pictures inside the outer zip (besides one copy of an on-disk
    /// picture and the nested zip).
    pub archive_images: usize,
    /// New pictures inside the nested zip (besides one copy of an outer
    /// member).
    pub nested_archive_images: usize,
}

impl SeizureSpec {
    /// The demo seizure: 215 unique pictures, 40 exact and 30 near
    /// duplicates, every kind of odd file and both archives, 640x480 to
    /// 1600x1200 pixels. About 300 files on disk plus about 15 archive
    /// members (about 75 MB); some 9 CPU-seconds to generate in a release
    /// build, spread over the available cores.
    pub fn new(seed: u64) -> Self {
        Self {
            seed,
            unique_images: 215,
            exact_duplicates: 40,
            near_duplicates: 30,
            image_sizes: vec![
                (640, 480),
                (800, 600),
                (1024, 768),
                (1280, 720),
                (1280, 960),
                (1600, 1200),
                (600, 800),
                (768, 1024),
            ],
            camera_exif: true,
            non_images: true,
            corrupt_files: true,
            archives: true,
            archive_images: 8,
            nested_archive_images: 4,
        }
    }

    /// A small seizure for unit tests: every role and format still
    /// appears, but only a few dozen files of at most 200x150 pixels.
    pub fn small(seed: u64) -> Self {
        Self {
            unique_images: 14,
            exact_duplicates: 8,
            near_duplicates: 5,
            image_sizes: vec![(160, 120), (120, 90), (96, 128), (200, 150)],
            archive_images: 3,
            nested_archive_images: 2,
            ..Self::new(seed)
        }
    }

    /// Checks that the counts fit together.
    ///
    /// # Errors
    ///
    /// [`SynthError::InvalidSpec`] when duplicates are asked of no unique
    /// picture, or when no usable size is given.
    pub fn validate(&self) -> Result<(), SynthError> {
        let invalid = |reason: &str| Err(SynthError::InvalidSpec { reason: reason.into() });
        if self.image_sizes.is_empty()
            || self.image_sizes.iter().any(|&(w, h)| w < 16 || h < 16 || w > 8192 || h > 8192)
        {
            return invalid("image_sizes must list at least one size, each side 16..=8192");
        }
        if self.unique_images == 0 && (self.exact_duplicates > 0 || self.near_duplicates > 0 || self.archives) {
            return invalid("duplicates and archives need at least one unique image");
        }
        Ok(())
    }
}

impl Default for SeizureSpec {
    /// [`SeizureSpec::new`] with seed 1.
    fn default() -> Self {
        Self::new(1)
    }
}
