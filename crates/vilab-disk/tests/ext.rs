//! ext2, ext3 and ext4 volumes made by e2fsprogs' `mke2fs -d` from a folder
//! of generated pictures, some deleted with `debugfs -w -R rm`: every file
//! found at its path with its exact bytes; the deleted ones found by name
//! in their directory's slack, and recovered through their inode where the
//! record still names it.

mod common;

use std::io::Read;
use std::path::Path;

use vilab_disk::ext::{ExtEntry, ExtFs};
use vilab_disk::fat::Status;
use vilab_disk::{ExtentReader, RawImage, ReadAt};

fn debugfs(args: &[&str], dir: &Path) -> String {
    let out = std::process::Command::new("debugfs").args(args).current_dir(dir).output().expect("debugfs (e2fsprogs)");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn check(kind: &str, extra: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let src = d.join("src");
    let kept: Vec<(&str, Vec<u8>)> = vec![
        ("/IMG_0001.JPG", common::jpeg(64, 48, 1)),
        ("/Photos/été à la plage.png", common::png(80, 60, 2)),
        ("/Photos/Deep/Deeper/last one.png", common::png(50, 20, 3)),
        // Past the twelve direct blocks and the first indirect block (1 KiB blocks).
        ("/big noise.bin", common::noise(4, 300_000)),
        ("/tiny.txt", b"hello".to_vec()),
    ];
    let gone: Vec<(&str, Vec<u8>)> =
        vec![("/gone.jpg", common::jpeg(70, 50, 5)), ("/Photos/gone too.png", common::png(33, 33, 6))];
    for (path, data) in kept.iter().chain(&gone) {
        let p = src.join(&path[1..]);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, data).unwrap();
    }
    let mut args = vec!["-q", "-t", kind, "-b", "1024"];
    args.extend_from_slice(extra);
    args.extend_from_slice(&["-d", "src", "v.img", "8M"]);
    common::run("mke2fs", &args, d);
    // The inode of each deleted file, as debugfs tells it.
    let inodes: Vec<u32> = gone
        .iter()
        .map(|(path, _)| {
            let out = debugfs(&["-R", &format!("stat \"{path}\""), "v.img"], d);
            out.split_whitespace().nth(1).unwrap().parse().unwrap()
        })
        .collect();
    for (path, _) in &gone {
        debugfs(&["-w", "-R", &format!("rm \"{path}\""), "v.img"], d);
    }
    let path = d.join("v.img");
    // e2fsprogs and the kernel clear the inode number of a removed record
    // that starts its block (there is no record before it to lengthen):
    // clear the second one's so, to read a name without its inode.
    {
        let img = RawImage::open(&path).unwrap();
        let fs = ExtFs::open(&img).unwrap();
        let (entries, _) = fs.entries();
        let rec = entries.iter().find(|e| e.path == gone[1].0.as_bytes()).expect("the deleted record").record_offset;
        let mut bytes = std::fs::read(&path).unwrap();
        bytes[rec as usize..rec as usize + 4].fill(0);
        std::fs::write(&path, &bytes).unwrap();
    }

    let img = RawImage::open(&path).unwrap();
    let fs = ExtFs::open(&img).unwrap();
    let (entries, errors) = fs.entries();
    assert!(errors.is_empty(), "{kind}: {errors:?}");
    let read = |e: &ExtEntry| {
        let mut out = Vec::new();
        ExtentReader::new(fs.image(), &e.extents).read_to_end(&mut out).unwrap();
        out
    };
    let find =
        |p: &str| entries.iter().find(|e| e.path == p.as_bytes()).unwrap_or_else(|| panic!("{kind}: {p} not found"));
    for (p, data) in &kept {
        let e = find(p);
        assert_eq!(e.status, Status::Allocated, "{kind} {p}");
        assert_eq!(e.size, data.len() as u64, "{kind} {p}");
        assert!(!e.sparse, "{kind} {p}");
        assert_eq!(common::sha256(&read(e)), common::sha256(data), "{kind} {p}");
    }
    let allocated_files = entries.iter().filter(|e| e.status == Status::Allocated && !e.is_dir).count();
    assert_eq!(allocated_files, kept.len(), "{kind}: no other file");
    assert!(find("/lost+found").is_dir);

    let first = find(gone[0].0);
    assert_eq!(first.inode, inodes[0]);
    assert_eq!(first.status, Status::DeletedLikelyIntact, "{kind}");
    assert!(first.dtime.is_some());
    assert_eq!(common::sha256(&read(first)), common::sha256(&gone[0].1), "{kind}: recovered");
    let free: Vec<_> = fs.unallocated().collect();
    for x in &first.extents {
        assert!(
            free.iter().any(|f| x.offset >= f.offset && x.offset + x.len <= f.offset + f.len),
            "{kind}: freed blocks"
        );
    }
    let second = find(gone[1].0);
    assert_eq!((second.inode, second.status), (0, Status::DeletedNoData), "{kind}: the name without its inode");
    let mut raw = [0u8; 8];
    img.read_at(second.record_offset, &mut raw).unwrap();
    assert_eq!(usize::from(raw[6]), "gone too.png".len());
}

#[test]
fn ext2() {
    check("ext2", &[]);
}

#[test]
fn ext3() {
    check("ext3", &[]);
}

#[test]
fn ext4() {
    check("ext4", &[]);
}

#[test]
fn ext4_with_inline_data_and_64bit() {
    check("ext4", &["-O", "inline_data,64bit"]);
}

/// ext keeps the access time in every inode and the creation time
/// (`i_crtime`) only in a large one: set by debugfs, read exactly through
/// the reader trait; a 128-byte inode has no creation time to give.
#[test]
fn ext_access_and_creation_times_from_the_inode() {
    for (kind, inode_size, created) in [("ext4", "256", Some(1_714_979_289)), ("ext2", "128", None)] {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir_all(d.join("src")).unwrap();
        std::fs::write(d.join("src/dated.jpg"), common::jpeg(40, 30, 7)).unwrap();
        common::run("mke2fs", &["-q", "-t", kind, "-I", inode_size, "-b", "1024", "-d", "src", "v.img", "8M"], d);
        let mut fields = vec![("atime", "@1772582400"), ("mtime", "@1735787046")];
        if created.is_some() {
            fields.push(("crtime", "@1714979289"));
        }
        for (field, value) in fields {
            debugfs(&["-w", "-R", &format!("set_inode_field /dated.jpg {field} {value}"), "v.img"], d);
        }
        let fs = vilab_disk::fs::open(RawImage::open(&d.join("v.img")).unwrap()).unwrap();
        let (entries, errors) = fs.entries();
        assert!(errors.is_empty(), "{kind}: {errors:?}");
        let e = entries.iter().find(|e| e.path == b"/dated.jpg").expect("the dated file");
        assert_eq!(
            e.times,
            vilab_disk::fs::FsTimes {
                created,
                modified: Some(1_735_787_046),
                modified_nanos: None,
                accessed: Some(1_772_582_400),
            },
            "{kind}"
        );
    }
}
