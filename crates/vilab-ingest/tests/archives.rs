//! Zip archives in an exhibit: members walked by entry, bombs and hostile
//! names refused or kept apart, large members streamed.

mod common;

use std::io::Cursor;

use common::{TestLab, assert_rest_ingested, folder_with, place, places, zip_of};
use vilab_core::Sha256;
use vilab_core::model::{ErrorStage, IngestErrorCode, MediaKind};
use vilab_ingest::IngestOptions;
use vilab_store::MediaKey;

#[test]
fn zip_bomb_member_is_refused_and_the_rest_ingested() {
    // 20 MiB of zeros deflate to about 20 KiB: a ratio near 1000, far over
    // the lowered limit of 100 (the default 1000 would need 200 MB here).
    let zeros = vec![0u8; 20 * 1024 * 1024];
    let readme = b"these are my holiday pictures".repeat(4);
    let bomb = zip_of(&[("zeros.bin", &zeros, true), ("readme.txt", &readme, true)]);
    let mut archive = zip::ZipArchive::new(Cursor::new(&bomb)).unwrap();
    let ratio = zeros.len() as u64 / archive.by_name("zeros.bin").unwrap().compressed_size();
    assert!(ratio > 500, "the test zip really is highly compressible ({ratio}:1)");
    let dir = folder_with(&[("bomb.zip", bomb.clone())]);
    let options = IngestOptions { max_compression_ratio: 100, ..IngestOptions::default() };
    let lab = TestLab::new();
    let summary = lab.ingest(dir.path(), &options);
    assert!(!summary.interrupted);

    let errors = lab.errors();
    assert_eq!(errors.len(), 1, "{errors:?}");
    let error = &errors[0];
    assert!(place("bomb.zip", "zeros.bin").matches(&error.key), "{:?}", error.key);
    assert_eq!(error.stage, ErrorStage::Archive);
    assert_eq!(error.code, IngestErrorCode::ArchiveBombRatio, "{error:?}");
    assert_eq!(error.param("limit"), Some("100"));
    assert_eq!(error.param("size"), Some(zeros.len().to_string().as_str()));
    assert!(error.param("compressed").is_some_and(|c| c.parse::<u64>().unwrap() * 500 < zeros.len() as u64));
    assert_eq!(error.detail, None);

    // Nothing of the bomb was extracted or stored; the sibling member was.
    let zeros_id = Sha256::of(&zeros);
    assert!(lab.lab.store().media(&MediaKey::Sha256(zeros_id)).unwrap().is_none());
    assert!(!lab.lab.blobs().contains(&zeros_id).unwrap());
    let keys = lab.occurrence_keys();
    let wanted = places(&[("bomb.zip", ""), ("bomb.zip", "readme.txt"), ("notes.txt", ""), ("photo.jpg", "")]);
    assert_eq!(keys, wanted);
    assert_eq!(lab.media(&Sha256::of(&bomb)).record.kind, MediaKind::Zip);
    assert!(
        place("bomb.zip", "readme.txt").matches(&lab.media(&Sha256::of(&readme)).occurrences[0].occurrence.key),
        "{:?}",
        lab.media(&Sha256::of(&readme)).occurrences[0].occurrence.key
    );
    assert_rest_ingested(&lab, dir.path());
}

#[test]
fn archive_budget_is_shared_with_nested_archives() {
    // Incompressible members, stored: only the budget can refuse them.
    let noise = |seed: u8| -> Vec<u8> {
        let mut x = u32::from(seed).wrapping_mul(2_654_435_761) | 1;
        (0..600_000)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                x as u8
            })
            .collect()
    };
    let (a, b) = (noise(1), noise(2));
    let inner = zip_of(&[("b.bin", &b, false)]);
    let outer = zip_of(&[("a.bin", &a, false), ("inner.zip", &inner, false)]);
    let dir = folder_with(&[("outer.zip", outer)]);
    // a (600 kB) and inner.zip (600 kB) fit in 1.5 MB; b, inside inner.zip,
    // would not have fitted in a budget of its own.
    let options = IngestOptions { max_archive_expanded: 1_500_000, ..IngestOptions::default() };
    let lab = TestLab::new();
    lab.ingest(dir.path(), &options);

    let errors = lab.errors();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(place("outer.zip", "inner.zip!/b.bin").matches(&errors[0].key), "{:?}", errors[0].key);
    assert_eq!(errors[0].stage, ErrorStage::Archive);
    assert_eq!(errors[0].code, IngestErrorCode::ArchiveBombExpansion, "{:?}", errors[0]);
    assert_eq!(errors[0].param("limit"), Some("1500000"));
    assert!(lab.lab.store().media(&MediaKey::Sha256(Sha256::of(&b))).unwrap().is_none());
    assert_eq!(lab.media(&Sha256::of(&a)).occurrences.len(), 1);
    assert!(
        place("outer.zip", "inner.zip").matches(&lab.media(&Sha256::of(&inner)).occurrences[0].occurrence.key),
        "{:?}",
        lab.media(&Sha256::of(&inner)).occurrences[0].occurrence.key
    );
    assert_rest_ingested(&lab, dir.path());
}

