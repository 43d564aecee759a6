//! Everything in the seizure that is not a plain picture: non-image files,
//! corrupt files and zip archives (one nested inside another, and one cut
//! short).

use vilab_core::model::MediaKind;

use super::archive::{Packing, build_zip, truncate_zip};
use super::builder::{Builder, Facts, Item, paint, stream};
use super::clock::LocalTime;
use super::corrupt::{first_half, jpeg_header_then_garbage, jpeg_magic_then_garbage, png_with_bad_ihdr_crc};
use super::layout::file_name;
use super::manifest::{CorruptReason, PlaceName, Role};
use super::non_image::{budget_csv, desktop_ini, notes, pdf, random_blob};
use crate::encode::{Encoding, encode_raw, jpeg_bytes};
use crate::error::SynthError;
use crate::rng::SynthRng;
use crate::scene::scene;

/// Path of the valid archive on disk.
pub const BACKUP_ZIP: &str = "Users/owner/Downloads/photos_backup.zip";
/// Path of the nested archive inside [`BACKUP_ZIP`].
pub const NESTED_ZIP: &str = "old/archive_2019.zip";
/// Path of the truncated (corrupt) archive on disk.
pub const TRUNCATED_ZIP: &str = "Users/owner/Downloads/pictures_part2.zip";

/// A fixed moment for files whose time does not matter (mid-2024, UTC+7).
fn some_time(rng: &mut SynthRng) -> i64 {
    let t = LocalTime { year: 2024, month: 6, day: 1, hour: 9, minute: 0, second: 0 };
    t.unix_seconds() + i64::from(rng.range_u32(0, 120 * 86_400))
}

