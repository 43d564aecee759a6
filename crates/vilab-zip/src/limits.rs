//! Caps on what opening an archive may cost, checked against the end
//! record's declarations before anything is read, and against what is found.

/// Limits for [`ZipArchive::open`](crate::ZipArchive::open).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Most central-directory records accepted (declared or found).
    /// Each costs its [`Entry`](crate::Entry) struct and name in memory.
    pub max_entries: u64,
    /// Largest central directory accepted, in bytes.
    pub max_central_directory: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_entries: 10_000_000, max_central_directory: 1 << 30 }
    }
}
