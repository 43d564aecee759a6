//! Known material as it arrives and leaves: hash sets in Project VIC's VICS
//! JSON (1.1–1.3 and 2.0, hash-set and case shapes), read as a stream so
//! that a file of many gigabytes takes flat memory; plain hash lists and
//! CSV; and the writers for exports (VICS 2.0, lists, CSV).
//!
//! This crate works on readers and writers only; the store keeps what it
//! reads, the matcher compares it.

mod error;
pub mod lists;
pub mod pipe;
pub mod profiles;
pub mod vics;

pub use error::{HashsetError, Result};
pub use vilab_core::known::KnownMedia;
