//! vilab-store: the lab directory, its metadata store and its evidence store.
//!
//! - [`Lab`] opens or creates a lab directory: `lab.db`, `evidence/`,
//!   `identity/lab.ed25519`.
//! - [`Store`] is the metadata interface (cases, exhibits, media items,
//!   occurrences, ingest errors, accounts, the audit log); [`SqliteStore`]
//!   implements it on one SQLite file. A PostgreSQL store will implement the
//!   same trait.
//! - [`audit_chain`] signs and verifies the audit chain of any [`Store`].
//! - [`backup`] writes an encrypted lab into one archive and restores it.
//! - [`BlobStore`] is the only way evidence bytes are read or written;
//!   [`FsBlobStore`] keeps them as files named by their SHA-256 and verifies
//!   every read.
//!
//! The schema is described in [`sqlite::migrations`].

pub mod audit_chain;
pub mod backup;
mod blob;
mod clock;
pub mod encrypt;
mod error;
mod fsmode;
mod identity;
mod ids;
mod lab;
pub mod model;
mod password;
pub mod profiles;
mod random;
pub mod sqlite;
mod store;
mod unlock_sessions;

pub use blob::{
    BlobReader, BlobStore, CorruptBlob, CryptBlobStore, FsBlobStore, PutOutcome, StaleTemps, UnreadableBlob,
    VerifyProgress, VerifyReport,
};
pub use clock::now_unix;
pub use error::{Result, StoreError};
pub use identity::LabIdentity;
pub use ids::{AccountId, CaseId, ExhibitId, MediaRowId, RunId, SessionId};
pub use lab::{EVIDENCE_DIR, IDENTITY_FILE, KEY_SLOTS_FILE, LAB_DB, Lab, LabVerifyReport, OpenReport, RepairSource};
pub use model::{
    Account, AuditQuery, BatchOutcome, Case, CaseCounts, CaseSummary, DoneFile, ErrorDetail, Exhibit, IngestBatch,
    IngestRun, LabInfo, MediaDetail, MediaKey, MediaQuery, MediaSummary, NewAccount, OccurrenceDetail, Role,
    RunCounters, RunOutcome, RunStatus,
};
pub use model::{CustodyEvent, DiskCounts, NewCustody};
pub use random::random_password;
pub use sqlite::SqliteStore;
pub use store::Store;
pub use unlock_sessions::UNLOCK_DIR;
pub use vilab_crypt;
