//! Carving generated pictures and a video written into the free clusters
//! of a FAT volume made by mkfs.fat: each comes back at its offset with its
//! exact length, and nothing is carved out of allocated files.

mod common;

use std::path::Path;

use vilab_disk::carve::{CarveOptions, Carved, CarvedKind, carve};
use vilab_disk::fat::{FatFs, Status};
use vilab_disk::{Extent, RawImage, ReadAt};

fn mtools(tool: &str, args: &[&str], dir: &Path) {
    let out =
        std::process::Command::new(tool).args(args).env("MTOOLS_SKIP_CHECK", "1").current_dir(dir).output().unwrap();
    assert!(out.status.success(), "{tool}: {}", String::from_utf8_lossy(&out.stderr));
}

/// A JPEG whose APP1 segment holds another whole JPEG (as an EXIF thumbnail does).
fn jpeg_with_thumbnail() -> Vec<u8> {
    let outer = common::jpeg(120, 90, 11);
    let thumb = common::jpeg(16, 12, 12);
    let mut app1 = vec![0xFF, 0xE1];
    app1.extend_from_slice(&((thumb.len() + 2 + 6) as u16).to_be_bytes());
    app1.extend_from_slice(b"Exif\0\0");
    app1.extend_from_slice(&thumb);
    let mut j = outer[..2].to_vec();
    j.extend_from_slice(&app1);
    j.extend_from_slice(&outer[2..]);
    j
}

/// An MP4 laid out box by box: ftyp, moov (an mvhd of noise), mdat.
fn mp4() -> Vec<u8> {
    let mut m = Vec::new();
    m.extend_from_slice(&24u32.to_be_bytes());
    m.extend_from_slice(b"ftypisom\0\0\x02\0isomiso2");
    let mvhd = common::noise(21, 100);
    m.extend_from_slice(&(8 + 8 + mvhd.len() as u32).to_be_bytes());
    m.extend_from_slice(b"moov");
    m.extend_from_slice(&(8 + mvhd.len() as u32).to_be_bytes());
    m.extend_from_slice(b"mvhd");
    m.extend_from_slice(&mvhd);
    let data = common::noise(22, 5000);
    m.extend_from_slice(&(8 + data.len() as u32).to_be_bytes());
    m.extend_from_slice(b"mdat");
    m.extend_from_slice(&data);
    m
}

#[test]
fn pictures_in_free_clusters_are_carved_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    common::run("mkfs.fat", &["-C", "-F", "16", "-s", "4", "v.img", "16384"], d);
    std::fs::write(d.join("kept"), common::jpeg(64, 64, 1)).unwrap();
    std::fs::write(d.join("gone"), common::png(48, 48, 2)).unwrap();
    mtools("mcopy", &["-i", "v.img", "kept", "::/KEPT.JPG"], d);
    mtools("mcopy", &["-i", "v.img", "gone", "::/GONE.PNG"], d);
    mtools("mdel", &["-i", "v.img", "::/GONE.PNG"], d);

    let path = d.join("v.img");
    let (free, deleted_png) = {
        let img = RawImage::open(&path).unwrap();
        let fs = FatFs::open(&img).unwrap();
        let free: Vec<Extent> = fs.unallocated().collect();
        let (entries, _) = fs.entries();
        let gone = entries.iter().find(|e| e.status == Status::DeletedLikelyIntact).unwrap();
        (free, gone.extents[0])
    };
    let big = *free.iter().max_by_key(|e| e.len).unwrap();
    assert!(big.len > 4 << 20);

    // Plant, cluster-aligned, in the second half of the largest free run,
    // noise between them; and a cut PNG that must not be carved.
    let items: Vec<(CarvedKind, Vec<u8>)> = vec![
        (CarvedKind::Jpeg, jpeg_with_thumbnail()),
        (CarvedKind::Png, common::png(100, 70, 13)),
        (CarvedKind::Gif, common::gif(50, 40, 14)),
        (CarvedKind::Bmp, common::bmp(33, 17, 15)),
        (CarvedKind::Webp, common::webp(40, 30, 16)),
        (CarvedKind::Mp4, mp4()),
    ];
    let mut bytes = std::fs::read(&path).unwrap();
    let mut at = (big.offset + big.len / 2) as usize;
    let mut expected = vec![Carved { offset: deleted_png.offset, len: deleted_png.len, kind: CarvedKind::Png }];
    for (i, (kind, item)) in items.iter().enumerate() {
        bytes[at..at + item.len()].copy_from_slice(item);
        expected.push(Carved { offset: at as u64, len: item.len() as u64, kind: *kind });
        let end = at + item.len();
        let next = (end + 2048).next_multiple_of(2048);
        bytes[end..next].copy_from_slice(&common::noise(100 + i as u64, next - end));
        at = next;
    }
    let cut = common::png(60, 60, 17);
    bytes[at..at + cut.len() / 2].copy_from_slice(&cut[..cut.len() / 2]);
    let unaligned = at + 4096 + 3;
    let late = common::png(20, 20, 18);
    bytes[unaligned..unaligned + late.len()].copy_from_slice(&late);
    std::fs::write(&path, &bytes).unwrap();

    let img = RawImage::open(&path).unwrap();
    let fs = FatFs::open(&img).unwrap();
    let mut got = Vec::new();
    let errors = carve(fs.image(), fs.unallocated(), CarveOptions::default(), |c| got.push(c));
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(got, expected);
    for c in &got {
        let mut buf = vec![0u8; c.len as usize];
        img.read_at(c.offset, &mut buf).unwrap();
        assert!(image::load_from_memory(&buf).is_ok() || c.kind == CarvedKind::Mp4, "{c:?} decodes");
    }

    // Byte-granular over the whole image: the unaligned PNG too, and the
    // allocated JPEG (it is in the image, though not in free space).
    let mut all = Vec::new();
    let whole = Extent { offset: 0, len: img.len() };
    carve(&img, [whole], CarveOptions { alignment: 1, ..CarveOptions::default() }, |c| all.push(c));
    assert!(all.contains(&Carved { offset: unaligned as u64, len: late.len() as u64, kind: CarvedKind::Png }));
    assert!(all.iter().any(|c| c.kind == CarvedKind::Jpeg && !expected.contains(c)), "the allocated KEPT.JPG");
    for e in &expected {
        assert!(all.contains(e), "{e:?}");
    }
    // A size bound below the video leaves it out.
    let mut small = Vec::new();
    carve(&img, fs.unallocated(), CarveOptions { max_size: 4000, ..CarveOptions::default() }, |c| small.push(c));
    assert!(small.iter().all(|c| c.len <= 4000 && c.kind != CarvedKind::Mp4), "{small:?}");
}
