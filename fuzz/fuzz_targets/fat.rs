//! vilab-disk's file-system readers on arbitrary bytes as a volume: FAT,
//! else exFAT, else ext2/3/4, else NTFS: the walk of every directory (allocated and deleted entries,
//! long names), every file's content read through its extents, and the
//! free cluster runs. Must not panic or hang; extents lie within the
//! volume, an allocated file's extents never exceed its size, and free
//! runs are in order without overlap.
#![no_main]

use std::io::Read;

use libfuzzer_sys::fuzz_target;
use vilab_disk::exfat::ExfatFs;
use vilab_disk::ext::ExtFs;
use vilab_disk::ntfs::NtfsFs;
use vilab_disk::fat::{FatFs, Status};
use vilab_disk::{ExtentReader, MemImage, ReadAt};

fuzz_target!(|data: &[u8]| {
    let Ok(fs) = FatFs::open(MemImage(data)) else {
        exfat(data);
        return;
    };
    let len = fs.image().len();
    let mut buf = vec![0u8; 64 << 10];
    let mut read_left: u64 = 16 << 20;
    let _errors = fs.walk(|e| {
        let total: u64 = e.extents.iter().map(|x| x.len).sum();
        if e.status == Status::Allocated {
            assert!(total <= u64::from(e.size), "{e:?}");
        }
        for x in &e.extents {
            assert!(x.offset.checked_add(x.len).is_some(), "{e:?}");
        }
        // Content reads: errors past the volume's end are fine, panics not.
        let mut r = ExtentReader::new(fs.image(), &e.extents);
        while read_left > 0 {
            match r.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => read_left = read_left.saturating_sub(n as u64),
            }
        }
    });
    let mut last_end = 0u64;
    for run in fs.unallocated().take(1_000_000) {
        assert!(run.offset >= last_end && run.len > 0, "{run:?}");
        last_end = run.offset + run.len;
    }
    let _ = len;
});

fn exfat(data: &[u8]) {
    let Ok(fs) = ExfatFs::open(MemImage(data)) else {
        ext(data);
        return;
    };
    let mut buf = vec![0u8; 64 << 10];
    let mut read_left: u64 = 16 << 20;
    let _errors = fs.walk(|e| {
        let total: u64 = e.extents.iter().map(|x| x.len).sum();
        assert!(total <= e.size, "{e:?}");
        let mut r = ExtentReader::new(fs.image(), &e.extents);
        while read_left > 0 {
            match r.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => read_left = read_left.saturating_sub(n as u64),
            }
        }
    });
    let mut last_end = 0u64;
    for run in fs.unallocated().take(1_000_000) {
        assert!(run.offset >= last_end && run.len > 0, "{run:?}");
        last_end = run.offset + run.len;
    }
}

fn ext(data: &[u8]) {
    let Ok(fs) = ExtFs::open(MemImage(data)) else {
        ntfs(data);
        return;
    };
    let mut buf = vec![0u8; 64 << 10];
    let mut read_left: u64 = 16 << 20;
    let _errors = fs.walk(|e| {
        let total: u64 = e.extents.iter().map(|x| x.len).sum();
        assert!(total <= e.size, "{e:?}");
        let mut r = ExtentReader::new(fs.image(), &e.extents);
        while read_left > 0 {
            match r.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => read_left = read_left.saturating_sub(n as u64),
            }
        }
    });
    let mut last_end = 0u64;
    for run in fs.unallocated().take(1_000_000) {
        assert!(run.offset >= last_end && run.len > 0, "{run:?}");
        last_end = run.offset + run.len;
    }
}

fn ntfs(data: &[u8]) {
    let Ok(fs) = NtfsFs::open(MemImage(data)) else { return };
    let mut buf = vec![0u8; 64 << 10];
    let mut read_left: u64 = 16 << 20;
    let _errors = fs.walk(|e| {
        let total: u64 = e.extents.iter().map(|x| x.len).sum();
        assert!(total <= e.size, "{e:?}");
        let mut r = ExtentReader::new(fs.image(), &e.extents);
        while read_left > 0 {
            match r.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => read_left = read_left.saturating_sub(n as u64),
            }
        }
    });
    for run in fs.unallocated().take(1_000) {
        assert!(run.len > 0, "{run:?}");
    }
}
