//! FAT12, FAT16 and FAT32 volumes made by dosfstools' `mkfs.fat` and filled
//! by mtools with generated pictures; some deleted with `mdel`. Every
//! planted file must be found at its path with its exact bytes, and the
//! deleted ones found and recovered.

mod common;

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use vilab_disk::fat::{FatFs, FatType, Status};
use vilab_disk::volume::{Scheme, read_volumes};
use vilab_disk::{ExtentReader, RawImage, ReadAt, Slice};

fn mtools(tool: &str, args: &[&str], dir: &Path) {
    let out = std::process::Command::new(tool)
        .args(args)
        .env("MTOOLS_SKIP_CHECK", "1")
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("{tool} ({e}): mtools is installed by .ci/install-deps"));
    assert!(out.status.success(), "{tool} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

/// The files planted: path in the volume -> content.
struct Planted {
    image: PathBuf,
    /// mtools' image name, with an `@@offset` where the volume is in a partition.
    target: String,
    kept: BTreeMap<String, Vec<u8>>,
    deleted: BTreeMap<String, Vec<u8>>,
}

/// Makes a FAT volume of `kib` KiB (at `offset_sectors` in a disk of
/// `disk_kib` when given), plants pictures, deletes some.
fn plant(dir: &Path, bits: &str, kib: u32, partition: Option<(u64, u64)>) -> Planted {
    let image = dir.join("vol.img");
    let target = match partition {
        None => {
            common::run("mkfs.fat", &["-C", "-F", bits, "-s", "1", "-n", "VILAB", "vol.img", &kib.to_string()], dir);
            "vol.img".to_string()
        }
        Some((start, disk_kib)) => {
            std::fs::File::create(&image).unwrap().set_len(disk_kib * 1024).unwrap();
            let script = format!("label: dos\nstart={start}, size={}, type=6\n", u64::from(kib) * 2);
            let out = std::process::Command::new("sh")
                .arg("-c")
                .arg(format!("printf '{script}' | sfdisk --no-reread --no-tell-kernel -q vol.img"))
                .current_dir(dir)
                .output()
                .unwrap();
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
            let blocks = kib.to_string();
            common::run(
                "mkfs.fat",
                &["-F", bits, "-s", "1", "-n", "VILAB", &format!("--offset={start}"), "vol.img", &blocks],
                dir,
            );
            format!("vol.img@@{}", start * 512)
        }
    };
    let mut kept = BTreeMap::new();
    let mut deleted = BTreeMap::new();
    let files: Vec<(&str, Vec<u8>, bool)> = vec![
        ("/IMG_0001.JPG", common::jpeg(64, 48, 1), false),
        ("/Holiday photo number two.png", common::png(40, 30, 2), false),
        ("/Photos/été à la plage.jpg", common::jpeg(80, 60, 3), false),
        ("/Photos/small.png", common::png(8, 8, 4), false),
        ("/Photos/Deep/Deeper/last one.png", common::png(50, 20, 5), false),
        ("/gone.jpg", common::jpeg(70, 50, 6), true),
        ("/Photos/A deleted long name.png", common::png(33, 33, 7), true),
        ("/Photos/Deep/DELETED.PNG", common::png(20, 20, 8), true),
        ("/tiny.txt", b"hello".to_vec(), false),
        ("/empty.txt", Vec::new(), false),
    ];
    for d in ["/Photos", "/Photos/Deep", "/Photos/Deep/Deeper"] {
        mtools("mmd", &["-i", &target, &format!("::{d}")], dir);
    }
    for (i, (path, bytes, delete)) in files.iter().enumerate() {
        let src = dir.join(format!("src{i}"));
        std::fs::write(&src, bytes).unwrap();
        mtools("mcopy", &["-i", &target, src.to_str().unwrap(), &format!("::{path}")], dir);
        if *delete {
            deleted.insert(path.to_string(), bytes.clone());
        } else {
            kept.insert(path.to_string(), bytes.clone());
        }
    }
    for path in deleted.keys() {
        mtools("mdel", &["-i", &target, &format!("::{path}")], dir);
    }
    Planted { image, target, kept, deleted }
}

fn read_all<R: ReadAt>(fs: &FatFs<R>, extents: &[vilab_disk::Extent]) -> Vec<u8> {
    let mut out = Vec::new();
    ExtentReader::new(fs.image(), extents).read_to_end(&mut out).unwrap();
    out
}

fn check<R: ReadAt>(fs: &FatFs<R>, planted: &Planted) {
    let (entries, errors) = fs.entries();
    assert!(errors.is_empty(), "{errors:?}");
    let mut found_kept = 0;
    for e in &entries {
        let path = String::from_utf8(e.path.clone()).unwrap();
        if let Some(bytes) = planted.kept.get(&path) {
            assert_eq!(e.status, Status::Allocated, "{path}");
            assert_eq!(e.size as usize, bytes.len(), "{path}");
            assert_eq!(e.extents.iter().map(|x| x.len).sum::<u64>(), bytes.len() as u64, "{path}");
            assert_eq!(common::sha256(&read_all(fs, &e.extents)), common::sha256(bytes), "{path}");
            found_kept += 1;
        } else if e.status == Status::Allocated && !e.is_dir {
            panic!("an allocated file not planted: {path}");
        }
        // The entry offset points at the short entry itself.
        let mut raw = [0u8; 11];
        fs.image().read_at(e.entry_offset, &mut raw).unwrap();
        assert_eq!(raw[1..], e.short_name[1..], "{path}");
    }
    assert_eq!(found_kept, planted.kept.len(), "every planted file found");
    for (path, bytes) in &planted.deleted {
        let name = path.rsplit('/').next().unwrap();
        let dir = &path[..path.len() - name.len()];
        let e = entries
            .iter()
            .find(|e| {
                let p = String::from_utf8_lossy(&e.path);
                e.status.is_deleted() && p.starts_with(dir) && p.to_lowercase().ends_with(&name[1..].to_lowercase())
            })
            .unwrap_or_else(|| {
                panic!(
                    "deleted {path} not found among {:?}",
                    entries.iter().map(|e| e.path_display()).collect::<Vec<_>>()
                )
            });
        assert_eq!(e.status, Status::DeletedLikelyIntact, "{path}");
        assert_eq!(common::sha256(&read_all(fs, &e.extents)), common::sha256(bytes), "{path} recovered");
    }
    // Deleted long names come back whole (their pieces keep the checksum).
    assert!(entries.iter().any(|e| e.path == b"/Photos/A deleted long name.png" && e.status.is_deleted()));
}

#[test]
fn fat32_files_deleted_files_and_free_space() {
    let dir = tempfile::tempdir().unwrap();
    let planted = plant(dir.path(), "32", 40 * 1024, None);
    let img = RawImage::open(&planted.image).unwrap();
    assert_eq!(read_volumes(&img).scheme, Scheme::None, "a superfloppy is one volume");
    let fs = FatFs::open(&img).unwrap();
    assert_eq!(fs.fat_type(), FatType::Fat32);
    check(&fs, &planted);
    // The free runs hold no allocated file's bytes, and do hold the deleted ones'.
    let free: Vec<_> = fs.unallocated().collect();
    let (entries, _) = fs.entries();
    for e in &entries {
        for x in &e.extents {
            let inside = free.iter().any(|f| x.offset >= f.offset && x.offset + x.len <= f.offset + f.len);
            let overlaps = free.iter().any(|f| x.offset < f.offset + f.len && f.offset < x.offset + x.len);
            if e.status == Status::Allocated {
                assert!(!overlaps, "{} in free space", e.path_display());
            } else {
                assert!(inside, "{} not in free space", e.path_display());
            }
        }
    }
    let _ = planted.target;
}

#[test]
fn fat12_superfloppy() {
    let dir = tempfile::tempdir().unwrap();
    let planted = plant(dir.path(), "12", 1440, None);
    let img = RawImage::open(&planted.image).unwrap();
    let fs = FatFs::open(&img).unwrap();
    assert_eq!(fs.fat_type(), FatType::Fat12);
    check(&fs, &planted);
}

#[test]
fn fat16_in_an_mbr_partition() {
    let dir = tempfile::tempdir().unwrap();
    let planted = plant(dir.path(), "16", 16 * 1024, Some((2048, 20 * 1024)));
    let img = RawImage::open(&planted.image).unwrap();
    let t = read_volumes(&img);
    assert_eq!(t.scheme, Scheme::Mbr);
    assert_eq!(t.volumes[0].start, 2048 * 512);
    let vol = Slice::new(&img, t.volumes[0].start, t.volumes[0].len);
    let fs = FatFs::open(vol).unwrap();
    assert_eq!(fs.fat_type(), FatType::Fat16);
    check(&fs, &planted);
}

#[test]
fn a_deleted_file_whose_clusters_are_reused_is_marked_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let img_path = dir.path().join("v.img");
    common::run("mkfs.fat", &["-C", "-F", "12", "-s", "1", "v.img", "1440"], dir.path());
    let first = common::noise(1, 20_000);
    let second = common::noise(2, 30_000);
    std::fs::write(dir.path().join("a"), &first).unwrap();
    std::fs::write(dir.path().join("b"), &second).unwrap();
    // SECOND.BIN goes into another directory, so that its entry does not
    // take the deleted entry's slot.
    mtools("mmd", &["-i", "v.img", "::/SUB"], dir.path());
    mtools("mcopy", &["-i", "v.img", "a", "::/FIRST.BIN"], dir.path());
    mtools("mdel", &["-i", "v.img", "::/FIRST.BIN"], dir.path());
    mtools("mcopy", &["-i", "v.img", "b", "::/SUB/SECOND.BIN"], dir.path());
    let img = RawImage::open(&img_path).unwrap();
    let fs = FatFs::open(&img).unwrap();
    let (entries, errors) = fs.entries();
    assert!(errors.is_empty(), "{errors:?}");
    let gone = entries.iter().find(|e| e.path == b"/_IRST.BIN").expect("the deleted entry");
    let kept = entries.iter().find(|e| e.path == b"/SUB/SECOND.BIN").unwrap();
    let gone_clusters = gone.first_cluster..gone.first_cluster + 20_000u32.div_ceil(512);
    let kept_clusters = kept.first_cluster..kept.first_cluster + 30_000u32.div_ceil(512);
    let reused = gone_clusters.clone().any(|c| kept_clusters.contains(&c));
    assert!(reused, "mtools reused the freed clusters ({gone_clusters:?} / {kept_clusters:?})");
    assert_eq!(gone.status, Status::DeletedOverwritten);
    assert_ne!(common::sha256(&read_all(&fs, &gone.extents)), common::sha256(&first));
}

