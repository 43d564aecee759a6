//! A small exFAT writer for tests: no Debian tool puts files into an exFAT
//! image without mounting it, so the tests of vilab-disk and vilab-ingest
//! take a volume `mkfs.exfat` made and write entry sets (with their
//! checksums and name hashes), the allocation bitmap and, for a fragmented
//! file, FAT chains into it here, and delete as a driver does; their
//! `fsck.exfat -n` checks every change.

/// An exFAT volume being written, in memory.
pub struct ExfatWriter {
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

impl ExfatWriter {
    /// Opens the image of a volume `mkfs.exfat` made (it panics on
    /// anything else: this is test material, not a reader).
    pub fn open(img: Vec<u8>) -> Self {
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
    /// The root directory's first cluster.
    pub fn root(&self) -> u32 {
        u32_at(&self.img, 96)
    }

    /// The volume's bytes as written so far.
    pub fn image(&self) -> &[u8] {
        &self.img
    }

    /// The first byte of cluster `c` in the volume.
    pub fn cluster_offset(&self, c: u32) -> usize {
        self.off(c)
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
        let sum = set_checksum(set.iter().flatten().copied());
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
    /// Writes a file named `name` into directory cluster `dir`
    /// (contiguous, or in every other free cluster, chained in the FAT);
    /// returns the offset of its entry set, for [`ExfatWriter::delete`].
    pub fn file(&mut self, dir: u32, name: &str, data: &[u8], contiguous: bool) -> usize {
        let first = self.put_data(data, contiguous);
        self.add(dir, name, first, data.len() as u64, contiguous, false)
    }
    /// Makes a directory of one cluster named `name` in `parent`; returns
    /// its cluster.
    pub fn dir(&mut self, parent: u32, name: &str) -> u32 {
        let c = self.put_data(&vec![0u8; self.cluster], true);
        self.add(parent, name, c, self.cluster as u64, true, true);
        c
    }
    /// Sets the creation, modification and last-access timestamps (exFAT's
    /// packed date and time, as the specification lays them out) of the
    /// set at `at`, its checksum made anew.
    pub fn set_times(&mut self, at: usize, created: u32, modified: u32, accessed: u32) {
        for (field, stamp) in [(8, created), (12, modified), (16, accessed)] {
            self.img[at + field..at + field + 4].copy_from_slice(&stamp.to_le_bytes());
        }
        let n = 1 + self.img[at + 1] as usize;
        let sum = set_checksum(self.img[at..at + 32 * n].iter().copied());
        self.img[at + 2..at + 4].copy_from_slice(&sum.to_le_bytes());
    }
    /// Deletes the set at `at` as a driver does (in-use bits cleared,
    /// clusters freed in the bitmap; the FAT and the bytes left as they
    /// are).
    pub fn delete(&mut self, at: usize) {
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

/// The entry set checksum over the set's bytes, bytes 2 and 3 of the
/// first entry (the checksum itself) left out.
fn set_checksum(bytes: impl Iterator<Item = u8>) -> u16 {
    let mut sum = 0u16;
    for (j, b) in bytes.enumerate() {
        if j == 2 || j == 3 {
            continue;
        }
        sum = (if sum & 1 != 0 { 0x8000u16 } else { 0 }).wrapping_add(sum >> 1).wrapping_add(u16::from(b));
    }
    sum
}
