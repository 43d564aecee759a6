//! exFAT volumes made by exfatprogs' `mkfs.exfat`, filled by a small writer
//! in this test (no tool puts files into an exFAT image without mounting
//! it), whose every change `fsck.exfat -n` must find consistent: entry
//! sets with their checksums and name hashes, the allocation bitmap, FAT
//! chains for a fragmented file; deletion as a driver does it (in-use bits
//! cleared, clusters freed in the bitmap).

mod common;

use std::path::Path;

use vilab_disk::exfat::ExfatFs;
use vilab_disk::fat::Status;
use vilab_disk::{ExtentReader, RawImage, ReadAt};
use vilab_synth::exfat::ExfatWriter as Writer;

fn fsck_clean(dir: &Path) {
    let out = std::process::Command::new("fsck.exfat").args(["-n", "e.img"]).current_dir(dir).output().unwrap();
    assert!(
        out.status.success(),
        "fsck.exfat finds the test's writing inconsistent: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A writer over a new 8 MiB exFAT volume `e.img` in `d`, made by
/// `mkfs.exfat`.
fn fresh_volume(d: &Path) -> Writer {
    std::fs::File::create(d.join("e.img")).unwrap().set_len(8 << 20).unwrap();
    common::run("mkfs.exfat", &["-L", "VILAB", "e.img"], d);
    Writer::open(std::fs::read(d.join("e.img")).unwrap())
}

#[test]
fn exfat_files_fragmented_files_and_deleted_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut w = fresh_volume(d);
    let root = w.root();
    let kept = vec![
        ("/IMG_0001.JPG", common::jpeg(64, 48, 1), true),
        ("/Photos/été à la plage.png", common::png(80, 60, 2), true),
        ("/Photos/fragmented across the volume.png", common::png(90, 90, 3), false),
        ("/tiny.txt", b"hello".to_vec(), true),
    ];
    let gone = [
        ("/gone.jpg", common::jpeg(70, 50, 4)),
        ("/Photos/a deleted picture with a long name.png", common::png(33, 33, 5)),
    ];
    let photos = w.dir(root, "Photos");
    let dir_of = |p: &str| if p.starts_with("/Photos/") { photos } else { root };
    for (path, data, contiguous) in &kept {
        w.file(dir_of(path), path.rsplit('/').next().unwrap(), data, *contiguous);
    }
    let mut deleted_at = Vec::new();
    for (path, data) in &gone {
        deleted_at.push(w.file(dir_of(path), path.rsplit('/').next().unwrap(), data, true));
    }
    std::fs::write(d.join("e.img"), w.image()).unwrap();
    fsck_clean(d);
    for at in deleted_at {
        w.delete(at);
    }
    std::fs::write(d.join("e.img"), w.image()).unwrap();
    fsck_clean(d);

    let img = RawImage::open(&d.join("e.img")).unwrap();
    let fs = ExfatFs::open(&img).unwrap();
    let (entries, errors) = fs.entries();
    assert!(errors.is_empty(), "{errors:?}");
    let read = |e: &vilab_disk::exfat::ExfatEntry| {
        let mut out = Vec::new();
        std::io::Read::read_to_end(&mut ExtentReader::new(fs.image(), &e.extents), &mut out).unwrap();
        out
    };
    for (path, data, contiguous) in &kept {
        let e = entries.iter().find(|e| e.path == path.as_bytes()).unwrap_or_else(|| panic!("{path} not found"));
        assert_eq!(e.status, Status::Allocated);
        assert!(e.checksum_ok);
        assert_eq!(e.contiguous, *contiguous);
        assert_eq!(common::sha256(&read(e)), common::sha256(data), "{path}");
        if !contiguous {
            assert!(e.extents.len() > 1, "{path} is in pieces");
        }
        assert_eq!(
            e.modified.map(|t| (t.year, t.month, t.day, t.hour, t.minute, t.second)),
            Some((2026, 6, 15, 12, 30, 20))
        );
    }
    for (path, data) in &gone {
        let e =
            entries.iter().find(|e| e.path == path.as_bytes()).unwrap_or_else(|| panic!("deleted {path} not found"));
        assert_eq!(e.status, Status::DeletedLikelyIntact, "{path}");
        assert!(e.checksum_ok, "{path}: the set checks with its in-use bits set again");
        assert_eq!(common::sha256(&read(e)), common::sha256(data), "{path} recovered");
        let mut first = [0u8; 1];
        img.read_at(e.entry_offset, &mut first).unwrap();
        assert_eq!(first[0], 0x05);
    }
    let allocated = entries.iter().filter(|e| e.status == Status::Allocated && !e.is_dir).count();
    assert_eq!(allocated, kept.len());
    // The deleted files' clusters are among the free runs.
    let free: Vec<_> = fs.unallocated().collect();
    for e in entries.iter().filter(|e| e.status.is_deleted()) {
        let x = e.extents[0];
        assert!(free.iter().any(|f| x.offset >= f.offset && x.offset + x.len <= f.offset + f.len));
    }
}

/// exFAT keeps creation, modification and last access in three fields of
/// the file entry: each read from its own, seen through the reader trait.
#[test]
fn exfat_creation_modification_and_access_times_come_from_their_own_fields() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut w = fresh_volume(d);
    let root = w.root();
    let at = w.file(root, "dated.jpg", &common::jpeg(40, 30, 7), true);
    let stamp = |y: u32, mo: u32, day: u32, h: u32, mi: u32, s: u32| {
        ((y - 1980) << 25) | (mo << 21) | (day << 16) | (h << 11) | (mi << 5) | (s / 2)
    };
    w.set_times(at, stamp(2024, 5, 6, 7, 8, 10), stamp(2025, 1, 2, 3, 4, 6), stamp(2026, 3, 4, 0, 0, 0));
    std::fs::write(d.join("e.img"), w.image()).unwrap();
    fsck_clean(d);
    common::assert_dated_file(&d.join("e.img"), b"/dated.jpg");
}
