//! Renditions of an item per audience (issue 20): made by an analyst from
//! the original and the item's current regions (`vilab_sanitize`: redacted
//! pixels for partners and trainees, one crop per object region for the
//! public, re-encoded with no metadata), kept in the evidence store,
//! approved by a second analyst when public (four eyes), and given out by
//! uid to those who work the case (analysts and investigators); everyone
//! else receives them as the images of a gallery
//! ([`crate::ops::galleries::images`]).
//!
//! **Architecture Invariant:** these operations never return an original's
//! bytes; a role receives only renditions of the audiences
//! [`audiences_of`] gives it, stale ones only analysts (flagged), public
//! crops only once approved (unless analyst or investigator).

use serde::Serialize;
use serde_json::json;
use vilab_core::Hashed;
use vilab_sanitize::{SanitizeError, SanitizeOptions};
use vilab_store::model::regions::{
    Audience, NewRendition, Region, RegionKind, RegionRef, RegionShape, Rendition, Treatment,
};
use vilab_store::{MediaKey, MediaRowId, Role};

use crate::Session;
use crate::error::{AppError, Code, Result};
use crate::error_map::store;
use crate::guard::{Done, Permit, Target};
use crate::permission::Action;
use crate::shapes::shape;

/// The audiences whose renditions a role may receive, most trusted first:
/// analysts and investigators any; trainers and partners partner, trainee
/// and public; trainees trainee and public; the public role public only;
/// administrators and auditors none.
pub fn audiences_of(role: Role) -> &'static [Audience] {
    use Audience::{Original, Partner, Public, Trainee};
    match role {
        Role::Analyst | Role::Investigator => &[Original, Partner, Trainee, Public],
        Role::Trainer | Role::Partner => &[Partner, Trainee, Public],
        Role::Trainee => &[Trainee, Public],
        Role::Public => &[Public],
        Role::Admin | Role::Auditor => &[],
    }
}

/// The renditions one call made.
#[derive(Clone, Debug, Serialize)]
pub struct RenditionsMade {
    /// The case.
    pub case: String,
    /// The item.
    pub media: MediaRowId,
    /// Who they are for.
    pub audience: Audience,
    /// One for partner or trainee; one per object region for the public.
    pub renditions: Vec<Rendition>,
}
shape!(RenditionsMade, "vilab.renditions-made/1");

/// An item's renditions, newest first.
#[derive(Clone, Debug, Serialize)]
pub struct RenditionList {
    /// The case.
    pub case: String,
    /// The item.
    pub media: MediaRowId,
    /// Its renditions, stale ones included (flagged).
    pub renditions: Vec<Rendition>,
    /// The user names of their makers and approvers.
    pub accounts: crate::ops::records::AccountNames,
}
shape!(RenditionList, "vilab.renditions/1");

/// A rendition after its approval.
#[derive(Clone, Debug, Serialize)]
pub struct RenditionApproved {
    /// The case.
    pub case: String,
    /// The rendition, approved.
    pub rendition: Rendition,
}
shape!(RenditionApproved, "vilab.rendition-approved/1");

/// A rendition's bytes, for a role that may receive them.
#[derive(Clone, Debug)]
pub struct RenditionBytes {
    /// What it is (`stale` says whether a region changed since).
    pub rendition: Rendition,
    /// The JPEG.
    pub bytes: Vec<u8>,
}

/// A store region as `vilab_sanitize` takes it.
fn to_sanitize(region: &Region) -> vilab_sanitize::Region {
    use vilab_sanitize::{RegionKind as K, Shape as S, Treatment as T};
    let kind = match region.fields.kind {
        RegionKind::Face => K::Face,
        RegionKind::Body => K::Body,
        RegionKind::Mark => K::Mark,
        RegionKind::Text => K::Text,
        RegionKind::Other => K::Other,
        RegionKind::Object => K::Object,
    };
    let shape = match &region.fields.shape {
        RegionShape::Rect { x, y, w, h } => S::Rect { x: *x, y: *y, w: *w, h: *h },
        RegionShape::Polygon(points) => S::Polygon(points.clone()),
    };
    let treatment = match region.fields.treatment {
        Treatment::Fill => T::Fill,
        Treatment::Pixelate => T::Pixelate,
        Treatment::Blur => T::Blur,
    };
    vilab_sanitize::Region { kind, shape, treatment }
}

