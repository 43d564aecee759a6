//! A generated seizure matches its manifest file by file, its counts are
//! consistent, the archives nest as promised, and the odd files are odd in
//! exactly the documented way.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};

use vilab_core::Sha256;
use vilab_core::model::MediaKind;
use vilab_synth::seizure::{BACKUP_ZIP, NESTED_ZIP, TRUNCATED_ZIP};
use vilab_synth::{CorruptReason, Role, SeizureManifest, SeizureSpec, SynthError, generate_seizure};

/// Every regular file under `root`, relative and `/`-separated.
fn files_under(root: &Path) -> BTreeMap<String, PathBuf> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let relative = path.strip_prefix(root).unwrap().to_str().unwrap().replace('\\', "/");
                out.insert(relative, path);
            }
        }
    }
    out
}

fn small_seizure(seed: u64) -> (tempfile::TempDir, SeizureManifest) {
    let dir = tempfile::tempdir().unwrap();
    let manifest = generate_seizure(dir.path(), &SeizureSpec::small(seed)).unwrap();
    (dir, manifest)
}

fn read_member(zip: &[u8], name: &str) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(Cursor::new(zip)).unwrap();
    let mut bytes = Vec::new();
    archive.by_name(name).unwrap().read_to_end(&mut bytes).unwrap();
    bytes
}

#[test]
fn disk_matches_manifest_exactly() {
    let (dir, manifest) = small_seizure(1);
    let on_disk = files_under(dir.path());
    let listed: BTreeSet<&str> = manifest.files_on_disk().map(|e| e.path.as_str()).collect();
    assert_eq!(on_disk.keys().map(String::as_str).collect::<BTreeSet<_>>(), listed);
    assert_eq!(on_disk.len(), manifest.counts.files_on_disk);
    let mut bytes_total = 0;
    for entry in manifest.files_on_disk() {
        let bytes = std::fs::read(&on_disk[&entry.path]).unwrap();
        assert_eq!(bytes.len() as u64, entry.size, "{}", entry.path);
        assert_eq!(Sha256::of(&bytes), entry.sha256, "{}", entry.path);
        bytes_total += entry.size;
        let modified = std::fs::metadata(&on_disk[&entry.path]).unwrap().modified().unwrap();
        let seconds = modified.duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
        assert_eq!(Some(seconds), entry.modified, "{}", entry.path);
    }
    assert_eq!(bytes_total, manifest.counts.bytes_on_disk);
}

#[test]
fn counts_are_consistent_with_roles_and_spec() {
    let (_dir, manifest) = small_seizure(2);
    let spec = &manifest.spec;
    let c = &manifest.counts;
    assert_eq!(c.occurrences, c.files_on_disk + c.archive_members);
    // Only exact duplicates share content.
    assert_eq!(c.distinct_contents, c.occurrences - c.exact_duplicates);
    assert_eq!(c.exact_duplicates, spec.exact_duplicates + 2, "plus one copy in each archive");
    assert_eq!(c.near_duplicates, spec.near_duplicates);
    assert_eq!(c.non_images, 5);
    assert_eq!(c.corrupt, 6);
    assert_eq!(c.corrupt_archives, 1);
    assert_eq!((c.archives, c.nested_archives), (2, 1));
    // Unique pictures: on disk, in the outer zip and in the nested zip.
    assert_eq!(c.unique_images, spec.unique_images + spec.archive_images + spec.nested_archive_images);
    assert_eq!(c.archive_members, spec.archive_images + 2 + spec.nested_archive_images + 1);
    assert_eq!(c.files_on_disk, spec.unique_images + spec.exact_duplicates + spec.near_duplicates + 5 + 5 + 2);
    assert_eq!(c.decodable_images, c.unique_images + c.exact_duplicates + c.near_duplicates);
    assert!(c.misleading_extensions >= 3);
    for kind in ["jpeg", "png", "gif", "bmp", "webp", "tiff", "zip", "other"] {
        assert!(c.distinct_by_kind.get(kind).copied().unwrap_or(0) > 0, "no {kind}");
    }
    assert_eq!(c.distinct_by_kind.values().sum::<usize>(), c.distinct_contents);
    assert!(c.distinct_with_exif > 0 && c.distinct_with_gps > 0 && c.distinct_with_body_serial > 0);
}

