//! The store's vocabulary beyond `vilab_core::model`: accounts, cases,
//! exhibits, ingest runs and batches, audit queries, and what queries return. Plain data,
//! shared by every [`Store`](crate::Store) implementation.

mod account;
mod audit;
mod case;
mod custody;
pub mod gallery;
mod hashset;
mod ingest;
mod law;
mod matching;
mod media;
pub mod records;
// Regions and renditions per audience (issue 20).
pub mod regions;
pub mod review;

pub use account::{Account, LoginFailures, NewAccount, NewSession, Role, SessionRow};
pub use audit::AuditQuery;
pub use case::{Case, CaseCounts, CaseSummary, Exhibit, LabInfo};
pub use custody::{CustodyEvent, DiskCounts, NewCustody};
pub use hashset::{Hashset, HashsetFeed, NewHashset};
pub use ingest::{
    BatchOutcome, DoneFile, IngestBatch, IngestRun, MTIME_GRANULE_SECS, RunCounters, RunOutcome, RunStatus,
};
pub use law::LawImport;
pub use matching::{
    ContentDigests, EntryDigests, ExactCandidate, IndexedPdq, KnownHit, MatchMethod, MatchRow, MatchTarget,
    MediaDigests, MediaMark, MediaPdq, PdqNeighbour, TriageItem,
};
pub use media::{ErrorDetail, MIN_PREFIX_DIGITS, MediaDetail, MediaKey, MediaQuery, MediaSummary, OccurrenceDetail};

pub(crate) use account::{validate_password, validate_username};
pub(crate) use audit::validate_audit_entry;
pub(crate) use case::validate_name;
