//! Legal-fact files imported into a lab.

use serde::Serialize;

/// One imported file of legal facts, kept whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LawImport {
    /// Row id; imports apply in this order.
    pub id: i64,
    /// The file's name as imported.
    pub name: String,
    /// SHA-256 of the text, hex.
    pub sha256: String,
    /// The TOML text.
    pub content: String,
    /// Unix seconds.
    pub imported_at: i64,
}