#[test]
fn duplicates_share_bytes_and_near_duplicates_do_not() {
    let (_dir, manifest) = small_seizure(3);
    let by_key: HashMap<_, _> = manifest.entries.iter().map(|e| (e.key(), e)).collect();
    for entry in &manifest.entries {
        match &entry.role {
            Role::ExactDupOf { original } => {
                let original = by_key[original];
                assert_eq!(original.role, Role::Unique);
                assert_eq!(entry.sha256, original.sha256, "{}", entry.path);
            }
            Role::NearDupOf { original, .. } => {
                let original = by_key[original];
                assert_eq!(original.role, Role::Unique);
                assert_eq!(original.kind, MediaKind::Jpeg);
                assert_ne!(entry.sha256, original.sha256);
                assert_eq!(entry.scene_seed, original.scene_seed);
            }
            _ => {}
        }
    }
}

#[test]
fn pictures_decode_and_odd_files_do_not() {
    let (dir, manifest) = small_seizure(4);
    for entry in manifest.files_on_disk() {
        let bytes = std::fs::read(dir.path().join(&entry.path)).unwrap();
        let decoded = image::load_from_memory(&bytes);
        if entry.decodable {
            let img = decoded.unwrap_or_else(|e| panic!("{}: {e}", entry.path));
            assert_eq!((Some(img.width()), Some(img.height())), (entry.width, entry.height), "{}", entry.path);
            let format = image::guess_format(&bytes).unwrap();
            assert_eq!(format!("{format:?}").to_lowercase(), entry.kind.as_str(), "{}", entry.path);
        } else if entry.role != (Role::Corrupt { reason: CorruptReason::TruncatedJpeg }) {
            // A cut-off JPEG may still half-decode in lenient decoders.
            assert!(decoded.is_err(), "{} decoded", entry.path);
        }
    }
    let reasons: BTreeSet<CorruptReason> = manifest
        .entries
        .iter()
        .filter_map(|e| match e.role {
            Role::Corrupt { reason } => Some(reason),
            _ => None,
        })
        .collect();
    assert_eq!(reasons.len(), 6);
    let empty = manifest.entries.iter().find(|e| e.role == Role::Corrupt { reason: CorruptReason::EmptyFile }).unwrap();
    assert_eq!(empty.size, 0);
    assert!(empty.path.ends_with(".JPG"));
}

#[test]
fn exif_in_the_files_matches_the_manifest() {
    let (dir, manifest) = small_seizure(5);
    let mut checked = 0;
    for entry in manifest.files_on_disk().filter(|e| e.exif.is_some()) {
        let expected = entry.exif.as_ref().unwrap().expected_fields();
        let bytes = std::fs::read(dir.path().join(&entry.path)).unwrap();
        let exif = exif::Reader::new().read_from_container(&mut Cursor::new(&bytes)).unwrap();
        let text = |tag| {
            exif.get_field(tag, exif::In::PRIMARY).map(|f| match &f.value {
                exif::Value::Ascii(parts) => String::from_utf8(parts[0].clone()).unwrap(),
                other => panic!("{other:?}"),
            })
        };
        assert_eq!(text(exif::Tag::Make), expected.make, "{}", entry.path);
        assert_eq!(text(exif::Tag::Model), expected.model);
        assert_eq!(text(exif::Tag::BodySerialNumber), expected.body_serial);
        assert_eq!(text(exif::Tag::OffsetTimeOriginal), expected.offset_time_original);
        if let Some(latitude) = expected.gps_latitude {
            let field = exif.get_field(exif::Tag::GPSLatitude, exif::In::PRIMARY).unwrap();
            let exif::Value::Rational(r) = &field.value else { panic!("latitude not rational") };
            let read = r[0].to_f64() + r[1].to_f64() / 60.0 + r[2].to_f64() / 3600.0;
            assert!((read - latitude).abs() < 1e-6);
            // Mekong region: Indochina, north and east.
            assert!((8.0..24.0).contains(&latitude), "{latitude}");
            assert!((99.0..110.0).contains(&expected.gps_longitude.unwrap()));
        }
        checked += 1;
    }
    assert!(checked > 0);
}

