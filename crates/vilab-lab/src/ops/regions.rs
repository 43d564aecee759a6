//! Regions on a media item of a case (issue 20): analysts draw, change and
//! delete redaction regions (face, body, mark, text, other) and object
//! regions; each change is a new version, never an overwrite, and makes
//! the item's renditions stale (the store does both in one transaction).
//! Audit records name regions by uid and kind, never their shapes.

use serde::Serialize;
use serde_json::json;
use vilab_store::MediaRowId;
use vilab_store::model::regions::{Region, RegionFields};

use crate::Session;
use crate::error::{AppError, Code, Result};
use crate::error_map::store;
use crate::guard::{Done, Permit, Target};
use crate::permission::Action;
use crate::shapes::shape;

/// A region after a change.
#[derive(Clone, Debug, Serialize)]
pub struct RegionChanged {
    /// The case.
    pub case: String,
    /// The region at its new version.
    pub region: Region,
}
shape!(RegionChanged, "vilab.region/1");

/// An item's regions standing now, and every version they had.
#[derive(Clone, Debug, Serialize)]
pub struct RegionList {
    /// The case.
    pub case: String,
    /// The item.
    pub media: MediaRowId,
    /// The current regions, in the order drawn.
    pub regions: Vec<Region>,
    /// Every version of every region of the item, oldest first.
    pub history: Vec<Region>,
    /// The user names of the accounts that set the versions.
    pub accounts: crate::ops::records::AccountNames,
}
shape!(RegionList, "vilab.regions/1");

/// A store refusal of a region's field as `region_invalid` naming it.
pub(crate) fn region_error(e: vilab_store::StoreError) -> AppError {
    match e {
        vilab_store::StoreError::Invalid { field, reason } => {
            AppError::new(Code::RegionInvalid).with("field", field).with("reason", reason)
        }
        other => store(other),
    }
}

/// The standing region `uid` of the permit's case.
fn region_of_case(permit: &Permit<'_>, uid: &str) -> Result<Region> {
    match permit.store().region(uid).map_err(store)? {
        Some(r) if r.case == permit.case().id && !r.deleted => Ok(r),
        _ => Err(AppError::new(Code::RegionNotFound).with("uid", uid)),
    }
}

impl Session<'_> {
    /// Draws a region on an item of the case.
    pub fn add_region(&self, case: &str, media: MediaRowId, fields: &RegionFields) -> Result<RegionChanged> {
        self.act(Action::RegionEdit, Target::Case(case), |permit| {
            let (account, now) = (permit.actor().account, permit.now());
            let region =
                permit.store().create_region(permit.case().id, media, fields, account, now).map_err(region_error)?;
            let details = json!({
                "media": media, "region": region.uid, "version": region.version,
                "kind": region.fields.kind.as_str(), "source": region.fields.source.as_str(),
            });
            Ok(Done::new(RegionChanged { case: permit.case().name.clone(), region }, details))
        })
    }

    /// Moves, reshapes or changes the kind or treatment of a region of the
    /// case: a new version.
    pub fn update_region(&self, case: &str, uid: &str, fields: &RegionFields) -> Result<RegionChanged> {
        self.act(Action::RegionEdit, Target::Case(case), |permit| {
            region_of_case(permit, uid)?;
            let (account, now) = (permit.actor().account, permit.now());
            let region = permit
                .store()
                .update_region(uid, fields, account, now)
                .map_err(region_error)?
                .ok_or_else(|| AppError::new(Code::RegionNotFound).with("uid", uid))?;
            let details = json!({
                "media": region.media, "region": region.uid, "version": region.version,
                "kind": region.fields.kind.as_str(),
            });
            Ok(Done::new(RegionChanged { case: permit.case().name.clone(), region }, details))
        })
    }

    /// Deletes a region of the case: a last version that says so (the
    /// history keeps it).
    pub fn delete_region(&self, case: &str, uid: &str) -> Result<RegionChanged> {
        self.act(Action::RegionEdit, Target::Case(case), |permit| {
            region_of_case(permit, uid)?;
            let (account, now) = (permit.actor().account, permit.now());
            let region = permit
                .store()
                .delete_region(uid, account, now)
                .map_err(store)?
                .ok_or_else(|| AppError::new(Code::RegionNotFound).with("uid", uid))?;
            let details =
                json!({ "media": region.media, "region": region.uid, "version": region.version, "deleted": true });
            Ok(Done::new(RegionChanged { case: permit.case().name.clone(), region }, details))
        })
    }

    /// An item's current regions and their history.
    pub fn regions(&self, case: &str, media: MediaRowId) -> Result<RegionList> {
        self.act(Action::RegionView, Target::Case(case), |permit| {
            let id = permit.case().id;
            if !permit.store().review_item_in_case(id, media).map_err(store)? {
                return Err(AppError::new(Code::MediaNotFound).with("key", format!("#{}", media.0)));
            }
            let regions = permit.store().regions(id, media).map_err(store)?;
            let history = permit.store().region_history(id, media).map_err(store)?;
            let accounts = crate::ops::records::names(permit, history.iter().map(|r| r.set_by))?;
            let details = json!({ "media": media, "regions": regions.len(), "versions": history.len() });
            Ok(Done::new(RegionList { case: permit.case().name.clone(), media, regions, history, accounts }, details))
        })
    }
}
