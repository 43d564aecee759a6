//! NTFS volumes made by ntfs-3g's `mkntfs`, filled through ntfs-3g itself
//! (a FUSE mount of the image file inside a mount namespace of the test's
//! own: no tool writes directories into an NTFS image otherwise), some
//! files deleted there; `ntfsundelete` (ntfs-3g) is the independent reader
//! of what was deleted.

mod common;

use std::io::Read;
use std::path::Path;
use std::process::Command;

use vilab_disk::fat::Status;
use vilab_disk::ntfs::{NtfsEntry, NtfsFs};
use vilab_disk::{ExtentReader, RawImage};

/// Runs `script` with the image mounted at `mnt` by ntfs-3g, in a mount
/// namespace of its own (the mount ends with it), within 60 seconds.
fn with_mount(dir: &Path, script: &str) {
    std::fs::create_dir_all(dir.join("mnt")).unwrap();
    let out = Command::new("timeout")
        .args(["60", "unshare", "-m", "sh", "-ec"])
        .arg(format!("ntfs-3g n.img mnt\n{script}\numount mnt"))
        .current_dir(dir)
        .output()
        .expect("unshare and ntfs-3g are installed by .ci/install-deps");
    assert!(
        out.status.success(),
        "ntfs-3g mount and script failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn ntfs_files_resident_files_and_deleted_records() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::File::create(d.join("n.img")).unwrap().set_len(24 << 20).unwrap();
    common::run("mkntfs", &["-F", "-f", "-q", "-s", "512", "-c", "4096", "-L", "VILAB", "n.img"], d);
    let kept: Vec<(&str, Vec<u8>)> = vec![
        ("/IMG_0001.JPG", common::jpeg(64, 48, 1)),
        ("/Photos/été à la plage.png", common::png(80, 60, 2)),
        ("/Photos/Deep/Deeper/last one.png", common::png(50, 20, 3)),
        ("/big noise.bin", common::noise(4, 300_000)),
        // Small enough to live in its MFT record.
        ("/tiny.txt", b"hello".to_vec()),
    ];
    let gone: Vec<(&str, Vec<u8>)> =
        vec![("/gone.jpg", common::jpeg(70, 50, 5)), ("/Photos/a deleted picture.png", common::png(33, 33, 6))];
    let src = d.join("src");
    for (i, (_, data)) in kept.iter().chain(&gone).enumerate() {
        std::fs::create_dir_all(&src).unwrap();
        std::fs::write(src.join(i.to_string()), data).unwrap();
    }
    let mut script = String::from("mkdir -p mnt/Photos/Deep/Deeper\n");
    for (i, (path, _)) in kept.iter().chain(&gone).enumerate() {
        script += &format!("cp src/{i} \"mnt{path}\"\n");
    }
    for (path, _) in &gone {
        script += &format!("rm \"mnt{path}\"\n");
    }
    with_mount(d, &script);

    let img = RawImage::open(&d.join("n.img")).unwrap();
    let fs = NtfsFs::open(&img).unwrap();
    let (entries, errors) = fs.entries();
    assert!(errors.is_empty(), "{errors:?}");
    let read = |e: &NtfsEntry| match &e.resident {
        Some(bytes) => bytes.clone(),
        None => {
            let mut out = Vec::new();
            ExtentReader::new(fs.image(), &e.extents).read_to_end(&mut out).unwrap();
            out
        }
    };
    let find = |p: &str| entries.iter().find(|e| e.path == p.as_bytes()).unwrap_or_else(|| panic!("{p} not found"));
    for (p, data) in &kept {
        let e = find(p);
        assert_eq!(e.status, Status::Allocated, "{p}");
        assert_eq!(e.size, data.len() as u64, "{p}");
        assert_eq!(common::sha256(&read(e)), common::sha256(data), "{p}");
    }
    assert!(find("/tiny.txt").resident.is_some());
    assert!(find("/Photos/Deep").is_dir);
    assert!(find("/$MFT").status == Status::Allocated);
    let user_files = entries
        .iter()
        .filter(|e| e.status == Status::Allocated && !e.is_dir && !e.path_display().starts_with("/$"))
        .count();
    assert_eq!(user_files, kept.len());

    // ntfsundelete, reading the same image, lists the deleted records.
    let listed = common::run("ntfsundelete", &["-s", "n.img"], d);
    for (p, data) in &gone {
        let e = find(p);
        assert_eq!(e.status, Status::DeletedLikelyIntact, "{p}");
        assert_eq!(common::sha256(&read(e)), common::sha256(data), "{p} recovered");
        let name = p.rsplit('/').next().unwrap();
        let line = listed.lines().find(|l| l.ends_with(name)).unwrap_or_else(|| panic!("{name} in {listed}"));
        assert_eq!(line.split_whitespace().next().unwrap(), e.record.to_string(), "{line}");
    }
    let free: Vec<_> = fs.unallocated().collect();
    let gone_big = find(gone[0].0);
    for x in &gone_big.extents {
        assert!(free.iter().any(|f| x.offset >= f.offset && x.offset + x.len <= f.offset + f.len));
    }
}

/// An image with some bytes replaced, for damage without copying it.
struct Damaged<'a> {
    base: &'a [u8],
    patches: Vec<(u64, u8)>,
}

