//! Series linked across cases: two cases holding pictures of one abuse set
//! (the same victim, room or camera) link their series, so that whoever
//! works on one sees the other. Linking and unlinking need the right to
//! edit series in both cases; each is kept as an event (who, when, an
//! optional note), never overwritten. Candidates to link are the series of
//! other cases holding the same items (the same content is one item in the
//! lab) or items within a PDQ distance of the members.
//!
//! **No leak**: a link is shown only where the actor is a member of the
//! other case; a series of a case the actor may not see is "not found",
//! exactly as one that does not exist, and is never counted. Audit records
//! name the series by uid, never their names or the notes.

use serde::Serialize;
use serde_json::json;
use vilab_store::CaseId;
use vilab_store::model::review::{Series, SeriesId, SeriesMemberPdq};

use super::review::{MAX_SIMILAR_RADIUS, out_of_range, series_of_case};
use crate::Session;
use crate::error::{AppError, Code, Result};
use crate::error_map::store;
use crate::guard::{Done, Permit, Target, Visible};
use crate::permission::Action;
use crate::shapes::shape;

/// The longest note of a link, in characters.
pub const MAX_LINK_NOTE: usize = 2000;

/// A series of another case linked to one of this case.
#[derive(Clone, Debug, Serialize)]
pub struct LinkedSeries {
    /// The other case's name.
    pub case: String,
    /// The linked series.
    pub series: Series,
    /// Why it was linked (may be empty).
    pub note: String,
    /// Who linked it.
    pub linked_by: String,
    /// When.
    pub linked_at: i64,
}

/// The series of other cases linked to a series, those the actor may see.
#[derive(Clone, Debug, Serialize)]
pub struct SeriesLinks {
    /// The case.
    pub case: String,
    /// The series.
    pub series: Series,
    /// Its links standing now, into cases the actor is a member of.
    pub links: Vec<LinkedSeries>,
}
shape!(SeriesLinks, "vilab.series-links/1");

/// What a link or unlink did.
#[derive(Clone, Debug, Serialize)]
pub struct SeriesLinkChanged {
    /// The case.
    pub case: String,
    /// The series.
    pub series: Series,
    /// The other case's name.
    pub with_case: String,
    /// The other series.
    pub with: Series,
    /// Whether the two are linked now.
    pub linked: bool,
    /// Whether this call changed that (`false`: they already were).
    pub changed: bool,
}
shape!(SeriesLinkChanged, "vilab.series-link/1");

/// A series of another case that may belong with this one.
#[derive(Clone, Debug, Serialize)]
pub struct LinkCandidate {
    /// Its case's name.
    pub case: String,
    /// The series.
    pub series: Series,
    /// How many items both series hold (the same content).
    pub shared: u64,
    /// The least PDQ distance between a member of each (any symmetry of
    /// this series' members), where within the radius.
    pub nearest: Option<u32>,
    /// Whether the two are linked already.
    pub linked: bool,
}

/// Candidates to link to a series, the closest first.
#[derive(Clone, Debug, Serialize)]
pub struct LinkCandidates {
    /// The case.
    pub case: String,
    /// The series.
    pub series: Series,
    /// The PDQ radius used.
    pub radius: u32,
    /// Series of cases the actor is a member of, sharing items or within
    /// the radius.
    pub candidates: Vec<LinkCandidate>,
}
shape!(LinkCandidates, "vilab.series-link-candidates/1");

/// A series of a case the permit may see other than its own; else "not
/// found", the same answer as for a series that does not exist.
fn visible_series_elsewhere(permit: &Permit<'_>, id: SeriesId) -> Result<(Series, String)> {
    let not_found = || AppError::new(Code::SeriesNotFound).with("id", id.0);
    let s = permit.store().series(id).map_err(store)?.ok_or_else(not_found)?;
    if !permit.visible().contains(s.case) {
        return Err(not_found());
    }
    if s.case == permit.case().id {
        return Err(AppError::new(Code::SeriesLinkSameCase).with("id", id.0));
    }
    let name = case_name(permit, s.case)?;
    Ok((s, name))
}

fn case_name(permit: &Permit<'_>, id: CaseId) -> Result<String> {
    Ok(permit.store().case_by_id(id).map_err(store)?.map(|c| c.name).unwrap_or_default())
}

/// The cases the permit may see but its own.
fn other_cases(permit: &Permit<'_>) -> Result<Vec<CaseId>> {
    let own = permit.case().id;
    let all: Vec<CaseId> = match permit.visible() {
        Visible::Cases(ids) => ids.iter().copied().collect(),
        // No role reaches every case for the series' actions today; were
        // one to, every case counts.
        Visible::All => permit.store().list_cases().map_err(store)?.into_iter().map(|c| c.case.id).collect(),
    };
    Ok(all.into_iter().filter(|c| *c != own).collect())
}

/// The least distance from any symmetry of `seeds` to any of `members`.
fn nearest(seeds: &[SeriesMemberPdq], members: &[SeriesMemberPdq]) -> Option<u32> {
    members
        .iter()
        .filter_map(|m| m.dihedral.as_ref())
        .flat_map(|m| {
            seeds
                .iter()
                .filter_map(|s| s.dihedral.as_ref())
                .flat_map(move |s| s.hashes.iter().map(move |h| h.distance(&m.hashes[0])))
        })
        .min()
}