#[test]
fn looping_directories_and_chains_end_with_errors() {
    use vilab_disk::fat::FatError;
    let dir = tempfile::tempdir().unwrap();
    common::run("mkfs.fat", &["-C", "-F", "12", "-s", "1", "v.img", "1440"], dir.path());
    std::fs::write(dir.path().join("a"), common::noise(3, 3000)).unwrap();
    mtools("mmd", &["-i", "v.img", "::/SUB"], dir.path());
    mtools("mmd", &["-i", "v.img", "::/SUB/INNER"], dir.path());
    mtools("mcopy", &["-i", "v.img", "a", "::/SUB/FILE.BIN"], dir.path());
    let path = dir.path().join("v.img");
    let (sub, inner, file) = {
        let img = RawImage::open(&path).unwrap();
        let fs = FatFs::open(&img).unwrap();
        let (entries, errors) = fs.entries();
        assert!(errors.is_empty());
        let find = |p: &[u8]| entries.iter().find(|e| e.path == p).unwrap().clone();
        (find(b"/SUB"), find(b"/SUB/INNER"), find(b"/SUB/FILE.BIN"))
    };
    let mut bytes = std::fs::read(&path).unwrap();
    // INNER points back at SUB.
    let at = inner.entry_offset as usize + 26;
    bytes[at..at + 2].copy_from_slice(&(sub.first_cluster as u16).to_le_bytes());
    // FILE.BIN's second cluster points back at its first (FAT12, both FATs).
    let c = file.first_cluster + 1;
    let fat_at = 512 + (c + c / 2) as usize;
    let v = u16::from_le_bytes([bytes[fat_at], bytes[fat_at + 1]]);
    let first = file.first_cluster as u16;
    let v = if c % 2 == 1 { (v & 0x000f) | (first << 4) } else { (v & 0xf000) | first };
    bytes[fat_at..fat_at + 2].copy_from_slice(&v.to_le_bytes());
    std::fs::write(&path, &bytes).unwrap();

    let img = RawImage::open(&path).unwrap();
    let fs = FatFs::open(&img).unwrap();
    let (entries, errors) = fs.entries();
    assert!(entries.len() < 10, "{entries:?}");
    assert!(
        errors.iter().any(|e| matches!(e, FatError::DirectoryLoop { path, .. } if path == "/SUB/INNER")),
        "{errors:?}"
    );
    assert!(
        errors.iter().any(
            |e| matches!(e, FatError::Chain { path, reason, .. } if path == "/SUB/FILE.BIN" && reason.contains("loops"))
        ),
        "{errors:?}"
    );
    // What the chain held before the loop is still there.
    let f = entries.iter().find(|e| e.path == b"/SUB/FILE.BIN").unwrap();
    assert_eq!(f.extents.iter().map(|x| x.len).sum::<u64>(), 1024);
}

