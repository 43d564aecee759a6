//! The review lab: a case's grid (pages in keyset order under filters),
//! its groups, decisions and their undo, renditions (masked by the
//! reviewer's settings, or revealed sharp and audited), settings, series
//! with "find similar", and the leads drawn from metadata (cameras across
//! the cases one may see, the map, the timeline).

use std::sync::Arc;

use serde::Serialize;
use serde_json::json;
use vilab_core::Sha256;
use vilab_media::rendition::{RenditionOptions, render};
use vilab_store::model::review::{
    AccountSettings, CameraId, DecisionChange, DecisionOutcome, DecisionRecord, GroupBy, MapCell, NewDecisions,
    ReviewCursor, ReviewFilter, ReviewGroup, ReviewQuery, ReviewRow, Series, SeriesId, TimelineBin, TimelineStep,
};
use vilab_store::{MediaKey, MediaRowId};

use crate::Session;
use crate::error::{AppError, Code, Result};
use crate::error_map::store;
use crate::guard::{Done, Permit, Target};
use crate::permission::Action;
use crate::shapes::shape;

/// The profile digit keys use when a case names none: Project VIC's 0 to 4.
pub const DEFAULT_PROFILE: &str = "vic-us";

/// The side of a revealed (sharp) rendition: the stored thumbnail's.
pub const REVEAL_SIDE: u32 = vilab_media::thumbnail::DEFAULT_THUMBNAIL_SIDE;

/// The widest PDQ radius "find similar" takes (the matcher's default is 31).
pub const MAX_SIMILAR_RADIUS: u32 = 64;

/// One page of a case's grid.
#[derive(Clone, Debug, Serialize)]
pub struct ReviewPage {
    /// The case.
    pub case: String,
    /// The items, in the query's order.
    pub items: Vec<ReviewRow>,
    /// Where the next page starts; `None` at the end.
    pub next: Option<ReviewCursor>,
}
shape!(ReviewPage, "vilab.review-page/1");

/// A case's groups.
#[derive(Clone, Debug, Serialize)]
pub struct ReviewGroups {
    /// The case.
    pub case: String,
    /// How they are grouped.
    pub by: GroupBy,
    /// The groups, those holding the most known items first.
    pub groups: Vec<ReviewGroup>,
}
shape!(ReviewGroups, "vilab.review-groups/1");

/// What a decision or an undo did.
#[derive(Clone, Debug, Serialize)]
pub struct Decided {
    /// The case.
    pub case: String,
    /// What it did; `None` for an undo with nothing to undo.
    pub outcome: Option<DecisionOutcome>,
}
shape!(Decided, "vilab.review-decision/1");

/// An item's decisions.
#[derive(Clone, Debug, Serialize)]
pub struct DecisionHistory {
    /// The case.
    pub case: String,
    /// The item.
    pub media: MediaRowId,
    /// Oldest first.
    pub decisions: Vec<DecisionRecord>,
}
shape!(DecisionHistory, "vilab.review-history/1");

/// A rendition's bytes.
#[derive(Clone, Debug)]
pub struct Rendition {
    /// JPEG.
    pub jpeg: Arc<Vec<u8>>,
    /// Whether it is sharp and in colour.
    pub sharp: bool,
}

/// An actor's settings.
#[derive(Clone, Debug, Serialize)]
pub struct SettingsView {
    /// The account.
    pub username: String,
    /// The settings.
    pub settings: AccountSettings,
}
shape!(SettingsView, "vilab.settings/1");

/// A case's series.
#[derive(Clone, Debug, Serialize)]
pub struct SeriesList {
    /// The case.
    pub case: String,
    /// By name.
    pub series: Vec<Series>,
}
shape!(SeriesList, "vilab.series-list/1");

/// A series after a change.
#[derive(Clone, Debug, Serialize)]
pub struct SeriesChanged {
    /// The series.
    pub series: Series,
    /// Items that became members.
    pub added: u64,
}
shape!(SeriesChanged, "vilab.series/1");

