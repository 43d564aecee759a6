//! The review lab's vocabulary: the grid's filters and pages, groups,
//! decisions, account settings, series, cameras, map cells and the
//! timeline. Plain data; which decision wins is `vilab_core::review`'s rule.

use serde::{Deserialize, Serialize};
use vilab_core::Sha256;
use vilab_core::model::MediaKind;

use crate::{AccountId, CaseId, ExhibitId, MediaRowId};

/// The most rows one page of the grid returns.
pub const MAX_PAGE: u32 = 1000;

/// Row id of a series.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SeriesId(pub i64);

/// Row id of a camera (make + model + body serial).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CameraId(pub i64);

/// An item's triage as the review index keeps it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TriageState {
    /// Exact match in a hash set.
    Known,
    /// PDQ match in a hash set.
    NearKnown,
    /// Neither.
    New,
    /// Not matched since it was ingested.
    Unmatched,
}

impl TriageState {
    /// The stored word (`Unmatched` is stored as `NULL`).
    pub fn as_str(self) -> &'static str {
        match self {
            TriageState::Known => "known",
            TriageState::NearKnown => "near_known",
            TriageState::New => "new",
            TriageState::Unmatched => "unmatched",
        }
    }

    /// The state of a stored word.
    pub fn parse(word: &str) -> Option<Self> {
        [TriageState::Known, TriageState::NearKnown, TriageState::New, TriageState::Unmatched]
            .into_iter()
            .find(|s| s.as_str() == word)
    }
}

/// Which decided items the grid shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecidedFilter {
    /// No reviewer has categorized it.
    Undecided,
    /// Some reviewer has.
    Decided,
    /// Decided as this category (any profile).
    Category(u8),
    /// Reviewers disagree.
    Conflict,
    /// Flagged for follow-up.
    FollowUp,
}

/// A rectangle of the map, in degrees.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct GeoBox {
    /// South edge.
    pub lat_min: f64,
    /// North edge.
    pub lat_max: f64,
    /// West edge.
    pub lon_min: f64,
    /// East edge.
    pub lon_max: f64,
}

/// The grid's filters; all that are given must hold.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ReviewFilter {
    /// Triage state.
    pub triage: Option<TriageState>,
    /// The strongest match's category number.
    pub proposed: Option<u8>,
    /// Reviewers' decisions.
    pub decided: Option<DecidedFilter>,
    /// The strongest match's hash set.
    pub hashset: Option<String>,
    /// One camera.
    pub camera: Option<CameraId>,
    /// Camera make (exact).
    pub make: Option<String>,
    /// Camera model (exact).
    pub model: Option<String>,
    /// Body serial (exact).
    pub body_serial: Option<String>,
    /// Has a GPS position.
    pub has_gps: Option<bool>,
    /// Taken at or after (`YYYY-MM-DD` or longer, compared as text).
    pub taken_from: Option<String>,
    /// Taken before (compared as text: `2024-01` excludes all of January).
    pub taken_before: Option<String>,
    /// Member of a series.
    pub series: Option<SeriesId>,
    /// First found in this exhibit.
    pub exhibit: Option<ExhibitId>,
    /// First found in this folder (exact).
    pub folder: Option<String>,
    /// A place of the item in this case contains this text.
    pub path_contains: Option<String>,
    /// The GPS position lies in this box.
    pub within: Option<GeoBox>,
}

/// The grid's orders; each is a keyset order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewOrder {
    /// As ingested (media id), first first.
    #[default]
    Ingested,
    /// Newest ingested first.
    IngestedDesc,
    /// By EXIF time taken (items without one last), then media id.
    Taken,
}

/// Where the previous page ended: the last item's sort key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewCursor {
    /// Its media id.
    pub media: MediaRowId,
    /// Its time taken, for [`ReviewOrder::Taken`].
    pub taken: Option<String>,
}

