//! Disk images through the pipeline: a FAT32 volume without a partition
//! table (mkfs.fat + mtools), read whole and as a split set, stopped part
//! way and resumed: the same rows as one uninterrupted run, none twice.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use common::TestLab;
use crossbeam_channel::unbounded;
use vilab_core::model::Allocation;
use vilab_ingest::disk::Container;
use vilab_ingest::disk_ingest::{DiskIngest, ingest_disk};
use vilab_ingest::{IngestOptions, ProgressEvent};
use vilab_store::RunStatus;
use vilab_synth::{jpeg_bytes, scene};

/// Pictures written to the volume (twelve, so that a stop lands part way).
const PICTURES: u64 = 12;
/// The modification time of picture 0 (2021-06-01 10:00:00 UTC); picture
/// n is 2n seconds later (FAT keeps even seconds).
const PICTURE_TIME: i64 = 1_622_541_600;

fn sh(script: &str, dir: &Path) {
    let out = std::process::Command::new("sh")
        .arg("-ec")
        .arg(script)
        .env("MTOOLS_SKIP_CHECK", "1")
        .env("TZ", "UTC")
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{script}: {}", String::from_utf8_lossy(&out.stderr));
}

/// `fs.img`: FAT32 holding `DCIM/IMG_n.jpg`, one of them deleted; and its
/// split set `part.001`, `part.002`, ….
fn build(d: &Path) {
    let mut script =
        String::from("truncate -s 40M fs.img\nmkfs.fat -F 32 -s 1 fs.img >/dev/null\nmmd -i fs.img ::/DCIM\n");
    for n in 0..PICTURES {
        std::fs::write(d.join(format!("{n}.jpg")), jpeg_bytes(&scene(100 + n, 96, 64), 80)).unwrap();
        // A known time, kept by `mcopy -m`, for the occurrences' times.
        script.push_str(&format!("touch -d @{} {n}.jpg\n", PICTURE_TIME + 2 * n as i64));
        script.push_str(&format!("mcopy -m -i fs.img {n}.jpg ::/DCIM/IMG_{n}.jpg\n"));
    }
    script.push_str("mdel -i fs.img ::/DCIM/IMG_3.jpg\nsplit -b 7M -d -a 3 --numeric-suffixes=1 fs.img part.\n");
    sh(&script, d);
}

fn ingest(lab: &TestLab, image: &Path, options: &IngestOptions, stop: &AtomicBool) -> DiskIngest {
    ingest_stopping(lab, image, options, stop, None)
}

/// Ingests `image`; with `stop_after`, sets `stop` once that many contents
/// are done.
fn ingest_stopping(
    lab: &TestLab,
    image: &Path,
    options: &IngestOptions,
    stop: &AtomicBool,
    stop_after: Option<usize>,
) -> DiskIngest {
    let exhibit = lab.exhibit_for(image).clone();
    let (sender, receiver) = unbounded();
    let image = std::fs::canonicalize(image).unwrap();
    std::thread::scope(|scope| {
        scope.spawn(move || {
            let mut files = 0;
            for event in receiver {
                if let ProgressEvent::FileDone { .. } = event {
                    files += 1;
                    if stop_after == Some(files) {
                        stop.store(true, Ordering::Relaxed);
                    }
                }
            }
        });
        let result = ingest_disk(lab.lab.store(), lab.lab.blobs(), &exhibit, &image, options, stop, &sender);
        drop(sender);
        result.unwrap()
    })
}

/// Every occurrence of the case: (path, allocation, offset).
fn rows(lab: &TestLab) -> BTreeSet<(String, Option<Allocation>, Option<u64>)> {
    let mut out = BTreeSet::new();
    for m in lab
        .lab
        .store()
        .list_media(lab.case, &vilab_store::MediaQuery { limit: 100_000, offset: 0, kind: None })
        .unwrap()
    {
        for o in lab.media(&m.sha256).occurrences {
            let disk = o.occurrence.disk.clone();
            let row =
                (o.occurrence.key.path_display(), disk.as_ref().map(|d| d.allocation), disk.and_then(|d| d.offset));
            assert!(out.insert(row.clone()), "{row:?} twice");
        }
    }
    out
}

