//! Known material as it arrives and leaves: hash sets in Project VIC's VICS
//! JSON (1.1–1.3 and 2.0, hash-set and case shapes), read as a stream so
//! that a file of many gigabytes takes flat memory; plain hash lists and
//! CSV; and the writers for exports (VICS 2.0, lists, CSV).
//!
//! This crate works on readers and writers only; the store keeps what it
//! reads, the matcher compares it.

mod error;
mod guard;
pub mod lists;
pub mod pipe;
pub mod profiles;
pub mod vics;

pub use error::{HashsetError, Result};

/// The largest single record a reader holds in memory while it parses it
/// (a VICS media record, a CSV record): a broken file (a missing quote that
/// swallows the rest) must not make a buffer grow without end, and no
/// honest record comes near 64 MiB.
pub const MAX_RECORD: usize = 64 << 20;
pub use vilab_core::known::KnownMedia;
