//! The pictures of the seizure: unique scenes in their folders, exact
//! copies elsewhere (some under misleading names), and edited near
//! duplicates.

use vilab_core::model::MediaKind;

use super::builder::{Builder, Facts, Item, paint, stream};
use super::layout::{Album, DOWNLOADS, Naming, SCANS, SCREENSHOTS, file_name, random_time, split_extension};
use super::manifest::Role;
use super::parallel::parallel_map;
use crate::encode::{Encoding, encode_raw, jpeg_bytes};
use crate::error::SynthError;
use crate::exif_write::{ExifTags, with_exif};
use crate::rng::SynthRng;
use crate::transform::Transform;

/// JPEG quality of near duplicates (except recompressions, which use
/// their own): what sharing apps re-save at.
const NEAR_DUP_QUALITY: u8 = 80;

/// One unique picture to paint, planned before the parallel painting.
struct PictureJob {
    path: String,
    seed: u64,
    size: (u32, u32),
    encoding: Encoding,
    exif: Option<ExifTags>,
    modified: i64,
}

impl PictureJob {
    /// Paints, encodes and (for JPEG with EXIF) tags the picture.
    fn render(&self) -> Result<Vec<u8>, SynthError> {
        let img = paint(self.seed, self.size, self.encoding);
        let bytes = encode_raw(&img, self.encoding).map_err(|source| SynthError::Encode {
            target: self.path.clone(),
            encoding: self.encoding,
            source,
        })?;
        Ok(match &self.exif {
            Some(tags) => with_exif(&bytes, tags),
            None => bytes,
        })
    }
}

/// The format of unique picture number `i`: JPEG except for six in every
/// thirty, which spread over the other formats (index 0 is a JPEG so
/// that even a one-picture seizure has something to near-duplicate).
fn format_of(i: usize) -> Option<Encoding> {
    match i % 30 {
        1 | 11 => Some(Encoding::Png),
        3 => Some(Encoding::Gif),
        5 => Some(Encoding::Bmp),
        7 => Some(Encoding::WebpLossless),
        9 => Some(Encoding::Tiff),
        _ => None,
    }
}

impl Builder<'_> {
    /// Plans, paints and adds `spec.unique_images` unique pictures.
    pub(crate) fn add_unique_pictures(&mut self) -> Result<(), SynthError> {
        let mut rng = self.rng(stream::PICTURES);
        let jobs: Vec<PictureJob> = (0..self.spec.unique_images).map(|i| self.plan_picture(&mut rng, i)).collect();
        let rendered = parallel_map(&jobs, PictureJob::render);
        for (job, bytes) in jobs.into_iter().zip(rendered) {
            let mut facts = Facts::picture(job.encoding.kind(), Role::Unique, job.size, job.seed);
            facts.exif = job.exif;
            self.files.push(Item::file(job.path, bytes?, facts, job.modified));
        }
        self.unique_count = self.files.len();
        Ok(())
    }

    /// Where picture `i` goes, its size, format and EXIF.
    fn plan_picture(&mut self, rng: &mut SynthRng, i: usize) -> PictureJob {
        let seed = self.next_scene_seed();
        if let Some(encoding) = format_of(i) {
            let (dir, naming) = match encoding {
                Encoding::Png => (SCREENSHOTS, Naming::Screenshot),
                Encoding::Bmp | Encoding::Tiff => (SCANS, Naming::Scan),
                _ => (DOWNLOADS, Naming::Browser),
            };
            let month = rng.range_u32(1, 12);
            let time = random_time(rng, 2024, month);
            let size = self.pick_size(rng, true);
            let path = self.namer.name(rng, dir, naming, time, encoding.extension());
            return PictureJob { path, seed, size, encoding, exif: None, modified: time.unix_seconds() };
        }
        let album = Album::pick(rng);
        let time = album.time(rng);
        let size = self.pick_size(rng, false);
        let device = album.device.filter(|_| self.spec.camera_exif);
        let exif = device.map(|d| d.tags(rng, time, album.place));
        let (lo, hi) = device.map_or((72, 85), |d| d.quality);
        let encoding = Encoding::Jpeg { quality: rng.range_u32(lo, hi) as u8 };
        let path = self.namer.name(rng, album.dir, album.naming, time, "jpg");
        // Camera files keep their capture time; downloads arrive later.
        let delay = if device.is_some() { 0 } else { i64::from(rng.range_u32(60, 30 * 86_400)) };
        PictureJob { path, seed, size, encoding, exif, modified: time.unix_seconds() + delay }
    }

    /// Adds `spec.exact_duplicates` copies of unique pictures. About half
    /// as many originals as copies are used, so some have three or more
    /// occurrences; every other style of copy hides its content behind a
    /// misleading extension.
    pub(crate) fn add_exact_duplicates(&mut self) {
        if self.unique_count == 0 {
            return;
        }
        let mut rng = self.rng(stream::DUPLICATES);
        let pool = distinct_indices(&mut rng, self.unique_count, self.spec.exact_duplicates.div_ceil(2));
        for k in 0..self.spec.exact_duplicates {
            let original = &self.files[pool[k % pool.len()]];
            let name = file_name(&original.path).to_string();
            let (stem, ext) = split_extension(&name);
            let wrong_ext = if original.facts.kind == MediaKind::Jpeg { ".png" } else { ".jpg" };
            let (path, misleading) = match k % 8 {
                0 => (format!("Users/owner/Desktop/{stem} - Copy{ext}"), false),
                1 => (format!("Users/owner/Documents/Backup/2024/{name}"), false),
                2 => (format!("Users/owner/AppData/Local/Temp/~DF{:04X}.tmp", rng.next_u64() as u16), true),
                3 => (format!("Users/owner/Documents/{}.dat", rng.pick(&["index", "data", "config", "sync"])), true),
                4 => (format!("Users/guest/Downloads/{name}"), false),
                5 => (format!("Users/owner/Documents/notes_{k}.txt"), true),
                6 => (format!("Users/owner/AppData/Roaming/Cache/{:016x}", rng.next_u64()), true),
                _ => (format!("Users/owner/Pictures/Saved/{stem}{wrong_ext}"), true),
            };
            let mut facts = original.facts.clone();
            facts.role = Role::ExactDupOf { original: original.key() };
            facts.misleading_extension = misleading;
            let bytes = original.bytes.clone();
            let modified = original.modified.unwrap_or_default() + i64::from(rng.range_u32(3600, 200 * 86_400));
            let path = self.namer.claim(&path);
            self.files.push(Item::file(path, bytes, facts, modified));
        }
    }

    /// Adds `spec.near_duplicates` edited copies of unique JPEGs: each is
    /// the original decoded, transformed and saved again, as an app does.
    pub(crate) fn add_near_duplicates(&mut self) {
        let jpegs: Vec<usize> =
            (0..self.unique_count).filter(|&i| self.files[i].facts.kind == MediaKind::Jpeg).collect();
        if jpegs.is_empty() {
            return;
        }
        let mut rng = self.rng(stream::NEAR);
        let order = distinct_indices(&mut rng, jpegs.len(), jpegs.len());
        let plans: Vec<(usize, Transform, String)> = (0..self.spec.near_duplicates)
            .map(|k| {
                let original = jpegs[order[k % order.len()]];
                let transform = transform_for(k);
                let name = file_name(&self.files[original].path).to_string();
                let (stem, _) = split_extension(&name);
                let path = match k % 3 {
                    0 => format!("Users/owner/Pictures/Edited/{stem}_{}.jpg", transform.name()),
                    1 => format!("Users/owner/Downloads/WhatsApp Images/IMG-20240611-WA{:04}.jpg", 100 + k),
                    _ => format!("Users/owner/Pictures/Telegram Desktop/photo_2024-06-{:02}_edit{k}.jpg", 1 + k % 28),
                };
                (original, transform, self.namer.claim(&path))
            })
            .collect();
        let rendered =
            parallel_map(&plans, |(original, transform, _)| near_duplicate(&self.files[*original].bytes, *transform));
        for ((original, transform, path), (bytes, size)) in plans.into_iter().zip(rendered) {
            let source = &self.files[original];
            let role = Role::NearDupOf { original: source.key(), transform };
            let seed = source.facts.scene_seed.unwrap_or_default();
            let modified = source.modified.unwrap_or_default() + i64::from(rng.range_u32(3600, 100 * 86_400));
            self.files.push(Item::file(path, bytes, Facts::picture(MediaKind::Jpeg, role, size, seed), modified));
        }
    }
}

