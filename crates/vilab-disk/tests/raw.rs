//! Raw and split raw images: reads across part boundaries, a missing part.

mod common;

use std::io::Read;

use vilab_disk::{ImageError, RangeReader, RawImage, ReadAt, SplitRaw, open_image};

#[test]
fn a_split_set_of_unequal_parts_reads_as_the_whole() {
    let dir = tempfile::tempdir().unwrap();
    let whole = common::noise(1, 10_000);
    let cuts = [0usize, 3000, 3001, 7777, 10_000]; // parts of 3000, 1, 4776, 2223 bytes
    for (i, w) in cuts.windows(2).enumerate() {
        std::fs::write(dir.path().join(format!("disk.{:03}", i + 1)), &whole[w[0]..w[1]]).unwrap();
    }
    std::fs::write(dir.path().join("disk.img"), &whole).unwrap();
    std::fs::write(dir.path().join("other.005"), b"not ours").unwrap();
    let split = SplitRaw::open(&dir.path().join("disk.001")).unwrap();
    assert_eq!(split.len(), 10_000);
    assert_eq!(split.paths().count(), 4);
    for (off, len) in [(0u64, 10_000usize), (2990, 20), (3000, 1), (2999, 4800), (9999, 1), (5000, 0)] {
        let mut buf = vec![0u8; len];
        split.read_at(off, &mut buf).unwrap();
        assert_eq!(buf, whole[off as usize..off as usize + len], "at {off} for {len}");
    }
    let mut past = [0u8; 2];
    assert_eq!(split.read_at(9999, &mut past).unwrap_err().kind(), std::io::ErrorKind::UnexpectedEof);

    // The same through open_image, and a plain file beside it.
    let opened = open_image(&dir.path().join("disk.001")).unwrap();
    let mut all = Vec::new();
    RangeReader::new(&opened, 0, u64::MAX).read_to_end(&mut all).unwrap();
    assert_eq!(all, whole);
    let raw = RawImage::open(&dir.path().join("disk.img")).unwrap();
    let mut buf = [0u8; 100];
    raw.read_at(9900, &mut buf).unwrap();
    assert_eq!(buf[..], whole[9900..]);
}

#[test]
fn a_missing_part_is_named() {
    let dir = tempfile::tempdir().unwrap();
    for n in [1, 2, 4] {
        std::fs::write(dir.path().join(format!("ev.{n:03}")), [n as u8; 512]).unwrap();
    }
    match SplitRaw::open(&dir.path().join("ev.001")) {
        Err(ImageError::MissingSegment { path }) => assert!(path.ends_with("ev.003"), "{path:?}"),
        other => panic!("expected the missing ev.003, got {other:?}"),
    }
}

/// A block device's size comes from seeking to its end (its metadata says
/// 0) and its reads go by whole sectors: both through the functions the
/// device path uses, on a regular file, where the answers are known.
#[test]
fn size_by_seek_and_sector_reads_give_the_files_own_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let whole = common::noise(7, 8 * 512);
    let path = dir.path().join("disk.img");
    std::fs::write(&path, &whole).unwrap();
    let file = std::fs::File::open(&path).unwrap();
    assert_eq!(vilab_disk::image::len_by_seek(&file).unwrap(), whole.len() as u64);
    // Within a sector, across one boundary, aligned whole sectors, a head
    // and a tail around aligned ones, the last byte, nothing.
    for (off, len) in [(3u64, 10usize), (500, 30), (512, 1024), (100, 2000), (4095, 1), (1024, 0)] {
        let mut buf = vec![0u8; len];
        vilab_disk::image::read_sectors(&file, 512, off, &mut buf).unwrap();
        assert_eq!(buf, whole[off as usize..off as usize + len], "at {off} for {len}");
    }
    let mut past = vec![0u8; 600];
    assert!(vilab_disk::image::read_sectors(&file, 512, 4000, &mut past).is_err(), "past the end is an error");
    let raw = RawImage::open(&path).unwrap();
    assert!(!raw.is_device(), "a regular file is not a device");
    assert!(!vilab_disk::image::is_device(&std::fs::metadata(&path).unwrap().file_type()));
}