#[test]
fn archives_nested_deeper_than_the_limit_are_recorded_not_opened() {
    let level3 = zip_of(&[("d.txt", b"level three", true)]);
    let level2 = zip_of(&[("c.txt", b"level two", true), ("level3.zip", &level3, false)]);
    let level1 = zip_of(&[("b.txt", b"level one", true), ("level2.zip", &level2, false)]);
    let nested = zip_of(&[("a.txt", b"level zero", true), ("level1.zip", &level1, true)]);
    let dir = folder_with(&[("nested.zip", nested)]);
    let options = IngestOptions { max_archive_depth: 2, ..IngestOptions::default() };
    let lab = TestLab::new();
    lab.ingest(dir.path(), &options);

    // nested.zip is opened (depth 0), level1.zip too (depth 1); level2.zip
    // sits at depth 2 and is recorded with an error, its members unseen.
    let errors = lab.errors();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(place("nested.zip", "level1.zip!/level2.zip").matches(&errors[0].key), "{:?}", errors[0].key);
    assert_eq!(errors[0].stage, ErrorStage::Archive);
    assert_eq!(errors[0].code, IngestErrorCode::ArchiveTooDeep, "{:?}", errors[0]);
    assert_eq!(errors[0].param("limit"), Some("2"));
    assert_eq!(errors[0].sha256, Some(Sha256::of(&level2)));
    let keys = lab.occurrence_keys();
    let wanted = places(&[
        ("nested.zip", ""),
        ("nested.zip", "a.txt"),
        ("nested.zip", "level1.zip"),
        ("nested.zip", "level1.zip!/b.txt"),
        ("nested.zip", "level1.zip!/level2.zip"),
        ("notes.txt", ""),
        ("photo.jpg", ""),
    ]);
    assert_eq!(keys, wanted);
    assert_eq!(lab.media(&Sha256::of(&level2)).record.kind, MediaKind::Zip);
    assert!(lab.lab.store().media(&MediaKey::Sha256(Sha256::of(b"level two"))).unwrap().is_none());
    assert_rest_ingested(&lab, dir.path());

    // With the default depth everything is opened.
    let deep = TestLab::new();
    deep.ingest(dir.path(), &IngestOptions::default());
    assert!(deep.errors().is_empty());
    assert_eq!(deep.occurrence_keys().len(), wanted.len() + 3, "c.txt, level3.zip, d.txt and nothing else");
    let deepest = &deep.media(&Sha256::of(b"level three")).occurrences[0].occurrence.key;
    assert!(place("nested.zip", "level1.zip!/level2.zip!/level3.zip!/d.txt").matches(deepest), "{deepest:?}");
}

