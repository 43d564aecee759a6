//! Hash sets of known material held by a lab.

use serde::Serialize;

/// A hash set to create.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewHashset {
    /// Unique name (ignoring ASCII case), e.g. `ProjectVIC-2026-10`.
    pub name: String,
    /// The category profile its numbers are read through (`vic-us`, ...).
    pub profile: String,
    /// The format it came in (`vics1`, `vics2`, `list`, `csv`).
    pub format: String,
}

/// A hash set as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Hashset {
    /// Row id.
    pub id: i64,
    /// 32 random hex digits: the set's name outside this lab.
    pub uid: String,
    /// Name.
    pub name: String,
    /// Category profile.
    pub profile: String,
    /// Format it came in.
    pub format: String,
    /// SHA-256 of the imported file, hex.
    pub source_sha256: String,
    /// Unix seconds.
    pub imported_at: i64,
    /// Entries stored.
    pub entries: u64,
}

/// A caller's reader of entries: it is handed a sink and feeds every entry
/// to it, then returns the SHA-256 of the source bytes it read (hashed in
/// the same pass, so a large file is read once), or an error (a sentence)
/// to abandon the import.
pub type HashsetFeed<'a> =
    dyn FnMut(&mut dyn FnMut(vilab_core::known::KnownMedia) -> Result<(), String>) -> Result<[u8; 32], String> + 'a;
