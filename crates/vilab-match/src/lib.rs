//! Matching a case against what the lab knows: every hash set (exact MD5,
//! SHA-1, SHA-256: the store finds candidates by its digest lookups, and
//! [`digests_agree`] decides; PDQ within a radius, each image probed with
//! its eight dihedral hashes) and every other case (same content, similar
//! image); then triage: each media item `known`, `near-known` or `new`, with
//! the category the strongest match ([`strongest_first`]) proposes and its
//! source.
//!
//! Matching writes only the derived `match_results`; a reviewer's decision
//! is never touched.

mod rules;

use std::collections::BTreeMap;

use serde::Serialize;
use vilab_hashset::profiles::Profiles;
use vilab_index::{IndexConfig, IndexError, PdqIndex, code_of};
use vilab_store::model::{IndexedPdq, KnownHit, MatchMethod, MatchRow, TriageItem};
use vilab_store::{CaseId, Store, StoreError};

pub use rules::{compare_hits, digests_agree, exact_matches, strongest_digest, strongest_first};

/// A failure of matching.
#[derive(Debug, thiserror::Error)]
pub enum MatchError {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The index refused its settings.
    #[error("PDQ index: {0}")]
    Index(#[from] IndexError),
}

/// Settings of a match.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MatchOptions {
    /// PDQ radius (inclusive, default 31) and quality cutoff (default 50).
    pub index: IndexConfig,
}

/// What a match found.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct MatchSummary {
    /// Exact matches against hash-set entries.
    pub exact: usize,
    /// PDQ matches against hash-set entries.
    pub near_known: usize,
    /// PDQ matches against media of other cases.
    pub near_other_cases: usize,
    /// Hash-set PDQs indexed.
    pub known_pdqs: usize,
    /// Other cases' PDQs indexed.
    pub other_pdqs: usize,
    /// The case's images probed (quality at or above the cutoff).
    pub probed: usize,
}

/// Matches a case and stores the result (replacing the previous one).
pub fn match_case(store: &dyn Store, case: CaseId, options: &MatchOptions) -> Result<MatchSummary, MatchError> {
    let mut rows = exact_matches(&store.exact_candidates(case)?);
    let mut summary = MatchSummary { exact: rows.len(), ..MatchSummary::default() };
    let images: Vec<_> =
        store.case_pdqs(case)?.into_iter().filter(|m| m.dihedral.quality >= options.index.quality_cutoff).collect();
    summary.probed = images.len();
    let probes: Vec<[vilab_index::Code; 8]> = images.iter().map(|m| m.dihedral.hashes.map(|h| code_of(&h))).collect();
    for known in [true, false] {
        // Targets and codes apart: the codes move into the index.
        let (mut targets, mut codes) = (Vec::new(), Vec::new());
        let mut collect = |indexed: IndexedPdq| {
            targets.push(indexed.target);
            codes.push(code_of(&indexed.pdq));
        };
        if known {
            store.known_pdqs(&mut collect)?;
            summary.known_pdqs = targets.len();
        } else {
            store.other_case_pdqs(case, &mut collect)?;
            summary.other_pdqs = targets.len();
        }
        if targets.is_empty() || probes.is_empty() {
            continue;
        }
        let index = PdqIndex::from_codes(options.index, codes)?;
        for (image, matches) in images.iter().zip(index.query_codes_batch(&probes)) {
            for m in matches {
                let target = targets[m.id as usize];
                rows.push(MatchRow {
                    media: image.media,
                    target,
                    method: MatchMethod::Pdq,
                    distance: m.distance,
                    dihedral: Some(m.dihedral.name().to_string()),
                });
                if known {
                    summary.near_known += 1;
                } else {
                    summary.near_other_cases += 1;
                }
            }
        }
    }
    store.replace_matches(case, &rows)?;
    Ok(summary)
}

/// Where a media item stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// An exact match in a hash set.
    Known,
    /// A PDQ match within the radius in a hash set.
    NearKnown,
    /// Neither.
    New,
}

impl Status {
    /// The word shown.
    pub fn word(self) -> &'static str {
        match self {
            Status::Known => "known",
            Status::NearKnown => "near-known",
            Status::New => "new",
        }
    }
}

/// The category the strongest match proposes, with its source. A proposal
/// only: it never replaces a reviewer's decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Proposal {
    /// The category's label in its profile (`uncategorized`, or the raw
    /// number when the profile does not name it).
    pub label: String,
    /// The match it comes from.
    pub hit: KnownHit,
}

/// One media item's triage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TriagedItem {
    /// Where it stands.
    pub status: Status,
    /// What the strongest match proposes.
    pub proposal: Option<Proposal>,
    /// Everything matching found.
    #[serde(flatten)]
    pub item: TriageItem,
}

/// A case's triage.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TriageReport {
    /// Media items per status word.
    pub by_status: BTreeMap<&'static str, u64>,
    /// Known and near-known items per proposed category (`profile: label`).
    pub by_category: BTreeMap<String, u64>,
    /// Known and near-known items per hash set.
    pub by_source: BTreeMap<String, u64>,
    /// Items also found, same or similar, in other cases.
    pub linked_to_other_cases: u64,
    /// Every item.
    pub items: Vec<TriagedItem>,
}

/// The triage of a case from its stored matches, each item's hits put
/// strongest first ([`strongest_first`]); categories are named through
/// `profiles` (the built-in ones and the lab's).
pub fn triage(store: &dyn Store, case: CaseId, profiles: &Profiles) -> Result<TriageReport, MatchError> {
    let mut report = TriageReport::default();
    for word in [Status::Known, Status::NearKnown, Status::New] {
        report.by_status.insert(word.word(), 0);
    }
    for mut item in store.triage(case)? {
        strongest_first(&mut item.known);
        let best = item.known.first().cloned();
        let status = match &best {
            Some(hit) if hit.method != MatchMethod::Pdq => Status::Known,
            Some(_) => Status::NearKnown,
            None => Status::New,
        };
        *report.by_status.entry(status.word()).or_default() += 1;
        let proposal = best.map(|hit| Proposal { label: profiles.label(&hit.profile, hit.category), hit });
        if let Some(p) = &proposal {
            *report.by_category.entry(format!("{}: {}", p.hit.profile, p.label)).or_default() += 1;
            *report.by_source.entry(p.hit.hashset.clone()).or_default() += 1;
        }
        if !item.same_content_in.is_empty() || !item.similar_in.is_empty() {
            report.linked_to_other_cases += 1;
        }
        report.items.push(TriagedItem { status, proposal, item });
    }
    Ok(report)
}