impl Session<'_> {
    /// Links a series of a case to a series of another case (`with`), with
    /// an optional note. Needs the right to edit series in both: a series
    /// of a case the actor is not a member of is "not found".
    pub fn link_series(&self, case: &str, series: SeriesId, with: SeriesId, note: &str) -> Result<SeriesLinkChanged> {
        self.set_link(case, series, with, true, note)
    }

    /// Unlinks two series (the link stays in the history, with the note).
    pub fn unlink_series(&self, case: &str, series: SeriesId, with: SeriesId, note: &str) -> Result<SeriesLinkChanged> {
        self.set_link(case, series, with, false, note)
    }

    fn set_link(
        &self,
        case: &str,
        series: SeriesId,
        with: SeriesId,
        linked: bool,
        note: &str,
    ) -> Result<SeriesLinkChanged> {
        self.act(Action::SeriesEdit, Target::Case(case), |permit| {
            let note = note.trim();
            if note.chars().count() > MAX_LINK_NOTE {
                return Err(out_of_range("note", note.chars().count(), 0, MAX_LINK_NOTE));
            }
            series_of_case(permit, series)?;
            let (other, with_case) = visible_series_elsewhere(permit, with)?;
            let (account, now) = (permit.actor().account, permit.now());
            let changed =
                permit.store().set_series_link(series, other.id, linked, note, account, now).map_err(store)?;
            let this = series_of_case(permit, series)?;
            let details = json!({
                "series": this.uid, "with": other.uid, "linked": linked, "changed": changed, "noted": !note.is_empty(),
            });
            let out = SeriesLinkChanged {
                case: permit.case().name.clone(),
                series: this,
                with_case,
                with: other,
                linked,
                changed,
            };
            Ok(Done::new(out, details))
        })
    }

    /// The series of other cases linked to a series, only those of cases
    /// the actor is a member of (the others are not shown, nor counted).
    pub fn series_links(&self, case: &str, series: SeriesId) -> Result<SeriesLinks> {
        self.act(Action::ReviewView, Target::Case(case), |permit| {
            let this = series_of_case(permit, series)?;
            let events = permit.store().linked_series(series).map_err(store)?;
            let mut links = Vec::new();
            for event in &events {
                let Some(other) = permit.store().series(event.other(series)).map_err(store)? else { continue };
                if !permit.visible().contains(other.case) {
                    continue;
                }
                let by = super::records::names(permit, [event.set_by])?;
                links.push(LinkedSeries {
                    case: case_name(permit, other.case)?,
                    series: other,
                    note: event.note.clone(),
                    linked_by: by.into_values().next().unwrap_or_default(),
                    linked_at: event.set_at,
                });
            }
            links.sort_by(|a, b| (&a.case, &a.series.name).cmp(&(&b.case, &b.series.name)));
            let details = json!({ "series": this.uid, "shown": links.len() });
            Ok(Done::new(SeriesLinks { case: permit.case().name.clone(), series: this, links }, details))
        })
    }

    /// Series of other cases the actor is a member of that hold items of
    /// this series (the same content) or items within `radius` of its
    /// members by PDQ: candidates to link, the closest first.
    pub fn series_link_candidates(&self, case: &str, series: SeriesId, radius: u32) -> Result<LinkCandidates> {
        self.act(Action::ReviewView, Target::Case(case), |permit| {
            if radius > MAX_SIMILAR_RADIUS {
                return Err(out_of_range("radius", radius, 0, MAX_SIMILAR_RADIUS));
            }
            let this = series_of_case(permit, series)?;
            let seeds = permit.store().series_member_pdqs(series).map_err(store)?;
            let shared = permit.store().series_sharing_items(series).map_err(store)?;
            let linked: Vec<SeriesId> =
                permit.store().linked_series(series).map_err(store)?.iter().map(|e| e.other(series)).collect();
            let mut candidates = Vec::new();
            for case_id in other_cases(permit)? {
                let name = case_name(permit, case_id)?;
                for other in permit.store().list_series(case_id).map_err(store)? {
                    if other.merged_into.is_some() {
                        continue;
                    }
                    let members = permit.store().series_member_pdqs(other.id).map_err(store)?;
                    let near = nearest(&seeds, &members).filter(|d| *d <= radius);
                    let same = shared.iter().find(|(id, _)| *id == other.id).map_or(0, |(_, n)| *n);
                    if same == 0 && near.is_none() {
                        continue;
                    }
                    let is_linked = linked.contains(&other.id);
                    candidates.push(LinkCandidate {
                        case: name.clone(),
                        series: other,
                        shared: same,
                        nearest: near,
                        linked: is_linked,
                    });
                }
            }
            candidates.sort_by_key(|c| (std::cmp::Reverse(c.shared), c.nearest.unwrap_or(u32::MAX), c.series.id));
            let details = json!({ "series": this.uid, "radius": radius, "found": candidates.len() });
            let out = LinkCandidates { case: permit.case().name.clone(), series: this, radius, candidates };
            Ok(Done::new(out, details))
        })
    }
}
