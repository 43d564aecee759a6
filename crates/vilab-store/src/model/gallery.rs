//! The vocabulary of ViLab galleries (schema version 15): galleries for an
//! audience and a span of dates, their editors and participants, their
//! items, the offline bundles made of them, and the clues posted on items.
//! Plain data.

use serde::{Deserialize, Serialize};

use super::records::{LeadId, Rect, codes};
use super::review::SeriesId;
use crate::{AccountId, CaseId, MediaRowId};

/// Row id of a gallery.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct GalleryId(pub i64);

/// Row id of a gallery item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct GalleryItemId(pub i64);

/// Row id of a clue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ClueId(pub i64);

/// Row id of an offline bundle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct BundleId(pub i64);

codes! {
    /// Whom a gallery is for: decides which rendition of an item its
    /// participants see (never the original).
    GalleryAudience {
        /// Partner agencies: person regions filled, text filled.
        Partner = "partner",
        /// Trainees: as partners.
        Trainee = "trainee",
        /// The public: approved crops of object regions only.
        Public = "public",
    }
}

codes! {
    /// Where a clue was typed.
    ClueSource {
        /// On the gallery's live board, by an account.
        Board = "board",
        /// Into an offline bundle, and imported from its clue file.
        Bundle = "bundle",
    }
}

/// The longest gallery title, in bytes.
pub const MAX_GALLERY_TITLE: usize = 200;
/// The longest clue, in bytes.
pub const MAX_CLUE_TEXT: usize = 4000;
/// The longest author name or bundle recipient, in bytes.
pub const MAX_AUTHOR: usize = 200;

/// A gallery.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Gallery {
    /// Row id.
    pub id: GalleryId,
    /// Random id, shown and exported.
    pub uid: String,
    /// Its title.
    pub title: String,
    /// Whom it is for.
    pub audience: GalleryAudience,
    /// When participants may first see it (Unix seconds).
    pub opens_at: i64,
    /// When they may no longer (exclusive).
    pub closes_at: i64,
    /// Who made it.
    pub created_by: AccountId,
    /// When.
    pub created_at: i64,
}

impl Gallery {
    /// Whether participants may see it at `now`.
    pub fn is_open(&self, now: i64) -> bool {
        self.opens_at <= now && now < self.closes_at
    }
}

/// A gallery to create.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NewGallery {
    /// Its title.
    pub title: String,
    /// Whom it is for.
    pub audience: GalleryAudience,
    /// When it opens.
    pub opens_at: i64,
    /// When it closes (after it opens).
    pub closes_at: i64,
}

/// An account's place in a gallery.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GalleryMember {
    /// The account.
    pub account: AccountId,
    /// An editor assembles the gallery; a participant sees it and posts clues.
    pub editor: bool,
    /// Who added it.
    pub added_by: AccountId,
    /// When.
    pub added_at: i64,
}

/// An item of a case shown in a gallery.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GalleryItem {
    /// Row id (what participants and bundles name it by).
    pub id: GalleryItemId,
    /// The gallery.
    pub gallery: GalleryId,
    /// The item's case.
    pub case: CaseId,
    /// The item.
    pub media: MediaRowId,
    /// The series it was added with, if any.
    pub series: Option<SeriesId>,
    /// Its place in the gallery (ascending).
    pub position: i64,
    /// Who added it.
    pub added_by: AccountId,
    /// When.
    pub added_at: i64,
}

/// An offline bundle made of a gallery.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GalleryBundle {
    /// Row id.
    pub id: BundleId,
    /// Its id, in the bundle's manifest and its clue files.
    pub uid: String,
    /// The gallery.
    pub gallery: GalleryId,
    /// Whom it was made for (watermarked on every image).
    pub recipient: String,
    /// When it stops showing its images.
    pub expires_at: i64,
    /// Who made it.
    pub made_by: AccountId,
    /// When.
    pub made_at: i64,
}

/// A clue to record. Its lead is made in the same transaction.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NewClue {
    /// Its id, made where it was typed (a bundle's page) or by the lab.
    pub uid: String,
    /// The gallery item.
    pub item: GalleryItemId,
    /// What the participant saw.
    pub text: String,
    /// A spot on the rendition shown, as fractions (0 to 1) of its width
    /// and height.
    pub pin: Option<(f64, f64)>,
    /// The poster's account (a board clue).
    pub posted_by: Option<AccountId>,
    /// The poster's name: the account's user name, or the name typed into a bundle.
    pub author: String,
    /// Where it was typed.
    pub source: ClueSource,
    /// The bundle it came from (a bundle clue).
    pub bundle: Option<BundleId>,
    /// When it was typed.
    pub posted_at: i64,
    /// The lead's rectangle on the original, mapped from the pin by the caller.
    pub lead_rect: Option<Rect>,
}

/// A recorded clue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Clue {
    /// Row id (the board's cursor: ascending).
    pub id: ClueId,
    /// Its id.
    pub uid: String,
    /// The gallery item.
    pub item: GalleryItemId,
    /// The text.
    pub text: String,
    /// The pin, as fractions of the rendition.
    pub pin: Option<(f64, f64)>,
    /// The poster's account (board clues).
    pub posted_by: Option<AccountId>,
    /// The poster's name.
    pub author: String,
    /// Where it was typed.
    pub source: ClueSource,
    /// The bundle it came from.
    pub bundle: Option<BundleId>,
    /// When it was typed.
    pub posted_at: i64,
    /// Who recorded it in the lab (the poster, or who imported the file).
    pub recorded_by: AccountId,
    /// When.
    pub recorded_at: i64,
    /// The lead it became in the item's case.
    pub lead: LeadId,
}

/// Row id of an exercise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ExerciseId(pub i64);

codes! {
    /// Where an exercise answer was given.
    AnswerSource {
        /// In the lab's pages, by an account.
        Browser = "browser",
        /// In an offline exercise bundle, and imported from its answer file.
        Bundle = "bundle",
    }
}

/// The longest JSON of a rubric, expected answer or answer, in bytes.
pub const MAX_EXERCISE_JSON: usize = 64 * 1024;

/// A training exercise on a gallery. The rubric and expected answers are
/// kept as JSON text the application layer reads (vilab-gallery's types).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Exercise {
    /// Row id.
    pub id: ExerciseId,
    /// Its id, exported with it.
    pub uid: String,
    /// The gallery whose items it asks about.
    pub gallery: GalleryId,
    /// The rubric, JSON.
    pub rubric: String,
    /// Who set it.
    pub created_by: AccountId,
    /// When.
    pub created_at: i64,
}

/// An answer to record.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NewAnswer {
    /// The item.
    pub item: GalleryItemId,
    /// The trainee's name (an account's user name, or as typed in a bundle).
    pub trainee: String,
    /// The trainee's account, for an answer given in the lab.
    pub trainee_id: Option<AccountId>,
    /// Where it was given.
    pub source: AnswerSource,
    /// The answer, JSON.
    pub answer: String,
    /// When it was given.
    pub answered_at: i64,
}

/// A recorded answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExerciseAnswer {
    /// The item.
    pub item: GalleryItemId,
    /// The trainee's name.
    pub trainee: String,
    /// The trainee's account, if given in the lab.
    pub trainee_id: Option<AccountId>,
    /// Where it was given.
    pub source: AnswerSource,
    /// The answer, JSON.
    pub answer: String,
    /// When it was given.
    pub answered_at: i64,
    /// The trainer's points for its free text, once marked.
    pub free_text_points: Option<u32>,
    /// Who marked it.
    pub marked_by: Option<AccountId>,
}