/// Items similar to some others.
#[derive(Clone, Debug, Serialize)]
pub struct Similar {
    /// The case.
    pub case: String,
    /// The radius used.
    pub radius: u32,
    /// Items of the case within the radius of any of the given ones (not
    /// themselves), with the least distance, nearest first.
    pub items: Vec<(MediaRowId, u32)>,
}
shape!(Similar, "vilab.similar/1");

/// A camera seen in the cases one may see.
#[derive(Clone, Debug, Serialize)]
pub struct CameraLead {
    /// Its id.
    pub camera: CameraId,
    /// Make (`""`: not given).
    pub make: String,
    /// Model.
    pub model: String,
    /// Body serial.
    pub body_serial: String,
    /// Items per case, by case name.
    pub cases: Vec<(String, u64)>,
}

/// Cameras across cases: the same body in two cases is a strong lead.
#[derive(Clone, Debug, Serialize)]
pub struct CameraLeads {
    /// Cameras in the most cases first, then with the most items.
    pub cameras: Vec<CameraLead>,
}
shape!(CameraLeads, "vilab.cameras/1");

/// The map of a case.
#[derive(Clone, Debug, Serialize)]
pub struct MapView {
    /// The case.
    pub case: String,
    /// Cell side in degrees.
    pub cell: f64,
    /// The cells, the fullest first.
    pub cells: Vec<MapCell>,
}
shape!(MapView, "vilab.map/1");

/// The timeline of a case.
#[derive(Clone, Debug, Serialize)]
pub struct TimelineView {
    /// The case.
    pub case: String,
    /// Years, months or days.
    pub step: TimelineStep,
    /// The bins, in order.
    pub bins: Vec<TimelineBin>,
}
shape!(TimelineView, "vilab.timeline/1");

/// How far a case's review has come (its dashboard).
#[derive(Clone, Debug, Serialize)]
pub struct ReviewProgressView {
    /// The case.
    pub case: String,
    /// Items, decided, conflicts, follow-ups, and per reviewer.
    #[serde(flatten)]
    pub progress: vilab_store::model::review::ReviewProgress,
}
shape!(ReviewProgressView, "vilab.review-progress/1");

