//! The records of a case beside its media: persons (victims and offenders)
//! and locations, linked to series and media items, with the history of a
//! person's identification status; leads (a note pinned to an item,
//! optionally to a rectangle on it) with the history of their status and
//! owner; and what a word search of them returns. Plain data: statuses are
//! codes, never words of a language.

use serde::{Deserialize, Serialize};

use crate::model::review::SeriesId;
use crate::{AccountId, CaseId, MediaRowId};

/// Row id of a person (victim or offender).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PersonId(pub i64);

/// Row id of a location.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LocationId(pub i64);

/// Row id of a lead.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LeadId(pub i64);

/// Defines a stored code enum with `as_str`, `parse` and `ALL`.
macro_rules! codes {
    ($(#[doc = $doc:literal])* $name:ident { $($(#[doc = $vdoc:literal])* $variant:ident = $code:literal),* $(,)? }) => {
        $(#[doc = $doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[doc = $vdoc])* $variant,)*
        }

        impl $name {
            /// Every value, in order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The stored code.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $code,)* }
            }

            /// The value of a stored code.
            pub fn parse(code: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.as_str() == code)
            }
        }
    };
}
// Regions, renditions and galleries (issue 20) name their codes the same way.
pub(crate) use codes;

codes! {
    /// Which side of the crime a person is on.
    PersonKind {
        /// A child seen in the material.
        Victim = "victim",
        /// Someone who made, shared or is seen abusing.
        Offender = "offender",
    }
}

codes! {
    /// How far a person is identified.
    IdStatus {
        /// Not known who they are.
        Unidentified = "unidentified",
        /// Known who they are.
        Identified = "identified",
        /// A victim identified and brought to safety.
        Safeguarded = "safeguarded",
    }
}

codes! {
    /// Where a lead stands.
    LeadStatus {
        /// Not yet followed.
        Open = "open",
        /// Followed (passed on, asked about); waiting for its outcome.
        Followed = "followed",
        /// Done with.
        Closed = "closed",
    }
}

codes! {
    /// What a search hit is.
    RecordKind {
        /// A victim or offender ([`PersonId`]).
        Person = "person",
        /// A location ([`LocationId`]).
        Location = "location",
        /// A lead ([`LeadId`]).
        Lead = "lead",
        /// A series (its name; [`SeriesId`]).
        Series = "series",
    }
}

/// One change of a status: what it became, who set it and when.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StatusChange<S> {
    /// The status set.
    pub status: S,
    /// Who set it.
    pub by: AccountId,
    /// When (Unix seconds).
    pub at: i64,
}

/// What a person or location is linked to: series and media items of its
/// case.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Links {
    /// Series, by id.
    pub series: Vec<SeriesId>,
    /// Media items, by id.
    pub media: Vec<MediaRowId>,
}

/// A link target of a person or location.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "id")]
pub enum LinkTarget {
    /// A series of the same case.
    Series(SeriesId),
    /// A media item of the same case.
    Media(MediaRowId),
}

/// A person or a location, as a link's source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "id")]
pub enum RecordRef {
    /// A person.
    Person(PersonId),
    /// A location.
    Location(LocationId),
}

/// A victim or offender of a case.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Person {
    /// Row id.
    pub id: PersonId,
    /// The case.
    pub case: CaseId,
    /// Victim or offender.
    pub kind: PersonKind,
    /// What investigators call them ("girl in blue dress", a name once known).
    pub label: String,
    /// Free notes (searchable).
    pub notes: String,
    /// The current identification status (the latest of its history).
    pub status: IdStatus,
    /// Who set the current status.
    pub status_by: AccountId,
    /// When.
    pub status_at: i64,
    /// Who created the record.
    pub created_by: AccountId,
    /// When.
    pub created_at: i64,
    /// What it is linked to.
    pub links: Links,
}

/// A place of a case: a room, a building, a town.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// Row id.
    pub id: LocationId,
    /// The case.
    pub case: CaseId,
    /// Short name ("hotel room with green curtains").
    pub label: String,
    /// Latitude in decimal degrees, where known.
    pub lat: Option<f64>,
    /// Longitude in decimal degrees, where known.
    pub lon: Option<f64>,
    /// What is known of it (searchable).
    pub description: String,
    /// Who created the record.
    pub created_by: AccountId,
    /// When.
    pub created_at: i64,
    /// What it is linked to.
    pub links: Links,
}

/// The fields of a location a user writes.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LocationFields {
    /// Short name.
    pub label: String,
    /// Latitude (-90 to 90), with `lon` or not at all.
    pub lat: Option<f64>,
    /// Longitude (-180 to 180), with `lat` or not at all.
    pub lon: Option<f64>,
    /// What is known of it.
    pub description: String,
}

/// A rectangle on a media item, in **pixels of the stored original**
/// (its `width` x `height`, before any EXIF rotation), origin top left.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rect {
    /// Left edge.
    pub x: u32,
    /// Top edge.
    pub y: u32,
    /// Width, at least 1.
    pub w: u32,
    /// Height, at least 1.
    pub h: u32,
}

/// A note pinned to a media item.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Lead {
    /// Row id.
    pub id: LeadId,
    /// The case.
    pub case: CaseId,
    /// The item it is pinned to.
    pub media: MediaRowId,
    /// Where on the item, if on a part of it.
    pub rect: Option<Rect>,
    /// The note (searchable).
    pub text: String,
    /// Where it stands (the latest of its history).
    pub status: LeadStatus,
    /// Who follows it up, if anyone.
    pub owner: Option<AccountId>,
    /// Who wrote it.
    pub created_by: AccountId,
    /// When.
    pub created_at: i64,
    /// Last change of text, rectangle, status or owner.
    pub updated_at: i64,
}

/// A lead to create.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NewLead {
    /// The case.
    pub case: CaseId,
    /// The item, one of the case's.
    pub media: MediaRowId,
    /// Where on it.
    pub rect: Option<Rect>,
    /// The note.
    pub text: String,
    /// Who follows it up.
    pub owner: Option<AccountId>,
}

/// One state of a lead in its history: status and owner after a change.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LeadChange {
    /// Status after the change.
    pub status: LeadStatus,
    /// Owner after the change.
    pub owner: Option<AccountId>,
    /// Who changed it.
    pub by: AccountId,
    /// When.
    pub at: i64,
}

/// Which leads of a case to list.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LeadFilter {
    /// Only in this status.
    pub status: Option<LeadStatus>,
    /// Only owned by this account.
    pub owner: Option<AccountId>,
    /// Only pinned to this item.
    pub media: Option<MediaRowId>,
}

/// A record a search found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct SearchHit {
    /// What it is.
    pub kind: RecordKind,
    /// Its row id in its kind's table.
    pub id: i64,
}

/// The most hits one search returns.
pub const MAX_SEARCH_HITS: u32 = 500;

/// The most words one search takes (each is one index range to intersect).
pub const MAX_QUERY_WORDS: usize = 32;

/// The longest label, note or description, in bytes.
pub const MAX_TEXT_BYTES: usize = 16 * 1024;
