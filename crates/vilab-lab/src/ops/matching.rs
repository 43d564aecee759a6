//! Matching a case against the lab's hash sets and other cases, and its
//! triage: each item known, near-known or new, with the category the
//! strongest match proposes, where it was found, and which other cases
//! hold it (named only when the actor may see them).

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::json;
use vilab_core::Sha256;
use vilab_core::model::OccurrenceKey;
use vilab_hashset::profiles::{Profiles, builtins};
use vilab_match::{MatchOptions, MatchSummary, Status, TriageReport};
use vilab_store::MediaRowId;
use vilab_store::model::review::{TriageMark, TriageState};
use vilab_store::model::{KnownHit, MatchMethod};

use crate::Session;
use crate::error::Result;
use crate::error_map::{matching, store};
use crate::guard::{Done, Permit, Target};
use crate::permission::Action;
use crate::shapes::shape;

/// A category as a match proposes it: its profile and raw number; the
/// words are the catalogs' for a built-in profile, the lab's own for a
/// profile of its `profiles.toml` (`lab_label`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CategoryRef {
    /// The profile that reads the number.
    pub profile: String,
    /// The number as the hash set gave it (`None`: uncategorized).
    pub category: Option<u8>,
    /// The lab's own name for it, when the profile is the lab's.
    pub lab_label: Option<String>,
}

/// The proposal of an item's strongest match: never a decision.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ProposalView {
    /// The category proposed.
    pub category: CategoryRef,
    /// The hash set it comes from.
    pub hashset: String,
    /// The entry's series.
    pub series: Option<String>,
    /// How it matched.
    pub method: MatchMethod,
    /// Hamming distance (0 for exact).
    pub distance: u32,
    /// For PDQ, the symmetry that matched.
    pub dihedral: Option<String>,
}

/// Where an item was found in the case.
#[derive(Clone, Debug, Serialize)]
pub struct PlaceRef {
    /// The exhibit.
    pub exhibit: String,
    /// Where in it.
    pub place: OccurrenceKey,
}

/// Another case holding a similar image.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SimilarIn {
    /// The case.
    pub case: String,
    /// The least PDQ distance.
    pub distance: u32,
}

/// One item's triage.
#[derive(Clone, Debug, Serialize)]
pub struct TriageLine {
    /// Row id.
    pub id: MediaRowId,
    /// Its id.
    pub sha256: Sha256,
    /// `known`, `near-known` or `new`.
    pub status: Status,
    /// What the strongest match proposes.
    pub proposal: Option<ProposalView>,
    /// Where it was found in this case.
    pub places: Vec<PlaceRef>,
    /// Other cases holding the same content that the actor may see.
    pub same_content_in: Vec<String>,
    /// Other cases holding a similar image that the actor may see, with the
    /// least distance.
    pub similar_in: Vec<SimilarIn>,
    /// Other cases holding it (same or similar) that the actor may not
    /// see: counted, never named.
    pub other_cases_not_shown: usize,
}

/// Items proposed one category.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CategoryCount {
    /// The category.
    #[serde(flatten)]
    pub category: CategoryRef,
    /// Items.
    pub count: u64,
}

/// Counts of a triage.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct TriageCounts {
    /// Exact matches in a hash set.
    pub known: u64,
    /// PDQ matches in a hash set.
    pub near_known: u64,
    /// Neither.
    pub new: u64,
    /// Known and near-known items per proposed category.
    pub by_category: Vec<CategoryCount>,
    /// Known and near-known items per hash set.
    pub by_source: BTreeMap<String, u64>,
    /// Items also found, same or similar, in other cases.
    pub linked_to_other_cases: u64,
}

/// A case's triage.
#[derive(Clone, Debug, Serialize)]
pub struct TriageView {
    /// The case.
    pub case: String,
    /// The counts.
    pub counts: TriageCounts,
    /// Every item, by row id.
    pub items: Vec<TriageLine>,
}
shape!(TriageView, "vilab.triage/1");

/// What a match found, with the triage's counts.
#[derive(Clone, Debug, Serialize)]
pub struct MatchReport {
    /// The case.
    pub case: String,
    /// What matching found.
    pub matched: MatchSummary,
    /// The triage's counts after it.
    pub triage: TriageCounts,
}
shape!(MatchReport, "vilab.match/1");

impl Session<'_> {
    /// Matches a case against every hash set and every other case, stores
    /// the result and counts its triage.
    pub fn match_case(&self, case: &str, options: &MatchOptions) -> Result<MatchReport> {
        self.act(Action::MatchRun, Target::Case(case), |permit| {
            let report = match_and_count(permit, options)?;
            let details = json!({
                "exact": report.matched.exact,
                "near_known": report.matched.near_known,
                "near_other_cases": report.matched.near_other_cases,
            });
            Ok(Done::new(report, details))
        })
    }

    /// A case's triage, item by item.
    pub fn triage(&self, case: &str) -> Result<TriageView> {
        self.act(Action::TriageView, Target::Case(case), |permit| {
            let view = triage_view(permit)?;
            let details = json!({ "items": view.items.len() });
            Ok(Done::new(view, details))
        })
    }
}