impl Session<'_> {
    /// One page of a case's grid.
    pub fn review_page(&self, case: &str, query: &ReviewQuery) -> Result<ReviewPage> {
        self.act(Action::ReviewView, Target::Case(case), |permit| {
            let c = permit.case();
            let items = permit.store().review_page(c.id, query).map_err(store)?;
            let limit = query.limit.clamp(1, vilab_store::model::review::MAX_PAGE) as usize;
            let next = (items.len() == limit)
                .then(|| items.last().map(|r| ReviewCursor { media: r.media, taken: r.taken.clone() }))
                .flatten();
            let details = json!({ "filter": query.filter, "order": query.order, "items": items.len() });
            Ok(Done::new(ReviewPage { case: c.name.clone(), items, next }, details))
        })
    }

    /// A case's groups.
    pub fn review_groups(&self, case: &str, by: GroupBy, filter: &ReviewFilter) -> Result<ReviewGroups> {
        self.act(Action::ReviewView, Target::Case(case), |permit| {
            let c = permit.case();
            let groups = permit.store().review_groups(c.id, by, filter).map_err(store)?;
            let details = json!({ "by": by, "filter": filter, "groups": groups.len() });
            Ok(Done::new(ReviewGroups { case: c.name.clone(), by, groups }, details))
        })
    }

    /// Categorizes items of a case, or sets their follow-up flag. The
    /// category must be one the profile names (any 0 to 9 for a profile
    /// that names none, such as `lab`).
    pub fn decide(&self, case: &str, items: &[MediaRowId], change: &DecisionChange) -> Result<Decided> {
        self.act(Action::ReviewDecide, Target::Case(case), |permit| {
            if items.is_empty() {
                return Err(AppError::new(Code::NothingSelected));
            }
            if let DecisionChange::Category { profile, category } = change {
                check_category(permit, profile, *category)?;
            }
            let c = permit.case();
            let new = NewDecisions {
                case: c.id,
                account: permit.actor().account,
                items: items.to_vec(),
                change: change.clone(),
                at: permit.now(),
            };
            let outcome = permit.store().record_decisions(&new).map_err(store)?;
            let details = json!({
                "batch": outcome.batch,
                "change": change,
                "items": outcome.items.iter().map(|i| i.media).collect::<Vec<_>>(),
            });
            Ok(Done::new(Decided { case: c.name.clone(), outcome: Some(outcome) }, details))
        })
    }

    /// Undoes the actor's latest decisions in a case that are not undone.
    pub fn undo(&self, case: &str) -> Result<Decided> {
        self.act(Action::ReviewDecide, Target::Case(case), |permit| {
            let c = permit.case();
            let outcome =
                permit.store().retract_last_decisions(c.id, permit.actor().account, permit.now()).map_err(store)?;
            let details = json!({ "undo": outcome.as_ref().map(|o| o.batch) });
            Ok(Done::new(Decided { case: c.name.clone(), outcome }, details))
        })
    }

    /// Every decision on an item of a case.
    pub fn decision_history(&self, case: &str, media: MediaRowId) -> Result<DecisionHistory> {
        self.act(Action::ReviewView, Target::Case(case), |permit| {
            let c = permit.case();
            require_item(permit, media)?;
            let decisions = permit.store().decisions(c.id, media).map_err(store)?;
            let details = json!({ "media": media });
            Ok(Done::new(DecisionHistory { case: c.name.clone(), media, decisions }, details))
        })
    }

    /// An item's rendition as the actor's settings ask (blurred and grey
    /// by default), at most `side` pixels (the actor's tile size when
    /// `None`). Only refusals are audited: these are the least exposure.
    pub fn masked_rendition(&self, key: &MediaKey, side: Option<u32>) -> Result<Rendition> {
        self.act(Action::MediaThumbnail, Target::Media(key), |permit| {
            let settings = permit.store().account_settings(permit.actor().account).map_err(store)?;
            let side = side.unwrap_or(u32::from(settings.tile)).clamp(16, u32::from(settings.tile).max(16));
            let options = RenditionOptions { max_side: side, blur: settings.blur, greyscale: settings.greyscale };
            let jpeg = rendition(permit, key, options)?;
            Ok(Done::plain(Rendition { jpeg, sharp: !options.blur && !options.greyscale }))
        })
    }

    /// An item seen sharp and in colour: audited, and the record is written
    /// before the bytes are returned.
    pub fn reveal(&self, key: &MediaKey) -> Result<Rendition> {
        self.act(Action::MediaReveal, Target::Media(key), |permit| {
            let jpeg = rendition(permit, key, RenditionOptions::sharp(REVEAL_SIDE))?;
            Ok(Done::new(Rendition { jpeg, sharp: true }, json!({ "rendition": "sharp", "side": REVEAL_SIDE })))
        })
    }

    /// The actor's own settings.
    pub fn my_settings(&self) -> Result<SettingsView> {
        self.act(Action::SettingsView, Target::Lab, |permit| {
            let settings = permit.store().account_settings(permit.actor().account).map_err(store)?;
            Ok(Done::plain(SettingsView { username: permit.actor().username.clone(), settings }))
        })
    }

    /// Replaces the actor's own settings.
    pub fn set_my_settings(&self, settings: &AccountSettings) -> Result<SettingsView> {
        self.act(Action::SettingsChange, Target::Lab, |permit| {
            if let Some(lang) = &settings.lang
                && vilab_i18n::Lang::parse(lang).is_none()
            {
                return Err(AppError::new(Code::UnknownLanguage).with("value", lang.as_str()));
            }
            permit.store().set_account_settings(permit.actor().account, settings, permit.now()).map_err(store)?;
            let view = SettingsView { username: permit.actor().username.clone(), settings: settings.clone() };
            Ok(Done::new(view, json!({ "settings": settings })))
        })
    }

    /// A case's series.
    pub fn list_series(&self, case: &str) -> Result<SeriesList> {
        self.act(Action::ReviewView, Target::Case(case), |permit| {
            let c = permit.case();
            let series = permit.store().list_series(c.id).map_err(store)?;
            Ok(Done::new(SeriesList { case: c.name.clone(), series }, json!({})))
        })
    }

    /// Creates a series of items of a case.
    pub fn create_series(&self, case: &str, name: &str, items: &[MediaRowId]) -> Result<SeriesChanged> {
        self.act(Action::SeriesEdit, Target::Case(case), |permit| {
            let c = permit.case();
            let (account, now) = (permit.actor().account, permit.now());
            let series = permit.store().create_series(c.id, name, account, now).map_err(store)?;
            let added = permit.store().add_to_series(series.id, items, account, now).map_err(store)?;
            let series = permit.store().series(series.id).map_err(store)?.unwrap_or(series);
            let details = json!({ "series": series.uid, "name": name, "items": items });
            Ok(Done::new(SeriesChanged { series, added }, details))
        })
    }

    /// Adds items of a case to one of its series.
    pub fn add_to_series(&self, case: &str, series: SeriesId, items: &[MediaRowId]) -> Result<SeriesChanged> {
        self.act(Action::SeriesEdit, Target::Case(case), |permit| {
            let s = series_of_case(permit, series)?;
            let added =
                permit.store().add_to_series(s.id, items, permit.actor().account, permit.now()).map_err(store)?;
            let s = series_of_case(permit, series)?;
            let details = json!({ "series": s.uid, "items": items, "added": added });
            Ok(Done::new(SeriesChanged { series: s, added }, details))
        })
    }

    /// Renames a series of a case.
    pub fn rename_series(&self, case: &str, series: SeriesId, name: &str) -> Result<SeriesChanged> {
        self.act(Action::SeriesEdit, Target::Case(case), |permit| {
            let old = series_of_case(permit, series)?;
            let s = permit.store().rename_series(series, name).map_err(store)?;
            let details = json!({ "series": s.uid, "from": old.name, "name": name });
            Ok(Done::new(SeriesChanged { series: s, added: 0 }, details))
        })
    }

    /// Merges one series of a case into another. Merging again a series
    /// already merged into the same one changes nothing (a form sent
    /// twice).
    pub fn merge_series(&self, case: &str, from: SeriesId, into: SeriesId) -> Result<SeriesChanged> {
        self.act(Action::SeriesEdit, Target::Case(case), |permit| {
            let a = series_of_case(permit, from)?;
            series_of_case(permit, into)?;
            if a.merged_into == Some(into) {
                let s = series_of_case(permit, into)?;
                return Ok(Done::new(
                    SeriesChanged { series: s, added: 0 },
                    json!({ "from": from, "into": into, "moved": 0 }),
                ));
            }
            let added = permit.store().merge_series(from, into, permit.actor().account, permit.now()).map_err(store)?;
            let s = series_of_case(permit, into)?;
            let details = json!({ "from": from, "into": s.uid, "moved": added });
            Ok(Done::new(SeriesChanged { series: s, added }, details))
        })
    }

    /// Items of a case whose PDQ is within `radius` of any of `items`' (in
    /// any of their eight symmetries), nearest first: "find similar".
    pub fn find_similar(&self, case: &str, items: &[MediaRowId], radius: u32) -> Result<Similar> {
        self.act(Action::ReviewView, Target::Case(case), |permit| {
            if radius > MAX_SIMILAR_RADIUS {
                return Err(out_of_range("radius", radius, 0, MAX_SIMILAR_RADIUS));
            }
            let c = permit.case();
            // Through the lab's PDQ index: the seeds of this case, each one
            // look-up; then the items found that are in this case.
            let in_case = |ids: &[MediaRowId]| -> Result<std::collections::BTreeSet<MediaRowId>> {
                let pairs = permit.store().media_cases(ids).map_err(store)?;
                Ok(pairs.into_iter().filter(|(_, case)| *case == c.id).map(|(m, _)| m).collect())
            };
            let seeds_in_case = in_case(items)?;
            let seeds: Vec<MediaRowId> = seeds_in_case.into_iter().collect();
            let mut best = std::collections::BTreeMap::<MediaRowId, u32>::new();
            for seed in permit.store().media_pdqs(&seeds).map_err(store)? {
                for (media, d) in permit.pdq_index().near(permit.store(), &seed.dihedral.hashes, radius)? {
                    if !items.contains(&media) {
                        best.entry(media).and_modify(|b| *b = (*b).min(d)).or_insert(d);
                    }
                }
            }
            let near: Vec<MediaRowId> = best.keys().copied().collect();
            let keep = in_case(&near)?;
            let mut found: Vec<(MediaRowId, u32)> = best.into_iter().filter(|(m, _)| keep.contains(m)).collect();
            found.sort_by_key(|(m, d)| (*d, *m));
            let details = json!({ "seeds": items, "radius": radius, "found": found.len() });
            Ok(Done::new(Similar { case: c.name.clone(), radius, items: found }, details))
        })
    }

    /// Cameras in the cases the actor may see, those in the most cases first.
    pub fn camera_leads(&self) -> Result<CameraLeads> {
        self.act(Action::CameraGroups, Target::Lab, |permit| {
            // The visible cases' ids only: listing every case with its
            // sizes would count a million occurrences first.
            let ids: Option<Vec<_>> = match permit.visible() {
                crate::guard::Visible::All => None,
                crate::guard::Visible::Cases(ids) => Some(ids.iter().copied().collect()),
            };
            let groups = permit.store().camera_groups(ids.as_deref()).map_err(store)?;
            let mut names = std::collections::BTreeMap::new();
            for (id, _) in groups.iter().flat_map(|g| g.cases.iter()) {
                if !names.contains_key(id) {
                    let name = permit.store().case_by_id(*id).map_err(store)?.map(|c| c.name).unwrap_or_default();
                    names.insert(*id, name);
                }
            }
            let mut cameras: Vec<CameraLead> = groups
                .into_iter()
                .map(|g| CameraLead {
                    camera: g.camera,
                    make: g.make,
                    model: g.model,
                    body_serial: g.body_serial,
                    cases: g.cases.into_iter().map(|(id, n)| (names[&id].clone(), n)).collect(),
                })
                .collect();
            cameras.sort_by_key(|c| {
                (std::cmp::Reverse(c.cases.len()), std::cmp::Reverse(c.cases.iter().map(|x| x.1).sum::<u64>()))
            });
            let details = json!({ "cameras": cameras.len() });
            Ok(Done::new(CameraLeads { cameras }, details))
        })
    }

    /// The map of a case's items (under the filter), in cells of `cell`
    /// degrees (0.001 to 90).
    pub fn map(&self, case: &str, filter: &ReviewFilter, cell: f64) -> Result<MapView> {
        self.act(Action::ReviewView, Target::Case(case), |permit| {
            if !(0.001..=90.0).contains(&cell) {
                return Err(out_of_range("cell", cell, 0.001, 90.0));
            }
            let c = permit.case();
            let cells = permit.store().map_cells(c.id, filter, cell).map_err(store)?;
            let details = json!({ "filter": filter, "cell": cell, "cells": cells.len() });
            Ok(Done::new(MapView { case: c.name.clone(), cell, cells }, details))
        })
    }

    /// How far a case's review has come: decided and undecided items,
    /// conflicts, follow-ups, and the items each reviewer decided.
    pub fn review_progress(&self, case: &str) -> Result<ReviewProgressView> {
        self.act(Action::ReviewView, Target::Case(case), |permit| {
            let c = permit.case();
            let progress = permit.store().review_progress(c.id).map_err(store)?;
            Ok(Done::new(ReviewProgressView { case: c.name.clone(), progress }, json!({})))
        })
    }

    /// The timeline of a case's items (under the filter).
    pub fn timeline(&self, case: &str, filter: &ReviewFilter, step: TimelineStep) -> Result<TimelineView> {
        self.act(Action::ReviewView, Target::Case(case), |permit| {
            let c = permit.case();
            let bins = permit.store().timeline(c.id, filter, step).map_err(store)?;
            let details = json!({ "filter": filter, "step": step });
            Ok(Done::new(TimelineView { case: c.name.clone(), step, bins }, details))
        })
    }
}

