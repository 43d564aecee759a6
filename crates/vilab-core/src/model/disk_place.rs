//! Where on a seized disk an occurrence lies: the volume, the file
//! system's own reference to the file, whether it was allocated, deleted or
//! carved, and byte offsets in the image, so that an examiner can find the
//! bytes again with any other tool.

use serde::{Deserialize, Serialize};

/// How a content on a disk was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Allocation {
    /// A file the file system lists as in use.
    Allocated,
    /// A file the file system lists as deleted, recovered from what its
    /// entry still says.
    Deleted,
    /// Found by its structure in unallocated space; no file system entry.
    Carved,
}

impl Allocation {
    /// Stable lowercase name, as stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Allocation::Allocated => "allocated",
            Allocation::Deleted => "deleted",
            Allocation::Carved => "carved",
        }
    }

    /// The allocation of a stored name.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "allocated" => Some(Allocation::Allocated),
            "deleted" => Some(Allocation::Deleted),
            "carved" => Some(Allocation::Carved),
            _ => None,
        }
    }
}

/// The place of an occurrence on a disk image.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiskPlace {
    /// The volume's number (MBR 1-4, logical from 5, GPT slot from 1; 0
    /// for a disk without a partition table).
    pub volume: u32,
    /// The file system's reference to the file: inode (ext), MFT record
    /// (NTFS), first cluster (FAT, exFAT); none for a carved item.
    pub fs_ref: Option<u64>,
    /// Allocated, deleted or carved.
    pub allocation: Allocation,
    /// The image byte offset of the content's first byte (none for content
    /// held in the metadata itself, such as NTFS resident data).
    pub offset: Option<u64>,
    /// The image byte offset of the file's metadata (directory entry,
    /// directory record, MFT record); none for a carved item.
    pub metadata_offset: Option<u64>,
}