/// Matches the permit's case and counts the triage (shared with ingest).
pub(crate) fn match_and_count(permit: &Permit<'_>, options: &MatchOptions) -> Result<MatchReport> {
    let case = permit.case();
    let matched = vilab_match::match_case(permit.store(), case.id, options).map_err(matching)?;
    let profiles = super::hashsets::lab_profiles(permit)?;
    let report = vilab_match::triage(permit.store(), case.id, &profiles).map_err(matching)?;
    permit.store().set_review_triage(case.id, &review_marks(&report)).map_err(store)?;
    Ok(MatchReport { case: case.name.clone(), matched, triage: counts(&report, &profiles) })
}

/// What the review index keeps of a triage: each item's state and the
/// strongest match's proposal.
fn review_marks(report: &TriageReport) -> Vec<TriageMark> {
    report
        .items
        .iter()
        .map(|t| TriageMark {
            media: t.item.media,
            state: match t.status {
                Status::Known => TriageState::Known,
                Status::NearKnown => TriageState::NearKnown,
                Status::New => TriageState::New,
            },
            proposal: t.proposal.as_ref().map(|p| (p.hit.profile.clone(), p.hit.category, p.hit.hashset.clone())),
        })
        .collect()
}

/// The category of a hit, with the lab's label when its profile is the lab's.
fn category_ref(hit: &KnownHit, profiles: &Profiles) -> CategoryRef {
    let builtin = builtins().iter().any(|p| p.name.eq_ignore_ascii_case(&hit.profile));
    let lab_label = (!builtin)
        .then(|| profiles.get(&hit.profile).and_then(|p| p.label(hit.category)).map(str::to_string))
        .flatten();
    CategoryRef { profile: hit.profile.clone(), category: hit.category, lab_label }
}

fn counts(report: &TriageReport, profiles: &Profiles) -> TriageCounts {
    let mut counts = TriageCounts {
        linked_to_other_cases: report.linked_to_other_cases,
        by_source: report.by_source.clone(),
        ..TriageCounts::default()
    };
    let mut by_category: BTreeMap<(String, Option<u8>), (CategoryRef, u64)> = BTreeMap::new();
    for item in &report.items {
        match item.status {
            Status::Known => counts.known += 1,
            Status::NearKnown => counts.near_known += 1,
            Status::New => counts.new += 1,
        }
        if let Some(p) = &item.proposal {
            let key = (p.hit.profile.clone(), p.hit.category);
            by_category.entry(key).or_insert_with(|| (category_ref(&p.hit, profiles), 0)).1 += 1;
        }
    }
    counts.by_category = by_category.into_values().map(|(category, count)| CategoryCount { category, count }).collect();
    counts
}

fn triage_view(permit: &Permit<'_>) -> Result<TriageView> {
    let case = permit.case();
    let profiles = super::hashsets::lab_profiles(permit)?;
    let report = vilab_match::triage(permit.store(), case.id, &profiles).map_err(matching)?;
    let mut places: BTreeMap<MediaRowId, Vec<PlaceRef>> = BTreeMap::new();
    for (media, exhibit, place) in permit.store().case_places(case.id).map_err(store)? {
        places.entry(media).or_default().push(PlaceRef { exhibit, place });
    }
    let visible_names = visible_case_names(permit)?;
    let items = report
        .items
        .iter()
        .map(|t| {
            let (same_seen, same_hidden): (Vec<_>, Vec<_>) =
                t.item.same_content_in.iter().cloned().partition(|c| visible_names.contains(c));
            let (similar_seen, similar_hidden): (Vec<_>, Vec<_>) =
                t.item.similar_in.iter().cloned().partition(|(c, _)| visible_names.contains(c));
            let mut hidden: Vec<&String> = same_hidden.iter().chain(similar_hidden.iter().map(|(c, _)| c)).collect();
            hidden.sort();
            hidden.dedup();
            TriageLine {
                id: t.item.media,
                sha256: t.item.sha256,
                status: t.status,
                proposal: t.proposal.as_ref().map(|p| ProposalView {
                    category: category_ref(&p.hit, &profiles),
                    hashset: p.hit.hashset.clone(),
                    series: p.hit.series.clone(),
                    method: p.hit.method,
                    distance: p.hit.distance,
                    dihedral: p.hit.dihedral.clone(),
                }),
                places: places.remove(&t.item.media).unwrap_or_default(),
                same_content_in: same_seen,
                similar_in: similar_seen.into_iter().map(|(case, distance)| SimilarIn { case, distance }).collect(),
                other_cases_not_shown: hidden.len(),
            }
        })
        .collect();
    Ok(TriageView { case: case.name.clone(), counts: counts(&report, &profiles), items })
}

/// The names of the cases the permit may see.
fn visible_case_names(permit: &Permit<'_>) -> Result<std::collections::BTreeSet<String>> {
    Ok(permit
        .store()
        .list_cases()
        .map_err(store)?
        .into_iter()
        .filter(|c| permit.visible().contains(c.case.id))
        .map(|c| c.case.name)
        .collect())
}
