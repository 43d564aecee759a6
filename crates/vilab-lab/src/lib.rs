//! vilab-lab: the application layer. The one API through which anything
//! reads or changes a lab: the command line today, the browser lab next.
//!
//! - [`Lab`] opens or creates a lab directory; [`Lab::login`],
//!   [`Lab::authenticate`] and [`Lab::resume`] give a [`Session`]: an
//!   authenticated [`Actor`] (account, role, case memberships).
//! - Every operation is a method of [`Session`] (modules of [`ops`]). Each
//!   is checked against the [`permission`] table and written to the audit
//!   chain ([`guard`]): an operation reaches the stores only through the
//!   permit the check gives.
//! - Errors carry a stable [`Code`] ([`error`]) with an HTTP status, an exit
//!   status and a message key; the words are in the catalogs of
//!   `vilab-i18n`, never here.
//! - Outputs are this crate's own types ([`shapes`]), serialized as
//!   documented, versioned JSON shapes.
//!
//! No crate below this one knows about actors; nothing above it touches the
//! store or the evidence store.

pub mod actor;
pub mod bench;
pub mod bench_crypt;
pub mod bench_records;
pub mod bench_review;
pub mod clock;
pub mod demo;
pub mod error;
mod error_map;
pub mod guard;
pub mod keys;
pub mod ops;
mod pdq_index;
pub mod permission;
pub mod shapes;

pub use actor::Actor;
pub use error::{AppError, Code, Kind, Result};
pub use guard::{DEFAULT_SESSION_SECONDS, Lab, LabCreated, NewToken, Restorer, Session};
pub use keys::{KdfCost, SecretString, Unlock};
pub use permission::{Action, PERMISSIONS};
pub use vilab_store::{NewAccount, Role};

/// The plain types of the layers below that callers of this crate name
/// (options, summaries, keys), so that a front end depends on this crate
/// alone and never reaches a store.
pub mod types {
    pub use vilab_ingest::options::DEFAULT_MEMORY_BUDGET;
    pub use vilab_ingest::{IngestOptions, IngestSummary, ProgressEvent, memory_budget_for};
    pub use vilab_match::{MatchOptions, Status};
    pub use vilab_store::model::review::{
        AccountSettings, CameraId, DecidedFilter, DecisionChange, GeoBox, GroupBy, MAX_PAGE, ReviewCursor,
        ReviewFilter, ReviewOrder, ReviewProgress, ReviewQuery, ReviewRow, Series, SeriesId, TimelineStep, TriageState,
    };
    // Records beside the media.
    pub use vilab_store::AccountId;
    pub use vilab_store::model::records::{
        IdStatus, Lead, LeadId, LeadStatus, LinkTarget, Location, LocationFields, LocationId, Person, PersonId,
        PersonKind, RecordKind, RecordRef, Rect,
    };
    pub use vilab_store::{
        CaseCounts, ExhibitId, MediaKey, MediaRowId, RunStatus, StaleTemps, VerifyProgress, random_password,
    };
    // Regions and renditions per audience (issue 20).
    pub use vilab_store::model::regions::{
        Audience, Region, RegionFields, RegionKind, RegionRef, RegionShape, RegionSource, Rendition, Treatment,
    };
    // An exhibit's runs, as the case and exhibit views list them.
    pub use vilab_store::IngestRun;
    // ViLab galleries and exercises, for the server's gallery pages (issue 20,
    // branch webgallery).
    pub use vilab_gallery::exercise::{Answer, COUNTRIES, ExpectedAnswer, OBJECT_KINDS, Rubric};
    pub use vilab_store::model::gallery::{AnswerSource, ClueId, ClueSource, GalleryAudience, GalleryItemId};
}