/// Found by the `zip_walk` fuzz target: a member with an empty name took the
/// archive's own key; a member named `inner.zip!/x` posed as member `x` of a
/// nested `inner.zip`. Every content must keep its own occurrence, and the
/// impostor must not look nested.
#[test]
fn hostile_member_names_do_not_steal_occurrences() {
    let empty_name = concat!(
        "504b0304140000000000000021008316dc8c01000000010000000000000078504b010214031400000000000000210083",
        "16dc8c0100000001000000000000000000000000000000800100000000504b050600000000010001002e0000001f0000",
        "000000",
    );
    let separator = concat!(
        "504b0304140000000000428b775d91e665626a0000006a00000009000000696e6e65722e7a6970504b03041400000000",
        "00428b775db4f2feba06000000060000000100000078696e73696465504b01021403140000000000428b775db4f2feba",
        "060000000600000001000000000000000000000080010000000078504b050600000000010001002f0000002500000000",
        "00504b0304140000000000428b775d070cbb2608000000080000000c000000696e6e65722e7a6970212f78696d706f73",
        "746f72504b01021403140000000000428b775d91e665626a0000006a0000000900000000000000000000008001000000",
        "00696e6e65722e7a6970504b01021403140000000000428b775d070cbb2608000000080000000c000000000000000000",
        "0000800191000000696e6e65722e7a6970212f78504b0506000000000200020071000000c30000000000",
    );
    let dir = folder_with(&[
        ("empty-name.zip", hex::decode(empty_name).unwrap()),
        ("separator.zip", hex::decode(separator).unwrap()),
    ]);
    let lab = TestLab::new();
    lab.ingest(dir.path(), &IngestOptions::default());
    // empty-name.zip: the zip and its one member; separator.zip: the zip,
    // inner.zip, inner.zip's member and the impostor; the photo and notes.
    let media = lab.lab.store().list_media(lab.case, &vilab_store::MediaQuery::default()).unwrap();
    assert_eq!(media.len(), 8, "{media:?}");
    for zip in ["empty-name.zip", "separator.zip"] {
        let sha = Sha256::of(&std::fs::read(dir.path().join(zip)).unwrap());
        let detail = lab.media(&sha);
        assert!(
            detail.occurrences.iter().any(|o| o.occurrence.key == vilab_core::model::OccurrenceKey::file(zip)),
            "{zip} lost its own occurrence"
        );
    }
    let impostor = lab.media(&Sha256::of(b"impostor"));
    let key = &impostor.occurrences[0].occurrence.key;
    assert_eq!(key.members.len(), 1, "the impostor is a member of separator.zip itself: {key:?}");
    assert_eq!(key.members[0].name, b"inner.zip!/x");
    assert_eq!(key.display_path(), "separator.zip!/inner.zip!\\/x");
    let nested = lab.media(&Sha256::of(b"inside"));
    assert_eq!(nested.occurrences[0].occurrence.key.display_path(), "separator.zip!/inner.zip!/x");
    assert_rest_ingested(&lab, dir.path());
}

/// A zip holding two members of one name (an anti-forensic trick: tools
/// that look members up by name show only one). Both are stored, each at
/// its own entry, the second noted as a duplicate.
#[test]
fn duplicate_member_names_keep_both_members() {
    // As `zipfile.ZipFile('d/dup.zip','w')` writes it with two `writestr('e.jpg', ...)`.
    let dup =
        common::raw_zip(&[(b"e.jpg", b"FIRST"), (b"e.jpg", b"SECOND")], &[(b"e.jpg", 0, false), (b"e.jpg", 1, false)]);
    let dir = folder_with(&[("dup.zip", dup)]);
    let lab = TestLab::new();
    lab.ingest(dir.path(), &IngestOptions::default());

    let first = lab.media(&Sha256::of(b"FIRST"));
    let second = lab.media(&Sha256::of(b"SECOND"));
    let (a, b) = (&first.occurrences[0].occurrence, &second.occurrences[0].occurrence);
    assert_eq!((a.key.members[0].index, &a.key.members[0].name[..]), (0, &b"e.jpg"[..]));
    assert_eq!((b.key.members[0].index, &b.key.members[0].name[..]), (1, &b"e.jpg"[..]));
    assert!(a.notes.is_empty(), "{:?}", a.notes);
    assert_eq!(b.notes, [vilab_core::model::OccurrenceNote::DuplicateName { first_index: 0 }]);
    // Shown apart too: the repeated name carries its entry number.
    assert_eq!(a.key.display_path(), "dup.zip!/e.jpg");
    assert_eq!(b.key.display_path(), "dup.zip!/e.jpg\\#1");
    assert!(lab.errors().is_empty(), "{:?}", lab.errors());
    assert_rest_ingested(&lab, dir.path());
}