/// The `k`-th near-duplicate edit: the five transforms in turn, with
/// parameters varying from one round to the next.
fn transform_for(k: usize) -> Transform {
    let round = (k / 5) % 3;
    match k % 5 {
        0 => Transform::Resize { scale: [0.5, 0.75, 0.6][round] },
        1 => Transform::Recompress { quality: [50, 60, 70][round] },
        // Perceptual hashes tolerate only slight crops (PDQ drifts past
        // its 31-bit match threshold from about 2 % per side).
        2 => Transform::Crop { fraction: [0.01, 0.015, 0.02][round] },
        3 => Transform::FlipHorizontal,
        _ => Transform::Rotate90,
    }
}

/// `original` (a JPEG) decoded, edited and re-encoded; with its size.
fn near_duplicate(original: &[u8], transform: Transform) -> (Vec<u8>, (u32, u32)) {
    let decoded = image::load_from_memory(original).expect("a JPEG this crate just encoded decodes").to_rgb8();
    let (img, quality) = match transform {
        // The edit *is* the re-encoding: decode once, save at the new quality.
        Transform::Recompress { quality } => (decoded, quality),
        other => (other.apply(&decoded), NEAR_DUP_QUALITY),
    };
    (jpeg_bytes(&img, quality), img.dimensions())
}

/// `count` distinct indices below `n` (all of them, shuffled, when
/// `count >= n`), at least one when `n > 0`.
fn distinct_indices(rng: &mut SynthRng, n: usize, count: usize) -> Vec<usize> {
    let mut all: Vec<usize> = (0..n).collect();
    // Fisher-Yates, only as far as needed.
    let take = count.clamp(1, n.max(1)).min(n);
    for i in 0..take {
        let j = i + rng.below(n - i);
        all.swap(i, j);
    }
    all.truncate(take);
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distinct_indices_are_distinct_and_in_range() {
        let mut rng = SynthRng::new(3);
        let picked = distinct_indices(&mut rng, 10, 4);
        assert_eq!(picked.len(), 4);
        let mut sorted = picked.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), 4);
        assert!(picked.iter().all(|&i| i < 10));
        assert_eq!(distinct_indices(&mut rng, 3, 0).len(), 1);
        assert_eq!(distinct_indices(&mut rng, 3, 99).len(), 3);
    }

    #[test]
    fn every_format_appears_in_the_first_ten() {
        let formats: Vec<_> = (0..10).filter_map(format_of).collect();
        for expected in [Encoding::Png, Encoding::Gif, Encoding::Bmp, Encoding::WebpLossless, Encoding::Tiff] {
            assert!(formats.contains(&expected));
        }
        assert_eq!(format_of(0), None, "index 0 is a JPEG");
    }
}
