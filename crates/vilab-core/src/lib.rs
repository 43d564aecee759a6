//! Pure core of vilab: content-addressed ids, cryptographic digests, the PDQ
//! perceptual hash with its eight dihedral variants, Hamming distance, and
//! the hash chain of the audit log.
//!
//! Everything here works on bytes and pixel buffers in memory. This crate
//! never touches the disk, the network, a database or an async runtime, so
//! that the same code runs in the ingest pipeline, in the future server and
//! in fuzz targets.

pub mod audit;
pub mod digest;
pub mod error;
pub mod known;
pub mod model;
pub mod name;
pub mod pdq;
pub mod review;

pub use digest::{Digests, DigestsBuilder, Hashed, Md5, Md5Sha1Builder, Sha1, Sha256};
pub use error::CoreError;
pub use pdq::{DihedralHashes, PdqHash, PdqResult};
