//! Matching finds planted copies: an exact copy by MD5, and a resized,
//! recompressed, slightly cropped (0.5% a side; PDQ is not robust to heavier crops), flipped and rotated copy by PDQ, each
//! within the radius and with the distance the hashes really have; an
//! unrelated image matches nothing; the same and similar images in another
//! case are linked.

use std::path::Path;
use std::sync::atomic::AtomicBool;

use vilab_core::DihedralHashes;
use vilab_core::known::KnownMedia;
use vilab_hashset::profiles::Profiles;
use vilab_ingest::{IngestOptions, ingest_folder};
use vilab_match::{MatchOptions, Status, match_case, triage};
use vilab_media::{AnalyzeOptions, analyze};
use vilab_store::model::{NewAccount, NewHashset, Role};
use vilab_store::{CaseId, Lab};
use vilab_synth::{jpeg_bytes, scene, transform};

fn pdq(bytes: &[u8]) -> DihedralHashes {
    analyze(bytes, &AnalyzeOptions::default()).pdq.expect("decodes")
}

fn ingest(lab: &Lab, case: CaseId, exhibit: &str, dir: &Path) {
    let dir = std::fs::canonicalize(dir).unwrap();
    let source = vilab_ingest::pipeline::source_text(&dir);
    let exhibit = lab.store().open_exhibit(case, exhibit, &source).unwrap();
    let (sender, _receiver) = crossbeam_channel::unbounded();
    ingest_folder(
        lab.store(),
        lab.blobs(),
        &exhibit,
        &dir,
        &IngestOptions::default(),
        &AtomicBool::new(false),
        &sender,
    )
    .unwrap();
}

fn min_distance(a: &DihedralHashes, stored: &vilab_core::PdqHash) -> u32 {
    a.hashes.iter().map(|h| h.distance(stored)).min().unwrap()
}

