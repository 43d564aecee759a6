//! Refusal of archives whose entries share bytes. Fifield's "better zip
//! bomb" makes many central records point at one compressed kernel, either
//! at one local header or at local headers quoted inside the previous
//! entry's stored data; each extra entry multiplies the output of a few
//! bytes. No honest writer produces either, so the whole archive is refused,
//! in O(n log n): sort by local header offset, compare neighbours.

use crate::entry::Entry;
use crate::error::ZipError;

/// Entry indices by ascending local header offset (ties by index).
pub(crate) fn offset_order(entries: &[Entry]) -> Vec<u32> {
    let mut order: Vec<u32> = (0..entries.len() as u32).collect();
    order.sort_unstable_by_key(|&i| (entries[i as usize].local_header_offset, i));
    order
}

/// Two central records naming one local header. Checked before the local
/// headers are read, so that a directory of a million records pointing at
/// one header is refused without reading it a million times.
pub(crate) fn check_shared_headers(entries: &[Entry], order: &[u32]) -> Result<(), ZipError> {
    for pair in order.windows(2) {
        let (a, b) = (&entries[pair[0] as usize], &entries[pair[1] as usize]);
        if a.local_header_offset == b.local_header_offset {
            return Err(ZipError::Overlap { first: a.index, second: b.index, offset: b.local_header_offset });
        }
    }
    Ok(())
}

/// An entry's bytes, local header to end of data, running into the next
/// entry's local header. Entries whose local header could not be read are
/// left out: their data cannot be located, and they cannot be opened.
pub(crate) fn check_ranges(entries: &[Entry], order: &[u32]) -> Result<(), ZipError> {
    let mut previous: Option<&Entry> = None;
    for &i in order {
        let e = &entries[i as usize];
        if e.problem.is_some_and(|p| p.is_local_header()) {
            continue;
        }
        if let Some(p) = previous
            && p.data_end() > e.local_header_offset
        {
            return Err(ZipError::Overlap { first: p.index, second: e.index, offset: e.local_header_offset });
        }
        previous = Some(e);
    }
    Ok(())
}