fn to_sanitize_audience(audience: Audience) -> vilab_sanitize::Audience {
    match audience {
        Audience::Original => vilab_sanitize::Audience::Original,
        Audience::Partner => vilab_sanitize::Audience::Partner,
        Audience::Trainee => vilab_sanitize::Audience::Trainee,
        Audience::Public => vilab_sanitize::Audience::Public,
    }
}

/// A sanitization error in the lab's codes, regions named by uid.
fn sanitize_error(e: SanitizeError, regions: &[Region]) -> AppError {
    let uid = |i: usize| regions.get(i).map(|r| r.uid.clone()).unwrap_or_default();
    match e {
        SanitizeError::CropTouchesPerson { object, person } => {
            AppError::new(Code::CropTouchesPerson).with("object", uid(object)).with("person", uid(person))
        }
        SanitizeError::InvalidRegion { field, reason } => {
            AppError::new(Code::RegionInvalid).with("field", field).with("reason", reason)
        }
        SanitizeError::Decode(source) => {
            AppError::invalid("media", format!("the original cannot be decoded: {source}"))
        }
        other => AppError::new(Code::Internal).detail(other),
    }
}

/// A rendition as the permit's call resolved it (its case is the permit's).
fn resolved_rendition(permit: &Permit<'_>, uid: &str) -> Result<Rendition> {
    match permit.store().rendition(uid).map_err(store)? {
        Some(r) if r.case == permit.case().id => Ok(r),
        _ => Err(AppError::new(Code::RenditionNotFound).with("uid", uid)),
    }
}

