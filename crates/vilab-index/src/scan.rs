//! Linear scan: every stored code against the eight probes of one image in
//! one pass. The oracle the index is tested against, the index's path for
//! its unsealed tail, and the baseline of `vilab bench index`.

use crate::code::{Code, distance};
use crate::{Match, dihedral_of};

/// Every code in `codes` within `radius` of any of the eight probes, as one
/// [`Match`] per code (the nearest probe; on a tie the first in
/// `Dihedral::ALL` order), ids `first_id + position`, sorted by id.
pub fn scan(codes: &[Code], first_id: u32, probes: &[Code; 8], radius: u32) -> Vec<Match> {
    let mut out = Vec::new();
    scan_into(codes, first_id, probes, radius, &mut out);
    out
}

pub(crate) fn scan_into(codes: &[Code], first_id: u32, probes: &[Code; 8], radius: u32, out: &mut Vec<Match>) {
    for (pos, code) in codes.iter().enumerate() {
        // The minimum over the eight probes with no branch inside, so that
        // the loop stays a straight run of XORs and popcounts per code.
        let mut best = u32::MAX;
        for (v, probe) in probes.iter().enumerate() {
            let key = (distance(code, probe) << 3) | v as u32;
            best = best.min(key);
        }
        if best >> 3 <= radius {
            out.push(Match { id: first_id + pos as u32, distance: best >> 3, dihedral: dihedral_of(best & 7) });
        }
    }
}
