//! One known media item as a hash set states it: the vocabulary shared by
//! the hash-set readers, the store and the matcher.

use crate::{Md5, PdqHash, Sha1, Sha256};
use serde::Serialize;

/// A media item of a hash set: its hashes, its raw category number (read
/// through a profile elsewhere) and the flags the set carries.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct KnownMedia {
    /// The set's own id of the item (VICS `MediaID`).
    pub media_id: Option<i64>,
    /// MD5.
    pub md5: Option<Md5>,
    /// SHA-1.
    pub sha1: Option<Sha1>,
    /// SHA-256 (VICS carries it as an alternative hash).
    pub sha256: Option<Sha256>,
    /// PDQ (VICS carries it as an alternative hash named `PDQ`).
    pub pdq: Option<PdqHash>,
    /// PhotoDNA, 144 bytes, kept opaque.
    pub photodna: Option<Vec<u8>>,
    /// The raw category number; `None` when absent or null (uncategorized).
    pub category: Option<u8>,
    /// Series name.
    pub series: Option<String>,
    /// `VictimIdentified`.
    pub victim_identified: Option<bool>,
    /// `OffenderIdentified`.
    pub offender_identified: Option<bool>,
    /// `IsDistributed`.
    pub is_distributed: Option<bool>,
    /// `IsPrecategorized`.
    pub is_precategorized: Option<bool>,
    /// Free comments.
    pub comments: Option<String>,
    /// Tags as written.
    pub tags: Option<String>,
    /// Size in bytes.
    pub size: Option<u64>,
    /// For the case shape: the index of the case in the file.
    pub case_index: Option<u64>,
}

impl KnownMedia {
    /// Whether the record carries any hash at all.
    pub fn has_hash(&self) -> bool {
        self.md5.is_some() || self.sha1.is_some() || self.sha256.is_some() || self.pdq.is_some()
    }
}
