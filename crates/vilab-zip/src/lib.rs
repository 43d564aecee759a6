//! Forensic zip reader for seized media.
//!
//! The structures of the zip format are read here by hand rather than
//! through the `zip` crate, because that crate keys the central directory
//! by name: of two members both named `e.jpg` it shows only the second, a
//! known way of hiding a file from a tool while `unzip -l` lists both. This
//! reader shows every central-directory record as its own [`Entry`], with
//! its raw name bytes, and:
//!
//! - refuses archives whose entries share bytes (David Fifield's
//!   overlapping-entry zip bombs) in O(n log n), before any data is read;
//! - handles ZIP64, the archive comment, and data prepended to the archive
//!   (self-extractors), reporting the shift ([`ZipArchive::prepended_bytes`]);
//! - reads the central directory through a fixed buffer and the local
//!   headers in offset order, costing per entry only its struct and name;
//! - streams members (stored, deflate, deflate64) through an
//!   [`EntryReader`] that distrusts the declared sizes: it never allocates
//!   by them, stops as soon as a member yields more than declared, and
//!   checks the length and CRC-32 at the end;
//! - recovers what it can from a zip without a central directory (a cut
//!   download) with [`ZipArchive::scan_local_headers`].
//!
//! It only reads from the `Read + Seek` it is given: no file system, no
//! threads.
//!
//! ```
//! use std::io::{Cursor, Read};
//! use vilab_zip::{Limits, ZipArchive};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # let bytes = {
//! #     let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
//! #     w.start_file("a.txt", zip::write::SimpleFileOptions::default())?;
//! #     std::io::Write::write_all(&mut w, b"hello")?;
//! #     w.finish()?.into_inner()
//! # };
//! let mut archive = ZipArchive::open(Cursor::new(bytes), &Limits::default())?;
//! for index in 0..archive.entries().len() as u32 {
//!     let mut data = Vec::new();
//!     archive.open_index(index)?.read_to_end(&mut data)?;
//!     assert_eq!(data, b"hello");
//! }
//! # Ok(())
//! # }
//! ```

mod archive;
mod central;
mod entry;
mod entry_reader;
mod eocd;
mod error;
mod extra;
mod le;
mod limits;
mod local;
mod method;
mod overlap;
mod scan;
mod source;
mod time;

pub use archive::ZipArchive;
pub use entry::Entry;
pub use entry_reader::EntryReader;
pub use error::{DataError, EntryProblem, ZipError};
pub use limits::Limits;
pub use method::{is_supported as is_method_supported, method_name};
pub use time::DosDateTime;