/// The category must be one the profile knows.
fn check_category(permit: &Permit<'_>, profile: &str, category: u8) -> Result<()> {
    let profiles = super::hashsets::lab_profiles(permit)?;
    let Some(p) = profiles.get(profile) else {
        let known: Vec<_> = profiles.all.iter().map(|p| p.name.as_str()).collect();
        return Err(AppError::new(Code::ProfileUnknown).with("profile", profile).with("known", known.join(", ")));
    };
    let named = p.categories.is_empty() && category <= 9 || p.categories.contains_key(&category);
    if !named {
        return Err(AppError::new(Code::CategoryUnknown)
            .with("category", i64::from(category))
            .with("profile", profile));
    }
    Ok(())
}

/// A number outside its range.
pub(crate) fn out_of_range<T: ToString>(field: &str, value: T, min: T, max: T) -> AppError {
    AppError::new(Code::ValueOutOfRange)
        .with("field", field)
        .with("value", value.to_string())
        .with("min", min.to_string())
        .with("max", max.to_string())
}

/// The item must be one of the permit's case.
fn require_item(permit: &Permit<'_>, media: MediaRowId) -> Result<()> {
    if permit.store().review_item_in_case(permit.case().id, media).map_err(store)? {
        Ok(())
    } else {
        Err(AppError::new(Code::MediaNotFound).with("key", format!("#{}", media.0)))
    }
}