/// One page request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewQuery {
    /// Filters.
    pub filter: ReviewFilter,
    /// Order.
    pub order: ReviewOrder,
    /// After this item (`None`: from the start).
    pub after: Option<ReviewCursor>,
    /// At most this many (the store caps it at 1,000).
    pub limit: u32,
}

/// One item of the grid.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReviewRow {
    /// Media id.
    pub media: MediaRowId,
    /// Content id.
    pub sha256: Sha256,
    /// Kind.
    pub kind: MediaKind,
    /// Pixels.
    pub width: Option<u32>,
    /// Pixels.
    pub height: Option<u32>,
    /// The stored thumbnail.
    pub thumbnail: Option<Sha256>,
    /// First exhibit.
    pub exhibit: ExhibitId,
    /// Folder of its first place.
    pub folder: String,
    /// Triage.
    pub triage: TriageState,
    /// Proposal: profile.
    pub proposed_profile: Option<String>,
    /// Proposal: category.
    pub proposed: Option<u8>,
    /// Proposal: hash set.
    pub hashset: Option<String>,
    /// Decision: profile.
    pub decided_profile: Option<String>,
    /// Decision: category.
    pub decided: Option<u8>,
    /// Reviewers disagree.
    pub conflict: bool,
    /// Flagged for follow-up.
    pub follow_up: bool,
    /// EXIF time taken, `YYYY-MM-DDTHH:MM:SS` (the camera's clock).
    pub taken: Option<String>,
    /// Has a GPS position.
    pub has_gps: bool,
    /// Camera.
    pub camera: Option<CameraId>,
}

/// How the grid groups.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupBy {
    /// Folder of the first place.
    Folder,
    /// First exhibit.
    Exhibit,
    /// Strongest match's hash set.
    Hashset,
    /// Camera.
    Camera,
    /// Series.
    Series,
}

/// One group, with its counts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReviewGroup {
    /// What it is: the folder, the exhibit's or series' id, the hash set's
    /// name, the camera's id (`""` for items with none).
    pub key: String,
    /// Items.
    pub items: u64,
    /// Known and near-known items.
    pub known: u64,
    /// Known and near-known items no reviewer has decided yet.
    pub hits_undecided: u64,
    /// Items no reviewer has decided.
    pub undecided: u64,
}

/// What a batch of decisions says of each item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionChange {
    /// Categorize.
    Category {
        /// Profile.
        profile: String,
        /// Number.
        category: u8,
    },
    /// Set or clear the follow-up flag.
    FollowUp(bool),
}

/// A batch of decisions by one reviewer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewDecisions {
    /// The case.
    pub case: CaseId,
    /// The reviewer.
    pub account: AccountId,
    /// The items (each must be of the case).
    pub items: Vec<MediaRowId>,
    /// What.
    pub change: DecisionChange,
    /// When.
    pub at: i64,
}

/// An item after a decision or an undo.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ItemDecision {
    /// The item.
    pub media: MediaRowId,
    /// Decided profile.
    pub decided_profile: Option<String>,
    /// Decided category.
    pub decided: Option<u8>,
    /// Reviewers disagree.
    pub conflict: bool,
    /// Flagged.
    pub follow_up: bool,
}

/// What a batch or an undo did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DecisionOutcome {
    /// The batch (its number, per reviewer).
    pub batch: i64,
    /// Each item as it now stands.
    pub items: Vec<ItemDecision>,
}

/// One decision as recorded, for an item's history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DecisionRecord {
    /// Its id.
    pub id: i64,
    /// The reviewer's account.
    pub account: AccountId,
    /// The reviewer's user name.
    pub username: String,
    /// `category`, `follow_up` or `retract`.
    pub kind: String,
    /// Profile.
    pub profile: Option<String>,
    /// Category.
    pub category: Option<u8>,
    /// Flag.
    pub follow_up: Option<bool>,
    /// The decision it retracts.
    pub retracts: Option<i64>,
    /// When.
    pub at: i64,
}

