//! The operations of a lab, one module per area, each a set of methods of
//! [`crate::Session`] that go through [`crate::guard`]'s check.

pub mod accounts;
pub mod audit;
pub mod backup;
pub mod cases;
pub mod exhibits;
// Face suggestions on an item (issue 20, webregions).
pub mod faces;
pub mod galleries;
pub mod hashsets;
pub mod ingest;
pub mod keys;
pub mod law;
pub mod lookup;
pub mod matching;
pub mod media;
pub mod records;
// Regions and renditions per audience (issue 20).
pub mod regions;
pub mod renditions;
pub mod review;
pub mod series_links;
pub mod verify;