/// Member names are stored as their bytes: a CP437 name (no UTF-8 flag) is
/// shown decoded, and two names that differ in bytes stay two even where
/// they would decode alike.
#[test]
fn member_names_keep_their_bytes_and_their_encoding() {
    let locals: [(&[u8], &[u8]); 3] =
        [(b"caf\x82.txt", b"cp437"), ("café.txt".as_bytes(), b"utf8"), (b"a\xff.txt", b"bad")];
    let zip = common::raw_zip(&locals, &[(locals[0].0, 0, false), (locals[1].0, 1, true), (locals[2].0, 2, true)]);
    let dir = folder_with(&[("names.zip", zip)]);
    let lab = TestLab::new();
    lab.ingest(dir.path(), &IngestOptions::default());
    let shown = |content: &[u8]| lab.media(&Sha256::of(content)).occurrences[0].occurrence.key.clone();
    let (cp437, utf8, bad) = (shown(b"cp437"), shown(b"utf8"), shown(b"bad"));
    assert_eq!(cp437.members[0].name, b"caf\x82.txt");
    assert_eq!(cp437.archive_display(), "café.txt");
    assert_eq!(utf8.archive_display(), "café.txt");
    assert_ne!(cp437, utf8, "same display, different bytes: two places");
    assert_eq!(bad.archive_display(), "a\\xff.txt");
    assert_eq!(lab.keys().len(), 3 + 2 + 1, "three members, the zip, the photo and the notes");
}

/// David Fifield's "better zip bomb": many entries share one compressed
/// kernel. Refused at once, as an error naming the archive, with nothing
/// extracted.
#[test]
fn overlapping_entries_are_refused_at_once() {
    let kernel = vec![b'x'; 4096];
    let names: Vec<Vec<u8>> = (0..200).map(|i| format!("{i:03}.txt").into_bytes()).collect();
    let central: Vec<(&[u8], usize, bool)> = names.iter().map(|n| (n.as_slice(), 0, false)).collect();
    let bomb = common::raw_zip(&[(b"000.txt", &kernel)], &central);
    let dir = folder_with(&[("overlap.zip", bomb.clone())]);
    let lab = TestLab::new();
    let summary = lab.ingest(dir.path(), &IngestOptions::default());
    assert_eq!(summary.status, Some(vilab_store::RunStatus::Completed));
    let errors = lab.errors();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(place("overlap.zip", "").matches(&errors[0].key), "{:?}", errors[0].key);
    assert_eq!(errors[0].stage, ErrorStage::Archive);
    assert_eq!(errors[0].code, IngestErrorCode::ArchiveEntriesOverlap, "{:?}", errors[0]);
    assert_eq!((errors[0].param("first"), errors[0].param("second")), (Some("0"), Some("1")));
    assert_eq!(errors[0].param("offset"), Some("0"));
    assert!(!errors[0].transient);
    assert!(!lab.has_media(&Sha256::of(&kernel)), "nothing extracted");
    assert_eq!(lab.media(&Sha256::of(&bomb)).record.kind, MediaKind::Zip, "the archive itself is kept");
    assert_rest_ingested(&lab, dir.path());
}

/// A zip of thousands of tiny members: recorded in parts as the walk goes
/// (progress shows, commits come in batches), every member once.
#[test]
fn an_archive_of_many_members_shows_progress_and_commits_in_parts() {
    let contents: Vec<Vec<u8>> = (0..3000).map(|i| format!("member {i}").into_bytes()).collect();
    let names: Vec<String> = (0..3000).map(|i| format!("f{i:05}.txt")).collect();
    let members: Vec<(&str, &[u8], bool)> =
        names.iter().zip(&contents).map(|(n, c)| (n.as_str(), c.as_slice(), true)).collect();
    let dir = folder_with(&[("many.zip", zip_of(&members))]);
    let lab = TestLab::new();
    let options = IngestOptions { batch_size: 256, ..IngestOptions::default() };
    let (summary, events) = lab.ingest_events(dir.path(), &options);
    let parts: u64 = events
        .iter()
        .filter_map(|e| match e {
            vilab_ingest::ProgressEvent::Members { contents, .. } => Some(*contents),
            _ => None,
        })
        .sum();
    assert!(parts >= 2000, "members reported before the archive was done: {parts}");
    assert!(lab.errors().is_empty(), "{:?}", &lab.errors()[..lab.errors().len().min(3)]);
    assert_eq!(summary.new_occurrences, 3000 + 3);
    assert_eq!(lab.counts().files, 3000 + 3);
    assert_eq!(summary.status, Some(vilab_store::RunStatus::Completed));
}

