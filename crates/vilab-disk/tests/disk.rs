//! A whole seized disk, end to end: an MBR disk (sfdisk) holding a FAT16
//! volume (mkfs.fat + mtools, one file deleted) and an ext4 volume
//! (mke2fs -d), read raw and as an E01 of it (ewfacquire): the same
//! volumes, file systems, files and bytes either way, the E01's hashes
//! verified, and the deleted picture carved from the FAT's free space at
//! the place its entry points to.

mod common;

use std::io::Read;
use std::path::Path;

use vilab_disk::carve::{CarveOptions, CarvedKind, carve};
use vilab_disk::fs::{self, FsKind};
use vilab_disk::volume::{Scheme, read_volumes};
use vilab_disk::{ExtentReader, ReadAt, Slice, Status, open_image};

fn sh(script: &str, dir: &Path) {
    let out = std::process::Command::new("sh")
        .arg("-ec")
        .arg(script)
        .env("MTOOLS_SKIP_CHECK", "1")
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{script}: {}", String::from_utf8_lossy(&out.stderr));
}

/// (volume index, kind, path, status, SHA-256 of the content) of a file.
type Found = (u32, FsKind, String, Status, String);

/// Every file of every volume, what carving their free space finds (disk
/// offset, format), and where deleted files start (disk offsets).
fn survey(img: &dyn ReadAt) -> (Vec<Found>, Vec<(u64, CarvedKind)>, Vec<u64>) {
    let t = read_volumes(img);
    assert_eq!(t.scheme, Scheme::Mbr);
    assert!(t.errors.is_empty(), "{:?}", t.errors);
    let mut files = Vec::new();
    let mut carved = Vec::new();
    let mut deleted_at = Vec::new();
    for v in &t.volumes {
        let vol = Slice::new(img, v.start, v.len);
        let fs = fs::open(vol).unwrap();
        let errors = fs.walk(&mut |e| {
            if e.is_dir {
                return;
            }
            let mut bytes = Vec::new();
            ExtentReader::new(fs.volume(), &e.extents).read_to_end(&mut bytes).unwrap();
            if e.status.is_deleted() {
                deleted_at.push(v.start + e.extents[0].offset);
            }
            files.push((v.index, fs.kind(), e.path_display(), e.status, common::sha256(&bytes)));
        });
        assert!(errors.is_empty(), "{errors:?}");
        carve(fs.volume(), fs.unallocated(), CarveOptions::default(), |c| carved.push((v.start + c.offset, c.kind)));
    }
    files.sort();
    (files, carved, deleted_at)
}

#[test]
fn an_mbr_disk_with_fat_and_ext4_reads_the_same_raw_and_as_e01() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let photo = common::jpeg(90, 60, 1);
    let gone = common::jpeg(60, 90, 2);
    let linux = common::png(40, 40, 3);
    std::fs::create_dir_all(d.join("src/home/user")).unwrap();
    std::fs::write(d.join("photo.jpg"), &photo).unwrap();
    std::fs::write(d.join("gone.jpg"), &gone).unwrap();
    std::fs::write(d.join("src/home/user/picture.png"), &linux).unwrap();
    sh(
        "truncate -s 48M disk.img
         printf 'label: dos\\nstart=2048, size=16384, type=6\\nstart=20480, size=32768, type=83\\n' | sfdisk --no-reread --no-tell-kernel -q disk.img
         mkfs.fat -F 16 -s 1 --offset=2048 disk.img 8192 >/dev/null
         mmd -i disk.img@@1M ::/DCIM
         mcopy -i disk.img@@1M photo.jpg ::/DCIM/photo.jpg
         mcopy -i disk.img@@1M gone.jpg ::/DCIM/gone.jpg
         mdel -i disk.img@@1M ::/DCIM/gone.jpg
         mke2fs -q -t ext4 -E offset=10485760 -d src disk.img 16M",
        d,
    );
    let raw = open_image(&d.join("disk.img")).unwrap();
    let (files, carved, deleted_at) = survey(&*raw);
    let expect = |vol: u32, kind: FsKind, path: &str, status: Status, bytes: &[u8]| {
        assert!(files.contains(&(vol, kind, path.to_string(), status, common::sha256(bytes))), "{path} in {files:#?}");
    };
    expect(1, FsKind::Fat16, "/DCIM/photo.jpg", Status::Allocated, &photo);
    expect(1, FsKind::Fat16, "/DCIM/_one.jpg", Status::DeletedLikelyIntact, &gone);
    expect(2, FsKind::Ext, "/home/user/picture.png", Status::Allocated, &linux);
    assert_eq!(files.len(), 3, "{files:#?}");
    // The deleted JPEG, carved from free space, where its entry points.
    assert_eq!(carved, [(deleted_at[0], CarvedKind::Jpeg)]);

    // The same disk as an E01.
    common::run("ewfacquire", &["-u", "-q", "-t", "disk", "-f", "encase6", "-c", "deflate:best", "disk.img"], d);
    let e01 = open_image(&d.join("disk.E01")).unwrap();
    assert_eq!(e01.len(), raw.len());
    let (files_e01, carved_e01, deleted_e01) = survey(&*e01);
    assert_eq!(files_e01, files);
    assert_eq!((carved_e01, deleted_e01), (carved, deleted_at));
    let ewf = vilab_disk::ewf::EwfImage::open(&d.join("disk.E01")).unwrap();
    assert!(ewf.verify().unwrap().verified());
}
