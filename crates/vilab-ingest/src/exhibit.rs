//! The exhibit reader interface: an exhibit yields contents with their
//! places. A folder (with the zip archives inside it, opened later by the
//! content step), a raw or E01 disk image with its volumes, file systems
//! and carved free space: each lists its contents once, then opens any of
//! them for reading, from any worker thread. The pipeline knows nothing
//! else of the exhibit, so that phone extractions and video fit later as
//! other readers.

use std::io::{self, Read};

use vilab_core::model::{DiskPlace, IngestError};

use crate::onepass::Medium;

/// One content an exhibit yields, with its place.
#[derive(Clone, Debug)]
pub struct Content {
    /// The path of its occurrence, components joined by `/`, as the
    /// exhibit gave their bytes (a disk's start with the volume: `p1/…`).
    pub path: Vec<u8>,
    /// The key of the resume ledger: the path for a folder; for a disk it
    /// also names the file system's reference and the allocation, since a
    /// deleted file may share its path with a live one.
    pub ledger_path: Vec<u8>,
    /// Size in bytes.
    pub size: u64,
    /// Modification time, Unix seconds.
    pub modified: Option<i64>,
    /// The sub-second part of the modification time, in nanoseconds.
    pub modified_nanos: Option<u32>,
    /// Access time, Unix seconds.
    pub accessed: Option<i64>,
    /// Birth time, Unix seconds.
    pub created: Option<i64>,
    /// Where on a disk image; none for a folder.
    pub disk: Option<DiskPlace>,
    /// The reader's own handle to the content (an index of its list).
    pub handle: usize,
}

/// An exhibit as the ingest pipeline reads it.
pub trait ExhibitReader: Sync {
    /// Every content, in a stable order, and the problems met listing
    /// them (each an error row; a transient one leaves the run incomplete).
    /// Called once, before any [`ExhibitReader::open`].
    fn list(&mut self) -> (Vec<Content>, Vec<IngestError>);

    /// Opens a content of the list for reading from its first byte.
    fn open(&self, content: &Content) -> io::Result<Box<dyn Read + Send + '_>>;

    /// The one medium the contents lie on, when it is best read in one
    /// pass front to back (a disk image): the pipeline then serves the
    /// contents from that pass ([`crate::onepass`]) rather than opening
    /// each.
    fn medium(&self) -> Option<&dyn Medium> {
        None
    }

    /// Contents found while the medium's pass read it (a disk's carved
    /// items), with the problems met: called once, after the pass, and
    /// opened as any other.
    fn discovered(&self) -> (Vec<Content>, Vec<IngestError>) {
        (Vec::new(), Vec::new())
    }
}