#[test]
fn a_stopped_disk_ingest_resumes_to_the_rows_of_one_run_and_a_split_set_reads_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    build(d);
    let image = d.join("fs.img");

    // One uninterrupted run.
    let whole = TestLab::new();
    let done = ingest(&whole, &image, &IngestOptions::default(), &AtomicBool::new(false));
    assert_eq!(done.summary.status, Some(RunStatus::Completed));
    let check = done.check.unwrap();
    assert_eq!((check.container, check.result), (Container::Raw, "not_stored"));
    let raw = std::fs::read(&image).unwrap();
    assert_eq!(check.sha256.as_deref(), Some(vilab_core::Digests::of(&raw).sha256.to_hex().as_str()));
    assert_eq!(done.layout.scheme, "none");
    assert_eq!(done.layout.volumes[0].file_system.as_deref(), Some("fat32"));
    let expected = rows(&whole);
    let live = expected.iter().filter(|r| r.1 == Some(Allocation::Allocated)).count();
    let deleted: Vec<_> = expected.iter().filter(|r| r.1 == Some(Allocation::Deleted)).collect();
    assert_eq!(live as u64, PICTURES - 1, "{expected:#?}");
    assert_eq!(deleted.len(), 1, "{expected:#?}");
    assert!(deleted[0].0.starts_with("p0/DCIM/_MG_3"), "{expected:#?}");
    assert!(expected.iter().all(|r| r.0.starts_with("p0/")), "the whole disk is volume 0: {expected:#?}");

    // Stopped before the pass: the check is interrupted, and made again.
    let resumed = TestLab::new();
    let one_thread = IngestOptions { threads: Some(1), batch_size: 1, ..IngestOptions::default() };
    let first = ingest(&resumed, &image, &one_thread, &AtomicBool::new(true));
    assert!(first.summary.interrupted, "{:?}", first.summary);
    assert_eq!(first.check.as_ref().map(|c| c.result), Some("interrupted"));
    // Stopped after its first content, then run to the end: the same rows.
    // The check is the same pass as the contents: the stop cuts it short
    // unless the pass had already read the whole (small) image.
    let second = ingest_stopping(&resumed, &image, &one_thread, &AtomicBool::new(false), Some(1));
    let second_check = second.check.as_ref().map(|c| c.result);
    assert!(matches!(second_check, Some("interrupted" | "not_stored")), "an interrupted check is made again");
    assert_eq!(second.summary.status, Some(RunStatus::Interrupted), "{:?}", second.summary);
    assert!(rows(&resumed).len() < expected.len(), "stopped part way");
    let third = ingest(&resumed, &image, &one_thread, &AtomicBool::new(false));
    match second_check {
        Some("not_stored") => assert!(third.check.is_none(), "a finished check is not made again"),
        _ => assert_eq!(third.check.as_ref().map(|c| c.result), Some("not_stored"), "the cut check is made again"),
    }
    assert_eq!(third.summary.status, Some(RunStatus::Completed));
    assert!(third.summary.already_done >= 1, "{:?}", third.summary);
    assert_eq!(rows(&resumed), expected);

    // The split set: the same bytes, so the same rows at the same offsets.
    let split = TestLab::new();
    let parts = ingest(&split, &d.join("part.001"), &IngestOptions::default(), &AtomicBool::new(false));
    let check = parts.check.unwrap();
    assert_eq!(check.container, Container::Split);
    assert_eq!(check.files.len(), 6, "{:?}", check.files);
    assert_eq!(check.sha256.as_deref(), Some(vilab_core::Digests::of(&raw).sha256.to_hex().as_str()));
    assert_eq!(rows(&split), expected);
}

