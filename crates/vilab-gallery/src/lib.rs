//! Offline gallery bundles: a folder of static HTML, renditions and fonts
//! that works from `file://` with no network, in vilab's five languages,
//! signed by the lab (Ed25519 over a manifest listing every file's SHA-256);
//! the clue files such a bundle saves, and their parser.
//!
//! The crate is pure: it receives renditions the caller already made
//! (sanitized and watermarked) and never an original; [`write_dir`] and
//! [`read_dir`] are its only input and output.
//!
//! - [`build`] turns a [`BundleSpec`] into files in memory.
//! - [`verify`] accepts a bundle only if its signature holds and every file
//!   is listed with its size and hash and nothing else is there.
//! - [`parse_clues`] reads a `vilab.clues/1` file saved by a bundle.
//! - [`watermark`] draws the recipient's name and the bundle's id across a
//!   rendition's pixels, for the caller to do before encoding it.
//! - [`exercise`] scores training exercises and carries them between labs.

mod build;
mod clues;
mod dir;
mod error;
pub mod exercise;
mod manifest;
mod names;
mod site;
mod spec;
mod time;
mod verify;
mod watermark;
mod words;

pub use build::build;
pub use clues::{Clue, ClueError, ClueFile, Pin, parse_clues, parse_clues_for};
pub use dir::{read_dir, write_dir};
pub use error::BundleError;
pub use manifest::{
    MANIFEST_FORMAT, MANIFEST_PATH, Manifest, ManifestFile, SIGNATURE_PATH, fingerprint, parse_manifest,
};
pub use spec::{BundleFile, BundleItem, BundleSpec};
pub use time::parse_time;
pub use verify::{VerifiedBundle, verify};
pub use watermark::watermark;
pub use words::WORD_KEYS;

/// The signing key type the caller passes (the lab's identity).
pub use ed25519_dalek::SigningKey;
