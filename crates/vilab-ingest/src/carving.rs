//! Carving fed from the one pass: the headers of pictures and videos are
//! looked for in the free-space ranges of each chunk the pass reads, so
//! that free space is read once, with everything else, rather than again
//! by a carving scan of its own. An item found is measured by reading the
//! image from its header to its end (ahead of the pass, in the page cache
//! or the E01 reader's chunk cache), and its bytes are read after the pass
//! as any content the pass could not serve.
//!
//! Ranges the forward scan cannot take (one overlapping the one before, on
//! a damaged partition table) and whatever the pass did not reach (a
//! failed read ended it) are left to [`vilab_disk::carve::carve`] by
//! random access, so that what is carved does not depend on the pass.

use vilab_disk::carve::{CarveOptions, Carved, HEAD, align_up, carve_at};
use vilab_disk::{Extent, ReadAt};

/// One range of the medium to carve.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CarveRange {
    /// The volume it belongs to (0: outside every partition).
    pub volume: u32,
    /// The first byte of that volume in the medium: headers are looked for
    /// at multiples of the alignment from it, as a file system puts them.
    pub base: u64,
    /// The range, in the medium's offsets.
    pub range: Extent,
}

/// What carving came to: the items found, with the index of the range
/// each lies in, and the parts of ranges the pass did not scan.
#[derive(Debug, Default)]
pub struct CarveFound {
    /// Items found, in the order of the medium.
    pub items: Vec<(usize, Carved)>,
    /// Parts of ranges left to a scan by random access (index, part).
    pub unscanned: Vec<(usize, Extent)>,
}

/// The scan of the free space as the pass goes.
pub struct PassCarver<'r> {
    ranges: &'r [CarveRange],
    /// The ranges scanned in the pass, by offset (indexes into `ranges`).
    order: Vec<usize>,
    /// Position in `order`.
    at: usize,
    /// The next header position looked at in the current range.
    pos: u64,
    opts: CarveOptions,
    found: CarveFound,
}

fn end_of(r: &CarveRange) -> u64 {
    r.range.offset.saturating_add(r.range.len)
}

impl<'r> PassCarver<'r> {
    /// A scan of `ranges`; those the forward scan cannot take are set aside
    /// for random access.
    pub fn new(ranges: &'r [CarveRange], opts: CarveOptions) -> Self {
        let mut by_offset: Vec<usize> = (0..ranges.len()).filter(|&i| ranges[i].range.len > 0).collect();
        by_offset.sort_by_key(|&i| (ranges[i].range.offset, i));
        let mut order = Vec::with_capacity(by_offset.len());
        let mut found = CarveFound::default();
        let mut covered = 0u64;
        for i in by_offset {
            if ranges[i].range.offset < covered {
                found.unscanned.push((i, ranges[i].range));
            } else {
                covered = end_of(&ranges[i]);
                order.push(i);
            }
        }
        let mut carver = Self { ranges, order, at: 0, pos: 0, opts, found };
        carver.enter();
        carver
    }

    /// Sets `pos` to the first header position of the current range.
    fn enter(&mut self) {
        if let Some(&i) = self.order.get(self.at) {
            let r = &self.ranges[i];
            let align = self.opts.alignment.max(1);
            self.pos = r.base.saturating_add(align_up(r.range.offset.saturating_sub(r.base), align));
        }
    }

    /// The next byte of the medium the scan needs, if any.
    pub fn next_needed(&self) -> Option<u64> {
        self.order.get(self.at).map(|_| self.pos)
    }

    /// Looks for headers in `bytes`, the medium's bytes from `start`
    /// (a chunk of the pass); an item is measured through `img`.
    pub fn feed(&mut self, img: &dyn ReadAt, start: u64, bytes: &[u8]) {
        let chunk_end = start.saturating_add(bytes.len() as u64);
        let align = self.opts.alignment.max(1);
        while let Some(&i) = self.order.get(self.at) {
            let r = self.ranges[i];
            let end = end_of(&r).min(img.len());
            if self.pos >= end {
                self.at += 1;
                self.enter();
                continue;
            }
            if self.pos >= chunk_end {
                return;
            }
            if self.pos < start {
                // Bytes the pass skipped (it never does while the scan
                // needs them): that part goes to random access.
                let to = start.min(end);
                self.found.unscanned.push((i, Extent { offset: self.pos, len: to - self.pos }));
                self.pos = r.base.saturating_add(align_up(to - r.base, align));
                continue;
            }
            let at = (self.pos - start) as usize;
            let want = (end - self.pos).min(HEAD as u64) as usize;
            let mut far = [0u8; HEAD];
            // A header cut by the chunk's end is read whole by random
            // access (with an alignment that is not a multiple of the
            // chunk's).
            let head = if at + want <= bytes.len() {
                &bytes[at..at + want]
            } else if img.read_at(self.pos, &mut far[..want]).is_ok() {
                &far[..want]
            } else {
                &far[..0]
            };
            match carve_at(img, self.pos, head, end, self.opts) {
                Some(item) => {
                    self.found.items.push((i, item));
                    let next = self.pos.saturating_add(item.len);
                    self.pos = r.base.saturating_add(align_up(next - r.base, align));
                }
                None => self.pos = self.pos.saturating_add(align),
            }
        }
    }

    /// What the scan found, with what it did not reach left to random
    /// access.
    pub fn finish(mut self) -> CarveFound {
        while let Some(&i) = self.order.get(self.at) {
            let end = end_of(&self.ranges[i]);
            if self.pos < end {
                self.found.unscanned.push((i, Extent { offset: self.pos, len: end - self.pos }));
            }
            self.at += 1;
            self.enter();
        }
        self.found
    }
}
