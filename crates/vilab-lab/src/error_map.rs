//! The one place where the library crates' errors become application
//! errors with stable codes. Their own words stay, as the detail: a
//! parser's line and column, the operating system's reason.

use std::path::Path;

use vilab_hashset::HashsetError;
use vilab_ingest::PipelineError;
use vilab_law::LawError;
use vilab_match::MatchError;
use vilab_store::StoreError;

use crate::error::{AppError, Code};

/// A store error.
pub(crate) fn store(e: StoreError) -> AppError {
    if let Some(keys) = crate::keys::store_key_error(&e) {
        return keys;
    }
    match e {
        StoreError::NotALab { ref path, .. } => {
            AppError::new(Code::LabNotFound).with("path", path.display().to_string()).detail(e)
        }
        StoreError::LabExists { ref path } => AppError::new(Code::LabExists).with("path", path.display().to_string()),
        StoreError::DirNotEmpty { ref path } => {
            AppError::new(Code::LabDirNotEmpty).with("path", path.display().to_string())
        }
        StoreError::SchemaTooNew { found, known, ref path } => AppError::new(Code::LabTooNew)
            .with("path", path.display().to_string())
            .with("found", found)
            .with("known", known),
        StoreError::Identity { ref path, .. } => {
            AppError::new(Code::LabIdentityInvalid).with("path", path.display().to_string()).detail(e)
        }
        StoreError::Invalid { field, ref reason } => AppError::invalid(field, reason),
        StoreError::HashsetExists { ref name } => AppError::new(Code::HashsetExists).with("name", name.as_str()),
        StoreError::ImportAbandoned { ref reason, .. } => AppError::new(Code::HashsetMalformed).detail(reason),
        StoreError::CaseExists { ref name } => AppError::new(Code::CaseExists).with("case", name.as_str()),
        StoreError::SeriesExists { ref name } => AppError::new(Code::SeriesExists).with("name", name.as_str()),
        StoreError::NotFound { what: "media item of the case", id } => {
            AppError::new(Code::MediaNotFound).with("key", format!("#{id}"))
        }
        StoreError::NotFound { what: "series", id } => AppError::new(Code::SeriesNotFound).with("id", id),
        StoreError::NotFound { what: "person", id } => AppError::new(Code::PersonNotFound).with("id", id),
        StoreError::NotFound { what: "location", id } => AppError::new(Code::LocationNotFound).with("id", id),
        StoreError::NotFound { what: "lead", id } => AppError::new(Code::LeadNotFound).with("id", id),
        StoreError::NotFound { what: "gallery item", id } => AppError::new(Code::GalleryItemNotFound).with("item", id),
        StoreError::AccountExists { ref username } => {
            AppError::new(Code::AccountExists).with("user", username.as_str())
        }
        StoreError::NotFound { what: "account", id } => {
            AppError::new(Code::AccountNotFound).with("user", format!("#{id}"))
        }
        StoreError::AmbiguousKey { ref key, .. } => {
            AppError::new(Code::MediaKeyAmbiguous).with("key", key.as_str()).detail(e)
        }
        StoreError::BlobCorrupt { .. } | StoreError::BlobMissing { .. } | StoreError::Io { .. } => {
            AppError::new(Code::EvidenceError).detail(e)
        }
        StoreError::Database { .. } | StoreError::BadRow { .. } => AppError::new(Code::DatabaseError).detail(e),
        // Backups (issue 21).
        StoreError::NotEncrypted { ref path } => {
            AppError::new(Code::BackupNeedsEncryption).with("path", path.display().to_string())
        }
        StoreError::Backup { ref path, .. } => {
            AppError::new(Code::BackupInvalid).with("path", path.display().to_string()).detail(e)
        }
        StoreError::FileExists { ref path } => AppError::new(Code::FileExists).with("file", path.display().to_string()),
        StoreError::Stopped { ref path } => AppError::new(Code::Interrupted).with("file", path.display().to_string()),
        other => AppError::new(Code::Internal).detail(other),
    }
}

/// A store error met while opening or creating the lab at `dir`.
pub(crate) fn opening(e: StoreError, dir: &Path) -> AppError {
    match e {
        StoreError::NotALab { .. } => {
            AppError::new(Code::LabNotFound).with("path", dir.display().to_string()).detail(e)
        }
        other => store(other),
    }
}

/// A hash-set reader's error, for the file at `path`.
pub(crate) fn hashset(e: HashsetError, path: &Path) -> AppError {
    AppError::new(Code::HashsetMalformed).detail(format!("{}: {e}", path.display()))
}

/// An ingest pipeline's error.
pub(crate) fn ingest(e: PipelineError) -> AppError {
    match e {
        PipelineError::SourceChanged { exhibit, recorded, given } => AppError::new(Code::ExhibitSourceChanged)
            .with("exhibit", exhibit)
            .with("recorded", recorded)
            .with("given", given),
        PipelineError::Store(e) => store(e),
        PipelineError::Image { path, source } => {
            AppError::new(Code::DiskImageUnreadable).with("file", path.display().to_string()).detail(source)
        }
        other => AppError::new(Code::IngestFailed).detail(other),
    }
}

/// A matching error.
pub(crate) fn matching(e: MatchError) -> AppError {
    match e {
        MatchError::Store(e) => store(e),
        other => AppError::new(Code::Internal).detail(other),
    }
}

/// A legal-matrix error.
pub(crate) fn law(e: LawError) -> AppError {
    match e {
        LawError::Invalid { .. } | LawError::TooLarge { .. } | LawError::NotUtf8 { .. } => {
            AppError::new(Code::LawImportInvalid).detail(e)
        }
        LawError::UnknownJurisdiction(..) | LawError::UnknownCriterion(..) | LawError::NotAnOffence(..) => {
            AppError::new(Code::LawQueryInvalid).detail(e)
        }
        other => AppError::new(Code::Internal).detail(other),
    }
}

/// A file the caller named that could not be read.
pub(crate) fn unreadable(path: &Path, e: std::io::Error) -> AppError {
    AppError::new(Code::FileUnreadable).with("file", path.display().to_string()).detail(e)
}