#[test]
fn nested_zip_opens_and_holds_pictures() {
    let (dir, manifest) = small_seizure(6);
    let outer = std::fs::read(dir.path().join(BACKUP_ZIP)).unwrap();
    let mut archive = zip::ZipArchive::new(Cursor::new(&outer)).unwrap();
    let names: Vec<String> = archive.file_names().map(|n| n.unwrap().into_owned()).collect();
    assert!(names.contains(&NESTED_ZIP.to_string()));
    let inner = read_member(&outer, NESTED_ZIP);
    let mut inner_archive = zip::ZipArchive::new(Cursor::new(&inner)).unwrap();
    assert_eq!(inner_archive.len(), manifest.spec.nested_archive_images + 1);
    for i in 0..inner_archive.len() {
        let mut member = inner_archive.by_index(i).unwrap();
        let name = member.name().unwrap().into_owned();
        let mut bytes = Vec::new();
        member.read_to_end(&mut bytes).unwrap();
        image::load_from_memory(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        let listed = manifest.find(BACKUP_ZIP, &format!("{NESTED_ZIP}!/{name}")).unwrap();
        assert_eq!(listed.sha256, Sha256::of(&bytes));
    }
    // Every outer member is listed with the right digest.
    for name in &names {
        let bytes = read_member(&outer, name);
        assert_eq!(manifest.find(BACKUP_ZIP, name).unwrap().sha256, Sha256::of(&bytes), "{name}");
    }
    assert_eq!(archive.len(), names.len());
    let archive_members = manifest.archive_members().count();
    assert_eq!(archive_members, names.len() + inner_archive.len());
    archive.by_index(0).unwrap();
    let truncated = std::fs::read(dir.path().join(TRUNCATED_ZIP)).unwrap();
    assert!(truncated.starts_with(b"PK\x03\x04"));
    assert!(zip::ZipArchive::new(Cursor::new(&truncated)).is_err());
}

#[test]
fn same_seed_same_seizure_other_seed_other_seizure() {
    let (dir_a, a) = small_seizure(7);
    let (dir_b, b) = small_seizure(7);
    assert_eq!(a, b);
    let files_a = files_under(dir_a.path());
    for (path, full) in &files_a {
        assert_eq!(std::fs::read(full).unwrap(), std::fs::read(dir_b.path().join(path)).unwrap(), "{path}");
    }
    let (_dir_c, c) = small_seizure(8);
    let shas = |m: &SeizureManifest| m.entries.iter().map(|e| e.sha256).collect::<BTreeSet<_>>();
    // Only the seed-free files (the empty file, desktop.ini, the PDF) coincide.
    assert_eq!(shas(&a).intersection(&shas(&c)).count(), 3);
}

#[test]
fn manifest_round_trips_through_json() {
    let (_dir, manifest) = small_seizure(9);
    let json = serde_json::to_string_pretty(&manifest).unwrap();
    assert!(json.contains("\"role\": \"near_dup_of\""));
    assert!(json.contains("\"op\": \"rotate90\""));
    let back: SeizureManifest = serde_json::from_str(&json).unwrap();
    assert_eq!(back, manifest);
}

#[test]
fn refuses_a_non_empty_directory_and_bad_specs() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("evidence.txt"), b"keep me").unwrap();
    let err = generate_seizure(dir.path(), &SeizureSpec::small(1)).unwrap_err();
    assert!(matches!(err, SynthError::NotEmpty { .. }));
    assert!(err.to_string().contains(&dir.path().display().to_string()), "{err}");

    let empty = tempfile::tempdir().unwrap();
    let spec = SeizureSpec { image_sizes: vec![], ..SeizureSpec::small(1) };
    assert!(matches!(generate_seizure(empty.path(), &spec), Err(SynthError::InvalidSpec { .. })));
}

#[test]
fn a_missing_directory_is_created() {
    let parent = tempfile::tempdir().unwrap();
    let root = parent.path().join("exhibit-01").join("image");
    let spec = SeizureSpec {
        unique_images: 2,
        exact_duplicates: 1,
        near_duplicates: 1,
        archives: false,
        corrupt_files: false,
        non_images: false,
        ..SeizureSpec::small(3)
    };
    let manifest = generate_seizure(&root, &spec).unwrap();
    assert_eq!(files_under(&root).len(), 4);
    assert_eq!(manifest.counts.files_on_disk, 4);
    assert_eq!(manifest.counts.distinct_contents, 3);
}