impl Builder<'_> {
    /// Adds five non-image files: notes, a PDF, desktop.ini, a CSV and a
    /// random binary blob.
    pub(crate) fn add_non_images(&mut self) {
        let mut rng = self.rng(stream::NON_IMAGES);
        let blob_len = 4096 + rng.below(60_000);
        let files = [
            ("Users/owner/Documents/notes.txt", notes(&mut rng), "plain text notes"),
            ("Users/owner/Documents/report_2024.pdf", pdf("Quarterly report (synthetic)"), "one-page PDF"),
            ("Users/owner/Desktop/desktop.ini", desktop_ini(), "Windows folder settings"),
            ("Users/owner/Documents/budget.csv", budget_csv(&mut rng), "CSV table"),
            ("Users/owner/AppData/Local/Temp/cache.bin", random_blob(&mut rng, blob_len), "random binary"),
        ];
        for (path, bytes, description) in files {
            let facts = Facts::opaque(MediaKind::Other, Role::NonImage { description: description.into() });
            let path = self.namer.claim(path);
            let modified = some_time(&mut rng);
            self.files.push(Item::file(path, bytes, facts, modified));
        }
    }

    /// Adds the five corrupt pictures (see [`CorruptReason`]), made from
    /// fresh scenes that appear nowhere else in the seizure.
    pub(crate) fn add_corrupt_files(&mut self) -> Result<(), SynthError> {
        let mut rng = self.rng(stream::CORRUPT);
        let (seed_a, seed_b, seed_c) = (self.next_scene_seed(), self.next_scene_seed(), self.next_scene_seed());
        let size = self.pick_size(&mut rng, true);
        let jpeg_a = jpeg_bytes(&scene(seed_a, size.0, size.1), 88);
        let jpeg_b = jpeg_bytes(&scene(seed_b, size.0, size.1), 88);
        let png_path = "Users/owner/Pictures/Screenshots/Screenshot 2024-05-02 090000.png";
        let png = encode_raw(&paint(seed_c, size, Encoding::Png), Encoding::Png)
            .map_err(|source| SynthError::Encode { target: png_path.into(), encoding: Encoding::Png, source })?;
        let garbage_len = 2048 + rng.below(8192);
        let files = [
            (
                "Users/owner/Downloads/IMG-20240302-WA0011.jpg",
                first_half(&jpeg_a),
                MediaKind::Jpeg,
                CorruptReason::TruncatedJpeg,
                Some(seed_a),
            ),
            (
                "Users/owner/Pictures/Recovered/FILE0001.JPG",
                jpeg_header_then_garbage(&mut rng, &jpeg_b),
                MediaKind::Jpeg,
                CorruptReason::GarbageAfterJpegHeader,
                Some(seed_b),
            ),
            (
                "Users/owner/Pictures/Recovered/FILE0002.JPG",
                Vec::new(),
                MediaKind::Other,
                CorruptReason::EmptyFile,
                None,
            ),
            (png_path, png_with_bad_ihdr_crc(&png), MediaKind::Png, CorruptReason::BadPngCrc, Some(seed_c)),
            (
                "Users/owner/Pictures/Recovered/FILE0003.JPG",
                jpeg_magic_then_garbage(&mut rng, garbage_len),
                MediaKind::Jpeg,
                CorruptReason::JpegMagicThenGarbage,
                None,
            ),
        ];
        for (path, bytes, kind, reason, seed) in files {
            let mut facts = Facts::opaque(kind, Role::Corrupt { reason });
            facts.scene_seed = seed;
            let path = self.namer.claim(path);
            let modified = some_time(&mut rng);
            self.files.push(Item::file(path, bytes, facts, modified));
        }
        Ok(())
    }

    /// Adds the valid backup zip (new pictures, a copy of an on-disk
    /// picture and a nested zip with more pictures and a copy of an outer
    /// member) and the truncated zip.
    pub(crate) fn add_archives(&mut self) -> Result<(), SynthError> {
        if self.unique_count == 0 {
            return Ok(());
        }
        let mut rng = self.rng(stream::ARCHIVES);
        let disk_original = &self.files[0];
        let disk_copy = (format!("Backup/{}", file_name(&disk_original.path)), disk_original.bytes.clone(), {
            let mut facts = disk_original.facts.clone();
            facts.role = Role::ExactDupOf { original: disk_original.key() };
            facts
        });

        // Inner archive first: the outer one holds its bytes.
        let mut inner = self.new_pictures(&mut rng, self.spec.nested_archive_images, "2019/scan_")?;
        let mut outer = self.new_pictures(&mut rng, self.spec.archive_images, "Camera Roll/IMG_")?;
        if let Some((name, bytes, facts)) = outer.first() {
            let mut copy_facts = facts.clone();
            copy_facts.role =
                Role::ExactDupOf { original: PlaceName { path: BACKUP_ZIP.into(), archive_path: name.clone() } };
            inner.push((format!("2019/copy of {}", file_name(name)), bytes.clone(), copy_facts));
        }
        outer.push(disk_copy);
        let inner_zip = build_zip(&format!("{BACKUP_ZIP}!/{NESTED_ZIP}"), &pairs(&inner), Packing::Stored)?;
        let inner_role = Role::Archive { members: inner.len() };
        outer.push((NESTED_ZIP.into(), inner_zip, Facts::opaque(MediaKind::Zip, inner_role)));
        let outer_zip = build_zip(BACKUP_ZIP, &pairs(&outer), Packing::Deflated)?;

        let modified = some_time(&mut rng);
        let outer_facts = Facts::opaque(MediaKind::Zip, Role::Archive { members: outer.len() });
        let path = self.namer.claim(BACKUP_ZIP);
        self.files.push(Item::file(path.clone(), outer_zip, outer_facts, modified));
        for (name, bytes, facts) in outer {
            self.members.push(Item { path: path.clone(), archive_path: name, bytes, facts, modified: None });
        }
        for (name, bytes, facts) in inner {
            let archive_path = format!("{NESTED_ZIP}!/{name}");
            self.members.push(Item { path: path.clone(), archive_path, bytes, facts, modified: None });
        }

        // The truncated archive: two new pictures, cut inside the first.
        let parts = self.new_pictures(&mut rng, 2, "part2/IMG_")?;
        let cut = truncate_zip(&build_zip(TRUNCATED_ZIP, &pairs(&parts), Packing::Stored)?);
        let facts = Facts::opaque(MediaKind::Zip, Role::Corrupt { reason: CorruptReason::TruncatedZip });
        let path = self.namer.claim(TRUNCATED_ZIP);
        let modified = some_time(&mut rng);
        self.files.push(Item::file(path, cut, facts, modified));
        Ok(())
    }

    /// `count` new pictures for an archive, named `prefix0001.jpg`, ...:
    /// JPEG, except the second, a PNG. Archive pictures stay small.
    fn new_pictures(
        &mut self,
        rng: &mut SynthRng,
        count: usize,
        prefix: &str,
    ) -> Result<Vec<(String, Vec<u8>, Facts)>, SynthError> {
        (0..count)
            .map(|j| {
                let seed = self.next_scene_seed();
                let size = self.pick_size(rng, true);
                let encoding = if j == 1 { Encoding::Png } else { Encoding::Jpeg { quality: 85 } };
                let name = format!("{prefix}{:04}.{}", j + 1, encoding.extension());
                let bytes = encode_raw(&paint(seed, size, encoding), encoding)
                    .map_err(|source| SynthError::Encode { target: name.clone(), encoding, source })?;
                Ok((name, bytes, Facts::picture(encoding.kind(), Role::Unique, size, seed)))
            })
            .collect()
    }
}

/// (name, bytes) pairs for [`build_zip`].
fn pairs(members: &[(String, Vec<u8>, Facts)]) -> Vec<(String, Vec<u8>)> {
    members.iter().map(|(name, bytes, _)| (name.clone(), bytes.clone())).collect()
}