/// FAT keeps creation (date and time), last access (a date alone) and
/// modification in one short entry: each read from its own bytes, seen
/// through the reader trait.
#[test]
fn fat_creation_access_date_and_modification_come_from_their_own_fields() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    common::run("mkfs.fat", &["-C", "v.img", "1024"], d);
    std::fs::write(d.join("dated"), common::jpeg(40, 30, 7)).unwrap();
    mtools("mcopy", &["-i", "v.img", "dated", "::/DATED.JPG"], d);
    let path = d.join("v.img");
    let entry = {
        let fs = vilab_disk::fs::open(RawImage::open(&path).unwrap()).unwrap();
        fs.entries().0.into_iter().find(|e| e.path == b"/DATED.JPG").expect("the dated file").metadata_offset as usize
    };
    let date = |y: u16, m: u16, day: u16| ((y - 1980) << 9) | (m << 5) | day;
    let time = |h: u16, mi: u16, s: u16| (h << 11) | (mi << 5) | (s / 2);
    let mut bytes = std::fs::read(&path).unwrap();
    for (at, v) in [
        (14, time(7, 8, 10)),
        (16, date(2024, 5, 6)),
        (18, date(2026, 3, 4)),
        (22, time(3, 4, 6)),
        (24, date(2025, 1, 2)),
    ] {
        bytes[entry + at..entry + at + 2].copy_from_slice(&v.to_le_bytes());
    }
    std::fs::write(&path, &bytes).unwrap();
    common::assert_dated_file(&path, b"/DATED.JPG");
}
