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

struct Writer {
    img: Vec<u8>,
    heap: usize,
    cluster: usize,
    fat: usize,
    bitmap: usize,
    count: usize,
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(b[at..at + 4].try_into().unwrap())
}

impl Writer {
    fn open(img: Vec<u8>) -> Self {
        let sector = 1usize << img[108];
        let cluster = sector << img[109];
        let heap = u32_at(&img, 88) as usize * sector;
        let fat = u32_at(&img, 80) as usize * sector;
        let count = u32_at(&img, 92) as usize;
        let root = u32_at(&img, 96);
        let mut w = Self { img, heap, cluster, fat, bitmap: 0, count };
        let r = w.off(root);
        let e = (0..w.cluster / 32).map(|i| r + 32 * i).find(|&at| w.img[at] == 0x81).unwrap();
        w.bitmap = w.off(u32_at(&w.img, e + 20));
        w
    }
    fn off(&self, c: u32) -> usize {
        self.heap + (c as usize - 2) * self.cluster
    }
    fn used(&self, c: u32) -> bool {
        let b = c as usize - 2;
        self.img[self.bitmap + b / 8] >> (b % 8) & 1 == 1
    }
    fn mark(&mut self, c: u32, on: bool) {
        let b = c as usize - 2;
        if on {
            self.img[self.bitmap + b / 8] |= 1 << (b % 8);
        } else {
            self.img[self.bitmap + b / 8] &= !(1 << (b % 8));
        }
    }
    /// `n` free clusters: a contiguous run, or every other free cluster.
    fn alloc(&mut self, n: usize, contiguous: bool) -> Vec<u32> {
        let mut out: Vec<u32> = Vec::new();
        let mut c = 2u32;
        while out.len() < n {
            assert!((c as usize) < self.count + 2, "volume full");
            if self.used(c) || contiguous && out.last().is_some_and(|&l| l + 1 != c) {
                if contiguous {
                    out.clear();
                }
                c += 1;
                continue;
            }
            out.push(c);
            c += if contiguous { 1 } else { 2 };
        }
        for &c in &out {
            self.mark(c, true);
        }
        if !contiguous {
            for w in out.windows(2) {
                let at = self.fat + 4 * w[0] as usize;
                self.img[at..at + 4].copy_from_slice(&w[1].to_le_bytes());
            }
            let at = self.fat + 4 * *out.last().unwrap() as usize;
            self.img[at..at + 4].copy_from_slice(&u32::MAX.to_le_bytes());
        }
        out
    }
    /// Writes `data` into new clusters; returns the first and whether contiguous.
    fn put_data(&mut self, data: &[u8], contiguous: bool) -> u32 {
        let clusters = self.alloc(data.len().div_ceil(self.cluster).max(1), contiguous);
        for (i, piece) in data.chunks(self.cluster).enumerate() {
            let at = self.off(clusters[i]);
            self.img[at..at + piece.len()].copy_from_slice(piece);
        }
        clusters[0]
    }
    /// Adds an entry set to directory cluster `dir`; returns its offset.
    fn add(&mut self, dir: u32, name: &str, first: u32, len: u64, contiguous: bool, is_dir: bool) -> usize {
        let units: Vec<u16> = name.encode_utf16().collect();
        let names = units.len().div_ceil(15);
        let mut set = vec![[0u8; 32]; 2 + names];
        set[0][0] = 0x85;
        set[0][1] = (1 + names) as u8;
        set[0][4..6].copy_from_slice(&(if is_dir { 0x10u16 } else { 0x20 }).to_le_bytes());
        let stamp: u32 = (46 << 25) | (6 << 21) | (15 << 16) | (12 << 11) | (30 << 5) | 10; // 2026-06-15 12:30:20
        for at in [8, 12, 16] {
            set[0][at..at + 4].copy_from_slice(&stamp.to_le_bytes());
        }
        set[1][0] = 0xC0;
        set[1][1] = 0x01 | if contiguous { 0x02 } else { 0 };
        set[1][3] = units.len() as u8;
        let mut hash = 0u16;
        for u in &units {
            let up = char::from_u32(u32::from(*u)).map_or(*u, |c| c.to_uppercase().next().unwrap() as u16);
            for b in [up as u8, (up >> 8) as u8] {
                hash = (if hash & 1 != 0 { 0x8000u16 } else { 0 }).wrapping_add(hash >> 1).wrapping_add(u16::from(b));
            }
        }
        set[1][4..6].copy_from_slice(&hash.to_le_bytes());
        set[1][8..16].copy_from_slice(&len.to_le_bytes());
        set[1][20..24].copy_from_slice(&first.to_le_bytes());
        set[1][24..32].copy_from_slice(&len.to_le_bytes());
        for (k, piece) in units.chunks(15).enumerate() {
            set[2 + k][0] = 0xC1;
            for (j, u) in piece.iter().enumerate() {
                set[2 + k][2 + 2 * j..4 + 2 * j].copy_from_slice(&u.to_le_bytes());
            }
        }
        let mut sum = 0u16;
        for (i, e) in set.iter().enumerate() {
            for (j, &b) in e.iter().enumerate() {
                if i == 0 && (j == 2 || j == 3) {
                    continue;
                }
                sum = (if sum & 1 != 0 { 0x8000u16 } else { 0 }).wrapping_add(sum >> 1).wrapping_add(u16::from(b));
            }
        }
        set[0][2..4].copy_from_slice(&sum.to_le_bytes());
        let base = self.off(dir);
        let mut at = base;
        while self.img[at] != 0 {
            at += 32;
        }
        assert!(at + 32 * set.len() <= base + self.cluster);
        for (k, e) in set.iter().enumerate() {
            self.img[at + 32 * k..at + 32 * k + 32].copy_from_slice(e);
        }
        at
    }
    fn file(&mut self, dir: u32, name: &str, data: &[u8], contiguous: bool) -> usize {
        let first = self.put_data(data, contiguous);
        self.add(dir, name, first, data.len() as u64, contiguous, false)
    }
    fn dir(&mut self, parent: u32, name: &str) -> u32 {
        let c = self.put_data(&vec![0u8; self.cluster], true);
        self.add(parent, name, c, self.cluster as u64, true, true);
        c
    }
    /// Deletes the set at `at` as a driver does.
    fn delete(&mut self, at: usize) {
        let n = self.img[at + 1] as usize;
        let first = u32_at(&self.img, at + 32 + 20);
        let len = u64::from_le_bytes(self.img[at + 32 + 24..at + 64].try_into().unwrap());
        for k in 0..=n {
            self.img[at + 32 * k] &= 0x7f;
        }
        for k in 0..len.div_ceil(self.cluster as u64) as u32 {
            self.mark(first + k, false);
        }
    }
}

fn fsck_clean(dir: &Path) {
    let out = std::process::Command::new("fsck.exfat").args(["-n", "e.img"]).current_dir(dir).output().unwrap();
    assert!(
        out.status.success(),
        "fsck.exfat finds the test's writing inconsistent: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn exfat_files_fragmented_files_and_deleted_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::File::create(d.join("e.img")).unwrap().set_len(8 << 20).unwrap();
    common::run("mkfs.exfat", &["-L", "VILAB", "e.img"], d);
    let mut w = Writer::open(std::fs::read(d.join("e.img")).unwrap());
    let root = u32_at(&w.img, 96);
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
    std::fs::write(d.join("e.img"), &w.img).unwrap();
    fsck_clean(d);
    for at in deleted_at {
        w.delete(at);
    }
    std::fs::write(d.join("e.img"), &w.img).unwrap();
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