/// A series of the permit's case.
pub(crate) fn series_of_case(permit: &Permit<'_>, id: SeriesId) -> Result<Series> {
    match permit.store().series(id).map_err(store)? {
        Some(s) if s.case == permit.case().id => Ok(s),
        _ => Err(AppError::new(Code::SeriesNotFound).with("id", id.0)),
    }
}

/// A rendition of an item's thumbnail, from the lab's cache when made before.
fn rendition(permit: &Permit<'_>, key: &MediaKey, options: RenditionOptions) -> Result<Arc<Vec<u8>>> {
    let detail = permit
        .store()
        .media(key)
        .map_err(store)?
        .ok_or_else(|| AppError::new(Code::MediaNotFound).with("key", key.to_string()))?;
    let Some(thumbnail) = detail.record.thumbnail else {
        return Err(AppError::new(Code::NoThumbnail).with("key", key.to_string()));
    };
    permit.renditions().get_or_make(thumbnail, options, || {
        let bytes = permit.blobs().get(&thumbnail).map_err(store)?;
        render(&bytes, options).map_err(|e| AppError::new(Code::NoThumbnail).with("key", key.to_string()).detail(e))
    })
}

/// A bounded cache of renditions, by thumbnail and options: the grid asks
/// for the same few hundred again and again while a reviewer pages.
pub(crate) struct RenditionCache {
    inner: std::sync::Mutex<CacheInner>,
    budget: usize,
}