/// A member larger than what is held in memory is streamed into the
/// evidence store with its digests (it can match a hash set), never skipped.
#[test]
fn large_members_are_streamed_and_hashed() {
    let mut x = 0x2545_f491u32;
    let big: Vec<u8> = (0..3_000_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x as u8
        })
        .collect();
    let picture = vilab_synth::jpeg_bytes(&vilab_synth::scene(3, 800, 600), 90);
    let dir = folder_with(&[("big.zip", zip_of(&[("video.bin", &big, false), ("large.jpg", &picture, false)]))]);
    let lab = TestLab::new();
    let options = IngestOptions { max_in_memory: 1024 * 1024, ..IngestOptions::default() };
    lab.ingest(dir.path(), &options);
    let video = lab.media(&Sha256::of(&big));
    assert_eq!(video.record.digests, vilab_core::Digests::of(&big));
    assert_eq!(lab.lab.blobs().get(&Sha256::of(&big)).unwrap(), big, "stored whole");
    let photo = lab.media(&Sha256::of(&picture));
    if picture.len() as u64 > options.max_in_memory {
        let limit = options.max_in_memory.to_string();
        assert!(
            photo.errors.iter().any(|e| e.error.code == IngestErrorCode::OverInMemoryLimit
                && e.error.param("limit") == Some(limit.as_str())),
            "{:?}",
            photo.errors
        );
    } else {
        assert!(photo.record.pdq.is_some());
    }
    assert!(lab.errors().iter().all(|e| !e.transient));
}

/// A member whose bytes do not match its CRC (bit rot in the archive), or
/// whose compressed data is damaged part way, is stored as it came, with
/// an error that says what is wrong: the bytes are evidence too.
#[test]
fn a_damaged_member_is_stored_as_read_with_its_defect() {
    let text: Vec<u8> = (0..20_000u32).flat_map(|i| format!("line {i} of the notes\n").into_bytes()).collect();
    let original = zip_of(&[("stored.txt", b"0123456789 stored bytes", false), ("deflated.txt", &text, true)]);
    let mut rotten = original.clone();
    // One bit flipped in the stored member's data.
    let at = rotten.windows(10).position(|w| w == b"0123456789").unwrap();
    rotten[at + 3] ^= 0x01;
    let mut flipped = b"0123456789 stored bytes".to_vec();
    flipped[3] ^= 0x01;
    // The deflated member's stream cut in its middle by a run of garbage.
    let deflated_at = at + 200;
    for b in &mut rotten[deflated_at..deflated_at + 64] {
        *b = 0xff;
    }
    let dir = folder_with(&[("rotten.zip", rotten)]);
    let lab = TestLab::new();
    let summary = lab.ingest(dir.path(), &IngestOptions::default());
    assert_eq!(summary.status, Some(vilab_store::RunStatus::Completed));
    let crc = lab.media(&Sha256::of(&flipped));
    assert_eq!(crc.errors.len(), 1, "{:?}", crc.errors);
    let crc_error = &crc.errors[0].error;
    assert_eq!(crc_error.code, IngestErrorCode::MemberCrcMismatch, "{crc_error:?}");
    assert_eq!(crc_error.param("entry"), Some("0"));
    assert_eq!(crc_error.param("stored"), Some(flipped.len().to_string().as_str()));
    let declared = zip::ZipArchive::new(Cursor::new(&original)).unwrap().by_name("stored.txt").unwrap().crc32();
    assert_eq!(crc_error.param("expected"), Some(format!("{declared:08x}").as_str()));
    let actual = crc_error.param("actual").unwrap();
    assert!(actual.len() == 8 && actual != format!("{declared:08x}"), "{crc_error:?}");
    let errors = lab.errors();
    let damaged = errors
        .iter()
        .find(|e| e.key.archive_display() == "deflated.txt" && e.code != IngestErrorCode::EmptyFile)
        .expect("an error for the damaged member");
    assert!(!damaged.transient);
    assert_eq!(damaged.code, IngestErrorCode::MemberDamaged, "{damaged:?}");
    assert_eq!(damaged.param("entry"), Some("1"));
    assert!(damaged.detail.is_some(), "the decompressor's words");
    let sha = damaged.sha256.expect("what was read of it is stored");
    assert!(lab.lab.blobs().get(&sha).unwrap().len() < text.len());
    assert_rest_ingested(&lab, dir.path());
}
