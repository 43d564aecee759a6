//! Exact radius search over PDQ hashes: every stored hash within the radius
//! of any of an image's eight dihedral hashes, nothing beyond it.
//!
//! [`PdqIndex`] is multi-index hashing (Norouzi et al.; Meta's
//! `pdq/cpp/index/mih.h` uses the same 16 x 16-bit split) with a filter that
//! keeps most non-matches from touching their full code (see `plan.rs`),
//! built with counting sorts (O(n), every core), grown by appending to a
//! tail that is scanned linearly and folded into the tables every
//! [`TAIL_LIMIT`] hashes. [`scan`] is the linear scan it is tested against.
//!
//! Pure: no I/O, no persistence (10M hashes build in seconds from their
//! codes), no global state.

mod code;
mod index;
mod plan;
mod scan;
mod segment;

pub use code::{Code, code_of, distance};
pub use index::{DEFAULT_ID_BITS, IndexConfig, IndexError, PdqIndex, TAIL_LIMIT};
pub use plan::MAX_RADIUS;
pub use scan::scan;
use vilab_core::pdq::Dihedral;

/// One stored hash found for a query.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    /// The stored hash's id: its position in the order of successful adds.
    pub id: u32,
    /// Hamming distance to the nearest of the query's eight hashes.
    pub distance: u32,
    /// Which of the query's hashes that is (on a tie, the first in
    /// `Dihedral::ALL` order): the stored image is the query image
    /// transformed by this symmetry.
    pub dihedral: Dihedral,
}

fn dihedral_of(v: u32) -> Dihedral {
    Dihedral::ALL[v as usize & 7]
}
