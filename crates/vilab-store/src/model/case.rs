//! Lab, cases and exhibits, and the counts shown for them.

use serde::{Deserialize, Serialize};
use vilab_core::model::{ErrorStage, MediaKind};

use crate::{CaseId, ExhibitId, Result, StoreError};

/// Identity of the lab, as recorded in its database.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LabInfo {
    /// Random id of this lab (32 hex digits), fixed at `init`.
    pub lab_id: String,
    /// When the lab was created, seconds since the Unix epoch (UTC).
    pub created_at: i64,
    /// The lab's Ed25519 public key, 64 hex digits.
    pub public_key_hex: String,
    /// Schema version of the database.
    pub schema_version: u32,
}

/// An investigation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    /// Row id.
    pub id: CaseId,
    /// Random id (32 hex digits) that names the case outside this lab.
    pub uid: String,
    /// Name, unique in the lab (for example an operation name).
    pub name: String,
    /// When it was created, seconds since the Unix epoch (UTC).
    pub created_at: i64,
}

/// A case with its sizes, for a list of cases.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseSummary {
    /// The case.
    pub case: Case,
    /// Number of exhibits.
    pub exhibits: u64,
    /// Number of unique media items found in its exhibits.
    pub media: u64,
    /// Number of occurrences (files) in its exhibits.
    pub occurrences: u64,
    /// Number of ingest errors recorded in its exhibits.
    pub errors: u64,
}

/// One seized item as acquired, inside a case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exhibit {
    /// Row id.
    pub id: ExhibitId,
    /// The case it belongs to.
    pub case_id: CaseId,
    /// Random id (32 hex digits) that names the exhibit outside this lab.
    pub uid: String,
    /// Name, unique in its case.
    pub name: String,
    /// Where it was read from when first opened (a folder, an image file).
    pub source_path: String,
    /// When it was first opened, seconds since the Unix epoch (UTC).
    pub created_at: i64,
}

/// What a case holds, for its overview page and `vilab case show`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseCounts {
    /// Number of exhibits.
    pub exhibits: u64,
    /// Number of occurrences (files found, counting duplicates).
    pub files: u64,
    /// Number of unique media items.
    pub media: u64,
    /// Unique media decoded as images (with width, height and PDQ).
    pub images_decoded: u64,
    /// Unique media per kind, in [`MediaKind::ALL`] order, zero counts left out.
    pub by_kind: Vec<(MediaKind, u64)>,
    /// Ingest errors per stage, zero counts left out.
    pub errors_by_stage: Vec<(ErrorStage, u64)>,
    /// Unique media with EXIF.
    pub with_exif: u64,
    /// Unique media with a GPS position in their EXIF.
    pub with_gps: u64,
}

/// Checks a case or exhibit name before anything is written.
pub(crate) fn validate_name(field: &'static str, name: &str) -> Result<()> {
    if name.trim().is_empty() {
        return Err(StoreError::invalid(field, "must not be empty"));
    }
    if name.trim() != name {
        return Err(StoreError::invalid(field, format!("{name:?} must not start or end with spaces")));
    }
    if name.chars().any(char::is_control) {
        return Err(StoreError::invalid(field, format!("{name:?} must not contain control characters")));
    }
    Ok(())
}
