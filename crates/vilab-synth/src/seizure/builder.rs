//! The seizure under construction: files and archive members with their
//! bytes and manifest facts, before anything touches the disk.

use image::RgbImage;
use vilab_core::Sha256;
use vilab_core::model::MediaKind;

use super::layout::Namer;
use super::manifest::{ManifestEntry, PlaceName, Role};
use super::spec::SeizureSpec;
use crate::encode::Encoding;
use crate::exif_write::ExifTags;
use crate::rng::SynthRng;
use crate::scene::{scene, scene_with_grain};

/// Stream ids under the spec's seed: one per concern, so that changing
/// how many files of one kind are made leaves the others' bytes alone.
pub(crate) mod stream {
    pub(crate) const PICTURES: u64 = 10;
    pub(crate) const DUPLICATES: u64 = 11;
    pub(crate) const NEAR: u64 = 12;
    pub(crate) const NON_IMAGES: u64 = 13;
    pub(crate) const CORRUPT: u64 = 14;
    pub(crate) const ARCHIVES: u64 = 15;
    /// Scene seeds are drawn from their own stream.
    pub(crate) const SCENES: u64 = 16;
}

/// The picture for scene `seed` at `size` as it would be saved in
/// `encoding`: screenshots and web graphics (PNG, GIF, WebP) are clean,
/// without sensor grain; photos and scans have it.
pub(crate) fn paint(seed: u64, (width, height): (u32, u32), encoding: Encoding) -> RgbImage {
    match encoding {
        Encoding::Png | Encoding::Gif | Encoding::WebpLossless => scene_with_grain(seed, width, height, 0.0),
        Encoding::Jpeg { .. } | Encoding::Bmp | Encoding::Tiff => scene(seed, width, height),
    }
}

/// Facts about one file, besides its path and bytes.
#[derive(Clone)]
pub(crate) struct Facts {
    pub(crate) kind: MediaKind,
    pub(crate) role: Role,
    pub(crate) decodable: bool,
    pub(crate) size: Option<(u32, u32)>,
    pub(crate) scene_seed: Option<u64>,
    pub(crate) exif: Option<ExifTags>,
    pub(crate) misleading_extension: bool,
}

impl Facts {
    /// A decodable picture.
    pub(crate) fn picture(kind: MediaKind, role: Role, size: (u32, u32), scene_seed: u64) -> Self {
        Self {
            kind,
            role,
            decodable: true,
            size: Some(size),
            scene_seed: Some(scene_seed),
            exif: None,
            misleading_extension: false,
        }
    }

    /// Anything that does not decode as a picture.
    pub(crate) fn opaque(kind: MediaKind, role: Role) -> Self {
        Self { kind, role, decodable: false, size: None, scene_seed: None, exif: None, misleading_extension: false }
    }
}

/// One file to be written (or one archive member), with its bytes.
pub(crate) struct Item {
    pub(crate) path: String,
    pub(crate) archive_path: String,
    pub(crate) bytes: Vec<u8>,
    pub(crate) facts: Facts,
    /// Modification time to set, Unix seconds (disk files only).
    pub(crate) modified: Option<i64>,
}

impl Item {
    /// A file on disk.
    pub(crate) fn file(path: String, bytes: Vec<u8>, facts: Facts, modified: i64) -> Self {
        Self { path, archive_path: String::new(), bytes, facts, modified: Some(modified) }
    }

    /// Where this item is, as ingest keys occurrences.
    pub(crate) fn key(&self) -> PlaceName {
        PlaceName { path: self.path.clone(), archive_path: self.archive_path.clone() }
    }

    /// The manifest line for this item.
    pub(crate) fn entry(&self) -> ManifestEntry {
        ManifestEntry {
            path: self.path.clone(),
            archive_path: self.archive_path.clone(),
            sha256: Sha256::of(&self.bytes),
            size: self.bytes.len() as u64,
            kind: self.facts.kind,
            role: self.facts.role.clone(),
            decodable: self.facts.decodable,
            width: self.facts.size.map(|s| s.0),
            height: self.facts.size.map(|s| s.1),
            scene_seed: self.facts.scene_seed,
            exif: self.facts.exif.clone(),
            misleading_extension: self.facts.misleading_extension,
            modified: self.modified,
        }
    }
}

/// The seizure being assembled.
pub(crate) struct Builder<'a> {
    pub(crate) spec: &'a SeizureSpec,
    pub(crate) namer: Namer,
    /// Files on disk, in the order they were made.
    pub(crate) files: Vec<Item>,
    /// Members of valid archives, in archive order.
    pub(crate) members: Vec<Item>,
    /// How many of `files` are the unique pictures (they come first).
    pub(crate) unique_count: usize,
    scenes: SynthRng,
}

impl<'a> Builder<'a> {
    /// An empty seizure for `spec`.
    pub(crate) fn new(spec: &'a SeizureSpec) -> Self {
        Self {
            spec,
            namer: Namer::default(),
            files: Vec::new(),
            members: Vec::new(),
            unique_count: 0,
            scenes: SynthRng::derive(spec.seed, stream::SCENES),
        }
    }

    /// The random stream for one concern (see [`stream`]).
    pub(crate) fn rng(&self, stream: u64) -> SynthRng {
        SynthRng::derive(self.spec.seed, stream)
    }

    /// A seed for a new, never-used scene.
    pub(crate) fn next_scene_seed(&mut self) -> u64 {
        self.scenes.next_u64()
    }

    /// A size drawn from the spec; `small` limits it to at most 800x600
    /// pixels (for the uncompressed and lossless formats).
    pub(crate) fn pick_size(&self, rng: &mut SynthRng, small: bool) -> (u32, u32) {
        let sizes = &self.spec.image_sizes;
        let small_sizes: Vec<(u32, u32)> = sizes.iter().copied().filter(|&(w, h)| w * h <= 800 * 600).collect();
        if small && !small_sizes.is_empty() {
            *rng.pick(&small_sizes)
        } else if small {
            *sizes.iter().min_by_key(|&&(w, h)| w * h).expect("validated: at least one size")
        } else {
            *rng.pick(sizes)
        }
    }
}