impl Session<'_> {
    /// Makes renditions of an item of the case for `audience` from its
    /// current regions: one redacted JPEG for partner or trainee, one crop
    /// per object region for the public (refused whole when one would
    /// touch a person region). The original is no rendition: refused.
    pub fn make_renditions(&self, case: &str, media: MediaRowId, audience: Audience) -> Result<RenditionsMade> {
        self.act(Action::RenditionMake, Target::Case(case), |permit| {
            if audience == Audience::Original {
                return Err(AppError::invalid("audience", "the original is no rendition: it is revealed, not made"));
            }
            let case_id = permit.case().id;
            let not_found = || AppError::new(Code::MediaNotFound).with("key", format!("#{}", media.0));
            if !permit.store().review_item_in_case(case_id, media).map_err(store)? {
                return Err(not_found());
            }
            let detail = permit.store().media(&MediaKey::RowId(media)).map_err(store)?.ok_or_else(not_found)?;
            let current = permit.store().regions(case_id, media).map_err(store)?;
            if audience == Audience::Public && !current.iter().any(|r| r.fields.kind == RegionKind::Object) {
                return Err(AppError::invalid(
                    "audience",
                    "a public rendition crops object regions: the item has none",
                ));
            }
            let regions: Vec<vilab_sanitize::Region> = current.iter().map(to_sanitize).collect();
            let original = permit.blobs().get(&detail.record.digests.sha256).map_err(store)?;
            let orientation = detail.record.exif.as_ref().and_then(|e| e.orientation);
            let outputs = vilab_sanitize::sanitize(
                &original,
                detail.record.kind,
                orientation,
                &regions,
                to_sanitize_audience(audience),
                &SanitizeOptions::default(),
            )
            .map_err(|e| sanitize_error(e, &current))?;
            drop(original);
            let sources: Vec<RegionRef> =
                current.iter().map(|r| RegionRef { uid: r.uid.clone(), version: r.version }).collect();
            let (account, now) = (permit.actor().account, permit.now());
            let mut renditions = Vec::with_capacity(outputs.len());
            for output in outputs {
                let content = Hashed::new(&output.bytes);
                let sha256 = content.sha256();
                permit.blobs().put(&content).map_err(store)?;
                let (width, height) = output.size.unwrap_or((1, 1));
                let new = NewRendition {
                    case: case_id,
                    media,
                    audience,
                    object_region: output.object_region.and_then(|i| current.get(i)).map(|r| r.uid.clone()),
                    sources: sources.clone(),
                    sha256,
                    size: output.bytes.len() as u64,
                    width,
                    height,
                    made_by: account,
                    made_at: now,
                };
                renditions.push(permit.store().add_rendition(&new).map_err(store)?);
            }
            permit.blobs().sync().map_err(store)?;
            let uids: Vec<&str> = renditions.iter().map(|r| r.uid.as_str()).collect();
            let details = json!({
                "media": media, "audience": audience.as_str(), "regions": current.len(), "renditions": uids,
            });
            Ok(Done::new(RenditionsMade { case: permit.case().name.clone(), media, audience, renditions }, details))
        })
    }

    /// An item's renditions, newest first, stale ones flagged.
    pub fn list_renditions(&self, case: &str, media: MediaRowId) -> Result<RenditionList> {
        self.act(Action::RegionView, Target::Case(case), |permit| {
            let case_id = permit.case().id;
            if !permit.store().review_item_in_case(case_id, media).map_err(store)? {
                return Err(AppError::new(Code::MediaNotFound).with("key", format!("#{}", media.0)));
            }
            let renditions = permit.store().renditions(case_id, media).map_err(store)?;
            let ids = renditions.iter().flat_map(|r| std::iter::once(r.made_by).chain(r.approved_by));
            let accounts = crate::ops::records::names(permit, ids)?;
            let details = json!({ "media": media, "renditions": renditions.len() });
            Ok(Done::new(RenditionList { case: permit.case().name.clone(), media, renditions, accounts }, details))
        })
    }

    /// Approves a public crop another analyst made (four eyes); it must
    /// not be stale.
    pub fn approve_rendition(&self, uid: &str) -> Result<RenditionApproved> {
        self.act(Action::RenditionApprove, Target::Rendition(uid), |permit| {
            let r = resolved_rendition(permit, uid)?;
            if r.audience != Audience::Public {
                return Err(AppError::invalid("audience", "only a public crop is approved"));
            }
            if r.made_by == permit.actor().account {
                return Err(AppError::new(Code::ApprovalSameActor).with("uid", uid));
            }
            if r.stale {
                return Err(AppError::new(Code::RenditionStale).with("uid", uid));
            }
            if r.approved_by.is_some() {
                return Err(AppError::invalid("uid", "the crop is approved already"));
            }
            let (account, now) = (permit.actor().account, permit.now());
            let rendition = permit
                .store()
                .approve_rendition(uid, account, now)
                .map_err(store)?
                .ok_or_else(|| AppError::new(Code::RenditionNotFound).with("uid", uid))?;
            let details = json!({ "rendition": uid, "media": rendition.media, "maker": rendition.made_by });
            Ok(Done::new(RenditionApproved { case: permit.case().name.clone(), rendition }, details))
        })
    }

    /// A rendition's bytes by its uid, for analysts and investigators of
    /// its case (the permission table; partners, trainees, trainers and
    /// the public receive renditions through a gallery's images): only
    /// renditions of the role's audiences ([`audiences_of`]); a stale one
    /// to analysts only (with its flag). Never an original.
    pub fn fetch_rendition(&self, uid: &str) -> Result<RenditionBytes> {
        self.act(Action::RenditionView, Target::Rendition(uid), |permit| {
            let r = resolved_rendition(permit, uid)?;
            let role = permit.actor().role;
            if r.audience == Audience::Original || !audiences_of(role).contains(&r.audience) {
                return Err(AppError::new(Code::AudienceNotAllowed).with("audience", r.audience.as_str()));
            }
            if r.stale && role != Role::Analyst {
                return Err(AppError::new(Code::RenditionStale).with("uid", uid));
            }
            let trusted = matches!(role, Role::Analyst | Role::Investigator);
            if r.audience == Audience::Public && r.approved_by.is_none() && !trusted {
                return Err(AppError::new(Code::RenditionNotApproved).with("uid", uid));
            }
            let bytes = permit.blobs().get(&r.sha256).map_err(store)?;
            let details = json!({
                "rendition": uid, "media": r.media, "audience": r.audience.as_str(), "stale": r.stale,
                "approved": r.approved_by.is_some(),
            });
            Ok(Done::new(RenditionBytes { rendition: r, bytes }, details))
        })
    }
}