impl vilab_disk::ReadAt for Damaged<'_> {
    fn len(&self) -> u64 {
        self.base.len() as u64
    }
    fn read_at(&self, off: u64, buf: &mut [u8]) -> std::io::Result<()> {
        vilab_disk::MemImage(self.base).read_at(off, buf)?;
        for &(at, b) in &self.patches {
            if at >= off && at < off + buf.len() as u64 {
                buf[(at - off) as usize] = b;
            }
        }
        Ok(())
    }
}

#[test]
fn damaged_boot_sectors_and_records_end_in_errors_not_panics() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::File::create(d.join("n.img")).unwrap().set_len(8 << 20).unwrap();
    common::run("mkntfs", &["-F", "-f", "-q", "-s", "512", "-c", "1024", "n.img"], d);
    std::fs::create_dir_all(d.join("src")).unwrap();
    std::fs::write(d.join("src/a"), common::noise(1, 50_000)).unwrap();
    with_mount(d, "mkdir mnt/dir\ncp src/a mnt/dir/a.bin\ncp src/a mnt/b.bin\nrm mnt/b.bin\necho hi > mnt/small.txt");
    let bytes = std::fs::read(d.join("n.img")).unwrap();
    let fs = NtfsFs::open(vilab_disk::MemImage(&bytes[..])).unwrap();
    let (entries, errors) = fs.entries();
    assert!(errors.is_empty(), "{errors:?}");
    let mft = entries.iter().find(|e| e.path == b"/$MFT").unwrap().extents[0];
    // Damage: the boot sector's fields, and bytes of the first 80 records
    // (headers, attribute lengths, data runs), a few at a time.
    let mut x = 0x1234_5678_9abc_def1u64;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut opened = 0;
    for round in 0..4000 {
        let mut patches = Vec::new();
        for _ in 0..1 + next() % 4 {
            let at = if round % 5 == 0 { next() % 90 } else { mft.offset + next() % (80 * 1024) };
            patches.push((at, next() as u8));
        }
        let img = Damaged { base: &bytes, patches };
        if let Ok(fs) = NtfsFs::open(&img) {
            opened += 1;
            let _ = fs.entries();
            let _ = fs.unallocated().take(100_000).count();
        }
    }
    assert!(opened > 2500, "most damage leaves the volume open: {opened}");
}

/// NTFS keeps creation, modification and last access in
/// `$STANDARD_INFORMATION`: the access and modification times set through
/// ntfs-3g (`touch`) read back exactly, and the creation time is the
/// moment ntfs-3g made the file, through the reader trait.
#[test]
fn ntfs_access_modification_and_creation_times() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::File::create(d.join("n.img")).unwrap().set_len(8 << 20).unwrap();
    common::run("mkntfs", &["-F", "-f", "-q", "-s", "512", "-c", "4096", "n.img"], d);
    std::fs::write(d.join("dated"), common::jpeg(40, 30, 7)).unwrap();
    let now = || std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    let before = now();
    with_mount(
        d,
        "cp dated mnt/dated.jpg\ntouch -m -d @1735787046 mnt/dated.jpg\ntouch -a -d @1772582400 mnt/dated.jpg",
    );
    let after = now();
    let fs = vilab_disk::fs::open(RawImage::open(&d.join("n.img")).unwrap()).unwrap();
    let (entries, errors) = fs.entries();
    assert!(errors.is_empty(), "{errors:?}");
    let e = entries.iter().find(|e| e.path == b"/dated.jpg").expect("the dated file");
    assert_eq!(e.times.modified, Some(1_735_787_046));
    assert_eq!(e.times.modified_nanos, Some(0));
    assert_eq!(e.times.accessed, Some(1_772_582_400));
    let created = e.times.created.expect("a creation time");
    assert!((before..=after).contains(&created), "created {created} while the test ran ({before}..={after})");
}
