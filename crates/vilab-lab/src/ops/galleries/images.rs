//! The images of a gallery's items, as its participants receive them: the
//! current renditions of each item for the gallery's audience, by the
//! gallery and the item's gallery id. This is the only way a partner,
//! trainee or public account reaches a rendition (`rendition.view` by uid
//! is analysts' and investigators'), so what such an account sees is
//! decided by the galleries it takes part in, while they are open.
//!
//! **Architecture Invariant:** an image of a gallery is a rendition made
//! for exactly the gallery's audience, not stale, and for a public gallery
//! an approved crop; never an original, never a more trusted audience's
//! rendition. Participants learn of it only its uid and size (no case,
//! digest or media id).

use serde::Serialize;
use serde_json::json;
use vilab_store::model::gallery::{GalleryAudience, GalleryItem, GalleryItemId};
use vilab_store::model::regions::{Audience, Rendition};

use super::{item_of_gallery, require_open_or_editor, role_receives};
use crate::Session;
use crate::error::{AppError, Code, Result};
use crate::error_map::store;
use crate::guard::{Done, Permit, Target};
use crate::permission::Action;
use crate::shapes::shape;

/// The content type of every rendition (re-encoded JPEG).
pub const IMAGE_CONTENT_TYPE: &str = "image/jpeg";

/// One image of a gallery item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GalleryImage {
    /// The rendition's uid (what [`Session::gallery_image`] takes).
    pub uid: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Whether it is a crop of one object (a public gallery's images).
    pub object: bool,
}

/// The current images of a gallery item for the gallery's audience.
#[derive(Clone, Debug, Serialize)]
pub struct GalleryItemImages {
    /// The gallery.
    pub gallery: String,
    /// The item.
    pub item: GalleryItemId,
    /// Its images: one redacted picture for a partner or trainee gallery,
    /// one approved crop per object for a public one; empty while none is
    /// made (or all are stale).
    pub images: Vec<GalleryImage>,
}
shape!(GalleryItemImages, "vilab.gallery-item-images/1");

/// The bytes of one image of a gallery item.
#[derive(Clone, Debug)]
pub struct GalleryImageBytes {
    /// The gallery.
    pub gallery: String,
    /// The item.
    pub item: GalleryItemId,
    /// The image.
    pub image: GalleryImage,
    /// [`IMAGE_CONTENT_TYPE`].
    pub content_type: &'static str,
    /// The JPEG.
    pub bytes: Vec<u8>,
}

/// The audience of renditions a gallery shows.
pub fn rendition_audience(audience: GalleryAudience) -> Audience {
    match audience {
        GalleryAudience::Partner => Audience::Partner,
        GalleryAudience::Trainee => Audience::Trainee,
        GalleryAudience::Public => Audience::Public,
    }
}

/// The current renditions of a gallery's item for the gallery's audience,
/// newest first: not stale, approved when public, and of each object
/// region (or of the whole picture) only the newest, so that an item
/// rendered twice shows once.
pub(crate) fn current_renditions(
    db: &dyn vilab_store::Store,
    audience: GalleryAudience,
    item: &GalleryItem,
) -> Result<Vec<Rendition>> {
    let wanted = rendition_audience(audience);
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for r in db.renditions(item.case, item.media).map_err(store)? {
        let fits = r.audience == wanted && !r.stale && (wanted != Audience::Public || r.approved_by.is_some());
        if fits && seen.insert(r.object_region.clone()) {
            out.push(r);
        }
    }
    Ok(out)
}

fn image_of(r: &Rendition) -> GalleryImage {
    GalleryImage { uid: r.uid.clone(), width: r.width, height: r.height, object: r.object_region.is_some() }
}

/// The permit's gallery, open (or the actor its editor), and an actor
/// whose role still receives its audience (a role changed since the
/// account joined counts at once).
fn require_viewer(permit: &Permit<'_>) -> Result<()> {
    require_open_or_editor(permit)?;
    let audience = permit.gallery().audience;
    if !role_receives(permit.actor().role, audience) {
        return Err(AppError::new(Code::AudienceNotAllowed).with("audience", audience.as_str()));
    }
    Ok(())
}

impl Session<'_> {
    /// The current renditions of a gallery item for the gallery's
    /// audience: not stale; for a public gallery only approved crops.
    /// Members while the gallery is open, editors always.
    pub fn gallery_item_images(&self, gallery: &str, item: GalleryItemId) -> Result<GalleryItemImages> {
        self.act(Action::GalleryView, Target::Gallery(gallery), |permit| {
            require_viewer(permit)?;
            let shown = item_of_gallery(permit, item)?;
            let images: Vec<GalleryImage> =
                current_renditions(permit.store(), permit.gallery().audience, &shown)?.iter().map(image_of).collect();
            let details = json!({ "item": item, "images": images.len() });
            Ok(Done::new(GalleryItemImages { gallery: permit.gallery().uid.clone(), item, images }, details))
        })
    }

    /// One of [`Session::gallery_item_images`]'s images, with its bytes; a
    /// uid that is not one of them (another item's, another audience's,
    /// a stale or unapproved one) is "not found".
    pub fn gallery_image(&self, gallery: &str, item: GalleryItemId, uid: &str) -> Result<GalleryImageBytes> {
        self.act(Action::GalleryView, Target::Gallery(gallery), |permit| {
            require_viewer(permit)?;
            let shown = item_of_gallery(permit, item)?;
            let rendition = current_renditions(permit.store(), permit.gallery().audience, &shown)?
                .into_iter()
                .find(|r| r.uid == uid)
                .ok_or_else(|| AppError::new(Code::RenditionNotFound).with("uid", uid))?;
            let bytes = permit.blobs().get(&rendition.sha256).map_err(store)?;
            let details = json!({ "item": item, "rendition": rendition.uid });
            let out = GalleryImageBytes {
                gallery: permit.gallery().uid.clone(),
                item,
                image: image_of(&rendition),
                content_type: IMAGE_CONTENT_TYPE,
                bytes,
            };
            Ok(Done::new(out, details))
        })
    }
}