/// An NTFS volume filled through ntfs-3g (a FUSE mount in a mount
/// namespace of the test's own), one picture deleted there, one file small
/// enough to live in its MFT record: the pipeline records the live files by
/// their MFT records, the resident one from the record itself, and the
/// deleted picture.
#[test]
fn an_ntfs_volume_gives_live_resident_and_deleted_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::File::create(d.join("n.img")).unwrap().set_len(24 << 20).unwrap();
    let live = jpeg_bytes(&scene(200, 120, 90), 85);
    let gone = jpeg_bytes(&scene(201, 90, 120), 85);
    std::fs::write(d.join("live.jpg"), &live).unwrap();
    std::fs::write(d.join("gone.jpg"), &gone).unwrap();
    std::fs::write(d.join("tiny.txt"), b"hello").unwrap();
    std::fs::create_dir_all(d.join("mnt")).unwrap();
    sh(
        "mkntfs -F -f -q -s 512 -c 4096 n.img
         timeout 60 unshare -m sh -ec 'ntfs-3g n.img mnt
           mkdir mnt/Photos
           cp live.jpg mnt/Photos/live.jpg
           cp gone.jpg mnt/Photos/gone.jpg
           cp tiny.txt mnt/tiny.txt
           rm mnt/Photos/gone.jpg
           umount mnt'",
        d,
    );
    let lab = TestLab::new();
    let done = ingest(&lab, &d.join("n.img"), &IngestOptions::default(), &AtomicBool::new(false));
    assert_eq!(done.summary.status, Some(RunStatus::Completed), "{:?}", done.summary);
    assert_eq!(done.layout.volumes[0].file_system.as_deref(), Some("ntfs"));
    let found = rows(&lab);
    let at = |path: &str| found.iter().find(|r| r.0 == path).unwrap_or_else(|| panic!("{path} in {found:#?}"));
    assert_eq!(at("p0/Photos/live.jpg").1, Some(Allocation::Allocated));
    let tiny = at("p0/tiny.txt");
    assert_eq!((tiny.1, tiny.2), (Some(Allocation::Allocated), None), "resident: no offset of its own");
    assert_eq!(at("p0/Photos/gone.jpg").1, Some(Allocation::Deleted));
    assert_eq!(lab.media(&vilab_core::Digests::of(&gone).sha256).record.digests.size, gone.len() as u64);
    assert_eq!(lab.media(&vilab_core::Digests::of(b"hello").sha256).record.digests.size, 5);
}

/// The file system's times reach the occurrences, and a second run skips
/// every file by its size and time without reading it: only the carved
/// items, which have no time, are planned again (and found unchanged by
/// their content).
#[test]
fn file_times_reach_the_occurrences_and_a_second_run_reads_only_what_has_no_time() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    build(d);
    let image = d.join("fs.img");
    let lab = TestLab::new();
    let first = ingest(&lab, &image, &IngestOptions::default(), &AtomicBool::new(false));
    assert_eq!(first.summary.status, Some(RunStatus::Completed));
    let mut timed = 0;
    let mut carved = 0;
    for m in
        lab.lab.store().list_media(lab.case, &vilab_store::MediaQuery { limit: 1000, offset: 0, kind: None }).unwrap()
    {
        for o in lab.media(&m.sha256).occurrences {
            let o = o.occurrence;
            let path = o.key.path_display();
            match o.disk.as_ref().map(|d| d.allocation) {
                Some(Allocation::Carved) => {
                    carved += 1;
                    assert_eq!(o.modified, None, "{path}: a carved item has no time");
                }
                _ => {
                    timed += 1;
                    let n: i64 =
                        path.rsplit('_').next().and_then(|t| t.split('.').next()).and_then(|t| t.parse().ok()).unwrap();
                    assert_eq!(o.modified, Some(PICTURE_TIME + 2 * n), "{path}");
                }
            }
        }
    }
    assert_eq!(timed, PICTURES, "every picture, the deleted one included");

    let exhibit = lab.exhibit_for(&image).clone();
    let (sender, receiver) = unbounded();
    let canonical = std::fs::canonicalize(&image).unwrap();
    let stop = AtomicBool::new(false);
    let second =
        ingest_disk(lab.lab.store(), lab.lab.blobs(), &exhibit, &canonical, &IngestOptions::default(), &stop, &sender)
            .unwrap();
    drop(sender);
    let planned: Vec<(u64, u64)> = receiver
        .iter()
        .filter_map(|e| match e {
            ProgressEvent::Planned { files, already_done, .. } => Some((files, already_done)),
            ProgressEvent::Found { files, already_done, .. } => Some((files, already_done)),
            _ => None,
        })
        .collect();
    // The carved items are found by the pass, after the listed files are
    // planned.
    assert_eq!(planned, vec![(0, PICTURES), (carved, 0)], "skipped by time: every file; read again: the carved items");
    assert_eq!(second.summary.status, Some(RunStatus::Completed));
    assert!(second.check.is_none(), "a finished check is not made again");
    assert_eq!(second.summary.new_occurrences, 0);
}

