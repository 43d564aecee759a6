//! End-to-end tests of the ingest pipeline on a synthetic seizure: checked
//! against the seizure's manifest and against a second lab.

mod common;

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use common::{TestLab, seizure, seizure_root};
use crossbeam_channel::bounded;
use vilab_core::model::{ErrorStage, IngestErrorCode, MediaKind};
use vilab_core::{Digests, Sha256};
use vilab_ingest::{IngestOptions, ProgressEvent};
use vilab_store::{MediaQuery, RunStatus};
use vilab_synth::seizure::{BACKUP_ZIP, NESTED_ZIP, TRUNCATED_ZIP};
use vilab_synth::{CorruptReason, PlaceName, Role, SeizureManifest};

/// Manifest entries grouped by content.
fn by_content(manifest: &SeizureManifest) -> BTreeMap<Sha256, Vec<&vilab_synth::ManifestEntry>> {
    let mut groups: BTreeMap<Sha256, Vec<_>> = BTreeMap::new();
    for entry in &manifest.entries {
        groups.entry(entry.sha256).or_default().push(entry);
    }
    groups
}

#[test]
fn dedup_records_one_media_item_per_content_with_every_occurrence() {
    let (dir, manifest) = seizure(11);
    let lab = TestLab::new();
    let summary = lab.ingest(&seizure_root(&dir), &IngestOptions::default());
    let expected = &manifest.counts;

    assert!(!summary.interrupted);
    assert_eq!(summary.files_found as usize, expected.files_on_disk);
    assert_eq!(summary.files_processed as usize, expected.files_on_disk);
    assert_eq!(summary.already_done, 0);
    assert_eq!(summary.bytes_processed, expected.bytes_on_disk);
    assert_eq!(summary.contents as usize, expected.occurrences);
    assert_eq!(summary.new_media as usize, expected.distinct_contents);
    assert_eq!(summary.new_occurrences as usize, expected.occurrences);

    let counts = lab.counts();
    assert_eq!(counts.exhibits, 1);
    assert_eq!(counts.media as usize, expected.distinct_contents);
    assert_eq!(counts.files as usize, expected.occurrences);
    let by_kind: BTreeMap<String, usize> =
        counts.by_kind.iter().map(|(k, n)| (k.as_str().to_string(), *n as usize)).collect();
    assert_eq!(by_kind, expected.distinct_by_kind, "kinds are detected from content");
    assert_eq!(counts.with_exif as usize, expected.distinct_with_exif);
    assert_eq!(counts.with_gps as usize, expected.distinct_with_gps);

    let listed = lab.lab.store().list_media(lab.case, &MediaQuery { limit: 10_000, offset: 0, kind: None }).unwrap();
    assert_eq!(listed.len(), expected.distinct_contents);
    assert_eq!(listed.iter().map(|m| m.occurrences).sum::<u64>() as usize, expected.occurrences);
    let groups = by_content(&manifest);
    assert_eq!(listed.iter().map(|m| m.sha256).collect::<BTreeSet<_>>(), groups.keys().copied().collect());

    // Every content lists exactly the places the manifest put it.
    let mut dup_in_zip = false;
    let mut dup_in_nested_zip = false;
    let mut disguised = BTreeSet::new();
    for (sha256, entries) in &groups {
        let detail = lab.media(sha256);
        let first = entries[0];
        assert_eq!(detail.record.digests.sha256, *sha256);
        assert_eq!(detail.record.digests.size, first.size);
        assert_eq!(detail.record.kind, first.kind, "kind of {}", first.path);
        let recorded: HashSet<PlaceName> =
            detail.occurrences.iter().map(|o| PlaceName::of(&o.occurrence.key)).collect();
        let wanted: HashSet<PlaceName> = entries.iter().map(|e| e.key()).collect();
        assert_eq!(recorded, wanted, "occurrences of {}", first.path);
        assert_eq!(detail.occurrences.len(), entries.len(), "no occurrence twice");
        for o in &detail.occurrences {
            assert_eq!((o.case.as_str(), o.exhibit.as_str()), ("OP-2026-001", "laptop-1"));
            let entry = entries.iter().find(|e| e.key().matches(&o.occurrence.key)).unwrap();
            assert_eq!(o.occurrence.size, entry.size);
            if entry.on_disk() {
                assert_eq!(o.occurrence.modified, entry.modified, "file time of {}", entry.path);
            } else {
                // The generator stamps every member 2024-06-30 21:15:00 (DOS time, no zone).
                assert_eq!(o.occurrence.modified, Some(1_719_782_100), "member time of {}", entry.archive_path);
            }
        }
        if entries.len() > 1 {
            let on_disk = entries.iter().any(|e| e.on_disk());
            dup_in_zip |=
                on_disk && entries.iter().any(|e| e.path == BACKUP_ZIP && e.archive_path.starts_with("Backup/"));
            dup_in_nested_zip |= entries.iter().any(|e| e.archive_path.starts_with(&format!("{NESTED_ZIP}!/")))
                && entries.iter().any(|e| e.path == BACKUP_ZIP && !e.archive_path.contains("!/"));
        }
        for e in entries.iter().filter(|e| e.misleading_extension && e.kind == MediaKind::Jpeg) {
            assert_eq!(detail.record.kind, MediaKind::Jpeg, "{} is a JPEG whatever its name", e.path);
            assert!(detail.record.pdq.is_some(), "{} is hashed though disguised", e.path);
            if let Some(ext) = Path::new(&e.path).extension() {
                disguised.insert(ext.to_string_lossy().to_lowercase());
            }
        }
    }
    assert!(dup_in_zip, "the seizure has a file on disk duplicated inside {BACKUP_ZIP}");
    assert!(dup_in_nested_zip, "the seizure has an outer member duplicated inside {NESTED_ZIP}");
    assert!(disguised.contains("txt") && disguised.contains("dat"), "disguised JPEGs seen: {disguised:?}");
}