/// What the triage of a match run says of one item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TriageMark {
    /// The item.
    pub media: MediaRowId,
    /// Known, near-known or new.
    pub state: TriageState,
    /// The strongest match: profile, category, hash set.
    pub proposal: Option<(String, Option<u8>, String)>,
}

/// An account's review settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountSettings {
    /// Interface language code (`en`, `km`, `lo`, `th`, `vi`); `None`: the
    /// browser's.
    pub lang: Option<String>,
    /// Renditions blurred.
    pub blur: bool,
    /// Renditions in grey.
    pub greyscale: bool,
    /// Tile side in pixels (64 to 256).
    pub tile: u16,
    /// Minutes of continuous review before a break reminder (0: never).
    pub break_minutes: u16,
}

impl Default for AccountSettings {
    fn default() -> Self {
        AccountSettings { lang: None, blur: true, greyscale: true, tile: 160, break_minutes: 30 }
    }
}

/// A series.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Series {
    /// Row id.
    pub id: SeriesId,
    /// 32 random hex digits: its name outside this lab.
    pub uid: String,
    /// The case.
    pub case: CaseId,
    /// Its name (unique in the case).
    pub name: String,
    /// Who made it.
    pub created_by: AccountId,
    /// When.
    pub created_at: i64,
    /// The series it was merged into.
    pub merged_into: Option<SeriesId>,
    /// Members.
    pub members: u64,
}

/// A camera with its items in the cases asked about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CameraGroup {
    /// Row id.
    pub camera: CameraId,
    /// Make (`""`: not given).
    pub make: String,
    /// Model.
    pub model: String,
    /// Body serial.
    pub body_serial: String,
    /// Items per case: (case, count), by case id.
    pub cases: Vec<(CaseId, u64)>,
}

/// A cell of the map: the items whose position falls in it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MapCell {
    /// Mean latitude.
    pub lat: f64,
    /// Mean longitude.
    pub lon: f64,
    /// Items.
    pub items: u64,
    /// One of them (the lowest id), for a single point.
    pub first: MediaRowId,
}

/// One bar of the timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TimelineBin {
    /// The period, as a prefix of `YYYY-MM-DD` (`2024`, `2024-03`, `2024-03-07`).
    pub period: String,
    /// Items taken in it.
    pub items: u64,
}

/// The timeline's resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimelineStep {
    /// Years.
    Year,
    /// Months.
    Month,
    /// Days.
    Day,
}

/// How far a case's review has come.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ReviewProgress {
    /// Items of the case's grid.
    pub items: u64,
    /// Items with a standing category decision.
    pub decided: u64,
    /// Items whose reviewers disagree.
    pub conflicts: u64,
    /// Items marked for follow-up.
    pub follow_up: u64,
    /// Per reviewer: the items they decided (decisions not undone), the
    /// most first.
    pub by_reviewer: Vec<(String, u64)>,
}

// Series linked across cases (schema version 13).

/// One event of the link between two series of different cases: linked or
/// unlinked, with its note, by whom and when. A pair's latest event is
/// whether it is linked now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SeriesLinkEvent {
    /// Row id (the order of events).
    pub id: i64,
    /// The pair, the smaller id first.
    pub pair: (SeriesId, SeriesId),
    /// Linked (`true`) or unlinked.
    pub linked: bool,
    /// Why (may be empty).
    pub note: String,
    /// Who.
    pub set_by: AccountId,
    /// When.
    pub set_at: i64,
}

impl SeriesLinkEvent {
    /// The series of the pair that is not `this`.
    pub fn other(&self, this: SeriesId) -> SeriesId {
        if self.pair.0 == this { self.pair.1 } else { self.pair.0 }
    }
}

/// A member of a series with its PDQ (`None`: not decoded), to compare
/// series of different cases.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeriesMemberPdq {
    /// The item (the same content in two cases is one item).
    pub media: MediaRowId,
    /// Its eight dihedral hashes and quality.
    pub dihedral: Option<vilab_core::DihedralHashes>,
}