/// An MBR disk with two partitions holding no file system, and pictures
/// before the first, between them, after the last and inside the first:
/// those outside every partition are carved as volume 0, the one inside as
/// its volume's.
#[test]
fn the_space_outside_every_partition_is_carved_as_volume_zero() {
    use vilab_ingest::ExhibitReader as _;
    const MIB: usize = 1 << 20;
    let mut disk = vec![0u8; 6 * MIB];
    for (slot, (lba, sectors)) in [(2048u32, 2048u32), (6144, 2048)].into_iter().enumerate() {
        let e = 446 + 16 * slot;
        disk[e + 4] = 0x83;
        disk[e + 8..e + 12].copy_from_slice(&lba.to_le_bytes());
        disk[e + 12..e + 16].copy_from_slice(&sectors.to_le_bytes());
    }
    disk[510..512].copy_from_slice(&[0x55, 0xaa]);
    let picture = jpeg_bytes(&scene(7, 64, 48), 80);
    let places = [64 << 10, 2 * MIB + (8 << 10), 5 * MIB, MIB + (4 << 10)];
    for at in places {
        disk[at..at + picture.len()].copy_from_slice(&picture);
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("disk.img");
    std::fs::write(&path, &disk).unwrap();

    let mut reader = vilab_ingest::disk::DiskReader::open(&path).unwrap();
    let (listed, _problems) = reader.list();
    assert!(listed.is_empty(), "no file system: nothing but what carving finds");
    // The pass (here the acquisition check alone) carves as it reads.
    let (progress, _events) = unbounded();
    reader.verify(&AtomicBool::new(false), &progress);
    let (contents, problems) = reader.discovered();
    assert!(problems.is_empty(), "{problems:?}");
    let mut carved: Vec<(u32, u64, String)> = contents
        .iter()
        .filter_map(|c| {
            let d = c.disk.as_ref()?;
            let carved = d.allocation == Allocation::Carved;
            carved.then(|| (d.volume, d.offset.unwrap_or(u64::MAX), String::from_utf8_lossy(&c.path).into()))
        })
        .collect();
    carved.sort();
    let at = |n: usize| n as u64;
    assert_eq!(
        carved,
        vec![
            (0, at(places[0]), format!("p0/$carved/{}.jpg", places[0])),
            (0, at(places[1]), format!("p0/$carved/{}.jpg", places[1])),
            (0, at(places[2]), format!("p0/$carved/{}.jpg", places[2])),
            (1, at(places[3]), format!("p1/$carved/{}.jpg", places[3])),
        ]
    );
    let outside = reader.layout().outside.as_ref().expect("a partitioned disk has space outside");
    assert_eq!((outside.carved, outside.free_bytes), (3, 4 * MIB as u64));
    assert!(contents.iter().all(|c| c.size == picture.len() as u64), "each carved to its end");
}

/// An exFAT volume (`mkfs.exfat`, files written by vilab-synth's writer,
/// `fsck.exfat -n` clean after each change) through the pipeline: its
/// allocated pictures (one fragmented) and a deleted one are found with
/// their paths and flags; a picture planted in its free space with a
/// damaged body (its scan cut short, the end marker kept) is carved and
/// kept with its digests and a decode error.
#[test]
fn an_exfat_volume_gives_its_files_and_a_damaged_carved_picture_keeps_its_digests() {
    use vilab_core::Digests;
    use vilab_synth::exfat::ExfatWriter;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    sh("truncate -s 8M e.img\nmkfs.exfat -L VILAB e.img >/dev/null", d);
    let fsck = || sh("fsck.exfat -n e.img >/dev/null", d);
    let mut w = ExfatWriter::open(std::fs::read(d.join("e.img")).unwrap());
    let root = w.root();
    let dcim = w.dir(root, "DCIM");
    let live = jpeg_bytes(&scene(21, 96, 64), 80);
    let pieces = jpeg_bytes(&scene(22, 160, 120), 80);
    let gone = jpeg_bytes(&scene(23, 80, 60), 80);
    let live_at = w.file(dcim, "IMG_0001.JPG", &live, true);
    // Creation 2024-05-06 07:08:10, modification 2025-01-02 03:04:06, last
    // access 2026-03-04 (exFAT's packed date and time).
    let stamp = |y: u32, mo: u32, day: u32, h: u32, mi: u32, s: u32| {
        ((y - 1980) << 25) | (mo << 21) | (day << 16) | (h << 11) | (mi << 5) | (s / 2)
    };
    w.set_times(live_at, stamp(2024, 5, 6, 7, 8, 10), stamp(2025, 1, 2, 3, 4, 6), stamp(2026, 3, 4, 0, 0, 0));
    w.file(dcim, "IMG_0002.JPG", &pieces, false);
    let deleted_at = w.file(root, "gone.jpg", &gone, true);
    std::fs::write(d.join("e.img"), w.image()).unwrap();
    fsck();
    w.delete(deleted_at);
    let whole = jpeg_bytes(&scene(24, 320, 240), 90);
    let mut damaged = whole[..whole.len() * 2 / 3].to_vec();
    damaged.extend_from_slice(&[0xff, 0xd9]);
    let mut image = w.image().to_vec();
    const HIDDEN: usize = 6 << 20;
    image[HIDDEN..HIDDEN + damaged.len()].copy_from_slice(&damaged);
    std::fs::write(d.join("e.img"), &image).unwrap();
    fsck();

    let lab = TestLab::new();
    let done = ingest(&lab, &d.join("e.img"), &IngestOptions::default(), &AtomicBool::new(false));
    assert_eq!(done.summary.status, Some(RunStatus::Completed));
    assert_eq!(done.layout.volumes[0].file_system.as_deref(), Some("exfat"));
    let found = rows(&lab);
    for (path, allocation) in [
        ("p0/DCIM/IMG_0001.JPG", Allocation::Allocated),
        ("p0/DCIM/IMG_0002.JPG", Allocation::Allocated),
        ("p0/gone.jpg", Allocation::Deleted),
    ] {
        assert!(found.iter().any(|r| r.0 == path && r.1 == Some(allocation)), "{path}: {found:#?}");
    }
    for (bytes, path) in [(&live, "p0/DCIM/IMG_0001.JPG"), (&pieces, "p0/DCIM/IMG_0002.JPG"), (&gone, "p0/gone.jpg")] {
        let media = lab.media(&Digests::of(bytes).sha256);
        assert!(media.occurrences.iter().any(|o| o.occurrence.key.path_display() == path), "{path}: its bytes");
    }
    // The file system's three times reach the occurrence.
    let media = lab.media(&Digests::of(&live).sha256);
    let o = &media
        .occurrences
        .iter()
        .find(|o| o.occurrence.key.path_display() == "p0/DCIM/IMG_0001.JPG")
        .unwrap()
        .occurrence;
    assert_eq!((o.created, o.modified, o.accessed), (Some(1_714_979_290), Some(1_735_787_046), Some(1_772_582_400)));
    let carved_path = format!("p0/$carved/{HIDDEN}.jpg");
    assert!(found.contains(&(carved_path.clone(), Some(Allocation::Carved), Some(HIDDEN as u64))), "{found:#?}");
    let sha256 = Digests::of(&damaged).sha256;
    let media = lab.media(&sha256);
    assert!(media.occurrences.iter().any(|o| o.occurrence.key.path_display() == carved_path), "kept with its digests");
    let errors: Vec<_> = lab.errors().into_iter().filter(|e| e.key.path_display() == carved_path).collect();
    assert!(
        errors.iter().any(|e| e.stage == vilab_core::model::ErrorStage::Decode && e.sha256 == Some(sha256)),
        "the damaged carved picture has its decode error: {errors:#?}"
    );
}

/// Pictures in free space across boundaries between two chunks of the pass
/// (16 KiB chunks here, on a disk without a file system): the pass finds a
/// header in one chunk and the item's end in the next or a later one, and
/// each picture is recorded whole, with its offset and the carved flag.
#[test]
fn a_carved_picture_across_a_chunk_boundary_of_the_pass_is_recorded_whole() {
    use sha2::Digest as _;
    const CHUNK: usize = 16 << 10;
    let small = jpeg_bytes(&scene(11, 64, 48), 80);
    let large = jpeg_bytes(&scene(12, 400, 300), 95);
    assert!(small.len() > 1024 && large.len() > 2 * CHUNK, "{} {}", small.len(), large.len());
    let mut disk = vec![0u8; 1 << 20];
    // 1 KiB before the end of chunk 2; 512 bytes into chunk 5, spanning
    // chunks 5 to 7 or further.
    let places = [(3 * CHUNK - 1024, &small), (5 * CHUNK + 512, &large)];
    for (at, picture) in places {
        disk[at..at + picture.len()].copy_from_slice(picture);
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("disk.img");
    std::fs::write(&path, &disk).unwrap();

    let lab = TestLab::new();
    let exhibit = lab.exhibit_for(&path).clone();
    let mut reader = vilab_ingest::disk::DiskReader::open(&path).unwrap();
    reader.set_pass_chunk(CHUNK);
    reader.check_in_pass(true);
    let (progress, _events) = unbounded();
    let source = vilab_ingest::pipeline::source_text(&path);
    let summary = vilab_ingest::ingest_exhibit(
        lab.lab.store(),
        lab.lab.blobs(),
        &exhibit,
        &mut reader,
        &source,
        &IngestOptions::default(),
        &AtomicBool::new(false),
        &progress,
    )
    .unwrap();
    assert_eq!(summary.status, Some(RunStatus::Completed));
    assert_eq!(summary.files_found, 2);
    let check = reader.check().expect("the pass made the check");
    assert_eq!(check.sha256.as_deref(), Some(hex(&sha2::Sha256::digest(&disk)).as_str()));
    let expected: BTreeSet<_> = places
        .iter()
        .map(|(at, _)| (format!("p0/$carved/{at}.jpg"), Some(Allocation::Carved), Some(*at as u64)))
        .collect();
    assert_eq!(rows(&lab), expected);
    for (_, picture) in places {
        let sha = vilab_core::Sha256(sha2::Sha256::digest(picture).into());
        let media = lab.media(&sha);
        assert_eq!(media.occurrences.len(), 1, "recorded whole: its digest is the picture's");
    }
    assert_eq!(reader.layout().volumes[0].carved, 2);
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
