//! vilab's legal matrix: what the law of each jurisdiction says about the
//! sexual exploitation of children, as sourced data, side by side.
//!
//! Facts live in TOML files (`data/`, one per jurisdiction, compiled in);
//! every value carries at least one assertion naming its source, with a
//! pinpoint and a confidence. Sources that disagree are all kept and the
//! disagreement is shown ([`Dataset::is_conflict`]), never resolved. A
//! research group corrects facts with an import ([`Dataset::with_import`]),
//! which keeps what it replaced in the history.
//!
//! The law changes: provisions, penalty tiers and values carry the period
//! they were the law ([`Period`]), with the instrument that replaced them,
//! and [`Dataset::at`] gives the law in force on a day. A confidence
//! follows the rubric of `data/README.md`, enforced at load: only the law's
//! text or a translation of it can be "primary" ([`SourceKind::may_be_primary`]).
//!
//! Structured facts beside the values: an extraterritorial basis's
//! conditions, a penalty tier's aggravating circumstances, victim-age band
//! and mandatory minimum, and limitation periods, each in the fixed words
//! of [`vocab`], checked at load.
//!
//! Views: the comparison matrix ([`compare`]) as a table, CSV, JSON or a
//! self-contained HTML page; the gaps ([`gaps`]); and who can prosecute a
//! conduct ([`prosecute`]), which reasons only over the data and says
//! "unknown" where the data is silent.
//!
//! Every view is written in the language of the [`vilab_i18n::Messages`]
//! it is given: vilab's own words come from the catalogs (`law.ftl`), the
//! data's texts are shown as the data gives them, and CSV and JSON keep
//! stable English identifiers for machines (see [`compare`]).
//!
//! This crate does no I/O: callers hand it file texts and get text back.

pub mod chart;
pub mod compare;
pub mod criteria;
pub mod date;
mod error;
pub mod gaps;
pub mod html;
mod load;
pub mod model;
pub mod penalty;
pub mod period;
pub mod prosecute;
mod raw;
pub mod show;
pub mod vocab;

pub use criteria::{Criterion, CriterionKind};
pub use error::{LawError, Result};
pub use load::{BUNDLED, DataFile, MAX_IMPORT_BYTES, bundled, import_text, load};
pub use model::{Confidence, CriterionValue, Dataset, SourceKind, Value};
pub use period::Period;