#[test]
fn planted_copies_are_found_within_the_radius_and_nothing_else() {
    let tmp = tempfile::tempdir().unwrap();
    let admin = NewAccount { username: "admin".into(), password: "correct horse battery".into(), role: Role::Admin };
    let (lab, _) = Lab::init(&tmp.path().join("lab"), &admin).unwrap();

    let base = scene(22, 640, 480);
    let base_jpeg = jpeg_bytes(&base, 92);
    let exact_jpeg = jpeg_bytes(&scene(11, 640, 480), 90);
    let unrelated_jpeg = jpeg_bytes(&scene(33, 640, 480), 90);
    let variants = [
        ("resized.jpg", jpeg_bytes(&transform::resize(&base, 0.5), 90)),
        ("recompressed.jpg", jpeg_bytes(&transform::recompress(&base, 40), 60)),
        ("cropped.jpg", jpeg_bytes(&transform::crop(&base, 0.005), 90)),
        ("flipped.jpg", jpeg_bytes(&transform::flip_horizontal(&base), 90)),
        ("rotated.jpg", jpeg_bytes(&transform::rotate90(&base), 90)),
    ];
    let case_a_dir = tmp.path().join("a");
    std::fs::create_dir_all(&case_a_dir).unwrap();
    for (name, bytes) in &variants {
        std::fs::write(case_a_dir.join(name), bytes).unwrap();
    }
    std::fs::write(case_a_dir.join("exact.jpg"), &exact_jpeg).unwrap();
    std::fs::write(case_a_dir.join("unrelated.jpg"), &unrelated_jpeg).unwrap();

    // The known set: the exact image by MD5 (category 1), the base image by PDQ only (category 2).
    let base_pdq = pdq(&base_jpeg).hashes[0];
    let entries = vec![
        KnownMedia {
            media_id: Some(1),
            md5: Some(vilab_core::Digests::of(&exact_jpeg).md5),
            category: Some(1),
            ..KnownMedia::default()
        },
        KnownMedia { media_id: Some(2), pdq: Some(base_pdq), category: Some(2), ..KnownMedia::default() },
    ];
    let new = NewHashset { name: "planted".into(), profile: "vic-us".into(), format: "vics2".into() };
    lab.store()
        .import_hashset(&new, &mut |sink| {
            for e in entries.clone() {
                sink(e)?;
            }
            Ok([7; 32])
        })
        .unwrap();

    let case_a = lab.store().create_case("A").unwrap().id;
    ingest(&lab, case_a, "disk", &case_a_dir);
    let options = MatchOptions::default();
    let all: Vec<&Vec<u8>> = variants.iter().map(|(_, b)| b).chain([&exact_jpeg, &unrelated_jpeg]).collect();
    let usable = all.iter().filter(|b| pdq(b).quality >= 50).count();
    assert!(usable >= 6, "the test images must be PDQ-usable");

    let summary = match_case(lab.store(), case_a, &options).unwrap();
    assert_eq!(summary.exact, 1);
    assert_eq!(summary.probed, usable);

    let report = triage(lab.store(), case_a, &Profiles::default()).unwrap();
    assert_eq!(report.by_status["known"], 1);
    assert_eq!(report.by_status["near-known"], 5, "{:#?}", report.items);
    assert_eq!(report.by_status["new"], 1);
    assert_eq!(report.by_category["vic-us: child abuse material (CAM)"], 1);
    assert_eq!(report.by_category["vic-us: child exploitive (non-CAM) / age difficult"], 5);
    assert_eq!(report.by_source["planted"], 6);

    // Every PDQ match has the distance the hashes really have, within the radius.
    for item in &report.items {
        let detail = lab.store().media(&vilab_store::MediaKey::Sha256(item.item.sha256)).unwrap().unwrap();
        let image = detail.record.pdq.expect("decoded");
        match item.status {
            Status::NearKnown => {
                let hit = &item.proposal.as_ref().unwrap().hit;
                assert_eq!(hit.distance, min_distance(&image, &base_pdq));
                assert!(hit.distance <= options.index.radius);
            }
            Status::New => {
                assert!(min_distance(&image, &base_pdq) > options.index.radius, "the unrelated image is far")
            }
            Status::Known => assert!(item.proposal.as_ref().unwrap().hit.distance == 0),
        }
    }
    // The flipped and rotated copies matched through a symmetry, not the original orientation.
    let dihedrals: Vec<Option<String>> = report
        .items
        .iter()
        .filter(|i| i.status == Status::NearKnown)
        .map(|i| i.proposal.as_ref().unwrap().hit.dihedral.clone())
        .collect();
    assert!(dihedrals.iter().filter(|d| d.as_deref() != Some("original")).count() >= 2, "{dihedrals:?}");

    // A second case with the base image and the exact copy: linked to case A.
    let case_b_dir = tmp.path().join("b");
    std::fs::create_dir_all(&case_b_dir).unwrap();
    std::fs::write(case_b_dir.join("base.jpg"), &base_jpeg).unwrap();
    std::fs::write(case_b_dir.join("same.jpg"), &exact_jpeg).unwrap();
    let case_b = lab.store().create_case("B").unwrap().id;
    ingest(&lab, case_b, "phone", &case_b_dir);
    let summary_b = match_case(lab.store(), case_b, &options).unwrap();
    assert!(summary_b.near_other_cases >= 5, "{summary_b:?}");
    let report_b = triage(lab.store(), case_b, &Profiles::default()).unwrap();
    let same = report_b.items.iter().find(|i| !i.item.same_content_in.is_empty()).expect("the exact copy is linked");
    assert_eq!(same.item.same_content_in, ["A"]);
    let similar = report_b.items.iter().find(|i| !i.item.similar_in.is_empty()).expect("the base image is linked");
    assert_eq!(similar.item.similar_in[0].0, "A");
    assert_eq!(report_b.linked_to_other_cases, 2);

    // A tighter radius drops the far copies and keeps only what is within it.
    let tight = MatchOptions { index: vilab_index::IndexConfig { radius: 4, ..options.index } };
    match_case(lab.store(), case_a, &tight).unwrap();
    for item in triage(lab.store(), case_a, &Profiles::default()).unwrap().items {
        for hit in &item.item.known {
            assert!(hit.distance <= 4, "{hit:?}");
        }
    }
}