#[derive(Default)]
struct CacheInner {
    map: std::collections::HashMap<(Sha256, RenditionOptions), Arc<Vec<u8>>>,
    order: std::collections::VecDeque<(Sha256, RenditionOptions)>,
    bytes: usize,
}

impl RenditionCache {
    /// A cache holding at most `budget` bytes of JPEG.
    pub(crate) fn new(budget: usize) -> Self {
        RenditionCache { inner: std::sync::Mutex::new(CacheInner::default()), budget }
    }

    fn get_or_make(
        &self,
        thumbnail: Sha256,
        options: RenditionOptions,
        make: impl FnOnce() -> Result<Vec<u8>>,
    ) -> Result<Arc<Vec<u8>>> {
        let key = (thumbnail, options);
        if let Some(hit) = self.lock().map.get(&key) {
            return Ok(hit.clone());
        }
        // Made outside the lock: two threads may both make one; both are the same.
        let made = Arc::new(make()?);
        let mut inner = self.lock();
        if inner.map.insert(key, made.clone()).is_none() {
            inner.bytes += made.len();
            inner.order.push_back(key);
        }
        while inner.bytes > self.budget {
            let Some(old) = inner.order.pop_front() else { break };
            if let Some(gone) = inner.map.remove(&old) {
                inner.bytes -= gone.len();
            }
        }
        Ok(made)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, CacheInner> {
        self.inner.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}