/// What an ingest must report for each kind of damage: the stage, the
/// code, the params it must have, and words its detail (the library's)
/// must contain, lowercase.
fn expected_error(
    reason: CorruptReason,
) -> (ErrorStage, IngestErrorCode, &'static [(&'static str, &'static str)], &'static [&'static str]) {
    use IngestErrorCode as C;
    match reason {
        CorruptReason::TruncatedJpeg => (ErrorStage::Decode, C::DecodeDamaged, &[("format", "jpeg")], &[]),
        CorruptReason::GarbageAfterJpegHeader => (ErrorStage::Decode, C::DecodeFailed, &[("format", "jpeg")], &[]),
        CorruptReason::EmptyFile => (ErrorStage::Read, C::EmptyFile, &[], &[]),
        CorruptReason::BadPngCrc => (ErrorStage::Decode, C::DecodeFailed, &[("format", "png")], &["crc"]),
        CorruptReason::JpegMagicThenGarbage => (ErrorStage::Decode, C::DecodeFailed, &[("format", "jpeg")], &[]),
        CorruptReason::TruncatedZip => (ErrorStage::Archive, C::ArchiveUnreadable, &[], &["end-of-central-directory"]),
    }
}

#[test]
fn every_bad_file_gets_an_error_row_and_the_rest_ingests() {
    let (dir, manifest) = seizure(12);
    let root = seizure_root(&dir);
    let lab = TestLab::new();
    let summary = lab.ingest(&root, &IngestOptions::default());
    assert_eq!(summary.new_occurrences as usize, manifest.counts.occurrences);
    let errors = lab.errors();

    let mut reasons_seen = BTreeSet::new();
    for entry in &manifest.entries {
        let at = lab.errors_at(&entry.key());
        match &entry.role {
            Role::Corrupt { reason } => {
                reasons_seen.insert(*reason);
                let (stage, code, params, words) = expected_error(*reason);
                assert_eq!(at.len(), 1, "{reason:?} at {}: {at:?}", entry.path);
                let error = &at[0];
                assert_eq!((error.stage, error.code), (stage, code), "{reason:?} at {}: {error:?}", entry.path);
                for (name, value) in params {
                    assert_eq!(error.param(name), Some(*value), "{reason:?}: {error:?}");
                }
                let detail = error.detail.as_deref().unwrap_or_default().to_lowercase();
                for word in words {
                    assert!(detail.contains(word), "{reason:?}: detail {:?} lacks {word:?}", error.detail);
                }
                assert_eq!(error.sha256, Some(entry.sha256), "{reason:?}: the error names the content");
                // Damaged or not, the content is kept with its digests.
                let detail = lab.media(&entry.sha256);
                assert_eq!(detail.record.kind, entry.kind, "{reason:?}");
                assert_eq!(detail.errors.len(), 1, "{reason:?}: the error shows with its media item");
            }
            _ => assert!(at.is_empty(), "unexpected errors at {} {}: {at:?}", entry.path, entry.archive_path),
        }
        if entry.decodable {
            let record = lab.media(&entry.sha256).record;
            assert!(record.pdq.is_some(), "decodable {} {} has no PDQ", entry.path, entry.archive_path);
            assert!(record.thumbnail.is_some(), "decodable {} has no thumbnail", entry.path);
            assert_eq!((record.width, record.height), (entry.width, entry.height), "{}", entry.path);
        }
        if let Role::NonImage { description } = &entry.role {
            let bytes = std::fs::read(root.join(&entry.path)).unwrap();
            let record = lab.media(&entry.sha256).record;
            assert_eq!(record.kind, MediaKind::Other, "{description}");
            assert_eq!(record.digests, Digests::of(&bytes), "{description}");
            assert!(record.pdq.is_none() && record.width.is_none() && record.exif.is_none(), "{description}");
        }
    }
    let all_reasons = [
        CorruptReason::TruncatedJpeg,
        CorruptReason::GarbageAfterJpegHeader,
        CorruptReason::EmptyFile,
        CorruptReason::BadPngCrc,
        CorruptReason::JpegMagicThenGarbage,
        CorruptReason::TruncatedZip,
    ];
    assert_eq!(reasons_seen, all_reasons.into_iter().collect(), "the seizure has every kind of damage");
    assert_eq!(errors.len(), manifest.counts.corrupt, "one error row per damaged file, none elsewhere");
    assert_eq!(summary.new_errors as usize, manifest.counts.corrupt);

    // The truncated zip is kept as content; its members are not invented.
    let truncated = manifest.find(TRUNCATED_ZIP, "").unwrap();
    assert_eq!(lab.media(&truncated.sha256).record.kind, MediaKind::Zip);
    assert!(!lab.occurrence_keys().iter().any(|(path, member)| path == TRUNCATED_ZIP && !member.is_empty()));

    // Counts by stage follow from the kinds of damage.
    let mut wanted_stages = Vec::new();
    for stage in [ErrorStage::Read, ErrorStage::Archive, ErrorStage::Decode, ErrorStage::Exif, ErrorStage::Store] {
        let corrupt = manifest.entries.iter().filter_map(|e| match e.role {
            Role::Corrupt { reason } => Some(reason),
            _ => None,
        });
        let n = corrupt.filter(|r| expected_error(*r).0 == stage).count() as u64;
        if n > 0 {
            wanted_stages.push((stage, n));
        }
    }
    assert_eq!(lab.counts().errors_by_stage, wanted_stages);
}

/// Error rows as comparable tuples (path, archive path, stage, code,
/// params, detail).
type ErrorRow = (String, String, &'static str, IngestErrorCode, Vec<(String, String)>, Option<String>);

/// Error rows as comparable tuples.
fn error_set(lab: &TestLab) -> BTreeSet<ErrorRow> {
    lab.errors()
        .into_iter()
        .map(|e| {
            let params = e.params.into_iter().collect();
            (e.key.path_display(), e.key.archive_display(), e.stage.as_str(), e.code, params, e.detail)
        })
        .collect()
}

/// Every media item of the case with what analysis recorded for it.
fn media_facts(lab: &TestLab) -> BTreeMap<Sha256, String> {
    lab.lab
        .store()
        .list_media(lab.case, &MediaQuery { limit: 10_000, offset: 0, kind: None })
        .unwrap()
        .into_iter()
        .map(|m| {
            let r = lab.media(&m.sha256).record;
            (m.sha256, format!("{:?} {:?}x{:?} {:?} {:?} {:?}", r.kind, r.width, r.height, r.pdq, r.exif, r.thumbnail))
        })
        .collect()
}

#[test]
fn interrupted_ingest_resumes_to_the_same_result_without_duplicates() {
    let (dir, manifest) = seizure(13);
    let root = seizure_root(&dir);
    let options = IngestOptions { threads: Some(2), ..IngestOptions::default() };
    let expected = &manifest.counts;
    let stop_after = expected.files_on_disk / 3;
    assert!(stop_after >= 5, "the seizure is large enough to interrupt");

    let resumed = TestLab::new();
    // A rendezvous channel: a worker cannot finish a file before the
    // listener has taken its event, so the stop lands after exactly
    // `stop_after` files plus at most those already in progress.
    let stop = AtomicBool::new(false);
    let (sender, receiver) = bounded::<ProgressEvent>(0);
    let first = std::thread::scope(|scope| {
        let listener = scope.spawn(|| {
            let mut done = 0;
            for event in receiver.iter() {
                if let ProgressEvent::FileDone { .. } = event {
                    done += 1;
                    if done == stop_after {
                        stop.store(true, Ordering::SeqCst);
                    }
                }
            }
            done
        });
        let summary = resumed.ingest_with(&root, &options, &stop, &sender);
        drop(sender);
        let events = listener.join().unwrap();
        assert!(events >= stop_after);
        summary
    });
    assert!(first.interrupted, "{first:?}");
    assert!((first.files_processed as usize) < expected.files_on_disk);
    assert!(first.files_processed as usize >= stop_after);
    let partial = resumed.counts();
    assert!((partial.files as usize) < expected.occurrences, "{partial:?}");
    assert_eq!(partial.files, first.new_occurrences);

    let second = resumed.ingest(&root, &options);
    assert!(!second.interrupted);
    assert!(second.already_done > 0);
    assert_eq!(second.already_done, first.files_processed, "every file the first run committed is skipped");
    assert_eq!(second.files_processed + second.already_done, expected.files_on_disk as u64);
    assert_eq!((first.new_occurrences + second.new_occurrences) as usize, expected.occurrences);
    assert_eq!((first.new_media + second.new_media) as usize, expected.distinct_contents);

    let straight = TestLab::new();
    let whole = straight.ingest(&root, &options);
    assert!(!whole.interrupted);

    let (a, b) = (resumed.counts(), straight.counts());
    assert_eq!(a, b, "resumed and uninterrupted ingests agree");
    assert_eq!(a.files as usize, expected.occurrences, "no duplicate occurrences");
    assert_eq!(a.media as usize, expected.distinct_contents);
    assert_eq!(a.with_exif as usize, expected.distinct_with_exif);
    assert_eq!(a.with_gps as usize, expected.distinct_with_gps);
    assert_eq!(resumed.occurrence_keys(), straight.occurrence_keys());
    assert_eq!(error_set(&resumed), error_set(&straight));
    assert_eq!(media_facts(&resumed), media_facts(&straight), "PDQ, EXIF and thumbnails complete after resume");

    let third = resumed.ingest(&root, &options);
    assert_eq!((third.new_media, third.new_occurrences, third.new_errors), (0, 0, 0), "{third:?}");
    assert_eq!(third.already_done as usize, expected.files_on_disk);
    assert_eq!(third.files_processed, 0);
    assert_eq!(resumed.counts(), b);

    let runs = resumed.lab.store().runs(resumed.exhibit().id).unwrap();
    let statuses: Vec<RunStatus> = runs.iter().map(|r| r.status).collect();
    assert_eq!(statuses, [RunStatus::Interrupted, RunStatus::Completed, RunStatus::Completed]);
    assert_eq!(runs[0].counters.new_occurrences, first.new_occurrences);
    assert_eq!(runs[1].counters.files_skipped, second.already_done);
}

/// Every regular file under `dir`, sorted, skipping the temporary folder.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                if path.file_name().is_some_and(|n| n != ".tmp") {
                    stack.push(path);
                }
            } else {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn verify_reports_exactly_the_blob_with_a_flipped_byte() {
    let (dir, manifest) = seizure(14);
    let lab = TestLab::new();
    lab.ingest(&seizure_root(&dir), &IngestOptions::default());
    let stop = AtomicBool::new(false);

    let clean = lab.lab.verify(&stop, &mut |_| {}).unwrap();
    assert!(clean.is_clean(), "{clean:?}");
    assert!(clean.missing.is_empty());
    let blobs = files_under(&lab.lab.dir().join(vilab_store::EVIDENCE_DIR));
    assert_eq!(clean.blobs.checked as usize, blobs.len());
    assert_eq!(clean.blobs.ok, clean.blobs.checked);
    // Every content plus one thumbnail per distinct decoded picture.
    assert!(blobs.len() >= manifest.counts.distinct_contents + manifest.counts.distinct_decodable_images);
    let refs = lab.lab.store().blob_refs().unwrap();
    assert_eq!(refs.len(), blobs.len(), "the database refers to every stored blob");

    // Flip one byte in the middle of one non-empty blob.
    let victim = blobs.iter().find(|p| std::fs::metadata(p).unwrap().len() > 100).unwrap().clone();
    let expected_id = Sha256::from_hex(&victim.file_name().unwrap().to_string_lossy()).unwrap();
    let mut bytes = std::fs::read(&victim).unwrap();
    assert_eq!(Sha256::of(&bytes), expected_id, "blobs are named by their SHA-256");
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x01;
    std::fs::write(&victim, &bytes).unwrap();

    let report = lab.lab.verify(&stop, &mut |_| {}).unwrap();
    assert!(!report.is_clean());
    assert_eq!(report.blobs.corrupt.len(), 1, "{report:?}");
    let corrupt = &report.blobs.corrupt[0];
    assert_eq!(corrupt.path, victim);
    assert_eq!(corrupt.expected, expected_id);
    assert_eq!(corrupt.actual, Sha256::of(&bytes));
    assert!(report.blobs.unreadable.is_empty() && report.blobs.stray.is_empty() && report.missing.is_empty());
    assert_eq!(report.blobs.ok + 1, report.blobs.checked);
}
